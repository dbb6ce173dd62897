"""Typed errors. Every error hadath raises on purpose derives from HadathError."""
from __future__ import annotations


class HadathError(Exception):
    """Base class for hadath's own errors."""


class InputError(HadathError):
    """An input (file, line, record) could not be read. Names the input and, when known, the line."""

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class PipelineError(HadathError):
    """A pipeline was assembled wrongly (unknown stage, missing requirement, bad order)."""


class StageError(HadathError):
    """A stage failed on one article; carries the article id and the stage name."""

    def __init__(self, stage: str, article_id: str, cause: BaseException):
        self.stage = stage
        self.article_id = article_id
        self.cause = cause
        super().__init__(f"stage {stage!r} failed on article {article_id!r}: {cause!r}")


class DataError(HadathError):
    """A bundled or user-supplied language/gazetteer data file is missing or malformed."""


class GoldFormatError(HadathError):
    """A gold file for `hadath eval` is malformed."""


class LexiconError(DataError):
    """A lexicon row (bundled or from a user lexicon directory) is malformed. Names the file and
    the line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
