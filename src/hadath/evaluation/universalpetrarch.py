"""Event-detection recall on UniversalPetrarch's Arabic gold sentences (ASSAULT / PROTEST).

Every sentence holds one event; a sentence counts as found when the pipeline yields at least
one event of the right family: ASSAULT → Battles, Explosions/Remote violence or Violence
against civilians; PROTEST → Protests or Riots.

Roles: the coders marked the words of the source and the target of each event. Where those
words occur in the sentence, the first event of the right family is checked: its actor1
evidence should overlap the source, its actor2 evidence the target ("right"); the source read
as actor2 or the target as actor1 is "swapped" (the victim told as the attacker). Out of the
domain the extractor was tuned on, this measures whether who-did-what-to-whom generalizes.

    python -m hadath.evaluation.universalpetrarch /path/to/dev.jsonl [--limit N] [--misses]
"""
from __future__ import annotations

import argparse
import json
import pathlib
from collections import Counter
from datetime import date

from hadath.errors import InputError
from hadath.types import Article

FAMILIES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": frozenset({"Protests", "Riots"}),
}


def _rows(path: pathlib.Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not JSON: {exc}", i) from exc
            if limit is not None and len(rows) >= limit:
                break
    return rows


ROLE_TEXT = (("actor1", "source_text", "actor2"), ("actor2", "target_text", "actor1"))


def _overlaps(spans, lo: int, hi: int) -> bool:
    return any(sp.start < hi and sp.end > lo for sp in spans)


def role_outcomes(text: str, event, row: dict) -> dict[str, str]:
    """``right`` / ``swapped`` / ``missed`` for each role whose coder-marked words occur in
    ``text`` (roles without marked words, or words not found as written, are left out)."""
    out: dict[str, str] = {}
    for role, key, other in ROLE_TEXT:
        words = (row.get(key) or "").strip()
        lo = text.find(words) if words else -1
        if lo < 0:
            continue
        hi = lo + len(words)
        if _overlaps(event.evidence.get(role, ()), lo, hi):
            out[role] = "right"
        elif _overlaps(event.evidence.get(other, ()), lo, hi):
            out[role] = "swapped"
        else:
            out[role] = "missed"
    return out


def evaluate(path: pathlib.Path, limit: int | None = None, pipeline=None) -> dict:
    """Share of sentences with an event of the right family, overall and per category.

    The sentences are isolated from their stories (their "published" is often a year's first
    day, and a sentence seldom names its town), so the reconcile stage's background cut-off
    (acts over 30 days before publication) and its drop of records placed only at a country
    are off, and the acceptance model (a document-level filter that learned that records
    without a town seldom match) does not run: this measures whether an act is recognised and
    typed, not whether it is a codeable record of its story."""
    if pipeline is None:
        import hadath
        from hadath.pipeline import CANDIDATE_STAGES, PipelineConfig
        pipeline = hadath.load(stages=CANDIDATE_STAGES,
                               config=PipelineConfig(options={"stale_days": None, "keep_country_level": True}))
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    any_event: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    misses: list[dict] = []
    roles: dict[str, Counter[str]] = {r: Counter() for r, _, _ in ROLE_TEXT}
    for row in _rows(pathlib.Path(path), limit):
        cat = row["category"]
        pub = date.fromisoformat(row["published"]) if row.get("published") else None
        doc = pipeline(Article(row["id"], row["text"], published=pub))
        total[cat] += 1
        got = {e.event_type for e in doc.events}
        types.setdefault(cat, Counter()).update(got or {"(none)"})
        if got:
            any_event[cat] += 1
        if got & FAMILIES.get(cat, frozenset()):
            hit[cat] += 1
            first = next(e for e in doc.events if e.event_type in FAMILIES[cat])
            for role, outcome in role_outcomes(doc.text, first, row).items():
                roles[role][outcome] += 1
        else:
            misses.append({"id": row["id"], "category": cat, "got": sorted(got), "text": row["text"]})
    n = sum(total.values())
    return {
        "sentences": n,
        "share": (sum(hit.values()) / n) if n else 0.0,
        "per_category": {c: {"sentences": total[c], "right_family": hit[c],
                             "share": hit[c] / total[c], "any_event": any_event[c],
                             "event_types": dict(types[c])} for c in sorted(total)},
        "roles": {r: {"marked": sum(c.values()), "right": c["right"], "swapped": c["swapped"],
                      "share_right": round(c["right"] / sum(c.values()), 3) if c else 0.0}
                  for r, c in roles.items()},
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.evaluation.universalpetrarch")
    ap.add_argument("path", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", action="store_true", help="print the sentences missed")
    args = ap.parse_args(argv)
    res = evaluate(args.path, args.limit)
    misses = res.pop("misses")
    print(json.dumps(res, ensure_ascii=False, indent=2))
    if args.misses:
        for m in misses:
            print(f"{m['category']}\t{','.join(m['got']) or '-'}\t{m['text'][:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
