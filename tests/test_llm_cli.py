"""`briefing write --writer llm` from the command line, against a local
OpenAI-compatible server, with nothing but environment variables set."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fake_openai import FakeOpenAI

REPORT = ("Tokyo stocks rallied on Wednesday. The Nikkei 225 rose 1.8% to 39,120.55, led by "
          "SoftBank Group, which jumped 6.2%.\n")
MODEL_POST = {
    "title": "Tokyo Rallies as SoftBank Leads",
    "dek": "Japanese Stocks Climb on Tech Buying",
    "lead": ["The Nikkei 225 rose 1.8% as buyers returned to technology shares."],
    "key_facts": [{"fact": "F1", "label": "Nikkei 225", "text": "Rose 1.8% to 39,120.55."}],
    "sections": [{"heading": "Tech Leads", "paragraphs": ["SoftBank Group jumped 6.2%."]}],
    "take": {"why_it_matters": "Breadth matters.", "risks": "Rallies fade.",
             "advice": "Size positions with care."},
}


@pytest.fixture
def fake(monkeypatch):
    server = FakeOpenAI().start()
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    yield server
    server.stop()


def write(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", "write", "-", "--format", "txt",
                           "--writer", "llm", "--model", "local-model", *args], check=False,
                          input=REPORT, capture_output=True, text=True, timeout=120)


def test_a_local_server_and_a_model_name_are_enough(fake):
    fake.queue(json.dumps(MODEL_POST))
    result = write()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Tokyo Rallies as SoftBank Leads"
    assert fake.requests[0]["model"] == "local-model"
    assert "llm: 1 posts, 0 fallbacks to rules" in result.stderr


def test_a_bad_answer_falls_back_to_the_rules_post_and_says_why(fake):
    fake.queue("not json at all", "still not json")
    result = write()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("Nikkei 225 ")
    assert "fallback:" in result.stderr


def test_require_llm_makes_a_fallback_an_error(fake):
    fake.queue("not json at all", "still not json")
    result = write("--require-llm")
    assert result.returncode == 1
    assert result.stderr.startswith("briefing: error: ") and "Traceback" not in result.stderr
