"""The numbers data files are stored and looked up through normalize_key."""
from __future__ import annotations

from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key
from hadath.text.numbers import dual_nouns, number_words, parse_digits, word_number


def test_every_number_form_is_found_through_the_normalizer():
    rows = load_tsv("lexicons/numbers.tsv")
    assert len(rows) > 100
    table = number_words()
    for r in rows:
        key = normalize_key(r["form"])
        assert key == normalize_key(key), r  # idempotent: stored normalized
        assert key in table, r
        assert word_number(key) is not None, r


def test_forms_do_not_collide_with_different_values():
    seen: dict[str, tuple[str, str]] = {}
    for r in load_tsv("lexicons/numbers.tsv"):
        key = normalize_key(r["form"])
        if key in seen and seen[key] != (r["value"], r["class"]):
            # only the accusative ألفاً/ألفا (construct dual) pair may share a key
            assert key in ("الفا", "مليونا"), (key, seen[key], r)
        seen[key] = (r["value"], r["class"])


def test_noun_and_cue_files_survive_normalize_key():
    for r in load_tsv("lexicons/numbers_nouns.tsv"):
        assert normalize_key(r["singular"]) and normalize_key(r["plural"])
    for dual in dual_nouns():
        assert dual == normalize_key(dual)
    for r in load_tsv("lexicons/numbers_cues.tsv"):
        assert normalize_key(r["phrase"]), r
        assert r["role"] in {"low", "approx", "more", "less", "atmost", "low_after", "approx_after",
                             "range_open", "range_sep", "notcount", "month", "percent", "function",
                             "cue_proclitic", "weekday_two", "daytime", "unit_after", "animal_after", "age_of",
                             "count_of_them"}


def test_parse_digits():
    assert parse_digits("1,500") == 1500
    assert parse_digits("1.500") == 1500
    assert parse_digits("2.5") == 2.5
    assert parse_digits("2.500", before_multiplier=True) == 2.5
    assert parse_digits("1,250,000") == 1250000
    assert parse_digits("abc") is None
