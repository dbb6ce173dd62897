"""Mechanisms of the twenty-second round (issue #9), one report per row: real-news phrasings of
who did it and who fought whom (docs/notes/actors22.md)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, actor1", [
    # an act "attributed to" a group (نسب إلى، نسبت إلى، ينسب إلى): the group is the doer
    # (event_roles.tsv agent_pair)
    ("قتل 20 شخصا على الأقل في هجوم على قرية نسب إلى جماعة بوكو حرام في ولاية بورنو.",
     date(2016, 5, 10), "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("قتل خمسة مدنيين في تفجير ينسب إلى حركة الشباب في مدينة بيدوا.",
     date(2019, 5, 10), "Al Shabaab"),
    ("قتل ثلاثة أشخاص في غارة جوية على بلدة جعار نسبت إلى طيران التحالف.",
     date(2017, 5, 10), "Military Forces of Saudi Arabia"),
    # armed settlers are settlers, not an unidentified armed group (actors.tsv)
    ("هاجم مستوطنون مسلحون قرية قصرة وأطلقوا النار على الأهالي.", date(2023, 5, 10), "Settlers (Israel)"),
    ("أحرقت مجموعات من المستوطنين المسلحين منزلين في قرية برقة شرق رام الله.", date(2024, 3, 2),
     "Settlers (Israel)"),
    # a country an act is attributed to (نسب إلى تركيا، نسبت إلى إسرائيل) stands for its forces
    # (state_forces.country_doer), as a country named as the verb's subject does
    ("قتل ثلاثة مقاتلين في قصف نسب إلى تركيا في منطقة سنجار.", date(2023, 6, 12), "Military Forces of Turkey"),
    ("قتل ثلاثة أشخاص في غارة نسبت إلى إسرائيل على سيارة في ريف دمشق.", date(2023, 6, 12),
     "Military Forces of Israel"),
    # ... not a country named as where someone came from
    ("قتل ثلاثة أشخاص في غارة على سيارة قادمة من تركيا في ريف إدلب.", date(2023, 6, 12),
     "Unidentified Military Forces"),
])
def test_round22_doer(pipeline, text, published, actor1):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == actor1 for e in got), got


@pytest.mark.parametrize("text, published, sides", [
    # a fight told between two unnamed armed groups whose sides the report then names "between
    # X and Y" (dual_sides.named_pair_near): the named sides, not two unidentified groups
    ("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في طرابلس أمس. وقال مصدر طبي إن 12 شخصا قتلوا في "
     "الاشتباكات بين اللواء 444 وقوة الردع الخاصة.", date(2023, 8, 16),
     {"444th Brigade", "Radaa Special Deterrence Forces"}),
    # ... named with a member noun and من after بين, and quote marks around the names
    ("اشتباكات بين فصيلين مسلحين وسط العاصمة طرابلس. وقعت الاشتباكات بين أفراد من كتيبة \"النواصي\" "
     "و \"جهاز دعم الاستقرار\" واستعملت فيها أسلحة متوسطة.", date(2022, 6, 11),
     {"Nawasi Brigade", "SSA: Stability Support Apparatus"}),
    ("اندلعت اشتباكات بين أفراد من فصيلين مسلحين في مدينة الزاوية. ووقعت المواجهات بين «كتيبة النواصي» "
     "و«جهاز دعم الاستقرار».", date(2022, 6, 11),
     {"Nawasi Brigade", "SSA: Stability Support Apparatus"}),
    # no side named: two unidentified armed groups, as before
    ("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في مدينة الزاوية غرب طرابلس أمس.", date(2023, 8, 16),
     {"Unidentified Armed Group (Libya)"}),
])
def test_round22_fight_sides(pipeline, text, published, sides):
    got = events(pipeline, text, published=published)
    assert any(e.sub_event_type == "Armed clash" and {e.actor1, e.actor2} == sides for e in got), got


@pytest.mark.parametrize("text, published, actor1, actor2", [
    # a unit or post of the army named by its kind (كمين عسكري، المفرزة العسكرية، وحدة عسكرية، موقع
    # للجيش) is the country's military: the side hit (actors.tsv gen-military)
    ("شنت مجموعة من المسلحين هجوما على كمين عسكري قرب مدينة بئر العبد في شمال سيناء.", date(2016, 10, 14),
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    ("هاجم مسلحون مجهولون موقعا للجيش في بلدة جيبو شمال بوركينا فاسو.", date(2019, 8, 20),
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    # ... and one of the police (مخافر للشرطة، مركزا للشرطة): the police
    ("هاجم مسلحون مركزا للشرطة في مدينة بانو شمال غرب باكستان.", date(2024, 2, 5),
     "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    # the positions or bases a strike hits (تمركز، تمركزات، قواعد: event_roles.tsv target) name
    # their owner as the side hit
    ("استهدف الطيران الحربي التابع للجيش السوداني مناطق تمركز قوات الدعم السريع جنوبي الخرطوم.",
     date(2023, 8, 25), "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    # Baloch separatists (actors.tsv bla)
    ("قتل عشرة جنود في هجوم شنه جيش تحرير بلوشستان على قاعدة عسكرية في إقليم بلوشستان.", date(2024, 3, 20),
     "BLA: Balochistan Liberation Army", "Military Forces of Pakistan"),
    # JNIM's name as some outlets render it (دعم for نصرة)
    ("هاجمت جماعة دعم الإسلام والمسلمين موقعا للجيش في منطقة سوم شمال بوركينا فاسو.", date(2022, 5, 10),
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso"),
    # a verb whose ending carries its plural subject (هاجموا، يهاجمون): the name right after it is
    # its object, the side hit - not a subject after the verb (event_roles.tsv plural_verb_end)
    ("وأضاف أن رجالا يستقلون دراجات نارية هاجموا دورية للجيش في منطقة تاهوا.", date(2021, 3, 22),
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    # ... while a verb before its named subject stays singular (هاجم مسلحون): as before
    ("هاجم مسلحون دورية للجيش في منطقة تاهوا.", date(2021, 3, 22),
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    # the National Guard named bare is the guard of the country the report is about (actors.tsv
    # gen-guard: Niger's army, Tunisia's guard)
    ("قال مسؤول إن رجالا يستقلون دراجات نارية هاجموا دورية الحرس الوطني في منطقة تاهوا بالنيجر.",
     date(2021, 3, 22), "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    ("هاجم مسلحون مركزا للحرس الوطني في مدينة القصرين غرب تونس.", date(2021, 3, 22),
     "Unidentified Armed Group (Tunisia)", "Police Forces of Tunisia"),
])
def test_round22_posts_and_names(pipeline, text, published, actor1, actor2):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == actor1 and e.actor2 == actor2 for e in got), got


@pytest.mark.parametrize("text, published, sub", [
    # dual weapons (weapons.tsv): two shells are shelling, two bombs an IED (and a blast of two
    # car bombs stays one)
    ("استهدفت مليشيا الحوثي مساء السبت، بقذيفتين، الأحياء السكنية وسط مدينة تعز.", date(2021, 12, 4),
     "Shelling/artillery/missile attack"),
    ("انفجرت عبوتان ناسفتان قرب سوق شعبي في مدينة بعقوبة ما أدى إلى مقتل مدنيين اثنين.", date(2021, 3, 22),
     "Remote explosive/landmine/IED"),
    ("قتل 13 شخصا في تفجير سيارتين ملغومتين وسط العاصمة الصومالية مقديشو.", date(2018, 2, 23),
     "Remote explosive/landmine/IED"),
])
def test_round22_dual_weapons(pipeline, text, published, sub):
    got = events(pipeline, text, published=published)
    assert any(e.sub_event_type == sub for e in got), got
