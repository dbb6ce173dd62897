"""speed60: the events stage's word-class gates read one per-document pass (hadath.events.wordbits):
each token's word type carries the or-ed bits of the classes the gated loops ask about, the
index keeps each class's ascending positions, and a gated loop visits only its class's
positions in its range. The positions are the tokens where the plain loop's body does more
than ``continue``, and every gated rule gives the answers of its plain loop (output identical)."""
from __future__ import annotations

from dataclasses import replace

import pytest

import hadath.events.index as I
import hadath.events.wordbits as W
from hadath.events.dating import _same_month_day, date_words
from hadath.events.earlier import shift_heads
from hadath.events.fatalities import _lone_vague
from hadath.events.frame_tolls import answered_span, since_span
from hadath.events.frame_words import frame_words
from hadath.events.frames import Frame, _split_concurrent, frames
from hadath.events.lexicons import function_words
from hadath.events.merge import _doer_by_pronoun
from hadath.events.modality import scope_words
from hadath.events.role_words import role_words, topic_tokens
from hadath.events.toll_objects import continuing_period
from hadath.events.toll_words import toll_words
from hadath.pipeline import DEFAULT_STAGES, build_pipeline
from hadath.text.number_words import word_number
from hadath.types import Article
from tests.events.conftest import events

# made-up reports in the style of the wire copy, with words of every gated class
TEXTS = [
    "وحملت وزارة الداخلية الجماعة المسلحة مسؤولية التفجير، وقال مصدر أمني إن تنظيم داعش نفذه.",
    "حمّل الجيش الحوثيين المسؤولية عن الهجوم على القاعدة، وقال شهود إن حركة حسم قامت به.",
    "وحملت الأجهزة الأمنية المسلحين المسؤولية عن سلامته. وقالت مصادر إن داعش هو من نفذها.",
    "قتل ستة مدنيين في قصف تتعرض له البلدة منذ ثلاثة أيام، وأصيب العشرات بجروح.",
    "قتل عشرون شخصا في المعارك المستمرة منذ أسبوعين؛ وقتل العشرات في قصف منذ الصباح!",
    "قتل تسعة في القصف الذي تشهده المدينة منذ أيام: والمعارك المستمرة منذ أشهر مقتل العشرات.",
    "خرجت مظاهرة تندد بالغارات الإسرائيلية على غزة، وطالب المحتجون بوقف القصف، وقتل محتج برصاص الأمن.",
    "تظاهر المئات احتجاجا على مقتل شاب برصاص الشرطة، وأصيب عشرات في مواجهات مع قوات الأمن.",
    "فإن القصف تزامن مع سماع أصوات اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة.",
    "قصفت طائرات حربية بلدة في ريف إدلب بالتزامن مع اشتباكات عنيفة بين الجيش والفصائل، ما أسفر عن مقتل العشرات.",
    "اعتقلت قوات الأمن عشرات الناشطين بعد يومين من الاحتجاجات، بينما تستمر المعارك في المدينة؟",
    "استهدفت الفصائل مواقع النظام ردا على قصف قوات النظام القرى، التي أسفرت عن وقوع قتلى.",
    "قصف الجيش مواقع المسلحين، ردا على هجوم استهدف حاجزا للشرطة، ما أدى إلى مقتل خمسة.",
    "في أعنف هجوم منذ تفجير أودى بحياة 30 شخصا، قتل 12 شخصا في انفجار عبوة ناسفة في 18 من الشهر ذاته.",
    "وقعت اشتباكات في 3 مايو في المدينة. وفي الثامن عشر من الشهر نفسه قتل جنديان في هجوم على دورية.",
]


def _docs(texts=TEXTS):
    pre = build_pipeline(DEFAULT_STAGES[:DEFAULT_STAGES.index("events")])
    return [pre(Article(f"t{i}", text)) for i, text in enumerate(texts)]


@pytest.fixture(scope="module")
def indexes():
    return [I.DocIndex.build(doc) for doc in _docs()]


def _plain_tests():
    """The tokens each gated loop's body acts on, by the plain loop's own test of the token."""
    blame, did_it, did_by, response = (function_words(c) for c in ("blame_verb", "did_it", "did_by", "response"))
    since, topic, concurrent = toll_words().since, role_words().topic, frame_words().concurrent
    same_month, scope = date_words().same_month, scope_words()

    def vague(tok):
        hit = word_number(tok.norm) if tok.kind == "word" else None
        return hit is not None and hit[0].cls == "vague"
    return {
        W.BLAME_VERB: lambda t: not blame.isdisjoint(t.forms),
        W.DID_IT: lambda t: not did_it.isdisjoint(t.forms[:2]) or not did_by.isdisjoint(t.forms),
        W.SINCE_STOP: lambda t: (t.kind == "punct" and t.norm in ".;:!?") or t.norm in since
        or not since.isdisjoint(t.forms),
        W.VAGUE: vague,
        W.TOPIC: lambda t: t.norm in topic,
        W.CONCURRENT: lambda t: not concurrent.isdisjoint(t.forms),
        W.RESPONSE: lambda t: t.norm in response or not response.isdisjoint(t.forms),
        W.SAME_MONTH: lambda t: t.norm in same_month,
        W.DEATH: lambda t: not toll_words().death_left.isdisjoint(t.forms),   # (speed61)
        W.SHARE: lambda t: not toll_words().share_most.isdisjoint(t.forms) or t.norm in toll_words().share_of,
        W.SCOPE: lambda t: any(not c.isdisjoint(t.forms) for c in (scope.campaign, scope.several, scope.most)),
        W.SUPPORT: lambda t: not function_words("support").isdisjoint(t.forms) or t.norm in role_words().source,
        W.PERIOD: lambda t: t.norm in scope.latest_of or t.norm in scope.long_period   # (speed62)
        or not scope.long_period.isdisjoint(t.forms),
        W.SHIFT_HEAD: lambda t: t.norm in shift_heads() or not shift_heads().isdisjoint(t.forms),   # (speed63)
        W.BACKDROP: lambda t: not frame_words().backdrop_lead.isdisjoint(t.forms),
        W.THE_DEAD: lambda t: not function_words("the_dead").isdisjoint(t.forms),
        W.DURING: lambda t: not scope.during.isdisjoint(t.forms),
    }


def test_positions_are_the_plain_tests_tokens(indexes):
    for ix in indexes:
        toks = ix.doc.tokens
        assert W.class_positions(toks) == ix.positions   # (without the columns: the same)
        for bit, test in _plain_tests().items():
            assert ix.positions[bit] == [k for k, t in enumerate(toks) if test(t)], bit


def test_every_class_is_met(texts=TEXTS, bits=range(W.SHARE)):   # (test_speed61: the later ones)
    toks = [t for ix in [I.DocIndex.build(d) for d in _docs(texts)] for t in ix.doc.tokens]
    for bit, test in _plain_tests().items():
        assert bit not in bits or any(map(test, toks)), bit


def test_a_type_has_its_bits_once():
    ix = I.DocIndex.build(_docs()[0])
    for k, tok in enumerate(ix.doc.tokens):
        bits = W.type_bits(tok.word_type)
        assert bits == W._table()[tok.word_type.id]
        assert all((k in ix.positions[bit]) == bool(bits & bit) for bit in ix.positions)


def _positions_every_bit(toks):
    """class_positions as speed60 wrote it: each flagged token against every bit."""
    out = {bit: [] for bit, _ in W._classes()}
    for i, tok in enumerate(toks):
        for bit, lst in out.items():
            if W.type_bits(tok.word_type) & bit:
                lst.append(i)
    return out


SET_BITS = [   # (speed63: ومعظمها is of two classes, SHARE and SCOPE; the others of one or none)
    "شن التحالف 20 غارة، منها خمس على صرواح، ومعظمها على مناطق متفرقة بعد أيام من الهجوم.",
    "قتل عشرة أشخاص معظمهم من المدنيين في قصف منذ أسبوعين، فيما تتواصل المعارك.",
    "وقال مصدر إن بين القتلى ثلاثة من عناصر الشرطة، ومعظم الضحايا من الأطفال.",
]


@pytest.mark.parametrize("text", SET_BITS)
def test_positions_are_each_tokens_set_bits(text):
    toks = _docs([text])[0].tokens
    assert W.class_positions(toks) == _positions_every_bit(toks)


def test_a_word_of_two_classes_is_at_both():
    toks = _docs(SET_BITS[:1])[0].tokens
    two = [k for k, t in enumerate(toks) if bin(W.type_bits(t.word_type)).count("1") > 1]
    at = W.class_positions(toks)
    assert two and all(sum(k in ks for ks in at.values()) == 2 for k in two)


@pytest.mark.parametrize("a,b", [(0, 3), (2, 9), (5, 5), (7, 3), (0, 100)])
def test_within(a, b):
    pos = [1, 2, 4, 8, 9, 30]
    assert W.within(pos, a, b) == [p for p in pos if a <= p < b]


# the gated rules against their plain loops (the code before speed60)

def _split_blames_plain(toks, bounds):
    verbs = function_words("blame_verb")
    return I._split_blames(toks, bounds, [k for k, t in enumerate(toks) if not verbs.isdisjoint(t.forms)])


def _every(ix):
    """The index with every token at every bit: each gated loop visits its whole range, as the
    plain loop did."""
    every = list(range(len(ix.doc.tokens)))
    return replace(ix, positions={bit: every for bit in ix.positions}, memo={})


def test_gated_rules_as_their_plain_loops(indexes):
    found = set()
    for ix in indexes:
        toks, n = ix.doc.tokens, len(ix.doc.tokens)
        plain = _every(ix)
        assert I._split_blames(toks, ix.bounds, ix.positions[W.BLAME_VERB]) == _split_blames_plain(toks, ix.bounds)
        found.update("blame" for _ in _split_blames_plain(toks, ix.bounds))
        for sent, (lo, hi) in ix.bounds.items():
            for before in (lo, (lo + hi) // 2, hi, n + 5):
                got = _doer_by_pronoun(ix, sent, before)
                assert got == _doer_by_pronoun(plain, sent, before)
                found.update("doer" for _ in [got] if got is not None)
            assert topic_tokens(ix, sent) == topic_tokens(plain, sent)
            found.update("topic" for _ in topic_tokens(ix, sent))
            frame = Frame(sent, (lo, hi), "violence", [t for f in frames(ix) if f.sent == sent for t in f.trigs])
            assert _split_concurrent(ix, frame) == _split_concurrent(plain, frame)
            found.update("concurrent" for _ in _split_concurrent(ix, frame)[1:])
            assert _same_month_day(ix, sent) == _same_month_day(plain, sent)
            found.update("same month" for _ in [_same_month_day(ix, sent)] if _ is not None)
            for f in [frame, *frames(ix)]:
                if f.sent == sent:
                    assert since_span(ix, f) == since_span(plain, f) and answered_span(ix, f) == answered_span(plain, f)
                    found.update("since act" for _ in since_span(ix, f))
                    found.update("answered" for _ in answered_span(ix, f))
        for a, b in [(0, n), (3, n - 2), (n // 2, n), (5, 6), (4, 4), (7, 3)]:
            assert continuing_period(toks, a, b, ix.positions[W.SINCE_STOP]) == continuing_period(toks, a, b)
            found.update("since" for _ in [continuing_period(toks, a, b)] if _ is not None)
            assert _lone_vague(toks, [], a, b, (), ix.positions[W.VAGUE]) == _lone_vague(toks, [], a, b)
            found.update("vague" for _ in _lone_vague(toks, [], a, b))
    assert found == {"blame", "doer", "topic", "concurrent", "since", "vague", "same month", "since act", "answered"}   # (each rule found something)


def gates_open_same(pipeline, monkeypatch, texts):
    """The events of ``texts`` (gated) after checking they equal those with every gate open."""
    gated = [events(pipeline, text) for text in texts]
    real = W.class_positions
    monkeypatch.setattr(I, "class_positions", lambda toks, cols=None: {
        bit: list(range(len(toks))) for bit in real(toks, cols)})
    assert [events(pipeline, text) for text in texts] == gated
    return gated


def test_events_unchanged_with_every_gate_open(pipeline, monkeypatch):
    assert any(gates_open_same(pipeline, monkeypatch, TEXTS))
