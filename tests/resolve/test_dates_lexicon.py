"""The date lexicons survive normalization, every month name is found in text, and the
Gregorian month table agrees with dateparser's Arabic locale data (validator)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.resources import load_tsv
from hadath.resolve.dates import parse_date_expression
from hadath.resolve.dates_fallback import clean, dateparser_date
from hadath.resolve.dates_lexicon import lexicon, number_word
from hadath.text.normalize import normalize_key

MONTHS = load_tsv("lexicons/dates_months.tsv")
GREGORIAN = [r for r in MONTHS if r["calendar"] == "gregorian"]
# rare spellings dateparser's locale data does not carry
NOT_IN_DATEPARSER = {"أغسطوس", "جانفييه", "فيفريه", "جويلييه"}


@pytest.mark.parametrize("name", ["dates_months.tsv", "dates_weekdays.tsv", "dates_words.tsv"])
def test_entries_survive_normalization(name):
    rows = load_tsv(f"lexicons/{name}")
    assert rows
    col = "word" if name == "dates_words.tsv" else "name"
    for r in rows:
        k = normalize_key(r[col])
        assert k and k == normalize_key(k), r


def test_lexicon_keys_are_normalized():
    lex = lexicon()
    for k in list(lex.months) + list(lex.weekdays):
        assert k == normalize_key(k)
    assert lex.months["كانون الاول"].month == 12 and lex.weekdays["الاثنين"] == 0


@pytest.mark.parametrize("row", MONTHS, ids=[r["name"] for r in MONTHS])
def test_every_month_name_is_found(row):
    cal = row["calendar"]
    year = 1444 if cal == "hijri" else 2022
    v = parse_date_expression(f"قتل ثلاثة في 5 {row['name']} {year}", date(2023, 12, 31))
    assert v is not None and v.calendar == cal
    if cal == "gregorian":
        assert v.date == date(2022, int(row["month"]), 5)


@pytest.mark.parametrize("row", GREGORIAN, ids=[r["name"] for r in GREGORIAN])
def test_gregorian_months_agree_with_dateparser(row):
    got = dateparser_date(f"5 {row['name']} 2022", None)
    if row["name"] in NOT_IN_DATEPARSER:
        pytest.skip("spelling absent from dateparser's locale data")
    assert got is not None and got.date == date(2022, int(row["month"]), 5)


@pytest.mark.parametrize("text,expected", [
    ("الـ26 من كانون الأول/ ديسمبر 2022", "2022-12-26"),
    ("26 آذار/مارس 2023", "2023-03-26"),
    ("12 جانفي 2023", "2023-01-12"),
    ("3 أوت 2021", "2021-08-03"),
    ("الأحد، 29 ديسمبر 2019", "2019-12-29"),
    ("15 تموز 2016", "2016-07-15"),
])
def test_grammar_and_dateparser_agree(text, expected):
    ours = parse_date_expression(text, None)
    theirs = dateparser_date(text, None)
    assert ours is not None and theirs is not None
    assert ours.date == theirs.date == date.fromisoformat(expected)


def test_clean_for_dateparser():
    assert clean("في الـ26 من كانون الأوّل/ ديسمبر") == "في 26 كانون الأول"


def test_fallback_needs_reference_for_yearless():
    v = dateparser_date("26 نوفمبر", None)
    assert v is None or (v.date is None and not v.resolved)


@pytest.mark.parametrize("word,value", [
    ("ثلاثة", 3), ("ثلاث", 3), ("خمسة", 5), ("عشرة", 10), ("7", 7), ("أربعة", 4),
])
def test_number_words(word, value):
    assert number_word(word) == value


@pytest.mark.parametrize("text,reference,expected", [
    ("في الـ26 من كانون الأول/ ديسمبر الماضي", "2022-12-29", "2022-12-26"),
    ("(اليوم ، الساعة 12:00 صباحًا)", "2022-12-29", "2022-12-29"),
    ("أمس", "2023-03-01", "2023-02-28"),
    ("يوم الأحد", "2022-12-29", "2022-12-25"),
    ("15 رمضان 1444 هـ", None, "2023-04-06"),
])
def test_parse_date_expression(text, reference, expected):
    ref = date.fromisoformat(reference) if reference else None
    v = parse_date_expression(text, ref)
    assert v is not None and v.date == date.fromisoformat(expected)


@pytest.mark.parametrize("text", ["45/13/2022", "31 شباط 2023", "1/1/0001", "لا تاريخ هنا", ""])
def test_parse_date_expression_garbage(text):
    v = parse_date_expression(text, date(2023, 3, 12))
    assert v is None or v.date is None


def test_parse_date_expression_without_reference_is_unresolved():
    v = parse_date_expression("قتل ثلاثة أمس", None)
    assert v is not None and v.date is None and not v.resolved and v.relative
