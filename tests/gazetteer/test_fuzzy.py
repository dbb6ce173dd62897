"""close_keys: one key against many, equal to keys.similarity pair by pair."""
from __future__ import annotations

import random

from hadath.gazetteer.fuzzy import close_keys
from hadath.gazetteer.keys import similarity

ALPHABET = "ابتثحخدذرزسشصضطظعغقكلمنهويء"


def _variants(rnd: random.Random, word: str, n: int) -> list[str]:
    """Spelling neighbours of ``word`` (letters changed, inserted, dropped; an article added):
    many share their first letters, as the names of one skeleton do."""
    out = []
    for _ in range(n):
        b = list(word)
        for _k in range(rnd.randint(0, 3)):
            pos = rnd.randrange(len(b) + 1)
            r = rnd.random()
            if r < 0.4 and b:
                b[min(pos, len(b) - 1)] = rnd.choice(ALPHABET)
            elif r < 0.7 or not b:
                b.insert(pos, rnd.choice(ALPHABET))
            else:
                del b[min(pos, len(b) - 1)]
        v = "".join(b)
        out.append("ال" + v if rnd.random() < 0.2 else v)
    return out


def _want(key: str, others: list[str], floor: float) -> dict[str, float]:
    got = {}
    for o in others:
        s = similarity(key, o, floor)
        if s >= floor:
            got[o] = s
    return got


def test_close_keys_equal_similarity_pair_by_pair() -> None:
    rnd = random.Random(11)
    seeds = ["سارين", "الشعبيه", "دير الزور", "مورك", "ابو شوك", "عين العرب", "خان شيخون", "بري"]
    reached = 0
    for _ in range(300):
        key = rnd.choice(seeds) if rnd.random() < 0.5 else "".join(
            rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 9)))
        others = _variants(rnd, key, rnd.randint(0, 40)) + [key, "", "ال"]
        for floor in (0.5, 0.8, 0.9):
            want = _want(key, others, floor)
            got = close_keys(key, others, floor)
            assert got == want, (key, floor)
            # the same floats, to the last bit
            assert [repr(got[o]) for o in want] == [repr(v) for v in want.values()]
            reached += len(want)
    assert reached > 2000


def test_close_keys_edge_cases() -> None:
    assert close_keys("", ["مورك"], 0.8) == {}
    assert close_keys("مورك", [], 0.8) == {}
    # a name equal to the key once the article is dropped, and one written twice
    assert close_keys("الباب", ["باب", "باب", "الباب"], 0.8) == {"باب": 1.0, "الباب": 1.0}
