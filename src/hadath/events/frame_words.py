"""The word classes of frame building (data/lexicons/event_frames.tsv; split out of frames.py, issue
#11): auxiliaries, particles, clitics and linking words that :mod:`hadath.events.frames` and the
modules deciding what a frame's triggers tell read, normalized on load."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from hadath.events.lexicons import word_classes

FRAME_WORDS = "lexicons/event_frames.tsv"


class FrameWords(NamedTuple):
    """The word classes of data/lexicons/event_frames.tsv (see its header), normalized."""
    past_aux: frozenset[str]
    perfect_particle: frozenset[str]
    plural_ending: frozenset[str]
    cause_clitic: frozenset[str]
    quantifier: frozenset[str]
    comma: frozenset[str]
    coord_clitic: frozenset[str]
    coord_word: frozenset[str]
    concurrent: frozenset[str]
    addition: frozenset[str]
    addition_link: frozenset[str]
    addition_after: frozenset[str]
    sequence: frozenset[str]
    follow: frozenset[str]
    sequel: frozenset[str]
    that_word: frozenset[str]
    sequel_cause: frozenset[str]
    outbreak: frozenset[str]
    consequence_clitic: frozenset[str]
    after_lead: frozenset[str]
    other_act: frozenset[str]
    other_people: frozenset[str]
    setoff_verb: frozenset[str]
    other_place: frozenset[str]
    resume: frozenset[str]
    likewise: frozenset[str]
    spread: frozenset[str]
    no_ground: frozenset[str]
    ground_skip: frozenset[str]
    toll_contrast: frozenset[str]
    purpose_clitic: frozenset[str]
    purpose_word: frozenset[str]
    scene_verb: frozenset[str]
    backdrop_lead: frozenset[str]
    ongoing_verb: frozenset[str]
    ongoing_noun: frozenset[str]


@lru_cache(maxsize=1)
def frame_words() -> FrameWords:
    return word_classes(FRAME_WORDS, FrameWords)
