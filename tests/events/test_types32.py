"""Mechanisms of round 32 on whole reports (issue #9, docs/notes/types32.md): tolls - the counts
joined to a subset after بينهم are in the subset too, a count a kill verb governs past a time
aside between commas, a death told by "lost their lives" after the count, a count a side lost
(خسروا ثمانية من عناصرهم), a particle before the death verb after the count. The sentences are
made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 10)


def tolls(pipeline, text):
    return [e.fatalities for e in events(pipeline, text, PUB)]


@pytest.mark.parametrize("text, deaths", [
    # a count joined by و to a subset after بينهم is in the subset too: the toll is the first count
    ("قتل سبعة مدنيين بينهم طفلان وأربع نساء في قصف مدفعي لقوات النظام على بلدة سرمين اليوم.", [7]),
    ("قتل عشرة مدنيين بينهم ثلاثة أطفال وامرأتان في غارة جوية على مدينة معرة النعمان اليوم.", [10]),
    ("أسفر القصف على مدينة خان يونس اليوم عن مقتل تسعة أشخاص من بينهم خمسة أطفال و3 نساء.", [9]),
    ("قصفت قوات النظام بلدة كفرنبل اليوم ما أدى إلى مقتل خمسة مدنيين، من بينهم طفلان وامرأة.", [5]),
    # (a count after the subset in another clause still counts: the wounded, as before)
    ("قتل سبعة مدنيين بينهم طفلان وأصيب 12 آخرون في قصف مدفعي لقوات النظام على بلدة سرمين اليوم.", [7]),
])
def test_joined_subset(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a kill verb, its subject, a time aside between commas, then the count: its object
    ("قتلت مجموعة مسلحة، الجمعة، 12 شخصاً في هجوم على قرية قرب مدينة جيبو.", [12]),
    ("قتلت مجموعة مسلحة، الجمعة، 12 شخصاً بينهم ثلاثة جنود في هجوم على قرية قرب مدينة جيبو.", [12]),
    ("قتل مسلحون، مساء أمس، ستة مدنيين في هجوم على قرية قرب مدينة جيبو.", [6]),
    # (another clause after the comma is not an aside: the one killed and the two counted)
    ("هاجم مسلحون دورية في مدينة الموصل أمس ما أدى إلى مقتل شرطي، واستهدف المهاجمون طفلين مما أسفر"
     " عن مقتلهما.", [3]),
])
def test_kill_object_past_time_aside(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # "lost their lives" after the count: they are the dead, a subset after them is not the toll
    ("أربعة مدنيين فقدوا حياتهم جراء قصف صاروخي لقوات النظام على مدينة سرمين اليوم.", [4]),
    ("أربعة مدنيين فقدوا حياتهم بينهم طفلان جراء قصف صاروخي لقوات النظام على مدينة سرمين اليوم.", [4]),
    ("قالت مصادر محلية إن ثلاثة أشخاص فقدوا حياتهم في قصف مدفعي على بلدة كفرنبل اليوم.", [3]),
    # a particle between the counted group and the death verb (وكان ... قد قتلا)
    ("وكان عنصران من قوات الحكومة السورية، قد قُتلا في هجوم شنه مجهولون على حاجزهم في مدينة جاسم"
     " اليوم.", [2]),
    ("وكان عنصران من قوات الحكومة السورية قد قُتلا في هجوم شنه مجهولون على حاجزهم في مدينة جاسم"
     " اليوم.", [2]),
    ("وكان ثلاثة عناصر من الشرطة قد قتلوا في هجوم شنه مجهولون على حاجزهم في مدينة جاسم اليوم.", [3]),
])
def test_death_after_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a count of people a side lost is its dead
    ("هاجم مسلحون اليوم موقعا لمتطوعي الدفاع عن الوطن في بلدة سافي، وخسر المتطوعون ثمانية من"
     " عناصرهم.", [8]),
    ("اندلعت اشتباكات عنيفة اليوم بين قوات النظام والفصائل في بلدة كفرنبل، خسرت خلالها قوات النظام"
     " خمسة من عناصرها.", [5]),
    ("قال الجيش إنه خسر ثلاثة جنود في هجوم شنه مسلحون على حاجز في مدينة درنة اليوم.", [3]),
    ("هاجم تنظيم داعش اليوم نقطة للجيش العراقي في قضاء الدبس، وفقد الجيش أربعة من جنوده في الهجوم.", [4]),
    # (not what is lost that is no people, nor فقد with no من: "went missing")
    ("خسرت الفصائل المعارضة ثلاثة مواقع في هجوم لقوات النظام على بلدة كفرنبل اليوم.", [0]),
])
def test_lost_members(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, want", [
    # a trigger word right after a settlement's class noun in the construct is the place's name
    ("استشهد أربعة أشخاص في الغارة الإسرائيلية على بلدة معركة في قضاء صور اليوم.",
     [("Air/drone strike", "Maarake", 4)]),
    ("شنت طائرة إسرائيلية غارة على قرية معركة جنوب لبنان اليوم ما أدى إلى مقتل شخصين.",
     [("Air/drone strike", "Maarake", 2)]),
    # (the definite noun's object, and a battle told in a town, stay acts)
    ("شهدت البلدة اشتباكات عنيفة بين الجيش والمسلحين في ريف درعا اليوم.", [("Armed clash", "Dara", 0)]),
    ("اندلعت معركة عنيفة في مدينة حلب بين الجيش والفصائل اليوم.", [("Armed clash", "Aleppo", 0)]),
])
def test_trigger_word_as_place_name(pipeline, text, want):
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events(pipeline, text, PUB)] == want


@pytest.mark.parametrize("text, want", [
    # a period's toll spread over many places is a tally: no record, no toll lent to a place
    ("أعلنت وزارة الصحة اللبنانية، الأحد، عن مقتل 53 شخصا وإصابة 99 آخرين خلال الساعات الأربع"
     " والعشرين الماضية نتيجة الغارات الإسرائيلية المتواصلة على مناطق متفرقة من لبنان. وفي بعلبك،"
     " أدت غارتان إلى مقتل شخص وإصابة عشرة آخرين بجروح.", [("Baalbek", 1)]),
    ("قتل 12 شخصا خلال الأيام الثلاثة الماضية في غارات على عدة مناطق في محافظة إدلب. وقتل شخصان"
     " في قصف على بلدة سرمين اليوم.", [("Sarmin", 2)]),
    ("قالت وزارة الصحة إن 20 شخصا قتلوا خلال 24 ساعة في غارات على مختلف المناطق في لبنان. وقتل"
     " ثلاثة أشخاص في غارة على بلدة شعث اليوم.", [("Chaat", 3)]),
    # (a period with named places, or spread places on one day, are acts)
    ("قال التحالف إنه نفذ 31 عملية استهداف لآليات الحوثيين في الجوبة والكسارة بمحافظة مأرب خلال"
     " الـ24 ساعة الأخيرة، وأسفرت العمليات عن سقوط 92 قتيلا.", [("Al Jubah", 46), ("Al Kasarah", 46)]),
    ("شنت طائرات حربية اليوم غارات على مناطق متفرقة من ريف إدلب ما أدى إلى مقتل خمسة مدنيين.",
     [("Idlib", 5)]),
])
def test_spread_period_tally(full_pipeline, text, want):
    assert [(e.location, e.fatalities) for e in events(full_pipeline, text, date(2024, 11, 10))] == want


@pytest.mark.parametrize("text, deaths", [
    # the toll inside a response phrase told after the act is the answered act's
    ("استهدفت فصائل المعارضة مواقع قوات النظام في بلدة كفر بطيخ قرب سراقب اليوم، وذلك ردا منها على"
     " قصف قوات النظام قرى محافظة إدلب صباح اليوم، التي أسفرت عن وقوع شهداء وجرحى مدنيين.", [0]),
    ("قصفت الفصائل مواقع قوات النظام في بلدة كفرنبل اليوم ردا على قصف أسفر عن مقتل ثلاثة مدنيين في"
     " مدينة أريحا.", [0]),
    ("أطلق مسلحون النار على حاجز للجيش في مدينة العريش اليوم انتقاما لمقتل أربعة من عناصرهم.", [0]),
    # (a consequence after the comma is the act's own; a fronted response phrase is not the toll's)
    ("قصفت الفصائل مواقع قوات النظام في بلدة كفرنبل اليوم ردا على القصف، ما أدى إلى مقتل خمسة"
     " عناصر.", [5]),
    ("ردا على القصف، قصفت الفصائل مواقع قوات النظام في بلدة كفرنبل اليوم ما أدى إلى مقتل أربعة"
     " عناصر.", [4]),
])
def test_answered_act_toll(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, want", [
    # an act noun said to be the same (في نفس الغارة، الهجوم ذاته) is the act told before: one
    # record, whatever toll or side the retelling's sentence gives it
    ("أعلنت وزارة الصحة اللبنانية ارتفاع حصيلة ضحايا الغارة الإسرائيلية، مساء الأحد، على بلدة عين"
     " الدلب شرق صيدا إلى 45 شهيدا. وأطلق حزب الله صواريخ على مواقع عسكرية في شمال إسرائيل. وفي وقت"
     " سابق، قالت الوزارة، مساء الأحد، إن 24 شخصا استشهدوا وأصيب 29 آخرون في نفس الغارة.",
     [("Military Forces of Israel", "Ain ed Delb", 45)]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة درنة اليوم. وقصف الجيش مواقع"
     " للمسلحين في مدينة بنغازي اليوم. وكان مصدر أمني قد قال في وقت سابق اليوم إن ثلاثة جنود قتلوا"
     " في الهجوم ذاته.",
     [("Unidentified Armed Group (Libya)", "Darnah", 5),
      ("Military Forces of Libya (2021-) Government of National Unity", "Benghazi", 0)]),
    # (the act last told of its kind, not the other side's act told between)
    ("أسفرت غارة إسرائيلية على مدينة خان يونس مساء الأحد عن مقتل 12 شخصا. وأطلقت حركة حماس صواريخ"
     " على مدينة عسقلان. وقالت وزارة الصحة مساء الأحد إن ثمانية أشخاص قتلوا في نفس الغارة.",
     [("Military Forces of Israel", "Khan Yunis", 12), ("Hamas Movement", "Ashkelon", 0)]),
    # (a reflexive after a verb is no sameness: two acts)
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة درنة اليوم. وفجر انتحاري نفسه في"
     " سوق بمدينة بنغازي اليوم ما أدى إلى مقتل ثلاثة.",
     [("Unidentified Armed Group (Libya)", "Darnah", 5), ("Unidentified Armed Group (Libya)", "Benghazi", 3)]),
])
def test_same_act_told_again(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2024, 9, 30))
    assert [(e.actor1, e.location, e.fatalities) for e in got] == want


@pytest.fixture(scope="module")
def candidates():
    """The pipeline as events are built and reconciled (records at a country dropped as in
    ACLED output), before the acceptance model."""
    import hadath
    from hadath.pipeline import CANDIDATE_STAGES

    return hadath.load(stages=CANDIDATE_STAGES)


@pytest.mark.parametrize("text, want", [
    # two acts of one day at two places the gazetteer lacks, both kept at their country by
    # their names: two records, each with its toll
    ("قُتل 14 شخصاً على الأقل في شمال بوركينا فاسو في هجومين منفصلين شنّهما مسلّحون، بحسب مصادر"
     " أمنية الثلاثاء. وقال مصدر أمني إن مسلحين هاجموا قرية سافي صباح الاثنين، وخسر متطوعو الدفاع عن"
     " الوطن ثمانية من عناصرهم. وأضاف المصدر: نهار الاثنين أيضا، قتل مسلحون ستة مدنيين قرب ماركوي.",
     [("سافي", 8), ("ماركوي", 6)]),
    ("قتل 9 أشخاص في هجومين في شمال بوركينا فاسو الاثنين. وقتل مسلحون الاثنين خمسة مدنيين في قرية"
     " دابوكوري. وقتل مسلحون الاثنين أيضا أربعة رعاة قرب تانغوماري.", [("دابوكوري", 5), ("تانغوماري", 4)]),
])
def test_two_unknown_villages_two_acts(candidates, text, want):
    got = events(candidates, text, date(2022, 11, 1))
    assert sorted((e.location_ar, e.fatalities) for e in got) == sorted(want)
