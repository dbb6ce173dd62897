"""Alert rules in the API's filter language, parsed and matched against events."""
from __future__ import annotations

import pytest

from hadath.types import Event
from hadath.watch.rules import RuleError, parse_filter


def event(**kw) -> Event:
    base = dict(article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                country="Sudan", admin1="North Darfur", location="El Fasher", latitude=13.63, longitude=25.35,
                actor1="RSF: Rapid Support Forces", actor2="Civilians (Sudan)", fatalities=12,
                confidence={"trigger": 0.9, "event_type": 0.8, "location": 0.7, "actor1": 0.4})
    base.update(kw)
    return Event(**base)


@pytest.mark.parametrize("spec, matches", [
    ("", True),
    ("country=Sudan", True),
    ("country=Syria", False),
    ("country=Syria,Sudan", True),
    ("country=Syria&country=Sudan", True),
    ("country=sudan", True),                                   # case does not matter
    ("admin1=North Darfur", True),
    ("admin1=North+Darfur", True),                             # query-string escapes
    ("admin1=South Darfur", False),
    ("type=Violence against civilians", True),
    ("event_type=Battles", False),
    ("sub_type=Attack", True),
    ("sub_event_type=Abduction/forced disappearance", False),
    ("actor=rapid support", True),
    ("actor=Sudanese Armed Forces", False),
    ("fatalities>=10", True),
    ("fatalities>=13", False),
    ("fatalities_min=12", True),
    ("confidence>=0.7", True),                                 # min of event_type, trigger, location
    ("confidence>=0.75", False),
    ("confidence.actor1>=0.5", False),
    ("near=13.63,25.35,1", True),
    ("within=15.50,32.56,50", False),                          # Khartoum is ~800 km away
    ("near=13.0,25.0,100", True),
    ("bbox=24,12,27,15", True),
    ("bbox=30,12,33,15", False),
    ("q=fasher", True),
    ("country=Sudan&fatalities>=10&near=13.6,25.3,25&actor=RSF", True),
    ("country=Sudan&fatalities>=100", False),
])
def test_filter_matches(spec, matches):
    assert parse_filter(spec).matches(event()) is matches


def test_table_form_is_the_same_language():
    f = parse_filter({"country": "Sudan", "fatalities_min": 10, "near": "13.6,25.3,25"})
    assert f.matches(event()) and not f.matches(event(fatalities=3))
    assert "country=Sudan" in f.text


def test_unplaced_events_never_match_a_distance_rule():
    assert not parse_filter("near=13.6,25.3,5000").matches(event(latitude=None, longitude=None))


def test_source_filter_checks_every_outlet():
    f = parse_filter("source=Radio Dabanga")
    assert f.matches(event(), outlets=("Sudan Tribune", "Radio Dabanga"))
    assert not f.matches(event(), outlets=("Sudan Tribune",))


@pytest.mark.parametrize("spec, message", [
    ("colour=red", "unknown filter key 'colour'"),
    ("fatalities>=many", "expected a number"),
    ("fatalities>=-1", "out of range"),
    ("confidence>=1.5", "out of range"),
    ("country>=3", "applies to fatalities and confidence only"),
    ("near=13.6,25.3", "expected 3 comma-separated numbers"),
    ("near=95,25,10", "near: expected LAT,LON,KM"),
    ("bbox=1,2,3", "bbox"),
    ("country", "expected key=value"),
    ("country=", "empty value"),
])
def test_bad_filters_are_named(spec, message):
    with pytest.raises(RuleError) as err:
        parse_filter(spec)
    assert message in str(err.value)
