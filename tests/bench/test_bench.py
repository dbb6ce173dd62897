"""The corpus generator and the benchmark runner (tiny sizes: figures belong to `hadath bench`)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from hadath.bench.corpus import generate, write_jsonl
from hadath.bench.runner import measure
from hadath.dedupe.articles import find_duplicates
from hadath.ingest.lang import is_arabic


def test_generator_is_deterministic_sized_and_arabic():
    a = list(generate(40, seed=4, size=(2000, 3000)))
    b = list(generate(40, seed=4, size=(2000, 3000)))
    assert a == b
    sizes = [len(x.text.encode("utf-8")) for x in a]
    assert min(sizes) >= 1900 and max(sizes) <= 3450
    assert all(is_arabic(x.text) and x.published and x.source for x in a)
    assert len({x.id for x in a}) == 40
    assert list(generate(5, seed=5))[0].text != a[0].text


def test_generator_syndicated_copies_are_found():
    arts = list(generate(200, seed=1, syndicate=0.1))
    dups = find_duplicates(arts)
    copies = {x.id for x in arts if x.url and "copy" in x.url}
    assert copies and copies <= set(dups)
    assert len(dups) <= len(copies) + 3  # unrelated reports are not called copies


def test_measure_raw_and_one_process(tmp_path):
    corpus = str(write_jsonl(tmp_path / "c.jsonl", 30, seed=2))
    raw = measure("raw", corpus)
    one = measure("local1", corpus, stages=("text",))
    assert raw.articles == one.articles == 30
    assert raw.rate > 0 and one.rate > 0 and one.peak_rss_mb > 0
    assert set(one.stage_seconds) == {"text"}
    assert raw.load_avg >= 0 and one.load_avg >= 0


def test_bench_cli(tmp_path):
    from hadath.cli import main

    out = tmp_path / "b.json"
    res = CliRunner().invoke(main, ["bench", "-n", "20", "--modes", "raw,local1", "--stages", "text",
                                    "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "raw scan / local1" in res.output and "per-stage time share" in res.output
    assert "load average (1 min) when each mode started: raw " in res.output
    figures = json.loads(out.read_text())
    assert [f["mode"] for f in figures] == ["raw", "local1"] and figures[0]["articles"] == 20
