"""Speakers of statements and the pronoun / anaphor references that point back to them.

- **Speaker of a sentence**: a named actor right after a speech verb or statement noun
  (``قالت|أعلنت|أضافت|أكدت ... X``، ``بيان لـ X``، ``المتحدث باسم X``) or right before one
  (``X في بيان``، ``X قالت``). A sentence with a speech verb or statement noun but no named actor
  (``وأضافت في بيان لها``) keeps the previous speaker. The speaker carries forward through the
  document: a statement's later paragraphs are still the speaker's words.
- **First person** (``قواتنا، مقاتلينا، عناصرنا، شهدائنا``) → the current speaker; before any
  speaker is named, the first one named later; with no speaker at all, the document's most
  frequent named actor at low confidence.
- **Third person** (``عناصرها، قواته، مقاتليهم``) → the speaker named in that very sentence
  (``أعلنت قسد أن عناصرها``), otherwise the nearest named armed actor earlier in the same or the
  previous sentence (inside a quoted statement "its" is not the speaker, who says "our").
- **Anaphors** (``التنظيم، الحركة، الجماعة، الحزب، الهيئة``) → the last named group whose own
  name has that head (``تنظيم داعش`` → التنظيم); nothing when the document names none.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence

from hadath.resources import word_roles
from hadath.text.clitics import clitics
from hadath.text.vocab import WordType
from hadath.types import ActorRef, Mention, Token

WORDS_FILE = "lexicons/actors_words.tsv"
ANAPHORS_FILE = "lexicons/actors_anaphors.tsv"

if TYPE_CHECKING:
    from hadath.mentions.actors import ActorMatch
    from hadath.mentions.actors_lexicon import ActorLexicon


class SpeakerWords(NamedTuple):
    """The word classes of ``lexicons/actors_words.tsv`` this module reads (normalized)."""
    speech_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    group_nouns: frozenset[str]      # nouns that take a possessive pointing at an armed actor
    first_person: tuple[str, ...]    # pronoun suffixes: our
    third_person: tuple[str, ...]    # its, his, their
    third_masculine: frozenset[str]  # his, its (one masculine thing)
    feminine_end: tuple[str, ...]    # the endings of a noun marked feminine (ة، ات, normalized)
    cues: frozenset[str]             # speech verbs and statement nouns
    cue_prefixes: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    roles = word_roles(WORDS_FILE)
    get = lambda role: roles.get(role, frozenset())  # noqa: E731
    prefixes = frozenset({(), *(tuple(p.split()) for p in get("cue_prefix"))})
    return SpeakerWords(get("speech_verb"), get("statement_noun"), get("group_noun"),
                        tuple(get("first_person")), tuple(get("third_person")),
                        get("third_masculine"), tuple(get("feminine_end")),
                        get("speech_verb") | get("statement_noun"), prefixes)


def statement_noun(tok: Token) -> bool:
    """The token is a statement noun (actors_words.tsv ``statement_noun``: بيان، المتحدث، مصدر):
    an actor right after it is the one the statement speaks for (بيان الجيش، المتحدث باسم قوات X)."""
    return not speaker_words().statement_nouns.isdisjoint(tok.forms)


_ID = attrgetter("id")
CONF_FIRST, CONF_THIRD, CONF_ANAPHOR, CONF_NO_SPEAKER = 0.8, 0.6, 0.6, 0.4
CONF_DEFAULT = 0.4  # an anaphor read by the report's country (actors_anaphors.tsv)
WINDOW = 5


def word_role(wt: WordType, heads: dict) -> int:
    """1: a speech cue, 2: a possessed group noun or an anaphor head, 0: neither; from a
    word type's segmentations."""
    sw = speaker_words()
    cues, cue_prefixes, group_nouns = sw.cues, sw.cue_prefixes, sw.group_nouns
    for prefixes, stem, suffix, _, _ in wt.segs:  # Token.analyses without spans
        if stem in cues and prefixes in cue_prefixes:
            return 1
        if (suffix and stem in group_nouns) or stem in heads:
            return 2
    return 0


def _word_role(wt: WordType, heads: dict, memo: dict[int, int]) -> int:
    """:func:`word_role`, memoized per word type (``memo``: a vocabulary fact table)."""
    role = memo[wt.id] = word_role(wt, heads)
    return role


def _speakable(m: "ActorMatch") -> bool:
    return m.ref.kind in ("named",) and m.entry is not None and m.entry.inter != 7


def _speakers(tokens: Sequence[Token], matches: list["ActorMatch"], cue_tokens: list[int]
              ) -> tuple[dict[int, "ActorMatch"], dict[int, "ActorMatch"]]:
    """(explicit, carried): the speaker named in a sentence, and per sentence the speaker in
    force there (named or carried from an earlier statement sentence)."""
    by_start = {m.start: m for m in matches if _speakable(m)}
    by_end = {m.end: m for m in matches if _speakable(m)}
    speakers: dict[int, ActorMatch] = {}
    cue_sents: set[int] = set()
    for i in cue_tokens:
        s = tokens[i].sentence
        cue_sents.add(s)
        if s in speakers:
            continue
        found = None
        for j in range(i + 1, min(i + 1 + WINDOW, len(tokens))):
            if tokens[j].sentence != s:
                break
            if j in by_start:
                found = by_start[j]
                break
        if found is None:
            for e in range(i, max(i - 3, -1), -1):
                if e in by_end and tokens[e - 1].sentence == s:
                    found = by_end[e]
                    break
        if found is not None:
            speakers[s] = found
    # carry the last speaker into later statement sentences without their own speaker
    carried = dict(speakers)
    current = None
    for s in sorted(cue_sents | set(speakers)):
        if s in speakers:
            current = speakers[s]
        elif current is not None:
            carried[s] = current
    return speakers, carried


def _pronoun_ref(src: "ActorMatch") -> ActorRef:
    r = src.ref
    return ActorRef(name=r.name, inter=r.inter, country=r.country, kind="pronoun", actor_id=r.actor_id)


def resolve_references(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
                       text: str) -> list[Mention]:
    """Pronoun and anaphor mentions (see module doc) given the document's actor matches."""
    memo = lex._word_roles
    heads = lex.heads
    wts = [t.word_type for t in tokens]
    roles = [_word_role(wt, heads, memo) if r is None else r
             for r, wt in zip(map(memo.get, map(_ID, wts)), wts)]
    flagged = [(i, roles[i]) for i in compress(range(len(tokens)), roles)]
    return references(tokens, matches, lex, text, flagged)


@lru_cache(maxsize=1)
def anaphor_defaults() -> dict[str, dict[str, tuple[str, date | None, date | None]]]:
    """anaphor head -> {country: (actor_id, since, until)}: the group the head means when the
    report names none, in reports published from ``since`` to ``until`` (lexicons/actors_anaphors.tsv)."""
    from hadath.resources import load_tsv
    from hadath.text.normalize import normalize_key

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    out: dict[str, dict[str, tuple[str, date | None, date | None]]] = {}
    for r in load_tsv(ANAPHORS_FILE):
        out.setdefault(normalize_key(r["head"]), {})[r["country"]] = (
            r["actor_id"], day(r.get("since")), day(r.get("until")))
    return out


def _default_ref(lex: "ActorLexicon", head: str, focus: Callable[[], str | None],
                 published: date | None) -> ActorRef | None:
    """The group ``head`` means in the report's country and time (asked only for a head that has
    one): in 2007 Iraqi news التنظيم is no Islamic State."""
    by_country = anaphor_defaults().get(head)
    actor_id, since, until = by_country.get(focus() or "", ("", None, None)) if by_country else ("", None, None)
    e = lex.entries.get(actor_id)
    if e is None or (published is not None and ((since is not None and published < since)
                                                or (until is not None and published > until))):
        return None
    return ActorRef(name=e.name, inter=e.inter, country=e.country, kind="pronoun", actor_id=e.actor_id)


def references(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
               text: str, flagged: list[tuple[int, int]],
               focus: Callable[[], str | None] = lambda: None,
               published: date | None = None) -> list[Mention]:
    """:func:`resolve_references` given ``flagged``: (token index, :func:`word_role`) of every
    token whose role is not 0, in order. ``focus``: the country the report is about, asked for
    an anaphor with no group to point back to (:func:`anaphor_defaults`), ``published`` the
    report's date."""
    if not flagged:
        return []
    focus = cache(focus)  # (the country focus is a scan of the document: once at most)
    covered = set()
    for m in matches:
        covered.update(range(m.start, m.end))
    cue_tokens: list[int] = []
    candidates: list[int] = []
    for i, role in flagged:
        if tokens[i].kind != "word" or i in covered:
            continue
        if role == 1:
            cue_tokens.append(i)
        else:
            candidates.append(i)
    if not candidates:  # only candidates yield mentions
        return []
    explicit, speakers = _speakers(tokens, matches, cue_tokens)
    ordered_speakers = sorted(speakers.items())
    named = [m for m in matches if _speakable(m)]
    frequent = Counter(m.ref.actor_id for m in named).most_common(1)
    fallback = next((m for m in named if frequent and m.ref.actor_id == frequent[0][0]), None)
    out: list[Mention] = []

    def current_speaker(s: int) -> "ActorMatch | None":
        before = [m for k, m in ordered_speakers if k <= s]
        if before:
            return before[-1]
        return ordered_speakers[0][1] if ordered_speakers else None

    sw = speaker_words()
    resolved: list[tuple[int, "ActorMatch"]] = []  # (token, source) of the anaphors read so far

    def antecedent(i: int, s: int, masculine: bool) -> "ActorMatch | None":
        """The last group named before ``i`` (by name, or by an anaphor read: وأفاد الحزب بأن
        مقاتليه) - for a masculine suffix (عناصره) not one whose head is marked feminine (قوات
        إسرائيلية): the suffix agrees with what it points back to."""
        heads = [(m.start, m.end, m) for m in named if m.entry and m.entry.inter != 7] + [
            (k, k + 1, m) for k, m in resolved]
        for start, end, m in sorted(heads, key=lambda h: h[1], reverse=True):
            if end <= i and tokens[start].sentence >= s - 1 and not (
                    masculine and tokens[start].norm.endswith(sw.feminine_end)):
                return m
        return None

    group_nouns, first_person, third_person = sw.group_nouns, sw.first_person, sw.third_person
    article = clitics().article
    for i in candidates:
        tok = tokens[i]
        s = tok.sentence
        src: ActorMatch | None = None
        conf = 0.0
        for an in tok.analyses:
            if an.stem not in group_nouns or not an.suffix:
                continue
            if an.suffix in first_person:
                src = current_speaker(s)
                conf = CONF_FIRST
                if src is None:
                    src, conf = fallback, CONF_NO_SPEAKER
            elif an.suffix in third_person:
                # inside a statement the speaker says "we": "its" is someone else unless the
                # speaker is named in this very sentence (أعلنت قسد أن عناصرها ...)
                src = explicit.get(s) or antecedent(i, s, an.suffix in sw.third_masculine)
                conf = CONF_THIRD
            break
        else:
            head = next((an.stem for an in tok.analyses
                         if article in an.prefixes and an.stem in lex.heads and not an.suffix), None)
            if head is not None:
                ids = {e.actor_id for e in lex.heads[head]}
                prior = [m for m in named if m.entry and m.entry.actor_id in ids and m.end <= i]
                later = [m for m in named if m.entry and m.entry.actor_id in ids and m.start > i]
                src = prior[-1] if prior else (later[0] if later else None)
                conf = CONF_ANAPHOR
                if src is not None:
                    resolved.append((i, src))
                if src is None and (ref := _default_ref(lex, head, focus, published)) is not None:
                    out.append(Mention("actor", tok.span, tok.span.of(text), ref, s, CONF_DEFAULT))
                    continue  # خلايا التنظيم in a Syrian report naming no group: the Islamic State
        if src is not None:
            out.append(Mention("actor", tok.span, tok.span.of(text), _pronoun_ref(src), s,
                               round(min(conf, src.confidence), 3)))
    return out
