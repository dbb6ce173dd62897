"""The place words of event assembly and the plain facts of a place mention (split from
:mod:`hadath.events.place_choice`): the cue classes of data/lexicons/event_places.tsv, whether a
mention is introduced as a place (a cue word, a locative preposition or proclitic), whether it is
joined to a list by و, and the kind of place it reads as (town, region, containment)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Sequence

from hadath.events.lexicons import word_flags
from hadath.events.tuning import WINDOWS
from hadath.text.normalize import normalize_key
from hadath.types import PlaceRef, Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


PLACE_CUES = "lexicons/event_places.tsv"


class PlaceCues(NamedTuple):
    """The classes of data/lexicons/event_places.tsv (see its header), normalized."""
    locative: frozenset[str]
    chain_gap: frozenset[str]
    intro: frozenset[str]
    direction: frozenset[str]
    region: frozenset[str]
    city_part: frozenset[str]
    locative_clitic: frozenset[str]
    joiner: frozenset[str]
    list_joiner: frozenset[str]
    city: frozenset[str]
    onto: frozenset[str]
    again: frozenset[str]


@lru_cache(maxsize=1)
def place_cues() -> PlaceCues:
    return word_flags(PLACE_CUES, PlaceCues)


def _clitic_lead(lead: str, clitics: frozenset[str]) -> bool:
    """The proclitics before a place's first word carry a locative one: a one-letter clitic
    anywhere among them (بال، وب), a longer one at their end (وفي)."""
    return any(c in lead if len(c) == 1 else lead.endswith(c) for c in clitics)


# cues that name a settlement: an unknown name after them is still a place of its own
REGION_CLASSES = frozenset({"admin1", "admin2"})


def place_key(ref: PlaceRef | None) -> str | None:
    if ref is None:
        return None
    if ref.place is not None:
        return ref.place.id
    return ref.name


def place_id(ref: PlaceRef) -> str | None:
    return ref.place.id if ref.place is not None else None


def _locative_before(tokens: Sequence[Token], i: int, lo: int) -> bool:
    cues = place_cues()
    if tokens[i].has_proclitic(cues.locative_clitic):
        return True
    for j in range(i - 1, max(lo, i - WINDOWS.locative_left) - 1, -1):
        if not cues.locative.isdisjoint(tokens[j].forms):
            return True
    return False


def introduced(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place is introduced as one: a cue word (مدينة، بلدة، قرية، حي، مخيم ...), a locative
    preposition right before it, or a ب / في proclitic on its first word."""
    ref = p.mention.value
    if ref.cue and ref.cue != "nisba":
        return True
    tok = tokens[p.start]
    if p.mention.span.start > tok.span.start:
        lead = normalize_key(text[tok.span.start:p.mention.span.start])
        if _clitic_lead(lead, place_cues().locative_clitic):
            return True
    j = p.start - 1
    return j >= 0 and tokens[j].sentence == tok.sentence \
        and not place_cues().intro.isdisjoint(tokens[j].forms)


def _joined(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place's first word carries the conjunction و (وسعير), not a و of its own (ولاية)."""
    tok = tokens[p.start]
    if p.mention.span.start <= tok.span.start:
        return False
    return normalize_key(text[tok.span.start:p.mention.span.start]).startswith(tuple(place_cues().joiner))


def _town(ref: PlaceRef) -> bool:
    return ref.place is not None and ref.place.feature_class not in REGION_CLASSES \
        and ref.place.feature_class != "country"


def _region(ref: PlaceRef) -> bool:
    return ref.place is not None and ref.place.feature_class in REGION_CLASSES


def _contains(big: PlaceRef, small: PlaceRef) -> bool:
    if big.place is None or small.place is None or big.place.id == small.place.id:
        return False
    fc = big.place.feature_class
    if fc == "country":
        return small.place.country_code == big.place.country_code
    if fc == "admin1":
        return small.place.admin1 == big.place.name and small.place.feature_class != "admin1"
    if fc == "admin2":
        return small.place.admin2 == big.place.name and small.place.feature_class not in ("admin1", "admin2")
    return False
