"""IDRISI Arabic (LMD): place recognition recall and resolution distance on tweets.

For every gold location mention: recognized = a predicted place mention overlaps its span;
resolved within N km = the recognized mention's place lies within N km of the gold OSM point.
The gold of an area (a country, province, district, road: an OSM relation or way) is also
scored by its extent (``*_extent`` figures): the distance from the resolved point to the gold
feature's bounding box, 0 inside it. OSM's point for an area is one representative point (a
label or centroid: Saudi Arabia's lies 322 km from the GeoNames centroid, Brazil's 453 km), so a
correct country or province resolution can be "wrong" by the point-to-point distance alone; a
point inside the area's box, or within N km of it, is where the mention is. A quarter or street
the gazetteer lacks, named with its town, is resolved at the town (``coded_place``).
A resolved place is scored at its representative point (hadath.gazetteer.areas): a governorate
at its area's label point, not at the seat its events are coded to (Hadramawt's label point
lies 250 km inland from Mukalla); ``*_seat`` figures score every place at its own point.
Run: ``python -m hadath.evaluation.idrisi PATH [--limit N]`` where PATH is a ``.jsonl`` file or a
folder searched for ``train.jsonl`` (use ``--split dev`` for the held-out files).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hadath.gazetteer import haversine_km


def extent_km(lat: float, lon: float, osm: dict) -> float:
    """Distance from a point to a gold OSM feature's bounding box (0 inside; to its point when
    it has no box). A box across the antimeridian (west > east) wraps."""
    box = osm.get("boundingbox")
    if not box or len(box) != 4:
        return haversine_km(lat, lon, float(osm["lat"]), float(osm["lon"]))
    s, n, w, e = (float(x) for x in box)
    clat = min(max(lat, s), n)
    inside_lon = (w <= lon <= e) if w <= e else (lon >= w or lon <= e)
    if inside_lon:
        clon = lon
    else:  # the nearer edge, going round the globe either way
        clon = min((w, e), key=lambda x: min(abs(lon - x), 360 - abs(lon - x)))
    return haversine_km(lat, lon, clat, clon)


def coded_place(ref):
    """Where the pipeline codes a place mention: its place, or the town holding a quarter or
    street the gazetteer lacks (a part cue with a town container: حي X في حلب، شارع تونس في
    حولي; the geocode stage's rule, precision 1); None when unresolved."""
    if ref.place is not None:
        return ref.place
    from hadath.gazetteer.lexicon import place_lexicon
    c = ref.container
    lex = place_lexicon()
    if c is not None and (ref.cue in lex.part or ref.cue in lex.road) and c.feature_class in (
            "populated_place", "neighbourhood"):
        return c
    return None


def _files(path: Path, split: str) -> list[Path]:
    return [path] if path.is_file() else sorted(path.rglob(f"{split}.jsonl"))


def evaluate(path: Path, limit: int | None = None, split: str = "train", gazetteer: str | None = None) -> dict:
    from hadath.mentions.places import PlaceStage
    from hadath.pipeline import PipelineConfig
    from hadath.text.stage import TextStage
    from hadath.types import Article, Doc
    text_stage = TextStage()
    places = PlaceStage(PipelineConfig(gazetteer=gazetteer))
    from hadath.gazetteer.areas import representative_point
    gold_n = recognized = resolved = within161 = within10 = predicted = 0
    ext161 = ext10 = seat161 = 0
    by_type: Counter[str] = Counter()
    by_type_hit: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    tweets = 0
    for f in _files(Path(path), split):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if limit is not None and tweets >= limit:
                    break
                row = json.loads(line)
                tweets += 1
                doc = text_stage(Doc(Article(row["tweet_id"], row["text"])))
                refs = places.resolve(doc)
                predicted += len(refs)
                for lm in row.get("location_mentions", []):
                    osm = lm.get("osm_json") or {}
                    if not osm.get("lat"):
                        continue
                    gold_n += 1
                    by_type[lm.get("type", "?")] += 1
                    s, e = lm["start_offset"], lm["end_offset"]
                    hit = next((r for fnd, r in refs if fnd.span.start < e and s < fnd.span.end), None)
                    if hit is None:
                        misses[lm["text"]] += 1
                        continue
                    recognized += 1
                    by_type_hit[lm.get("type", "?")] += 1
                    place = coded_place(hit)
                    if place is None:
                        continue
                    resolved += 1
                    glat, glon = float(osm["lat"]), float(osm["lon"])
                    lat, lon = representative_point(place)
                    d = haversine_km(lat, lon, glat, glon)
                    within161 += d <= 161
                    within10 += d <= 10
                    seat161 += haversine_km(place.latitude, place.longitude, glat, glon) <= 161
                    dx = extent_km(lat, lon, osm)
                    ext161 += dx <= 161
                    ext10 += dx <= 10
    pct = lambda a, b: round(100.0 * a / b, 1) if b else 0.0  # noqa: E731
    return {
        "tweets": tweets, "gold_mentions": gold_n, "predicted_mentions": predicted,
        "recognition_recall": pct(recognized, gold_n),
        "resolved_of_recognized": pct(resolved, recognized),
        "within_161km_of_recognized": pct(within161, recognized),
        "within_10km_of_recognized": pct(within10, recognized),
        "within_161km_of_resolved": pct(within161, resolved),
        "within_10km_of_resolved": pct(within10, resolved),
        "within_161km_of_resolved_seat": pct(seat161, resolved),
        "within_161km_of_resolved_extent": pct(ext161, resolved),
        "within_10km_of_resolved_extent": pct(ext10, resolved),
        "recall_by_type": {t: pct(by_type_hit[t], n) for t, n in by_type.most_common()},
        "top_misses": misses.most_common(15),
    }


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--split", default="train")
    ap.add_argument("--gazetteer")
    a = ap.parse_args(argv)
    print(json.dumps(evaluate(a.path, a.limit, a.split, a.gazetteer), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
