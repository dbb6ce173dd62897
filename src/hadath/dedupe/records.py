"""Rows (store.events() dicts, export records) <-> merge Reports."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, Iterable, Mapping

from hadath.dedupe.merge import Report
from hadath.types import Article, Event, Place, PlaceRef, Span

_EVENT_FIELDS = {f.name for f in dataclasses.fields(Event)} - {"place", "evidence", "confidence", "flags"}
_KEY_NAMES = ("pk", "event_pk", "id", "event_id")


def _date(v: Any) -> date | None:
    if isinstance(v, date):
        return v
    if isinstance(v, str) and len(v) >= 10:
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def _evidence(v: Any) -> dict[str, tuple[Span, ...]]:
    out: dict[str, tuple[Span, ...]] = {}
    if isinstance(v, Mapping):
        for k, spans in v.items():
            items = []
            for s in spans or ():
                if isinstance(s, Span):
                    items.append(s)
                elif isinstance(s, Mapping) and "start" in s:
                    items.append(Span(int(s["start"]), int(s["end"])))
                elif isinstance(s, (list, tuple)) and len(s) == 2:
                    items.append(Span(int(s[0]), int(s[1])))
            out[str(k)] = tuple(items)
    return out


def row_to_event(row: Mapping[str, Any]) -> Event:
    kw = {k: row[k] for k in _EVENT_FIELDS if k in row}
    kw["article_id"] = str(row.get("article_id") or row.get("article") or "")
    kw["event_type"] = row.get("event_type") or ""
    kw["sub_event_type"] = row.get("sub_event_type") or ""
    kw["event_date"] = _date(row.get("event_date"))
    if kw.get("fatalities") is None:
        kw["fatalities"] = row.get("fatalities_best") or 0
    if row.get("place_id"):
        lat, lon = row.get("latitude"), row.get("longitude")
        kw["place"] = PlaceRef(name=row.get("location") or "", place=Place(
            id=str(row["place_id"]), name=row.get("location") or "", feature_class="",
            country=row.get("country") or "", country_code="", latitude=float(lat or 0), longitude=float(lon or 0)))
    flags = row.get("flags") or ()
    return Event(**kw, evidence=_evidence(row.get("evidence")), flags=tuple(flags) if not isinstance(flags, str) else (flags,))


def report_from_row(row: Mapping[str, Any], index: int = 0) -> Report:
    ev = row_to_event(row)
    key = next((row[k] for k in _KEY_NAMES if row.get(k) not in (None, "")), None)
    return Report(
        key=str(key) if key is not None else f"{ev.article_id}#{index}", event=ev,
        url=row.get("source_url") or row.get("url"), outlet=row.get("source") or row.get("outlet"),
        published=_date(row.get("published") or row.get("article_published")),
        text=row.get("notes") or row.get("sentence"),
    )


def reports_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Report]:
    per_article: dict[str, int] = {}
    out = []
    for row in rows:
        aid = str(row.get("article_id") or "")
        i = per_article.get(aid, 0)
        per_article[aid] = i + 1
        out.append(report_from_row(row, i))
    return out


def reports_from_events(pairs: Iterable[tuple[Article, Iterable[Event]]]) -> list[Report]:
    """Reports from extraction output (article, its events); keys are ``article_id#n``."""
    out = []
    for article, events in pairs:
        for i, ev in enumerate(events):
            text = None
            spans = ev.evidence.get("trigger") or ()
            if spans:
                s = spans[0]
                text = article.text[max(0, s.start - 150): s.end + 150]
            out.append(Report(key=f"{article.id}#{i}", event=ev, url=article.url, outlet=article.source,
                              published=article.published, text=text))
    return out
