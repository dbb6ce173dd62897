"""Borderline pairs are judged lazily (only when their verdict can change the clustering), and
the clusters are exactly those of judging every borderline pair first."""
from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

import pytest

from hadath.dedupe.merge import MergeConfig, Report, _blocks, _compare, _features, cluster
from hadath.types import Event

ACTORS = ("Military Forces of Syria", "Hayat Tahrir al-Sham", "Islamic State", "Unidentified Armed Group",
          "Civilians", "SDF")


class Similarity:
    """Deterministic pseudo-similarity of two texts; counts its calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self, a: str, b: str) -> float:
        self.calls += 1
        h = hashlib.sha1(("|".join(sorted((a, b)))).encode()).digest()
        return 0.55 + 0.45 * h[0] / 255


def _reports(n: int, seed: int) -> list[Report]:
    rng = random.Random(seed)
    centers = [(35.9 + rng.random(), 36.6 + rng.random()) for _ in range(6)]
    out = []
    for i in range(n):
        lat, lon = rng.choice(centers)
        ev = Event(article_id=f"a{i // rng.choice((1, 1, 2))}", event_type=rng.choice(
            ("Explosions/Remote violence", "Violence against civilians", "Battles")),
            sub_event_type=rng.choice(("Air/drone strike", "Shelling/artillery/missile attack")),
            event_date=date(2024, 3, 1) + timedelta(days=rng.randrange(3)),
            latitude=lat + rng.uniform(-0.15, 0.15), longitude=lon + rng.uniform(-0.15, 0.15),
            actor1=rng.choice(ACTORS), actor2=rng.choice((None,) + ACTORS), location=f"place {i % 9}",
            country="Syria", notes=f"report {i % 37}")
        out.append(Report(key=f"r{i:04d}", event=ev))
    return out


def _eager(reports, cfg, fixed):
    """The reference: every borderline pair judged first, then joins best first."""
    ordered = sorted(reports, key=lambda r: r.key)
    rs = [_features(i, r) for i, r in enumerate(ordered)]
    old = [r.key in fixed for r in ordered]
    ok = {}
    for a, b in _blocks(rs, cfg):
        if old[a.i] and old[b.i]:
            continue
        verdict, score = _compare(a, b, cfg)
        if verdict == "yes":
            ok[(a.i, b.i)] = score
        elif verdict == "borderline":
            sim = min(1.0, cfg.similarity(a.rep.event.notes, b.rep.event.notes))
            if sim >= cfg.min_similarity:
                ok[(a.i, b.i)] = score + sim - 1.0
    owner = list(range(len(rs)))
    groups = {i: [i] for i in range(len(rs))}
    arts = {i: {r.rep.event.article_id} for i, r in enumerate(rs)}
    first: dict = {}
    for r in rs:
        gid = fixed.get(r.rep.key)
        if gid is not None and first.setdefault(gid, r.i) != r.i:
            keep = first[gid]
            owner[r.i] = keep
            groups[keep].extend(groups.pop(r.i))
            arts[keep] |= arts.pop(r.i)
    for (i, j), _ in sorted(ok.items(), key=lambda kv: (-kv[1], kv[0])):
        gi, gj = owner[i], owner[j]
        if gi == gj or arts[gi] & arts[gj]:
            continue
        if all((min(x, y), max(x, y)) in ok for x in groups[gi] for y in groups[gj]):
            keep, gone = min(gi, gj), max(gi, gj)
            for x in groups[gone]:
                owner[x] = keep
            groups[keep].extend(groups.pop(gone))
            arts[keep] |= arts.pop(gone)
    return [[ordered[i].key for i in sorted(m)] for _, m in sorted(groups.items())]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lazy_judging_equals_judging_everything_first(seed):
    reports = _reports(400, seed)
    fixed = {r.key: f"g{int(r.key[1:]) // 3}" for r in reports[:120] if int(r.key[1:]) % 2}
    for fx in ({}, fixed):
        lazy, eager = Similarity(), Similarity()
        got = [[r.key for r in g] for g in cluster(reports, MergeConfig(similarity=lazy, max_km=10.0), fx)]
        want = _eager(reports, MergeConfig(similarity=eager, max_km=10.0), fx)
        assert got == want
        assert sum(len(g) > 1 for g in got) > 20           # a test with real merging in it
        assert 0 < lazy.calls < eager.calls                  # and some verdicts never needed


def test_the_encoder_is_not_asked_when_no_verdict_matters():
    """A new report joins stored merged event "one"; its borderline pair with a member of stored
    event "two" can then change nothing (two stored events never join): it is never judged,
    where judging every pair first would load the encoder for it."""
    class Judge(Similarity):
        def prepare(self, texts):
            raise AssertionError("the encoder was loaded")

        def cached(self, text):
            return False

    def report(key, article, lat):
        return Report(key=key, event=Event(
            article_id=article, event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 3, 1),
            latitude=lat, longitude=36.6, actor1="Hayat Tahrir al-Sham", country="Syria", notes=key))

    reports = [report("a1", "x1", 36.0), report("a2", "x2", 36.0), report("b1", "x3", 36.135),
               report("new", "x4", 36.0)]
    judge = Judge()
    groups = cluster(reports, MergeConfig(similarity=judge), {"a1": "one", "a2": "one", "b1": "two"})
    assert judge.calls == 0
    assert [[r.key for r in g] for g in groups] == [["a1", "a2", "new"], ["b1"]]
    eager = Similarity()
    _eager(reports, MergeConfig(similarity=eager), {"a1": "one", "a2": "one", "b1": "two"})
    assert eager.calls == 1
