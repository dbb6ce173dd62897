"""The worked example (SDF statement on Raqqa) placed by the full pipeline (hadath.load).

With the bundled gazetteer only (cities500 + Who's On First, no import) and with the OCHA
community list imported into a temporary user gazetteer, all four places of the gold events
(Raqqa, al-Karama, Tabqa, Sarrin - written سارين, listed as صرين) are within 10 km of the gold
points, and every event has admin1 and admin2.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.gazetteer import clear_cache, haversine_km
from hadath.types import Article

ALL = ("الرقة", "الكرامة", "الطبقة", "صرين")
BUNDLED = ALL


def _gold(shared: Path) -> tuple[Article, dict[str, tuple[float, float]]]:
    ex = shared / "examples"
    gold = json.loads((ex / "sdf-raqqa-statement.gold.json").read_text(encoding="utf-8"))
    text = (ex / gold["text_file"]).read_text(encoding="utf-8")
    art = Article(gold["id"], text, published=date.fromisoformat(gold["published"]))
    return art, {e["location_ar"]: (e["latitude"], e["longitude"]) for e in gold["events"]}


def _run(user_db: Path, art: Article):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HADATH_USER_GAZETTEER", str(user_db))
        clear_cache()
        try:
            return hadath.load(stages=CANDIDATE_STAGES)(art)
        finally:
            clear_cache()


@pytest.fixture(scope="module")
def runs(shared, tmp_path_factory):
    ocha = shared / "data" / "syrianarchive_gazetteer" / "sy_locations_ocha_communities.json"
    if not ocha.exists():
        pytest.skip(f"{ocha} not found")
    from hadath.gazetteer import open_gazetteer
    from hadath.gazetteer.importers import AdminResolver
    from hadath.gazetteer.importers.ocha import read_ocha
    from hadath.gazetteer.store import Writer
    tmp = tmp_path_factory.mktemp("user-gz")
    user = tmp / "user.sqlite"
    with Writer(user) as w:
        w.add(read_ocha(ocha, AdminResolver(open_gazetteer(user=False)), "SY"))
    art, gold = _gold(shared)
    return {"ocha": _run(user, art), "bundled": _run(tmp / "absent.sqlite", art), "gold": gold}


def _nearest_event_km(doc, lat: float, lon: float) -> float:
    return min((haversine_km(e.latitude, e.longitude, lat, lon) for e in doc.events
                if e.latitude is not None), default=float("inf"))


def _nearest_mention_km(doc, lat: float, lon: float) -> float:
    return min((haversine_km(p.latitude, p.longitude, lat, lon)
                for p in (m.value.place for m in doc.mentions_of("place")) if p is not None),
               default=float("inf"))


@pytest.mark.parametrize("gaz,name", [("ocha", n) for n in ALL] + [("bundled", n) for n in BUNDLED])
def test_gold_event_places_within_10km(runs, gaz, name):
    lat, lon = runs["gold"][name]
    assert _nearest_event_km(runs[gaz], lat, lon) <= 10


@pytest.mark.parametrize("gaz,name", [("ocha", n) for n in ALL] + [("bundled", n) for n in BUNDLED])
def test_place_mentions_resolve_within_10km(runs, gaz, name):
    lat, lon = runs["gold"][name]
    assert _nearest_mention_km(runs[gaz], lat, lon) <= 10


def test_sarrin_with_the_bundled_gazetteer_is_in_ain_al_arab(runs):
    sarrin = [e for e in runs["bundled"].events
              if e.place is not None and e.place.name == "سارين"]
    assert sarrin, "the raid on سارين should still be an event"
    for e in sarrin:
        assert (e.admin1, e.admin2, e.geo_precision, e.country) == ("Aleppo", "Ain Al Arab", 1, "Syria")


def test_every_event_has_admin1_and_admin2(runs):
    assert runs["bundled"].events
    for e in runs["bundled"].events:
        assert e.admin1 and e.admin2, (e.location, e.admin1, e.admin2)
