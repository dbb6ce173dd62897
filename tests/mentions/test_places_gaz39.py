"""Every name of a list headed by a plural or dual class noun is a place of that class (issue #9,
round gaz39: the place an act takes): a name that is also a common word (بلدات X والزيارة), a
name after a و typed apart (بلدتي X و Y), and names further down the list that the gazetteer
knows only from its big bundled part (قرى X وY وZ وW) - while a clause that goes on after the
list (و دمرت منازل) or a noun phrase (والمناطق المحيطة) is no place."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _names(stage, text):
    return {s: (r.place.name if r.place is not None else None) for s, r in refs_by_surface(stage, text).items()}


# (a report's sentence, the listed names that must be places, with the gazetteer reading each has)
LISTS = [
    # a common word listed under the plural class noun (الزيارة "the visit")
    ("قصفت المدفعية بلدات العنكاوي والزيارة وقليدين في سهل الغاب.",
     {"الزيارة": "Az Ziyarah", "وقليدين": "Qulaydin"}),
    ("سقطت قذائف على قرى العنكاوي والزيارة بريف حماة الغربي.", {"الزيارة": "Az Ziyarah"}),
    ("قصف الطيران قريتي قليدين والزيارة شمال غربي حماة.", {"الزيارة": "Az Ziyarah"}),
    # a و typed apart from the next name
    ("قصفت قوات النظام بلدتي كفرعويد و سفوهن جنوب إدلب.", {"سفوهن": "Safuhun"}),
    ("استهدف القصف قريتي بينين و كنصفرة بريف إدلب الجنوبي.", {"كنصفرة": "Kansafrah"}),
    # further down a long list (small places known only from the bundled gazetteer)
    ("طال القصف قرى وبلدات الفطيرة وكفرعويد وسفوهن و فليفل في جبل الزاوية.",
     {"سفوهن": "Safuhun", "فليفل": "Fulayfil"}),
    ("قصفت قوات النظام قرى كنصفرة والفطيرة وسفوهن بالصواريخ.", {"سفوهن": "Safuhun"}),
]


@pytest.mark.parametrize("text,want", LISTS)
def test_every_name_of_a_plural_class_list_is_a_place(place_stage, text, want):
    got = _names(place_stage, text)
    for surface, name in want.items():
        hit = [v for k, v in got.items() if k.endswith(surface.lstrip("و")) or k == surface]
        assert hit and hit[0] == name, (surface, got)


# (a sentence, words that must not be places)
NOT_PLACES = [
    ("قصفت قوات النظام قرى كنصفرة و دمرت منازل المدنيين.", ("دمرت",)),
    ("قصفت القوات بلدتي كفرعويد و سفوهن و قتلت ثلاثة مدنيين.", ("قتلت",)),
    ("قصفت قوات النظام قرى كفرنبل والمناطق المحيطة بها.", ("المناطق", "والمناطق")),
    ("قصفت الطائرات حلب والزيارة لم تتم بعد.", ("الزيارة", "والزيارة")),   # no plural class noun
    ("قتل مزارع برصاص مجهولين قرب بلدة صيدا.", ("مزارع", "برصاص")),
]


@pytest.mark.parametrize("text,words", NOT_PLACES)
def test_a_clause_or_noun_after_the_list_is_no_place(place_stage, text, words):
    got = refs_by_surface(place_stage, text)
    assert not any(k.lstrip("و") in words or k in words for k in got), got


def test_farms_of_a_village_are_a_listed_name_and_the_list_goes_on(place_stage):
    # مزارع X (the farms of X) heads a two-word name the gazetteer lacks; the list does not stop there
    got = _names(place_stage, "قصفت القوات قرى كفرومة ومزارع شحشبو والفطيرة وجبالا بريف إدلب.")
    assert "مزارع شحشبو" in got and got.get("فطيرة") == "Fatirah" and got.get("جبالا") == "Jibala", got
