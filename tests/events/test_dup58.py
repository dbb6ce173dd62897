"""Second records (round dup58, issue #9 precision): acts told as background, summaries.

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
    # the unvowelled passive of a kill verb: counted people, nothing killed after the verb
    ("قصفت قوات النظام بلدة كنصفرة في ريف إدلب. وكان ثلاثة مدنيين قد قتلوا في قصف صاروخي على بلدة "
     "الفطيرة في ريف إدلب.", ["Kansafrah"]),
    ("قتل جنديان في هجوم لمسلحين على حاجز في مدينة العريش. وكان ثلاثة جنود قد قتلوا جراء انفجار عبوة "
     "ناسفة في مدينة رفح.", ["Arish"]),
    ("اقتحمت قوات الاحتلال مدينة جنين واعتقلت خمسة شبان. وكان شابان قد قتلا برصاص قوات الاحتلال في "
     "بلدة يعبد.", ["Janin"]),
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
    # counted doers with the one they killed after the verb; doers with no count
    ("قتل جنديان في هجوم لمسلحين على حاجز في مدينة العريش. وكان ثلاثة مسلحين قد قتلوا شرطيا في مدينة رفح.",
     ["Arish", "Rafah"]),
    ("قتل جنديان في هجوم لمسلحين على حاجز في مدينة العريش. وكان مسلحون قد قتلوا شرطيا في مدينة رفح.",
     ["Arish", "Rafah"]),
])
def test_pluperfect_act_kept(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


# A district or subdistrict told as the scene of acts the body lists village by village (قرى في
# منطقة سهل الغاب، مواقع في قضاء العمادية), and a lead's vague toll (عدد من، عشرات: an estimate) over
# the towns' own tolls: the summary folds into the towns (reconcile.province_summary).
@pytest.mark.parametrize("text, places", [
    ("قصفت قوات النظام قرى في منطقة سهل الغاب بريف حماة. وقصفت قوات النظام بالمدفعية قرية زيزون، كما "
     "قصفت قرية قلعة المضيق بالصواريخ.", ["Qalat al Madiq", "Zayzun"]),
    ("قصفت طائرات تركية مواقع في قضاء العمادية بمحافظة دهوك. وقصفت الطائرات التركية قرية سركلي، كما "
     "قصفت الطائرات التركية قرية بامرني.", ["Bamarni", "Sarkli"]),
    ("أسفر قصف جوي تركي على قرى في قضاء العمادية بمحافظة دهوك عن مقتل عدد من المدنيين. واستهدفت الطائرات "
     "التركية قرية سركلي ما أدى إلى مقتل مدني، كما استهدفت قرية بامرني ما أدى إلى مقتل مدنيين اثنين.",
     ["Bamarni", "Sarkli"]),
    ("قتل عشرات المدنيين في قصف لقوات النظام على ريف إدلب الجنوبي. وقصفت قوات النظام بلدة كنصفرة ما أدى "
     "إلى مقتل ثلاثة، كما قصفت قرية الفطيرة ما أدى إلى مقتل اثنين.", ["Fatirah", "Kansafrah"]),
    ("قتل عشرات المدنيين في قصف لقوات النظام على ريف حماة. وقصفت قوات النظام قرية زيزون ما أدى إلى مقتل "
     "طفلين، كما قصفت بلدة كفرزيتا ما أدى إلى مقتل ثلاثة مدنيين.", ["Kafr Zayta", "Zayzun"]),
])
def test_unit_told_again_by_its_towns(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # the towns lie in another district of the province: the district's act stays
    ("قصفت طائرات تركية مواقع في قضاء العمادية بمحافظة دهوك. وقصفت الطائرات التركية قرية سميل، كما "
     "قصفت الطائرات التركية مدينة زاخو.", ["Al Amadiyah", "Sumayl", "Zaxo"]),
    ("قصفت قوات النظام قرى في منطقة سهل الغاب بريف حماة. وقصفت قوات النظام بالمدفعية بلدة كفرزيتا، كما "
     "قصفت بلدة اللطامنة بالصواريخ.", ["Al Lataminah", "Al-Ghab Plain", "Kafr Zayta"]),
    # a vague toll over one town alone (fold_area_restatement's: another toll, kept)
    ("قتل عشرات المدنيين في قصف لقوات النظام على ريف حماة. وقصفت قوات النظام قرية زيزون ما أدى إلى مقتل "
     "طفلين.", ["Hamah", "Zayzun"]),
])
def test_unit_kept(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places
