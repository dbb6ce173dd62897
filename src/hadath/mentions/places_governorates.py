"""A bare name shared by a governorate and its seat, in a document that names the governorate
with its unit noun (places stage, after resolution): "هجوم لداعش في كركوك" in a headline whose
body locates the act "في محافظة كركوك"، "غارات على إدلب" beside "مناطق عدة في محافظة إدلب". The document
itself says which unit it speaks of: the bare name reads as the governorate (precision 3, a
summary the finer places of the body refine), not as the town (a town record beside the finer
records of the same act). The town stays the reading when the document also calls it a town
(مدينة إدلب) or puts it in the governorate (سوق في حمص بمحافظة حمص), when the name has a cue of its own (ريف إدلب، شمال كركوك), and for a country's
capital (الخرطوم beside ولاية الخرطوم is the city: capital_ids)."""
from __future__ import annotations

from dataclasses import replace

from hadath.gazetteer.data import capital_ids
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_match import PREP_B
from hadath.text.normalize import normalize_key

UNIT = "admin1"
TOWN = frozenset({"populated_place"})



def _located(tokens, f) -> bool:
    """The unit is where something is: a locative preposition (في، على، قرب) within the two words
    before the name, or a ب proclitic on its first word or its cue (بمحافظة), not an owner's
    title (قائد شرطة محافظة البصرة)."""
    lex = place_lexicon()
    preps = lex.preps | lex.onto
    for i in (f.start - 1, f.start - 2):
        if i < 0 or tokens[i].sentence != tokens[f.start].sentence:
            break
        if not preps.isdisjoint(tokens[i].forms):
            return True
    return any(PREP_B in seg[0] for i in (f.start, f.start - 1) if i >= 0
               for seg in tokens[i].word_type.segs)


def _named_units(tokens, found, refs) -> set[str]:
    """Ids of the first-level units the document locates something in, named with more than a
    bare word (في محافظة X)."""
    return {r.place.id for f, r in zip(found, refs)
            if r.place is not None and r.place.feature_class == UNIT
            and (f.cue or " " in f.key) and f.cue != "nisba" and _located(tokens, f)}


def _unit_of_seat(it, town):
    """The first-level unit of the same name ``town`` is the seat of, among the item's exact
    readings, or None."""
    for h, m in it.hits:
        g = h.place
        if m >= 1.0 and g.feature_class == UNIT and g.country_code == town.country_code \
                and g.admin1 == town.admin1 and normalize_key(g.name_ar or "") == it.key:
            return g
    return None


def governorate_reads(tokens, found, refs, live) -> list:
    """``refs`` (parallel to ``found``) with each such bare town read as its governorate."""
    units = None
    out = refs
    for n, (f, r) in enumerate(zip(found, refs)):
        town = r.place
        if town is None or town.feature_class not in TOWN or f.cue or f.slot or f.containers \
                or not town.admin1 or town.id in capital_ids():
            continue   # (في حمص بمحافظة حمص: the town, put in its governorate)
        it = live.get(f.key)
        if it is None or it.cues & place_lexicon().klass:
            continue   # مدينة إدلب somewhere in the document: the town is meant
        if units is None:
            units = _named_units(tokens, found, refs)
            if not units:
                return refs
        g = _unit_of_seat(it, town)
        if g is None or g.id not in units:
            continue
        if out is refs:
            out = list(refs)
        out[n] = replace(r, place=g)
    return out
