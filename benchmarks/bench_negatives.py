"""Events on real text that holds no political violence: every event is a false positive.

Usage: python benchmarks/bench_negatives.py [--shared DIR] [--show N]

IDRISI's Arabic tweets about natural disasters and the pandemic (Jordan 2018, Hafr al-Batin
2019 and Kuwait 2018 floods, storm "Dragon" 2020, COVID-19; train and dev files of
``idrisi_ar/LMR/data/AR/gold-random-json``): deaths by floods, storms, electricity and disease,
water "raiding" homes, damage by rain. Prints the tweets read, the events found, events per
thousand tweets, and with ``--show`` the first N tweets that gave events (a protest against
pandemic measures is a real event: read them before counting a rule as wrong). The sets of
real violence beside them (the 2019 Cairo bombing, the 2020 Beirut port blast) print for
contrast: their events should stay. Skips (exit 0, a message) when the shared data is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEGATIVE = ("jordan_floods_2018", "hafr_albatin_floods_2019", "kuwait_floods_2018", "dragon_storms_2020", "covid_2019")
CONTRAST = ("cairo_bombing_2019", "beirut_explosion_2020")


def tweets(base: Path, names: tuple[str, ...]):
    for name in names:
        for split in ("train", "dev"):
            path = base / name / f"{split}.jsonl"
            if not path.exists():
                continue
            for line in path.open(encoding="utf-8"):
                row = json.loads(line)
                day = datetime.strptime(row["created_at"], "%a %b %d %H:%M:%S %z %Y").date()
                yield name, row["tweet_id"], row["text"], day


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/bench_negatives.py")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    base = args.shared / "data" / "idrisi_ar" / "LMR" / "data" / "AR" / "gold-random-json"
    if not base.exists():
        print(f"skipped: no IDRISI data at {base}")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    import hadath
    from hadath.types import Article

    pipeline = hadath.load()
    for label, names in (("negative", NEGATIVE), ("contrast", CONTRAST)):
        n = found = shown = 0
        for name, tid, text, day in tweets(base, names):
            events = pipeline(Article(tid, text, published=day)).events
            n += 1
            found += len(events)
            if events and label == "negative" and shown < args.show:
                shown += 1
                print(f"  {name} | {' '.join(text.split())[:150]}")
                for e in events:
                    print(f"      {e.sub_event_type} | {e.actor1} / {e.actor2} | {e.location} | {e.fatalities}")
        rate = 1000 * found / n if n else 0.0
        print(f"{label}: {n} tweets, {found} events ({rate:.1f} per 1000 tweets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
