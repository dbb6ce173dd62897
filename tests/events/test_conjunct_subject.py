"""A verb opening a conjunct clause after a comma (، واعتقل الجيش ...) takes the actor right after
it as its subject (Arabic VSO), not the doer of the earlier clause; and that actor is no object
of the earlier verb (hadath.events.positions.own_subject_cut, roles.assign, realize.main_trigger)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.pipeline import build_pipeline
from hadath.types import Article

PIPE = build_pipeline()

# (text, (sub-type, actor1) that must be among the records, actor1 it must not have)
ARRESTS = [
    ("اقتحم مستوطنون قرية بورين جنوب نابلس، واعتقل الجيش الإسرائيلي ثلاثة شبان من القرية.",
     ("Arrests", "Military Forces of Israel"), "Settlers (Israel)"),
    ("اقتحم مستوطنون قرية مادما جنوب نابلس، واعتقلت قوات الاحتلال أربعة شبان من القرية.",
     ("Arrests", "Military Forces of Israel"), "Settlers (Israel)"),
    ("اقتحم مستوطنون بلدة حوارة جنوب نابلس، واعتقل جيش الاحتلال الإسرائيلي شابين.",
     ("Arrests", "Military Forces of Israel"), "Settlers (Israel)"),
]


def _records(text):
    return PIPE(Article("x", text, published=date(2024, 3, 2))).events


@pytest.mark.parametrize("text,want,not_doer", ARRESTS)
def test_conjunct_verb_takes_its_own_subject(text, want, not_doer):
    got = [(e.sub_event_type, e.actor1) for e in _records(text)]
    assert want in got
    assert all(a1 != not_doer for sub, a1 in got if sub == want[0])


# controls: the actor after the later verb is its object (a noun between), or no comma clause
CONTROLS = [
    ("اعتقلت الشرطة ثلاثة مطلوبين في مدينة العريش.", ("Arrests", "Police Forces of Egypt")),
    ("اعتقل الجيش الإسرائيلي ثلاثة شبان من قرية بورين جنوب نابلس.", ("Arrests", "Military Forces of Israel")),
]


@pytest.mark.parametrize("text,want", CONTROLS)
def test_plain_clause_unchanged(text, want):
    assert want in [(e.sub_event_type, e.actor1) for e in _records(text)]


# (text, the word opening a conjunct clause with its own subject, or None)
ACTOR_WORDS = ("مستوطنون", "مسلحون", "الجيش")
CUTS = [
    ("اقتحم مستوطنون قرية بورين، واعتقل الجيش الإسرائيلي ثلاثة شبان.", "واعتقل"),
    ("هاجم مسلحون نقطة تفتيش، وقصف الجيش المصري مواقعهم.", "وقصف"),
    ("هاجم مسلحون نقطة تفتيش، وقصفت مواقع الجيش المصري.", None),
    ("هاجم مسلحون نقطة تفتيش وقصف الجيش المصري مواقعهم.", None),
]


@pytest.mark.parametrize("text,opener", CUTS)
def test_own_subject_cut(text, opener):
    from hadath.events.positions import own_subject_cut
    toks = PIPE(Article("x", text, published=date(2024, 3, 2))).tokens

    class S:  # the actor slots: where the actor words of these sentences start
        def __init__(self, start):
            self.start = start
    slots = [S(k) for k, t in enumerate(toks) if t.text in ACTOR_WORDS]
    cut = own_subject_cut(toks, slots, 1, len(toks))
    assert (toks[cut].text if cut < len(toks) else None) == opener
