"""Article de-duplication: same URL, same content, and near-duplicates (MinHash + LSH).

Near-duplicates are syndicated copies of one report that differ in a header, a footer, a
dateline or a few edited words. Text is normalized (:func:`hadath.text.normalize.normalize_key`
folds hamza/alef/ta marbuta/digits, drops diacritics and tatweel), reduced to Arabic/Latin words
and numbers, and cut into overlapping word shingles. Each shingle is hashed with a stable hash
(blake2b of the word, combined polynomially in numpy: no dependence on PYTHONHASHSEED), and
the signature is the minimum over ``num_perm`` multiply-shift hash functions whose seeds come
from a fixed ``numpy.random.default_rng(seed)``. LSH bands (``bands`` x ``rows``) propose
candidates; a candidate is confirmed when the estimated Jaccard similarity reaches
``threshold``. Everything is deterministic.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import numpy as np

from hadath.ingest.urls import normalize_url
from hadath.text.normalize import normalize_key

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|[a-z]+|\d+")
_MASK32 = np.uint64(0xFFFFFFFF)
_STOP = frozenset({"في", "من", "علي", "الي", "عن", "ان", "و", "ف", "مع", "هذا", "هذه", "التي", "الذي"})


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def words(text: str) -> list[str]:
    """Normalized content words of a text (the unit shingles are built from)."""
    return [w for w in _WORD.findall(normalize_key(text)) if w not in _STOP]


def shingle_hashes(text: str, k: int = 4) -> np.ndarray:
    """Unique 32-bit hashes of the k-word shingles of ``text`` (uint64 array)."""
    ws = words(text)
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((_word_hash(w) for w in ws), dtype=np.uint64, count=len(ws))
    if len(ws) < k:
        k = len(ws)
    n = len(ws) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    mul = np.uint64(1099511628211)  # FNV prime: a polynomial combination of the word hashes
    with np.errstate(over="ignore"):
        for j in range(k):
            acc = acc * mul + h[j:j + n]
    return np.unique((acc >> np.uint64(32)) ^ (acc & _MASK32))


def content_hash(text: str) -> str:
    """The store's content hash when the store module provides one, else sha256 of the text
    with whitespace collapsed."""
    try:
        from hadath.store import content_hash as store_hash  # type: ignore[attr-defined]
    except ImportError:
        store_hash = None
    if store_hash is not None:
        return store_hash(text)
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class MinHasher:
    """``num_perm`` multiply-shift hash functions with fixed seeds."""

    def __init__(self, num_perm: int = 128, seed: int = 1):
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.a = (rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1))
        self.b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """uint32 signature of a set of shingle hashes (all-ones for an empty set)."""
        if hashes.size == 0:
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        out = np.empty(self.num_perm, dtype=np.uint32)
        step = max(1, 4_000_000 // max(1, hashes.size))  # bound the temporary matrix
        with np.errstate(over="ignore"):
            for i in range(0, self.num_perm, step):
                a, b = self.a[i:i + step, None], self.b[i:i + step, None]
                out[i:i + step] = ((a * hashes[None, :] + b) >> np.uint64(32)).min(axis=1)
        return out


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


@dataclass(frozen=True)
class Duplicate:
    """Why an article is a duplicate and of which earlier article."""
    kind: str          # "url" | "hash" | "near"
    of: str            # id of the first article seen
    similarity: float = 1.0


@dataclass
class ArticleDeduper:
    """Streaming de-duplication: :meth:`check` each article in order; the first copy wins.

    ``threshold`` is the estimated Jaccard similarity of shingle sets above which two texts are
    the same report. The default bands (32 x 4 rows) give candidates from about 0.4 up, so
    copies with a changed header/footer are found and the threshold decides.
    """
    threshold: float = 0.6
    num_perm: int = 128
    bands: int = 32
    shingle: int = 4
    seed: int = 1
    min_words: int = 8
    _hasher: MinHasher = field(init=False, repr=False)
    _urls: dict[str, str] = field(default_factory=dict, repr=False)
    _hashes: dict[str, str] = field(default_factory=dict, repr=False)
    _buckets: dict[tuple[int, bytes], list[str]] = field(default_factory=dict, repr=False)
    _sigs: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError("num_perm must be a multiple of bands")
        self._hasher = MinHasher(self.num_perm, self.seed)
        self._rows = self.num_perm // self.bands

    def signature(self, text: str) -> np.ndarray | None:
        hashes = shingle_hashes(text, self.shingle)
        if hashes.size < self.min_words:
            return None  # too short to call a near-duplicate: exact checks only
        return self._hasher.signature(hashes)

    def _band_keys(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        r = self._rows
        return [(i, sig[i * r:(i + 1) * r].tobytes()) for i in range(self.bands)]

    def check(self, article_id: str, text: str, url: str | None = None,
              chash: str | None = None, add: bool = True) -> Duplicate | None:
        """None for a new article (remembered when ``add``), else what it duplicates."""
        key = normalize_url(url)
        if key is not None and key in self._urls and self._urls[key] != article_id:
            return Duplicate("url", self._urls[key])
        chash = chash or content_hash(text)
        if chash in self._hashes and self._hashes[chash] != article_id:
            return Duplicate("hash", self._hashes[chash])
        sig = self.signature(text)
        best: Duplicate | None = None
        if sig is not None:
            seen: set[str] = set()
            for bk in self._band_keys(sig):
                for other in self._buckets.get(bk, ()):
                    if other in seen or other == article_id:
                        continue
                    seen.add(other)
                    sim = jaccard(sig, self._sigs[other])
                    if sim >= self.threshold and (best is None or (sim, best.of) > (best.similarity, other)):
                        best = Duplicate("near", other, sim)
        if best is not None:
            return best
        if add:
            if key is not None:
                self._urls.setdefault(key, article_id)
            self._hashes.setdefault(chash, article_id)
            if sig is not None:
                self._sigs[article_id] = sig
                for bk in self._band_keys(sig):
                    self._buckets.setdefault(bk, []).append(article_id)
        return None

    def __len__(self) -> int:
        return len(self._hashes)


def find_duplicates(articles: Iterable, **options) -> dict[str, Duplicate]:
    """Article id -> Duplicate for every article that repeats an earlier one (in input order)."""
    d = ArticleDeduper(**options)
    out: dict[str, Duplicate] = {}
    for a in articles:
        dup = d.check(a.id, a.text, a.url)
        if dup is not None:
            out[a.id] = dup
    return out
