"""A bare town's name after a locative preposition (a headline's "في سيئون") is the town the
document names elsewhere with its class noun (the body's "في مدينة سيئون"), whatever focus its
own country votes give (place64): on main the bare one was dropped as a lone minor village
(its own votes left out of the focus), so a headline's place never reached the records."""
from __future__ import annotations

import pytest

from hadath.mentions.places_resolved import named_town_elsewhere
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

BODY = "قتل ثلاثة مدنيين صباح اليوم في قصف استهدف سوقا شعبيا في {cue} {town}."


def _first(stage, text: str):
    """The first place mention's (surface, PlaceRef), in text order."""
    doc = TextStage()(Doc(Article("t", text)))
    got = sorted(((f.span.start, doc.text[f.span.start:f.span.end], r) for f, r in stage.resolve(doc)),
                 key=lambda x: x[0])
    return (got[0][1], got[0][2]) if got else (None, None)


HEADLINES = [   # (headline, the body's class noun, town, place): the headline's bare name read
    ("مقتل ثلاثة مدنيين بقصف في سيئون", "مدينة", "سيئون", "Seiyun"),
    ("مقتل ثلاثة مدنيين بقصف في الدريهمي", "مدينة", "الدريهمي", "Ad Durayhimi"),
    ("قتلى بقصف مدفعي في حيس", "مدينة", "حيس", "Hays"),
    ("اشتباكات عنيفة في تريم", "مدينة", "تريم", "Tarim"),
    ("مقتل شاب برصاص مجهولين في الخالدية", "بلدة", "الخالدية", "Al Khalidiyah"),
]


@pytest.mark.parametrize("head,cue,town,place", HEADLINES)
def test_headline_town_named_in_the_body(place_stage, head, cue, town, place):
    surface, ref = _first(place_stage, head + "\n" + BODY.format(cue=cue, town=town))
    assert surface == town and ref.place is not None and ref.place.name == place


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين بقصف في سيئون.",           # bare alone: still a lone minor name
    "اشتباكات عنيفة في تريم اليوم.",
])
def test_bare_alone_still_needs_evidence(place_stage, text):
    assert _first(place_stage, text) == (None, None)


class _Place:
    def __init__(self, feature_class):
        self.feature_class = feature_class


class _Item:
    def __init__(self, prep, cues):
        self.prep, self.cues = prep, set(cues)


@pytest.mark.parametrize("prep,cues,fclass,ok", [
    (1, {"مدينه"}, "populated_place", True),
    (1, {"قريه"}, "populated_place", True),
    (0, {"مدينه"}, "populated_place", False),     # no locative preposition before any mention
    (1, set(), "populated_place", False),          # never named with a class noun
    (1, {"محافظه"}, "admin1", False),              # a governorate's cue is no town's class
    (1, {"حي"}, "populated_place", False),         # a quarter's cue: not the town's own class
])
def test_named_town_elsewhere(prep, cues, fclass, ok):
    assert named_town_elsewhere(_Place(fclass), _Item(prep, cues)) is ok
