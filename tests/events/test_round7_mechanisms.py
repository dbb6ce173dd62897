"""Mechanisms of the seventh round (issue #9): who was hit, read from the shape of the clause
rather than from one report's words. Each row is one report and its records (sub-event type,
place as written, actor1, actor2). Found on UniversalPetrarch's Arabic sentences (source and
target marked by their coders), checked on the real-news development set."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # a side counted with a number word before من is the one killed (مقتل ثمانية من X), not
    # the subject of the verb that follows
    ("أدت ضربة جوية أميركية أمس إلى مقتل ثمانية من مقاتلي البيشمركة في مدينة مخمور وأصابت ستة آخرين.",
     [("Air/drone strike", "مخمور", "Military Forces of the United States",
       "Peshmerga (Kurdistan Regional Government)")]),
    # ... but a count in a subject's place (إن العشرات من X هاجموا) is the side that acts
    ("وقال مسؤول الشؤون القروية في محافظة نابلس إن العشرات من مستوطني براخة هاجموا أمس المواطنين في قرية كفر قليل"
     " جنوب نابلس واعتدوا عليهم بالضرب.",
     [("Attack", "كفر قليل", "Settlers (Israel)", "Civilians (Palestine)")]),
    # an unvocalized قتل joined to a passive أصيب reads passive: the side before it was killed
    ("قال ضابط في الشرطة إن جنديا عراقيا قتل وأصيب آخر بجروح في هجوم مسلح استهدف دوريتهما في كركوك أمس.",
     [("Armed clash", "كركوك", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]),
    # ... and so does a kill verb right before the cause (قتلا بانفجار، قتلوا في هجوم)
    ("وقال مصدر أمني إن جنديين عراقيين قتلا بانفجار عبوة ناسفة استهدفت دوريتهما في كركوك أمس.",
     [("Remote explosive/landmine/IED", "كركوك", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]),
    # with an object after the verb the side before it is the killer
    ("وقال مصدر إن مسلحين قتلوا ثلاثة من عناصر الشرطة في هجوم في الموصل أمس.",
     [("Armed clash", "الموصل", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq")]),
    # a strike whose owner is named kills the counted gunmen after the verb: they are the side hit
    ("قتلت غارة جوية أمريكية ثلاثة مسلحين في مدينة الصدر ببغداد أمس.",
     [("Air/drone strike", "الصدر", "Military Forces of the United States", "Unidentified Armed Group (Iraq)")]),
    # a clash told without its sides takes the two the report named "between X and Y" before it
    ("تواصلت المواجهات المسلحة بين الجيش السوداني وقوات الدعم السريع اليوم في عدة مناطق بإقليم دارفور. وأضافت"
     " المصادر أن اشتباكات عنيفة اندلعت الليلة الماضية في مدينة الفاشر.",
     [("Armed clash", "الفاشر", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")]),
    # ... and none without them
    ("اندلعت اشتباكات عنيفة أمس في مدينة الفاشر.",
     [("Armed clash", "الفاشر", "Unidentified Armed Group (Sudan)", None)]),
    # a seizure with no doer found by the roles: the state force named in the sentence
    ("كشفت ودمرت مفارز للجيش الوطني الشعبي أمس مخبأ للجماعات الإرهابية بولاية عين الدفلى.",
     [("Disrupted weapons use", "عين الدفلى", "Military Forces of Algeria", "Unidentified Armed Group (Algeria)")]),
])
def test_records_of_the_report(pipeline, text, want):
    got = [(e.sub_event_type, e.location_ar, e.actor1, e.actor2) for e in events(pipeline, text)]
    assert got == want, got


@pytest.mark.parametrize("text, field, actor, words", [
    # the crowd noun that is also the protest's trigger is the protesters' evidence
    ("وهتف المتظاهرون ضد الحكومة أمس في مدينة الخرطوم.", "actor1", "Protesters (Sudan)", ["المتظاهرون"]),
    # after إن the said clause names its own subject: the bomber is no speaker, he acted
    ("قال مصدر أمني إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب مقر للشرطة في مدينة الرمادي أمس.", "actor1",
     "Unidentified Armed Group (Iraq)", ["انتحاريا"]),
    # a civilian group folded into ACLED's Civilians keeps its words
    ("خطف مسلحون أربعة صحفيين أمس في مدينة قندهار.", "actor2", "Civilians (Afghanistan)", ["صحفيين"]),
    ("قتل أربعة مدنيين أمس جراء قصف الجيش السوري على مدينة كفرنبل.", "actor2", "Civilians (Syria)", ["مدنيين"]),
])
def test_each_actor_points_at_its_words(pipeline, text, field, actor, words):
    (ev,) = events(pipeline, text)
    assert getattr(ev, field) == actor
    assert [text[s.start:s.end] for s in ev.evidence.get(field, ())] == words
