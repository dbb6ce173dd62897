"""One village, two gazetteer points (issue #10): a source may hold a place twice, a few hundred
metres apart, filed in two first-level units (Who's On First: ياطر is Yatar, South, and Yater,
Nabatieh, 170 m apart, both in Bent Jbeil district). Scored alike, the first row won the tie.

The rule: when the best reading ties with another reading of the same country and district
(admin2) lying within TWIN_POINT_KM, the two are one place, and the point whose admin1 is the
admin1 most of the gazetteer's places of that district are filed in is kept (Bent Jbeil: 61
places in Nabatieh, 1 in South). Readings that differ in score, lie apart or lack a district
are left as scored."""
from __future__ import annotations

from functools import lru_cache

from hadath.gazetteer.store import haversine_km

TWIN_POINT_KM = 1.0   # two points of one name this close are one place
_TIE = 1e-9


def district_admin1(gz, cc: str, admin2: str) -> str | None:
    """The admin1 most places of district ``admin2`` of ``cc`` are filed in (None: no such
    places, or no single most)."""
    return _district_admin1(gz, cc, admin2)


@lru_cache(maxsize=4096)
def _district_admin1(gz, cc: str, admin2: str) -> str | None:
    counts: dict[str, int] = {}
    for idx in gz.indexes:
        for a1, n in idx.con.execute(
                "SELECT admin1, count(*) FROM places WHERE cc = ? AND admin2 = ? GROUP BY admin1",
                (cc, admin2)):
            if a1:
                counts[a1] = counts.get(a1, 0) + n
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def twin_point(places, scores, best: int, unit) -> int:
    """The index to keep of ``places`` (parallel to ``scores``) when ``best`` ties with a
    point of the same place (above); else ``best``. ``unit(cc, admin2)`` gives the district's
    admin1 (district_admin1 bound to a gazetteer)."""
    if best < 0 or len(places) < 2:
        return best
    p = places[best]
    if not p.admin2 or not p.admin1:
        return best
    s = scores[best]
    twins = [i for i, (q, t) in enumerate(zip(places, scores))
             if i != best and abs(t - s) <= _TIE and q.country_code == p.country_code
             and q.admin2 == p.admin2 and q.admin1 and q.admin1 != p.admin1
             and haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) <= TWIN_POINT_KM]
    if not twins:
        return best
    a1 = unit(p.country_code, p.admin2)
    if a1 is None or p.admin1 == a1:
        return best
    for i in twins:
        if places[i].admin1 == a1:
            return i
    return best


def one_point(items: dict, gz) -> None:
    """Apply twin_point to every item's best reading (in place)."""
    unit = None
    for it in items.values():
        kd = it.kd
        if it.best < 0 or kd is None or len(kd.places) < 2 or len(it.scores) != len(kd.places):
            continue
        if unit is None:
            def unit(cc: str, admin2: str) -> str | None:
                return district_admin1(gz, cc, admin2)
        it.best = twin_point(kd.places, it.scores, it.best, unit)
