"""A plain-text table for terminals: fitted to the terminal's width, with unresolved places and
dates marked (``?``) instead of hidden.

The article id goes first, then actors, place and type shrink together; below ~70 columns the
table keeps date, type, actor 1, location and fatalities only.
"""
from __future__ import annotations

import os
import shutil
import unicodedata
from typing import Iterable, TextIO

from hadath.types import Article, Event

# (header, minimum width, preferred width); the order is the print order
COLUMNS = (("date", 10, 10), ("p", 1, 1), ("event_type / sub_event_type", 14, 48), ("actor1", 10, 32),
           ("actor2", 8, 28), ("location", 12, 34), ("geo", 3, 3), ("fat.", 4, 5), ("article", 6, 18))
# the columns that give way (in proportion to their spare width) when the terminal is narrow,
# and then the ones dropped
SHRINK_ORDER = ("actor2", "actor1", "location", "event_type / sub_event_type")
DROP_ORDER = ("geo", "p", "actor2", "actor1")
UNRESOLVED_FLAGS = ("place_unresolved", "unplaced", "place_container", "region_fallback")


def display_width(s: str) -> int:
    """The columns ``s`` takes in a terminal (combining marks none, wide characters two)."""
    return sum(0 if unicodedata.combining(c) else (2 if unicodedata.east_asian_width(c) in "WF" else 1) for c in s)


def cut_to_width(s: str, n: int) -> str:
    """``s`` cut to ``n`` terminal columns, an ellipsis ending what was cut."""
    if display_width(s) <= n:
        return s
    out = ""
    for c in s:
        if display_width(out + c) > n - 1:
            break
        out += c
    return out + "…"


def unresolved_place(event: Event) -> bool:
    return event.latitude is None or any(f in UNRESOLVED_FLAGS for f in event.flags)


def _cells(event: Event) -> dict[str, str]:
    fat = str(event.fatalities) + ("~" if event.fatalities_estimate else "")
    loc = event.location or event.location_ar or "-"
    if event.location_ar and event.location and event.location_ar != event.location:
        loc = f"{event.location} ({event.location_ar})"
    if unresolved_place(event):
        loc = "? " + loc
    return {"article": event.article_id, "date": event.event_date.isoformat() if event.event_date else "?",
            "p": str(event.time_precision or "-"), "event_type / sub_event_type": f"{event.event_type} / {event.sub_event_type}",
            "actor1": event.actor1 or "-", "actor2": event.actor2 or "-", "location": loc,
            "geo": str(event.geo_precision or "-"), "fat.": fat}


def terminal_width(fh: TextIO | None = None) -> int | None:
    """$COLUMNS, else the terminal's width when writing to one; None (no limit) for a file or pipe."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    isatty = getattr(fh, "isatty", None) if fh is not None else None
    if fh is not None and not (isatty and isatty()):
        return None
    return shutil.get_terminal_size((120, 24)).columns


def fit(widths: dict[str, int], total: int) -> dict[str, int]:
    """Shrink, then drop, columns until the row fits in ``total`` characters."""
    mins = {h: m for h, m, _ in COLUMNS}
    widths = dict(widths)

    def used() -> int:
        return sum(widths.values()) + 2 * (len(widths) - 1)
    if used() > total:
        widths.pop("article", None)
    excess = used() - total
    slack = {n: widths[n] - mins[n] for n in SHRINK_ORDER if n in widths and widths[n] > mins[n]}
    if excess > 0 and slack:
        room = sum(slack.values())
        for n, sl in slack.items():  # every column gives way in proportion to what it can spare
            widths[n] -= min(sl, -(-excess * sl // room))
    for name in DROP_ORDER:
        if used() <= total:
            break
        widths.pop(name, None)
    return widths


def write_table(rows: Iterable[tuple[Event, Article | None]], fh: TextIO, width: int | None = None) -> int:
    data = [_cells(e) for e, _ in rows]
    prefer = {h: p for h, _, p in COLUMNS}
    natural = {h: max([display_width(h)] + [display_width(r[h]) for r in data]) for h, _, _ in COLUMNS}
    widths = {h: min(prefer[h], natural[h]) for h in natural}
    limit = width or terminal_width(fh)
    if limit:
        widths = fit(widths, limit)

    def line(cells: dict[str, str]) -> str:
        parts = []
        for h, w in widths.items():
            c = cut_to_width(cells[h], w)
            parts.append(c + " " * (w - display_width(c)))
        return "  ".join(parts).rstrip()
    fh.write(line({h: h for h in widths}) + "\n")
    fh.write("  ".join("-" * w for w in widths.values()) + "\n")
    for r in data:
        fh.write(line(r) + "\n")
    marks = sum(1 for r in data if r["location"].startswith("? ") or r["date"] == "?")
    note = f"; ? = place or date not resolved ({marks})" if marks else ""
    fh.write(f"({len(data)} event{'s' if len(data) != 1 else ''}{note}; p = time precision, geo = geo precision)\n")
    return len(data)
