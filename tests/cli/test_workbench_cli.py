"""The analyst's command line: ``hadath stats``, a table that fits the terminal and marks what
was not resolved, plain CSV apart from ACLED CSV, --excel, refusing a missing database, help
with examples."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.export import writer
from hadath.types import Article, Event


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from hadath.store import open_store
    from tests.store.store_factories import make_article, make_event

    path = str(tmp_path_factory.mktemp("cli") / "cli.sqlite")
    store = open_store(path)
    items = []
    for i, (country, etype, sub, day) in enumerate([
            ("Syria", "Battles", "Armed clash", date(2024, 1, 3)), ("Syria", "Battles", "Armed clash", date(2024, 1, 20)),
            ("Iraq", "Protests", "Peaceful protest", date(2024, 2, 5))]):
        a = make_article(i)
        items.append((a, [make_event(a, country=country, event_type=etype, sub_event_type=sub, event_date=day,
                                     fatalities=i * 2)]))
    store.add_many(items, "1.0")
    store.close()
    return path


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env)


def test_stats_table_and_csv(db):
    res = run("stats", "--db", db, "--by", "country", "--by", "month")
    assert res.exit_code == 0, res.output
    assert "3 events match, 6 fatalities" in res.output
    assert "Syria" in res.output and "2024-01" in res.output and "2024-02" in res.output
    out = run("stats", "--db", db, "--by", "event_type", "--format", "csv", "--country", "syria")
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert rows == [{"group": "event_type", "key": "Battles", "events": "2", "fatalities": "2"}]
    actor = run("stats", "--db", db, "--by", "actor", "--limit", "1")
    assert actor.exit_code == 0 and "Islamic State (Syria)" in actor.output


def test_stats_and_export_refuse_a_missing_database(tmp_path):
    for cmd in (["stats"], ["export"], ["serve"]):
        res = run(*cmd, "--db", str(tmp_path / "typo.sqlite"))
        assert res.exit_code != 0 and "no store" in res.output
    assert not (tmp_path / "typo.sqlite").exists()


def test_export_without_matches_says_so(db, tmp_path):
    res = run("export", "--db", db, "--country", "Atlantis", "-o", str(tmp_path / "e.csv"))
    assert res.exit_code == 0
    assert "wrote 0 events" in res.output and "no events match" in res.output and "Syria" in res.output


def test_export_by_iso_code(db, tmp_path):
    out = tmp_path / "syr.csv"
    res = run("export", "--db", db, "--country", "SYR", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0 and "no events match" not in res.output
    by_name = run("export", "--db", db, "--country", "syria", "--format", "csv").output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) > 1 and out.read_text(encoding="utf-8") == by_name
    assert run("stats", "--db", db, "--country", "sy", "--format", "csv").output == \
        run("stats", "--db", db, "--country", "Syria", "--format", "csv").output


def test_excel_bom_and_plain_csv(db, tmp_path):
    out = tmp_path / "x.csv"
    assert run("export", "--db", db, "--format", "csv", "--excel", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    plain = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    acled = list(csv.reader(io.StringIO(run("export", "--db", db, "--format", "acled-csv").output)))
    assert plain[0] != acled[0] and "evidence" not in plain[0] and "location_ar" in plain[0]
    assert len(plain) == len(acled) == 4
    assert not run("export", "--db", db).output.startswith("\ufeff")
    assert run("export", "--db", db, "--format", "geojson", "--excel").exit_code != 0


def _events():
    art = Article(id="a-very-long-article-identifier", text="x")
    good = Event(article_id=art.id, event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", event_date=date(2024, 3, 1), time_precision=1,
                 actor1="Military Forces of Syria (2000-2024)", actor2="Civilians (Syria)", location="Ma'arrat al-Nu'man",
                 location_ar="معرة النعمان", latitude=35.6, longitude=36.7, geo_precision=1, fatalities=4)
    lost = Event(article_id=art.id, event_type="Battles", sub_event_type="Armed clash", event_date=None,
                 location_ar="سارين", flags=("place_unresolved",), fatalities=0)
    return [(good, art), (lost, art)]


@pytest.mark.parametrize("width", [60, 80, 100, 200])
def test_table_fits_the_terminal_and_marks_unresolved(width):
    buf = io.StringIO()
    writer("table")(_events(), buf, width=width)
    lines = buf.getvalue().splitlines()
    assert all(len(line) <= width for line in lines[:-1]), (width, lines)
    lost = lines[3]
    assert lost.startswith("?") and "? " in lost  # date and place not resolved, marked
    assert "not resolved" in lines[-1]
    if width >= 200:
        assert "a-very-long-artic" in buf.getvalue()


def test_help_has_examples():
    for cmd in ("extract", "export", "stats", "serve"):
        res = run(cmd, "--help")
        assert res.exit_code == 0 and "Examples:" in res.output and f"hadath {cmd}" in res.output
        examples = res.output.split("Examples:")[1].strip().splitlines()
        assert "\\b" not in res.output and all("hadath " in line.split("#")[0] for line in examples), \
            f"{cmd}: the examples are not one per line"
