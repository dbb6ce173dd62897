"""The triggers stage hands its scan to the events and accept stages through ``Doc.scan`` (a
declared Doc field), not through module state (issue #11)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from hadath.events.index import DocIndex
from hadath.pipeline import build_pipeline
from hadath.types import Article

A = "قتل ثلاثة مدنيين أمس في قصف مدفعي على بلدة سرمين في ريف إدلب."
B = "اعتقلت الشرطة عشرة محتجين في الخرطوم يوم الأحد."


def _upto_triggers(text: str, ident: str):
    pipe = build_pipeline(["text", "quantities", "dates", "actors", "places", "triggers"])
    return pipe(Article(id=ident, text=text, published=date(2023, 3, 12)))


def test_the_triggers_stage_stores_its_scan_on_the_doc() -> None:
    doc = _upto_triggers(A, "a")
    assert doc.scan is not None and doc.scan.tokens is doc.tokens
    triggers = [m for m in doc.mentions if m.kind == "trigger"]
    assert triggers and doc.scan.forms_at  # the trigger forms the events stage reads back


def test_the_events_stage_reads_the_scan_of_its_own_doc_whatever_ran_in_between() -> None:
    a = _upto_triggers(A, "a")
    b = _upto_triggers(B, "b")  # another document scanned after a
    assert DocIndex.build(a).scan is a.scan
    assert DocIndex.build(b).scan is b.scan


def test_a_doc_without_a_scan_is_scanned_again() -> None:
    a = _upto_triggers(A, "a")
    bare = replace(a, scan=None)
    sc = DocIndex.build(bare).scan
    assert sc is not a.scan and sc.tokens is a.tokens and sc.forms_at == {}


def test_the_scan_field_is_declared_by_the_triggers_stage() -> None:
    from hadath.mentions.triggers import TriggerStage

    assert "scan" in TriggerStage.assigns
    import hadath.events.scan as scan_module

    assert not any(isinstance(v, list) and v and hasattr(v[0], "forms_at")
                   for v in vars(scan_module).values())


def test_a_scan_from_the_text_columns_is_the_scan_from_the_tokens() -> None:
    from hadath.events.scan import scan

    for text in (A, B, "قتل ثلاثة؛ جراء القصف. هل انتهى؟ لا. فيما أصيب آخرون", ""):
        doc = build_pipeline(["text"])(Article(id="c", text=text))
        with_cols, without = scan(doc.tokens, doc.columns), scan(doc.tokens)
        assert doc.columns is not None
        for field in ("bounds", "breaks", "weapons", "triggers", "heads", "cues", "questions", "sents"):
            assert getattr(with_cols, field) == getattr(without, field), field
