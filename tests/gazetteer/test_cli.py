"""`hadath gazetteer` commands on the small code-built index."""
from __future__ import annotations

import json

from click.testing import CliRunner

from hadath.cli import main


def test_search_import_info(tmp_path, small_paths, monkeypatch):
    monkeypatch.setenv("HADATH_CACHE", str(tmp_path))
    monkeypatch.setenv("HADATH_USER_GAZETTEER", str(tmp_path / "user-gazetteer.sqlite"))
    base = str(small_paths[0])
    r = CliRunner().invoke(main, ["gazetteer", "search", "الطبقة", "--gazetteer", base, "--json"])
    assert r.exit_code == 0, r.output
    assert [c["id"] for c in json.loads(r.output)][:2] == ["gn:172374", "test:tabqa-hasakeh"]
    csv = tmp_path / "mine.csv"
    csv.write_text("name,name_ar,country_code,latitude,longitude\nSarrin,صرين,SY,36.5859,38.3009\n",
                   encoding="utf-8")
    r = CliRunner().invoke(main, ["gazetteer", "import", "csv", str(csv), "--gazetteer", base])
    assert r.exit_code == 0 and "1 places written" in r.output, r.output
    r = CliRunner().invoke(main, ["gazetteer", "search", "سارين", "--gazetteer", base])
    assert r.exit_code == 0 and "Sarrin" in r.output and "~0.82" in r.output, r.output
    r = CliRunner().invoke(main, ["gazetteer", "info", "--gazetteer", base])
    assert r.exit_code == 0 and "user-gazetteer.sqlite" in r.output


def test_import_wof_extract(tmp_path, small_paths, monkeypatch):
    """``hadath gazetteer import wof``: a flattened WOF TSV (gzip) into a user index; admin1
    from the region's Arabic name, admin2 from the county; deprecated rows left out; a file
    that is not a WOF extract is an error naming it."""
    from tests.gazetteer.test_wof import row, write
    monkeypatch.setenv("HADATH_CACHE", str(tmp_path))
    base = str(small_paths[0])
    tsv = write(tmp_path, [row(1293374507, "Sirrin", "صرين الشمالية", "صرين", 36.58838, 38.29788,
                               gn=164071, latin="Sarrine"),
                           row(2, "Old", "قديمة", dep="2019")])
    db = tmp_path / "mine.sqlite"
    r = CliRunner().invoke(main, ["gazetteer", "import", "wof", str(tsv), "--gazetteer", base,
                                  "--db", str(db)])
    assert r.exit_code == 0 and "1 places written" in r.output, r.output
    r = CliRunner().invoke(main, ["gazetteer", "search", "صرين", "--gazetteer", base, "--user-db",
                                  str(db), "--json", "--no-fuzzy"])
    got = json.loads(r.output)
    assert [(c["id"], c["admin1"], c["class"]) for c in got] == [("wof:1293374507", "Aleppo", "populated_place")]
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["gazetteer", "import", "wof", str(bad), "--gazetteer", base,
                                  "--db", str(db)])
    assert r.exit_code != 0 and "bad.tsv" in r.output + str(r.exception)
