"""A border phrase is no province (issue #10, thirteenth round).

Saudi Arabia's Northern Borders province is called الحدود الشمالية, "the northern borders";
other units are named by a generic noun and an adjective too. When "with" and a country's name
follow such a name (على الحدود الشمالية مع سوريا in a Jordanian report), the phrase is a
country's border with that one: the unit is kept only when the rest of the document points to
its country (a Saudi report on its border with Iraq), else the phrase is no place mention.
The generic nouns and "with" are data (``place_words.tsv``: roles ``generic``, ``border_with``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_people import bare_stem
from hadath.mentions.places_recognize import NISBA
from hadath.types import Place, Token

if TYPE_CHECKING:
    from hadath.mentions.places_recognize import Found


def border_phrase(tokens: tuple[Token, ...], f: "Found", place: Place | None,
                  country_at: dict[int, str]) -> bool:
    """The name ``f``, read as a first-level unit, heads a border phrase: its first word is a
    generic noun (الحدود) and "with" and a country's name written bare follow it in the
    sentence (``country_at``: token index -> country code, places_foreign.country_starts)."""
    if place is None or place.feature_class != "admin1" or f.cue or f.end - f.start < 2:
        return False
    lex = place_lexicon()
    head = tokens[f.start]
    if head.norm not in lex.generic and bare_stem(head) not in lex.generic:
        return False
    j = f.end
    return j + 1 < len(tokens) and tokens[j].norm in lex.border_with \
        and tokens[j + 1].sentence == head.sentence and j + 1 in country_at


BORDER_WINDOW = 8      # tokens after a name in which "على الحدود مع X" may follow it
BORDER_MARGIN = 1.5    # degrees: a place on the border with X lies at most this far off X's box


def border_country(tokens: tuple[Token, ...], end: int, country_at: dict[int, str]
                   ) -> tuple[int, str] | None:
    """The country of a border phrase that follows a name ending at token ``end`` in its
    sentence (منطقة باجور بشمال غربي البلاد على الحدود مع أفغانستان): a generic noun
    (الحدود), at most one word more (الشمالية), "with" and a country's name: (the country's
    token, its code); else None."""
    if not end or end >= len(tokens):
        return None
    last = end + BORDER_WINDOW + 2   # (the farthest country token the loop below reaches)
    for c in country_at:
        if end < c <= last:
            break
    else:
        return None   # (no country named right after the name: most names)
    lex = place_lexicon()
    sent = tokens[end - 1].sentence
    for j in range(end, min(len(tokens) - 2, end + BORDER_WINDOW)):
        t = tokens[j]
        if t.sentence != sent or t.kind != "word":
            return None
        if t.norm in lex.generic or bare_stem(t) in lex.generic:
            for k in (j + 1, j + 2):
                if k + 1 < len(tokens) and tokens[k].norm in lex.border_with \
                        and tokens[k + 1].sentence == sent:
                    cc = country_at.get(k + 1)
                    return None if cc is None else (k + 1, cc)
    return None


def off_border(place: Place, cc: str) -> bool:
    """``place``, said to lie on the border with country ``cc`` (border_country), lies in
    another country and more than BORDER_MARGIN degrees off ``cc``'s box (country_boxes):
    a namesake far from that border (Al Bajur in Egypt for Bajaur on Afghanistan's border)."""
    from hadath.gazetteer.country_parts import country_boxes
    box = country_boxes().get(cc)
    if box is None or place.country_code == cc:
        return False
    return abs(place.latitude - box.lat) > box.half_lat + BORDER_MARGIN \
        or abs(place.longitude - box.lon) > box.half_lon + BORDER_MARGIN


def nisba_starts(found) -> dict[int, str]:
    """Token index -> country code of each country nisba found (السوري، البوركينابي)."""
    return {f.start: f.key[len(NISBA):] for f in found if f.cue == "nisba" and f.key.startswith(NISBA)}


def off_nisba(place: Place, end: int, country_at: dict[int, str], nisba_at: dict[int, str]) -> bool:
    """``place``, read for a name a country's name or nisba qualifies right after it (منطقة
    الساحل البوركينابي، الساحل التونسي), lies in another country off that country's box
    (off_border): a namesake there (El-Sahel, a Cairo district), not the place meant."""
    cc = nisba_at.get(end) or country_at.get(end)
    return cc is not None and place.feature_class != "country" and off_border(place, cc)
