"""A military unit named by a unit noun and a country's adjective (issue #9, round 31): وحدة
إسرائيلية خاصة، كتيبة مالية، سرية نيجيرية - that country's military, though the lexicon lists no
such alias. A unit noun (actors_words.tsv ``unit_noun``: وحدة، كتيبة، سرية، مفرزة ...) is no
actor alone (وحدة سكنية); with a country's adjective right after it, it names that country's
force, as the lexicon's own "قوة إسرائيلية" does by name."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Sequence

from hadath.mentions.actors_country import adjective_countries
from hadath.resources import word_roles
from hadath.text.clitics import clitics
from hadath.types import Span, Token

if TYPE_CHECKING:
    from hadath.mentions.actors import ActorMatch
    from hadath.mentions.actors_lexicon import ActorLexicon

WORDS_FILE = "lexicons/actors_words.tsv"
CONF_UNIT = 0.7


def country_units(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
                  published: date | None) -> list["ActorMatch"]:
    """``matches`` with a match added, in order, for each unit noun outside them followed right
    away by a country's adjective whose military the lexicon has."""
    from hadath.mentions.actors import ActorMatch, _ref

    units = word_roles(WORDS_FILE).get("unit_noun", frozenset())
    covered = {k for m in matches for k in range(m.start, m.end)}
    nisbas = adjective_countries()
    added = []
    for i in range(len(tokens) - 1):
        if i in covered or i + 1 in covered or units.isdisjoint(tokens[i].forms) \
                or tokens[i].sentence != tokens[i + 1].sentence:
            continue
        country = nisbas.get(tokens[i + 1].norm)
        entry = lex.role_entry("military", country, published) if country else None
        if entry is not None:
            added.append(ActorMatch(i, i + 2, Span(tokens[i].start, tokens[i + 1].end),
                                    tokens[i].norm + " " + tokens[i + 1].norm, tokens[i].sentence,
                                    (entry,), _ref(entry, entry.name), CONF_UNIT, entry))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def post_branch(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
                published: date | None) -> list["ActorMatch"]:
    """``matches`` with each vague security post of a state (a police alias ending in the
    adjective "security", actors_words.tsv ``security_vague``: نقطة أمنية، حاجز أمني، دورية
    أمنية) read as that state's military when its sentence names the same state's soldiers as
    persons (``soldier_person``: لقي أربعة جنود يمنيين مصرعهم في هجوم على نقطة أمنية) and no
    force of it by a force word (قوات الأمن، الشرطة، القوات المصرية): the adjective names the
    state's forces, not their branch, and the men at the post are soldiers."""
    from hadath.mentions.actors import _ref

    roles = word_roles(WORDS_FILE)
    vague, men = roles.get("security_vague", frozenset()), roles.get("soldier_person", frozenset())
    soldiers = {(m.sentence, m.entry.country): m for m in matches
                if m.entry is not None and m.entry.role == "military"
                and any(not men.isdisjoint(tokens[k].forms) for k in range(m.start, m.end))}
    if not soldiers:
        return matches
    # (أحبطت قوات الأمن هجوما على نقطة أمنية; صدت القوات المصرية هجوما استهدف حاجزا أمنيا: a
    # force named by a force word is told apart from the post's men)
    police = {(m.sentence, m.entry.country) for m in matches
              if m.entry is not None and m.entry.role in ("police", "military")
              and vague.isdisjoint(tokens[m.end - 1].forms)
              and all(men.isdisjoint(tokens[k].forms) for k in range(m.start, m.end))}
    out = []
    for m in matches:
        e = m.entry
        if e is not None and e.role == "police" and (men_m := soldiers.get((m.sentence, e.country))) \
                and not vague.isdisjoint(tokens[m.end - 1].forms) and (m.sentence, e.country) not in police:
            # a state named: its military; none yet (both read "of {country}"): the soldiers' reading
            army = lex.role_entry("military", e.country, published) if e.country else men_m.entry
            if army is not None:
                m = m._replace(entry=army, ref=men_m.ref if army is men_m.entry else _ref(army, army.name),
                               candidates=men_m.candidates if army is men_m.entry else (army,))
        out.append(m)
    return out


GROUP_INTERS = frozenset({2, 3, 4})
UNNAMED = "Unidentified"  # the generic rows of an unnamed side (actors.tsv: uag, tribal-gen ...)


def _bases(tok: Token) -> frozenset[str]:
    """The word's forms, also without a plural ending (actors_words.tsv plural_end: المسلحون،
    مسلحو، مسلحين → مسلح; the tokenizer gives the forms without the article)."""
    ends = word_roles(WORDS_FILE).get("plural_end", frozenset())
    return frozenset(tok.forms) | {f[:-len(e)] for f in tok.forms for e in ends if f.endswith(e) and len(f) - len(e) >= 3}


def definite_back(tokens: Sequence[Token], matches: list["ActorMatch"]) -> list["ActorMatch"]:
    """``matches`` with each one-word definite unidentified armed noun (المسلحون، المقاتلين) read
    as the armed group an earlier noun of the same stem named, this sentence or the two before
    or right before its name (مسلحين من طالبان اجتاحوا بلدة ... . وسيطر المسلحون على مقر الشرطة;
    مسلحو تنظيم داعش ... المسلحين):
    the article points back at them. An indefinite one met first (مسلحون مجهولون) is whom it
    points at; "unknown" right after it (function_words unknown: المسلحون المجهولون) keeps it."""
    from hadath.events.lexicons import function_words

    unknown, of = function_words("unknown"), word_roles(WORDS_FILE).get("of_group", frozenset())
    out = list(matches)
    for i, m in enumerate(out):
        if m.entry is None or m.entry.kind != "generic" or m.entry.inter not in GROUP_INTERS \
                or m.end - m.start != 1 or not any(clitics().definite(f) for f in tokens[m.start].forms) \
                or (m.end < len(tokens) and not unknown.isdisjoint(clitics().indefinite(f) for f in tokens[m.end].forms)):
            continue
        stems = _bases(tokens[m.start])
        same_stem = False
        for j in range(i - 1, -1, -1):
            n = out[j]
            if n.sentence < m.sentence - 2:
                break
            if n.entry is None or (_bases(tokens[n.start]).isdisjoint(stems) and (  # (مسلحو تنظيم داعش)
                    n.start == 0 or n.entry.kind == "generic" or _bases(tokens[n.start - 1]).isdisjoint(stems))):
                continue
            same_stem = True
            if n.entry.kind == "generic":  # (مسلحين من X: X; a bare مسلحون: they)
                nxt = out[j + 1] if j + 1 < i else None
                n = nxt if nxt is not None and nxt.start == n.end + 1 and tokens[n.end].norm in of else None
            if n is not None and n.entry is not None and n.entry.kind != "generic" and n.entry.inter in GROUP_INTERS:
                out[i] = m._replace(entry=n.entry, ref=n.ref, candidates=n.candidates, confidence=n.confidence)
            break
        told = None if same_stem else _group_told_before(out[:i], m.sentence)
        if told is not None:  # شنت جماعة الحوثي هجوما ... . وقال مصدر إن المسلحين قصفوا: the group told
            out[i] = m._replace(entry=told.entry, ref=told.ref, candidates=told.candidates, confidence=told.confidence)
    return out


def _group_told_before(before: list["ActorMatch"], sent: int) -> "ActorMatch | None":
    """The one named armed group (not a state's force) the two sentences before ``sent`` name:
    a definite armed noun with no noun of its stem before it (المسلحين، المتمردين) points back at
    it. None when two groups are named there, an unnamed armed side (مسلحون مجهولون) is told
    there, or a non-state armed side is named earlier in ``sent`` itself."""
    groups = {}
    for n in before:
        if n.entry is None or not sent - 2 <= n.sentence <= sent or n.entry.inter not in GROUP_INTERS:
            continue
        if n.sentence == sent or (n.entry.kind == "generic" and n.entry.name.startswith(UNNAMED)):
            return None  # (مسلحون مجهولون، مقاتلين: an unnamed side; a group in its own sentence -
            # اشتبكت مع مجموعة من فلول النظام ... مقتل ثلاثة من المهاجمين - is read there, or is another side)
        groups.setdefault(n.entry.name, n)
    return next(iter(groups.values())) if len(groups) == 1 else None


def soldier_read(tokens: Sequence[Token], i: int, before: tuple[int, int] | None = None) -> bool:
    """Whether the soldier word at ``i`` (actors_words.tsv soldier_noun: عسكري، عسكريا، عسكريان - also
    the adjective "military") names soldiers: right after a count (21 عسكريا، ثلاثة عسكريين) or a
    word of harm in its sentence (قتل عسكري، إصابة عسكري، اغتيال عسكري), or the object of a verb of
    harm right after its subject, an actor match ``before`` (start, end) that follows the verb
    (اغتال مسلحون مجهولون عسكريا، خطفت عناصر داعش عسكريا); after a noun it describes (مصدر عسكري،
    موقف عسكري) it is the adjective."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    if _after_count_or_harm(tokens, i):
        return True
    if before is None or before[1] != i or before[0] == 0:
        return False
    return tokens[before[0] - 1].sentence == tokens[i].sentence \
        and not _leads().isdisjoint(tokens[before[0] - 1].forms)


def _after_count_or_harm(tokens: Sequence[Token], i: int) -> bool:
    from hadath.text.number_words import number_words

    prev = tokens[i - 1]
    return prev.norm.isdigit() or prev.norm in number_words() or not _leads().isdisjoint(prev.forms)


def _leads() -> frozenset[str]:
    return word_roles(WORDS_FILE).get("soldier_lead", frozenset())


def soldier_nouns() -> frozenset[str]:
    """The gen-military aliases that are also the adjective (actors_words.tsv soldier_noun)."""
    return word_roles(WORDS_FILE).get("soldier_noun", frozenset())


def whereabouts(tokens: Sequence[Token], i: int, key: str) -> bool:
    """The alias ``key`` at ``i`` names an unknown party that is also an unknown place
    (actors_words.tsv whereabouts: جهة مجهولة، جهات مجهولة) and a word of direction comes right
    before it (actors_words.tsv toward: إلى، نحو): where someone was taken (اقتادوهم إلى جهة
    مجهولة), not who did it (من قبل جهة مجهولة)."""
    words = word_roles(WORDS_FILE)
    return key in words.get("whereabouts", frozenset()) and i > 0 \
        and not words.get("toward", frozenset()).isdisjoint(tokens[i - 1].forms)


CRAFT_WINDOW = 2  # sentences back a definite craft noun looks for the air force named with one


def craft_back(tokens: Sequence[Token], matches: list["ActorMatch"]) -> list["ActorMatch"]:
    """A definite warplane alias of no state's own (gen-air: المقاتلات الحربية، الطيران الحربي),
    read by the country focus as the story's own air force, points back at the one foreign air
    force the two sentences before it (or its own) named with a craft noun (actors_words.tsv
    craft_noun): شنت مقاتلات التحالف غارات ... وقال سكان إن المقاتلات الحربية شنت ثلاث غارات - the
    coalition's. Nothing changes when two air forces are named (الطيران الروسي ... الطيران السوري)."""
    crafts = word_roles(WORDS_FILE).get("craft_noun", frozenset())
    cl = clitics()

    def craft_headed(m: "ActorMatch") -> bool:
        return not crafts.isdisjoint(cl.indefinite(f) for f in tokens[m.start].forms)

    out = list(matches)
    for i, m in enumerate(out):
        if m.entry is None or not any(c.kind == "state-generic" and c.role == "air" for c in m.candidates) \
                or any(c.kind != "state-generic" for c in m.candidates) \
                or not any(cl.definite(f) for f in tokens[m.start].forms) or not craft_headed(m):
            continue
        told = {n.entry.name: n for n in out[:i]
                if n.entry is not None and m.sentence - CRAFT_WINDOW <= n.sentence <= m.sentence
                and n.entry.kind in ("state", "external") and craft_headed(n)
                and not any(c.kind == "state-generic" for c in n.candidates)}
        if len(told) == 1:
            n = next(iter(told.values()))
            if n.entry.name != m.ref.name:
                out[i] = m._replace(entry=n.entry, ref=n.ref, candidates=n.candidates, confidence=n.confidence)
    return out
