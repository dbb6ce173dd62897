"""One vocabulary of word types, and the one place per-word-type facts are cached.

The tokenizer maps every normalized token text to a :class:`WordType`: an integer ``id``, its
``kind`` (word, number, latin, punct) and its clitic segmentations, computed once and shared by
every token of that type (``Token.word_type``). A word whose final ه was written ة (not the
pronoun ه) is a type of its own (``ta=True``): its segmentations differ.

Components that need a fact about a word type (can a trigger phrase start here? what is its
speaker role?) keep it in a :class:`FactTable` (``WordType.id -> fact``) obtained from
:meth:`Vocab.table`, filled on first sight of a type: a document then costs one C-level
``dict.get`` per token (``map(table.get, ids)``). The vocabulary bounds its size in one place:
when it holds ``max_types`` types it forgets them and clears every table at once. Ids are never
reused, so a token kept from before that reset never reads a fact of another type; its facts are
simply computed again.
"""
from __future__ import annotations

import weakref
from functools import lru_cache
from itertools import count
from operator import attrgetter, itemgetter
from typing import Any

MAX_TYPES = 200_000

# a token's word-type id (``map(type_id, tokens)`` runs in C)
type_id = attrgetter("word_type.id")
_STEM = itemgetter(1)   # a seg's stem


class WordType:
    """A normalized token text and what is known of it regardless of where it stands.

    ``segs``: the clitic segmentations, unsegmented first, as ``(prefixes, stem, suffix,
    start, end)`` with the stem's extent relative to the token's start in the normalized text
    (-1, -1 when unknown); ``forms``: their stems (the lookup keys)."""
    __slots__ = ("id", "text", "kind", "ta", "segs", "forms", "ends_ha", "interned")

    def __init__(self, id: int, text: str, kind: str, segs: tuple, ta: bool = False,
                 ends_ha: bool = False, interned: bool = True) -> None:
        self.id = id
        self.text = text
        self.kind = kind
        self.ta = ta              # the final ه was written ة
        self.segs = segs
        self.forms = tuple(map(_STEM, segs))
        self.ends_ha = ends_ha    # a word ending in ه: a final ة makes it another type
        self.interned = interned  # False: built for one token (explicit analyses), not looked up

    def __reduce__(self) -> tuple:
        # ids are this process's: another process interns the text in its own vocabulary
        if self.interned:
            return (_interned, (self.text, self.ta))
        return (WordType, (-1, self.text, self.kind, self.segs, self.ta, self.ends_ha, False))

    def __repr__(self) -> str:
        return f"WordType({self.id}, {self.text!r}, {self.kind!r}{', ta' if self.ta else ''})"


class FactTable(dict):
    """One component's facts per word type: ``WordType.id -> fact`` (cleared with the
    vocabulary; a miss means "not computed yet"). A copy in another process starts empty
    (ids are per process)."""
    __slots__ = ("__weakref__",)

    def __reduce__(self) -> tuple:
        return (_table, ())


class Vocab:
    """Normalized token text -> :class:`WordType`, and the fact tables keyed by type id."""

    def __init__(self, max_types: int = MAX_TYPES) -> None:
        self.max_types = max_types
        self._plain: dict[str, WordType] = {}
        self._ta: dict[str, WordType] = {}
        self._tables: weakref.WeakValueDictionary[int, FactTable] = weakref.WeakValueDictionary()
        self._table_ids = count()
        self._ids = count()
        self.resets = 0
        self._tokenizer: tuple | None = None   # see _load_tokenizer
        # the plain (not ta) type of a text, or None: ``map(vocab.get, texts)`` runs in C
        self.get = self._plain.get
        self.get_ta = self._ta.get  # the same for a word whose final ه was ة

    def __len__(self) -> int:
        return len(self._plain) + len(self._ta)

    def word_type(self, text: str, ta: bool = False) -> WordType:
        """The type of normalized token ``text`` (``ta``: a word whose final ه was ة)."""
        types = self._ta if ta else self._plain
        wt = types.get(text)
        if wt is None:
            if len(self._plain) + len(self._ta) >= self.max_types:
                self.reset()
            wt = types[text] = self._make(text, ta)
        return wt

    def detached(self, text: str, kind: str, segs: tuple) -> WordType:
        """A type with given segmentations, not interned (a token built with its own analyses)."""
        return WordType(next(self._ids), text, kind, segs, interned=False)

    def _make(self, text: str, ta: bool) -> WordType:
        kind_re, word_segs, ta_marbuta, word_start = self._tokenizer or self._load_tokenizer()
        if text[:1] in word_start:
            kind = "word"  # what ``kind_re`` says of a text starting with a letter of a word
        else:
            m = kind_re.match(text)
            kind = m.lastgroup if m is not None else "punct"
        if kind == "word":
            return WordType(next(self._ids), text, kind, word_segs(text, ta), ta,
                            text[-1] == ta_marbuta)
        return WordType(next(self._ids), text, kind, (((), text, "", 0, len(text)),))

    def _load_tokenizer(self) -> tuple:
        """(the token-kind pattern, ``word_segs``, the normalized ة, the letters a word token
        starts with) of the tokenizer, imported on first use (it imports this module), then
        kept: the two import statements cost about 8 us, once per new word type before."""
        from hadath.text.clitics import clitics
        from hadath.text.tokenize import KIND_RE, word_letters, word_segs

        self._tokenizer = (KIND_RE, word_segs, clitics().ta_marbuta_norm, word_letters())
        return self._tokenizer

    def table(self) -> FactTable:
        """A new fact table, cleared whenever the vocabulary resets (hold on to it: the
        vocabulary keeps only a weak reference)."""
        t = FactTable()
        self._tables[next(self._table_ids)] = t
        return t

    def reset(self) -> None:
        """Forget every type and every fact (ids go on counting: none is reused)."""
        self._plain.clear()
        self._ta.clear()
        for t in list(self._tables.values()):
            t.clear()
        self.resets += 1


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The process's vocabulary."""
    return Vocab()


def _interned(text: str, ta: bool) -> WordType:
    return vocab().word_type(text, ta)



def _table() -> FactTable:
    return vocab().table()
