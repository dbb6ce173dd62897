"""Mechanisms of the eighth round (issue #9): separate named parts of one city are separate
events (CODING.md), and the counted side of a kill verb is the one killed. Each row is one report
and its records (sub-event type, location, place as written, actor1, actor2)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # two quarters the gazetteer lacks, each named inside Baghdad: two events, both coded at
    # Baghdad (p1 for a quarter), each with its own name as written and its own toll
    ("قال مصدر إن ستة أشخاص قتلوا في انفجار سيارة مفخخة في منطقة ام المعالف، في جنوب غرب بغداد."
     " وقتل اربعة اشخاص في انفجار سيارة مفخخة مركونة في حي السريان في بغداد.",
     [("Remote explosive/landmine/IED", "Baghdad", "ام المعالف", 6),
      ("Remote explosive/landmine/IED", "Baghdad", "السريان", 4)]),
    # an adjective after the class noun is no name: the town itself
    ("قُتل مدني اليوم بقصف مدفعي على حي سكني في مدينة تعز.",
     [("Shelling/artillery/missile attack", "Taiz", "تعز", 1)]),
    # a road the gazetteer lacks, named with no town in a report about one town: a part of the
    # town the report last named as a place, not a record at the country
    # a dual class noun (منطقتي X وY) names both places; the toll told once for the two is split
    # evenly between them (CODING.md), the first taking the remainder
    ("أدى قصف نفذه الطيران التركي اليوم في منطقتي شيلادزي وكاني ماسي في دهوك إلى استشهاد خمسة مواطنين.",
     [("Air/drone strike", "Shiladiza", "شيلادزي", 3), ("Air/drone strike", "Kani Masi", "كاني ماسي", 2)]),
    # a country after "the border with" is the neighbour across it, not where the act was
    ("قالت وزارة الصحة في مدينة غزة إن شابين أصيبا. وتجمهر آلاف المتظاهرين اليوم قرب الحدود مع إسرائيل ورشقوا"
     " الجنود بالحجارة.",
     [("Violent demonstration", "Gaza", "غزة", 0)]),
    # (the report's summary at the town folds into its two parts)
    ("قصفت مليشيات حفتر أحياء مدينة طرابلس اليوم. وقتل طفل في قصف على طريق الشوك. وقتل رجلان في قصف على"
     " منطقة الهضبة.",
     [("Shelling/artillery/missile attack", "Tripoli", "الشوك", 1),
      ("Shelling/artillery/missile attack", "Tripoli", "الهضبة", 2)]),
])
def test_named_parts_of_a_city(pipeline, text, want):
    got = [(e.sub_event_type, e.location, e.location_ar, e.fatalities) for e in events(pipeline, text)]
    assert got == want, got


@pytest.mark.parametrize("text, want", [
    # the counted side after a kill verb is the one killed (an accusative إرهابيا is an armed group)
    ("قتل الجيش العراقي 47 إرهابيا في الأنبار أمس.",
     ("Armed clash", "Military Forces of Iraq", "Unidentified Armed Group (Iraq)")),
    # ... and the counted side before it (ثلاثون متمردا قتلوا في مواجهات مع X): X fought them
    ("قتل ثلاثون متمردا في مواجهات مع قوات الأمن في مدينة حلب أمس.",
     ("Armed clash", "Police Forces of Syria (2000-2024)", "Unidentified Armed Group (Syria)")),
    # a trigger right after a cause word is the verbal noun: its genitive is the doer
    ("أصيب خمسة مواطنين في مدينة طرابلس نتيجة قصف مليشيات حفتر أمس.",
     ("Shelling/artillery/missile attack", "LNA: Libyan National Army", "Civilians (Libya)")),
    # aircraft of an unnamed state are ACLED's Unidentified Military Forces, not the country's own
    ("قتل ثلاثة مدنيين بغارة طائرة مسيرة مجهولة على بلدة سرمدا أمس.",
     ("Air/drone strike", "Unidentified Military Forces", "Civilians (Syria)")),
    # a projectile that fell (سقط مقذوف) is shelling; residents (مقيمين) are civilians, counted
    # by the number after them
    ("سقط مقذوف عسكري أطلقه الحوثيون على محافظة أحد المسارحة أمس، ما نتج عنه وفاة مقيمين اثنين.",
     ("Shelling/artillery/missile attack", "Houthi Movement", "Civilians (Saudi Arabia)")),
    # a fight told as between tribes or clans has the communal militia on both sides
    ("نشب نزاع عشائري مسلح في قضاء أبي الخصيب بالبصرة أمس، أسفر عن مقتل شخصين.",
     ("Armed clash", "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)")),
    ("اندلعت اشتباكات بين عشيرتين في مدينة الرمادي أمس.",
     ("Armed clash", "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)")),
    # ... and not a fight with a named side
    ("اندلعت اشتباكات بين الجيش ومسلحين في مدينة الرمادي أمس.",
     ("Armed clash", "Military Forces of Iraq", "Unidentified Armed Group (Iraq)")),
    # live fire at protesters is excessive force, even when told as meant to disperse them
    ("أطلقت قوات الأمن النار لتفريق متظاهرين في مدينة حلفايا أمس ما أسفر عن إصابة عشرين شخصا.",
     ("Excessive force against protesters", "Protesters (Syria)", "Police Forces of Syria (2000-2024)")),
    # a burning told with no doer in a story of protesters is the crowd's: a riot
    ("أضرم متظاهرون النار في مقر حزب في قضاء سيد صادق أمس. وهذا الحادث هو الثاني من نوعه بعد حرق مماثل"
     " في مدينة حلبجة أمس.",
     ("Violent demonstration", "Rioters (Iraq)", None)),
    # a force told with a doubt about whose it is (يرجح أنها روسية): the country the hedge names
    ("قتل خمسة مدنيين بقصف لطائرات حربية يرجح أنها روسية استهدفت الأحياء السكنية في مدينة دوما أمس.",
     ("Air/drone strike", "Military Forces of Russia (2000-)", "Civilians (Syria)")),
    # people counted by their nationality are persons: civilians of the event's country ...
    ("قتل خمسة عراقيين بانفجار عبوة ناسفة صباح اليوم في حي المعامل شمال شرقي بغداد.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")),
    # ... but soldiers of a nationality are its army
    ("قتل ثلاثة جنود سوريين في هجوم على حاجز في درعا اليوم.",
     ("Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)")),
    # a killer is named, not counted: the counted soldiers are the ones killed
    ("قتل مسلحون 3 جنود في الأنبار أمس.",
     ("Armed clash", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
])
def test_the_counted_side_was_killed(pipeline, text, want):
    got = [(ev.sub_event_type, ev.actor1, ev.actor2) for ev in events(pipeline, text)]
    assert got and all(g == want for g in got), got


@pytest.mark.parametrize("text, n", [
    # a continuing practice (استمرار X في استهداف المدن) is no act of the day ...
    ("وأكد المتحدث أن استمرار المليشيات المسلحة في استهداف المدن بالصواريخ دليل على تهريب الأسلحة من ميناء الحديدة.", 0),
    # ... but an act told beside a continuing one is
    ("قتل ثلاثة مدنيين مع استمرار القصف على مدينة إدلب اليوم.", 1),
])
def test_continuing_practice(pipeline, text, n):
    assert len(events(pipeline, text)) == n
