"""Mechanisms of the forty-fifth round (issue #9 item 5; docs/notes/actors45.md). The sentences
are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, side_hit", [
    # a soldier word (عسكري، عسكريا - also the adjective "military") right after the subject of an
    # active verb of harm is its object: the soldiers hit (actors_words.tsv soldier_lead;
    # mentions.actors_units.soldier_read)
    ("اغتال مسلحون مجهولون عسكريا في مدينة درعا.", "Military Forces of Syria (2000-2024)"),
    ("اغتال مسلحون مجهولون عسكريا من قوات النظام في مدينة درعا.", "Military Forces of Syria (2000-2024)"),
    ("قتل مسلحون مجهولون عسكريا في هجوم على حاجز في مدينة العريش.", "Military Forces of Egypt"),
    ("استهدف مسلحون عسكريا بعبوة ناسفة في مدينة درعا.", "Military Forces of Syria (2000-2024)"),
    ("قنص مسلحون عسكريا في مدينة درعا.", "Military Forces of Syria (2000-2024)"),
    # after a noun it describes it stays the adjective
    ("قال مصدر عسكري إن مسلحين قتلوا ثلاثة مدنيين في مدينة درعا.", "Civilians (Syria)"),
])
def test_round45_a_soldier_word_after_the_subject_is_hit(pipeline, text, side_hit):
    got = events(pipeline, text, published=date(2020, 3, 1))
    assert got and got[0].actor2 == side_hit, got


@pytest.mark.parametrize("text, doer, side_hit", [
    # a doer named by its air strikes (event_roles.tsv aircraft: غارات، الغارات، غارة ...; with a
    # clitic too: غارات مماثلة للطائرات الروسية) strikes from the air: an aiming verb (استهدف) with
    # no victim named is an air strike with no side hit, not violence against civilians
    ("استهدفت غارات روسية مدينة دير الزور.", "Military Forces of Russia (2000-)", None),
    ("استهدفت غارات روسية حي الصناعة في مدينة دير الزور.", "Military Forces of Russia (2000-)", None),
    ("استهدفت غارات للطائرات الروسية قرية الشحيل بريف دير الزور.", "Military Forces of Russia (2000-)", None),
    ("وقال المصدر إن غارات مماثلة للطائرات الروسية استهدفت قرية الشحيل، دون أنباء عن إصابات.",
     "Military Forces of Russia (2000-)", None),
    # a civilian target or the civilians hit still make the side hit civilians
    ("استهدفت الغارات الروسية منزلا في مدينة إدلب.", "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    ("قتل خمسة مدنيين بغارات روسية على مدينة إدلب.", "Military Forces of Russia (2000-)", "Civilians (Syria)"),
])
def test_round45_a_doer_named_by_its_air_strikes_strikes_from_the_air(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=date(2016, 6, 25))
    assert got and (got[0].sub_event_type, got[0].actor1, got[0].actor2) == ("Air/drone strike", doer, side_hit), got


@pytest.mark.parametrize("text, side_hit", [
    # the subject of a passive verb of harm told in two parts of one side, the second a count
    # of its men after من (شرطيا و3 من رجال الشرطة، ضابطا و4 من الجنود): both parts are hurt,
    # the first is no doer (events.victims.joined_by_count, events.roles)
    ("وقال مصدر أمني إن شرطيا و3 من رجال الشرطة أصيبوا في انفجار عبوة ناسفة في مدينة العريش.",
     "Police Forces of Egypt"),
    ("وقال مصدر أمني إن شرطيا وثلاثة من رجال الشرطة أصيبوا في انفجار عبوة ناسفة في مدينة العريش.",
     "Police Forces of Egypt"),
    ("وأفاد مصدر أمني بأن ضابطا و4 من الجنود أصيبوا في انفجار عبوة ناسفة في مدينة العريش.",
     "Military Forces of Egypt"),
    # two sides told apart keep their roles
    ("وقال مصدر إن مسلحين و3 من الجنود قتلوا في اشتباك في مدينة العريش.", "Military Forces of Egypt"),
])
def test_round45_a_subject_in_two_parts_of_one_side_is_all_hurt(pipeline, text, side_hit):
    got = events(pipeline, text, published=date(2020, 3, 1))
    assert got and (got[0].actor1, got[0].actor2) == ("Unidentified Armed Group (Egypt)", side_hit), got


@pytest.mark.parametrize("text, doer, side_hit", [
    # a member noun and من before a quoted name (عناصر من "قسد"، مجموعات من "الشرطة العسكرية") at
    # the head of a clause is its subject: the quote mark is no member noun between من and the name
    # (events.marks.mark)
    ("قالت مصادر إن عناصر من \"قسد\" داهمت منازل في بلدة الصبحة بريف دير الزور واعتقلت خمسة شبان.",
     "SDF: Syrian Democratic Forces", "Civilians (Syria)"),
    ("قالت مصادر إن مجموعات من «قسد» داهمت منازل في بلدة الصبحة بريف دير الزور واعتقلت خمسة شبان.",
     "SDF: Syrian Democratic Forces", "Civilians (Syria)"),
    ("أفاد ناشطون بأن عناصر من \"هيئة تحرير الشام\" اختطفوا ناشطا في مدينة إدلب.",
     "HTS: Hayat Tahrir al-Sham", "Civilians (Syria)"),
    # counted men of a quoted group stay the ones hit
    ("قتل ثلاثة من \"قسد\" في هجوم لمسلحين على حاجز في بلدة الصبحة بريف دير الزور.",
     "Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces"),
])
def test_round45_members_of_a_quoted_group_heading_a_clause_act(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=date(2021, 11, 29))
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got
