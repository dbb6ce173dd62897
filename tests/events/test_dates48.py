"""Issue #9, dates48 (منذ after an imperfect verb, docs/notes/dates48.md).

منذ + a count of days or weeks after a completed act dates it "ago" (قتل مسلحون ثلاثة جنود منذ
يومين: two days before the report); after the imperfect of an act or state that goes on
(يحاصرون المدينة منذ يومين، تدور الاشتباكات منذ ثلاثة أيام، تسيطر الحركة على البلدة منذ أسبوع) the
span tells how long it has gone on: a duration's start, not the day of the act told with it. The
verbs are lexicons/event_dates.tsv role holding (3ms imperfect; every person is generated)."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article

REPORT = date(2024, 5, 20)


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


def _dates(nlp, text):
    doc = nlp(Article("t", text, published=REPORT))
    return {e.event_date for e in doc.events}


GOES_ON = [
    # (text): an imperfect of an act that goes on before منذ + days: not the act's day
    "يحاصر مسلحون من حركة الشباب مدينة بلدوين منذ يومين، وقتل ثلاثة جنود في اشتباك مع المسلحين اليوم.",
    "تدور اشتباكات عنيفة بين الجيش وحركة الشباب في بلدوين منذ ثلاثة أيام، وقتل فيها عشرة جنود اليوم.",
    "وتسيطر حركة الشباب على بلدة عيل بور منذ أسبوع، وقتل مسلحوها خمسة مدنيين في قرية قريبة اليوم.",
    "قتل ثلاثة جنود في اشتباك مع مسلحي حركة الشباب الذين يحاصرون مدينة بلدوين منذ يومين.",
    "ويشن الجيش النيجيري حملة على جماعة بوكو حرام في ولاية بورنو منذ عشرة أيام، وقتل فيها 20 مسلحا.",
]

AGO = [
    # guard rows: a completed act before منذ + days is dated that many days before the report
    ("قتل مسلحون من حركة الشباب ثلاثة جنود في بلدوين منذ يومين.", date(2024, 5, 18)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى منذ أسبوع، بحسب مصادر أمنية.",
     date(2024, 5, 13)),
    ("فجر انتحاري نفسه في سوق بمدينة مايدوغوري منذ ثلاثة أيام، ما أسفر عن مقتل 12 شخصا.", date(2024, 5, 17)),
]


@pytest.mark.parametrize("text", GOES_ON)
def test_imperfect_before_since_is_a_duration(nlp, text):
    got = _dates(nlp, text)
    assert got and all(d == REPORT for d in got), got


@pytest.mark.parametrize("text,day", AGO)
def test_completed_act_since_days_is_ago(nlp, text, day):
    assert _dates(nlp, text) == {day}


def test_holding_verbs_inflect():
    from hadath.events.dating import holding_forms
    from hadath.text.normalize import normalize_key
    forms = holding_forms()
    for w in ("يحاصرون", "تحاصر", "تدور", "تسيطر", "يسيطرون", "تشن"):
        assert normalize_key(w) in forms, w
    for w in ("قتل", "قتلوا", "اختطف", "يقول", "أعلن"):
        assert normalize_key(w) not in forms, w


APPROX = [
    # an approximator between قبل/منذ and the count (lexicons/dates_words.tsv ago_approx) is read
    # past: the count dates the act as it does without it
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى قبل نحو ثلاثة أيام، بحسب مصادر أمنية.",
     date(2024, 5, 17)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى قبل حوالي يومين، بحسب مصادر أمنية.",
     date(2024, 5, 18)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى منذ قرابة أسبوعين، بحسب مصادر أمنية.",
     date(2024, 5, 6)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى منذ نحو أسبوع، بحسب مصادر أمنية.",
     date(2024, 5, 13)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى منذ نحو ثلاثة أيام، بحسب مصادر أمنية.",
     date(2024, 5, 17)),
    ("قتل مسلحون مجهولون ثلاثة جنود في هجوم على قرية في ديالى منذ زهاء عشرة أيام، بحسب مصادر أمنية.",
     date(2024, 5, 10)),
]


@pytest.mark.parametrize("text,day", APPROX)
def test_approximate_count_ago(nlp, text, day):
    assert _dates(nlp, text) == {day}


def test_approximate_span_of_a_state_stays_a_duration(nlp):
    text = "تدور اشتباكات عنيفة بين الجيش وحركة الشباب في بلدوين منذ نحو ثلاثة أيام، وقتل فيها عشرة جنود اليوم."
    assert _dates(nlp, text) == {REPORT}
