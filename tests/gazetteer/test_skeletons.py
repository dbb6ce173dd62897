"""The ``skeletons`` table: a packed index answers skeleton lookups with the rows ``names``
gives, and an index without the table (an older user index) or changed since it was packed is
read from ``names``."""
from __future__ import annotations

import sqlite3

from hadath.gazetteer.keys import name_key, skeleton
from hadath.gazetteer.skeletons import FLAGS, SEP, SKELETON_LIMIT, Letters, Packed, is_packed
from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer
from hadath.gazetteer.testing import OCHA_LIKE, RECORDS


def _skeletons(path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [s for (s,) in con.execute("SELECT DISTINCT skel FROM names WHERE skel != ''")]


def _lookups(gz: Gazetteer, skels: list[str]) -> list:
    return [(s, gz.skeleton_rows(s)) for s in skels]


def _unpacked(paths) -> Gazetteer:
    gz = Gazetteer(paths)
    for idx in gz.indexes:
        idx.packed = False
    return gz


def test_a_written_index_is_packed_and_gives_the_rows_of_names(small_paths):
    paths = [p for p in small_paths if p]
    assert all(idx.packed for idx in Gazetteer(paths).indexes)
    skels = sorted({s for p in paths for s in _skeletons(p)})
    assert len(skels) > 15
    for chosen in (paths, paths[:1], paths[1:]):
        got = _lookups(Gazetteer(chosen), skels)
        assert got == _lookups(_unpacked(chosen), skels)
        assert any(rows for _s, rows in got)


def test_hits_of_chosen_keys_in_row_order(small_gz):
    sk = skeleton("الكرامة")
    rows = small_gz.skeleton_rows(sk)
    keys = {rows[-1].key, rows[0].key}
    want = [small_gz.hit(r) for r in rows if r.key in keys]
    gz = Gazetteer([idx.path for idx in small_gz.indexes])
    assert gz.skeleton_hits(sk, keys) == want and len(gz._made) == len({h.place.id for h in want})
    assert gz.skeleton_hits(sk, set()) == [] and gz.skeleton("").keys == []


def test_an_index_without_the_table_is_read_from_names(tmp_path):
    path = tmp_path / "old.sqlite"
    with Writer(path) as w:
        w.add(RECORDS + OCHA_LIKE)
    want = _lookups(Gazetteer([path]), _skeletons(path))
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE skeletons")   # as written before the table existed
    gz = Gazetteer([path])
    assert not gz.indexes[0].packed and _lookups(gz, _skeletons(path)) == want
    with Writer(path) as w:                   # a later import packs it
        w.add([PlaceRecord("x:1", "Sarrin", "populated_place", "SY", 36.0, 38.0, (), "صرين")])
    gz = Gazetteer([path])
    assert gz.indexes[0].packed
    assert [r.pid for r in gz.skeleton_rows(skeleton("صرين"))][-1] == len(RECORDS) + 2


def test_an_index_changed_after_packing_is_read_from_names(tmp_path):
    path = tmp_path / "u.sqlite"
    with Writer(path) as w:
        w.add(OCHA_LIKE)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO names SELECT key, skel, pid, lang, weak FROM names")
    con.commit()
    assert not is_packed(con)
    con.close()
    gz = Gazetteer([path])
    assert not gz.indexes[0].packed
    assert [r.key for r in gz.skeleton_rows(skeleton("صرين"))] == ["sarrin", name_key("صرين"), "sarin"]


def test_a_skeleton_of_many_names_keeps_the_first_rows(tmp_path):
    path = tmp_path / "many.sqlite"
    recs = [PlaceRecord(f"x:{i}", f"Q{i}", "populated_place", "SY", 35.0, 38.0, (), "قرية" + "ي" * i)
            for i in range(1, SKELETON_LIMIT + 30)]
    with Writer(path) as w:
        w.add(recs)
    sk = skeleton(recs[0].name_ar)
    rows = Gazetteer([path]).skeleton_rows(sk)
    assert len(rows) == SKELETON_LIMIT and rows == _unpacked([path]).skeleton_rows(sk)


def test_packed_columns_read_row_by_row_as_lists():
    weak = {f: bool(w) for (_lang, w), f in FLAGS.items()}
    flags = "aAlLa"
    assert Letters(flags, weak) == [weak[f] for f in flags]
    assert Letters(flags, weak)[1] is True and Letters(flags, weak)[1:3] == [True, False]
    assert len(Letters(flags, weak)) == 5 and list(Letters(flags, weak)) == [weak[f] for f in flags]
    pids = Packed(SEP.join(["12", "7", "300"]), int)
    assert pids[2] == 300 and pids[-1] == 300 and pids[:2] == [12, 7]
    assert len(pids) == 3 and list(pids) == [12, 7, 300] and pids == [12, 7, 300]
    assert Packed("gn:1" + SEP + "gn:2") == ["gn:1", "gn:2"] and Packed("x") != ["y"]


def test_a_packed_lookup_gives_the_columns_of_names(small_paths):
    paths = [p for p in small_paths if p][:1]
    packed, unpacked = Gazetteer(paths), _unpacked(paths)
    for s in _skeletons(paths[0]):
        got, want = packed.skeleton(s), unpacked.skeleton(s)
        assert all(list(g) == list(w) for g, w in zip(got, want))
        assert [got.pids[i] for i in range(len(got.keys))] == list(want.pids)
        assert [(got.weaks[i], got.langs[i]) for i in range(len(got.keys))] == \
            list(zip(want.weaks, want.langs))
