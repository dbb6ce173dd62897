"""Issue #10, gaz36 (places on fresh real news, docs/notes/gaz36.md):

- a capital named by its title after an outer cue and before a nationality adjective, with no name
  after it (شمال العاصمة اليمنية، ريف العاصمة السورية): the capital, at the outer cue's precision;
- the document's country (the geocoder's fallback for a place the gazetteer lacks) is the one the
  text names most; nationality adjectives (الروس، الموريتانية) only break ties;
- "X، وY": the comma and و go on to a list's next place, which holds nothing before them;
- a camp the gazetteer lacks, put by a town (مخيم زمزم للنازحين جنوب الفاشر): the town, p2.
"""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import DEFAULT_STAGES, build_pipeline
from hadath.resolve.geocode import GeocodeStage
from hadath.types import Article


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


CAPITAL_TITLE = [
    ("شن طيران التحالف غارات على مواقع حوثية شمال العاصمة اليمنية مساء أمس.", "Sanaa", 2),
    ("وشن طيران التحالف غارات على مواقع حوثية شمال العاصمة اليمنية.", "Sanaa", 2),
    ("شن الطيران الإسرائيلي غارات على مواقع في ريف العاصمة السورية أمس", "Damascus", 2),
    ("قصفت طائرات مسيرة مواقع عسكرية جنوب العاصمة السودانية صباح اليوم", "Khartoum", 2),
    ("اندلعت اشتباكات عنيفة غرب العاصمة الليبية الليلة الماضية", "Tripoli", 2),
]


# the capital title with its name, or a town's own name, is read as before
CAPITAL_NAMED = [
    ("اندلعت اشتباكات جنوب العاصمة الليبية طرابلس", "Tripoli", 2),
    ("قتل 3 في قصف استهدف مواقع جنوب العاصمة أمس في صنعاء", "Sanaa", 2),
    ("قصفت طائرات مواقع شمال صنعاء", "Sanaa", 2),
]


@pytest.fixture(scope="module")
def places():
    return build_pipeline(DEFAULT_STAGES[:DEFAULT_STAGES.index("places") + 1])


DOMINANT = [
    # a foreign backer's adjective first, the story's town after it
    ("هاجم مسلحون الجيش المالي ومسانديه الروس في مدينة سيكاسو وبلدة كالانا", "ML"),
    ("قاتلت القوات الأوكرانية والروس في سيكاسو", "ML"),
    # border adjectives of two neighbours, one named town
    ("هاجم مسلحون بلدة سانداري في منطقة كايس قرب الحدود الموريتانية والسنغالية", "ML"),
    ("قصفت الطائرات الإسرائيلية والأمريكية بلدة عيتا الشعب", "LB"),
    # adjectives alone still decide
    ("قصف الجيش الإسرائيلي مواقع لحزب الله", "IL"),
]


@pytest.mark.parametrize("text, cc", DOMINANT)
def test_named_places_outvote_nationality_adjectives(places, text, cc):
    doc = places(Article("x", text, published=date(2024, 5, 1)))
    _region, focus = GeocodeStage().dominant(doc)
    assert focus == cc


# "، و" goes on to a list's next place: the place after it holds nothing before the comma
# (the comma alone still reads "X، Y" as Y holding X: بلدة كفرنبل، ريف إدلب)
LIST_AFTER_COMMA = [
    ("قصفت قوات النظام مدينة الرستن في حمص، ومشمشان في إدلب، وبلدة مضايا غربي دمشق", "حمص"),
    ("قصفت قوات النظام مدينة الرستن في حمص، وبلدة مضايا غربي دمشق", "حمص"),
    ("قصفت قوات النظام مدينة الرستن في حمص، ومشمشان في إدلب، وبلدة مضايا غربي دمشق", "إدلب"),
    ("قتل شخصان في قصف على قرية تديل، وقرية كفرعمة غربي حلب", "تديل"),
    ("سقطت قذائف على مدينة درعا، وبلدة الحراك شرقها", "درعا"),
]


def _mention(doc, surface):
    return next(m for m in doc.mentions if m.kind == "place" and m.surface == surface)


@pytest.mark.parametrize("text, surface", LIST_AFTER_COMMA)
def test_a_list_after_comma_and_wa_holds_nothing(places, text, surface):
    doc = places(Article("x", text, published=date(2024, 5, 1)))
    assert _mention(doc, surface).value.container is None


@pytest.mark.parametrize("text, surface, holder", [
    ("قتل شخصان في قصف على بلدة كفرنبل، ريف إدلب", "كفرنبل", "Idlib"),
    ("قتل شخصان في قصف على حي الشعار، حلب", "الشعار", "Aleppo"),
])
def test_a_comma_alone_still_holds(places, text, surface, holder):
    doc = places(Article("x", text, published=date(2024, 5, 1)))
    box = _mention(doc, surface).value.container
    assert box is not None and box.name == holder


# a camp the gazetteer lacks that the text puts by a town (قرب Y، جنوب Y), also past a
# complement "of the displaced" (للنازحين): coded at the town with precision 2; a camp in the
# town, and a quarter by a direction, stay at the town with precision 1
CAMPS = [
    ("قتل 5 أشخاص في هجوم على مخيم زمزم للنازحين جنوب الفاشر", "El Fasher", 2),
    ("قتل 5 أشخاص في هجوم على مخيم زمزم جنوب الفاشر", "El Fasher", 2),
    ("قتل 5 أشخاص في قصف على مخيم أبو شوك للنازحين قرب مدينة الفاشر", "El Fasher", 2),
    ("قتل 5 أشخاص في قصف على مخيم كلمة للنازحين شرق نيالا", "Nyala", 2),
    ("قتل 5 أشخاص في قصف على مخيم أبو شوك في الفاشر", "El Fasher", 1),
    ("قتل 3 في هجوم على حي السلام شرق مدينة نيالا", "Nyala", 1),
]


@pytest.mark.parametrize("text, location, prec", CAPITAL_TITLE + CAPITAL_NAMED + CAMPS)
def test_the_place_and_its_precision(nlp, text, location, prec):
    evs = nlp(Article("x", text, published=date(2024, 5, 1))).events
    assert evs, text
    assert (evs[0].location, evs[0].geo_precision) == (location, prec)


# the capital's title is read before its adjectives: a place named before "جنوب العاصمة الليبية"
# is put by the capital, not held by the country of the adjective
@pytest.mark.parametrize("text, surface", [
    ("اندلعت اشتباكات بين مجموعتين مسلحتين في منطقة عين زارة جنوب العاصمة الليبية", "عين زارة"),
    ("اندلعت اشتباكات في منطقة عين زارة جنوبي العاصمة الليبية", "عين زارة"),
    ("سقطت قذائف على حي الشيخ مقصود شمال العاصمة السورية", "الشيخ مقصود"),
])
def test_no_country_holds_a_place_by_the_capital_title(places, text, surface):
    doc = places(Article("x", text, published=date(2024, 5, 1)))
    box = _mention(doc, surface).value.container
    assert box is None or box.feature_class != "country"
