"""Checking merged events against the alert rules and firing their actions.

An alert belongs to one rule and one real-world event. The event's identity is the set of
event reports (store ids) merged into it: when a later report joins the event, the merged
cluster changes but its old members still point at the alert, so the event never alerts twice.
It alerts again (``"alert": "toll_raised"``) when the highest figure its sources give rises above
the toll last announced (the merged low/best/high travel with every alert). Actions run before the alert is recorded: a crash between the two
repeats an alert rather than losing it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Sequence

from hadath.watch.actions import ActionError
from hadath.watch.state import WatchState, utcnow

EVENT_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                "assoc_actor_2", "country", "admin1", "admin2", "location", "location_ar", "latitude",
                "longitude", "geo_precision", "fatalities_low", "fatalities_high", "fatalities_estimate",
                "injuries", "notes")


@dataclass
class AlertReport:
    fired: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def reported_toll(merged) -> int:
    """The toll an alert announces: the highest figure one of the event's sources gives (a later
    report raising the toll raises it), not the merged conservative best estimate."""
    return max(merged.figures) if merged.figures else (merged.event.fatalities or 0)


def _member_pks(merged) -> list[int]:
    return [int(k) for k in merged.members if str(k).isdigit()]


def alert_record(kind: str, rule, merged, previous: int | None, alert_key: str,
                 sources_meta: dict[str, dict], lead: dict | None) -> dict:
    """The JSON an action receives: what happened, where, the toll, every source and the evidence
    (``lead``: the stored record of the event's first report, with evidence texts)."""
    ev = merged.event
    out: dict[str, Any] = {"alert": kind, "rule": rule.name, "filter": rule.filter.text,
                           "fired_at": utcnow().isoformat(timespec="seconds"), "alert_key": alert_key,
                           "cluster_id": merged.cluster_id}
    event = {k: getattr(ev, k) for k in EVENT_FIELDS}
    event["event_date"] = ev.event_date.isoformat() if ev.event_date else None
    event["fatalities"] = reported_toll(merged)
    event["fatalities_best"] = merged.fatalities_best
    event["fatalities_low"], event["fatalities_high"] = merged.fatalities_low, merged.fatalities_high
    out["event"] = event
    if kind == "toll_raised":
        out["previous_fatalities"] = previous
    out["sources"] = [{"event_id": int(s.key) if str(s.key).isdigit() else s.key, "outlet": s.outlet, "url": s.url,
                       "published": s.published.isoformat() if s.published else None,
                       "fatalities": s.fatalities, **sources_meta.get(s.article_id, {})} for s in merged.sources]
    out["event_ids"] = _member_pks(merged)
    out["article_title"] = (lead or {}).get("article_title")
    out["evidence"] = (lead or {}).get("evidence") or {}
    return out


@dataclass
class _Plan:
    kind: str | None          # new | toll_raised | None (only new reports to remember)
    rule: Any
    merged: Any
    pks: list[int]
    toll: int
    known: dict | None


class Alerter:
    def __init__(self, store, state: WatchState, rules: Sequence[Any],
                 say: Callable[[str], None] = lambda m: None):
        self.store, self.state, self.rules, self.say = store, state, list(rules), say

    def _fire(self, rule, record: dict, report: AlertReport) -> None:
        errors = []
        for action in rule.actions:
            try:
                action(record)
            except ActionError as exc:
                errors.append(f"alert {rule.name}: {exc}")
        report.errors.extend(errors)
        for e in errors:
            self.say(f"error: {e}")
        report.fired.append(record)
        where = record["event"].get("location") or record["event"].get("admin1") or record["event"].get("country")
        self.say(f"alert {rule.name}: {record['alert']} {record['event']['event_type']} in {where}, "
                 f"{record['event']['fatalities']} killed ({len(record['sources'])} source(s))")

    def _plans(self, merged_events: Iterable[Any], since_pk: int) -> list[_Plan]:
        fresh = [(m, pks) for m in merged_events if (pks := _member_pks(m)) and max(pks) > since_pk]
        if not fresh or not self.rules:
            return []
        known = self.state.alerts_by_member([pk for _, pks in fresh for pk in pks])
        plans = []
        for merged, pks in fresh:
            toll = reported_toll(merged)
            event = replace(merged.event, fatalities=toll)
            for rule in self.rules:
                if not rule.filter.matches(event, merged.outlets):
                    continue
                rows = [known[(rule.name, pk)] for pk in pks if (rule.name, pk) in known]
                row = min(rows, key=lambda r: r["id"]) if rows else None
                if row is None:
                    plans.append(_Plan("new", rule, merged, pks, toll, None))
                elif toll > (row["fatalities"] or 0):
                    plans.append(_Plan("toll_raised", rule, merged, pks, toll, row))
                elif set(pks) - {pk for pk in pks if (rule.name, pk) in known}:
                    plans.append(_Plan(None, rule, merged, pks, toll, row))
        return plans

    def _leads(self, pks: list[int]) -> dict[int, dict]:
        """Stored records (with evidence texts) of the events alerts are about, in one go."""
        from hadath.store.query import load_records

        out: dict[int, dict] = {}
        with self.store.engine.connect() as conn:
            for i in range(0, len(pks), 500):
                out.update((r["id"], r) for r in load_records(conn, pks[i:i + 500]))
        return out

    def check(self, merged_events: Iterable[Any], since_pk: int, sources_meta: dict[str, dict] | None = None
              ) -> AlertReport:
        """Fire the rules on every merged event holding a report newer than ``since_pk``."""
        report = AlertReport()
        plans = self._plans(merged_events, since_pk)
        leads = self._leads(sorted({min(p.pks) for p in plans if p.kind}))
        saves = []
        for p in plans:
            key = p.known["alert_key"] if p.known else p.merged.cluster_id
            rec: dict = {}
            if p.kind:
                rec = alert_record(p.kind, p.rule, p.merged, p.known["fatalities"] if p.known else None, key,
                                   sources_meta or {}, leads.get(min(p.pks)))
                self._fire(p.rule, rec, report)
            saves.append({"rule": p.rule.name, "key": key, "cluster_id": p.merged.cluster_id,
                          "fatalities": p.toll if p.kind else p.known["fatalities"], "record": rec,
                          "event_pks": p.pks, "alert_id": p.known["id"] if p.known else None,
                          "fired": bool(p.kind)})
        self.state.save_alerts(saves)
        return report
