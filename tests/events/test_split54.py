"""Places of one act's list joined by something other than و (round split54, issue #9,
"covered by another"): ACLED codes each named place an act hit as an event of its own
(CODING.md), and hadath lost the places after

- a word of addition and its preposition (X إضافة إلى قرية Y، X بالإضافة إلى مدينة Y، X فضلا
  عن Y، X علاوة على Y، X إضافة لقرية Y: event_frames.tsv ``addition`` / ``addition_link``);
- a second object of the act's verb, joined by و and placed by في of its own (قصف مدرسة في X
  ومسجدا في Y، منزلا في X، وسيارة في Y، منزلا في X ودراجة نارية في Y).

Each such place is one more place of the list (events.place_chain), as after و."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 14)


def _places(full_pipeline, text):
    return sorted(e.location for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, places", [
    # a word of addition and its preposition
    ("شنت طائرات حربية غارات على مدينة الميادين إضافة لقرية الشحيل بريف دير الزور.",
     ["Al Mayadin", "Shahil"]),
    ("قصفت المدفعية بلدة كفرنبل بالإضافة إلى مدينة سراقب في ريف إدلب.", ["Kafranbel", "Saraqib"]),
    ("استهدفت غارات إسرائيلية بلدة الخيام، فضلا عن بلدة مجدل سلم في جنوب لبنان.",
     ["El Khiyam", "Majdel Selm"]),
    ("قصفت قوات النظام مدينة دوما علاوة على بلدة عربين في الغوطة الشرقية.", ["Duma", "Irbin"]),
    # a second object with a place of its own
    ("قصفت الطائرات الإسرائيلية منزلا في مخيم النصيرات، وسيارة في مدينة خان يونس.",
     ["An Nusayrat", "Khan Yunis"]),
    ("قصف الجيش الإسرائيلي مدرسة في بلدة بيت لاهيا ومسجدا في مدينة خان يونس.",
     ["Bayt Lahya", "Khan Yunis"]),
    # an adjective after the object
    ("استهدفت غارة إسرائيلية منزلا في بلدة عيتا الشعب ودراجة نارية في بلدة النبطية.",
     ["Aita ech Chaab", "Nabatiye et Tahta"]),
    # another (آخر) after the object
    ("دمرت الغارات منزلا في مدينة الرستن ومنزلا آخر في مدينة تلبيسة بريف حمص.", ["Ar Rastan", "Tallbisah"]),
    # an act noun after the word of addition: no place, the act stays one
    ("قصفت المدفعية بلدة كفرنبل إضافة إلى إصابة مدنيين بجروح.", ["Kafranbel"]),
    # a genitive after the object (a place word of its own, not an adjective): not a second object
    ("قصف التنظيم أحياء سكنية وموقعا للجيش في حلب.", ["Aleppo"]),
    # a passive verb after و opens a clause of its own: no second object
    ("قتل جندي في هجوم على حاجز في مدينة العريش وأصيب آخر في مدينة رفح.", ["Arish"]),
    # a definite word after و goes on a name (مديرية الشباب والرياضة): no second object
    ("هاجم مسلحون بقذائف آر بي جي مبنى مديرية الشباب والرياضة في مدينة رفح المصرية.", ["Rafah"]),
])
def test_each_place_of_the_list_is_an_event(full_pipeline, text, places):
    """A word of addition or a second placed object joins one more place to the list; an act
    noun after the addition word or a genitive after the object does not."""
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, tolls", [
    # the total after the act's place, then a share at another place (بينهم، من بينهم)
    ("قالت الوزارة إن غارات العدو الإسرائيلي على بعلبك أدت إلى 20 شهيدا، بينهم 11 في بلدة بريتال.",
     [("Baalbek", 9), ("Britel", 11)]),
    ("شنت إسرائيل غارات على مدينة صور أسفرت عن مقتل 12 شخصا، بينهم 7 في بلدة حناويه.",
     [("Hanaouay", 7), ("Tyre", 5)]),
    ("شنت طائرات حربية غارات على مدينة الرقة أدت إلى مقتل 15 شخصا، من بينهم 6 في بلدة الطبقة.",
     [("Al-Tabqa", 6), ("Ar Raqqah", 9)]),
    ("استهدف قصف مدفعي مدينة درعا وأوقع 8 قتلى، بينهم ثلاثة في بلدة طفس.", [("Dara", 5), ("Tafas", 3)]),
    ("قصفت قوات النظام مدينة معرة النعمان ما أدى إلى مقتل 9 مدنيين بينهم 4 في بلدة كفرنبل.",
     [("Kafranbel", 4), ("Maarrat an Numan", 5)]),
    # the act's place as the subject of a verb of exposure (تعرضت X لقصف)
    ("تعرضت معرة النعمان لقصف مدفعي أدى إلى مقتل 9 مدنيين، بينهم 4 في بلدة كفرنبل.",
     [("Kafranbel", 4), ("Maarrat an Numan", 5)]),
    ("تعرضت دوما لغارات جوية أسفرت عن مقتل 7 مدنيين، بينهم 3 في بلدة عربين.", [("Duma", 4), ("Irbin", 3)]),
    ("تعرضت خان شيخون لقصف صاروخي أوقع 6 قتلى بينهم اثنان في بلدة التمانعة.",
     [("At Tamaniah", 2), ("Khan Shaykhun", 4)]),
    # the total before the place, as before
    ("قتل 20 شخصا في غارات إسرائيلية على منطقة بعلبك، بينهم 11 في بلدة بريتال.", [("Baalbek", 9), ("Britel", 11)]),
    # a share with no place of its own: one act, the whole toll
    ("شنت إسرائيل غارات على مدينة صور أسفرت عن مقتل 12 شخصا، بينهم 7 أطفال.", [("Tyre", 12)]),
])
def test_a_share_of_a_total_at_another_place_is_an_event(full_pipeline, text, tolls):
    """The share's place is an event with the share; the act's place keeps the rest."""
    got = sorted((e.location, e.fatalities) for e in full_pipeline(Article("t", text, published=PUB)).events)
    assert got == tolls
