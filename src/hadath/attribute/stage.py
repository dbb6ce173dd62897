"""The ``attribute`` stage (issue #9, roles): after the acceptance model has judged the
candidates, a record told without a doer takes the attacker the report's accepted records of
the same kind name (:mod:`hadath.attribute.story`), and an armed clash still with one side
gets an unidentified armed group for the other (:mod:`hadath.attribute.battle`).

It runs after ``accept`` so that only records a coder would code lend their attacker, and so
that the acceptance model judges each candidate as its own sentence told it."""
from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from hadath.attribute.battle import two_sided
from hadath.attribute.story import inherit_story_attacker
from hadath.types import Doc


class AttributeStage:
    name: ClassVar[str] = "attribute"
    requires: ClassVar[tuple[str, ...]] = ("events:confidence",)
    assigns: ClassVar[tuple[str, ...]] = ("events:attributed",)

    def __init__(self, config=None) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        return replace(doc, events=tuple(two_sided(inherit_story_attacker(doc.events, doc.text))))
