"""A golden snapshot of the pipeline's output: a fixed corpus -> event records, compared field by
field in a test (tests/snapshot). A refactoring keeps it identical; a change of behaviour made
on purpose rewrites it (``python -m hadath.evaluation.snapshot --update``) and says why in its
commit.

The corpus is the project's own: the bundled examples, the event development and blind sets,
and 150 generated reports (hadath.bench.corpus, seed 7). Records keep the fields a user sees,
with coordinates to five decimals and confidences to three.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from hadath.types import Article

ROOT = Path(__file__).resolve().parents[3]
SNAPSHOT = ROOT / "tests" / "snapshot" / "events.jsonl.gz"
GOLD_FILES = ("examples/gold.jsonl", "tests/events/data/dev_reports.jsonl", "benchmarks/blind/blind_reports.jsonl")
GENERATED = 150
FIELDS = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
          "actor2", "interaction", "country", "admin1", "admin2", "admin3", "location", "location_ar",
          "latitude", "longitude", "geo_precision", "fatalities", "flags")


def corpus(root: Path = ROOT) -> Iterator[Article]:
    from hadath.bench.corpus import generate
    from hadath.evaluation.gold import load_gold

    for name in GOLD_FILES:
        for doc in load_gold(root / name):
            yield doc.article
    yield from generate(GENERATED, seed=7)


def _round(v):
    return round(v, 5) if isinstance(v, float) else v


def records(articles: Iterable[Article], pipeline=None) -> list[dict]:
    import hadath
    from hadath.export.records import to_record

    pipeline = pipeline or hadath.load()
    out = []
    for art in articles:
        doc = pipeline(art)
        for i, ev in enumerate(doc.events):
            rec = to_record(ev, doc.article, i)
            row = {"article_id": art.id, "n": i}
            row.update({k: _round(rec.get(k)) for k in FIELDS})
            row["evidence"] = {k: [[s["start"], s["end"]] for s in v]
                               for k, v in sorted((rec.get("evidence") or {}).items())}
            row["confidence"] = {k: round(float(v), 3) for k, v in sorted((rec.get("confidence") or {}).items())}
            out.append(row)
    return out


def write(rows: list[dict], path: Path = SNAPSHOT) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        fh.write(data.encode("utf-8"))


def read(path: Path = SNAPSHOT) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def diff(old: list[dict], new: list[dict], most: int = 20) -> list[str]:
    """Human-readable differences, keyed by (article, ordinal)."""
    a = {(r["article_id"], r["n"]): r for r in old}
    b = {(r["article_id"], r["n"]): r for r in new}
    lines = []
    for key in sorted(set(a) | set(b)):
        if key not in b:
            lines.append(f"- {key}: {a[key]['sub_event_type']} at {a[key]['location']}")
        elif key not in a:
            lines.append(f"+ {key}: {b[key]['sub_event_type']} at {b[key]['location']}")
        elif a[key] != b[key]:
            changed = sorted(k for k in set(a[key]) | set(b[key]) if a[key].get(k) != b[key].get(k))
            lines.append(f"~ {key}: " + ", ".join(f"{k}: {a[key].get(k)!r} -> {b[key].get(k)!r}" for k in changed))
    return lines[:most] + ([f"... and {len(lines) - most} more"] if len(lines) > most else [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="rewrite the committed snapshot")
    args = ap.parse_args(argv)
    rows = records(corpus())
    if args.update:
        write(rows)
        print(f"wrote {len(rows)} records to {SNAPSHOT}")
        return 0
    changes = diff(read(), rows)
    print("\n".join(changes) if changes else f"snapshot identical ({len(rows)} records)")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
