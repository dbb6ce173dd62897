"""A strike told beside another act by a doer who is neither side of it (docs/notes/dup61.md,
issue #9: one record for several acts): قتل 7 من الحشد في هجوم لداعش ...، فيما شنت طائرات
التحالف غارات على مواقع التنظيم في المنطقة - the coalition's strike on the group is another actor
pair and type (CODING.md), not more of the group's attack (events.assemble._other_means). A
strike by one of the act's own sides (فيما قصف الحشد مواقع التنظيم) stays the act's: an
explosion inside a reported battle is part of the battle."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

FALLUJA = "قتل 7 من عناصر الحشد الشعبي في هجوم لداعش على قرية البو شجيل شمال الفلوجة، "


@pytest.mark.parametrize("published, text, records", [
    (date(2017, 5, 20), FALLUJA + "فيما شنت طائرات التحالف الدولي غارات على مواقع التنظيم في المنطقة.",
     [("Air/drone strike", "Global Coalition Against Daesh"), ("Armed clash", "Islamic State (Iraq)")]),
    (date(2019, 4, 2), "قتل خمسة مدنيين في هجوم لمسلحين مجهولين على حافلة قرب مدينة العريش، كما قصفت طائرات "
                       "مصرية مواقع المسلحين في المنطقة.",
     [("Air/drone strike", "Military Forces of Egypt"), ("Attack", "Unidentified Armed Group (Egypt)")]),
    # control: the strike of one of the act's own sides is inside the act
    (date(2017, 5, 20), FALLUJA + "فيما قصف الحشد الشعبي مواقع التنظيم في المنطقة بالمدفعية.",
     [("Armed clash", "Islamic State (Iraq)")]),
])
def test_a_strike_by_a_third_side(pipeline, published, text, records):
    got = sorted((e.sub_event_type, e.actor1) for e in pipeline(Article("t", text, published=published)).events)
    assert got == records
