"""An API over a small SQLite store, with a stub extraction pipeline (deterministic, fast)."""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import pytest

from hadath.types import Doc, Event, Span
from tests.store.store_factories import make_article, make_event

with warnings.catch_warnings():  # starlette's note about httpx2, once, at import
    warnings.simplefilter("ignore")
    import fastapi.testclient  # noqa: F401


@dataclass
class StubPipeline:
    """One Battles event per occurrence of 'اشتباك' (evidence: the word); nothing else."""
    calls: int = 0

    def __call__(self, article):
        self.calls += 1
        events, at = [], article.text.find("اشتباك")
        while at >= 0:
            events.append(Event(article_id=article.id, event_type="Battles", sub_event_type="Armed clash",
                                event_date=article.published, country="Syria", location="Aleppo",
                                latitude=36.2, longitude=37.16, evidence={"trigger": (Span(at, at + 6),)}))
            at = article.text.find("اشتباك", at + 6)
        return Doc(article=article, events=tuple(events))


@pytest.fixture
def store(tmp_path):
    from hadath.store import open_store

    s = open_store(str(tmp_path / "api.sqlite"))
    items = []
    for i, country in enumerate(["Syria", "Syria", "Iraq", "Yemen", "Syria"]):
        a = make_article(i)
        items.append((a, [make_event(a, country=country)]))
    s.add_many(items, "1.0")
    yield s
    s.close()


@pytest.fixture
def token(store):
    return store.create_token("tester")


@pytest.fixture
def pipeline():
    return StubPipeline()


@pytest.fixture
def app(store, pipeline):
    from hadath.api import create_app

    return create_app(store, pipeline=pipeline, max_body=100_000)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture
def auth(token):
    return {"Authorization": f"Bearer {token}"}
