"""A medial hamza on the other seat (``data/gazetteer/hamza_seats.tsv``): سيؤون is سيئون.

Normalized, ؤ is و and ئ is ي, so سيؤون (سيوون) misses the name key of سيئون (سييون). The places
stage's word cache (:mod:`hadath.mentions.places_match`) reads a word no gazetteer name
matches with the seat swapped when that spelling is a name; a word that is a name as written
is never rewritten (داوود)."""
from __future__ import annotations

from functools import lru_cache
from typing import Container

from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key

SEATS_FILE = "gazetteer/hamza_seats.tsv"


@lru_cache(maxsize=1)
def hamza_seats() -> tuple[tuple[str, str], ...]:
    """(from, to) letter pairs, normalized (وو → يو, يو → وو)."""
    return tuple((normalize_key(r["from"]), normalize_key(r["to"])) for r in load_tsv(SEATS_FILE)
                 if r.get("from") and r.get("to"))


def seat_variant(word: str, known: Container[str]) -> str:
    """``word`` (normalized) when it is one of ``known``; else its first spelling with one
    medial seat swapped that is (سيوون → سييون); else ``word``."""
    if word in known:
        return word
    for seat, other in hamza_seats():
        k = word.find(seat, 1)
        while k > 0:
            alt = word[:k] + other + word[k + len(seat):]
            if alt in known:
                return alt
            k = word.find(seat, k + 1)
    return word
