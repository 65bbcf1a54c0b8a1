"""One path, URL or "-" (stdin) -> an Article, for `briefing extract` and `briefing write`."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..config import FetchSettings
from ..errors import FetchError
from ..models import Article
from .documents import Doc, file_doc, kind_of, page_of, web_doc
from .http import Http
from .urls import clean_url, is_web
from .workers import Extractor


def load_article(target: str, settings: FetchSettings) -> Article:
    """Read ``target``; FetchError with a one-line message naming it when that fails."""
    return asyncio.run(_load(target, settings))


async def _load(target: str, settings: FetchSettings) -> Article:
    if target == "-":
        doc = Doc("stdin", _stdin(settings.max_bytes))
        name = "stdin"
    elif is_web(target):
        doc = await _web(target, settings)
        name = urlsplit(doc.url).hostname or target
    elif "://" in target:
        raise FetchError(f"{target}: refused: only http and https may be fetched")
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            raise FetchError(f"{target}: is a folder; give one file")
        doc = await file_doc(path, settings.max_bytes)
        name = path.name
    kind = kind_of(doc)
    if kind == "feed":
        raise FetchError(f"{target}: is a feed; add it to [[sources]] and run `briefing fetch`")
    extractor = Extractor(workers=1)
    try:
        page = await page_of(doc, extractor, kind)
    finally:
        await extractor.aclose()
    if not page.text.strip():
        raise FetchError(f"{target}: no text found")
    url = page.canonical_url or (clean_url(doc.url) if is_web(doc.url) else doc.url)
    return Article(url=url, title=page.title or name, text=page.text, source=name,
                   published=page.published, author=page.author, lang=page.lang)


async def _web(url: str, settings: FetchSettings) -> Doc:
    http = Http(settings)
    try:
        async with asyncio.timeout(settings.source_deadline):
            doc = await web_doc(http, url)
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {settings.source_deadline:g} s") from None
    finally:
        await http.close()
    if doc is None:
        raise FetchError(f"{url}: HTTP 304 to an unconditional request")
    return doc


def _stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FetchError(f"-: stdin is too large (over the cap of {max_bytes:,} bytes)")
    return data
