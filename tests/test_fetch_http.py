"""Fetch against real HTTP servers on loopback: each test asserts what lands in the store."""

from __future__ import annotations

import asyncio
import gzip
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from briefing.config import FetchSettings
from briefing.errors import FetchError
from briefing.fetch import connection, fetch_sources, transport
from briefing.fetch.http import Http
from briefing.models import Source
from briefing.store import Store

DATA = Path(__file__).parent / "data" / "fetch"
RSS = "application/rss+xml; charset=utf-8"


def settings(**changes) -> FetchSettings:
    defaults = {"connect_timeout": 2.0, "read_timeout": 2.0, "source_deadline": 15.0,
                "retries": 2, "max_retry_after": 0.3, "respect_robots": False}
    return FetchSettings(**(defaults | changes))


def page(title: str, *paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"{head}</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}"
            f"</article><footer>© Wire</footer></body></html>")


STORY = page("Nasdaq gains 1.3% on chip rally",
             "The Nasdaq Composite rose 1.3% to 19,240.10 on Tuesday as Nvidia gained 4.2%.",
             "The S&amp;P 500 added 0.8%, and the Dow Jones Industrial Average rose 0.4%.",
             "Ten-year Treasury yields eased to 4.21%, supporting growth shares.")


@pytest.fixture
def servers():
    """A factory of loopback servers (127.0.0.N), all stopped after the test."""
    started: list[HTTPServer] = []

    def make(n: int = 1) -> HTTPServer:
        server = HTTPServer(host=f"127.0.0.{n}", port=0, threaded=True)
        server.start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.clear()
        server.stop()


@pytest.fixture
def server(servers) -> HTTPServer:
    return servers(1)


@pytest.fixture
def store(tmp_path) -> Store:
    with Store(tmp_path / "store.sqlite") as db:
        yield db


def base(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


def feed_text(name: str, server: HTTPServer) -> str:
    return (DATA / "feeds" / name).read_text(encoding="utf-8").replace("{base}", base(server))


def hits(server: HTTPServer, path: str) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


def serve_markets(server: HTTPServer) -> None:
    server.expect_request("/news/hk-close.html").respond_with_data(
        (DATA / "pages" / "hk-close.html").read_text(encoding="utf-8"), content_type="text/html")
    server.expect_request("/news/china-property.html").respond_with_data(
        (DATA / "pages" / "china-property.html").read_text(encoding="utf-8"),
        content_type="text/html; charset=utf-8")


def test_feed_entries_become_articles_with_metadata(server, store):
    server.expect_request("/feed.xml").respond_with_data(feed_text("rss2-markets.xml", server),
                                                         content_type=RSS)
    serve_markets(server)
    source = Source(name="lantern", url=server.url_for("/feed.xml"), credit="Lantern Wire")
    [report] = fetch_sources([source], store, settings())
    assert (report.status, report.new, report.failed) == ("ok", 2, 0)
    articles = {a.url: a for a in store.articles()}
    hk = articles["https://news.lantern.example/markets/hk-close?ref=wire"]
    assert hk.published == "2026-11-24T00:35:00+00:00"  # the feed's time, in UTC
    assert hk.author == "Grace Lau" and hk.credit == "Lantern Wire" and hk.lang == "en"
    assert "Southbound investors bought a net HK$3.1 billion" in hk.text
    assert "Most read" not in hk.text and "All rights reserved" not in hk.text
    china = articles[server.url_for("/news/china-property.html")]
    assert china.author == "Zhou Min" and not china.from_summary
    # the entry link (tracking stripped) is one more name of the canonical article
    assert store.article_id_for_url(server.url_for("/news/hk-close.html")) == hk.id


def test_rerun_is_one_304_and_no_page_requests(server, store):
    body = feed_text("rss2-markets.xml", server)

    def feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, headers={"ETag": '"v1"', "Content-Type": RSS})

    server.expect_request("/feed.xml").respond_with_handler(feed)
    serve_markets(server)
    source = Source(name="lantern", url=server.url_for("/feed.xml"))
    assert fetch_sources([source], store, settings())[0].new == 2
    [again] = fetch_sources([source], store, settings())
    assert (again.status, again.new) == ("unchanged", 0)
    assert hits(server, "/feed.xml") == 2 and hits(server, "/news/hk-close.html") == 1
    assert len(store.articles()) == 2
    assert store.source_state("lantern")["etag"] == '"v1"'


def test_changed_feed_does_not_refetch_known_pages(server, store):
    server.expect_request("/feed.xml").respond_with_data(feed_text("rss2-markets.xml", server),
                                                         content_type=RSS)
    serve_markets(server)
    source = Source(name="lantern", url=server.url_for("/feed.xml"))
    fetch_sources([source], store, settings())
    [again] = fetch_sources([source], store, settings())
    assert (again.status, again.new, again.known) == ("ok", 0, 2)
    assert hits(server, "/news/china-property.html") == 1


def test_429_with_retry_after_then_success(server, store):
    server.expect_oneshot_request("/feed.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "30"})  # capped by max_retry_after
    server.expect_oneshot_request("/news/nasdaq.html").respond_with_data("busy", status=503)
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Nasdaq gains 1.3% on chip rally", "/news/nasdaq.html")), content_type=RSS)
    server.expect_request("/news/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    [report] = fetch_sources([Source(name="us", url=server.url_for("/feed.xml"))], store,
                             settings())
    assert (report.status, report.new, report.failed) == ("ok", 1, 0)
    assert hits(server, "/feed.xml") == 2 and hits(server, "/news/nasdaq.html") == 2
    assert "Nvidia gained 4.2%" in store.articles()[0].text


def test_hanging_host_times_out_while_others_finish(servers, store):
    good, slow = servers(1), servers(2)
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(5)  # bounded: the server thread ends by itself
        return Response("late", status=200)

    slow.expect_request("/feed.xml").respond_with_handler(hang)
    good.expect_request("/feed.xml").respond_with_data(feed_text("rss2-markets.xml", good),
                                                       content_type=RSS)
    serve_markets(good)
    sources = [Source(name="slow", url=slow.url_for("/feed.xml")),
               Source(name="good", url=good.url_for("/feed.xml"))]
    try:
        slow_report, good_report = fetch_sources(sources, store, settings(read_timeout=0.5))
    finally:
        release.set()
    assert slow_report.status == "failed" and "timed out" in slow_report.detail
    assert (good_report.status, good_report.new) == ("ok", 2)
    assert store.source_state("slow")["status"] == "failed"
    assert len(store.articles()) == 2


def test_body_over_the_cap_is_aborted_while_streaming(server, store):
    def endless(request: Request) -> Response:
        chunks = (b"<p>" + b"The Hang Seng rose 0.4%. " * 400 + b"</p>" for _ in range(50))
        return Response(chunks, content_type="text/html")  # chunked: no Content-Length

    server.expect_request("/news/huge.html").respond_with_handler(endless)
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Huge page", "/news/huge.html")), content_type=RSS)
    server.expect_request("/big.xml").respond_with_data("x" * 60_000, content_type=RSS)
    sources = [Source(name="feed", url=server.url_for("/feed.xml")),
               Source(name="big", url=server.url_for("/big.xml"))]
    feed, big = fetch_sources(sources, store, settings(max_bytes=50_000))
    assert big.status == "failed" and "too large" in big.detail
    assert (feed.status, feed.new, feed.failed) == ("ok", 1, 1)
    [article] = store.articles()
    assert article.from_summary and article.text == "Summary of Huge page."
    assert "over the cap" in feed.detail


def test_redirect_loop_and_too_many_redirects(server, store):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a"})
    for i in range(1, 8):
        server.expect_request(f"/r{i}").respond_with_data(
            "", status=307, headers={"Location": f"/r{i + 1}"})
    sources = [Source(name="loop", url=server.url_for("/a")),
               Source(name="chain", url=server.url_for("/r1"))]
    loop, chain = fetch_sources(sources, store, settings())
    assert loop.status == "failed" and "redirect loop" in loop.detail
    assert chain.status == "failed" and "more than 5 redirects" in chain.detail
    assert hits(server, "/r7") == 0 and store.articles() == []


def test_redirect_to_file_url_is_refused(server, store):
    server.expect_request("/evil.xml").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"})
    server.expect_request("/news/evil.html").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"})
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Evil page", "/news/evil.html")), content_type=RSS)
    sources = [Source(name="evil", url=server.url_for("/evil.xml")),
               Source(name="feed", url=server.url_for("/feed.xml"))]
    evil, feed = fetch_sources(sources, store, settings())
    assert evil.status == "failed" and "refused" in evil.detail
    [article] = store.articles()
    assert article.from_summary and "root:" not in article.text
    assert "refused" in feed.detail


def test_gzip_feed_and_page(server, store):
    zipped = {"Content-Encoding": "gzip"}
    server.expect_request("/feed.xml").respond_with_data(
        gzip.compress(_rss(server, ("Nasdaq", "/news/nasdaq.html")).encode()),
        headers=zipped, content_type=RSS)
    server.expect_request("/news/nasdaq.html").respond_with_data(
        gzip.compress(STORY.encode()), headers=zipped, content_type="text/html")
    [report] = fetch_sources([Source(name="z", url=server.url_for("/feed.xml"))], store,
                             settings())
    assert report.new == 1 and "Nasdaq Composite rose 1.3%" in store.articles()[0].text


def test_gbk_page_declared_utf8_and_big5_page_undeclared(server, store):
    gbk = (DATA / "pages" / "a-shares-gbk.html").read_text(encoding="utf-8").encode("gbk")
    big5 = (DATA / "pages" / "taiex-big5.html").read_text(encoding="utf-8").encode("big5")
    server.expect_request("/news/a-shares.html").respond_with_data(
        gbk, content_type="text/html; charset=utf-8")
    server.expect_request("/news/taiex.html").respond_with_data(big5, content_type="text/html")
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("A股", "/news/a-shares.html"), ("台股", "/news/taiex.html")),
        content_type=RSS)
    [report] = fetch_sources([Source(name="cn", url=server.url_for("/feed.xml"))], store,
                             settings())
    assert report.new == 2
    texts = "\n".join(a.text for a in store.articles())
    assert "沪深300指数下跌0.6%" in texts and "贵州茅台下跌2.1%" in texts
    assert "加權指數週二下跌0.9%" in texts and "台積電下跌1.2%" in texts
    assert {a.lang for a in store.articles()} == {"zh-CN", "zh-TW"}


def test_malformed_feed_with_bare_ampersands(server, store):
    server.expect_request("/feed.xml").respond_with_data(
        feed_text("malformed-ampersand.xml", server), content_type=RSS)
    server.expect_request("/news/us-close.html").respond_with_data(STORY, content_type="text/html")
    server.expect_request("/news/yields.html").respond_with_data(
        page("Treasury yields ease", "The 10-year Treasury yield eased 5 basis points to 4.21% "
             "on Tuesday, while banks rose 1.1% on merger news."), content_type="text/html")
    [report] = fetch_sources([Source(name="us", url=server.url_for("/feed.xml"))], store,
                             settings())
    assert (report.status, report.new) == ("ok", 2)
    assert "malformed" in report.detail
    titles = {a.title for a in store.articles()}
    assert "S&P 500 rises 0.8% as Nvidia leads AI hardware rally" in titles


def test_same_article_in_two_feeds_is_stored_once(server, store):
    server.expect_request("/a.xml").respond_with_data(
        _rss(server, ("Nasdaq gains", "/news/nasdaq.html?utm_source=a")), content_type=RSS)
    server.expect_request("/b.xml").respond_with_data(
        _rss(server, ("Nasdaq gains 1.3%", "/mirror/nasdaq.html")), content_type=RSS)
    server.expect_request("/news/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    server.expect_request("/mirror/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    sources = [Source(name="a", url=server.url_for("/a.xml")),
               Source(name="b", url=server.url_for("/b.xml"))]
    reports = fetch_sources(sources, store, settings())
    assert sum(r.new for r in reports) == 1 and sum(r.known for r in reports) == 1
    [article] = store.articles()
    assert store.article_id_for_url(server.url_for("/news/nasdaq.html")) == article.id
    assert store.article_id_for_url(server.url_for("/mirror/nasdaq.html")) == article.id


def test_robots_txt_disallow(server, store, tmp_path):
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Open", "/news/nasdaq.html"), ("Closed", "/private/nasdaq.html")),
        content_type=RSS)
    server.expect_request("/news/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    server.expect_request("/private/nasdaq.html").respond_with_data(
        page("Private", "The Dow rose 0.4% to 44,120 on Tuesday, led by industrial shares."),
        content_type="text/html")
    source = Source(name="r", url=server.url_for("/feed.xml"))
    [report] = fetch_sources([source], store, settings(respect_robots=True))
    assert (report.new, report.failed) == (2, 1) and "robots.txt" in report.detail
    assert hits(server, "/private/nasdaq.html") == 0 and hits(server, "/robots.txt") == 1
    closed = [a for a in store.articles() if a.title == "Closed"]
    assert closed[0].from_summary
    with Store(tmp_path / "other.sqlite") as other:  # robots off: the page is fetched
        fetch_sources([source], other, settings(respect_robots=False))
        assert hits(server, "/private/nasdaq.html") == 1


def test_one_failing_source_does_not_stop_the_others(server, store):
    server.expect_request("/gone.xml").respond_with_data("no", status=404)
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Nasdaq", "/news/nasdaq.html")), content_type=RSS)
    server.expect_request("/news/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    sources = [Source(name="gone", url=server.url_for("/gone.xml")),
               Source(name="off", url=server.url_for("/off.xml"), enabled=False),
               Source(name="ok", url=server.url_for("/feed.xml"))]
    gone, ok = fetch_sources(sources, store, settings())
    assert gone.status == "failed" and gone.detail.endswith("HTTP 404")
    assert "\n" not in gone.detail and (ok.status, ok.new) == ("ok", 1)


def test_atom_rss1_and_rss091_feeds(server, store):
    for name, path in (("atom-brokers.xml", "/atom"), ("rss1-rdf.xml", "/rdf"),
                       ("rss091.xml", "/rss091")):
        raw = (DATA / "feeds" / name).read_bytes().replace(b"{base}", base(server).encode())
        server.expect_request(path).respond_with_data(raw, content_type="application/xml")
    for path in ("/notes/hk-overweight.html", "/news/nikkei.html", "/news/ftse.html"):
        server.expect_request(path).respond_with_data("gone", status=410)
    sources = [Source(name=p, url=server.url_for(p)) for p in ("/atom", "/rdf", "/rss091")]
    reports = fetch_sources(sources, store, settings())
    assert [r.new for r in reports] == [1, 1, 1]
    articles = {a.title: a for a in store.articles()}
    note = articles["Kestrel upgrades Hong Kong equities to overweight"]
    assert note.from_summary and note.author == "Priya Nair"
    assert note.published == "2026-11-24T01:30:00+00:00"
    assert "27,000 by mid-2027" in note.text  # the entry's full content, as text
    assert "Nikkei drops 1.1% as exporters retreat" in articles
    assert any("£ gilts" in title for title in articles)


def _rss(server: HTTPServer, *items: tuple[str, str]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base(server)}{path.replace('&', '&amp;')}</link>"
        f"<description>Summary of {title}.</description></item>" for title, path in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{entries}" \
           f"</channel></rss>"


def test_load_article_from_a_url(server):
    from briefing.errors import FetchError
    from briefing.fetch import load_article

    serve_markets(server)
    article = load_article(server.url_for("/news/hk-close.html"), settings())
    assert article.url == "https://news.lantern.example/markets/hk-close?ref=wire"
    assert article.source == "127.0.0.1" and "HK$168.2 billion" in article.text
    with pytest.raises(FetchError, match=r"missing\.html: HTTP 404$"):
        server.expect_request("/missing.html").respond_with_data("no", status=404)
        load_article(server.url_for("/missing.html"), settings())


def test_source_deadline_cuts_a_slow_source(server, store):
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(3)  # bounded
        return Response(STORY, content_type="text/html")

    server.expect_request("/news/slow.html").respond_with_handler(slow)
    server.expect_request("/feed.xml").respond_with_data(
        _rss(server, ("Slow", "/news/slow.html")), content_type=RSS)
    try:
        [report] = fetch_sources([Source(name="s", url=server.url_for("/feed.xml"))], store,
                                 settings(source_deadline=0.5))
    finally:
        release.set()
    assert report.status == "failed" and report.detail == "deadline of 0.5 s passed"
    assert store.articles() == [] and store.source_state("s")["etag"] is None


def test_cookies_a_site_sets_are_sent_back_to_it(server, store):
    def login(request: Request) -> Response:
        return Response("", status=302, headers={"Location": "/feed.xml",
                                                 "Set-Cookie": "consent=yes; Path=/"})

    def feed(request: Request) -> Response:
        if request.cookies.get("consent") != "yes":
            return Response("no consent", status=403)
        return Response(_rss(server, ("Nasdaq", "/news/nasdaq.html")), content_type=RSS)

    server.expect_request("/login").respond_with_handler(login)
    server.expect_request("/feed.xml").respond_with_handler(feed)
    server.expect_request("/news/nasdaq.html").respond_with_data(STORY, content_type="text/html")
    [report] = fetch_sources([Source(name="c", url=server.url_for("/login"))], store, settings())
    assert (report.status, report.new) == ("ok", 1)


# -- the transport: keep-alive, framing and failures, against a scripted server ------------
class RawServer:
    """A loopback HTTP/1.1 server answering each path from a script; it counts connections.

    A reply is the raw bytes to send (the connection stays open), or a function that
    gets the socket and misbehaves; the connection is closed when it returns.
    """

    def __init__(self, replies: dict, host: str = "127.0.0.1",
                 tls: ssl.SSLContext | None = None):
        self.replies = replies
        self.tls = tls
        self.listener = socket.create_server((host, 0))
        # accept() polls: a socket closed under a blocked accept() keeps its fd number in
        # use, and the next test's server may get that number (and its connections)
        self.listener.settimeout(0.05)
        self.base = f"{'https' if tls else 'http'}://{host}:{self.listener.getsockname()[1]}"
        self.connections = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)

    def _accept(self) -> None:
        with self.listener:
            while not self.stopped.is_set():
                try:
                    sock, _ = self.listener.accept()
                except TimeoutError:
                    continue
                self.connections += 1
                threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(5)  # bounded: every connection thread ends by itself
        try:
            if self.tls:
                sock = self.tls.wrap_socket(sock, server_side=True)
            with sock:
                buffer = b""
                while True:
                    while b"\r\n\r\n" not in buffer:
                        data = sock.recv(65536)
                        if not data:
                            return
                        buffer += data
                    head, buffer = buffer.split(b"\r\n\r\n", 1)
                    reply = self.replies[head.split(b" ")[1].decode()]
                    if callable(reply):
                        reply(sock)
                        return
                    sock.sendall(reply)
        except OSError:  # the client went away, or refused our certificate
            return


def answer(status: int, body: bytes = b"", *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@pytest.fixture
def raw_servers():
    started: list[RawServer] = []

    def make(replies: dict, **options) -> RawServer:
        started.append(RawServer(replies, **options))
        return started[-1]

    yield make
    for server in started:
        server.stop()


def get_all(*urls: str, pause: float = 0.0, **changes) -> list[bytes | str]:
    """GET each URL in turn through one Http: its body, or the FetchError's message."""

    async def run() -> list[bytes | str]:
        http = Http(settings(**changes))
        results = []
        try:
            for url in urls:
                try:
                    results.append((await http.get(url)).body)
                except FetchError as exc:
                    results.append(str(exc))
                await asyncio.sleep(pause)  # an idle moment, as between a run's requests
        finally:
            await http.close()
        return results

    return asyncio.run(run())


def test_connections_are_kept_alive_and_reused(raw_servers):
    server = raw_servers({"/a": answer(200, b"alpha"), "/b": answer(200, b"beta"),
                          "/same": answer(304)})
    urls = [server.url(p) for p in ("/a", "/b", "/same", "/a")]
    assert get_all(*urls) == [b"alpha", b"beta", b"", b"alpha"]  # a 304 has no body to read
    assert server.connections == 1


def test_a_body_larger_than_the_read_buffer_arrives_whole(raw_servers, monkeypatch):
    monkeypatch.setattr(connection, "HIGH_WATER", 1000)  # reading pauses and resumes on the way
    big = bytes(range(256)) * 8192
    server = raw_servers({"/big": answer(200, big), "/a": answer(200, b"alpha")})
    assert get_all(server.url("/big"), server.url("/a")) == [big, b"alpha"]
    assert server.connections == 1


def test_an_idle_connection_expires(raw_servers, monkeypatch):
    monkeypatch.setattr(transport, "KEEPALIVE", 0.05)
    server = raw_servers({"/a": answer(200, b"alpha")})
    assert get_all(server.url("/a"), server.url("/a"), pause=0.1) == [b"alpha", b"alpha"]
    assert server.connections == 2


def test_a_host_has_at_most_per_host_connections(raw_servers):
    def slow(sock: socket.socket) -> None:
        time.sleep(0.05)
        sock.sendall(answer(200, b"slow", "Connection: close"))

    server = raw_servers({"/slow": slow})

    async def run() -> list[bytes]:
        http = Http(settings(per_host=2))
        try:
            return [r.body for r in await asyncio.gather(*(http.get(server.url("/slow"))
                                                           for _ in range(6)))]
        finally:
            await http.close()

    assert asyncio.run(run()) == [b"slow"] * 6
    assert server.connections == 6  # each closed after its answer: none reused, none lost


def test_only_the_most_recently_used_hosts_keep_idle_connections(raw_servers, monkeypatch):
    monkeypatch.setattr(transport, "MAX_IDLE_POOLS", 1)
    first = raw_servers({"/a": answer(200, b"one")}, host="127.0.0.1")
    second = raw_servers({"/a": answer(200, b"two")}, host="127.0.0.2")

    async def run() -> list[str]:
        http = Http(settings())
        try:
            for server in (first, second, first):
                await http.get(server.url("/a"))
            return list(http.transport.pools)
        finally:
            await http.close()

    assert asyncio.run(run()) == [first.base]
    assert (first.connections, second.connections) == (2, 1)  # the first host's was closed


def test_a_connection_the_server_ended_while_idle_is_not_reused(raw_servers):
    def then_close(sock: socket.socket) -> None:
        sock.sendall(answer(200, b"closed"))

    def then_408(sock: socket.socket) -> None:  # what Apache does to an idle connection
        sock.sendall(answer(200, b"timed out"))
        time.sleep(0.05)
        sock.sendall(answer(408, b"", "Connection: close"))
        time.sleep(0.5)  # and the socket is still open when the client looks again

    server = raw_servers({"/a": answer(200, b"alpha"), "/header": answer(200, b"said so",
                                                                         "Connection: close"),
                          "/close": then_close, "/408": then_408})
    urls = [server.url(p) for p in ("/header", "/a", "/close", "/a", "/408", "/a")]
    assert get_all(*urls, pause=0.2, retries=0) == [
        b"said so", b"alpha", b"closed", b"alpha", b"timed out", b"alpha"]
    assert server.connections == 4


def test_chunked_truncated_and_stalled_bodies(raw_servers):
    def short(sock: socket.socket) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b")

    def stall(sock: socket.socket) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
        time.sleep(1)

    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
    server = raw_servers({"/chunked": chunked, "/short": short, "/stall": stall})
    with socket.create_server(("127.0.0.1", 0)) as unused:
        refused = f"http://127.0.0.1:{unused.getsockname()[1]}/"
    got = get_all(server.url("/chunked"), server.url("/short"), server.url("/stall"), refused,
                  retries=0, read_timeout=0.3)
    assert got[0] == b"hello world"
    assert "peer closed connection without sending complete message body" in got[1]
    assert got[2].endswith("/stall: timed out after 0.3 s")
    assert got[3].startswith(refused + ": cannot connect")


def test_https_checks_the_certificate(raw_servers, certificate, monkeypatch):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    server = raw_servers({"/a": answer(200, b"secret")}, tls=context)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    [refused] = get_all(server.url("/a"), retries=0)
    assert "cannot connect" in refused and "CERTIFICATE_VERIFY_FAILED" in refused
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # now trusted, as a CA is
    assert get_all(server.url("/a"), server.url("/a")) == [b"secret", b"secret"]
    assert server.connections == 2  # the refused handshake, then one kept-alive connection


def test_an_interim_100_continue_is_skipped(raw_servers):
    interim = b"HTTP/1.1 100 Continue\r\n\r\n" + answer(200, b"after the interim")
    server = raw_servers({"/a": interim, "/b": answer(200, b"beta")})
    assert get_all(server.url("/a"), server.url("/b")) == [b"after the interim", b"beta"]
    assert server.connections == 1


def test_a_body_abandoned_over_the_cap_closes_its_connection(raw_servers):
    server = raw_servers({"/big": answer(200, b"x" * 5000), "/a": answer(200, b"alpha")})
    got = get_all(server.url("/big"), server.url("/a"), max_bytes=1000)
    assert got[0].startswith(server.url("/big") + ": too large")
    assert got[1] == b"alpha"
    assert server.connections == 2  # the rest of the big body was never read: not reused


def test_a_reply_that_is_not_http_is_a_one_line_error(raw_servers):
    def garbage(sock: socket.socket) -> None:
        sock.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")

    server = raw_servers({"/a": garbage})
    [got] = get_all(server.url("/a"), retries=0)
    assert got.startswith(server.url("/a") + ": cannot connect: ")
    assert "\n" not in got
