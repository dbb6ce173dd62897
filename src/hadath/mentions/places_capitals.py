"""A country's name that is also another country's capital (issue #10, twelfth round): عمان is
Oman and Amman (short vowels and the shadda are seldom written). The country stays the reading
unless the story is on the capital's country (the rest of the document points there and not to
the country: a Jordanian story), or nothing else in the document points anywhere and the name
follows a preposition in the clause of a building (اعتصموا أمام مبنى وزارة التربية في عمان: a
ministry stands in a town), or the writer spelled out the doubled consonant (عمّان), or the
text calls it a town or a capital (مدينة عمان، العاصمة عمان). سلطنة عمان is
a longer name of its own; a Gulf story keeps Oman.

A country named like its own capital (تونس، الجزائر، الكويت) after a preposition in the clause of
a building or a street (تظاهر الطلاب في شارع الحبيب بورقيبة بتونس، اعتصموا أمام مقر البرلمان
بالجزائر) is the capital too: a street or a building stands in a town, not in a whole country."""
from __future__ import annotations

import unicodedata

from hadath.gazetteer.data import capitals
from hadath.gazetteer.focus import focus_without
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.resolve import Item
from hadath.types import Place, Token

BUILDING_WORDS = 8   # words back from the name to a building noun of its clause
STORY_FOCUS = 0.5    # the rest of the document's focus on the capital's country that decides
SHADDA = unicodedata.lookup("ARABIC SHADDA")   # the doubling mark, when a writer spells it out (عمّان)


def in_building_clause(tokens: tuple[Token, ...], start: int) -> bool:
    """A building or body noun (place_words.tsv ``building`` and ``facility``) stands within
    BUILDING_WORDS words before token ``start``, in its sentence."""
    lex = place_lexicon()
    building = lex.building
    sent = tokens[start].sentence
    for k in range(start - 1, max(-1, start - 1 - BUILDING_WORDS), -1):
        t = tokens[k]
        if t.sentence != sent:
            return False
        if t.kind == "word" and not building.isdisjoint(t.forms) and not _adjective(tokens, k, lex):
            return True
    return False


def _adjective(tokens: tuple[Token, ...], k: int, lex) -> bool:
    """The building noun at token ``k`` is one that is also an adjective (place_cues.tsv
    ``after_prep``: بلدية, municipal) and is used as one: no article, no preposition before it
    (انتخابات بلدية في الجزائر: municipal elections, no building)."""
    t = tokens[k]
    return t.norm in lex.after_prep and (k == 0 or tokens[k - 1].norm not in lex.preps)


def capital_namesake(place: Place, it: Item, votes, own: dict, tokens: tuple[Token, ...],
                     start: int) -> Place:
    """``place`` (a country reading of item ``it``, named at token ``start``), or the capital of
    another country that the same name reads as, when the document says it is that town."""
    cc = place.country_code
    caps = capitals()
    kd = it.kd
    if kd is not None and kd.hits is it.hits:   # (the stage's items: kept per name key)
        city = kd.capital_abroad(cc, caps)
    else:
        city = next((h.place for h, _ in it.hits if h.place.country_code != cc
                     and caps.get(h.place.country_code) == h.place.id), None)
    if city is None:
        return _home_capital(place, it, tokens, start)
    if SHADDA in tokens[start].text or town_cued(it):
        return city   # عمّان: the doubled consonant is written, Oman (عُمان) has none; مدينة عمان
    mine = own.get(it.key) or {}
    there = focus_without(votes, mine, city.country_code)
    if there >= STORY_FOCUS and focus_without(votes, mine, cc) < there:
        return city   # a Jordanian story
    alone = not any(v - mine.get(k, 0.0) > 1e-9 for k, v in votes.items())
    if alone and it.prep and in_building_clause(tokens, start):
        return city
    return place


def town_cued(it: Item) -> bool:
    """The text calls the name a town (a class noun of a settlement that is no village cue:
    مدينة عمان) or a capital (العاصمة عمان): a country is neither."""
    lex = place_lexicon()
    return not it.cues.isdisjoint(lex.capital) or not it.cues.isdisjoint(lex.settlement - lex.village)


def _in_street_clause(tokens: tuple[Token, ...], start: int) -> bool:
    """A street or square noun (place_cues.tsv ``street``: شارع، ساحة، ميدان) stands within
    BUILDING_WORDS words before token ``start``, in its sentence."""
    street = place_lexicon().street
    sent = tokens[start].sentence
    return any(tokens[k].sentence == sent and tokens[k].kind == "word" and not street.isdisjoint(tokens[k].forms)
               for k in range(max(0, start - BUILDING_WORDS), start))


def _home_capital(place: Place, it: Item, tokens: tuple[Token, ...], start: int) -> Place:
    """``place``, or its own capital of the same name when a preposition leads the name in the
    clause of a building or a street (بتونس after شارع الحبيب بورقيبة)."""
    cc = place.country_code
    cap = capitals().get(cc)
    city = next((h.place for h, _ in it.hits if h.place.country_code == cc and h.place.id == cap), None)
    if city is None or not it.prep:
        return place
    return city if in_building_clause(tokens, start) or _in_street_clause(tokens, start) else place
