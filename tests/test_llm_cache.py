"""The LLM writer's cache and token budget."""

from __future__ import annotations

import pytest

from briefing.compose import Playbook, compose_post
from briefing.compose.llm import LLMWriter
from briefing.store import Store
from fake_openai import Reply
from story_fixtures import hk_selloff
from test_llm_writer import INVENTED, post_json, settings_for, write


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "b.sqlite") as s:
        yield s


def test_a_rerun_makes_zero_requests(fake, store):
    fake.queue(post_json())
    _, first = write(settings_for(fake), store=store)
    writer, again = write(settings_for(fake), store=store)
    assert len(fake.requests) == 1
    assert again.title == first.title and again.writer == "llm"
    assert writer.usage.requests == 0 and writer.usage.cache_hits == 1
    assert again.notes == ["llm: model test-model, 0 requests, 0 tokens in, 0 out, 1 cache hits"]


def test_a_rerun_of_a_retried_post_is_cached_too(fake, store):
    fake.queue(INVENTED, post_json())
    write(settings_for(fake), store=store)
    writer, post = write(settings_for(fake), store=store)
    assert len(fake.requests) == 2 and writer.usage.cache_hits == 2 and post.writer == "llm"


def test_no_cache_asks_again(fake, store):
    fake.queue(post_json(), post_json())
    write(settings_for(fake), store=store)
    write(settings_for(fake), store=store, use_cache=False)
    assert len(fake.requests) == 2


def test_another_model_is_another_key(fake, store):
    fake.queue(post_json(), post_json())
    write(settings_for(fake), store=store)
    write(settings_for(fake), store=store, model="other-model")
    assert len(fake.requests) == 2


def test_past_the_budget_the_rest_of_the_run_is_rules(fake):
    fake.queue(Reply(post_json(), tokens=(900, 300)))
    settings = settings_for(fake, token_budget=1000)
    writer = LLMWriter(settings, None)
    posts = []
    for _ in range(3):
        story = hk_selloff()
        posts.append(writer.write(story, compose_post(story, settings, Playbook.load())))
    assert [p.writer for p in posts] == ["llm", "rules", "rules"]
    assert "token budget used up (1,200 of 1,000 tokens this run)" in posts[1].notes[0]
    assert len(fake.requests) == 1 and len(writer.usage.fallbacks) == 2
    assert writer.usage.summary() == ("llm: 1 posts, 2 fallbacks to rules; 1 requests, "
                                      "900 tokens in / 300 out, 0 cache hits")


def test_the_budget_also_stops_a_retry(fake):
    fake.queue(Reply(INVENTED, tokens=(900, 300)))
    _, post = write(settings_for(fake, token_budget=1000))
    assert post.writer == "rules" and "token budget used up" in post.notes[0]
    assert len(fake.requests) == 1


def test_cached_answers_are_used_past_the_budget(fake, store):
    fake.queue(Reply(post_json(), tokens=(900, 300)))
    write(settings_for(fake), store=store)
    settings = settings_for(fake, token_budget=1000)
    writer = LLMWriter(settings, store)
    writer.usage.tokens_in = 5000  # this run has already spent its budget
    story = hk_selloff()
    assert writer.write(story, compose_post(story, settings, Playbook.load())).writer == "llm"
