"""Modality cues told in two parts with a noun between them (issue #9): سبق ل + the doer + أن
(وسبق للطائرات الروسية أن ارتكبت مجزرة راح ضحيتها 20 مدنيا) is the cue سبق أن of modality.tsv
with its subject put inside - an act done before, whose toll is no toll of the day's act. The
phrase matcher reads contiguous phrases only; this finds the split ones and gives them the
contiguous cue's entry."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from hadath.events.lexicons import MODALITY, CueEntry, cue_entry
from hadath.events.modality import Cue, scope_words
from hadath.resources import load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key
from hadath.types import Token

SPLIT_GAP = 4  # words of the doer between the head's ل-word and أن (للطائرات الحربية الروسية أن)


@lru_cache(maxsize=1)
def _entry() -> CueEntry | None:
    """The entry of the contiguous cue (event_scope.tsv ``earlier_head`` + ``earlier_that``,
    a lemma of modality.tsv: سبق ان)."""
    w = scope_words()
    lemmas = {f"{h} {t}" for h in w.earlier_head for t in w.earlier_that}
    return next((cue_entry(row) for row in load_tsv(MODALITY) if normalize_key(row["lemma"]) in lemmas), None)


def split_cues(tokens: Sequence[Token], cues: list[Cue]) -> list[Cue]:
    """``cues`` with the split ones added, in order: the head (سبق), a word after it led by the
    preposition ل (its subject: للطائرات، لقوات، لها), then أن within SPLIT_GAP words - no
    punctuation between. The cue spans head to أن."""
    w = scope_words()
    heads = [k for k, t in enumerate(tokens) if not w.earlier_head.isdisjoint(t.forms)]
    if not heads:
        return cues
    entry = _entry()
    taken = {c.start for c in cues}
    out = list(cues)
    for k in heads:
        if entry is None or k in taken or k + 2 >= len(tokens) or not _led_by_preposition(tokens[k + 1]):
            continue
        for j in range(k + 2, min(len(tokens), k + 2 + SPLIT_GAP)):
            tok = tokens[j]
            if tok.kind == "punct" or tok.sentence != tokens[k].sentence:
                break
            if tok.norm in w.earlier_that:
                out.append(Cue(k, j + 1, entry))
                break
    return sorted(out, key=lambda c: c.start) if len(out) > len(cues) else cues


def _led_by_preposition(tok: Token) -> bool:
    """The word is the preposition ل (clitics.tsv ``lam``) + a noun or pronoun (للطائرات، لقوات،
    لها): its norm opens with it and its forms hold the word without it."""
    lam = clitics().lam
    return tok.kind == "word" and tok.norm.startswith(lam) and len(tok.norm) > len(lam) + 1 \
        and any(f != tok.norm and tok.norm.endswith(f) for f in tok.forms)
