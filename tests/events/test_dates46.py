"""Issue #9, dates46 (datelines of unseen reports, docs/notes/dates46.md).

A report's dateline - the city it was filed from, with the wire agency in brackets and the day
between dashes - is where the reporter writes from, not where the act was. Three shapes were
read as the act's place before: a dateline glued to the end of the headline on one line
((الفاشر)الخرطوم – 26 – 10 (كونا) —), a dash written as a kashida (ـ لاجوس ـ (د ب أ)), which
the tokenizer drops, and a wire's name in brackets with no dash after it (بغداد (رويترز) قتل).
The wire agencies are lexicons/dates_datelines.tsv. The dateline city still places an act that
has no place of its own."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


def _places(nlp, text):
    doc = nlp(Article("t", text, published=date(2025, 10, 26)))
    return {e.place.place.name for e in doc.events if e.place is not None and e.place.place is not None}


NOT_THE_ACTS_PLACE = [
    # (text, the dateline's city, the act's own place)
    # a dateline glued to the headline on one line
    ("الدعم السريع تعلن السيطرة على آخر معاقل الجيش في (الفاشر)الخرطوم – 26 – 10 (كونا) — أعلنت "
     "قوات الدعم السريع اليوم الأحد سيطرتها على مقر الفرقة السادسة في مدينة الفاشر.", "Khartoum", "El Fasher"),
    ("مقتل ثلاثة بانفجار في الموصل بغداد - 26 - 10 (واع) - قتل ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة الموصل.",
     "Baghdad", "Mosul"),
    ("مقتل ثلاثة بانفجار في مدينة الموصل بغداد (رويترز) - قتل ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة الموصل.",
     "Baghdad", "Mosul"),
    ("مقتل ثلاثة بانفجار في (الموصل)بغداد - 26 - 10 (واع) - قتل ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة الموصل.",
     "Baghdad", "Mosul"),
    # a dash written as a kashida, and the act placed only in a country's part
    ("مسلحون يختطفون 30 شخصا\n\nـ لاجوس ـ (د ب أ) اختطف مسلحون نحو 30 شخصا في شمال غربي نيجيريا، "
     "حسبما أفادت الشرطة اليوم الأربعاء.", "Lagos", None),
    ("انفجار في العراق\n\nـ بغداد ـ قتل ثلاثة أشخاص بانفجار عبوة ناسفة في شمال العراق، حسبما أفادت الشرطة.",
     "Baghdad", None),
    ("خبر\n\nـ أبوجا ـ (أ ف ب) هاجم مسلحون مجهولون قرية في شمال شرقي نيجيريا وقتلوا 12 شخصا، حسبما أفادت "
     "الشرطة اليوم.", "Abuja", None),
    ("خبر\n\nـ مقديشو ـ (د ب أ) قتل مسلحون من حركة الشباب خمسة جنود في جنوب الصومال، حسبما أفادت مصادر اليوم.",
     "Mogadishu", None),
    ("خبر\n\nـ بغداد ـ (واع) اختطف مسلحون مجهولون عشرة أشخاص في شمال غربي العراق، حسبما أفادت الشرطة اليوم.",
     "Baghdad", None),
    # a wire's name in brackets and no dash after it
    ("خبر\n\nنيامي (رويترز) قتل مسلحون مجهولون 20 جنديا في غرب النيجر، حسبما أفادت مصادر أمنية اليوم.",
     "Niamey", None),
    ("خبر\n\nباماكو (أ ف ب) قتل مسلحون مجهولون 20 جنديا في وسط مالي، حسبما أفادت مصادر أمنية اليوم.",
     "Bamako", None),
    ("انفجار في العراق\n\nبغداد (رويترز) قتل خمسة أشخاص بانفجار سيارة ملغومة في شمال العراق، حسبما أفادت الشرطة.",
     "Baghdad", None),
    ("اختطاف في نيجيريا\n\nلاجوس (أ ف ب) اختطف مسلحون نحو 30 شخصا في شمال غربي نيجيريا، حسبما أفادت الشرطة.",
     "Lagos", None),
]


@pytest.mark.parametrize("text,dateline,own", NOT_THE_ACTS_PLACE)
def test_dateline_is_not_the_acts_place(nlp, text, dateline, own):
    got = _places(nlp, text)
    assert dateline not in got and (own is None or own in got), got


KEPT = [
    # (text, place): the city is the act's place
    # a dash and the day after a place with no agency: no dateline
    ("قتل خمسة أشخاص بانفجار في مدينة كركوك - 26 - 10.", "Kirkuk"),
    # a dateline city is the only place the act has
    ("انفجار\n\nـ بغداد ـ (واع) قتل ثلاثة أشخاص بانفجار عبوة ناسفة اليوم.", "Baghdad"),
    ("انفجار\n\nكركوك (رويترز) قتل خمسة أشخاص بانفجار سيارة ملغومة اليوم.", "Kirkuk"),
]


@pytest.mark.parametrize("text,place", KEPT)
def test_place_kept(nlp, text, place):
    assert place in _places(nlp, text)


# the wire's name after a kashida dateline is no place (سبأ is also a village's name)
AGENCY_NO_PLACE = [
    ("خبر\n\nـ صنعاء ـ (سبأ) قتل مسلحون مجهولون خمسة أشخاص في شمال غربي اليمن، حسبما أفادت الشرطة اليوم.",
     {"Sanaa", "Qaryat Saba'"}),
    ("خبر\n\nـ مأرب ـ (سبأ) قتل مسلحون مجهولون خمسة أشخاص في شمال اليمن، حسبما أفادت الشرطة اليوم.",
     {"Marib", "Qaryat Saba'"}),
]


@pytest.mark.parametrize("text,absent", AGENCY_NO_PLACE)
def test_agency_is_no_place(nlp, text, absent):
    assert not absent & _places(nlp, text)
