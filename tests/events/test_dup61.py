"""A strike told beside another act by a doer who is neither side of it (docs/notes/dup61.md,
issue #9: one record for several acts): قتل 7 من الحشد في هجوم لداعش ...، فيما شنت طائرات
التحالف غارات على مواقع التنظيم في المنطقة - the coalition's strike on the group is another actor
pair and type (CODING.md), not more of the group's attack (events.assemble._other_means). A
strike by one of the act's own sides (فيما قصف الحشد مواقع التنظيم) stays the act's: an
explosion inside a reported battle is part of the battle. Likewise a fight told beside a strike,
both its sides told and neither the striker (في حين تواصلت الاشتباكات داخل المدينة بين قوى الأمن
ومجموعات مسلحة, after Israeli strikes on army columns near al-Suwayda): events.assemble's
_another_act and reconcile.one_type.outside_fight keep it an act of its own."""
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


SWEIDA = ("استهدفت غارات إسرائيلية آليات وأرتالا للجيش السوري في محيط مدينة السويداء، في حين تواصلت الاشتباكات "
          "داخل المدينة بين قوى الأمن الداخلي ووحدات الجيش من جهة، ومجموعات مسلحة خارجة عن القانون من جهة أخرى.")
LATAMINAH = ("قصفت قوات النظام بالمدفعية بلدة اللطامنة، في حين تواصلت الاشتباكات بين قوات النظام ومسلحين من "
             "المعارضة على أطراف البلدة.")


@pytest.mark.parametrize("published, text, records", [
    (date(2025, 7, 16), SWEIDA, [("Air/drone strike", "Military Forces of Israel"), ("Armed clash", "Unidentified Armed Group (Syria)")]),
    # control: the shelling side fights in the clash - the shelling is inside the battle
    (date(2019, 4, 2), LATAMINAH, [("Armed clash", "Military Forces of Syria (2000-2024)")]),
])
def test_a_fight_beside_a_strike_by_neither_side(pipeline, published, text, records):
    got = sorted((e.sub_event_type, e.actor1) for e in pipeline(Article("t", text, published=published)).events)
    assert got == records
