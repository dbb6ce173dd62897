"""Areas spread over a region: a governorate's namesake seat named as where scattered areas lie
stands for the governorate (CODING.md: a region named, precision 3).

مناطق متفرقة من محافظة صعدة، مناطق حدودية في صعدة، في مختلف مناطق X، في عموم X، عمليات تمشيط
متفرقة بكل من عين الدفلى والمدية: the act was somewhere in the region, not in its seat town. A
name the gazetteer reads as a town (Sa'dah, Ain Defla) whose first-level unit bears the same
name (a candidate of the mention) is the unit there; the record keeps its point (the seat, the
unit's centre) and only its precision becomes 3.

The words come from ``data/lexicons/place_spread.tsv``. A spread phrase is an area noun with a
spread adjective after it (مناطق متفرقة) or a quantifier before it (مختلف مناطق), "throughout"
(عموم), or a spread adjective followed by "each of" (متفرقة بكل من). It governs the name right
after it - past a preposition (في، من، على), كل من, and a region's class noun (محافظة، ولاية) -
and the names joined to that one by و up to the clause's end (a punctuation mark, the sentence's
end, ``LIST_TOKENS``). Kept at the town: a name with a town's cue word (مدينة، بلدة), a city of
``METROPOLIS`` people or more (its "areas" are its own quarters: مناطق متفرقة من بغداد), a name
the phrase does not govern (هجمات في مناطق متفرقة كان أعنفها في بغداد), a district or village.

The precision is set here, after the folds (reconcile's folds read it), so no two records fold
or split: only the precision changes."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_seats import seat_unit
from hadath.resources import word_roles
from hadath.text.clitics import conjunctions
from hadath.types import Event, Token

SPREAD_FILE = "lexicons/place_spread.tsv"
METROPOLIS = 1_000_000   # a city this large holds "areas" of its own (its quarters)
LIST_TOKENS = 12         # how far a spread phrase's list of names reaches


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_roles(SPREAD_FILE)


def _is(t: Token, role: str) -> bool:
    return t.kind == "word" and not _words().get(role, frozenset()).isdisjoint(t.forms)


def _head_end(tokens: Sequence[Token], i: int) -> int | None:
    """The token after the spread phrase that starts at ``i``, None when none starts there."""
    n = len(tokens)
    t = tokens[i]
    if _is(t, "area"):
        j = i + 1
        while j < n and _is(tokens[j], "spread"):
            j += 1
        if j > i + 1 or (i > 0 and _is(tokens[i - 1], "quantifier")):
            return j
        return None
    if _is(t, "throughout"):
        return i + 1
    if _is(t, "spread") and i + 2 < n and _is(tokens[i + 1], "each") and _is(tokens[i + 2], "from"):
        return i + 3
    return None


def _first_name(tokens: Sequence[Token], j: int) -> int:
    """Past a separate preposition, كل من and a region's class noun (في محافظة، بكل من)."""
    lex = place_lexicon()
    n = len(tokens)
    if j < n and tokens[j].kind == "word" and tokens[j].norm in lex.preps:
        j += 1
    if j + 1 < n and _is(tokens[j], "each") and _is(tokens[j + 1], "from"):
        j += 2
    if j < n and not lex.region.isdisjoint(tokens[j].forms) and lex.cues.get(tokens[j].norm, 0) >= 3:
        j += 1
    return j


def governed(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The character extents [start, end) of the tokens that start a name a spread phrase
    governs: the first after it, and each joined to it by و in the same clause."""
    conj = conjunctions()
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for i in range(n):
        j = _head_end(tokens, i)
        if j is None:
            continue
        j = _first_name(tokens, j)
        if j >= n or tokens[j].kind != "word" or tokens[j].sentence != tokens[i].sentence:
            continue
        out.append((tokens[j].start, tokens[j].end))
        for k in range(j + 1, min(n, j + LIST_TOKENS)):
            t = tokens[k]
            if t.kind != "word" or t.sentence != tokens[j].sentence:
                break
            if t.has_proclitic(conj):
                out.append((t.start, t.end))
    return out


def seat_of_unit(ev: Event) -> bool:
    """A p1 record at a town that is the seat of a first-level unit of the same name (one of the
    mention's readings), named with no town's cue word, not a metropolis."""
    ref = ev.place
    if ev.geo_precision != 1 or ref is None or ref.place is None:
        return False
    town = ref.place
    if town.feature_class != "populated_place" or not town.admin1 or town.population >= METROPOLIS:
        return False
    if ref.cue is not None and place_lexicon().cues.get(ref.cue, 0) < 3:
        return False
    return seat_unit(town, ref.candidates) is not None


def _in(spans, extents) -> bool:
    return any(a <= s.start < b for s in spans for a, b in extents)


def spread_regions(events: Sequence[Event], tokens: Sequence[Token]) -> tuple[Event, ...]:
    """The records at a governorate's seat that a spread phrase names, at precision 3."""
    if not any(seat_of_unit(e) for e in events):
        return tuple(events)
    extents = governed(tokens)
    if not extents:
        return tuple(events)
    return tuple(replace(e, geo_precision=3)
                 if seat_of_unit(e) and _in(e.evidence.get("location", ()), extents) else e
                 for e in events)
