"""Mechanisms of the seventeenth round (issue #9), one report per row: the side that fired what
fell (سقطت قذائف أطلقها X), the group the arrested are charged with belonging to (بتهمة الانتماء
إلى X), and the doer of the act a death verb is told by when the killed stand before the verb
(إن اثنين من مقاتليها استشهدا بهجوم لداعش)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # the launcher of what fell did it, a member noun between
    ("سقطت مقذوفات أطلقتها عناصر من ميليشيات البوليساريو قرب مدينة السمارة دون خسائر.",
     [("Shelling/artillery/missile attack", "Polisario Front", None)]),
    # ... while the launcher of what was intercepted is the side the interceptor acted on
    ("أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقتها ميليشيا الحوثي فوق مدينة جازان.",
     [("Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthi Movement")]),
])
def test_round17_launcher(pipeline, text, want):
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, published=date(2021, 12, 10))]
    assert got == want


@pytest.mark.parametrize("text, actor2", [
    ("ألقت قوات الأمن القبض على خمسة أشخاص بتهمة الانتماء إلى جماعة الإخوان المسلمين في محافظة الشرقية.",
     "Muslim Brotherhood"),
    ("أوقفت الشرطة التركية 17 شخصا يشتبه في انتمائهم إلى حزب العمال الكردستاني في ديار بكر.",
     "PKK: Kurdistan Workers Party"),
    # no group named: the arrested are people of the country
    ("ألقت قوات الأمن القبض على خمسة أشخاص في محافظة الشرقية.", "Civilians (Egypt)"),
])
def test_round17_arrested_members(pipeline, text, actor2):
    (e,) = events(pipeline, text, published=date(2019, 5, 2))
    assert (e.sub_event_type, e.actor2) == ("Arrests", actor2)


@pytest.mark.parametrize("text", [
    "قالت هيئة الحشد الشعبي إن اثنين من مقاتليها استشهدا بهجوم لداعش في أطراف خانقين.",
    "استشهد اثنان من مقاتلي الحشد الشعبي بهجوم لداعش في أطراف خانقين.",
    "قالت هيئة الحشد الشعبي إن اثنين من مقاتليها قتلا بهجوم لداعش في أطراف خانقين.",
])
def test_round17_death_told_by_an_attack(pipeline, text):
    (e,) = events(pipeline, text, published=date(2023, 1, 5))
    assert (e.actor1, e.actor2, e.fatalities) == ("Islamic State (Iraq)", "PMF: Popular Mobilization Forces", 2)


@pytest.mark.parametrize("text", [
    # a kill noun in scare quotes still takes its object and counts it
    'أعلنت وزارة الدفاع التركية، اليوم السبت، "تحييد" مسلحين اثنين من حزب العمال الكردستاني في غارة جوية على قضاء سنجار شمال العراق.',
    "أعلنت وزارة الدفاع التركية، اليوم السبت، تحييد مسلحين اثنين من حزب العمال الكردستاني في غارة جوية على قضاء سنجار شمال العراق.",
])
def test_round17_scare_quotes(pipeline, text):
    (e,) = events(pipeline, text, published=date(2022, 8, 20))
    assert (e.actor1, e.actor2, e.fatalities) == ("Military Forces of Turkey", "PKK: Kurdistan Workers Party", 2)


@pytest.mark.parametrize("text, deaths", [
    # a group's name inside the counted noun phrase is no one more killed
    ("قتل سبعة من مسلحي جماعة الحوثي وجنديان من القوات الحكومية في مواجهات في مديرية حيس جنوبي محافظة الحديدة.", 9),
    # ... while one named before a joined count still is
    ("قتل ضابط وأربعة مجندين في هجوم على حاجز في مدينة العريش.", 5),
])
def test_round17_one_more_killed(pipeline, text, deaths):
    (e,) = events(pipeline, text, published=date(2019, 1, 8))
    assert e.fatalities == deaths


@pytest.mark.parametrize("text, deaths", [
    # an assassination kills one when no count and no victim noun is read near the verb
    ("اغتال مسلحون مجهولون يستقلون دراجة نارية الناشطة ريهام يعقوب وسط مدينة البصرة مساء الأربعاء.", 1),
    ("اغتال مسلحون مجهولون الناشطة ريهام يعقوب وسط مدينة البصرة مساء الأربعاء.", 1),
    # ... a count still counts
    ("اغتال مسلحون مجهولون ثلاثة ناشطين وسط مدينة البصرة مساء الأربعاء.", 3),
])
def test_round17_assassination_kills_one(pipeline, text, deaths):
    (e,) = events(pipeline, text, published=date(2020, 8, 20))
    assert (e.sub_event_type, e.fatalities) == ("Attack", deaths)


@pytest.mark.parametrize("text, deaths", [
    # the dead of the act's other side, told in a continuation, add to its toll (all sides)
    ("قتل 23 جنديا مصريا في هجوم شنه مسلحون على نقاط تفتيش للجيش جنوب مدينة رفح. "
     "وقال المتحدث العسكري إن قوات الجيش قتلت 40 من المهاجمين.", 63),
    ("قتل نحو 20 عنصرا من تنظيم داعش في اشتباكات مع قوات البيشمركة جنوب كركوك، فيما قتل جنديان من البيشمركة.", 22),
    # ... while a toll told again for the same side stays one toll
    ("قتل 23 جنديا مصريا في هجوم شنه مسلحون على نقاط تفتيش للجيش جنوب مدينة رفح. "
     "وقال المتحدث العسكري إن 23 جنديا قتلوا في الهجوم.", 23),
])
def test_round17_both_sides_dead(pipeline, text, deaths):
    (e,) = events(pipeline, text, published=date(2017, 7, 8))
    assert e.fatalities == deaths


def test_round17_islamic_state_in_western_niger(pipeline):
    text = "قتل عشرة جنود في هجوم لتنظيم داعش قرب بلدة تيلابيري غرب النيجر."
    (e,) = events(pipeline, text, published=date(2024, 3, 21))
    assert e.actor1 == "Islamic State (Sahel)"


@pytest.mark.parametrize("text, want", [
    # الدعم inside the name of the Rapid Support Forces supports no one: the actor after it is a side
    ("اندلعت اشتباكات عنيفة بين قوات الدعم السريع والجيش السوداني في مدينة الفاشر.",
     ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")),
    ("هاجمت قوات الدعم السريع الجيش السوداني في مدينة الفاشر.",
     ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")),
    ("استهدفت مسيرات انتحارية تابعة للدعم السريع قاعدة عسكرية في بورتسودان.",
     ("Air/drone strike", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")),
    # ... while a support word of its own still makes the actor after it a side's means
    ("شنت قوات الجيش هجوما على مواقع المتمردين مدعومة بسلاح الجو في مدينة الفاشر.",
     ("Air/drone strike", "Military Forces of Sudan (2019-)", "Unidentified Armed Group (Sudan)")),
])
def test_round17_support_word_inside_a_name(pipeline, text, want):
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, published=date(2024, 6, 2))]
    assert got[:1] == [want]


@pytest.mark.parametrize("text, actor1", [
    # a trailing claim with the claimant before its verb
    ("مقتل 27 شخصا في تفجير انتحاري استهدف كنيسة مار جرجس في طنطا، وتنظيم الدولة يتبنى.", "Islamic State (Egypt)"),
    # ... no claimant, no claim
    ("قتل 27 شخصا في تفجير انتحاري استهدف كنيسة في مدينة طنطا، ولم يتبن أحد الهجوم.", "Unidentified Armed Group (Egypt)"),
])
def test_round17_trailing_claim(pipeline, text, actor1):
    (e,) = events(pipeline, text, published=date(2017, 4, 9))
    assert e.actor1 == actor1


@pytest.mark.parametrize("text", [
    # a protest suppressed (قمع) met an intervention, by the force that suppressed it
    "قمعت عناصر من أمن السلطة وقفة احتجاجية في رام الله تنديدا بمقتل الناشط نزار بنات.",
    "قمعت قوات الأمن تظاهرة في مدينة الخليل.",
])
def test_round17_suppressed_protest(pipeline, text):
    (e,) = events(pipeline, text, published=date(2021, 6, 26))
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Protest with intervention", "Protesters (Palestine)", "Police Forces of Palestine")


@pytest.mark.parametrize("text, want", [
    # a state force killing during a brawl attacks; no mob
    ("قتل شاب برصاص أمين شرطة خلال مشاجرة في حي شبرا بالقاهرة.", ("Attack", "Police Forces of Egypt")),
    # ... residents beating people are a mob
    ("اعتدى عشرات من أهالي القرية على رجلين وضربوهما حتى الموت في مدينة الحلة.", ("Mob violence", "Rioters (Iraq)")),
])
def test_round17_force_in_a_brawl(pipeline, text, want):
    (e,) = events(pipeline, text, published=date(2022, 9, 16))
    assert (e.sub_event_type, e.actor1) == want


@pytest.mark.parametrize("text, actor1", [
    # the side holding the place of detention did the torture or the death in custody
    ("توفي معتقل تحت التعذيب في أحد سجون قوات الأمن في مدينة حمص.", "Police Forces of Syria (2000-2024)"),
    ("قضى شاب تحت التعذيب في سجون النظام السوري في مدينة حمص.", "Military Forces of Syria (2000-2024)"),
])
def test_round17_death_in_custody(pipeline, text, actor1):
    (e,) = events(pipeline, text, published=date(2018, 9, 16))
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", actor1, "Civilians (Syria)")


def test_round17_dateline_town_is_no_actor(pipeline):
    # the dateline's town مدني (Wad Madani) is also the word for "civilian": no side of the act
    text = "مدني - اختطفت قوات الدعم السريع عددا من الشبان من أحياء مدينة ود مدني، بحسب لجان المقاومة."
    (e,) = events(pipeline, text, published=date(2024, 1, 5))
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Abduction/forced disappearance", "RSF: Rapid Support Forces", "Civilians (Sudan)")


def test_round17_concurrent_act_is_its_own(pipeline):
    # ، بالتزامن مع قصف ... على قرى X: another act beside the first, at its own places
    text = ("نفذت طائرات حربية روسية غارات جوية على قرية البارة في جبل الزاوية جنوبي إدلب، بالتزامن مع قصف"
            " صاروخي لقوات النظام على قرى سفوهن والفطيرة.")
    got = [(e.sub_event_type, e.actor1, e.location) for e in events(pipeline, text, published=date(2021, 7, 14))]
    assert got == [("Air/drone strike", "Military Forces of Russia (2000-)", "Barah"),
                   ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "Safuhun"),
                   ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "Fatirah")]


@pytest.mark.parametrize("text, want", [
    # counted suspects tied to a group are the ones killed, the drone's owner the doer
    ("مأرب - قتل ثلاثة مشتبه بانتمائهم لتنظيم القاعدة في غارة لطائرة أمريكية بدون طيار استهدفت سيارتهم في مديرية"
     " الصومعة بمحافظة البيضاء.",
     ("Air/drone strike", "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")),
    # a protester killed, the force told in a clause of its own after حين
    ("قتل متظاهر وأصيب العشرات حين فتحت قوات الأمن العراقية النار على محتجين في ساحة التحرير وسط بغداد.",
     ("Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq")),
])
def test_round17_killed_before_a_clause(pipeline, text, want):
    (e,) = events(pipeline, text, published=date(2019, 10, 2))
    assert (e.sub_event_type, e.actor1, e.actor2) == want


RSF_HITS_ARMY = ("RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")


@pytest.mark.parametrize("text, published, want", [
    # the side after مع past a member noun, and gunmen "of" a named group are that group
    ("قتل خمسة من جنود الجيش النظامي في اشتباكات مع عناصر من الجيش السوري الحر في مدينة القصير بريف حمص.",
     date(2019, 5, 2), ("Free Syrian Army", "Military Forces of Syria (2000-2024)")),
    # the side that lost men is actor2; the side it fought, named after مع, actor1
    ("مصرع عنصرين من حركة حسم في تبادل لإطلاق النار مع قوات الأمن بمنطقة الهرم في الجيزة.",
     date(2019, 5, 2), ("Police Forces of Egypt", "Hasm Movement")),
    ("قتل ثلاثة مسلحين في تبادل لإطلاق النار مع قوات الأمن في مدينة العريش.",
     date(2019, 5, 2), ("Police Forces of Egypt", "Unidentified Armed Group (Egypt)")),
    # a fight between unnamed armed groups told in the plural, no other side after them: both sides
    ("قتل اثنان في اشتباكات بين مجموعات مسلحة في مدينة الزاوية غرب طرابلس.",
     date(2022, 8, 30), ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")),
    # ... while another side after them is the other side
    ("قتل اثنان في اشتباكات بين مسلحين وقوات الأمن في مدينة الزاوية غرب طرابلس.",
     date(2022, 8, 30), ("Unidentified Armed Group (Libya)", "Police Forces of Libya (2021-) Government of National Unity")),
    # a state's base named by a common noun is that state's forces, the side hit - also when the
    # doer was found through what it owns (مسيرات تابعة لـX)
    ("استهدفت مسيرات انتحارية تابعة للدعم السريع القاعدة البحرية في بورتسودان.", date(2024, 6, 2), RSF_HITS_ARMY),
    ("استهدفت مسيرات انتحارية تابعة للدعم السريع قاعدة عسكرية في بورتسودان.", date(2024, 6, 2), RSF_HITS_ARMY),
    # a side of one country striking across a border hits the host state's forces
    ("أطلق الحوثيون صواريخ على قاعدة جوية في خميس مشيط.", date(2019, 6, 2),
     ("Houthi Movement", "Military Forces of Saudi Arabia")),
    # ... at home, its own country's
    ("أطلق الحوثيون صواريخ على قاعدة جوية في مأرب.", date(2019, 6, 2), ("Houthi Movement", "Military Forces of Yemen")),
    # ... and the air defences that stopped its drone over a Saudi city are Saudi
    ("أسقطت الدفاعات الجوية طائرة مسيرة حوثية فوق مدينة أبها.", date(2019, 6, 2),
     ("Military Forces of Saudi Arabia", "Houthi Movement")),
])
def test_round17_sides(pipeline, text, published, want):
    (e,) = events(pipeline, text, published=published)
    assert (e.actor1, e.actor2) == want
