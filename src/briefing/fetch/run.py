"""A fetch run: every enabled source at once, within the limits, one report each."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import FetchSettings
from ..models import Source, SourceReport
from ..store import Store
from .http import Http
from .sources import Context, fetch_source
from .storage import StoreWriter
from .urls import host_key
from .workers import Extractor

log = logging.getLogger("briefing.fetch")
SOURCES_PER_SLOT = 4  # sources in progress per global slot


def fetch_sources(sources: list[Source], store: Store, settings: FetchSettings, *,
                  base_dir: Path | None = None, progress: bool = False) -> list[SourceReport]:
    """Fetch every enabled source into ``store``; one SourceReport per enabled source."""
    enabled = [s for s in sources if s.enabled]
    return asyncio.run(fetch_all(enabled, store, settings, base_dir or Path.cwd(), progress))


async def fetch_all(sources: list[Source], store: Store, settings: FetchSettings,
                    base_dir: Path, progress: bool = False,
                    http: Http | None = None) -> list[SourceReport]:
    ctx = Context(StoreWriter(store), settings, http or Http(settings), Extractor(), base_dir)
    # a bounded number of sources in progress: a source's deadline then runs while
    # it works, not while it queues behind a thousand others; a few per slot keep
    # every slot busy while sources wait on their feed or on extraction
    running = asyncio.Semaphore(settings.concurrency * SOURCES_PER_SLOT)
    bar = _progress_bar(len(sources)) if progress else None
    try:
        with bar or nullcontext():
            done = _reporter(bar)

            async def one(source: Source) -> SourceReport:
                async with running:
                    report = await fetch_source(ctx, source)
                done(report)
                return report

            order = _by_host(sources)
            reports = await asyncio.gather(*(one(s) for s in order))
    finally:
        for future in ctx.pages.values():
            future.cancel()  # pages whose only reader passed its deadline
        await ctx.http.close()
        await ctx.extractor.aclose()
        ctx.db.close()
    by_source = {id(s): r for s, r in zip(order, reports, strict=True)}
    return [by_source[id(s)] for s in sources]


def _by_host(sources: list[Source]) -> list[Source]:
    """Interleave hosts, so the first sources to start do not all queue on one host."""
    queues: dict[str, list[Source]] = {}
    for source in sources:
        queues.setdefault(host_key(source.url) if source.url else "", []).append(source)
    order = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                order.append(queue.pop(0))
    return order


def _progress_bar(total: int) -> Progress:
    bar = Progress(TextColumn("fetch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("{task.description}"), console=Console(stderr=True),
                   transient=True)
    bar.add_task("", total=total)
    return bar


def _reporter(bar: Progress | None) -> Callable[[SourceReport], None]:
    """Advance the bar on a terminal; else one plain log line per finished source."""

    def done(report: SourceReport) -> None:
        line = f"{report.source}: {report.status}, {report.new} new, {report.known} known, " \
               f"{report.failed} failed" + (f" ({report.detail})" if report.detail else "")
        if bar is not None:
            bar.update(bar.task_ids[0], advance=1, description=report.source)
        else:
            log.info("%s", line)

    return done
