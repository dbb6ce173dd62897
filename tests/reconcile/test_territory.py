"""A foreign state's forces taking ground are ACLED's "Non-state actor overtakes territory", the
country's own forces "Government regains territory"; a foreign state's bombardment with no
weapon named is an air strike (hadath.reconcile.territory)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from hadath.reconcile.territory import AIR, OVERTAKES, REGAINS, SHELLING, foreign_strike, foreign_takeover, state_countries
from hadath.types import Span
from tests.reconcile.test_rules import ev


@pytest.mark.parametrize("actor1, country, want", [
    ("Military Forces of Turkey", "Syria", OVERTAKES),      # Turkey's army in Syria: foreign
    ("Military Forces of Turkey", "Turkey", REGAINS),       # ... at home: its own government
    ("Military Forces of Iraq", "Iraq", REGAINS),
    ("HTS: Hayat Tahrir al-Sham", "Syria", REGAINS),        # (not a state force: left as decided)
    (None, "Syria", REGAINS),
])
def test_foreign_takeover(actor1, country, want):
    e = replace(ev(sub=REGAINS, typ="Battles"), actor1=actor1, country=country)
    assert foreign_takeover([e])[0].sub_event_type == want


def test_state_countries_are_named_state_forces():
    got = state_countries()
    assert got["Military Forces of Turkey"] == "Turkey"
    assert all("{country}" not in name for name in got)


@pytest.mark.parametrize("actor1, country, weapon, want", [
    ("Military Forces of Israel", "Palestine", False, AIR),       # قصف جيش الاحتلال بناية في غزة
    ("Military Forces of Israel", "Palestine", True, SHELLING),   # ... بالمدفعية: the guns are named
    ("Military Forces of Syria (2000-2024)", "Syria", False, SHELLING),  # at home: as decided
    ("Houthi Movement", "Saudi Arabia", False, SHELLING),         # (not a state force)
])
def test_foreign_strike(actor1, country, weapon, want):
    e = replace(ev(sub=SHELLING, typ="Explosions/Remote violence"), actor1=actor1, country=country,
                evidence={"weapon": (Span(0, 1),)} if weapon else {})
    assert foreign_strike([e])[0].sub_event_type == want


def test_a_countryside_headline_restating_a_town_is_one_act():
    # "قصف على ريف إدلب" over "بلدة كنصفرة في جبل الزاوية": same day, type and toll - one record,
    # at the town
    import hadath
    from datetime import date
    from hadath.types import Article
    text = ("مقتل 5 مدنيين بقصف للنظام على ريف إدلب\n\nقتل خمسة مدنيين، بينهم طفلان، جراء قصف مدفعي"
            " لقوات النظام السوري على بلدة كنصفرة في جبل الزاوية جنوبي إدلب، اليوم الثلاثاء.")
    doc = hadath.load()(Article("t", text, published=date(2024, 5, 14)))
    assert [(e.location, e.fatalities) for e in doc.events] == [("Kansafrah", 5)], doc.events


def test_palestinian_factions_firing_into_israel_keep_their_name():
    # the lexicon's 'Unidentified Armed Group (Palestine)' (الفصائل الفلسطينية) is no placeholder
    # for the event's country; a named group's branch still is (Islamic State (Syria) in Iraq)
    from hadath.reconcile.names import _localized
    assert _localized("Unidentified Armed Group (Palestine)", "Israel") == "Unidentified Armed Group (Palestine)"
    assert _localized("Islamic State (Syria)", "Iraq") == "Islamic State (Iraq)"
    assert _localized("Civilians (Syria)", "Lebanon") == "Civilians (Lebanon)"


@pytest.mark.parametrize("name, country, want", [
    # ACLED names the Islamic State's African provinces by region, not by the event's country
    ("Islamic State (Syria)", "Nigeria", "Islamic State (West Africa)"),
    ("Islamic State (Nigeria)", "Chad", "Islamic State (West Africa)"),
    ("Islamic State (Niger)", "Mali", "Islamic State (Sahel)"),
    ("Islamic State (Mali)", "Burkina Faso", "Islamic State (Sahel)"),
    # a region's branch named by the text stays where it acts (Niger has both)
    ("Islamic State (Sahel)", "Niger", "Islamic State (Sahel)"),
    ("Islamic State (West Africa)", "Niger", "Islamic State (West Africa)"),
    # ... and a branch acting outside its region takes the event's country
    ("Islamic State (West Africa)", "Libya", "Islamic State (Libya)"),
    ("Islamic State (Syria)", "Somalia", "Islamic State (Somalia)"),
])
def test_islamic_state_regional_provinces(name, country, want):
    from hadath.reconcile.names import _localized
    assert _localized(name, country) == want

