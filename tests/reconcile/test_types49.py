"""Round 49 (docs/notes/types49.md): an attack told by attack words alone (no one killed, hurt
or shot at, no weapon: handover.BARE_ATTACK) folded with property destruction of the same act
that hurt no one is the destruction (ACLED: property destroyed with no violence against people
is Strategic developments / Looting/property destruction); folded with a strike, shelling or
bomb of the same act it is that act, told with its means. An attack that hurt or shot at
people, or that is not bare, keeps its type as before."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hadath.events.handover import BARE_ATTACK
from hadath.reconcile.one_type import one_type_per_act
from hadath.reconcile.rules import absorb
from hadath.types import Article, Event, Span

D = date(2025, 11, 13)
LOOT, ATTACK = "Looting/property destruction", "Attack"


def ev(sub, typ, a1="Settlers (Israel)", flags=(), fatalities=0, injuries=None, trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=D, location="Sinjil",
                 latitude=32.03, longitude=35.26, geo_precision=1, actor1=a1, inter1=3,
                 actor2="Civilians (Palestine)", inter2=7, country="Palestine", flags=tuple(flags),
                 fatalities=fatalities, injuries=injuries, evidence={"trigger": (Span(*trig),)})


def loot(**kw):
    return ev(LOOT, "Strategic developments", trig=(40, 46), **kw)


def attack(bare=True, **kw):
    return ev(ATTACK, "Violence against civilians", flags=(BARE_ATTACK,) if bare else (), **kw)


@pytest.mark.parametrize("records, want", [
    # a bare attack and the burning it caused: the burning
    ([attack(), loot()], LOOT),
    ([loot(), attack()], LOOT),
    ([attack(a1="Unidentified Armed Group (Palestine)"), loot()], LOOT),
    # the attack hurt or killed someone, or was told with harm words or a weapon: the attack
    ([attack(injuries=2), loot()], ATTACK),
    ([attack(), loot(injuries=1)], ATTACK),
    ([attack(bare=False), loot()], ATTACK),
    ([attack(), loot(fatalities=1)], ATTACK),
])
def test_bare_attack_and_its_burning_are_the_burning(records, want):
    out = one_type_per_act(records)
    assert [e.sub_event_type for e in out] == [want]


@pytest.mark.parametrize("text, want", [
    ("وذكرت مصادر محلية أن مستوطنين أقدموا على إحراق مسجد في قرية دير استيا شمالي سلفيت، بينما أوضحت "
     "الوكالة أن الأهالي تفاجأوا فجر الخميس باحتراق مسجد القرية نتيجة الهجوم.", LOOT),
    ("أحرق مستوطنون ثلاث سيارات في بلدة حوارة جنوب نابلس. وقالت مصادر محلية إن المواطنين تفاجأوا صباح "
     "اليوم باحتراق السيارات بعد هجوم ليلي.", LOOT),
    ("أحرق مستوطنون غرفة زراعية في قرية سنجل شمال رام الله، فيما أفادت مصادر محلية بأن المزارعين فوجئوا "
     "صباح اليوم بآثار الحريق نتيجة الهجوم.", LOOT),
    # controls: people hurt or shot at - the attack
    ("أحرق مستوطنون ثلاث سيارات في بلدة حوارة جنوب نابلس. وقالت مصادر محلية إن المواطنين تفاجأوا صباح "
     "اليوم باحتراق السيارات بعد هجوم ليلي، وأصيب مواطن بجروح.", ATTACK),
    ("هاجم مستوطنون قرية برقة شرق رام الله وأطلقوا النار تجاه المواطنين، وأحرقوا منزلا في القرية.", ATTACK),
])
def test_burning_told_as_the_attack_is_property_destruction(candidates, text, want):
    doc = candidates(Article("t", text, published=D))
    assert [e.sub_event_type for e in doc.events] == [want]


# A bare attack (attack words alone) folded with a strike, shelling or bomb of the same act
# is that act: it takes the means' type, and the strike's side hit when it named none itself.
def _strike(sub, a2):
    return replace(ev(sub, "Explosions/Remote violence", a1="Global Coalition Against Daesh", trig=(40, 46)),
                   actor2=a2, inter2=2 if a2 else None)


@pytest.mark.parametrize("keep, gone, want", [
    (attack(), _strike("Air/drone strike", "Islamic State (Iraq)"), ("Air/drone strike", "Islamic State (Iraq)")),
    (attack(), _strike("Shelling/artillery/missile attack", None),
     ("Shelling/artillery/missile attack", "Civilians (Palestine)")),
    (attack(), _strike("Remote explosive/landmine/IED", "Islamic State (Iraq)"),
     ("Remote explosive/landmine/IED", "Islamic State (Iraq)")),
    # not bare (harm words, a weapon): the attack stays as before
    (attack(bare=False), _strike("Air/drone strike", "Islamic State (Iraq)"), (ATTACK, "Civilians (Palestine)")),
    # the other way round: the strike keeps its type
    (_strike("Air/drone strike", "Islamic State (Iraq)"), attack(), ("Air/drone strike", "Islamic State (Iraq)")),
])
def test_bare_attack_folded_with_a_strike_is_the_strike(keep, gone, want):
    out = absorb(keep, gone)
    assert (out.sub_event_type, out.actor2) == want


STRIKE_LEAD = "شن التحالف الدولي، أمس، ضربة جوية على أحد مخابئ التنظيم في منطقة جبلية شمال العراق.\n"
STRIKE_AGAIN = 'وقالت خلية الإعلام الأمني في بيان إن "الضربة التي نفذت الاثنين، استهدفت أحد الكهوف داخل {}".'


@pytest.mark.parametrize("mountains", ["سلسلة جبال حمرين", "جبال مكحول"])
def test_strike_told_again_as_targeting_is_the_strike(candidates, mountains):
    doc = candidates(Article("t", STRIKE_LEAD + STRIKE_AGAIN.format(mountains), published=date(2021, 1, 26)))
    assert [(e.sub_event_type, e.actor2) for e in doc.events] == [("Air/drone strike", "Islamic State (Iraq)")]
