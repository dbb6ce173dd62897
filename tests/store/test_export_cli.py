"""`hadath export` reads the store and writes ACLED CSV, GeoJSON or Parquet, with filters."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.store import open_store
from hadath.types import ACLED_COLUMNS
from tests.store.store_factories import make_article, make_event


@pytest.fixture
def db(db_url):
    s = open_store(db_url)
    items = []
    for i, (country, day) in enumerate([("Syria", 1), ("Syria", 5), ("Iraq", 3), ("Yemen", 9)]):
        a = make_article(i)
        items.append((a, [make_event(a, country=country, event_date=date(2023, 2, day),
                                     event_type="Battles" if i % 2 else "Protests")]))
    s.add_many(items, "1.0")
    (first,) = s.events(country="Iraq")
    s.review(first["id"], "correct", reviewer="amal", fields={"fatalities": 11})
    s.close()
    return db_url


def run(*args):
    res = CliRunner().invoke(main, ["export", *args], catch_exceptions=False)
    return res


@pytest.mark.parametrize("args, expected", [
    ([], 4),
    (["--country", "Syria"], 2),
    (["--country", "Syria", "--country", "Iraq"], 3),
    (["--from", "2023-02-03", "--to", "2023-02-05"], 2),
    (["--event-type", "Battles"], 2),
    (["--event-type", "Riots"], 0),
])
def test_acled_csv(db, args, expected):
    res = run("--db", db, "--format", "acled-csv", *args)
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert len(rows) == expected
    header = res.output.splitlines()[0].split(",")
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS


def test_corrections_are_exported(db):
    res = run("--db", db, "--format", "acled-csv", "--country", "Iraq")
    (row,) = csv.DictReader(io.StringIO(res.output))
    assert row["fatalities"] == "11"


def test_geojson(db):
    res = run("--db", db, "--format", "geojson")
    fc = json.loads(res.output)
    assert len(fc["features"]) == 4 and fc["features"][0]["geometry"]["type"] == "Point"


def test_parquet(db, tmp_path):
    out = tmp_path / "e.parquet"
    res = run("--db", db, "--format", "parquet", "-o", str(out), "--country", "Syria")
    assert res.exit_code == 0, res.output
    t = pq.read_table(out)
    assert t.num_rows == 2 and tuple(t.column_names[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert set(t.column("country").to_pylist()) == {"Syria"}


@pytest.mark.parametrize("args, message", [
    (["--format", "parquet"], "needs -o"),
    (["--from", "last week"], "not a date"),
])
def test_usage_errors(db, args, message):
    res = CliRunner().invoke(main, ["export", "--db", db, *args])
    assert res.exit_code != 0 and message in res.output


def test_missing_store(tmp_path):
    res = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 1 and "no store" in res.output
