"""The store, seen from the event loop: every call runs on one thread of its own.

A commit costs a disk flush (1-2 ms, measured in bench/fetch.py); 4,000 of them
in the loop would stall every download, and one by one even on a thread they
were the slowest part of a run. So articles are group-committed: those that
arrive while a commit is under way go together in the next one. The thread
opens its own connection to the same file (SQLite connections stay on the
thread that made them), so what it commits is visible to the caller's Store
afterwards. An in-memory store cannot be shared that way and is used in place.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..models import Article
from ..store import Store


class StoreThread:
    def __init__(self, store: Store):
        self.shared = store
        self.inline = str(store.path) == ":memory:"
        self.own: Store | None = None
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="briefing-store")
        self.pending: list[tuple[Article, tuple[str, ...], asyncio.Future]] = []
        self.flusher: asyncio.Task | None = None

    def _open(self) -> Store:
        if self.own is None:
            self.own = self.shared if self.inline else Store(self.shared.path)
        return self.own

    def _run(self, name: str, args: tuple, kwargs: dict) -> Any:
        return getattr(self._open(), name)(*args, **kwargs)

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self.inline:
            return self._run(name, args, kwargs)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, self._run, name, args, kwargs)

    async def add_article(self, article: Article, *urls: str) -> tuple[int, bool]:
        """Store.add_article, committed together with the others that are waiting."""
        if self.inline:
            return self.shared.add_article(article, *urls)
        future = asyncio.get_running_loop().create_future()
        self.pending.append((article, urls, future))
        if self.flusher is None or self.flusher.done():
            self.flusher = asyncio.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        while self.pending:
            batch, self.pending = self.pending, []
            items = [(article, urls) for article, urls, _ in batch]
            try:
                results = await self.call("add_articles", items)
            except sqlite3.Error:  # one bad article must not lose the batch: one by one
                results = [await self._one(article, urls) for article, urls in items]
            for (_, _, future), result in zip(batch, results, strict=True):
                if future.done():  # its source passed its deadline
                    continue
                if isinstance(result, Exception):
                    future.set_exception(result)
                else:
                    future.set_result(result)

    async def _one(self, article: Article, urls: tuple[str, ...]) -> tuple[int, bool] | Exception:
        try:
            return await self.call("add_article", article, *urls)
        except sqlite3.Error as exc:
            return exc

    def close(self) -> None:
        if self.own is not None and not self.inline:
            self.thread.submit(self.own.close).result()
        self.thread.shutdown(wait=True)
