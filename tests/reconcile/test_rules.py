"""The reconcile stage's rules, one case per line (hadath.reconcile.rules)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hadath.reconcile.names import localize_actors
from hadath.reconcile.city import fold_city_summary
from hadath.reconcile.one_type import one_type_per_act
from hadath.reconcile.rules import (drop_stale, drop_undatable, fold_coarser,
                                    precedence, reconcile)
from hadath.types import Event, Place, PlaceRef, Span

D = date(2024, 3, 10)


def ev(sub="Air/drone strike", typ="Explosions/Remote violence", day=D, loc="Aleppo", lat=36.2, lon=37.15,
       gp=1, a1="Military Forces of Syria", i1=1, a2=None, i2=None, flags=(), trig=(0, 5), dead=0, **kw):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=day, location=loc,
                 latitude=lat, longitude=lon, geo_precision=gp, actor1=a1, inter1=i1, actor2=a2, inter2=i2,
                 flags=tuple(flags), fatalities=dead, country=kw.pop("country", "Syria"),
                 evidence={"trigger": (Span(*trig),)}, **kw)


COUNTRY = dict(loc="Syria", lat=35.0, lon=38.0, gp=3)


@pytest.mark.parametrize("events, kept", [
    # a country-level restatement of a strike coded at a town is dropped
    ([ev(), ev(trig=(50, 55), **COUNTRY)], ["Aleppo"]),
    # ... also a day apart (a headline dated by publication)
    ([ev(), ev(day=date(2024, 3, 11), trig=(50, 55), **COUNTRY)], ["Aleppo"]),
    # ... but not two days apart
    ([ev(), ev(day=date(2024, 3, 12), trig=(50, 55), **COUNTRY)], ["Aleppo", "Syria"]),
    # ... unless the coarse one has only the report's day and the finer act came before it (a
    # claim in the headline, the act told with its weekday in the body)
    ([ev(), ev(day=date(2024, 3, 12), trig=(50, 55), flags=("date_from_publication",), **COUNTRY)], ["Aleppo"]),
    # ... within a week, not after it
    ([ev(), ev(day=date(2024, 3, 19), trig=(50, 55), flags=("date_from_publication",), **COUNTRY)],
     ["Aleppo", "Syria"]),
    ([ev(day=date(2024, 3, 14)), ev(day=date(2024, 3, 12), trig=(50, 55), flags=("date_from_publication",),
                                    **COUNTRY)], ["Aleppo", "Syria"]),
    # ... nor a protest at country level beside a strike at a town (another family)
    ([ev(), ev(sub="Peaceful protest", typ="Protests", a1="Protesters (Syria)", i1=6, trig=(50, 55), **COUNTRY)],
     ["Aleppo", "Syria"]),
    # ... nor when another named armed actor did it
    ([ev(), ev(a1="Military Forces of Israel", i1=8, trig=(50, 55), **COUNTRY)], ["Aleppo", "Syria"]),
    # ... nor in another country
    ([ev(), ev(trig=(50, 55), loc="Lebanon", country="Lebanon", lat=33.9, lon=35.9, gp=3)], ["Aleppo", "Lebanon"]),
    # a place the gazetteer does not know, listed beside a known one in the same clause: its own act
    ([ev(), ev(flags=("place_unresolved",), **COUNTRY)], ["Aleppo", "Syria"]),
    # ... told again in another sentence with another type: kept (not the same act for sure)
    ([ev(), ev(sub="Armed clash", typ="Battles", flags=("place_unresolved",), trig=(50, 55), **COUNTRY)],
     ["Aleppo", "Syria"]),
    # ... the same type from another sentence: a restatement
    ([ev(), ev(flags=("place_unresolved",), trig=(50, 55), **COUNTRY)], ["Aleppo"]),
])
def test_fold_coarser(events, kept):
    assert [e.location for e in fold_coarser(events)] == kept


def test_fold_keeps_the_evidence_and_the_surer_toll():
    fine = ev(dead=0)
    coarse = ev(trig=(50, 55), dead=4, **COUNTRY)
    (out,) = fold_coarser([fine, coarse])
    assert out.location == "Aleppo" and out.fatalities == 4
    assert {s.start for s in out.evidence["trigger"]} == {0, 50}


@pytest.mark.parametrize("keep, gone, want", [
    ((10, True), (2, False), 2),     # سقوط قتلى (a guess of 10), then قتل مدنيان: the count wins
    ((2, False), (10, True), 2),     # ... in either order
    ((2, False), (5, False), 5),     # two counts: the larger
    ((0, False), (10, True), 10),    # a guess over nothing
])
def test_fold_prefers_a_count_to_a_guess(keep, gone, want):
    fine = ev(dead=keep[0], fatalities_estimate=keep[1])
    coarse = ev(trig=(50, 55), dead=gone[0], fatalities_estimate=gone[1], **COUNTRY)
    (out,) = fold_coarser([fine, coarse])
    assert out.fatalities == want


RIOT = dict(sub="Violent demonstration", typ="Riots", a1="Rioters (Syria)", i1=5)
PEACEFUL = dict(sub="Peaceful protest", typ="Protests", a1="Protesters (Syria)", i1=6)
LOOT = dict(sub="Looting/property destruction", typ="Strategic developments", a1=None, i1=None)
CLASH = dict(sub="Armed clash", typ="Battles", a1="Military Forces of Syria", i1=1,
             a2="Islamic State (Syria)", i2=2)
RAID = dict(sub="Other", typ="Strategic developments")
ARREST = dict(sub="Arrests", typ="Strategic developments")


@pytest.mark.parametrize("a, b, kept", [
    (RIOT, PEACEFUL, ["Violent demonstration"]),          # a protest that turned violent is the riot
    (PEACEFUL, LOOT, ["Violent demonstration"]),          # a protest whose crowd loots or burns is a riot
    (RIOT, LOOT, ["Violent demonstration"]),
    (CLASH, {}, ["Armed clash"]),                         # an explosion inside a battle is the battle
    ({}, {"sub": "Armed clash", "typ": "Battles"}, ["Air/drone strike"]),  # a "clash" with one side is no battle
    (RAID, ARREST, ["Arrests"]),                          # a raid with arrests is the arrest
    ({"sub": "Attack", "typ": "Violence against civilians"}, {}, ["Air/drone strike"]),
])
def test_one_type_per_act(a, b, kept):
    got = one_type_per_act([ev(**a), ev(trig=(50, 55), **b)])
    assert [e.sub_event_type for e in got] == kept


@pytest.mark.parametrize("change", [
    {"day": date(2024, 3, 11)},                          # another day
    {"loc": "Idlib", "lat": 35.93, "lon": 36.63},         # another place
    {"a1": "Military Forces of Russia", "i1": 8},        # another named actor
])
def test_one_type_per_act_keeps_other_acts(change):
    got = one_type_per_act([ev(**CLASH), ev(trig=(50, 55), **change)])
    assert len(got) == 2


def test_precedence_ranks_a_one_sided_battle_after_explosions():
    assert precedence(ev(**CLASH)) < precedence(ev()) < precedence(ev(sub="Armed clash", typ="Battles"))


def test_undatable_dropped_unless_asked():
    undated = ev(day=None)
    assert drop_undatable([undated, ev()], keep=False) == [ev()]
    kept = drop_undatable([undated], keep=True)
    assert kept[0].flags == ("date_unresolved",)


@pytest.mark.parametrize("day, kept", [
    (date(2024, 3, 10), True), (date(2024, 2, 9), True), (date(2024, 2, 8), False), (date(2023, 1, 1), False),
])
def test_stale_acts_are_background(day, kept):
    assert bool(drop_stale([ev(day=day)], D)) is kept


def test_stale_cut_off_can_be_switched_off():
    assert drop_stale([ev(day=date(2020, 1, 1))], D, None)


def test_reconcile_runs_every_rule():
    events = [ev(), ev(trig=(50, 55), **COUNTRY), ev(day=None, trig=(60, 65)), ev(day=date(2023, 1, 1), trig=(70, 75))]
    assert [e.location for e in reconcile(events, D)] == ["Aleppo"]


def test_country_level_records_are_dropped_unless_listed_beside_known_places():
    from hadath.reconcile.country_records import drop_country_level

    lone = ev(country="Syria", **COUNTRY)
    assert drop_country_level([lone]) == []
    assert drop_country_level([lone], keep=True)[0].flags == ("country_only",)
    # سارين in "في الرقة والطبقة وسارين": unknown to the gazetteer, but listed with known towns
    listed = ev(flags=("place_unresolved",), **COUNTRY)
    assert [e.location for e in drop_country_level([ev(), listed])] == ["Aleppo", "Syria"]
    # a region (admin1 known) is a record at precision 3
    assert drop_country_level([ev(loc="Aleppo Governorate", gp=3, admin1="Aleppo")])


def test_a_named_place_the_gazetteer_lacks_is_kept_at_its_country():
    from hadath.reconcile.country_records import drop_country_level

    # قرية ودالهبيل، حي التضامن: a class noun says it is a place; its own name stays in location_ar
    village = ev(flags=("place_unresolved",), location_ar="ودالهبيل", place=PlaceRef("ودالهبيل", None, cue="قريه"),
                 **COUNTRY)
    quarter = ev(flags=("place_unresolved",), location_ar="التضامن", place=PlaceRef("التضامن", None, cue="حي"),
                 trig=(20, 25), **COUNTRY)
    assert drop_country_level([village, quarter]) == [village, quarter]
    # ... and a name after a cue of nearness (قرب بلدة بوني، قرب ماركوي: the place the act was
    # near, a village the gazetteer lacks), but not one without any cue
    near = ev(flags=("place_unresolved",), location_ar="ماركوي", place=PlaceRef("ماركوي", None, cue="قرب"), **COUNTRY)
    bare = ev(flags=("place_unresolved",), location_ar="البيرة", place=PlaceRef("البيره", None), **COUNTRY)
    assert drop_country_level([near, bare]) == [near]


def test_fold_takes_the_date_the_other_telling_states():
    from datetime import date as _d

    fine = ev(flags=("date_from_publication",))
    coarse = ev(day=_d(2024, 3, 9), trig=(50, 55), **COUNTRY)
    (out,) = fold_coarser([fine, coarse])
    assert out.location == "Aleppo" and out.event_date == _d(2024, 3, 9)
    assert "date_from_publication" not in out.flags


def test_a_protest_with_the_crowds_own_arson_is_a_violent_demonstration():
    protest = ev(sub="Peaceful protest", typ="Protests", a1="Protesters (Syria)", i1=6)
    arson = ev(sub="Looting/property destruction", typ="Strategic developments", a1=None, i1=None, trig=(50, 55))
    (out,) = one_type_per_act([protest, arson])
    assert (out.event_type, out.sub_event_type, out.actor1, out.inter1) == (
        "Riots", "Violent demonstration", "Rioters (Syria)", 5)
    # soldiers burning homes beside a protest are not the crowd
    burning = ev(sub="Looting/property destruction", typ="Strategic developments", trig=(50, 55))
    assert {e.sub_event_type for e in one_type_per_act([protest, burning])} == {"Peaceful protest", "Looting/property destruction"}


def _at(name, lat, lon, cls, pop=0, **kw):
    place = Place(id=name, name=name, feature_class=cls, country="Iraq", country_code="IQ", latitude=lat,
                  longitude=lon, population=pop)
    return ev(loc=name, lat=lat, lon=lon, country="Iraq", place=PlaceRef(name, place), **kw)


BAGHDAD = dict(name="Baghdad", lat=33.34, lon=44.40, cls="populated_place")
CAR_BOMB = dict(sub="Remote explosive/landmine/IED", a1="Unidentified Armed Group (Iraq)", i1=3)


@pytest.mark.parametrize("quarters, kept", [
    # a city's total beside two of its quarters' own acts: the summary goes, its toll with it
    ([("Hurriyah", 33.39, 44.34), ("Kadhimiya", 33.38, 44.34)], ["Hurriyah", "Kadhimiya"]),
    # one quarter only: the city record may be another act
    ([("Hurriyah", 33.39, 44.34)], ["Baghdad", "Hurriyah"]),
    # "quarters" 200 km away are not the city's
    ([("Far1", 35.4, 44.4), ("Far2", 35.5, 44.3)], ["Baghdad", "Far1", "Far2"]),
])
def test_fold_city_summary(quarters, kept):
    city = _at(dead=26, **BAGHDAD, **CAR_BOMB)
    parts = [_at(n, la, lo, "neighbourhood", dead=3, trig=(10 * k + 20, 10 * k + 25), **CAR_BOMB)
             for k, (n, la, lo) in enumerate(quarters)]
    out = fold_city_summary([city] + parts)
    assert sorted(e.location for e in out) == sorted(kept)
    assert all(e.fatalities == 3 for e in out if e.location != "Baghdad")


@pytest.mark.parametrize("a1, a2, want1, want2", [
    # groups ACLED names by the event's country take it
    ("Islamic State (Syria)", "Civilians (Syria)", "Islamic State (Iraq)", "Civilians (Iraq)"),
    # ... a state's forces keep their own country, and so does an ACLED period suffix
    ("Military Forces of Turkey", "Unidentified Armed Group (Syria)", "Military Forces of Turkey",
     "Unidentified Armed Group (Iraq)"),
    ("Military Forces of Sudan (2019-)", None, "Military Forces of Sudan (2019-)", None),
])
def test_localize_actors(a1, a2, want1, want2):
    (got,) = localize_actors([ev(a1=a1, a2=a2, country="Iraq")])
    assert (got.actor1, got.actor2) == (want1, want2)


@pytest.mark.parametrize("day, want", [
    (date(2019, 6, 1), "Military Forces of Syria (2000-2024)"),
    (date(2025, 6, 1), "Military Forces of Syria (2024-)"),
])
def test_a_filled_state_force_takes_its_period(day, want):
    # Military Forces of {country} filled with Syria takes the name of the event's period
    (got,) = localize_actors([replace(ev(a1="Military Forces of Syria", country="Syria"), event_date=day)])
    assert got.actor1 == want


def test_an_unknown_named_place_is_coded_at_the_nearest_known_one():
    from hadath.reconcile.country_records import place_near_known

    town = ev(trig=(10, 15))
    unknown = ev(flags=("place_unresolved",), trig=(40, 45), location_ar="ودالهبيل",
                 place=PlaceRef("ودالهبيل", None, cue="قريه"), **COUNTRY)
    far_country = ev(flags=("place_unresolved",), trig=(60, 65), location_ar="بيرا", loc="Iraq", country="Iraq",
                     lat=33.0, lon=44.0, gp=3, place=PlaceRef("بيرا", None, cue="قريه"))
    got = place_near_known([town, unknown, far_country])
    assert (got[1].latitude, got[1].geo_precision, got[1].location_ar) == (town.latitude, 2, "ودالهبيل")
    assert "place_approximate" in got[1].flags and got[1].location == "ودالهبيل (near Aleppo)"
    assert got[2] == far_country  # no known place in its country: left as it was (then dropped)
    no_cue = ev(flags=("place_unresolved",), trig=(40, 45), location_ar="السودان", place=PlaceRef("السودان", None),
                **COUNTRY)
    assert place_near_known([town, no_cue])[1] == no_cue  # a name with no cue may be no place at all


def test_a_crowds_fight_with_no_named_group_is_the_demonstrations():
    protest = ev(sub="Peaceful protest", typ="Protests", a1="Protesters (Syria)", i1=6, trig=(0, 5))
    clash = ev(sub="Armed clash", typ="Battles", a1="Unidentified Armed Group (Syria)", i1=3, trig=(30, 35))
    named = ev(sub="Armed clash", typ="Battles", a1="Hezbollah", i1=2, trig=(60, 65))
    out = one_type_per_act([protest, clash])
    assert [e.sub_event_type for e in out] == ["Violent demonstration"]
    assert len(one_type_per_act([protest, named])) == 2  # a named group's fight is its own act



@pytest.mark.parametrize("force, country, admin1, want", [
    # a national force inside a region with its own government takes the regional name
    # (data/lexicons/actors_regional.tsv), in any spelling of the region the gazetteers use
    ("Police Forces of Iraq", "Iraq", "Erbil", "Police Forces of Iraq (Kurdistan Regional Government)"),
    ("Police Forces of Iraq", "Iraq", "Al-Sulaymaniyah", "Police Forces of Iraq (Kurdistan Regional Government)"),
    ("Police Forces of Iraq", "Iraq", "Duhok", "Police Forces of Iraq (Kurdistan Regional Government)"),
    ("Police Forces of Iraq", "Iraq", "Baghdad", "Police Forces of Iraq"),
    ("Police Forces of Iraq", "Iraq", None, "Police Forces of Iraq"),
    # a force named by an adjective the press writes alike for two neighbours (النيجيري) is the
    # event country's (data/lexicons/actors_confused.tsv); other pairs are left as named
    ("Military Forces of Nigeria", "Niger", "Tahoua", "Military Forces of Niger"),
    ("Military Forces of Niger", "Nigeria", "Borno", "Military Forces of Nigeria"),
    ("Military Forces of Nigeria", "Nigeria", "Borno", "Military Forces of Nigeria"),
    ("Military Forces of Chad", "Niger", "Diffa", "Military Forces of Chad"),
])
def test_regional_force(force, country, admin1, want):
    (got,) = localize_actors([ev(a2=force, i2=1, country=country, admin1=admin1)])
    assert got.actor2 == want


@pytest.mark.parametrize("site, city_dead, kept", [
    # a riot at a site in the city's core told again at the city: the site's record stays
    (("Al-Aqsa Mosque", 33.345, 44.405, "poi", 0), 0, ["Al-Aqsa Mosque"]),
    # ... a smaller place inside it too
    (("Old City", 33.345, 44.405, "populated_place", 0), 0, ["Old City"]),
    # ... not when the city record has a toll of its own beyond the site's
    (("Al-Aqsa Mosque", 33.345, 44.405, "poi", 0), 4, ["Al-Aqsa Mosque", "Baghdad"]),
    # ... nor a site farther than the city's core
    (("Far site", 33.40, 44.40, "poi", 0), 0, ["Baghdad", "Far site"]),
])
def test_one_site_in_the_city_core(site, city_dead, kept):
    riot = dict(sub="Violent demonstration", typ="Riots", a1="Rioters (Iraq)", i1=5)
    name, lat, lon, cls, dead = site
    city = _at(dead=city_dead, pop=7_000_000, **BAGHDAD, **riot)
    part = _at(name, lat, lon, cls, 36_000 if cls == "populated_place" else 0, dead=dead, trig=(30, 35), **riot)
    out = fold_city_summary([city, part])
    assert sorted(e.location for e in out) == sorted(kept)


def test_two_places_of_one_size_side_by_side_are_two():
    # two quarters of a capital each coded as a populated place (المنشية، الرياض): no city of the other
    riot = dict(sub="Protest with intervention", typ="Protests", a1="Protesters (Iraq)", i1=6)
    a = _at("Manshiya", 33.34, 44.40, "populated_place", **riot)
    b = _at("Riyadh", 33.345, 44.405, "populated_place", trig=(30, 35), **riot)
    assert sorted(e.location for e in fold_city_summary([a, b])) == ["Manshiya", "Riyadh"]


def test_country_forms_one_lookup():
    # actors_confused.tsv and actors_communal.tsv are read as one table (reconcile.names.country_forms):
    # one lookup is enough only while no row's actor is itself a name of the table in that country
    from hadath.reconcile.names import country_forms

    table = country_forms()
    assert table[("Military Forces of Nigeria", "Niger")] == "Military Forces of Niger"
    assert table[("Unidentified Tribal Militia (Sudan)", "Sudan")] == "Unidentified Communal Militia (Sudan)"
    assert not [k for k, v in table.items() if (v, k[1]) in table]
