"""A country named in a facility's name: whose the facility is, not where it is.

السفارة الكويتية في لبنان، سفارة الكويت لدى الأردن، مستشفى الصداقة الصيني (in Omdurman)، مستشفى
الجامعة الأميركية (in Beirut)، مطعم لقمة التركي (in Riyadh): a country named right after a
diplomatic mission's noun (``mission`` in place_words.tsv: سفارة، قنصلية، بعثة), and the
nationality adjective of a phrase headed by a facility noun (``facility``: مستشفى، مطعم، جامعة
...) when the rest of the document does not put that country in its focus (الجامعة اللبنانية in a report on
Lebanon is in Lebanon), name the facility's owner or kind. The mention stays (it is a place
name; IDRISI and the NER sets count it) but resolves to no place: the facility lies wherever the
text puts it. A hashtag's sign and underscores join a facility's name (مستشفى
#الجمعية_الطبية_العمانية); a hashtag that the country starts is a phrase of its own
(#مستشفى_حفر_الباطن #السعودية).
"""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.types import Token

MAX_WORDS = 3      # words of the facility's own name between its noun and the adjective
HASH, JOIN = "#", "_"


def owner_head(tokens: tuple[Token, ...], start: int, adjective: bool) -> str | None:
    """``"mission"`` or ``"facility"`` when the country mention at token ``start`` follows such
    a noun in one phrase (module docstring): a mission noun right before a country's name; a
    facility or mission noun up to MAX_WORDS words before a nisba ``adjective``, with only
    words (no preposition or stop word) and hashtag joiners between. Else None."""
    lex = place_lexicon()
    sent = tokens[start].sentence
    own_tag = start > 0 and tokens[start - 1].norm == HASH   # the country starts a hashtag
    words = 0
    for k in range(start - 1, -1, -1):
        t = tokens[k]
        if t.sentence != sent:
            return None
        if t.norm in (HASH, JOIN):
            continue
        if t.kind != "word":
            return None
        if not lex.mission.isdisjoint(t.forms):
            return "mission"
        if adjective and not lex.facility.isdisjoint(t.forms):
            return "facility"
        words += 1
        if not adjective or own_tag or words > MAX_WORDS or t.norm in lex.preps \
                or not lex.stop.isdisjoint(t.forms):
            return None
    return None
