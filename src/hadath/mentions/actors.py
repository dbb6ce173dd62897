"""The ``actors`` stage: ACLED-style actor mentions with country focus and speaker resolution.

How a mention is found and resolved:

1. **Matching.** One phrase trie (:mod:`hadath.mentions.actors_lexicon`) over the clitic-aware
   tokens, longest match first: ``وقوات سوريا الديمقراطية``، ``لداعش``، ``بالحشد الشعبي``. A
   single-word indefinite alias does not match through a definite article the lexicon does not
   list (``مدني`` matches ``مدني`` but not the adjective in ``الدفاع المدني``), and an armed or
   state alias carrying a pronoun suffix (``جنودنا``) is left to the pronoun step.
2. **Country focus.** The same pass counts country cues: names, nisba adjectives and major
   cities (``سوريا``، ``العراقي``، ``صنعاء``), plus the countries of unambiguous named actors
   (``قسد`` → Syria, weight 1 for non-state actors, 0.5 for state forces, 0 for external
   forces), the first sentence (headline or dateline) counting double and
   ``PipelineConfig.country_focus`` adding a strong prior. Scores are kept per document and per
   sentence; a mention is scored against ``document + 2 × its sentence``.
3. **Resolution.** Candidates are first filtered by publication date (``from``/``until``: the
   Syrian state forces are "(2000-2024)" before 2024-12-08 and "(2024-)" from then on; an undated
   article gets the earlier name). Among several candidates the one whose ``where`` countries
   score highest wins (``قوى الأمن الداخلي``: Asayish in a Syria focus, the Internal Security
   Forces of Lebanon in a Lebanon focus). A bare state noun (``الجيش``، ``الشرطة``، ``سلاح الجو``)
   resolves to that role of the focus country (``الجيش`` in a Gaza story → the Israeli army,
   whose ``where`` includes Palestine); with no focus it stays ``Military Forces of {country}``
   (kind ``state-generic``) for the geocoder to fill. Generic actors (``Civilians ({country})``)
   keep the placeholder.
4. **Speakers and pronouns** (:mod:`hadath.mentions.actors_speaker`): ``قواتنا`` → the
   statement's speaker, ``عناصرها`` → the speaker or the nearest preceding actor, ``التنظيم`` →
   the last named group called تنظيم; emitted as ``ActorRef(kind="pronoun")``.

``ActorRef.kind`` is ``named`` (a specific actor), ``generic`` (placeholder name),
``state-generic`` (a state role whose country is unknown) or ``pronoun``. The lexicon's own
type (state, rebel, militia, ...) is on :class:`ActorEntry` (``actor_lexicon().entries[id]``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar, Iterable, Sequence

from hadath.mentions.actors_lexicon import ActorEntry, ActorLexicon, Hit, actor_lexicon
from hadath.text.matcher import Match
from hadath.types import ActorRef, Doc, Mention, Span, Token

__all__ = ["ActorStage", "ActorMatch", "actor_lexicon", "match_actors", "country_focus",
           "inter_for", "primary_name"]

_ARMED_INTERS = frozenset({1, 2, 3, 4, 5, 8})
CONF_NAMED, CONF_CHOSEN, CONF_FALLBACK = 0.95, 0.85, 0.5
CONF_GENERIC, CONF_STATE_FOCUS, CONF_STATE_UNKNOWN = 0.75, 0.8, 0.6
HEADLINE_WEIGHT, PRIOR_WEIGHT, SENTENCE_WEIGHT = 2.0, 3.0, 2.0


@dataclass(frozen=True)
class ActorMatch:
    """A matched alias: token range, original span, the candidates and the chosen reading."""
    start: int
    end: int
    span: Span
    key: str
    sentence: int
    candidates: tuple[ActorEntry, ...]
    ref: ActorRef
    confidence: float
    entry: ActorEntry | None = None   # the chosen lexicon entry (None when nothing fits)


@dataclass
class Focus:
    """Country scores for a document and for each sentence."""
    doc: Counter
    sentences: dict[int, Counter]

    def top(self) -> str | None:
        return self.doc.most_common(1)[0][0] if self.doc else None

    def score(self, country: str, sentence: int) -> float:
        local = self.sentences.get(sentence)
        return self.doc.get(country, 0.0) + (SENTENCE_WEIGHT * local.get(country, 0.0) if local else 0.0)

    def best(self, sentence: int) -> str | None:
        scores = Counter(self.doc)
        for c, v in self.sentences.get(sentence, Counter()).items():
            scores[c] += SENTENCE_WEIGHT * v
        return max(scores, key=lambda c: scores[c]) if scores else None


def _raw_matches(tokens: Sequence[Token], lex: ActorLexicon) -> list[Match[Hit]]:
    out: list[Match[Hit]] = []
    isdisjoint = lex.first_words.isdisjoint
    match_at = lex.matcher.match_at
    i = 0
    # tokens whose forms (Token._info[1]) hold the first word of some key
    for c in [k for k, t in enumerate(tokens) if t.kind != "punct" and not isdisjoint(t._info[1])]:
        if c < i:
            continue
        m = match_at(tokens, c)
        if m is None or not _acceptable(m, tokens[c]):
            continue
        out.append(m)
        i = m.end
    return out


def _acceptable(m: Match[Hit], first: Token) -> bool:
    head = m.key.split(" ", 1)[0]
    # the first word must match without an article the key does not have
    if not any(seg[1] == head and "ال" not in seg[0] for seg in first._info[0]):
        return False
    if m.end - m.start == 1 and m.suffix and m.value.actors:
        # جنودنا، قواتها: pronoun references are resolved by the speaker step
        if any(e.inter in _ARMED_INTERS for e in m.value.actors):
            return False
    return True


def _focus(raw: list[Match[Hit]], tokens: Sequence[Token], published: date | None,
           prior: Iterable[str] = ()) -> Focus:
    doc: Counter = Counter()
    sents: dict[int, Counter] = defaultdict(Counter)
    for c in prior:
        doc[c] += PRIOR_WEIGHT
    for m in raw:
        s = tokens[m.start].sentence
        weight = HEADLINE_WEIGHT if s == 0 else 1.0
        hit = m.value
        if hit.country:
            doc[hit.country] += weight
            sents[s][hit.country] += 1.0
            continue
        named = [e for e in hit.actors if not e.is_generic and e.kind != "state-generic"]
        dated = [e for e in named if e.valid_on(published)] or named
        if len(dated) != 1 or len({e.actor_id for e in hit.actors}) != 1:
            continue
        e = dated[0]
        if e.kind == "external" or e.inter == 8:
            continue
        if e.kind == "state":
            if e.country:
                doc[e.country] += 0.5 * weight
                sents[s][e.country] += 0.5
        elif e.where:
            for w in e.where:
                doc[w] += weight / len(e.where)
                sents[s][w] += 1.0 / len(e.where)
    return Focus(doc, dict(sents))


def country_focus(tokens: Sequence[Token], published: date | None = None,
                  prior: Iterable[str] = ()) -> list[tuple[str, float]]:
    """Countries a document is about, best first, with their scores (see module doc)."""
    lex = actor_lexicon()
    return _focus(_raw_matches(tokens, lex), tokens, published, prior).doc.most_common()


_SPLIT_MEMO: dict[tuple[int, date | None], tuple] = {}


def _split(cands: tuple[ActorEntry, ...], published: date | None
           ) -> tuple[list[ActorEntry], list[ActorEntry]]:
    """(specific, generic) candidates valid on ``published``; memoized per lexicon key."""
    hit = _SPLIT_MEMO.get((id(cands), published))
    if hit is not None and hit[0] is cands:
        return hit[1], hit[2]
    dated = tuple(e for e in cands if e.valid_on(published)) or cands
    specific = [e for e in dated if not e.is_generic and e.kind != "state-generic"]
    generic = [e for e in dated if e.is_generic or e.kind == "state-generic"]
    if len(_SPLIT_MEMO) >= 100_000:
        _SPLIT_MEMO.clear()
    _SPLIT_MEMO[(id(cands), published)] = (cands, specific, generic)  # holds cands: id stays unique
    return specific, generic


def _resolve(cands: tuple[ActorEntry, ...], sentence: int, focus: Focus, published: date | None,
             lex: ActorLexicon) -> tuple[ActorEntry | None, str, float]:
    specific, generic = _split(cands, published)
    chosen: ActorEntry | None = None
    conf = CONF_NAMED
    if len(specific) == 1 and not generic:
        chosen = specific[0]
    elif specific:
        scored = [(max((focus.score(w, sentence) for w in e.where), default=0.0), -i, e)
                  for i, e in enumerate(specific)]
        best = max(scored, key=lambda t: (t[0], t[1]))
        if best[0] > 0:
            chosen, conf = best[2], CONF_CHOSEN
        elif not generic:
            chosen, conf = specific[0], CONF_FALLBACK
    if chosen is not None:
        return chosen, chosen.name, conf
    g = generic[0]
    if g.kind != "state-generic":
        return g, g.name, CONF_GENERIC
    country = focus.best(sentence)
    if country:
        concrete = lex.role_entry(g.role, country, published)
        if concrete is not None:
            return concrete, concrete.name, CONF_STATE_FOCUS
        return g, g.fill(country), CONF_STATE_FOCUS - 0.1
    return g, g.name, CONF_STATE_UNKNOWN


_REF_MEMO: dict[tuple[int, str], tuple[ActorEntry, ActorRef]] = {}


def _ref(entry: ActorEntry, name: str) -> ActorRef:
    hit = _REF_MEMO.get((id(entry), name))
    if hit is not None and hit[0] is entry:
        return hit[1]
    if entry.kind == "state-generic":
        kind = "state-generic" if "{country}" in name else "named"
    else:
        kind = "generic" if entry.is_generic else "named"
    country = entry.country
    if entry.kind == "state-generic" and "{country}" not in name:
        country = name.rsplit(" of ", 1)[-1]
    ref = ActorRef(name=name, inter=entry.inter, country=country, kind=kind, actor_id=entry.actor_id)
    if len(_REF_MEMO) >= 100_000:
        _REF_MEMO.clear()
    _REF_MEMO[(id(entry), name)] = (entry, ref)  # an immutable value, shared by its mentions
    return ref


def _match(tokens: Sequence[Token], published: date | None, prior: Iterable[str],
           lex: ActorLexicon) -> tuple[list[ActorMatch], Focus]:
    raw = _raw_matches(tokens, lex)
    focus = _focus(raw, tokens, published, prior)
    out: list[ActorMatch] = []
    for m in raw:
        if not m.value.actors:
            continue
        sent = tokens[m.start].sentence
        entry, name, conf = _resolve(m.value.actors, sent, focus, published, lex)
        if entry is None:
            continue
        out.append(ActorMatch(m.start, m.end, m.span, m.key, sent, m.value.actors,
                              _ref(entry, name), conf, entry))
    return out, focus


def match_actors(tokens: Sequence[Token], published: date | None = None,
                 country_focus: Iterable[str] = ()) -> list[ActorMatch]:
    """Actor aliases in ``tokens`` (non-overlapping, longest first), each resolved in the
    document's context. Pronoun references are not included (the stage adds them)."""
    return _match(tokens, published, tuple(country_focus), actor_lexicon())[0]


def inter_for(ref: ActorRef, event_country: str | None) -> int:
    """ACLED inter code in an event's country: state forces acting outside their own country
    are External/other forces (8)."""
    if ref.inter == 1 and ref.country and event_country and ref.country != event_country:
        return 8
    return ref.inter


def primary_name(ref: ActorRef) -> str:
    """ACLED codes Journalists, Women, Students ... as Civilians with an associated actor: the
    name to use as actor1/actor2 (the ref's own name goes to assoc_actor)."""
    entry = actor_lexicon().entries.get(ref.actor_id or "")
    assoc = entry.associated_with if entry else None
    return assoc or ref.name


class ActorStage:
    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:actor",)

    def __init__(self, config=None) -> None:
        self.config = config
        self.prior: tuple[str, ...] = tuple(getattr(config, "country_focus", ()) or ())

    def __call__(self, doc: Doc) -> Doc:
        from hadath.mentions.actors_speaker import resolve_references

        lex = actor_lexicon()
        published = doc.article.published
        matches, focus = _match(doc.tokens, published, self.prior, lex)
        new: list[Mention] = [
            Mention("actor", m.span, m.span.of(doc.text), m.ref, m.sentence, m.confidence)
            for m in matches
        ]
        new += resolve_references(doc.tokens, matches, lex, doc.text)
        new.sort(key=lambda mt: (mt.span.start, mt.span.end))
        return replace(doc, mentions=doc.mentions + tuple(new))
