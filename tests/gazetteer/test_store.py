"""The SQLite store: records, names, merge of the base with user lists, re-import."""
from __future__ import annotations

from hadath.gazetteer.keys import name_key, skeleton
from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer


def test_exact_lookup_returns_all_places_of_a_name(small_gz):
    hits = small_gz.exact(name_key("الكرامة"))
    assert {h.place.country_code for h in hits} == {"SY", "JO"} and all(h.weak for h in hits)


def test_user_list_merges_with_base(small_gz, base_only_gz):
    assert small_gz.by_skeleton(skeleton("سارين"))[0].place.id == "ocha:C1990"
    assert base_only_gz.exact(name_key("صرين")) == ()


def test_country_info(small_gz):
    assert small_gz.country("SY")[1:5] == ("Syria", "سوريا", 760, "Middle East")
    assert small_gz.admin1_place("SY", "Ar-Raqqa").id == "admin1:SY.04"


def test_reimport_replaces_record(tmp_path):
    path = tmp_path / "u.sqlite"
    rec = PlaceRecord("x:1", "Foo", "populated_place", "SY", 35.0, 38.0, ("فوو",), source="csv")
    with Writer(path) as w:
        w.add([rec])
    with Writer(path) as w:
        w.add([PlaceRecord("x:1", "Foo", "populated_place", "SY", 36.0, 38.0, ("فوو",), source="csv")])
    hits = Gazetteer([path]).exact(name_key("فوو"))
    assert len(hits) == 1 and hits[0].place.latitude == 36.0


def test_writer_replaces_a_repeated_id_within_and_across_batches(tmp_path):
    from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer
    a = PlaceRecord("x:1", "Old", "populated_place", "SY", 35.0, 38.0, (), "قديم")
    b = PlaceRecord("x:1", "New", "populated_place", "SY", 35.1, 38.1, (), "جديد")
    c = PlaceRecord("x:2", "Other", "populated_place", "SY", 35.2, 38.2, (), "آخر")
    with Writer(tmp_path / "g.sqlite") as w:
        assert w.add([a, b]) == 1
        w.add([c, a])
    gz = Gazetteer([tmp_path / "g.sqlite"])
    assert [h.place.name for h in gz.exact("قديم")] == ["Old"]
    assert gz.exact("جديد") == ()
    assert gz.info()[str(tmp_path / "g.sqlite")]["places"] == {"populated_place": 2}


def test_skeleton_rows_read_places_only_when_asked(small_gz):
    gz = Gazetteer([idx.path for idx in small_gz.indexes])   # nothing cached yet
    rows = gz.skeleton_rows(skeleton("سارين"))
    assert rows and not gz._made                               # no place read for the rows
    first = gz.hit(rows[0])
    assert first.place.id == "ocha:C1990" and len(gz._made) == 1
    hits = gz.by_skeleton(skeleton("سارين"))
    assert [(h.key, h.weak, h.lang) for h in hits] == [(r.key, r.weak, r.lang) for r in rows]
    assert hits[0].place is first.place and hits == small_gz.by_skeleton(skeleton("سارين"))


def test_a_repeated_name_row_gives_one_hit(tmp_path):
    """An index with a (place, key) names row twice (not written by Writer): one hit and one
    skeleton row per (place id, key), in the index's order, as with several indexes."""
    import sqlite3

    path = tmp_path / "g.sqlite"
    with Writer(path) as w:
        w.add([PlaceRecord("x:1", "Foo", "populated_place", "SY", 35.0, 38.0, (), "فوو"),
               PlaceRecord("x:2", "Foo2", "populated_place", "SY", 35.1, 38.1, (), "فوو")])
    con = sqlite3.connect(path)
    con.execute("INSERT INTO names SELECT * FROM names WHERE pid = (SELECT pid FROM places WHERE id = 'x:1')")
    con.commit()
    con.close()
    gz = Gazetteer([path])
    assert [h.place.id for h in gz.exact(name_key("فوو"))] == ["x:1", "x:2"]
    rows = gz.skeleton_rows(skeleton("فوو"))
    assert [r.key for r in rows] == ["foo", name_key("فوو"), "foo2", name_key("فوو")]
