"""A one-word name known only as a village of the big gazetteer needs a locative preposition
to be read bare (places_resolved.bare_ok); a compass phrase naming a part of a country that
holds its reading (X شمال لبنان، X جنوبي لبنان) says it is a place there as well (place65:
in_its_part). On main "غارة على المنية شمال لبنان" was coded to North Lebanon (p3): على is no
locative preposition there, and El Minie is a Who's On First village."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _refs(stage, text: str) -> dict:
    doc = ActorStage()(TextStage()(Doc(Article("t", text))))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


ROWS = [   # (text, the village, its reading)
    ("قتل شخصان في غارة على المنية شمال لبنان.", "المنية", "El Minie"),
    ("سقطت قذائف على عيترون جنوب لبنان.", "عيترون", "Aitaroun"),
    ("سقطت قذائف على مركبا جنوب لبنان.", "مركبا", "Markaba"),
    ("استهدفت غارة حولا جنوبي لبنان.", "حولا", "Houla"),
]


@pytest.mark.parametrize("text,surface,place", ROWS)
def test_a_village_in_a_named_part_of_its_country(place_stage, text, surface, place):
    ref = _refs(place_stage, text).get(surface)
    assert ref is not None and ref.place is not None and ref.place.name == place


@pytest.mark.parametrize("text,surface", [
    ("سقطت قذائف على عيترون.", "عيترون"),           # no part, no preposition: still dropped
    ("استهدفت غارة حولا.", "حولا"),
])
def test_a_bare_village_alone_still_needs_evidence(place_stage, text, surface):
    ref = _refs(place_stage, text).get(surface)
    assert ref is None or ref.place is None
