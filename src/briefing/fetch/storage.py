"""The store, seen from the event loop: reads at once, article writes group-committed.

A commit costs a disk flush (1-2 ms). One per article would stall the loop for
seconds in a run of thousands; a store thread avoids the stall but its GIL
hand-offs slow every socket call of the loop (both measured in bench/fetch.py).
So articles wait here a moment (COMMIT_DELAY) and go to the store together in
one transaction; reads and the per-source state are quick and run in place.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from ..models import Article
from ..store import Store

COMMIT_DELAY = 0.05  # seconds an article may wait for others to share its commit
MAX_BATCH = 500


class StoreWriter:
    def __init__(self, store: Store):
        self.store = store
        self.pending: list[tuple[Article, tuple[str, ...], asyncio.Future]] = []
        self.flusher: asyncio.Task | None = None

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """A Store method, now (reads, and the one commit per source of its state)."""
        return getattr(self.store, name)(*args, **kwargs)

    async def add_article(self, article: Article, *urls: str) -> tuple[int, bool]:
        """Store.add_article, committed together with the others that arrive meanwhile."""
        future = asyncio.get_running_loop().create_future()
        self.pending.append((article, urls, future))
        if self.flusher is None or self.flusher.done():
            self.flusher = asyncio.create_task(self._flush_soon())
        elif len(self.pending) >= MAX_BATCH:
            self.flush()
        return await future

    async def _flush_soon(self) -> None:
        while self.pending:
            await asyncio.sleep(COMMIT_DELAY)
            self.flush()

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        items = [(article, urls) for article, urls, _ in batch]
        try:
            results: list = self.store.add_articles(items)
        except sqlite3.Error:  # one bad article must not lose the batch: one by one
            results = [self._one(article, urls) for article, urls in items]
        for (_, _, future), result in zip(batch, results, strict=True):
            if future.done():  # its source passed its deadline
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

    def _one(self, article: Article, urls: tuple[str, ...]) -> tuple[int, bool] | Exception:
        try:
            return self.store.add_article(article, *urls)
        except sqlite3.Error as exc:
            return exc

    def close(self) -> None:
        self.flush()  # what a cancelled source left waiting is stored all the same
        if self.flusher is not None:
            self.flusher.cancel()
