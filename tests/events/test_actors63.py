"""actors63 (issue #9): which side did it.

1. The accused is the doer of the act an accusation tells in its own words (hadath.events.accused):
   the accuser - the subject of حمّل / ألقى باللوم - is a source, not a side. Before, the accuser
   was read as the doer when the accused was a country named by its name (حمّلت قسد تركيا
   مسؤولية الغارة: no actor mention for تركيا) or stood after باللوم على (read as the side hit).
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
