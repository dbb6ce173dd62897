"""scripts/accept_features_cv.py: the out-of-fold comparison of feature sets on the same candidates."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.accept.corpus import write_gold

pytest.importorskip("sklearn")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "accept_features_cv.py"


def _script():
    spec = importlib.util.spec_from_file_location("accept_features_cv", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gold(tmp_path_factory, candidates):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    return write_gold(path, {"strike": (8, True), "protest": (6, False), "arrest": (4, True)}, candidates)


def test_each_feature_is_compared_with_the_set_without_it(gold, capsys):
    assert _script().main(["fat_log,trig_conf_main", str(gold), "--seeds", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "18 reports, 18 candidates, 12 matched; 2 fold assignments"
    assert [line.split()[0] for line in out[1:]] == ["old", "+fat_log", "+trig_conf_main", "all"]
    for line in out[1:]:
        assert "log-loss" in line and "lenient F1 at cut" in line and "negative reports kept" in line


@pytest.mark.parametrize("names", ["no_such_feature", "fat_log,no_such_feature"])
def test_an_unknown_feature_is_refused(names, gold, capsys):
    assert _script().main([names, str(gold), "--seeds", "1"]) == 2
    assert "no_such_feature" in capsys.readouterr().err


def test_one_feature_gives_no_all_row(gold, capsys):
    assert _script().main(["fat_log", str(gold), "--seeds", "1"]) == 0
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert rows == ["old", "+fat_log"]
