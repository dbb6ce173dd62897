"""The one killed right after an unvocalized kill verb (قتل جندي سوري، قتل ضابط في الشرطة):
read by :mod:`hadath.events.voice` to choose the passive reading."""
from __future__ import annotations

from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.roles import ActorSlot, agent_pairs, mark, owner_hit, role_words, same_group
from hadath.events.tuning import WINDOWS
from hadath.events.victims import PEOPLE, category
from hadath.text.clitics import clitics
from hadath.types import Token


def indefinite_patient(tokens: Sequence[Token], slots: list[ActorSlot], trig_end: int,
                       hi: int) -> bool:
    """Right after an unvocalized kill verb, an indefinite actor with no second actor, count or
    victim noun after it in the clause is the one killed (قتل جندي سوري، قتل عنصران من الأمن);
    an active verb keeps its object after the subject (قتل مسلحون مدنيين، قتل مسلحون 3 جنود). A
    member noun of a force (ضابط، جنديان) is the one killed whatever follows in the clause: the
    force it belongs to (ضابط في الشرطة)، a second victim (وأصيب جنديان), the doer (وتبنى X)."""
    w = role_words()
    first = next((s for s in sorted(slots, key=lambda x: x.start) if s.start >= trig_end), None)
    member = trig_end < hi and not w.member.isdisjoint(tokens[trig_end].forms) \
        and not any(map(clitics().definite, tokens[trig_end].forms))
    if member and first is not None and first.start == trig_end + 2 and first.start < hi \
            and (tokens[trig_end + 1].norm in w.partitive or tokens[trig_end + 1].norm in function_words("in")):
        first = ActorSlot(trig_end, first.end, first.ref, first.mention)  # قتل ضابط في الشرطة: the officer
    if first is None or first.start - trig_end > 0 or first.start >= hi \
            or any(map(clitics().definite, tokens[first.start].forms)):
        return False
    # (a side told in a clause of its own after a connective is no doer of this verb: قتل متظاهر
    # وأصيب العشرات حين فتحت قوات الأمن النار)
    hi = next((k for k in range(first.end, hi) if tokens[k].norm in scope_words().clause_word), hi)
    if not member and any(trig_end <= s.start < hi and s is not first and not owner_hit(tokens, s.start, trig_end)
                          and not same_group(tokens, first, s) and mark(tokens, s, trig_end, ()) != "agent"
                          for s in slots):  # (the owner of a checkpoint hit is one more side hit, no
        return False  # subject; the group of the one killed, جنديان من الجيش; its doer, شنه مسلحو X)
    # (people right after it are the object; a checkpoint or a base is only where: في هجوم على
    # حاجز; a count further on belongs to a clause of its own: وأصيب ثلاثة آخرون)
    conj, hedge = tuple(role_words().conj), function_words("hedge")
    k, stop = first.end, min(hi, first.end + WINDOWS.object_after_subject)
    while k < stop:
        t = tokens[k]
        past = None  # a side read past: a second doer joined by و, or the group a doubt names
        if t.norm.startswith(conj) and t.norm not in conj and len(t.norm) > 2:
            past = next((s for s in slots if s.start == k or (
                0 < s.start - k <= 2 and not w.member.isdisjoint(t.forms))), None)
            if past is None:
                break  # (وأصيب ثلاثة: a clause of its own)
            # (قتل جنود ماليون وعناصر من فاغنر عشرات المدنيين: two doers, then their object)
        elif not hedge.isdisjoint(t.forms):
            past = next((s for s in slots if 0 < s.start - k <= 4), None)
            # (قتل مسلحون يعتقد أنهم من تنظيم داعش ثلاثة رعاة: past the doubt)
        if past is not None:
            k, stop = past.end, min(hi, past.end + WINDOWS.object_after_subject)
            continue
        if t.norm in w.agent or (k + 1 < hi and (t.norm, tokens[k + 1].norm) in agent_pairs()):
            break  # (قتل شرطي على يد محتجين: the doer after its marker, no object)
        if t.kind == "number" or category(t.forms) in PEOPLE:
            return False
        k += 1
    # (قتل مسلحون في اليوسفية جنوب بغداد مترجما: the object past a place, marked accusative)
    acc = clitics().accusative
    return not any(tokens[j].norm.endswith(acc) and category(tokens[j].forms) in PEOPLE
                   for j in range(stop, min(hi, first.end + WINDOWS.kill_object)))
