"""Mechanisms of types55 (issue #9, docs/notes/types55.md), on sentences made up in the style of
the wire copy:

- a report whose last words are a victim's noun (ما أدى لمقتل شاب، أسفر عن إصابة طفل) ends the victim
  aside reach (joined.past_aside) at the end of the text: the events stage made an IndexError there
  and the whole report was lost."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 3, 1)

ENDS_WITH_VICTIM = [
    "استهدفت طائرة إسرائيلية بصاروخ مجموعة من المواطنين تجمعوا بالقرب من مدرسة في رفح، ما أدى لمقتل شاب",
    "قصفت طائرة حربية منزلا في بلدة بيت لاهيا، ما أدى لمقتل شاب",
    "استهدفت طائرة مسيرة سيارة في مدينة خان يونس، ما أسفر عن مقتل رجل",
    "أطلق مسلحون النار على سيارة في مدينة الموصل، ما أدى إلى مقتل شاب",
    "انفجرت عبوة ناسفة في سوق بمدينة بعقوبة، ما أدى لإصابة طفل",
]


@pytest.mark.parametrize("text", ENDS_WITH_VICTIM)
def test_a_report_ending_with_a_victim_noun_is_read(pipeline, text):
    assert events(pipeline, text, PUB)
