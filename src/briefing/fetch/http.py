"""The one HTTP client of a run: limits, retries, redirects, size cap, robots.txt.

Every request goes through ``Http.get``. It holds a per-host slot and then a
global slot only while bytes move (never while sleeping before a retry), checks
every URL it is about to request (http/https only, robots.txt), follows at most
``max_redirects`` redirects itself, and aborts a body as soon as it passes the
size cap. Expected failures are raised as FetchError with a one-line message.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib import robotparser
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import FetchSettings
from ..errors import FetchError
from .transport import HostPools
from .urls import host_key, is_web

REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUS = (429, 500, 502, 503, 504)
ROBOTS_MAX_BYTES = 512_000
BACKOFF_BASE = 0.5  # seconds; doubled per attempt, with jitter
BACKOFF_CAP = 30.0
DRAIN_MAX = 64_000  # bytes of a body not wanted that are still read to keep the connection


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 2xx, or 304 to a conditional request
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


async def _drain(reply: httpx.Response) -> None:
    """Read the little body a 304 or a redirect has, so its connection is kept for the
    next request; past DRAIN_MAX bytes closing the connection is cheaper."""
    read = 0
    async for chunk in reply.aiter_raw():
        read += len(chunk)
        if read > DRAIN_MAX:
            return


class Http:
    def __init__(self, settings: FetchSettings, transport: httpx.AsyncBaseTransport | None = None):
        self.settings = settings
        self.timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout,
                                     pool=None).as_dict()
        self.headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        # requests go to the transport itself, not through an httpx.AsyncClient: redirects
        # and limits are ours already, and the client's own work (URL merging, a cookie
        # jar read on every response) was a third of the CPU of a request (bench/fetch.py)
        self.transport = transport or HostPools()
        self.cookies = httpx.Cookies()  # a consent cookie a site sets is sent back to it
        self.slots = asyncio.Semaphore(settings.concurrency)
        self.host_slots: dict[str, asyncio.Semaphore] = {}
        self.robots: dict[str, robotparser.RobotFileParser | None] = {}
        self.robots_locks: dict[str, asyncio.Lock] = {}

    async def close(self) -> None:
        await self.transport.aclose()

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                  max_bytes: int | None = None) -> Response:
        """GET ``url`` following redirects; a 2xx or a 304, else FetchError."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        for _ in range(self.settings.max_redirects + 1):
            await self._check_allowed(url)
            response = await self._with_retries(url, headers, max_bytes or self.settings.max_bytes)
            if response.status < 300 or response.status == 304:
                return response
            if response.status not in REDIRECTS:  # 300 Multiple Choices, 305 Use Proxy
                raise FetchError(f"{url}: HTTP {response.status}")
            target = response.headers.get("location")
            if not target:
                raise FetchError(f"{url}: HTTP {response.status} without a Location")
            url = urljoin(url, target.strip())
            if url in seen:
                raise FetchError(f"{url}: redirect loop")
            seen.add(url)
        raise FetchError(f"{url}: more than {self.settings.max_redirects} redirects")

    async def _check_allowed(self, url: str) -> None:
        if not is_web(url):
            scheme = urlsplit(url).scheme or "no scheme"
            raise FetchError(f"{url}: refused: only http and https may be fetched ({scheme})")
        if self.settings.respect_robots and not await self._robots_allow(url):
            raise FetchError(f"{url}: disallowed by robots.txt")

    async def _with_retries(self, url: str, headers: dict, max_bytes: int) -> Response:
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = await self._once(url, headers, max_bytes)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
                if last:
                    raise FetchError(f"{url}: cannot connect: {_reason(exc)}") from None
                await asyncio.sleep(_backoff(attempt))
                continue
            except httpx.TimeoutException:
                wait = self.settings.read_timeout
                raise FetchError(f"{url}: timed out after {wait:g} s") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(f"{url}: {_reason(exc)}") from None
            if response.status in RETRY_STATUS and not last:
                await asyncio.sleep(self._retry_delay(response, attempt))
                continue
            if response.status >= 400:
                raise FetchError(f"{url}: HTTP {response.status}")
            return response
        raise AssertionError("unreachable")

    def _retry_delay(self, response: Response, attempt: int) -> float:
        wait = retry_after(response.headers.get("retry-after"))
        if wait is None:
            return _backoff(attempt)
        return min(wait, self.settings.max_retry_after)

    def _request(self, url: str, headers: dict) -> httpx.Request:
        request = httpx.Request("GET", url, headers={**self.headers, **headers},
                                extensions={"timeout": self.timeout})
        if self.cookies:
            self.cookies.set_cookie_header(request)
        return request

    async def _once(self, url: str, headers: dict, max_bytes: int) -> Response:
        host = host_key(url)
        host_slot = self.host_slots.setdefault(host, asyncio.Semaphore(self.settings.per_host))
        request = self._request(url, headers)
        async with host_slot, self.slots:
            reply = await self.transport.handle_async_request(request)
            try:
                reply.request = request
                if "set-cookie" in reply.headers:
                    self.cookies.extract_cookies(reply)
                if not 200 <= reply.status_code < 300:  # redirects, 304, errors: no body needed
                    await _drain(reply)
                    return Response(url, reply.status_code, reply.headers)
                body = await self._read_capped(url, reply, max_bytes)
            finally:
                await reply.aclose()
        return Response(url, reply.status_code, reply.headers, body)

    async def _read_capped(self, url: str, reply: httpx.Response, max_bytes: int) -> bytes:
        declared = reply.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(
                f"{url}: too large ({int(declared):,} bytes, the cap is {max_bytes:,})")
        chunks, size = [], 0
        async for chunk in reply.aiter_bytes():  # decoded bytes: a gzip bomb is capped too
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: too large (over the cap of {max_bytes:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if parts.path == "/robots.txt":
            return True
        if key not in self.robots:  # else known: no lock to take
            async with self.robots_locks.setdefault(key, asyncio.Lock()):
                if key not in self.robots:  # not loaded by the request we waited on
                    self.robots[key] = await self._load_robots(key)
        rules = self.robots[key]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    async def _load_robots(self, origin: str) -> robotparser.RobotFileParser | None:
        """The site's rules; None (allow all) when it has no readable robots.txt or
        its robots.txt disallows nothing."""
        try:
            response = await self.get(f"{origin}/robots.txt", max_bytes=ROBOTS_MAX_BYTES)
        except FetchError:
            return None
        if response.status != 200 or not is_web(response.url):
            return None
        rules = robotparser.RobotFileParser()
        rules.parse(response.body.decode("utf-8", "replace").splitlines())
        entries = [*rules.entries, rules.default_entry]
        if all(line.allowance for entry in entries if entry for line in entry.rulelines):
            return None  # nothing is disallowed: no rule to match against every URL
        return rules


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max((moment - datetime.now(UTC)).total_seconds(), 0.0)


def _backoff(attempt: int) -> float:
    return min(BACKOFF_BASE * 2**attempt, BACKOFF_CAP) * random.uniform(0.5, 1.0)


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
