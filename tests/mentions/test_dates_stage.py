"""The dates stage on whole articles: spans, sentences, datelines, missing publication dates."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.pipeline import build_pipeline
from hadath.types import Article


@pytest.fixture(scope="module")
def pipe():
    return build_pipeline(["text", "dates"])


def run(pipe, text, published=None):
    return pipe(Article("t", text, published=published))


def test_worked_example(pipe, example_text):
    doc = run(pipe, example_text, date(2022, 12, 29))
    dates = doc.mentions_of("date")
    first = dates[0]
    assert first.surface == "الـ26 من كانون الأول/ ديسمبر الماضي"
    assert first.span.of(example_text) == first.surface
    assert first.value.date == date(2022, 12, 26) and first.value.time_precision == 1
    today = [m for m in dates if m.surface == "اليوم"]
    assert today and today[0].value.date == date(2022, 12, 29)
    years = [m for m in dates if m.value.granularity == "year"]
    assert {m.value.date.year for m in years} >= {2017, 2022}
    assert all(m.value.time_precision is None and m.value.background for m in years)
    assert not doc.mentions_of("dateline")


SPANS = [
    # (text, expected surface of the first date mention)
    ("في الـ26 من كانون الأوّل/ ديسمبر الماضي، تعرضت المدينة لهجوم", "الـ26 من كانون الأوّل/ ديسمبر الماضي"),
    ("وقع الهجوم في الـــ26 من ديسمبر", "الـــ26 من ديسمبر"),
    ("وبالأمس قُتل اثنان", "الأمس"),
    ("هاجم مسلحون فجرَ الأحدِ نقطة", "فجرَ الأحدِ"),
    ("منذ عام 2011 قتل الآلاف", "منذ عام 2011"),
    ("منذ هزيمة داعش في عام 2017 في الرقة", "عام 2017"),
    ("في ١٢ آذار ٢٠٢٣ قصفت الطائرات", "١٢ آذار ٢٠٢٣"),
    ("يوم الخميس الموافق 5 يناير قتل شخصان", "يوم الخميس الموافق 5 يناير"),
    ("بتاريخ 26/12/2022 قتل مدني", "26/12/2022"),
    ("ليلة الجمعة – السبت تعرضت مواقع لقصف", "ليلة الجمعة – السبت"),
    ("قتل ثلاثة خلال الـ24 ساعة الماضية", "خلال الـ24 ساعة الماضية"),
    ("في 21 آب (أغسطس) 2013 قتل المئات", "21 آب (أغسطس) 2013"),
    ("في 15 رمضان 1444 هـ قصفت", "15 رمضان 1444 هـ"),
    ("وقال المرصد اليوم الإثنين إن", "اليوم الإثنين"),
    ("منذ ثلاثة أيام تحاصر القوات", "منذ ثلاثة أيام"),
    ("في أواخر تشرين الأول الماضي", "أواخر تشرين الأول الماضي"),
]


@pytest.mark.parametrize("text,surface", SPANS, ids=[f"{i:02d}" for i in range(len(SPANS))])
def test_span_maps_to_original(pipe, text, surface):
    doc = run(pipe, text, date(2023, 3, 12))
    m = doc.mentions_of("date")[0]
    assert m.surface == surface
    assert text[m.span.start:m.span.end] == surface
    assert m.sentence == 0


DATELINES = [
    # (text, expected dateline date, expected date of the relative mention that follows)
    ("دمشق في 12 آذار/مارس 2023 (سانا) - قتل ثلاثة مدنيين أمس بقصف", "2023-03-12", "2023-03-11"),
    ("الرقة - 29 كانون الأول 2022: هاجم مسلحون اليوم حاجزا", "2022-12-29", "2022-12-29"),
    ("الأحد 29 ديسمبر 2022\nقال مصدر إن غارات استهدفت أمس القرية", "2022-12-29", "2022-12-28"),
    ("اشتباكات في بغداد\nبغداد، 5 يناير 2023 (رويترز) - قتل شرطي الليلة الماضية", "2023-01-05", "2023-01-04"),
    ("الموصل 2023/03/12 - اعتقلت القوات أمس ثلاثة", "2023-03-12", "2023-03-11"),
]


@pytest.mark.parametrize("text,dl,rel", DATELINES, ids=[f"{i}" for i in range(len(DATELINES))])
def test_dateline_is_reference_without_publication(pipe, text, dl, rel):
    doc = run(pipe, text, None)
    (line,) = doc.mentions_of("dateline")
    assert line.value.date == date.fromisoformat(dl)
    assert line.span.of(text) == line.surface
    rels = [m for m in doc.mentions_of("date") if m.value.relative]
    assert rels and rels[0].value.date == date.fromisoformat(rel) and rels[0].value.resolved


WRITER_DAY = [
    # (text, publication date, date of the last relative mention): a dateline up to three days
    # before the publication date is the day the report was written - its اليوم / أمس count from
    # there; the same day, a later day or an older dateline leave the publication date in charge
    ("دمشق في 12 آذار 2023 (سانا) - قتل ثلاثة مدنيين أمس", "2023-03-13", "2023-03-11"),
    ("عمان 18 ديسمبر 2016\nقتل عشرة أشخاص في هجوم على مركز أمني وقال بيان اليوم إن العدد ارتفع",
     "2016-12-19", "2016-12-18"),
    ("بغداد، 5 يناير 2023 (رويترز) - قال مصدر أمني إن مسلحين هاجموا اليوم حاجزا", "2023-01-07", "2023-01-05"),
    ("الخرطوم - 3 مايو 2024: أفاد شهود بأن القصف تجدد مساء اليوم", "2024-05-06", "2024-05-03"),
    ("دمشق في 12 آذار 2023 (سانا) - قتل ثلاثة مدنيين أمس", "2023-03-12", "2023-03-11"),
    ("دمشق في 12 آذار 2023 (سانا) - قتل ثلاثة مدنيين أمس", "2023-03-20", "2023-03-19"),
    ("دمشق في 14 آذار 2023 (سانا) - قتل ثلاثة مدنيين أمس", "2023-03-13", "2023-03-12"),
]


@pytest.mark.parametrize("text,published,rel", WRITER_DAY, ids=[f"{i}" for i in range(len(WRITER_DAY))])
def test_dateline_is_the_writers_day(pipe, text, published, rel):
    doc = run(pipe, text, date.fromisoformat(published))
    assert doc.mentions_of("dateline")
    rels = [m for m in doc.mentions_of("date") if m.value.relative]
    assert rels and rels[-1].value.date == date.fromisoformat(rel)


@pytest.mark.parametrize("text", [
    "قال المرصد في 5 يناير 2023 إن الغارات استهدفت المستشفى",
    "قتل ثلاثة مدنيين أمس في قصف على ريف إدلب",
    "تعرضت المدينة لهجوم\nوفي وقت لاحق قال الجيش إن 26 ديسمبر 2022 كان يوما داميا",
])
def test_no_dateline(pipe, text):
    assert not run(pipe, text, None).mentions_of("dateline")


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين أمس في قصف",
    "هاجم مسلحون فجر الأحد نقطة عسكرية",
    "قبل يومين قتل مدني",
    "في 26 ديسمبر الماضي تعرض السجن لهجوم",
    "قتل 40 مدنيا الشهر الماضي",
    "قتل خمسة في الأسبوع الماضي",
])
def test_no_reference_never_guesses(pipe, text):
    doc = run(pipe, text, None)
    (m,) = doc.mentions_of("date")
    assert m.value.date is None and m.value.resolved is False


def test_absolute_date_needs_no_reference(pipe):
    doc = run(pipe, "في 5 يناير 2023 هاجم مسلحون قرية", None)
    assert doc.mentions_of("date")[0].value.date == date(2023, 1, 5)


FLAGS = [
    # (text, published, attribute, expected)
    ("من المقرر أن تعقد المحادثات غدا", "2023-03-12", "future", True),
    ("ستجري الانتخابات يوم الأحد المقبل", "2023-03-12", "future", True),
    ("يعقد المؤتمر الأسبوع المقبل", "2023-03-12", "future", True),
    ("في 15 مارس المقبل تنتهي المهلة", "2023-03-20", "future", True),
    ("يبدأ التصويت في 20 أبريل 2023", "2023-03-20", "future", True),
    ("قصفت الطائرات يوم الأحد البلدة", "2023-03-12", "future", False),
    ("في عام 2017 هزم التنظيم", "2022-12-29", "background", True),
    ("منذ 2011 قتل الآلاف", "2022-12-29", "background", True),
    ("قتل ثلاثة أمس", "2022-12-29", "background", False),
    ("في عام 2017 هزم التنظيم", "2022-12-29", "granularity", "year"),
    ("قتل خمسة في الأسبوع الماضي", "2023-03-12", "granularity", "week"),
    ("قتل 40 مدنيا الشهر الماضي", "2023-03-12", "granularity", "month"),
    ("في ديسمبر الماضي", "2023-03-12", "granularity", "month"),
    ("قتل ثلاثة أمس", "2022-12-29", "granularity", "day"),
    ("ليلة الجمعة - السبت تعرضت مواقع لقصف", "2023-03-12", "end", date(2023, 3, 11)),
    ("فجر الجمعة استهدفت غارة المطار", "2023-03-12", "end", None),
    ("في 15 رمضان 1444 هـ", "2023-04-10", "calendar", "hijri"),
    ("في 5 يناير 2023", "2023-04-10", "relative", False),
    ("قتل ثلاثة أمس", "2022-12-29", "relative", True),
]


@pytest.mark.parametrize("text,published,attr,expected", FLAGS,
                         ids=[f"{i:02d}" for i in range(len(FLAGS))])
def test_value_flags(pipe, text, published, attr, expected):
    m = run(pipe, text, date.fromisoformat(published)).mentions_of("date")[0]
    assert getattr(m.value, attr) == expected


def test_sentence_index(pipe):
    text = "قتل ثلاثة في قصف. وفي يوم الأحد اندلعت اشتباكات. وقال المرصد أمس إن القصف تجدد."
    dates = run(pipe, text, date(2023, 3, 13)).mentions_of("date")
    assert [m.sentence for m in dates] == [1, 2]


def test_stage_contract():
    from hadath.mentions.dates import DateStage
    assert DateStage.name == "dates"
    assert DateStage.requires == ("tokens",)
    assert set(DateStage.assigns) == {"mentions:date", "mentions:dateline", "mentions:reference"}


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n", "0/0/0000", "99/99/9999", "32.13.2022", "في 0 يناير 2023",
    "الـ", "من من من", "٣١/٠٢/٢٠٢٣", "الأول من", "قبل", "2023-02-30", "ليلة -",
    "ـــــ", "x" * 5000, "في 31 شباط وفي 30 شباط وفي 29 شباط 2023", "9999-99-99",
])
def test_garbage_does_not_crash_or_date(pipe, text):
    doc = run(pipe, text, date(2023, 3, 12))
    assert all(m.value.date is None for m in doc.mentions_of("date"))
