"""Issue #10, thirteenth round: a weak town name holding a quarter (حي كافوري ببحري), a
facility named after its town (جامعة الخرطوم), a border phrase that is no province (الحدود
الشمالية مع سوريا)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _refs(place_stage, text):
    return refs_by_surface(place_stage, text)


@pytest.mark.parametrize("text, quarter", [
    ("قتل 3 مدنيين في قصف مدفعي للدعم السريع على حي كافوري ببحري", "كافوري"),
    ("قتل 3 مدنيين في قصف مدفعي للدعم السريع على حي كافوري في بحري", "كافوري"),
])
def test_a_weak_town_name_holds_the_quarter_before_it(place_stage, text, quarter):
    refs = _refs(place_stage, text)
    box = refs[quarter].container
    assert box is not None and box.name == "Khartoum North", refs[quarter]
    assert refs["بحري"].place is not None and refs["بحري"].place.country_code == "SD"


@pytest.mark.parametrize("text", [
    "اقتحمت القوات حي الشجاعية بقوة كبيرة",      # a manner adverb, no town
    "قصفت الطائرات حي الشعبية بشدة",
    "وصلت قطع بحرية إلى الميناء",                  # بحري alone: a word, not Khartoum North
])
def test_a_common_word_after_a_quarter_is_no_town(place_stage, text):
    refs = _refs(place_stage, text)
    assert all(r.container is None for r in refs.values()), refs
    assert all(r.place is None or r.place.country_code != "SD" for r in refs.values()), refs


@pytest.mark.parametrize("text, town, cc", [
    ("تظاهر مئات من طلاب جامعة الخرطوم للمطالبة بإسقاط النظام", "الخرطوم", "SD"),
    ("قتل طالب برصاص قوات الأمن داخل جامعة الخرطوم", "الخرطوم", "SD"),
])
def test_a_facility_named_after_its_town_is_in_the_town(place_stage, text, town, cc):
    refs = _refs(place_stage, text)
    r = refs.get(town)
    assert r is not None and r.place is not None and r.place.country_code == cc \
        and r.place.feature_class == "populated_place" and r.place.population > 1_000_000, refs


@pytest.mark.parametrize("text, province", [
    ("أحبطت القوات المسلحة الأردنية محاولة تسلل على الحدود الشمالية مع سوريا وقتلت 4 مهربين",
     False),
    ("قتل جنديان أردنيان في اشتباك مع مهربين على الحدود الشمالية مع سوريا", False),
    # the report is Saudi: the province stays
    ("اشتبكت قوات حرس الحدود السعودية مع مهربين على الحدود الشمالية مع العراق قرب عرعر", True),
    # no "with": the province's name
    ("قتل 3 مهربين في اشتباك مع حرس الحدود في منطقة الحدود الشمالية", True),
    ("هطلت أمطار غزيرة على الحدود الشمالية والجوف", True),
])
def test_a_border_with_a_country_is_no_saudi_province(place_stage, text, province):
    refs = _refs(place_stage, text)
    got = any(r.place is not None and r.place.country_code == "SA"
              and r.place.name == "Northern Borders" for r in refs.values())
    assert got is province, refs


def test_a_somali_well_name_is_read_whole(place_stage):
    """عيل (Somali Ceel, "well") heads a two-word name, as عين does: بلدة عيل برف is one
    name, not a place called عيل; its Latin-only village is found."""
    refs = _refs(place_stage, "اندلعت مواجهات فى بلدة عيل برف، بمحافظة شبيلى الوسطى جنوب الصومال")
    assert "عيل برف" in refs and "عيل" not in refs, refs
    # known to Who's On First only as "Ceel Baraf" (Somali c = ع): found by its consonant key
    place = refs["عيل برف"].place
    assert place is not None and place.name == "Ceel Baraf", refs


@pytest.mark.parametrize("text, name, box", [
    # محلية (Sudan's locality) after a preposition, on it or before it: a container cue
    ("قتل 5 مدنيين في هجوم للدعم السريع على قرية ود النورة بمحلية المناقل", "ود النورة",
     "Al Manaqil"),
])
def test_a_locality_after_a_preposition_holds_the_village(place_stage, text, name, box):
    refs = _refs(place_stage, text)
    assert refs[name].container is not None and refs[name].container.name == box, refs


@pytest.mark.parametrize("text, sudan", [
    # no hamlet محلية (Sudan's Gezira there takes the actors' votes: tests/events)
    ("اغتصب عناصر من الدعم السريع فتيات في قرية بمحلية شرق الجزيرة", None),
    ("وقالت مصادر محلية للجزيرة إن الطيران قصف مدينة مأرب", False),   # local sources
    ("أجريت انتخابات محلية في محافظة البصرة", False),
])
def test_local_is_no_locality_nor_a_hamlet(place_stage, text, sudan):
    refs = _refs(place_stage, text)
    assert "محلية" not in refs, refs
    if sudan is not None:
        assert any(r.place is not None and r.place.country_code == "SD"
                   for r in refs.values()) is sudan, refs


def test_a_camp_with_no_town_is_in_the_town_the_report_names_most(place_stage):
    """مخيم أبو شوك (no gazetteer entry but a Syrian namesake) in a report on El Fasher that
    names Nyala once: coded to El Fasher, the town named most, not to the bigger Nyala."""
    text = ("قصفت قوات الدعم السريع السوق المركزي شمالي مدينة الفاشر. واندلعت اشتباكات عنيفة"
            " بالمحور الشمالي الشرقي من الفاشر. وسمعت انفجارات غرب مدينة نيالا. وقتل 4 مدنيين"
            " بقصف على مخيم نازحين بالفاشر. وأفادت غرفة الطوارئ بمخيم أبو شوك للنازحين بسقوط"
            " 4 قتلى.")
    r = _refs(place_stage, text)["أبو شوك"]
    assert r.place is None and r.container is not None and r.container.name == "El Fasher", r


@pytest.mark.parametrize("text, name, latin", [
    # a unit named after its seat town (role seat): the town known only by its Latin name
    ('هاجمت قوات الدعم السريع قرية "العمارة عبدالله" الواقعة بريفي أبوقوتة في ولاية الجزيرة',
     "أبوقوتة", "Abu Qutah"),
    ("قصف الطيران التركي ناحية ديرلوك في محافظة دهوك", "ديرلوك", "Dereluk"),
])
def test_a_seat_known_only_in_latin_is_found(place_stage, text, name, latin):
    r = _refs(place_stage, text)[name]
    assert r.place is not None and r.place.name == latin, r


def test_a_district_of_a_city_is_no_latin_village(place_stage):
    """مديرية هودن is a district of Mogadishu, not the village "Hidweyne" 28 km away: a
    district cue (مديرية) is no seat cue."""
    r = _refs(place_stage, "قتل 7 أشخاص في تفجير داخل مطعم في مديرية هودن بالعاصمة مقديشو")["هودن"]
    assert r.place is None, r


def test_a_village_in_a_latin_town_is_held_by_it(place_stage):
    text = ('أفادت لجنة المقاومة أن الدعم السريع هاجمت قرية "العمارة عبدالله" الواقعة بريفي'
            " أبوقوتة وقتلت مواطنا. وقال والي ولاية الجزيرة إن المجزرة لن تمر.")
    r = _refs(place_stage, text)["العمارة عبدالله"]
    assert r.place is None and r.container is not None and r.container.name == "Abu Qutah", r
