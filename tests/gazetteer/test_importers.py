"""Importers: OCHA (the shared Syrian list, by path), CSV (documented format), GeoNames dump."""
from __future__ import annotations

import pytest

from hadath.errors import InputError
from hadath.gazetteer.importers import AdminResolver
from hadath.gazetteer.importers.csv_list import read_csv_list
from hadath.gazetteer.importers.geonames import read_geonames
from hadath.gazetteer.importers.ocha import read_ocha
from hadath.gazetteer.keys import name_key


def test_ocha_syrian_list(shared_data, small_gz):
    path = shared_data / "syrianarchive_gazetteer" / "sy_locations_ocha_communities.json"
    if not path.exists():
        pytest.skip("OCHA community list not in shared data")
    recs = list(read_ocha(path, AdminResolver(small_gz)))
    assert len(recs) == 5975  # those with coordinates
    sarrin = [r for r in recs if r.name_ar == "صرين"]
    assert sarrin and abs(sarrin[0].latitude - 36.586) < 0.05 and sarrin[0].admin2
    assert {r.source for r in recs} == {"ocha"}


def test_ocha_csv(tmp_path, small_gz):
    p = tmp_path / "ocha.csv"
    p.write_text("admin0Pcode,admin1Name_en,admin1Name_ar,admin2Name_en,admin4Name_en,admin4Name_ar,"
                 "admin4Pcode,latitude,longitude\nSY,Aleppo,حلب,Ain Al Arab,Sarrin,صرين,C1990,36.58,38.30\n",
                 encoding="utf-8")
    (r,) = read_ocha(p, AdminResolver(small_gz))
    assert (r.id, r.name_ar, r.admin1, r.admin2, r.country) == ("ocha:SY:C1990", "صرين", "Aleppo",
                                                               "Ain Al Arab", "Syria")


def test_csv_list(tmp_path, small_gz):
    p = tmp_path / "mine.csv"
    p.write_text("name,name_ar,alt_names,feature_class,country_code,latitude,longitude\n"
                 "Rukban camp,مخيم الركبان,الركبان|Rukban,camp,SY,33.30,38.68\n", encoding="utf-8")
    (r,) = read_csv_list(p, AdminResolver(small_gz))
    assert r.feature_class == "camp" and "الركبان" in r.names and r.country == "Syria"


@pytest.mark.parametrize("row,msg", [
    ("name,country_code,latitude,longitude\nX,SY,abc,1\n", "numbers"),
    ("name,country_code,latitude,longitude\nX,SY,95,1\n", "out of range"),
    ("name,latitude,longitude\nX,1,1\n", "country_code"),
    ("name,country_code,latitude,longitude,feature_class\nX,SY,1,1,castle\n", "feature_class"),
])
def test_csv_list_errors_name_the_line(tmp_path, small_gz, row, msg):
    p = tmp_path / "bad.csv"
    p.write_text(row, encoding="utf-8")
    with pytest.raises(InputError, match=msg):
        list(read_csv_list(p, AdminResolver(small_gz)))


def test_geonames_dump_with_alternate_names(tmp_path, small_gz):
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join(["9999901", "Sarrin", "Sarrin", "Sarin", "36.5859", "38.3009", "P", "PPL",
                               "SY", "", "09", "", "", "", "0", "", "350", "Asia/Damascus", "2020-01-01"])
                    + "\n" + "\t".join(["9999902", "Jabal X", "Jabal X", "", "36", "38", "T", "MT", "SY",
                                        "", "09", "", "", "", "0", "", "", "", ""]) + "\n",
                    encoding="utf-8")
    alt = tmp_path / "alt.txt"
    alt.write_text("1\t9999901\tar\tصرين\t\t\t\t\t\t\n", encoding="utf-8")
    recs = list(read_geonames(dump, AdminResolver(small_gz), alt))
    assert len(recs) == 1 and recs[0].name_ar == "صرين" and recs[0].feature_class == "populated_place"
    assert name_key("صرين") in {name_key(n) for n in recs[0].names}
