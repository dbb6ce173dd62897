"""Review corrections keep the data valid: every bad edit is a 422 naming the field with nothing
stored; good edits (several fields at once) are stored with what follows from them, and export
as the analyst typed them, in valid ACLED form."""
from __future__ import annotations

import csv
import io

import pytest

from hadath.api.corrections import CorrectionError, validate
from hadath.events.taxonomy import SUB_EVENT_TYPES

RECORD = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 6, "fatalities_best": 6,
          "fatalities_low": 6, "fatalities_high": 8, "inter1": 2, "inter2": 2}


@pytest.mark.parametrize("fields, fragment", [
    ({"event_type": "Bogus type"}, "event_type"),
    ({"sub_event_type": "Peaceful protest"}, "not a sub-event type of 'Battles'"),
    ({"event_type": "Protests"}, "correct the sub-event type in the same save"),
    ({"event_type": "Protests", "sub_event_type": "Air/drone strike"}, "not a sub-event type of 'Protests'"),
    ({"geo_precision": 7}, "geo_precision: must be 1–3"),
    ({"time_precision": 9}, "time_precision: must be 1–3"),
    ({"time_precision": "soon"}, "time_precision"),
    ({"interaction": 99}, "interaction: derived"),
    ({"disorder_type": "Demonstrations"}, "disorder_type: derived"),
    ({"inter1": 3}, "inter1: derived from actor1"),
    ({"actor1": "Military Forces of Syria (2000-2024)", "inter1": 2}, "coded 1"),
    ({"actor1": "Some New Brigade"}, "not in the actor list"),
    ({"actor1": ""}, "actor1: cannot be empty"),
    ({"location": "Raqqa"}, "choosing a place from the gazetteer"),
    ({"latitude": 1.0}, "choosing a place"),
    ({"admin1": "Aleppo"}, "choosing a place"),
    ({"place": "Raqqa"}, "place: expected"),
    ({"place": {"name": "الرقة", "id": "gn:1"}}, "not a gazetteer entry"),
    ({"event_date": "2022-02-30"}, "event_date"),
    ({"event_date": "2999-01-01"}, "in the future"),
    ({"fatalities": -1}, "fatalities"),
    ({"fatalities": 10}, "fatalities_high: 8 is below the best figure 10"),
    ({"fatalities_low": 7}, "fatalities_low: 7 is above"),
    ({"fatalities_estimate": "maybe"}, "fatalities_estimate"),
    ({"civilian_targeting": "yes"}, "civilian_targeting"),
    ({"colour": "red"}, "colour: not a field"),
    ({}, "at least one field"),
])
def test_bad_edits_are_refused(fields, fragment):
    lookup = lambda name, pid: None  # noqa: E731
    with pytest.raises(CorrectionError, match=None) as err:
        validate(RECORD, fields, places=lookup)
    assert fragment in str(err.value)


def test_good_edits_derive_what_follows():
    out = validate(RECORD, {"event_type": "protests", "sub_event_type": "peaceful protest"})
    assert out == {"event_type": "Protests", "sub_event_type": "Peaceful protest", "disorder_type": "Demonstrations"}
    out = validate(RECORD, {"actor1": "Military Forces of Israel (2022-)", "actor2": "Civilians (Lebanon)"})
    assert out["inter1"] == 1 and out["inter2"] == 7 and out["interaction"] == 17
    out = validate(RECORD, {"actor1": "Some New Brigade", "inter1": "3", "actor2": ""})
    assert out == {"actor1": "Some New Brigade", "actor2": None, "inter1": 3, "inter2": None, "interaction": 30}
    out = validate(RECORD, {"fatalities": 10, "fatalities_high": 12, "time_precision": "2", "geo_precision": 2})
    assert out == {"fatalities": 10, "fatalities_high": 12, "time_precision": 2, "geo_precision": 2}


def test_place_choice_sets_location_fields_together():
    chosen = {"location": "Al-Tabqa", "location_ar": "الطبقة", "latitude": 35.8, "longitude": 38.5,
              "admin1": "Ar-Raqqa", "admin2": None, "admin3": None, "country": "Syria", "iso": 760,
              "region": "Middle East", "geo_precision": 1}
    out = validate(RECORD, {"place": {"name": "الطبقة", "id": "gn:1"}, "geo_precision": 2},
                   places=lambda name, pid: chosen if pid == "gn:1" else None)
    assert out == dict(chosen, geo_precision=2)  # "near Tabqa": precision 2 given in the same save


# ---- through the API ------------------------------------------------------------------------

def test_bad_correction_stores_nothing(client, auth):
    before = client.get("/v1/events/1").json()
    for fields in ({"event_type": "Bogus type"}, {"sub_event_type": "Peaceful protest"}, {"geo_precision": 7},
                   {"time_precision": 9}, {"interaction": 99}, {"fatalities": 3, "event_type": "Nope"}):
        r = client.post("/v1/events/1/review", headers=auth, json={"action": "correct", "fields": fields})
        assert r.status_code == 422, r.text
        assert r.json()["error"] == "invalid_correction" and r.json()["message"]
    after = client.get("/v1/events/1").json()
    assert after["reviews"] == [] and after["status"] == "machine"
    assert {k: after[k] for k in ("event_type", "fatalities", "geo_precision")} == {
        k: before[k] for k in ("event_type", "fatalities", "geo_precision")}


def test_good_correction_exports_as_typed(client, auth):
    r = client.get("/v1/places", params={"q": "الطبقة", "country": "SY", "limit": 1})
    place = r.json()[0]
    body = {"action": "correct", "note": "the strike hit Tabqa, not Raqqa", "fields": {
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Turkey", "actor2": "Civilians (Syria)",
        "place": {"name": "الطبقة", "id": place["id"]}, "fatalities": 4, "fatalities_low": 4,
        "fatalities_high": 4, "time_precision": 2}}
    r = client.post("/v1/events/3/review", headers=auth, json=body)
    assert r.status_code == 200, r.text
    e = r.json()
    assert e["status"] == "corrected" and e["reviews"][-1]["reviewer"] == "tester"
    assert e["location"] == place["location"] and e["latitude"] == place["latitude"]
    assert e["admin1"] == "Ar-Raqqa" and e["iso"] == 760 and e["geo_precision"] == 1
    assert e["interaction"] == 17 and e["disorder_type"] == "Political violence"
    history = e["reviews"][-1]["changes"]
    assert history["sub_event_type"][1] == "Air/drone strike" and "latitude" in history
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/export", params={"format": "acled-csv"}).text)))
    row = next(r for r in rows if r["location"] == place["location"])
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] in SUB_EVENT_TYPES[
        row["event_type"]]
    assert row["actor1"] == "Military Forces of Turkey" and row["inter1"] == "1" and row["interaction"] == "17"
    assert row["fatalities"] == "4" and row["time_precision"] == "2" and row["geo_precision"] == "1"
