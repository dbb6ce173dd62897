"""Mechanisms of types64 (issue #9, docs/notes/types64.md), on reports made up in the style of
the wire copy:

- an arrest by a side that is no state force is ACLED's abduction when the people are taken to
  an unknown place (اقتادتهم إلى جهة مجهولة: a forced disappearance) - events.hostages; a state
  force named in the clause keeps the arrest, and so do a named group's arrest with no unknown
  place told and an arrest by unidentified gunmen (news_dev's coders code it so).
- incitement (حرض، تحريض) is a word of urging, like دعا and حث (modality.tsv appeal): the protest
  it urges is no protest told (بتهمة التحريض على التظاهر: the charge of an arrest).
- people who attack and burn a house are a mob (taxonomy.decide); stones at a force, or
  protesters' stones, stay a violent demonstration.
- an abduction is kept apart from its doers' fight (reconcile.rules FAMILY_BY_SUBTYPE).
- temples, shrines and bridges blown up are property destruction (events.demolition).
- منذ before a control word tells since when ground is held, no capture (function_words held);
  the dual of a fire is no ground (event_frames no_ground).
- an assault or soldiers on foot abroad are no air strike (events.ground_troops); a bomb the
  state's forces blew up, no one hurt, is a disrupted weapon (events.clearance.defused).
- a plural nationality noun is people a verb of holding can take (mentions.trigger_objects)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

ABDUCTED = [  # (text, actor1)
    ("داهمت قوات الدعم السريع منازل في مدينة الفاشر اليوم واعتقلت عددا من الشبان واقتادتهم إلى جهة مجهولة.",
     "RSF: Rapid Support Forces"),
    ("اعتقلت ميليشيا الحوثي اليوم خمسة تربويين في مدينة ذمار واقتادتهم إلى مكان مجهول.", "Houthi Movement"),
    ("اقتاد مسلحون اليوم مواطنين اثنين من حاجز في مدينة طرابلس إلى جهة مجهولة.",
     "Unidentified Armed Group (Libya)"),
]


@pytest.mark.parametrize("text,actor1", ABDUCTED)
def test_people_taken_by_no_authority_to_an_unknown_place_are_abducted(pipeline, text, actor1):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Abduction/forced disappearance", actor1)], text


ARRESTED = [  # a state force, a named group with no unknown place, or gunmen nobody names (news_dev's coders): an arrest
    "اعتقل مسلحون مجهولون اليوم شابين في مدينة درعا.",
    "اعتقلت قوات الاحتلال الإسرائيلي اليوم عشرة فلسطينيين في مدينة نابلس واقتادتهم إلى جهة مجهولة.",
    "اعتقلت قوات الأمن السورية اليوم ثلاثة شبان في مدينة حمص.",
    "اعتقلت هيئة تحرير الشام اليوم ناشطا إعلاميا في مدينة إدلب بسبب انتقاده لها.",
]


@pytest.mark.parametrize("text", ARRESTED)
def test_an_authority_s_arrest_stays_an_arrest(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Arrests"], text


INCITED = [  # the protest is the charge: an arrest, no protest
    "ألقت الشرطة المصرية القبض اليوم على ثلاثة أشخاص بتهمة التحريض على التظاهر في القاهرة.",
    "اعتقلت السلطات الأردنية اليوم ناشطا في عمان بتهمة تحريض المواطنين على الاحتجاج.",
]


@pytest.mark.parametrize("text", INCITED)
def test_a_protest_incited_is_no_protest_told(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Arrests"], text


def test_a_protest_held_after_a_call_is_still_told(pipeline):
    text = "تظاهر مئات المواطنين اليوم في مدينة البصرة احتجاجا على انقطاع الكهرباء."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"]


PEOPLE_BURNED = [  # people (a civilians noun) attack a house and burn it: ACLED's mob violence
    "هاجم عشرات من أهالي القرية اليوم منزل رجل متهم بالقتل في قرية قرب مدينة سوهاج وأضرموا النار فيه.",
    "هاجم مواطنون غاضبون اليوم منزل مسؤول في مدينة البصرة وأحرقوه.",
]


@pytest.mark.parametrize("text", PEOPLE_BURNED)
def test_people_who_attack_and_burn_a_house_are_a_mob(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Mob violence"], text


ARMED_BURNED = [  # an armed side or unknown men burning houses: property destruction
    "أحرقت ميليشيا الحوثي اليوم منازل مواطنين في قرية بمديرية حيس.",
    "أضرم مجهولون النار اليوم في منازل عدد من الأقباط في قرية بمحافظة المنيا.",
]


@pytest.mark.parametrize("text", ARMED_BURNED)
def test_an_armed_side_s_burning_stays_property_destruction(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Looting/property destruction"], text


STONED_FORCES = [  # a force stoned, or protesters' stones: a violent demonstration
    "رشق شبان فلسطينيون قوات الاحتلال بالحجارة اليوم عند مدخل مدينة البيرة.",
    "اشتبك محتجون مع قوات الأمن اليوم في مدينة الناصرية ورشقوها بالحجارة.",
    "أغلق محتجون الطرق بالإطارات المشتعلة ورشقوا قوات الأمن بالحجارة اليوم في مدينة صور.",
]


@pytest.mark.parametrize("text", STONED_FORCES)
def test_stones_at_a_force_or_by_protesters_are_a_violent_demonstration(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Violent demonstration"], text


def test_an_arrest_with_a_state_force_in_its_clause_is_the_force_s(pipeline):
    # the kidnappers (الخاطفين, an unidentified armed group's word) are the people arrested
    text = "اختطف مسلحون تاجرا في مدينة الموصل اليوم ثم اعتقلت الشرطة العراقية ثلاثة من الخاطفين."
    assert "Arrests" in [e.sub_event_type for e in events(pipeline, text)], text


def test_an_abduction_is_kept_apart_from_the_fight_of_its_doers(pipeline):
    # reconcile.rules: the seizing is an act of its own (the coders code the attack and the seizing apart)
    text = "هاجم مسلحون مجهولون اليوم دورية للشرطة في مدينة العريش. واختطف المسلحون مدنيين اثنين في مدينة العريش."
    assert sorted(e.sub_event_type for e in events(pipeline, text)) == ["Abduction/forced disappearance", "Armed clash"]


BLOWN_UP = [  # a building, temple, shrine or bridge blown up by its holder, no one hurt: property destruction
    "فجر عناصر تنظيم داعش اليوم معبد بعل شمين الأثري في مدينة تدمر.",
    "فجر مسلحو حركة الشباب اليوم جسرا في مدينة بلدوين.",
    "فجر تنظيم داعش اليوم مزارات وأضرحة في مدينة الموصل.",
]


@pytest.mark.parametrize("text", BLOWN_UP)
def test_a_building_blown_up_is_property_destruction(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Looting/property destruction"], text


def test_a_device_that_went_off_near_a_bridge_is_a_bomb(pipeline):
    text = "انفجرت عبوة ناسفة قرب جسر في مدينة الموصل اليوم."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Remote explosive/landmine/IED"]


SINCE_HELD = [  # منذ سيطرة X: since when X holds the ground - background, no capture told
    "قتلت قوات الدعم السريع 104 أشخاص بينهم 35 طفلا في هجوم على قرية ود النورة بولاية الجزيرة اليوم، "
    "في واحدة من أبشع المجازر منذ سيطرة الدعم السريع على معظم الولاية في ديسمبر الماضي.",
    "قتل مسلحون عشرة مدنيين في هجوم على قرية قرب مدينة الفاشر اليوم، وهو الأعنف منذ سيطرة الحركة على المنطقة قبل عامين.",
]


@pytest.mark.parametrize("text", SINCE_HELD)
def test_a_control_word_after_since_is_no_capture(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Attack"], text


def test_a_capture_told_now_is_still_a_capture(pipeline):
    text = "سيطرت قوات الدعم السريع اليوم على مدينة ود مدني بعد معارك مع الجيش."
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in events(pipeline, text)]


FIRES_CONTROLLED = [  # the dual of a fire controlled: no ground changes hands
    "أعلنت وزارة الداخلية السعودية اليوم أن فرق الأمن الصناعي باشرت السيطرة على حريقين في معملين تابعين "
    "لشركة أرامكو في بقيق، نتيجة استهدافهما بطائرات مسيرة.",
    "تمكنت فرق الدفاع المدني اليوم من السيطرة على حريقين اندلعا في سوق مدينة حلب.",
]


@pytest.mark.parametrize("text", FIRES_CONTROLLED)
def test_two_fires_controlled_are_no_territory(pipeline, text):
    subs = [e.sub_event_type for e in events(pipeline, text)]
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(subs), (text, subs)


ON_THE_GROUND = [  # (text, actor1): an assault, or soldiers on foot, abroad - an attack, no air strike
    ("اعتدت قوات الاحتلال اليوم على المواطنين في بلدة بيتا جنوب نابلس.", "Military Forces of Israel"),
    ("اعتدى جنود الاحتلال بالضرب على مواطن فلسطيني قرب مدينة الخليل اليوم.", "Military Forces of Israel"),
    ("هاجم جنود الاحتلال اليوم منزل مواطن في مدينة الخليل واعتدوا على سكانه.", "Military Forces of Israel"),
    ("اعتدى جنود الجيش التركي اليوم على مزارعين سوريين قرب الحدود في ريف إدلب.", "Military Forces of Turkey"),
]


@pytest.mark.parametrize("text,actor1", ON_THE_GROUND)
def test_a_state_s_soldiers_assaulting_people_abroad_strike_nothing_from_the_air(pipeline, text, actor1):
    assert [(e.sub_event_type, e.actor1) for e in events(pipeline, text)] == [("Attack", actor1)], text


def test_a_state_s_army_attacking_a_village_abroad_is_still_an_air_strike(pipeline):
    text = "هاجم الجيش التركي اليوم قرية في ريف الحسكة."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Air/drone strike"]


def test_a_bomb_the_army_found_and_blew_up_is_a_disrupted_weapon(pipeline):
    text = "فجر الجيش المصري اليوم عبوة ناسفة زرعها مسلحون على طريق العريش بعد اكتشافها."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Disrupted weapons use"]


BOMBINGS = [  # gunmen set off a bomb, or someone was hurt: a bombing
    "فجر مسلحون اليوم عبوة ناسفة استهدفت دورية للجيش في مدينة العريش.",
    "فجر الجيش المصري اليوم عبوة ناسفة في مدينة العريش ما أدى إلى إصابة جنديين.",
]


@pytest.mark.parametrize("text", BOMBINGS)
def test_a_bomb_set_off_by_gunmen_or_that_hurt_someone_is_a_bombing(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Remote explosive/landmine/IED"], text


NATIONALS_HELD = [  # a plural nationality noun as the object of a verb that needs a person
    "أوقف الجيش اللبناني اليوم سوريين اثنين في بلدة عرسال.",
    "أعلن الجيش اللبناني اليوم توقيف سوريين اثنين دخلا البلاد خلسة في بلدة عرسال.",
    "احتجزت السلطات الليبية اليوم مصريين في مدينة طبرق.",
]


@pytest.mark.parametrize("text", NATIONALS_HELD)
def test_nationals_held_are_people_arrested(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Arrests"], text


NOTHING_HELD = [  # no person held: work or operations stopped
    "أوقفت الشرطة اليوم العمل في ميناء طرابلس.",
    "أوقف الجيش التركي اليوم العمليات العسكرية في شمال سوريا.",
]


@pytest.mark.parametrize("text", NOTHING_HELD)
def test_a_stop_of_no_person_is_no_arrest(pipeline, text):
    assert not events(pipeline, text), text


def test_a_car_bomb_that_blew_up_a_bus_is_no_disrupted_weapon(pipeline):
    text = "انفجرت اليوم سيارة مفخخة في مدينة زاهدان، وقالت الوكالة إن سيارة مفخخة فجرت حافلة مملوكة للحرس الثوري."
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events(pipeline, text)]
