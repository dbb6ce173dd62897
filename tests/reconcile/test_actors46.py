"""Doers kept when two tellings of one act fold (docs/notes/actors46.md): a named side beats an
unidentified one for the same role - for an act with no dead (an abduction, a wounding) too -
unless it is the side hit, a crowd or civilians; a state's forces name a strike whose forces no
word told, not one told by "unknown aircraft"."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.rules import absorb
from hadath.types import Event, Span

D = date(2024, 3, 10)
UAG, UMF = "Unidentified Armed Group (Iraq)", "Unidentified Military Forces"


def ev(actor1, inter1, dead=0, sub="Attack", kind="Violence against civilians", actor2="Civilians (Iraq)",
       inter2=7, said=False):
    evidence = {"trigger": (Span(0, 5),)}
    if said:
        evidence["actor1"] = (Span(10, 20),)
    return Event(article_id="a", event_type=kind, sub_event_type=sub, event_date=D, location="Kifri",
                 latitude=34.7, longitude=44.9, geo_precision=1, actor1=actor1, inter1=inter1,
                 actor2=actor2, inter2=inter2, fatalities=dead, country="Iraq", evidence=evidence)


ABDUCT = "Abduction/forced disappearance"
AIR = "Air/drone strike"
ER = "Explosions/Remote violence"


@pytest.mark.parametrize("keep, gone, want", [
    # اختطف مسلحو داعش شابين ... . "هؤلاء المسلحين يقومون باختطاف الناس": no dead, the named doer
    (ev(UAG, 3, sub=ABDUCT, said=True), ev("Islamic State (Iraq)", 2, sub=ABDUCT), "Islamic State (Iraq)"),
    # أصيب خمسة مزارعين برصاص جيش الاحتلال, a doerless wounding folded with it
    (ev(UAG, 3), ev("Military Forces of Israel", 1), "Military Forces of Israel"),
    # the named telling counts as many dead
    (ev(UAG, 3, dead=2), ev("Settlers (Israel)", 4, dead=2), "Settlers (Israel)"),
    # ... fewer dead than the unidentified telling: another act's doer may be told
    (ev(UAG, 3, dead=5), ev("Settlers (Israel)", 4, dead=0), UAG),
    # the named side is the one hit (قتل مسلحون عنصرين من الشرطة)
    (ev(UAG, 3, actor2="Police Forces of Iraq", inter2=1, kind="Battles", sub="Armed clash"),
     ev("Police Forces of Iraq", 1, kind="Battles", sub="Armed clash"), UAG),
    # a crowd or civilians are never the named doer of an attack
    (ev(UAG, 3), ev("Protesters (Iraq)", 6), UAG),
    # قصف جوي على المدينة . طيران النظام الحربي ... استهدف الأحياء: the state's aircraft
    (ev(UMF, 8, dead=10, sub=AIR, kind=ER), ev("Military Forces of Syria (2000-2024)", 1, dead=6, sub=AIR, kind=ER),
     "Military Forces of Syria (2000-2024)"),
    # شنت طائرات حربية مجهولة غارات: the text calls them unknown
    (ev(UMF, 8, dead=10, sub=AIR, kind=ER, said=True),
     ev("Military Forces of Syria (2000-2024)", 1, dead=10, sub=AIR, kind=ER), UMF),
    # a state's shelling names no aircraft
    (ev(UMF, 8, sub=AIR, kind=ER), ev("Military Forces of Syria (2000-2024)", 1,
                                        sub="Shelling/artillery/missile attack", kind=ER), UMF),
])
def test_named_doer_kept(keep, gone, want):
    assert absorb(keep, gone).actor1 == want


@pytest.mark.parametrize("text, doer", [
    ("أصيب خمسة مزارعين فلسطينيين مساء اليوم برصاص جيش الاحتلال الإسرائيلي جنوب قطاع غزة . وقال الناطق "
     "باسم وزارة الصحة إنه جرى نقل المزارعين إلى مستشفى كمال عدوان شمالي القطاع.",
     "Military Forces of Israel"),
    ("اختطف مسلحو تنظيم داعش شابين من قرية قلا التابعة لقضاء كفري في محافظة ديالى. وقال مدير الناحية إن "
     "هؤلاء المسلحين يقومون باختطاف الناس بهدف الحصول على الفدية.", "Islamic State (Iraq)"),
])
def test_folded_tellings_keep_the_named_doer(candidates, text, doer):
    from hadath.types import Article
    doc = candidates(Article("t", text, published=date(2023, 1, 15)))
    assert doc.events and {e.actor1 for e in doc.events} == {doer}
