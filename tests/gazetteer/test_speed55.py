"""speed55: the disambiguation's cheaper tests give the very answers of the plain ones
(output identical): _nearest_rad against the plain nearest-anchor loop (speed57: with its
latitude pass-over), namesakes.mixed
against the plain pair loop."""
from __future__ import annotations

import math

import pytest

from hadath.gazetteer.namesakes import TWIN_DEG, mixed
from hadath.gazetteer.resolve import _nearest_rad


def _plain_nearest(r, others):
    pid, la, lo, _c = r
    best = None
    for qid, qla, qlo, qcos in others:
        if qid == pid:
            continue
        dy, dx = la - qla, (lo - qlo) * qcos
        d2 = dx * dx + dy * dy
        if best is None or d2 < best:
            best = d2
    return None if best is None else 6371.0 * math.sqrt(best)


def _rad(pid, lat, lon):
    return (pid, math.radians(lat), math.radians(lon), math.cos(math.radians(lat)))


@pytest.mark.parametrize("r,others", [
    (_rad("a", 36.2, 37.1), []),                                        # no anchor
    (_rad("a", 36.2, 37.1), [_rad("a", 36.2, 37.1)]),                   # only itself
    (_rad("a", 36.2, 37.1), [_rad("a", 36.2, 37.1), _rad("b", 35.9, 36.6)]),   # itself nearest
    (_rad("a", 36.2, 37.1), [_rad("b", 33.5, 36.3), _rad("c", 36.0, 37.0), _rad("d", 36.0, 37.0)]),
    (_rad("a", 15.3, 44.2), [_rad("b", 15.3, 44.2), _rad("c", 13.0, 45.0)]),   # a namesake on it
    (_rad("a", 33.3, 44.4), [_rad(str(k), 30 + k / 3, 40 + k / 4, ) for k in range(20)]),
    # speed57: anchors passed over by their latitude difference alone (either order)
    (_rad("a", 36.2, 37.1), [_rad("b", 36.1, 37.0), _rad("c", 30.0, 37.0), _rad("d", 40.0, 20.0)]),
    (_rad("a", 15.3, 44.2), [_rad("b", 33.5, 36.3), _rad("c", 15.0, 44.0), _rad("d", 15.0, 44.0)]),
    (_rad("a", 33.3, 44.4), [_rad(str(k), 40 - k / 3, 50 - k / 4) for k in range(30)]),
    (_rad("a", 31.5, 34.4), [_rad("a", 31.5, 34.4), _rad("b", 31.5, 34.5), _rad("c", 31.6, 34.4)]),
    (_rad("a", 0.0, 0.0), [_rad("b", 0.0, 179.0), _rad("c", -0.5, 0.0), _rad("d", 0.5, 0.0)]),  # ties
    (_rad("a", 24.0, 45.0), [_rad("b", 24.0 + k * 1e-9, 45.0 + k * 1e-9) for k in range(1, 8)]),
])
def test_nearest_rad_as_the_plain_loop(r, others):
    assert _nearest_rad(r, others) == _plain_nearest(r, others)
    assert _nearest_rad(r, others[::-1]) == _plain_nearest(r, others[::-1])


class _NoLongitude(float):
    """A longitude that must not be read (its subtraction fails)."""
    def __rsub__(self, other):
        raise AssertionError("longitude term computed for an anchor too far in latitude")


@pytest.mark.parametrize("lat", [40.0, 30.0, 36.3, 35.9])
def test_nearest_rad_passes_far_latitudes_over(lat):
    """speed57: an anchor whose latitude difference alone reaches the nearest distance so far
    is passed over before its longitude term (d2 is never below dy*dy in floats either)."""
    near = _rad("b", 36.2, 37.2)
    far = ("x", math.radians(lat), _NoLongitude(1.0), 1.0)
    r = _rad("a", 36.2, 37.1)
    assert _nearest_rad(r, [near, far]) == _plain_nearest(r, [near])


def _plain_mixed(spots):
    spots = sorted(spots)
    for i, (lat, lon, cc, _k) in enumerate(spots):
        for qlat, qlon, qcc, _q in spots[i + 1:]:
            if qlat - lat >= TWIN_DEG:
                break
            if qcc != cc and -TWIN_DEG < qlon - lon < TWIN_DEG:
                return True
    return False


T = TWIN_DEG


@pytest.mark.parametrize("spots,want", [
    ([], False),
    ([(31.77, 35.23, "IL", "a")], False),
    ([(31.77, 35.23, "IL", "a"), (31.78, 35.24, "IL", "b")], False),             # one country
    ([(31.77, 35.23, "IL", "a"), (31.78, 35.24, "PS", "b")], True),              # القدس's halves
    ([(31.77, 35.23, "IL", "a"), (36.2, 37.16, "SY", "b"), (33.3, 44.4, "IQ", "c")], False),
    # boxes that overlap with no two spots near: the pair loop decides
    ([(30.0, 30.0, "EG", "a"), (32.0, 32.0, "EG", "b"), (31.0, 31.0, "LY", "c")], False),
    ([(30.0, 30.0, "EG", "a"), (32.0, 32.0, "EG", "b"), (30.05, 30.05, "LY", "c")], True),
    # near in latitude only, near in longitude only
    ([(30.0, 30.0, "EG", "a"), (30.05, 31.0, "LY", "b")], False),
    ([(30.0, 30.0, "EG", "a"), (31.0, 30.05, "LY", "b")], False),
    # the edges: TWIN_DEG apart is not near
    ([(30.0, 30.0, "EG", "a"), (30.0 + T, 30.0, "LY", "b")], False),
    ([(30.0, 30.0, "EG", "a"), (30.0, 30.0 + T, "LY", "b")], False),
    ([(30.0, 30.0, "EG", "a"), (30.0, 30.0, "LY", "b")], True),
    ([(30.0, 30.0, "EG", "a"), (29.95, 29.95, "LY", "b"), (29.0, 29.0, "SD", "c")], True),
])
def test_mixed_as_the_plain_loop(spots, want):
    assert _plain_mixed(spots) is want
    assert mixed(spots) is want
    assert mixed(list(reversed(spots))) is want


@pytest.mark.parametrize("seed", range(5))
def test_mixed_as_the_plain_loop_on_random_spots(seed):
    import random

    rnd = random.Random(seed)
    for _ in range(300):
        n = rnd.randint(2, 9)
        spread = rnd.choice([0.05, 0.2, 1.0, 5.0])
        spots = [(30 + rnd.uniform(0, spread), 35 + rnd.uniform(0, spread), rnd.choice("ABC"), str(k))
                 for k in range(n)]
        assert mixed(spots) is _plain_mixed(spots), spots
