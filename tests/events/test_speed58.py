"""speed58: the events stage's range scans for a word of a lexicon class read which tokens carry
one from per-word-type facts and run their own test only there (speed63: the document's class
positions of hadath.events.wordbits, where speed58's hadath.events.spots kept a table per class).
The positions are the plain loop's tokens, and every gated rule gives the answers of its plain
loop (output identical)."""
from __future__ import annotations

import pytest

import hadath.events.wordbits as W
from hadath.events import earlier as E
from hadath.events.dating import date_words
from hadath.events.fatalities import _lone_vague
from hadath.events.frame_words import frame_words
from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.role_words import role_words
from hadath.events.toll_objects import SPAN_WORDS, continuing_period
from hadath.events.toll_words import toll_words
from hadath.text.number_words import word_number
from hadath.text.stage import TextStage
from hadath.types import Article, Doc
from tests.events.conftest import events

# made-up reports in the style of the wire copy, each with words of the classes gated
TEXTS = [
    "قتل ثلاثة جنود في هجوم على حاجز، بعد أسابيع من هجومين على كنيستين أسفرا عن مقتل 45 شخصا.",
    "فيما تتواصل المواجهات بين الجيش والدعم السريع، قتل 30 شخصا في هجوم بطائرة مسيرة على سوق في الفاشر.",
    "قتل ستة مدنيين في قصف تتعرض له البلدة منذ ثلاثة أيام، وأصيب العشرات بجروح.",
    "وحملت وزارة الداخلية الجماعة المسلحة مسؤولية التفجير، وقال مصدر أمني إن تنظيم داعش نفذه، وقال آخر إن حركة حسم قامت به.",
    "انفجرت سيارة مفخخة قرب سوق شعبي في بغداد. وقال مصدر أمني إن بين القتلى ثلاثة من عناصر الشرطة.",
    "استهدفت طائرة مسيرة مجهولة، يرجح أنها إسرائيلية، سيارة على طريق المطار ما أدى إلى مقتل العشرات.",
    "فإن القصف تزامن مع سماع أصوات اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة.",
    "استهدفت الفصائل مواقع النظام ردا على قصف قوات النظام القرى، التي أسفرت عن وقوع قتلى.",
    "في أعنف هجوم منذ تفجير أودى بحياة 30 شخصا، قتل 12 شخصا في انفجار عبوة ناسفة في 18 من الشهر ذاته.",
    "شن التحالف 20 غارة خلال الساعات الأربع والعشرين الماضية، منها خمس على مديرية صرواح، ومعظمها على مناطق متفرقة.",
    "هاجم مسلحون مدعومين بسلاح الجو قرية في ريف درعا، ومصدرها مواقع قوات النظام.",
    "خرجت مظاهرة تندد بالغارات الإسرائيلية على غزة، وطالب المحتجون بوقف القصف، وقتل محتج برصاص الأمن.",
    "وكانت قوات الأمن قد اعتقلت عشرات الناشطين بعد يومين من الاحتجاجات، بينما تستمر المعارك في المدينة!",
]


def _tokens(text):
    return TextStage()(Doc(Article("t", text))).tokens


def _classes():
    return {
        "blame_verb": function_words("blame_verb"), "did_it": function_words("did_it"),
        "did_by": function_words("did_by"), "the_dead": function_words("the_dead"),
        "hedge": function_words("hedge"), "response": function_words("response"),
        "support": function_words("support"), "heads": E._shift_words()[0],
        "backdrop": frame_words().backdrop_lead, "concurrent": frame_words().concurrent,
        "since": toll_words().since, "share_most": toll_words().share_most,
        "share_of": toll_words().share_of, "death_left": toll_words().death_left,
        "same_month": date_words().same_month, "aim": role_words().aim, "topic": role_words().topic,
        "source": role_words().source, "during": scope_words().during,
    }


def _ranges(n):
    return [(0, n), (3, n - 2), (n // 2, n), (5, 6), (4, 4), (7, 3), (-2, n + 3)]


def _plain(toks, a, b, words):
    return [k for k in range(max(a, 0), min(b, len(toks)))
            if toks[k].norm in words or not words.isdisjoint(toks[k].forms)]


BITS = {"heads": W.SHIFT_HEAD, "backdrop": W.BACKDROP, "the_dead": W.THE_DEAD}   # (speed63: spots' classes)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", sorted(BITS))
def test_positions_are_the_plain_loops_tokens(text, name):
    toks, words = _tokens(text), _classes()[name]
    at = W.class_positions(toks)
    for a, b in _ranges(len(toks)):
        assert W.within(at[BITS[name]], a, b) == _plain(toks, a, b, words)
        assert W.within(W.class_positions(toks)[BITS[name]], a, b) == _plain(toks, a, b, words)  # (from the table)


def test_the_texts_hold_every_class():
    toks = [t for text in TEXTS for t in _tokens(text)]
    for name, words in _classes().items():
        assert _plain(toks, 0, len(toks), words), name


# the gated rules against their plain loops (the code before speed58)

def _to_punct(toks, a, b, opens):
    out, i = [], a
    while i < b:
        j = opens(i)
        if j is None:
            i += 1
            continue
        e = next((k for k in range(j, b) if toks[k].kind == "punct"), b)
        out.append((i, e))
        i = e
    return out


def _earlier_plain(toks, a, b):
    def opens(i):
        got = E._shift_at(toks, i, b)
        return got[1] if got is not None and got[0] >= E.LONG_DAYS else None
    return _to_punct(toks, a, b, opens)


def _shift_plain(toks, a, b):
    def opens(i):
        r = E.read_after(toks, i, b)
        return r.end if r is not None and r.end < b and 0 < E.days_back(r) < E.LONG_DAYS else None
    return _to_punct(toks, a, b, opens)


def _backdrop_plain(toks, a, b):
    w = frame_words()
    ongoing = w.ongoing_verb | w.ongoing_noun

    def opens(i):
        t = toks[i]
        if i + 1 >= b or t.kind != "word" or w.backdrop_lead.isdisjoint(t.forms):
            return None
        nxt = toks[i + 1]
        return i + 2 if nxt.norm in ongoing or not ongoing.isdisjoint(nxt.forms) else None
    return _to_punct(toks, a, b, opens)


def _continuing_plain(tokens, end, hi):
    w = toll_words()
    meet = lambda words, r: any(not words.isdisjoint(tokens[j].forms) for j in r)  # noqa: E731
    for k in range(end, hi):
        if tokens[k].kind == "punct" and tokens[k].norm in ".;:!?":
            return None
        if (tokens[k].norm in w.since or not w.since.isdisjoint(tokens[k].forms)) \
                and meet(w.continuing, range(max(end, k - SPAN_WORDS), k)) \
                and meet(w.span_unit, range(k + 1, min(hi, k + 1 + SPAN_WORDS))):
            return k
    return None


def _lone_plain(tokens, lo, hi):
    w = toll_words()
    out = []
    for k in range(lo, hi):
        tok = tokens[k]
        if tok.kind != "word" or k - 1 < lo:
            continue
        hit = word_number(tok.norm)
        if hit is None or hit[0].cls != "vague":
            continue
        left = tokens[k - 1].forms
        if w.death_left.isdisjoint(left) and w.injury_left.isdisjoint(left):
            continue
        out.append((k, k + 1))
    return out


def _reading_to_plain(toks, start):
    for k in range(start - 3, max(-1, start - 5 - E.MAX_SKIP), -1):
        got = E.read_after(toks, k, start)
        if got is not None and got.end == start:
            return got
    return None


PERIODS = [
    "قتل عشرون شخصا في المعارك المستمرة منذ أسبوعين",
    "قتل ستة مدنيين في قصف منذ ثلاثة أيام",
    "قتل ستة مدنيين في قصف مستمر. منذ ثلاثة أيام تتواصل المعارك",
    "قتل تسعة في القصف الذي تشهده المدينة منذ أيام، والمعارك المستمرة منذ أشهر",
]


@pytest.mark.parametrize("text", TEXTS + PERIODS)
def test_gated_rules_as_their_plain_loops(text):
    toks = _tokens(text)
    n, at = len(toks), W.class_positions(toks)
    for a, b in _ranges(n):
        if not 0 <= a <= b <= n:
            continue
        assert E.earlier_spans(toks, a, b, at) == _earlier_plain(toks, a, b)
        assert E.shift_spans(toks, a, b, at) == _shift_plain(toks, a, b)
        assert E.backdrop_spans(toks, a, b, at) == _backdrop_plain(toks, a, b)
        assert continuing_period(toks, a, b) == _continuing_plain(toks, a, b)
        assert [x[:2] for x in _lone_vague(toks, [], a, b)] == _lone_plain(toks, a, b)
    assert [E.reading_to(toks, k, at) for k in range(n + 1)] == [_reading_to_plain(toks, k) for k in range(n + 1)]


def test_the_plain_loops_find_something():
    found = lambda f: [text for text in TEXTS + PERIODS if f(_tokens(text))]  # noqa: E731
    assert found(lambda t: E.earlier_spans(t, 0, len(t), W.class_positions(t)))
    assert found(lambda t: E.shift_spans(t, 0, len(t), W.class_positions(t)))
    assert found(lambda t: E.backdrop_spans(t, 0, len(t), W.class_positions(t)))
    assert len(found(lambda t: continuing_period(t, 0, len(t)) is not None)) == 3
    assert found(lambda t: _lone_plain(t, 0, len(t)))
    assert len(found(lambda t: any(_reading_to_plain(t, k) for k in range(len(t))))) >= 2


@pytest.mark.parametrize("text", TEXTS)
def test_events_as_with_plain_scans(pipeline, text, monkeypatch):
    """The events stage reads the same records when every gate is open (each class's positions
    every token: the plain loops)."""
    from tests.events.test_speed60 import gates_open_same
    gates_open_same(pipeline, monkeypatch, [text])
