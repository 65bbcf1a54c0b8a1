"""The LLM writer against a fake OpenAI-compatible server on loopback."""

from __future__ import annotations

import json

import pytest

from briefing.compose import Playbook, compose_post
from briefing.compose.llm import LLMWriter
from briefing.config import Settings
from briefing.errors import ComposeError
from fake_openai import FakeOpenAI, Reply
from story_fixtures import hk_selloff

GOOD = {
    "title": "Hang Seng Tech Index Drops 2%: Chip Stocks Lead the Slide",
    "dek": "Hua Hong Plunges Over 7% as CICC Sees a Bottom Forming",
    "lead": [("The Hang Seng Tech Index dropped more than 2% in afternoon trading, with "
              "chipmakers at the centre of the selling.")],
    "key_facts": [
        {"fact": "F1", "label": "Hang Seng Tech Index", "text": "Fell more than 2%."},
        {"fact": "F2", "label": "Hua Hong Semiconductor", "text": "Shares plunged over 7%."},
    ],
    "sections": [
        {"heading": "Chipmakers Under Pressure",
         "paragraphs": ["Hua Hong Semiconductor plunged over 7% and SMIC slid 4.6% to HK$58.20.",
                        "The selling was concentrated in names tied to the chip supply chain."]},
        {"heading": "A Contrarian Call",
         "paragraphs": [("CICC said a mid-term bottom may be forming, while mainland "
                         "investors bought a net HK$5.2 billion through southbound flows.")]},
    ],
    "take": {"why_it_matters": "Money is rotating, not leaving for good.",
             "risks": "Rotation can run longer than valuations suggest.",
             "advice": "Add in small steps and favour strong cash flows."},
}


def post_json(**changes) -> str:
    return json.dumps(GOOD | changes)


INVENTED = post_json(lead=["Hua Hong rose 50% on the news."])


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("BRIEFING_LLM_MODEL", raising=False)


def settings_for(fake: FakeOpenAI, **llm) -> Settings:
    settings = Settings()
    settings.llm.base_url = fake.base_url
    settings.llm.model = "test-model"
    settings.llm.max_retries = 1
    settings.llm.timeout = 5.0
    for key, value in llm.items():
        setattr(settings.llm, key, value)
    return settings


def write(settings: Settings, story=None, store=None, **options):
    story = story or hk_selloff()
    writer = LLMWriter(settings, store, **options)
    rules = compose_post(story, settings, Playbook.load())
    return writer, writer.write(story, rules)


def test_a_good_post_is_the_models_post(fake):
    fake.queue(post_json())
    writer, post = write(settings_for(fake))
    assert post.writer == "llm" and post.title == GOOD["title"]
    assert post.sections[1].paragraphs == GOOD["sections"][1]["paragraphs"]
    assert post.credits[0].url == "https://news.example.com/markets/hk-tech-close"
    assert post.key_facts[0].url.startswith("https://news.example.com/markets/hk-tech-close#:~:text=")
    assert post.notes == ["llm: model test-model, 1 requests, 1000 tokens in, 400 out, 0 cache hits"]
    (body,) = fake.requests
    assert body["model"] == "test-model" and body["response_format"]["type"] == "json_schema"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert '"change_pct": 7.0' in body["messages"][1]["content"]
    assert writer.usage.summary() == ("llm: 1 posts, 0 fallbacks to rules; 1 requests, "
                                      "1,000 tokens in / 400 out, 0 cache hits")


def test_an_invented_number_is_retried_with_the_violation_named(fake):
    fake.queue(INVENTED, post_json())
    _, post = write(settings_for(fake))
    assert post.writer == "llm"
    retry = fake.requests[1]["messages"]
    assert [m["role"] for m in retry] == ["system", "user", "assistant", "user"]
    assert "lead[0]: percent '50%': no fact states this" in retry[3]["content"]


def test_a_post_that_fails_twice_falls_back_to_rules_and_says_why(fake):
    fake.queue(INVENTED, INVENTED)
    writer, post = write(settings_for(fake))
    assert post.writer == "rules" and "50%" not in json.dumps(post.lead)
    assert "after 2 attempts the post still fails: lead[0]: percent '50%'" in post.notes[0]
    assert writer.usage.fallbacks[0].startswith("2026-11-24-hang-seng-tech-index: after 2")


def test_require_llm_turns_a_fallback_into_an_error(fake):
    fake.queue(INVENTED, INVENTED)
    with pytest.raises(ComposeError, match="hang-seng-tech-index: llm writer: after 2 attempts"):
        write(settings_for(fake), require=True)


@pytest.mark.parametrize("answers, reason", [
    (["Sure! Here is the post.", "{not json"], "the model's answer is not valid JSON"),
    ([post_json(take={"risks": "x", "advice": "y"})] * 2, "post.take.why_it_matters is missing"),
    ([post_json(lead="one paragraph")] * 2, "post.lead must be a array"),
    ([post_json(key_facts=[{"fact": "F99", "label": "X", "text": "Y."}])] * 2,
     "key_facts[0].fact: 'F99' is not one of the fact ids"),
])
def test_unusable_answers_fall_back_with_the_reason(fake, answers, reason):
    fake.queue(*answers)
    _, post = write(settings_for(fake))
    assert post.writer == "rules" and reason in post.notes[0]


def test_json_inside_prose_is_used_when_the_server_has_no_json_mode():
    fake = FakeOpenAI(formats=()).start()
    try:
        fake.queue(f"Here you go:\n```json\n{post_json()}\n```")
        writer, post = write(settings_for(fake))
        assert post.writer == "llm"
        assert "response_format" not in fake.requests[0]
        fake.queue(post_json())
        writer.write(hk_selloff(), post)  # the writer remembers what the server accepts
        assert len(fake.requests) == 2
    finally:
        fake.stop()
    assert fake.errors == []


def test_an_answer_cut_at_the_token_limit_is_a_clear_reason(fake):
    fake.queue(Reply(post_json()[:200], finish_reason="length"))
    _, post = write(settings_for(fake))
    assert post.notes[0].endswith("the answer was cut off at max_output_tokens (2500)")


def test_429_is_retried_after_the_servers_retry_after(fake):
    fake.queue(Reply('{"error": {"message": "slow down"}}', status=429,
                     headers={"retry-after-ms": "20"}), post_json())
    writer, post = write(settings_for(fake))
    assert post.writer == "llm" and len(fake.requests) == 2
    assert writer.usage.requests == 1


def test_429_past_the_retries_is_a_clear_reason(fake):
    fake.queue(*[Reply('{"error": {"message": "slow down"}}', status=429,
                       headers={"retry-after-ms": "1"})] * 2)
    _, post = write(settings_for(fake))
    assert "429 from http://127.0.0.1:" in post.notes[0]
    assert "rate limited after 1 retries" in post.notes[0]


def test_a_timeout_falls_back(fake):
    fake.queue(Reply(post_json(), delay=1.0))
    _, post = write(settings_for(fake, timeout=0.2, max_retries=0))
    assert post.writer == "rules"
    assert post.notes[0].endswith(f"no answer from {fake.base_url} within 0.2 s")


@pytest.mark.parametrize("status, reason", [
    (401, "401 from http://127.0.0.1"),
    (404, "404 from http://127.0.0.1"),
])
def test_http_errors_are_one_line_reasons_without_the_key(fake, status, reason):
    fake.queue(Reply('{"error": {"message": "bad key sk-test-secret"}}', status=status))
    _, post = write(settings_for(fake))
    assert reason in post.notes[0] and "sk-test-secret" not in post.notes[0]
    assert "\n" not in post.notes[0]


def test_no_key_for_a_remote_endpoint_makes_no_request(fake, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    _, post = write(settings_for(fake, base_url="https://llm.example.com/v1"))
    assert post.notes[0].endswith("no API key: set OPENAI_API_KEY")


def test_a_local_server_needs_no_key(fake, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    fake.queue(post_json())
    assert write(settings_for(fake))[1].writer == "llm"


def test_environment_alone_is_enough(fake, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("BRIEFING_LLM_MODEL", "env-model")
    fake.queue(post_json())
    assert write(Settings())[1].writer == "llm"
    assert fake.requests[0]["model"] == "env-model"


def test_no_model_is_a_clear_reason(fake):
    _, post = write(settings_for(fake, model=""))
    assert "no model: give --model" in post.notes[0]


def test_the_model_option_wins(fake):
    fake.queue(post_json())
    write(settings_for(fake), model="cli-model")
    assert fake.requests[0]["model"] == "cli-model"
