"""The pure parts of fetch: charsets, URLs, feeds, page metadata, clean-up."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from briefing.config import FetchSettings
from briefing.errors import FetchError
from briefing.fetch.charset import decode
from briefing.fetch.cleanup import clean_text
from briefing.fetch.feeds import html_to_text, looks_like_feed, parse_feed
from briefing.fetch.http import Http, retry_after
from briefing.fetch.pages import iso_utc, main_text
from briefing.fetch.urls import clean_url

DATA = Path(__file__).parent / "data" / "fetch"
A_SHARES = (DATA / "pages" / "a-shares-gbk.html").read_text(encoding="utf-8")
TAIEX = (DATA / "pages" / "taiex-big5.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("body", "content_type", "expected"), [
    (A_SHARES.encode("gbk"), "text/html; charset=utf-8", "贵州茅台下跌2.1%"),
    (A_SHARES.encode("gb18030"), "text/html; charset=gb2312", "北向资金全天净卖出52.3亿元"),
    (TAIEX.encode("big5"), "text/html", "台積電下跌1.2%"),
    ("Stoxx 600 €512 — up".encode(), "text/html; charset=iso-8859-1", "€512 — up"),
    ("The FTSE 100 closed at £8,120 on Tuesday; BP fell 1.2% to 470p. Café owners cheered."
     .encode("cp1252"), "text/plain", "£8,120"),
    (b"\xef\xbb\xbfNikkei \xe2\x86\x93 1.1%", "text/plain; charset=latin-1", "Nikkei ↓ 1.1%"),
])
def test_decode_survives_wrong_or_missing_charsets(body, content_type, expected):
    assert expected in decode(body, content_type)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://News.Example.com:443/a?utm_source=x&id=7&fbclid=1#top",
     "https://news.example.com/a?id=7"),
    ("http://example.com?UTM_Medium=email", "http://example.com/"),
    ("file:///tmp/a.html", "file:///tmp/a.html"),
])
def test_clean_url_strips_tracking(url, expected):
    assert clean_url(url) == expected


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "feeds").glob("*.xml")))
def test_every_fixture_feed_parses(name):
    body = (DATA / "feeds" / name).read_bytes().replace(b"{base}", b"http://127.0.0.1:9")
    assert looks_like_feed(body)
    feed = parse_feed(body, "http://127.0.0.1:9/feed.xml")
    assert feed.entries and all(e.link.startswith("http://127.0.0.1:9/") for e in feed.entries)
    assert all(e.title for e in feed.entries)
    assert (feed.warning is not None) == name.startswith("malformed")


def test_feed_entry_fields():
    body = (DATA / "feeds" / "rss2-markets.xml").read_bytes().replace(b"{base}", b"http://h")
    first, second = parse_feed(body, "http://h/feed.xml").entries
    assert first.published == "2026-11-24T00:35:00+00:00" and first.author == "Grace Lau"
    assert first.lang == "en"
    assert second.summary == \
        "Mainland developers fell for a third day as October sales dropped 28%."


def test_not_a_feed_is_an_error():
    with pytest.raises(FetchError, match="not a feed"):
        parse_feed(b"<html><body><p>hello</p></body></html>", "http://h/")


def test_summary_html_becomes_text_without_markup():
    text = html_to_text("<p>Gold <b>rose</b> 1%.<script>alert(1)</script></p><p>Oil fell.</p>")
    assert text == "Gold rose 1%.\nOil fell."


def test_page_metadata_and_body():
    page = main_text((DATA / "pages" / "hk-close.html").read_text(encoding="utf-8"),
                     "https://news.lantern.example/x")
    assert page.canonical_url == "https://news.lantern.example/markets/hk-close?ref=wire"
    assert page.title == "Hang Seng slips 1.2% as chipmakers drag; SMIC falls 4%"
    assert page.author == "Grace Lau" and page.lang == "en"
    assert page.published == "2026-11-24T00:35:00+00:00"
    assert page.text.startswith("HONG KONG, Nov 24")
    assert "Gold hits record" not in page.text and "Lantern Wire Markets Asia" not in page.text


def test_page_metadata_from_json_ld():
    page = main_text((DATA / "pages" / "china-property.html").read_text(encoding="utf-8"))
    assert page.author == "Zhou Min" and page.published == "2026-11-24T07:20:00+00:00"
    assert page.canonical_url is None and page.lang == "en-GB"
    assert "Read more" not in page.text and "Vanke slid 4.1%" in page.text


def test_a_page_rendered_by_script_keeps_its_json_ld_body():
    """Menus and scripts go before trafilatura runs, but not the JSON-LD it falls back on."""
    body = ("The Kospi fell 1.8% to 2,480.15 on Thursday as foreign investors sold chipmakers. "
            "Samsung Electronics lost 3.1% and SK Hynix slid 4.2%, while battery makers held up. ")
    ld = json.dumps({"@type": "NewsArticle", "headline": "Kospi slides", "articleBody": body * 3})
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
            f"<nav><a href='/'>Home</a></nav><div id='app'></div><script>render()</script>"
            f"</body></html>")
    assert main_text(html).text.startswith("The Kospi fell 1.8% to 2,480.15")


def test_menus_asides_and_footers_stay_out_of_the_text():
    story = "".join(f"<p>The Nikkei 225 rose {n}.2% as exporters gained on a weaker yen, and "
                    f"Toyota advanced {n}.5% in Tokyo trade on Friday.</p>" for n in range(1, 6))
    html = ("<html><body><nav><ul>" + "".join(f"<li><a href='/s/{i}'>Markets desk {i}</a></li>"
                                            for i in range(40)) + "</ul></nav>"
            f"<article><h1>Nikkei climbs</h1>{story}</article>"
            "<aside><p>Most read: Gold hits a record as the dollar slides.</p></aside>"
            "<footer><p>Copyright 2026 Lantern Wire. All rights reserved.</p></footer></body></html>")
    text = main_text(html).text
    assert "The Nikkei 225 rose 1.2%" in text and "Toyota advanced 5.5%" in text
    assert "Markets desk" not in text and "Gold hits" not in text and "Copyright" not in text


@pytest.mark.parametrize("html", ["", "   ", "<?xml version='1.0'?>", "<html></html>", "\x00\x01"])
def test_main_text_never_raises_on_junk(html):
    assert main_text(html).text == ""


def test_clean_text_drops_headline_promotions_and_menus():
    lines = ["Hang Seng slips 1.2%", "The Hang Seng fell 1.2% on Tuesday.",
             "Read more: Yen slides", "Markets", "Asia", "FX", "Bonds", "Oil rose 0.5%.",
             "Sign up for our newsletter", "(Reporting by Grace Lau; Editing by Tom Reed)"]
    text = "\n".join(lines)
    assert clean_text(text, "Hang Seng slips 1.2%") == \
        "The Hang Seng fell 1.2% on Tuesday.\nOil rose 0.5%."


def test_times_become_utc():
    assert iso_utc("2026-11-24T08:35:00+08:00") == "2026-11-24T00:35:00+00:00"
    assert iso_utc("Tue, 24 Nov 2026 08:35:00 GMT") == "2026-11-24T08:35:00+00:00"
    assert iso_utc("2026-11-24") == "2026-11-24T00:00:00+00:00"
    assert iso_utc("yesterday") is None


def test_retry_after_forms():
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after("soon") is None and retry_after(None) is None


def test_connection_errors_are_retried_then_reported():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        if len(calls) < 3:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(200, text="ok")

    async def run() -> bytes:
        http = Http(FetchSettings(retries=2, respect_robots=False),
                    transport=httpx.MockTransport(handler))
        try:
            return (await http.get("http://127.0.0.1:9/a")).body
        finally:
            await http.close()

    assert asyncio.run(run()) == b"ok" and len(calls) == 3
    calls.clear()

    async def fail() -> None:
        http = Http(FetchSettings(retries=1, respect_robots=False),
                    transport=httpx.MockTransport(lambda r: (_ for _ in ()).throw(
                        httpx.ConnectError("connection refused"))))
        try:
            await http.get("http://127.0.0.1:9/a")
        finally:
            await http.close()

    with pytest.raises(FetchError, match="cannot connect: connection refused"):
        asyncio.run(fail())


def test_worker_processes_extract_like_the_loop():
    from briefing.fetch.workers import Extractor

    html = (DATA / "pages" / "hk-close.html").read_bytes()

    async def run() -> list[str]:
        extractor = Extractor(workers=2, warmup=1)  # the 2nd page starts the workers
        try:
            pages = await asyncio.gather(*(extractor.extract(html, "text/html", "https://h/")
                                           for _ in range(5)))
            assert extractor.started
        finally:
            await extractor.aclose()
        return [p.text for p in pages]

    first, *others = asyncio.run(run())
    assert "HK$168.2 billion" in first and all(t == first for t in others)


def test_workers_start_once_a_run_expects_more_pages_than_the_warmup():
    from briefing.fetch.workers import Extractor

    html = (DATA / "pages" / "hk-close.html").read_bytes()

    async def run() -> None:
        extractor = Extractor(workers=2, warmup=2)
        try:
            extractor.expect()
            extractor.expect()
            assert extractor.starting is None  # a small run extracts in place
            extractor.expect()
            assert extractor.starting is not None  # started before any page was extracted
            await extractor.starting
            assert extractor.started
            page = await extractor.extract(html, "text/html", "https://h/")
            assert "HK$168.2 billion" in page.text
        finally:
            await extractor.aclose()

    asyncio.run(run())


def test_feeds_are_parsed_by_the_workers_once_they_run():
    from briefing.fetch.workers import Extractor

    body = (DATA / "feeds" / "malformed-ampersand.xml").read_bytes().replace(b"{base}", b"http://h")

    async def run():
        extractor = Extractor(workers=2, warmup=0)
        try:
            extractor.expect()
            await extractor.starting  # running: feeds now go to a worker
            feed = await extractor.parse_feed(body, "http://h/feed.xml", "application/rss+xml")
            with pytest.raises(FetchError, match="http://h/: not a feed"):
                await extractor.parse_feed(b"<html><body><p>hi</p></body></html>", "http://h/", "")
        finally:
            await extractor.aclose()
        return feed

    assert asyncio.run(run()) == parse_feed(body, "http://h/feed.xml", "application/rss+xml")


def test_a_few_feeds_start_the_workers_and_the_next_feed_waits_for_them():
    from briefing.fetch.workers import PAGES_PER_FEED, WARMUP_PAGES, Extractor

    body = (DATA / "feeds" / "malformed-ampersand.xml").read_bytes().replace(b"{base}", b"http://h")
    in_place = WARMUP_PAGES // (1 + PAGES_PER_FEED)  # feeds parsed before the workers start

    async def run():
        extractor = Extractor(workers=2)
        try:
            for _ in range(in_place):
                await extractor.parse_feed(body, "http://h/feed.xml", "application/rss+xml")
            assert extractor.starting is None  # a small run parses in place
            feed = await extractor.parse_feed(body, "http://h/feed.xml", "application/rss+xml")
            assert extractor.started  # this feed waited for the workers and went to one
        finally:
            await extractor.aclose()
        return feed

    assert asyncio.run(run()) == parse_feed(body, "http://h/feed.xml", "application/rss+xml")
