"""A bare aircraft noun is the air means only where a strike is told with it (issue #9,
mentions.trigger_aircraft): after a strike noun (ل، ب or من between), as the subject of a firing
verb, or as the instrument of a strike verb; not as a target or a craft that crashed; and a bomb
thrown by hand is a grenade (mentions.trigger_thrown). Made-up
sentences in the style of the news read."""
from __future__ import annotations

import pytest

from hadath.text.stage import TextStage
from hadath.mentions.triggers import TriggerStage
from hadath.types import Article, Doc


def _air(text: str) -> list[str]:
    doc = TriggerStage()(TextStage()(Doc(Article("t", text))))
    return [m.surface for m in doc.mentions if m.kind == "weapon" and m.value.lemma == "air"]


@pytest.mark.parametrize("text, word", [
    ("قتل ثلاثة مدنيين في قصف الطائرات على منزل في مدينة رفح.", "الطائرات"),
    ("قتل ثلاثة مدنيين في قصف للطائرات على منزل في مدينة رفح.", "للطائرات"),
    ("قتل ثلاثة مدنيين في قصف لطائرة على منزل في مدينة رفح.", "لطائرة"),
    ("قتل ثلاثة مدنيين بقصف من الطائرات على منزل في مدينة رفح.", "الطائرات"),
    ("قتل مسلحان في ضربة من طائرة على سيارتهما قرب مدينة مأرب.", "طائرة"),
    ("قتل ثلاثة مدنيين بقصف طائرات على منزل في مدينة رفح.", "طائرات"),
    ("أطلقت طائرة صاروخا على سيارة في مدينة رفح ما أدى إلى مقتل ثلاثة مدنيين.", "طائرة"),
    ("استهدف صاروخ أطلقته طائرة منزلا في مدينة رفح ما أدى إلى مقتل ثلاثة مدنيين.", "طائرة"),
    ("قتل ثلاثة مدنيين بصاروخ أطلقته مقاتلة على منزل في مدينة رفح.", "مقاتلة"),
    ("قصفت القوات الموقع بطائرة فجر اليوم.", "بطائرة"),
])
def test_bare_aircraft_striking(text, word):
    assert word in _air(text)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون طائرة في مطار المزة ما أدى إلى مقتل ثلاثة جنود.",
    "تحطمت طائرة في مطار المزة ما أدى إلى مقتل ثلاثة جنود.",
    "أعلن الجيش استهداف طائرة للمعارضة في ريف حماة.",
    "وصلت طائرة تقل مساعدات إلى مطار عدن.",
])
def test_bare_aircraft_not_striking(text):
    assert _air(text) == []


@pytest.mark.parametrize("text, want", [
    # drone spellings (weapons.tsv)
    ("قتل ثلاثة مدنيين بقصف طيران مسير على منزل في مدينة رفح.", ["drone"]),
    ("قتل ثلاثة مدنيين بقصف الطيران المسير على منزل في مدينة رفح.", ["drone"]),
    ("قتل ثلاثة مدنيين بقصف من طائرة دون طيار على منزل في مدينة رفح.", ["drone"]),
    # a bare bomb thrown by hand is a grenade (mentions.trigger_thrown)
    ("ألقى مجهول قنبلة على منزل في بلدة الخالص ما أدى إلى إصابة طفلين.", ["grenade"]),
    ("ألقى مسلحون مجهولون قنبلة على منزل في بلدة الخالص ما أدى إلى مقتل طفلين.", ["grenade"]),
    ("رمى شاب قنبلة على دورية للشرطة في حي الجمهورية بالبصرة.", ["grenade"]),
    ("قتل شرطي بإلقاء قنبلة على دورية في حي الجمهورية بالبصرة.", ["grenade"]),
    # a planted bomb, and ألقى القبض (an arrest), stay a bomb
    ("انفجرت قنبلة زرعت تحت سيارة موظف في بلدة الخالص.", ["ied"]),
    ("ألقى الأمن القبض على زارع قنبلة في بلدة الخالص.", ["ied"]),
])
def test_means_spellings(text, want):
    doc = TriggerStage()(TextStage()(Doc(Article("t", text))))
    assert [m.value.lemma for m in doc.mentions if m.kind == "weapon"] == want
