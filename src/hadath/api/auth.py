"""API tokens for write endpoints. Tokens are kept hashed (SHA-256), in memory and in the store.

Sources: tokens made with ``hadath serve --create-token NAME`` (stored hashed in the database),
``HADATH_API_TOKENS`` (comma-separated) and ``--token-file`` (one per line, ``#`` comments).
An entry ``sha256:<hex>`` is an already-hashed token; ``name=token`` names it.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import Iterable

from hadath.errors import HadathError


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_entries(entries: Iterable[str], origin: str) -> dict[str, str]:
    """hash -> name from token entries."""
    out: dict[str, str] = {}
    for n, raw in enumerate(entries, 1):
        entry = raw.split("#", 1)[0].strip() if not raw.strip().startswith("sha256:") else raw.strip()
        if not entry:
            continue
        name, sep, value = entry.partition("=")
        if not sep:
            name, value = f"{origin}:{n}", entry
        value = value.strip()
        if value.startswith("sha256:"):
            h = value[7:].lower()
            if len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
                raise HadathError(f"{origin}: entry {n} is not a sha256 hex digest")
        else:
            if len(value) < 16:
                raise HadathError(f"{origin}: entry {n}: tokens must be at least 16 characters")
            h = hash_token(value)
        out[h] = name.strip() or f"{origin}:{n}"
    return out


class TokenChecker:
    """Checks a presented token against configured hashes and the store's tokens."""

    def __init__(self, store=None, hashes: dict[str, str] | None = None):
        self.store = store
        self.hashes = dict(hashes or {})

    @classmethod
    def configured(cls, store=None, token_file: str | None = None, env: str | None = None) -> "TokenChecker":
        hashes: dict[str, str] = {}
        env = os.environ.get("HADATH_API_TOKENS", "") if env is None else env
        if env.strip():
            hashes.update(parse_entries(env.split(","), "HADATH_API_TOKENS"))
        if token_file:
            try:
                lines = Path(token_file).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise HadathError(f"cannot read token file {token_file}: {exc.strerror or exc}") from None
            hashes.update(parse_entries(lines, Path(token_file).name))
        return cls(store, hashes)

    def check(self, token: str | None) -> str | None:
        """The token's name, or None when it is not valid."""
        if not token or len(token) > 500:
            return None
        h = hash_token(token)
        for known, name in self.hashes.items():
            if hmac.compare_digest(known, h):
                return name
        if self.store is not None:
            return self.store.check_token(token)
        return None
