"""A coordinated list of places that split one act into one event per place (split from
:mod:`hadath.events.place_choice`): في الرقة وريفها (الكرامة) والطبقة، بلدة بنش ومدينة سرمين."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from hadath.events.frame_words import frame_words
from hadath.events.lexicons import function_words, one_word_forms, verb_forms
from hadath.events.tuning import WINDOWS
from hadath.events.place_struck import is_area
from hadath.events.place_lists import link_clitics, past_unknown, qualifier_tail, qualifies
from hadath.events.role_words import QUOTE_MARKS
from hadath.text.clitics import clitics
from hadath.types import Token
from hadath.events.place_words import PlaceCues, _joined, place_cues
from hadath.mentions.trigger_context import context

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


def _without_glosses(gap: Sequence[Token]) -> list[Token]:
    """The gap between two listed places without a short parenthesised gloss (بجاية وعنابة
    (شرق) وتيزي وزو): the list goes on after it. The brackets themselves stay."""
    out: list[Token] = []
    depth = 0
    for t in gap:
        if t.norm == "(":
            depth += 1
            out.append(t)
        elif t.norm == ")":
            depth = max(0, depth - 1)
            out.append(t)
        elif depth == 0:
            out.append(t)
    return out if len(gap) - len(out) <= 3 else list(gap)


def _gloss(tokens: Sequence[Token], cur: "Located", nxt: "Located") -> bool:
    """``nxt`` is told in brackets right after ``cur``, a town (قانا (منطقة الخريبة)، كفرنبل
    (معرة النعمان)): a gloss of the place before it - a part of it, another name, the town it
    lies by -, no place of the list. After an area the bracket names the town (ريف حلب (الأتارب))."""
    gap = tokens[cur.end:nxt.start]
    if not gap or len(gap) > 2 or gap[0].norm != "(" or any(t.norm == ")" for t in gap):
        return False
    return nxt.end < len(tokens) and tokens[nxt.end].norm == ")" and not is_area(tokens, cur, lambda p: False)


def _length(gap: Sequence[Token]) -> int:
    """The gap's length without quote marks (في "مستعمرة X"، وآخر في "مستعمرة Y"): a quoted
    name is no farther from the one before it. Whether each mark may stand in a list is
    ``chain_gap``'s to say, as before."""
    return sum(t.norm not in QUOTE_MARKS for t in gap)


def _past_addition(gap: Sequence[Token], glue: frozenset[str]) -> tuple[Sequence[Token], bool]:
    """The gap past a word of addition and its preposition at its head (الميادين إضافة إلى
    قرية الشحيل، X، بالإضافة إلى مدينة Y، X فضلا عن Y، X علاوة على Y، X ناهيك عن Y; event_frames.tsv
    ``addition`` / ``addition_link``; the preposition first: X إلى جانب Y, ``addition_after``),
    or past a verb of spreading and its preposition (X وامتدت إلى Y: ``spread``), or past a
    word of sequence (X، ثم بلدة Y: ``sequence``), and whether one was passed: the
    place after it is one more place of the list, as after و. The preposition may stand on the next word as a
    proclitic (إضافة لقرية الشحيل، إضافة لحلب): a class noun carrying it is passed too."""
    w = frame_words()
    k = 0
    while k < len(gap) and gap[k].kind == "punct":
        k += 1
    if k + 1 < len(gap) and gap[k].norm in w.addition_link and gap[k + 1].norm in w.addition_after:
        return gap[k + 2:], True   # (X إلى جانب بلدة Y: the preposition first)
    if k + 1 < len(gap) and not w.spread.isdisjoint(gap[k].forms) and gap[k + 1].norm in w.addition_link:
        return gap[k + 2:], True   # (اشتباكات في X وامتدت إلى بلدة Y: the act spread to one more place)
    if k < len(gap) and gap[k].norm in w.sequence:
        return _past_addition(gap[k + 1:], glue)[0], True   # (قصفت مدينة X، ثم بلدة Y؛ ثم امتدت إلى Y)
    if k >= len(gap) or w.addition.isdisjoint(gap[k].forms):
        return gap, False
    rest = gap[k + 1:]
    if rest and rest[0].norm in w.addition_link:
        return rest[1:], True
    if not rest:
        return rest, True   # (إضافة لحلب: the preposition on the place itself)
    if rest[0].has_proclitic(link_clitics()) and not glue.isdisjoint(rest[0].forms):
        return rest[1:], True
    return gap, False


@lru_cache(maxsize=1)
def _act_heads() -> frozenset[str]:
    """Words that head an act or a clause of their own, not an object: the trigger lexicon's
    one-word nouns, participles and verb forms, active and passive (وأصيب آخر في مدينة Y: a
    clause of its own), and the belonging participles (التابعة). Weapon words are objects
    (ودراجة نارية في بلدة Y)."""
    return one_word_forms(lambda row: True, ("noun", "participle", "passive")) | verb_forms() \
        | function_words("belongs")


def _past_object(gap: Sequence[Token], cues: PlaceCues) -> tuple[Sequence[Token], bool]:
    """The gap past a second object of the act's verb at its head, joined by و and placed by
    a locative of its own (قصف الجيش مدرسة في بلدة X ومسجدا في مخيم Y، استهدفت الغارات منزلا
    في X، وسيارة في مدينة Y): the place after it is another place the act hit, one more place
    of the list (CODING.md: each named place is an event), as after وآخر في. The object is a
    word with the conjunction proclitic, without the article, that is no act word, verb or
    place cue; في follows it,
    or one word (آخر, an adjective with no proclitic: not وموقعا للجيش في) and في."""
    k = 0
    while k < len(gap) and gap[k].kind == "punct":
        k += 1
    if k + 1 >= len(gap):
        return gap, False
    t, rest = gap[k], gap[k + 1:]
    conj = link_clitics(conj=True)
    if t.kind != "word" or len(t.norm) <= 3 or not (t.norm[:1] in cues.list_joiner and t.has_proclitic(conj)) \
            or not _act_heads().isdisjoint(t.forms) or not frame_words().spread.isdisjoint(t.forms) \
            or not cues.chain_gap.isdisjoint(t.forms) \
            or not cues.locative.isdisjoint(t.forms) or not cues.intro.isdisjoint(t.forms) \
            or any(clitics().definite(f) for f in t.forms):
        return gap, False   # (مديرية الشباب والرياضة في رفح: a definite word goes on a name)
    if rest[0].norm in cues.locative:
        return rest, True
    if len(rest) > 1 and rest[1].norm in cues.locative and rest[0].kind == "word" and (
            rest[0].norm in cues.chain_gap or (_act_heads().isdisjoint(rest[0].forms)
                                               and not rest[0].has_proclitic(conj | link_clitics()))):
        return rest[1:], True   # (ومنزلا آخر في، ودراجة نارية في: another, or an adjective)
    return gap, False


MEANS_WORDS = 3   # at most this many words of a means told after a listed place (بثلاث غارات)


def _past_means(gap: Sequence[Token], cues: PlaceCues) -> tuple[Sequence[Token], bool]:
    """The gap past the means or the act told right after a listed place, up to the comma
    before the next place (استهدف الطيران بلدة X بثلاث غارات، وبلدة Y بغارتين، قصفت مدينة X
    بالمدفعية الثقيلة، وبلدة Y): a phrase of at most three words led by the instrument
    proclitic ب (triggers_context.tsv ``instrument_prep``), none a place word or carrying a
    conjunction, then a comma. The next place is one more place of the act, as after the
    comma alone. (A purpose with ل - للمطالبة بالإفراج، وفي مدينة Y اعتقلت - is no means.)"""
    k = 0
    while k < len(gap) and k < MEANS_WORDS and gap[k].kind == "word" \
            and not gap[k].has_proclitic(link_clitics(conj=True)) \
            and cues.chain_gap.isdisjoint(gap[k].forms) and cues.locative.isdisjoint(gap[k].forms) \
            and cues.intro.isdisjoint(gap[k].forms):
        k += 1
    if k == 0 or not gap[0].has_proclitic(context().instrument_preps) or k >= len(gap) \
            or gap[k].kind != "punct" or gap[k].norm not in cues.list_joiner:
        return gap, False
    return gap[k:], True


def _chain(tokens: Sequence[Token], places: list["Located"], first: int, hi: int,
           text: str = "") -> list["Located"]:
    cues = place_cues()
    out = [places[first]]
    cur = places[first]
    tail = False
    for nxt in places[first + 1:]:
        if nxt.start >= hi:
            break
        if nxt.start - cur.end > WINDOWS.place_list_gap + 3:
            break   # too long for a list even without a gloss (which drops at most 3 tokens)
        if cur is out[-1] and qualifies(tokens, cur, nxt):
            cur, tail = nxt, True   # (ميس الجبل بقضاء مرجعيون وأطراف ...: the list goes on)
            continue
        if _gloss(tokens, cur, nxt):
            continue   # (قانا (منطقة الخريبة) والشعيتية: a part or another name of the place before)
        gap = _without_glosses(tokens[cur.end:nxt.start])
        gap = gap[1:] if gap and qualifier_tail(gap[0]) else gap   # (ريف حلب الغربي وإدلب، بريف X الجنوبي)
        gap, second = _past_object(gap, cues)   # (مدرسة في X ومسجدا في Y)
        gap, _ = _past_means(gap, cues)   # (بلدة X بثلاث غارات، وبلدة Y)
        gap, tail = past_unknown(gap, cues.chain_gap | cues.again | frame_words().spread)   # (الخرطوم وبحري وأم درمان: a name the gazetteer lacks)
        gap, added = _past_addition(gap, cues.chain_gap)   # (X إضافة إلى قرية Y)
        if tail and not gap and not _joined(tokens, nxt, text):
            break
        # (بلدة بنش ومدينة سرمين: the joiner on the second place's class noun; غارات على X
        # وعلى بلدة Y، عبوة قرب X وأخرى قرب Y: a preposition of place told again behind و)
        lead = next((t for t in gap if t.norm not in cues.list_joiner), None)   # (X، وعلى بلدة Y: past a comma)
        joiner = lead is not None and lead.kind == "word" and lead.norm[:1] in cues.list_joiner \
            and (lead.norm[1:] in cues.chain_gap or lead.norm[1:] in cues.again)
        joined = added or second or joiner or _joined(tokens, nxt, text) or any(t.norm in cues.list_joiner for t in gap)
        if _length(gap) <= WINDOWS.place_list_gap and all(
                t.norm in cues.chain_gap or t.kind == "punct" or (joiner and (t is lead or t.norm in cues.again))
                for t in gap) and (joined or any(t.norm in ("(", ")") for t in gap)):
            out.append(nxt)
            cur = nxt
        else:
            break
    return out


def likewise(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place follows a comma (or و) and a word of likewise, past its class nouns (تعرضت مدينة
    X لقصف مدفعي، وكذلك مديرية Y؛ قصف بلدة X، وأيضا بلدة Y; event_frames.tsv ``likewise``): the
    act told before it hit this place too - one more place of the act, never its first."""
    w, cues = frame_words(), place_cues()
    k = p.start - 1
    while k > lo and not cues.chain_gap.isdisjoint(tokens[k].forms):
        k -= 1
    if k <= lo or w.likewise.isdisjoint(tokens[k].forms):
        return False
    t = tokens[k]
    return t.has_proclitic(link_clitics(conj=True)) or tokens[k - 1].norm in cues.list_joiner
