"""The places stage's last resort: a town the text calls a town, found by its Latin name.

A name right after a class noun (مدينة، بلدة، قرية، مزرعة ...) that no Arabic gazetteer name
resolved may still be a village Who's On First knows only in Latin ("Rufa`a", "Tambul":
hadath.gazetteer.latin_places). It is looked up by its consonant key
(hadath.gazetteer.consonant_key) and accepted only with evidence:

- the name: no frequent word that names no place (``common_words.txt`` and
  ``latin_words.txt``, the frequent words of wordfreq's list that no gazetteer place is named:
  مدينة كبيرة is a big town and مدينة متطورة a developed one, whatever villages "Gibr" and
  "Metar" may be);
- the cue: a singular class noun (قرى القطاعين, "the villages of the two sectors", names no
  village);
- the country: the container's the text names (ولاية الجزيرة), else the document's main
  country: the focus country most of its resolved place mentions lie in (a lesser one is no
  evidence: بلدة بولكيسي in a report on Burkina Faso that once reads a word as Egypt's is no
  Egyptian "Balaqs"); with neither, nothing is looked up;
- the container: when the text names one (admin1, district, town), the candidate must lie
  inside it (same admin1, same district or within ``NEAR_KM`` of a district's or town's point);
  a named container no candidate lies in leaves the name unresolved. With no container of its
  own, a governorate or district the document names elsewhere serves, when it holds some
  candidate (... في مدينة رفاعة بولاية الجزيرة، where the text does not tie the two);
- a site often across the border (role ``across``: مستوطنة، ثكنة) with no candidate in the
  document's main countries: their land neighbours' (ثكنة زرعيت in a report on Lebanon:
  Zar`it, Israel);
- a unique best candidate: ranked by lying inside the named container, then by population,
  then by lying within ``NEAR_KM`` of the document's other places; candidates still tied stay
  unresolved, except inside a named container, where the one nearest the container's point
  wins (the event is then no farther from the truth than the container it would be coded to).

A name some Arabic gazetteer name resolved is never looked at: a skeleton never overrides a
real match. Keys of fewer than ``MIN_KEY`` letters (بد، سل) find too many villages to
be evidence of one, but among the few cities500 towns of the Sahel countries WOF leaves out
(``CITIES_CCS``) two letters are enough: بلدة نيونو وسط مالي is Niono.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from hadath.gazetteer.consonant_key import arabic_key, lookup_keys
from hadath.gazetteer.data import common_words
from hadath.gazetteer.focus import neighbours_of
from hadath.gazetteer.latin_places import (CITIES_CCS, MIN_KEY, SHORT_KEY, SOURCE, LatinPlace,
                                           bundled_index, latin_words)
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.store import haversine_km
from hadath.types import Place, PlaceRef

NEAR_KM = 50.0          # "inside" a district or town named as the container; "near" the others
TOWN_CLASSES = ("populated_place", "neighbourhood", "admin3")
UNIT_CLASSES = ("admin1", "admin2")
NISBA_CUE = "nisba"     # the cue of a nationality adjective's mention (places_recognize)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Frequent Arabic words that are no place's name (common_words.txt, latin_words.txt):
    after a class noun they are adjectives (مدينة كبيرة، مدينة متطورة) or nouns, and their
    keys meet hundreds of villages'. (frequent_names.txt is not: its words are place names,
    and after a class noun a name is what they are: قرية الشرفة.)"""
    return common_words() | latin_words()


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    """Singular class nouns, and the cues of a unit named after its seat town (role ``seat``:
    ناحية ديرلوك، محلية المناقل، ريف X): the name is a town's."""
    lex = place_lexicon()
    return ((lex.klass | lex.village) - lex.part - lex.street - lex.road - lex.plural) | lex.seat


@lru_cache(maxsize=1)
def _held_cues() -> frozenset[str]:
    """An area noun that is no class noun (منطقة): the name after it may be a town's, an area's
    or a quarter's, so it is looked up by its Latin name only when the text names the unit that
    holds it (بمنطقة تيليا بولاية طاهوا, في منطقة تسافه بولاية زامفارا), and then only among
    that unit's towns."""
    lex = place_lexicon()
    regional = frozenset(w for w, hint in lex.cues.items() if hint >= 3)  # محافظة، ولاية: admin1
    return (lex.container & lex.region & lex.admin2) - lex.klass - lex.district - regional


def _inside(c: LatinPlace, box: Place, by_name: bool = True) -> bool:
    """Whether ``c`` lies in ``box``: the same country, admin1 or district by name (a district
    ``by_name=False``, or a town: within ``NEAR_KM`` of its point)."""
    fc = box.feature_class
    if c.cc != box.country_code:
        return False
    if fc == "country":
        return True
    if fc == "admin1":
        return c.admin1 in (box.name, box.admin1)
    if fc == "admin2" and by_name:
        return bool(c.admin2) and c.admin2 in (box.name, box.admin2)
    return haversine_km(c.lat, c.lon, box.latitude, box.longitude) <= NEAR_KM


def _held(cands: list[LatinPlace], box: Place) -> list[LatinPlace]:
    """The candidates inside ``box`` (a district's by name, else by distance: the sources
    spell districts differently; but not in another governorate - the sources share the
    governorates' names: قرية شرياف بمديرية القريشية is no Ash Sharafah of Ad Dali, 45 km off)."""
    got = [c for c in cands if _inside(c, box)]
    if not got and box.feature_class == "admin2":
        got = [c for c in cands if _inside(c, box, by_name=False)
               and not (c.admin1 and box.admin1 and c.admin1 != box.admin1)]
    return got


def _near(c: LatinPlace, others: Sequence[Place]) -> bool:
    return any(haversine_km(c.lat, c.lon, o.latitude, o.longitude) <= NEAR_KM for o in others)


def _candidates(key: str, ccs: Sequence[str], least: int = MIN_KEY) -> list[LatinPlace]:
    idx = bundled_index()
    for k in lookup_keys(key):
        if len(k) < least:
            continue
        got = [c for cc in ccs for c in idx.lookup(cc, k)]
        if got:
            return got
    return []


def main_countries(refs: Sequence[PlaceRef], focus: dict[str, float]) -> list[str]:
    """The focus countries most of the document's resolved place mentions lie in (ties kept;
    nationality adjectives are actors, not places, and are not counted)."""
    n = Counter(r.place.country_code for r in refs
                if r.place is not None and r.cue != NISBA_CUE and r.place.source != SOURCE
                and r.place.country_code in focus)
    top = max(n.values(), default=0)
    return sorted(cc for cc, k in n.items() if k == top)


def pick(key: str, container: Place | None, countries: Sequence[str],
         others: Sequence[Place] = (), across: bool = False) -> LatinPlace | None:
    """The Latin-only place an unresolved name ``key`` (normalized Arabic) stands for, or None
    (module docstring). ``countries``: the document's main countries (``main_countries``);
    ``across``: after a cue of a site often across the border (مستوطنة، ثكنة), their land
    neighbours are asked when they hold none."""
    ak = arabic_key(key)
    ccs = [cc for cc in ([container.country_code] if container is not None else countries) if cc]
    if len(ak) < MIN_KEY:   # a short key only among the Sahel's cities500 towns (SHORT_KEY)
        ccs = [cc for cc in ccs if cc in CITIES_CCS]
        if len(ak) < SHORT_KEY or not ccs:
            return None
    cands = _candidates(ak, ccs, min(MIN_KEY, len(ak)))
    if not cands and across and container is None:
        cands = _candidates(ak, sorted({n for cc in ccs for n in neighbours_of(cc)} - set(ccs)))
    box = container
    if container is not None:
        cands = _held(cands, container)
    else:  # a governorate or district the document names elsewhere holds it, if one does
        for unit in others:
            if unit.feature_class in UNIT_CLASSES:
                held = _held(cands, unit)
                if held:
                    cands, box = held, unit
                    break
    if not cands:
        return None
    near = [o for o in others if o.feature_class in TOWN_CLASSES]
    rank = {c.id: (c.population, _near(c, near)) for c in cands}
    best = max(rank.values())
    top = [c for c in cands if rank[c.id] == best]
    if len(top) == 1:
        return top[0]
    if box is not None and box.feature_class != "country":
        return min(top, key=lambda c: (haversine_km(c.lat, c.lon, box.latitude, box.longitude),
                                       c.id))
    return None


def as_place(c: LatinPlace, country: str) -> Place:
    return Place(id=c.id, name=c.name, feature_class="populated_place", country=country,
                 country_code=c.cc, latitude=c.lat, longitude=c.lon, name_ar=None,
                 admin1=c.admin1 or None, admin2=c.admin2 or None, population=c.population,
                 source=SOURCE)


def fill(refs: list[PlaceRef], focus: dict[str, float], country_name, found: Sequence = ()
         ) -> list[PlaceRef]:
    """``refs`` with each unresolved name after a class noun resolved to a Latin-only place
    where the evidence allows (module docstring). ``country_name(cc)`` gives a country's
    English name; ``found``: the mentions (a class noun after an outer cue counts: قرب بلدة X).
    Two passes: the names resolved in the first help place the rest."""
    cues = _cues()
    across = place_lexicon().across
    inner = [getattr(f, "inner", ()) or () for f in found] or [()] * len(refs)
    held = _held_cues()
    todo = [k for k, r in enumerate(refs) if r.place is None and (
        r.cue in cues or any(c in cues for c in inner[k])
        or (r.cue in held and r.container is not None
            and r.container.feature_class in UNIT_CLASSES))]
    if todo:
        words = _words()
        todo = [k for k in todo if refs[k].name not in words]
    if not todo:
        return refs
    countries = main_countries(refs, focus)
    if not countries and all(refs[k].container is None for k in todo):
        return refs
    out = list(refs)
    anchors = [_held_anchor(found[k]) if found else None for k in range(len(refs))]
    for _round in range(2):
        others = [r.place for r in out if r.place is not None]
        left = []
        for k in todo:
            r = out[k]
            box = r.container
            if box is None and anchors[k] is not None:
                box = next((o.place for o in out if o.name == anchors[k] and o.place is not None
                            and o.place.feature_class in TOWN_CLASSES), None)
                if box is None and _round == 0 and any(out[j].name == anchors[k] for j in todo):
                    left.append(k)   # (its town is itself looked up: after it)
                    continue
            c = pick(r.name, box, countries, others,
                     r.cue in across or any(c in across for c in inner[k]))
            if c is None:
                left.append(k)
            else:
                out[k] = replace(r, place=as_place(c, country_name(c.cc) or c.cc), candidates=())
        if len(left) == len(todo):
            break
        todo = left
    return out


def _held_anchor(f) -> str | None:
    """The key of the town the text puts a name right by (X القريبة من بلدة Y، قرية X بالقرب من
    Y: the mention's held anchor), which then bounds its Latin look-up as a container would: a
    namesake 130 km off is not the village near Bandiagara."""
    return getattr(f, "anchor", None) if getattr(f, "held", False) else getattr(f, "by_unknown", None)


def held_by_latin(found: Sequence, refs: list[PlaceRef], containers) -> list[PlaceRef]:
    """A name the text puts in a town or district that only the Latin look-up resolved (قرية
    العمارة عبدالله الواقعة بريفي أبوقوتة: "Abu Qutah" is a Latin-only village) has that town
    as its container, as it would have had an Arabic-named one (coded to it, geocode).
    ``containers(found)``: the container keys the text gives the name."""
    got = {r.name: r.place for r in refs if r.place is not None and r.place.source == SOURCE}
    if not got:
        return refs
    out = list(refs)
    for k, (f, r) in enumerate(zip(found, refs)):
        if r.place is None and r.container is None:
            box = next((got[c] for c in containers(f) if c in got), None)
            if box is not None:
                out[k] = replace(r, container=box)
    return out


def latin_heads(refs: list[PlaceRef]) -> list[PlaceRef]:
    """An unresolved name that is the head of a two-word or longer name the Latin look-up
    resolved in the same document (بمحلية سرف عمرة، then بسرف عمرة read as سرف alone: the
    recognizer knows no Arabic name to take the next word) is that place."""
    got = {r.name: r.place for r in refs if r.place is not None and r.place.source == SOURCE
           and " " in r.name}
    if not got:
        return refs
    out = list(refs)
    for k, r in enumerate(refs):
        if r.place is None and r.name and " " not in r.name:
            heads = {p.id: p for n, p in got.items() if n.split(" ", 1)[0] == r.name}
            if len(heads) == 1:
                out[k] = replace(r, place=next(iter(heads.values())), candidates=())
    return out
