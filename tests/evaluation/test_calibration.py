"""Reliability tables: bins of event confidence against the share of candidates matched."""
from __future__ import annotations

import pytest

from hadath.evaluation.calibration import (expected_calibration_error, format_reliability,
                                           matched_confidences, reliability)
from hadath.evaluation.gold import GoldDoc
from hadath.types import Article


def test_bins():
    table = reliability([(0.05, False), (0.15, False), (0.12, True), (0.95, True), (1.0, True), (0.55, False)],
                        bins=10)
    assert len(table) == 10
    assert (table[1].n, table[1].observed) == (2, 0.5)
    assert table[1].mean_confidence == pytest.approx(0.135)
    assert (table[9].n, table[9].observed) == (2, 1.0)  # 1.0 falls in the last bin
    assert table[3].n == 0


def test_expected_calibration_error():
    assert expected_calibration_error(reliability([(0.9, True)] * 9 + [(0.9, False)])) == pytest.approx(0.0)
    assert expected_calibration_error(reliability([(0.9, False)] * 4)) == pytest.approx(0.9)
    assert expected_calibration_error([]) == 0.0
    with pytest.raises(ValueError):
        reliability([], bins=0)


def test_matched_confidences_use_the_lenient_pairs():
    gold = GoldDoc(Article("r1", "نص"), ({"event_date": "2024-03-12", "location": "Saraqib",
                                          "latitude": 35.86, "longitude": 36.8},))
    preds = {"r1": [
        {"event_date": "2024-03-13", "location": "Saraqib", "latitude": 35.87, "longitude": 36.8,
         "confidence": {"event": 0.8}},                                           # within a day: matched
        {"event_date": "2024-03-12", "location": "Aleppo", "latitude": 36.2, "longitude": 37.16,
         "confidence": {"event": 0.4}},                                           # 50 km away
        {"event_date": "2024-03-01", "location": "Saraqib", "confidence": {}},  # no confidence: left out
    ]}
    assert matched_confidences([gold], preds) == [(0.8, True), (0.4, False)]


def test_format():
    text = format_reliability(reliability([(0.85, True), (0.81, False)]))
    assert "0.8-0.9         2       0.830      0.500" in text
    assert "candidates 2, expected calibration error 0.330" in text
