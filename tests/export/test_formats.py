from __future__ import annotations

import csv
import io
import json
from datetime import date

from hadath.export import writer
from hadath.export.acled_csv import COLUMNS
from hadath.types import ACLED_COLUMNS, Article, Event, Span

ART = Article(id="a1", text="قتل ثلاثة مدنيين في الرقة", url="https://example.org/a1", source="Example")
EV = Event(article_id="a1", event_type="Violence against civilians", sub_event_type="Attack",
           event_date=date(2023, 3, 11), time_precision=1, actor1="Unidentified Armed Group (Syria)",
           inter1=3, actor2="Civilians (Syria)", inter2=7, interaction=37, location="Ar-Raqqa",
           location_ar="الرقة", latitude=35.95, longitude=39.01, geo_precision=1, fatalities=3,
           fatalities_low=3, fatalities_high=3, country="Syria", iso=760,
           evidence={"trigger": (Span(0, 3),), "location": (Span(20, 25),)}, confidence={"event_type": 0.9})


def render(fmt):
    buf = io.StringIO()
    n = writer(fmt)([(EV, ART)], buf)
    assert n == 1
    return buf.getvalue()


def test_acled_csv_column_order():
    rows = list(csv.reader(io.StringIO(render("acled-csv"))))
    assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert rows[0] == list(COLUMNS)
    rec = dict(zip(rows[0], rows[1]))
    assert rec["disorder_type"] == "Political violence"
    assert rec["event_date"] == "2023-03-11" and rec["year"] == "2023"
    assert json.loads(rec["evidence"])["location"][0]["text"] == "الرقة"
    assert rec["source_url"] == "https://example.org/a1" and rec["source"] == "Example"


def test_geojson():
    fc = json.loads(render("geojson"))
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"]["coordinates"] == [39.01, 35.95]


def test_jsonl_and_table(monkeypatch):
    # a file gets the whole table; $COLUMNS (set by some runners, pytest-xdist among them) would
    # fit it to a terminal and cut the location
    monkeypatch.delenv("COLUMNS", raising=False)
    rec = json.loads(render("jsonl"))
    assert rec["fatalities_best"] == 3 and rec["evidence"]["trigger"][0]["text"] == "قتل"
    table = render("table")
    assert "Ar-Raqqa (الرقة)" in table and "(1 event;" in table


def test_untrusted_text_is_data():
    art = Article(id="x", text='<script>alert(1)</script>, "=cmd|x"')
    ev = Event(article_id="x", event_type="Protests", sub_event_type="Peaceful protest", notes='=HYPERLINK("x")',
               evidence={"trigger": (Span(0, 8),)})
    buf = io.StringIO()
    writer("acled-csv")([(ev, art)], buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert len(rows) == 2
    rec = dict(zip(rows[0], rows[1]))
    assert rec["notes"] == "'=HYPERLINK(\"x\")"
