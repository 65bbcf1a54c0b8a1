"""A fetched document, from the web or the disk, and what it is: feed, page or text."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from ..errors import FetchError
from .charset import decode
from .feeds import looks_like_feed
from .files import (
    FEED_SUFFIXES,
    PAGE_SUFFIXES,
    TEXT_SUFFIXES,
    file_url,
    read_local,
    text_parts,
    url_path,
)
from .http import Http
from .pages import PageText
from .urls import is_web
from .workers import Extractor

HTML_TYPES = ("text/html", "application/xhtml+xml")
SUFFIX_TYPES = {**dict.fromkeys(PAGE_SUFFIXES, "text/html"),
                **dict.fromkeys(TEXT_SUFFIXES, "text/plain"),
                **dict.fromkeys(FEED_SUFFIXES, "application/xml")}


@dataclass
class Doc:
    url: str  # the final URL, or the file's file:// URL
    body: bytes
    content_type: str = ""  # the whole header value (it may carry the charset)
    local: bool = False
    etag: str | None = None
    last_modified: str | None = None

    @property
    def mime(self) -> str:
        return self.content_type.split(";")[0].strip().lower()

    @property
    def suffix(self) -> str:
        return url_path(self.url).suffix.lower() if self.local else ""


async def web_doc(http: Http, url: str, **validators: str | None) -> Doc | None:
    """The document at ``url``; None when the server says it has not changed (304)."""
    response = await http.get(url, **validators)
    if response.status == 304:
        return None
    return Doc(response.url, response.body, response.headers.get("content-type", ""),
               etag=response.headers.get("etag"),
               last_modified=response.headers.get("last-modified"))


async def file_doc(path: Path, max_bytes: int) -> Doc:
    body = await asyncio.to_thread(read_local, path, max_bytes)
    return Doc(file_url(path), body, SUFFIX_TYPES.get(path.suffix.lower(), ""), local=True)


def kind_of(doc: Doc) -> str:
    """'feed', 'html' or 'text'; FetchError when it is none of them."""
    head = doc.body[:2048].lstrip().lower()
    if doc.suffix in FEED_SUFFIXES or looks_like_feed(doc.body, doc.mime):
        return "feed"
    if doc.mime in HTML_TYPES or doc.suffix in PAGE_SUFFIXES or head.startswith(
            (b"<!doctype html", b"<html")):
        return "html"
    if doc.mime.startswith("text/") or doc.suffix in TEXT_SUFFIXES or (
            not doc.mime and b"\0" not in doc.body[:8192]):
        return "text"
    raise FetchError(f"{doc.url}: not text ({doc.mime or 'binary'})")


async def page_of(doc: Doc, extractor: Extractor, kind: str | None = None) -> PageText:
    """The main text of a page or text document."""
    kind = kind or kind_of(doc)
    if kind == "feed":
        raise FetchError(f"{doc.url}: is a feed, not a page")
    if kind == "text":
        text = decode(doc.body, doc.content_type)
        title, body = text_parts(text, url_path(doc.url).stem or doc.url)
        return PageText(title=title, text=body)
    url = doc.url if is_web(doc.url) else None
    page = await extractor.extract(doc.body, doc.content_type, url)
    if not page.text.strip():
        raise FetchError(f"{doc.url}: no main text found")
    return page
