"""The client's transport: one small connection pool per host.

httpx's single pool scans every connection for every queued request, which
costs more CPU than the requests themselves once a run keeps dozens of
connections open (measured in bench/fetch.py). A pool per host holds at most
``per_host`` connections, so each scan is tiny; pools idle for a while are
closed, so a run over thousands of hosts does not keep thousands of sockets.
"""

from __future__ import annotations

import ssl
import time

import httpx

MAX_IDLE_POOLS = 64  # pools kept open with no request in flight
KEEPALIVE = 5.0  # seconds an idle connection is kept for reuse


class HostPools(httpx.AsyncBaseTransport):
    def __init__(self, per_host: int):
        self.per_host = per_host
        self.pools: dict[str, httpx.AsyncHTTPTransport] = {}
        self.active: dict[str, int] = {}
        self.last_used: dict[str, float] = {}
        self.ssl: ssl.SSLContext | None = None  # one for all pools: loading CAs costs 20 ms

    def _pool(self, host: str) -> httpx.AsyncHTTPTransport:
        if host not in self.pools:
            limits = httpx.Limits(max_connections=self.per_host,
                                  max_keepalive_connections=self.per_host,
                                  keepalive_expiry=KEEPALIVE)
            if self.ssl is None:
                self.ssl = httpx.create_ssl_context()
            self.pools[host] = httpx.AsyncHTTPTransport(verify=self.ssl, limits=limits)
            self.active[host] = 0
        return self.pools[host]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        pool = self._pool(host)
        self.active[host] += 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            self._release(host)
            raise
        return httpx.Response(response.status_code, headers=response.headers,
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
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        if not self.closed:
            self.closed = True
            await self.stream.aclose()
            self.done()
