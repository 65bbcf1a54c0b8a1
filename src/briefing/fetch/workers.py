"""CPU work off the event loop, on every core: main-text extraction and feed parsing.

Extraction is CPU work (4-10 ms a page), and so is parsing a feed (3-5 ms). The
first pages of a run are extracted in place, so a small run (the demo, a test)
never pays for starting processes; once a run expects more pages than that, one
worker process per core starts in the background and takes over. Feeds go to the
workers too once they start: a big run starts with hundreds of feeds to parse,
which would hold up the downloads while the workers wait for pages.

The workers talk to the event loop through pipes the loop itself watches: no
executor threads, whose GIL hand-offs were measured to slow every socket call
of the loop (bench/fetch.py). Frames are multiprocessing's own: a 4-byte
big-endian length, then a pickle.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import pickle
import signal
import struct

from ..errors import FetchError
from .charset import decode
from .feeds import Feed, parse_feed
from .pages import PageText, main_text

WARMUP_PAGES = 24  # pages extracted in place; a run expecting more starts the workers
PAGES_PER_FEED = 10  # pages a feed to parse is expected to bring: a few feeds start the workers
STOP_WAIT = 5.0  # seconds a worker gets to exit before it is terminated
WORKER_NICE = 5
JOBS_PER_WORKER = 4  # pages sent ahead to a worker; the rest wait here, not in pipe buffers


def extract_page(body: bytes, content_type: str, url: str | None) -> PageText:
    """Bytes of an HTML page -> its text; charset detection is CPU work too."""
    return main_text(decode(body, content_type), url)


def _serve(jobs, results) -> None:
    """A worker: read (id, function, args) frames, answer (id, result, error)."""
    # extraction is throughput work, the event loop is latency work: when the
    # cores are short, the loop (and the downloads it drives) goes first
    os.nice(WORKER_NICE)
    # Ctrl-C is the parent's to handle; a worker ends when its job pipe closes
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job_id, function, args = pickle.loads(jobs.recv_bytes())
        except EOFError:
            return
        try:
            answer = (job_id, function(*args), None)
        except FetchError as exc:  # an expected failure, e.g. "not a feed"
            answer = (job_id, None, exc)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, one line
            answer = (job_id, None, FetchError(f"extraction failed: {type(exc).__name__}: {exc}"))
        results.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


def _spawn(count: int) -> list[tuple]:
    """Start ``count`` workers: (process, its job pipe, its answer pipe) each. Blocks."""
    # forkserver: workers start from a clean process with the extractor
    # imported, not from a copy of this one (which may run threads)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["briefing.fetch.workers"])
    started = []
    try:
        for _ in range(count):
            job_reader, job_writer = context.Pipe(duplex=False)
            answer_reader, answer_writer = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(job_reader, answer_writer),
                                      daemon=True)
            process.start()
            job_reader.close()
            answer_writer.close()
            started.append((process, job_writer, answer_reader))
    except OSError:
        for process, _, _ in started:
            process.terminate()
        raise
    return started


class _Answers(asyncio.Protocol):
    """Reads a worker's answer frames and settles the waiting futures."""

    def __init__(self, waiting: dict[int, asyncio.Future]):
        self.waiting = waiting
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= 4:
            (size,) = struct.unpack("!i", self.buffer[:4])
            if len(self.buffer) < 4 + size:
                return
            job_id, result, error = pickle.loads(self.buffer[4:4 + size])
            del self.buffer[:4 + size]
            future = self.waiting.pop(job_id, None)
            if future is None or future.done():
                continue
            if error:
                future.set_exception(error)
            else:
                future.set_result(result)

    def connection_lost(self, exc: Exception | None) -> None:
        for future in self.waiting.values():
            if not future.done():
                future.set_exception(FetchError("the extraction worker died"))
        self.waiting.clear()


class _Worker:
    def __init__(self, process, jobs: asyncio.WriteTransport, answers: asyncio.ReadTransport,
                 waiting: dict):
        self.process = process
        self.jobs = jobs
        self.answers = answers
        self.waiting = waiting


class Extractor:
    def __init__(self, workers: int | None = None, warmup: int = WARMUP_PAGES):
        self.size = workers or os.cpu_count() or 1
        self.warmup = warmup
        self.count = 0  # pages extracted
        self.expected = 0  # pages and feeds announced by expect()
        self.workers: list[_Worker] = []
        self.starting: asyncio.Task | None = None  # one start, however many pages wait on it
        self.slots: asyncio.Semaphore | None = None
        self.ids = itertools.count()

    @property
    def started(self) -> bool:
        return bool(self.workers)

    def expect(self, pages: int = 1) -> None:
        """CPU work is on its way (a page to fetch, a feed to parse): past ``warmup``
        pages the workers start, in the background, while downloads go on."""
        self.expected += pages
        if self.expected > self.warmup:
            self._start_soon()

    async def extract(self, body: bytes, content_type: str, url: str | None) -> PageText:
        """The main text of an HTML page given as bytes (and its Content-Type header)."""
        self.count += 1
        if self.size < 2 or self.count <= self.warmup:
            return extract_page(body, content_type, url)
        self._start_soon()
        return await self._call(url, extract_page, body, content_type, url)

    async def parse_feed(self, body: bytes, url: str | None, content_type: str) -> Feed:
        """feeds.parse_feed; in a worker once they start. A big run's feeds arrive
        together, and parsing them here would hold up the event loop for a second
        while the workers, ready half a second later, would share the work."""
        self.expect(1 + PAGES_PER_FEED)
        return await self._call(url, parse_feed, body, url, content_type)

    def _start_soon(self) -> None:
        if self.size >= 2 and self.starting is None:
            # a thread starts the processes now: the first waits for the fork server
            # to import the extractor (~0.5 s), and the event loop must not
            spawning = asyncio.get_running_loop().run_in_executor(None, _spawn, self.size)
            self.starting = asyncio.ensure_future(self._connect(spawning))

    async def _call(self, what: str | None, function, *args):
        """``function(*args)``: in a worker once they start (waiting for them if they
        are starting), in place before."""
        if self.starting is None:
            return function(*args)
        try:
            await asyncio.shield(self.starting)
        except OSError:  # no processes to be had (a sandbox, a limit): work in place
            return function(*args)
        return await self._run(what, function, *args)

    async def _run(self, what: str | None, function, *args):
        """``function(*args)`` in the least busy worker; ``what`` names it in errors."""
        async with self.slots:
            alive = [w for w in self.workers
                     if not (w.answers.is_closing() or w.jobs.is_closing())]
            if not alive:
                raise FetchError(f"{what}: the extraction workers died")
            worker = min(alive, key=lambda w: len(w.waiting))
            job_id = next(self.ids)
            future = asyncio.get_running_loop().create_future()
            worker.waiting[job_id] = future
            payload = pickle.dumps((job_id, function, args), pickle.HIGHEST_PROTOCOL)
            worker.jobs.write(struct.pack("!i", len(payload)) + payload)
            try:
                return await future
            finally:
                worker.waiting.pop(job_id, None)

    async def _connect(self, spawning: asyncio.Future) -> None:
        """Watch the pipes of the workers ``spawning`` gives."""
        loop = asyncio.get_running_loop()
        self.slots = asyncio.Semaphore(self.size * JOBS_PER_WORKER)
        for process, job_writer, answer_reader in await spawning:
            waiting: dict[int, asyncio.Future] = {}
            answers, _ = await loop.connect_read_pipe(lambda w=waiting: _Answers(w),
                                                      answer_reader)
            jobs, _ = await loop.connect_write_pipe(asyncio.Protocol, job_writer)
            self.workers.append(_Worker(process, jobs, answers, waiting))

    async def aclose(self) -> None:
        if self.starting is not None:
            with contextlib.suppress(OSError):  # reported where it mattered: extract()
                await self.starting
        for worker in self.workers:
            worker.jobs.close()  # end of input: the worker's loop ends
        for worker in self.workers:
            # a thread waits for the exit: the loop goes on, and no polling delays the end
            await asyncio.to_thread(worker.process.join, STOP_WAIT)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join(1)
            worker.answers.close()
        self.workers.clear()
