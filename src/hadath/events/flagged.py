"""The side hit named by the nationality of what was hit (استهدفوا دبابة إسرائيلية، قصفت موقعا
عسكريا تركيا، دمروا آلية عسكرية أمريكية): a military object (function_words
``military_object``) followed by a country's adjective is that state's forces, actor2 when no
side hit is named (issue #9, thirteenth round). Civilian objects (سيارة سورية، منزل) say
nothing of a side."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.roles import ActorSlot
from hadath.events.role_words import employer
from hadath.events.state_forces import state_force
from hadath.text.clitics import clitics


def flagged_object(ix: DocIndex, frame: Frame) -> ActorSlot | None:
    """The state force whose country's adjective follows a military object in the frame's
    clause, as a slot on the adjective; None when there is none."""
    toks = ix.doc.tokens
    a, b = frame.clause
    objects = function_words("military_object")
    for p in ix.get("place", frame.sent):
        ref = p.mention.value
        if not a < p.start < b:
            continue
        country = _nisba_country(ref, toks[p.start].norm)
        if country is None:
            continue
        if ref.cue != "nisba" and not (ref.cue in objects and toks[p.start].norm.endswith(clitics().nisba_ends)):
            continue  # (قاعدة تركية: read as a place after its class word, the adjective all the same)
        named = next((q.start for q in ix.get("place", frame.sent) if q.end == p.start and q.mention.value.cue != "nisba"), None)
        k = _described(toks, objects, a, p.start)
        if k is None and named is not None:
            k = _described(toks, objects, a, named)
        if k is not None and not employer(toks, k):  # (مترجما يعمل في قاعدة أمريكية: where he worked)
            # (ثكنة المطلة الإسرائيلية، موقع الراهب الإسرائيلي: a named site of that state's forces)
            force = state_force(country, ix.doc.article.published)
            if force is not None:
                return ActorSlot(-1, -1, force, p.mention)
    return None


def _described(toks, objects: frozenset[str], a: int, start: int) -> int | None:
    """The index of the military object the nationality adjective at ``start`` follows right away or past one
    nisba adjective of its own (دبابة إسرائيلية، آلية عسكرية إسرائيلية; not الحدود اللبنانية
    after موقع قرب)."""
    k = start - 1
    if k > a and objects.isdisjoint(toks[k].forms) and toks[k].norm.endswith(clitics().nisba_ends):
        k -= 1   # (عسكرية: the object's own adjective)
    if k - 1 > a and objects.isdisjoint(toks[k].forms) and any(map(clitics().definite, toks[k].forms)):
        k -= 1   # (موقع الراهب الإسرائيلي، مواقع الجيش الإسرائيلي: the object's definite genitive)
    return k if k >= a and not objects.isdisjoint(toks[k].forms) else None


def _nisba_country(ref, word: str) -> str | None:
    """The country of a nationality adjective read as a place: the country it was resolved to,
    or - where the places stage read it as a spot near a town (بدبابة إسرائيلية قرب بلدة
    كفرشوبا) and resolved nothing - the country the adjective names."""
    if ref.place is not None:
        return ref.place.country if ref.place.feature_class == "country" else None
    if ref.cue != "nisba":
        return None
    from hadath.mentions.actors_country import adjective_countries

    return adjective_countries().get(word)

