"""Tolls of the twenty-sixth round (issue #9), one report per row: the fields of its one record.
A count told before its death verb keeps it past a subset aside (بينهم ضابطان) and past a comma
when the verb agrees with it in the plural or dual (fatalities.classify, toll_words.agreeing_verb)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


PUB = date(2016, 4, 9)  # a Saturday


@pytest.mark.parametrize("text, want", [
    # a subset aside between the count and its verb: the count is the toll, not the aside's
    ("قالت مصادر أمنية إن أربعة من قوات الأمن بينهم ضابطان قتلوا في هجوم بالرصاص في مدينة العريش.",
     {"fatalities": 4}),
    ("قالت مصادر أمنية إن خمسة جنود بينهم 3 ضباط قتلوا في هجوم بالرصاص في مدينة العريش.",
     {"fatalities": 5}),
    ("قالت مصادر أمنية إن خمسة جنود بينهم ضابط قتلوا في هجوم بالرصاص في مدينة العريش.",
     {"fatalities": 5}),
    # a comma between the count and a plural or dual verb: still its toll
    ("قالت مصادر إن ثلاثة عناصر شرطة، قتلوا في اعتداء استهدف حاجزا أمنيا في مدينة الإسماعيلية.",
     {"fatalities": 3}),
    ("قالت مصادر إن عنصرين من الشرطة، قتلا في اعتداء استهدف حاجزا أمنيا في مدينة الإسماعيلية.",
     {"fatalities": 2}),
    # the victims named again after the toll (هم ...) are the same victims
    ("قتل سبعة مدنيين هم امرأة وستة من أطفالها في قصف جوي على قرية دير شرقي في ريف إدلب.",
     {"fatalities": 7}),
    ("قتل ثلاثة مدنيين هم رجل وامرأتان في قصف على مدينة العريش.", {"fatalities": 3}),
    # without the comma, as before
    ("قالت مصادر إن ثلاثة عناصر شرطة قتلوا في اعتداء استهدف حاجزا أمنيا في مدينة الإسماعيلية.",
     {"fatalities": 3}),
])
def test_round26_toll(full_pipeline, text, want):
    got = events(full_pipeline, text, PUB)
    assert [{k: getattr(e, k) for k in want} for e in got] == [want], got


def test_a_singular_verb_after_a_comma_opens_its_own_clause(full_pipeline):
    """اعتقلت الشرطة خمسة أشخاص، قتل أحدهم: the five are arrested, one is killed."""
    got = events(full_pipeline, "اعتقلت الشرطة خمسة أشخاص، قتل أحدهم في اشتباك في مدينة الإسماعيلية.", PUB)
    assert 5 not in [e.fatalities for e in got], got


@pytest.mark.parametrize("text, want", [
    # a list of tolls by place, each after "others" and the words of the act that killed them
    # (frame_tolls._share, _item_count, _act_between): one record per place with its own toll
    ("قتل سبعة مدنيين في قصف طاول مدينة إدلب، وسبعة آخرون في غارات على مدينة بنش، وأربعة آخرون "
     "في بلدة النيرب.", [("Idlib", 7), ("Binnish", 7), ("An Nayrab", 4)]),
    ("أفاد المرصد بمقتل سبعة مدنيين في قصف طاول مدينة إدلب مركز المحافظة، فضلا عن سبعة آخرين في "
     "غارات استهدفت سوقا شعبيا في مدينة بنش في ريف إدلب الشمالي الشرقي وأربعة آخرين في بلدة النيرب "
     "في الريف الجنوبي الشرقي.", [("Idlib", 7), ("Binnish", 7), ("An Nayrab", 4)]),
    # an arrest's count with "others" is no share of the dead
    ("قتل خمسة مدنيين في قصف على مدينة إدلب، فيما اعتقل ثلاثة آخرون في مدينة بنش.",
     [("Idlib", 5)]),
])
def test_round26_tolls_by_place(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2019, 5, 20))
    tolls = sorted((e.location, e.fatalities) for e in got if e.fatalities)
    assert tolls == sorted(want), got
