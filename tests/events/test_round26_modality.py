"""Modality of the twenty-sixth round (issue #9): the passive "is called" (يدعى، تدعى), written
like the claim verb once ى is normalized, names a person and blocks nothing (modality.named_cue);
the claim verb still makes what it claims no act."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2022, 3, 5)  # a Saturday


@pytest.mark.parametrize("text, n", [
    ("أصيبت مسنة تدعى نعمة راشد نعمان في مديرية مقبنة غربي تعز برصاص قناص حوثي.", 1),
    ("قتل شاب يدعى أحمد في مديرية مقبنة غربي تعز برصاص قناص حوثي.", 1),
    ("قتل مسلحون الشاب الذي يدعى أحمد في مديرية مقبنة غربي تعز.", 1),
    # the claim verb: no act
    ("تدعي الجماعة أن قواتها قتلت عشرة جنود في مديرية مقبنة غربي تعز.", 0),
    ("إسرائيل تدعي أنها قتلت عشرة مسلحين في مدينة رفح.", 0),
    ("تزعم الجماعة أن قواتها قتلت عشرة جنود في مديرية مقبنة غربي تعز.", 0),
])
def test_named_is_no_claim(full_pipeline, text, n):
    assert len(events(full_pipeline, text, PUB)) == n
