"""The shipped index's rows: dump and load give the same index row for row, bad files are clear
errors, and the shipped file was built from the package's current data files and modules."""
from __future__ import annotations

import io
import lzma
import sqlite3

import pytest

from hadath.errors import DataError
from hadath.gazetteer import prebuilt
from hadath.gazetteer.store import PlaceRecord, Writer


def _index(path, records):
    with Writer(path, latin_skeleton_ccs=frozenset({"SY"})) as w:
        w.add(records)
        w.add_country("SY", "Syria", "سوريا", 760, "Middle East", 35.0, 38.5)
        w.add_country("XK", "Kosovo", None, None, "Europe", None, None)
        w.set_meta("source", "test")
    return path


RECORDS = [
    PlaceRecord(id="gn:1", name="Ar Raqqah", feature_class="populated_place", country_code="SY",
                latitude=35.95283, longitude=39.00788, names=("الرقة", "Raqqa", "الرقه"),
                name_ar="الرقة", country="Syria", admin1="Ar-Raqqa", population=531952),
    PlaceRecord(id="wof:2", name="Al Karamah", feature_class="populated_place", country_code="SY",
                latitude=35.87, longitude=39.28, names=("الكرامة",), country="Syria",
                admin2="Ar-Raqqa", admin3=None, weak=True, source="wof"),
    PlaceRecord(id="gn:3", name="Paris", feature_class="populated_place", country_code="FR",
                latitude=48.85, longitude=2.35, names=("باريس", "Lutetia"), country="France"),
]


def _dump(db, inputs=None) -> bytes:
    buf = io.BytesIO()
    prebuilt.dump(db, buf, inputs or {"package": {}})
    return buf.getvalue()


def test_dump_and_load_give_the_same_index(tmp_path):
    db = _index(tmp_path / "a.sqlite", RECORDS)
    data = _dump(db)
    assert data == _dump(db)                      # same rows, same bytes
    (tmp_path / "rows.xz").write_bytes(data)
    head = prebuilt.load(tmp_path / "b.sqlite", tmp_path / "rows.xz", version="v1")
    assert head["places"] == 3 and head["names"] == prebuilt.digest(db)["names"]
    assert prebuilt.digest(tmp_path / "b.sqlite") == prebuilt.digest(db)
    assert prebuilt.header(tmp_path / "rows.xz")["meta"] == {"source": "test"}
    with sqlite3.connect(tmp_path / "b.sqlite") as con:
        assert dict(con.execute("SELECT k, v FROM meta")) == {"source": "test", "version": "v1"}
        row = con.execute("SELECT name_ar, admin1, admin2, admin3, lat, pop FROM places"
                          " WHERE id='wof:2'").fetchone()
        assert row == (None, None, "Ar-Raqqa", None, 35.87, 0)
        weak = dict(con.execute("SELECT key, weak FROM names n JOIN places p ON p.pid=n.pid"
                                " WHERE p.id='wof:2'"))
        assert set(weak.values()) == {1}
        skel = dict(con.execute("SELECT key, skel FROM names WHERE lang='la'"))
        assert skel["lutetia"] == "" and skel["raqqa"]   # Latin skeletons only for SY
        assert con.execute("SELECT * FROM countries WHERE cc='XK'").fetchone() == (
            "XK", "Kosovo", None, None, "Europe", None, None)


def test_digest_sees_a_changed_row(tmp_path):
    a = _index(tmp_path / "a.sqlite", RECORDS)
    b = _index(tmp_path / "b.sqlite", [RECORDS[0], RECORDS[1], PlaceRecord(
        id="gn:3", name="Paris", feature_class="populated_place", country_code="FR",
        latitude=48.85, longitude=2.3500001, names=("باريس", "Lutetia"), country="France")])
    da, db_ = prebuilt.digest(a), prebuilt.digest(b)
    assert da["places"] == db_["places"] and da["sha256"] != db_["sha256"]


def test_an_index_with_a_gap_in_its_ids_is_not_dumped(tmp_path):
    db = _index(tmp_path / "a.sqlite", RECORDS)
    with Writer(db) as w:                          # re-import: gn:1 gets a new row id
        w.add([RECORDS[0]])
    with pytest.raises(DataError, match="not 1..N"):
        _dump(db)


@pytest.mark.parametrize("content,message", [
    (b"not xz at all", "cannot read the shipped gazetteer index"),
    (lzma.compress(b'{"format": 99}\n'), "index format 99"),
    (lzma.compress(b'{"format": 2, "places": 1, "names": 0}\nx'), "sections"),
    (lzma.compress(b'{"format": 2}\nx'), "cannot read"),                      # no row counts
    (lzma.compress(b'{"format": 2, "places": 1, "names": 0}\n' + b"\x1e".join(
        [b"x"] * 9 + [b"not a float"] + [b"x"] * 3 + [b"0", b"", b""])), "cannot read"),
])
def test_a_bad_file_is_a_clear_error(tmp_path, content, message):
    src = tmp_path / "bad.xz"
    src.write_bytes(content)
    with pytest.raises(DataError, match=message) as exc:
        prebuilt.load(tmp_path / "x.sqlite", src)
    assert "bad.xz" in str(exc.value)


def test_shipped_rows_are_built_from_the_current_data_files_and_modules():
    """Fails when a data file or module the rows are made from changed after the shipped file
    was written: rerun ``python scripts/build_gazetteer.py`` (the shared extracts are needed)."""
    head = prebuilt.header()
    assert head["format"] == prebuilt.FORMAT and head["places"] > 300_000
    stale = prebuilt.stale_inputs(head["inputs"]["package"], prebuilt.package_inputs().items())
    assert not stale, f"base_index.xz is older than {stale}: run scripts/build_gazetteer.py"
    assert set(head["inputs"]["sources"]) == {
        "whosonfirst_arab/wof_arab_admin_places.tsv.gz", "yemen_cod_ab/yem_cod_ab_adm1_3_centroids.tsv"}
