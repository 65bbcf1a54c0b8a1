"""Main-text extraction off the event loop, on every core.

Extraction is CPU work (5-10 ms a page). The first pages of a run are
extracted in place, so a small run (the demo, a test) never pays for starting
processes; once a run has proved big, one worker process per core takes over.

The workers talk to the event loop through pipes the loop itself watches: no
executor threads, whose GIL hand-offs were measured to slow every socket call
of the loop (bench/fetch.py). Frames are multiprocessing's own: a 4-byte
big-endian length, then a pickle.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import os
import pickle
import signal
import struct

from ..errors import FetchError
from .charset import decode
from .pages import PageText, main_text

WARMUP_PAGES = 24  # pages extracted in place before the worker processes start
STOP_WAIT = 5.0  # seconds a worker gets to exit before it is terminated
WORKER_NICE = 5
JOBS_PER_WORKER = 4  # pages sent ahead to a worker; the rest wait here, not in pipe buffers


def extract_page(body: bytes, content_type: str, url: str | None) -> PageText:
    """Bytes of an HTML page -> its text; charset detection is CPU work too."""
    return main_text(decode(body, content_type), url)


def _serve(jobs, results) -> None:
    """A worker: read (id, body, content type, url) frames, answer (id, PageText, error)."""
    # extraction is throughput work, the event loop is latency work: when the
    # cores are short, the loop (and the downloads it drives) goes first
    os.nice(WORKER_NICE)
    # Ctrl-C is the parent's to handle; a worker ends when its job pipe closes
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job_id, *page = pickle.loads(jobs.recv_bytes())
        except EOFError:
            return
        try:
            answer = (job_id, extract_page(*page), None)
        except Exception as exc:  # noqa: BLE001 - reported to the page, one line
            answer = (job_id, None, f"{type(exc).__name__}: {exc}")
        results.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


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
            job_id, page, error = pickle.loads(self.buffer[4:4 + size])
            del self.buffer[:4 + size]
            future = self.waiting.pop(job_id, None)
            if future is None or future.done():
                continue
            if error:
                future.set_exception(FetchError(f"extraction failed: {error}"))
            else:
                future.set_result(page)

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
        self.count = 0
        self.workers: list[_Worker] = []
        self.starting: asyncio.Task | None = None  # one start, however many pages wait on it
        self.slots: asyncio.Semaphore | None = None
        self.ids = itertools.count()

    @property
    def started(self) -> bool:
        return bool(self.workers)

    async def extract(self, body: bytes, content_type: str, url: str | None) -> PageText:
        """The main text of an HTML page given as bytes (and its Content-Type header)."""
        self.count += 1
        if self.size < 2 or self.count <= self.warmup:
            return extract_page(body, content_type, url)
        if self.starting is None:
            self.starting = asyncio.ensure_future(self._start())
        try:
            await asyncio.shield(self.starting)
        except OSError:  # no processes to be had (a sandbox, a limit): work in place
            return extract_page(body, content_type, url)
        async with self.slots:
            return await self._submit((body, content_type, url))

    async def _submit(self, page: tuple[bytes, str, str | None]) -> PageText:
        alive = [w for w in self.workers if not (w.answers.is_closing() or w.jobs.is_closing())]
        if not alive:
            raise FetchError(f"{page[2]}: the extraction workers died")
        worker = min(alive, key=lambda w: len(w.waiting))
        job_id = next(self.ids)
        future = asyncio.get_running_loop().create_future()
        worker.waiting[job_id] = future
        payload = pickle.dumps((job_id, *page), pickle.HIGHEST_PROTOCOL)
        worker.jobs.write(struct.pack("!i", len(payload)) + payload)
        try:
            return await future
        finally:
            worker.waiting.pop(job_id, None)

    async def _start(self) -> None:
        # forkserver: workers start from a clean process with the extractor
        # imported, not from a copy of this one (which may run threads)
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["briefing.fetch.pages"])
        loop = asyncio.get_running_loop()
        self.slots = asyncio.Semaphore(self.size * JOBS_PER_WORKER)
        for _ in range(self.size):
            job_reader, job_writer = context.Pipe(duplex=False)
            answer_reader, answer_writer = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(job_reader, answer_writer),
                                      daemon=True)
            process.start()
            job_reader.close()
            answer_writer.close()
            waiting: dict[int, asyncio.Future] = {}
            answers, _ = await loop.connect_read_pipe(lambda w=waiting: _Answers(w),
                                                      answer_reader)
            jobs, _ = await loop.connect_write_pipe(asyncio.Protocol, job_writer)
            self.workers.append(_Worker(process, jobs, answers, waiting))

    async def aclose(self) -> None:
        if self.starting is not None and not self.starting.done():
            await asyncio.wait([self.starting])
        for worker in self.workers:
            worker.jobs.close()  # end of input: the worker's loop ends
        for worker in self.workers:
            for _ in range(int(STOP_WAIT / 0.05)):
                if not worker.process.is_alive():
                    break
                await asyncio.sleep(0.05)
            if worker.process.is_alive():
                worker.process.terminate()
            worker.process.join(1)
            worker.answers.close()
        self.workers.clear()
