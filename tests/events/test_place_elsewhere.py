"""A withdrawal whose only named place is where the side withdrew to is no transfer of territory
(hadath.events.place_elsewhere.withdrawn_to_only, read by events.realize). Sentences of our own
wording."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, places", [
    # only where the side went is named: nothing named changed hands
    ("انسحب الجيش إلى ولاية القضارف.", []),
    ("انسحبت القوات من البلدة واتجهت نحو مدينة مركا.", []),
    # the ground it left is named (in the sentence, or the one before): a transfer there
    ("انسحبت قوات الجيش من مدينة سنجة إلى ولاية القضارف.", ["Singa"]),
    ("انسحب الجيش من مواقعه في مدينة سنجة إلى ولاية القضارف.", ["Singa"]),
    ("انسحبت قوات الجيش من مدينة سنجة.", ["Singa"]),
])
def test_a_withdrawal_only_toward_a_place_is_no_transfer(pipeline, text, places):
    got = [e for e in events(pipeline, text) if e.sub_event_type == "Non-violent transfer of territory"]
    assert [e.location for e in got] == places, got
