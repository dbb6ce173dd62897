"""Round 37 (issue #9, docs/notes/types37.md): a record in an area's countryside that restates
several towns of it hit the same day (قصفت قوات النظام ريف إدلب الجنوبي، then بلدتي كنصفرة
والفطيرة) is the report's summary of them, not an act of its own: it folds into the first town,
as it did when one town was named (reconcile.rules.fold_area_restatement)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 10, 20)


def places(candidates, text):
    return sorted(e.location for e in candidates(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, want", [
    ("قصفت قوات النظام اليوم ريف إدلب الجنوبي بالمدفعية. واستهدفت القذائف بلدتي كنصفرة والفطيرة.",
     ["Fatirah", "Kansafrah"]),
    ("قصفت المدفعية ريف درعا الشرقي. وسقطت القذائف على بلدتي الحراك وبصرى الشام.",
     ["Al Hirak", "Busra ash Sham"]),
])
def test_countryside_over_several_towns_folds(candidates, text, want):
    assert places(candidates, text) == want


@pytest.mark.parametrize("text, want", [
    # a town of another province is no part of the countryside's summary
    ("قصفت قوات النظام اليوم ريف إدلب الجنوبي بالمدفعية. واستهدفت القذائف بلدة كفرزيتا بريف حماة.",
     ["Idlib", "Kafr Zayta"]),
])
def test_countryside_beside_another_province_stays(candidates, text, want):
    assert places(candidates, text) == want
