"""Compose benchmark: 1,000 generated stories through the rules writer and the
Markdown and HTML renderers, on one core. Prints posts/s and peak RSS.

    python bench/compose.py [--stories 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from briefing.compose import Playbook, compose_post
from briefing.config import Settings
from briefing.models import Article, Fact, Story, StoryFact
from briefing.render import Renderer

INDICES = ["Hang Seng Index", "Hang Seng Tech Index", "S&P 500", "Nikkei 225", "Kospi", "Taiex"]
STOCKS = ["Hua Hong Semiconductor", "SMIC", "Xiaomi", "Meituan", "Nvidia", "TSMC", "SK Hynix",
          "Tokyo Electron", "Alibaba Group", "Tencent Holdings"]


def make_story(n: int, rng: random.Random) -> Story:
    url = f"https://news.example.com/{n}"
    article = Article(url=url, title=f"Close {n}", text="", source="Wire", credit="Wire")

    def fact(kind, subject, **kw):
        evidence = f"{subject} moved on day {n}."
        return StoryFact(Fact(kind=kind, subject=subject, evidence=evidence,
                              span=[0, len(evidence)], **kw), url, "Wire")

    facts = [fact("index_move", rng.choice(INDICES), direction=rng.choice(["up", "down"]),
                  change_pct=round(rng.uniform(0.1, 3.5), 2), level=round(rng.uniform(2e3, 4e4), 2))]
    for subject in rng.sample(STOCKS, 4):
        facts.append(fact("stock_move", subject, direction=rng.choice(["up", "down"]),
                          change_pct=round(rng.uniform(0.1, 9.0), 1)))
    facts.append(fact("analyst_view", None, source="CICC", stance="bullish",
                      view="a mid-term bottom may be forming"))
    facts.append(fact("capital_flow", "southbound flows", direction="in", amount="HK$5.2 billion"))
    return Story(id=f"2026-11-24-story-{n}", date="2026-11-24", articles=[article], facts=facts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    stories = [make_story(n, rng) for n in range(args.stories)]
    settings = Settings()
    playbook, renderer = Playbook.load(), Renderer(settings)
    renderer.render(compose_post(stories[0], settings, playbook), "html")  # compile templates once
    start = time.perf_counter()
    for story in stories:
        post = compose_post(story, settings, playbook)
        renderer.render(post, "md")
        renderer.render(post, "html")
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = len(stories) / elapsed
    per_post = 1000 * elapsed / len(stories)
    print(f"stories: {len(stories)}, wall: {elapsed:.2f} s, per post: {per_post:.2f} ms")
    print(f"compose: {rate:.0f} posts/s (rules writer + md + html, one core), {rss:.0f} MB peak RSS")


if __name__ == "__main__":
    main()
