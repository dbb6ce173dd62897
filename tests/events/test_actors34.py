"""Mechanisms of the thirty-fourth round (issue #9): a device named before its own unaccusative
verb (SV order, the common shape after a speech verb and إن / أن: قال مصدر أمني إن عبوة ناسفة
انفجرت بدورية للجيش) is that verb's subject; the side named after the verb with ب, or as a
target noun (قرب دورية للجيش), is the one the device hit, not its doer - as in the VS order
(انفجرت عبوة بدورية للجيش) already; a side named after a complementizer (أن / إن) that follows an
act's verb is the subject of the clause أن opens (مشيرا إلى أن القوات الأمنية وصلت إلى المكان: the
responders, not the bombers); a country's adjective right after a place name describes the place
(بمحافظة ديالى العراقية), it names no owner of the weapon (docs/notes/actors34.md). The sentences are made up in the
style of the wire copy, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 5, 1)
UIQ, IRAQ = "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"
USYR, SYRIA = "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"

# the device, then its verb, then the side it hit: (actor1, actor2)
DEVICE_FIRST = {
    (UIQ, IRAQ): [
        "قال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم بدورية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
        "أفاد مصدر في الشرطة بأن عبوة ناسفة انفجرت بدورية للجيش العراقي في قضاء الطارمية ما أدى إلى مقتل جنديين.",
        "وأضاف أن سيارة مفخخة انفجرت قرب دورية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
        "عبوة ناسفة انفجرت صباح اليوم بدورية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
        "نقل موقع إخباري عن مصدر في الشرطة قوله إن عبوة ناسفة انفجرت صباح اليوم في قضاء الطارمية مستهدفة دورية للجيش، ما أسفر عن مقتل جندي.",
    ],
}

# guards: the same shapes already read right stay so
KEPT = {
    # VS order: the device right after the verb
    (UIQ, IRAQ): [
        "انفجرت عبوة ناسفة صباح اليوم بدورية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
        "وأضاف أن عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
        # read right on main already (an accusative device, another frame head)
        "وأضاف المصدر أن لغما أرضيا انفجر بآلية للجيش في قضاء الطارمية، ما أسفر عن مقتل جندي.",
    ],
    (USYR, SYRIA): [
        "ذكرت مصادر محلية أن عبوة ناسفة انفجرت بسيارة عسكرية لقوات النظام في ريف درعا الغربي، ما أدى إلى مقتل عنصرين.",
    ],
    # no side after the verb: the dead are the one hit
    (UIQ, "Civilians (Iraq)"): [
        "وذكر المصدر أن عبوة ناسفة انفجرت في سوق شعبي وسط الطارمية، ما أسفر عن مقتل ثلاثة مدنيين.",
    ],
}


def _cases(table):
    return [(text, want) for want, texts in table.items() for text in texts]


@pytest.mark.parametrize("text, want", _cases(DEVICE_FIRST))
def test_a_device_before_its_verb_hit_the_side_after_it(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Remote explosive/landmine/IED", *want)


@pytest.mark.parametrize("text, want", _cases(KEPT))
def test_a_device_read_right_stays(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Remote explosive/landmine/IED", *want)


# the act's verb, a complementizer past it, a side in the clause it opens: no doer of the act
RESPONDERS = [
    "وأفاد مصدر أمني أن عبوة ناسفة زرعت قرب منزل في قضاء الطارمية انفجرت مساء اليوم، لافتا إلى أن قوة أمنية سارعت إلى المكان.",
    "وذكر مصدر محلي أن عبوة ناسفة وضعت على جانب الطريق في بلدة الطارمية انفجرت صباح اليوم، مؤكدا أن الشرطة فتحت تحقيقا في الحادث.",
    "وأوضح مصدر أمني أن عبوة ناسفة زرعت أسفل سيارة في سوق شعبي بقضاء الطارمية انفجرت صباح اليوم، مشيرا إلى أن القوات الأمنية وصلت إلى موقع الانفجار.",
]
# guards, read right on main already: the responders' clause after a speech verb of its own
RESPONDERS_KEPT = [
    "انفجرت عبوة ناسفة بسوق شعبي في قضاء الطارمية، وأضاف المصدر أن قوات الأمن طوقت المنطقة.",
    "انفجرت عبوة ناسفة بسوق شعبي في قضاء الطارمية، مضيفا بأن قوات الأمن فتحت تحقيقا.",
]


@pytest.mark.parametrize("text", RESPONDERS + RESPONDERS_KEPT)
def test_a_side_after_a_complementizer_is_not_the_acts_doer(pipeline, text):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1) == ("Remote explosive/landmine/IED", UIQ)


# a country's adjective right after a place name, in the strike phrase: (sub-type, actor1, actor2)
PLACE_ADJECTIVE = [
    ("مقتل مدني وإصابة آخر في انفجار عبوة ناسفة بمحافظة ديالى العراقية",
     ("Remote explosive/landmine/IED", UIQ, "Civilians (Iraq)")),
    ("مقتل مدنيين اثنين في انفجار عبوة ناسفة بمدينة الموصل العراقية",
     ("Remote explosive/landmine/IED", UIQ, "Civilians (Iraq)")),
    ("مقتل جندي في هجوم بمحافظة إدلب السورية",
     ("Armed clash", USYR, SYRIA)),
]
# guards, right on main already: the adjective of the act (قصف إسرائيلي، غارة أمريكية) still
# names its owner; a place's adjective with no owner claimed stays so
PLACE_ADJECTIVE_KEPT = [
    ("مقتل ثلاثة مسلحين في قصف مدفعي إسرائيلي على بلدة كفرشوبا",
     ("Shelling/artillery/missile attack", "Military Forces of Israel", "Unidentified Armed Group (Lebanon)")),
    ("مقتل مدنيين في غارة أمريكية قرب مدينة الموصل العراقية",
     ("Air/drone strike", "Military Forces of the United States", "Civilians (Iraq)")),
    ("مقتل مدني في قصف مدفعي على بلدة كفرشوبا اللبنانية",
     ("Shelling/artillery/missile attack", "Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)")),
]


@pytest.mark.parametrize("text, want", PLACE_ADJECTIVE + PLACE_ADJECTIVE_KEPT)
def test_a_places_adjective_names_no_weapon_owner(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == want
