"""The stages in order: fetch -> extract -> stories -> compose -> render.

This is the only module that wires stages together; each stage is a plain
function that takes and returns the types of ``models.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .cluster import group_stories, select_for_briefing
from .compose import Playbook, compose_digest, compose_post
from .config import Settings
from .errors import ComposeError
from .extract import extract_facts, load_lexicon
from .fetch import fetch_sources, load_article
from .models import Post, Source, SourceReport, Story
from .render import Renderer
from .store import Store

DEMO_SOURCE = Source(name="Harbour Wire", kind="feed", credit="Harbour Wire",
                     path="data/demo/feed.xml")


@dataclass
class RunResult:
    reports: list[SourceReport] = field(default_factory=list)
    articles: int = 0
    facts: int = 0
    stories: list[Story] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)


def demo_settings(settings: Settings) -> Settings:
    """The user's settings with the bundled demo feed as the only source."""
    settings.sources = [DEMO_SOURCE]
    return settings


def demo_base_dir() -> Path:
    return Path(str(resources.files("briefing")))


def extract_all(store: Store, settings: Settings) -> int:
    """Extract facts for every stored article; returns the number of facts."""
    lexicon = load_lexicon(settings.extract.lexicon)
    total = 0
    for article in store.articles():
        facts = extract_facts(article.text, lang=article.lang or "en", lexicon=lexicon)
        store.set_facts(article.id, facts)
        total += len(facts)
    return total


def build_stories(store: Store, settings: Settings) -> list[Story]:
    """Group every stored article into stories, best first, and store them."""
    stories = group_stories([(a, store.facts(a.id)) for a in store.articles()], settings.stories)
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


def compose_all(stories: list[Story], store: Store, settings: Settings) -> list[Post]:
    """A post per story, saved by slug: a rerun updates posts, never duplicates them."""
    playbook = load_playbook(settings)
    posts = [compose_post(story, settings, playbook) for story in stories]
    for post in posts:
        store.save_post(post)
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


def run(settings: Settings, store: Store, out_dir: Path, *, base_dir: Path | None = None,
        progress: bool = False) -> RunResult:
    """Fetch the configured sources and write every story's post into ``out_dir``."""
    result = RunResult()
    result.reports = fetch_sources(settings.sources, store, settings.fetch,
                                   base_dir=base_dir or settings.base_dir, progress=progress)
    result.articles = len(store.articles())
    result.facts = extract_all(store, settings)
    result.stories = build_stories(store, settings)
    result.posts = compose_all(result.stories, store, settings)
    renderer = Renderer(settings)
    for post in result.posts:
        result.paths += renderer.write(post, out_dir)
    briefing = select_for_briefing(day_stories(result.stories, None), settings.stories)
    if briefing:
        chosen = [p for p in result.posts if p.story_id in {s.id for s in briefing}]
        digest = compose_digest(chosen, briefing[0].date, load_playbook(settings))
        result.paths += renderer.write_digest(digest, out_dir)
    return result


def write_one(target: str, settings: Settings, fmt: str) -> str:
    """One article (path, URL or '-') in, one rendered post out; no store needed."""
    article = load_article(target, settings.fetch)
    facts = extract_facts(article.text, lang=article.lang or "en",
                          lexicon=load_lexicon(settings.extract.lexicon))
    stories = group_stories([(article, facts)], settings.stories)
    if not stories:
        raise ComposeError(f"{target}: no market facts found to write a post from")
    playbook = load_playbook(settings)
    return Renderer(settings).render(compose_post(stories[0], settings, playbook), fmt)
