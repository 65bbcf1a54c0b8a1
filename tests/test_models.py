from briefing import models
from briefing.models import (
    Article,
    Credit,
    Delivery,
    Fact,
    KeyFact,
    Post,
    Section,
    Source,
    Story,
    StoryFact,
    Take,
)

FACT = Fact(kind="stock_move", subject="Hua Hong Semiconductor", direction="down",
            change_pct=7.0, qualifier="more than", evidence="Hua Hong Semiconductor plunged over 7%.",
            span=[10, 49], ticker="1347.HK")
RANGE_FACT = Fact(kind="stock_move", subject="SMIC", direction="down", range=[3.0, 5.0],
                  qualifier="nearly", evidence="SMIC fell nearly 3% to nearly 5%.", span=[0, 33])


def test_fact_keys_are_the_design_contract():
    assert set(models.to_dict(FACT)) == {
        "kind", "subject", "direction", "change_pct", "range", "qualifier", "points", "level",
        "price", "currency", "amount", "source", "stance", "view", "session", "evidence", "span",
        "ticker",
    }


def test_every_model_round_trips_through_json():
    article = Article(url="https://news.example.com/a", title="<b>T</b>", text="body", source="Wire",
                      published="2026-11-24T08:00:00+00:00", from_summary=True, id=3)
    story = Story(id="s1", date="2026-11-24", articles=[article],
                  facts=[StoryFact(FACT, article.url, "Wire"), StoryFact(RANGE_FACT, article.url, "Wire")],
                  score=12.5)
    post = Post(slug="s1", date="2026-11-24", title="T", dek="D", lead=["L"],
                key_facts=[KeyFact("Hua Hong", "Shares fell.", "https://x#:~:text=a")],
                sections=[Section("Moves", ["p1", "p2"])], take=Take("w", "r", "a"),
                credits=[Credit("Wire", "https://news.example.com/a", "T")], story_id="s1",
                tags=["HSTECH"], facts=story.facts)
    for obj in (Source(name="w", url="https://x", tags=["hk"]), article, FACT, story, post,
                Delivery(post_slug="s1", recipient="a@example.com", status="sent", attempts=2)):
        again = models.from_json(type(obj), models.to_json(obj))
        assert again == obj
    assert isinstance(models.from_json(Story, models.to_json(story)).facts[1].fact, Fact)
