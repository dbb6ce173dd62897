"""scripts/build_gazetteer.py: same inputs, same bytes (rows and index); Yemen rows get OCHA's
admin levels; the shipped index loads back row for row."""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from hadath.gazetteer import prebuilt
from hadath.gazetteer.data import places_extra
from tests.gazetteer.test_wof import row, write
from tests.gazetteer.test_yemen import HEAD, ROWS

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


CITIES = {"163843": {"geonameid": 163843, "name": "Kobani", "alternatenames": ["Kobani", "عين العرب"],
                     "countrycode": "SY", "latitude": 36.89, "longitude": 38.35, "population": 44821,
                     "admin1code": "09"},
          "70": {"geonameid": 70, "name": "Hays", "alternatenames": ["Hays", "حيس"], "countrycode": "YE",
                 "latitude": 13.93, "longitude": 43.48, "population": 9000, "admin1code": "08"}}
COUNTRIES = {"SY": {"name": "Syria", "capital": "Damascus", "isonumeric": 760, "continentcode": "AS",
                    "population": 22198110},
             "YE": {"name": "Yemen", "capital": "Sanaa", "isonumeric": 887, "continentcode": "AS",
                    "population": 23495361}}


def _shared(tmp_path):
    shared = tmp_path / "shared"
    (shared / "whosonfirst_arab").mkdir(parents=True)
    (shared / "yemen_cod_ab").mkdir()
    src = write(shared / "whosonfirst_arab", [
        row(2, "Sirrin", "صرين الشمالية", "صرين", 36.588123, 38.297, gn=164071),
        row(1, "Hays", "حيس", lat=13.94, lon=43.49, cc="YE", gn=7),
        row(3, "Hays bis", "حيس", lat=13.941, lon=43.491, cc="YE", gn=7),   # same GeoNames id
        row(4, "Old", "قديمة", dep="2020"),
    ])
    src.rename(shared / "whosonfirst_arab" / "wof_arab_admin_places.tsv.gz")
    (shared / "yemen_cod_ab" / "yem_cod_ab_adm1_3_centroids.tsv").write_text(
        HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    return shared


def test_rows_and_index_are_deterministic(tmp_path):
    shared = _shared(tmp_path)
    mod = _script()
    rows = {r.id: r for r in mod.arab_rows(shared, verbose=False)}
    assert list(rows) == sorted(rows)
    extra = {r["id"] for r in places_extra()}   # the package's own records (places_extra.tsv)
    assert extra and set(rows) == {"wof:1", "wof:2", "ocha:YE:YE1819", "ocha:YE:YE1824",
                                   "ocha:YE:YE181921", "ocha:YE:YE181922"} | extra
    assert rows["wof:1"].alt == ("Hays bis",)  # one record per GeoNames id, names kept
    assert (rows["wof:1"].admin2, rows["wof:1"].admin3) == ("Hays", "Hays")
    assert rows["ocha:YE:YE1819"].fclass == "admin2" and "مديرية حيس" in rows["ocha:YE:YE1819"].alt
    assert rows["wof:2"].lat == 36.58812   # as the rows' TSV gives it back
    inputs = mod.index_inputs(shared)
    assert set(inputs["sources"]) == {mod.WOF_FILE, mod.YEMEN_FILE}
    outs, digests = [], []
    for k in range(2):
        out = tmp_path / f"index{k}.xz"
        digests.append(mod.write_index(list(rows.values()), out, inputs, CITIES, COUNTRIES))
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and digests[0] == digests[1]
    assert digests[0]["places"] > len(rows)   # + countries, admin1 units and towns
    db = tmp_path / "loaded.sqlite"
    assert prebuilt.load(db, tmp_path / "index0.xz")["inputs"] == inputs
    assert prebuilt.digest(db) == digests[0]
    with sqlite3.connect(db) as con:
        ids = {i for (i,) in con.execute("SELECT id FROM places")}
    assert {"wof:2", "ocha:YE:YE1819", "gn:163843", "country:SY"} <= ids
    assert "wof:1" not in ids   # Hays of WOF is the cities500 town (same place, one entry)


def test_missing_shared_data_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        _script().main(["--shared", str(tmp_path), "--out", str(tmp_path / "out")])
    assert exc.value.code == 2
    assert "wof_arab_admin_places.tsv.gz: not found" in capsys.readouterr().err
