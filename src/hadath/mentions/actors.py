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

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache, partial
from itertools import compress
from operator import attrgetter, is_
from typing import ClassVar, Iterable, NamedTuple, Sequence

from hadath.mentions.actor_marks import without_marks
from hadath.mentions.actor_refs import hit_as, inter_for, primary_name, umbrella
from hadath.mentions.actors_country import across_border, adjective_countries, family_nisba, feature_name
from hadath.mentions.actors_lexicon import ActorEntry, ActorLexicon, Hit, actor_lexicon
from hadath.mentions.actors_speaker import references, word_role
from hadath.mentions.actors_units import soldier_nouns, soldier_read, whereabouts
from hadath.mentions.places_facility import owner_head
from hadath.mentions.places_people import in_expression
from hadath.text.clitics import clitics
from hadath.text.vocab import WordType
from hadath.types import ActorRef, Doc, Mention, Span, Token

__all__ = ["ActorStage", "ActorMatch", "actor_lexicon", "match_actors", "country_focus",
           "inter_for", "primary_name", "hit_as", "umbrella"]

_ARMED_INTERS = frozenset({1, 2, 3, 4, 5, 8})
CONF_NAMED, CONF_CHOSEN, CONF_FALLBACK = 0.95, 0.85, 0.5
CONF_GENERIC, CONF_STATE_FOCUS, CONF_STATE_UNKNOWN = 0.75, 0.8, 0.6
HEADLINE_WEIGHT, PRIOR_WEIGHT, SENTENCE_WEIGHT = 2.0, 3.0, 2.0


class ActorMatch(NamedTuple):
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


_TYPE = attrgetter("word_type")
_ID = attrgetter("id")
_is_none = partial(is_, None)

# A raw match: (start token, end token, span, key, sentence, Hit)
Raw = tuple


def _word_rec(wt: WordType, lex: ActorLexicon) -> int | tuple:
    """What the stage needs to know about a word type, memoized: its speaker
    role (:func:`~hadath.mentions.actors_speaker.word_role`) when no lexicon key starts with one
    of its forms, else ``(role, one)``: ``one`` = (Hit, key, suffix, analysis index) of the
    accepted one-word match whatever follows, False when nothing can match here, None when the
    match depends on the next tokens; then three more items: the stems a key's first word may
    match (:func:`_acceptable`) and :func:`_stop`'s two."""
    role = word_role(wt, lex.heads)
    if lex.first_words.isdisjoint(wt.forms):
        rec: int | tuple = role
    else:
        roots, one = lex.matcher.starts(wt)
        if not roots:
            rec = (role, False)
        elif one is None:
            article = clitics().article
            rec = (role, None, frozenset(seg[1] for seg in wt.segs if article not in seg[0]),
                   *_stop(wt, roots))
        else:
            value, key, suf, _ = one
            rec = (role, one if _acceptable(wt, key, suf, 1, value) else False)
    lex._word_recs[wt.id] = rec
    return rec


def _stop(wt: WordType, roots: tuple) -> tuple[frozenset[str], tuple | bool]:
    """(words that may continue a key from this word type (with and without ال), the accepted
    match here when the next token continues none (as ``one`` in :func:`_word_rec`))."""
    cont: set[str] = set()
    best = None
    article = clitics().article
    for node, k, seg in roots:
        for w in node:
            if w != "\0":
                cont.add(w)
                if w.startswith(article):
                    cont.add(w[len(article):])
        term = node.get("\0")
        if term is not None and (best is None or len(term[1]) > len(best[1])):
            best = (term[0], term[1], seg[2], k)
    if best is not None and not _acceptable(wt, best[1], best[2], 1, best[0]):
        best = None
    return frozenset(cont), (best or False)


def _scan(tokens: Sequence[Token], lex: ActorLexicon, type_ids: Sequence[int] = ()
          ) -> tuple[list[Raw], list[tuple[int, int]]]:
    """Non-overlapping accepted matches, left to right, and (index, role) of every token with a
    speaker role; one per-word-type record lookup per token (C-level maps; ``type_ids``: the
    tokens' word-type ids when the text stage's columns give them)."""
    if len(type_ids) != len(tokens):
        type_ids = list(map(_ID, map(_TYPE, tokens)))
    recs = list(map(lex._word_recs.get, type_ids))
    if None in recs:
        for k in list(compress(range(len(recs)), map(_is_none, recs))):
            recs[k] = _word_rec(tokens[k].word_type, lex)
    raw: list[Raw] = []
    roles: list[tuple[int, int]] = []
    longest_at = lex.matcher.longest_at
    soldiers = soldier_nouns()
    n = len(tokens)
    i = 0
    for c in compress(range(len(recs)), recs):
        r = recs[c]
        if r.__class__ is int:
            roles.append((c, r))
            continue
        role, one = r[0], r[1]
        if role:
            roles.append((c, role))
        if c < i or one is False:
            continue
        tok = tokens[c]
        if tok.kind == "punct":
            continue
        if one is not None:
            value, key, _, k = one
            j = c + 1
            span = tok.stem_span(k)
        elif (c + 1 == n or tokens[c + 1].sentence != tok.sentence
              or r[3].isdisjoint(tokens[c + 1].word_type.forms)):  # nothing can follow: as a one-word key
            if r[4] is False:
                continue
            value, key, _, k = r[4]
            j = c + 1
            span = tok.stem_span(k)
        else:
            found = longest_at(tokens, c)
            if found is None:
                continue
            j, value, key, suf, k = found
            if key.split(" ", 1)[0] not in r[2] or (j - c == 1 and suf and _armed(value)):
                continue
            span = tok.stem_span(k)
            if j - 1 > c:
                span = Span(span.start, tokens[j - 1].end)
        if key in soldiers and not soldier_read(tokens, c, raw[-1][:2] if raw else None) or whereabouts(tokens, c, key):
            continue  # (مصدر عسكري: the adjective; اقتادوهم إلى جهة مجهولة: a place)
        raw.append((c, j, span, key, tok.sentence, value))
        i = j
    return raw, roles


def _raw_matches(tokens: Sequence[Token], lex: ActorLexicon) -> list[Raw]:
    return _scan(tokens, lex)[0]


def _armed(hit: Hit) -> bool:
    return bool(hit.actors) and any(e.inter in _ARMED_INTERS for e in hit.actors)


def _acceptable(wt: WordType, key: str, suffix: str, length: int, hit: Hit) -> bool:
    head = key.split(" ", 1)[0]
    # the first word must match without an article the key does not have
    article = clitics().article
    if not any(seg[1] == head and article not in seg[0] for seg in wt.segs):
        return False
    if length == 1 and suffix and hit.actors:
        # جنودنا، قواتها: pronoun references are resolved by the speaker step
        if any(e.inter in _ARMED_INTERS for e in hit.actors):
            return False
    return True


def _date_memo(lex: ActorLexicon, published: date | None) -> tuple[dict, dict, dict]:
    """Memos keyed by id(candidates) or id(Hit) for the publication dates of ``published``'s
    era (:meth:`ActorLexicon.era`): resolutions (:func:`_fixed`), country votes
    (:func:`_votes`), (specific, generic) splits (:func:`_split`). The candidate tuples and
    Hits live as long as the lexicon that holds these memos."""
    era = lex.era(published)
    memo = lex._by_date.get(era)
    if memo is None:
        if len(lex._by_date) >= 1_000:
            lex._by_date.clear()
        memo = lex._by_date[era] = ({}, {}, {})
    return memo


def _votes(hit: Hit, published: date | None) -> tuple[tuple[str, float, float, float], ...]:
    """A match's country votes: (country, document vote in the first sentence, elsewhere,
    sentence vote)."""
    if hit.country:
        return ((hit.country, HEADLINE_WEIGHT, 1.0, 1.0),)
    named = [e for e in hit.actors if not e.is_generic and e.kind != "state-generic"]
    dated = [e for e in named if e.valid_on(published)] or named
    if len(dated) != 1 or len({e.actor_id for e in hit.actors}) != 1:
        return ()
    e = dated[0]
    if e.kind == "external" or e.inter == 8:
        return ()
    if e.kind == "state":
        if e.country:
            return ((e.country, 0.5 * HEADLINE_WEIGHT, 0.5 * 1.0, 0.5),)
        return ()
    n = len(e.where)
    return tuple((w, HEADLINE_WEIGHT / n, 1.0 / n, 1.0 / n) for w in e.where)


def _focus(raw: list[Raw], published: date | None, prior: Iterable[str], lex: ActorLexicon,
           tokens: Sequence[Token] | None = None) -> Focus:
    """Country votes of the document and each sentence; with ``tokens``, a country's adjective
    after a mission noun (القنصلية الإيرانية في النجف) names whose mission, not where, a
    country's term inside a fixed expression (مسقط رأس الضحية) names none, and a country after
    "border with" (قرب الحدود مع بوركينا فاسو) is the neighbour, and a town's name inside a
    mountain's (جبل الزاوية) names no town: no vote."""
    doc: dict[str, float] = {}
    sents: dict[int, dict[str, float]] = {}
    for c in prior:
        doc[c] = doc.get(c, 0) + PRIOR_WEIGHT
    votes = _date_memo(lex, published)[1]
    for start, end, _, _, s, hit in raw:
        if tokens is not None and hit.country and (owner_head(tokens, start, True) == "mission"
                                                   or in_expression(tokens, start, end)
                                                   or end - start == 1 and not hit.actors and family_nisba(tokens, start)
                                                   or not hit.actors and (across_border(tokens, start) or feature_name(tokens, start))):
            continue
        v = votes.get(id(hit))
        if v is None:
            v = votes[id(hit)] = _votes(hit, published)
        if not v:
            continue
        local = sents.get(s)
        if local is None:
            local = sents[s] = {}
        for country, first, other, here in v:
            doc[country] = doc.get(country, 0) + (first if s == 0 else other)
            local[country] = local.get(country, 0) + here
    return Focus(Counter(doc), sents)


def country_focus(tokens: Sequence[Token], published: date | None = None,
                  prior: Iterable[str] = ()) -> list[tuple[str, float]]:
    """Countries a document is about, best first, with their scores (see module doc)."""
    lex = actor_lexicon()
    return _focus(_raw_matches(tokens, lex), published, prior, lex).doc.most_common()


def _split(cands: tuple[ActorEntry, ...], published: date | None, lex: ActorLexicon
           ) -> tuple[list[ActorEntry], list[ActorEntry]]:
    """(specific, generic) candidates valid on ``published``; memoized per lexicon key."""
    memo = _date_memo(lex, published)[2]
    hit = memo.get(id(cands))
    if hit is not None:
        return hit
    dated = tuple(e for e in cands if e.valid_on(published))
    if not dated:  # الجيش العربي السوري after 2024: the state force of that role on that date
        dated = tuple(dict.fromkeys(
            (e.kind == "state" and e.role and e.country
             and lex.role_entry(e.role, e.country, published)) or e for e in cands))
    specific = [e for e in dated if not e.is_generic and e.kind != "state-generic"]
    generic = [e for e in dated if e.is_generic or e.kind == "state-generic"]
    memo[id(cands)] = specific, generic
    return specific, generic


def _resolve(cands: tuple[ActorEntry, ...], sentence: int, focus: Focus, published: date | None,
             lex: ActorLexicon) -> tuple[ActorEntry | None, str, float]:
    specific, generic = _split(cands, published, lex)
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
            # (no candidate works where the story is: the story's own force, else one that works
            # anywhere - تنظيم القاعدة in Syria is Al Qaeda, not AQAP - else the first)
            chosen = _story_force(specific, sentence, focus, published, lex) \
                or next((e for e in specific if not e.where), specific[0])
            conf = CONF_FALLBACK
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


def _story_force(specific: list[ActorEntry], sentence: int, focus: Focus, published: date | None,
                 lex: ActorLexicon) -> ActorEntry | None:
    """A name several countries' forces share (الجيش الوطني: Somalia's, Yemen's ...), none of
    them the story's country: that force of the story's country, if the lexicon has it."""
    roles = {e.role for e in specific if e.kind == "state" and e.role}
    country = focus.best(sentence) if len(specific) > 1 and len(roles) == 1 else None
    return lex.role_entry(roles.pop(), country, published) if country else None


@lru_cache(maxsize=65536)
def _ref(entry: ActorEntry, name: str) -> ActorRef:
    """The (immutable) reference of an entry under a name, shared by its mentions."""
    if entry.kind == "state-generic":
        kind = "state-generic" if "{country}" in name else "named"
    else:
        kind = "generic" if entry.is_generic else "named"
    country = entry.country
    if entry.kind == "state-generic" and "{country}" not in name:
        country = name.rsplit(" of ", 1)[-1]
    return ActorRef(name=name, inter=entry.inter, country=country, kind=kind, actor_id=entry.actor_id)


def _fixed(cands: tuple[ActorEntry, ...], published: date | None, lex: ActorLexicon
           ) -> tuple[ActorEntry, ActorRef, float] | bool:
    """The resolution of ``cands`` when it does not depend on the document, else False."""
    specific, generic = _split(cands, published, lex)
    if len(specific) == 1 and not generic:
        return specific[0], _ref(specific[0], specific[0].name), CONF_NAMED
    if not specific and generic[0].kind != "state-generic":
        return generic[0], _ref(generic[0], generic[0].name), CONF_GENERIC
    return False


def _actor_match(start: int, end: int, span: Span, key: str, sentence: int,
                 candidates: tuple[ActorEntry, ...], ref: ActorRef, confidence: float,
                 entry: ActorEntry | None) -> ActorMatch:
    return ActorMatch(start, end, span, key, sentence, candidates, ref, confidence, entry)


def _mention(span: Span, surface: str, value: ActorRef, sentence: int, confidence: float) -> Mention:
    return Mention("actor", span, surface, value, sentence, confidence)


def _match(tokens: Sequence[Token], published: date | None, prior: Iterable[str],
           lex: ActorLexicon, type_ids: Sequence[int] = ()
           ) -> tuple[list[ActorMatch], list[tuple[int, int]]]:
    """The document's resolved actor matches and its speaker-role tokens (see :func:`_scan`).
    The country focus is computed only when a match needs it."""
    raw, roles = _scan(tokens, lex, type_ids)
    fixed = _date_memo(lex, published)[0]
    focus: Focus | None = None
    out: list[ActorMatch] = []
    for start, end, span, key, sent, hit in raw:
        cands = hit.actors
        if not cands:
            continue
        r = fixed.get(id(cands))
        if r is None:
            r = fixed[id(cands)] = _fixed(cands, published, lex)
        if r is False:
            if focus is None:
                focus = _focus(raw, published, prior, lex, tokens)
            entry, name, conf = _resolve(cands, sent, focus, published, lex)
            if entry is None:
                continue
            ref = _ref(entry, name)
            if conf == CONF_FALLBACK and (same := _named_before(tokens, out, start)) is not None:
                entry, ref, conf = same.entry, same.ref, same.confidence  # (مرتزقة العدوان ... المرتزقة)
            elif (flagged := _flagged(tokens, end, cands, entry, published, lex)) is not None:
                entry, ref, conf = flagged, _ref(flagged, flagged.name), CONF_CHOSEN  # آلية عسكرية أمريكية
        else:
            entry, ref, conf = r
        out.append(_actor_match(start, end, span, key, sent, cands, ref, conf, entry))
    return out, roles


def _flagged(tokens: Sequence[Token], end: int, cands, entry: ActorEntry, published: date | None,
             lex: ActorLexicon) -> ActorEntry | None:
    """A state force named by a common noun (آلية عسكرية، دورية أمنية) with another country's
    adjective right after it: that country's force of the same role."""
    if end >= len(tokens) or not entry.role or not any(e.kind == "state-generic" for e in cands):
        return None
    country = adjective_countries().get(tokens[end].norm)
    return lex.role_entry(entry.role, country, published) if country and country != entry.country else None


def _named_before(tokens: Sequence[Token], out: Sequence[ActorMatch], start: int) -> ActorMatch | None:
    """A name no candidate of which works where the story is, whose head noun opened a side named
    before (مرتزقة العدوان ... خمسة من المرتزقة in a Yemeni report): that side again."""
    head = {f for f in tokens[start].forms if len(f) > 3}
    return next((m for m in reversed(out) if m.entry is not None and m.end - m.start > 1
                 and not head.isdisjoint(tokens[m.start].forms)), None)


def match_actors(tokens: Sequence[Token], published: date | None = None,
                 country_focus: Iterable[str] = ()) -> list[ActorMatch]:
    """Actor aliases in ``tokens`` (non-overlapping, longest first), each resolved in the
    document's context. Pronoun references are not included (the stage adds them)."""
    return _match(tokens, published, tuple(country_focus), actor_lexicon())[0]


class ActorStage:
    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:actor",)

    def __init__(self, config=None) -> None:
        self.config = config
        self.prior: tuple[str, ...] = tuple(getattr(config, "country_focus", ()) or ())

    def __call__(self, doc: Doc) -> Doc:
        from hadath.mentions.actors_kin import kin_pairs
        from hadath.mentions.actors_own import named_sides
        from hadath.mentions.actors_units import country_units, craft_back, definite_back, post_branch

        lex = actor_lexicon()
        cols = doc.columns
        matches, roles = without_marks(doc.tokens, cols.type_ids if cols is not None else (), lambda toks, ids:
                                       _match(toks, doc.article.published, self.prior, lex, ids))
        matches = named_sides(doc.tokens, matches, lex, roles, doc.article.published)
        matches = kin_pairs(doc.tokens, matches, lex, doc.article.published)  # بين قبيلتي X وY
        matches = country_units(doc.tokens, matches, lex, doc.article.published)  # وحدة إسرائيلية خاصة
        matches = post_branch(doc.tokens, matches, lex, doc.article.published)  # جنود ... نقطة أمنية
        matches = definite_back(doc.tokens, matches)  # مسلحين من طالبان ... المسلحون
        matches = craft_back(doc.tokens, matches)  # مقاتلات التحالف ... المقاتلات الحربية
        text = doc.text
        new: list[Mention] = [
            _mention(m.span, text[m.span.start:m.span.end], m.ref, m.sentence, m.confidence)
            for m in matches
        ]
        pronouns = references(doc.tokens, matches, lex, text, roles, lambda: next(iter(
            country_focus(doc.tokens, doc.article.published, self.prior)), (None,))[0], doc.article.published)
        if pronouns:  # matches come left to right, without overlaps: already in order
            new += pronouns
            new.sort(key=lambda mt: (mt.span.start, mt.span.end))
        return replace(doc, mentions=doc.mentions + tuple(new))
