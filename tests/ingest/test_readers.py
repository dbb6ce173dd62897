"""Readers for HTML, feeds and WARC archives, plus directory/glob/gzip handling."""
from __future__ import annotations

import gzip
from datetime import date

import pytest

from hadath.errors import InputError
from hadath.ingest import read_inputs, sniff
from hadath.types import Article

from .warcs import PLACES, arabic_pages, page, rss, write_warc


def split(items):
    arts = [x for x in items if isinstance(x, Article)]
    errs = [x for x in items if isinstance(x, InputError)]
    return arts, errs


def test_html_page_text_title_date_outlet(tmp_path):
    p = tmp_path / "report.html"
    p.write_text(page("غارة على إدلب", "قتل خمسة مدنيين في غارة جوية على مدينة إدلب صباح اليوم.",
                      date="2024-03-05", site="الجزيرة نت", url="https://www.aljazeera.net/news/1"), encoding="utf-8")
    (a,), errs = split(list(read_inputs([str(p)])))
    assert not errs
    assert "قتل خمسة مدنيين" in a.text and "الرئيسية" not in a.text and "محفوظة" not in a.text
    assert a.title == "غارة على إدلب"
    assert a.published == date(2024, 3, 5)
    assert a.source == "الجزيرة نت"
    assert a.url == "https://www.aljazeera.net/news/1"


@pytest.mark.parametrize("declared", ["windows-1256", None])
def test_html_in_windows_1256(tmp_path, declared):
    html = page("انفجار في حلب", "انفجرت سيارة مفخخة في حي الشعار بمدينة حلب ما أدى إلى مقتل ثلاثة أشخاص.",
                charset=declared or "", site="عنب بلدي")
    if declared is None:
        html = html.replace('<meta charset="">', "")
    p = tmp_path / "cp1256.htm"
    p.write_bytes(html.encode("cp1256"))
    (a,), errs = split(list(read_inputs([str(p)])))
    assert not errs
    assert "سيارة مفخخة" in a.text
    assert "cp1256" in a.origin or "1256" in a.origin


def test_rss_entries_with_dates(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(rss([
        ("قصف على درعا", "https://feed.example.com/1?utm_source=x", "Tue, 05 Mar 2024 10:00:00 GMT",
         "قصفت قوات النظام بلدة طفس في ريف درعا الغربي."),
        ("اشتباكات في الرقة", "https://feed.example.com/2", "Wed, 06 Mar 2024 11:00:00 GMT",
         "اندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين في الرقة."),
    ]), encoding="utf-8")
    arts, errs = split(list(read_inputs([str(p)])))
    assert not errs
    assert [a.published for a in arts] == [date(2024, 3, 5), date(2024, 3, 6)]
    assert arts[0].source == "أخبار سوريا" and arts[0].title == "قصف على درعا"
    assert "بلدة طفس" in arts[0].text and arts[0].text.startswith("قصف على درعا")
    assert arts[1].url == "https://feed.example.com/2"


def test_atom_feed(tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                 "<title>وكالة</title><entry><title>غارة</title><link href='https://a.example/x'/>"
                 "<id>tag:a,1</id><updated>2024-02-01T00:00:00Z</updated>"
                 "<content type='html'>&lt;p&gt;استهدفت غارة جوية مدينة سراقب.&lt;/p&gt;</content></entry></feed>",
                 encoding="utf-8")
    (a,), errs = split(list(read_inputs([str(p)])))
    assert not errs and a.published == date(2024, 2, 1) and "سراقب" in a.text


@pytest.mark.parametrize("content", [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</item></channel>',
    '<?xml version="1.0"?><rss version="2.0"><channel><title>broken &nope; <item>',
])
def test_malformed_feed_reported_and_rest_ingests(tmp_path, content):
    bad = tmp_path / "bad.xml"
    bad.write_text(content, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("قتل شخصان في انفجار لغم في ريف حماة.", encoding="utf-8")
    arts, errs = split(list(read_inputs([str(tmp_path)])))
    assert [a.id for a in arts] == ["good"]
    assert len(errs) == 1 and errs[0].source == str(bad) and "malformed feed" in errs[0].message


def test_warc_streams_arabic_html_only(tmp_path):
    recs = [(u, h, "text/html; charset=utf-8") for u, h in arabic_pages(4)]
    recs.append(("https://news.example.com/en/1", page("Airstrike", "An airstrike hit a market in Idlib "
                 "killing five civilians, the civil defence said on Tuesday morning."), "text/html"))
    recs.append(("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
    for gz in (True, False):
        p = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), recs, gzip=gz)
        arts, errs = split(list(read_inputs([str(p)])))
        assert not errs
        assert len(arts) == 4
        assert all(a.url and a.url.startswith("https://news.example.com/ar/") for a in arts)
        assert arts[0].source == "وكالة الأنباء" and arts[0].published == date(2024, 3, 5)
        assert len({a.id for a in arts}) == 4


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("keep", [0.45, 0.8])
def test_truncated_warc_reported_after_what_it_held(tmp_path, gz, keep):
    p = write_warc(tmp_path / "full.warc", [(u, h, "text/html") for u, h in arabic_pages(6)], gzip=gz)
    data = p.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * keep)])
    arts, errs = split(list(read_inputs([str(cut)])))
    assert 0 < len(arts) < 6
    assert len(errs) == 1 and errs[0].source == str(cut) and "truncated" in errs[0].message


def test_directories_globs_and_gzip(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("انفجار في مدينة الباب بريف حلب الشرقي.", encoding="utf-8")
    with gzip.open(tmp_path / "d" / "sub" / "b.html.gz", "wt", encoding="utf-8") as fh:
        fh.write(page("قصف", "قصفت المدفعية قرية في ريف إدلب الجنوبي وقتل طفلان."))
    (tmp_path / "d" / "c.jsonl").write_text('{"id": "j1", "text": "قتل جندي في هجوم بدرعا."}\n{"id": 3\n',
                                            encoding="utf-8")
    arts, errs = split(list(read_inputs([str(tmp_path / "d")])))
    assert sorted(a.id for a in arts) == ["a", "b", "j1"]
    assert len(errs) == 1 and errs[0].line == 2
    arts2, _ = split(list(read_inputs([str(tmp_path / "d" / "**" / "*.gz")])))
    assert [a.id for a in arts2] == ["b"]


@pytest.mark.parametrize("head,reader", [
    (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
    (b'<?xml version="1.0"?>\n<rss version="2.0">', "feeds"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feeds"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"  <html lang='ar'>", "html"),
    ("قتل ثلاثة".encode(), None),
])
def test_sniff_unknown_suffix(head, reader):
    target = sniff(head)
    assert (target.split(":")[0].rsplit(".", 1)[1] if target else None) == reader


def test_sniffed_warc_without_suffix(tmp_path):
    p = write_warc(tmp_path / "crawl.warc", [(u, h, "text/html") for u, h in arabic_pages(2)], gzip=False)
    q = tmp_path / "crawl-000"
    p.rename(q)
    arts, errs = split(list(read_inputs([str(q)])))
    assert len(arts) == 2 and not errs


def test_places_fixture_is_arabic():
    assert all(any("\u0600" <= c <= "\u06ff" for c in p) for p in PLACES)
