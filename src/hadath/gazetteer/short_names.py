"""Towns named by the first word of their name: المحلة for المحلة الكبرى.

Arabic news often names a big town by its noun alone and drops the adjective its full name
adds (مدينة المحلة = El-Mahalla El-Kubra; the gazetteer's exact المحلة is a hamlet of Kafr
el-Sheikh). :func:`longer_towns` gives the populated places of at least ``SHORT_MIN_POP``
people whose Arabic name is a key plus one definite word (X الكبرى، X الجديدة). The resolver
adds them as variant readings (a match below 1.0), so only context makes one win: the
document's country, its other places nearby; and a variant far from every other place of
the document is no reading (hadath.mentions.places).
"""
from __future__ import annotations

from hadath.gazetteer.keys import ARTICLE
from hadath.gazetteer.store import Gazetteer, Hit

SHORT_MIN_POP = 100_000   # a town known by its noun alone is a big one
# the keys of the names one word longer than a key (a range scan of the names index: the keys
# between "KEY " and "KEY!", "!" being the character after the space)
_SQL = ("SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid = n.pid"
        " WHERE n.key > ? AND n.key < ? AND n.lang = 'ar' AND p.pop >= ?"
        " AND p.fclass = 'populated_place'")


def longer_towns(gz: Gazetteer, key: str) -> list[Hit]:
    """Hits of the towns (populated places of ``SHORT_MIN_POP`` or more) named ``key`` plus one
    definite word, for a one-word definite ``key``; [] otherwise (or for a gazetteer with no
    SQLite index)."""
    if " " in key or not key.startswith(ARTICLE) or len(key) < 4:
        return []
    found: set[str] = set()
    for idx in getattr(gz, "indexes", ()):
        for (k,) in idx.con.execute(_SQL, (key + " ", key + "!", SHORT_MIN_POP)):
            rest = k[len(key) + 1:]
            if rest.startswith(ARTICLE) and " " not in rest:
                found.add(k)
    return [h for k in sorted(found) for h in gz.exact(k)
            if h.place.feature_class == "populated_place" and h.place.population >= SHORT_MIN_POP]
