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
