"""SQLite: everything a rerun needs. All SQL of the project lives here.

The schema is versioned with ``PRAGMA user_version``: ``MIGRATIONS[i]`` takes
a database from version i to i+1. Opening an older file migrates it; opening
a file written by a newer briefing is refused.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

import platformdirs

from . import models
from .errors import StoreError
from .models import Article, Delivery, Fact, Post, Story


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("briefing")) / "briefing.sqlite"


def _m001_initial(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE source_state (
            source TEXT PRIMARY KEY, url TEXT, etag TEXT, last_modified TEXT,
            status TEXT, detail TEXT, fetched_at TEXT
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, credit TEXT,
            published TEXT, author TEXT, lang TEXT, from_summary INTEGER NOT NULL DEFAULT 0,
            fetched_at TEXT NOT NULL
        );
        CREATE TABLE article_urls (
            url TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id)
        );
        CREATE TABLE facts (
            article_id INTEGER NOT NULL REFERENCES articles(id), seq INTEGER NOT NULL,
            data TEXT NOT NULL, PRIMARY KEY (article_id, seq)
        );
        CREATE TABLE stories (id TEXT PRIMARY KEY, date TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE posts (
            slug TEXT PRIMARY KEY, story_id TEXT NOT NULL, date TEXT NOT NULL,
            data TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE TABLE deliveries (
            post_slug TEXT NOT NULL, recipient TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, error TEXT, sent_at TEXT,
            PRIMARY KEY (post_slug, recipient)
        );
        """
    )


def _m002_publish(db: sqlite3.Connection) -> None:
    """The blog's published entries and the newsletter's per-post send lock."""
    db.executescript(
        """
        CREATE TABLE blog_entries (
            slug TEXT PRIMARY KEY, content_hash TEXT NOT NULL,
            published_at TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE TABLE send_locks (
            post_slug TEXT PRIMARY KEY, owner TEXT NOT NULL, heartbeat_at TEXT NOT NULL
        );
        """
    )


def _m003_llm_cache(db: sqlite3.Connection) -> None:
    """The LLM writer's responses, keyed by a hash of (model, prompt)."""
    db.execute(
        "CREATE TABLE llm_cache (key TEXT PRIMARY KEY, model TEXT NOT NULL, response TEXT NOT NULL,"
        " tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL, created_at TEXT NOT NULL)"
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m001_initial, _m002_publish, _m003_llm_cache,
]
SCHEMA_VERSION = len(MIGRATIONS)


def content_hash(text: str) -> str:
    """Hash of the text with whitespace folded: the same story under two URLs."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA foreign_keys = ON")
            # WAL: readers never wait for a writer, and a commit is one cheap append
            # (the newsletter commits per batch of recipients).
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store: {exc.strerror}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} was written by a newer briefing "
                f"(this one reads up to {SCHEMA_VERSION}); upgrade briefing"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                MIGRATIONS[number](self.db)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # -- sources' HTTP state ---------------------------------------------------
    def source_state(self, source: str) -> dict[str, str | None]:
        row = self.db.execute(
            "SELECT url, etag, last_modified, status, detail, fetched_at"
            " FROM source_state WHERE source = ?",
            (source,),
        ).fetchone()
        keys = ("url", "etag", "last_modified", "status", "detail", "fetched_at")
        return dict(zip(keys, row or (None,) * len(keys), strict=True))

    def set_source_state(self, source: str, **values: str | None) -> None:
        state = self.source_state(source) | values | {"fetched_at": _now()}
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO source_state"
                " (source, url, etag, last_modified, status, detail, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (source, state["url"], state["etag"], state["last_modified"],
                 state["status"], state["detail"], state["fetched_at"]),
            )

    # -- articles --------------------------------------------------------------
    def article_id_for_url(self, url: str) -> int | None:
        row = self.db.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def add_article(self, article: Article, *urls: str) -> tuple[int, bool]:
        """Store ``article`` once; returns (id, is_new). Extra URLs point to it too.

        An article whose text is already stored (under another URL) is not
        stored again: its URL becomes one more name of the stored one.
        """
        with self.transaction():
            return self._add_article(article, urls)

    def add_articles(self, items: list[tuple[Article, tuple[str, ...]]]) -> list[tuple[int, bool]]:
        """``add_article`` for many articles in one transaction: one disk flush, not one each."""
        with self.transaction():
            return [self._add_article(article, urls) for article, urls in items]

    def _add_article(self, article: Article, urls: tuple[str, ...]) -> tuple[int, bool]:
        digest = content_hash(article.text)
        row = self.db.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR url = ?", (digest, article.url)
        ).fetchone()
        is_new = row is None
        if is_new:
            cursor = self.db.execute(
                "INSERT INTO articles (url, content_hash, title, text, source, credit,"
                " published, author, lang, from_summary, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.url, digest, article.title, article.text, article.source,
                 article.credit, article.published, article.author, article.lang,
                 int(article.from_summary), _now()),
            )
            article_id = cursor.lastrowid
        else:
            article_id = row[0]
        for url in {article.url, *urls}:
            self.db.execute(
                "INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)",
                (url, article_id),
            )
        return article_id, is_new

    def articles(self, since: str | None = None) -> list[Article]:
        """Stored articles, oldest first; with ``since`` (ISO date) only those published
        then or later, and those whose time is unknown."""
        return self._articles("WHERE ? IS NULL OR published IS NULL OR published >= ?",
                              (since, since))

    def articles_without_facts(self) -> list[Article]:
        """Articles not yet extracted (and those that stated no fact)."""
        return self._articles("WHERE id NOT IN (SELECT article_id FROM facts)", ())

    def newest_published(self) -> str | None:
        return self.db.execute("SELECT MAX(published) FROM articles").fetchone()[0]

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def _articles(self, where: str, params: tuple) -> list[Article]:
        rows = self.db.execute(
            "SELECT id, url, title, text, source, credit, published, author, lang, from_summary"
            f" FROM articles {where} ORDER BY id", params
        ).fetchall()
        return [
            Article(id=r[0], url=r[1], title=r[2], text=r[3], source=r[4], credit=r[5],
                    published=r[6], author=r[7], lang=r[8], from_summary=bool(r[9]))
            for r in rows
        ]

    # -- facts -----------------------------------------------------------------
    def set_facts(self, article_id: int, facts: list[Fact]) -> None:
        """Replace the facts of one article (re-extraction never duplicates)."""
        with self.transaction():
            self.db.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
            self.db.executemany(
                "INSERT INTO facts (article_id, seq, data) VALUES (?, ?, ?)",
                [(article_id, i, models.to_json(f)) for i, f in enumerate(facts)],
            )

    def facts(self, article_id: int) -> list[Fact]:
        rows = self.db.execute(
            "SELECT data FROM facts WHERE article_id = ? ORDER BY seq", (article_id,)
        ).fetchall()
        return [models.from_json(Fact, r[0]) for r in rows]

    # -- stories and posts -----------------------------------------------------
    def save_story(self, story: Story) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO stories (id, date, data) VALUES (?, ?, ?)",
                (story.id, story.date, models.to_json(story)),
            )

    def stories(self, date: str | None = None) -> list[Story]:
        """Stored stories, best first; only those of ``date`` (YYYY-MM-DD) when given."""
        rows = self.db.execute(
            "SELECT data FROM stories WHERE ? IS NULL OR date = ?", (date, date)
        ).fetchall()
        stories = [models.from_json(Story, r[0]) for r in rows]
        return sorted(stories, key=lambda s: s.score, reverse=True)

    def story(self, story_id: str) -> Story | None:
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return models.from_json(Story, row[0]) if row else None

    def save_post(self, post: Post) -> str:
        """Insert or update by slug; returns 'new', 'updated' or 'unchanged'."""
        data = models.to_json(post)
        with self.transaction():
            row = self.db.execute("SELECT data FROM posts WHERE slug = ?", (post.slug,)).fetchone()
            if row and row[0] == data:
                return "unchanged"
            now = _now()
            self.db.execute(
                "INSERT INTO posts (slug, story_id, date, data, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(slug) DO UPDATE SET"
                " data = excluded.data, updated_at = excluded.updated_at",
                (post.slug, post.story_id, post.date, data, now, now),
            )
        return "updated" if row else "new"

    def post(self, slug: str) -> Post | None:
        row = self.db.execute("SELECT data FROM posts WHERE slug = ?", (slug,)).fetchone()
        return models.from_json(Post, row[0]) if row else None

    def posts(self) -> list[Post]:
        rows = self.db.execute("SELECT data FROM posts ORDER BY date DESC, slug").fetchall()
        return [models.from_json(Post, r[0]) for r in rows]

    # -- publishing: blog entries, the send lock, deliveries ---------------------
    def record_blog_entry(self, slug: str, content_hash: str) -> tuple[str, str, str]:
        """Note that ``slug`` is published with this content.

        Returns (state, published_at, updated_at), state being 'new', 'updated'
        or 'unchanged'; ``updated_at`` moves only when the content changes.
        """
        with self.transaction():
            row = self.db.execute(
                "SELECT content_hash, published_at, updated_at FROM blog_entries WHERE slug = ?",
                (slug,),
            ).fetchone()
            if row and row[0] == content_hash:
                return "unchanged", row[1], row[2]
            now = _now()
            published = row[1] if row else now
            self.db.execute(
                "INSERT OR REPLACE INTO blog_entries (slug, content_hash, published_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (slug, content_hash, published, now),
            )
        return ("updated" if row else "new"), published, now

    def acquire_send_lock(self, post_slug: str, owner: str, stale_after: float) -> str | None:
        """Take the send lock of a post; returns the holder if another live run has it.

        A lock whose heartbeat is older than ``stale_after`` seconds belongs to
        a run that died; it is taken over.
        """
        now = datetime.now(UTC)
        cutoff = (now - timedelta(seconds=stale_after)).isoformat(timespec="seconds")
        with self.transaction():
            self.db.execute(
                "INSERT INTO send_locks (post_slug, owner, heartbeat_at) VALUES (?, ?, ?)"
                " ON CONFLICT(post_slug) DO UPDATE SET owner = excluded.owner,"
                " heartbeat_at = excluded.heartbeat_at WHERE send_locks.heartbeat_at < ?",
                (post_slug, owner, now.isoformat(timespec="seconds"), cutoff),
            )
            holder = self.db.execute(
                "SELECT owner FROM send_locks WHERE post_slug = ?", (post_slug,)
            ).fetchone()[0]
        return None if holder == owner else holder

    def refresh_send_lock(self, post_slug: str, owner: str) -> bool:
        """Renew the heartbeat; False when the lock is no longer ours."""
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE send_locks SET heartbeat_at = ? WHERE post_slug = ? AND owner = ?",
                (_now(), post_slug, owner),
            )
        return cursor.rowcount == 1

    def release_send_lock(self, post_slug: str, owner: str) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM send_locks WHERE post_slug = ? AND owner = ?", (post_slug, owner)
            )

    def add_deliveries(self, post_slug: str, recipients: list[str]) -> None:
        """Log recipients as pending; ones already logged keep their state."""
        with self.transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO deliveries (post_slug, recipient, status)"
                " VALUES (?, ?, 'pending')",
                [(post_slug, r) for r in recipients],
            )

    def deliveries(self, post_slug: str) -> list[Delivery]:
        rows = self.db.execute(
            "SELECT post_slug, recipient, status, attempts, error, sent_at FROM deliveries"
            " WHERE post_slug = ? ORDER BY rowid",
            (post_slug,),
        ).fetchall()
        return [Delivery(*row) for row in rows]

    def save_deliveries(self, deliveries: list[Delivery]) -> None:
        """Insert or update these rows in one transaction (one commit, one disk sync)."""
        with self.transaction():
            self.db.executemany(
                "INSERT INTO deliveries (post_slug, recipient, status, attempts, error, sent_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(post_slug, recipient) DO UPDATE SET"
                " status = excluded.status, attempts = excluded.attempts,"
                " error = excluded.error, sent_at = excluded.sent_at",
                [(d.post_slug, d.recipient, d.status, d.attempts, d.error, d.sent_at)
                 for d in deliveries],
            )

    # -- LLM cache -------------------------------------------------------------
    def cached_response(self, key: str) -> tuple[str, int, int] | None:
        """(response, tokens_in, tokens_out) stored under ``key``, or None."""
        row = self.db.execute(
            "SELECT response, tokens_in, tokens_out FROM llm_cache WHERE key = ?", (key,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def cache_response(self, key: str, model: str, response: str, tokens_in: int,
                       tokens_out: int) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO llm_cache"
                " (key, model, response, tokens_in, tokens_out, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (key, model, response, tokens_in, tokens_out, _now()),
            )
