"""Hand-built articles and events for the store tests (the pipeline is not needed)."""
from __future__ import annotations

from datetime import date

from hadath.types import Article, Event, Span

TEXT = ("قتل ستة مقاتلين من قوات سوريا الديمقراطية في هجوم لتنظيم داعش على مدينة الرقة "
        "يوم الاثنين، فيما تظاهر العشرات في الحسكة.")


def make_article(i: int = 0, text: str | None = None, **kw) -> Article:
    kw.setdefault("url", f"https://www.example.org/news/{i}")
    kw.setdefault("published", date(2022, 12, 29))
    kw.setdefault("source", "Example News")
    return Article(id=kw.pop("id", f"art-{i}"), text=text or f"{TEXT} ({i})", **kw)


def make_event(article: Article, **kw) -> Event:
    base = dict(event_type="Battles", sub_event_type="Armed clash", event_date=date(2022, 12, 26),
                time_precision=1, actor1="Islamic State (Syria)", actor2="SDF: Syrian Democratic Forces",
                country="Syria", admin1="Ar-Raqqa", location="Ar-Raqqa", location_ar="الرقة",
                latitude=35.9528, longitude=39.0079, geo_precision=1, fatalities=6,
                evidence={"trigger": (Span(0, 3),), "location": (Span(article.text.find("الرقة"),
                                                                      article.text.find("الرقة") + 5),)},
                confidence={"event_type": 0.9, "location": 0.8})
    base.update(kw)
    return Event(article_id=article.id, **base)
