"""Batch ingestion: the same pipeline on all local cores or on a Dask cluster, resumable.

    from hadath.batch import IngestOptions, ingest
    report = ingest(["crawl/*.warc.gz"], IngestOptions(db="hadath.sqlite", engine="local"))
"""
from __future__ import annotations

__all__ = ["IngestOptions", "IngestReport", "ingest"]


def __getattr__(name: str):
    if name in __all__:
        from hadath.batch import engine
        return getattr(engine, name)
    raise AttributeError(name)
