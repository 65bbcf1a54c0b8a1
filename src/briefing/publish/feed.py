"""The blog's Atom feed (feedgen): the latest posts with their full content."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator

from ..config import Settings

if TYPE_CHECKING:
    from .blog import BlogEntry

# Characters XML 1.0 forbids; text from sources could carry them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_NEVER = datetime(1970, 1, 1, tzinfo=UTC)  # an empty feed's 'updated'


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def atom_feed(entries: list[BlogEntry], settings: Settings, feed_name: str) -> bytes:
    """An Atom document; the same entries give the same bytes (no 'now' in it).

    Each entry's id is its page URL, so an updated post keeps its entry and
    only the entry's ``updated`` moves.
    """
    site = settings.brand.site_url.rstrip("/")
    feed = FeedGenerator()
    feed.id(f"{site}/")
    feed.title(_xml(settings.brand.site_name))
    feed.author({"name": _xml(settings.brand.name)})
    feed.link(href=f"{site}/", rel="alternate")
    feed.link(href=f"{site}/{feed_name}", rel="self")
    feed.language("en")
    feed.updated(max((e.updated for e in entries), default=_NEVER))
    for entry in entries:
        _add_entry(feed, entry, f"{site}/{entry.path}")
    return feed.atom_str(pretty=True)


def _add_entry(feed: FeedGenerator, entry: BlogEntry, url: str) -> None:
    item = feed.add_entry(order="append")
    item.id(url)
    item.link(href=url)
    item.title(_xml(entry.post.title))
    item.summary(_xml(entry.post.dek))
    item.content(_xml(entry.content), type="html")
    item.published(entry.published)
    item.updated(entry.updated)
    for tag in entry.post.tags:
        item.category(term=_xml(tag))
