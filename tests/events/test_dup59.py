"""Second records (round dup59, issue #9 precision): a city that is a division of its own.

A governorate that is one city (محافظة عدن، أمانة العاصمة: gazetteer data city_units.tsv) has the
city's own districts for its second-level units. An act told at the city and then district by
district (احتجاجات في شوارع مدينة عدن ... في مديريات المنصورة والشيخ عثمان) is the districts'
acts told together: the city's record folds into them (reconcile.city ``_district_of``), each
district keeping its own toll and taking the city's telling (its doer, its kind). A governorate
with a countryside (صعدة) keeps its city and districts apart, and a district's act of another kind
than the city's is an act of its own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)


def _records(full_pipeline, text):
    return sorted((e.location, e.sub_event_type, e.fatalities or 0)
                  for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, records", [
    # a protest in the city's streets, then the districts where the crowd blocked roads
    ("خرجت مظاهرات غاضبة في مدينة عدن احتجاجا على انقطاع الكهرباء. وقطع المتظاهرون الطرقات في "
     "مديريات المنصورة والشيخ عثمان وكريتر.",
     [("Al Mansurah", "Peaceful protest", 0), ("Ash Shaykh Uthman", "Peaceful protest", 0),
      ("Crater", "Peaceful protest", 0)]),
    ("شهدت مدينة عدن احتجاجات واسعة مساء الأحد. وأغلق محتجون الشوارع بالإطارات المشتعلة في مديريتي "
     "خور مكسر والمعلا.",
     [("Al Maalla'", "Peaceful protest", 0), ("Khawr Maksar", "Peaceful protest", 0)]),
    # strikes on the capital, then its districts told by attack words alone (the city's kind and doer)
    ("قصفت طائرات التحالف مواقع في العاصمة صنعاء. واستهدفت الغارات مديرية بني الحارث ومديرية الثورة.",
     [("Ath Thawrah", "Air/drone strike", 0), ("Bani Al Harith", "Air/drone strike", 0)]),
    # each district keeps its own toll
    ("قصفت طائرات مسيرة مواقع في مدينة عدن. وقتل شخصان في غارة على مديرية البريقة، فيما قتل ثلاثة في "
     "غارة على مديرية التواهي.",
     [("Al Burayqah", "Air/drone strike", 2), ("At Tawahi", "Air/drone strike", 3)]),
])
def test_city_told_again_by_its_districts(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records


@pytest.mark.parametrize("text, records", [
    # a governorate with a countryside: its city and its rural districts are places of their own
    ("اندلعت احتجاجات في مدينة صعدة. وخرج محتجون في مديريتي سحار ورازح.",
     [("Razih", "Peaceful protest", 0), ("Sa'dah", "Peaceful protest", 0), ("Sahar", "Peaceful protest", 0)]),
    # a clash in the city, protests in its districts: two kinds, two acts
    ("اندلعت اشتباكات بين قوات الحزام الأمني ومسلحين قبليين في مدينة عدن. وتظاهر محتجون في مديريتي "
     "المنصورة والشيخ عثمان.",
     [("Aden", "Armed clash", 0), ("Al Mansurah", "Peaceful protest", 0), ("Ash Shaykh Uthman", "Peaceful protest", 0)]),
])
def test_city_and_districts_kept(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records


# A protest told in a province's countryside and met by force in one town of it (فرقت قوات
# الأمن مظاهرة في ريف درعا بالقوة، then أصيب شاب أثناء تفريق المتظاهرين في بلدة طفس): one crowd's
# act whose kinds differ within the demonstrations - kept at the town, with the kind ACLED's
# precedence puts first (reconcile.area_restatement ``_one_crowd``).
@pytest.mark.parametrize("text, records", [
    ("الأمن يفرق مظاهرة بالقوة في ريف درعا\n\nفرقت قوات الأمن مظاهرة في ريف درعا بالقوة اليوم الجمعة، طالبت "
     "بإطلاق سراح المعتقلين.\n\nوقال ناشطون إن شابا أصيب برصاص قوات الأمن أثناء تفريق المتظاهرين في بلدة "
     "طفس بريف درعا الغربي.", [("Tafas", "Excessive force against protesters", 0)]),
    ("قسد تفرق مظاهرة بالقوة بريف دير الزور\n\nفرقت قسد مظاهرة في ريف دير الزور بقوة السلاح اليوم الجمعة. "
     "وقال موقع محلي إن مدنيا أصيب برصاص قسد أثناء تفريق المتظاهرين في بلدة الصبحة بريف دير الزور "
     "الشرقي.", [("As Sabkhah", "Excessive force against protesters", 0)]),
    ("الشرطة تفرق احتجاجا في ريف حلب\n\nفرقت الشرطة احتجاجا في ريف حلب الشمالي اليوم الجمعة. وأفاد ناشطون "
     "بإصابة ثلاثة محتجين برصاص الشرطة أثناء تفريقهم في مدينة اعزاز.",
     [("Izaz", "Excessive force against protesters", 0)]),
])
def test_countryside_crowd_told_again_at_its_town(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records


@pytest.mark.parametrize("text, records", [
    # a protest in the countryside, an armed attack in a town: two families, two acts
    ("خرجت مظاهرة في ريف درعا اليوم الجمعة.\n\nوقال ناشطون إن مسلحين هاجموا حاجزا لقوات النظام في بلدة "
     "طفس ما أدى إلى مقتل عنصرين.", [("Dara", "Peaceful protest", 0), ("Tafas", "Armed clash", 2)]),
])
def test_countryside_crowd_and_other_act_kept(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records
