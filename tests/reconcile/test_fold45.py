"""Remote violence inside a reported battle (docs/notes/fold45.md; CODING.md: "an explosion or
shelling inside a reported battle is part of the battle"): an armed clash between two named sides
and a strike, shelling or bomb by one of them on the other, same day and place, are one act, the
battle - told from either side. Another pair of sides, a side hit left unnamed, another day or
another town: acts of their own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import inside_battle, one_type_per_act
from hadath.types import Event, Span

D = date(2026, 1, 6)
ERV, BAT = "Explosions/Remote violence", "Battles"
SDF, ARMY, TURKEY = "SDF: Syrian Democratic Forces", "Military Forces of Syria (2024-)", "Military Forces of Turkey"
CIV = "Civilians (Syria)"


def ev(sub, typ, a1, i1, a2=None, i2=None, day=D, loc="Aleppo", lat=36.2, lon=37.16, dead=0, trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=day, location=loc, latitude=lat,
                 longitude=lon, geo_precision=1, actor1=a1, inter1=i1, actor2=a2, inter2=i2, fatalities=dead,
                 country="Syria", evidence={"trigger": (Span(*trig),)})


def clash(a1=SDF, a2=ARMY, dead=4, **kw):
    return ev("Armed clash", BAT, a1, 2, a2, 1, dead=dead, **kw)


def remote(sub="Shelling/artillery/missile attack", a1=ARMY, a2=SDF, **kw):
    return ev(sub, ERV, a1, 1, a2, None if a2 is None else 2, trig=(60, 65), **kw)


@pytest.mark.parametrize("events, want", [
    # the army's fire at the other side of the fight (told from its side): the battle
    ([clash(), remote("Air/drone strike")], [("Armed clash", 4)]),
    ([clash(), remote()], [("Armed clash", 4)]),
    # the same side's fire on the army (the sides in the clash's order)
    ([remote(a1=SDF, a2=ARMY), clash()], [("Armed clash", 4)]),
    ([clash(), remote("Remote explosive/landmine/IED", a1=SDF, a2=ARMY)], [("Armed clash", 4)]),
    # fire on a third side, on civilians, or on no side named: an act of its own
    ([clash(), remote(a2=TURKEY)], [("Armed clash", 4), ("Shelling/artillery/missile attack", 0)]),
    ([clash(), remote(a2=CIV)], [("Armed clash", 4), ("Shelling/artillery/missile attack", 0)]),
    ([clash(), remote(a2=None)], [("Armed clash", 4), ("Shelling/artillery/missile attack", 0)]),
    # another day or another town
    ([clash(), remote(day=date(2026, 1, 4))], [("Armed clash", 4), ("Shelling/artillery/missile attack", 0)]),
    ([clash(), remote(loc="Dayr Hafir", lat=36.16, lon=37.71)],
     [("Armed clash", 4), ("Shelling/artillery/missile attack", 0)]),
])
def test_remote_violence_inside_a_battle(events, want):
    got = sorted(one_type_per_act(events), key=lambda e: e.sub_event_type)
    assert [(e.sub_event_type, e.fatalities) for e in got] == want


@pytest.mark.parametrize("a, b, inside", [
    (clash(), remote(), True),
    (remote(a1=SDF, a2=ARMY), clash(), True),
    (clash(), remote(a2=TURKEY), False),
    (clash(a2=None), remote(a2=None), False),
    (clash(), clash(a1=ARMY, a2=SDF), False),  # two clashes: compatible_actors' business
])
def test_inside_battle(a, b, inside):
    assert inside_battle(a, b) == inside


# A headline has no day of its own (the report's); the body dates its act the day before (أمس):
# one act, told twice - the headline at the province's town folds into the body's dated record.
IDLIB_HEAD = "غارة جوية تستهدف سيارة في إدلب\n"
IDLIB_BODY = "شنت طائرة مسيرة {} غارة جوية استهدفت سيارة قرب مدينة سرمدا في محافظة إدلب، مما أدى إلى مقتل شخص."


@pytest.fixture(scope="module")
def extract():
    import hadath
    return hadath.load()


@pytest.mark.parametrize("text, published, want", [
    (IDLIB_HEAD + IDLIB_BODY.format("مساء أمس"), date(2025, 1, 15), [(date(2025, 1, 14), "Sarmada")]),
    ("نزاع مسلح بين عشيرتين في البصرة\nنشب نزاع عشائري مسلح ليلة أمس في قضاء أبي الخصيب بين أفراد من عشيرتين.",
     date(2015, 6, 30), [(date(2015, 6, 29), "Abi al Khasib")]),
    ("مقتل ثلاثة في انفجار عبوة ناسفة في كركوك\nقتل ثلاثة أشخاص أمس الأحد بانفجار عبوة ناسفة في قضاء الحويجة"
     " بمحافظة كركوك.", date(2016, 2, 8), [(date(2016, 2, 7), "Al Hawijah")]),
    # ... at a quarter of the headline's town, or at a village by it
    ("مقتل شخصين بقصف على مدينة حلب\nقتل شخصان مساء أمس بقصف مدفعي على حي الشيخ مقصود في مدينة حلب.",
     date(2026, 1, 7), [(date(2026, 1, 6), "Aleppo")]),
    ("قتيلان في غارة على معرة النعمان\nقتل شخصان مساء أمس بغارة جوية على قرية معرشورين قرب مدينة معرة النعمان.",
     date(2016, 2, 10), [(date(2016, 2, 9), "Ma`arr Shurin")]),
    # the same day: folded (as before)
    ("مقتل شخصين بقصف على مدينة حلب\nقتل شخصان اليوم بقصف مدفعي على حي الشيخ مقصود في مدينة حلب.",
     date(2026, 1, 7), [(date(2026, 1, 7), "Aleppo")]),
    (IDLIB_HEAD + IDLIB_BODY.format("اليوم"), date(2025, 1, 15), [(date(2025, 1, 15), "Sarmada")]),
    # the body's act days before the report: the headline may tell today's, both stay
    (IDLIB_HEAD + IDLIB_BODY.format("يوم السبت"), date(2025, 1, 15),
     [(date(2025, 1, 11), "Sarmada"), (date(2025, 1, 15), "Idlib")]),
])
def test_undated_headline_folds_into_the_bodys_act_of_the_day_before(extract, text, published, want):
    from hadath.types import Article
    got = sorted((e.event_date, e.location) for e in extract(Article("t", text, published=published)).events)
    assert got == want
