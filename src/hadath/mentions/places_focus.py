"""Whether a place reading is far from what the document is about (the places stage's focus
tests, split from :mod:`hadath.mentions.places`): small places and first-level units abroad
need the rest of the document to point to their country; names that stand on their own
decide that focus."""
from __future__ import annotations

from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.bundled import PLACES_SOURCE
from hadath.gazetteer.data import frequent_names
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.focus import (SMALL_ABROAD, SMALL_ABROAD_REGION, far_from_focus, focus_without,
                                    neighbours_of)
from hadath.gazetteer.candidates import is_minor
from hadath.gazetteer.namesakes import PERSO_CCS
from hadath.gazetteer.resolve import MINOR_FOCUS, Item
from hadath.mentions.places_match import conj_joined
from hadath.mentions.places_recognize import Found

ALONE_SCORE_REGION = 1.5  # a likeliest reading this likely (a town of about 20 000 in the Arab
#                         world and its neighbours, FOCUS_CCS) stands on its own


def far_candidate(place, it: Item) -> bool:
    """A place that must be near the document's focus: small (SMALL_ABROAD;
    SMALL_ABROAD_REGION in the Arab world and its neighbours), named after a village cue
    (قرية، بلدة), or named, with no cue, by a frequent word (frequent_names.txt: الحراك is the
    protest movement in a report on Algeria, تلا "followed" in one on Somalia). Whether it
    is far is decided by far_from_focus: outside the countries the rest of the document
    points to and their neighbours. A region of hadath's list named in full with no cue
    (كردستان العراق) is not checked, as a bare first-level unit is not (checked_admin1)."""
    cc = place.country_code
    if cc in PERSO_CCS or is_minor(place):
        return True
    if place.feature_class == "region" and not it.cues and " " in it.key:
        return False   # كردستان العراق: a region named in full stands alone, as a bare unit does
    if not it.cues and it.key in frequent_names() and place.feature_class not in (
            "country", "admin1"):
        return True
    limit = SMALL_ABROAD_REGION if cc in FOCUS_CCS else SMALL_ABROAD
    return place.population < limit or bool(it.cues & place_lexicon().village)

def checked_admin1(place, it: Item) -> bool:
    """A first-level unit whose reading must lie near the document's focus
    (places_picks.near_pick): one named with a cue (منطقة المرج، إقليم البحيرة: an area of the
    report's country), not in PERSO_CCS, whose Persian/Urdu-script rule is for villages. A bare name keeps its reading
    (طهران، البحر الأحمر are named wherever the report is), and so does a unique unit after a
    cue of its rank (محافظة شبوة: unique_unit)."""
    return place.feature_class == "admin1" and bool(it.cues) \
        and place.country_code not in PERSO_CCS and not unique_unit(place, it)


def unique_unit(place, it: Item) -> bool:
    """A first-level unit named after a cue of that rank (محافظة، ولاية، إقليم: region cues of
    precision 3) whose name no other first-level unit bears exactly: محافظة شبوة is Shabwah
    wherever the rest of the report points (French tourists kidnapped there, a statement from
    Paris); so is a unit whose longer name (a compass word and a name: شمال دارفور) reads
    nothing else (a hamlet زمزم in Yemen named in the same sentence does not make North Darfur
    far). It is not dropped as far from the focus (checked_admin1)."""
    if place.feature_class != "admin1":
        return False
    lex = place_lexicon()
    exact = [h.place for h, m in it.hits if m >= 1.0]
    if not any(c in lex.region and lex.cues.get(c) == 3 for c in it.cues):
        return " " in it.key and exact == [place]   # شمال دارفور: a longer name, one reading
    units = [p for p in exact if p.feature_class == "admin1"]
    return units == [place]


def far(cc: str, votes, mine, minor: bool = False, acts: dict[str, float] | None = None) -> bool:
    """``far_from_focus``; for a country with Persian/Urdu-script names (PERSO_CCS), and for
    a place known only from the big gazetteer (``minor``: a village, neighbourhood or
    sub-district: is_minor), the rest of the document must point to the country itself
    (a Syrian report's منطقة الفرات is not a Baghdad neighbourhood). There the home votes of
    the actors (``acts``, places_actors) for a land neighbour of ``cc`` are left out as
    ``mine`` is: an armed group also strikes across its border (الحوثيون on a Saudi
    governorate); a home farther away still counts (the RSF and a Yemeni hamlet زمزم)."""
    if acts and (cc in PERSO_CCS or minor):
        nb = neighbours_of(cc)
        near = {k: v for k, v in acts.items() if k in nb}
        if near:
            mine = {k: (mine or {}).get(k, 0.0) + near.get(k, 0.0) for k in set(near) | set(mine or {})}
    if cc in PERSO_CCS or minor:
        get = mine.get if mine else None
        if not any(v - (get(k, 0.0) if get else 0.0) > 1e-9 for k, v in votes.items()):
            return False  # nothing else in the document: كابل alone is Kabul
        return focus_without(votes, mine, cc) < (MINOR_FOCUS if minor and cc not in PERSO_CCS else 0.5)
    return far_from_focus(cc, votes, mine)


def solid_votes(kept: list[Found], live: dict[str, Item], votes, own):
    """Country votes of the names that stand on their own: named with a cue, in a list or
    as a longer name, or whose likeliest reading is a country, a region or a sizeable town
    (prior ≥ ALONE_SCORE_REGION). A lone word that is also a village abroad (لكون → Koné)
    does not decide where the document is. (The document's votes less the others'.)"""
    strong = {f.key for f in kept if f.cue or f.slot or f.containers or " " in f.key}
    solid = None
    left = own
    for k, mine in own.items():
        if k in strong or k not in live:
            continue   # (and the actors' home votes: places_actors)
        kd = live[k].kd
        if kd is not None and any(pr >= ALONE_SCORE_REGION and cc not in PERSO_CCS
                                  for pr, cc in zip(kd.priors, kd.ccs)):
            continue  # (a Persian/Urdu spelling of a town abroad does not stand alone)
        if solid is None:
            solid = votes.copy()
            left = dict(own)
        for cc, v in mine.items():
            solid[cc] -= v
        del left[k]  # its votes are out already
    if solid is None:
        return votes, own
    return +solid, left


def listed_abroad(f: Found, place, out_f: list[Found], out_ref: list, tokens) -> bool:
    """A name that is a place here only as the next member of a و-list (no cue of its own),
    read as a first-level unit or as a place named by a frequent word (frequent_names.txt:
    بركة, a pond) in another country than the member right before it: the list names places of
    one country, and the gazetteer lacks this one (بين الفيوم والواحات in Egypt: the oases, no
    Libyan district; بسيل الزرقاء وبركة البيبسي in Jordan: no Iraqi town). The caller leaves it
    unresolved (the mention stays) when the rest of the document does not point to the
    reading's country either. A listed town keeps its reading (عمان وبيروت)."""
    if place is None or f.cue or not f.listed or not out_f or not (
            place.feature_class == "admin1" or f.key in frequent_names()):
        return False
    prev = out_ref[-1].place
    return prev is not None and out_f[-1].end == f.start and prev.country_code != place.country_code \
        and conj_joined(tokens[f.start])   # X وY (not a dateline's "X - Y")


def curated_bare(place, it: Item) -> bool:
    """A one-word name of hadath's own list of places the sources lack (places_extra.tsv: a
    named region, a quarter, an air base), named bare after a locative preposition (في
    الجولان، في التبانة): the list holds no common word, so the preposition is evidence
    enough, whatever country the rest of the report points to (a report on Israeli strikes
    in the Golan names Israel, the Golan is coded in Syria's Quneitra)."""
    return place is not None and place.source == PLACES_SOURCE and it.prep > 0
