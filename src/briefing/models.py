"""The nouns of the data flow: plain dataclasses that cross stage boundaries.

Every type round-trips through JSON: ``to_dict`` gives plain data,
``from_dict(cls, data)`` rebuilds the object, nested types included.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

FACT_KINDS = ("index_move", "stock_move", "sector_move", "analyst_view", "capital_flow", "macro")
DIRECTIONS = ("up", "down", "flat", "in", "out")
QUALIFIERS = ("more than", "nearly", "about", "up to")
SESSIONS = ("morning", "midday", "afternoon", "close")
STANCES = ("bullish", "bearish", "neutral")


@dataclass
class Source:
    """A place news comes from, as configured in ``[[sources]]``."""

    name: str
    url: str | None = None
    path: str | None = None
    kind: str | None = None  # feed | page | file; None = detect
    lang: str | None = None
    tags: list[str] = field(default_factory=list)
    credit: str | None = None  # how a post credits it; defaults to name
    enabled: bool = True


@dataclass
class Article:
    """One news item with its main text and metadata."""

    url: str
    title: str
    text: str
    source: str  # the Source's name
    credit: str | None = None
    published: str | None = None  # ISO 8601, UTC
    author: str | None = None
    lang: str | None = None
    from_summary: bool = False  # text is the feed's summary, the page could not be had
    id: int | None = None


@dataclass
class Fact:
    """One typed statement of a source; the keys are the DESIGN.md contract."""

    kind: str
    subject: str
    evidence: str
    span: list[int]
    direction: str | None = None
    change_pct: float | None = None
    range: list[float] | None = None
    qualifier: str | None = None
    points: float | None = None
    level: float | None = None
    price: float | None = None
    currency: str | None = None
    amount: str | None = None
    source: str | None = None
    stance: str | None = None
    view: str | None = None
    session: str | None = None
    ticker: str | None = None


@dataclass
class StoryFact:
    """A fact as one article of a story states it.

    After merging, ``others`` holds the same fact (kind + subject) as other
    articles state it, and ``conflict`` is set when they disagree on the
    direction or a number; later stages then attribute each figure.
    """

    fact: Fact
    article_url: str
    source_name: str
    others: list[StoryFact] = field(default_factory=list)
    conflict: bool = False


@dataclass
class Story:
    """One event, told by one or more articles."""

    id: str
    date: str  # YYYY-MM-DD
    articles: list[Article]
    facts: list[StoryFact]
    score: float = 0.0


@dataclass
class KeyFact:
    label: str
    text: str
    url: str | None = None  # the source page, with a text fragment on the evidence


@dataclass
class Section:
    heading: str
    paragraphs: list[str]


@dataclass
class Take:
    why_it_matters: str
    risks: str
    advice: str


@dataclass
class Credit:
    """An upstream article the post was built from."""

    name: str
    url: str
    title: str = ""


@dataclass
class Post:
    """A briefing post in the house format, before rendering."""

    slug: str
    date: str
    title: str
    dek: str
    lead: list[str]
    key_facts: list[KeyFact]
    sections: list[Section]
    take: Take
    credits: list[Credit]
    story_id: str
    tags: list[str] = field(default_factory=list)
    writer: str = "rules"
    facts: list[StoryFact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. why the LLM post was replaced


@dataclass
class Digest:
    """The daily briefing: several stories' posts under one top line and one Take."""

    slug: str
    date: str
    title: str
    top_line: str
    posts: list[Post]
    take: Take


@dataclass
class Delivery:
    """One email of one post to one recipient."""

    post_slug: str
    recipient: str
    status: str  # pending | sent | failed
    attempts: int = 0
    error: str | None = None
    sent_at: str | None = None


@dataclass
class SourceReport:
    """What one fetch run did with one source."""

    source: str
    status: str  # ok | unchanged | failed
    new: int = 0
    known: int = 0  # entries already stored, not fetched again
    failed: int = 0  # entries whose page could not be had or parsed
    detail: str | None = None  # why it failed, or warnings


@dataclass
class Recipient:
    """One newsletter subscriber."""

    email: str
    name: str = ""


@dataclass
class BlogReport:
    """What one blog publish did: posts by state, and the files it (re)wrote."""

    new: list[str] = field(default_factory=list)  # slugs
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    written: list[str] = field(default_factory=list)  # paths whose bytes changed


@dataclass
class EmailReport:
    """What one newsletter send did for one post."""

    post_slug: str
    sent: int = 0
    failed: int = 0  # permanent failures (5xx) this run; never retried
    deferred: int = 0  # temporary failures; a rerun tries them again
    skipped: int = 0  # already sent or failed in an earlier run
    written: list[str] = field(default_factory=list)  # --dry-run: the .eml files
    locked_by: str | None = None  # another run is sending this post; nothing was sent
    problems: list[Delivery] = field(default_factory=list)  # this run's failed and deferred


def to_dict(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


def to_json(obj: Any, **kwargs: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, **kwargs)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass from ``to_dict`` output, nested types included."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def from_json(cls: type[T], text: str) -> T:
    return from_dict(cls, json.loads(text))


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_convert(item, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value
