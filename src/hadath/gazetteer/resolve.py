"""Candidate lookup (exact, then scored fuzzy) and per-document disambiguation.

Scores add up: a prior (feature class, population, user-list bonus), the match (exact = 0,
fuzzy < 0), the cue's class preference (محافظة → admin1, قرية → populated place), country
focus (countries named in the text, the source's domain, the configured focus, and the
countries the article's names point to), the enclosing region named in context, and distance
to the other places of the article (a second pass).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from hadath.gazetteer.keys import is_arabic, similarity, skeleton
from hadath.gazetteer.store import Gazetteer, Hit, haversine_km
from hadath.types import Place

FUZZY_MIN = 0.8          # similarity of Arabic keys for a fuzzy hit
LATIN_MATCH = 0.78        # match score of an Arabic name whose skeleton equals a Latin name's
REGION_CUES = frozenset({"محافظه", "ولايه", "اقليم", "منطقه", "لواء", "امانه"})
ADMIN2_CUES = frozenset({"قضاء", "مديريه", "مركز", "منطقه", "ناحيه", "محافظه"})
SETTLEMENT_CUES = frozenset({"مدينه", "بلده", "قريه", "حي", "مخيم", "مزرعه", "بلدات", "قري",
                             "احياء", "مدن", "ضاحيه", "تجمع", "معبر", "حاجز"})
CLASS_PRIOR = {"country": 2.6, "admin1": 1.6, "admin2": 1.2, "admin3": 0.9, "region": 0.8}
TLD_CC = {"sy": "SY", "iq": "IQ", "lb": "LB", "jo": "JO", "ps": "PS", "eg": "EG", "ye": "YE",
          "sa": "SA", "kw": "KW", "bh": "BH", "qa": "QA", "ae": "AE", "om": "OM", "ly": "LY",
          "sd": "SD", "so": "SO", "dz": "DZ", "ma": "MA", "tn": "TN", "mr": "MR", "tr": "TR",
          "ir": "IR", "il": "IL"}


@dataclass
class Item:
    """One distinct name of the document (all its mentions share the resolution)."""
    key: str
    cues: set[str] = field(default_factory=set)
    fuzzy_ok: bool = False
    hits: list[tuple[Hit, float]] = field(default_factory=list)   # (hit, match score 0..1)
    scores: list[float] = field(default_factory=list)
    best: int = -1
    containers: list[str] = field(default_factory=list)          # keys of enclosing places
    count: int = 0
    prep: int = 0            # mentions right after a locative preposition (في X، بX، من X)


def candidates(gz: Gazetteer, key: str, fuzzy: bool, limit: int = 40) -> list[tuple[Hit, float]]:
    """Exact hits (score 1.0); when there are none and ``fuzzy``, skeleton hits above threshold."""
    hits = gz.exact(key)
    if hits:
        return [(h, 1.0) for h in hits[:limit]]
    if not fuzzy:
        return []
    sk = skeleton(key)
    if len(sk) < 2:
        return []
    out: list[tuple[Hit, float]] = []
    for h in gz.by_skeleton(sk):
        if is_arabic(h.key):
            s = similarity(key, h.key, FUZZY_MIN)
            if s >= FUZZY_MIN:
                out.append((h, s))
        elif len(sk) >= 4:
            out.append((h, LATIN_MATCH))  # same consonant frame as a Latin-script name
    best: dict[str, tuple[Hit, float]] = {}
    for h, s in out:
        if h.place.id not in best or s > best[h.place.id][1]:
            best[h.place.id] = (h, s)
    return sorted(best.values(), key=lambda x: -x[1])[:limit]


def prior(place: Place, match: float) -> float:
    p = CLASS_PRIOR.get(place.feature_class)
    if p is None:
        p = 0.35 * math.log10(place.population + 1)
    else:
        p += 0.15 * math.log10(place.population + 1)
    if place.source not in ("geonames", "hadath-admin1", "hadath-countries"):
        p += 0.6  # user lists (OCHA, own CSV) are local and curated
    return p + 6.0 * (match - 1.0)


def cue_bonus(place: Place, cues: set[str]) -> float:
    if not cues:
        return 0.0
    fc = place.feature_class
    b = 0.0
    if cues & REGION_CUES:
        b += 2.5 if fc == "admin1" else (1.0 if fc in ("admin2", "admin3", "region") else -0.5)
    if cues & SETTLEMENT_CUES and fc in ("country", "admin1", "admin2"):
        b -= 2.5
    if cues & {"قضاء", "مديريه", "ناحيه"} and fc in ("admin2", "admin3"):
        b += 2.0
    return b


def country_votes(items: list[Item], config_focus: tuple[str, ...], source: str | None
                  ) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Votes per country, and each item's own share of them (by item key)."""
    votes: Counter[str] = Counter()
    own: dict[str, Counter[str]] = {}
    for cc in config_focus:
        votes[cc.upper()[:2] if len(cc) <= 3 else cc] += 3.0
    if source:
        host = source.lower().split("//")[-1].split("/")[0]
        tld = host.rsplit(".", 1)[-1]
        if tld in TLD_CC:
            votes[TLD_CC[tld]] += 1.0
    for it in items:
        if not it.hits or all(m < 1.0 for _h, m in it.hits):
            continue  # a spelling variant does not vote for its own country
        mine = own[it.key] = Counter()
        ccs = {h.place.country_code for h, _ in it.hits}
        w = max(1, it.count) ** 0.5
        if len(ccs) == 1:
            mine[next(iter(ccs))] += 1.0 * w
        else:
            top = max(it.hits, key=lambda x: prior(x[0].place, x[1]))[0].place.country_code
            mine[top] += 0.5 * w / len(ccs)
            for cc in ccs:
                mine[cc] += 0.5 * w / len(ccs)
        votes.update(mine)
    return votes, own


def focus_of(votes: Counter[str]) -> dict[str, float]:
    """Countries with at least a third of the top vote, scaled to the top (1.0)."""
    if not votes:
        return {}
    mx = max(votes.values())
    if mx <= 0:
        return {}
    return {cc: v / mx for cc, v in votes.items() if v >= 0.34 * mx}


def focus_without(votes: Counter[str], own: Counter[str] | None, cc: str) -> float:
    """The focus on ``cc`` that the rest of the document gives (an item's own vote left out):
    a lone village name must not make its own country the document's focus."""
    if not own:
        return focus_of(votes).get(cc, 0.0)
    rest = Counter({k: v - own.get(k, 0.0) for k, v in votes.items()})
    return focus_of(+rest).get(cc, 0.0)


def country_focus(items: list[Item], config_focus: tuple[str, ...], source: str | None,
                  gz: Gazetteer) -> dict[str, float]:
    return focus_of(country_votes(items, config_focus, source)[0])


CONTAINER_BONUS = 3.0
PROXIMITY_MAX = 2.4
SECOND_PASS_MAX = CONTAINER_BONUS + PROXIMITY_MAX


def _proximity(d: float) -> float:
    if d < 30:
        return PROXIMITY_MAX
    if d < 80:
        return 1.8
    if d < 200:
        return 1.0
    if d < 500:
        return 0.3
    return 0.0


def _nearest_km(p: Place, others: list[tuple[str, float, float, float]]) -> float | None:
    """Distance to the nearest other anchor (equirectangular: exact enough below 500 km,
    the farthest distance that earns a proximity bonus); None when there is no other anchor."""
    la, lo, pid = math.radians(p.latitude), math.radians(p.longitude), p.id
    best = None
    for qid, qla, qlo, qcos in others:
        if qid == pid:
            continue
        dy = la - qla
        dx = (lo - qlo) * qcos
        d2 = dx * dx + dy * dy
        if best is None or d2 < best:
            best = d2
    return None if best is None else 6371.0 * math.sqrt(best)


def _in_container(p: Place, c: Place) -> bool:
    if c.feature_class == "country":
        return p.country_code == c.country_code
    if c.feature_class == "admin1" and p.admin1 and p.country_code == c.country_code:
        return p.admin1 == c.admin1
    return haversine_km(p.latitude, p.longitude, c.latitude, c.longitude) < 60


def _capital_named(it: Item, p: Place) -> float:
    """A governorate named like its capital: the bare name (no محافظة) means the city."""
    if p.feature_class != "admin1" or it.cues & REGION_CUES:
        return 0.0
    for h, _ in it.hits:
        q = h.place
        if q.feature_class == "populated_place" and q.country_code == p.country_code and (
                q.admin1 == p.admin1 or haversine_km(q.latitude, q.longitude, p.latitude, p.longitude) < 30):
            return 3.0
    return 0.0


def disambiguate(items: dict[str, Item], focus: dict[str, float]) -> None:
    """Score every candidate of every item in place; sets ``item.best``."""
    for it in items.values():
        it.scores = [prior(h.place, m) + cue_bonus(h.place, it.cues)
                     + 2.2 * focus.get(h.place.country_code, 0.0) - _capital_named(it, h.place)
                     for h, m in it.hits]
        it.best = max(range(len(it.hits)), key=it.scores.__getitem__) if it.hits else -1
    # second pass: enclosing regions named in context and distance to the other places.
    # It adds at most SECOND_PASS_MAX to a candidate, so one scoring that much below the
    # first-pass best cannot win and is not rescored.
    first = {k: it.hits[it.best][0].place for k, it in items.items() if it.best >= 0}
    anchors = [(k, p) for k, p in first.items() if p.feature_class != "country"]
    for k, it in items.items():
        if len(it.hits) < 2:
            continue
        floor = it.scores[it.best] - SECOND_PASS_MAX
        others = [(q.id, math.radians(q.latitude), math.radians(q.longitude),
                   math.cos(math.radians(q.latitude))) for ok, q in anchors if ok != k]
        new = []
        for (h, _m), s in zip(it.hits, it.scores):
            if s < floor:
                new.append(s)
                continue
            p = h.place
            for ck in it.containers:
                cp = first.get(ck)
                if cp is not None and cp.id != p.id and _in_container(p, cp):
                    s += CONTAINER_BONUS
                    break
            if others:
                d = _nearest_km(p, others)
                if d is not None:
                    s += _proximity(d)
            new.append(s)
        it.scores = new
        it.best = max(range(len(it.hits)), key=it.scores.__getitem__)
