"""The daily digest: several stories' posts under one top line and one Take."""

from __future__ import annotations

from ..models import Article, Digest, Post, Section, Story
from . import phrasing as ph
from .rules import lead_move, prose_facts
from .take import Playbook


def _story(post: Post) -> Story:
    """A post's facts and sources read back as its story."""
    articles = [Article(url=c.url, title=c.title, text="", source=c.name) for c in post.credits]
    return Story(id=post.story_id, date=post.date, articles=articles, facts=post.facts)


def compose_digest(posts: list[Post], date: str, playbook: Playbook) -> Digest:
    """``posts`` best first; the Take reads the facts of all of them."""
    leads = [m for m in (lead_move(_story(p)) for p in posts) if m is not None]
    top_line = "; ".join(f"{ph.named(m)} {ph.move(m)}" for m in leads[:4])
    every_fact = [f for p in posts for f in prose_facts(_story(p))]
    return Digest(
        slug=f"{date}-daily-briefing",
        date=date,
        title=f"Daily Markets Briefing, {date}",
        top_line=ph.capitalize(top_line) + "." if top_line else "A quiet day in the reports.",
        posts=posts,
        take=playbook.take(every_fact, leads[0] if leads else None),
    )


def digest_post(digest: Digest) -> Post:
    """The digest as a post of its own, so the blog and the newsletter carry it.

    Each story becomes a section headed by its title; Key Facts are each
    story's first one; the facts and credits are all the stories' own.
    """
    return Post(
        slug=digest.slug,
        date=digest.date,
        title=digest.title,
        dek=digest.top_line,
        lead=["The day's stories, most important first, each with its key facts."],
        key_facts=[p.key_facts[0] for p in digest.posts if p.key_facts],
        sections=[Section(heading=p.title, paragraphs=[p.dek, *p.lead]) for p in digest.posts],
        take=digest.take,
        credits=[c for p in digest.posts for c in p.credits],
        story_id=digest.slug,
        tags=sorted({t for p in digest.posts for t in p.tags}),
        writer="rules",
        facts=[f for p in digest.posts for f in p.facts],
    )
