"""Death tolls told without a numeral (CODING.md): a singular victim or death noun is 1, a dual
is 2, an unnumbered plural is ACLED's "several" (10, an estimate)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, deaths, estimate", [
    ("أعدم تنظيم داعش شابين في مدينة الرقة أمس.", 2, False),
    ("قتل مسلحون طفلين في بلدة الحولة أمس.", 2, False),
    ("قتل مسلحون مدنيين في بلدة الحولة أمس.", 10, True),
    ("تجددت الاشتباكات في مدينة طرابلس أمس سقط فيها قتيل وعدد من الإصابات.", 1, False),
    ("قتل جندي في هجوم على حاجز في مدينة درعا أمس.", 1, False),
    ("سقط قتلى في قصف على مدينة إدلب أمس.", 10, True),
    # the nominative dual of a sound-plural victim noun is two (its ين form is also a plural)
    ("قتل مدنيان أمس بقصف على مدينة حرستا.", 2, False),
    ("استشهد مقاتلان أمس في هجوم على قرية الدردارة.", 2, False),
    # a feminine or a profession in the singular is one
    ("استشهدت صباح اليوم صحفية برصاص قناص في مدينة تعز.", 1, False),
    ("قتل مصور أمس في قصف على مدينة حلب.", 1, False),
    # a massacre of N, and N its victims (راح ضحيتها), are N deaths
    ("ارتكبت قوات النظام أمس مجزرة بحق سبعة مدنيين في قصف على مدينة حرستا.", 7, False),
    ("قصفت الطائرات أمس مدينة حلب في غارة راح ضحيتها 9 مدنيين.", 9, False),
])
def test_unnumbered_tolls(pipeline, text, deaths, estimate):
    got = events(pipeline, text)
    assert got and got[0].fatalities == deaths and got[0].fatalities_estimate == estimate, got
