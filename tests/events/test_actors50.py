"""Mechanisms of the fiftieth round (issue #9 item 5; docs/notes/actors50.md). The sentences
are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D19 = date(2019, 6, 27)
IRAQ_POLICE, IRAQ_ARMY, TUNISIA_POLICE = "Police Forces of Iraq", "Military Forces of Iraq", "Police Forces of Tunisia"

IRGC = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"  # (actors52: ACLED's name of the unit)


@pytest.mark.parametrize("text, side_hit", [
    # a state's forces and civilians hurt together by one harm verb (told before a passive verb
    # joined by و with a count, or by و alone; or after it, coordinated): the forces are the side
    # hit - ACLED codes civilians only when the act hit civilians alone (events.roles,
    # events.victims.forces_over_civilians)
    ("قالت الوزارة إن جنديين وثلاثة مدنيين أصيبوا في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_ARMY),
    ("قالت الوزارة إن ثلاثة مدنيين وشرطيين أصيبوا في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_POLICE),
    ("قالت الوزارة إن مدنيين وجنديا أصيبوا في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_ARMY),
    ("وأفادت مصادر أن شرطيين ومدنيا أصيبوا بجروح في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_POLICE),
    ("وأصيب ثلاثة مدنيين وشرطيان في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_POLICE),
    ("قتل مدني وعنصر من الشرطة في انفجار عبوة ناسفة في مدينة الموصل.", IRAQ_POLICE),
    # the Maghreb's عون أمن (a security agent; dual عونا/عوني أمن) is a policeman
    ("وكانت الوزارة أعلنت أن عوني أمن و3 مدنيين أصيبوا جراء تفجير انتحاري وسط العاصمة تونس.", TUNISIA_POLICE),
    ("أصيب عونا أمن في تفجير انتحاري وسط العاصمة تونس.", TUNISIA_POLICE),
    # guards: civilians alone stay civilians
    ("قالت الوزارة إن ثلاثة مدنيين أصيبوا في انفجار عبوة ناسفة في مدينة الموصل.", "Civilians (Iraq)"),
    ("وأصيب ثلاثة مدنيين وطفلان في انفجار عبوة ناسفة في مدينة الموصل.", "Civilians (Iraq)"),
])
def test_round50_forces_hurt_with_civilians_are_the_side_hit(pipeline, text, side_hit):
    got = events(pipeline, text, published=D19)
    assert got and got[0].actor2 == side_hit, got


@pytest.mark.parametrize("text, doer", [
    # guards: the forces hurt are never the doer of their own wounding, nor is a doer moved
    ("قالت الوزارة إن جنديين وثلاثة مدنيين أصيبوا في انفجار عبوة ناسفة في مدينة الموصل.",
     "Unidentified Armed Group (Iraq)"),
    ("وكانت الوزارة أعلنت أن عوني أمن و3 مدنيين أصيبوا جراء تفجير انتحاري وسط العاصمة تونس.",
     "Unidentified Armed Group (Tunisia)"),
    ("قتلت القوات العراقية ثلاثة مدنيين في مدينة الموصل.", IRAQ_ARMY),
])
def test_round50_forces_hurt_are_no_doer(pipeline, text, doer):
    got = events(pipeline, text, published=D19)
    assert got and got[0].actor1 == doer, got


D25 = date(2025, 10, 29)
ISRAEL = "Military Forces of Israel"


@pytest.mark.parametrize("text, where, kind, doer", [
    # an attack told with a verb of aiming and nothing of its means or doer (استهدف منزل ... ما
    # أسفر عن) in a report of one state's air strikes or shelling is one of those strikes: it
    # takes their kind and their doer (attribute.story._strike_donor)
    ("شنت طائرات إسرائيلية غارات على مخيم النصيرات أسفرت عن استشهاد عشرة أشخاص. وفي مخيم الشاطئ، "
     "استهدف منزل لعائلة سالم قرب المسجد الأبيض ما أسفر عن استشهاد ثلاثة أشخاص وإصابة آخرين.",
     "Ash Shati' Camp", "Air/drone strike", ISRAEL),
    ("قصفت المدفعية الإسرائيلية بلدة بيت حانون ما أدى إلى استشهاد شابين. وفي مدينة خان يونس، "
     "استهدفت شقة سكنية ما أسفر عن استشهاد امرأة وطفلها.",
     "Khan Yunis", "Shelling/artillery/missile attack", ISRAEL),
    # guards: a shooting told with its means keeps its kind and its unknown doer
    ("شنت طائرات إسرائيلية غارات على مخيم النصيرات أسفرت عن استشهاد عشرة أشخاص. وفي مخيم الشاطئ، "
     "أطلق مسلحون مجهولون النار على شاب ما أسفر عن مقتله.",
     "Ash Shati' Camp", "Attack", "Unidentified Armed Group (Palestine)"),
])
def test_round50_an_aimed_act_in_a_report_of_strikes_is_one_of_them(full_pipeline, text, where, kind, doer):
    got = [e for e in events(full_pipeline, text, published=D25) if e.location == where]
    assert got and (got[0].sub_event_type, got[0].actor1) == (kind, doer), got


@pytest.mark.parametrize("text, side_hit", [
    # the side hit told by the clause's death and wound words (أسفر عن مقتل ...، ما أدى إلى
    # إصابة ...): a state's forces among the fallen win over civilians - joined by و past a
    # count or a second word of death or wounds (events.victims.told_with, events.fallen.fallen_side)
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن مقتل 3 مدنيين وشرطي.", IRAQ_POLICE),
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن مقتل مدنيين اثنين وجندي عراقي.", IRAQ_ARMY),
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن إصابة 3 مدنيين ومقتل شرطي.", IRAQ_POLICE),
    ("انفجرت عبوة ناسفة في مدينة الموصل ما أدى إلى مقتل مدني وإصابة جنديين.", IRAQ_ARMY),
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن مقتل مدني و3 جنود.", IRAQ_ARMY),
    # guards: civilians alone; forces alone
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن مقتل 3 مدنيين.", "Civilians (Iraq)"),
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل عن مقتل شرطيين.", IRAQ_POLICE),
])
def test_round50_forces_among_the_fallen_are_the_side_hit(pipeline, text, side_hit):
    got = events(pipeline, text, published=D19)
    assert got and got[0].actor2 == side_hit, got


D25A = date(2025, 8, 16)


@pytest.mark.parametrize("text, doer", [
    # "the falcons/eagles of the air" (صقور الجو، نسور الجو) and the air force's pilots are a
    # state's air force in its statements (actors.tsv gen-air): the country's military
    ("وفي 14 أغسطس، دك صقور الجو بطائرات F16 وكرا للإرهابيين في وادي الشاي شرقي صلاح الدين.", IRAQ_ARMY),
    ("نفذ صقور الجو ضربة جوية على وكر للإرهابيين في وادي الشاي شرقي صلاح الدين.", IRAQ_ARMY),
    ("دمر نسور الجو مخبأ للإرهابيين في وادي الشاي شرقي صلاح الدين.", IRAQ_ARMY),
    ("استهدف طيارو القوة الجوية وكرا للإرهابيين في وادي الشاي شرقي صلاح الدين.", IRAQ_ARMY),
])
def test_round50_the_falcons_of_the_air_are_the_air_force(full_pipeline, text, doer):
    got = events(full_pipeline, text, published=D25A)
    assert got and got[0].actor1 == doer, got


D24 = date(2024, 1, 20)


@pytest.mark.parametrize("text, doer, side_hit", [
    # a side told as the dead of a death word before it (مقتل عدد من أعضاء X، مقتل ثلاثة من عناصر
    # X) with the act noun after it past "in" (في غارة، جراء قصف) is the side hit, never the act's
    # doer (events.victims.fallen_in; event_roles.tsv member: أعضاء، عضو)
    ("هدد الرئيس الإيراني إسرائيل بالانتقام بعد مقتل خمسة من أعضاء الحرس الثوري الإيراني في غارة جوية على دمشق.",
     "Unidentified Military Forces", IRGC),
    ("هدد الرئيس الإيراني إسرائيل بالانتقام بعد مقتل عدد من أعضاء الحرس الثوري الإيراني في غارة جوية على "
     "دمشق ألقت طهران باللوم فيها على إسرائيل.", "Military Forces of Israel", IRGC),
    ("توعد الحزب بالرد بعد مقتل ثلاثة من أعضاء حزب الله في غارة جوية على بلدة عيتا الشعب جنوبي لبنان.",
     "Unidentified Military Forces", "Hezbollah"),
    # guard: the doer named after the act noun stays the doer
    ("قتل عشرة أشخاص في هجوم لتنظيم داعش على قرية في ريف دير الزور.", "Islamic State (Syria)", "Civilians (Syria)"),
])
def test_round50_the_fallen_before_the_act_are_no_doer(full_pipeline, text, doer, side_hit):
    got = events(full_pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got


@pytest.mark.parametrize("text, side_hit, not_doer", [
    # a name past a relative pronoun after the verb (على الوكر الذي يتواجد فيه عناصر داعش) is its
    # relative clause's subject - the ones in the place hit - also when the side hit is told later in
    # the clause: never the verb's subject (events.positions.past_relative; actors49 read the first case)
    ("وأضاف البيان أنه نفذت 3 ضربات جوية على الوكر الذي يتواجد فيها عناصر داعش في منطقة العيث بمحافظة "
     "صلاح الدين، وأسفرت الضربات عن قتل 4 من عناصر تنظيم داعش.", "Islamic State (Iraq)", "Islamic State (Iraq)"),
    ("نفذت ضربات جوية على المبنى الذي يختبئ فيه مسلحو داعش في منطقة العيث بمحافظة صلاح الدين، ما أسفر "
     "عن مقتل خمسة من عناصر التنظيم.", "Islamic State (Iraq)", "Islamic State (Iraq)"),
    ("شنت طائرات حربية غارات على البلدة التي يتحصن فيها مقاتلو حركة الشباب في إقليم شبيلي السفلى وقتل "
     "فيها عشرة من عناصر الحركة.", "Al Shabaab", "Al Shabaab"),
])
def test_round50_a_relative_clause_name_is_no_subject_before_the_fallen(full_pipeline, text, side_hit, not_doer):
    got = events(full_pipeline, text, published=date(2022, 4, 23))
    assert got and got[0].actor2 == side_hit and got[0].actor1 != not_doer, got


SDF, HTS = "SDF: Syrian Democratic Forces", "HTS: Hayat Tahrir al-Sham"


@pytest.mark.parametrize("text, side_hit", [
    # a strike or shelling with no side hit told, on ground its sentence says an armed side holds
    # (تحت سيطرة X، الخاضعة لسيطرة X، التي تسيطر عليها X): that side is the one hit
    # (events.fallen.held_ground, events.dual_sides.held_by)
    ("وتتعرض قرية أم الكيف بريف الحسكة الغربي لقصف عنيف من الطائرات المسيرة التابعة للجيش التركي، "
     "والواقعة تحت سيطرة قوات سوريا الديمقراطية.", SDF),
    ("قصفت المدفعية التركية قرى في ريف تل تمر الخاضعة لسيطرة قوات سوريا الديمقراطية.", SDF),
    ("شنت طائرات روسية غارات على بلدة كفرنبل التي تسيطر عليها هيئة تحرير الشام في ريف إدلب الجنوبي.", HTS),
    # guard: civilians told hit stay the side hit
    ("قتل ثلاثة مدنيين في قصف على بلدة كفرنبل التي تسيطر عليها هيئة تحرير الشام في ريف إدلب.", "Civilians (Syria)"),
])
def test_round50_a_strike_on_held_ground_hits_its_holder(full_pipeline, text, side_hit):
    got = events(full_pipeline, text, published=date(2019, 11, 13))
    assert got and got[0].actor2 == side_hit, got
