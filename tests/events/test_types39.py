"""Round 39 (issue #9, docs/notes/types39.md): one record per act.

An act told by its province and again at a town of it: a record at the town bearing its
province's name with no town word of its own (ريفي إدلب وحمص: حمص; على ريفي حلب: حلب) and a
death toll, beside one record at a town of that province with the very same toll, the same
day, sub-event and compatible actors, is that act told again (reconcile.area_restatement
``_capital_told``); the dual ريفي is a countryside word as ريف is (function_words.tsv). A city
named as a city (مدينة حمص), another toll, or a town of another province stay acts of their
own."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2018, 4, 17)


def records(pipeline, text):
    return sorted((e.location, e.fatalities) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # a headline, then the dual countryside word (ريفي حلب) over the town's act told again
    ('ضحايا مدنيون بقصف مدفعي على ريف حلب\n'
     'قتل طفلان، مساء اليوم، بقصف مدفعي لقوات النظام على ريفي حلب الغربي والجنوبي.\n'
     'وقال مراسل إن طفلين قتلا بقصف مدفعي لقوات النظام استهدف بلدة كفرتعال غربي حلب.',
     [('Kafr Ta`al', 2)]),
    # the province as the second member of a dual countryside list (ريفي إدلب وحمص: حمص)
    ('مقتل مدنيين بقصف في سوريا\n'
     'قتل ستة مدنيين اليوم نتيجة قصف مدفعي لقوات النظام على ريفي إدلب وحمص.\n'
     'وقال مصدر إن ثلاثة مدنيين قتلوا بقصف مدفعي لقوات النظام على قرية الزعفرانة في ريف حمص الشمالي.',
     [('Idlib', 3), ('Za`faraniyah', 3)]),
    # the same, another province pair and another toll
    ('مقتل مدنيين بقصف في سوريا\n'
     'قتل أربعة مدنيين اليوم نتيجة قصف مدفعي لقوات النظام على ريفي حماة وحمص.\n'
     'وأفاد ناشطون بمقتل مدنيين اثنين بقصف مدفعي لقوات النظام استهدف بلدة تلبيسة بريف حمص.',
     [('Hamah', 2), ('Tallbisah', 2)]),
    # the dual with two direction adjectives (ريفي إدلب الجنوبي والشرقي)
    ('غارات على إدلب\n'
     'قتل ثلاثة مدنيين اليوم بغارات روسية على ريفي إدلب الجنوبي والشرقي.\n'
     'وقال الدفاع المدني إن ثلاثة مدنيين قتلوا بغارة روسية على بلدة سراقب بريف إدلب الشرقي.',
     [('Saraqib', 3)]),
])
def test_province_told_again_at_its_town(pipeline, text, want):
    """The province record folds into its town."""
    assert records(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the city named as a city (مدينة حمص): a place of its own, though the toll is the same
    ('قصف على حمص\n'
     'قتل ثلاثة مدنيين اليوم بقصف مدفعي لقوات النظام على مدينة حمص.\n'
     'وقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة تلبيسة في ريف حمص الشمالي.',
     [('Homs', 3), ('Tallbisah', 3)]),
    # another toll at the town: another act
    ('قصف على حمص\n'
     'قتل ستة مدنيين اليوم بقصف مدفعي لقوات النظام على ريفي إدلب وحمص.\n'
     'وقال مصدر إن مدنيا قتل بقصف مدفعي لقوات النظام على قرية الزعفرانة في ريف حمص الشمالي.',
     [('Homs', 3), ('Idlib', 3), ('Za`faraniyah', 1)]),
])
def test_city_or_other_toll_stays(pipeline, text, want):
    """A city named as a city, or another toll, stays a record."""
    assert records(pipeline, text) == want


def acts(pipeline, text):
    return sorted((e.location, e.sub_event_type) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # a fire the act started, after a consequence verb (تسبب، أدى، أسفر): no accident
    ("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام، ما أدى إلى اندلاع حريق في الأحراج.",
     [("El Khiyam", "Shelling/artillery/missile attack")]),
    ("تعرضت بلدة كفركلا لقصف إسرائيلي، مما تسبب باندلاع حريق في المكان.",
     [("Kfar Kila", "Air/drone strike")]),
    ("استهدفت غارة إسرائيلية منزلا في بلدة عيتا الشعب وتسببت بنشوب حريق كبير.",
     [("Aita ech Chaab", "Air/drone strike")]),
    ("سقطت قذائف هاون على حي الشيخ مقصود في حلب وأدت إلى اندلاع حريق في أحد المنازل.",
     [("Aleppo", "Shelling/artillery/missile attack")]),
])
def test_fire_the_act_caused_is_no_accident(pipeline, text, want):
    """The act stays an act when the fire is its consequence."""
    assert acts(pipeline, text) == want


@pytest.mark.parametrize("text", [
    # the accident is what the deaths came from, whatever follows it
    "قتل ثلاثة أشخاص في انفجار ناجم عن تسرب غاز في مطعم ببغداد، مما أدى إلى اندلاع حريق.",
    "توفي خمسة أشخاص في حريق اندلع في سوق شعبي ببغداد.",
    "لقي شخصان مصرعهما جراء انفجار اسطوانة غاز في منزل ببغداد، ما أدى إلى نشوب حريق.",
])
def test_accident_stays_no_event(pipeline, text):
    """A gas leak or a fire that killed is no act, a fire after it or not."""
    assert acts(pipeline, text) == []


@pytest.mark.parametrize("text, want", [
    # a clause opened by فيما / بينما with its own act at a place named in it, no class noun
    ("شن الطيران الحربي الإسرائيلي غارة استهدفت بلدة ياطر، فيما تعرضت كفركلا لقصف إسرائيلي.",
     ["Kfar Kila", "Yater"]),
    ("قصف الطيران الحربي بلدة سرمين، بينما تعرضت بنش لقصف مدفعي.", ["Binnish", "Sarmin"]),
    ("شنت طائرات التحالف غارات على مديرية نهم، فيما تعرضت صرواح لقصف صاروخي.",
     ["Nihm", "Suq Sirwah"]),
])
def test_contrast_clause_tells_another_act(pipeline, text, want):
    """The clause beside the first act is an act of its own."""
    assert sorted(loc for loc, _ in acts(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    # a contrast clause with no place of its own, or the first act's place: the same act
    ("قتل ثلاثة مدنيين في غارة على بلدة سرمين، فيما أصيب خمسة آخرون.", ["Sarmin"]),
    ("قتل ثلاثة مدنيين في غارة على بلدة سرمين، فيما أصيب خمسة آخرون في سرمين.", ["Sarmin"]),
])
def test_contrast_clause_of_the_same_act(pipeline, text, want):
    """A toll told beside the act, at its place or none, stays that act's."""
    assert sorted(loc for loc, _ in acts(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    # a word of addition and its preposition before an act noun at a place of its own
    ("شنت الطائرات الحربية غارات على بلدة سرمين، بالإضافة إلى قصف مدفعي استهدف مدينة بنش، "
     "ما أدى إلى مقتل مدنيين.",
     [("Binnish", "Shelling/artillery/missile attack"), ("Sarmin", "Air/drone strike")]),
    ("قصفت قوات النظام بلدة كفرنبل، إضافة إلى غارات جوية على مدينة معرة النعمان.",
     [("Kafranbel", "Shelling/artillery/missile attack"), ("Maarrat an Numan", "Air/drone strike")]),
    ("قصفت قوات النظام بلدة كفرنبل، علاوة على غارات جوية على مدينة معرة النعمان.",
     [("Kafranbel", "Shelling/artillery/missile attack"), ("Maarrat an Numan", "Air/drone strike")]),
    ("قصفت قوات النظام بلدة كفرنبل، فضلا عن غارات جوية استهدفت مدينة معرة النعمان.",
     [("Kafranbel", "Shelling/artillery/missile attack"), ("Maarrat an Numan", "Air/drone strike")]),
])
def test_act_told_in_addition_is_its_own(pipeline, text, want):
    """بالإضافة إلى / علاوة على / فضلا عن + an act at another place: a second act."""
    assert acts(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # in addition to the same act's wounded: no second act
    ("قتل ثلاثة مدنيين في غارة على بلدة سرمين، بالإضافة إلى إصابة خمسة آخرين.",
     [("Sarmin", "Air/drone strike")]),
])
def test_addition_of_no_act(pipeline, text, want):
    """A toll added is no act of its own."""
    assert acts(pipeline, text) == want
