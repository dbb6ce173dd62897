"""The ``places`` stage: place mentions, resolved against the gazetteer per document.

Recognition: gazetteer names through the clitic-aware tokens (بالرقة، وريفها), names after a
place cue (بلدة، قرية، مدينة، حي، مخيم، محافظة، ناحية، ريف X، شمال X، بالقرب من X، طريق X),
and names in a place slot (listed with another place, followed by وريفها). Names that are
common words (weak names) need a cue or a slot; fuzzy lookup (spelling variants) is used only
for cue/slot names. Unknown names after a cue become unresolved places (``PlaceRef.place`` None).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

from hadath.gazetteer import Gazetteer, open_gazetteer
from hadath.gazetteer.resolve import Item, candidates, country_focus, disambiguate
from hadath.text.matcher import PhraseMatcher
from hadath.types import Doc, Mention, PlaceRef, Span, Token

# cue stem -> precision hint (1 the place itself, 2 near it / part of its area, 3 a region)
CUES: dict[str, int] = {
    "مدينه": 1, "بلده": 1, "قريه": 1, "حي": 1, "مخيم": 1, "مزرعه": 1, "بلدات": 1, "قري": 1,
    "احياء": 1, "ضاحيه": 1, "معبر": 1, "حاجز": 1, "مطار": 1, "سجن": 1, "جسر": 1,
    "ناحيه": 2, "قضاء": 2, "مديريه": 2, "منطقه": 2, "ريف": 2, "محيط": 2, "اطراف": 2,
    "ضواحي": 2, "قرب": 2, "مشارف": 2, "طريق": 2, "اوتوستراد": 2, "بادية": 2, "جنوب": 2,
    "شمال": 2, "شرق": 2, "غرب": 2, "جنوبي": 2, "شمالي": 2, "شرقي": 2, "غربي": 2, "وسط": 1,
    "محافظه": 3, "ولايه": 3, "اقليم": 3,
}
AFTER_CUES = frozenset({"ريف", "محيط", "ضواحي", "اطراف", "مشارف"})   # X وريفها
SKIP_AFTER_CUE = frozenset({"من", "ال", "في", "مدينه", "بلده", "قريه", "محافظه"})
DIRECTION_ADJ = frozenset({"الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقيه", "الغربيه",
                           "الشماليه", "الجنوبيه", "الاوسط"})
NAME_HEADS = frozenset({"تل", "عين", "دير", "راس", "ابو", "ام", "بئر", "بير", "كفر", "جسر", "خان",
                        "بيت", "بني", "قصر", "جبل", "وادي", "سيدي", "مرج", "معره", "تله", "حاسي",
                        "سوق", "باب", "برج", "شيخ", "الشيخ", "حزه", "عرب", "نهر", "بئر", "ابي"})
STOP = frozenset({"في", "من", "على", "الى", "عن", "مع", "و", "او", "ثم", "التي", "الذي", "حيث",
                  "بعد", "قبل", "خلال", "منذ", "بين", "عند", "هذا", "هذه", "ذلك", "تلك", "كان",
                  "الواقعه", "الواقع", "التابعه", "التابع", "القريبه", "المحاذيه", "المجاوره",
                  "بالقرب", "قرب", "نحو", "باتجاه", "اليوم", "امس", "ان", "انه", "لا", "لم", "قد"})
DEFINITE_CUES = frozenset({"قرب"})  # بالقرب من
REGION_CUE_WORDS = frozenset({"ريف", "محافظه", "ناحيه", "منطقه", "قضاء", "ولايه", "مديريه"})
MIN_KEY = 3
ACCEPT_SCORE = 2.0      # a bare single-word name (no cue, no slot) needs this much evidence


@dataclass
class _Found:
    start: int              # token indices [start, end)
    end: int
    span: Span
    key: str
    cue: str | None = None
    hint: int = 1
    weak: bool = False
    slot: bool = False      # in a list with other places / before وريفها
    known: bool = True      # matched a gazetteer name
    containers: list[str] = field(default_factory=list)


def _matcher(gz: Gazetteer) -> PhraseMatcher:
    m = getattr(gz, "_hadath_place_matcher", None)
    if m is None:
        m = PhraseMatcher()
        keys = list(gz.arabic_keys())
        for key, weak in keys:
            if len(key.replace(" ", "")) >= MIN_KEY:
                m.add(key, (weak, key))
        for key, weak in keys:  # names written without their space (حفرالباطن، #دير_الزور)
            words = key.split()
            if len(words) == 2 and min(len(w) for w in words) >= 3 and not weak:
                m.add("".join(words), (weak, key))
        gz._hadath_place_matcher = m  # type: ignore[attr-defined]
    return m


def _cue_of(tok: Token) -> str | None:
    if tok.kind != "word":
        return None
    for an in tok.analyses:
        if an.stem in CUES and not an.suffix:
            if "ال" in an.prefixes and an.stem not in DEFINITE_CUES:
                return None  # المنطقة، المدينة: "the area" itself, not "the area of X"
            return an.stem
    return None


def _after_cue(tok: Token) -> bool:
    """وريفها / ومحيطها: a countryside/outskirts word with a pronoun, after a place."""
    return tok.kind == "word" and any(an.stem in AFTER_CUES and an.suffix in ("ها", "ه")
                                      for an in tok.analyses)


def _stem(tok: Token) -> str:
    """The token without conjunction/preposition proclitics (keeps ال)."""
    for an in tok.analyses:
        if an.prefixes and "ال" not in an.prefixes and not an.suffix:
            return an.stem
    return tok.norm


def _unknown_name(tokens: tuple[Token, ...], j: int) -> tuple[int, str, Span] | None:
    """An unknown name starting at token j: (end, key, span) or None."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    t0 = tokens[j]
    w0 = t0.norm if j > 0 and _cue_of(tokens[j - 1]) else _stem(t0)
    if w0 in STOP or _cue_of(t0) or len(w0) < 2:
        return None
    words, end = [w0], j + 1
    if end < len(tokens) and tokens[end].kind == "word" and tokens[end].sentence == t0.sentence:
        nxt = tokens[end].norm
        if nxt not in STOP and nxt not in DIRECTION_ADJ and not _cue_of(tokens[end]) and (
                w0 in NAME_HEADS or (nxt.startswith("ال") and not w0.startswith("ال"))):
            words.append(nxt)
            end += 1
    span = Span(t0.analyses[0].span.start if w0 == t0.norm else _stem_span(t0, w0).start,
                tokens[end - 1].span.end)
    return end, " ".join(words), span


def _stem_span(tok: Token, stem: str) -> Span:
    for an in tok.analyses:
        if an.stem == stem:
            return an.span
    return tok.span


def _match(matcher: PhraseMatcher, tokens: tuple[Token, ...], i: int):
    """A gazetteer match at token i, unless its first word lost a future-tense س (سارين ≠ س+ارين)."""
    m = matcher.match_at(tokens, i)
    if m is None:
        return None
    first = m.key.split()[0]  # the matched form (maybe written without a space)
    for an in tokens[i].analyses:
        if an.stem == first and an.span.start == m.span.start:
            if "س" in an.prefixes:
                return None
            break
    return m


def recognize(tokens: tuple[Token, ...], matcher: PhraseMatcher) -> list[_Found]:
    found: list[_Found] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.kind != "word":
            i += 1
            continue
        m = _match(matcher, tokens, i)
        cue = _cue_of(tok)
        if m is not None and (cue is None or m.end - m.start > 1):
            found.append(_Found(m.start, m.end, m.span, m.value[1], weak=m.value[0],
                                cue=cue if m.end - m.start > 1 else None,
                                hint=CUES.get(cue, 1) if cue else 1))
            i = m.end
            continue
        if cue is not None:
            hint = CUES[cue]
            j = i + 1
            while j < n and tokens[j].kind == "word" and (tokens[j].norm in SKIP_AFTER_CUE
                                                          or _cue_of(tokens[j])):
                c2 = _cue_of(tokens[j])
                if c2:
                    hint = max(hint, CUES[c2])
                j += 1
            if j < n and tokens[j].sentence == tok.sentence:
                m2 = _match(matcher, tokens, j)
                if m2 is not None:
                    found.append(_Found(m2.start, m2.end, m2.span, m2.value[1], cue=cue, hint=hint,
                                        weak=m2.value[0]))
                    i = m2.end
                    continue
                un = _unknown_name(tokens, j)
                if un is not None:
                    end, key, span = un
                    found.append(_Found(j, end, span, key, cue=cue, hint=hint, known=False))
                    i = end
                    continue
            i += 1
            continue
        # a name before وريفها, or listed with a place just found: a place slot
        if i + 1 < n and _after_cue(tokens[i + 1]):
            un = _unknown_name(tokens, i)
            if un is not None and un[0] == i + 1:
                found.append(_Found(i, i + 1, un[2], un[1], slot=True, known=False))
                i += 1
                continue
        i += 1
    _mark_slots(tokens, found)
    return found


def _mark_slots(tokens: tuple[Token, ...], found: list[_Found]) -> None:
    """Slots: a weak name next to another place (و-list, brackets, وريفها) or a region phrase."""
    for k, f in enumerate(found):
        if f.cue:
            continue
        nxt = f.end < len(tokens) and _after_cue(tokens[f.end])
        listed = False
        if k > 0 and not found[k - 1].weak:
            gap = [t.norm for t in tokens[found[k - 1].end:f.start]]
            conj = tokens[f.start].analyses[-1].prefixes[:1] == ("و",)
            listed = (not gap and conj) or gap in (["و"], ["("], [","], ["-"], [",", "و"])
        if nxt or listed:
            f.slot = True
        # X (Y): Y after "X وريفها (" is in X's countryside; "Y في ريف X" / "Y بريف X"
        if k > 0 and tokens[f.start - 1].norm == "(" and f.start >= 2 and _after_cue(tokens[f.start - 2]):
            f.containers.append(found[k - 1].key)
            f.slot = True
    for k, f in enumerate(found[:-1]):
        g = found[k + 1]
        gap = [t.norm for t in tokens[f.end:g.start]]
        if g.start - f.end > 3 or not gap:
            continue
        if g.cue in REGION_CUE_WORDS:
            cue_tok = tokens[g.start - 1]
            if "في" in gap or "(" in gap or "," in gap or any(
                    "ب" in an.prefixes for an in cue_tok.analyses if an.stem == g.cue):
                f.containers.append(g.key)
        elif gap[0] in ("(", ",", "-") and g.known and not g.weak:
            f.containers.append(g.key)


class PlaceStage:
    name: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:place",)

    def __init__(self, config=None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config
        self.focus = tuple(getattr(config, "country_focus", ()) or ())
        self.gz = gazetteer or open_gazetteer(getattr(config, "gazetteer", None))
        self.matcher = _matcher(self.gz)

    def __call__(self, doc: Doc) -> Doc:
        refs = self.resolve(doc)
        new = tuple(Mention("place", f.span, f.span.of(doc.text), ref, doc.tokens[f.start].sentence,
                            confidence=round(min(1.0, max(0.1, ref.score / 10 + 0.5)), 3)
                            if ref.place else 0.3)
                    for f, ref in refs)
        return replace(doc, mentions=doc.mentions + new)

    def resolve(self, doc: Doc) -> list[tuple[_Found, PlaceRef]]:
        found = recognize(doc.tokens, self.matcher)
        items: dict[str, Item] = {}
        kept: list[_Found] = []
        for f in found:
            fuzzy = bool(f.cue) or f.slot
            it = items.get(f.key)
            if it is None:
                it = items[f.key] = Item(f.key)
            if f.weak and not fuzzy:
                continue  # a common word with no cue: not a place here
            it.count += 1
            if f.cue:
                it.cues.add(f.cue)
            it.fuzzy_ok = it.fuzzy_ok or (fuzzy and not f.known)
            it.containers.extend(c for c in f.containers if c not in it.containers)
            kept.append(f)
        for it in items.values():
            if it.count:
                it.hits = candidates(self.gz, it.key, it.fuzzy_ok)
        live = {k: it for k, it in items.items() if it.count}
        focus = country_focus(list(live.values()), self.focus,
                              doc.article.url or doc.article.source, self.gz)
        disambiguate(live, focus)
        out = []
        for f in kept:
            it = live[f.key]
            place = it.hits[it.best][0].place if it.best >= 0 else None
            fuzzy_hit = place is not None and it.hits[it.best][1] < 1.0
            if fuzzy_hit and focus.get(place.country_code, 0) < 0.5:
                place = None  # a spelling variant of a far-away name: keep the place unresolved
            if not (f.cue or f.slot or " " in f.key or it.containers):
                if place is None:
                    continue
                need = ACCEPT_SCORE + (0.0 if focus.get(place.country_code, 0) > 0.5 else 0.4)
                if place.feature_class not in ("country", "admin1") and it.scores[it.best] < need:
                    continue
            container = None
            for ck in it.containers:
                c = live.get(ck)
                if c is not None and c.best >= 0:
                    container = c.hits[c.best][0].place
                    break
            order = sorted(range(len(it.hits)), key=lambda x: -it.scores[x])[:5]
            ref = PlaceRef(name=f.key, place=place,
                           score=round(it.scores[it.best], 3) if place else 0.0,
                           precision_hint=f.hint, cue=f.cue, container=container,
                           candidates=tuple((it.hits[x][0].place, round(it.scores[x], 3)) for x in order))
            out.append((f, ref))
        return out
