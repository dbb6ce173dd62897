"""Spelling variants (fuzzy keys) are looked up only for names that are no common word: after a
cue, "مديرية الأمن" is the security directorate, not a misspelt Amman (bundled gazetteer)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.pipeline import build_pipeline
from hadath.types import Article


@pytest.fixture(scope="module")
def places():
    return build_pipeline(["text", "quantities", "dates", "actors", "places"])


def test_a_common_word_after_a_cue_gets_no_spelling_variants(places):
    doc = places(Article("f", "وتعرضت دوريتان للشرطة لإطلاق نار في الكرك، حسب بيان مديرية الأمن.",
                         published=date(2016, 12, 18)))
    resolved = [m.value.place.name for m in doc.mentions if m.kind == "place" and m.value.place is not None]
    assert "Amman" not in resolved, resolved
