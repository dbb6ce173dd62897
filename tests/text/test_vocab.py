"""The vocabulary of word types and its fact tables (hadath.text.vocab)."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

from hadath.pipeline import build_pipeline
from hadath.text.normalize import normalize
from hadath.text.tokenize import segment, tokenize
from hadath.text.vocab import Vocab, WordType, vocab
from hadath.types import Analysis, Article, Span, Token


def _tokens(text: str) -> tuple[Token, ...]:
    return tokenize(normalize(text))


def test_tokens_of_one_type_share_it() -> None:
    toks = _tokens("قصف الجيش قرية ثم قصف الجيش مدينة 12 .")
    assert toks[0].word_type is toks[4].word_type
    assert toks[1].word_type is toks[5].word_type
    assert toks[0].word_type.id != toks[1].word_type.id
    assert [t.word_type.kind for t in toks[-2:]] == ["number", "punct"]
    assert all(t.kind == t.word_type.kind and t.norm == t.word_type.text for t in toks)


def test_segmentations_and_forms() -> None:
    (tok,) = _tokens("وبالرقة")
    wt = tok.word_type
    assert wt.forms == tuple(s[1] for s in wt.segs) == tok.forms
    assert [s[:4] for s in wt.segs] == list(segment(wt.text, True))
    assert not hasattr(tok, "_info") and not hasattr(wt, "info")  # (issue #11: no positional tuple)
    assert [a.stem for a in tok.analyses] == list(wt.forms)


def test_final_ta_marbuta_is_a_type_of_its_own() -> None:
    ta, ha = _tokens("مدينة مدينه")
    assert ta.norm == ha.norm
    assert ta.word_type.ta and not ha.word_type.ta
    assert ta.word_type is not ha.word_type
    assert ta.word_type is vocab().word_type(ta.norm, True)


def test_reset_clears_every_table_and_never_reuses_an_id() -> None:
    v = Vocab(max_types=3)
    table = v.table()
    a = v.word_type("قصف")
    table[a.id] = "fact"
    v.word_type("الجيش")
    v.word_type("قريه")
    assert table == {a.id: "fact"}
    d = v.word_type("مدينه")  # the fourth type: the vocabulary resets first
    assert v.resets == 1 and table == {} and len(v) == 1
    a2 = v.word_type("قصف")
    assert a2 is not a and a2.id not in {a.id, d.id}


def test_a_table_dropped_by_its_owner_is_forgotten() -> None:
    v = Vocab()
    v.table()
    assert len(v._tables) == 0


def test_pickled_types_are_interned_again() -> None:
    (tok,) = _tokens("بالقوات")
    back = pickle.loads(pickle.dumps(tok))
    assert back == tok
    assert back.word_type is tok.word_type  # same process: the same interned type
    table = vocab().table()
    table[1] = 2
    copy = pickle.loads(pickle.dumps(table))
    assert copy == {} and type(copy) is type(table)


def test_token_with_its_own_analyses_gets_a_detached_type() -> None:
    an = (Analysis((), "بالقوات", "", Span(0, 7)), Analysis(("ب", "ال"), "قوات", "", Span(3, 7)))
    tok = Token(0, Span(0, 7), "بالقوات", "بالقوات", "word", 0, an)
    assert isinstance(tok.word_type, WordType) and not tok.word_type.interned
    assert tok.word_type is not vocab().get("بالقوات")
    assert tok.forms == ("بالقوات", "قوات")
    assert tok.analyses == an and tok.stem_span(1) == Span(3, 7)
    back = pickle.loads(pickle.dumps(tok))
    assert back == tok and back.forms == tok.forms


def test_stage_output_is_the_same_across_vocabulary_resets() -> None:
    """Facts are keyed by ids that are never reused: a vocabulary resetting every few types
    (in the middle of a document too) gives the same mentions as one that never does."""
    path = Path(__file__).resolve().parents[2] / "examples" / "reports.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:3]]
    arts = [Article(id=str(r.get("id", k)), text=r["text"]) for k, r in enumerate(rows)]
    pipe = build_pipeline(["text", "quantities", "dates", "actors", "triggers"])
    expected = [pipe(a).mentions for a in arts]
    v = vocab()
    before, resets = v.max_types, v.resets
    try:
        v.max_types = 25
        v.reset()  # every type is new again: the 25-type bound is hit over and over
        got = [pipe(a).mentions for a in arts]
    finally:
        v.max_types = before
    assert v.resets > resets + 3
    assert got == expected and any(expected)


def test_has_proclitic_reads_the_segmentations() -> None:
    # the same answer as the analyses give, without building them
    for text, clitic, expected in (("وقصف", "و", True), ("بغارات", "ب", True), ("قصف", "و", False),
                                   ("لحافلة", "ل", True), ("لحافلة", "ب", False)):
        (tok,) = _tokens(text)
        key = frozenset({normalize(clitic).text})
        assert tok.has_proclitic(key) is expected
        assert tok.has_proclitic(key) == any(not key.isdisjoint(an.prefixes) for an in tok.analyses)


def test_segmentations_of_a_met_word_type_are_its_segs():
    from hadath.text.tokenize import segmentations

    word = "وبالمدينتين"
    assert segmentations.__wrapped__(word) == segment(word)  # not met yet: segmented
    tokenize(normalize(word))
    wt = vocab().get(word)
    assert wt is not None
    assert segmentations.__wrapped__(word) == segment(word) == tuple(s[:4] for s in wt.segs)
    assert segmentations.__wrapped__("12") == segment("12")  # not a word type of kind word


def test_number_facts_of_a_word_type_agree_with_its_segmentations():
    # word_number and the quantities' start test read a met word's own segmentations; the
    # answers are those of segmentations() (a word not met yet)
    from hadath.text.number_words import word_number
    from hadath.text.numbers import _may_start, _start_of
    from hadath.text.vocab import vocab
    for w in ["وثلاثه", "بخمسه", "قتيلين", "مدينه", "والقوات", "عشرات", "كتابها"]:
        before = word_number.__wrapped__(w)
        assert word_number(w) == before
        wt = vocab().word_type(w)
        assert word_number.__wrapped__(w) == before
        assert _start_of(wt) == _may_start(w)
        assert _start_of(vocab().word_type(w, True)) == _may_start(w)
