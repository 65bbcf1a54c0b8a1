"""The client's transport: one small httpcore connection pool per host, on asyncio.

httpx's single pool scans every connection for every queued request, which
costs more CPU than the requests themselves once a run keeps dozens of
connections open (measured in bench/fetch.py). A pool per host holds at most
``per_host`` connections, so each scan is tiny; pools idle for a while are
closed, so a run over thousands of hosts does not keep thousands of sockets.
The pools are httpcore's own (httpx's engine) on sockets.AsyncioBackend, which
httpx's transport cannot be given; httpcore's errors become httpx's here, as
httpx's transport would make them.
"""

from __future__ import annotations

import ssl
import time

import httpcore
import httpx

from .sockets import AsyncioBackend

MAX_IDLE_POOLS = 64  # pools kept open with no request in flight
KEEPALIVE = 5.0  # seconds an idle connection is kept for reuse
# httpcore and httpx name their errors alike, httpx's subclassing the same way
ERRORS = {getattr(httpcore, name): getattr(httpx, name) for name in (
    "ConnectTimeout", "ReadTimeout", "WriteTimeout", "PoolTimeout", "ConnectError", "ReadError",
    "WriteError", "RemoteProtocolError", "LocalProtocolError", "UnsupportedProtocol",
    "ProxyError", "TimeoutException", "NetworkError", "ProtocolError")}
HTTPCORE_ERRORS = tuple(ERRORS)


class HostPools(httpx.AsyncBaseTransport):
    def __init__(self, per_host: int):
        self.per_host = per_host
        self.pools: dict[str, httpcore.AsyncConnectionPool] = {}
        self.active: dict[str, int] = {}
        self.last_used: dict[str, float] = {}
        self.ssl: ssl.SSLContext | None = None  # one for all pools: loading CAs costs 20 ms
        self.network = AsyncioBackend()

    def _pool(self, host: str) -> httpcore.AsyncConnectionPool:
        if host not in self.pools:
            if self.ssl is None:
                self.ssl = httpx.create_ssl_context()
            self.pools[host] = httpcore.AsyncConnectionPool(
                ssl_context=self.ssl, max_connections=self.per_host,
                max_keepalive_connections=self.per_host, keepalive_expiry=KEEPALIVE,
                network_backend=self.network)
            self.active[host] = 0
        return self.pools[host]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = f"{url.scheme}://{url.netloc.decode('ascii')}"
        pool = self._pool(host)
        self.active[host] += 1
        try:
            response = await pool.handle_async_request(httpcore.Request(
                request.method, httpcore.URL(scheme=url.raw_scheme, host=url.raw_host,
                                             port=url.port, target=url.raw_path),
                headers=request.headers.raw, content=request.stream,
                extensions=request.extensions))
        except BaseException as exc:
            self._release(host)
            if isinstance(exc, HTTPCORE_ERRORS):
                raise _httpx_error(exc) from exc
            raise
        return httpx.Response(response.status, headers=response.headers,
                              stream=_Stream(response.stream, lambda: self._release(host)),
                              extensions=response.extensions, request=request)

    def _release(self, host: str) -> None:
        self.active[host] -= 1
        self.last_used[host] = time.monotonic()

    async def close_idle(self) -> None:
        """Close the least recently used pools with nothing in flight, past the cap."""
        idle = sorted((self.last_used.get(h, 0.0), h) for h, n in self.active.items() if n == 0)
        for _, host in idle[: max(len(idle) - MAX_IDLE_POOLS, 0)]:
            pool = self.pools.pop(host)
            del self.active[host]
            self.last_used.pop(host, None)
            await pool.aclose()

    async def aclose(self) -> None:
        for pool in self.pools.values():
            await pool.aclose()
        self.pools.clear()


class _Stream(httpx.AsyncByteStream):
    """The pool's stream, telling us when the response is done with."""

    def __init__(self, stream: httpx.AsyncByteStream, done):
        self.stream = stream
        self.done = done
        self.closed = False

    async def __aiter__(self):
        try:
            async for chunk in self.stream:
                yield chunk
        except HTTPCORE_ERRORS as exc:
            raise _httpx_error(exc) from exc

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            await self.stream.aclose()
            self.done()


def _httpx_error(exc: Exception) -> Exception:
    """httpx's error for one of httpcore's."""
    kind = next(k for k in type(exc).__mro__ if k in ERRORS)
    return ERRORS[kind](str(exc))
