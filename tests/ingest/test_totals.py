"""Progress totals: counted inputs, and WARC/ARC archives estimated from the bytes read so far."""
from __future__ import annotations

import json

from hadath.ingest import read_inputs
from hadath.ingest.totals import InputTotals, StreamMeter, input_totals
from hadath.types import Article

from .warcs import arabic_pages, page, write_warc


def _corpus(tmp_path):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": f"نص {i}"}) + "\n" for i in range(3)),
                                      encoding="utf-8")
    pages = [(u, h, "text/html") for u, h in arabic_pages(6)]
    pages.insert(2, ("https://x.example/en", page("English", "plain English text " * 20), "text/html"))
    warc = write_warc(tmp_path / "b.warc.gz", pages)
    return warc


def test_archives_are_measured_in_bytes(tmp_path):
    warc = _corpus(tmp_path)
    totals = input_totals([str(tmp_path)])
    assert totals == InputTotals(articles=3, stream_bytes=warc.stat().st_size)
    assert totals.estimate() is None            # nothing read yet: no estimate for the archive


def test_the_estimate_follows_the_reading_and_ends_exact(tmp_path):
    _corpus(tmp_path)
    totals = input_totals([str(tmp_path)])
    meter = StreamMeter()
    estimates, articles = [], 0
    for item in read_inputs([str(tmp_path)], meter):
        articles += isinstance(item, Article)
        if meter.done:
            estimates.append(totals.estimate(meter))
    assert articles == 3 + 6                    # the English page is not an article
    assert meter.items == 6 and meter.done == totals.stream_bytes
    assert estimates and all(e is not None and e >= 3 for e in estimates)
    assert totals.estimate(meter) == articles   # exact once the archive is read


def test_no_total_for_standard_input_or_a_json_document(tmp_path):
    (tmp_path / "a.json").write_text('[{"text": "x"}]', encoding="utf-8")
    assert input_totals([str(tmp_path)]) is None
    assert input_totals(["-"]) is None
    (tmp_path / "a.json").unlink()
    (tmp_path / "noext").write_text("<rss><channel><item><title>a</title></item></channel></rss>", encoding="utf-8")
    assert input_totals([str(tmp_path)]) == InputTotals(articles=1)   # sniffed: a feed of one entry
