"""Mechanisms of crowd58 (issue #9, docs/notes/crowd58.md), on sentences made up in the style of
the wire copy:

- a round-up of crowds goes on after a comma with a coordinated occurrence verb and an act noun
  (، وخرجت مظاهرات في X وY؛ ، كما خرجت؛ ، ونظمت وقفات؛ ، واندلعت احتجاجات): the verb opens an act
  of its own at the places of its own list (events.frame_cuts.occurrence_verb cuts the frame, as
  a coordinated act verb already did), one record per place, besides the first crowd's place.
- a cue before such a comma and occurrence verb (للمطالبة بـ، an appeal; قرروا، a plan) does not
  reach the act noun after it: the verb tells what occurred, in a main clause of its own
  (events.modality._occurrence_between). A call for crowds with no such verb stays a call."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.test_types52 import PROTESTS
from tests.events.conftest import events


def _places(pipeline, text):
    return {e.location for e in events(pipeline, text) if e.sub_event_type in PROTESTS}


ROUND_UPS = [
    ("نظم المعلمون وقفة احتجاجية أمس أمام مديرية التربية في إربد، ونظمت وقفات مماثلة في عجلون وجرش.",
     {"Irbid", "Ajlun", "Jarash"}),
    ("تجمع مئات المحتجين أمس أمام مبنى المحافظة في مدينة الرمادي وسط انتشار أمني كثيف، وخرجت مظاهرات "
     "بالتزامن في الفلوجة وسامراء وتكريت.", {"Ramadi", "Al Fallujah", "Samarra'", "Tikrit"}),
    ("تظاهر العشرات في حي الأعظمية ببغداد حيث انتشرت قوات الأمن بكثافة، واندلعت احتجاجات في الكوت والعمارة.",
     {"Adamiyah", "Al-Kut", "Al Amarah"}),
    ("وامتدت الاحتجاجات أمس إلى مناطق لم تشهدها من قبل، حيث توافد الآلاف إلى مدينة الأعظمية وسط العاصمة بغداد "
     "مع انتشار كثيف لقوات الأمن، وخرجت مظاهرات بالتزامن أيضاً في الفلوجة وسامراء وتكريت وديالى.",
     {"Adamiyah", "Al Fallujah", "Samarra'", "Tikrit", "Diyala"}),
]

BEYOND_A_CUE = [
    ("خرج الآلاف في مسيرة حاشدة وسط مدينة الحسيمة للمطالبة بالإفراج عن المعتقلين، ونظمت وقفات تضامنية "
     "في طنجة وتطوان والناظور.", {"Al Hoceima", "Tangier", "Tetouan", "Nador"}),
    ("اعتصم مئات العمال أمام مقر الولاية في قفصة للمطالبة بالتشغيل، وخرجت مسيرات في القصرين وسيدي بوزيد.",
     {"Gafsa", "Kasserine", "Sidi Bouzid"}),
    ("تجمع المحتجون في ساحة التحرير ببغداد للمطالبة بإقالة الحكومة، وخرجت تظاهرات في البصرة والناصرية.",
     {"Baghdad", "Basrah", "Nasiriyah"}),
]

CALLS = [
    "دعا الناشطون إلى تنظيم مظاهرات في طنجة وتطوان والناظور.",
    "طالبت النقابة بتنظيم وقفات احتجاجية في القصرين وسيدي بوزيد.",
]


@pytest.mark.parametrize("text,places", ROUND_UPS + BEYOND_A_CUE)
def test_a_coordinated_occurrence_verb_opens_crowds_at_their_own_places(pipeline, text, places):
    assert _places(pipeline, text) == places


@pytest.mark.parametrize("text", CALLS)
def test_a_call_for_crowds_stays_a_call(pipeline, text):
    assert not _places(pipeline, text)


# - a verb of going out, marching or blocking (triggers_context.tsv gather_verb) told with a
#   protest's purpose after a comma right before it (، للمطالبة بـ، ، احتجاجا على) is the protest,
#   as without the comma (mentions.triggers._gathered); لمطالبة (construct, لمطالبة الجيش بـ) is
#   such a purpose word like للمطالبة.
GONE_OUT_FOR = [
    ("خرج أهالي بلدتي العزبة ومعيزلة بريف دير الزور الشمالي، لمطالبة \"قسد\" بإطلاق سراح المعتقلين.",
     {"Deir ez-Zor"}),
    ("خرج مئات المواطنين في شوارع مدينة الحسكة، للمطالبة بتحسين الخدمات.", {"Al Hasakah"}),
    ("نزل الآلاف إلى ساحة الشهداء في بيروت أمس، احتجاجا على انهيار الليرة.", {"Beirut"}),
    ("خرج آلاف السودانيين في شوارع أم درمان لمطالبة الجيش بتسليم السلطة.", {"Omdurman"}),
    ("قطع شبان غاضبون الطريق الدولي قرب مدينة طرابلس الليبية، تنديدا بانقطاع الكهرباء.", {"Tripoli"}),
]

NOT_GONE_OUT = [
    "خرج وزير الداخلية من الاجتماع في بغداد، وقال إن الوضع مستقر.",
    "خرج الرئيس إلى الشرفة في القصر الجمهوري، ولوح للمواطنين.",
]


@pytest.mark.parametrize("text,places", GONE_OUT_FOR)
def test_a_crowd_gone_out_for_a_purpose_past_a_comma_protests(pipeline, text, places):
    assert _places(pipeline, text) == places


@pytest.mark.parametrize("text", NOT_GONE_OUT)
def test_going_out_with_no_purpose_is_no_protest(pipeline, text):
    assert not _places(pipeline, text)


# - a country named like its own capital (تونس، الجزائر، الكويت) after a preposition in the clause
#   of a building or a street is that capital (mentions.places_capitals._home_capital): the
#   protest is coded there, not dropped as country-wide; a country told with no such noun stays
#   the country.
HOME_CAPITAL = [
    ("تظاهر آلاف الطلاب أمس في شارع الحبيب بورقيبة بتونس.", {"Tunis"}),
    ("تظاهر المئات أمس أمام مقر البرلمان بتونس.", {"Tunis"}),
    ("اعتصم عشرات العمال أمس أمام مقر وزارة الداخلية في الجزائر.", {"Algiers"}),
    ("تجمع المحتجون أمس في ساحة الإرادة بالكويت للمطالبة بحل البرلمان.", {"Kuwait City"}),
    ("تظاهر آلاف الطلاب في شارع الحبيب بورقيبة بتونس وأعلنوا عن مسيرة جديدة يوم الجمعة القادم.", {"Tunis"}),
]

COUNTRY_WIDE = [
    "تظاهر المئات أمس في عدة مدن في تونس.",
    "خرجت مظاهرات أمس في مختلف أنحاء الجزائر.",
    # a building noun that is also an adjective, used as one (بلدية: municipal), is no building
    "تظاهر المئات أمس احتجاجا على نتائج انتخابات بلدية في تونس.",
    "خرجت مظاهرات أمس ضد مجالس بلدية في الجزائر.",
]


@pytest.mark.parametrize("text,places", HOME_CAPITAL)
def test_a_street_or_building_in_a_country_named_like_its_capital_is_the_capital(pipeline, text, places):
    assert _places(pipeline, text) == places


@pytest.mark.parametrize("text", COUNTRY_WIDE)
def test_a_country_with_no_street_or_building_stays_the_country(pipeline, text):
    assert not _places(pipeline, text) - {"Tunisia", "Algeria"}


# - a date right after a relative pronoun and a verb of beginning (الاحتجاجات التي بدأت يوم
#   الجمعة الماضي، التي انطلقت في 2 أكتوبر) is the day a movement began, not the day of the
#   protest told (events.crowd_dates.began_date): the protest keeps the report's day. A protest
#   told by the verb of beginning itself, or dated by a day of its own, keeps that day.
REPORT_DAY = date(2022, 10, 19)
MOVEMENT_BEGAN = [
    "وتحولت الاحتجاجات، التي بدأت يوم الجمعة الماضي، إلى مواجهات عنيفة مع قوات الأمن في حي التضامن "
    "بالعاصمة تونس، واستعمل المحتجون الحجارة.",
    "رشق محتجون قوات الأمن بالحجارة في حي التضامن بالعاصمة تونس، في إطار الاحتجاجات التي بدأت يوم الجمعة الماضي.",
    "تظاهر آلاف المعلمين أمام وزارة التربية في عمان، في إطار الاحتجاجات التي انطلقت يوم الأحد الماضي.",
    "اعتصم مئات العمال أمام مقر الولاية في قفصة ضمن الاحتجاجات التي بدأت في 2 أكتوبر.",
]
OWN_DAY = [
    ("تظاهر المئات أمس في الرمادي للمطالبة بالإفراج عن المعتقلين.", date(2022, 10, 18)),
    ("بدأت الاحتجاجات يوم الجمعة الماضي في الرمادي.", date(2022, 10, 14)),
    ("انطلقت مسيرة حاشدة يوم الأحد الماضي في الرباط.", date(2022, 10, 16)),
]


def _days(pipeline, text):
    return {e.event_date for e in events(pipeline, text, published=REPORT_DAY)
            if e.event_type in ("Protests", "Riots")}


@pytest.mark.parametrize("text", MOVEMENT_BEGAN)
def test_the_day_a_movement_began_does_not_date_the_protest_told(pipeline, text):
    assert _days(pipeline, text) == {REPORT_DAY}


@pytest.mark.parametrize("text,day", OWN_DAY)
def test_a_protest_dated_by_its_own_day_keeps_it(pipeline, text, day):
    assert _days(pipeline, text) == {day}


# - an exchange of stone-throwing (triggers.tsv تراشق بالحجارة / تراشق الحجارة: the verb and its
#   nouns, تراشقا، التراشق) is a riot, as رشق is; تراشق alone (تراشق الاتهامات) is words, no act.
STONES_EXCHANGED = [
    "شهدت ساحة التحرير ببغداد أمس تراشقا بالحجارة بين المتظاهرين وقوات الأمن.",
    "وتبادل الطرفان التراشق بالحجارة أمس قرب ساحة التحرير ببغداد.",
    "تظاهر المئات أمس في ساحة التحرير ببغداد، وتراشق المتظاهرون بالحجارة مع قوات الأمن.",
]
WORDS_EXCHANGED = [
    "تراشق الحزبان الاتهامات أمس في بغداد.",
    "تبادل النواب التراشق الكلامي أمس في جلسة البرلمان ببغداد.",
]


@pytest.mark.parametrize("text", STONES_EXCHANGED)
def test_an_exchange_of_stone_throwing_is_a_riot(pipeline, text):
    assert {e.sub_event_type for e in events(pipeline, text)} == {"Violent demonstration"}


@pytest.mark.parametrize("text", WORDS_EXCHANGED)
def test_an_exchange_of_words_is_no_riot(pipeline, text):
    assert not events(pipeline, text)
