"""Bad inputs are named with their line, the rest of the batch is processed, exit code 1."""
from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from hadath.cli import main

GOOD = "قُتل ثلاثة مدنيين أمس في قصف على مدينة الرقة."


def run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "cp1256.txt").write_bytes(("وقالت مصادر محلية إن اشتباكات عنيفة اندلعت في مدينة حلب. " * 3).encode("cp1256"))
    lines = [
        json.dumps({"id": "ok1", "text": GOOD, "published": "2023-03-12"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "notext", "published": "2023-03-12"}),
        json.dumps({"id": "baddate", "text": GOOD, "published": "yesterday-ish"}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok2", "text": GOOD}, ensure_ascii=False),
    ]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "zipped.txt.gz").write_bytes(gzip.compress(GOOD.encode("utf-8")))
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    return tmp_path


def test_bad_inputs_are_named_and_the_rest_is_processed(batch):
    res = CliRunner().invoke(main, ["extract", str(batch), "--stages", "text", "--format", "jsonl"])
    err = res.stderr if hasattr(res, "stderr") else res.output
    assert res.exit_code == 1
    assert "binary.txt: binary file" in err
    assert "empty.txt: empty file" in err
    assert "records.jsonl:2: not valid JSON" in err
    assert "records.jsonl:3: record has no \"text\"" in err
    assert "records.jsonl:4: published 'yesterday-ish' is not an ISO date" in err
    assert "records.jsonl:5: record is a JSON list" in err
    assert "broken.txt.gz: not a valid gzip file" in err
    assert "input(s) failed" in err


def test_windows_1256_is_detected(batch):
    from hadath.ingest import read_path

    (art,) = list(read_path(str(batch / "cp1256.txt")))
    assert "اشتباكات عنيفة" in art.text
    assert "cp1256" in (art.origin or "") or "windows-1256" in (art.origin or "").lower()


def test_good_inputs_still_read(batch):
    from hadath.ingest import read_inputs
    from hadath.types import Article

    arts = [a for a in read_inputs([str(batch)]) if isinstance(a, Article)]
    ids = sorted(a.id for a in arts)
    assert ids == ["cp1256", "good", "ok1", "ok2", "zipped"]
    ok1 = next(a for a in arts if a.id == "ok1")
    assert ok1.published.isoformat() == "2023-03-12"
    assert ok1.origin.endswith("records.jsonl:1")


def test_missing_file_is_reported(tmp_path):
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt"), "--stages", "text"])
    assert res.exit_code == 1
    assert "nope.txt: no such file" in res.output


def test_bad_published_option():
    res = CliRunner().invoke(main, ["extract", "-", "--published", "31/02/2023", "--stages", "text"], input=GOOD)
    assert res.exit_code == 2
    assert "not a date" in res.output


def test_stdin_ok():
    res = CliRunner().invoke(main, ["extract", "-", "--stages", "text", "--format", "jsonl"], input=GOOD)
    assert res.exit_code == 0, res.output
