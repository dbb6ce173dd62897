"""URL normalization: one key per article however the link was written.

``normalize_url`` lower-cases scheme and host, drops ``www.``/``m.``/``amp.`` host prefixes,
default ports, fragments, tracking parameters (utm_*, fbclid, ...), AMP path suffixes and
trailing slashes, and sorts the remaining query parameters. ``http`` and ``https`` give the
same key. The result is a comparison key, not a URL to fetch.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src",
    "ref_url", "referrer", "src", "source", "from", "share", "cmpid", "ocid", "_ga", "at_medium",
    "at_campaign", "xtor", "amp", "output", "outputtype",
})
_HOST_PREFIXES = ("www.", "www2.", "m.", "mobile.", "amp.")
_AMP_SUFFIX = re.compile(r"/(?:amp|amp\.html|\?amp)$")
_DEFAULT_PORTS = {":80", ":443"}


def normalize_url(url: str | None) -> str | None:
    """A canonical comparison key for ``url``, or None when it is empty or not a web URL."""
    if not url:
        return None
    url = url.strip()
    if "://" not in url:
        if url.startswith("//"):
            url = "http:" + url
        elif re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", url, re.I):
            url = "http://" + url
        else:
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().rsplit("@", 1)[-1]
    for port in _DEFAULT_PORTS:
        host = host.removesuffix(port)
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    path = unquote(parts.path or "/")
    path = re.sub(r"/{2,}", "/", path)
    path = _AMP_SUFFIX.sub("", path)
    path = re.sub(r"/index\.(?:html?|php|aspx?)$", "/", path)
    path = path.rstrip("/") or ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)
             if not k.lower().startswith(("utm_", "at_")) and k.lower() not in TRACKING]
    query.sort()
    key = host + path
    if query:
        key += "?" + urlencode(query)
    return key
