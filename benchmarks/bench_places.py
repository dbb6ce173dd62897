"""Place recognition + resolution speed per article (gazetteer loaded once). Prints figures.

Usage: python benchmarks/bench_places.py [N_ARTICLES] [--mode news|tweets] [--profile]
       python benchmarks/bench_places.py --geo GOLD [--km 10] [--split dev] [--far]

- ``news`` (default): 2-3 KB news articles: the worked example, plus articles made of
  consecutive real news sentences (UniversalPetrarch Arabic dev) and the repo's example reports
  joined until 2-3 KB.
- ``tweets``: IDRISI train tweets + the worked example.
The text layer runs before the timer starts; only the places stage is timed.

``--geo GOLD`` prints instead how well events are placed on a gold file (``hadath eval``'s
format): events paired with gold (same type, paired as ``hadath eval`` pairs them), matched
events, and the share of paired events with coordinates whose point lies within ``--km`` of the
gold point, with admin1/admin2 filled.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")


def _example() -> list[str]:
    return [(SHARED / "examples" / "sdf-raqqa-statement.ar.txt").read_text(encoding="utf-8")]


def _join(pieces: list[str], lo: int = 2000, hi: int = 3000) -> list[str]:
    out, cur = [], ""
    for p in pieces:
        cur = f"{cur}\n{p}" if cur else p
        if len(cur) >= lo:
            out.append(cur[:hi])
            cur = ""
    return out


def news_articles() -> list[str]:
    texts = _example()
    up = SHARED / "data" / "universalpetrarch_ar" / "dev.jsonl"
    if up.exists():
        texts += _join([json.loads(line)["text"] for line in up.open(encoding="utf-8")])
    reports = ROOT / "examples" / "reports.jsonl"
    if reports.exists():
        rows = [json.loads(line) for line in reports.open(encoding="utf-8")]
        texts += _join([f"{r.get('title') or ''}\n{r['text']}" for r in rows] * 2)
    return texts


def tweets() -> list[str]:
    texts = _example()
    for f in sorted((SHARED / "data" / "idrisi_ar" / "LMD" / "data" / "AR").rglob("train.jsonl")):
        texts += [json.loads(line)["text"] for line in f.open(encoding="utf-8")]
    return texts


def geo(gold: str, km: float, split: str = "all", show_far: bool = False) -> None:
    from hadath.cli.evaluate import _predict
    from hadath.evaluation.gold import load_gold, select_split
    from hadath.evaluation.score import score
    from hadath.geo import haversine_km
    docs = select_split(load_gold(gold), split)
    preds = _predict(docs, None)
    sc = score(docs, preds, km)
    by_id = {d.article.id: d for d in docs}
    pairs = located = near = a1 = a2 = 0
    for det in sc.details:
        if det["gold"] is None or det["predicted"] is None:
            continue
        pairs += 1
        g = by_id[det["article_id"]].events[det["gold"]]
        p = preds[det["article_id"]][det["predicted"]]
        a1 += bool(p.get("admin1"))
        a2 += bool(p.get("admin2"))
        if g.get("latitude") is None or p.get("latitude") is None:
            continue
        located += 1
        near += haversine_km(float(p["latitude"]), float(p["longitude"]),
                             float(g["latitude"]), float(g["longitude"])) <= km
    from hadath.evaluation.score import LENIENT_KM, lenient_pairs
    lenient = lenient_near = 0   # coder-to-coder matches (hadath eval's lenient pairs)
    for d in docs:
        golds, ps = list(d.events), list(preds.get(d.article.id, ()))
        for i, j in lenient_pairs(golds, ps, km, LENIENT_KM):
            g, p = golds[j], ps[i]
            if g.get("latitude") is None or p.get("latitude") is None:
                continue
            lenient += 1
            dist = haversine_km(float(p["latitude"]), float(p["longitude"]),
                                float(g["latitude"]), float(g["longitude"]))
            lenient_near += dist <= km
            if show_far and dist > km:
                print(f"far {dist:7.1f} km  {d.article.id}  gold {g.get('location')!r} "
                      f"({g.get('admin1')})  predicted {p.get('location')!r} ({p.get('admin1')}, "
                      f"{p.get('country')}, precision {p.get('geo_precision')})")
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    print(f"gold events {sc.gold}, predicted {sc.predicted}, paired (same type) {pairs}, "
          f"matched (date + place) {sc.matched}")
    print(f"paired with coordinates {located}: within {km:g} km {near} ({pct(near, located)})")
    print(f"paired with admin1 {pct(a1, pairs)}, with admin2 {pct(a2, pairs)}")
    print(f"matched (lenient: date within a day, place within {LENIENT_KM:g} km or same name) with "
          f"coordinates {lenient}: within {km:g} km {lenient_near} ({pct(lenient_near, lenient)})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=500)
    ap.add_argument("--mode", choices=("news", "tweets"), default="news")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--geo", metavar="GOLD", help="Placement figures on a gold file instead.")
    ap.add_argument("--km", type=float, default=10.0)
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="all",
                    help="With --geo: the gold file's fixed split (as hadath eval --split).")
    ap.add_argument("--far", action="store_true",
                    help="With --geo: list the lenient-matched events placed beyond --km.")
    a = ap.parse_args()
    if a.geo:
        geo(a.geo, a.km, a.split, a.far)
        return
    t0 = time.perf_counter()
    stage = PlaceStage()
    load = time.perf_counter() - t0
    ts = TextStage()
    base = news_articles() if a.mode == "news" else tweets()
    texts = (base * (a.n // len(base) + 1))[:a.n]
    docs = [ts(Doc(Article(str(i), t))) for i, t in enumerate(texts)]
    for d in docs:  # the text layer may compute token analyses lazily: not the places stage's cost
        for t in d.tokens:
            t.analyses
    chars = sum(len(d.text) for d in docs)
    stage(docs[0])  # warm-up
    if a.profile:
        import cProfile
        import pstats
        pr = cProfile.Profile()
        pr.enable()
    c1, t1 = time.process_time(), time.perf_counter()
    mentions = sum(len(stage(d).mentions) for d in docs)
    dt, cpu = time.perf_counter() - t1, time.process_time() - c1
    if a.profile:
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(25)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mode: {a.mode} ({len(base)} distinct texts, {sum(map(len, base)) // len(base)} chars avg)")
    print(f"gazetteer + matcher load: {load:.2f} s")
    print(f"articles: {a.n}, chars: {chars}, place mentions: {mentions}")
    print(f"places stage: {1000 * dt / a.n:.3f} ms/article wall, {1000 * cpu / a.n:.3f} ms CPU "
          f"({1e6 * cpu / chars:.2f} µs/char)")
    print(f"max RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
