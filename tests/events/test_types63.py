"""Mechanisms of types63 (issue #9, docs/notes/types63.md), on reports made up in the style of
the wire copy:

- a weapon told with the instrumental preposition ب after a verb of destroying or intercepting
  is the verb's means, not its object (دمر الجيش بالمسيرات عربات، دمرت القوات بصاروخ موجه سيارة،
  اعترضت الدفاعات بصواريخ باتريوت صاروخا): the defuse phrase (دمر مسيرات، اعترض صاروخا) does not
  stand on it (mentions.trigger_drone.instrumental_object, read by mentions.trigger_heads.head_matches),
  and a destruction done with a missile, bomb, mine or grenade is a strike by that means
  (events.means.struck_with), not a Disrupted weapons use. ACLED codes by the means: what a force
  destroys with drones, guided missiles or a roadside bomb it struck. A weapon destroyed or
  intercepted takes no ب (دمرت القوات عبوة ناسفة، أسقطت الدفاعات بصاروخ طائرة مسيرة) and stays
  a Disrupted weapons use."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

DESTROYED_WITH = [  # (text, sub-event type, actor1)
    ("دمر الجيش بالمسيرات عربات قتالية لقوات الدعم السريع في مدينة الفاشر اليوم.",
     "Air/drone strike", "Military Forces of Sudan (2019-)"),
    ("دمر الحوثيون بالطائرات المسيرة آليات للجيش في مدينة مأرب اليوم.",
     "Air/drone strike", "Houthi Movement"),
    ("دمرت قوات الدعم السريع بالمسيرات مخازن الوقود في مدينة بورتسودان اليوم.",
     "Air/drone strike", "RSF: Rapid Support Forces"),
    ("دمرت قوات النظام بصاروخ موجه سيارة لفصائل المعارضة في مدينة حلب اليوم.",
     "Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)"),
    ("دمر مقاتلو المعارضة بصواريخ موجهة دبابتين لقوات النظام في مدينة حماة اليوم.",
     "Shelling/artillery/missile attack", "Opposition Rebels (Syria)"),
    ("دمرت المقاومة بعبوة ناسفة آلية عسكرية للاحتلال في مدينة خان يونس اليوم.",
     "Remote explosive/landmine/IED", None),
]


@pytest.mark.parametrize("text,sub,actor1", DESTROYED_WITH)
def test_a_weapon_told_as_the_means_of_a_destruction_types_a_strike(pipeline, text, sub, actor1):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == [sub], text
    if actor1 is not None:
        assert evs[0].actor1 == actor1, text


INTERCEPTED_WITH = [  # the means first, the weapon intercepted or downed after it
    "اعترضت الدفاعات الجوية بصواريخ باتريوت صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان اليوم.",
    "أسقطت الدفاعات الجوية بصاروخ طائرة مسيرة للحوثيين فوق مدينة مأرب اليوم.",
]

WEAPON_DESTROYED = [  # no ب: the weapon is what was destroyed or intercepted
    "دمرت القوات عبوة ناسفة زرعت على الطريق في مدينة درعا اليوم.",
    "دمرت الدفاعات الجوية طائرة مسيرة للدعم السريع فوق مدينة الأبيض اليوم.",
    "دمرت قوات الهندسة الألغام التي زرعها التنظيم في مدينة الموصل اليوم.",
    "اعترضت الدفاعات الجوية صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان اليوم.",
]


@pytest.mark.parametrize("text", INTERCEPTED_WITH + WEAPON_DESTROYED)
def test_a_weapon_destroyed_or_intercepted_is_a_disrupted_weapon(pipeline, text):
    assert "Disrupted weapons use" in [e.sub_event_type for e in events(pipeline, text)], text


DOWNED_CRAFT = [  # a bare مسيّرة brought down or destroyed: the craft, no march
    "أسقطت الدفاعات الجوية مسيرة للحوثيين فوق مدينة مأرب اليوم.",
    "دمرت الدفاعات الجوية مسيرة للدعم السريع فوق مدينة الأبيض اليوم.",
    "أسقطت القوات مسيرات أطلقتها الميليشيا على مدينة مأرب اليوم.",
]


@pytest.mark.parametrize("text", DOWNED_CRAFT)
def test_a_craft_brought_down_is_no_march(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Disrupted weapons use"], text


MARCHES = [  # a march stopped by a force, or marching: the protest stays
    "اعترضت قوات الأمن مسيرة للمعلمين في وسط مدينة الخرطوم اليوم.",
    "خرجت مسيرة حاشدة في مدينة تعز اليوم للمطالبة برحيل الحكومة.",
]


@pytest.mark.parametrize("text", MARCHES)
def test_a_march_not_brought_down_stays_a_protest(pipeline, text):
    assert "Peaceful protest" in [e.sub_event_type for e in events(pipeline, text)], text


DUAL_CRAFT = [  # the dual of a craft noun as the object of a verb of downing or intercepting
    ("أسقط الجيش مسيرتين للدعم السريع في سماء مدينة الأبيض اليوم.", "Military Forces of Sudan (2019-)"),
    ("أسقطت الدفاعات الجوية طائرتين مسيرتين للحوثيين فوق مدينة مأرب اليوم.", "Military Forces of Yemen"),
    ("اعترضت الدفاعات الجوية مسيرتين أطلقهما الحوثيون باتجاه مدينة جازان اليوم.", None),
    ("دمرت الدفاعات الجوية مسيرتين للدعم السريع فوق مدينة مروي اليوم.", "Military Forces of Sudan (2019-)"),
]


@pytest.mark.parametrize("text,actor1", DUAL_CRAFT)
def test_two_crafts_downed_are_a_disrupted_weapon(pipeline, text, actor1):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"], text
    if actor1 is not None:
        assert evs[0].actor1 == actor1, text
