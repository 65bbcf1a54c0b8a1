"""One source of a run -> articles in the store and a SourceReport.

A feed's entries are followed to their pages; an entry whose page cannot be
had keeps the feed's own summary (Article.from_summary). A URL already in the
store is not fetched again, and a page two entries share is fetched once.
Validators (ETag, Last-Modified, a file fingerprint) are saved only when every
entry landed, so a rerun retries what failed.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..config import FetchSettings
from ..errors import FetchError
from ..models import Article, Source, SourceReport
from .documents import Doc, file_doc, kind_of, page_of, web_doc
from .feeds import Entry
from .files import fingerprint, folder_files, inside, url_path
from .http import Http
from .pages import PageText
from .storage import StoreWriter
from .urls import clean_url, is_web
from .workers import Extractor

NEW, KNOWN, FAILED, SUMMARY = "new", "known", "failed", "summary"
# pages of one feed in flight at once (fetched, not yet extracted), per per-host slot:
# enough to keep its host busy, few enough that a run's many feeds share the
# slots across hosts and memory stays bounded (sources in progress x this)
PAGES_PER_HOST_SLOT = 2
log = logging.getLogger("briefing.fetch")


@dataclass
class Context:
    """What every source of one run shares."""

    db: StoreWriter  # the store, with article writes group-committed
    settings: FetchSettings
    http: Http
    extractor: Extractor
    base_dir: Path
    pages: dict[str, asyncio.Future] = field(default_factory=dict)  # URL -> its PageText


@dataclass
class Tally:
    outcomes: Counter = field(default_factory=Counter)
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def report(self, name: str) -> SourceReport:
        failed = self.outcomes[FAILED] + self.outcomes[SUMMARY]
        notes = list(self.warnings)
        if failed:
            kept = self.outcomes[SUMMARY]
            kept_note = f" ({kept} kept the feed's summary)" if kept else ""
            notes.append(f"{failed} failed{kept_note}; first: {self.reasons[0]}")
        return SourceReport(name, "ok", new=self.outcomes[NEW] + self.outcomes[SUMMARY],
                            known=self.outcomes[KNOWN], failed=failed,
                            detail="; ".join(notes) or None)


async def fetch_source(ctx: Context, source: Source) -> SourceReport:
    """Fetch one source and record its state; a failure becomes a one-line report."""
    try:
        async with asyncio.timeout(ctx.settings.source_deadline):
            report, validators = await _fetch(ctx, source)
    except TimeoutError:
        report = _failed(source, f"deadline of {ctx.settings.source_deadline:g} s passed")
        validators = {}
    except FetchError as exc:
        report, validators = _failed(source, str(exc)), {}
    except Exception as exc:  # a bug must not stop the other sources; the log keeps the trace
        log.warning("%s: unexpected error", source.name, exc_info=True)
        report, validators = _failed(source, f"unexpected error: {type(exc).__name__}: {exc}"), {}
    state = {"url": source.url or source.path, "status": report.status, "detail": report.detail}
    if report.status == "ok":
        # validators only when every entry landed (a summary counts): else the
        # next run rereads the source and retries the entries that were dropped
        state |= validators or {"etag": None, "last_modified": None}
    await ctx.db.call("set_source_state", source.name, **state)
    return report


def _failed(source: Source, detail: str) -> SourceReport:
    return SourceReport(source.name, "failed", detail=" ".join(detail.split())[:300])


async def _fetch(ctx: Context, source: Source) -> tuple[SourceReport, dict]:
    if source.url:
        state = await ctx.db.call("source_state", source.name)
        same = state["url"] == source.url
        doc = await web_doc(ctx.http, source.url, etag=state["etag"] if same else None,
                            last_modified=state["last_modified"] if same else None)
        if doc is None:
            return SourceReport(source.name, "unchanged"), {}
        report, dropped = await _document(ctx, source, doc)
        return report, {} if dropped else {"etag": doc.etag, "last_modified": doc.last_modified}
    path = (ctx.base_dir / Path(source.path).expanduser()).resolve()
    if not path.exists():
        raise FetchError(f"{path}: no such file or folder")
    stamp = await asyncio.to_thread(fingerprint, path)
    state = await ctx.db.call("source_state", source.name)
    if state["etag"] == stamp and state["url"] == source.path:
        return SourceReport(source.name, "unchanged"), {}
    if path.is_dir():
        report, dropped = await _folder(ctx, source, path)
    else:
        report, dropped = await _document(ctx, source, await file_doc(path, ctx.settings.max_bytes))
    return report, {} if dropped else {"etag": stamp, "last_modified": None}


async def _document(ctx: Context, source: Source, doc: Doc) -> tuple[SourceReport, bool]:
    """A feed gives a report of its entries; a single page that fails fails the source."""
    tally = Tally()
    kind = _kind(doc, source.kind)
    if kind == "feed":
        await _feed(ctx, source, doc, tally)
    else:
        await _single(ctx, source, doc, tally, kind)
    return tally.report(source.name), tally.outcomes[FAILED] > 0


async def _folder(ctx: Context, source: Source, folder: Path) -> tuple[SourceReport, bool]:
    """Every news file of a folder, a few at a time (extraction runs on every core)."""
    tally = Tally()
    gate = asyncio.Semaphore(ctx.settings.per_host * PAGES_PER_HOST_SLOT)

    async def one(path: Path) -> None:
        ctx.extractor.expect()
        async with gate:
            try:
                doc = await file_doc(path, ctx.settings.max_bytes)
                kind = _kind(doc, None)
                if kind == "feed":
                    await _feed(ctx, source, doc, tally)
                else:
                    await _single(ctx, source, doc, tally, kind)
            except FetchError as exc:
                tally.outcomes[FAILED] += 1
                tally.reasons.append(str(exc))

    await asyncio.gather(*(one(p) for p in await asyncio.to_thread(folder_files, folder)))
    return tally.report(source.name), tally.outcomes[FAILED] > 0


def _kind(doc: Doc, configured: str | None) -> str:
    """'feed', 'html' or 'text': what the source says it is, else what the bytes show."""
    if configured == "feed":
        return "feed"
    found = kind_of(doc)
    return "html" if configured == "page" and found == "feed" else found


async def _feed(ctx: Context, source: Source, doc: Doc, tally: Tally) -> None:
    feed = await ctx.extractor.parse_feed(doc.body, doc.url, doc.content_type)
    if feed.warning:
        tally.warnings.append(feed.warning)
    gate = asyncio.Semaphore(ctx.settings.per_host * PAGES_PER_HOST_SLOT)
    outcomes = await asyncio.gather(*(_entry(ctx, source, e, doc, gate) for e in feed.entries))
    for outcome, reason in outcomes:
        tally.outcomes[outcome] += 1
        if reason:
            tally.reasons.append(reason)


async def _single(ctx: Context, source: Source, doc: Doc, tally: Tally, kind: str) -> None:
    """One page or text document as one article; FetchError when it has no text."""
    link = clean_url(doc.url)
    if await ctx.db.call("article_id_for_url", link) is not None:
        tally.outcomes[KNOWN] += 1
        return
    page = await page_of(doc, ctx.extractor, kind)
    article = _article(source, page, link, Entry(None, "", "", None, None, None))
    tally.outcomes[NEW if await _save(ctx, article, link) else KNOWN] += 1


async def _entry(ctx: Context, source: Source, entry: Entry, feed: Doc,
                 gate: asyncio.Semaphore) -> tuple[str, str | None]:
    if not entry.link:
        return FAILED, f"entry '{entry.title[:60]}' has no link"
    link = clean_url(entry.link)
    if await ctx.db.call("article_id_for_url", link) is not None:
        return KNOWN, None
    try:
        async with gate:
            page = await _shared_page(ctx, link, feed)
    except FetchError as exc:
        if not entry.summary:
            return FAILED, str(exc)
        article = Article(url=link, title=entry.title or link, text=entry.summary,
                          source=source.name, credit=source.credit or source.name,
                          published=entry.published, author=entry.author,
                          lang=entry.lang or source.lang, from_summary=True)
        await _save(ctx, article, link)
        return SUMMARY, str(exc)
    article = _article(source, page, link, entry)
    return (NEW if await _save(ctx, article, link) else KNOWN), None


async def _shared_page(ctx: Context, link: str, feed: Doc) -> PageText:
    """The page at ``link``, fetched once however many entries of this run point to it.

    The entry is dropped once the page is had: by then its URL is (about to be)
    in the store, and a run over many feeds must not hold every page it read.
    """
    shared = ctx.pages.get(link)
    if shared is not None:
        return await asyncio.shield(shared)
    task = asyncio.ensure_future(_page(ctx, link, feed))
    ctx.pages[link] = task
    try:
        return await asyncio.shield(task)  # a deadline cancels this source, not the others
    finally:
        if task.done():
            ctx.pages.pop(link, None)


async def _page(ctx: Context, link: str, feed: Doc) -> PageText:
    ctx.extractor.expect()
    if is_web(link):
        doc = await web_doc(ctx.http, link)
        if doc is None:  # a 304 to a request without validators: a broken server
            raise FetchError(f"{link}: HTTP 304 to an unconditional request")
    elif feed.local and link.startswith("file:"):
        path = url_path(link)
        if not inside(path, url_path(feed.url).parent):
            raise FetchError(f"{link}: refused: outside the feed's folder")
        doc = await file_doc(path, ctx.settings.max_bytes)
    else:
        raise FetchError(f"{link}: refused: only http and https links may be followed")
    return await page_of(doc, ctx.extractor)


def _article(source: Source, page: PageText, link: str, entry: Entry) -> Article:
    """The article of a page reached by ``link`` (a clean URL), described by its feed entry."""
    return Article(
        url=page.canonical_url or link,
        title=entry.title or page.title or link,
        text=page.text,
        source=source.name,
        credit=source.credit or source.name,
        published=entry.published or page.published,
        author=entry.author or page.author,
        lang=page.lang or entry.lang or source.lang,
    )


async def _save(ctx: Context, article: Article, link: str) -> bool:
    """Store the article under its URL and the (clean) link it was reached by; True if new."""
    _, is_new = await ctx.db.add_article(article, link)
    return is_new
