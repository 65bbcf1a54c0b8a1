"""URL hygiene: the canonical form an article is known by, and what may be fetched."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")

# Query keys that only say where a click came from; they never change the page.
TRACKING_KEYS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
    "ocid", "cmpid", "ncid", "sr_share", "smid", "taid", "mkt_tok", "_hsenc", "_hsmi",
}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")


def is_tracking(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_KEYS or key.startswith(TRACKING_PREFIXES)


def clean_url(url: str) -> str:
    """Drop tracking parameters and the fragment; lower-case scheme and host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in WEB_SCHEMES:
        return url.strip()
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if not is_tracking(k)]
    netloc = parts.netloc.lower()
    for default in (":80", ":443"):
        if netloc.endswith(default) and parts.scheme == {":80": "http", ":443": "https"}[default]:
            netloc = netloc[: -len(default)]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def resolve(base: str | None, link: str) -> str:
    return urljoin(base, link.strip()) if base else link.strip()


def is_web(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def host_key(url: str) -> str:
    """What the per-host limit counts: host and port."""
    return urlsplit(url).netloc.lower()
