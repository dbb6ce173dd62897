"""Test data built by code: WARC archives, HTML pages and feeds (no checked-in binaries)."""
from __future__ import annotations

import io
from pathlib import Path

REPORT = ("قتل {n} مدنيين وأصيب آخرون في غارة جوية استهدفت سوقا شعبيا في مدينة {place} صباح اليوم، "
          "وفق ما أفاد به الدفاع المدني. وقالت مصادر محلية إن الطائرات الحربية شنت غارتين على المدينة، "
          "ما أدى إلى دمار واسع في المحال التجارية والمنازل المجاورة.")
PLACES = ("إدلب", "حلب", "درعا", "الرقة", "دير الزور", "حماة", "حمص", "اللاذقية")


def page(title: str, body: str, *, date: str = "2024-03-05", site: str = "وكالة الأنباء",
         charset: str = "utf-8", url: str | None = None) -> str:
    canon = f'<link rel="canonical" href="{url}">' if url else ""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">'
            f"<title>{title} | {site}</title>"
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{date}T08:00:00+00:00">{canon}</head>'
            f"<body><nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></nav>"
            f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")


def arabic_pages(n: int, start: int = 0) -> list[tuple[str, str]]:
    out = []
    for i in range(start, start + n):
        place = PLACES[i % len(PLACES)]
        body = REPORT.format(n=i + 3, place=place) + f" وهذا التقرير رقم {i} من مراسلنا."
        url = f"https://news.example.com/ar/{2024}/{i}"
        out.append((url, page(f"غارة على {place} رقم {i}", body, url=url)))
    return out


def write_warc(path: Path, records: list[tuple[str, bytes | str, str]], gzip: bool = True,
               status: str = "200 OK") -> Path:
    """records: (url, payload, content-type). Plus a warcinfo and a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "hadath-tests"}))
        for url, payload, ctype in records:
            data = payload.encode("utf-8") if isinstance(payload, str) else payload
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(data), http_headers=hh))
    return path


def rss(items: list[tuple[str, str, str, str]], title: str = "أخبار سوريا") -> str:
    """items: (title, link, RFC-822 date, description)."""
    body = "".join(f"<item><title>{t}</title><link>{l}</link><pubDate>{d}</pubDate>"
                   f"<description><![CDATA[<p>{x}</p>]]></description></item>" for t, l, d, x in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://feed.example.com</link>{body}</channel></rss>")
