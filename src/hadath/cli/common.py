"""Helpers shared by CLI commands: reading inputs with error reporting, progress, pipelines."""
from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from typing import Iterable, Iterator

import click

from hadath.errors import HadathError, InputError
from hadath.types import Article


class ErrorLog:
    """Counts and prints per-input errors to stderr, so one bad input loses nothing else."""

    def __init__(self) -> None:
        self.count = 0

    def input_error(self, err: InputError) -> None:
        self.count += 1
        click.echo(f"error: {err}", err=True)

    def article_error(self, article: Article, exc: Exception) -> None:
        self.count += 1
        where = article.origin or article.id
        click.echo(f"error: {where}: extraction failed: {exc}", err=True)


def parse_date_option(value: str | None) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def articles(paths: Iterable[str], errors: ErrorLog, published: date | None = None) -> Iterator[Article]:
    """Articles from the inputs; bad inputs are reported and skipped. ``published`` fills in
    articles that carry no publication date."""
    from hadath.ingest import read_inputs

    for item in read_inputs(paths):
        if isinstance(item, InputError):
            errors.input_error(item)
            continue
        if published is not None and item.published is None:
            item = replace(item, published=published)
        yield item


def progress(items: Iterable, total: int | None = None, desc: str = "articles") -> Iterable:
    """A progress bar on an interactive terminal; plain iteration otherwise."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit=" art", leave=False)


def build(gazetteer: str | None = None, stages: list[str] | None = None, options: dict | None = None):
    from hadath import load
    from hadath.pipeline import PipelineConfig

    try:
        return load(stages=stages, config=PipelineConfig(gazetteer=gazetteer, options=dict(options or {})))
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc


def lexicon_dir_option(fn):
    """``--lexicon-dir DIR`` (repeatable): user lexicons that add rows to the bundled ones."""
    return click.option(
        "--lexicon-dir", "lexicon_dirs", multiple=True, type=click.Path(file_okay=False),
        help="A directory of user lexicons (actors.tsv, triggers.tsv, dates_months.tsv, "
             "numbers.tsv ... in the bundled formats) whose rows are added to the bundled "
             "ones; repeatable. Default: $HADATH_LEXICON_DIR.")(fn)


def use_lexicons(dirs: tuple[str, ...]) -> None:
    """Put ``--lexicon-dir`` in force for this process and its workers (through the
    environment), and check every user lexicon file now, naming the file and line of a bad
    row, before any article is read."""
    import os

    from hadath.resources import ENV_LEXICON_DIR, lexicon_dirs, load_tsv, use_lexicon_dirs

    try:
        if dirs:
            use_lexicon_dirs(dirs)
            os.environ[ENV_LEXICON_DIR] = os.pathsep.join(str(p) for p in lexicon_dirs())
        for d in lexicon_dirs():
            for f in sorted(d.glob("*.tsv")):
                load_tsv("lexicons/" + f.name)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
