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
        best: Match[V] | None = None
        first = tokens[i]
        roots = []
        for an in first.analyses:
            node = self._root.get(an.stem)
            if node is not None:
                roots.append((node, an))
            if an.prefixes[-1:] == ("ال",):  # للاذقيه، وللقوات → entries اللاذقيه، القوات
                node = self._root.get("ال" + an.stem)
                if node is not None:
                    roots.append((node, an))
        for node, an in roots:
            # walk further tokens
            stack = [(node, i + 1, an, an.suffix)]
            while stack:
                nd, j, first_an, suf = stack.pop()
                if "\0" in nd:
                    value, key = nd["\0"]
                    end_tok = tokens[j - 1]
                    end_pos = end_tok.span.end if j - 1 > i else first_an.span.end
                    if j - 1 > i and suf:
                        end_pos = end_tok.span.end
                    cand = Match(i, j, Span(first_an.span.start, end_pos), value, key, suf)
                    if best is None or (cand.end - cand.start, len(key)) > (best.end - best.start, len(best.key)):
                        best = cand
                if j < len(tokens) and tokens[j].sentence == first.sentence:
                    nxt = tokens[j]
                    for an2 in nxt.analyses:
                        child = nd.get(an2.stem)
                        if child is None and an2.prefixes == ("ال",):
                            child = nd.get("ال" + an2.stem)
                        if child is not None and (not an2.prefixes or an2.prefixes == ("ال",)):
                            stack.append((child, j + 1, first_an, an2.suffix))
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
