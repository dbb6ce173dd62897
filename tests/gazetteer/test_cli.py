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
