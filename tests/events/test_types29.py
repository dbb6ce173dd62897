"""Mechanisms of round 29 on whole reports (issue #9): a count of doers as the object of a
two-word kill verb (القضاء على ثلاثة انتحاريين) is the toll, not an unnumbered death word
(docs/notes/types29.md). The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, deaths", [
    # a doer noun counted after a kill phrase: its count, not "several" (10)
    ("قالت مصادر أمنية إن القوات العراقية تمكنت من القضاء على ثلاثة انتحاريين قبل تفجير أنفسهم"
     " في مدينة الرمادي يوم الأحد.", [3]),
    ("قالت مصادر أمنية إن القوات العراقية قضت على ثلاثة انتحاريين في مدينة الرمادي يوم الأحد.", [3]),
    # (a noun of armed men, as before)
    ("قالت مصادر أمنية إن القوات العراقية تمكنت من القضاء على ثلاثة مسلحين في مدينة الرمادي يوم"
     " الأحد.", [3]),
    # (a kill verb of one word, as before)
    ("قالت مصادر أمنية إن القوات العراقية قتلت ثلاثة انتحاريين قبل تفجير أنفسهم في مدينة الرمادي"
     " يوم الأحد.", [3]),
])
def test_doer_count_after_kill_phrase(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths
