"""The ``hadath`` command line: a click group whose subcommands load lazily."""
from __future__ import annotations

import importlib

import click

# subcommand -> "module:attribute" (a click.Command); imported only when used
COMMANDS: dict[str, str] = {
    "extract": "hadath.cli.extract:extract",
    "eval": "hadath.cli.evaluate:evaluate",
    "gazetteer": "hadath.cli.gazetteer:gazetteer",
    "ingest": "hadath.cli.ingest:ingest",
    "export": "hadath.cli.export:export",
    "serve": "hadath.cli.serve:serve",
    "bench": "hadath.cli.bench:bench",
    "reextract": "hadath.cli.reextract:reextract",
    "train": "hadath.cli.train:train",
    "watch": "hadath.cli.watch:watch",
    "stats": "hadath.cli.stats:stats",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            module, _, attr = COMMANDS[name].partition(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ModuleNotFoundError as exc:
                if exc.name and exc.name.startswith("hadath"):
                    return None
                raise
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup)
@click.version_option(package_name="hadath")
def main() -> None:
    """hadath: conflict events from Arabic news, with the evidence for every field."""
