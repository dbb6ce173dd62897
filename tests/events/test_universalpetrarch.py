"""Recall on UniversalPetrarch's Arabic gold (dev half): ≥ 90% of sentences yield an event of
the right family (ASSAULT → Battles/ERV/VAC, PROTEST → Protests/Riots)."""
from __future__ import annotations

import pytest

from hadath.evaluation.universalpetrarch import evaluate, main


@pytest.fixture(scope="module")
def dev(shared_data):
    path = shared_data / "universalpetrarch_ar" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    return path


def test_small_run(dev, capsys):
    assert main([str(dev), "--limit", "5"]) == 0
    assert '"sentences": 5' in capsys.readouterr().out


@pytest.mark.slow
def test_share(dev):
    res = evaluate(dev)  # detection: candidate stages, isolated-sentence options (see evaluate)
    assert res["sentences"] == 337
    assert res["share"] >= 0.90, res["per_category"]
    for cat in ("ASSAULT", "PROTEST"):
        assert res["per_category"][cat]["share"] >= 0.85


def test_role_outcomes_compare_evidence_with_the_coders_words():
    from datetime import date

    from hadath.evaluation.universalpetrarch import role_outcomes
    from hadath.types import Event, Span

    text = "قصف الجيش مواقع المسلحين أمس"
    row = {"source_text": "الجيش", "target_text": "المسلحين"}
    ev = Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 1, 1),
               evidence={"actor1": (Span(4, 9),), "actor2": (Span(16, 24),)})
    assert role_outcomes(text, ev, row) == {"actor1": "right", "actor2": "right"}
    swapped = Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 1, 1),
                    evidence={"actor1": (Span(16, 24),)})
    assert role_outcomes(text, swapped, row) == {"actor1": "missed", "actor2": "swapped"}
    assert role_outcomes(text, ev, {"source_text": "", "target_text": "غائب"}) == {}


@pytest.mark.slow
def test_roles_are_scored(dev):
    res = evaluate(dev, limit=40)
    for role in ("actor1", "actor2"):
        r = res["roles"][role]
        assert r["marked"] > 0 and r["marked"] >= r["right"] + r["swapped"]
