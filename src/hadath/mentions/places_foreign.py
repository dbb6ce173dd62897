"""Common nouns read as far foreign towns (issue #10, tenth round).

A name of a town outside the Arab world and its neighbours (``FOCUS_CCS``) is written without
the article (سيول Seoul, باريس، لندن); the same letters are often a common noun (سيول "floods",
the plural of سيل), which the press writes with the article (والسيول، السيول) or as the head of a
genitive construct (سيول الكويت "Kuwait's floods", #سيول_الاردن). A bare one-word name read as
such a foreign town is no place:

- when its word carries the article the name lacks (السيول is not Seoul);
- when the name of another country follows it directly, with no proclitic (the same sentence;
  in a hashtag, after the underscore): a town is not put in construct with a foreign country, a
  noun is.

Names of the region keep their readings either way (gazetteers write الرقة and رقة alike, and
#القدس_فلسطين names a town and its country).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.gazetteer.build import FOCUS_CCS
from hadath.mentions.places_match import ARTICLE
from hadath.types import Place, Token

if TYPE_CHECKING:
    from hadath.gazetteer.resolve import Item
    from hadath.mentions.places_recognize import Found

HASHTAG_JOINER = "_"    # #سيول_الاردن: the words of a hashtag


def foreign_noun(tokens: tuple[Token, ...], f: "Found", place: Place | None,
                 country_at: dict[int, str]) -> bool:
    """A one-word name with no cue read as a town abroad (module docstring) that the text uses
    as a common noun: with the article, or in construct with another country's name
    (``country_at``: token index -> country code of the country names the document holds)."""
    if place is None or f.cue or f.end - f.start != 1 or place.country_code in FOCUS_CCS \
            or place.feature_class not in ("populated_place", "neighbourhood"):
        return False
    key = f.key
    tok = tokens[f.start]
    if not key.startswith(ARTICLE) and tok.norm.endswith(ARTICLE + key):
        return True   # والسيول: the article on a name that has none
    j = f.end
    if j < len(tokens) and tokens[j].text == HASHTAG_JOINER:
        j += 1
    cc = country_at.get(j)
    return cc is not None and cc != place.country_code and tokens[j].sentence == tok.sentence


def country_starts(tokens: tuple[Token, ...], found: list["Found"], live: dict[str, "Item"]
                   ) -> dict[int, str]:
    """Token index -> country code of each name read as a country that is written with no
    proclitic (الكويت, not وإسرائيل or بلبنان: a conjunction or a preposition starts a new
    phrase, no construct)."""
    out: dict[int, str] = {}
    for f in found:
        it = live.get(f.key)
        if it is not None and it.best >= 0:
            p = it.hits[it.best][0].place
            if p.feature_class == "country" and tokens[f.start].norm == f.key.split(" ", 1)[0]:
                out[f.start] = p.country_code
    return out
