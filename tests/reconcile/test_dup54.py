"""One act, one record (docs/notes/dup54.md; CODING.md: one event per act, day, place and actor
pair). A headline at a town and the body's act at a village of the district named like that town
(مقبنة / منطقة العارضة بمديرية مقبنة) are one act told twice: the body's finer place keeps it
(hadath.reconcile.headline.seat_of). A village of another district, or an act days before the
report, stays an act of its own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

FRI = date(2019, 5, 24)


@pytest.fixture(scope="module")
def extract():
    import hadath
    return hadath.load()


def places(extract, text, published=FRI):
    return sorted((e.event_date, e.location) for e in extract(Article("t", text, published=published)).events)


SEAT = [
    # (headline + body, the records left: (day, place))
    ("مقتل طفل برصاص قناص حوثي في مقبنة بتعز\nقالت مصادر محلية إن الطفل أحمد قتل الجمعة برصاص قناص حوثي"
     " في منطقة العارضة بمديرية مقبنة غربي تعز.", [(FRI, "Al 'Aridah")]),
    ("مقتل مزارع بانفجار لغم في الخوخة\nقتل مزارع الخميس بانفجار لغم أرضي زرعته المليشيات الحوثية في قرية"
     " الجشة بمديرية الخوخة جنوبي الحديدة.", [(date(2019, 5, 23), "Al Khawkhah")]),
    ("قصف حوثي يستهدف منازل المواطنين في حيس\nأصيب ثلاثة مدنيين مساء الخميس بقصف مدفعي حوثي استهدف قرية"
     " المغرس في مديرية حيس جنوب الحديدة.", [(date(2019, 5, 23), "Al Maghras")]),
    # a village of another district: two places, two acts
    ("قصف حوثي يستهدف منازل المواطنين في حيس\nأصيب ثلاثة مدنيين مساء الخميس بقصف مدفعي حوثي استهدف قرية"
     " الجشة في مديرية الخوخة جنوب الحديدة.", [(date(2019, 5, 23), "Al Khawkhah"), (FRI, "Hays")]),
    # the body's act four days before the report: the headline may tell today's
    ("قصف حوثي يستهدف منازل المواطنين في حيس\nأصيب ثلاثة مدنيين يوم الاثنين بقصف مدفعي حوثي استهدف قرية"
     " المغرس في مديرية حيس جنوب الحديدة.", [(date(2019, 5, 20), "Al Maghras"), (FRI, "Hays")]),
]


@pytest.mark.parametrize("text, want", SEAT, ids=[f"{i}" for i in range(len(SEAT))])
def test_headline_town_and_a_village_of_its_district(extract, text, want):
    assert places(extract, text) == want
