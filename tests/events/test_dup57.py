"""A province told as the scene of acts the report then lists town by town (round dup57, issue
#9: second records). A lead names the province - its countryside (قصف على ريف إدلب الجنوبي، على
قرى وبلدات في ريف إدلب) or its name alone (على مواقع في إدلب وحماة) - and the body names the
towns hit; ACLED codes each town, and the province's record was a second record beside them
(reconcile.province_summary folds it into the towns)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)


def _places(full_pipeline, text):
    return sorted(e.location for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, places", [
    # the countryside told in the lead, three towns in the body
    ("قصف مدفعي لقوات النظام على ريف إدلب الجنوبي اليوم.\nوقال مراسلنا إن قوات النظام قصفت بالمدفعية "
     "بلدة كنصفرة، كما قصفت قرية الفطيرة، واستهدفت بالصواريخ مدينة كفرنبل.", ["Fatirah", "Kafranbel", "Kansafrah"]),
    # villages and towns of the countryside
    ("جددت قوات النظام قصفها الصاروخي على قرى وبلدات في ريف إدلب.\nوقصفت قوات النظام بلدة البارة "
     "بالصواريخ. كما قصفت القوات قرية كنصفرة بقذائف المدفعية.", ["Barah", "Kansafrah"]),
    # the province by its name alone (Hama: no town of it told, it stays)
    ("قصف للقوات الحكومية على مواقع في إدلب وحماة.\nوقصفت القوات الحكومية بقذائف المدفعية بلدة كفرنبل. "
     "واستهدفت بالصواريخ قرية الفطيرة.", ["Fatirah", "Hamah", "Kafranbel"]),
    # a lead's total told again as the towns' tolls (4 = 2 + 2)
    ("مقتل 4 مدنيين بقصف على ريف إدلب\nقتل مدنيان اليوم بقصف على بلدة كنصفرة، كما قتل مدنيان بقصف على "
     "قرية الفطيرة.", ["Fatirah", "Kansafrah"]),
])
def test_province_told_again_by_its_towns(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # the city told as a city (مدينة إدلب) is an act of its own
    ("قصفت قوات النظام مدينة إدلب بالمدفعية.\nوقصفت قوات النظام بلدة كنصفرة بالصواريخ. كما قصفت القوات "
     "قرية الفطيرة.", ["Fatirah", "Idlib", "Kansafrah"]),
    # one town alone: fold_area_restatement's (unchanged)
    ("قصف مدفعي لقوات النظام على ريف إدلب اليوم.\nوقصفت قوات النظام بلدة كنصفرة بالصواريخ.", ["Kansafrah"]),
    # a toll of its own larger than the towns' together: another act
    ("قتل خمسة مدنيين في قصف مدفعي على ريف إدلب.\nوقصفت قوات النظام بلدة كنصفرة، كما قصفت قرية الفطيرة.",
     ["Fatirah", "Idlib", "Kansafrah"]),
])
def test_province_kept(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


# The lead's only date is the day a statement told it (وفقا لما ذكره مسؤولون الأحد، أعلنت القيادة،
# الأحد، ...، بحسب ما أفاد ناشطون اليوم): the body's own earlier day is that act's day, one record
# (events.handover.STATED; reconcile.headline.fold_lead and rules._coarse_reach reach back a week).
STATED_PUB = date(2024, 3, 10)  # a Sunday


def _dated(full_pipeline, text):
    return sorted((str(e.event_date), e.location) for e in full_pipeline(Article("t", text, published=STATED_PUB)).events)


@pytest.mark.parametrize("text, records", [
    ("قتل عشرات الأشخاص في اشتباكات قبلية في مدينة سبها جنوبي ليبيا، وفقا لما ذكره مسؤولون اليوم الأحد.\n"
     "وأوضح المسؤولون أن الاشتباكات اندلعت قبل 4 أيام بين مسلحين من قبيلتين، وأسفرت عن مقتل 37 شخصا.",
     [("2024-03-06", "Sabha")]),
    ("أفادت مصادر محلية، اليوم الأحد، بمقتل ثلاثة مدنيين في هجوم مسلح على قرية في محافظة درعا.\nوقالت المصادر "
     "إن مسلحين مجهولين هاجموا مساء الخميس الماضي منزلا في بلدة طفس، ما أدى إلى مقتل ثلاثة مدنيين.",
     [("2024-03-07", "Tafas")]),
    ("ذكرت وكالة الأنباء الرسمية، اليوم الأحد، أن خمسة جنود قتلوا في هجوم على موقع للجيش في مدينة العريش.\n"
     "وأوضحت الوكالة أن مسلحين هاجموا الموقع مساء الجمعة الماضي وقتلوا خمسة جنود.", [("2024-03-08", "Arish")]),
    ("قتل ستة مدنيين في غارات جوية على مدينة سراقب، بحسب ما أفاد ناشطون اليوم الأحد.\nوقال الناشطون إن الطائرات "
     "الحربية شنت غارات على المدينة مساء الخميس الماضي، ما أسفر عن مقتل ستة مدنيين.", [("2024-03-07", "Saraqib")]),
    # control: the lead's day is its own act's (قتل ... اليوم الأحد), the earlier act another one
    ("قتل ثلاثة جنود اليوم الأحد في هجوم مسلح على حاجز للجيش في مدينة سبها.\nوكان جنديان قد قتلا في هجوم مماثل "
     "على حاجز في مدينة سبها قبل 4 أيام.", [("2024-03-06", "Sabha"), ("2024-03-10", "Sabha")]),
])
def test_statement_day_lead_is_the_body_act(full_pipeline, text, records):
    assert _dated(full_pipeline, text) == records
