"""Mechanisms of types62 (issue #9, docs/notes/types62.md), on sentences made up in the style of
the wire copy.

- حدث، حصل and نشب are occurrence verbs (modality.tsv ``occur``, as اندلع، وقع، جرى، دار): a plural
  act noun they introduce (حدثت اشتباكات، حصلت مواجهات، نشبت صدامات) is an act told, not a
  generic mention (events.generic_acts). Without them the whole act was lost."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

OCCURRENCE_VERBS = [  # (text, sub-type, actor1, actor2)
    ("حدثت اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("حصلت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة الأبيض.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("نشبت اشتباكات بين الجيش وقوات الدعم السريع في مدينة نيالا.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("وقد حدثت مواجهات بين الشبان وقوات الاحتلال في بلدة بيت أمر شمال الخليل.",
     "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel"),
    ("حصلت مواجهات بين الشبان وجنود الاحتلال في بلدة بيتا جنوب نابلس.",
     "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel"),
    ("كما حدثت صدامات بين المواطنين وقوات الدعم السريع في مدينة الفاشر.",
     "Mob violence", "Rioters (Sudan)", "RSF: Rapid Support Forces"),
]


@pytest.mark.parametrize("text,sub,actor1,actor2", OCCURRENCE_VERBS)
def test_occurrence_verbs_tell_the_act(pipeline, text, sub, actor1, actor2):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [(sub, actor1, actor2)]


def test_the_fire_after_a_confrontation_with_the_people_is_no_battle(pipeline):
    evs = events(pipeline, "حدثت صدامات مع المواطنين في مدينة الفاشر، أطلقت على إثرها قوات الدعم السريع "
                           "النار ما أدى إلى مقتل أحد المواطنين.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Mob violence", "Rioters (Sudan)", "RSF: Rapid Support Forces")]


BARE_CLASH_NOUN = [  # a plural act noun with no occurrence verb stays generic (control)
    "اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.",
]


@pytest.mark.parametrize("text", BARE_CLASH_NOUN)
def test_a_bare_plural_act_noun_tells_no_act(pipeline, text):
    assert not events(pipeline, text)
