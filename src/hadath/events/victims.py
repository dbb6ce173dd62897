"""Who was hit: the victim categories of words (data/lexicons/triggers_victims.tsv) and the
counts in front of a side (ثلاثة مسلحين، مقتل خمسة من عناصر X), read by hadath.events.roles."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Sequence

from hadath.events.lexicons import function_words, victim_words
from hadath.events.role_words import role_words
from hadath.events.taxonomy import ARMED_INTERS, CIVILIANS_INTER, PROTESTERS_INTER, STATE_INTERS
from hadath.events.taxonomy import forces_over_civilians as _forces_over
from hadath.mentions.actor_refs import hit_as
from hadath.events.toll_words import loss_left, loss_nouns, toll_words
from hadath.text.clitics import clitics
from hadath.text.number_words import dual_singulars, word_number
from hadath.types import ActorRef, Token

if TYPE_CHECKING:
    from hadath.events.roles import ActorSlot, Roles


VICTIM_SIDE = frozenset({"civilian", "armed", "military_target", "protester"})
PEOPLE = VICTIM_SIDE - {"military_target"}


@lru_cache(maxsize=1 << 17)
def category(forms: tuple[str, ...]) -> str:
    """The victim category of a word type, keyed by its forms: that of its first form that is a
    victim noun, else that of the singular of a form read as a dual ('' for none)."""
    words = victim_words()
    found = next((words[f] for f in forms if words.get(f)), "")
    if found:
        return found
    # (a dual of a listed singular: امرأتين، شابين، ضابطين، جنديان، دوريتين، مخيمين - its singular's)
    return next((words[s] for f in forms for s in dual_singulars(f) if words.get(s)), "")


def attributive(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a definite singular nisba adjective describing the definite noun before
    it, which is no noun of people (الدفاع المدني، الحماية المدنية، المكتب الإعلامي، المؤتمر
    الصحفي): an organisation or an object, not civilians or journalists."""
    if k == 0:
        return False
    t, prev = tokens[k], tokens[k - 1]
    cl = clitics()
    if prev.sentence != t.sentence or not cl.definite(t.norm) or prev.kind != "word" \
            or not prev.has_proclitic(toll_words().article):   # (الدفاع، وللحماية: behind proclitics)
        return False
    if not t.norm.endswith(cl.nisba_ends):
        return False
    return not category(prev.forms) and not is_count(prev)


def word_category(tokens: Sequence[Token], k: int) -> str:
    """The victim category of token ``k`` in its phrase: '' for an attributive adjective."""
    cat = category(tokens[k].forms)
    if cat == "military_target" and civil_seat(tokens, k):
        return ""
    return "" if cat and (attributive(tokens, k) or felt_by(tokens, k) or spared(tokens, k)) else cat


def civil_seat(tokens: Sequence[Token], k: int) -> bool:
    """A seat or office noun (مقر) whose owner right after it is a civil body (function_words
    civil_body: مقر حزب الدعوة، مقر جمعية، مقر صحيفة، مقر حزبي): no military target - an armed
    party named there (مقر حزب الله) is the side hit as an actor, read before the words."""
    nxt = k + 1
    return nxt < len(tokens) and tokens[nxt].sentence == tokens[k].sentence \
        and not function_words("civil_body").isdisjoint(tokens[nxt].forms)


def spared(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` names people a harm noun was denied for (دون وقوع إصابات بين صفوف المدنيين، لم
    تسفر عن خسائر في صفوف المواطنين: event_roles.tsv spared_harm with only felt_among words
    between, a spared_not word at most 3 words before the harm noun, all in one clause): they
    were not hit, and say nothing of who was (CODING.md: Civilians only when they were)."""
    w, among = role_words(), function_words("felt_among")
    j = k - 1
    while j >= 0 and k - j <= 3 and tokens[j].norm in among and tokens[j].sentence == tokens[k].sentence:
        j -= 1
    if j < 0 or tokens[j].sentence != tokens[k].sentence or w.spared_harm.isdisjoint(tokens[j].forms):
        return False
    for i in range(j - 1, max(j - 4, -1), -1):
        if tokens[i].sentence != tokens[k].sentence or tokens[i].kind != "word":
            return False
        if not w.spared_not.isdisjoint(tokens[i].forms):
            return True
    return False


def felt_by(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` names the people a fear or a tension was felt among (أثار الذعر بين السكان،
    حالة من الهلع في صفوف الأهالي: function_words felt, with only felt_among words between):
    they felt it, they were not hit."""
    among, felt = function_words("felt_among"), function_words("felt")
    j = k - 1
    while j >= 0 and k - j <= 3 and tokens[j].norm in among and tokens[j].sentence == tokens[k].sentence:
        j -= 1
    return j >= 0 and j < k - 1 and tokens[j].sentence == tokens[k].sentence and not felt.isdisjoint(tokens[j].forms)


def people_before(tokens: Sequence[Token], trig_end: int, start: int) -> bool:
    """A noun of people (civilians, protesters) or of unnamed attackers (مسلحون، ملثمون، مهاجمون،
    مجهولون) between an active verb and the first actor after it: the verb's own subject, not in
    the actor lexicon (قتل مسلحون مجهولون شرطيا: the police are the ones killed); not attackers
    tied to that actor by من or a word of affiliation (هاجم مسلحون من حركة الشباب قاعدة)."""
    unnamed = function_words("attacker") | function_words("unknown")  # (قتل مجهولون شرطيا، ملثمون)
    ties = role_words().partitive | role_words().affiliation  # (مسلحون من حركة الشباب: the group's men)
    for k in range(trig_end, start):
        kind = category(tokens[k].forms)
        if kind in ("civilian", "protester"):
            return True
        if (kind == "attacker" or not unnamed.isdisjoint(tokens[k].forms)) \
                and all(ties.isdisjoint(t.forms) for t in tokens[k + 1:start]):
            return True
    return False


def group_before(tokens: Sequence[Token], k: int) -> bool:
    """The word before token ``k`` names fighters outside a state's forces (event_roles.tsv
    ``irregular``: الفصائل العراقية، مقاتلين أكراد) or civilians: a nationality adjective after
    it is theirs, no state's."""
    if k == 0 or tokens[k - 1].kind != "word":
        return False
    prev = tokens[k - 1].forms
    return not role_words().irregular.isdisjoint(prev) or category(prev) == "civilian"


def civilian_property(tokens: Sequence[Token], lo: int, hi: int, names: Collection[int] = ()) -> bool:
    """The clause names civilian property (منازل، أراض زراعية، أشجار زيتون، محال) as what was
    destroyed or looted; not inside a place's name (``names``: الخيام, a town, is no tents)."""
    return any(category(tokens[k].forms) == "civilian_property" for k in range(lo, hi) if k not in names)


def is_count(tok: Token) -> bool:
    """A number in digits or words (5، خمسة، عشرات)."""
    return tok.kind == "number" or word_number(tok.norm) is not None


def forces_and_civilians(a: "ActorSlot", b: "ActorSlot") -> bool:
    """One of the two is a state's forces and the other civilians (شرطيا و3 مدنيين، 3 مدنيين
    وشرطي): two kinds of people one harm is told of together."""
    return _forces_over(a.ref.inter, b.ref.inter) or _forces_over(b.ref.inter, a.ref.inter)


def forces_over_civilians(hit: "ActorSlot", other: "ActorSlot") -> bool:
    """``other``, hurt together with the civilians ``hit``, is a state's forces: ACLED's side hit
    is the forces (civilians are it only when the act hit civilians alone)."""
    return _forces_over(hit.ref.inter, other.ref.inter)


def told_with(tokens: Sequence[Token], a: "ActorSlot", b: "ActorSlot") -> bool:
    """``b`` follows ``a`` joined by و past at most two words that are counts or words of death
    and wounds (مدنيين اثنين وجندي، 3 مدنيين ومقتل شرطي): the fallen of one act told together."""
    if joined_by_count(tokens, a, b, mixed=True):  # (مدني و3 جنود)
        return True
    gap, conj = tokens[a.end:b.start], tuple(role_words().conj)
    if len(gap) > 2 or b.start >= len(tokens) or not any(t.norm.startswith(conj) for t in (*gap, tokens[b.start])):
        return False
    nouns, left = loss_nouns(), loss_left()
    return all(is_count(t) or not nouns.isdisjoint(t.forms) or not left.isdisjoint(t.forms) for t in gap)


def fallen_in(tokens: Sequence[Token], s: "ActorSlot", trig_start: int) -> bool:
    """The side ``s`` is told as the dead or wounded of a word of death or wounds before it (past
    a count, من and member nouns: مقتل عدد من أعضاء X، إصابة ثلاثة من عناصر X) and the act noun
    follows it past "in" (في غارة، جراء قصف، بغارة): the ones it fell, not its doer."""
    w, rw = toll_words(), role_words()
    loss = loss_left()
    gap = tokens[s.end:trig_start]
    if len(gap) > 1 or (gap and gap[0].norm not in function_words("in") | rw.via | rw.patient):
        return False
    k = s.start - 1
    while k >= max(0, s.start - 5) and tokens[k].sentence == tokens[s.start].sentence:
        if not loss.isdisjoint(tokens[k].forms):
            return True
        if not (is_count(tokens[k]) or tokens[k].norm in rw.partitive or not rw.member.isdisjoint(tokens[k].forms)
                or not w.filler.isdisjoint(tokens[k].forms)):
            return False
        k -= 1
    return False


def joined_by_count(tokens: Sequence[Token], a: "ActorSlot", b: "ActorSlot", mixed: bool = False) -> bool:
    """``b`` follows ``a`` past one word that is و with a count (ضابطا وأربعة مجندين، جنديين و3
    جنود; ``a``'s own count may come first: ضابطا واحدا وأربعة): the two are one subject told in
    parts, the people one verb is told of together; ``mixed``: also a state's forces and civilians
    (عوني أمن و3 مدنيين أصيبوا)."""
    same = a.ref.name == b.ref.name or (mixed and forces_and_civilians(a, b))
    gap = tokens[a.end:b.start]
    if len(gap) >= 2 and gap[-1].norm in role_words().partitive:
        gap = gap[:-1]  # (شرطيا و3 من رجال الشرطة، جنديا وثلاثة من الجنود: the count's side after من)
    if len(gap) == 2 and gap[0].norm in role_words().conj and is_count(gap[1]) and same:
        return True  # (و 3: the conjunction written apart from the figure)
    if len(gap) == 2 and is_count(gap[0]):
        gap = gap[1:]  # (ضابطا واحدا وأربعة مجندين: its own count first)
    if len(gap) != 1 or not same:
        return False
    t = gap[0]
    conj = tuple(role_words().conj)
    return t.norm.startswith(conj) and (is_count(t) or any(word_number(f[1:]) is not None for f in t.forms
                                                           if f.startswith(conj)))


def counted_victims(tok: Token) -> bool:
    """A number or a noun for people hit (جنديين، مدنيين، عناصر), or a share of a toll (معظمهم،
    بينهم): من after it names their side."""
    if is_count(tok) or not toll_words().subset.isdisjoint(tok.forms):  # 5 من، معظمهم من رجال الشرطة
        return True
    return category(tok.forms) in VICTIM_SIDE or not role_words().member.isdisjoint(tok.forms)


def counted(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The actor at ``start`` is counted (ثلاثة مسلحين، 5 من عناصر): a number right before it,
    or before the partitive من."""
    w = role_words()
    j = start - 1
    if j >= lo and tokens[j].norm in w.partitive:
        j -= 1
    # (ثلاثة مشتبه بانتمائهم لتنظيم القاعدة: the count, the suspects, the tie to their group)
    tie = w.affiliation | w.affiliation_glue
    k = j
    while k > lo and j - k < 3 and not tie.isdisjoint(tokens[k].forms):
        k -= 1
    if k < j and k > lo and category(tokens[k].forms) == "suspect" and is_count(tokens[k - 1]):
        return True
    return j >= lo and is_count(tokens[j])


def target_category(tokens: Sequence[Token], roles: Roles, lo: int, hi: int,
                    names: Collection[int] = ()) -> str | None:
    """civilian | protester | armed | military_target | None, for the one acted on (not read
    inside a place's name: ``names``)."""
    if roles.actor2 is not None:
        inter = roles.actor2.ref.inter
        if inter == CIVILIANS_INTER or hit_by_others(roles.actor1.ref if roles.actor1 else None, roles.actor2.ref):
            return "civilian"
        if inter == PROTESTERS_INTER:
            return "protester"
        if inter in ARMED_INTERS:
            return "armed"
    at = {k: word_category(tokens, k) for k in range(lo, hi) if k not in names}
    found = list(at.values())
    for cat in ("protester", "armed", "military_target", "civilian"):
        if cat in found:
            if cat == "armed" and roles.actor1 is not None and "civilian" in found:
                continue  # the armed noun is most likely the attacker (مسلحون قتلوا مدنيين)
            if cat == "military_target" and "civilian" in found and found.index("civilian") < found.index(cat):
                continue  # أطلقوا النار على الشاب عند حاجز حوارة: the person shot first, the site after
            return cat
    return None


def hit_by_others(doer: ActorRef | None, hit: ActorRef) -> str | None:
    """The name ACLED gives the side ``hit`` when violence other than a state force's hits it
    (actors.tsv ``hit_as``: قتل مستوطن في عملية طعن - settlers hit are civilians), else None; a
    state force acting on it (arrests, a clash with the army) leaves it as it is."""
    return None if doer is not None and doer.inter in STATE_INTERS else hit_as(hit)


def counted_nationals(ix, frame) -> bool:
    """People counted by their nationality in the frame's clause (قتل خمسة عراقيين، مقتل أربعة
    سوريين): a number right before a plural nationality noun - persons, so civilians unless the
    text says otherwise (an army's soldiers are جنود سوريين: no number right before the noun)."""
    return counted_national(ix, frame) is not None


def counted_national(ix, frame, any_form: bool = False) -> int | None:
    """The token of the nationals counted in the frame's clause (خمسة عراقيين، 13 عراقيا: after
    11-99 the noun is a singular accusative), or None. ``any_form``: any nationality word after a
    number will do (خمسة أتراك: the words an actor2 given by convention points at)."""
    toks = ix.doc.tokens
    a, b = frame.clause
    plural = tuple(clitics().sound_plural)
    k = next((p.start for p in ix.get("place", frame.sent) if p.mention.value.cue == "nisba"
              and a < p.start < b and is_count(toks[p.start - 1])
              and (any_form or (p.end - p.start == 1 and toks[p.start].norm.endswith(plural)))), None)
    if k is not None:
        return k
    singular = counted_singulars()
    return next((k for k in range(a + 1, b) if toks[k].norm in singular and is_count(toks[k - 1])), None)


@lru_cache(maxsize=1)
def counted_singulars() -> frozenset[str]:
    """Every nationality's indefinite accusative singular (عراقيا، سوريا is also Syria: left out
    when it is a country's name)."""
    from hadath.mentions.actors_country import accusative_nisbas, countries

    names = {n for c in countries() for n in c.names}
    return frozenset(w for w in accusative_nisbas() if w not in names)
