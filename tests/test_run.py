"""`briefing run` end to end: a feed and its pages on loopback HTTP, a real SMTP
server on loopback, a real SQLite file; twice, and the second run adds nothing."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from importlib import resources

import pytest
from aiosmtpd.controller import Controller

from briefing import pipeline
from briefing.config import Settings
from briefing.models import Article
from briefing.store import Store

PAGES = ["hk-tech-close.html", "hk-flows-cicc.html", "us-close.html", "japan-korea-close.html"]


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


@pytest.fixture
def smtp():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield controller, inbox
    controller.stop()


def feed(base: str) -> str:
    items = "".join(
        f"<item><title>Report {n}</title><link>{base}/{page}</link>"
        f"<guid>{page}</guid><pubDate>Tue, 24 Nov 2026 0{n}:30:00 GMT</pubDate></item>"
        for n, page in enumerate(PAGES, 1))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>'
            f"<link>{base}/</link><description>Markets</description>{items}</channel></rss>")


@pytest.fixture
def newsdesk(httpserver, smtp, tmp_path):
    """A served feed, a config that fetches it, mails to two subscribers, and a site folder."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/rss.xml").respond_with_data(
        feed(base), content_type="application/rss+xml")
    demo = resources.files("briefing").joinpath("data/demo")
    for page in PAGES:
        httpserver.expect_request(f"/{page}").respond_with_data(
            demo.joinpath(page).read_text("utf-8"), content_type="text/html; charset=utf-8")
    controller, inbox = smtp
    (tmp_path / "subscribers.csv").write_text(
        "email,name\nann@example.com,Ann\nnot-an-address\nbo@example.org,\nann@example.com,Ann\n")
    (tmp_path / "briefing.toml").write_text(f"""
[store]
path = "desk.sqlite"
[output]
dir = "posts"
[blog]
dir = "site"
[email]
from_addr = "Desk <desk@example.com>"
smtp_host = "127.0.0.1"
smtp_port = {controller.port}
security = "none"
subscribers = "subscribers.csv"
[[sources]]
name = "Harbour Wire"
url = "{base}/rss.xml"
""")
    return tmp_path, inbox


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], check=False,
                          capture_output=True, text=True, timeout=300)


def test_run_twice_publishes_once(newsdesk):
    folder, inbox = newsdesk
    first = run("run", "--publish", "blog,email", "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["sources fetched"] == 1 and summary["new articles"] == 4
    assert summary["stories"] >= 2 and summary["posts written"] == summary["stories"]
    assert summary["emails sent"] == 2 and summary["emails failed"] == 0
    assert "skipped" in first.stderr and "not-an-address" in first.stderr
    assert sorted(r for rcpts, _ in inbox.messages for r in rcpts) == [
        "ann@example.com", "bo@example.org"]
    assert b"Daily Markets Briefing" in inbox.messages[0][1]
    site_posts = sorted((folder / "site" / "content" / "posts").glob("*.md"))
    assert any("daily-briefing" in p.name for p in site_posts)
    assert (folder / "site" / "feed.xml").is_file() and (folder / "posts").is_dir()

    second = run("run", "--publish", "blog,email", "--json")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["new articles"] == 0 and again["emails sent"] == 0
    assert again["blog new/updated"] == "0/0"
    assert len(inbox.messages) == 2
    assert sorted((folder / "site" / "content" / "posts").glob("*.md")) == site_posts


def test_run_rejects_an_unknown_publish_target(newsdesk):
    result = run("run", "--publish", "blog,fax")
    assert result.returncode == 2 and "'fax': choose from blog, email" in result.stderr


def test_run_without_sources_is_a_config_error(tmp_path):
    result = run("run")
    assert result.returncode == 2
    assert "no [[sources]] configured" in result.stderr


def test_a_bug_in_one_articles_extraction_is_a_warning_not_the_end(tmp_path, monkeypatch):
    def extract(text, **options):
        if "broken" in text:
            raise StopIteration  # as a bug once did, deep in a stage
        return real_extract(text, **options)

    real_extract = pipeline.extract_facts
    monkeypatch.setattr(pipeline, "extract_facts", extract)
    with Store(tmp_path / "b.sqlite") as store:
        for name, text in (("broken", "A broken report fell 1%."), ("fine", "The Hang Seng fell 1.2%.")):
            store.add_article(Article(url=f"https://news.example.com/{name}", title="HK close",
                                      text=text, source="Wire"))
        warnings: list[str] = []
        assert pipeline.extract_all(store, Settings(), warnings) == 1
        assert warnings == ["https://news.example.com/broken: extraction failed: StopIteration: "]
