"""Canonical URLs: one spelling per article, so it is stored once however it was reached."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track the visitor and never change the article.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_NAMES = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium"}
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, fragment or tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = urlencode(
        [
            (name, value)
            for name, value in parse_qsl(parts.query, keep_blank_values=True)
            if not name.lower().startswith(_TRACKING_PREFIXES)
            and name.lower() not in _TRACKING_NAMES
        ]
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def is_web_url(source: str) -> bool:
    """Whether a source names a web resource (http/https) rather than a local path."""
    return urlsplit(source).scheme.lower() in _DEFAULT_PORTS
