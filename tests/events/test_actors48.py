"""Mechanisms of the forty-eighth round (issue #9 item 5; docs/notes/actors48.md): a claim
whose verb of doing carries an object pronoun pointing at the act already told (إن تنظيم داعش
نفذه، نفذها، قام به) names the doer, as نفذ الهجوم does. The sentences are made up in the
style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events
from tests.events.test_actors47 import ARISH

UAG = "Unidentified Armed Group (Egypt)"


@pytest.mark.parametrize("text, doer", [
    ("وقالت مصادر أمنية إن تنظيم داعش نفذه.", "Islamic State (Egypt)"),
    ("وأكد الجيش أن حركة حسم نفذته في ساعة مبكرة.", "Hasm Movement"),
    ("وذكر بيان للجيش أن تنظيم داعش قام به.", "Islamic State (Egypt)"),
    ("وقال مسؤول إن تنظيم داعش هو من نفذه.", "Islamic State (Egypt)"),
    ("وقالت مصادر إن حركة حسم قامت بها.", "Hasm Movement"),
    ("وقالت مصادر إن تنظيم داعش شنه فجرا.", "Islamic State (Egypt)"),
    # no claimant: a denial, an unknown doer, a side that answered the doer
    ("ونفى تنظيم داعش أن يكون قد نفذه.", UAG),
    ("ولم يعرف من نفذه.", UAG),
    ("ولم يعرف من قام به.", UAG),
    ("وقال الجيش إن قواته ردت على من نفذه.", UAG),
])
def test_round48_a_claim_by_pronoun_names_the_doer(pipeline, text, doer):
    got = events(pipeline, ARISH + text, published=date(2017, 5, 1))
    assert got and got[0].actor1 == doer, [(e.actor1, e.actor2) for e in got]
