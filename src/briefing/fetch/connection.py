"""One HTTP/1.1 connection: h11's state machine over an asyncio socket protocol.

h11 is the HTTP/1.1 parser httpx's own engine (httpcore) runs on; httpcore
reaches asyncio through anyio, whose locks, cancel scopes and event-loop
sniffing on every request were over a third of the CPU of a GET here
(bench/fetch.py). A read waits on a future the protocol settles, a timeout is
one timer, and "has the server closed this idle connection?" is answered from
what the protocol has already seen. Failures are raised as httpx's errors.
"""

from __future__ import annotations

import asyncio
import ssl
import time

import h11
import httpx

HIGH_WATER = 256 * 1024  # bytes buffered before the socket stops being read


class _Socket(asyncio.Protocol):
    """Buffers what arrives; one reader at a time waits for more."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.closed = False  # EOF or the connection lost
        self.error: Exception | None = None
        self.waiter: asyncio.Future | None = None
        self.paused = False  # writing: the transport's buffer is full
        self.drained: asyncio.Future | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > HIGH_WATER:
            self.transport.pause_reading()
        self._wake(self.waiter)

    def eof_received(self) -> bool:
        self.closed = True
        self._wake(self.waiter)
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.error = exc
        self._wake(self.waiter)
        self.paused = False
        self._wake(self.drained)

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._wake(self.drained)

    @staticmethod
    def _wake(future: asyncio.Future | None) -> None:
        if future is not None and not future.done():
            future.set_result(None)


async def _wait(future: asyncio.Future, timeout: float | None, error: type[Exception]) -> None:
    """Await ``future``; ``error`` when ``timeout`` seconds pass first."""
    if timeout is None:
        await future
        return
    timer = asyncio.get_running_loop().call_later(timeout, _expire, future, error, timeout)
    try:
        await future
    finally:
        timer.cancel()


def _expire(future: asyncio.Future, error: type[Exception], timeout: float) -> None:
    if not future.done():
        future.set_exception(error(f"no progress in {timeout:g} s"))


class Connection:
    def __init__(self, transport: asyncio.Transport, protocol: _Socket):
        self.transport = transport
        self.protocol = protocol
        self.http = h11.Connection(h11.CLIENT)
        self.idle_since = time.monotonic()

    @classmethod
    async def open(cls, url: httpx.URL, timeout: float | None,
                   tls: ssl.SSLContext | None) -> Connection:
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if tls else 80)
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await asyncio.get_running_loop().create_connection(
                    _Socket, host, port, ssl=tls, server_hostname=host if tls else None)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"no connection in {timeout:g} s") from None
        except OSError as exc:  # ssl.SSLError too: a certificate refused
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        return cls(transport, protocol)

    def reusable(self, keepalive: float) -> bool:
        """Open, idle for less than ``keepalive`` s, and nothing unasked-for has arrived
        (a server ending an idle connection may first send a 408)."""
        return not (self.protocol.closed or self.protocol.buffer or self.transport.is_closing()
                    or time.monotonic() - self.idle_since > keepalive)

    def recycle(self) -> bool:
        """After a whole exchange: ready for the next request, unless either side
        asked to close."""
        if self.http.our_state is h11.DONE and self.http.their_state is h11.DONE:
            self.http.start_next_cycle()
            self.idle_since = time.monotonic()
            return True
        self.close()
        return False

    def close(self) -> None:
        self.transport.close()

    async def send(self, event: h11.Event, timeout: float | None) -> None:
        if self.transport.is_closing():
            raise httpx.WriteError("the connection is closed")
        try:
            data = self.http.send(event)
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from None
        if data:
            self.transport.write(data)
        if self.protocol.paused:
            self.protocol.drained = asyncio.get_running_loop().create_future()
            await _wait(self.protocol.drained, timeout, httpx.WriteTimeout)

    async def receive(self, timeout: float | None) -> h11.Event:
        """The server's next event: a response head, a piece of body, its end."""
        while True:
            try:
                event = self.http.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpx.RemoteProtocolError(str(exc)) from None
            if event is not h11.NEED_DATA:
                return event
            data = await self._read(timeout)
            if not data and self.http.their_state is h11.SEND_RESPONSE:
                raise httpx.RemoteProtocolError("the server closed the connection without "
                                                "a response")
            self.http.receive_data(data)

    async def _read(self, timeout: float | None) -> bytes:
        protocol = self.protocol
        if not protocol.buffer and not protocol.closed:
            protocol.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(protocol.waiter, timeout, httpx.ReadTimeout)
            finally:
                protocol.waiter = None
        if not protocol.buffer:
            if protocol.error is not None:
                raise httpx.ReadError(str(protocol.error) or type(protocol.error).__name__)
            return b""
        data = bytes(protocol.buffer)
        protocol.buffer.clear()
        if not protocol.closed:
            self.transport.resume_reading()
        return data
