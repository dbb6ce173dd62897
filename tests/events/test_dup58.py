"""Second records of acts told as background (round dup58, issue #9 precision).

An undated pluperfect whose verb has the dead or wounded as its subject (وكان ثلاثة مدنيين قد
فقدوا حياتهم جراء قصف على بلدة X، وكان شاب قد استشهد برصاص الجيش في Y) recounts the toll of an
act told before the news: no act of the report's day (events.earlier.dated_here ``victim``). A
doer's pluperfect act (وكان الجيش قد قصف بلدة Y) and a victim's pluperfect dated recently (قد
قتلوا أمس) stay acts of the report."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)


def _places(full_pipeline, text):
    return sorted(e.location for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, places", [
    # died (فقد حياته) through a shelling at another town
    ("قصفت قوات النظام بلدة كنصفرة في ريف إدلب. وكان ثلاثة مدنيين قد فقدوا حياتهم جراء قصف صاروخي "
     "على بلدة الفطيرة في ريف إدلب.", ["Kansafrah"]),
    # a martyr (استشهد) at another town
    ("اقتحمت قوات الاحتلال مدينة جنين واعتقلت خمسة شبان. وكان شاب قد استشهد برصاص قوات الاحتلال "
     "في بلدة يعبد.", ["Janin"]),
    # met their death (لقوا مصرعهم) in a blast elsewhere
    ("قتل جنديان في هجوم لمسلحين على حاجز في مدينة العريش. وكان ثلاثة جنود قد لقوا مصرعهم في "
     "انفجار عبوة ناسفة في مدينة رفح.", ["Arish"]),
    # wounded (أصيبا) in a shelling elsewhere
    ("قصفت الطائرات الحربية مدينة الحديدة. وكان طفلان قد أصيبا بجروح في قصف مدفعي على مديرية حيس.",
     ["Al Hudaydah"]),
])
def test_victims_pluperfect_is_background(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a victim's pluperfect dated yesterday: an act the report tells
    ("قصفت قوات النظام بلدة كنصفرة في ريف إدلب. وكان ثلاثة مدنيين قد قتلوا أمس في قصف صاروخي على "
     "بلدة الفطيرة في ريف إدلب.", ["Fatirah", "Kansafrah"]),
    # a doer's pluperfect act with no date (_told_plain, unchanged)
    ("قصفت قوات النظام بلدة كنصفرة في ريف إدلب. وكانت قوات النظام قد قصفت بلدة الفطيرة في ريف إدلب.",
     ["Fatirah", "Kansafrah"]),
    ("اقتحمت قوات الاحتلال مدينة جنين واعتقلت خمسة شبان. وكانت قوات الاحتلال قد قتلت شابا في بلدة يعبد.",
     ["Janin", "Yabad"]),
])
def test_pluperfect_act_kept(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places
