"""The blog: each post as Markdown with front matter and as a standalone page,
an index of the latest posts and an Atom feed, all under one site folder.

Layout (paths are stable, so a republish rewrites the same files)::

    content/posts/<date>-<slug>.md   Hugo/Jekyll Markdown with front matter
    posts/<date>-<slug>.html         the standalone page
    index.html                       the latest [blog] index_entries posts
    feed.xml                         Atom, the latest [blog] feed_entries posts
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import jinja2

from ..config import Settings
from ..errors import RenderError
from ..models import BlogReport, Post
from ..render import Renderer
from ..store import Store
from .feed import atom_feed
from .files import write_atomic

FEED_NAME = "feed.xml"
_ARTICLE = re.compile(r"<article\b.*?</article>", re.DOTALL)


@dataclass
class BlogEntry:
    """A published post as the index and the feed show it."""

    post: Post
    path: str  # the page, relative to the site root
    content: str  # the post's HTML without the page around it
    published: datetime
    updated: datetime


def post_stem(post: Post) -> str:
    """'<date>-<slug>', without doubling a date the slug already starts with."""
    return post.slug if post.slug.startswith(post.date) else f"{post.date}-{post.slug}"


def post_url(post: Post, settings: Settings) -> str:
    return f"{settings.brand.site_url.rstrip('/')}/posts/{post_stem(post)}.html"


def publish_blog(posts: list[Post], settings: Settings, store: Store, site_dir: Path,
                 ) -> BlogReport:
    """Write every post's files, then the index and feed of the latest ones."""
    renderer = Renderer(settings)
    report = BlogReport()
    entries = [_publish_post(post, renderer, store, site_dir, report) for post in posts]
    entries.sort(key=lambda e: (e.post.date, e.published, e.post.slug), reverse=True)
    index = _render_index(entries[: settings.blog.index_entries], renderer)
    feed = atom_feed(entries[: settings.blog.feed_entries], settings, FEED_NAME)
    for path, data in ((site_dir / "index.html", index.encode()), (site_dir / FEED_NAME, feed)):
        if write_atomic(path, data):
            report.written.append(str(path))
    return report


def _publish_post(post: Post, renderer: Renderer, store: Store, site_dir: Path,
                  report: BlogReport) -> BlogEntry:
    stem = post_stem(post)
    markdown = renderer.render(post, "md").encode()
    page = renderer.render(post, "html").encode()
    for path, data in ((site_dir / "content" / "posts" / f"{stem}.md", markdown),
                       (site_dir / "posts" / f"{stem}.html", page)):
        if write_atomic(path, data):
            report.written.append(str(path))
    # Recorded after the files are written: a crash in between only rewrites them.
    digest = hashlib.sha256(markdown + page).hexdigest()
    state, published, updated = store.record_blog_entry(post.slug, digest)
    if state == "unchanged":
        report.unchanged += 1
    else:
        getattr(report, state).append(post.slug)
    html = page.decode()
    found = _ARTICLE.search(html)  # a user's page template may have no <article>
    return BlogEntry(post, f"posts/{stem}.html", found.group(0) if found else html,
                     datetime.fromisoformat(published), datetime.fromisoformat(updated))


def _render_index(entries: list[BlogEntry], renderer: Renderer) -> str:
    settings = renderer.settings
    try:
        return renderer.env.get_template("index.html.j2").render(
            entries=entries, brand=settings.brand, feed_path=FEED_NAME)
    except jinja2.TemplateError as exc:
        raise RenderError(f"template index.html.j2: {exc}") from None
