"""The LLM writer: a Story -> a Post written by a model, checked by the guard.

One code path through the ``openai`` package serves OpenAI and any
OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio) via ``base_url``.
The model sees the story's facts as JSON and short fenced excerpts; its answer
must be a JSON post that the guard passes. A post that fails is retried once
with the problems named; if it still fails — or the endpoint fails, or the run's
token budget is spent — the rules writer's post is used and its notes say why.
"""

from __future__ import annotations

import dataclasses
import hashlib
import ipaddress
import json
import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import jinja2
import openai

from ..config import Settings
from ..errors import ComposeError
from ..extract.lexicon import load_lexicon
from ..models import KeyFact, Post, Section, Story, StoryFact, Take
from ..resources import bundled_dir
from ..store import Store
from . import phrasing as ph
from .guard import check_post
from .rules import salient_facts

ATTEMPTS = 2  # the first answer, then one retry with its problems named
EXCERPT_CHARS = 600  # of each article: enough for its lead, never the whole page
FORMATS = ("json_schema", "json_object", "text")  # tried in order; a 400 moves down

_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


POST_SCHEMA = _object(
    title=_TEXT, dek=_TEXT, lead=_TEXTS,
    key_facts={"type": "array", "items": _object(fact=_TEXT, label=_TEXT, text=_TEXT)},
    sections={"type": "array", "items": _object(heading=_TEXT, paragraphs=_TEXTS)},
    take=_object(why_it_matters=_TEXT, risks=_TEXT, advice=_TEXT),
)


class _Failure(Exception):
    """Why the model's post cannot be used; the message is the one-line reason."""


@dataclass
class Usage:
    """What the writer spent in this run."""

    requests: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cache_hits: int = 0
    posts: int = 0  # written by the model and passed by the guard
    fallbacks: list[str] = field(default_factory=list)  # "story id: reason"

    def summary(self) -> str:
        return (f"llm: {self.posts} posts, {len(self.fallbacks)} fallbacks to rules; "
                f"{self.requests} requests, {self.tokens_in:,} tokens in / {self.tokens_out:,} out, "
                f"{self.cache_hits} cache hits")


@dataclass
class _Answer:
    text: str
    tokens_in: int
    tokens_out: int


class LLMWriter:
    def __init__(self, settings: Settings, store: Store | None, *, model: str | None = None,
                 use_cache: bool = True, require: bool = False):
        self.settings = settings
        self.llm = settings.llm
        self.store = store if use_cache else None
        self.require = require
        self.model = model or self.llm.model or os.environ.get("BRIEFING_LLM_MODEL", "")
        self.base_url = self.llm.base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.usage = Usage()
        self.prompts = _prompt_environment(settings)
        self.lexicon = load_lexicon(settings.extract.lexicon)
        self._format = 0  # index into FORMATS: what this endpoint accepts
        self._key = os.environ.get(self.llm.api_key_env, "")
        self._client: openai.OpenAI | None = None

    def write(self, story: Story, rules_post: Post) -> Post:
        """The model's post for ``story``, or ``rules_post`` with a note saying why not."""
        before = dataclasses.replace(self.usage)
        try:
            post = self._write(story, rules_post)
        except _Failure as exc:
            return self._fall_back(story, rules_post, str(exc))
        self.usage.posts += 1
        post.notes.append(
            f"llm: model {self.model}, {self.usage.requests - before.requests} requests, "
            f"{self.usage.tokens_in - before.tokens_in} tokens in, "
            f"{self.usage.tokens_out - before.tokens_out} out, "
            f"{self.usage.cache_hits - before.cache_hits} cache hits")
        return post

    def _fall_back(self, story: Story, rules_post: Post, reason: str) -> Post:
        if self.require:
            raise ComposeError(f"{story.id}: llm writer: {reason}")
        self.usage.fallbacks.append(f"{story.id}: {reason}")
        note = f"llm writer not used, rules post instead: {reason}"
        return dataclasses.replace(rules_post, notes=[*rules_post.notes, note])

    def messages(self, story: Story, rules_post: Post) -> list[dict[str, str]]:
        """The first request's chat messages: the system rules and the story's prompt."""
        context = _context(story, _numbered(story), rules_post, self.settings)
        return [{"role": "system", "content": self._render("system.j2", brand=context["brand"])},
                {"role": "user", "content": self._render("post.j2", **context)}]

    def _write(self, story: Story, rules_post: Post) -> Post:
        self._check_ready()
        facts = _numbered(story)
        messages = self.messages(story, rules_post)
        problems: list[str] = []
        for _ in range(ATTEMPTS):
            if problems:
                messages += [{"role": "user", "content": self._render("revise.j2",
                                                                      problems=problems)}]
            answer = self._ask(messages)
            messages += [{"role": "assistant", "content": answer}]
            try:
                post = _post_from(_parse_json(answer), facts, story, rules_post,
                                  self.settings.compose.max_key_facts)
            except _Failure as exc:
                problems = [str(exc)]
                continue
            problems = [str(v) for v in check_post(post, story, self.lexicon)]
            if not problems:
                return post
        shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3
                                           else "")
        raise _Failure(f"after {ATTEMPTS} attempts the post still fails: {shown}")

    def _check_ready(self) -> None:
        if not self.model:
            raise _Failure("no model: give --model, [llm] model or BRIEFING_LLM_MODEL")
        if not self._key and not _is_loopback(self.base_url):
            raise _Failure(f"no API key: set {self.llm.api_key_env}")

    def _check_budget(self) -> None:
        spent = self.usage.tokens_in + self.usage.tokens_out
        if spent >= self.llm.token_budget:
            raise _Failure(f"token budget used up ({spent:,} of {self.llm.token_budget:,} "
                           "tokens this run)")

    def _render(self, name: str, **context: Any) -> str:
        try:
            return self.prompts.get_template(name).render(**context).strip() + "\n"
        except jinja2.TemplateError as exc:
            raise ComposeError(f"prompt template {name}: {exc}") from None

    # -- the endpoint ----------------------------------------------------------

    def _ask(self, messages: list[dict[str, str]]) -> str:
        key = _cache_key(self.model, messages)
        cached = self.store.cached_response(key) if self.store else None
        if cached is not None:
            self.usage.cache_hits += 1
            return cached[0]
        self._check_budget()  # only requests spend it: cached answers stay free
        answer = self._request(messages)
        self.usage.requests += 1
        self.usage.tokens_in += answer.tokens_in
        self.usage.tokens_out += answer.tokens_out
        if self.store:
            self.store.cache_response(key, self.model, answer.text, answer.tokens_in,
                                      answer.tokens_out)
        return answer.text

    def _request(self, messages: list[dict[str, str]]) -> _Answer:
        """One completion; a server that refuses a response_format gets the next one."""
        while True:
            try:
                response = self._client_().chat.completions.create(
                    model=self.model, messages=messages, temperature=self.llm.temperature,
                    max_tokens=self.llm.max_output_tokens, **_response_format(FORMATS[self._format]))
            except openai.BadRequestError as exc:
                if self._format + 1 < len(FORMATS):
                    self._format += 1
                    continue
                raise _Failure(self._reason(exc)) from None
            except openai.APIError as exc:
                raise _Failure(self._reason(exc)) from None
            return _answer(response, self.llm.max_output_tokens)

    def _client_(self) -> openai.OpenAI:
        if self._client is None:
            self._client = openai.OpenAI(api_key=self._key or "local", base_url=self.base_url,
                                         timeout=self.llm.timeout, max_retries=self.llm.max_retries)
        return self._client

    def _reason(self, exc: openai.APIError) -> str:
        """A one-line reason that never carries the API key."""
        where = self.base_url or "the OpenAI API"
        if isinstance(exc, openai.APITimeoutError):
            return f"no answer from {where} within {self.llm.timeout:g} s"
        if isinstance(exc, openai.APIConnectionError):
            return f"cannot connect to {where}"
        if isinstance(exc, openai.AuthenticationError):
            return f"401 from {where}: the key in {self.llm.api_key_env} was refused"
        if isinstance(exc, openai.NotFoundError):
            return f"404 from {where}: no model '{self.model}' there (check --model and base_url)"
        if isinstance(exc, openai.RateLimitError):
            return f"429 from {where}: rate limited after {self.llm.max_retries} retries"
        status = getattr(exc, "status_code", None)
        message = " ".join(str(exc.message).split())[:200]
        if self._key:
            message = message.replace(self._key, "***")
        return f"HTTP {status} from {where}: {message}" if status else f"{where}: {message}"


# -- prompts -------------------------------------------------------------------

def _prompt_environment(settings: Settings) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if settings.llm.prompts:
        loaders.append(jinja2.FileSystemLoader(settings.resolve(settings.llm.prompts)))
    loaders.append(jinja2.FileSystemLoader(bundled_dir("prompts")))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, autoescape=False)
    env.filters["fence"] = _fence
    return env


def _fence(text: str) -> str:
    """Source text inside a fence: it cannot close the fence or open another."""
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››")


def _numbered(story: Story) -> dict[str, StoryFact]:
    """F1, F2, …: the salient facts, then the same facts as other articles state them."""
    items = []
    for item in salient_facts(story):
        items += [item, *item.others]
    return {f"F{i}": item for i, item in enumerate(items, 1)}


def _fact_json(fact_id: str, item: StoryFact) -> dict[str, Any]:
    fields = {k: v for k, v in vars(item.fact).items() if v is not None and k != "span"}
    if "source" in fields:
        fields["analyst"] = fields.pop("source")
    return {"id": fact_id, **fields, "reported_by": item.source_name,
            **({"conflicts_with_other_reports": True} if item.conflict else {})}


def _excerpt(text: str) -> str:
    """The article's opening, cut at the last sentence end inside the limit."""
    if len(text) <= EXCERPT_CHARS:
        return text.strip()
    cut = text[:EXCERPT_CHARS]
    end = max(cut.rfind(". "), cut.rfind("。"))
    return (cut[:end + 1] if end > EXCERPT_CHARS // 3 else cut).strip() + " …"


def _context(story: Story, facts: dict[str, StoryFact], rules_post: Post,
             settings: Settings) -> dict[str, Any]:
    foreign = sorted({a.lang for a in story.articles if a.lang and not a.lang.startswith("en")})
    return {
        "brand": settings.brand.name,
        "date": story.date,
        "facts_json": "\n".join(json.dumps(_fact_json(k, v), ensure_ascii=False)
                                for k, v in facts.items()),
        "excerpts": [{"name": a.credit or a.source, "title": a.title, "lang": a.lang or "unknown",
                      "text": _excerpt(a.text)} for a in story.articles],
        "languages": foreign,
        "max_key_facts": settings.compose.max_key_facts,
        "draft_take": rules_post.take,
        "schema_json": json.dumps(POST_SCHEMA),
    }


# -- the answer ------------------------------------------------------------------

def _response_format(kind: str) -> dict[str, Any]:
    if kind == "json_schema":
        return {"response_format": {"type": "json_schema", "json_schema": {
            "name": "briefing_post", "strict": True, "schema": POST_SCHEMA}}}
    if kind == "json_object":
        return {"response_format": {"type": "json_object"}}
    return {}


def _answer(response: Any, max_tokens: int) -> _Answer:
    if not response.choices or response.choices[0].message.content is None:
        raise _Failure("the model's answer has no text")
    if response.choices[0].finish_reason == "length":
        raise _Failure(f"the answer was cut off at max_output_tokens ({max_tokens})")
    usage = response.usage
    return _Answer(response.choices[0].message.content, usage.prompt_tokens if usage else 0,
                   usage.completion_tokens if usage else 0)


def _parse_json(text: str) -> dict[str, Any]:
    """The whole answer as JSON, else the first JSON object inside it (after prose or ```)."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            value, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    raise _Failure(f"the model's answer is not valid JSON: {text[:80]!r}")


def _check_shape(schema: dict[str, Any], value: Any, path: str) -> None:
    """``value`` against the subset of JSON Schema that POST_SCHEMA uses; nothing empty."""
    kind = schema["type"]
    expected = {"object": dict, "array": list, "string": str}[kind]
    if not isinstance(value, expected):
        raise _Failure(f"the post JSON does not match the schema: {path} must be a {kind}")
    if not value:
        raise _Failure(f"the post JSON does not match the schema: {path} is empty")
    if kind == "object":
        for name in schema["required"]:
            if name not in value:
                raise _Failure(f"the post JSON does not match the schema: {path}.{name} is missing")
            _check_shape(schema["properties"][name], value[name], f"{path}.{name}")
    elif kind == "array":
        for i, item in enumerate(value):
            _check_shape(schema["items"], item, f"{path}[{i}]")


def _post_from(data: dict[str, Any], facts: dict[str, StoryFact], story: Story,
               rules_post: Post, max_key_facts: int) -> Post:
    """The model's JSON as a Post; credits and key-fact links come from the story."""
    _check_shape(POST_SCHEMA, data, "post")
    key_facts = []
    for i, item in enumerate(data["key_facts"][:max_key_facts]):
        fact = facts.get(item["fact"])
        if fact is None:
            raise _Failure(f"key_facts[{i}].fact: {item['fact']!r} is not one of the fact ids")
        key_facts.append(KeyFact(label=item["label"], text=item["text"],
                                 url=ph.text_fragment_url(fact.article_url, fact.fact.evidence)))
    return Post(
        slug=rules_post.slug, date=story.date, title=data["title"], dek=data["dek"],
        lead=data["lead"], key_facts=key_facts,
        sections=[Section(s["heading"], s["paragraphs"]) for s in data["sections"]],
        take=Take(**data["take"]), credits=rules_post.credits, story_id=story.id,
        tags=rules_post.tags, writer="llm", facts=story.facts,
    )


def _cache_key(model: str, messages: list[dict[str, str]]) -> str:
    prompt = json.dumps(messages, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{model}\n{prompt}".encode()).hexdigest()


def _is_loopback(base_url: str | None) -> bool:
    """A server on this machine (Ollama, llama.cpp) needs no key."""
    host = urlsplit(base_url or "").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
