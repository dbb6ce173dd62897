"""A plain-text table for terminals (Arabic location names shown as given)."""
from __future__ import annotations

import unicodedata
from typing import Iterable, TextIO

from hadath.types import Article, Event

HEADER = ("article", "date", "prec", "event_type / sub_event_type", "actor1", "actor2", "location", "geo", "fat.")


def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(c) else (2 if unicodedata.east_asian_width(c) in "WF" else 1) for c in s)


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _row(event: Event) -> tuple[str, ...]:
    fat = str(event.fatalities) + ("~" if event.fatalities_estimate else "")
    loc = event.location or event.location_ar or "-"
    if event.location_ar and event.location and event.location_ar != event.location:
        loc = f"{event.location} ({event.location_ar})"
    return (
        _cut(event.article_id, 18),
        event.event_date.isoformat() if event.event_date else "?",
        str(event.time_precision or "-"),
        _cut(f"{event.event_type} / {event.sub_event_type}", 48),
        _cut(event.actor1 or "-", 32),
        _cut(event.actor2 or "-", 28),
        _cut(loc, 30),
        str(event.geo_precision or "-"),
        fat,
    )


def write_table(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    data = [_row(e) for e, _ in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in data]) for i, h in enumerate(HEADER)]
    def line(cells):
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()
    fh.write(line(HEADER) + "\n")
    fh.write("  ".join("-" * w for w in widths) + "\n")
    for r in data:
        fh.write(line(r) + "\n")
    fh.write(f"({len(data)} event{'s' if len(data) != 1 else ''})\n")
    return len(data)
