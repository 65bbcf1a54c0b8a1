import sqlite3

import pytest

from briefing import store as store_mod
from briefing.errors import StoreError
from briefing.models import Article, Fact, Post, Take
from briefing.store import Store


def article(url="https://news.example.com/a", text="Hang Seng fell 1.2%."):
    return Article(url=url, title="HK close", text=text, source="Wire")


def test_new_file_gets_the_current_schema(tmp_path):
    path = tmp_path / "b.sqlite"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store_mod.SCHEMA_VERSION
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"source_state", "articles", "article_urls", "facts", "stories", "posts",
            "deliveries"} <= tables


def test_version_zero_file_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE unrelated (x)").connection.commit()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == store_mod.SCHEMA_VERSION
        store.add_article(article())
        assert len(store.articles()) == 1


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {store_mod.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="written by a newer briefing"):
        Store(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == (
        store_mod.SCHEMA_VERSION + 1)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)


def test_same_text_under_two_urls_is_stored_once(tmp_path):
    with Store(tmp_path / "b.sqlite") as store:
        first, new1 = store.add_article(article())
        second, new2 = store.add_article(article(url="https://mirror.example.com/a"))
        assert (new1, new2) == (True, False) and first == second
        assert store.article_id_for_url("https://mirror.example.com/a") == first
        assert len(store.articles()) == 1


def test_facts_are_replaced_not_duplicated(tmp_path):
    fact = Fact(kind="index_move", subject="Hang Seng Index", direction="down", change_pct=1.2,
                evidence="Hang Seng fell 1.2%.", span=[0, 20])
    with Store(tmp_path / "b.sqlite") as store:
        article_id, _ = store.add_article(article())
        store.set_facts(article_id, [fact])
        store.set_facts(article_id, [fact])
        assert store.facts(article_id) == [fact]


def test_save_post_reports_new_unchanged_updated(tmp_path):
    post = Post(slug="s", date="2026-11-24", title="T", dek="D", lead=[], key_facts=[],
                sections=[], take=Take("w", "r", "a"), credits=[], story_id="s")
    with Store(tmp_path / "b.sqlite") as store:
        assert store.save_post(post) == "new"
        assert store.save_post(post) == "unchanged"
        post.title = "T2"
        assert store.save_post(post) == "updated"
        assert store.post("s").title == "T2" and len(store.posts()) == 1


def test_source_state_keeps_validators(tmp_path):
    with Store(tmp_path / "b.sqlite") as store:
        store.set_source_state("Wire", url="https://x/rss", etag='"abc"', status="ok")
        store.set_source_state("Wire", status="unchanged")
        state = store.source_state("Wire")
        assert state["etag"] == '"abc"' and state["status"] == "unchanged"
        assert state["fetched_at"]


def test_article_queries_for_the_pipeline(tmp_path):
    with Store(tmp_path / "b.sqlite") as store:
        old = Article(url="u1", title="t", text="old", source="s", published="2026-11-01T08:00:00Z")
        new = Article(url="u2", title="t", text="new", source="s", published="2026-11-24T08:00:00Z")
        undated = Article(url="u3", title="t", text="undated", source="s")
        ids = [store.add_article(a)[0] for a in (old, new, undated)]
        store.set_facts(ids[0], [Fact(kind="index_move", subject="X", evidence="old", span=[0, 3])])
        assert [a.url for a in store.articles_without_facts()] == ["u2", "u3"]
        assert [a.url for a in store.articles("2026-11-20")] == ["u2", "u3"]
        assert store.newest_published() == "2026-11-24T08:00:00Z" and store.article_count() == 3
