"""CSV writers.

``acled-csv``: ACLED's columns in ACLED's order, then hadath's (evidence and confidence as JSON),
for loading wherever ACLED data is loaded. ``csv``: a plain table for reading and spreadsheets —
one row per event with the columns an analyst reads (Arabic place name and source URL included),
no JSON cells.
"""
from __future__ import annotations

import csv
from typing import Iterable, TextIO

from hadath.export.records import HADATH_COLUMNS, flat, numbered, to_record
from hadath.types import ACLED_COLUMNS, Article, Event

COLUMNS = ACLED_COLUMNS + HADATH_COLUMNS
PLAIN_COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                 "admin1", "location", "location_ar", "latitude", "longitude", "geo_precision", "fatalities",
                 "fatalities_low", "fatalities_high", "injuries", "source", "source_url", "notes")


def _write(rows: Iterable[tuple[Event, Article | None]], fh: TextIO, columns: tuple[str, ...]) -> int:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for i, (event, article) in numbered(rows):
        rec = to_record(event, article, i)
        w.writerow([flat(rec[c]) for c in columns])
        n += 1
    return n


def write_acled_csv(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    return _write(rows, fh, COLUMNS)


def write_csv(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    return _write(rows, fh, PLAIN_COLUMNS)
