"""Mechanisms of types51 (issue #9, docs/notes/types51.md), on sentences made up in the style of
the wire copy:

- a crowd noun right after a preposition of an act's target (event_scope ``against``: ضد، بحق،
  تجاه) inside a condemned act (أدانت المنظمة استخدام القوة ضد المتظاهرين) is whom the condemned
  act hit: the condemnation tells no protest of that crowd (events.frames._targeted). A crowd that
  condemns something itself (ندد المتظاهرون بـ) or that marched and condemned still protests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 12, 2)


def subtypes(pipeline, text):
    return [e.sub_event_type for e in events(pipeline, text, PUB)]


CONDEMNED_AGAINST_CROWD = [
    "أدانت منظمة العفو القمع ضد المتظاهرين في بغداد.",
    "أدانت المنظمة استخدام القوة المفرطة ضد المتظاهرين في بغداد.",
    "استنكر الحزب العنف بحق المحتجين في البصرة.",
    "شجبت النقابة الاعتداءات ضد المعتصمين أمام مبنى البرلمان في عمان.",
    "ندد الاتحاد بالقمع تجاه المحتجين في مدينة صفاقس.",
]


@pytest.mark.parametrize("text", CONDEMNED_AGAINST_CROWD)
def test_a_crowd_a_condemned_act_hit_tells_no_protest(pipeline, text):
    assert not [s for s in subtypes(pipeline, text) if s in ("Peaceful protest", "Protest with intervention")]


CROWD_STILL_PROTESTS = [
    "تظاهر المئات في بغداد اليوم وأدانوا العنف ضد الصحفيين.",
    "خرج المتظاهرون في بغداد وأدانوا العنف.",
]


@pytest.mark.parametrize("text", CROWD_STILL_PROTESTS)
def test_a_crowd_that_condemns_still_protests(pipeline, text):
    assert "Peaceful protest" in subtypes(pipeline, text)
