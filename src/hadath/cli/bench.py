"""``hadath bench``: throughput and memory on a generated corpus."""
from __future__ import annotations

import click


def _size(value: str) -> tuple[int, int]:
    lo, _, hi = value.partition("-")
    try:
        return int(lo), int(hi or lo)
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected BYTES or MIN-MAX") from None


@click.command()
@click.option("--articles", "-n", type=click.IntRange(10), default=2000, show_default=True,
              help="Generated articles (use 20000 for the Dask scaling figure).")
@click.option("--size", default="2000-3000", show_default=True, help="Article size in UTF-8 bytes: N or MIN-MAX.")
@click.option("--modes", default="raw,local1,localN,dask1,dask2,ingest", show_default=True,
              help="Comma-separated: raw, local1, localN, dask1, dask2, ingest.")
@click.option("--workers", "-j", type=click.IntRange(1), help="Processes for localN (default: all cores).")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), help="Benchmark this JSONL file instead.")
@click.option("--stages", help="Comma-separated stage names (default: the full pipeline).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True), help="Also write the figures as JSON.")
def bench(articles: int, size: str, modes: str, workers: int | None, corpus: str | None, stages: str | None,
          seed: int, json_out: str | None) -> None:
    """Articles/s, MB/s, peak RSS and per-stage time for 1 process, N processes and Dask, and
    the ratio to a raw read+normalize scan of the same text. Each configuration runs in a
    fresh process."""
    import os

    from hadath.bench.runner import MODES, report, run_bench, to_json

    chosen = tuple(m.strip() for m in modes.split(",") if m.strip())
    bad = [m for m in chosen if m not in MODES]
    if bad:
        raise click.BadParameter(f"unknown mode(s) {', '.join(bad)}; choose from {', '.join(MODES)}")
    n_workers = workers or os.cpu_count() or 2
    measures = run_bench(articles, chosen, n_workers, _size(size), seed, corpus,
                         tuple(stages.split(",")) if stages else None, echo=lambda m: click.echo(m, err=True))
    click.echo(report(measures, n_workers))
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            fh.write(to_json(measures))
