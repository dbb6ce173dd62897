"""Issue #10, twenty-fourth round: place errors left by earlier rounds, fixed by general rules.

A namesake abroad needs evidence: a town of the region (the Arab world and its neighbours,
FOCUS_CCS) is read before a namesake abroad under a hundred times its size unless the text
names the other's country, a container or places near it (namesakes.abroad_priors)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


@pytest.mark.parametrize("text, surface, name, cc", [
    ("انفجرت عبوة ناسفة قرب دورية للشرطة في زنجبار صباح اليوم.", "زنجبار", "Zinjibar", "YE"),
    ("سيطر المسلحون على مبنى المحافظة في مدينة زنجبار بعد معارك عنيفة.", "زنجبار", "Zinjibar", "YE"),
    # the one abroad, with evidence: its country named, or its people's police
    ("أعلنت لجنة الانتخابات في تنزانيا نتائج التصويت في زنجبار.", "زنجبار", "Zanzibar", "TZ"),
    ("فرقت الشرطة التنزانية مظاهرة للمعارضة في زنجبار.", "زنجبار", "Zanzibar", "TZ"),
    # a world city (a hundred times its namesake of the region) needs nothing
    ("وصل وزير الخارجية إلى باريس في زيارة تستمر يومين.", "باريس", "Paris", "FR"),
])
def test_a_namesake_abroad_needs_evidence(place_stage, text, surface, name, cc):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code) == (name, cc)


# A town right after a bare or class-named name with ب holds it (X بالقدس، قرية X بحمص), as a
# part's town did (حي الشعار بحلب): the container is evidence enough to read a village of the
# big gazetteer outside the document's focus (resolve.disambiguate).
@pytest.mark.parametrize("text, surface, name, cc", [
    ("أصيب ثلاثة شبان خلال مواجهات في سلوان بالقدس.", "سلوان", "Silwan", "PS"),
    ("هدمت الجرافات منزلين في بلدة سلوان بالقدس.", "سلوان", "Silwan", "PS"),
    ("أصيب ثلاثة شبان خلال مواجهات في سلوان بالقدس.", "القدس", "East Jerusalem", "PS"),
])
def test_a_town_after_b_holds_the_name(place_stage, text, surface, name, cc):
    refs = refs_by_surface(place_stage, text)
    r = refs.get(surface)
    assert r is not None and r.place is not None, refs
    assert (r.place.name, r.place.country_code) == (name, cc)


# A camp cue prefers a camp (cue role "camp": candidates.cue_bonus); the Lebanese camp is a place of
# its own (places_extra.tsv), no longer read as the Syrian village whose variant name نهر البارد is.
@pytest.mark.parametrize("text, surface, name, cc", [
    ("داهم الجيش اللبناني مخيم نهر البارد بحثا عن مطلوبين.", "مخيم نهر البارد",
     "Nahr al-Bared Camp", "LB"),
    ("قتل جنديان في اشتباكات مع مسلحين داخل مخيم نهر البارد في شمال لبنان.", "مخيم نهر البارد",
     "Nahr al-Bared Camp", "LB"),
])
def test_the_camp_is_read_as_the_camp(place_stage, text, surface, name, cc):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code, r.place.feature_class) == (name, cc, "camp")


def test_a_camp_cue_prefers_a_camp_reading():
    from hadath.gazetteer.lexicon import place_lexicon
    from hadath.gazetteer.candidates import cue_bonus
    from hadath.types import Place
    camp = Place("t:c", "C", "camp", "X", "LB", 0.0, 0.0)
    town = Place("t:t", "T", "populated_place", "X", "SY", 0.0, 0.0)
    cues = set(place_lexicon().camp)
    assert cues and cue_bonus(camp, cues) > cue_bonus(town, cues)


# Regions: Burkina Faso's Sahel region by إقليم الساحل (admin1.tsv; bare الساحل stays a common
# word), Libya's Tripolitania and Nigeria's Sambisa Forest (places_extra.tsv).
@pytest.mark.parametrize("text, surface, name, cc, fclass", [
    ("قتل عشرات الجنود في هجوم لمسلحين على بلدة في إقليم الساحل شمال بوركينا فاسو.",
     "إقليم الساحل", "Sahel", "BF", "admin1"),
    ("دعت شخصيات من إقليم طرابلس إلى حوار وطني ينهي الانقسام في ليبيا.",
     "إقليم طرابلس", "Tripolitania", "LY", "region"),
    ("أعلن الجيش النيجيري تحرير رهائن من قبضة بوكو حرام في غابة سامبيسا.",
     "غابة سامبيسا", "Sambisa Forest", "NG", "admin3"),
    ("قصفت الطائرات مواقع للمسلحين في غابات سامبيسا بولاية بورنو.",
     "غابات سامبيسا", "Sambisa Forest", "NG", "admin3"),
])
def test_regions_of_the_sahel_and_libya(place_stage, text, surface, name, cc, fclass):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code, r.place.feature_class) == (name, cc, fclass)


def test_bare_sahel_is_no_region_of_burkina(place_stage):
    refs = refs_by_surface(place_stage, "تعاني دول الساحل الأفريقي من موجة جفاف وتصحر.")
    assert all(r.place is None or r.place.country_code != "BF" for r in refs.values()), refs


# A military site named after its place (موقع X: a cue for known names only, as قاعدة), a
# kibbutz (كيبوتس, as مستوطنة), and a two-word name written with other long-vowel letters than
# the gazetteer's (ناحال عوز: ناحل عوز; places_words.joined_name).
@pytest.mark.parametrize("text, surface, name", [
    ("سقطت قذائف هاون على موقع كرم أبو سالم العسكري جنوب إسرائيل.", "كرم أبو سالم", "Kerem Shalom"),
    ("أطلقت صواريخ على كيبوتس ناحل عوز في جنوب إسرائيل.", "ناحل عوز", "Nahal `Oz"),
    ("أطلقت صواريخ على مستوطنة ناحال عوز في جنوب إسرائيل.", "ناحال عوز", "Nahal `Oz"),
])
def test_a_site_a_kibbutz_and_a_vowel_variant(place_stage, text, surface, name):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code) == (name, "IL")


@pytest.mark.parametrize("text", [
    "يمكنك إنشاء موقع ويب بسهولة باستخدام هذه الأدوات.",
    "نشر موقع الجزيرة تقريرا مطولا عن الأزمة.",
])
def test_a_website_is_no_site(place_stage, text):
    assert not refs_by_surface(place_stage, text)

