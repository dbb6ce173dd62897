"""Mechanisms of the nineteenth round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

DAY = date(2021, 1, 10)


@pytest.mark.parametrize("text, sub, actor1, location", [
    # a salvo (رشقة) and duals of shells and rockets are what a launch verb fires and what falls
    ("أطلقت حركة الجهاد الإسلامي رشقة صاروخية على مدينة سديروت أمس.",
     "Shelling/artillery/missile attack", "PIJ: Palestinian Islamic Jihad", "Sderot"),
    ("أطلق مسلحون قذيفتين على مقر الشرطة في مدينة العريش أمس.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Egypt)", "Arish"),
    ("سقطت قذيفتا هاون على حي المزة بدمشق أمس.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Damascus"),
    # a town behind ب after a nationality adjective is no person's name (الوزيرة الأمريكية رايس)
    ("اعتقلت قوات الاحتلال 12 فلسطينيا بالخليل فجر اليوم.",
     "Arrests", "Military Forces of Israel", "Hebron"),
    # مواكب: the marches of a protest movement (Sudan), gone out in like مظاهرات
    ("خرج آلاف السودانيين في مواكب الحراك الثوري في الخرطوم مطالبين برحيل البشير.",
     "Peaceful protest", "Protesters (Sudan)", "Khartoum"),
    # a barracks hit is the state's forces, by the story's country (not a tank: قصف بدبابات is the means)
    ("أعلنت المقاومة الإسلامية في لبنان استهداف ثكنة زرعيت بالأسلحة الصاروخية أمس.",
     "Shelling/artillery/missile attack", "Hezbollah", "Zar`it"),
    # a suicide attack or a bombing foiled is Disrupted weapons use (ACLED), a plot foiled nothing
    ("أحبطت قوات الأمن العراقية هجوما انتحاريا في سوق مدينة تكريت أمس.",
     "Disrupted weapons use", "Police Forces of Iraq", "Tikrit"),
    ("أحبطت الشرطة تفجير سيارة مفخخة في حي الكرادة ببغداد أمس.",
     "Disrupted weapons use", "Police Forces of Iraq", "Karrada"),
    # a class noun after another cue that heads a name of the gazetteer (قرب مدينة الصدر: Sadr
    # City, not a Yemeni village الصدر)
    ("انفجرت سيارة مفخخة في أحد أحياء مدينة الصدر أمس.",
     "Remote explosive/landmine/IED", None, "Sadr City"),
    # a two-word name written as one (أمدرمان = أم درمان)
    ("قتل ثلاثة مدنيين في قصف مدفعي على مدينة أمدرمان أمس.",
     "Shelling/artillery/missile attack", None, "Omdurman"),
])
def test_round19_records(pipeline, text, sub, actor1, location):
    got = events(pipeline, text, published=DAY)
    assert any(e.sub_event_type == sub and e.location == location
               and (actor1 is None or e.actor1 == actor1) for e in got), got


@pytest.mark.parametrize("text, when, deaths", [
    # a date or a count inside a named actor's name is no date or toll of the report
    ("قتل ثلاثة في اشتباكات بين كتيبة شهداء 17 فبراير ومسلحي أنصار الشريعة في بنغازي.", DAY, 3),
    ("قتل خمسة من عناصر كتيبة ثوار 17 فبراير في هجوم على مقرهم في بنغازي.", DAY, 5),
    ("أطلقت كتائب شهداء الأقصى صواريخ على سديروت أمس.", date(2021, 1, 9), 0),
])
def test_round19_names_hold_no_date_or_toll(pipeline, text, when, deaths):
    (e,) = events(pipeline, text, published=DAY)
    assert (e.event_date, e.fatalities) == (when, deaths)


@pytest.mark.parametrize("text, sub", [
    # a force named past a unit noun and ل (مفرزة للجيش) is the arresting verb's subject
    ("أوقفت مفرزة للجيش 12 شخصا في مدينة تمنراست أمس.", "Arrests"),
    # an arrest in the fight against smuggling, drugs or irregular migration is police work,
    # not a political event (ACLED); a clash with smugglers still is one
    ("وفي إطار محاربة التهريب والجريمة المنظمة، أوقفت مفارز للجيش 8 أشخاص بتمنراست أمس.", None),
    ("أوقفت الشرطة 12 شخصا بتهمة تهريب المخدرات في مدينة وهران أمس.", None),
    ("قتل ثلاثة مهربين في اشتباك مع حرس الحدود قرب مدينة الرويشد أمس.", "Armed clash"),
    # a plot foiled is no act (a bombing foiled is: test_round19_records)
    ("أحبطت قوات الأمن مخططا إرهابيا لاستهداف كنائس في القاهرة أمس.", None),
])
def test_round19_one_record_or_none(pipeline, text, sub):
    got = events(pipeline, text, published=DAY)
    assert [e.sub_event_type for e in got] == ([sub] if sub else [])


@pytest.mark.parametrize("text, actor2", [
    ("أعلنت المقاومة الإسلامية في لبنان استهداف ثكنة زرعيت بالأسلحة الصاروخية أمس.",
     "Military Forces of Israel"),
    ("استهدفت المقاومة الإسلامية ثكنات للجيش الإسرائيلي في الجليل الأعلى أمس.",
     "Military Forces of Israel"),
])
def test_round19_military_objects(pipeline, text, actor2):
    (e,) = events(pipeline, text, published=DAY)
    assert e.actor2 == actor2


@pytest.mark.parametrize("text, actor1, actor2", [
    # a group announcing its act by a verbal noun did it; the side after the noun is the one hit,
    # not a second speaker
    ("أعلنت سرايا القدس استهداف قوة إسرائيلية بقذيفة في حي الزيتون أمس.",
     "PIJ: Palestinian Islamic Jihad", "Military Forces of Israel"),
    ("أعلنت كتائب القسام قنص جندي إسرائيلي في خان يونس أمس.",
     "Hamas Movement", "Military Forces of Israel"),
    # a ministry announcing an attack on its own patrol did not make it
    ("أعلنت وزارة الداخلية استهداف دورية للشرطة في مدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
    # forces of a side heading the clause are its members acting (قوات من الجيش اعتقلت), not
    # the side hit (قتل خمسة من قوات الجيش)
    ("قوات من الجيش العراقي اعتقلت خمسة مسلحين في قضاء الطارمية أمس.",
     "Military Forces of Iraq", "Unidentified Armed Group (Iraq)"),
    ("قتل خمسة من قوات الجيش العراقي في هجوم في قضاء الطارمية أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    # a fall of rockets has no doer in its phrase: the army telling it is no attacker
    ("أعلن الجيش الإسرائيلي سقوط صواريخ على مدينة سديروت أمس دون وقوع إصابات.",
     "Unidentified Armed Group (Israel)", None),
])
def test_round19_announcers(pipeline, text, actor1, actor2):
    (e,) = events(pipeline, text, published=DAY)
    assert (e.actor1, e.actor2) == (actor1, actor2)
