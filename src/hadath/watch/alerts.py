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


def alert_record(kind: str, rule, merged, store, previous: int | None, alert_key: str,
                 sources_meta: dict[str, dict]) -> dict:
    """The JSON an action receives: what happened, where, the toll, every source and the evidence."""
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
    lead = _member_pks(merged)
    if lead:
        out["event_ids"] = lead
        try:
            rec = store.event(min(lead))
            out["evidence"] = rec.get("evidence") or {}
            out["article_title"] = rec.get("article_title")
        except Exception:  # noqa: BLE001 - the alert goes out without its evidence rather than not at all
            out["evidence"] = {}
    return out


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

    def check(self, merged_events: Iterable[Any], since_pk: int, sources_meta: dict[str, dict] | None = None
              ) -> AlertReport:
        """Fire the rules on every merged event holding a report newer than ``since_pk``."""
        report = AlertReport()
        meta = sources_meta or {}
        for merged in merged_events:
            pks = _member_pks(merged)
            if not pks or max(pks) <= since_pk:
                continue
            toll = reported_toll(merged)
            event = replace(merged.event, fatalities=toll)
            for rule in self.rules:
                if not rule.filter.matches(event, merged.outlets):
                    continue
                known = self.state.alert_for(rule.name, pks)
                if known is None:
                    rec = alert_record("new", rule, merged, self.store, None, merged.cluster_id, meta)
                    self._fire(rule, rec, report)
                    self.state.save_alert(rule.name, merged.cluster_id, merged.cluster_id, toll, rec, pks)
                elif (toll or 0) > (known["fatalities"] or 0):
                    rec = alert_record("toll_raised", rule, merged, self.store, known["fatalities"], known["alert_key"],
                                       meta)
                    self._fire(rule, rec, report)
                    self.state.save_alert(rule.name, known["alert_key"], merged.cluster_id, toll, rec, pks,
                                          alert_id=known["id"])
                else:  # the same event, no higher toll: remember the new reports, stay quiet
                    self.state.save_alert(rule.name, known["alert_key"], merged.cluster_id, known["fatalities"],
                                          {}, pks, alert_id=known["id"], fired=False)
        return report
