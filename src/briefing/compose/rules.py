"""The rules writer: a Story's facts -> a Post in the house format, offline.

Data-to-text: each sentence is built from one fact's fields, never pasted
from a source, so every number in the post is a number a fact carries.
Where a story's sources disagree, only what they agree on is stated, except
in Key Facts, which attribute each figure to its source.
"""

from __future__ import annotations

import dataclasses

from ..cluster import fact_market, fact_salience
from ..config import Settings
from ..models import Credit, Fact, KeyFact, Post, Section, Story, StoryFact
from ..sanitize import strip_markup
from . import phrasing as ph
from .take import Playbook

_NUMBERS = ("change_pct", "range", "qualifier", "points", "level", "price")


def compose_post(story: Story, settings: Settings, playbook: Playbook) -> Post:
    items = salient_facts(story)
    facts, main = prose_facts(story, items), lead_move(story, items)
    post = Post(
        slug=story.id,
        date=story.date,
        title=title(main, facts),
        dek=dek(main, facts),
        lead=lead(main, facts),
        key_facts=key_facts(_lead_first(items, main), settings.compose.max_key_facts),
        sections=sections(story.id, main, facts),
        take=playbook.take(facts, main),
        credits=credits(story),
        story_id=story.id,
        tags=sorted({f.subject for f in facts if f.kind == "index_move"}),
        facts=story.facts,
    )
    return strip_markup(post)


def salient_facts(story: Story) -> list[StoryFact]:
    """One fact per (kind, subject, analyst), most salient first."""
    return sorted(one_statement_each(story.facts), key=fact_salience, reverse=True)


def one_statement_each(facts: list[StoryFact]) -> list[StoryFact]:
    """One fact per (kind, subject, analyst), the one every part of a post states.

    When a subject has several statements (the intraday peak and the close),
    the close leads, then the one most sources give, then the one stated first.
    """
    def preference(item: StoryFact) -> tuple[bool, int, int]:
        return item.fact.session != "close", -len(item.others), item.fact.span[0]

    best: dict[tuple[str, str, str | None], StoryFact] = {}
    for item in sorted(facts, key=preference):
        best.setdefault((item.fact.kind, item.fact.subject, item.fact.source), item)
    return list(best.values())


def consistent(item: StoryFact) -> Fact | None:
    """What all tellings agree on, ready for prose: the fact, its direction alone, or nothing."""
    fact = item.fact
    if fact.view:
        fact = dataclasses.replace(fact, view=ph.short_view(fact.view))
    if not item.conflict:
        return fact
    directions = {t.fact.direction for t in (item, *item.others)}
    if len(directions) > 1:
        return None
    return dataclasses.replace(fact, **dict.fromkeys(_NUMBERS))


def prose_facts(story: Story, items: list[StoryFact] | None = None) -> list[Fact]:
    """The facts prose may state, most salient first (conflicts reduced to what agrees)."""
    told = (consistent(i) for i in (items or salient_facts(story)))
    return [f for f in told if f is not None]


def lead_move(story: Story, items: list[StoryFact] | None = None) -> Fact | None:
    """The story's headline move: the first one its reports state."""
    told = [(i, consistent(i)) for i in (items or salient_facts(story))]
    in_order = sorted((pair for pair in told if pair[1] is not None),
                      key=lambda pair: _told_at(story, pair[0]))
    return main_move([f for _, f in in_order])


def _told_at(story: Story, item: StoryFact) -> tuple[int, int, int]:
    """Where a subject is first stated, in any telling: its article's place in the story,
    the sentence, and where in it the subject is named ("The S&P 500 rose and the Nasdaq")."""
    urls = [a.url for a in story.articles]

    def position(telling: StoryFact) -> tuple[int, int, int]:
        place = urls.index(telling.article_url) if telling.article_url in urls else len(urls)
        named_at = telling.fact.evidence.find(telling.fact.subject or "")
        return place, telling.fact.span[0], named_at if named_at >= 0 else len(telling.fact.evidence)

    same = [t for s in story.facts for t in (s, *s.others)
            if (t.fact.kind, t.fact.subject) == (item.fact.kind, item.fact.subject)]
    return min(position(t) for t in same or [item])


def main_move(facts: list[Fact]) -> Fact | None:
    """The move a headline leads with: the first index move, else stock, else sector.

    Given in the order the story states them, it is the report's own lead:
    wraps name their market's benchmark first.
    """
    for kind in ("index_move", "stock_move", "sector_move"):
        moves = [f for f in facts if f.kind == kind and f.direction in ("up", "down", "flat")]
        if moves:
            return moves[0]
    return None


def _movers(facts: list[Fact], direction: str | None = None) -> list[Fact]:
    return [f for f in facts if f.kind == "stock_move" and f.direction in ("up", "down")
            and (direction is None or f.direction == direction)]


def title(main: Fact | None, facts: list[Fact]) -> str:
    if main is None:
        views = [f for f in facts if f.kind == "analyst_view"]
        return f"{views[0].source} Weighs In on the Market" if views else "Market Briefing"
    head = f"{main.subject} {ph.verb(main, 'present')} {_headline_pct(main)}".strip()
    movers = [m for m in _movers(facts) if m is not main]
    if not movers:
        return head
    top = movers[0]
    return f"{head}: {top.subject} {ph.verb(top, 'present')} {_headline_pct(top)}".strip()


def _headline_pct(fact: Fact) -> str:
    """'more than 7%' -> 'Over 7%': headline style."""
    text = ph.pct(fact).replace("more than", "over").replace("as much as", "up to")
    return " ".join(w if w[:1].isdigit() else w.capitalize() for w in text.split())


def dek(main: Fact | None, facts: list[Fact]) -> str:
    """'Hong Kong Stocks Drop as Hua Hong Semiconductor Plunges Over 7%'."""
    if main is None:
        return "What the Day's Reports Said, Fact by Fact"
    market = ph.MARKET_NAMES.get(fact_market(main) or "", "")
    if market and main.kind == "index_move":
        who = f"{market} Stocks {ph.verb(main, 'plural')}"
    else:
        who = f"{main.subject} {ph.verb(main, 'present')}"
    same_way = [m for m in _movers(facts, main.direction) if m is not main]
    if not same_way:
        return f"{who}{_session_title(main)}"
    top = same_way[0]
    return f"{who} as {top.subject} {ph.verb(top, 'present')} {_headline_pct(top)}".strip()


def _session_title(fact: Fact) -> str:
    return ph.session_phrase(fact).title()


def lead(main: Fact | None, facts: list[Fact]) -> list[str]:
    if main is None:
        return ["The reports behind this briefing state no index or stock moves; their other "
                + "facts follow."]
    first = f"{_named(main)} {ph.move(main)}{ph.session_phrase(main)}."
    movers = [m for m in _movers(facts) if m is not main and (m.change_pct or m.range)][:2]
    if not movers:
        return [first]
    named = " and ".join(f"{m.subject} {ph.move(m)}" for m in movers)
    return [f"{first} Among the biggest movers, {named}."]


def _named(fact: Fact) -> str:
    return ph.capitalize(ph.named(fact))


def key_fact_text(item: StoryFact) -> str:
    """The sentence of a Key Facts bullet: 'Shares plunged more than 7%.'"""
    fact = item.fact
    if item.conflict:
        text = "Reports differ: " + "; ".join(
            f"{ph.move(t.fact)}, per {t.source_name}" for t in (item, *item.others))
    elif fact.kind in ("index_move", "sector_move"):
        text = f"{ph.capitalize(ph.move(fact))}{ph.session_phrase(fact)}"
    elif fact.kind == "stock_move":
        text = f"Shares {ph.move(fact)}{ph.session_phrase(fact)}"
    elif fact.kind == "analyst_view":
        text = ph.attributed(fact, "says")
    elif fact.kind == "capital_flow":
        text = ph.capitalize(_flow_phrase(fact))
    else:
        text = _macro_phrase(fact)
    return text.rstrip(".") + "."


def _flow_phrase(fact: Fact) -> str:
    way = {"in": "net buying", "out": "net selling"}.get(fact.direction or "", "a net flow")
    return f"{way} of {fact.amount}" if fact.amount else way


def _macro_phrase(fact: Fact) -> str:
    if fact.change_pct is not None or fact.level is not None:
        return f"{ph.capitalize(fact.subject)} {ph.move(fact)}"
    return f"{ph.capitalize(fact.subject)} data released"


def _lead_first(items: list[StoryFact], main: Fact | None) -> list[StoryFact]:
    """The headline's move opens Key Facts, as in the reference post."""
    lead = [i for i in items if main is not None and i.fact.kind == main.kind
            and i.fact.subject == main.subject]
    return lead[:1] + [i for i in items if i not in lead[:1]]


def _pick(items: list[StoryFact], limit: int) -> list[StoryFact]:
    """The most salient facts, with the top fact of each kind sure of a place."""
    firsts: dict[str, StoryFact] = {}
    for item in items:
        firsts.setdefault(item.fact.kind, item)
    chosen = list(firsts.values())[:limit]
    chosen += [i for i in items if i not in chosen][:limit - len(chosen)]
    return sorted(chosen, key=items.index)


def key_facts(items: list[StoryFact], limit: int) -> list[KeyFact]:
    bullets = []
    for item in _pick(items, limit):
        fact = item.fact
        label = "Analyst View" if fact.kind == "analyst_view" else ph.capitalize(
            ph.named(fact).removeprefix("the "))
        bullets.append(KeyFact(label=label, text=key_fact_text(item),
                               url=ph.text_fragment_url(item.article_url, fact.evidence)))
    return bullets


def sections(story_id: str, main: Fact | None, facts: list[Fact]) -> list[Section]:
    home = fact_market(main) if main else None
    local = [f for f in facts if f.kind != "index_move" or fact_market(f) in (home, None)]
    abroad = [f for f in facts if f.kind == "index_move" and f not in local]
    trend = main.direction if main and main.kind == "index_move" else None
    found = [_moves_section(story_id, local, trend), _region_section(story_id, abroad),
             _views_section(story_id, facts), _flows_section(story_id, facts),
             _macro_section(story_id, facts)]
    return [s for s in found if s is not None]


def _moves_section(story_id: str, facts: list[Fact], trend: str | None) -> Section | None:
    indices = [f for f in facts if f.kind == "index_move"]
    sectors = [f for f in facts if f.kind == "sector_move"]
    paragraphs = []
    if indices:
        paragraphs.append(" ".join(f"{_named(f)} {ph.move(f)}{ph.session_phrase(f)}."
                                   for f in indices))
    if sectors:
        paragraphs.append(" ".join(f"{_named(f)} {ph.move(f)}." for f in sectors))
    paragraphs += _movers_paragraphs(story_id, facts, trend)
    if not paragraphs:
        return None
    heading = ph.choose(["Market Moves", "How the Market Moved", "Leaders and Laggards"], story_id)
    return Section(heading=heading, paragraphs=paragraphs)


_OPENERS = {  # (direction of the movers, whether it is the market's direction)
    ("down", True): ["Leading the losses,", "Among the decliners,", "On the losing side,"],
    ("up", True): ["Leading the gains,", "Among the gainers,", "On the winning side,"],
    ("down", False): ["Bucking the trend,", "Against the tide,", "On the losing side,"],
    ("up", False): ["Bucking the trend,", "Against the tide,", "On the winning side,"],
}


def _movers_paragraphs(story_id: str, facts: list[Fact], trend: str | None) -> list[str]:
    paragraphs = []
    for direction in ("down", "up"):
        names = [f"{f.subject} {ph.move(f)}" for f in _movers(facts, direction)]
        if names:
            openers = _OPENERS[direction, trend in (direction, None)]
            paragraphs.append(f"{ph.choose(openers, story_id + direction)} {_join(names)}.")
    flat = [f.subject for f in facts if f.kind == "stock_move" and f.direction == "flat"]
    if flat:
        paragraphs.append(f"{_join(flat)} {'was' if len(flat) == 1 else 'were'} little changed.")
    return paragraphs


def _region_section(story_id: str, facts: list[Fact]) -> Section | None:
    if not facts:
        return None
    sentences = [f"{_named(f)} {ph.move(f)}{ph.session_phrase(f)}." for f in facts]
    heading = ph.choose(["Around the Region", "Elsewhere in Markets"], story_id)
    return Section(heading=heading, paragraphs=[" ".join(sentences)])


def _views_section(story_id: str, facts: list[Fact]) -> Section | None:
    views = [f for f in facts if f.kind == "analyst_view"]
    if not views:
        return None
    verbs = ["said", "argued", "noted"]
    paragraphs = [ph.attributed(v, ph.choose(verbs, story_id + (v.source or "")) + " that") + "."
                  for v in views]
    return Section(heading=ph.choose(["What Analysts Say", "The View from the Brokers"], story_id),
                   paragraphs=paragraphs)


def _flows_section(story_id: str, facts: list[Fact]) -> Section | None:
    flows = [f for f in facts if f.kind == "capital_flow"]
    if not flows:
        return None
    paragraphs = [f"{ph.capitalize(f.subject)} recorded {_flow_phrase(f)}." for f in flows]
    return Section(heading=ph.choose(["Capital Flows", "Where the Money Went"], story_id),
                   paragraphs=paragraphs)


def _macro_section(story_id: str, facts: list[Fact]) -> Section | None:
    macros = [f for f in facts if f.kind == "macro"]
    if not macros:
        return None
    paragraphs = [_macro_phrase(f) + "." for f in macros]
    return Section(heading=ph.choose(["The Data", "Economic Data"], story_id),
                   paragraphs=paragraphs)


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def credits(story: Story) -> list[Credit]:
    seen: dict[str, Credit] = {}
    for article in story.articles:
        seen.setdefault(article.url, Credit(
            name=article.credit or article.source, url=article.url, title=article.title))
    return list(seen.values())
