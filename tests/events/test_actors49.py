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
    # soldiers as persons (soldier_person: جنود، جندي، ضابط) is the military's
    # (mentions.actors_units.post_branch)
    ("لقي أربعة جنود يمنيين مصرعهم في هجوم شنه مسلحون على نقطة أمنية في مدينة البيضاء.", YEMEN_ARMY),
    ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز أمني في مدينة مأرب.", YEMEN_ARMY),
    ("هاجم مسلحون دورية أمنية في مدينة عتق ما أسفر عن مقتل جندي وضابط.", YEMEN_ARMY),
    ("قتل ضابط وجنديان في هجوم شنه مسلحون على مقر أمني بمدينة العريش.", EGYPT_ARMY),
    # guards: with policemen, or no soldiers named, the post stays the police's
    ("قتل شرطيان في هجوم شنه مسلحون على نقطة أمنية في مدينة البيضاء.", "Police Forces of Yemen"),
    ("هاجم مسلحون نقطة أمنية في مدينة البيضاء وقتلوا ثلاثة من عناصرها.", "Police Forces of Yemen"),
])
def test_round49_a_security_post_of_soldiers_is_the_military(pipeline, text, side_hit):
    got = events(pipeline, text, published=D19)
    assert got and got[0].actor2 == side_hit, got
