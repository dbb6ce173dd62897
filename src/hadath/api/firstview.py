"""The dashboard's first view in the page itself: the answers ``web/static/view.js`` would ask
the API for on load (the table's page, the totals, the timeline, the facets, the Arabic names),
computed while the page is served and written into it as a JSON data block. The browser then
draws the first view without waiting for five requests (which, on a first visit, queue with
the page's scripts and styles on the browser's six connections).

The view is read from the page's URL as view.js reads it (the first value of each known
parameter). Anything this module does not accept exactly as the API would (a malformed date, an
unknown sort, a value over 200 characters, a filter the store refuses) embeds nothing: the page
then asks the API, which answers with its own error. The JSON is written with ``<``, ``>`` and
``&`` escaped, so no stored text can close the block or open markup.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any, Callable, Mapping

# web/static/view.js: FILTERS and VIEW (the dashboard's state in its URL)
FILTERS = ("from", "to", "country", "admin1", "event_type", "sub_event_type", "actor", "fatalities_min",
           "fatalities_max", "status", "source", "q", "bbox", "raw")
VIEW = ("sort", "order", "page", "bin", "lang")
PAGE = 50          # view.js: PAGE
FACETS_LIMIT = 40  # view.js: requests().facets
STATUSES = ("machine", "accepted", "corrected", "rejected", "any")
BINS = ("auto", "day", "week", "month")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"\d{1,8}")
MAX_VALUE = 200    # the API's max_length for these parameters

Answer = Callable[..., Any]


class NotEmbedded(ValueError):
    """The URL's view is one the page leaves to the API (it reports the error, if any)."""


def read_view(query) -> dict[str, str]:
    """The view in the URL, as view.js's ``read``: the first non-empty value of each key."""
    out: dict[str, str] = {}
    for key in FILTERS + VIEW:
        values = query.getlist(key) if hasattr(query, "getlist") else [query.get(key)]
        if values and values[0]:
            out[key] = values[0]
    return out


def _day(v: str) -> date:
    if not _DAY.fullmatch(v):
        raise NotEmbedded(v)
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise NotEmbedded(v) from None


def _count(v: str, top: int) -> int:
    if not _COUNT.fullmatch(v) or not 0 <= int(v) <= top:
        raise NotEmbedded(v)
    return int(v)


def event_filters(view: Mapping[str, str]) -> dict[str, Any]:
    """The keyword arguments of ``app.event_filters`` for the view (view.js's ``params``)."""
    if any(len(v) > MAX_VALUE for v in view.values()):
        raise NotEmbedded("a value over the API's length limit")
    kw: dict[str, Any] = {"merged": not view.get("raw")}
    if "from" in view:
        kw["date_from"] = _day(view["from"])
    if "to" in view:
        kw["date_to"] = _day(view["to"])
    for key in ("country", "admin1", "event_type", "sub_event_type", "source"):
        if key in view:
            kw[key] = [view[key]]
    for key in ("actor", "q", "bbox"):
        if key in view:
            kw[key] = view[key]
    for key in ("fatalities_min", "fatalities_max"):
        if key in view:
            kw[key] = _count(view[key], 10_000_000)
    if "status" in view:
        if view["status"] not in STATUSES:
            raise NotEmbedded(view["status"])
        kw["status"] = [view["status"]]
    return kw


def page_args(view: Mapping[str, str], sorts) -> dict[str, Any]:
    """The table's page as view.js asks for it (``requests().events``)."""
    sort, order = view.get("sort", "event_date"), view.get("order", "desc")
    if sort not in sorts or order not in ("asc", "desc"):
        raise NotEmbedded(f"{sort} {order}")
    page = _count(view.get("page", "1"), 1_000_000)
    if page < 1:
        raise NotEmbedded("page 0")
    return {"limit": PAGE, "page": page, "sort": sort, "order": order}


def answers(query, *, filters: Answer, events: Answer, stats: Answer, timeline: Answer, facets: Answer,
            vocab: Answer, sorts) -> dict[str, Any] | None:
    """The first view's answers keyed as view.js's ``requests`` (plus ``vocab``), with the view
    they are for; None when the page should leave it to the API."""
    view = read_view(query)
    try:
        f = filters(**event_filters(view))
        page = page_args(view, sorts)
        bin = view.get("bin", "auto")
        if bin not in BINS:
            raise NotEmbedded(bin)
        return {"view": view, "answers": {
            "events": events(f, **page), "stats": stats(f), "timeline": timeline(f, bin=bin),
            "facets": facets(f, limit=FACETS_LIMIT), "vocab": vocab()}}
    except Exception:  # noqa: BLE001 - a view the API will answer (or refuse) itself
        return None


def data_block(first: dict[str, Any] | None) -> str:
    """The HTML data block view.js reads (``#hadath-first``); empty without a first view."""
    if first is None:
        return ""
    text = json.dumps(first, ensure_ascii=False, separators=(",", ":"), default=str)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="hadath-first">{text}</script>'
