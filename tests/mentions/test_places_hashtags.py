"""A place cue before a hashtag names the hashtag (منطقة #الرياض، بمحافظة #الجيزة): the cue reads
past the hashtag's sign (issue #10, seventh round)."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index


def _refs(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return [(doc.text[f.span.start:f.span.end], r.cue, r.place.id if r.place else None)
            for f, r in stage.resolve(doc)]


@pytest.mark.parametrize("text, name, place", [
    ("ترتفع الإصابات في منطقة #الرياض منذ أسبوع", "الرياض", "admin1:SA.10"),       # the region, not the city
    ("وقع انفجار بمحافظة #الجيزة مساء اليوم", "الجيزة", "admin1:EG.08"),
    ("أمطار غزيرة على منطقة #الحدود_الشمالية الليلة", "الحدود_الشمالية", "admin1:SA.15"),
])
def test_a_cue_before_a_hashtag_names_it(stage, text, name, place):
    refs = _refs(stage, text)
    assert [(n, p) for n, cue, p in refs if cue] == [(name, place)], refs


def test_a_hashtag_sign_alone_after_a_cue_names_nothing(stage):
    refs = _refs(stage, "تجمع المحتجون في منطقة # ثم تفرقوا")
    assert refs == [], refs
