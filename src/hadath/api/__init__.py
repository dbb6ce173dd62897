"""hadath's HTTP API: ``create_app(store, ...)`` (FastAPI; OpenAPI at /v1/openapi.json)."""
from __future__ import annotations


def create_app(*args, **kwargs):
    from hadath.api.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
