"""The client's transport: HTTP/1.1 connections kept per host for reuse.

An httpx transport on connection.Connection. How many requests a host gets at
once is the caller's limit (http.Http holds a per-host slot for each request),
so here connections only wait, idle, to be reused: those of the most recently
used hosts, for a few seconds, so a run over thousands of hosts does not keep
thousands of sockets.
"""

from __future__ import annotations

import ssl

import h11
import httpx

from .connection import Connection

MAX_IDLE_POOLS = 64  # hosts whose idle connections are kept
KEEPALIVE = 5.0  # seconds an idle connection is kept for reuse


class HostPools(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.pools: dict[str, list[Connection]] = {}  # idle, least recently used host first
        self.ssl: ssl.SSLContext | None = None  # one for all hosts: loading CAs costs 20 ms

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        timeouts = request.extensions.get("timeout", {})
        connection = self._idle(origin) or await Connection.open(
            url, timeouts.get("connect"), self._tls() if url.scheme == "https" else None)
        try:
            await connection.send(h11.Request(method=request.method, target=url.raw_path,
                                              headers=request.headers.raw), timeouts.get("write"))
            async for chunk in request.stream:
                if chunk:
                    await connection.send(h11.Data(data=chunk), timeouts.get("write"))
            await connection.send(h11.EndOfMessage(), timeouts.get("write"))
            head = await connection.receive(timeouts.get("read"))
            while isinstance(head, h11.InformationalResponse):  # 100 Continue and the like
                head = await connection.receive(timeouts.get("read"))
            if not isinstance(head, h11.Response):
                raise httpx.RemoteProtocolError(f"no response head ({type(head).__name__})")
        except BaseException:
            connection.close()
            raise
        body = _Body(connection, timeouts.get("read"), lambda: self._release(origin, connection))
        return httpx.Response(head.status_code, headers=head.headers, stream=body,
                              extensions={"http_version": b"HTTP/1.1",
                                          "reason_phrase": head.reason},
                              request=request)

    def _tls(self) -> ssl.SSLContext:
        if self.ssl is None:
            self.ssl = httpx.create_ssl_context()
        return self.ssl

    def _idle(self, origin: str) -> Connection | None:
        """The host's most recently used idle connection still fit for a request."""
        idle = self.pools.get(origin, [])
        while idle:
            connection = idle.pop()
            if connection.reusable(KEEPALIVE):
                return connection
            connection.close()
        return None

    def _release(self, origin: str, connection: Connection) -> None:
        """Keep a connection whose exchange ended cleanly; its host becomes the most
        recently used, and the least recently used past the cap lose theirs."""
        if not connection.recycle():
            return
        self.pools[origin] = [*self.pools.pop(origin, []), connection]
        while len(self.pools) > MAX_IDLE_POOLS:
            for stale in self.pools.pop(next(iter(self.pools))):
                stale.close()

    async def aclose(self) -> None:
        for idle in self.pools.values():
            for connection in idle:
                connection.close()
        self.pools.clear()


class _Body(httpx.AsyncByteStream):
    """A response's body as it arrives; the connection goes back to its host's pool
    when the body was read to its end, and is closed otherwise."""

    def __init__(self, connection: Connection, timeout: float | None, release):
        self.connection = connection
        self.timeout = timeout
        self.release = release
        self.complete = False
        self.closed = False

    async def __aiter__(self):
        while not self.complete:
            event = await self.connection.receive(self.timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self.complete = True
            else:  # h11 raises first when a body is cut short; this loop must never spin
                raise httpx.RemoteProtocolError(f"body ended by {type(event).__name__}")

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            if self.complete:
                self.release()
            else:
                self.connection.close()
