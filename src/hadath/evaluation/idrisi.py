"""IDRISI Arabic (LMD): place recognition recall and resolution distance on tweets.

For every gold location mention: recognized = a predicted place mention overlaps its span;
resolved within N km = the recognized mention's place lies within N km of the gold OSM point.
Run: ``python -m hadath.evaluation.idrisi PATH [--limit N]`` where PATH is a ``.jsonl`` file or a
folder searched for ``train.jsonl`` (use ``--split dev`` for the held-out files).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hadath.gazetteer import haversine_km


def _files(path: Path, split: str) -> list[Path]:
    return [path] if path.is_file() else sorted(path.rglob(f"{split}.jsonl"))


def evaluate(path: Path, limit: int | None = None, split: str = "train", gazetteer: str | None = None) -> dict:
    from hadath.mentions.places import PlaceStage
    from hadath.pipeline import PipelineConfig
    from hadath.text.stage import TextStage
    from hadath.types import Article, Doc
    text_stage = TextStage()
    places = PlaceStage(PipelineConfig(gazetteer=gazetteer))
    gold_n = recognized = resolved = within161 = within10 = predicted = 0
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
                    if hit.place is None:
                        continue
                    resolved += 1
                    d = haversine_km(hit.place.latitude, hit.place.longitude, float(osm["lat"]), float(osm["lon"]))
                    within161 += d <= 161
                    within10 += d <= 10
    pct = lambda a, b: round(100.0 * a / b, 1) if b else 0.0  # noqa: E731
    return {
        "tweets": tweets, "gold_mentions": gold_n, "predicted_mentions": predicted,
        "recognition_recall": pct(recognized, gold_n),
        "resolved_of_recognized": pct(resolved, recognized),
        "within_161km_of_recognized": pct(within161, recognized),
        "within_10km_of_recognized": pct(within10, recognized),
        "within_161km_of_resolved": pct(within161, resolved),
        "within_10km_of_resolved": pct(within10, resolved),
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
