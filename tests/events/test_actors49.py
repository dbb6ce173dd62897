"""Mechanisms of the forty-ninth round (issue #9 item 5; docs/notes/actors49.md). The sentences
are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D19 = date(2019, 5, 3)
YEMEN_ARMY, EGYPT_ARMY = "Military Forces of Yemen", "Military Forces of Egypt"


@pytest.mark.parametrize("text, side_hit", [
    # a vague security post (a police alias ending in the adjective "security": نقطة أمنية، حاجز
    # أمني، دورية أمنية, actors_words.tsv security_vague) whose sentence names the same state's
    # soldiers as persons (soldier_person: جنود، جندي، عسكريين) is the military's
    # (mentions.actors_units.post_branch)
    ("لقي أربعة جنود يمنيين مصرعهم في هجوم شنه مسلحون على نقطة أمنية في مدينة البيضاء.", YEMEN_ARMY),
    ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز أمني في مدينة مأرب.", YEMEN_ARMY),
    ("هاجم مسلحون دورية أمنية في مدينة عتق ما أسفر عن مقتل جندي وإصابة آخر.", YEMEN_ARMY),
    ("قتل ثلاثة عسكريين في هجوم شنه مسلحون على مقر أمني بمدينة العريش.", EGYPT_ARMY),
    # guards: with policemen, or no soldiers named, the post stays the police's
    ("قتل شرطيان في هجوم شنه مسلحون على نقطة أمنية في مدينة البيضاء.", "Police Forces of Yemen"),
    ("هاجم مسلحون نقطة أمنية في مدينة البيضاء وقتلوا ثلاثة من عناصرها.", "Police Forces of Yemen"),
])
def test_round49_a_security_post_of_soldiers_is_the_military(pipeline, text, side_hit):
    got = events(pipeline, text, published=D19)
    assert got and got[0].actor2 == side_hit, got


D22 = date(2022, 4, 23)


@pytest.mark.parametrize("text, doer, side_hit", [
    # a name after a relative pronoun that follows the verb's object (الذي يتحصن فيه X، التي
    # تتمركز فيها X) is its relative clause's subject - the one in the place hit - never the verb's
    # own subject told after it (events.positions.past_relative)
    ("استهدفت غارة جوية المبنى الذي يتحصن فيه مسلحو داعش في قضاء الحويجة.",
     "Unidentified Military Forces", "Islamic State (Iraq)"),
    ("استهدف قصف مدفعي المنطقة التي يتمركز فيها مقاتلو حركة الشباب قرب بلدة جلب.",
     "Unidentified Armed Group (Somalia)", "Al Shabaab"),
    ("استهدف قصف صاروخي المعسكر الذي تتمركز فيه قوات الحشد الشعبي قرب بلدة آمرلي.",
     "Unidentified Armed Group (Iraq)", "PMF: Popular Mobilization Forces"),
    ("استهدف قصف مدفعي الحي الذي تسيطر عليه قوات سوريا الديمقراطية في مدينة منبج.",
     "Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces"),
    # guards: a subject before the verb; a doer named in the clause stays
    ("هاجم مسلحو داعش القرية التي يسكنها مدنيون في قضاء الحويجة.", "Islamic State (Iraq)", "Civilians (Iraq)"),
    ("قصفت مدفعية مجهولة المقر الذي يتحصن فيه مقاتلو هيئة تحرير الشام في ريف إدلب.",
     "Unidentified Armed Group (Syria)", "HTS: Hayat Tahrir al-Sham"),
])
def test_round49_a_name_in_a_relative_clause_is_no_subject(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=D22)
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got


@pytest.mark.parametrize("text, doer, side_hit", [
    # an adjective of a shared or forward post (event_roles.tsv post_shared: مشتركة، متقدمة) may
    # stand between the post and its ل-owner: the first side after it holds the post
    # (events.sides.owned_sides)
    ("تعرضت نقطة أمنية مشتركة للحشد الشعبي والجيش العراقي في منطقة بهرز لهجوم بنيران قناص.",
     "Unidentified Armed Group (Iraq)", "PMF: Popular Mobilization Forces"),
    ("هاجم مسلحون نقطة أمنية مشتركة للحشد الشعبي والجيش العراقي في منطقة بهرز.",
     "Unidentified Armed Group (Iraq)", "PMF: Popular Mobilization Forces"),
    ("استهدف هجوم بقذائف الهاون نقطة عسكرية متقدمة لقوات سوريا الديمقراطية في ريف دير الزور.",
     "Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces"),
    ("هاجم مسلحون حاجزا أمنيا مشتركا لقوات الحزام الأمني في مدينة عدن.",
     "Unidentified Armed Group (Yemen)", "Security Belt Forces"),
    ("هاجم مسلحون موقعا عسكريا متقدما لقوات الحزام الأمني في محافظة أبين.",
     "Unidentified Armed Group (Yemen)", "Security Belt Forces"),
])
def test_round49_a_shared_post_is_its_owners(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=D22)
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got


STORY = "شن تنظيم داعش هجوما على نقطة تابعة للحشد الشعبي قرب بلدة قرة تبة."


@pytest.mark.parametrize("text, doer", [
    # the story's one armed group is not lent past words opening another story (function_words
    # other_story: على صعيد آخر، في حادث منفصل) told before the act (events.sides.story_start)
    (STORY + " على صعيد آخر، أفاد مصدر أمني بتعرض نقطة أمنية للحشد الشعبي بمنطقة بهرز لهجوم بنيران قناص.",
     "Unidentified Armed Group (Iraq)"),
    (STORY + " في حادث منفصل، تعرضت نقطة أمنية للحشد الشعبي بمنطقة بهرز لهجوم بنيران قناص.",
     "Unidentified Armed Group (Iraq)"),
    (STORY + " وفي سياق منفصل، تعرضت دورية للحشد الشعبي في منطقة بهرز لهجوم مسلح.",
     "Unidentified Armed Group (Iraq)"),
    # guard: the same story goes on - its group did it
    (STORY + " وأفاد مصدر أمني بتعرض نقطة أمنية للحشد الشعبي بمنطقة بهرز لهجوم بنيران قناص.",
     "Islamic State (Iraq)"),
])
def test_round49_no_doer_lent_across_another_story(pipeline, text, doer):
    got = [e for e in events(pipeline, text, published=D22) if e.location and "Buh" in e.location]
    assert got and got[0].actor1 == doer, events(pipeline, text, published=D22)


def test_round49_a_security_post_with_the_police_named_stays_theirs(pipeline):
    # the sentence names the state's police by a police word: the post is theirs
    got = events(pipeline, "أحبطت قوات الأمن هجوما مسلحا على نقطة أمنية في مدينة العريش، ما أسفر عن مقتل"
                           " جنديين.", published=D19)
    assert got and got[0].actor2 == "Police Forces of Egypt", got


@pytest.mark.parametrize("text, sub, doer", [
    # a one-word definite armed noun (المسلحون، المسلحين) points back at the group an earlier noun
    # of its stem named - مسلحين من X، مسلحو X (actors_words.tsv plural_end, of_group;
    # mentions.actors_units.definite_back)
    ("قال شهود إن مسلحين من طالبان اجتاحوا بلدة انسحبت منها القوات البريطانية. وسيطر المسلحون على مقر"
     " الشرطة في بلدة موسى قلعة.", "Non-state actor overtakes territory", "Taliban"),
    ("اشتبك مسلحو تنظيم داعش مع قوات البيشمركة قرب كركوك. وأحرق المسلحون عددا من المنازل في قرية بشير.",
     "Looting/property destruction", "Islamic State (Iraq)"),
    # guards: gunmen met first unnamed, or called unknown, stay unidentified
    ("اشتبك مقاتلو تنظيم داعش مع قوات البيشمركة قرب كركوك. وأحرق مسلحون مجهولون عددا من المنازل في قرية"
     " بشير، وفر المسلحون.", "Looting/property destruction", "Unidentified Armed Group (Iraq)"),
    ("اشتبك مسلحو تنظيم داعش مع قوات البيشمركة قرب كركوك. وأحرق المسلحون المجهولون عددا من المنازل في"
     " قرية بشير.", "Looting/property destruction", "Unidentified Armed Group (Iraq)"),
])
def test_round49_the_gunmen_are_the_group_named_before(pipeline, text, sub, doer):
    got = [e for e in events(pipeline, text, published=date(2020, 3, 1)) if e.sub_event_type == sub]
    assert got and got[0].actor1 == doer, got
