"""The place word lexicon: cue words and closed word classes of the places, gazetteer and geocode
stages, loaded once from ``data/lexicons/place_cues.tsv`` and ``place_words.tsv``.

Every word passes through :func:`hadath.text.normalize.normalize_key`, as the tokens do, so a
word written على in the file meets the token علي (issue #11: the Python sets held على/إلى/حتى
and never matched). The cue table has one row per word with its precision hint and its roles
(columns instead of parallel sets); see the files' headers for what each role means.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from hadath.errors import DataError
from hadath.resources import data_path, load_tsv, word_roles

CUES_FILE = "lexicons/place_cues.tsv"
WORDS_FILE = "lexicons/place_words.tsv"
CUE_ROLES = frozenset({"after", "definite", "part", "known_only", "class", "container", "village",
                       "skip", "region", "admin2", "district", "settlement", "prefix", "street",
                       "capital", "plural", "road", "compass", "near", "list", "natural",
                       "after_prep", "seat", "proper_only", "across", "camp", "bare", "own_point", "unit"})
WORD_ROLES = frozenset({"stop", "prep", "generic", "name_head", "direction", "media", "skip",
                        "no_first", "function", "cue_adjective", "facility", "mission", "doer",
                        "between", "road_link", "building", "border_with", "domestic",
                        "new_place", "visitor", "water", "structure", "dual_ending", "located",
                        "distance", "motion", "apposition", "pretext", "next_place", "attack_verb",
                        "office_body", "office_lead", "office_voice"})


class PlaceLexicon(NamedTuple):
    cues: dict[str, int]          # recognition cue -> precision hint (1..3)
    after: frozenset[str]         # X وريفها
    definite: frozenset[str]      # a cue with the article too
    part: frozenset[str]          # a part of a town (حي، مخيم)
    known_only: frozenset[str]    # only a gazetteer name after it is a place
    klass: frozenset[str]         # the class noun of the name itself (مدينة حمص)
    container: frozenset[str]     # names an enclosing area (ريف، محافظة)
    village: frozenset[str]       # names a village or small town
    skip: frozenset[str]          # skipped between a cue and its name
    region: frozenset[str]        # disambiguation: a governorate/region reading
    admin2: frozenset[str]        # disambiguation: a district or governorate cue
    district: frozenset[str]      # disambiguation: a district/sub-district reading
    settlement: frozenset[str]    # disambiguation: a populated place
    prefix: frozenset[str]        # class nouns a gazetteer name may start with
    street: frozenset[str]        # a street, square, roundabout: the name after it is its own
    capital: frozenset[str]       # the capital (العاصمة X): prefers a country's capital
    plural: frozenset[str]        # a plural class noun (قرى): a common word after it is no name
    listing: frozenset[str]       # a plural/dual class noun: the names listed after its name share it
    road: frozenset[str]          # a road: named with its town (طريق X بY), coded to the town
    compass: frozenset[str]       # a direction/centre: X، في جنوب Y puts X inside the town Y
    near: frozenset[str]          # X القريبة من Y / X قرب Y: Y anchors X
    natural: frozenset[str]       # a natural feature (جبل، صحراء): an unknown one is a part of its region
    stop: frozenset[str]
    preps: frozenset[str]
    generic: frozenset[str]
    name_heads: frozenset[str]
    direction: frozenset[str]
    media: frozenset[str]
    no_first: frozenset[str]
    function: frozenset[str]
    cue_adjective: frozenset[str]  # a cue word after it is an adjective (رصاص حي: live bullets)
    facility: frozenset[str]      # a facility noun: a nationality adjective of its phrase is its owner's
    mission: frozenset[str]       # a diplomatic mission: a country named after it is not where it is
    doer: frozenset[str]          # a weapon/strike/force: a nationality adjective of it is the doer's
    domestic: frozenset[str]      # a force that works at home (قوات الأمن): its nationality is where
    between: frozenset[str]       # a road's "between": the towns after it are its ends, one place
    road_link: frozenset[str]     # words between a road's noun and "between" (الواصل، الدولي)
    building: frozenset[str] = frozenset()  # a building or body that stands in a town (مبنى، وزارة)
    border_with: frozenset[str] = frozenset()  # الحدود الشمالية مع سوريا: a border, no province
    after_prep: frozenset[str] = frozenset()   # a cue only after a preposition (بمحلية X)
    seat: frozenset[str] = frozenset()  # a unit named after its seat town (محلية المناقل، ريف X)
    proper_only: frozenset[str] = frozenset()  # only a name that is no common word (قاعدة التنف)
    across: frozenset[str] = frozenset()  # مستوطنة، ثكنة: the Latin look-up also asks neighbours
    new_place: frozenset[str] = frozenset()  # قرية الحلة الجديدة: another settlement than الحلة
    visitor: frozenset[str] = frozenset()  # سائحين فرنسيين: the nationality is who, not where
    water: frozenset[str] = frozenset()    # خليج عدن: the gulf a town names is not the town
    structure: frozenset[str] = frozenset()   # سد: a dam's own name, or the known town it is named after
    camp: frozenset[str] = frozenset()   # مخيم: disambiguation prefers a camp reading
    bare: frozenset[str] = frozenset()   # مفرق: a street word only without the article (المفرق: Mafraq)
    own_point: frozenset[str] = frozenset()   # منطقة، أطراف: a settlement or quarter after it is p1
    unit: frozenset[str] = frozenset()   # ريف X: the town's whole governorate holds the name
    dual_ending: frozenset[str] = frozenset()   # عراق + يان: a nationality adjective's duals
    next_place: frozenset[str] = frozenset()   # وعند، وعلى after في صور: the next place's turn
    located: frozenset[str] = frozenset()   # X الواقعة بأطراف Y: Y holds X
    distance: frozenset[str] = frozenset()   # X، 15 كيلومترا شرق Y: a distance's unit (and بعد)
    motion: frozenset[str] = frozenset()   # نازحون من حلب في إدلب: من before X, "في Y" is no container
    apposition: frozenset[str] = frozenset()   # X، وهي قرية: the pronoun before an appositive
    doer_or_visitor: frozenset[str] = frozenset()   # doer | visitor, made once (places_facility)
    pretext: frozenset[str] = frozenset()   # بحجة "...": "on the pretext of", no town Hajjah
    attack_verb: frozenset[str] = frozenset()   # قصفت إسرائيل: the country after it is the doer
    office_body: frozenset[str] = frozenset()   # قائد جبهة الجنوب: a body named after a place
    office_lead: frozenset[str] = frozenset()   # its head or spokesman (قائد، باسم)
    office_voice: frozenset[str] = frozenset()   # a verb of its speaking (قالت، بحسب)


def _cue_rows() -> tuple[dict[str, int], dict[str, set[str]]]:
    from hadath.text.normalize import normalize_key

    path = data_path(CUES_FILE)
    hints: dict[str, int] = {}
    roles: dict[str, set[str]] = {r: set() for r in CUE_ROLES}
    for line, row in enumerate(load_tsv(CUES_FILE), start=2):
        word = normalize_key(row.get("word", ""))
        if not word:
            raise DataError(f"{path}: row {line} has no word: {row}")
        prec = row.get("precision", "")
        if prec not in ("1", "2", "3", "-"):
            raise DataError(f"{path}: row {line} ({row['word']}): precision must be 1, 2, 3 or -,"
                            f" not {prec!r}")
        if prec != "-":
            hints[word] = int(prec)
        for r in (row.get("roles") or "").split():
            if r not in CUE_ROLES:
                raise DataError(f"{path}: row {line} ({row['word']}): unknown role {r!r}")
            roles[r].add(word)
    return hints, roles


@lru_cache(maxsize=1)
def place_lexicon() -> PlaceLexicon:
    """The place lexicon (read on first use)."""
    hints, roles = _cue_rows()
    words = word_roles(WORDS_FILE)
    unknown = set(words) - WORD_ROLES
    if unknown:
        raise DataError(f"{data_path(WORDS_FILE)}: unknown roles {sorted(unknown)}")
    w = {r: words.get(r, frozenset()) for r in WORD_ROLES}
    c = {r: frozenset(v) for r, v in roles.items()}
    return PlaceLexicon(
        cues=hints, after=c["after"], definite=c["definite"], part=c["part"],
        known_only=c["known_only"], klass=c["class"], container=c["container"],
        village=c["village"], skip=c["skip"] | w["skip"], region=c["region"], admin2=c["admin2"],
        district=c["district"], settlement=c["settlement"], prefix=c["prefix"],
        street=c["street"], capital=c["capital"], plural=c["plural"], listing=c["list"], road=c["road"],
        compass=c["compass"], near=c["near"], natural=c["natural"], stop=w["stop"],
        preps=w["prep"], generic=w["generic"], name_heads=w["name_head"],
        direction=w["direction"], media=w["media"], no_first=w["no_first"],
        function=w["function"], cue_adjective=w["cue_adjective"], facility=w["facility"],
        mission=w["mission"], doer=w["doer"], domestic=w["domestic"], between=w["between"], road_link=w["road_link"],
        building=w["building"] | w["facility"], border_with=w["border_with"],
        after_prep=c["after_prep"], seat=c["seat"], proper_only=c["proper_only"],
        across=c["across"],
        new_place=w["new_place"], visitor=w["visitor"], water=w["water"],
        structure=w["structure"], camp=c["camp"], bare=c["bare"], own_point=c["own_point"],
        unit=c["unit"],
        dual_ending=w["dual_ending"],
        located=w["located"], distance=w["distance"], motion=w["motion"],
        apposition=w["apposition"], doer_or_visitor=w["doer"] | w["visitor"],
        pretext=w["pretext"], next_place=w["next_place"] | w["prep"],
        attack_verb=w["attack_verb"], office_body=w["office_body"],
        office_lead=w["office_lead"], office_voice=w["office_voice"])
