"""Error kinds: why records go unmatched, why gold events are missed, and which kind of actor is
taken for which - counted over a gold set, with no record shown (``hadath eval --errors``).

A held-out split is looked at once per round; these counts say where the errors are without
reading a report of it. The matching is the lenient one (hadath.evaluation.score.lenient_pairs).

Unmatched predictions, by cause:
  on a negative report   the report has no gold event at all
  second record          a gold event of the report lies at its place (lenient km) on its day
                         (within a day), but is paired with another record or left to one
  place off              a gold event on its day, none at its place
  date off               a gold event at its place, none on its day
  place and date off     neither

Missed gold events, by cause (and event type):
  no record in report    the report has no record at all
  covered by another     a record at its place on its day stands for another gold event
  place off              a record on its day elsewhere only
  date off               a record at its place on another day only
  nothing near           records, none at its place or on its day

Actor kinds (ACLED's naming): none, military, police, civilians, protesters, rioters,
unidentified (Unidentified Armed Group), named (any other group)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping, Sequence

from hadath.evaluation.score import LENIENT_KM, field_agrees, lenient_pairs, place_agrees

ACTOR_KINDS = (("military", "Military Forces of"), ("police", "Police Forces of"),
               ("civilians", "Civilians"), ("protesters", "Protesters"), ("rioters", "Rioters"),
               ("unidentified", "Unidentified Armed Group"))


def actor_kind(name: Any) -> str:
    """The kind of an ACLED actor name (module docstring)."""
    text = str(name or "").strip()
    if not text:
        return "none"
    for kind, prefix in ACTOR_KINDS:
        if text.startswith(prefix):
            return kind
    return "named"


def _day(v: Any) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _same_day(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    return da is not None and db is not None and abs((da - db).days) <= 1


@dataclass
class ErrorKinds:
    unmatched: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    missed_by_type: Counter = field(default_factory=Counter)
    actors: dict[str, Counter] = field(default_factory=lambda: {"actor1": Counter(), "actor2": Counter()})
    fatalities: Counter = field(default_factory=Counter)

    def summary(self) -> dict[str, Any]:
        return {
            "unmatched_predictions": dict(self.unmatched),
            "missed_gold": dict(self.missed),
            "missed_gold_by_type": {f"{t} / {c}": n for (t, c), n in self.missed_by_type.most_common()},
            **{f"{f}_errors": {f"{g} -> {p}": n for (g, p), n in c.most_common()} for f, c in self.actors.items()},
            "fatalities": dict(self.fatalities),
        }


def _closeness(pairs: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]], lenient_km: float
               ) -> tuple[bool, bool, bool]:
    """Over (record, gold event) pairs: whether one pair agrees on place and day, whether one
    agrees on the day, whether one agrees on the place."""
    at = [place_agrees(p, g, lenient_km) for p, g in pairs]
    day = [_same_day(p, g) for p, g in pairs]
    return any(a and d for a, d in zip(at, day)), any(day), any(at)


def _unmatched_cause(pred: Mapping[str, Any], golds: Sequence[Mapping[str, Any]], lenient_km: float) -> str:
    if not golds:
        return "on a negative report"
    both, on_day, at_place = _closeness([(pred, g) for g in golds], lenient_km)
    if both:
        return "second record"
    if on_day:
        return "place off"
    return "date off" if at_place else "place and date off"


def _missed_cause(gold: Mapping[str, Any], preds: Sequence[Mapping[str, Any]], lenient_km: float) -> str:
    if not preds:
        return "no record in report"
    both, on_day, at_place = _closeness([(p, gold) for p in preds], lenient_km)
    if both:
        return "covered by another"
    if on_day:
        return "place off"
    return "date off" if at_place else "nothing near"


def _toll(v: Any) -> int:
    try:
        return int(v or 0)
    except (TypeError, ValueError):
        return 0


def _fatalities(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> str:
    p, g = _toll(pred.get("fatalities")), _toll(gold.get("fatalities"))
    if p == g:
        return "agree"
    if p == 0:
        return "predicted 0"
    if g == 0:
        return "gold 0"
    return "over" if p > g else "under"


def error_kinds(docs: Sequence[Any], preds: Mapping[str, list[Mapping[str, Any]]], km: float = 10.0,
                lenient_km: float = LENIENT_KM) -> ErrorKinds:
    """Count the error kinds of ``preds`` (records per article id) against gold ``docs``
    (hadath.evaluation.gold.GoldDoc)."""
    out = ErrorKinds()
    for doc in docs:
        golds = list(doc.events)
        records = preds.get(doc.article.id, [])
        pairs = lenient_pairs(golds, records, km, lenient_km)
        paired_p = {i for i, _ in pairs}
        paired_g = {j for _, j in pairs}
        for i, rec in enumerate(records):
            if i not in paired_p:
                out.unmatched[_unmatched_cause(rec, golds, lenient_km)] += 1
        for j, g in enumerate(golds):
            if j not in paired_g:
                cause = _missed_cause(g, records, lenient_km)
                out.missed[cause] += 1
                out.missed_by_type[(g.get("event_type") or "-", cause)] += 1
        for i, j in pairs:
            rec, g = records[i], golds[j]
            for f, counts in out.actors.items():
                if f in g and not field_agrees(f, rec, g, km):
                    counts[(actor_kind(g.get(f)), actor_kind(rec.get(f)))] += 1
            if "fatalities" in g:
                out.fatalities[_fatalities(rec, g)] += 1
    return out


def format_errors(kinds: Mapping[str, Any]) -> str:
    lines = ["error kinds (lenient matching; counts only)"]
    for title, key in (("unmatched predictions", "unmatched_predictions"), ("missed gold events", "missed_gold"),
                       ("missed gold by type / cause", "missed_gold_by_type"),
                       ("actor1 gold kind -> predicted kind", "actor1_errors"),
                       ("actor2 gold kind -> predicted kind", "actor2_errors"),
                       ("fatalities on pairs", "fatalities")):
        rows = kinds.get(key) or {}
        lines.append(f"  {title}: {sum(rows.values())}")
        for k, n in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"    {k:<50} {n:>4}")
    return "\n".join(lines)
