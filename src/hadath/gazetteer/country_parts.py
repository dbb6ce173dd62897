"""The part of a country a compass phrase names (جنوب لبنان، شمال شرق سوريا، وسط الصومال).

A country's extent is the box of its own places in the index (the 1st to 99th percentile of
their latitudes and longitudes: a few misplaced records do not stretch it). A place lies in
the part "toward" a direction when its offset from the box's centre, in half-widths of the box,
projects onto the direction by at least ``PART_MIN`` (a quarter of the way to the border); the
centre (وسط) is the inner half of the box both ways.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterable, NamedTuple

from hadath.errors import DataError
from hadath.gazetteer.keys import ARTICLE
from hadath.resources import data_path, load_tsv
from hadath.types import Place

COMPASS_FILE = "gazetteer/compass_points.tsv"
PART_MIN = 0.25      # how far toward the border (in half-widths) a place of the part lies
CENTRE_MAX = 0.5     # how far from the centre (in half-widths) a place of the centre lies
QUANTILE = 0.01      # the box: these quantiles of the places' coordinates


class Extent(NamedTuple):
    lat: float          # centre
    lon: float
    half_lat: float     # half-widths (degrees)
    half_lon: float


@lru_cache(maxsize=1)
def compass_points() -> dict[str, tuple[int, int]]:
    """compass word -> (north, east) steps."""
    out: dict[str, tuple[int, int]] = {}
    for line, row in enumerate(load_tsv(COMPASS_FILE), start=2):
        try:
            out[row["word"]] = (int(row["north"]), int(row["east"]))
        except (KeyError, ValueError) as exc:
            raise DataError(f"{data_path(COMPASS_FILE)}: row {line}: {row} ({exc})") from exc
    return out


def compass_stem(word: str) -> str | None:
    """The compass word of a word (شمال، الجنوبي، شرقي، الغربية) without its article, or None."""
    w = word[len(ARTICLE):] if word.startswith(ARTICLE) else word
    return w if w in compass_points() else None


def direction(words: Iterable[str]) -> tuple[int, int] | None:
    """The direction of compass words (شمال شرقي: north-east), None when there is none."""
    north = east = 0
    seen = False
    for w in words:
        stem = compass_stem(w)
        if stem is not None:
            n, e = compass_points()[stem]
            north, east, seen = north + n, east + e, True
    return (max(-1, min(1, north)), max(-1, min(1, east))) if seen else None


_SQL = "SELECT lat, lon FROM places WHERE cc = ? AND fclass != 'country'"


def country_extent(indexes, cc: str) -> Extent | None:
    """The box of the country's places over the gazetteer's index files (None with fewer
    than 20 places)."""
    lats: list[float] = []
    lons: list[float] = []
    for idx in indexes:
        for la, lo in idx.con.execute(_SQL, (cc,)):
            lats.append(la)
            lons.append(lo)
    if len(lats) < 20:
        return None
    lats.sort()
    lons.sort()
    lo_i, hi_i = int(QUANTILE * (len(lats) - 1)), int((1 - QUANTILE) * (len(lats) - 1))
    s, n, w, e = lats[lo_i], lats[hi_i], lons[lo_i], lons[hi_i]
    if n <= s or e <= w:
        return None
    return Extent((s + n) / 2, (w + e) / 2, (n - s) / 2, (e - w) / 2)


def in_part(p: Place, box: Extent, way: tuple[int, int]) -> bool:
    """Whether ``p`` lies in the part of the box toward ``way`` ((0, 0): the centre)."""
    fn = (p.latitude - box.lat) / box.half_lat
    fe = (p.longitude - box.lon) / box.half_lon
    north, east = way
    if north == 0 and east == 0:
        return abs(fn) <= CENTRE_MAX and abs(fe) <= CENTRE_MAX
    return (fn * north + fe * east) / math.hypot(north, east) >= PART_MIN
