"""Bytes to text: UTF-8 first, then detection (Windows-1256 is common in Arabic news)."""
from __future__ import annotations

from hadath.errors import InputError

_BINARY_SNIFF = 4096


# high bytes of UTF-16 code units in Arabic/Persian text: ASCII, Arabic (06xx), punctuation
# (20xx), presentation forms (FBxx-FExx), Arabic supplement/extended (07xx, 08xx)
_UTF16_HIGH = frozenset({0x00, 0x06, 0x07, 0x08, 0x20, 0xFB, 0xFC, 0xFD, 0xFE})


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when ``data`` reads as BOM-less UTF-16 text, else None."""
    head = data[:_BINARY_SNIFF - _BINARY_SNIFF % 2]
    if len(head) < 4 or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for enc, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if sum(b in _UTF16_HIGH for b in high) < 0.95 * len(high):
            continue
        try:
            text = head.decode(enc)
        except UnicodeDecodeError:
            continue
        control = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
        if control <= 0.01 * len(text):
            return enc
    return None


def looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if utf16_without_bom(data):
        return False
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
    enc = utf16_without_bom(data)
    if enc is not None:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
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
