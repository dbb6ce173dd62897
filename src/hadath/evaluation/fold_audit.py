"""Audit of the fold rules (issue #9: one record per act): which rule folded which two records,
and was the fold right by the gold.

Every fold of two records in hadath goes through one of three primitives: ``absorb``
(hadath.reconcile.rules), ``continue_event`` and ``merged_evidence`` (hadath.events.records).
``FoldLog`` wraps them for the time of a ``with`` block - in every loaded hadath module that
imported them by name - and notes each outermost call: the rule (the first caller outside the
primitives), the two records before the fold and the record after. Output does not change.

``label`` compares a fold with a report's gold events by the lenient matching of the scorer
(day within 1, place within 50 km or the same name): WRONG when the two records would each
have been paired with a different gold event (their best lenient matches differ), RIGHT when
both best match the same gold event, NEUTRAL otherwise (either matches none). Records folded
in the events stage have no coordinates yet: they match by place name only.

    python -m hadath.evaluation.fold_audit GOLD.jsonl [--split dev] [--skip-every 4] [--list]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from hadath.types import Event

PRIMITIVES = (("hadath.reconcile.rules", "absorb"), ("hadath.events.records", "continue_event"),
              ("hadath.events.records", "merged_evidence"))
_SKIP_FUNCS = {"absorb", "continue_event", "merged_evidence", "wrapper", "_without_a_fight"}


@dataclass
class Fold:
    doc_id: str
    rule: str
    primitive: str
    keep: Event
    gone: Event
    after: Event | None


def _rule_name() -> str:
    f = sys._getframe(2)
    while f is not None:
        mod = f.f_globals.get("__name__", "")
        if f.f_code.co_name not in _SKIP_FUNCS and mod != __name__:
            return f"{mod.rsplit('.', 1)[-1]}.{f.f_code.co_name}:{f.f_lineno}"
        f = f.f_back
    return "?"


class FoldLog:
    """``with FoldLog() as log: log.doc_id = ...; pipeline(article)`` - ``log.folds`` after."""

    def __init__(self) -> None:
        self.folds: list[Fold] = []
        self.doc_id = ""
        self._depth = 0
        self._undo: list[tuple[Any, str, Callable]] = []

    def _wrap(self, name: str, fn: Callable) -> Callable:
        def wrapper(keep, gone, *args, **kwargs):
            self._depth += 1
            try:
                out = fn(keep, gone, *args, **kwargs)
            finally:
                self._depth -= 1
            if self._depth == 0:
                self.folds.append(Fold(self.doc_id, _rule_name(), name, keep, gone,
                                       out if isinstance(out, Event) else None))
            return out
        return wrapper

    def __enter__(self) -> "FoldLog":
        import importlib
        originals = {}
        for mod_name, fn_name in PRIMITIVES:
            originals[fn_name] = getattr(importlib.import_module(mod_name), fn_name)
        wrapped = {n: self._wrap(n, fn) for n, fn in originals.items()}
        for mod in list(sys.modules.values()):
            if not getattr(mod, "__name__", "").startswith("hadath."):
                continue
            for n, fn in originals.items():
                if getattr(mod, n, None) is fn:
                    self._undo.append((mod, n, fn))
                    setattr(mod, n, wrapped[n])
        return self

    def __exit__(self, *exc) -> None:
        for mod, n, fn in self._undo:
            setattr(mod, n, fn)
        self._undo.clear()


def _record(ev: Event) -> dict[str, Any]:
    return {"event_date": ev.event_date.isoformat() if ev.event_date else None,
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "actor1": ev.actor1, "actor2": ev.actor2, "location": ev.location,
            "location_ar": ev.location_ar, "latitude": ev.latitude, "longitude": ev.longitude,
            "fatalities": ev.fatalities}


def best_gold(ev: Event, golds: Sequence[Mapping[str, Any]]) -> int | None:
    """The gold event the record would be paired with (lenient agreement, best first)."""
    from hadath.evaluation.score import LENIENT_KM, _lenient_agreement, lenient_agrees
    rec = _record(ev)
    cands = [(_lenient_agreement(rec, g, LENIENT_KM), -i, i) for i, g in enumerate(golds)
             if lenient_agrees(rec, g, LENIENT_KM)]
    return max(cands)[2] if cands else None


def label(fold: Fold, golds: Sequence[Mapping[str, Any]]) -> str:
    a, b = best_gold(fold.keep, golds), best_gold(fold.gone, golds)
    if a is None or b is None:
        return "NEUTRAL"
    return "RIGHT" if a == b else "WRONG"


def brief(ev: Event | None) -> str:
    if ev is None:
        return "-"
    return f"{ev.event_date} {ev.sub_event_type} | {ev.actor1} / {ev.actor2} | {ev.location_ar or ev.location} " \
           f"| toll {ev.fatalities}"


def audit(docs, pipeline) -> list[tuple[Fold, str]]:
    out: list[tuple[Fold, str]] = []
    with FoldLog() as log:
        for doc in docs:
            log.doc_id = doc.article.id
            start = len(log.folds)
            pipeline(doc.article)
            out.extend((f, label(f, doc.events)) for f in log.folds[start:])
    return out


def table(labelled: Sequence[tuple[Fold, str]]) -> str:
    counts: dict[str, Counter] = defaultdict(Counter)
    for f, lab in labelled:
        counts[f.rule][lab] += 1
    lines = [f"{'rule':44} {'WRONG':>6} {'RIGHT':>6} {'NEUTRAL':>8}"]
    for rule, c in sorted(counts.items(), key=lambda kv: (-kv[1]["WRONG"], kv[0])):
        flag = "  <-- WRONG > RIGHT" if c["WRONG"] > c["RIGHT"] else ""
        lines.append(f"{rule:44} {c['WRONG']:6} {c['RIGHT']:6} {c['NEUTRAL']:8}{flag}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from hadath import load
    from hadath.evaluation.gold import load_gold, select_split
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("gold")
    p.add_argument("--split", choices=("dev",), default=None, help="news_dev: the dev split only")
    p.add_argument("--skip-every", type=int, default=0,
                   help="leave out every N-th report in sorted id order (a clean part: index %% N == N-1)")
    p.add_argument("--list", action="store_true", help="print each fold with its label")
    args = p.parse_args(argv)
    docs = select_split(load_gold(args.gold), args.split)
    if args.skip_every:
        ids = sorted(d.article.id for d in docs)
        clean = {i for k, i in enumerate(ids) if k % args.skip_every == args.skip_every - 1}
        docs = [d for d in docs if d.article.id not in clean]
    labelled = audit(docs, load())
    if args.list:
        for f, lab in labelled:
            print(f"{lab:7} {f.rule} [{f.doc_id}]\n  keep  {brief(f.keep)}\n  gone  {brief(f.gone)}\n"
                  f"  after {brief(f.after)}")
    print(table(labelled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
