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
