"""Feed bytes -> entries (RSS 0.9x/1.0/2.0 and Atom, through feedparser).

A malformed feed (feedparser's "bozo") still gives the entries its lenient
parser could read; the problem is returned as a warning, not raised.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from bs4 import BeautifulSoup

from ..errors import FetchError
from .urls import resolve

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+xml", "application/xml", "text/xml", "application/x-rss+xml")
FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
                        re.IGNORECASE | re.DOTALL)
BARE_AMPERSAND = re.compile(rb"&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);)")
MAX_ENTRIES = 500  # a feed is a list of recent items; more is a broken or hostile feed


@dataclass
class Entry:
    link: str | None
    title: str
    summary: str  # plain text (the feed's HTML reduced to text)
    published: str | None  # ISO 8601, UTC
    author: str | None
    lang: str | None


@dataclass
class Feed:
    title: str
    entries: list[Entry]
    warning: str | None = None


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    if content_type in FEED_TYPES and content_type not in ("application/xml", "text/xml"):
        return True
    return bool(FEED_START.match(body[:2048]))


def parse_feed(body: bytes, base_url: str | None, content_type: str = "") -> Feed:
    """Entries with links resolved against ``base_url``; FetchError when nothing is a feed."""
    parsed = _parse(body, content_type)
    if parsed.bozo and BARE_AMPERSAND.search(body):
        # the commonest breakage: feedparser's lenient parser would read "S&P" as
        # an entity ("S&P;"), so escape bare ampersands and parse again
        repaired = _parse(BARE_AMPERSAND.sub(b"&amp;", body), content_type)
        if len(repaired.entries) >= len(parsed.entries):
            repaired["bozo"], repaired["bozo_exception"] = 1, parsed.get("bozo_exception")
            parsed = repaired
    if not parsed.entries and not parsed.feed.get("title"):
        reason = _bozo(parsed) or "no entries"
        raise FetchError(f"{base_url}: not a feed ({reason})")
    lang = parsed.feed.get("language")
    entries = [_entry(e, base_url, lang) for e in parsed.entries[:MAX_ENTRIES]]
    warning = f"malformed feed, read what parsed: {_bozo(parsed)}" if parsed.bozo else None
    return Feed(parsed.feed.get("title", ""), entries, warning)


def _parse(body: bytes, content_type: str) -> feedparser.FeedParserDict:
    headers = {"content-type": content_type} if content_type else {}
    return feedparser.parse(body, response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


def _bozo(parsed: feedparser.FeedParserDict) -> str | None:
    exc = parsed.get("bozo_exception")
    return " ".join(str(exc).split())[:160] if exc else None


def _entry(raw: feedparser.FeedParserDict, base_url: str | None, lang: str | None) -> Entry:
    link = raw.get("link") or _guid_link(raw)
    content = raw.get("content") or []
    summary_html = (content[0].get("value") if content else None) or raw.get("summary", "")
    return Entry(
        link=resolve(base_url, link) if link else None,
        title=" ".join(raw.get("title", "").split()),
        summary=html_to_text(summary_html),
        published=_when(raw.get("published_parsed") or raw.get("updated_parsed")),
        author=raw.get("author") or None,
        lang=lang,
    )


def _guid_link(raw: feedparser.FeedParserDict) -> str | None:
    guid = raw.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def _when(parsed_time) -> str | None:
    if not parsed_time:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(parsed_time), UTC)
    return moment.isoformat(timespec="seconds")


def html_to_text(fragment: str) -> str:
    """A feed's HTML summary as plain paragraphs (untrusted HTML is never stored)."""
    if not fragment or "<" not in fragment:
        return " ".join((fragment or "").split())
    soup = BeautifulSoup(fragment, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for tag in soup(["br", "p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"]):
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)
