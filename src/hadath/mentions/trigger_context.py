"""The word classes of ``lexicons/triggers_context.tsv`` the ``triggers`` stage reads
(:mod:`hadath.mentions.triggers`), loaded once and normalized."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from hadath.errors import DataError
from hadath.events.lexicons import TRIGGER_CONTEXT, purpose_words
from hadath.resources import data_path, load_tsv, word_roles
from hadath.text.normalize import normalize_key

CONTEXT_FILE = TRIGGER_CONTEXT


class Context(NamedTuple):
    """The word classes of ``lexicons/triggers_context.tsv`` (see its header), normalized."""
    drone_keys: frozenset[str]
    strike_nouns: frozenset[str]
    count_words: frozenset[str]
    human_suffixes: tuple[str, ...]
    reason_preps: frozenset[str]
    nominal_leads: frozenset[str]
    passive_mark: str
    object_verbs: frozenset[str]
    aircraft: frozenset[str]
    gather_verbs: frozenset[str]
    purposes: frozenset[str]
    gathered_as: str
    adjective_suffixes: frozenset[str]
    time_adverbs: frozenset[str]
    signatories: frozenset[str]
    drone_after: frozenset[str]
    drone_before: frozenset[str]
    drone_mark: str
    attacker_heads: frozenset[str]
    strike_verbs: frozenset[str]
    instrument_preps: frozenset[str]
    held_verbs: frozenset[str]
    feign_after: frozenset[str]
    prep_verbs: frozenset[str]


@lru_cache(maxsize=1)
def context() -> Context:
    roles = word_roles(CONTEXT_FILE)
    marks = [r["word"] for r in load_tsv(CONTEXT_FILE) if r.get("role") == "passive_mark"]
    shadda = [r["word"] for r in load_tsv(CONTEXT_FILE) if r.get("role") == "drone_mark"]
    lemma = [normalize_key(r["word"]) for r in load_tsv(CONTEXT_FILE) if r.get("role") == "gathered_as"]
    if len(marks) != 1 or len(lemma) != 1 or len(shadda) != 1:
        raise DataError(f"{data_path(CONTEXT_FILE)}: needs exactly one passive_mark, drone_mark and gathered_as row")
    get = lambda role: roles.get(role, frozenset())  # noqa: E731
    return Context(get("drone"), get("strike_noun"), get("count_word"),
                   tuple(get("human_suffix")), get("reason_prep"), get("nominal_lead"), marks[0],
                   get("object_verb"), get("aircraft"), get("gather_verb"), purpose_words(), lemma[0],
                   get("adjective_suffix"), get("time_adverb"), get("signatory"),
                   get("drone_after"), get("drone_before"), shadda[0], get("attacker_head"),
                   get("strike_verb"), get("instrument_prep"), get("held_verb"),
                   get("feign_after"), get("prep_verb"))
