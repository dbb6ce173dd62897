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
