"""An unplaced record keeps the place's name as the text writes it (place64): location_ar was
the mention's lookup key (the normalized name, or the other hamza seat's spelling سييون that
found سيؤون), while a placed record took the surface. ``location_ar`` is the text's words."""
from __future__ import annotations

import pytest

from hadath.gazetteer.testing import small_gazetteer
from hadath.resolve.geocode import GeocodeStage
from hadath.types import Event, PlaceRef


@pytest.fixture(scope="module")
def stage(tmp_path_factory):
    path = tmp_path_factory.mktemp("written") / "base.sqlite"
    return GeocodeStage(gazetteer=small_gazetteer(path, [], []))


WRITTEN = [   # (the ref's key, the mention's surface, location_ar)
    ("سييون", "سيؤون", "سيؤون"),                  # read under the other hamza seat
    ("الشاطي", "الشاطئ", "الشاطئ"),               # a final hamza the key drops
    ("ام الخير", "أم الخير", "أم الخير"),          # the key's bare alif
    ("الحمره", "قرية الحمرة", "الحمرة"),           # a class noun before the name is no part of it
    ("مدينه سيوون", "مدينة سيؤون", "سيؤون"),
]


@pytest.mark.parametrize("key,surface,written", WRITTEN)
def test_unplaced_record_keeps_the_text_spelling(stage, key, surface, written):
    ref = PlaceRef(key, None)
    ev = Event("t", "Battles", "Armed clash", place=ref, location_ar=key)
    out = stage.geocode(ev, None, None, {id(ref): surface, key: surface})
    assert "unplaced" in out.flags
    assert out.location_ar == written


def test_no_surface_keeps_the_record(stage):
    ref = PlaceRef("سييون", None)
    ev = Event("t", "Battles", "Armed clash", place=ref, location_ar="سييون")
    assert stage.geocode(ev, None, None, {}).location_ar == "سييون"
