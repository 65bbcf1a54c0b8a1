"""The stages in order: fetch -> extract -> stories -> compose -> render -> publish.

This is the only module that wires stages together; each stage is a plain
function that takes and returns the types of ``models.py``.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .cluster import group_stories, select_for_briefing
from .compose import Playbook, compose_digest, compose_post, digest_post
from .config import Settings
from .errors import BriefingError, ComposeError, ConfigError, ExtractError
from .extract import extract_facts, load_lexicon
from .fetch import fetch_sources, load_article
from .models import BlogReport, Digest, EmailReport, Post, Recipient, Source, SourceReport, Story
from .publish import load_subscribers, publish_blog, send_newsletter
from .render import Renderer
from .store import Store

if TYPE_CHECKING:  # openai loads only when the LLM writer is asked for
    from .compose.llm import LLMWriter, Usage

log = logging.getLogger("briefing.run")

DEMO_SOURCE = Source(name="Harbour Wire", kind="feed", credit="Harbour Wire",
                     path="data/demo/feed.xml")
PUBLISH_TARGETS = ("blog", "email")


@dataclass
class WriterOptions:
    """How posts are written: the command line's choice over ``[compose] writer``."""

    name: str | None = None  # rules | llm
    model: str | None = None
    use_cache: bool = True
    require: bool = False  # an LLM failure is an error, not a fallback to rules


@dataclass
class RunResult:
    reports: list[SourceReport] = field(default_factory=list)
    articles: int = 0
    facts: int = 0
    stories: list[Story] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    llm: Usage | None = None
    blog: BlogReport | None = None
    emails: list[EmailReport] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # stages that failed as a whole
    warnings: list[str] = field(default_factory=list)  # items skipped, the run went on


def demo_settings(settings: Settings) -> Settings:
    """The user's settings with the bundled demo feed as the only source."""
    settings.sources = [DEMO_SOURCE]
    return settings


def demo_base_dir() -> Path:
    return Path(str(resources.files("briefing")))


def extract_all(store: Store, settings: Settings, warnings: list[str]) -> int:
    """Extract the facts of every article not yet extracted; returns the number of facts.

    One article that cannot be read is a warning, not the end of the run.
    """
    lexicon = load_lexicon(settings.extract.lexicon)
    total = 0
    for article in store.articles_without_facts():
        try:
            facts = extract_facts(article.text, lang=article.lang, lexicon=lexicon)
        except ExtractError as exc:
            warnings.append(f"{article.url}: {exc}")
            continue
        except Exception as exc:  # a bug must not stop the run; the log keeps the trace
            log.warning("%s: unexpected extraction error", article.url, exc_info=True)
            warnings.append(f"{article.url}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        store.set_facts(article.id, facts)
        total += len(facts)
    return total


def build_stories(store: Store, settings: Settings) -> list[Story]:
    """Group the recent articles into stories, best first, and store them.

    Recent: the newest article's day and the days a story can span before it
    (``window_hours``), so a store that grows for months does not slow every run.
    """
    newest = store.newest_published()
    days = math.ceil(settings.stories.window_hours / 24) + 1
    since = (date.fromisoformat(newest[:10]) - timedelta(days=days)).isoformat() \
        if newest else None
    items = [(a, store.facts(a.id)) for a in store.articles(since)]
    stories = group_stories(items, settings.stories)
    for story in stories:
        store.save_story(story)
    return stories


def day_stories(stories: list[Story], date: str | None) -> list[Story]:
    """The stories of ``date``, or of the newest day when no date is given."""
    day = date or max((s.date for s in stories), default=None)
    return [s for s in stories if s.date == day]


def load_playbook(settings: Settings) -> Playbook:
    path = settings.compose.playbook
    return Playbook.load(settings.resolve(path) if path else None)


def llm_writer(settings: Settings, store: Store | None, options: WriterOptions) -> LLMWriter | None:
    """The LLM writer when one is asked for, else None (the rules writer alone)."""
    if (options.name or settings.compose.writer) != "llm":
        return None
    from .compose.llm import LLMWriter

    return LLMWriter(settings, store, model=options.model, use_cache=options.use_cache,
                     require=options.require)


def compose_all(stories: list[Story], store: Store, settings: Settings,
                llm: LLMWriter | None = None) -> list[Post]:
    """A post per story, saved by slug: a rerun updates posts, never duplicates them."""
    playbook = load_playbook(settings)
    posts = []
    for story in stories:
        post = compose_post(story, settings, playbook)
        post = llm.write(story, post) if llm else post
        store.save_post(post)
        posts.append(post)
    return posts


def stored_stories(store: Store, story_id: str | None, date: str | None) -> list[Story]:
    """The stored stories that ``briefing compose`` was asked for."""
    if story_id:
        story = store.story(story_id)
        if story is None:
            raise ComposeError(f"no story '{story_id}' in {store.path}")
        return [story]
    stories = store.stories(date)
    if not stories:
        raise ComposeError(f"no stories{' for ' + date if date else ''} in {store.path}: "
                           "run 'briefing fetch' first")
    return stories


def daily_digest(stories: list[Story], posts: list[Post], store: Store,
                 settings: Settings) -> Digest | None:
    """The digest of the day's selected stories; stored as a post too, for blog and email."""
    chosen_ids = [s.id for s in select_for_briefing(stories, settings.stories)]
    chosen = sorted((p for p in posts if p.story_id in chosen_ids),
                    key=lambda p: chosen_ids.index(p.story_id))
    if not chosen:
        return None
    digest = compose_digest(chosen, chosen[0].date, load_playbook(settings))
    store.save_post(digest_post(digest))
    return digest


def run(settings: Settings, store: Store, out_dir: Path, *, base_dir: Path | None = None,
        progress: bool = False, date: str | None = None, writer: WriterOptions | None = None,
        publish: tuple[str, ...] = ()) -> RunResult:
    """The daily job: fetch the sources, write the day's posts and digest, publish them.

    Each stage logs one line on "briefing.run", which the CLI shows as progress.
    """
    result = RunResult()
    result.reports = fetch_sources(settings.sources, store, settings.fetch,
                                   base_dir=base_dir or settings.base_dir, progress=progress)
    if result.reports and all(r.status == "failed" for r in result.reports):
        result.failures.append("fetch: every source failed")
    result.articles = store.article_count()
    log.info("fetch: %d new articles, %d stored", sum(r.new for r in result.reports),
             result.articles)
    result.facts = extract_all(store, settings, result.warnings)
    log.info("extract: %d facts from new articles", result.facts)
    result.stories = day_stories(build_stories(store, settings), date)
    log.info("stories: %d", len(result.stories))
    llm = llm_writer(settings, store, writer or WriterOptions())
    result.posts = compose_all(result.stories, store, settings, llm)
    result.llm = llm.usage if llm else None
    renderer = Renderer(settings)
    for post in result.posts:
        result.paths += renderer.write(post, out_dir)
    digest = daily_digest(result.stories, result.posts, store, settings)
    if digest:
        result.paths += renderer.write_digest(digest, out_dir)
    log.info("compose and render: %d posts in %s", len(result.posts), out_dir)
    _publish(result, digest, store, settings, publish)
    return result


def _publish(result: RunResult, digest: Digest | None, store: Store, settings: Settings,
             targets: tuple[str, ...]) -> None:
    """The blog gets every post; the newsletter is the day's digest, once per recipient."""
    try:
        if "blog" in targets:
            result.blog = publish_blog(store.posts(), settings, store,
                                       settings.resolve(settings.blog.dir))
        if "email" in targets and digest:
            recipients, problems = subscribers(settings)
            result.warnings += problems
            result.emails.append(send_newsletter(digest_post(digest), recipients, settings, store))
    except ConfigError:
        raise
    except BriefingError as exc:
        result.failures.append(f"publish: {exc}")
    if targets:
        log.info("publish: %s", ", ".join(targets))


def subscribers(settings: Settings, path: str | None = None) -> tuple[list[Recipient], list[str]]:
    """The newsletter's recipients from a CSV file, and its bad lines."""
    path = path or settings.email.subscribers
    if not path:
        raise ConfigError("no recipients: give --to or --subscribers, or set [email] subscribers")
    return load_subscribers(settings.resolve(path))


def write_one(target: str, settings: Settings, fmt: str,
              writer: WriterOptions | None = None) -> tuple[str, Usage | None]:
    """One article (path, URL or '-') in, one rendered post out; no store needed."""
    article = load_article(target, settings.fetch)
    facts = extract_facts(article.text, lang=article.lang,
                          lexicon=load_lexicon(settings.extract.lexicon))
    stories = group_stories([(article, facts)], settings.stories)
    if not stories:
        raise ComposeError(f"{target}: no market facts found to write a post from")
    post = compose_post(stories[0], settings, load_playbook(settings))
    llm = llm_writer(settings, None, writer or WriterOptions())
    if llm:
        post = llm.write(stories[0], post)
    return Renderer(settings).render(post, fmt), llm.usage if llm else None
