"""Phrase matching of normalized lexicon entries over clitic-aware tokens.

The first token of a phrase may carry proclitics (وقوات، بالرقة); every token may match through
any of its analyses. Longest match wins; ties go to the earlier-added entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Iterable, Iterator, TypeVar

from hadath.text.normalize import normalize_key
from hadath.types import Span, Token

V = TypeVar("V")
_AL = ("ال",)


@dataclass(frozen=True)
class Match(Generic[V]):
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

    def add_all(self, items: Iterable[tuple[str, V]]) -> "PhraseMatcher[V]":
        for phrase, value in items:
            self.add(phrase, value)
        return self

    def match_at(self, tokens: tuple[Token, ...] | list[Token], i: int) -> Match[V] | None:
        # works on the tokens' shared per-word-type segmentations (Token._info): no Analysis
        # objects are built; the first token's stem span only for a match
        best: Match[V] | None = None
        first = tokens[i]
        root = self._root
        roots = []
        for k, seg in enumerate(first._info[0]):
            node = root.get(seg[1])
            if node is not None:
                roots.append((node, k, seg))
            if seg[0][-1:] == _AL:  # للاذقيه، وللقوات → entries اللاذقيه، القوات
                node = root.get("ال" + seg[1])
                if node is not None:
                    roots.append((node, k, seg))
        n = len(tokens)
        sentence = first.sentence
        for node, k, seg in roots:
            # walk further tokens
            stack = [(node, i + 1, seg[2])]
            first_span = None
            while stack:
                nd, j, suf = stack.pop()
                if "\0" in nd:
                    value, key = nd["\0"]
                    if best is None or (j - i, len(key)) > (best.end - best.start, len(best.key)):
                        if first_span is None:
                            first_span = first.stem_span(k)
                        end_pos = tokens[j - 1].span.end if j - 1 > i else first_span.end
                        best = Match(i, j, Span(first_span.start, end_pos), value, key, suf)
                if j < n and tokens[j].sentence == sentence:
                    for p2, st2, sf2, _, _ in tokens[j]._info[0]:
                        child = nd.get(st2)
                        if child is None and p2 == _AL:
                            child = nd.get("ال" + st2)
                        if child is not None and (not p2 or p2 == _AL):
                            stack.append((child, j + 1, sf2))
                            break
        return best

    def find(self, tokens: tuple[Token, ...] | list[Token]) -> Iterator[Match[V]]:
        """Non-overlapping longest matches, left to right."""
        i = 0
        n = len(tokens)
        while i < n:
            m = self.match_at(tokens, i) if tokens[i].kind != "punct" else None
            if m is None:
                i += 1
                continue
            yield m
            i = m.end
