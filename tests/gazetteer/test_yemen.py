"""Yemen's admin levels from OCHA's COD-AB list: district by name, else by box and distance."""
from __future__ import annotations

import pytest

from hadath.errors import InputError
from hadath.gazetteer.yemen import YemenAdmin, read_units

HEAD = "level\tpcode\tname_en\tname_ar\tadm1_pcode\tadm2_pcode\tcentroid_lat\tcentroid_lon\tinside_lat\tinside_lon\tarea_deg2\tbbox\n"
ROWS = [
    "ADM1\tYE18\tAl Hodeidah\tالحديده\tYE18\t\t15.0\t43.2\t15.0\t43.2\t1\t42.5,13.5,43.9,16.5",
    "ADM2\tYE1819\tHays\tحيس\tYE18\tYE1819\t13.93\t43.50\t13.93\t43.50\t0.1\t43.3,13.8,43.7,14.1",
    "ADM2\tYE1824\tBajil\tباجل\tYE18\tYE1824\t15.06\t43.30\t15.06\t43.30\t0.1\t43.1,14.9,43.5,15.3",
    "ADM3\tYE181921\tHays\tحيس\tYE18\tYE1819\t13.93\t43.48\t13.93\t43.48\t0.01\t43.40,13.85,43.55,14.0",
    "ADM3\tYE181922\tAl Khamis\tالخميس\tYE18\tYE1819\t14.05\t43.60\t14.05\t43.60\t0.01\t43.56,14.0,43.7,14.1",
]


@pytest.fixture()
def yem(tmp_path):
    p = tmp_path / "y.tsv"
    p.write_text(HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    return YemenAdmin(read_units(p))


def test_district_by_arabic_name_then_point(yem):
    g, d, s = yem.assign(13.94, 43.49, county="", county_ar="مديرية حيس")
    assert (g.name_en, d.name_en, s.name_en) == ("Al Hodeidah", "Hays", "Hays")
    _g, d, s = yem.assign(15.1, 43.3)                       # no name: the box that holds it
    assert d.name_en == "Bajil" and s is None
    _g, d, s = yem.assign(14.06, 43.61, county="Hays")        # Latin name; the other sub-district
    assert d.name_en == "Hays" and s.name_en == "Al Khamis"


def test_bad_row_names_the_file_and_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text(HEAD + "ADM2\tYE1\tX\tس\tYE18\t\tnan?\t1\t1\t1\t1\tbroken\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tsv"):
        read_units(p)
