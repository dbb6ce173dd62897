"""Unit tests on hand-built tokens and mentions: roles, deaths, taxonomy, modality."""
from __future__ import annotations

import pytest

from hadath.events.fatalities import tally
from hadath.events.roles import ActorSlot, assign
from hadath.events.taxonomy import decide, disorder_type, interaction
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from hadath.types import ActorRef, Quantity, Span


def toks(text: str):
    n = normalize(text)
    return tokenize(n, split_sentences(n))


def slot(tokens, surface: str, ref: ActorRef) -> ActorSlot:
    words = surface.split()
    for i in range(len(tokens)):
        if [t.text for t in tokens[i:i + len(words)]] == words:
            return ActorSlot(i, i + len(words), ref, None)
    raise AssertionError(surface)


IS = ActorRef("Islamic State (Syria)", 2)
ARMY = ActorRef("Military Forces of Syria (2000-2024)", 1)
CIV = ActorRef("Civilians (Syria)", 7)


@pytest.mark.parametrize("text,trigger,voice,nrole,a1,a2", [
    ("قتل الجيش عناصر من داعش", "قتل", "active", "patient", "الجيش", "داعش"),
    ("قتل مدنيون بنيران الجيش", "قتل", "active", "patient", "الجيش", "مدنيون"),
    ("قتل مدنيون على يد داعش", "قتل", "active", "patient", "داعش", "مدنيون"),
    ("هجوم داعش على الجيش", "هجوم", "nominal", "agent", "داعش", "الجيش"),
    ("مقتل ستة من عناصر الجيش من قبل داعش", "مقتل", "nominal", "patient", "داعش", "الجيش"),
    ("استهدف الجيش داعش بالمدفعية", "استهدف", "active", "patient", "الجيش", "داعش"),
    ("الجيش قتل مدنيون", "قتل", "active", "patient", "الجيش", "مدنيون"),
])
def test_assign(text, trigger, voice, nrole, a1, a2):
    t = toks(text)
    refs = {"الجيش": ARMY, "داعش": IS, "مدنيون": CIV}
    slots = [slot(t, w, refs[w]) for w in refs if w in text.split()]
    ti = next(i for i, x in enumerate(t) if x.text == trigger)
    roles = assign(t, slots, ti, ti + 1, voice, nrole, (0, len(t)), [])
    assert roles.actor1 is not None and roles.actor1.ref is refs[a1]
    assert roles.actor2 is not None and roles.actor2.ref is refs[a2]


def q(t, text_num: str, value: Quantity):
    i = next(i for i, x in enumerate(t) if x.norm == text_num)
    return (i, i + 1, value, t[i].span)


@pytest.mark.parametrize("text,nums,deaths,injuries", [
    ("مقتل 5 مدنيين واصابة 10 اخرين", [("5", 5), ("10", 10)], 5, 10),
    ("قتل 3 جنود و 2 من المسلحين", [("3", 3), ("2", 2)], 5, None),
    ("سقط 4 قتلي بينهم 2 اطفال", [("4", 4), ("2", 2)], 4, None),
    ("مقتل 7 اشخاص وقالت مصادر ان 9 اشخاص قتلوا", [("7", 7), ("9", 9)], 7, None),
    ("اصيب 12 شخصا بجروح", [("12", 12)], 0, 12),
])
def test_tally(text, nums, deaths, injuries):
    t = toks(text)
    quants = [q(t, n, Quantity(v, v, v)) for n, v in nums]
    toll = tally(t, quants, 0, len(t), [])
    assert toll.deaths == deaths and toll.injuries == injuries


def test_unnumbered_deaths():
    t = toks("مقتل شخص في انفجار")
    toll = tally(t, [], 0, len(t), [(0, 1, Span(0, 4))])
    assert (toll.deaths, toll.estimate) == (1, False)
    t = toks("مقتل مدنيين في انفجار")  # a dual or a plural: ACLED's "several"
    toll = tally(t, [], 0, len(t), [(0, 1, Span(0, 4))])
    assert (toll.deaths, toll.estimate) == (10, True)


@pytest.mark.parametrize("classes,weapons,target,inter1,expected", [
    ({"kill"}, set(), "civilian", 3, ("Violence against civilians", "Attack")),
    ({"kill"}, set(), "armed", 2, ("Battles", "Armed clash")),
    ({"attack", "kill"}, {"drone"}, "armed", 1, ("Explosions/Remote violence", "Air/drone strike")),
    ({"clash", "explode"}, {"ied"}, "armed", 1, ("Battles", "Armed clash")),
    ({"capture"}, set(), None, 1, ("Battles", "Government regains territory")),
    ({"capture"}, set(), None, 2, ("Battles", "Non-state actor overtakes territory")),
    ({"raid"}, set(), None, 1, ("Strategic developments", "Other")),
    ({"raid", "arrest"}, set(), None, 1, ("Strategic developments", "Arrests")),
    ({"protest"}, {"teargas"}, None, None, ("Protests", "Protest with intervention")),
    ({"protest", "kill"}, set(), "protester", 1, ("Protests", "Excessive force against protesters")),
    ({"protest", "burn"}, set(), None, None, ("Riots", "Violent demonstration")),
])
def test_decide(classes, weapons, target, inter1, expected):
    assert decide(classes, weapons, target, inter1) == expected


def test_codes():
    assert interaction(1, 7) == 17 and interaction(7, 1) == 17
    assert interaction(1, None) == 10 and interaction(None, 2) == 20
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
