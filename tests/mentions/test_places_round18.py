"""Issue #10, eighteenth round: named regions of the conflict countries (الغوطة الشرقية، سهل
الغاب، جبال النوبة) and the places the text puts in them; airports and air bases named with
their town (مطار معيتيقة pulls طرابلس to Libya); a listed common word or unit abroad."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _ref(place_stage, text, surface):
    return refs_by_surface(place_stage, text).get(surface)


@pytest.mark.parametrize("text, surface, name, cc, admin1", [
    ("قصفت قوات النظام بلدات الغوطة الشرقية بريف دمشق.", "الغوطة الشرقية", "Eastern Ghouta", "SY",
     "Rural Damascus"),
    ("قتل مدنيون في قصف على سهل الغاب.", "سهل الغاب", "Al-Ghab Plain", "SY", "Hama"),
    ("اشتباكات بين الجيش والحركة الشعبية في جبال النوبة.", "جبال النوبة", "Nuba Mountains", "SD",
     "South Kordofan"),
    ("سيطرت قوات الوفاق على مدن جبل نفوسة.", "جبل نفوسة", "Nafusa Mountains", "LY",
     "Al Jabal al Gharbi"),
    ("عادت عائلات مسيحية إلى بلدات سهل نينوى.", "سهل نينوى", "Nineveh Plains", "IQ", "Ninewa"),
    ("سيطرت قوات المنطقة العسكرية الأولى على مواقع في وادي حضرموت.", "وادي حضرموت",
     "Wadi Hadramawt", "YE", "Hadramawt"),
    ("اشتباكات بين الجيش وفصائل المعارضة في حوض اليرموك بريف درعا الغربي.", "حوض اليرموك",
     "Yarmouk Basin", "SY", "Dara"),
])
def test_a_named_region(place_stage, text, surface, name, cc, admin1):
    r = _ref(place_stage, text, surface)
    assert r is not None and r.place is not None, r
    p = r.place
    assert (p.name, p.country_code, p.admin1, p.feature_class) == (name, cc, admin1, "admin3")


def test_a_region_stands_apart_from_its_towns(place_stage):
    # its point is the mean of its towns' (places_extra.tsv): no town's own point, or its
    # events would merge into that town's (one event per day and place)
    r = _ref(place_stage, "قصف على الغوطة الشرقية ومدينة دوما.", "الغوطة الشرقية")
    d = _ref(place_stage, "قصف على الغوطة الشرقية ومدينة دوما.", "دوما")
    assert r.place is not None and d.place is not None and d.place.name == "Duma"
    assert (r.place.latitude, r.place.longitude) != (d.place.latitude, d.place.longitude)


def test_a_place_in_a_named_region_is_no_namesake_elsewhere(place_stage):
    text = "شن الطيران الحربي غارات على الأحياء السكنية لمنطقة المرج في الغوطة الشرقية."
    r = _ref(place_stage, text, "المرج")
    assert r is not None and r.place is None, r   # no Al Marj of Libya, Aleppo or Cairo
    assert r.container is not None and r.container.name == "Eastern Ghouta"


def test_a_town_in_a_named_region_keeps_its_reading(place_stage):
    r = _ref(place_stage, "قصف الطيران بلدة عين ترما في الغوطة الشرقية.", "عين ترما")
    assert r is not None and r.place is not None and r.place.admin1 == "Rural Damascus", r
    assert r.container is not None and r.container.name == "Eastern Ghouta"


@pytest.mark.parametrize("text, surface, name, admin1", [
    ("استهدفت الصواريخ الإسرائيلية جنوب شرقي العاصمة ومطار دمشق الدولي.", "مطار دمشق الدولي",
     "Damascus International Airport", "Rural Damascus"),
    ("توقفت الرحلات في مطار معيتيقة بعد قصف صاروخي.", "مطار معيتيقة",
     "Mitiga International Airport", "Tripoli"),
    ("قصفت طائرات مسيرة قاعدة العند الجوية في لحج.", "قاعدة العند الجوية", "Al Anad Air Base",
     "Lahij"),
    ("استهدف الحوثيون مطار أبها الدولي بطائرة مسيرة.", "مطار أبها الدولي",
     "Abha International Airport", "Asir"),
])
def test_an_airport_is_its_own_place(place_stage, text, surface, name, admin1):
    r = _ref(place_stage, text, surface)
    assert r is not None and r.place is not None, r
    assert (r.place.name, r.place.admin1, r.place.feature_class) == (name, admin1, "poi")


def test_an_airport_pulls_its_town_to_its_country(place_stage):
    # طرابلس alone is Tripoli, Lebanon (the sentence names nothing else); Mitiga is Libya's
    r = _ref(place_stage, "طرابلس - توقفت الرحلات في مطار معيتيقة بعد قصف صاروخي.", "طرابلس")
    assert r is not None and r.place is not None and r.place.country_code == "LY", r


@pytest.mark.parametrize("text, surface", [
    ("منخفض جوي من بورسعيد حتى الإسماعيلية، وآخر بين الفيوم والواحات يتجه إلى الإسكندرية.",
     "الواحات"),   # the Western Desert's oases, no Libyan district
    ("الأردن: حذر متصرف لواء الرصيفة من التواجد قرب سيل الزرقاء وبركة البيبسي.", "بركة"),
])
def test_a_listed_word_abroad_is_left_unresolved(place_stage, text, surface):
    r = _ref(place_stage, text, surface)
    assert r is not None and r.place is None, r   # the mention stays (a place the gazetteer lacks)


@pytest.mark.parametrize("text, surface, cc", [
    ("تظاهر المئات في عمان وبيروت ضد الغلاء، وقال وزير الداخلية الأردني إن الأمن حمى المحتجين.",
     "بيروت", "LB"),   # a listed town keeps its reading
    ("تظاهر آلاف في دمشق وبغداد تضامنا مع غزة.", "بغداد", "IQ"),
])
def test_a_listed_town_abroad_keeps_its_reading(place_stage, text, surface, cc):
    r = _ref(place_stage, text, surface)
    assert r is not None and r.place is not None and r.place.country_code == cc, r
