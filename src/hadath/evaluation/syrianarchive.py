"""Syrian Archive incidents: share of incidents placed within 10 km of the coded point.

Two files in the folder (or pass one file):
- ``sa_api_incidents.json``: rows with ``summary_ar`` and coordinates; the text is the Arabic
  title + summary + the coded ``location`` string ("governorate : town"), geocoded as a document:
  the event place is the most specific resolved place (the geocode stage's fallbacks apply).
- ``chemweap.csv``: ``location_name_ar`` geocoded on its own, with "Syria" as country focus.
Run: ``python -m hadath.evaluation.syrianarchive PATH [--limit N]``.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from hadath.gazetteer import haversine_km

_RANK = {"populated_place": 0, "neighbourhood": 0, "camp": 0, "crossing": 0, "poi": 0,
         "admin3": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 4}


def _place_of(places, text_stage, text: str):
    from hadath.types import Article, Doc
    refs = places.resolve(text_stage(Doc(Article("x", text))))
    resolved = [r.place for _f, r in refs if r.place is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda p: _RANK.get(p.feature_class, 0))


def evaluate(path: Path, limit: int | None = None, gazetteer: str | None = None) -> dict:
    from hadath.mentions.places import PlaceStage
    from hadath.pipeline import PipelineConfig
    from hadath.text.stage import TextStage
    path = Path(path)
    ts = TextStage()
    places = PlaceStage(PipelineConfig(gazetteer=gazetteer, country_focus=("SY",)))
    out: dict = {}
    api = path / "sa_api_incidents.json" if path.is_dir() else path
    if api.name.endswith(".json") and api.exists():
        rows = [r for r in json.loads(api.read_text(encoding="utf-8"))
                if (r.get("summary_ar") or "").strip() and r.get("latitude") and r.get("longitude")]
        out["sa_api_incidents"] = _score(
            ((" . ".join(x for x in (r.get("title_ar"), r.get("summary_ar"),
                                     (r.get("location") or "").replace(":", "،")) if x),
              float(r["latitude"]), float(r["longitude"])) for r in rows[:limit]),
            places, ts)
    cw = path / "chemweap.csv" if path.is_dir() else path
    if cw.name.endswith(".csv") and cw.exists():
        with cw.open(encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if (r.get("location_name_ar") or "").strip()
                    and r.get("geo_latitude") and r.get("geo_longitude")]
        out["chemweap_location_name_ar"] = _score(
            ((r["location_name_ar"], float(r["geo_latitude"]), float(r["geo_longitude"]))
             for r in rows[:limit]), places, ts)
    return out


def _score(items, places, ts) -> dict:
    n = placed = w10 = w50 = 0
    for text, lat, lon in items:
        n += 1
        p = _place_of(places, ts, text)
        if p is None:
            continue
        placed += 1
        d = haversine_km(p.latitude, p.longitude, lat, lon)
        w10 += d <= 10
        w50 += d <= 50
    pct = lambda a: round(100.0 * a / n, 1) if n else 0.0  # noqa: E731
    return {"rows": n, "placed": pct(placed), "within_10km": pct(w10), "within_50km": pct(w50)}


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--gazetteer")
    a = ap.parse_args(argv)
    print(json.dumps(evaluate(a.path, a.limit, a.gazetteer), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
