"""A projectile told before the verb of its falling (:mod:`hadath.mentions.triggers`, issue #9):
subject-verb order, often after إن/أن in a source's words, with the projectile's description or
a relative clause between (قذيفة أطلقها الحوثيون سقطت على منزلهم، إن صاروخا باليستيا سقط على حي
سكني، قذيفة مدفعية سقطت في ساحة البلدة). The verb-first order (سقطت قذيفة) is a phrase of
triggers.tsv; this is the same act told noun-first: a shelling or missile attack, the trigger
the verb. The verb must be followed by a word of where it fell (function_words fell_on: على، في،
قرب) - سقط قتيلا is a death, not a fall - and nothing but words may stand between the projectile
and the verb (a comma or و opens another clause)."""
from __future__ import annotations

from functools import lru_cache

from hadath.events.lexicons import TriggerEntry, function_words, trigger_rows
from hadath.text.clitics import conjunctions
from hadath.types import Token

FALL_REACH = 6  # words between a projectile and its verb (قذيفة هاون أطلقها عناصر الحوثي سقطت)
PROJECTILES = frozenset({"artillery", "missile"})  # weapons.tsv kinds that fall where they hit


@lru_cache(maxsize=1)
def fall_entry() -> TriggerEntry:
    """The trigger entry of the verb-first telling: triggers.tsv's shell row whose genitive names
    no doer (سقط صاروخ، سقوط صواريخ)."""
    lemma, row = next((k, r) for k, r in trigger_rows().items() if r["class"] == "shell" and r.get("nrole") == "none")
    return TriggerEntry(lemma, row["class"], int(row["strength"]), "none", "verb")


def fallen_verbs(tokens: tuple[Token, ...], weapons) -> list[int]:
    """Indices of falling verbs (function_words fell) whose subject is a projectile weapon phrase
    of ``weapons`` (weapon Hits) told before them in their clause."""
    fell, where = function_words("fell"), function_words("fell_on")
    out: list[int] = []
    for w in weapons:
        if w.value not in PROJECTILES:
            continue
        sent = tokens[w.start].sentence
        for k in range(w.end, min(w.end + FALL_REACH + 1, len(tokens) - 1)):
            t = tokens[k]
            if t.sentence != sent or t.kind != "word" or (k > w.end and t.has_proclitic(conjunctions())):
                break
            if not fell.isdisjoint(t.forms):
                if tokens[k + 1].norm in where and k not in out:
                    out.append(k)
                break
    return out
