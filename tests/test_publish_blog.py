"""The blog: files with front matter, the index, the Atom feed read back by
feedparser, and republishing (same files, one feed entry, a moved 'updated')."""

from __future__ import annotations

import json

import feedparser
import pytest

from briefing import store as store_module
from briefing.compose import Playbook, compose_post
from briefing.config import Settings
from briefing.publish import publish_blog
from briefing.store import Store
from story_fixtures import hk_selloff

MONDAY, TUESDAY = "2026-11-23", "2026-11-24"


@pytest.fixture
def settings():
    settings = Settings()
    settings.brand.site_url = "https://markets.example.com/"
    return settings


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "briefing.sqlite") as store:
        yield store


def make_posts(settings):
    playbook = Playbook.load()
    tuesday = compose_post(hk_selloff(), settings, playbook)
    story = hk_selloff("Hang Seng tech slips again")
    story.id, story.date = "hk-tech-monday", MONDAY
    monday = compose_post(story, settings, playbook)
    monday.title = "Monday: <script>alert(1)</script> tech slips"
    return [monday, tuesday]


def front_matter(text: str) -> dict[str, object]:
    """The front matter's values are JSON scalars or lists (valid YAML too)."""
    head = text.split("---\n")[1]
    return {k: json.loads(v) for k, v in (line.split(": ", 1) for line in head.splitlines())}


def test_writes_markdown_with_front_matter_pages_index_and_feed(tmp_path, settings, store):
    site = tmp_path / "site"
    monday, tuesday = make_posts(settings)
    report = publish_blog([monday, tuesday], settings, store, site)
    assert report.new == [monday.slug, tuesday.slug] and len(report.written) == 6
    markdown = (site / "content/posts" / f"{tuesday.slug}.md").read_text(encoding="utf-8")
    meta = front_matter(markdown)
    assert (meta["title"], meta["date"], meta["slug"]) == (tuesday.title, TUESDAY, tuesday.slug)
    assert (site / "content/posts/2026-11-23-hk-tech-monday.md").is_file()
    page = (site / "posts" / f"{tuesday.slug}.html").read_text(encoding="utf-8")
    assert "Key Market Facts" in page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.index(tuesday.slug) < index.index("2026-11-23-hk-tech-monday")
    assert "<script>" not in index and "&lt;script&gt;" in index
    assert not list(site.rglob("*.tmp"))


def test_the_feed_parses_back_with_every_entry_and_its_full_content(tmp_path, settings, store):
    site = tmp_path / "site"
    monday, tuesday = make_posts(settings)
    publish_blog([monday, tuesday], settings, store, site)
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo and feed.version == "atom10"
    assert feed.feed.title == settings.brand.site_name
    assert [e.id for e in feed.entries] == [
        f"https://markets.example.com/posts/{tuesday.slug}.html",
        "https://markets.example.com/posts/2026-11-23-hk-tech-monday.html"]
    first = feed.entries[0]
    assert first.title == tuesday.title and first.link == first.id
    assert "Key Market Facts" in first.content[0].value and "<html" not in first.content[0].value
    assert first.summary == tuesday.dek and first.published and first.updated
    assert feed.entries[1].title == monday.title


def test_republishing_rewrites_nothing_and_an_update_moves_only_updated(tmp_path, settings,
                                                                        store, monkeypatch):
    site = tmp_path / "site"
    monday, tuesday = make_posts(settings)
    publish_blog([monday, tuesday], settings, store, site)
    feed_before = (site / "feed.xml").read_bytes()
    again = publish_blog([monday, tuesday], settings, store, site)
    assert (again.new, again.updated, again.unchanged, again.written) == ([], [], 2, [])
    assert (site / "feed.xml").read_bytes() == feed_before

    monkeypatch.setattr(store_module, "_now", lambda: "2026-11-25T09:00:00+00:00")
    tuesday.take.advice = "Wait for the close before adding to positions."
    update = publish_blog([monday, tuesday], settings, store, site)
    assert update.updated == [tuesday.slug] and update.unchanged == 1
    assert sorted(p.rsplit("/", 1)[1] for p in update.written) == sorted(
        [f"{tuesday.slug}.md", f"{tuesday.slug}.html", "feed.xml"])  # the index shows no Take
    entries = feedparser.parse((site / "feed.xml").read_bytes()).entries
    assert len(entries) == 2
    assert entries[0].updated.startswith("2026-11-25T09:00:00")
    assert entries[0].published != entries[0].updated
    assert "Wait for the close" in entries[0].content[0].value


def test_index_and_feed_keep_only_the_latest_posts(tmp_path, settings, store):
    settings.blog.feed_entries, settings.blog.index_entries = 1, 1
    monday, tuesday = make_posts(settings)
    publish_blog([monday, tuesday], settings, store, tmp_path)
    entries = feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries
    assert [e.title for e in entries] == [tuesday.title]
    assert "hk-tech-monday" not in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "posts/2026-11-23-hk-tech-monday.html").is_file()
