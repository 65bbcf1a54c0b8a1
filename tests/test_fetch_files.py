"""Local feeds, folders and single files, and load_article for `briefing extract`."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from briefing.config import FetchSettings
from briefing.errors import FetchError
from briefing.fetch import fetch_sources, load_article
from briefing.models import Source
from briefing.store import Store

DATA = Path(__file__).parent / "data" / "fetch"


@pytest.fixture
def store(tmp_path) -> Store:
    with Store(tmp_path / "store.sqlite") as db:
        yield db


def test_local_feed_with_relative_links(store):
    source = Source(name="saved", path="local/feed.xml", kind="feed")
    [report] = fetch_sources([source], store, FetchSettings(), base_dir=DATA)
    assert (report.status, report.new, report.failed) == ("ok", 3, 1)
    assert "outside the feed's folder" in report.detail
    articles = {a.url: a for a in store.articles()}
    hk = articles["https://saved.example.com/markets/hk-tech"]
    assert hk.credit == "saved" and hk.author == "Mei Ling Chan"
    assert hk.published == "2026-11-24T08:35:00+00:00" and "Hua Hong" in hk.text
    europe = articles[(DATA / "local" / "europe.html").resolve().as_uri()]
    assert "STOXX 600 slipped 0.3%" in europe.text
    outside = [a for a in articles.values() if a.from_summary]
    assert [a.text for a in outside] == ["Hong Kong stocks fell 1.2% on Tuesday."]


def test_local_feed_rerun_is_unchanged_until_the_file_changes(store, tmp_path):
    folder = tmp_path / "wire"
    shutil.copytree(DATA / "local", folder)
    source = Source(name="saved", path=str(folder / "feed.xml"))
    fetch_sources([source], store, FetchSettings())
    [again] = fetch_sources([source], store, FetchSettings())
    assert again.status == "unchanged"
    feed = folder / "feed.xml"
    os.utime(feed, ns=(feed.stat().st_atime_ns, feed.stat().st_mtime_ns + 10**9))
    [changed] = fetch_sources([source], store, FetchSettings())
    assert (changed.status, changed.new, changed.known) == ("ok", 0, 3)


def test_folder_source_reads_html_text_and_markdown(store):
    [report] = fetch_sources([Source(name="notes", path="saved")], store, FetchSettings(),
                             base_dir=DATA)
    assert (report.status, report.new, report.failed) == ("ok", 3, 0)
    titles = {a.title: a for a in store.articles()}
    assert set(titles) == {"Gold hits a record as the dollar slips",
                           "Yen weakens past 155 per dollar",
                           "ASX 200 closes 0.5% higher as miners rally"}
    assert titles["ASX 200 closes 0.5% higher as miners rally"].lang == "en-AU"
    assert "record $2,815 an ounce" in titles["Gold hits a record as the dollar slips"].text


def test_a_remote_feed_may_not_link_to_files(store, tmp_path):
    feed = tmp_path / "feed.xml"  # a local feed is trusted, but only inside its folder
    feed.write_text("<rss version='2.0'><channel><title>x</title><item><title>passwd</title>"
                    "<link>file:///etc/passwd</link></item></channel></rss>")
    [report] = fetch_sources([Source(name="x", path=str(feed))], store, FetchSettings())
    assert report.failed == 1 and "outside the feed's folder" in report.detail
    assert store.articles() == []


def test_missing_path_fails_with_one_line(store):
    [report] = fetch_sources([Source(name="gone", path="nowhere.xml")], store, FetchSettings(),
                             base_dir=DATA)
    assert report.status == "failed" and "no such file" in report.detail


def test_load_article_from_html_text_and_markdown():
    html = load_article(str(DATA / "pages" / "hk-close.html"), FetchSettings())
    assert html.url == "https://news.lantern.example/markets/hk-close?ref=wire"
    assert html.title == "Hang Seng slips 1.2% as chipmakers drag; SMIC falls 4%"
    assert "HK$168.2 billion" in html.text and "Most read" not in html.text
    note = load_article(str(DATA / "saved" / "gold.md"), FetchSettings())
    assert note.title == "Gold hits a record as the dollar slips"
    assert note.text.startswith("Spot gold rose 1.4%")
    text = load_article(str(DATA / "saved" / "yen.txt"), FetchSettings())
    assert text.title == "Yen weakens past 155 per dollar"


def test_load_article_from_stdin(monkeypatch):
    raw = "Copper jumps 2%\nCopper rose 2% to $9,800 a tonne on supply worries.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw.encode())))
    article = load_article("-", FetchSettings())
    assert article.title == "Copper jumps 2%" and "$9,800 a tonne" in article.text


@pytest.mark.parametrize(("target", "message"), [
    ("nowhere.html", "no such file"),
    (str(DATA / "saved"), "is a folder"),
    (str(DATA / "saved" / "chart.png"), "not text"),
    ("ftp://example.com/x.html", "only http and https"),
    (str(DATA / "feeds" / "atom-brokers.xml"), "is a feed"),
])
def test_load_article_errors_name_the_target(target, message):
    with pytest.raises(FetchError) as caught:
        load_article(target, FetchSettings())
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_load_article_too_large(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("The index rose 1%.\n" * 1000)
    with pytest.raises(FetchError, match="too large"):
        load_article(str(big), FetchSettings(max_bytes=1000))


def test_progress_bar_run(store, capsys):
    reports = fetch_sources([Source(name="notes", path="saved")], store, FetchSettings(),
                            base_dir=DATA, progress=True)
    assert reports[0].new == 3
    assert capsys.readouterr().out == ""  # the bar goes to stderr, never into piped output
