"""hadath: structured, geolocated, evidence-linked conflict events from Arabic news.

Nothing heavy happens at import time. Build a pipeline with :func:`hadath.load`.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def load(stages=None, config=None):
    """Build the default extraction pipeline (or the named ``stages``)."""
    from hadath.pipeline import build_pipeline

    return build_pipeline(stages=stages, config=config)
