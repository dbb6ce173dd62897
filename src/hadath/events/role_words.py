"""The role-marking word classes of data/lexicons/event_roles.tsv, read by
:mod:`hadath.events.roles` and the modules that mark who did what."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Container, NamedTuple, Sequence

from hadath.events.lexicons import function_words, word_classes, word_pairs
from hadath.events.toll_words import toll_words
from hadath.events.wordbits import TOPIC, within
from hadath.events.tuning import WINDOWS
from hadath.events.taxonomy import GATHERINGS, NON_STATE_ARMED
from hadath.mentions.actor_refs import umbrella
from hadath.text.clitics import clitics
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import DocIndex

ROLE_WORDS = "lexicons/event_roles.tsv"


QUOTE_MARKS = frozenset('"«»“”')  # quotation marks: scare quotes around one word ("تحييد")


class RoleWords(NamedTuple):
    """The word classes of data/lexicons/event_roles.tsv (see its header), normalized."""
    agent: frozenset[str]
    agent_pair: frozenset[str]
    patient: frozenset[str]
    member: frozenset[str]
    member_head: frozenset[str]
    between: frozenset[str]
    mourn: frozenset[str]
    target: frozenset[str]
    subject_left: frozenset[str]
    self_pronoun: frozenset[str]
    time: frozenset[str]
    lam_gap: frozenset[str]
    lam: frozenset[str]
    by: frozenset[str]
    partitive: frozenset[str]
    conj: frozenset[str]
    owned_by: frozenset[str]
    unit_part: frozenset[str]
    guard_post: frozenset[str]
    targeting: frozenset[str]
    partner: frozenset[str]
    light: frozenset[str]
    member_in: frozenset[str]
    launched: frozenset[str]
    launched_at: frozenset[str]
    unaccusative: frozenset[str]
    affiliation: frozenset[str]
    affiliation_glue: frozenset[str]
    mobile: frozenset[str]
    source: frozenset[str]
    fire_from: frozenset[str]
    fire_manner: frozenset[str]
    jail: frozenset[str]
    irregular: frozenset[str]
    medium: frozenset[str]
    via: frozenset[str]
    employed: frozenset[str]
    employer_prep: frozenset[str]
    aim: frozenset[str]
    matter: frozenset[str]
    topic: frozenset[str]
    aircraft: frozenset[str]
    plural_verb_end: frozenset[str]
    fem_verb_end: frozenset[str]
    masc_plural_end: frozenset[str]
    plural_look_not: frozenset[str]
    fem_noun_end: frozenset[str]
    fem_look_not: frozenset[str]
    masc_verb_not_start: frozenset[str]
    own_suffix: frozenset[str]
    rank: frozenset[str]
    ally: frozenset[str]
    ally_glue: frozenset[str]
    spared_not: frozenset[str]
    spared_harm: frozenset[str]
    foil: frozenset[str]
    when: frozenset[str]
    control: frozenset[str]
    post_shared: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    return word_classes(ROLE_WORDS, RoleWords, shared=("conj",))


def foiler(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The actor at tokens[start:end] is the subject of a foil verb right before or after it
    (event_roles.tsv foil: أحبطت قوى الأمن هجوما، الشرطة أفشلت): the side the foiled act was
    aimed at, never its doer."""
    foil = role_words().foil
    return start >= 0 and any(0 <= k < len(tokens) and tokens[k].sentence == tokens[start].sentence
                              and not foil.isdisjoint(tokens[k].forms) for k in (start - 1, end))


@lru_cache(maxsize=1)
def agent_pairs() -> frozenset[tuple[str, ...]]:
    """Two-word agent markers as word pairs (من قبل → ("من", "قبل"))."""
    return word_pairs(role_words().agent_pair)


def acts_on(tokens: Sequence[Token], end: int) -> bool:
    """A patient marker (على، ضد، بحق) within two words after the people ending at ``end``,
    not an agent pair (على يد): they are the verb's subject, the one marked its object."""
    w = role_words()
    pairs = agent_pairs()
    for k in range(end, min(len(tokens), end + 2)):
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if tokens[k].norm in w.patient and (tokens[k].norm, nxt) not in pairs:
            return True
    return False


def owner_past_units(tokens: Sequence[Token], start: int, lo: int) -> int:
    """Where تابعة stands when only nouns of a force's branch or unit (event_roles.tsv unit_part,
    the first with ل) separate it from the actor at ``start`` (مروحيات تابعة لسلاح جو جيش
    الاحتلال، مسيرة تابعة لقيادة قوات التحالف): that actor owns what came before تابعة; else -1."""
    w = role_words()
    k = start - 1
    while k >= lo and start - k <= WINDOWS.owner_chain and not w.unit_part.isdisjoint(tokens[k].forms):
        k -= 1
    units = k + 1
    if units == start or not tokens[units].has_proclitic(w.lam) or k < lo or w.owned_by.isdisjoint(tokens[k].forms):
        return -1
    return k


def owned(tok: Token) -> bool:
    """A noun with a third-person possessive suffix in one of its segmentations (غاراتها)."""
    return any(seg[2] in role_words().own_suffix for seg in tok.word_type.segs)


def ranked(tokens: Sequence[Token], lo: int, start: int) -> int:
    """2 when a rank phrase (برتبة مقدم) stands in the few words before ``start``: a speaker's
    title (قال ضابط برتبة مقدم في الشرطة) is that much longer, 0 otherwise."""
    words = role_words().rank
    return 2 if any(tokens[k].norm in words for k in range(max(lo, start - 4), start)) else 0


def among_the_dead(toks: Sequence[Token], start: int, lo: int) -> bool:
    """The actor at ``start`` is the group some of the victims belonged to (خمسة أشخاص، بينهم
    ثلاثة في حزب الله، منهم اثنان من عناصر X): a share word (toll_words ``share_among``) a few
    words before it and في/من right before it (or before one noun)."""
    w, inside, source = toll_words(), function_words("in"), function_words("from")
    k = start - 1
    if k > lo and toks[k].norm not in inside and toks[k].norm not in source:
        k -= 1  # (من عناصر حزب الله)
    return k >= lo and (toks[k].norm in inside or toks[k].norm in source) and any(
        toks[j].norm in w.share_among for j in range(max(lo, k - 3), k))


def support_before(tokens: Sequence[Token], start: int, named: Container[int] = ()) -> bool:
    """A support word (function_words ``support``: مدعوما بسلاح الجو، بحماية جنود) one or two
    words before ``start``: the actor there is a side's means or escort, no side. A word inside
    an actor's name (``named``: قوات الدعم السريع والجيش السوداني) supports no one."""
    words = function_words("support")
    return any(not words.isdisjoint(tokens[k].forms) and k not in named and _reaches(tokens, k, start)
               and not backers(tokens, k) for k in range(max(0, start - 3), start))


def backers(tokens: Sequence[Token], k: int) -> bool:
    """The support noun at ``k`` follows a noun of persons or cells (function_words
    ``support_member``): عنصر دعم للجماعات الإرهابية، خلايا إسناد لتنظيم داعش name people who
    back the group - its own members for ACLED, so the group after is a side (the people arrested),
    not a side's means (a participle, عناصر مدعومة من تركيا, still names the backer)."""
    return k >= 1 and not function_words("support/noun").isdisjoint(tokens[k].forms) \
        and not function_words("support_member").isdisjoint(tokens[k - 1].forms)


def _reaches(tokens: Sequence[Token], k: int, start: int) -> bool:
    """The support word at ``k`` governs the word at ``start``: one or two words after it, or three
    when من follows it (المدعومة من قوات بعثة الاتحاد الأفريقي: the supporter's force noun between)."""
    return start - k <= 2 or tokens[k + 1].norm in function_words("from")


def group_described(tokens: Sequence[Token], start: int, ends: Container[int]) -> bool:
    """The actor at ``start`` only describes the group named before it, set off by a comma: a
    noun of a branch (function_words ``branch``: ذراع، فرع، جناح) after the comma and at most
    two words more (جبهة النصرة، ذراع تنظيم القاعدة في سوريا، الجناح العسكري لحركة X): the
    group it belongs to, no side of its own."""
    branch, conj = function_words("branch"), tuple(role_words().conj)
    return any(k >= 1 and tokens[k - 1].kind == "punct" and (k - 1) in ends and not branch.isdisjoint(tokens[k].forms)
               and not tokens[k].norm.startswith(conj) for k in range(max(1, start - 3), start))
    # (a list goes on with و: قوات الجيش، وفرع الأمن العسكري - a side of its own)


def supported(tokens: Sequence[Token], a: int, b: int, named: Container[int] = (), at: list[int] | None = None) -> set[int]:
    """The tokens of [a, b) that :func:`support_before` holds: the two after each support word -
    and the site after a source word (مصدرها مواقع قوات النظام: where the fire came from, no
    target). ``at``: wordbits.SUPPORT's tokens (the loop reads only those) or None."""
    words, source = function_words("support"), role_words().source
    return {j for k in (range(a, b) if at is None else within(at, a, b)) if (not words.isdisjoint(tokens[k].forms) and k not in named)
            or tokens[k].norm in source for j in (k + 1, k + 2, k + 3) if j < b and _reaches(tokens, k, j)}


def actor_tokens(ix: "DocIndex", sent: int) -> frozenset[int]:
    """The tokens inside the actor mentions of sentence ``sent``, once per document (read by
    every frame of the sentence: its slots, its target, its weapon's owner)."""
    key = ("actor_tokens", sent)
    got = ix.memo.get(key)
    if got is None:
        got = ix.memo[key] = frozenset(k for loc in ix.get("actor", sent) for k in range(loc.start, loc.end))
    return got


def topic_tokens(ix: "DocIndex", sent: int) -> frozenset[int]:
    """The tokens of sentence ``sent`` that tell what a gathering told before them was about:
    from a topic word (تندد، احتجاجا على، للمطالبة) to the end of its clause (مظاهرة تندد
    بالغارات الإسرائيلية: the Israeli strikes are no side of the protest), once per document."""
    key = ("topic", sent)
    got = ix.memo.get(key)
    if got is None:
        toks, words = ix.doc.tokens, role_words().topic
        gatherings = [loc.start for loc in ix.get("trigger", sent)
                      if loc.mention.value.event_type in GATHERINGS]
        lo, hi = ix.bounds.get(sent, (0, 0))
        out: set[int] = set()
        for k in within(ix.positions[TOPIC], lo, hi):   # (the topic words of the sentence)
            if toks[k].norm in words and any(g < k for g in gatherings):
                out.update(range(k + 1, ix.scan.clause(k, k + 1)[1]))
        got = ix.memo[key] = frozenset(out)
    return got


def target_noun(tok: Token) -> bool:
    """A noun of what a strike hits, also in its indefinite accusative (تجمعا، موقعا)."""
    w = role_words()
    acc = clitics().accusative
    return not w.target.isdisjoint(tok.forms) or (tok.norm.endswith(acc) and tok.norm[:-len(acc)] in w.target)


def held_post(tok: Token) -> bool:
    """The first word of an actor named by a fixed post or building it holds (مركز شرطة، حاجز
    أمني، ثكنة عسكرية): an indefinite target noun, not a unit that moves and may act (دورية
    للشرطة) nor an institution's name (المكتب المركزي)."""
    return target_noun(tok) and role_words().mobile.isdisjoint(tok.forms) \
        and not any(map(clitics().definite, tok.forms))


def told_in(tokens: Sequence[Token], a: int, b: int) -> bool:
    """tokens[a:b] name the statement or recording a speaker told an act in (في بيان، في تسجيل
    مصور، عبر حسابه): a preposition, a ``medium`` word, at most two words more."""
    w = role_words()
    return 2 <= b - a <= 4 and (tokens[a].norm in function_words("in") or tokens[a].norm in w.via) \
        and not w.medium.isdisjoint(tokens[a + 1].forms) and all(t.kind == "word" for t in tokens[a + 2:b])


def employer(tokens: Sequence[Token], start: int) -> bool:
    """The actor at ``start`` is whom a person named before it works for (مترجما يعمل في قاعدة
    عسكرية أمريكية، موظف لدى الأمم المتحدة): the victim's employer, no side of the act."""
    w = role_words()
    return start >= 2 and tokens[start - 1].norm in w.employer_prep and not w.employed.isdisjoint(tokens[start - 2].forms)


def parent_ministry(tokens: Sequence[Token], start: int, ends: Container[int]) -> bool:
    """The ministry at ``start`` is the one the force named right before it belongs to (function
    words ``tied_to``, ``tied_verb`` after a relative, ``ministry``: الدرك الوطني التابع لوزارة
    الدفاع، جهاز الدرك الذي يتبع وزارة الدفاع): the force's parent, no side - the force acts."""
    if start < 2 or function_words("ministry").isdisjoint(tokens[start].forms):
        return False
    k = start - 1
    if not function_words("tied_to").isdisjoint(tokens[k].forms):
        return k in ends
    return not function_words("tied_verb").isdisjoint(tokens[k].forms) \
        and not function_words("relative").isdisjoint(tokens[k - 1].forms) and (k - 1) in ends


def plural_subject(tok: Token) -> bool:
    """An active verb whose own ending is its plural subject (هاجموا، يهاجمون): a name right after
    it is its object - a verb before its named subject stays singular (هاجم مسلحون)."""
    return tok.norm.endswith(tuple(role_words().plural_verb_end))


def disagrees(verb: Token, head: Token) -> bool:
    """The verb cannot have the name ``head`` as its subject: a past verb in the feminine
    singular (event_roles.tsv fem_verb_end: فجرت، قصفت) and a name headed by a sound masculine
    plural or dual (masc_plural_end: المسلحون، الضابطين) - a verb after its subject agrees with
    it (فجروا، قصفوا), so the name is not its subject (بأحد الضابطين فجرت عن بعد: the bomb
    exploded); or a masculine singular verb and a definite feminine singular name
    (:func:`_fem_before_masc`). Broken plurals (قوات، الطائرات) take the feminine singular and
    agree. Asked of the name right before the verb, and by events.roles of the one right after
    it (a verb before its subject agrees with it in gender: هاجمت قوات الجيش، هاجم المسلحون)."""
    w = role_words()
    norm = head.norm
    return (verb.norm.endswith(tuple(w.fem_verb_end)) and len(norm) >= 5
            and norm.endswith(tuple(w.masc_plural_end)) and norm not in w.plural_look_not
            and not any(a.stem in w.plural_look_not for a in head.analyses)) or _fem_before_masc(verb, head)


def _fem_before_masc(verb: Token, head: Token) -> bool:
    """A definite feminine singular name (event_roles.tsv fem_noun_end: الشرطة، الحكومة) right
    before a masculine singular verb (هاجم، يقصف: no feminine or plural ending, no opening that
    may be a feminine imperfect): a verb after its subject agrees with it (الشرطة هاجمت), so the
    name is not its subject - unless it names a man (fem_look_not: الخليفة)."""
    w = role_words()
    v = verb.norm
    return len(v) >= 3 and not v.endswith(tuple(w.fem_verb_end | w.plural_verb_end)) \
        and not v.startswith(tuple(w.masc_verb_not_start)) and not v.startswith(tuple(toll_words().article)) \
        and head.norm.endswith(tuple(w.fem_noun_end)) and head.has_proclitic(toll_words().article) \
        and w.fem_look_not.isdisjoint(head.forms)


def object_suffixed(tok: Token) -> bool:
    """The verb carries an object pronoun (قصفته، استهدفتهما، قتلهم): its subject is named after
    it, not before."""
    ends = _object_pronouns()
    return any(a.suffix and a.suffix in ends for a in tok.analyses[1:])


def suffixed_act_noun(tok: Token) -> bool:
    """A verbal noun of an act carrying an object pronoun (توقيفها، اعتقاله، اختطافهم): من right
    after it names who did it (بعد توقيفها من شرطة الأخلاق)."""
    ends = _object_pronouns()
    nouns = _act_nouns()
    return any(a.suffix and a.suffix in ends and a.stem in nouns for a in tok.analyses[1:])


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """The one-word verbal nouns of the trigger lexicon whose genitive is the one acted on
    (nrole ``patient``: اعتقال، توقيف، قتل، اختطاف)."""
    from hadath.events.lexicons import one_word_forms

    return one_word_forms(lambda row: row.get("nrole") == "patient", ("noun",))


@lru_cache(maxsize=1)
def _object_pronouns() -> frozenset[str]:
    """The pronoun suffixes of one, two and more (event_tolls.tsv, triggers_context.tsv)."""
    from hadath.events.toll_words import toll_words
    from hadath.mentions.trigger_context import context

    w = toll_words()
    return w.pronoun_one | w.pronoun_two | frozenset(context().human_suffixes)


def group_after_partitive(tokens: Sequence[Token], cur, slots, members: bool = False):
    """The named actor among ``slots`` that names the group of the generic actor ``cur`` right
    after من (مسلحين من تنظيم داعش; with ``members`` also past member nouns: مسلحين من عناصر
    جماعة X), or None."""
    w = role_words()
    if cur is not None and cur.start >= 0 and cur.end + 1 < len(tokens) and umbrella(cur.ref) \
            and tokens[cur.end].norm in function_words("in"):
        # فصائل المعارضة في "الجيش الوطني": the named group the umbrella name is specified by
        k = cur.end + 1 + (tokens[cur.end + 1].kind == "punct")
        return next((s for s in slots if s.start == k and s.ref.kind == "named" and not umbrella(s.ref)), None)
    if cur is None or cur.start < 0 or cur.ref.kind != "generic" or cur.end >= len(tokens) \
            or tokens[cur.end].norm not in w.partitive:
        return None
    k = cur.end + 1
    while members and k < len(tokens) and not w.member.isdisjoint(tokens[k].forms) and k - cur.end <= 3:
        k += 1
    return next((s for s in slots if s.start == k and (s.ref.kind == "named" or names_the_unidentified(cur.ref, s.ref))),
                None)


def names_the_unidentified(cur, ref) -> bool:
    """A group named by a generic name of its own - a communal or ethnic militia (inter 4:
    العشائر البدوية، الفصائل الدرزية), the Islamic State of the event's country (داعش), an
    Iranian-backed militia - names the unidentified armed men before من (مجموعات مسلحة من العشائر
    البدوية، مسلحون من داعش) as a named group does."""
    return ref.kind == "generic" and ref.inter in NON_STATE_ARMED and cur.inter == 2 and cur.name.startswith("Unidentified") \
        and not ref.name.startswith("Unidentified")

