"""Mechanisms of round 37 (issue #9, docs/notes/types37.md): every act of a many-act report.

A list of places goes on past the area that holds one of them (events.place_qualifier): بلدة X
بقضاء Y وبلدة Z، قرية X التابعة لناحية Y وقرية Z، بلدة X بريف إدلب الجنوبي وبلدة Z. The qualifier
is no place of the list; each listed place is an act of its own (CODING.md)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 10, 20)


def places(pipeline, text):
    return sorted(e.location for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # a district after ب, then the list goes on
    ("استهدفت غارة إسرائيلية الأحياء الجنوبية لبلدة ميس الجبل بقضاء مرجعيون وأطراف بلدتي كفرحمام "
     "وراشيا الفخار بقضاء حاصبيا.",
     ["Kfar Hamam", "Meiss ej Jabal", "Rachaiya el Foukhar"]),
    # a district after في
    ("أغارت مسيرة إسرائيلية على بلدة عيترون في قضاء بنت جبيل وبلدة الخيام.",
     ["Aitaroun", "El Khiyam"]),
    # a sub-district after a "belongs" participle
    ("شنت طائرات حربية غارات على قرية الهبيط التابعة لناحية خان شيخون وقرية التمانعة.",
     ["Al Habit", "At Tamaniah"]),
    # the countryside with a direction adjective, twice
    ("قصف الطيران الحربي بلدة كفرنبل بريف إدلب الجنوبي وبلدة كفرزيتا بريف حماة الشمالي.",
     ["Kafr Zayta", "Kafranbel"]),
    ("قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي ومدينة اللطامنة بريف حماة الشمالي بالمدفعية.",
     ["Al Lataminah", "Kafranbel"]),
])
def test_list_goes_on_past_a_qualifier(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a qualifier with no list after it: the place before it only
    ("أغارت مسيرة إسرائيلية على بلدة عيترون في قضاء بنت جبيل.", ["Aitaroun"]),
    ("قصف الطيران الحربي بلدة كفرنبل بريف إدلب الجنوبي.", ["Kafranbel"]),
])
def test_qualifier_alone_is_no_place_of_its_own(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text", [
    # a long recent period is the time of the acts: a tally or background, no dated act
    "وقد شهدت الأشهر الأخيرة سلسلة غارات إسرائيلية استهدفت مواقع في دمشق وحمص ودير الزور.",
    "وشهدت الأسابيع الماضية غارات إسرائيلية على مواقع في حمص وحماة.",
    "وخلال الأشهر الثلاثة الماضية قصفت القوات الروسية بلدات سرمين وأريحا في ريف إدلب.",
    "واستهدفت غارات إسرائيلية في السنوات الأخيرة مواقع في دمشق وحمص.",
])
def test_period_acts_are_no_dated_events(pipeline, text):
    assert places(pipeline, text) == []


@pytest.mark.parametrize("text, want", [
    # compared with the period, the act is today's; a short span or a date is no period
    ("قتل خمسة مدنيين اليوم في غارة جوية على بلدة سرمين، هي الأعنف خلال الأشهر الأخيرة.", ["Sarmin"]),
    ("قتل خمسة مدنيين اليوم في غارة جوية على بلدة سرمين وهي الغارة الأعنف في الأسابيع الأخيرة.",
     ["Sarmin"]),
    ("وقتل 3 مدنيين الثلاثاء في قصف مدفعي على بلدة سرمين بريف إدلب.", ["Sarmin"]),
])
def test_act_beside_a_period_stays(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the place nearest the act's word is the last of its list: the list is taken whole
    ("في الاحتجاجات التي شهدتها مدن مثل فاس ومكناس ومراكش، ردد المتظاهرون شعارات ضد الحكومة.",
     ["Fes", "Marrakesh", "Meknes"]),
    ("وفي التظاهرات التي عمت مدنا مثل الرباط وسلا والقنيطرة، هتف المحتجون ضد الفساد.",
     ["Kenitra", "Rabat", "Sale"]),
    ("في المظاهرات التي شهدتها مدن مثل الدار البيضاء وطنجة وتطوان، رفعت شعارات ضد الفساد.",
     ["Casablanca", "Tangier", "Tetouan"]),
])
def test_list_taken_from_its_first_place(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a joined word the gazetteer lacks between two listed places does not end the list
    ("وتظاهر المئات في شوارع الخرطوم وبحري وأم درمان ضد الانقلاب.", ["Khartoum", "Omdurman"]),
    ("وتظاهر المئات في الخرطوم وبحري وأم درمان.", ["Khartoum", "Omdurman"]),
    ("وخرجت مظاهرات في دمشق وزعبلوطة وحمص.", ["Damascus", "Homs"]),
])
def test_unknown_member_does_not_end_a_list(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # several unknown names in a row, the و joined or written apart
    ("وأضافت أن القصف طال أيضاً مواقع للمعارضة في قرى وبلدات الفطيرة وكفرعويد وسفوهن و فليفل وأطراف"
     " بلدتي كنصفرة و البارة.", ["Barah", "Fatirah", "Fulayfil", "Kafr `Uwayd", "Kansafrah", "Safuhun"]),
    # (gaz39: سفوهن and فليفل, small places of the bundled gazetteer, are found as the list's members)
    ("وتظاهر العشرات في حمص وتلكلخ و زعبلوطة و حماة.", ["Hamah", "Homs", "Tallkalakh"]),
])
def test_several_unknown_members(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a verb joined by و is no name of a list: the place after it is another clause's
    ("وقصف الطيران حلب وأصاب إدلب.", ["Aleppo"]),
])
def test_joined_verb_ends_a_list(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a coordinated verb right after the first act's place opens an act of its own, no comma needed
    ("استهدفت القوات الحكومية براجمات الصواريخ قريتي البارة وبليون واستهدفت بالمدفعية الثقيلة قرى"
     " دوير الأكراد والسرمانية غربي حماه.", ["Balyun", "Barah", "Duwayr al Akrad", "Surman"]),
    ("قصفت الطائرات الحربية بلدة سرمين وقصفت المدفعية مدينة أريحا.", ["Ariha", "Sarmin"]),
    ("استهدفت غارة إسرائيلية بلدة عيترون واستهدف قصف مدفعي بلدة الخيام.", ["Aitaroun", "El Khiyam"]),
])
def test_coordinated_verb_opens_an_act(pipeline, text, want):
    assert places(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the coordinated verb with no place of its own goes on with the first act
    ("اقتحمت القوات بلدة سرمين واعتقلت خمسة شبان.", ["Sarmin"]),
])
def test_coordinated_verb_without_a_place(pipeline, text, want):
    assert places(pipeline, text) == want
