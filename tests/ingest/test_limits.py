"""Bounded work per input: gzip bombs, truncated gzip, huge articles, BOM-less UTF-16."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import hadath.ingest as ingest_mod
from hadath.errors import InputError
from hadath.ingest import read_inputs, read_path
from hadath.ingest.decode import decode
from hadath.ingest.limits import gunzip, split_long
from hadath.store import open_store
from hadath.types import Article

FAKE = str(Path(__file__).resolve().parents[1] / "batch")
SENTENCE = "قتل 3 مدنيين في قصف على مدينة حلب يوم الاثنين، بحسب مصادر محلية.\n"


def _bomb(path: Path, mb: int) -> None:
    block = b"\0" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(mb):
            fh.write(block)


def test_gzip_bomb_is_refused_with_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 8 << 20)
    bomb = tmp_path / "bomb.txt.gz"
    _bomb(bomb, 64)                                   # 64 MB of zeros in ~64 KB
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    tracemalloc.start()
    try:
        items = list(read_inputs([str(bomb), str(good)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(items[0], InputError) and "bomb.txt.gz" in str(items[0]) and "limit" in str(items[0])
    assert isinstance(items[1], Article) and items[1].text == SENTENCE   # the batch goes on
    assert peak < 3 * (8 << 20)                       # never the whole 64 MB


def test_truncated_jsonl_gz_keeps_its_complete_lines(tmp_path):
    recs = [json.dumps({"id": f"r{i}", "text": f"{SENTENCE} ({i}) " + "س" * 200}, ensure_ascii=False)
            for i in range(200)]
    data = gzip.compress(("\n".join(recs) + "\n").encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_path(str(cut)))
    errors = [i for i in items if isinstance(i, InputError)]
    arts = [i for i in items if isinstance(i, Article)]
    assert len(errors) == 1 and "cut.jsonl.gz" in str(errors[0]) and "truncated" in str(errors[0])
    assert 50 < len(arts) < 200 and [a.id for a in arts] == [f"r{i}" for i in range(len(arts))]


def test_corrupt_gzip_without_a_complete_line_is_an_error(tmp_path):
    p = tmp_path / "junk.txt.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (item,) = list(read_path(str(p)))
    assert isinstance(item, InputError) and "junk.txt.gz" in str(item) and "gzip" in str(item)


def test_multi_member_gzip_is_read_whole(tmp_path):
    data = gzip.compress(b"one\n") + gzip.compress(b"two\n")
    assert gunzip("x.gz", data) == (b"one\ntwo\n", None)


def test_long_article_is_split_at_paragraphs_and_capped():
    para = "قصف على حلب. " * 30 + "\n\n"               # ~400 characters a paragraph
    art = Article(id="big", text=para * 100, origin="big.txt")
    items = list(split_long(art, size=2_000, parts=5))
    parts = [i for i in items if isinstance(i, Article)]
    assert [p.id for p in parts] == [f"big#p{n}" for n in range(1, 6)]
    assert all(len(p.text) <= 2_000 and p.text.endswith("\n\n") for p in parts)
    assert parts[0].origin == "big.txt (part 1)"
    assert "".join(p.text for p in parts) == art.text[: sum(len(p.text) for p in parts)]
    (err,) = [i for i in items if isinstance(i, InputError)]
    assert "big.txt" in str(err) and "skipped" in str(err)
    assert list(split_long(art, size=len(art.text))) == [art]


def test_text_without_breaks_is_cut_at_the_limit():
    art = Article(id="x", text="س" * 5_000)
    parts = [i for i in split_long(art, size=1_000, parts=10) if isinstance(i, Article)]
    assert len(parts) == 5 and "".join(p.text for p in parts) == art.text


# ``python -m hadath ARGS`` that prints its peak resident memory (kB) on standard error at exit
PEAK_THEN_HADATH = """
import atexit, runpy, sys

def peak():
    with open("/proc/self/status") as fh:
        sys.stderr.write("".join("PEAK " + ln.split()[1] + "\\n" for ln in fh if ln.startswith("VmHWM:")))

atexit.register(peak)
sys.argv[0] = "hadath"
runpy.run_module("hadath", run_name="__main__", alter_sys=True)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmHWM from /proc (Linux)")
def test_50_mb_article_and_a_gzip_bomb_in_bounded_memory_the_batch_goes_on(tmp_path):
    """The acceptance case, as a user runs it: ``hadath ingest`` in its own process, a 50 MB
    article and a bomb of 300 MB of zeros among the inputs: both reported by name, the rest
    stored, peak RSS far below 1 GB. The peak is the process's own high-water mark since it
    started (VmHWM, printed at exit): a child's rusage would also count the memory of the forking
    test process."""
    big = tmp_path / "a-big.txt"
    with open(big, "wb") as fh:
        for i in range(50):                        # 50 MB, every line different
            fh.write("".join(f"{SENTENCE[:-1]} ({i}-{j})\n" for j in range(8_000)).encode("utf-8"))
    _bomb(tmp_path / "b-bomb.txt.gz", 300)          # over the default 256 MB limit for one input
    (tmp_path / "c-small.txt").write_text(SENTENCE.replace("حلب", "إدلب"), encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    env = dict(os.environ, HADATH_MAX_ARTICLE_CHARS="20000", HADATH_MAX_ARTICLE_PARTS="5",  # small parts: fast
               PYTHONPATH=os.pathsep.join([FAKE, os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", PEAK_THEN_HADATH, "ingest", str(big), str(tmp_path / "b-bomb.txt.gz"),
                           str(tmp_path / "c-small.txt"), "--db", db, "--stages", "text,fake_stages:FakeEventStage",
                           "-j", "1", "--no-merge", "--no-near-duplicates", "--no-progress"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=600)
    err = proc.stderr
    assert proc.returncode == 1, err               # some inputs failed, named; the rest ingested
    assert any("a-big.txt" in m and "skipped" in m for m in err.splitlines()), err
    assert any("b-bomb.txt.gz" in m and "limit" in m for m in err.splitlines()), err
    (peak_kb,) = [int(m.split()[1]) for m in err.splitlines() if m.startswith("PEAK ")]
    assert peak_kb * 1024 < 1 << 30, f"peak RSS {peak_kb / 1024:.0f} MB"
    s = open_store(db)
    try:
        ids = {a.id for a in s.articles()}
    finally:
        s.close()
    assert big.stat().st_size > 45_000_000
    assert ids == {"c-small"} | {f"a-big#p{n}" for n in range(1, 6)}


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path, enc):
    p = tmp_path / "u16.txt"
    p.write_bytes(SENTENCE.encode(enc) * 3)
    (item,) = list(read_path(str(p)))
    assert isinstance(item, Article) and item.text == SENTENCE * 3 and enc in item.origin
    assert decode("x", ("plain English text " * 10).encode(enc))[1] == enc


def test_count_articles_for_the_progress_total(tmp_path):
    from hadath.ingest import count_articles

    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(SENTENCE, encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 4
    # gzip is undone as it is counted, feeds count their entries
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n{"text": "y"}\n'))
    (tmp_path / "e.txt.gz").write_bytes(gzip.compress(SENTENCE.encode("utf-8")))
    (tmp_path / "f.rss").write_text('<rss><channel><title>t</title><item><title>a</title></item>'
                                    '<item>\n<title>b</title></item></channel></rss>', encoding="utf-8")
    (tmp_path / "g.atom").write_text('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>c</title>'
                                     '</entry></feed>', encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 4 + 2 + 1 + 2 + 1
    (tmp_path / "c.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_articles([str(tmp_path)]) is None     # an archive: unknown, no total
