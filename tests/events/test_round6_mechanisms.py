"""Mechanisms of the sixth round on real news (issue #9), each row one report and the records it
must give (sub-event type, place as written, actor1): arrests told as قبض على, an unnamed arrester
as the country's police, a coordinated second arrest at a place of its own by the same doer, the
base of the side that fired, a correspondent's town, live fire at
protesters, the dual of a weapon, a peaceful وقفة."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # قبض على (not only ألقى القبض): an arrest; with no force named, ACLED's police of the country
    ("تم القبض على المتهم في مدينة الزرقاء أمس.",
     [("Arrests", "الزرقاء", "Police Forces of Jordan")]),
    ("قبضت قوات الأمن على ثلاثة مطلوبين في مدينة المكلا أمس.",
     [("Arrests", "المكلا", "Police Forces of Yemen")]),
    # a second arrest in a coordinated clause with its own place: its own record, same doer
    ("اعتقل الجيش الإسرائيلي أمس أربعة شبان من بلدة عزون، كما اعتقل شابين من مدينة قلقيلية.",
     [("Arrests", "عزون", "Military Forces of Israel"), ("Arrests", "قلقيلية", "Military Forces of Israel")]),
    # the place the shelling side is stationed in is not where the shells fell
    ("قصفت المدفعية التركية المتمركزة في مدينة إعزاز بلدة تل رفعت أمس.",
     [("Shelling/artillery/missile attack", "تل رفعت", "Military Forces of Turkey")]),
    # a plural strike noun whose consequence verb reports a toll is a specific act, and the place
    # after على right after it is where the strikes fell
    ('قالت الوزارة إن "غارات العدو الإسرائيلي على النبطية أدت إلى 12 شهيداً" أمس.',
     [("Air/drone strike", "النبطية", "Military Forces of Israel")]),
    # where a correspondent reports from is not where the act was
    ("وقال مراسلنا في دمشق إن اشتباكات اندلعت أمس في بلدة جوبر.",
     [("Armed clash", "جوبر", "Unidentified Armed Group (Syria)")]),
    # live fire at protesters is excessive force, even with no dead counted
    ("أطلقت قوات الأمن النار على متظاهرين أمس في مدينة الديوانية.",
     [("Excessive force against protesters", "الديوانية", "Protesters (Iraq)")]),
    # ... rubber bullets disperse
    ("أطلقت قوات الأمن الرصاص المطاطي على متظاهرين أمس في مدينة الديوانية.",
     [("Protest with intervention", "الديوانية", "Protesters (Iraq)")]),
    # two barrel bombs (the dual of the weapon phrase) are an air strike by the Syrian army
    ("قتل أربعة مدنيين أمس جراء استهداف بلدة كفرزيتا ببرميلين متفجرين.",
     [("Air/drone strike", "كفرزيتا", "Military Forces of Syria (2000-2024)")]),
    # protesters who set fires (أضرموا النيران, the plural of النار too) riot
    ("خرج المتظاهرون أمس في مدينة الكوت وأضرموا النيران في مبنى المحافظة.",
     [("Violent demonstration", "الكوت", "Rioters (Iraq)")]),
    # Lebanon's القوى الأمنية and Tunisia's الوحدات الأمنية are the police
    ("أوقفت القوى الأمنية ثلاثة ناشطين أمس في مدينة طرابلس اللبنانية.",
     [("Arrests", "طرابلس", "Police Forces of Lebanon")]),
    # what a protest is against (احتجاجا على مقتل شاب) is its grievance, not an act of it
    ("تظاهر المئات أمس في مدينة صفاقس احتجاجا على مقتل شاب برصاص الشرطة.",
     [("Peaceful protest", "صفاقس", "Protesters (Tunisia)")]),
    # a وقفة سلمية is a peaceful protest
    ("نظم العشرات أمس وقفة سلمية أمام مبنى المحافظة في مدينة الكرك.",
     [("Peaceful protest", "الكرك", "Protesters (Jordan)")]),
])
def test_records_of_the_report(pipeline, text, want):
    got = [(e.sub_event_type, e.location_ar, e.actor1) for e in events(pipeline, text)]
    assert got == want, got
