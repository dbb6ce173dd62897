"""Candidate lookup for one name key: exact hits, then scored fuzzy ones (skeleton, article,
a big town's short name), and the scores that do not depend on the document: a place's prior
(feature class, population, user-list bonus, match) and its cue's class preference (محافظة ->
admin1, قرية -> populated place, العاصمة -> a capital). Read by :mod:`hadath.gazetteer.resolve`
and the places stage."""
from __future__ import annotations

import math

from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.bundled import BUNDLED_SOURCES
from hadath.gazetteer.data import capital_ids
from hadath.gazetteer.fuzzy import close_keys
from hadath.gazetteer.keys import ARTICLE, is_arabic, skeleton
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.namesakes import MAJOR_CLASSES, MINOR_SOURCES, PERSO_CCS, abroad_namesake
from hadath.gazetteer.short_names import longer_towns
from hadath.gazetteer.store import Gazetteer, Hit
from hadath.types import Place

FUZZY_MIN = 0.8          # similarity of Arabic keys for a fuzzy hit
LATIN_MATCH = 0.78        # match score of an Arabic name whose skeleton equals a Latin name's
SHORT_MATCH = 0.75        # ... of a big town whose name is the key plus an adjective (short_names)
ARTICLE_MATCH = 0.97      # ... of a name that differs from the key by the article only (عديسة)
CLASS_PRIOR = {"country": 2.6, "admin1": 1.6, "admin2": 1.2, "admin3": 0.9, "region": 0.8}
CAPITAL_BONUS = 3.0       # a capital named after العاصمة
CAMP_BONUS = 1.0          # a camp named after مخيم


def is_minor(place: Place) -> bool:
    """A village, neighbourhood, sub-district or landmark known only from the big gazetteer
    (districts and larger units are not minor: their names are their seats')."""
    return place.source in MINOR_SOURCES and place.feature_class not in MAJOR_CLASSES


def _settles(p: Place) -> bool:
    """An exact hit that makes spelling variants needless: not a big-gazetteer village, in the
    Arab world and its neighbours, outside the Persian/Urdu-spelling countries."""
    return not is_minor(p) and p.country_code in FOCUS_CCS and p.country_code not in PERSO_CCS


def candidates(gz: Gazetteer, key: str, fuzzy: bool, limit: int = 40) -> list[tuple[Hit, float]]:
    """Exact hits (score 1.0); with ``fuzzy`` (a name with a cue or in a place slot), also the
    skeleton hits above threshold and the big towns named the key plus an adjective
    (``short_names``: مدينة المحلة = El-Mahalla El-Kubra), unless an exact hit is a town or unit
    of the Arab world that is more than a big-gazetteer village (``_settles``): a spelling
    variant of a village (سارين ~ صرين) often spells some other village exactly (or a Persian
    spelling of a town in Iran: حي أمل ~ Amol), and context must choose between them. Exact
    hits are ranked by prior before the limit (hundreds of villages share some names)."""
    exact = gz.exact(key)
    out: list[tuple[Hit, float]] = [(h, 1.0) for h in exact if not abroad_namesake(h.place, exact)]
    if len(out) > limit:
        out = sorted(out, key=lambda x: -prior(x[0].place, 1.0))[:limit]
    if not fuzzy or any(_settles(h.place) for h, _m in out):
        return out
    fz: list[tuple[Hit, float]] = [(h, SHORT_MATCH) for h in longer_towns(gz, key)]
    fz.extend((h, ARTICLE_MATCH) for h in gz.exact(_other_article(key)))
    sk = skeleton(key)
    keys = gz.skeleton(sk).keys if len(sk) >= 2 else ()
    if keys:
        # the match per name key of the rows (a place is read if kept): the similarity of the
        # Arabic keys (all at once), the same consonant frame as a Latin-script name
        names = dict.fromkeys(keys)
        names.pop(key, None)
        match = close_keys(key, [k for k in names if is_arabic(k)], FUZZY_MIN)
        if " " not in key:   # a name of two words written as one (امدرمان = ام درمان): the same name
            for k in [k for k in match if k.replace(" ", "") == key]:
                match[k] = 1.0
        if len(sk) >= 4:
            match.update((k, LATIN_MATCH) for k in names if not is_arabic(k))
        if match:
            fz += [(h, match[h.key]) for h in gz.skeleton_hits(sk, match)]
    if not fz:
        return out
    best: dict[str, tuple[Hit, float]] = {h.place.id: (h, 1.0) for h, _m in out}
    for h, s in fz:
        if h.place.id not in best or s > best[h.place.id][1]:
            best[h.place.id] = (h, s)
    return sorted(best.values(), key=lambda x: -x[1])[:limit]


def _other_article(key: str) -> str:
    """A one-word key with the article dropped or added (العديسة ~ عديسة: news and gazetteers
    write many village names either way); "" when that leaves fewer than three letters."""
    if " " in key:
        return ""
    bare = key[len(ARTICLE):] if key.startswith(ARTICLE) else key
    if len(bare) < 3:
        return ""
    return bare if bare != key else ARTICLE + key


def prior(place: Place, match: float) -> float:
    p = CLASS_PRIOR.get(place.feature_class)
    if p is None:
        p = 0.35 * math.log10(place.population + 1)
    else:
        p += 0.15 * math.log10(place.population + 1)
    if place.source not in BUNDLED_SOURCES:
        p += 0.6  # user lists (OCHA, own CSV) are local and curated
    return p + 6.0 * (match - 1.0)


def cue_bonus(place: Place, cues: set[str]) -> float:
    if not cues:
        return 0.0
    fc = place.feature_class
    b = 0.0
    lex = place_lexicon()
    if cues & lex.region:
        b += 2.5 if fc == "admin1" else (1.0 if fc in ("admin2", "admin3", "region") else -0.5)
    if cues & lex.settlement and fc in ("country", "admin1", "admin2"):
        b -= 2.5
    if cues & lex.district and fc in ("admin2", "admin3"):
        b += 2.0
    if fc == "camp" and cues & lex.camp:
        b += CAMP_BONUS   # مخيم نهر البارد: the camp, not a village of that variant name
    if cues & lex.capital and place.id in capital_ids():
        b += CAPITAL_BONUS  # العاصمة طرابلس: Tripoli, Libya, not Tripoli, Lebanon
    return b
