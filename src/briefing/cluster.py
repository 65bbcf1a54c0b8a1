"""Stories: the day's articles grouped into events, their facts merged, ranked.

Grouping: articles are taken in time order; each joins the open story it is
most like, or starts a new one. An article's lead is the move it opens with; it
may join a story that names its lead and is led by a subject it names (so a
stock's own news stays apart from the market close that mentions it). Likeness
is the mean of two cosines, of the TF-IDF vectors of the texts and of the
facts (subject; subject and direction; subject, direction and percent; the
lead counting double), less a discount for the hours since the story's first
report, so the same index falling on two days makes two stories. A story takes
articles for ``window_hours`` after its first. Only the few latest stories led
by each subject the article names are compared: the cost stays near linear.

Near-duplicates: of two articles under one URL the newest is kept; within a
story an article that shares half its word 3-grams with a newer one (a
syndicated copy, an update under a new URL) is dropped.

Measured on the fixture days (``bench/cluster.py`` prints both): reports of one
event by different desks share words ("Hua Hong", "export curbs") but few word
sequences, so TF-IDF cosine groups them where shingles cannot; copies and
updates share most word sequences, which shingles see more sharply than
TF-IDF, whose rare words dominate an added paragraph.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .config import StoriesSettings
from .extract import load_lexicon, multi_day
from .merge import decimals, merge_facts, subject_key
from .models import Article, Fact, Story, StoryFact

JOIN = 0.3  # least likeness for an article to join a story
COPY = 0.5  # share of word 3-grams at which two texts are one report
AGE_DISCOUNT = 0.5  # likeness lost by an article a whole window after the story's first
RECENT_PER_LEAD = 8  # stories compared per subject the article names
MOVE_KINDS = ("index_move", "sector_move", "stock_move")
LEAD_SENTENCES = 3  # an index move this early in a report is what the report is about
_SUBJECT_WEIGHT = {"index_move": 3.0, "sector_move": 1.5, "stock_move": 2.0}
_STOP = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have", "in",
    "is", "it", "its", "of", "on", "or", "said", "says", "that", "the", "their", "this", "to",
    "was", "were", "which", "while", "with", "after", "before", "over", "than", "more"])
_WORD = re.compile(r"\w+(?:[.,']\w+)*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# -- text vectors -------------------------------------------------------------------

def words(text: str) -> list[str]:
    """Lower-case words less function words; runs of Chinese characters as bigrams."""
    out = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out += [word[i:i + 2] for i in range(max(1, len(word) - 1))]
        elif word not in _STOP:
            out.append(word)
    return out


def tfidf_vectors(texts: list[str]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors (sublinear term frequency), the IDF taken over ``texts``."""
    counts = [Counter(words(t)) for t in texts]
    df = Counter(term for c in counts for term in c)
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    return [_unit({t: (1 + math.log(k)) * idf[t] for t, k in c.items()}) for c in counts]


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


# -- articles -----------------------------------------------------------------------

@dataclass
class _Report:
    """One article on its way into a story, with what grouping needs."""

    article: Article
    facts: list[Fact]
    time: datetime
    lead: str
    text: dict[str, float] = field(default_factory=dict)
    subjects: dict[str, float] = field(default_factory=dict)


def _time(article: Article, default: datetime) -> datetime:
    try:
        when = datetime.fromisoformat(article.published or "")
    except ValueError:
        return default
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def lead_fact(facts: list[Fact]) -> Fact | None:
    """The move a report opens with, else its first fact.

    A report that opens with a stock's move is that stock's story. One that
    opens with colour ("European shares edged lower as banks gained") is about
    the index it names within its first three sentences.
    """
    moves = sorted((f for f in facts if f.kind in MOVE_KINDS and f.direction),
                   key=lambda f: f.span[0] if f.span else 0)
    if not moves or moves[0].kind == "stock_move":
        return (moves or facts or [None])[0]
    opening = sorted({tuple(f.span) for f in moves})[:LEAD_SENTENCES]
    early_index = [f for f in moves if f.kind == "index_move" and tuple(f.span) in opening]
    return (early_index or moves)[0]


def _subject_vector(facts: list[Fact], lead: str) -> dict[str, float]:
    vector: dict[str, float] = {}
    for fact in facts:
        name = subject_key(fact)
        weight = _SUBJECT_WEIGHT.get(fact.kind, 1.0) * (2 if name == lead else 1)
        keys = [name, f"{name}|{fact.direction}", f"{name}|{fact.direction}|{fact.change_pct}"]
        for key in keys[:1 + bool(fact.direction) + (fact.change_pct is not None)]:
            vector[key] = max(vector.get(key, 0.0), weight)
    return _unit(vector)


def _reports(items: list[tuple[Article, list[Fact]]]) -> list[_Report]:
    """Articles with facts, one per URL (the newest), in time order, vectors set."""
    now = datetime.now(UTC)
    newest: dict[str, _Report] = {}
    for article, facts in items:
        if not facts:
            continue
        lead = lead_fact(facts)
        report = _Report(article, facts, _time(article, now), subject_key(lead) or article.title)
        old = newest.get(article.url)
        if old is None or report.time >= old.time:
            newest[article.url] = report
    reports = sorted(newest.values(), key=lambda r: (r.time, r.article.url))
    vectors = tfidf_vectors([f"{r.article.title}\n{r.article.text}" for r in reports])
    for report, vector in zip(reports, vectors, strict=True):
        report.text = vector
        report.subjects = _subject_vector(report.facts, report.lead)
    return reports


# -- grouping -----------------------------------------------------------------------

@dataclass
class _Group:
    """A story being built: its reports and the running sums of their vectors."""

    reports: list[_Report]
    leads: set[str] = field(default_factory=set)
    text: dict[str, float] = field(default_factory=dict)
    subjects: dict[str, float] = field(default_factory=dict)
    text_norm2: float = 0.0
    subjects_norm2: float = 0.0

    @property
    def start(self) -> datetime:
        return self.reports[0].time

    def likeness(self, report: _Report, window_hours: float) -> float:
        hours = (report.time - self.start).total_seconds() / 3600
        if (hours > window_hours or report.lead not in self.subjects
                or not self.leads & report.subjects.keys()):
            return 0.0
        text = dot(report.text, self.text) / math.sqrt(self.text_norm2 or 1.0)
        subjects = dot(report.subjects, self.subjects) / math.sqrt(self.subjects_norm2 or 1.0)
        return (text + subjects) / 2 - AGE_DISCOUNT * hours / window_hours

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.leads.add(report.lead)
        self.text_norm2 = _add(self.text, report.text, self.text_norm2)
        self.subjects_norm2 = _add(self.subjects, report.subjects, self.subjects_norm2)


def _add(total: dict[str, float], vector: dict[str, float], norm2: float) -> float:
    """Add a unit ``vector`` into ``total``; returns the new squared norm of ``total``."""
    norm2 += 2 * dot(vector, total) + 1.0
    for key, value in vector.items():
        total[key] = total.get(key, 0.0) + value
    return norm2


def _groups(reports: list[_Report], window_hours: float) -> list[_Group]:
    groups: list[_Group] = []
    by_lead: dict[str, list[int]] = {}  # story numbers by the leads of their reports
    for report in reports:
        names = [k for k in report.subjects if "|" not in k]
        candidates = {i for name in names for i in by_lead.get(name, [])[-RECENT_PER_LEAD:]}
        scored = [(groups[i].likeness(report, window_hours), -i) for i in candidates]
        best = max(scored, default=(0.0, 0))
        index = -best[1] if best[0] >= JOIN else len(groups)
        if index == len(groups):
            groups.append(_Group([]))
        if report.lead not in groups[index].leads:
            by_lead.setdefault(report.lead, []).append(index)
        groups[index].add(report)
    return groups


def _without_copies(reports: list[_Report]) -> list[_Report]:
    """Drop each report whose text nearly copies a newer one of the same story."""
    grams = {id(r): shingles(r.article.text) for r in reports} if len(reports) > 1 else {}
    kept: list[_Report] = []
    for report in sorted(reports, key=lambda r: r.time, reverse=True):
        if all(jaccard(grams[id(report)], grams[id(k)]) < COPY for k in kept):
            kept.append(report)
    return sorted(kept, key=lambda r: (r.time, r.article.url))


def shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    return {tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1))}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / (len(a | b) or 1)


# -- ranking ------------------------------------------------------------------------

_MOVE_POINTS = {"index_move": 4.0, "sector_move": 2.0, "stock_move": 1.0}  # per percent
MAX_MOVE_PCT = 10.0  # a 40% jump in one stock does not outrank the market
SOURCE_POINTS = 3.0  # per doubling of the independent sources
AGE_HOURS = 12.0  # a point off per this many hours older than the newest story
INTEREST_POINTS = 5.0  # an interest given without a weight


def fact_salience(item: StoryFact) -> float:
    """Points for a fact: the size of a move, an index's more than a stock's."""
    fact = item.fact
    size = fact.change_pct or (fact.range[1] if fact.range else 0.0)
    return _MOVE_POINTS.get(fact.kind, 0.0) * min(size, MAX_MOVE_PCT) or 1.0


def score_parts(story: Story, now: datetime, settings: StoriesSettings) -> dict[str, float]:
    """The salience score in parts, summed for ``Story.score``: the largest move (4
    points per percent for an index, 2 a sector, 1 a stock, up to 10%; 1 for a story
    of views or flows), 3 per doubling of independent sources, the matched interests'
    weights, and a point off per 12 hours behind the newest report of the run."""
    sources = {a.source for a in story.articles}
    age = (now - max(_time(a, now) for a in story.articles)).total_seconds() / 3600
    return {"move": max((fact_salience(f) for f in story.facts), default=0.0),
            "sources": SOURCE_POINTS * math.log2(len(sources)),
            "interests": sum(interests(story, settings).values()),
            "age": -max(age, 0.0) / AGE_HOURS}


def interests(story: Story, settings: StoriesSettings) -> dict[str, float]:
    """The user's interests the story matches, with their weights ("HK", "chips:2")."""
    market = story_market(story)
    tickers = {f.fact.ticker.upper() for f in story.facts if f.fact.ticker}
    text = " ".join([a.title for a in story.articles] + [f.fact.evidence for f in story.facts])
    matches = [(e, lambda t: t.upper() == market) for e in settings.markets]
    matches += [(e, lambda t: t.upper() in tickers) for e in settings.tickers]
    matches += [(e, lambda t: re.search(rf"\b{re.escape(t)}\b", text, re.IGNORECASE))
                for e in settings.keywords]
    return {entry: weight for entry, matches_term in matches
            for term, weight in [_weighted(entry)] if matches_term(term)}


def _weighted(entry: str) -> tuple[str, float]:
    term, _, weight = entry.rpartition(":")
    try:
        return term.strip(), float(weight)
    except ValueError:
        return entry.strip(), INTEREST_POINTS


# Exchange suffixes of tickers (0700.HK, 600519.SS) for subjects the lexicon lacks.
_SUFFIX_MARKET = {"HK": "HK", "SS": "CN", "SZ": "CN", "T": "JP", "KS": "KR", "KQ": "KR",
                  "TW": "TW", "TWO": "TW", "L": "EU", "PA": "EU", "DE": "EU", "AS": "EU"}


def fact_market(fact: Fact) -> str | None:
    entry = load_lexicon().entry(fact.subject) if fact.subject else None
    if entry and entry.market:
        return entry.market
    suffix = (fact.ticker or "").rpartition(".")[2].upper()
    return _SUFFIX_MARKET.get(suffix) if fact.ticker and "." in fact.ticker else None


def story_market(story: Story) -> str | None:
    """The market of the story's most salient fact whose market is known."""
    return next((m for f in story.facts if (m := fact_market(f.fact))), None)


# -- stories ------------------------------------------------------------------------

def group_stories(items: list[tuple[Article, list[Fact]]],
                  settings: StoriesSettings | None = None) -> list[Story]:
    """The articles' events as Stories, best first; articles with no facts are left out.

    A story's id is its first report's date and lead subject, so a rerun that
    adds reports updates the same story.
    """
    settings = settings or StoriesSettings()
    reports = _reports(items)
    stories, seen = [], Counter()
    for group in _groups(reports, settings.window_hours):
        story = _story(group)
        seen[story.id] += 1
        story.id += f"-{seen[story.id]}" if seen[story.id] > 1 else ""
        stories.append(story)
    now = max((r.time for r in reports), default=datetime.now(UTC))
    for story in stories:
        story.score = round(sum(score_parts(story, now, settings).values()), 2)
    return sorted(stories, key=lambda s: (-s.score, s.id))


def _story(group: _Group) -> Story:
    first = group.reports[0]  # copies included: a story keeps its name when a copy goes
    day = first.time.date().isoformat()
    kept = _without_copies(group.reports)
    return Story(id=f"{day}-{_slug(first.lead)}", date=day, articles=[r.article for r in kept],
                 facts=sorted(merge_facts([(r.article, _day_facts(r.facts)) for r in kept]),
                              key=fact_salience, reverse=True))


def _day_facts(facts: list[Fact]) -> list[Fact]:
    """A story is one day's news: a weekly or year-to-date move is left out of it."""
    return [f for f in facts if not multi_day(f)]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "story"


def select_for_briefing(stories: list[Story], settings: StoriesSettings) -> list[Story]:
    """The daily briefing from one day's stories: the best ``top_n`` scoring at least
    ``min_score``, at most ``max_per_market`` from one market (stories of no known market
    are not capped)."""
    chosen: list[Story] = []
    per_market: Counter[str] = Counter()
    for story in sorted(stories, key=lambda s: -s.score):
        market = story_market(story)
        if len(chosen) == settings.top_n or story.score < settings.min_score:
            break
        if market and per_market[market] >= settings.max_per_market:
            continue
        per_market[market or ""] += 1
        chosen.append(story)
    return chosen


def story_summary(story: Story, top_facts: int = 5) -> dict:
    """What ``briefing stories`` shows of a story: score, sources, the top facts
    with each source's telling."""
    return {
        "id": story.id, "date": story.date, "score": story.score, "market": story_market(story),
        "title": story.articles[0].title if story.articles else "",
        "sources": sorted({a.source for a in story.articles}),
        "articles": [{"source": a.source, "title": a.title, "url": a.url, "published": a.published}
                     for a in story.articles],
        "facts": [{"kind": f.fact.kind, "subject": subject_key(f.fact), "conflict": f.conflict,
                   "tellings": [{"source": t.source_name, "says": telling_text(t.fact)}
                                for t in (f, *f.others)]}
                  for f in story.facts[:top_facts]],
    }


def summary_lines(summary: dict) -> list[str]:
    """The text form of ``story_summary``: a header line, then one line per fact."""
    head = f"{summary['score']:7.2f}  {summary['id']}  [{summary['market'] or '-'}]  "
    lines = [head + ", ".join(summary["sources"])]
    for fact in summary["facts"]:
        said = "; ".join(f"{t['says']} ({t['source']})" for t in fact["tellings"])
        lines.append(f"         {fact['subject']}: {said}{'  CONFLICT' if fact['conflict'] else ''}")
    return lines


def telling_text(fact: Fact) -> str:
    """A fact in a few words: 'down more than 7% at 18,305.12'."""
    if fact.kind == "analyst_view":
        return f"{fact.stance or 'view'}: {fact.view or fact.evidence}"
    parts = [fact.direction or ""]
    if fact.range:
        parts.append(f"{fact.range[0]:g}-{fact.range[1]:g}%")
    elif fact.change_pct is not None:
        parts.append(f"{fact.qualifier + ' ' if fact.qualifier else ''}{fact.change_pct:g}%")
    number = fact.level if fact.level is not None else fact.price
    if number is not None:
        parts.append(f"at {number:,.{decimals(number)}f}")
    parts += [fact.amount or "", fact.session or ""]
    return " ".join(p for p in parts if p) or fact.evidence
