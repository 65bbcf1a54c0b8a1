"""The guard's time per post, on the demo stories' rules posts and on 5x longer ones.

The demo feed goes through fetch -> extract -> stories into a temporary store;
each story's rules post is checked (the guard must find nothing), then the same
post with every paragraph written five times, the length of a model's post.

    python bench/guard.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from demo_stories import demo_stories

from briefing import pipeline
from briefing.compose import Playbook, compose_post
from briefing.compose.guard import check_post, post_texts
from briefing.config import Settings
from briefing.models import Post, Section, Story


def longer(post: Post) -> Post:
    sections = [Section(s.heading, s.paragraphs * 5) for s in post.sections]
    return dataclasses.replace(post, lead=post.lead * 5, sections=sections)


def ms_per_post(pairs: list[tuple[Post, Story]], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for post, story in pairs:
            check_post(post, story)
    return (time.perf_counter() - start) * 1000 / (repeat * len(pairs))


def words(post: Post) -> int:
    return sum(len(text.split()) for _, text, _ in post_texts(post))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    settings = pipeline.demo_settings(Settings())
    playbook = Playbook.load()
    pairs = [(compose_post(s, settings, playbook), s) for s in demo_stories(settings)]
    flagged = sum(len(check_post(post, story)) for post, story in pairs)
    long_pairs = [(longer(post), story) for post, story in pairs]
    rules_ms, long_ms = ms_per_post(pairs, args.repeat), ms_per_post(long_pairs, args.repeat)
    print(f"stories: {len(pairs)}; violations on rules posts: {flagged}")
    print(f"rules posts: {sum(words(p) for p, _ in pairs) // len(pairs)} words, {rules_ms:.2f} ms/post")
    print(f"5x posts:    {sum(words(p) for p, _ in long_pairs) // len(pairs)} words, "
          f"{long_ms:.2f} ms/post")
    print(f"guard: {rules_ms:.2f} ms/post (demo rules posts), {long_ms:.2f} ms/post (5x longer posts)")


if __name__ == "__main__":
    main()
