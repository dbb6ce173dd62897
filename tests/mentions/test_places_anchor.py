"""Where the text puts a place (X، في جنوب غرب Y؛ X القريبة من Y), first-level units abroad,
quarters far from the document's city, and big-gazetteer places named with a cue voting for their
country (issue #10, fourth round)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer
from hadath.mentions.places import PlaceStage
from hadath.mentions.places_quarters import quarter_km as _quarter_km
from hadath.text.stage import TextStage
from hadath.types import Article, Doc, Place


def _country(cc: str, name: str, ar: str, lat: float, lon: float) -> PlaceRecord:
    return PlaceRecord(f"country:{cc}", name, "country", cc, lat, lon, (), ar, name,
                       population=10_000_000, source="hadath-countries")


RECORDS = [
    _country("IQ", "Iraq", "العراق", 33.2, 43.7),
    _country("SY", "Syria", "سوريا", 35.0, 38.5),
    _country("LY", "Libya", "ليبيا", 27.0, 17.5),
    _country("EG", "Egypt", "مصر", 26.5, 30.0),
    _country("TR", "Turkey", "تركيا", 39.0, 35.2),
    PlaceRecord("gn:98182", "Baghdad", "populated_place", "IQ", 33.34, 44.40, (), "بغداد", "Iraq",
                admin1="Baghdad", population=7_216_000, source="geonames"),
    PlaceRecord("wof:umm", "Umm al Ma'alif", "populated_place", "IQ", 34.54, 42.97, (),
                "ام المعالف", "Iraq", admin1="Salah al-Din", source="wof"),
    PlaceRecord("gn:163345", "As-Suwayda", "populated_place", "SY", 32.71, 36.57, (), "السويداء",
                "Syria", admin1="As-Sweida", population=59_000, source="geonames"),
    PlaceRecord("wof:hadid", "Tall al Hadid", "populated_place", "SY", 36.0, 36.94, (), "تل الحديد",
                "Syria", admin1="Aleppo", source="wof"),
    PlaceRecord("gn:170654", "Duma", "populated_place", "SY", 33.57, 36.40, (), "دوما", "Syria",
                admin1="Rural Damascus", population=110_000, source="geonames"),
    PlaceRecord("admin1:LY.marj", "Al Marj", "admin1", "LY", 32.49, 20.83, (), "المرج", "Libya",
                admin1="Al Marj", population=140_000, source="hadath-admin1"),
    PlaceRecord("wof:marj", "Al Marj", "populated_place", "SY", 36.36, 37.27, (), "المرج", "Syria",
                admin1="Aleppo", source="wof"),
    PlaceRecord("wof:warraq", "El-Warraq", "admin2", "EG", 30.10, 31.22, (), "الوراق", "Egypt",
                admin1="Giza", admin2="El-Warraq", population=500_000, source="wof"),
    PlaceRecord("gn:298117", "Vezirkopru", "populated_place", "TR", 41.14, 35.45, (), "كوبري",
                "Turkey", admin1="Samsun", population=25_155, source="geonames"),
]


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> PlaceStage:
    p = tmp_path_factory.mktemp("anchor") / "g.sqlite"
    with Writer(p) as w:
        for cc, name, ar in (("IQ", "Iraq", "العراق"), ("SY", "Syria", "سوريا"), ("LY", "Libya", "ليبيا"),
                             ("EG", "Egypt", "مصر"), ("TR", "Turkey", "تركيا")):
            w.add_country(cc, name, ar, None, "Middle East", None, None)
        w.add(RECORDS)
    return PlaceStage(gazetteer=Gazetteer([p]))


def refs(stage: PlaceStage, text: str) -> dict:
    doc = TextStage()(Doc(Article("t", text)))
    return {m.value.name: m.value for m in stage(doc).mentions_of("place")}


def test_in_a_part_of_a_town_is_coded_to_the_town(stage):
    # "in south-west Baghdad": the Salah al-Din village of that name is a namesake
    got = refs(stage, "انفجرت سيارة مفخخة في منطقة ام المعالف، في جنوب غرب بغداد")
    ref = got["ام المعالف"]
    assert ref.place is None and ref.container is not None and ref.container.id == "gn:98182"


def test_a_bare_direction_is_no_container(stage):
    # "north of Baghdad" says where it lies from Baghdad, not that Baghdad holds it
    got = refs(stage, "انفجرت سيارة مفخخة في منطقة ام المعالف شمال بغداد")
    assert got["ام المعالف"].place is not None and got["ام المعالف"].place.id == "wof:umm"


def test_near_a_town_anchors_the_reading(stage):
    got = refs(stage, "تجددت الاشتباكات في محيط تل الحديد القريب من مدينة السويداء")
    ref = got["تل الحديد"]
    assert ref.place is None and ref.container is not None and ref.container.id == "gn:163345"
    # with no anchor the village is read as usual
    got = refs(stage, "تجددت الاشتباكات في محيط تل الحديد في سوريا")
    assert got["تل الحديد"].place is not None and got["تل الحديد"].place.id == "wof:hadid"


def test_a_first_level_unit_abroad_yields_to_the_focus(stage):
    got = refs(stage, "قصف الطيران منطقة المرج ومدينة دوما في سوريا")
    assert got["المرج"].place is not None and got["المرج"].place.id == "wof:marj"
    got = refs(stage, "اشتباكات في منطقة المرج شرق ليبيا")
    assert got["المرج"].place is not None and got["المرج"].place.id == "admin1:LY.marj"


def test_a_cued_big_gazetteer_place_votes_for_its_country(stage):
    # جزيرة الوراق (known only from Who's On First) makes the report Egyptian: كوبري ("bridge",
    # a frequent word) is then no Turkish town
    got = refs(stage, "هدمت قوات الأمن منازل في جزيرة الوراق لإقامة مشروع كوبري جديد")
    assert got["الوراق"].place is not None and got["الوراق"].place.id == "wof:warraq"
    assert "كوبري" not in got


def _town(pop: int) -> Place:
    return Place(id="t", name="t", feature_class="populated_place", country="", country_code="",
                 latitude=0.0, longitude=0.0, population=pop)


def test_a_citys_radius_grows_with_its_size():
    assert _quarter_km(_town(150_000)) == 15.0          # the floor
    assert _quarter_km(_town(410_000)) == 15.0          # Gaza: An Nasr 28 km off is no quarter
    assert 20 < _quarter_km(_town(7_216_000)) < 22      # Baghdad
    assert _quarter_km(_town(40_000_000)) == 30.0       # the cap
