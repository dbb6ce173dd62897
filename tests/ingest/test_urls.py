import pytest

from hadath.ingest.lang import is_arabic
from hadath.ingest.urls import normalize_url


@pytest.mark.parametrize("a,b", [
    ("https://www.aljazeera.net/news/2024/3/5/x", "http://aljazeera.net/news/2024/3/5/x/"),
    ("https://www.enabbaladi.net/archives/1?utm_source=fb&utm_medium=x", "https://enabbaladi.net/archives/1"),
    ("https://m.alarabiya.net/a/b?fbclid=abc#comments", "https://alarabiya.net/a/b"),
    ("https://sana.sy/?p=12&lang=ar", "https://sana.sy/?lang=ar&p=12"),
    ("https://news.example.com/x/amp", "https://news.example.com/x"),
    ("HTTPS://News.Example.COM:443/x/index.html", "https://news.example.com/x"),
    ("https://www.bbc.com/arabic/%D8%A7", "https://bbc.com/arabic/ا"),
])
def test_same_article(a, b):
    assert normalize_url(a) == normalize_url(b)


@pytest.mark.parametrize("a,b", [
    ("https://sana.sy/?p=12", "https://sana.sy/?p=13"),
    ("https://a.example/x", "https://b.example/x"),
])
def test_different_articles(a, b):
    assert normalize_url(a) != normalize_url(b)


@pytest.mark.parametrize("u", [None, "", "mailto:x@y.z", "not a url", "ftp://x.example/y"])
def test_not_web_urls(u):
    assert normalize_url(u) is None


@pytest.mark.parametrize("text,arabic", [
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب شمال غربي سوريا صباح اليوم", True),
    ("An airstrike killed five civilians in Idlib, north-western Syria, on Tuesday morning", False),
    ("Breaking: قتل خمسة in Idlib today according to reports from the civil defence", False),
    ("قصف", False),
])
def test_language_filter(text, arabic):
    assert is_arabic(text) is arabic
