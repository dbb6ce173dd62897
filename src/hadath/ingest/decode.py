"""Bytes to text: UTF-8 first, then detection (Windows-1256 is common in Arabic news)."""
from __future__ import annotations

from hadath.errors import InputError

_BINARY_SNIFF = 4096


def looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        # UTF-16 text has NULs; charset detection decides below
        return not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"))
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def decode(name: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises InputError for binary or undecodable input."""
    if looks_binary(data):
        raise InputError(name, "binary file, not text (no readable encoding)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "utf_16", "iso8859_6", "cp720", "cp1252"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(name, f"invalid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no other encoding fits")
    return str(best), best.encoding
