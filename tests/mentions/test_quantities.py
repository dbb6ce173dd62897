"""Quantities in news phrasing: one case per line (phrase, best, low, high, estimate, noun)."""
from __future__ import annotations

import pytest

from hadath.mentions.quantities import QuantityStage
from hadath.text.normalize import normalize
from hadath.text.numbers import find_quantities, vague_quantity
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from hadath.types import Article, Doc, Quantity

E = "exact"

# (phrase, best, low, high, estimate, counted noun or None). low/high == E means == best.
CASES = [
    ("أسفر القصف عن مقتل ثلاثة وعشرين مدنياً", 23, E, E, False, "مدنياً"),
]


def _quantities(text: str):
    norm = normalize(text)
    toks = tokenize(norm, split_sentences(norm))
    return toks, find_quantities(toks)


@pytest.mark.parametrize("phrase,best,low,high,estimate,noun", CASES)
def test_first_quantity(phrase, best, low, high, estimate, noun):
    toks, found = _quantities(phrase)
    assert found, f"no quantity in {phrase!r}"
    m = found[0]
    q = m.quantity
    assert q.best == best
    assert q.low == (best if low == E else low)
    assert q.high == (best if high == E else high)
    assert q.estimate is estimate
    assert (toks[m.noun].text if m.noun is not None else None) == noun


def test_stage_emits_mentions():
    text = "قتل خمسة أشخاص وأصيب عشرة آخرون"
    stage_doc = Doc(article=Article("a1", text))
    from hadath.text.stage import TextStage
    doc = QuantityStage()(TextStage()(stage_doc))
    ms = doc.mentions_of("quantity")
    assert [m.value.best for m in ms] == [5, 10]
    assert [m.surface for m in ms] == ["خمسة", "عشرة"]
    assert all(m.span.of(text) == m.surface for m in ms)


def test_vague_quantity_function():
    assert vague_quantity("عشرات") == Quantity(12, estimate=True)
    assert vague_quantity("مئات") == Quantity(100, estimate=True)
    assert vague_quantity("آلاف") == Quantity(1000, estimate=True)
    assert vague_quantity("بضعة") == Quantity(3, estimate=True)
    assert vague_quantity("عدد من") == Quantity(3, estimate=True)
    assert vague_quantity("قتلى") == Quantity(3, estimate=True)
    assert vague_quantity("ثلاثة") is None
