"""``hadath train``: labels from the lenient matching, grouped CV, a deterministic model file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hadath.accept.dataset import gold_reports, label, parse_gold_arg
from hadath.accept.train import TrainingError, fold_of, train
from hadath.cli import main

from tests.accept.corpus import write_gold

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def gold(tmp_path_factory, candidates):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    return write_gold(path, {"strike": (8, True), "protest": (6, False), "arrest": (4, True)}, candidates)


def test_labels_follow_the_lenient_matching(gold, candidates):
    reps = label(gold_reports([str(gold)]), candidates)
    assert {r.article.id.split("-")[0]: r.labels for r in reps if r.article.id.endswith("-01")} == {
        "strike": [1], "protest": [0], "arrest": [1]}


def test_cli_writes_a_deterministic_model(tmp_path, gold):
    runner = CliRunner()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    res = runner.invoke(main, ["train", str(gold), "-o", str(a)])
    assert res.exit_code == 0, res.output
    assert "5-fold cross-validation grouped by report" in res.output and "min_confidence" in res.output
    assert runner.invoke(main, ["train", str(gold), "-o", str(b)]).exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    m = json.loads(a.read_text(encoding="utf-8"))
    assert m["trained_on"]["gold"] == [{"file": "gold.jsonl", "split": "all", "reports": 18, "candidates": 18,
                                        "positives": 12, "gold_events": 12}]
    cv = m["cv"]["figures"]
    assert cv["before"]["predicted"] == 18 and cv["after"]["lenient"][0] >= cv["before"]["lenient"][0]
    assert m["created_by"] == "hadath train gold.jsonl"


def test_a_split_of_a_gold_file(gold):
    assert parse_gold_arg("a/b.jsonl:dev") == ("a/b.jsonl", "dev")
    assert parse_gold_arg("a/b.jsonl:heldout") == ("a/b.jsonl", "heldout")
    assert parse_gold_arg("c:/x.jsonl") == ("c:/x.jsonl", "all")
    ids = [r.article.id for r in gold_reports([f"{gold}:heldout"])]
    every = sorted(r.article.id for r in gold_reports([str(gold)]))
    assert ids and sorted(ids) == [i for k, i in enumerate(every) if k % 3 == 2]


def test_folds_are_stable_and_spread():
    folds = [fold_of(f"gold.jsonl#r{i}") for i in range(200)]
    assert folds == [fold_of(f"gold.jsonl#r{i}") for i in range(200)]
    assert set(folds) == set(range(5)) and min(folds.count(k) for k in range(5)) > 20


def test_one_class_is_refused(tmp_path, candidates):
    path = write_gold(tmp_path / "g.jsonl", {"strike": (4, True)}, candidates)
    with pytest.raises(TrainingError, match="need both matched and unmatched"):
        train(label(gold_reports([str(path)]), candidates))


def test_cli_errors(tmp_path, gold):
    runner = CliRunner()
    res = runner.invoke(main, ["train", "-o", str(tmp_path / "m.json")])
    assert res.exit_code == 2 and "give at least one GOLD file or --db" in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    res = runner.invoke(main, ["train", str(bad), "-o", str(tmp_path / "m.json")])
    assert res.exit_code == 1 and "bad.jsonl:1" in res.output and "no \"text\"" in res.output
    res = runner.invoke(main, ["train", str(gold), "--db", str(tmp_path / "none.sqlite"), "-o", str(tmp_path / "m.json")])
    assert res.exit_code == 1 and "no store at" in res.output


@pytest.fixture(scope="module")
def extra(tmp_path_factory, candidates):
    path = tmp_path_factory.mktemp("extra") / "pool.jsonl"
    return write_gold(path, {"strike": (3, True), "protest": (2, False)}, candidates)


@pytest.mark.parametrize("how", ["option", "environment", "argument"])
def test_extra_gold_files(tmp_path, gold, extra, how):
    # more gold files come as arguments, --extra-gold or HADATH_EXTRA_GOLD (paths separated by
    # spaces): each is one more file of the provenance and of the figures by file
    out = tmp_path / "m.json"
    args, env = ["train", str(gold), "-o", str(out)], {}
    if how == "option":
        args += ["--extra-gold", str(extra)]
    elif how == "environment":
        env = {"HADATH_EXTRA_GOLD": f"{extra} {gold}"}  # (a file named twice counts once)
    else:
        args.insert(2, str(extra))
    res = CliRunner().invoke(main, args, env=env)
    assert res.exit_code == 0, res.output
    m = json.loads(out.read_text(encoding="utf-8"))
    assert [(g["file"], g["reports"]) for g in m["trained_on"]["gold"]] == [("gold.jsonl", 18), ("pool.jsonl", 5)]
    assert sorted(m["cv"]["figures"]["by_file"]) == ["gold.jsonl", "pool.jsonl"]
    assert m["created_by"] == "hadath train gold.jsonl pool.jsonl"
    checks = m["cv"].get("extra_files", {})
    if how == "argument":  # (a GOLD argument is no extra file: no readings of what it adds)
        assert checks == {}
    else:  # a model without the file scored on it (out of sample), and the file alone, cross-validated
        assert sorted(checks) == (["gold.jsonl", "pool.jsonl"] if how == "environment" else ["pool.jsonl"])
        assert sorted(checks["pool.jsonl"]) == ["alone", "without"]
        for part in checks["pool.jsonl"].values():
            assert part["reports"] == 5 and part["before"]["predicted"] == 5
            assert 0.0 <= part["min_confidence"] <= 1.0 and part["after"]["predicted"] <= 5
        assert "pool.jsonl: a model trained without it, scored on it" in res.output


def test_extra_gold_is_the_same_model_however_given(tmp_path, gold, extra):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert CliRunner().invoke(main, ["train", str(gold), str(extra), "-o", str(a)]).exit_code == 0
    res = CliRunner().invoke(main, ["train", str(gold), "-o", str(b)], env={"HADATH_EXTRA_GOLD": str(extra)})
    assert res.exit_code == 0
    ma, mb = (json.loads(x.read_text(encoding="utf-8")) for x in (a, b))
    fitted = ("features", "mean", "scale", "coef", "intercept", "calibration", "min_confidence", "trained_on")
    assert {k: ma[k] for k in fitted} == {k: mb[k] for k in fitted}
    assert "extra_files" not in ma["cv"] and "pool.jsonl" in mb["cv"]["extra_files"]


def test_two_gold_files_of_one_name_are_refused(tmp_path, gold):
    other = tmp_path / "gold.jsonl"
    other.write_bytes(gold.read_bytes())
    res = CliRunner().invoke(main, ["train", str(gold), "--extra-gold", str(other), "-o", str(tmp_path / "m.json")])
    assert res.exit_code == 2 and "two gold files are both named gold.jsonl" in res.output


@pytest.mark.parametrize("ids, clean", [
    (["r1", "r2", "r3", "r4"], ["r4"]),
    (["b", "a", "d", "c", "f", "e", "h", "g"], ["d", "h"]),
    (["x3", "x1", "x2"], []),
    (["set36-09", "set35-10", "set37-01", "set35-02", "set36-01"], ["set36-09"]),
])
def test_a_fresh_set_splits_into_fix_and_clean_parts(ids, clean):
    from hadath.evaluation.gold import GoldDoc, select_split
    from hadath.types import Article

    docs = [GoldDoc(Article(id=i, text="x"), []) for i in ids]
    fix = [d.article.id for d in select_split(docs, "fix")]
    got = [d.article.id for d in select_split(docs, "clean")]
    assert sorted(got) == sorted(clean)
    assert sorted(fix + got) == sorted(ids) and not set(fix) & set(got)
    assert fix == [i for i in ids if i not in clean]  # the file's order is kept


@pytest.mark.parametrize("arg, want", [
    ("a/pool.jsonl:fix", ("a/pool.jsonl", "fix")),
    ("a/pool.jsonl:clean", ("a/pool.jsonl", "clean")),
    ("a/pool.jsonl:fixed", ("a/pool.jsonl:fixed", "all")),
])
def test_the_fix_and_clean_parts_are_named_like_a_split(arg, want):
    assert parse_gold_arg(arg) == want


def test_gold_reports_reads_a_part_of_a_file(gold):
    every = sorted(r.article.id for r in gold_reports([str(gold)]))
    clean = [r.article.id for r in gold_reports([f"{gold}:clean"])]
    fix = [r.article.id for r in gold_reports([f"{gold}:fix"])]
    assert sorted(clean) == [i for k, i in enumerate(every) if k % 4 == 3]
    assert sorted(clean + fix) == every
