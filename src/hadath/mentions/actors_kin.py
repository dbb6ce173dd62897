"""Two tribes named after one dual noun (issue #9, actors57): اشتباكات بين قبيلتي الرزيقات
والمعاليا، نزاع بين عشيرتي X وY. The lexicon names a tribe by its noun and its name (قبيلة
المعاليا); after the dual only the first name stands next to the noun (the construct قبيلتي
reads as قبيلة + a suffix), the second after و stands alone, and a tribe whose bare name is no
alias (a bare name is often a place, a person or an owner) went unmatched.

Here the second name after the dual is read as the noun's singular with that name (kin_head in
actors_words.tsv: قبيلة المعاليا) and matched against the lexicon; a match that resolves
without the document's context (one named entry) becomes an actor match on the name."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from hadath.resources import word_roles
from hadath.types import Span, Token

if TYPE_CHECKING:
    from hadath.mentions.actors import ActorMatch
    from hadath.mentions.actors_lexicon import ActorLexicon

WORDS_FILE = "lexicons/actors_words.tsv"
NAME_WORDS = 3    # words of a tribe's name (بني هلبة) and of the first name before و


@lru_cache(maxsize=1)
def _kin() -> tuple[frozenset[str], frozenset[str]]:
    words = word_roles(WORDS_FILE)
    return words.get("kin_dual", frozenset()), words.get("kin_head", frozenset())


def _second_name(tokens: Sequence[Token], i: int, conj: frozenset[str]) -> tuple[int, int, str] | None:
    """(index, analysis, name without و) of the first word after و in the few words after the
    dual at ``i``, within its sentence and past no punctuation."""
    for j in range(i + 2, min(len(tokens), i + 2 + NAME_WORDS)):
        tok = tokens[j]
        if tok.sentence != tokens[i].sentence or tok.kind == "punct":
            return None
        for k, seg in enumerate(tok.word_type.segs):
            if len(seg[0]) == 1 and seg[0][0] in conj and not seg[2]:
                return j, k, seg[1]
    return None


def kin_pairs(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
              published: date | None) -> list["ActorMatch"]:
    """``matches`` with the second tribe after a dual tribe noun added (see the module)."""
    from hadath.events.role_words import role_words
    from hadath.mentions.actors import ActorMatch, _fixed

    duals, heads = _kin()
    at = [i for i, t in enumerate(tokens) if t.norm in duals]
    if not at:
        return matches
    conj, out = role_words().conj, list(matches)
    for i in at:
        head = next((h for h in sorted(heads) if tokens[i].norm.startswith(h[:-1])), None)
        found = _second_name(tokens, i, conj) if head else None
        if found is None:
            continue
        j, k, name = found
        if any(m.start <= j < m.end and m.entry is not None and not m.entry.is_generic for m in out):
            continue
        for n in range(NAME_WORDS, 0, -1):
            if j + n > len(tokens) or any(t.sentence != tokens[j].sentence for t in tokens[j:j + n]):
                continue
            key = " ".join((head, name, *(t.norm for t in tokens[j + 1:j + n])))
            hit = lex.matcher.get(key)
            r = _fixed(hit.actors, published, lex) if hit is not None and hit.actors else False
            if r is False:
                continue
            entry, ref, conf = r
            span = Span(tokens[j].stem_span(k).start, tokens[j + n - 1].end)
            new = ActorMatch(j, j + n, span, key, tokens[j].sentence, hit.actors, ref, conf, entry)
            out = [m for m in out if m.end <= j or m.start >= j + n]
            out.append(new)
            out.sort(key=lambda m: m.start)
            break
    return out


__all__ = ["kin_pairs"]
