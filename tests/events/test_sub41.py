"""Aircraft named by their model or as the air force's craft, or a bare aircraft noun striking
(mentions.trigger_aircraft), are the means of the strike (issue #9,
docs/notes/sub41.md): F-16, إف-16, سوخوي، ميغ، أباتشي، طيران القوة الجوية (weapons.tsv, air). The
sentences are made up in the style of the reports read, never copied from them."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2022, 4, 23)


@pytest.mark.parametrize("text", [
    # a model name after the aircraft noun, in Latin letters, with quotes, hyphen or underscore
    "استهدفت طائرات F16 العراقية وكرا لتنظيم داعش في قضاء الحويجة وقتلت أربعة من عناصره.",
    "استهدفت طائرات “F16” وكرا لتنظيم داعش في قضاء الحويجة وقتلت أربعة من عناصره.",
    "نفذت طائرات F_16 ضربة على وكر لتنظيم داعش في قضاء الحويجة وقتلت أربعة من عناصره.",
    "دمرت مقاتلات F-35 مستودعا للأسلحة في منطقة القائم وقتلت ثلاثة من عناصر الفصيل.",
    # the same in Arabic letters
    "استهدفت طائرات إف-16 وكرا لتنظيم داعش في قضاء الحويجة وقتلت أربعة من عناصره.",
    "قصفت طائرات سوخوي بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.",
    "قصفت طائرات ميغ بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.",
    "قصفت طائرة أباتشي منزلا في بلدة بيت لاهيا ما أدى إلى مقتل ثلاثة مدنيين.",
    # the air force's aircraft
    "نفذ طيران القوة الجوية ضربة ضد تنظيم داعش في ناحية السعدية وقتل عنصرين من التنظيم.",
    "قصف طيران سلاح الجو مواقع للمسلحين في ناحية السعدية وقتل عنصرين منهم.",
    # a bare aircraft noun after a strike noun or firing a missile (mentions.trigger_aircraft)
    "قتل ثلاثة مدنيين في قصف الطائرات على منزل في مدينة رفح.",
    "قتل ثلاثة مدنيين بقصف من الطائرات على منزل في مدينة رفح.",
    "أطلقت طائرة صاروخا على سيارة في مدينة رفح ما أدى إلى مقتل ثلاثة مدنيين.",
    "استهدف صاروخ أطلقته طائرة منزلا في مدينة رفح ما أدى إلى مقتل ثلاثة مدنيين.",
    "قتل ثلاثة مدنيين بقصف طيران مسير على منزل في مدينة رفح.",
])
def test_aircraft_named_by_model_strike_from_the_air(pipeline, text):
    got = events(pipeline, text, published=PUB)
    assert got and all(e.sub_event_type == "Air/drone strike" for e in got), \
        [(e.sub_event_type, e.location) for e in got]


@pytest.mark.parametrize("text, sub", [
    # the air force as the side a man belonged to is no means of the act
    ("اغتال مسلحون مجهولون قائد القوات الجوية في مدينة الموصل أمس.", "Air/drone strike"),
    ("قتل ضابط في القوة الجوية برصاص مسلحين في بغداد أمس.", "Air/drone strike"),
])
def test_air_force_as_a_side_is_no_means(pipeline, text, sub):
    got = events(pipeline, text, published=PUB)
    assert all(e.sub_event_type != sub for e in got), [(e.sub_event_type, e.location) for e in got]


@pytest.mark.parametrize("text", [
    # a bomb thrown by hand (mentions.trigger_thrown): ACLED's Grenade
    "ألقى مسلحون مجهولون قنبلة على منزل في بلدة الخالص ما أدى إلى مقتل طفلين.",
    "رمى شاب قنبلة على دورية للشرطة في حي الجمهورية بالبصرة ما أدى إلى مقتل شرطي.",
    "قتل شرطي بإلقاء قنبلة على دورية في حي الجمهورية بالبصرة.",
])
def test_thrown_bomb_is_a_grenade(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text, published=PUB)] == ["Grenade"]
