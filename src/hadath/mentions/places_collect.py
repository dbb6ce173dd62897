"""The places stage's first pass (split from :mod:`hadath.mentions.places`): the names
recognized that may be place mentions, gathered by key into items with what the text tells of
them (cues, prepositions, containers, anchors), and the facts the second pass reads (media
names, doers' nationalities, countries named right after a name)."""
from __future__ import annotations

from functools import lru_cache

from hadath.gazetteer.data import weak_names
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.resolve import Item
from hadath.mentions.places_facility import accusative_nisbas, attack_subject, doer_nisba
from hadath.mentions.places_match import CONJ, PREP_B
from hadath.mentions.places_people import QUOTES, media_name, media_nisba
from hadath.mentions.places_recognize import CAPITAL, Found
from hadath.resolve.dates_lexicon import lexicon as date_lexicon


def collect(tokens, found: list[Found], words, facts, tfacts) -> tuple:
    """(items by key, the mentions kept in text order, media name starts -> their length,
    doers by nationality key, countries named right after a key, silent nisba starts).
    ``facts`` is the stage's cached places_people.word_facts, ``tfacts`` its cache."""
    items: dict[str, Item] = {}
    kept: list[Found] = []
    media: dict[int, int] = {}
    lex = place_lexicon()
    preps, parts, klass, weak = lex.preps, lex.part, lex.klass, weak_names()
    nisbas = {f.start for f in found if f.cue == "nisba"}
    visited = accusative_nisbas(tokens, found, words.countries)   # سائحا ألمانيا
    doers: dict[str, bool] = {}   # a nationality key -> every mention is a doer's (غارة أميركية)
    in_country: dict[str, set[str]] = {}   # key -> countries named right after it (X في السودان)
    silent: set[int] = set()   # the starts of the nisbas of media names (media_nisba)
    subjects: dict[str, bool] = {}   # a country key -> every name mention is an attack's subject
    pretexts = pretext_forms(lex.pretext)   # (pretext's first test as one set lookup)
    for f in found:
        key, cue, start = f.key, f.cue, f.start
        if key == CAPITAL:
            kept.append(f)  # the capital of the document's country: resolved below
            continue
        if cue is None and tokens[start].norm in pretexts and pretext(tokens, f, found):
            continue  # بحجة "استهداف قائد": on the pretext of, no town Hajjah
        if cue is None:
            if f.weak and (not f.slot and not f.frame or key in date_lexicon().weekdays and not f.shared):
                continue  # a common word with no cue: not a place here (في تعز، السبت: the day)
            if f.common and not f.frame and not (f.listed and f.shared):
                continue  # حلب وبيان: a common noun in a list is still a noun; not in a list
                #           a plural class noun heads (بلدات العنكاوي والزيارة: each is a town)
        tok = tokens[start]
        got = tfacts.get(tok.text)
        generic, bprep = (got if got is not None else facts(tok))[:2]
        if generic and f.end - start == 1:
            continue  # البلاد، العاصمة: refer back to a place without naming it
        if cue is None and start:
            m = media_name(tokens, start, facts)
            if m:
                media[start] = m  # وكالة سبأ، جريدة فلسطين: a medium's name
        if cue == "nisba" and media_nisba(tokens, start, facts):
            # وكالة الصحافة الفرنسية: the agency's nationality is no place mention (an event
            # is not in France for it); it votes as before (وكالة الأنباء الهندية on India)
            silent.add(start)
        if cue == "nisba" or key in visited:
            doers[key] = doers.get(key, True) and doer_nisba(tokens, start, nisbas)
        elif cue is None and key in words.countries:
            subjects[key] = subjects.get(key, True) and attack_subject(tokens, start)
        it = items.get(key)
        if it is None:
            it = items[key] = Item(key)
        it.count += 1
        if bprep or (start > 0 and tokens[start - 1].sentence == tok.sentence
                     and tokens[start - 1].norm in preps):
            it.prep += 1  # في X، من X، بX
        if cue:
            it.cues.add(cue)
            if f.inner:
                it.cues.update(f.inner)
        elif f.shared:
            it.cues.update(f.shared)   # the class of the list's plural cue (مديريات X وY)
        if (cue or f.slot) and (key not in weak or cue in parts or cue in klass):
            # a named place: its spelling variants are candidates too - not for a common
            # word (مديرية الأمن is the security directorate, no misspelt Amman), except
            # after a city-part cue (حي أمل, the quarter الأمل: quarters bear such names) or
            # the class noun of a town (مدينة المحلة: El-Mahalla El-Kubra, short_names)
            it.fuzzy_ok = True
        if f.anchor is not None and it.anchor is None:
            it.anchor, it.held = f.anchor, f.held
        if f.part is not None and it.part is None:
            it.part = f.part   # بلدة الخيام جنوبي لبنان
        if f.containers:
            if not it.containers:
                it.containers = []
            it.containers.extend(c for c in f.containers if c not in it.containers)
            if f.in_country:
                in_country.setdefault(key, set()).add(f.in_country)
        kept.append(f)
    for key, doer in subjects.items():
        if doer:   # (قصفت إسرائيل ... : a doer, as غارة إسرائيلية is; one mention in a place says no)
            doers[key] = doers.get(key, True)
    return items, kept, media, doers, in_country, silent


@lru_cache(maxsize=4)
def pretext_forms(nouns: frozenset[str]) -> frozenset[str]:
    """The token forms ``pretext`` looks further at: ب + a pretext noun, alone or after و
    (a token with neither is no pretext: collect asks ``pretext`` only for these)."""
    return frozenset(form for p in nouns for form in (PREP_B + p, CONJ + PREP_B + p))


def pretext(tokens, f: Found, found: list[Found]) -> bool:
    """The one-word name ``f`` is ب + a pretext noun (place_words.tsv ``pretext``: بحجة، بذريعة)
    followed by a word or a quote, with no place's name right before or after it (مديرية عبس
    بحجة is in Hajjah; المعارك بحجة والحديدة lists it): "on the pretext of", no place."""
    t = tokens[f.start]
    w = t.norm[len(CONJ):] if t.norm.startswith(CONJ + PREP_B) else t.norm   # (وبحجة)
    if f.end - f.start != 1 or not w.startswith(PREP_B) or w[len(PREP_B):] not in place_lexicon().pretext:
        return False
    nxt = tokens[f.end] if f.end < len(tokens) else None
    if nxt is None or nxt.sentence != t.sentence or not (nxt.kind == "word" or nxt.norm in QUOTES):
        return False
    return not any(g.end == f.start or g.start == f.end for g in found)   # (بحجة والحديدة: a list)
