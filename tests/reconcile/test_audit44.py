"""The fold audit (hadath.evaluation.fold_audit): every fold is logged with its rule, and
labelled by the gold as WRONG / RIGHT / NEUTRAL; logging changes no output."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.evaluation.fold_audit import Fold, FoldLog, label, table
from hadath.reconcile.rules import fold_coarser
from hadath.types import Event, Span

D = date(2024, 3, 10)


def ev(loc="Aleppo", lat=36.2, lon=37.15, gp=1, day=D, sub="Air/drone strike", trig=(0, 5)):
    return Event(article_id="a", event_type="Explosions/Remote violence", sub_event_type=sub, event_date=day,
                 location=loc, latitude=lat, longitude=lon, geo_precision=gp, actor1="Military Forces of Syria",
                 inter1=1, country="Syria", evidence={"trigger": (Span(*trig),)})


def gold(loc, lat, lon, day="2024-03-10", sub="Air/drone strike"):
    return {"event_date": day, "location": loc, "latitude": lat, "longitude": lon, "sub_event_type": sub}


ALEPPO, IDLIB, SYRIA = (36.2, 37.15), (35.93, 36.63), (35.0, 38.0)


@pytest.mark.parametrize("keep, gone, golds, want", [
    # two records, two gold acts far apart: the fold lost one
    (ev(), ev("Idlib", *IDLIB), [gold("Aleppo", *ALEPPO), gold("Idlib", *IDLIB)], "WRONG"),
    # ... two days apart at one place: two acts too
    (ev(), ev(day=date(2024, 3, 13)), [gold("Aleppo", *ALEPPO), gold("Aleppo", *ALEPPO, day="2024-03-13")], "WRONG"),
    # a second telling of the one gold act (a day off, a few km off)
    (ev(), ev("Aleppo", 36.25, 37.2, day=date(2024, 3, 11)), [gold("Aleppo", *ALEPPO)], "RIGHT"),
    # a country-level restatement of the one act: best paired with the same gold event
    (ev(), ev("Aleppo", 36.21, 37.16, gp=3), [gold("Aleppo", *ALEPPO), gold("Idlib", *IDLIB)], "RIGHT"),
    # one record matches no gold event at all
    (ev(), ev("Syria", *SYRIA, day=date(2024, 1, 1)), [gold("Aleppo", *ALEPPO)], "NEUTRAL"),
    # no gold events (a negative report)
    (ev(), ev(), [], "NEUTRAL"),
])
def test_label(keep, gone, golds, want):
    assert label(Fold("a", "r", "absorb", keep, gone, None), golds) == want


def test_log_names_the_rule_and_changes_nothing():
    events = [ev(), ev("Syria", *SYRIA, gp=3, trig=(50, 55))]
    plain = fold_coarser(events)
    with FoldLog() as log:
        import hadath.reconcile.rules as rules
        logged = rules.fold_coarser(events)
    assert logged == plain and len(plain) == 1
    assert [f.rule.split(":")[0] for f in log.folds] == ["rules.fold_coarser"]
    assert log.folds[0].gone.location == "Syria" and log.folds[0].after == plain[0]
    # (the primitives are back after the block)
    from hadath.reconcile.rules import absorb
    assert absorb.__name__ == "absorb"
    assert "WRONG" in table([(log.folds[0], "WRONG")]) and "<--" in table([(log.folds[0], "WRONG")])
