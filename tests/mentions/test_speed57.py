"""speed57: collect asks pretext only for ب + a pretext noun (alone or after و), and
_share_list_context scans for a quoted list's head before its loops: both give the very
answers of the plain passes (output identical)."""
from __future__ import annotations

import pytest

import hadath.mentions.places_recognize as R
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _names(found):
    return [(f.start, f.end, f.key, f.cue, f.span.start, f.span.end) for f in found]


# collect asks pretext only for ب + a pretext noun (alone or after و); _share_list_context
# scans for a quoted list's head before its loops

import hadath.mentions.places_collect as C  # noqa: E402
from hadath.gazetteer.lexicon import place_lexicon  # noqa: E402
from hadath.mentions import places_slots as S  # noqa: E402

PRETEXT_TEXTS = [
    'اعتقلت القوات ناشطا بحجة "التحريض على العنف" في مدينة تعز.',
    'وبذريعة "مكافحة الإرهاب" قصفت الطائرات قرى في ريف إدلب.',
    "قتل مدنيان في مديرية عبس بحجة وأصيب آخرون في الحديدة.",
    "اندلعت المعارك بحجة والحديدة وتعز منذ أسبوع.",
    "وصلت التعزيزات إلى حجة وصعدة قادمة من صنعاء.",
    'قصفت الطائرات أحياء "المنشية" و"بري" و"الرياض" في الخرطوم، وقرى "الطينة" و"كرنوي" غربي الفاشر.',
    'دارت اشتباكات في أحياء "الصناعة" و"الزهور" و"غويران"، وفي حي الشيخ مقصود بحلب.',
]

WORDS = [("بحجة", True), ("وبحجة", True), ("بذريعة", True), ("وبذريعة", True), ("بحجج", True),
         ("حجة", False), ("وحجة", False), ("ببحجة", False), ("فبحجة", False), ("بحجتها", False),
         ("لحجة", False)]


class _All(frozenset):
    def __contains__(self, x):
        return True


def _first_test(norm: str) -> bool:
    """pretext's own first test on a one-word name's token."""
    conj, b = C.CONJ, C.PREP_B
    w = norm[len(conj):] if norm.startswith(conj + b) else norm
    return w.startswith(b) and w[len(b):] in place_lexicon().pretext


@pytest.mark.parametrize("word,want", WORDS)
def test_pretext_forms_as_the_first_test(word, want):
    tok = TextStage()(Doc(Article("t", f"قالوا {word} أمس"))).tokens[1]
    assert (tok.norm in C.pretext_forms(place_lexicon().pretext)) is _first_test(tok.norm) is want


def test_pretext_forms_hold_the_nouns():
    forms = C.pretext_forms(place_lexicon().pretext)
    assert len(forms) == 2 * len(place_lexicon().pretext) > 0


def _collected(place_stage, tokens):
    found = R.recognize(tokens, place_stage.words)[0]
    items, kept, media, doers, in_country, silent = C.collect(
        tokens, found, place_stage.words, place_stage._token_facts, place_stage._tok)
    return (sorted(items), _names(kept), [(f.containers, f.anchor, f.held) for f in kept], media,
            doers, in_country, silent)


@pytest.mark.parametrize("text", PRETEXT_TEXTS)
def test_gated_passes_as_open(place_stage, monkeypatch, text):
    tokens = TextStage()(Doc(Article("t", text))).tokens
    gated = _collected(place_stage, tokens)
    with monkeypatch.context() as m:
        m.setattr(C, "pretext_forms", lambda nouns: _All())
        m.setattr(S, "_LIST_HEAD", lambda f: True)
        plain = _collected(place_stage, tokens)
    assert gated == plain


def test_quoted_lists_share_their_context(place_stage):
    """The texts hold quoted lists the pass acts on (the gate lets them through)."""
    tokens = TextStage()(Doc(Article("t", PRETEXT_TEXTS[5]))).tokens
    found = R.recognize(tokens, place_stage.words)[0]
    assert any(f.list_head is not None for f in found)
