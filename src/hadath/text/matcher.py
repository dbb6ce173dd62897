"""Phrase matching of normalized lexicon entries over clitic-aware tokens.

The first token of a phrase may carry proclitics (وقوات، بالرقة); every token may match through
any of its analyses. Longest match wins; ties go to the earlier-added entry.
"""
from __future__ import annotations

from typing import Any, Generic, Iterable, Iterator, NamedTuple, TypeVar

from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key
from hadath.text.vocab import WordType, vocab
from hadath.types import Span, Token

V = TypeVar("V")


class Match(NamedTuple, Generic[V]):
    start: int          # first token index
    end: int            # one past the last token index
    span: Span          # original text, from the first matched stem to the last token's end
    value: V
    key: str            # the normalized entry that matched
    suffix: str = ""    # pronoun suffix on the last token (عناصرها → ها)


class PhraseMatcher(Generic[V]):
    def __init__(self) -> None:
        self._root: dict[str, Any] = {}
        self._size = 0
        # word-type id -> (roots, one-word match): where a phrase can start (see starts())
        self._starts = vocab().table()
        self._facts: dict[str, dict] = {}  # other per-word-type facts about this lexicon

    def __getstate__(self) -> dict[str, Any]:
        return {"_root": self._root, "_size": self._size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._root = state["_root"]
        self._size = state["_size"]
        self._starts = vocab().table()
        self._facts = {}

    def __len__(self) -> int:
        return self._size

    def add(self, phrase: str, value: V) -> None:
        words = normalize_key(phrase).replace("-", " - ").split()
        if not words:
            return
        node = self._root
        for w in words:
            node = node.setdefault(w, {})
        if "\0" not in node:
            node["\0"] = (value, " ".join(words))
            self._size += 1
        self._starts.clear()
        for table in self._facts.values():
            table.clear()

    def facts(self, name: str) -> dict[int, Any]:
        """A vocabulary fact table (word-type id -> fact) named ``name`` for a caller's facts
        about this lexicon's phrases; cleared when an entry is added."""
        table = self._facts.get(name)
        if table is None:
            table = self._facts[name] = vocab().table()
        return table

    def get(self, phrase: str) -> V | None:
        """The value of the entry ``phrase`` (normalized as :meth:`add` does), or None."""
        node = self._root
        for w in normalize_key(phrase).replace("-", " - ").split():
            node = node.get(w)
            if node is None:
                return None
        term = node.get("\0")
        return term[0] if term is not None else None

    def add_all(self, items: Iterable[tuple[str, V]]) -> "PhraseMatcher[V]":
        for phrase, value in items:
            self.add(phrase, value)
        return self

    def match_at(self, tokens: tuple[Token, ...] | list[Token], i: int) -> Match[V] | None:
        # works on the tokens' shared per-word-type segmentations (WordType.segs): no Analysis
        # objects are built; one Match (and the first token's stem span) for the best only
        best = self.longest_at(tokens, i)
        if best is None:
            return None
        j, value, key, suf, k = best
        first = tokens[i]
        first_span = first.stem_span(k)
        end_pos = tokens[j - 1].end if j - 1 > i else first_span.end
        return Match(i, j, Span(first_span.start, end_pos), value, key, suf)

    def longest_at(self, tokens: tuple[Token, ...] | list[Token], i: int
                   ) -> tuple[int, V, str, str, int] | None:
        """What :meth:`match_at` finds at token i as ``(end, value, key, suffix, k)`` (k: the
        first token's analysis the phrase starts from), without building a Match."""
        first = tokens[i]
        wt = first.word_type
        hit = self._starts.get(wt.id) or self.starts(wt)
        roots = hit[0]
        if not roots:
            return None
        best = hit[1]
        if best is not None:  # every root is a one-word key: no walk
            return (i + 1, *best)
        # each step takes the first analysis of the next token that continues the phrase: one
        # path per root
        best = None  # (end, value, key, suffix, analysis index)
        best_n = best_len = 0
        n = len(tokens)
        sentence = first.sentence
        article = clitics().article
        al = (article,)
        for nd, k, seg in roots:
            j = i + 1
            suf = seg[2]
            while True:
                term = nd.get("\0")
                if term is not None:
                    if j - i > best_n or (j - i == best_n and len(term[1]) > best_len):
                        best = (j, term[0], term[1], suf, k)
                        best_n, best_len = j - i, len(term[1])
                    if len(nd) == 1:  # a leaf
                        break
                if j >= n or tokens[j].sentence != sentence:
                    break
                for p2, st2, sf2, _, _ in tokens[j].word_type.segs:
                    child = nd.get(st2)
                    if child is None and p2 == al:
                        child = nd.get(article + st2)
                    if child is not None and (not p2 or p2 == al):
                        break
                else:
                    break
                nd = child
                j += 1
                suf = sf2
        return best

    def starts(self, wt: WordType) -> tuple:
        """``(roots, one_word)`` for a word type, memoized: ``roots`` =
        (trie node, analysis index, segmentation) for each way a phrase can start at it;
        ``one_word`` = (value, key, suffix, analysis index) of the best match when every root
        is a one-word key (no further token can extend it), else None."""
        root = self._root
        article = clitics().article
        roots = []
        for k, seg in enumerate(wt.segs):
            node = root.get(seg[1])
            if node is not None:
                roots.append((node, k, seg))
            if seg[0][-1:] == (article,):  # للاذقيه، وللقوات → entries اللاذقيه، القوات
                node = root.get(article + seg[1])
                if node is not None:
                    roots.append((node, k, seg))
        one = None
        if roots and all(len(node) == 1 and "\0" in node for node, _, _ in roots):  # leaves
            for node, k, seg in roots:
                value, key = node["\0"]
                if one is None or len(key) > len(one[1]):
                    one = (value, key, seg[2], k)
        out = self._starts[wt.id] = (tuple(roots), one)
        return out

    def find(self, tokens: tuple[Token, ...] | list[Token]) -> Iterator[Match[V]]:
        """Non-overlapping longest matches, left to right."""
        i = 0
        n = len(tokens)
        get = self._starts.get
        while i < n:
            tok = tokens[i]
            if tok.kind == "punct":
                i += 1
                continue
            wt = tok.word_type
            if (get(wt.id) or self.starts(wt))[0]:
                m = self.match_at(tokens, i)
            else:
                m = None
            if m is None:
                i += 1
                continue
            yield m
            i = m.end
