"""The daily digest: several stories' posts under one top line and one Take."""

from __future__ import annotations

from ..models import Digest, Fact, Post, Story
from . import phrasing as ph
from .rules import consistent, main_move, salient_facts
from .take import Playbook


def _facts(post: Post) -> list[Fact]:
    story = Story(id=post.story_id, date=post.date, articles=[], facts=post.facts)
    return [f for f in (consistent(i) for i in salient_facts(story)) if f is not None]


def compose_digest(posts: list[Post], date: str, playbook: Playbook) -> Digest:
    """``posts`` best first; the Take reads the facts of all of them."""
    leads = [m for m in (main_move(_facts(p)) for p in posts) if m is not None]
    top_line = "; ".join(f"{m.subject} {ph.move(m)}" for m in leads[:4])
    every_fact = [f for p in posts for f in _facts(p)]
    return Digest(
        slug=f"{date}-daily-briefing",
        date=date,
        title=f"Daily Markets Briefing, {date}",
        top_line=ph.capitalize(top_line) + "." if top_line else "A quiet day in the reports.",
        posts=posts,
        take=playbook.take(every_fact, leads[0] if leads else None),
    )
