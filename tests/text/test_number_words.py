"""Dual endings read from the grammar data (hadath.text.number_words.dual_ends)."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize_key
from hadath.text.number_words import dual_ends


@pytest.mark.parametrize("word, dual", [
    ("مجموعتين", True), ("جماعتان", True), ("مسلحان", True),
    ("مسلحين", False), ("مجموعات", False), ("مجموعة", False),
])
def test_dual_ends(word, dual):
    assert normalize_key(word).endswith(dual_ends()) is dual
