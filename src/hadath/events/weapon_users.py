"""Sides named by the means of an act (split out of realize.py, issue #11): the owner named
inside a strike phrase (غارة إسرائيلية، طائرات F-16 العراقية), the known user of a weapon with no
doer named (weapon_owners.tsv), and a coalition's member named beside its leader."""
from __future__ import annotations

from collections import Counter

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import weapon_owners
from hadath.events.role_words import actor_tokens, support_before
from hadath.events.roles import ActorSlot, coordinated, owner_hit, role_words, target_noun
from hadath.events.state_forces import state_force
from hadath.events.taxonomy import ARMED_INTERS, REMOTE_CLASSES
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import singles
from hadath.events.victims import group_before
from hadath.gazetteer.lexicon import place_lexicon

def weapon_owner(ix: DocIndex, frame: Frame, slots: list[ActorSlot]):
    """The side named inside the strike phrase itself: an actor phrase that contains a trigger
    (غارة إسرائيلية، طائرات الاحتلال), else a nationality adjective right after a strike word or
    weapon (قصف مدفعي إسرائيلي، طائرات F-16 العراقية) -> that state's military."""
    trig_tokens = {i for t in frame.trigs for i in range(t.loc.start, t.loc.end)}
    a, b = frame.clause
    trig_tokens |= {i for w in ix.get("weapon", frame.sent) for i in range(w.start, w.end)}
    for loc in ix.get("actor", frame.sent):
        if a <= loc.start < b and loc.end - loc.start > 1 and loc.mention.value.inter in (1, 8) \
                and not trig_tokens.isdisjoint(range(loc.start, loc.end)) \
                and not support_before(ix.doc.tokens, loc.start, actor_tokens(ix, frame.sent)):
            return loc.mention.value, loc.mention
    heads = [t.loc.end for t in frame.trigs if t.cls in REMOTE_CLASSES or t.cls in ("attack", "aggression", "shoot")]
    heads += [w.end for w in ix.get("weapon", frame.sent) if a <= w.start < b]
    toks = ix.doc.tokens  # (and a means told with ب: بنيران إسرائيلية، برصاص تركي)
    heads += [k + 1 for k in range(a, b) if toks[k].norm in role_words().agent and toks[k].has_proclitic(role_words().by)]
    if not heads:
        return None
    owned_by = role_words().owned_by
    for loc in ix.get("actor", frame.sent):  # طائرة مسيرة تابعة لجيش الاحتلال التركي
        ref = loc.mention.value
        if a <= loc.start < b and ref.inter in ARMED_INTERS and ref.kind != "generic" and any(
                (0 < loc.start - e <= WINDOWS.owner_right and not owned_by.isdisjoint(
                    toks[loc.start - 1].forms + toks[e].forms)
                 or loc.start == e and not owned_by.isdisjoint(toks[e].forms))  # (an alias opening with تابعة ل)
                for e in heads) and not owner_hit(toks, loc.start, a):
            return ref, loc.mention  # (not استهدفت مدرعة تابعة للقوات المسلحة: what was hit)
    held = role_words().lam | role_words().by  # (... بدورية للجيش اللبناني: the side hit)
    inside = {i for loc in ix.get("actor", frame.sent)
              if toks[loc.start].has_proclitic(held) or target_noun(toks[loc.start])
              for i in range(loc.start, loc.end + 1)}  # (and the nisba right after it: دورية للجيش العراقي)
    for p in ix.get("place", frame.sent):
        ref = p.mention.value
        place = ref.place or (_only_country(ref) if any(0 <= p.start - t.loc.end <= 1 for t in frame.trigs) else None)
        # (بإطلاق نار تركي قرب بلدة: a nisba right after the act, left unresolved by the places stage)
        if ref.cue != "nisba" or place is None or not (a <= p.start < b) or p.start in inside \
                or (p.start > a and (not singles().isdisjoint(toks[p.start - 1].forms) or group_before(toks, p.start)
                                     or (toks[p.start - 1].norm in role_words().agent and p.start not in heads
                                     and not toks[p.start - 1].has_proclitic(role_words().by)))) \
                or any(target_noun(toks[k]) for k in range(max(a, p.start - 2), p.start)):
            continue  # استهدف مقرا للجيش العراقي: the adjective of the target's owner (لـ، بـ); نفذها
            # شاب فلسطيني: a person's nationality (but بنيران إسرائيلية: the fire's); بآلية عسكرية إسرائيلية: what was hit
        if any(0 <= p.start - e <= WINDOWS.owner_right for e in heads) and p.start > a \
                and (not place_lexicon().generic.isdisjoint(toks[p.start - 1].forms)
                     or any(q.end == p.start and q.mention.value.cue != "nisba" for q in ix.get("place", frame.sent))):
            continue  # هز تفجيران انتحاريان العاصمة التونسية، انفجار عبوة بمحافظة ديالى العراقية: the
            # adjective of the place named right before it, no owner
        if any(0 <= p.start - e <= WINDOWS.owner_right for e in heads) or any(  # ضربة إسرائيلية
                t.loc.start < p.start < t.loc.end for t in frame.trigs):
            force = state_force(place.country, ix.doc.article.published)
            if force is not None:
                return force, p.mention
    return known_user(ix, frame)


def _only_country(ref):
    """The one candidate of a place mention when it is a country (تركي: Turkey), else None."""
    cands = ref.candidates or ()
    return cands[0][0] if len(cands) == 1 and cands[0][0].feature_class == "country" else None


def known_user(ix: DocIndex, frame: Frame):
    """A weapon only one side uses in the country the report is about (data/lexicons/
    weapon_owners.tsv: barrel bombs in Syria, air strikes over Gaza) names that side."""
    owners = weapon_owners()
    a, b = frame.clause
    toks = ix.doc.tokens
    country = None
    for w in [*ix.get("weapon", frame.sent), *(t.loc for t in frame.trigs)]:  # (the air strike noun: غارة)
        rows = [row for f in toks[w.start].forms for row in owners.get(f, ())] if a <= w.start < b else []
        if not rows:
            continue
        if country is None:  # the country the report's place names name most, counted once
            seen = Counter(m.value.place.country for m in ix.doc.mentions
                           if m.kind == "place" and getattr(m.value, "place", None) is not None)
            country = seen.most_common(1)[0][0] if seen else ""
        for row_country, owner, role in rows:
            force = state_force(owner, ix.doc.article.published, role) if row_country == country else None
            if force is not None:
                return force, w.mention
    return None


def coalition(ix: DocIndex, name: str, before_sent: int) -> list[ActorSlot]:
    """Partners named with ``name`` (X وY) in the latest earlier sentence that pairs them."""
    toks = ix.doc.tokens
    for sent in range(before_sent, -1, -1):
        locs = ix.get("actor", sent)
        for a, b in zip(locs, locs[1:]):
            sa = ActorSlot.of(a)
            sb = ActorSlot.of(b)
            if coordinated(toks, sa, sb):
                if sa.ref.name == name and sb.ref.name != name:
                    return [sb]
                if sb.ref.name == name and sa.ref.name != name:
                    return [sa]
    return []
