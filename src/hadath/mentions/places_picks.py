"""The places stage's second choices (split from :mod:`hadath.mentions.places`): a small place
or first-level unit read far from the document's focus gives way to the next candidate that is
not (near_pick), and a town read after an area cue abroad to one in a country the focus allows
(area_pick). ``resolved`` is the stage's item resolution (PlaceStage._resolved)."""
from __future__ import annotations

from hadath.gazetteer.data import frequent_names
from hadath.gazetteer.focus import focus_without, neighbours_of
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.candidates import is_minor
from hadath.gazetteer.resolve import Item
from hadath.mentions.places_actors import ACTOR_KEY
from hadath.mentions.places_focus import checked_admin1, far, far_candidate
from hadath.mentions.places_quarters import Resolved
from hadath.mentions.places_recognize import NISBA
from hadath.mentions.places_titles import named_countries

VERY_FREQUENT = 4.5     # wordfreq zipf (30 per million words) of a frequent_names.txt word whose
#                         town, named bare, must lie in the document's focus country itself


def site_in_neighbour(it: Item, cc: str, votes) -> bool:
    """The name follows a cue of a site often across the border of the report's country
    (place_cues.tsv ``across``: مستوطنة، مستعمرة، ثكنة) and its reading lies in a land neighbour
    of the country the document points to most (مستعمرة أفيفيم in a report on Lebanon): no
    reading far from the focus."""
    if place_lexicon().across.isdisjoint(it.cues) or not votes:
        return False
    top = max(votes, key=votes.get)
    return cc != top and cc in neighbours_of(top)


def near_pick(r: Resolved, it: Item, live: dict[str, Item], focus, solid, resolved
              ) -> Resolved:
    """The item's resolution when its best candidate is a small place or a first-level
    unit far from the document's focus: the next best candidate that is not (برلين →
    Berlin, Germany, not a Berlin in the USA that junk votes made likely; المرج in a report
    on Damascus is not Libya's Al Marj district); else unresolved with ``far`` set (بلدة
    بوني in a report on Mali is not Pune; a bare one is dropped)."""
    votes, own = solid
    mine, acts = own.get(it.key), own.get(ACTOR_KEY)
    # a bare name that is a very frequent word (خبر "news" ≠ Khobar in a report on Yemen):
    # its country itself must be the focus, as for a big-gazetteer village
    strict = not it.cues and frequent_names().get(it.key, 0.0) >= VERY_FREQUENT
    if not far(r.place.country_code, votes, mine, strict or is_minor(r.place), acts) \
            or site_in_neighbour(it, r.place.country_code, votes):
        r.far = False
        return r
    scores = it.scores
    for x in sorted(range(len(scores)), key=scores.__getitem__, reverse=True):
        p = it.hits[x][0].place
        if p.feature_class == "country" or (
                not checked_admin1(p, it) if p.feature_class == "admin1"
                else not far_candidate(p, it)) \
                or not far(p.country_code, votes, mine, strict or is_minor(p), acts):
            if x == it.best:
                r.far = False
                return r
            it.best = x
            r2 = resolved(it, live, focus)
            r2.far = False
            return r2
    r2 = Resolved(None, 0.0, r.container, r.cands, False)
    r2.far = True
    return r2

def area_pick(r: Resolved, it: Item, live: dict[str, Item], focus, solid, resolved
              ) -> Resolved:
    """A town read after an area cue (منطقة، إقليم، محافظة) in a country far from the
    document's focus: the best candidate in a country the focus allows, when there is one
    (منطقة ضبعة in a report on Jordan is Jordan's Dab'ah, not Egypt's El Dabaa); else the
    reading stays (an area cue is no evidence that the place is in the focus), unless the
    report names its own country and nothing of this one (لبنان يحترق ... في منطقة اقليم
    الخروب is no El Khroub, Algeria): unresolved."""
    votes, own = solid
    mine, acts = own.get(it.key), own.get(ACTOR_KEY)
    r.far = False
    if not far(r.place.country_code, votes, mine, is_minor(r.place), acts):
        return r
    scores = it.scores
    for x in sorted(range(len(scores)), key=scores.__getitem__, reverse=True):
        p = it.hits[x][0].place
        if x != it.best and p.feature_class != "country" \
                and not far(p.country_code, votes, mine, is_minor(p), acts):
            it.best = x
            r2 = resolved(it, live, focus)
            r2.far = False
            return r2
    named = named_countries(live, it.key, NISBA)
    if named and r.place.country_code not in named \
            and focus_without(votes, mine, r.place.country_code) == 0.0:
        return Resolved(None, 0.0, r.container, r.cands, True)
    return r
