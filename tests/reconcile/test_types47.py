"""Round 47 (docs/notes/types47.md): a protest whose crowd the report calls peaceful keeps its
protest type when a clash told in its story folds into it (ACLED: protesters met by force stay
protesters unless they are said to be violent); the crowd's own arson or looting still makes it
a riot, and a clash folded into a protest not called peaceful still does."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.handover import PEACEFUL
from hadath.reconcile.rules import absorb
from hadath.types import Event, Span

D = date(2024, 3, 10)
PROT, RIOT = "Protests", "Riots"


def ev(sub, typ, a1, i1, a2=None, i2=None, flags=(), trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=D, location="Aden",
                 latitude=12.78, longitude=45.03, geo_precision=1, actor1=a1, inter1=i1, actor2=a2, inter2=i2,
                 country="Yemen", flags=tuple(flags), evidence={"trigger": (Span(*trig),)})


def protest(sub="Protest with intervention", peaceful=True):
    return ev(sub, PROT, "Protesters (Yemen)", 6, "Police Forces of Yemen", 1, flags=(PEACEFUL,) if peaceful else ())


def fight(sub, typ="Battles", a1=None, i1=None):
    return ev(sub, typ, a1, i1, "Police Forces of Yemen", 1, trig=(40, 46))


@pytest.mark.parametrize("keep, gone, want", [
    # called peaceful: a clash, a thrown grenade or an attack of no named group is the force's
    (protest(), fight("Armed clash"), "Protest with intervention"),
    (protest(), fight("Armed clash", a1="Protesters (Yemen)", i1=6), "Protest with intervention"),
    (protest("Peaceful protest"), fight("Armed clash"), "Peaceful protest"),
    (protest(), fight("Grenade", "Explosions/Remote violence"), "Protest with intervention"),
    (protest(), fight("Attack", "Violence against civilians", "Unidentified Armed Group (Yemen)", 3),
     "Protest with intervention"),
    # the crowd's own arson or looting: a riot, called peaceful or not
    (protest(), fight("Looting/property destruction", "Strategic developments", "Protesters (Yemen)", 6),
     "Violent demonstration"),
    # not called peaceful: the crowd's fight is a riot (as before)
    (protest(peaceful=False), fight("Armed clash"), "Violent demonstration"),
    (protest("Peaceful protest", peaceful=False), fight("Grenade", "Explosions/Remote violence"),
     "Violent demonstration"),
])
def test_peaceful_crowd_stays_a_protest(keep, gone, want):
    assert absorb(keep, gone).sub_event_type == want


@pytest.mark.parametrize("text, want", [
    ("تجمع عشرات المتظاهرين السلميين أمام مبنى المحافظة في عدن للمطالبة بتحسين الخدمات. وحدث اشتباك بين أحد "
     "المتظاهرين وفرد أمن، ليتطور الأمر إلى قيام قوات الأمن بتفريق المتظاهرين بالرصاص. وأسفرت الاشتباكات عن "
     "إصابة أحد المواطنين.", "Protests"),
    ("اعتدت قوات الأمن على المحتجين السلميين أمام بوابة القصر في عدن. وأوضحت المصادر أن اشتباكا وقع بين أحد "
     "المحتجين وجندي. ولفتت إلى أن الاشتباكات أسفر عنها إصابة شاب بجروح.", "Protests"),
    ("فرقت قوات الأمن متظاهرين سلميين تجمعوا أمام مقر الحكومة في عدن. وقالت المصادر إن اشتباكات اندلعت بين "
     "بعض المتظاهرين وعناصر الأمن. وأدت الاشتباكات إلى إصابة متظاهر.", "Protests"),
    # not called peaceful: the crowd's clash is a riot (as before)
    ("تجمع عشرات المتظاهرين أمام مبنى المحافظة في عدن للمطالبة بتحسين الخدمات. وحدث اشتباك بين أحد المتظاهرين "
     "وفرد أمن، ليتطور الأمر إلى قيام قوات الأمن بتفريق المتظاهرين بالرصاص. وأسفرت الاشتباكات عن إصابة أحد "
     "المواطنين.", "Riots"),
])
def test_peaceful_protest_met_by_force_is_no_riot(candidates, text, want):
    from hadath.types import Article
    doc = candidates(Article("t", text, published=date(2023, 1, 15)))
    assert doc.events and {e.event_type for e in doc.events} == {want}
