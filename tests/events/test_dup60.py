"""One armed clash told twice with its sides read differently (docs/notes/dup60.md, issue #9
second records): the lead names both sides and the toll (مقتل 30 من الدعم السريع في اشتباكات مع
الجيش), the body's quote retells it with one side and an unnamed other (اشتبكت قواتنا مع المليشيا
... 30 قتيلا). A clash has no direction: the sides are compared as a pair - one named side shared,
the other named in one telling and unnamed in the other - and the equal, told toll marks the one
act (reconcile.one_type.retold_clash). Another toll, no toll, two named others, another day or
another town: two acts."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import one_type_per_act, retold_clash
from hadath.types import Article, Event, Span

D = date(2023, 9, 16)
BAT = "Battles"
ARMY, RSF, SLA = "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", "SLM/A: Sudan Liberation Movement/Army"
UAG = "Unidentified Armed Group (Sudan)"


def clash(a1=ARMY, a2=RSF, dead=30, day=D, loc="El Fasher", lat=13.63, lon=25.35, trig=(0, 5)):
    return Event(article_id="a", event_type=BAT, sub_event_type="Armed clash", event_date=day, location=loc,
                 latitude=lat, longitude=lon, geo_precision=1, actor1=a1, inter1=1, actor2=a2, inter2=2,
                 fatalities=dead, country="Sudan", evidence={"trigger": (Span(*trig),)})


def body(**kw):
    kw.setdefault("a1", RSF)
    kw.setdefault("a2", None)
    return clash(trig=(80, 86), **kw)


@pytest.mark.parametrize("events, want", [
    # the quote's side first, the other unnamed (before attribution) or unidentified
    ([clash(), body()], [(ARMY, RSF, 30)]),
    ([clash(), body(a2=UAG)], [(ARMY, RSF, 30)]),
    ([body(), clash()], [(ARMY, RSF, 30)]),
    ([body(a1=None, a2=RSF), clash()], [(ARMY, RSF, 30)]),
    # the shared side second in the retelling
    ([clash(), body(a1=UAG, a2=ARMY)], [(ARMY, RSF, 30)]),
    # another toll, no toll: two fights
    ([clash(), body(dead=5)], [(ARMY, RSF, 30), (RSF, None, 5)]),
    ([clash(dead=0), body(dead=0)], [(ARMY, RSF, 0), (RSF, None, 0)]),
    # the other side named in both tellings, and not the same: two fights
    ([clash(), body(a2=SLA)], [(ARMY, RSF, 30), (RSF, SLA, 30)]),
    # another day, another town
    ([clash(), body(day=date(2023, 9, 15))], [(ARMY, RSF, 30), (RSF, None, 30)]),
    ([clash(), body(loc="Nyala", lat=12.05, lon=24.88)], [(ARMY, RSF, 30), (RSF, None, 30)]),
])
def test_one_clash_told_twice(events, want):
    got = sorted(((e.actor1, e.actor2, e.fatalities) for e in one_type_per_act(events)), key=str)
    assert got == sorted(want, key=str)


@pytest.mark.parametrize("a, b, same", [
    (clash(), body(), True),
    (clash(), body(a1=None, a2=RSF), True),
    (clash(), body(a1=UAG, a2=None), False),   # no named side shared
    (clash(a2=UAG), body(a2=None), False),     # both tellings name one side only
    (clash(), clash(a1=RSF, a2=ARMY), False),  # both sides named: compatible_actors' swap, not this rule
])
def test_retold_clash(a, b, same):
    assert retold_clash(a, b) is same


@pytest.mark.parametrize("published, text, records", [
    (D, "أعلن الجيش السوداني، مساء السبت، مقتل 30 عنصرا من قوات الدعم السريع في اشتباكات بين الجانبين "
        "بمدينة الفاشر. وقال متحدث الجيش في بيان إن \"قوات في الفرقة السادسة مشاة بمدينة الفاشر اشتبكت مع "
        "المليشيا المتمردة (الدعم السريع) وتمكنت من دحرهم وتكبيدهم خسائر بلغت 30 قتيلا\".",
     [("El Fasher", 30)]),
    (date(2024, 3, 10), "قتل 12 عنصرا من هيئة تحرير الشام في اشتباكات مع قوات النظام السوري في بلدة كفرنبل "
                        "يوم الأحد. وقال المرصد إن مقاتلين اشتبكوا مع عناصر هيئة تحرير الشام في كفرنبل ما أسفر "
                        "عن سقوط 12 قتيلا.",
     [("Kafranbel", 12)]),
    (date(2022, 5, 2), "أعلن الجيش اليمني مقتل 15 عنصرا من جماعة الحوثي في مواجهات مع قواته في مدينة مأرب يوم "
                       "الاثنين. وقال المتحدث العسكري إن \"وحدات من اللواء 14 اشتبكت مع الميليشيا في مأرب "
                       "وكبدتها 15 قتيلا\".",
     [("Ma'rib", 15)]),
    # control: a later fight at the town with a toll of its own stays
    (D, "أعلن الجيش السوداني، مساء السبت، مقتل 30 عنصرا من قوات الدعم السريع في اشتباكات بمدينة الفاشر. "
        "وفي وقت لاحق اشتبكت قوات الدعم السريع مع مسلحين في الفاشر وقتل 5 منهم.",
     [("El Fasher", 5), ("El Fasher", 30)]),
])
def test_clash_told_twice_end_to_end(full_pipeline, published, text, records):
    got = sorted((e.location, e.fatalities or 0) for e in full_pipeline(Article("t", text, published=published)).events)
    assert got == records
