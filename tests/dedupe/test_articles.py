"""Near-duplicate articles: syndicated copies with another header/footer are found; different
reports of the same kind of event are not."""
from __future__ import annotations

import pytest

from hadath.dedupe.articles import ArticleDeduper, MinHasher, find_duplicates, shingle_hashes
from hadath.types import Article

BASE = ("قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية استهدفت سوقا شعبيا في مدينة إدلب شمال غربي "
        "سوريا صباح اليوم الثلاثاء، وفق ما أفاد به الدفاع المدني. وقالت مصادر محلية إن الطائرات الحربية "
        "شنت غارتين على المدينة، مما أدى إلى دمار واسع في المحال التجارية. وأضافت المصادر أن فرق الإنقاذ "
        "ما تزال تبحث عن ناجين تحت الأنقاض.")
OTHER = ("قتل ثلاثة عناصر من قوات النظام وجرح آخرون في هجوم شنه مسلحون مجهولون على حاجز عسكري قرب "
         "بلدة المزيريب في ريف درعا الغربي مساء الاثنين، بحسب ما ذكر تجمع أحرار حوران. وأوضح التجمع أن "
         "المهاجمين استخدموا أسلحة خفيفة ومتوسطة قبل أن ينسحبوا إلى جهة مجهولة.")


@pytest.mark.parametrize("copy", [
    "إدلب - (وكالات): " + BASE + " تابعونا على تويتر وفيسبوك للمزيد من الأخبار العاجلة.",
    "عنب بلدي - " + BASE.replace("خمسة", "٥").replace("عشرة", "10") + " جميع الحقوق محفوظة ٢٠٢٤.",
    "<b>عاجل</b> " + BASE.replace("أ", "ا").replace("ة ", "ه ") + " (رويترز)",
    BASE + " اقرأ أيضا: الأمم المتحدة تحذر من تدهور الأوضاع الإنسانية في الشمال السوري.",
])
def test_syndicated_copy_is_near_duplicate(copy):
    d = ArticleDeduper()
    assert d.check("orig", BASE) is None
    dup = d.check("copy", copy)
    assert dup is not None and dup.kind == "near" and dup.of == "orig"


@pytest.mark.parametrize("text", [
    OTHER,
    BASE.replace("إدلب", "حلب").replace("خمسة", "سبعة").replace("سوقا شعبيا", "مدرسة").replace(
        "الثلاثاء", "الأحد").replace("شنت غارتين على المدينة", "استهدفت الحي الشرقي بصواريخ")[:200],
])
def test_different_report_is_not_duplicate(text):
    d = ArticleDeduper()
    d.check("orig", BASE)
    assert d.check("other", text) is None


def test_url_and_hash_duplicates():
    arts = [
        Article("a", BASE, url="https://www.example.com/n/1?utm_source=tw"),
        Article("b", OTHER, url="http://example.com/n/1/"),
        Article("c", "  " + BASE.replace(" ", "  ") + "\n", url="https://other.example/x"),
        Article("d", OTHER, url="https://third.example/y"),
    ]
    dups = find_duplicates(arts)
    assert dups["b"].kind == "url" and dups["b"].of == "a"
    assert dups["c"].kind == "hash" and dups["c"].of == "a"
    assert "d" not in dups  # b was rejected as a URL duplicate, so its text was never registered


def test_signatures_are_deterministic_across_instances():
    h = shingle_hashes(BASE)
    assert (MinHasher(seed=7).signature(h) == MinHasher(seed=7).signature(h)).all()
    assert not (MinHasher(seed=7).signature(h) == MinHasher(seed=8).signature(h)).all()


def test_short_texts_only_exact():
    d = ArticleDeduper()
    assert d.check("a", "قصف على إدلب") is None
    assert d.check("b", "قصف على إدلب اليوم") is None
    assert d.check("c", "قصف على إدلب").kind == "hash"
