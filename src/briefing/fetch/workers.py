"""Main-text extraction off the event loop, on every core.

Extraction is CPU work (about 10 ms a page); in the loop it would stall every
download. The first pages of a run go to one thread, so a small run (the demo,
a test) never pays for starting processes; once a run has proved big, a
process pool with one worker per core takes over.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import FetchError
from .pages import PageText, main_text

WARMUP_PAGES = 24  # pages extracted in a thread before the process pool starts


class Extractor:
    def __init__(self, workers: int | None = None, warmup: int = WARMUP_PAGES):
        self.workers = workers or os.cpu_count() or 1
        self.warmup = warmup
        self.count = 0
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="briefing-extract")
        self.pool: ProcessPoolExecutor | None = None

    def _executor(self) -> Executor:
        self.count += 1
        if self.pool is None and self.workers > 1 and self.count > self.warmup:
            # forkserver: workers start from a clean process with the extractor
            # imported, not from a copy of this threaded one
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["briefing.fetch.pages"])
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self.pool or self.thread

    async def extract(self, html: str, url: str | None) -> PageText:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), main_text, html, url)
        except BrokenProcessPool:
            raise FetchError(f"{url}: the extraction worker died") from None

    def close(self) -> None:
        self.thread.shutdown(wait=True, cancel_futures=True)
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
