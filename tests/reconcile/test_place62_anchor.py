"""A record placed near a known one is never placed "near" an approximate one (place62): the
label names the known place the approximate record is itself coded at."""
from __future__ import annotations

import pytest

from hadath.reconcile.country_records import anchor_label, place_near_known
from hadath.types import PlaceRef
from tests.reconcile.test_rules import COUNTRY, ev


@pytest.mark.parametrize("anchor_loc, flags, want", [
    # an approximate record: its anchor's name, whatever the unknown name
    ("طعنا (near Hebron)", ("place_approximate",), "ودالهبيل (near Hebron)"),
    ("قرية دوغوفري (near Sikasso)", ("attack_bare", "place_approximate"), "ودالهبيل (near Sikasso)"),
    # a known place's own name (a bracket in it is no label)
    ("Aleppo", (), "ودالهبيل (near Aleppo)"),
    ("Kafr (near) Nabl", (), "ودالهبيل (near Kafr (near) Nabl)"),
])
def test_never_nested(anchor_loc, flags, want):
    known = ev(trig=(10, 15), loc=anchor_loc, flags=flags)
    unknown = ev(flags=("place_unresolved",), trig=(40, 45), location_ar="ودالهبيل",
                 place=PlaceRef("ودالهبيل", None, cue="قريه"), **COUNTRY)
    got = place_near_known([known, unknown])[1]
    assert got.location == want and "place_approximate" in got.flags


def test_anchor_label_plain():
    assert anchor_label(ev(loc="Aleppo")) == "Aleppo"
    assert anchor_label(ev(loc="طعنا (near Hebron)")) == "طعنا (near Hebron)"   # not approximate
