"""Mechanisms of the fifty-second round (issue #9 item 5; docs/notes/actors52.md). The sentences
are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 6, 27)
LOOT = "Looting/property destruction"


def _loot(pipeline, text):
    return [e for e in events(pipeline, text, published=D24) if e.sub_event_type == LOOT]


@pytest.mark.parametrize("text, side_hit", [
    # an armed side (settlers, an army, a group) burned or razed things no lexicon lists as
    # civilian property (a room, a bulldozer, trucks, a wall): the owners are ACLED's Civilians
    # (events.settle.armed_on_property)
    ("أقدم مستوطنون على إحراق جرافة وغرفة في قرية رمون شرق رام الله.", "Civilians (Palestine)"),
    ("أحرق مستوطنون غرفة زراعية في قرية أبو فلاح شرق رام الله.", "Civilians (Palestine)"),
    ("أضرم عناصر من حركة الشباب النار في شاحنات قرب مدينة بيدوا.", "Civilians (Somalia)"),
    ("أحرق مسلحون من قوات الدعم السريع عشرات العربات في مدينة الفاشر.", "Civilians (Sudan)"),
    # guards: property a lexicon knows stays Civilians; the army's own vehicles destroyed are
    # no civilians' (a military target)
    ("هدمت قوات الاحتلال منزلين في بلدة الخضر.", "Civilians (Palestine)"),
    ("أحرق مسلحون آليات عسكرية تابعة للجيش في مدينة الفاشر.", "Military Forces of Sudan (2019-)"),
])
def test_round52_property_an_armed_side_destroyed_is_civilians(pipeline, text, side_hit):
    got = _loot(pipeline, text)
    assert got and got[0].actor2 == side_hit, events(pipeline, text, published=D24)


@pytest.mark.parametrize("text", [
    # guards: rioters or an unnamed crowd burning things are no armed side: no side hit is added
    "أحرق محتجون غاضبون إطارات وحاويات في شوارع مدينة البصرة.",
    "أحرق متظاهرون مقرا حكوميا في مدينة البصرة.",
])
def test_round52_crowd_damage_gets_no_civilians(pipeline, text):
    got = events(pipeline, text, published=D24)
    assert all(e.actor2 is None or not e.actor2.startswith("Civilians") for e in got), got


@pytest.mark.parametrize("text, doer", [
    # no police force flies strike aircraft: an air or drone strike a police or security force is
    # told to carry out is the state's military's (events.settle)
    ("نفذت الشرطة العراقية ضربة جوية على وكر لداعش في قضاء الحويجة.", "Military Forces of Iraq"),
    ("قصفت طائرة مسيرة تابعة للشرطة الاتحادية موقعا لداعش في قضاء الطارمية.", "Military Forces of Iraq"),
    ("شنت الشرطة السودانية غارة جوية على مواقع للدعم السريع في مدينة الفاشر.",
     "Military Forces of Sudan (2019-)"),
    # guards: the police on the ground keep their name
    ("اشتبكت الشرطة العراقية مع مسلحين من داعش في قضاء الحويجة.", "Police Forces of Iraq"),
])
def test_round52_police_fly_no_air_strikes(pipeline, text, doer):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor1 == doer, got


IRGC = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"


@pytest.mark.parametrize("text, doer, side_hit", [
    # Iran's Revolutionary Guard (الحرس الثوري، حرس الثورة، فيلق القدس) carries ACLED's name of the
    # unit, not the army's (actors.tsv irgc)
    ("قصف الحرس الثوري الإيراني مواقع لجماعة كوملة في إقليم كردستان العراق.", IRGC,
     "Komala Party of Iranian Kurdistan"),
    ("أعلن حرس الثورة الإسلامية أنه قصف مقرات لجماعة كوملة قرب أربيل.", IRGC, "Komala Party of Iranian Kurdistan"),
    ("قتل عنصران من فيلق القدس في غارة إسرائيلية على مدينة دمشق.", "Military Forces of Israel", IRGC),
    # guard: Iran's army keeps the state's name
    ("قصف الجيش الإيراني مواقع لجماعة كوملة قرب أربيل.", "Military Forces of Iran",
     "Komala Party of Iranian Kurdistan"),
])
def test_round52_the_revolutionary_guard_is_named_as_acled_names_it(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got


@pytest.mark.parametrize("text, sub, place", [
    # a strike phrase of a noun and its nisba adjectives in the indefinite accusative (subject of
    # أن/إن, a verb's object) is the phrase still: قصفا جويا is an air strike (events.morphology),
    # and a nationality after it names the doer, not the place (mentions.places_facility)
    ("وأضاف أن قصفاً جوياً استهدف الأحياء السكنية في مدينة خان شيخون.", "Air/drone strike", "Khan Shaykhun"),
    ("وأكد المرصد أن قصفا جويا مكثفا طال بلدة كفرنبل في ريف إدلب.", "Air/drone strike", "Kafranbel"),
    ("وذكر أن قصفا صاروخيا إسرائيليا استهدف منزلا في بلدة عيتا الشعب.", "Air/drone strike", "Aita ech Chaab"),
    # guard: an artillery phrase stays shelling
    ("وقال الناشط إن قصفاً مدفعياً تركياً استهدف قرية عين دقنة في ريف حلب.",
     "Shelling/artillery/missile attack", "`Ayn Daqnah"),
])
def test_round52_an_accusative_strike_phrase_is_the_phrase(pipeline, text, sub, place):
    got = events(pipeline, text, published=date(2016, 11, 14))
    assert got and (got[0].sub_event_type, got[0].location) == (sub, place), got


@pytest.mark.parametrize("text, doer", [
    # a nationality adjective in the indefinite accusative is spelt as its country's name (روسيا،
    # تركيا); after an accusative nisba or doer word it agrees with it is the doer's nationality,
    # not the country named as a place (mentions.places_recognize._agreeing_accusative)
    ("وأضاف أن قصفاً جوياً روسياً مماثلاً استهدف الأحياء السكنية في مدينة خان شيخون.",
     "Military Forces of Russia (2000-)"),
    ("وقال الناشط إن قصفاً مدفعياً تركياً استهدف قرية عين دقنة في ريف حلب.", "Military Forces of Turkey"),
    # guard: the country named as the doer stays the doer
    ("قصفت الطائرات قرى في ريف إدلب بينما نفذت روسيا غارات على حلب.", "Military Forces of Russia (2000-)"),
])
def test_round52_an_accusative_nationality_names_the_doer(pipeline, text, doer):
    got = events(pipeline, text, published=date(2016, 11, 14))
    assert got and got[-1].actor1 == doer, got


@pytest.mark.parametrize("phrase, form, made", [
    ("قصف جوي", "قصفا جويا", True),
    ("هجوم انتحاري", "هجوما انتحاريا", True),
    ("عيار ناري", "عيارا ناريا", True),
    # guards: a definite head or a head ending in ta marbuta takes no alef
    ("القضاء علي", "القضاءا عليا", False),
    ("ضربه جويه", "ضربها جويها", False),
])
def test_round52_accusative_phrase_forms(phrase, form, made):
    from hadath.events.morphology import phrase_forms

    assert (form in phrase_forms(phrase, "noun")) == made


@pytest.mark.parametrize("text, doer", [
    # military intelligence (الاستخبارات العسكرية، المخابرات العسكرية/الحربية) is a branch of the
    # armed forces: ACLED's Military Forces of the state, not its police (actors.tsv)
    ("اعتقلت الاستخبارات العسكرية ثلاثة ناشطين في مدينة الأبيض.", "Military Forces of Sudan (2019-)"),
    ("اعتقلت المخابرات العسكرية السورية شابين في مدينة حمص.", "Military Forces of Syria (2000-2024)"),
    ("داهمت عناصر من المخابرات الحربية منزلا في مدينة العريش واعتقلت شابين.", "Military Forces of Egypt"),
    # guard: the intelligence service without the army's adjective stays the police's
    ("اعتقلت المخابرات السودانية ثلاثة ناشطين في مدينة الأبيض.", "Police Forces of Sudan (2019-)"),
])
def test_round52_military_intelligence_is_the_military(pipeline, text, doer):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor1 == doer, got
