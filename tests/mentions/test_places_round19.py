"""Issue #10, nineteenth round: a building named by a noun and its nisba (القصر الجمهوري) or a
generic court house (قصر العدل) is no town; a gulf or sea named after a town (خليج عدن) is not
the town; accusative and resistance-media nisbas (موقعا إسرائيليا، الطيران الصهيوني، الصهاينة);
places the sources lack in Arabic (عين أمناس، عيل بور، إقليم سوم، جبل مرة). Sentences of our own
wording."""
from __future__ import annotations

import pytest

from hadath.mentions.places_match import demonym_forms
from tests.mentions.conftest import refs_by_surface


@pytest.mark.parametrize("text, town", [
    ("قصفت قوات الدعم السريع محيط القصر الجمهوري بالخرطوم.", "Khartoum"),
    ("اعتصم محتجون أمام القصر الرئاسي في صنعاء.", "Sanaa"),
    ("انفجرت عبوة ناسفة أمام قصر العدل في بيروت.", "Beirut"),
])
def test_a_building_is_no_town(place_stage, text, town):
    refs = refs_by_surface(place_stage, text)
    places = {r.place.name for r in refs.values() if r.place is not None}
    assert places == {town}, refs   # no Ksar (Mauritania), no Justice Palace quarter


@pytest.mark.parametrize("text, water", [
    ("اختطف قراصنة سفينة تجارية في خليج عدن.", "خليج عدن"),
    ("عبرت سفن حربية خليج سرت.", "خليج سرت"),
])
def test_a_gulf_is_not_its_town(place_stage, text, water):
    refs = refs_by_surface(place_stage, text)
    assert water in refs and refs[water].place is None, refs   # a name, not Aden or Sirte
    assert all(r.place is None for r in refs.values()), refs


def test_a_lake_the_gazetteer_names_keeps_its_reading(place_stage):
    r = refs_by_surface(place_stage, "غرق صيادون في بحيرة طبريا.")["بحيرة طبريا"]
    assert r.place is not None and r.place.name == "Sea of Galilee", r


def test_a_town_alone_keeps_its_reading(place_stage):
    r = refs_by_surface(place_stage, "وصل الوفد إلى عدن.")["عدن"]
    assert r.place is not None and r.place.name == "Aden", r


@pytest.mark.parametrize("text, surface, cc", [
    ("استهدف حزب الله موقعا إسرائيليا في مزارع شبعا.", "إسرائيليا", "IL"),
    ("اعتقل الجيش مواطنا مصريا في العريش.", "مصريا", "EG"),
    ("قصف الطيران الصهيوني مدينة رفح.", "الصهيوني", "IL"),
    ("استهدفت المقاومة آليات الصهاينة شرق خان يونس.", "الصهاينة", "IL"),
    ("شنت طائرات حربية غارة جوية صهيونية على غزة.", "صهيونية", "IL"),
])
def test_nisbas_of_the_accusative_and_of_resistance_media(place_stage, text, surface, cc):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.cue == "nisba" and r.place is not None, r
    assert r.place.country_code == cc


def test_an_accusative_that_spells_a_country_stays_the_country():
    forms = demonym_forms([("سوريا", "SY"), ("المانيا", "DE"), ("مصر", "EG")])
    assert forms["مصريا"] == "EG"
    assert "سوريا" not in forms and "مانيا" not in forms   # سوريا، ال+مانيا: the countries
    assert "برازيليا" not in demonym_forms([("البرازيل", "BR")], taken={"برازيليا"})


@pytest.mark.parametrize("text, surface, name, cc, admin1", [
    ("هاجم مسلحون منشأة الغاز في عين أميناس جنوب شرق الجزائر.", "عين أميناس", "In Amenas", "DZ",
     "Illizi"),
    ("سيطرت حركة الشباب على بلدة عيل بور وسط الصومال.", "عيل بور", "Ceelbuur", "SO", "Galguduud"),
    ("قتل جنود في هجوم في إقليم سوم شمال بوركينا فاسو.", "إقليم سوم", "Soum Province", "BF",
     "Sahel"),
    ("وقعت مواجهات بين الجيش والحركة في جبل مرة بدارفور.", "جبل مرة", "Jebel Marra", "SD",
     "Central Darfur"),
    ("هاجم مسلحون معسكر الجيش في ديورا وسط مالي.", "ديورا", "Dioura", "ML", "Mopti"),
    ("أعدم التنظيم 19 رجلا في بادية دير الزور بالقرب من حقل العمر النفطي.", "حقل العمر النفطي",
     "Al-Omar oil field", "SY", "Deir ez-Zor"),
])
def test_places_the_sources_lack_in_arabic(place_stage, text, surface, name, cc, admin1):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, r
    assert (r.place.name, r.place.country_code, r.place.admin1) == (name, cc, admin1)
