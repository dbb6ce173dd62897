"""The NER place scorer: reading the three gold layouts and scoring span overlap."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.evaluation.ner import _entities, evaluate, read_conll

NEWSFANE = ("\ufeff\u200eزار\tO\r\n\u200eالرئيس\tB-Politician\r\n\u200eباريس\tB-Population-Center\r\n"
            "\u200eو\tO\r\n\u200eبيان\tO\r\n\r\n\u200eفي\tO\r\n\u200eبيروت\tB-Population-Center\r\n")
ANER = "الصالحية B-LOC\nالمفرق B-LOC\n- O\nغيث B-PERS\nالطراونة I-PERS\n\n"
WOJOOD = ("سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي I-OCC\n"
          "نابلس I-OCC B-GPE\n$#$ O\n\nبكردستان B-GPE\nالعراق I-GPE\n")


@pytest.mark.parametrize("content,texts,ents", [
    (NEWSFANE, ["زار الرئيس باريس و بيان", "في بيروت"],
     [[(4, 10, "Politician"), (11, 16, "Population-Center")], [(3, 8, "Population-Center")]]),
    (ANER, ["الصالحية المفرق - غيث الطراونة"],
     [[(0, 8, "LOC"), (9, 15, "LOC"), (18, 30, "PERS")]]),
    (WOJOOD, ["سكرتير اللجنة القومية في نابلس", "بكردستان العراق"],
     [[(0, 30, "OCC"), (7, 21, "ORG"), (25, 30, "GPE")], [(0, 15, "GPE")]]),
])
def test_read_layouts(tmp_path: Path, content: str, texts: list[str], ents) -> None:
    p = tmp_path / "gold.txt"
    p.write_bytes(content.encode("utf-8"))
    sents = read_conll(p)
    assert [s.text for s in sents] == texts
    assert [sorted(s.entities) for s in sents] == [sorted(e) for e in ents]


def test_bio_b_after_b_splits() -> None:
    assert _entities([["B-LOC"], ["B-LOC"]], [0, 5], [4, 9]) == [(0, 4, "LOC"), (5, 9, "LOC")]


def test_evaluate_counts(tmp_path: Path) -> None:
    p = tmp_path / "gold.txt"
    p.write_bytes(NEWSFANE.encode("utf-8"))
    r = evaluate(p)
    assert r["gold_places"] == 2
    assert r["recall"] == 100.0
    assert r["precision"] == 100.0  # بيان (statement) is not predicted
