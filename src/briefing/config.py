"""``briefing.toml`` -> typed settings.

Defaults live in the dataclasses below; a user's file overrides only the keys
it sets. Every error names the file, the key and what is wrong.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .models import Source

CONFIG_NAME = "briefing.toml"
SOURCE_KINDS = ("feed", "page", "file")


@dataclass
class BrandSettings:
    name: str = "Briefing"
    site_name: str = "Briefing Markets Desk"
    site_url: str = "https://example.com"
    credit: str = "Please credit {name} when republishing."


@dataclass
class StoreSettings:
    path: str = ""  # empty: the user data directory


@dataclass
class OutputSettings:
    dir: str = "out"
    templates: str = ""  # a folder whose templates override the bundled ones by name


@dataclass
class ComposeSettings:
    writer: str = "rules"  # rules | llm
    max_key_facts: int = 6
    disclaimer: str = "This is not investment advice."
    playbook: str = ""  # a TOML playbook that replaces the bundled one


@dataclass
class FetchSettings:
    concurrency: int = 16
    per_host: int = 2
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    source_deadline: float = 120.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 3
    max_retry_after: float = 60.0
    user_agent: str = "briefing/0.1 (+https://example.com/briefing)"
    respect_robots: bool = True


@dataclass
class ExtractSettings:
    lexicon: list[str] = field(default_factory=list)  # extra lexicon files


@dataclass
class StoriesSettings:
    window_hours: float = 36.0  # articles further apart than this are different events
    top_n: int = 5  # stories in the daily briefing
    max_per_market: int = 2
    min_score: float = 0.0
    markets: list[str] = field(default_factory=list)  # interests, e.g. ["HK", "US"]
    tickers: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class LLMSettings:
    base_url: str = ""  # empty: OPENAI_BASE_URL, else OpenAI
    model: str = ""  # empty: BRIEFING_LLM_MODEL
    api_key_env: str = "OPENAI_API_KEY"
    temperature: float = 0.3
    max_output_tokens: int = 2500
    timeout: float = 60.0
    max_retries: int = 2
    token_budget: int = 200_000  # per run; past it the rules writer takes over
    prompts: str = ""  # a folder whose prompt templates override the bundled ones by name


@dataclass
class BlogSettings:
    dir: str = "site"
    feed_entries: int = 20
    index_entries: int = 30


@dataclass
class EmailSettings:
    from_addr: str = ""
    reply_to: str = ""
    subject_prefix: str = ""
    smtp_host: str = "localhost"
    smtp_port: int = 587
    security: str = "starttls"  # starttls | tls | none
    username: str = ""
    password_env: str = "BRIEFING_SMTP_PASSWORD"
    rate_per_second: float = 10.0
    max_attempts: int = 3
    list_unsubscribe_mailto: str = ""
    list_unsubscribe_url: str = ""
    subscribers: str = ""  # a CSV file: email[,name]
    retry_backoff: float = 2.0  # seconds before the first retry of a 4xx; doubles each time
    timeout: float = 30.0  # seconds for each SMTP connect and command


@dataclass
class Settings:
    brand: BrandSettings = field(default_factory=BrandSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    output: OutputSettings = field(default_factory=OutputSettings)
    compose: ComposeSettings = field(default_factory=ComposeSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    stories: StoriesSettings = field(default_factory=StoriesSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    blog: BlogSettings = field(default_factory=BlogSettings)
    email: EmailSettings = field(default_factory=EmailSettings)
    sources: list[Source] = field(default_factory=list)
    path: Path | None = None  # the file these came from, if any

    @property
    def base_dir(self) -> Path:
        """Relative paths in the file are relative to the file's folder."""
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, value: str) -> Path:
        return (self.base_dir / Path(value).expanduser()).resolve()


def load(path: str | Path | None = None) -> Settings:
    """Read ``path``, or ``./briefing.toml`` if it exists, else the defaults."""
    if path is None:
        if not Path(CONFIG_NAME).is_file():
            return Settings()
        path = CONFIG_NAME
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse(data, str(path), path)


def parse(data: dict[str, Any], where: str, path: Path | None = None) -> Settings:
    sections = {f.name: f for f in dataclasses.fields(Settings) if f.name not in ("sources", "path")}
    settings = Settings(path=path)
    for key, value in data.items():
        if key == "sources":
            settings.sources = _sources(value, where)
        elif key in sections:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: [{key}] must be a table")
            cls = typing.get_type_hints(Settings)[key]
            setattr(settings, key, _table(cls, value, where, f"[{key}]"))
        else:
            raise ConfigError(f"{where}: unknown section '{key}'")
    _check_values(settings, where)
    return settings


def _sources(value: Any, where: str) -> list[Source]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: sources must be written as [[sources]] tables")
    sources = []
    for i, item in enumerate(value, 1):
        label = f"[[sources]] #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: {label} must be a table")
        source = _table(Source, item, where, label)
        if "name" not in item:
            raise ConfigError(f"{where}: {label}: missing key 'name'")
        if bool(source.url) == bool(source.path):
            raise ConfigError(f"{where}: {label} ({source.name}): give exactly one of url or path")
        if source.kind is not None and source.kind not in SOURCE_KINDS:
            raise ConfigError(
                f"{where}: {label} ({source.name}) kind: must be one of {', '.join(SOURCE_KINDS)}"
            )
        sources.append(source)
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{where}: [[sources]] name '{dupes[0]}' is used twice")
    return sources


def _table(cls: type, table: dict[str, Any], where: str, label: str) -> Any:
    """Build ``cls`` from a TOML table, checking each key and its type."""
    hints = typing.get_type_hints(cls)
    values = {}
    for key, value in table.items():
        if key not in hints:
            raise ConfigError(f"{where}: {label} {key}: unknown key")
        values[key] = _typed(hints[key], value, where, f"{label} {key}")
    if cls is Source:
        values.setdefault("name", "")
    return cls(**values)


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _typed(hint: Any, value: Any, where: str, label: str) -> Any:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {label}: expected a list of strings, got {value!r}")
        return value
    target = args[0] if args else hint
    ok = isinstance(value, target) and not (target is int and isinstance(value, bool))
    if target is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not ok:
        raise ConfigError(f"{where}: {label}: expected {_TYPE_NAMES[target]}, got {value!r}")
    return value


def _check_values(settings: Settings, where: str) -> None:
    positive = {
        "[fetch] concurrency": settings.fetch.concurrency,
        "[fetch] per_host": settings.fetch.per_host,
        "[fetch] max_bytes": settings.fetch.max_bytes,
        "[fetch] connect_timeout": settings.fetch.connect_timeout,
        "[fetch] read_timeout": settings.fetch.read_timeout,
        "[fetch] source_deadline": settings.fetch.source_deadline,
        "[compose] max_key_facts": settings.compose.max_key_facts,
        "[stories] window_hours": settings.stories.window_hours,
        "[stories] top_n": settings.stories.top_n,
        "[stories] max_per_market": settings.stories.max_per_market,
        "[llm] timeout": settings.llm.timeout,
        "[llm] max_output_tokens": settings.llm.max_output_tokens,
        "[blog] feed_entries": settings.blog.feed_entries,
        "[blog] index_entries": settings.blog.index_entries,
        "[email] max_attempts": settings.email.max_attempts,
        "[email] smtp_port": settings.email.smtp_port,
    }
    for label, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{where}: {label}: must be greater than 0, got {value}")
    choices = {"[compose] writer": (settings.compose.writer, ("rules", "llm")),
               "[email] security": (settings.email.security, ("starttls", "tls", "none"))}
    for label, (value, allowed) in choices.items():
        if value not in allowed:
            raise ConfigError(f"{where}: {label}: must be one of {', '.join(allowed)}, got {value!r}")
    for label, value in {"[fetch] retries": settings.fetch.retries,
                         "[fetch] max_redirects": settings.fetch.max_redirects,
                         "[llm] max_retries": settings.llm.max_retries,
                         "[llm] token_budget": settings.llm.token_budget,
                         "[email] rate_per_second": settings.email.rate_per_second}.items():
        if value < 0:
            raise ConfigError(f"{where}: {label}: must not be negative, got {value}")
