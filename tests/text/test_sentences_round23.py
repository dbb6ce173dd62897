"""Datelines with the agency in quote marks (round 23)."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize
from hadath.text.sentences import find_dateline


@pytest.mark.parametrize("text, dateline", [
    ("ود مدني «سودانس بوست» – لقي عشرة مدنيين مصرعهم", "ود مدني «سودانس بوست» –"),
    ("الخرطوم \"رويترز\": قتل خمسة مدنيين", "الخرطوم \"رويترز\":"),
    ("قتل خمسة مدنيين في الخرطوم «وفق مصادر» أمس", None),
])
def test_quoted_agency_dateline(text, dateline):
    norm = normalize(text)
    found = find_dateline(norm)
    got = None if found is None else text[slice(*norm.to_original(*found))]
    assert got == dateline
