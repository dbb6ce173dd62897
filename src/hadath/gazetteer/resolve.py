"""Candidate lookup (exact, then scored fuzzy) and per-document disambiguation.

Scores add up: a prior (feature class, population, user-list bonus), the match (exact = 0,
fuzzy < 0), the cue's class preference (محافظة → admin1, قرية → populated place), country
focus (countries named in the text, the source's domain, the configured focus, and the
countries the article's names point to), the enclosing region named in context, and distance
to the other places of the article (a second pass).
"""
from __future__ import annotations

import math
from functools import lru_cache

from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.data import capital_ids
from hadath.gazetteer.keys import hamza_free, letters
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.named_units import named_units, variant_outside
from hadath.gazetteer.namesakes import (MINOR_SOURCES, NEIGHBOUR_KM, abroad_priors, big_namesake,
                                        capital_namesake, mixed, twin_pick, twin_spots, variant_priors,
                                        world_city)
from hadath.gazetteer.candidates import cue_bonus, is_minor, prior
from hadath.gazetteer.seat_lift import lift_seats, seat_lifts
from hadath.gazetteer.store import Hit, haversine_km
from hadath.types import Place

# places known only from the big bundled gazetteer (Who's On First, OCHA Yemen: MINOR_SOURCES,
# namesakes.py): they vote for the document's country only when named as places (a cue naming
# the place itself) and in one country; the minor ones (is_minor) need the focus on it (places
# stage)
MINOR_FOCUS = 0.34   # the focus a minor place's country needs (focus_of keeps a third of the top)


class Item:
    """One distinct name of the document (all its mentions share the resolution)."""
    __slots__ = ("key", "cues", "fuzzy_ok", "hits", "scores", "best", "containers", "count",
                 "prep", "kd", "anchor", "held", "part", "in_part")

    def __init__(self, key: str, cues: set[str] | None = None, fuzzy_ok: bool = False,
                 hits: list[tuple[Hit, float]] | None = None, scores: list[float] | None = None,
                 best: int = -1, containers: list[str] | None = None, count: int = 0,
                 prep: int = 0, kd: "KeyHits | None" = None) -> None:
        self.key = key
        self.cues: set[str] = set() if cues is None else cues
        self.fuzzy_ok = fuzzy_ok
        self.hits: list[tuple[Hit, float]] = [] if hits is None else hits  # (hit, match 0..1)
        self.scores: list[float] = [] if scores is None else scores
        self.best = best
        self.containers: list[str] = [] if containers is None else containers  # enclosing places
        self.count = count
        self.prep = prep          # mentions right after a locative preposition (في X، بX، من X)
        self.kd = kd              # the hits' precomputed facts (KeyHits), shared across documents
        self.anchor: str | None = None  # a place the text puts it in or near (X، في جنوب Y)
        self.held = False         # ... in it or right by it (not "X شمال Y": some way off)
        self.part: tuple | None = None   # (country code, (north, east)): X جنوبي لبنان
        self.in_part: frozenset[str] = frozenset()   # ids of the hits lying in that part

    def __repr__(self) -> str:
        return f"Item({self.key!r}, count={self.count}, best={self.best})"


class KeyHits:
    """What scoring needs of one candidate list, computed once per name key (the places stage
    caches it with the candidates): countries, priors, the country vote, radians for distances,
    and the first-pass base scores per cue set."""
    __slots__ = ("hits", "places", "ccs", "priors", "vote", "minor_cc", "rad", "minor", "_base",
                 "_mine", "_one", "_caps", "seats", "exact_ccs")

    def __init__(self, hits: list[tuple[Hit, float]]) -> None:
        self.hits = hits
        self.places = places = [h.place for h, _m in hits]
        self.ccs = [p.country_code for p in places]
        self.priors = [prior(p, m) for p, (_h, m) in zip(places, hits)]
        less = abroad_priors(places, hits) if len(hits) > 1 else None
        if less is not None:   # a namesake abroad needs evidence (namesakes.abroad_priors)
            self.priors = [pr - x for pr, x in zip(self.priors, less)]
        if len(hits) > 1:   # a village's spelling variant stays below the exact one
            capped = variant_priors(places, hits, self.priors)
            if capped is not None:
                self.priors = capped
        # the item's vote (see country_votes): None when no hit is exact. Places known only
        # from the big gazetteer (MINOR_SOURCES, districts included) do not vote on their own:
        # thousands of villages and districts are named like common words (صباح is a Yemeni
        # district), and such a bare name must not decide where the document is
        voters = [x for x, (p, (_h, m)) in enumerate(zip(places, hits))
                  if m >= 1.0 and p.source not in MINOR_SOURCES]
        # the countries of the exact hits (country_votes._agreeing_leans reads them per document)
        self.exact_ccs = frozenset([self.ccs[x] for x, (_h, m) in enumerate(hits) if m >= 1.0])
        self.minor_cc: str | None = None   # the one country of the exact big-gazetteer hits
        if not voters:
            self.vote = None
            if len(self.exact_ccs) == 1:
                self.minor_cc = next(iter(self.exact_ccs))
        else:
            ccs = {self.ccs[x] for x in voters}
            # (the highest prior, a town of the region counted as one some 25 times bigger
            # than its namesake abroad: بيت لحم is Bethlehem in Palestine before Bethlehem,
            # Pennsylvania, قندهار still Kandahar before a village in Iran)
            best = max(voters, key=lambda x: self.priors[x] + (REGION_VOTE if self.ccs[x] in FOCUS_CCS else 0.0))
            if len(ccs) > 1:
                big = max(voters, key=lambda x: places[x].population)
                if world_city(places[big], [places[x] for x in voters
                                            if self.ccs[x] != self.ccs[big]]):
                    ccs = {self.ccs[big]}   # القاهرة: Cairo, not Cairo, Georgia
            if len(ccs) == 1:
                self.vote = (next(iter(ccs)), None, 1)
            else:
                self.vote = (self.ccs[best], tuple(ccs), len(ccs))
        self.rad = [(p.id, math.radians(p.latitude), math.radians(p.longitude),
                     math.cos(math.radians(p.latitude))) for p in places]
        self.minor = [is_minor(p) for p in places]
        self.seats = seat_lifts(places) if len(hits) > 1 else None   # (رداع: Rada, not a hamlet)
        self._base: dict[frozenset[str], tuple[list[float], list[float]]] = {}
        self._mine: dict[int, dict[str, float]] = {}
        self._one: dict[float, tuple] = {}
        self._caps: dict[str, Place | None] | None = None

    def base(self, it: "Item") -> tuple[list[float], list[float]]:
        """(prior + cue bonus, capital-named penalty) per hit for the item's cues."""
        key = frozenset(it.cues)
        got = self._base.get(key)
        if got is None:
            got = self._base[key] = (
                [pr + cue_bonus(p, it.cues) for pr, p in zip(self.priors, self.places)],
                [_capital_named(it, p) for p in self.places])
        return got

    def single_cands(self, score: float) -> tuple:
        """``((place, score),)`` for a one-hit list (PlaceRef.candidates), shared per score."""
        got = self._one.get(score)
        if got is None:
            if len(self._one) >= 64:
                self._one.clear()
            got = self._one[score] = ((self.places[0], score),)
        return got

    def capital_abroad(self, cc: str, caps: dict[str, str]) -> Place | None:
        """The first hit that is the capital (``caps``: country code -> place id) of another
        country than ``cc`` (places_capitals), kept per ``cc``."""
        got = self._caps
        if got is None:
            got = self._caps = {}
        if cc not in got:
            got[cc] = next((p for p in self.places if p.country_code != cc
                            and caps.get(p.country_code) == p.id), None)
        return got[cc]

    def mine(self, count: int) -> dict[str, float]:
        """The item's own votes per country (count: its mentions). Cached per count: callers
        must not change it."""
        got = self._mine.get(count)
        if got is None:
            got = self._mine[count] = self._own_votes(count)
        return got

    def _own_votes(self, count: int) -> dict[str, float]:
        cc, ccs, n = self.vote  # type: ignore[misc]
        w = max(1, count) ** 0.5
        if ccs is None:
            return {cc: 1.0 * w}
        x = 0.5 * w / n
        mine = {cc: x}
        mine[cc] += x
        for c in ccs:
            if c != cc:
                mine[c] = x
        return mine


REGION_VOTE = 0.5             # a prior bonus when choosing an item's country vote: the region's towns


def key_hits(it: Item) -> KeyHits:
    kd = it.kd
    if kd is None or kd.hits is not it.hits:
        kd = it.kd = KeyHits(it.hits)
    return kd


CONTAINER_BONUS = 3.0
UNIT_BONUS = 0.5   # of the container's namesakes, one in the container town's own admin1
PROXIMITY_MAX = 2.4
SECOND_PASS_MAX = CONTAINER_BONUS + UNIT_BONUS + PROXIMITY_MAX
PART_BONUS = 1.5   # a namesake in the part of the country the text names (X جنوبي لبنان)


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
    return _nearest_rad((p.id, math.radians(p.latitude), math.radians(p.longitude), 0.0), others)


def _nearest_rad(r: tuple[str, float, float, float],
                 others: list[tuple[str, float, float, float]]) -> float | None:
    """``_nearest_km`` from a place's precomputed (id, lat, lon radians, cos lat). (The id
    is compared only for a nearer anchor than the best so far: the same minimum. An anchor
    whose latitude difference alone reaches the best so far is passed over before its
    longitude term: d2 = dx*dx + dy*dy is never below dy*dy in floating point either, so the
    minimum and its bits are the plain loop's.)"""
    pid, la, lo, _c = r
    best = _INF
    for qid, qla, qlo, qcos in others:
        dy = la - qla
        dy2 = dy * dy
        if dy2 >= best:
            continue
        dx = (lo - qlo) * qcos
        d2 = dx * dx + dy2
        if d2 < best and qid != pid:
            best = d2
    return None if best == _INF else 6371.0 * math.sqrt(best)


_INF = math.inf


def in_container(p: Place, c: Place) -> bool:
    if c.feature_class == "country":
        return p.country_code == c.country_code
    if c.feature_class == "admin1" and p.admin1 and p.country_code == c.country_code:
        return p.admin1 == c.admin1
    if c.feature_class == "admin2" and p.admin2 and p.country_code == c.country_code:
        return p.admin2 == c.admin2
    dlat = p.latitude - c.latitude   # (60 km is 0.54 degrees of latitude: most are farther)
    return -0.55 < dlat < 0.55 and haversine_km(p.latitude, p.longitude, c.latitude,
                                                c.longitude) < 60


def same_unit(p: Place, c: Place) -> bool:
    """A place in the admin1 of a container town: of the namesakes within in_container's
    60 km of the town (الصالحية في ريف حماة: one in Hama governorate, two in Homs's), the one
    in the town's own governorate is the place the text puts in it."""
    return c.feature_class == "populated_place" and bool(c.admin1) \
        and p.admin1 == c.admin1 and p.country_code == c.country_code


def _unit_wide(items: dict[str, Item], containers) -> frozenset[str]:
    """The containers named as a town's countryside (place_cues.tsv ``unit``: ريف حماة): the
    town's whole governorate, which holds villages farther than in_container's 60 km."""
    unit = place_lexicon().unit
    return frozenset(ck for ck in containers if ck in items and items[ck].cues & unit)


def _holds(p: Place, cp: Place, wide: bool) -> bool:
    """Whether the container place cp holds p (``wide``: cp is named as a countryside)."""
    return in_container(p, cp) or (wide and same_unit(p, cp))


def _capital_named(it: Item, p: Place) -> float:
    """A governorate or district named like its capital: the bare name (no محافظة، قضاء،
    مديرية) means the town."""
    fc = p.feature_class
    lex = place_lexicon()
    if fc not in ("admin1", "admin2", "admin3") or it.cues & (lex.region | lex.admin2):
        return 0.0
    for h, _ in it.hits:
        q = h.place
        if q.feature_class == "populated_place" and q.country_code == p.country_code and (
                (q.admin1 == p.admin1 and fc == "admin1")
                or haversine_km(q.latitude, q.longitude, p.latitude, p.longitude) < 30):
            return 3.0
    return 0.0


@lru_cache(maxsize=1)
def _hamza_marks() -> tuple[str, ...]:
    """The last letters of letters.tsv's final_hamza endings: a key with none holds none."""
    return tuple(sorted({end[-1] for end in letters().final_hamza}))


def _one_name(key: str) -> str:
    """``hamza_free(key)``, at once for a key with none of ``_hamza_marks`` (most keys: the
    call tests every ending). (``in`` per letter: a set's isdisjoint(key) would make a string
    of every letter of the key.)"""
    for mark in _hamza_marks():
        if mark in key:
            return hamza_free(key)
    return key


def _bare_namesake(it: Item, kd: KeyHits, others: list[tuple[str, float, float, float]],
                   items: dict[str, Item]) -> None:
    """A bare name after a locative preposition (no cue, container, anchor or part: the
    caller's tests) read as a village no nearer than NEIGHBOUR_KM to another place of the
    document: the big town of the region (big_namesake, for a village of the big gazetteer) or
    the capital (capital_namesake, for any village a tenth its size, and in no governorate of
    the document's other places: الرياض beside الحويجة is Kirkuk's Ar Riyad) that bears the name."""
    best = it.best
    if kd.minor[best]:
        big = big_namesake(kd)
    else:
        big = capital_namesake(kd, best, capital_ids())
        if big is not None and _unit_named(kd.places[best], it, items):
            return
    if big is None or big == best:
        return
    d = _nearest_rad(kd.rad[best], others) if others else None
    if d is None or d >= NEIGHBOUR_KM:
        it.best = big


def _unit_named(p: Place, it: Item, items: dict[str, Item]) -> bool:
    """Another name of the document reads as a place in p's governorate (admin1), or as it."""
    if not p.admin1:
        return False
    for o in items.values():
        if o is not it and o.best >= 0 and o.kd is not None:
            q = o.kd.places[o.best]
            if q.admin1 == p.admin1 and q.country_code == p.country_code:
                return True
    return False


def disambiguate(items: dict[str, Item], focus: dict[str, float]) -> None:
    """Score every candidate of every item in place; sets ``item.best``."""
    fget = focus.get
    multi = []
    for it in items.values():
        hits = it.hits
        if not hits:
            it.scores = []
            it.best = -1
            continue
        kd = key_hits(it)
        base, cap = kd.base(it)
        if len(hits) == 1:
            it.scores = [base[0] + 2.2 * fget(kd.ccs[0], 0.0) - cap[0]]
            it.best = 0
            continue
        it.scores = scores = [b + 2.2 * fget(cc, 0.0) - c for b, cc, c in zip(base, kd.ccs, cap)]
        if kd.seats is not None:
            lift_seats(scores, kd.seats, kd.places, fget)
        it.best = scores.index(max(scores))   # (the first best, as max by index would give)
        multi.append(it)
    # second pass: enclosing regions named in context and distance to the other places.
    # It adds at most SECOND_PASS_MAX to a candidate, so one scoring that much below the
    # first-pass best cannot win and is not rescored.
    if not multi:
        return
    first = None   # the first-pass places, for containers (before any best changes)
    if any(it.containers or it.anchor for it in multi):
        first = {k: i.hits[i.best][0].place for k, i in items.items() if i.best >= 0}
    anchors = []   # (id, lat, lon radians, cos lat) of the first-pass places below country level
    own: dict[str, list[int]] = {}   # name -> indices of its anchors: the name's spellings with
    #                                  and without a final hamza (البترا، #البتراء) are one name,
    #                                  not another place to be near
    units = named_units(items)   # (a spelling variant outside them anchors nothing: كشكول read as
    #                              Sulaymaniyah's Kawsh Kalah in a report on محافظة ديالى)
    for k, it in items.items():
        b = it.best
        if b >= 0 and it.kd.places[b].feature_class != "country" \
                and not (units and variant_outside(it, units)):  # type: ignore[union-attr]
            own.setdefault(_one_name(k), []).append(len(anchors))
            anchors.append(it.kd.rad[b])  # type: ignore[union-attr]
    for it in multi:
        part = it.in_part
        floor = it.scores[it.best] - SECOND_PASS_MAX - (PART_BONUS if part else 0.0)
        mine = own.get(_one_name(it.key))
        if mine is None:
            others = anchors
        elif len(mine) == 1:
            x = mine[0]
            others = anchors[:x] + anchors[x + 1:]
        else:
            others = [a for i, a in enumerate(anchors) if i not in mine]
        new = []
        kd = it.kd
        containers = it.containers if it.anchor is None else (*it.containers, it.anchor)
        mf = -1.0 if containers else MINOR_FOCUS   # (with containers: the test below)
        wide = _unit_wide(items, it.containers) if it.containers else frozenset()
        for p, rad, s, mn in zip(kd.places, kd.rad, it.scores, kd.minor):  # type: ignore[union-attr]
            if s < floor or (mn and fget(p.country_code, 0.0) < mf):
                new.append(s)   # (a village outside the focus is not kept: no need to rescore,
                continue        #  unless it lies in the place the text puts it in: سلوان بالقدس)
            if mf < 0.0 and mn and fget(p.country_code, 0.0) < MINOR_FOCUS and not any(
                    cp is not None and cp.id != p.id and _holds(p, cp, ck in wide)
                    for ck, cp in zip(containers, map(first.get, containers))):  # type: ignore[union-attr]
                new.append(s)
                continue
            for ck in containers:
                cp = first.get(ck)  # type: ignore[union-attr]
                if cp is not None and cp.id != p.id and _holds(p, cp, ck in wide):
                    s += CONTAINER_BONUS   # (a town the text puts the name in, not by: قرب X)
                    if ck in it.containers and same_unit(p, cp):
                        s += UNIT_BONUS
                    break
            if others:
                d = _nearest_rad(rad, others)
                if d is not None:
                    s += _proximity(d)
            if part and p.id in part:
                s += PART_BONUS
            new.append(s)
        it.scores = new
        it.best = new.index(max(new))
        if it.prep and not (it.cues or it.containers or it.anchor or part):
            _bare_namesake(it, kd, others, items)
    spots = twin_spots(items)
    if not mixed(spots):
        return
    for it in multi:   # a city's half in another country (القدس), by the places named there
        twin = twin_pick(it, spots)
        if twin is not None:
            it.best = twin
