"""The ``text`` stage: normalization, sentences and tokens."""
from __future__ import annotations

from typing import ClassVar

from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokens_and_columns
from hadath.types import Doc


class TextStage:
    name: ClassVar[str] = "text"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("norm", "sentences", "tokens", "columns")

    def __init__(self, config=None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        norm = normalize(doc.article.text)
        sentences = split_sentences(norm)
        tokens, columns = tokens_and_columns(norm, sentences)
        return Doc(doc.article, norm, sentences, tokens, doc.mentions, doc.events, doc.warnings, doc.scan,
                   columns)
