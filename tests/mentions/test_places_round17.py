"""Issue #10, seventeenth round: a people's nationality is no evidence of where they are
(سائحين فرنسيين في محافظة شبوة: Yemen, not France), and a first-level unit named after a cue
of its rank whose name is unique is not dropped as far from the focus."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _place(place_stage, text, surface):
    r = refs_by_surface(place_stage, text).get(surface)
    return None if r is None else r.place


@pytest.mark.parametrize("text, surface, name", [
    ("خطف مسلحون قبليون سائحين فرنسيين في محافظة شبوة وطالبوا بفدية.", "محافظة شبوة",
     "Shabwah"),
    ("قتل عمال مصريون في هجوم على محافظة مأرب.", "محافظة مأرب", "Marib"),
    # an indefinite accusative nisba is spelt as the country (سائحا ألمانيا)
    ("خطف مسلحون سائحا ألمانيا في محافظة شبوة.", "محافظة شبوة", "Shabwah"),
])
def test_a_peoples_nationality_is_not_where_they_are(place_stage, text, surface, name):
    p = _place(place_stage, text, surface)
    assert p is not None and p.name == name, p


@pytest.mark.parametrize("text, surface", [
    ("قالت وزارة الخارجية الفرنسية في باريس إن مسلحين خطفوا مواطنين في محافظة شبوة.",
     "محافظة شبوة"),
    ("قال مسؤول في واشنطن إن الولايات المتحدة نفذت غارة في محافظة شبوة.", "محافظة شبوة"),
    ("أدانت فرنسا خطف مسلحين قبليين عمالا في ولاية شبوة.", "شبوة"),
])
def test_a_unique_unit_after_its_cue_is_not_far(place_stage, text, surface):
    p = _place(place_stage, text, surface)
    assert p is not None and (p.name, p.feature_class) == ("Shabwah", "admin1"), p


def test_a_doers_nationality_still_votes_when_alone(place_stage):
    # civilians are not visitors: their nationality still points to their country
    refs = refs_by_surface(place_stage, "قتل مدنيون سوريون في قصف.")
    assert all(r.place is None or r.place.country_code == "SY" for r in refs.values()), refs
