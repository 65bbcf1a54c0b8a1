"""httpcore's network layer on asyncio itself: sockets as protocols, not anyio streams.

httpcore reaches asyncio through anyio, whose cancel scope per read and write,
task lookups and a poll() of the socket before every request on a kept
connection were a fifth of the fetch process's CPU (bench/fetch.py). Here a
read waits on a future the protocol settles, a timeout is one timer, and "has
the server closed this idle connection?" is answered from what the protocol
has already seen.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

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


class SocketStream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Socket):
        self.transport = transport
        self.protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self.protocol
        if not protocol.buffer and not protocol.closed:
            protocol.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(protocol.waiter, timeout, httpcore.ReadTimeout)
            finally:
                protocol.waiter = None
        if not protocol.buffer:
            if protocol.error is not None:
                raise httpcore.ReadError(str(protocol.error) or type(protocol.error).__name__)
            return b""
        data = bytes(protocol.buffer[:max_bytes])
        del protocol.buffer[:max_bytes]
        if len(protocol.buffer) <= HIGH_WATER and not protocol.closed:
            self.transport.resume_reading()
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self.transport.write(buffer)
        if self.protocol.paused:
            self.protocol.drained = asyncio.get_running_loop().create_future()
            await _wait(self.protocol.drained, timeout, httpcore.WriteTimeout)

    async def aclose(self) -> None:
        self.transport.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> SocketStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                tls = await loop.start_tls(self.transport, self.protocol, ssl_context,
                                           server_hostname=server_hostname)
        except TimeoutError:
            self.transport.close()
            raise httpcore.ConnectTimeout(f"TLS handshake: no answer in {timeout:g} s") from None
        except (OSError, ssl.SSLError) as exc:
            self.transport.close()
            raise httpcore.ConnectError(str(exc)) from None
        self.protocol.transport = tls  # flow control now pauses the TLS layer's reading
        return SocketStream(tls, self.protocol)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # on an idle kept connection: the server hung up
            return bool(self.protocol.buffer) or self.protocol.closed
        if info == "ssl_object":
            return self.transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self.transport.get_extra_info("sockname")
        if info == "server_addr":
            return self.transport.get_extra_info("peername")
        if info == "socket":
            return self.transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[tuple] | None = None) -> SocketStream:
        loop = asyncio.get_running_loop()
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(_Socket, host, port,
                                                                   local_addr=local)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"no connection in {timeout:g} s") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from None
        sock: socket.socket = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return SocketStream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
