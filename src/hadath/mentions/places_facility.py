"""A country named in a facility's name: whose the facility is, not where it is.

السفارة الكويتية في لبنان، سفارة الكويت لدى الأردن، مستشفى الصداقة الصيني (in Omdurman)، مستشفى
الجامعة الأميركية (in Beirut)، مطعم لقمة التركي (in Riyadh): a country named right after a
diplomatic mission's noun (``mission`` in place_words.tsv: سفارة، قنصلية، بعثة), and the
nationality adjective of a phrase headed by a facility noun (``facility``: مستشفى، مطعم، جامعة
...) when the rest of the document does not put that country in its focus (الجامعة اللبنانية in a report on
Lebanon is in Lebanon), name the facility's owner or kind. The mention stays (it is a place
name; IDRISI and the NER sets count it) but resolves to no place: the facility lies wherever the
text puts it. A hashtag's sign and underscores join a facility's name (مستشفى
#الجمعية_الطبية_العمانية); a hashtag that the country starts is a phrase of its own
(#مستشفى_حفر_الباطن #السعودية).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.gazetteer.lexicon import place_lexicon
from hadath.text.clitics import clitics
from hadath.text.number_words import dual_singulars
from hadath.types import Span, Token

MAX_WORDS = 3      # words of the facility's own name between its noun and the adjective
HASH, JOIN = "#", "_"


def owner_head(tokens: tuple[Token, ...], start: int, adjective: bool) -> str | None:
    """``"mission"`` or ``"facility"`` when the country mention at token ``start`` follows such
    a noun in one phrase (module docstring): a mission noun right before a country's name; a
    facility or mission noun up to MAX_WORDS words before a nisba ``adjective``, with only
    words (no preposition or stop word) and hashtag joiners between. Else None."""
    lex = place_lexicon()
    sent = tokens[start].sentence
    own_tag = start > 0 and tokens[start - 1].norm == HASH   # the country starts a hashtag
    words = 0
    for k in range(start - 1, -1, -1):
        t = tokens[k]
        if t.sentence != sent:
            return None
        if t.norm in (HASH, JOIN):
            continue
        if t.kind != "word":
            return None
        if not lex.mission.isdisjoint(t.forms):
            return "mission"
        if adjective and not lex.facility.isdisjoint(t.forms):
            return "facility"
        words += 1
        if not adjective or own_tag or words > MAX_WORDS or t.norm in lex.preps \
                or not lex.stop.isdisjoint(t.forms):
            return None
    return None



DOER_VOTE = 0.5    # a doer's nationality votes half as much as a name (doer_votes)
ACTOR_KEY = "actor:"   # ``own`` key of the votes of who acts (actors' homes, doers' nationality
#                        alone): no place item has it (places_actors, places_focus.far)
DOER_WORDS = 4     # words from a doer's noun to its nationality adjective (طائرة بدون طيار أميركية)


def doer_nisba(tokens: tuple[Token, ...], start: int, nisbas: frozenset[int] | set[int]) -> bool:
    """The nationality adjective at token ``start`` qualifies a weapon, strike, force or vessel
    (``doer`` in place_words.tsv, with their adjectives جوية، مدفعي، عسكرية): غارة أميركية، قصف
    مدفعي تركي، طائرة بدون طيار أميركية، قوات الجيش العراقي، غارات التحالف السعودي الإماراتي.
    It says whose the act is, not where it is: a strike in Marib by an American drone is in
    Yemen. Between the noun and the adjective only doer words, other nationality adjectives
    (token indices ``nisbas``) and one definite noun right after a doer noun (قوات الاحتلال،
    طائرات التحالف) stand; a noun of people or places (مدنيين سوريين، مدينة مأرب اليمنية،
    الأراضي السورية) ends the search. A force that works at home (قوات الأمن التونسية،
    قوات الشرطة العراقية: place_words.tsv ``domestic``) names where the act is, not a doer abroad.
    So does a person noun of people who are often abroad (``visitor``: سائحين فرنسيين، عمال
    مصريين): the kidnapping of French tourists in Shabwah is in Yemen."""
    lex = place_lexicon()
    sent = tokens[start].sentence
    art = clitics().article
    doers = lex.doer_or_visitor
    for k in range(start - 1, max(-1, start - 1 - DOER_WORDS), -1):
        t = tokens[k]
        if t.sentence != sent or t.kind != "word":
            return False
        if not doers.isdisjoint(t.forms) or not doers.isdisjoint(dual_singulars(t.norm)) \
                or _accusative_stem(t.norm) in doers:
            return True   # (جنديان ألمانيان: the dual of a doer noun; قصفا جويا روسيا: its accusative)
        if k in nisbas:
            continue
        before = tokens[k - 1] if k else None
        return t.norm.startswith(art) and before is not None and before.sentence == sent \
            and not lex.doer.isdisjoint(before.forms) and lex.domestic.isdisjoint(t.forms)
    return False


def attack_subject(tokens: tuple[Token, ...], start: int) -> bool:
    """The country name starting at token ``start`` (no cue) is the subject right after an attack
    verb (``attack_verb`` in place_words.tsv: قصفت إسرائيل مدرسة، شنت روسيا غارات، غارة شنتها
    إسرائيل، وأطلقت إيران صواريخ): it names who acted, as a doer's nationality adjective does,
    not where (a country the act is in is named after a preposition: في إسرائيل، داخل سوريا)."""
    if not start:
        return False
    verb, name = tokens[start - 1], tokens[start]
    return verb.sentence == name.sentence and verb.kind == "word" \
        and not place_lexicon().attack_verb.isdisjoint(verb.forms)


def _accusative_stem(word: str) -> str | None:
    """An indefinite accusative without its alef (قصفا → قصف، جويا → جوي), or None."""
    acc = clitics().accusative
    return word[:-len(acc)] if len(word) > 3 and word.endswith(acc) else None


def accusative_nisbas(tokens: tuple[Token, ...], found, countries: frozenset[str]) -> set[str]:
    """Keys of countries named by one word right after a visitor noun (سائحا ألمانيا، عمالا
    إيطاليا: an indefinite accusative nisba is spelt as the country's name; عمال مصر: Egypt's
    workers): who the people are, not where; read as a doer's nisba (doer_nisba) at every
    mention of that key."""
    lex = place_lexicon()
    out = set()
    for f in found:
        s = f.start
        if f.cue is None and f.end - s == 1 and s and f.key in countries \
                and tokens[s - 1].sentence == tokens[s].sentence \
                and not lex.visitor.isdisjoint(tokens[s - 1].forms):
            out.add(f.key)
    return out


def doer_votes(votes, own: dict, live: dict, doers: dict[str, bool]):
    """The document's country votes with the nationality adjectives that are all a doer's
    (``doers``) added, at DOER_VOTE of their weight beside the votes of names (so a place's
    namesake in the doer's country does not win: الجيش المصري ... مدينة العريش), at full weight
    when no name votes (الجيش الإسرائيلي in one sentence on a West Bank village). The
    far-from-focus tests use the votes without them when a name votes (places.py): a place is
    not abroad because a foreign doer is named (a US drone over Marib). Alone, they are those
    tests' votes, and count there as the actors' homes do (ACTOR_KEY, places_focus.far): an
    army also strikes across its border, so a village of a land neighbour is not far (قصفت
    المدفعية الإسرائيلية أطراف بلدة الخيام: El Khiyam, Lebanon); the doer's nationality says
    who acted, not where."""
    keys = [k for k, d in doers.items() if d and live[k].kd is not None and live[k].kd.vote]
    if not keys:
        return votes, own
    alone = not votes
    w = 1.0 if alone else DOER_VOTE   # (alone, they vote as they did)
    votes, own = votes.copy(), dict(own)
    acts = dict(own.get(ACTOR_KEY, ()))
    for k in keys:
        mine = own[k] = {cc: w * v for cc, v in live[k].kd.mine(live[k].count).items()}
        for cc, v in mine.items():
            votes[cc] += v
            acts[cc] = acts.get(cc, 0.0) + v
    if alone:
        own[ACTOR_KEY] = acts
    return votes, own



def building_names(tokens: tuple[Token, ...], infos, found: list) -> list:
    """The names found, less a building noun read as a place with its nisba adjective after it
    (places_words.tsv ``building``): القصر الجمهوري، القصر الرئاسي، المركز الثقافي name a
    building, not Ksar in Mauritania. The building stands in the town the text names with it,
    if any (القصر الجمهوري بالخرطوم): the events stage takes that town. Less too a one-word name
    right after a body of water's noun (``water``): خليج عدن is the gulf, not Aden: the water's
    whole name is kept as a name the gazetteer lacks (a gazetteer name that starts with the noun,
    بحيرة طبريا, is kept as it is)."""
    lex = place_lexicon()
    cl = clitics()
    art = cl.article
    out = []
    starts = {f.start for f in found}
    water = lex.water
    for f in found:
        s = f.start
        if f.end - s == 1 and f.cue is None and not water.isdisjoint(tokens[s].forms) \
                and _water(tokens[s], water, art) \
                and f.end in starts and tokens[f.end].sentence == tokens[s].sentence:
            continue   # خليج (a hamlet's name) before its town's name
        if f.end - s == 1 and f.cue is None and s and tokens[s - 1].sentence == tokens[s].sentence \
                and not water.isdisjoint(tokens[s - 1].forms) and _water(tokens[s - 1], water, art):
            w = tokens[s - 1]   # the water's name: a place name, no gazetteer's (as a street's)
            f = replace(f, start=s - 1, span=Span(w.span.start, f.span.end),
                        key=f"{w.norm} {f.key}", known=False, weak=False, common=False)
        if f.end - s == 1 and f.cue not in lex.klass and not lex.building.isdisjoint(tokens[s].forms) \
                and tokens[s].norm.startswith(art) and s + 1 < len(tokens) \
                and tokens[s + 1].sentence == tokens[s].sentence:
            nxt, info = tokens[s + 1], infos[s + 1]
            if nxt.kind == "word" and nxt.norm.startswith(art) and nxt.norm.endswith(cl.nisba_ends) \
                    and info.demonym is None and not info.roots:
                continue
        out.append(f)
    return out


def _water(tok: Token, water: frozenset[str], art: str) -> bool:
    """A body of water's noun heading a construct (خليج، بخليج): no article, no suffix (الخليج is
    the Gulf itself, خليجي an adjective). (Callers first test the token's forms, its readings'
    stems, against ``water``: most hold none.)"""
    return any(stem in water and not suf and art not in prefs
               for prefs, stem, suf, _a, _b in tok.word_type.segs)
