"""actors63 (issue #9): which side did it.

1. The accused is the doer of the act an accusation tells in its own words (hadath.events.accused):
   the accuser - the subject of حمّل / ألقى باللوم - is a source, not a side. Before, the accuser
   was read as the doer when the accused was a country named by its name (حمّلت قسد تركيا
   مسؤولية الغارة: no actor mention for تركيا) or stood after باللوم على (read as the side hit).
2. A retelling typed a battle only because its doer is unnamed and its dead are armed men
   (وقتل خمسة من أعضاء الحرس الثوري في الهجوم الذي وقع في دمشق) is the named side's strike told
   before at its place and day on the same side hit (hadath.reconcile.told_again._named_act).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 1, 20)

# (text, actor1, actor2 wanted)
BLAMED = [
    ("حملت قوات سوريا الديمقراطية تركيا مسؤولية غارة بطائرة مسيرة على سيارة في مدينة القامشلي "
     "أسفرت عن مقتل ثلاثة مدنيين.", "Military Forces of Turkey", "Civilians (Syria)"),
    ("حمل الجيش اللبناني إسرائيل مسؤولية غارة على سيارة في بلدة بنت جبيل أدت إلى مقتل مدنيين اثنين.",
     "Military Forces of Israel", "Civilians (Lebanon)"),
    ("حملت حركة حماس إسرائيل مسؤولية قصف مدرسة بمخيم جباليا أسفر عن مقتل سبعة مدنيين.",
     "Military Forces of Israel", "Civilians (Palestine)"),
    ("حمّل حزب الله إسرائيل المسؤولية عن غارة على سيارة في بلدة بنت جبيل أدت إلى مقتل مدنيين اثنين.",
     "Military Forces of Israel", "Civilians (Lebanon)"),
    ("ألقت وزارة الدفاع السورية باللوم على قوات سوريا الديمقراطية في قصف حي الشيخ مقصود بحلب الذي "
     "أسفر عن مقتل مدنيين اثنين.", "SDF: Syrian Democratic Forces", "Civilians (Syria)"),
    ("ألقى الجيش السوداني باللوم على قوات الدعم السريع في قصف سوق بمدينة الفاشر أسفر عن مقتل عشرة "
     "مدنيين.", "RSF: Rapid Support Forces", "Civilians (Sudan)"),
]

# told right before this round, kept (control)
BLAMED_BEFORE = [
    ("اتهمت قوات سوريا الديمقراطية تركيا بقصف قرية في ريف عين عيسى ما أدى إلى مقتل ثلاثة مدنيين.",
     "Military Forces of Turkey", "Civilians (Syria)"),
    ("اتهم الجيش اليمني جماعة الحوثي بقصف حي سكني في مدينة تعز بقذائف الهاون ما أدى إلى مقتل طفلين.",
     "Houthi Movement", "Civilians (Yemen)"),
    ("حمل الجيش السوداني قوات الدعم السريع مسؤولية قصف سوق في مدينة الفاشر أسفر عن مقتل عشرة مدنيين.",
     "RSF: Rapid Support Forces", "Civilians (Sudan)"),
    ("حمّلت وزارة الخارجية الفلسطينية إسرائيل المسؤولية عن قصف مدرسة في مخيم جباليا أسفر عن مقتل "
     "سبعة مدنيين.", "Military Forces of Israel", "Civilians (Palestine)"),
]


@pytest.mark.parametrize("text,actor1,actor2", BLAMED + BLAMED_BEFORE)
def test_the_accused_is_the_doer_not_the_accuser(pipeline, text, actor1, actor2):
    evs = events(pipeline, text, PUB)
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)]


# (text, sub-event, actor1, actor2, place)
RETOLD = [
    ("قتل خمسة من أعضاء الحرس الثوري الإيراني في غارة جوية على دمشق ألقت طهران باللوم فيها على "
     "إسرائيل. ولم يعلق الجيش الإسرائيلي على الهجوم. وقتل خمسة من أعضاء الحرس الثوري في الهجوم الذي "
     "وقع اليوم في العاصمة السورية دمشق.", "Air/drone strike", "Military Forces of Israel",
     "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "Damascus"),
    ("شنت طائرات إسرائيلية غارة على موقع لحزب الله في بلدة القصير. ولم يصدر أي تعليق من الجيش "
     "الإسرائيلي على الهجوم. وقتل ثلاثة من عناصر حزب الله في الهجوم الذي وقع فجر اليوم في بلدة القصير.",
     "Air/drone strike", "Military Forces of Israel", "Hezbollah", "Al Qusayr"),
    ("شنت طائرة مسيرة تركية غارة على موقع لحزب العمال الكردستاني في قضاء سنجار. ولم تعلق أنقرة على "
     "الهجوم. وقتل أربعة من عناصر حزب العمال الكردستاني في الهجوم الذي وقع في سنجار.",
     "Air/drone strike", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "Sinjar"),
    ("شنت طائرات روسية غارات على مقر لهيئة تحرير الشام في مدينة إدلب. ولم تعلق موسكو على الهجوم. "
     "وقتل ستة من عناصر الهيئة في الهجوم الذي وقع في مدينة إدلب.",
     "Air/drone strike", "Military Forces of Russia (2000-)", "HTS: Hayat Tahrir al-Sham", "Idlib"),
    ("قصف الجيش الإسرائيلي بالمدفعية موقعا لحزب الله في بلدة الخيام. ولم يعلق الحزب على الهجوم. "
     "وقتل عنصران من حزب الله في الهجوم على بلدة الخيام.",
     "Shelling/artillery/missile attack", "Military Forces of Israel", "Hezbollah", "El Khiyam"),
]


@pytest.mark.parametrize("text,sub,actor1,actor2,place", RETOLD)
def test_unnamed_retelling_is_the_named_strike(pipeline, text, sub, actor1, actor2, place):
    evs = events(pipeline, text, PUB)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in evs] == [(sub, actor1, actor2, place)]
    assert evs[0].fatalities > 0  # (the retelling's toll kept)


def test_gunmen_attack_then_army_fire_stays_a_clash(pipeline):
    """Control: the unknown gunmen's attack on the army is a clash of its own, not the army's
    fire back (the side hit is the doer of the other act)."""
    text = ("هاجم مسلحون مجهولون حاجزا للجيش السوري في بلدة الصنمين. ولم تتبن أي جهة الهجوم. "
            "وقتل جنديان في الهجوم الذي وقع في الصنمين.")
    evs = events(pipeline, text, PUB)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Armed clash", "Unidentified Armed Group (Syria)")]


# The accusation told after the act, in a clause of the same sentence: the accuser was read as the
# doer when the accused is a country by its name (hadath.events.merge._accusers). (text, actor1)
BLAMED_AFTER = [
    ("قتل ثلاثة مدنيين بقصف مدفعي على قرية في ريف عين عيسى، واتهمت قوات سوريا الديمقراطية تركيا "
     "بالوقوف وراء القصف.", "Military Forces of Turkey"),
    ("قتل مدنيان بقصف مدفعي على بلدة الخيام، واتهم حزب الله إسرائيل بالوقوف وراء القصف.",
     "Military Forces of Israel"),
    # an accused actor, read before this round (control)
    ("قتل خمسة مدنيين في غارة جوية على سوق في مدينة الفاشر، واتهم الجيش السوداني قوات الدعم السريع "
     "بتنفيذ الغارة.", "RSF: Rapid Support Forces"),
    ("قتل طفلان بقصف على حي سكني في مدينة تعز، واتهم الجيش اليمني جماعة الحوثي بتنفيذ القصف.",
     "Houthi Movement"),
    # an accusation of something else than an act: its accuser is still the act's doer (control)
    ("شنت طائرة مسيرة إسرائيلية غارة على سيارة في بلدة صديقين، واتهم الجيش الإسرائيلي حزب الله بخرق "
     "وقف إطلاق النار.", "Military Forces of Israel"),
]


@pytest.mark.parametrize("text,actor1", BLAMED_AFTER)
def test_accuser_of_a_told_act_is_no_doer(pipeline, text, actor1):
    assert [e.actor1 for e in events(pipeline, text, PUB)] == [actor1]
