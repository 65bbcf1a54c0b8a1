"""Analyst views, capital flows and macro data points."""

from __future__ import annotations

import pytest

from briefing.extract import extract_facts
from extract_helpers import KEYS, facts, has


def view_subjects(text: str) -> list[str]:
    return [f["subject"] for f in facts(text) if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    ("CICC suggests a mid-term bottom may be forming despite current drops.",
     {"source": "CICC", "stance": "bullish"}),
    ("Goldman Sachs cut its target on Li Auto to HK$95, citing weaker margins.",
     {"source": "Goldman Sachs", "stance": "bearish"}),
    ("Huatai Securities flagged two short-term plays for the week ahead.",
     {"source": "Huatai Securities"}),
    ("Morgan Stanley upgraded Hang Seng Bank to overweight on its dividend yield.",
     {"source": "Morgan Stanley", "stance": "bullish"}),
    ("Analysts at Nomura said they remain cautious on Chinese property developers.",
     {"source": "Nomura", "stance": "bearish"}),
    (("\"This removes the biggest overhang on the stock,\" said Park Ji-won, an analyst at "
     "Hanbit Securities."), {"source": "Park Ji-won"}),
    ("Macquarie has an outperform rating on BYD with a target price of HK$350.",
     {"source": "Macquarie", "subject": "BYD", "stance": "bullish"}),
    ("Everbright Securities said A-shares were likely to fluctuate in the near term.",
     {"source": "Everbright Securities", "stance": "neutral"}),
    ("Huatai Securities believes that the A-share market is entering a new bull cycle.",
     {"source": "Huatai Securities", "stance": "bullish"}),
    ("\"Valuations are still cheap,\" said Kenny Wen, head of investment strategy at KGI Asia.",
     {"source": "Kenny Wen"}),
    ("According to a note from Guotai Junan, the Hang Seng Tech Index is likely to rebound.",
     {"subject": "Hang Seng Tech Index", "stance": "bullish"}),
    (("Dickie Wong, executive director at Kingston Securities, said the market would likely "
      "test the 20,000 level."), {"source": "Dickie Wong"}),
    (("\"Investors are running out of patience,\" said Steven Leung, executive director at "
      "UOB Kay Hian."), {"source": "Steven Leung"}),  # a broker the lexicon knows
    (("\"The rebound has further to run,\" said Maria Santos, research manager at Luzon "
      "Securities."), {"source": "Maria Santos"}),
    ("Daiwa said the rally in Japanese trading houses may have peaked.",
     {"source": "Daiwa Securities", "stance": "bearish"}),
    ("Mizuho said the Topix could slip below 2,700 before the summer.",
     {"source": "Mizuho", "stance": "bearish"}),
])
def test_analyst_views(text, expected):
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert has(found, expected), found


# houses listed before one verb each hold its view ("X and Y both cut their targets")
@pytest.mark.parametrize("text,expected", [
    ("Nomura and Daiwa both lifted their price targets on Fast Retailing after the strong quarter.",
     {("Nomura", "Fast Retailing", "bullish"), ("Daiwa Securities", "Fast Retailing", "bullish")}),
    (("Several brokers, including UBS and Bernstein, trimmed their targets on Tesla after the "
      "weak deliveries."),
     {("UBS", "Tesla", "bearish"), ("Bernstein", "Tesla", "bearish")}),
    # the group the houses are named in is no sector rated; "the stock" is each one's
    (("Shares of Tata Motors slid 8% on the NSE. Several brokers, including Jefferies and CLSA, "
      "cut their target prices on the stock."),
     {("Jefferies", "Tata Motors", "bearish"), ("CLSA", "Tata Motors", "bearish")}),
    (("Tata Motors slid 8% after the results. UBS and Bernstein said the stock could fall "
      "further."),
     {("UBS", "Tata Motors", "bearish"), ("Bernstein", "Tata Motors", "bearish")}),
    # or after it, the verb left out: each house its own new target
    (("Brokers turned more positive on Tencent. Nomura raised its target price to HK$700 from "
      "HK$650, Citi to HK$720 and Macquarie to HK$690."),
     {("Nomura", "Tencent Holdings", "bullish"), ("Citi", "Tencent Holdings", "bullish"),
      ("Macquarie", "Tencent Holdings", "bullish")}),
    (("Several brokers trimmed their targets on Tesla, with UBS cutting its target to $300 "
      "and Barclays to $280."),
     {("UBS", "Tesla", "bearish"), ("Barclays", "Tesla", "bearish")}),
])
def test_houses_listed_before_one_call_each_hold_it(text, expected):
    views = {(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"}
    assert views == expected, facts(text)


# an unquoted view ending with its analyst's name and role; only on what it names
@pytest.mark.parametrize("text,expected", [
    (("The Kospi could fall back to 2,500 next week, said Lee Min-ho, a market analyst at "
      "Kiwoom Securities."),
     {("Lee Min-ho", "Kospi", "bearish")}),
    ("The shares could double from here, said Anna Berg, an analyst at Nordea.", set()),
    ("Revenue grew 5% last year, said John Park, chief executive of the company.", set()),
])
def test_an_unquoted_view_said_by_its_analyst(text, expected):
    views = {(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"}
    assert views == expected, facts(text)


@pytest.mark.parametrize("text,expected", [
    # the call ends where another name's move is told: its object is the name before
    (("Rolls-Royce gained 1.9% after UBS lifted its price target on the engine maker, and "
      "BAE Systems rose 1.1%."),
     {"source": "UBS", "subject": "Rolls-Royce Holdings"}),
    (("Lloyds Banking Group added 2% after Morgan Stanley raised its target price on the "
      "lender, but Aviva fell 0.8%."),
     {"source": "Morgan Stanley", "subject": "Lloyds Banking Group"}),
])
def test_a_call_ends_where_another_move_starts(text, expected):
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text,expected", [
    # a move list's cause: the firm's rating change on the name that moved
    ("- Puma +4.1% after Bernstein upgrade", {"source": "Bernstein", "subject": "Puma",
                                              "stance": "bullish"}),
    ("Nike fell 2.6% on a Goldman Sachs downgrade to neutral.",
     {"source": "Goldman Sachs", "subject": "Nike", "stance": "bearish"}),
    ("Adobe gained 3% after the software maker was named a top pick at Morgan Stanley.",
     {"source": "Morgan Stanley", "subject": "Adobe", "stance": "bullish"}),
    # a house the lexicon does not know, by its name's last words
    ("Gap fell 4% following a downgrade to underweight at Acme Advisory Group.",
     {"source": "Acme Advisory Group", "subject": "Gap", "stance": "bearish"}),
    # a passive change: the house rated is the subject, the house after "at" the source
    ("HSBC was lowered to 'hold' from 'buy' at Jefferies, which said the rally looked stretched.",
     {"source": "Jefferies", "subject": "HSBC", "stance": "bearish"}),
    ("Shares of Lloyds fell 2% after the lender was raised to overweight by JPMorgan.",
     {"source": "JPMorgan", "subject": "Lloyds Banking Group", "stance": "bullish"}),
])
def test_a_rating_change_named_by_its_firm_is_a_view(text, expected):
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text", [
    "Market analysts note that the AI narrative is evolving.",
    "Some major financial institutions remain optimistic about the outlook.",
    "Investors pulled $2.1 billion from the fund, according to LSEG Lipper data.",
    # a house's tally of money moved is its data, not its view
    ("Foreign investors added to their holdings of Korean chipmakers in March, buying a net "
     "2.3 trillion won of shares, according to Nomura's estimates."),
    # a director of games is no market source; an executive director at a broker is
    "\"You will see things no other platform can do,\" says Jack Buser, director for games.",
    # an economist's forecast of the economy or policy names no market: no market view
    "Analysts at Nomura expect another 25-basis-point rate cut by March.",
    "Barclays economists now see a 40% chance of a U.S. recession next year.",
    # nor does a forecast of company profits that rates no market
    "Strategists at Barclays said they expect Asian earnings to grow 8% in 2026.",
    # a country's credit rating is no market call
    "Bond yields rose after Fitch's downgrade of Italy's sovereign credit rating.",
    "S&P Global Ratings cut France's credit rating to A+ on Friday.",
    # what was said came before "said": only where it was said follows, no view there
    ("Equity funds saw $7.2 billion of outflows in the week, Morgan Stanley Research said "
     "in its weekly \"Fund Flows\" report, citing EPFR data."),
    ("Bond funds took in $9.3 billion in the week, Citi said, citing EPFR data, with "
     "Japanese stocks drawing $2.2 billion."),
    ("Money market funds drew $41 billion in the week, Citi Research said in its weekly "
     "flow show, citing EPFR data."),
    # a quote on policy alone
    "\"The bar for further cuts is now higher,\" said Jan Berg, an economist at Acme Bank.",
])
def test_no_view_without_a_named_source(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_money_moved_from_a_thing_named_but_unread_is_no_flow_of_funds():
    text = "Investors yanked $900 million from the Acme Gold Basket last week."
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


def test_a_company_lowering_its_own_outlook_is_no_view():
    text = ("Jefferies trimmed its rating on Ping An to hold. Acme Pay sank 6% after the "
            "payments firm lowered its medium-term growth outlook.")
    views = [(f["subject"], f["source"]) for f in facts(text) if f["kind"] == "analyst_view"]
    assert views == [("Ping An Insurance", "Jefferies")]


@pytest.mark.parametrize("text,person", [
    # a person quoted with a role is the source, in any word order; the house is not
    ("Jane Doe, an analyst at Nomura, said the Hang Seng Index could rebound.", "Jane Doe"),
    ("John Roe, research director at Acme Markets, said the Nikkei could drop.", "John Roe"),
    ("Ann Lee, president of Lee Research, raised her S&P 500 target to 7,000.", "Ann Lee"),
    ("Nomura's chief China economist Ana Ruiz said the Hang Seng may rise.", "Ana Ruiz"),
    ("Citi analyst Ben Ong reiterated his buy rating on Tencent.", "Ben Ong"),
    ("Acme Securities executive director Tom Lam said the HSI could test 20,000.", "Tom Lam"),
    ("Morgan Stanley's Tim Ward raised his S&P 500 target to 7,200.", "Tim Ward"),
    # the name set off by commas after the house's role
    (("UBS's head of Asia equity strategy, Leo Fung, expects the Hang Seng Index to end the "
      "year at 24,000."), "Leo Fung"),
    # an adverb between the person and the verb
    ("Barclays' Ann Reid also raised her year-end Stoxx 600 target to 600.", "Ann Reid"),
    ("Nomura's Ken Ito still sees the Nikkei reaching 45,000 by March.", "Ken Ito"),
    # a plural house's bare apostrophe, a title with a dotted word
    ("Jefferies' global head of equity strategy Tom Hale said Indian stocks look cheap.",
     "Tom Hale"),
    ("UBS's chief U.K. equity strategist Amy Low wrote that the FTSE 100 looks stretched.",
     "Amy Low"),
    ("\"Valuations look cheap,\" said Raj Rao, Head of Research, Acme Financial Services.",
     "Raj Rao"),
    ("\"The Nifty may stay volatile,\" said Raj Rao, SVP - Research, Acme Broking Ltd.",
     "Raj Rao"),
    ("\"Europe is the consensus long,\" said Eva Kim, head of European equity strategy at UBS.",
     "Eva Kim"),
    # research's managers and officers of any rank
    (("\"The Kospi may retest 2,600,\" said Min Park, general manager of equity research at "
      "Acme Securities."), "Min Park"),
    ("\"The Sensex looks stretched,\" said Raj Rao, SVP of Research at Acme Broking.", "Raj Rao"),    # the house's possessive before the role
    ("Tom Hale, Nomura's chief equity strategist, said Japanese stocks look cheap.", "Tom Hale"),
])
def test_view_source_is_the_person(text, person):
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == [person]


@pytest.mark.parametrize("text,expected", [
    ("Nomura set a Nifty 50 target of 27,000 for the end of next year.",
     {"source": "Nomura", "subject": "Nifty 50"}),
    ("Mirae Asset Securities raises KOSPI upper band to 3,200 on chip earnings",
     {"source": "Mirae Asset", "subject": "Kospi", "stance": "bullish"}),
])
def test_index_targets_and_bands(text, expected):
    assert has([f for f in facts(text) if f["kind"] == "analyst_view"], expected)


def test_setting_up_is_no_view():
    assert not [f for f in facts("Nomura set up a new fund for Asian credit.")
                if f["kind"] == "analyst_view"]


def test_a_speaker_is_no_subject_and_adding_to_a_market_is_bullish():
    text = ("CLSA lifted its target, while Jefferies' Tom Hale said he was adding to "
            "Korean equities and cutting exposure to India.")
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert ("Tom Hale", "Korean equities", "bullish") in views
    assert "Tom Hale" not in [subject for _, subject, _ in views]


# what a view prefers something over, or rotates out of, is not what it is about
@pytest.mark.parametrize("text,subject", [
    ("Nomura said it favours large-cap Japanese equities over small caps.", "Japanese equities"),
    ("BofA said it prefers Korean stocks over chipmakers.", "Korean stocks"),
])
def test_what_a_view_prefers_over_is_no_subject(text, subject):
    assert view_subjects(text) == [subject]


# in a quote, a capitalised word the lexicon does not know is no subject
@pytest.mark.parametrize("text,subject", [
    # names nothing, no market told: stocks at large, never its source
    ("\"Tariff noise will dominate trading for weeks,\" said Ann Lee, a strategist at Nomura.",
     "stocks"),
    (("\"FII selling should ease as valuations look cheap for Indian stocks,\" said Raj Rao, "
      "an analyst at Acme Securities."), "Indian stocks"),
])
def test_an_unknown_word_in_a_quote_is_no_subject(text, subject):
    assert view_subjects(text) == [subject]


# a view that names nothing but refers back ("the index", "the shares") is about what the
# reference names; a quote that names nothing is about what its speaker's "who" clause names
@pytest.mark.parametrize("text,subject", [
    (("The Kospi fell 1.2% to 2,530.4. Analysts at Daishin Securities said the index could "
      "slip further toward 2,450 next week."), "Kospi"),
    (("Xiaomi jumped 6% after its car orders beat forecasts. Citi said the stock could "
      "rally a further 25% by year-end."), "Xiaomi"),
    (("\"The order book is stronger than anyone expected,\" said Jane Ho, an analyst at "
      "Acme Securities, who kept a buy rating on Samsung Electronics."), "Samsung Electronics"),
    (("\"Investors are taking money off the table,\" said Ken Abe, a strategist at Acme "
      "Securities, who expects the Nikkei to stay in a range for now."), "Nikkei 225"),
    (("Li Auto slumped 8% after weak delivery guidance. \"Margins will stay under pressure,\" "
      "said Amy Wu, an analyst at Acme Securities, who cut her rating to hold."), "Li Auto"),
])
def test_a_view_naming_nothing_is_about_what_it_refers_to(text, subject):
    assert view_subjects(text) == [subject]


# "the stock" opening a paragraph refers to the one company of the paragraph before; when
# that paragraph names several, not to the last of them
@pytest.mark.parametrize("text,subject", [
    (("Nvidia jumped 9% after results beat forecasts.\n\nSeveral brokers lifted their targets "
      "on the stock. Jefferies raised its price target to $700."), "Nvidia"),
    (("Nvidia jumped 9% after results beat forecasts. Peer AMD rose 2%. Intel added "
      "1%.\n\nSeveral brokers lifted their targets on the stock. Jefferies raised its price "
      "target to $700."), "Jefferies"),  # a price target on none of them: subject untold
])
def test_the_stock_after_a_paragraph_of_several_companies_is_none_of_them(text, subject):
    assert view_subjects(text) == [subject]


# the names of a call's reason ("..., saying the TCS deal ...") are not what it rates
@pytest.mark.parametrize("text,subject", [
    (("Shares of Infosys rose 2%. Jefferies reiterated its buy rating, saying the TCS deal "
      "showed demand was recovering."), "Infosys"),
    ("Jefferies upgraded Infosys to buy, saying TCS was losing share.", "Infosys"),
])
def test_a_name_in_the_reason_of_a_call_is_not_its_subject(text, subject):
    assert view_subjects(text) == [subject]


# "the market" of a quote is the report's market: its main index where it has one
@pytest.mark.parametrize("text,subject", [
    (("Taiwan stocks slipped 0.4% to 22,310.5. \"The market is likely to consolidate near "
      "22,000,\" said Lin Mei, an analyst at Acme Securities."), "Taiex"),
    (("Hong Kong stocks rose 1.1%. Joe Lam, a strategist at Acme Securities, said the market "
      "lacked fresh catalysts."), "Hang Seng Index"),
    (("The S&P 500 fell 0.6% and the Nasdaq lost 1%. \"The market wanted a dovish tilt,\" "
      "said Ann Cole, a strategist at Acme Advisors."), "U.S. stocks"),  # two main indices
])
def test_the_market_of_a_view_is_the_report_s_market(text, subject):
    assert view_subjects(text) == [subject]


@pytest.mark.parametrize("text,subject", [
    ("HSBC downgraded India to neutral from overweight, citing stretched valuations.", "India"),
    ("Morgan Stanley's Ann Lee trimmed Taiwan's weighting in her Asia portfolio.", "Taiwan"),
    ("Goldman Sachs said it remains overweight China into the second half.", "China"),
    ("Nomura cut its rating on Xiaomi to neutral.", "Xiaomi"),
])
def test_a_country_rated_as_a_market_is_the_subject(text, subject):
    assert view_subjects(text) == [subject]


def test_a_view_on_inflation_and_stocks_is_a_market_view():
    text = ("\"Inflation is cooling, and that is a tailwind for stocks,\" said Ann Lee, chief "
            "market strategist at Acme Wealth.")
    assert [(f["source"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"] == [
        ("Ann Lee", "bullish")]


def test_a_quote_of_two_sentences_is_its_speaker_s_view():
    text = ("\"Earnings have held up. We see the Nikkei rising toward 42,000 by March,\" said "
            "Ken Sato, a strategist at Acme Securities.")
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["source"], f["subject"], f["stance"]) for f in found] == [
        ("Ken Sato", "Nikkei 225", "bullish")], found


def test_a_quote_in_single_marks_is_its_speaker_s_view():
    text = ("'The Kospi looks stretched here, and it's hard to see more upside,' said Jane Park, "
            "senior strategist at Mirae Asset Securities.")
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["subject"], f["source"], f["stance"]) for f in found] == \
        [("Kospi", "Jane Park", "bearish")], found


def test_a_quote_said_by_analysts_at_a_house_is_the_house_s_view():
    text = ("\"The buyback signals confidence in the cash flow,\" said analysts at Nomura, who "
            "raised their target on Sony to 4,200 yen.")
    found = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [f["source"] for f in found] == ["Nomura"], found


def test_a_quote_opening_with_markets_on_rate_cuts_is_a_market_view():
    text = ("\"Equities had priced in too many rate cuts,\" said Tom Hill, a strategist at "
            "Acme Advisors.")
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == ["Tom Hill"]


# the market a view names before a sector or an index is what it is about
@pytest.mark.parametrize("text,subject", [
    ("UBS said it stayed overweight on Japanese stocks but cut its exposure to exporters.",
     "Japanese stocks"),
    ("Morgan Stanley upgraded Taiwan stocks to overweight and raised its Taiex target.",
     "Taiwan stocks"),
    # with the kind of stocks written after it, not the whole market
    ("Daiwa analysts said Hong Kong dividend stocks would stay in favour this year.",
     "Hong Kong dividend stocks"),
])
def test_a_market_named_first_is_the_subject(text, subject):
    assert view_subjects(text) == [subject]


def test_a_team_is_no_person():
    text = "Morgan Stanley's Asia Pacific team said it prefers Japanese stocks."
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == ["Morgan Stanley"]


@pytest.mark.parametrize("text,source", [
    (("Margin debt could hit a record this month, according to estimates from Nomura, which "
      "sees the Nikkei reaching 45,000 by March."), "Nomura"),
    (("Brokers trimmed their targets on the stock, including Citi, which lowered its target "
      "on Tencent to HK$600."), "Citi"),
])
def test_a_house_then_which_and_a_view_verb_is_the_source(text, source):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [v["source"] for v in views] == [source], views


def test_two_views_in_one_sentence():
    text = ("Goldman Sachs raised its KOSPI target to 3,100, while Macquarie downgraded "
            "SK Hynix to neutral.")
    sources = {f["source"] for f in facts(text) if f["kind"] == "analyst_view"}
    assert {"Goldman Sachs", "Macquarie"} <= sources


@pytest.mark.parametrize("text,expected", [
    (("Nomura downgraded Chinese banks to neutral and cut its target price for Tencent "
      "to HK$500 from HK$560."),
     {"subject": "Tencent Holdings", "stance": "bearish"}),
    (("UBS upgraded Korean equities to overweight, citing chip earnings, and raised its "
      "Kospi target to 3,400."),
     {"subject": "Kospi", "stance": "bullish"}),
    (("HSBC lifted its year-end target for the Nikkei to 45,000, and said it remains "
      "overweight Indian equities."),
     {"subject": "Indian equities", "stance": "bullish"}),
    # a kept state with its article and noun; a trimmed target
    (("UBS lifted its Kospi target to 3,600, but kept its neutral stance on Korean "
      "equities."),
     {"subject": "Korean equities", "stance": "neutral"}),
    (("Barclays raised its Stoxx 600 target to 620 and reiterated an underweight call on "
      "UK equities."),
     {"subject": "UK equities", "stance": "bearish"}),
    (("Jefferies said it sees limited upside for Taiwan stocks, and trimmed its year-end "
      "target for the Taiex to 21,000."),
     {"subject": "Taiex", "stance": "bearish"}),
])
def test_a_joined_target_or_kept_call_is_a_second_view(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 2 and has(views, expected), views


def test_a_neutral_first_call_on_nothing_named_gives_way_to_the_joined_call():
    text = ("Nomura strategists said southbound inflows could reach a record this year, and "
            "kept an overweight view on the Hang Seng Index.")
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["subject"], f["stance"]) for f in views] == [("Hang Seng Index", "bullish")]


@pytest.mark.parametrize("text,expected", [
    ("Piper Sandler boosted its price objective on Adobe to $620 from $560.",
     {"source": "Piper Sandler", "subject": "Adobe", "stance": "bullish"}),
    ("Bernstein slashed its target on Nike to $70, keeping a market-perform rating.",
     {"source": "Bernstein", "subject": "Nike", "stance": "bearish"}),
    ("Mizuho bumped its price target on Apple to $250.",
     {"source": "Mizuho", "subject": "Apple", "stance": "bullish"}),
    ("Wedbush added Microsoft to its tactical outperform list.",
     {"source": "Wedbush Securities", "subject": "Microsoft", "stance": "bullish"}),
])
def test_colloquial_target_verbs_are_calls(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and has(views, expected), views


@pytest.mark.parametrize("text,expected", [
    ("Elsewhere, Barclays moved Deere to overweight, citing a farm-cycle recovery.",
     {"source": "Barclays", "subject": "Deere & Co", "stance": "bullish"}),
    ("Wolfe Research resumed coverage of Intel at underperform.",
     {"source": "Wolfe Research", "subject": "Intel", "stance": "bearish"}),
    ("Evercore ISI resumed coverage of Boeing at strong buy.",
     {"source": "Evercore ISI", "subject": "Boeing", "stance": "bullish"}),
    # a call after a comma, in -ing
    ("Jefferies' Chris Wood went further, trimming his weighting of Taiwan stocks.",
     {"subject": "Taiwan stocks", "stance": "bearish"}),
])
def test_moved_resumed_and_comma_ing_calls(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and has(views, expected), views


@pytest.mark.parametrize("text", [
    # an -ing call that names nothing would print its house as its subject
    "Citi's Scott Chronert went further, lifting his year-end forecast to 6,800.",
    "Tesla shares rose 4%, lifting the Nasdaq.",
    "Goldman Sachs resumed its buyback, cutting its share count.",
])
def test_no_comma_ing_call_on_nothing_named(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_a_quote_then_the_house_s_analysts_said_is_the_house_s_view():
    text = ("\"We see further upside for Korean chipmakers into the second half,\" Macquarie "
            "analysts said in a note.")
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["source"], f["subject"], f["stance"]) for f in views] == \
        [("Macquarie", "semiconductors", "bullish")], views


def test_slashing_its_own_plans_is_no_call():
    text = "Goldman Sachs slashed 3% of its workforce and boosted its buyback."
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_a_joined_target_on_the_shares_is_no_market_view():
    text = ("Citi upgraded Meituan to buy and raised its price target on the Hong Kong "
            "shares to HK$180.")
    assert view_subjects(text) == ["Meituan"]


@pytest.mark.parametrize("text,expected", [
    (("Mainland investors bought a net HK$5.2 billion of Hong Kong shares through the "
     "southbound Stock Connect."),
     {"subject": "southbound", "direction": "in", "amount": "HK$5.2 billion",
      "currency": "HKD"}),
    ("Foreign investors sold a net 410 billion won of Korean shares.",
     {"subject": "foreign investors", "direction": "out", "amount": "410 billion won",
      "currency": "KRW"}),
    ("Foreign investors were net sellers of NT$18.6 billion of Taiwan stocks.",
     {"subject": "foreign investors", "direction": "out", "currency": "TWD"}),
    ("Foreign investors net sold 12.8 billion yuan of shares via the northbound Stock Connect.",
     {"subject": "northbound", "direction": "out", "currency": "CNY"}),
    # the amount bought or sold of one company is that company's flow, not the market's
    ("Mainland investors bought a net HK$1.1 billion of Tencent shares on Tuesday.",
     {"subject": "Tencent Holdings", "direction": "in", "amount": "HK$1.1 billion"}),
    ("Foreign investors net sold 540 billion won worth of Samsung Electronics shares.",
     {"subject": "Samsung Electronics", "direction": "out", "currency": "KRW"}),
    ("Foreign portfolio investors sold shares worth 2,300 crore rupees on Tuesday.",
     {"subject": "foreign investors", "direction": "out", "amount": "2,300 crore rupees",
      "currency": "INR"}),
    ("FPIs bought a net Rs 1,200 crore of Indian equities.",
     {"subject": "foreign investors", "direction": "in", "currency": "INR"}),
    ("Dealers net sold NT$3.2 billion of Taiwan shares.",
     {"subject": "proprietary traders", "direction": "out", "amount": "NT$3.2 billion"}),
    ("Exchange-traded funds tracking the CSI 300 saw net inflows of 18.6 billion yuan.",
     {"subject": "ETF", "direction": "in", "amount": "18.6 billion yuan"}),
    # more verbs and noun forms of a flow
    ("DIIs purchased shares worth Rs 2,870.15 crore on Friday.",
     {"subject": "institutional investors", "direction": "in", "amount": "Rs 2,870.15 crore"}),
    ("Foreign investors net-purchased 640 billion won of shares.",
     {"subject": "foreign investors", "direction": "in", "amount": "640 billion won"}),
    ("Foreigners net-sold 640 billion won of shares.",
     {"subject": "foreign investors", "direction": "out", "amount": "640 billion won"}),
    ("Foreigners unloaded a net 640 billion won of shares.",
     {"subject": "foreign investors", "direction": "out", "amount": "640 billion won"}),
    ("Foreign investors were net purchasers of 88 billion won of stocks.",
     {"subject": "foreign investors", "direction": "in", "amount": "88 billion won"}),
    ("Gold ETFs took in a net $900 million on Tuesday.",
     {"subject": "Gold ETFs", "direction": "in", "amount": "$900 million"}),
    ("Domestic mutual funds invested Rs 41,200 crore in equities in May.",
     {"subject": "Domestic mutual funds", "direction": "in", "amount": "Rs 41,200 crore"}),
    ("Investors pulled $2.4 billion from U.S. bond funds last week.",
     {"subject": "U.S. bond funds", "direction": "out", "amount": "$2.4 billion"}),
    ("Investors added $3.3 billion to European equity funds.",
     {"subject": "European equity funds", "direction": "in", "amount": "$3.3 billion"}),
    ("Investors yanked $1.1 billion from the Invesco QQQ Trust.",
     {"subject": "Invesco QQQ Trust", "direction": "out", "amount": "$1.1 billion"}),
    ("Investors pulled $2.1 billion from the iShares Silver Shares on Monday.",
     {"subject": "iShares Silver Shares", "direction": "out", "amount": "$2.1 billion"}),
    ("Investors parked $48.2 billion in money market funds in the week.",
     {"subject": "money market funds", "direction": "in", "amount": "$48.2 billion"}),
    # a headline's present tense
    ("Foreigners pull $2.1 bln from Indonesian bonds in March",
     {"subject": "foreign investors", "direction": "out", "amount": "$2.1 bln"}),
    ("Northbound investors pour 12 bln yuan into A-shares",
     {"subject": "northbound", "direction": "in", "amount": "12 bln yuan"}),
    # the world's investors moving money between kinds of funds: the funds' flow
    ("Global investors yanked $2.3 billion from Japan equity funds in the latest week.",
     {"subject": "Japan equity funds", "direction": "out", "amount": "$2.3 billion"}),
    ("Global funds poured $900 million into Europe bond funds, data from EPFR showed.",
     {"subject": "Europe bond funds", "direction": "in", "amount": "$900 million"}),
    ("Net southbound purchases reached HK$6.4 billion on Friday.",
     {"subject": "southbound", "direction": "in", "amount": "HK$6.4 billion"}),
    ("FPI outflows in March totalled Rs 12,300 crore.",
     {"subject": "foreign investors", "direction": "out", "amount": "Rs 12,300 crore"}),
    ("Japan equity funds attracted $900 million in the week.",
     {"subject": "Japan equity funds", "direction": "in", "amount": "$900 million"}),
    ("Retail investors put a net £600 million into equity funds in April.",
     {"subject": "retail investors", "direction": "in", "amount": "£600 million"}),
    # the amount before a flow noun
    ("Bond funds drew $2.7 billion of inflows last week.",
     {"subject": "Bond funds", "direction": "in", "amount": "$2.7 billion"}),
    ("Equity ETFs saw $1.9 billion in net outflows.",
     {"subject": "Equity ETFs", "direction": "out", "amount": "$1.9 billion"}),
    # fund-flow verbs, and headlines in the present tense
    ("Emerging-market bond funds drew $3.4 billion last week.",
     {"subject": "Emerging-market bond funds", "direction": "in", "amount": "$3.4 billion"}),
    ("ETFs tracking the STAR 50 absorbed 4.1 billion yuan on Monday.",
     {"subject": "ETF", "direction": "in", "amount": "4.1 billion yuan"}),
    ("Growth funds shed $1.5 billion in the week to Wednesday.",
     {"subject": "Growth funds", "direction": "out", "amount": "$1.5 billion"}),
    # "pulled in" is money coming in, "pulled" alone money going out
    ("The Vanguard Total Bond Market ETF, by contrast, pulled in $2.2 billion.",
     {"subject": "Vanguard Total Bond Market ETF", "direction": "in", "amount": "$2.2 billion"}),
    ("Foreign investors dump 1.2 trillion won of shares as chip stocks slide",
     {"subject": "foreign investors", "direction": "out", "amount": "1.2 trillion won"}),
    # South-east Asian currencies
    ("Foreign investors were net sellers of 540 billion dong on Friday.",
     {"subject": "foreign investors", "direction": "out", "amount": "540 billion dong",
      "currency": "VND"}),
    ("Foreign investors bought 1.3 trillion rupiah of Indonesian shares.",
     {"subject": "foreign investors", "direction": "in", "currency": "IDR"}),
    ("FPIs sell Rs 3,100 crore of Indian equities",
     {"subject": "foreign investors", "direction": "out", "amount": "Rs 3,100 crore"}),
    # the flow noun before the funds
    ("Inflows into equity mutual funds slowed 9% to Rs 25,082 crore in July.",
     {"subject": "funds", "direction": "in", "amount": "Rs 25,082 crore"}),
    ("Net outflows from high-yield bond funds reached $2.4 billion in the week.",
     {"subject": "funds", "direction": "out", "amount": "$2.4 billion"}),
    # the ETFs money was pulled from; fund flows "gathered" and "taking in"; non-residents
    ("Investors withdrew $900 million from European equity ETFs last month.",
     {"subject": "European equity ETFs", "direction": "out", "amount": "$900 million"}),
    ("Bond ETFs gathered $6.2 billion in April.",
     {"subject": "Bond ETFs", "direction": "in", "amount": "$6.2 billion"}),
    # a kind of fund by its size or style, or funds seeing withdrawals; two kinds sharing
    # "respectively" give no flow until each takes its own amount
    ("Mid-cap funds drew $700 million, while small-cap funds lost $450 million.",
     {"subject": "small-cap funds", "direction": "out", "amount": "$450 million"}),
    ("Value funds saw net withdrawals of $2.3 billion last week.",
     {"subject": "Value funds", "direction": "out", "amount": "$2.3 billion"}),
    ("The SPDR Gold Trust saw $410 million of outflows on Tuesday.",
     {"subject": "SPDR Gold Trust", "direction": "out", "amount": "$410 million"}),
    ("The Acme Clean Energy ETF saw $320 million of withdrawals on Monday.",
     {"subject": "Acme Clean Energy ETF", "direction": "out", "amount": "$320 million"}),
    ("Equity funds took in $8 billion, with Japan funds taking in $1.1 billion.",
     {"subject": "Japan funds", "direction": "in", "amount": "$1.1 billion"}),
    # a fund named with its ticker in brackets
    ("State Street's SPDR Gold Trust (GLD) recorded net outflows of $640 million.",
     {"subject": "SPDR Gold Trust", "direction": "out", "amount": "$640 million"}),
    ("Non-residents bought a net 2.3 billion rand of local bonds on Tuesday.",
     {"subject": "foreign investors", "direction": "in", "amount": "2.3 billion rand"}),
    # the foreigners' flow as a noun, with its amount
    ("Retail investors bought 900 billion won, absorbing foreign net selling of 1.1 trillion won.",
     {"subject": "foreign investors", "direction": "out", "amount": "1.1 trillion won"}),
    ("Thai stocks drew foreign inflows of $210 million last week.",
     {"subject": "foreign investors", "direction": "in", "amount": "$210 million"}),
    # Malaysia's weekly flow reports call retail investors "local retailers"
    ("Local retailers were net sellers of RM15.2 million on Friday.",
     {"subject": "retail investors", "direction": "out", "amount": "RM15.2 million",
      "currency": "MYR"}),
    # the sign written on the figure
    ("Foreign investors sold a net Rp1.3 trillion of Indonesian stocks last week.",
     {"subject": "foreign investors", "direction": "out", "currency": "IDR"}),
    ("Foreign investors net sold VND820 billion worth of Vietnamese shares on Monday.",
     {"subject": "foreign investors", "direction": "out", "currency": "VND",
      "amount": "VND820 billion"}),
    # a holdings change by an amount; a headline's plural verb
    ("The Taiex slipped 0.6% as foreign investors trimmed their holdings by NT$8.2 billion.",
     {"subject": "foreign investors", "direction": "out", "amount": "NT$8.2 billion"}),
    ("Foreigners reduced their holdings of local shares by NT$3.1 billion on Tuesday.",
     {"subject": "foreign investors", "direction": "out", "amount": "NT$3.1 billion"}),
    ("Southbound investors snap up HK$12.4 bln of Hong Kong shares as tech rallies",
     {"subject": "southbound", "direction": "in", "amount": "HK$12.4 bln"}),
])
def test_capital_flows(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert has(found, expected), found


def test_movers_sharing_a_verb_take_their_amounts_respectively():
    found = [f for f in facts("Foreigners sold a net 123.4 billion won worth of stocks, while "
                              "institutions and individuals bought 80.2 billion won and 40.1 "
                              "billion won, respectively.") if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == [
        ("foreign investors", "out", "123.4 billion won"),
        ("institutional investors", "in", "80.2 billion won"),
        ("retail investors", "in", "40.1 billion won")]
    # without "respectively" the amount is the pair's, not the second one's
    (flow,) = [f for f in facts("Institutions and individuals bought 80.2 billion won of shares.")
               if f["kind"] == "capital_flow"]
    assert "amount" not in flow


def test_signed_flow_lines():
    found = [f for f in facts("Foreigners: -KRW 98.6bn | Institutions: +KRW 40.2bn | "
                              "Retail: +KRW 55.1bn") if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == [
        ("foreign investors", "out", "KRW 98.6bn"),
        ("institutional investors", "in", "KRW 40.2bn"),
        ("retail investors", "in", "KRW 55.1bn")]
    assert not [f for f in facts("Foreign investors - KRW 98.6bn") if f["kind"] == "capital_flow"]
    # without colons; "Retail" alone is a mover only beside other movers
    found = [f for f in facts("Foreigners -KRW 71.3bn | Retail +KRW 64.0bn")
             if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"]) for f in found] == [
        ("foreign investors", "out"), ("retail investors", "in")]
    assert not [f for f in facts("Retail net sales rose 5% to $3.1 billion.")
                if f["kind"] == "capital_flow"]


# trillions and billions as wires abbreviate them: "trn", "trln", "bln"
@pytest.mark.parametrize("text,amount", [
    ("Foreigners -KRW 1.93trn | Retail +KRW 1.62trn", "KRW 1.93trn"),
    ("Foreign investors sold a net 1.4 trln won of shares.", "1.4 trln won"),
    ("Foreign investors bought 730 bln won of shares.", "730 bln won"),
    # India's "cr" for crore
    ("Foreign investors net sold Rs 2,145.6 cr on Tuesday.", "Rs 2,145.6 cr"),
])
def test_abbreviated_scales(text, amount):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert (found[0]["subject"], found[0]["amount"]) == ("foreign investors", amount)


def test_an_amount_abbreviated_in_the_headline_is_the_same_flow():
    text = ("Foreign investors sell net KRW 1.2 trln of Korean shares\n\n"
            "Foreign investors sold a net 1.2 trillion won of Korean shares on Friday.")
    assert len([f for f in facts(text) if f["kind"] == "capital_flow"]) == 1


def test_dealers_among_other_investors_are_securities_dealers():
    found = [f for f in facts("Investment trusts sold NT$2.1 billion and dealers sold NT$0.9 "
                              "billion.") if f["kind"] == "capital_flow"]
    assert ("proprietary traders", "out") in [(f["subject"], f["direction"]) for f in found]


def test_several_flows_in_one_sentence():
    text = ("Foreigners sold a net 321.4 billion won of stocks and institutions sold 150.2 "
            "billion won, while retail investors were net buyers of 466.1 billion won.")
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert {(f["subject"], f["direction"]) for f in found} == {
        ("foreign investors", "out"), ("institutional investors", "out"),
        ("retail investors", "in")}


def test_they_after_the_investors_named_before_are_those_investors():
    text = ("Mainland investors bought HK$5 billion of local shares via the link last week. "
            "On Tuesday alone, they purchased a net HK$2.3 billion.")
    found = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert ("southbound", "in", "HK$2.3 billion") in found
    # an abbreviation's stop inside the sentence before is no sentence end
    text = ("Overseas investors sold a net 210 billion yen of Japanese shares in the week to "
            "Oct. 4, Ministry of Finance data showed. They also bought 450 billion yen of bonds.")
    assert [f["amount"] for f in facts(text) if f["kind"] == "capital_flow"] == \
        ["210 billion yen", "450 billion yen"]
    for text in (("Foreign investors dumped 900 billion won of shares. Brokers said they bought "
                 "200 billion won of bonds."),
                 ("Foreign investors dumped 900 billion won of shares this month. In April, they "
                 "had bought 200 billion won.")):
        assert [f["amount"] for f in facts(text) if f["kind"] == "capital_flow"] == \
            ["900 billion won"]


@pytest.mark.parametrize("text,expected", [
    (("Southbound investors were net sellers of HK$3.4 billion on Thursday, paring their net "
      "buying for the week to HK$9.8 billion."),
     [("southbound", "out", "HK$3.4 billion"), ("southbound", "in", "HK$9.8 billion")]),
    (("Foreigners bought a net 85 billion won of shares, bringing their net purchases this month "
      "to 1.9 trillion won."),
     [("foreign investors", "in", "85 billion won"), ("foreign investors", "in", "1.9 trillion won")]),
    # a total that is no flow
    ("Foreigners bought a net 85 billion won of shares, taking the index to 2,650.",
     [("foreign investors", "in", "85 billion won")]),
])
def test_a_running_total_is_a_second_flow(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text", [
    "Turnover on the main board was HK$182.5 billion, below the 20-day average.",
    "Investors kept buying the companies that build AI data centres.",
    "Local auto dealers sold 30,154 new cars, trucks and SUVs in October.",
    # these verbs need an amount
    "Foreign investors added to their positions in chipmakers.",
    "Foreign investors pulled back from chip stocks.",
    "Foreign investors pull back from Korean chip stocks",
    "Hedge funds added $3 billion of bets against the yen.",
    # a generic mover at the end of a name
    "Citic Capital added $1 billion to its stake in the lender.",
    "Fidelity Funds sold $1 billion of bonds.",
    # flow verbs of other senses need an amount
    "Investors drew comfort from the central bank's remarks.",
    "Investors shed riskier assets after the data.",
    # the crowd piling in with no amount is the mood of the day
    "Shanghai stocks rose as investors piled into solar and battery makers.",
    # a forecast of a flow is no flow
    "Strategists said northbound inflows may top 200 billion yuan this year.",
    # a reason a house cites for its call, with no amount
    "UBS lifted its Hang Seng Index target to 26,000, citing steady southbound inflows.",
    "Southbound purchases could reach HK$1 trillion in 2026, the bank said.",
    # the support an analyst's outlook counts on, with no amount
    "A Haitong strategist expects the index to test 26,000, helped by southbound buying.",
    # the investors after a modal: what a house expects, not the day's flow
    "Nomura raised its Nikkei target, saying buybacks would keep foreign money flowing into Japan.",
    # losses in value, not flows: of investors, of a bet, of a price
    "Investors lost $1.5 trillion as the selloff deepened.",
    "Hedge funds lost $4 billion on the trade, people familiar said.",
    "The SPDR S&P Biotech ETF lost 2.7% on Monday.",
    "Insurers gained, with AIA up 2.1% and Prudential adding 1.4%.",
    # a bank named "... Trust" selling bonds; trust lost is no fund
    "The Northern Trust sold $2 billion of bonds on Monday.",
    "Investors lost trust in the rally after the payrolls miss.",
    # inflows or outflows without an amount are a trend, not the day's flow
    "Indian shares slipped amid persistent foreign fund outflows.",
    # what they hold after the change, not the change
    "Foreign investors cut their holdings of local bonds to NT$1.2 trillion in May.",
])
def test_not_a_flow(text):
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


@pytest.mark.parametrize("text,expected", [
    ("Foreigners snapped up a net 95 billion won of shares, ending a four-day selling streak.",
     [("in", "95 billion won")]),
    ("Foreign investors dumped shares worth 95 billion won, snapping a four-day buying streak.",
     [("out", "95 billion won")]),
    # the main verb is unknown: no flow, never the streak's
    ("Foreign investors acquired 95 billion won of shares, ending a four-day selling streak.",
     []),
    # a streak that ended is no flow of the day
    ("Taipei stocks rose as overseas investors came back after a five-session selling spree.",
     []),
    ("Foreigners were back in the market on Friday, snapping their long selling streak.", []),
])
def test_a_streak_in_an_aside_never_sets_the_direction(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("The European Central Bank cut its deposit rate by 25 basis points to 2.75%.",
     {"direction": "down", "level": 2.75, "points": 25.0}),
    ("China's official manufacturing PMI rose to 50.4 in March.",
     {"direction": "up", "level": 50.4}),
    ("China kept its one-year loan prime rate at 3.1% on Monday.",
     {"direction": "flat", "level": 3.1}),
    ("U.S. consumer prices rose 0.4% in September.", {"direction": "up", "change_pct": 0.4}),
    ("The yield on the benchmark 10-year Treasury note rose 6 basis points to 4.42%.",
     {"direction": "up", "points": 6.0, "level": 4.42}),
    ("Germany's 10-year Bund yield fell 3 bps to 2.41%.",
     {"direction": "down", "points": 3.0, "level": 2.41}),
    # France's and Italy's government bonds
    ("The yield on France's 10-year OAT rose 7 bps to 3.38%.",
     {"subject": "10-year OAT yield", "direction": "up", "points": 7.0, "level": 3.38}),
    ("Italy's 10-year BTP yield fell 4 basis points to 3.49%.",
     {"subject": "10-year BTP yield", "direction": "down", "points": 4.0, "level": 3.49}),
    ("The one-month Hibor rose to 4.52%, its highest since July.",
     {"direction": "up", "level": 4.52}),
    # a reading against the one before: its direction as told
    ("Japan's jobless rate was 2.4% in June, down from 2.6% in May.",
     {"subject": "jobless rate", "direction": "down", "level": 2.4}),
    ("New yuan loans came to 540 billion yuan in July, up from 310 billion yuan a year earlier.",
     {"subject": "New yuan loans", "direction": "up", "amount": "540 billion yuan"}),
    # a rate that "rose 3.1%, down from 3.4%": the figure is its reading, and it eased
    ("Core inflation rose 3.1% in the year to March, down from 3.4% in February.",
     {"subject": "Core inflation", "direction": "down", "level": 3.1, "change_pct": None}),
    # Latin America's policy rates by name
    ("Brazil's central bank raised the Selic rate by 50 basis points to 14.75%.",
     {"subject": "Selic rate", "direction": "up", "points": 50.0, "level": 14.75}),
    ("Mexico's central bank cut its overnight interbank rate by 25 basis points to 9%.",
     {"subject": "overnight interbank rate", "direction": "down", "points": 25.0, "level": 9.0}),
    # policy rates named lending rates; the JOLTS job openings, a count
    ("The central bank cut its main lending rate by 50 basis points to 8.25%.",
     {"subject": "main lending rate", "direction": "down", "points": 50.0, "level": 8.25}),
    ("The central bank raised its overnight lending rate to 41% on Thursday.",
     {"subject": "overnight lending rate", "direction": "up", "level": 41.0}),
    ("U.S. job openings fell to 7.4 million in March, the Labor Department said.",
     {"subject": "job openings", "direction": "down", "level": 7400000.0}),
    # a threshold crossed is the level ("topped 5%" is no 5% change)
    ("The 10-year Bund yield topped 3% for the first time since March.",
     {"direction": "up", "level": 3.0, "change_pct": None}),
    # central Europe's policy rate named a reference rate; orders placed with factories
    ("Hungary's central bank kept its reference rate on hold at 6.5% on Tuesday.",
     {"subject": "reference rate", "direction": "flat"}),
    ("Industrial orders in France dropped 1.4% from the previous month in May.",
     {"subject": "Industrial orders", "direction": "down", "change_pct": 1.4}),
    ("The yield on 10-year Treasuries declined two basis points to 4.38%.",
     {"direction": "down", "points": 2.0, "level": 4.38}),
    # "up to" after a verb is its particle, not a ceiling: the figure is the level
    ("Inflation ticked up to 3.1% in August.", {"direction": "up", "level": 3.1}),
    # an indicator told with its verb is named by the indicator
    ("The country's economy grew 4.1% in the third quarter.",
     {"subject": "GDP", "direction": "up", "change_pct": 4.1}),
    ("The UK economy shrank 0.3% in July.", {"subject": "GDP", "direction": "down",
                                             "change_pct": 0.3}),
    # a policy band
    ("The Fed cut interest rates by a quarter point to a range of 3.75%-4.00%.",
     {"direction": "down", "range": [3.75, 4.0]}),
    ("The Fed held its benchmark interest rate in the 3.50% to 3.75% range.",
     {"direction": "flat", "range": [3.5, 3.75]}),
    # US and Chinese data-day indicators
    ("Initial jobless claims rose 6,000 to 241,000 last week.",
     {"subject": "Initial jobless claims", "direction": "up", "level": 241000.0}),
    ("The personal consumption expenditures price index rose 0.1% in May.",
     {"direction": "up", "change_pct": 0.1}),
    ("The ISM manufacturing index fell to 47.9 in June.",
     {"subject": "ISM manufacturing index", "direction": "down", "level": 47.9}),
    ("Consumer sentiment fell to 57.3 in May.",
     {"subject": "Consumer sentiment", "direction": "down", "level": 57.3}),
    ("Broad M2 money supply grew 8.1% from a year earlier.",
     {"subject": "M2 money supply", "direction": "up", "change_pct": 8.1}),
    # a trade balance is money, and it rises with the surplus
    ("Japan's trade deficit widened to 820 billion yen in March.",
     {"subject": "trade balance", "direction": "down", "amount": "820 billion yen"}),
    ("The trade surplus narrowed to $81.5 billion.",
     {"subject": "trade balance", "direction": "down", "amount": "$81.5 billion"}),
    ("The U.S. trade deficit narrowed to $61.6 billion in June.",
     {"subject": "trade balance", "direction": "up", "amount": "$61.6 billion"}),
    ("The trade balance swung to a deficit of $2.3 billion.",
     {"subject": "trade balance", "direction": "down", "amount": "$2.3 billion"}),
    ("Benchmark 10-year yields slid to 4.12%.", {"direction": "down", "level": 4.12}),
    ("The Halifax house price index showed prices fell 0.3% last month.",
     {"subject": "house price index", "direction": "down", "change_pct": 0.3}),
    # wholesale prices are not consumer prices
    ("Wholesale price inflation rose to 1.9% in March.",
     {"subject": "Wholesale price inflation", "direction": "up", "level": 1.9}),
    ("The composite PMI edged up to 51.3 from 50.8.", {"direction": "up", "level": 51.3}),
    ("The yield on 10-year Treasuries advanced four basis points to 4.29%.",
     {"direction": "up", "points": 4.0, "level": 4.29}),
    # a decision announced with the date it takes effect is no forecast
    (("The central bank will lower the reserve requirement ratio by 25 basis points from "
      "June 3, the governor said."),
     {"subject": "reserve requirement ratio", "direction": "down", "points": 25.0}),
    ("The RBI will cut the cash reserve ratio by 50 basis points to 3.5% effective Oct. 4.",
     {"subject": "cash reserve ratio", "direction": "down", "points": 50.0, "level": 3.5}),
    # one destination's trade is named with it, never taken for the headline figure
    ("Shipments to Europe eased, while exports to the United States climbed 7.4%.",
     {"subject": "exports to the United States", "direction": "up", "change_pct": 7.4}),
    # a central bank's own decision, in reported speech or with its date, told for each rate
    (("The central bank said on Tuesday it would trim the reserve requirement ratio by 25 basis "
      "points."), {"subject": "reserve requirement ratio", "direction": "down", "points": 25.0}),
    (("The RBI will lower the cash reserve ratio by 50 basis points from June 6, the governor "
      "said, and cut the one-day repo rate by 25 basis points to 5.75%."),
     {"subject": "one-day repo rate", "direction": "down", "points": 25.0, "level": 5.75}),
    # a reading below zero keeps its sign; "turned negative" is its direction
    ("Wholesale inflation turned negative at -0.4 per cent in May.",
     {"direction": "down", "level": -0.4}),
    ("Consumer prices fell to -0.2% in October.", {"direction": "down", "level": -0.2}),
    # a reading below zero with no direction word is still read (it once raised an error)
    ("Headline inflation stayed negative at -0.4% in April.", {"level": -0.4}),
    ("Consumer prices came in at -0.2% in March, down from -0.1% in February.",
     {"direction": "down", "level": -0.2}),
    ("Fixed-asset investment rose 2.9% in the first seven months.",
     {"subject": "Fixed-asset investment", "direction": "up", "change_pct": 2.9}),
    # Australia's jobs data: "employment" is a count of jobs
    ("Employment rose by 42,300 in May, while the jobless rate held at 4.1%.",
     {"subject": "Employment", "direction": "up", "level": 42300.0}),
    ("The employment cost index rose 0.9% in the quarter.",
     {"subject": "employment cost index", "direction": "up", "change_pct": 0.9}),
    # flat without a figure
    ("France's 10-year yield was little changed, while Bund yields rose.",
     {"subject": "10-year yield", "direction": "flat"}),
    ("The Bank of Korea kept its base rate unchanged on Thursday.",
     {"subject": "base rate", "direction": "flat"}),
    ("Japan's 30-year yield was little changed at 3.05% in Tokyo trade.",
     {"subject": "30-year yield", "direction": "flat", "level": 3.05}),
    # new loans are money, before the term or after it, never the amount they came from
    ("Banks made 920 billion yuan of new loans in June, up from 620 billion yuan in May.",
     {"subject": "new loans", "direction": "up", "amount": "920 billion yuan"}),
    ("New yuan loans fell to 510 billion yuan in July from 1.4 trillion yuan in June.",
     {"subject": "New yuan loans", "direction": "down", "amount": "510 billion yuan"}),
    # a yield on any tenor, named by its tenor and its bond
    ("The yield on benchmark U.S. 10-year notes slid 2.5 basis points to 4.12%.",
     {"subject": "10-year yield", "direction": "down", "points": 2.5, "level": 4.12}),
    ("The yield on five-year Treasury bonds rose 3.1 basis points to 2.74 percent.",
     {"subject": "five-year Treasury yield", "direction": "up", "points": 3.1, "level": 2.74}),
    ("The yield on the 20-year Japanese government bond climbed to 2.6%.",
     {"subject": "20-year JGB yield", "direction": "up", "level": 2.6}),
    ("Yields on Australia's 10-year government bonds rose 4 basis points to 4.3%.",
     {"subject": "10-year yield", "direction": "up", "points": 4.0, "level": 4.3}),
    ("The seven-year yield dipped 2 basis points to 3.9%.",
     {"subject": "seven-year yield", "direction": "down", "points": 2.0, "level": 3.9}),
    # an aside after the indicator: its name and its forecast word are not the data's
    ("Core inflation, closely watched by the Reserve Bank, held at 3.2% in March.",
     {"subject": "Core inflation", "direction": "flat", "level": 3.2}),
    ("The 10-year yield, which reflects growth expectations, rose 5 basis points to 4.6%.",
     {"subject": "10-year yield", "direction": "up", "points": 5.0, "level": 4.6}),
    ("The yield on the five-year Treasury note, which tracks rate bets, rose 4 bps to 4.1%.",
     {"subject": "five-year Treasury yield", "direction": "up", "points": 4.0, "level": 4.1}),
    # ... even when the aside names an indicator of its own
    ("The two-year yield, which is sensitive to interest rate bets, fell 6 bps to 3.8%.",
     {"subject": "two-year yield", "direction": "down", "points": 6.0, "level": 3.8}),
    ("Five-year yields, more sensitive to the policy outlook, rose 3 bps to 3.71%.",
     {"subject": "Five-year yields", "direction": "up", "points": 3.0, "level": 3.71}),
    # ... or who compiles it, named in it
    ("The private Caixin PMI, compiled by S&P Global, rose to 51.2 in May from 50.4.",
     {"subject": "Caixin PMI", "direction": "up", "level": 51.2}),
    # the names statistics offices and central banks use
    (("The number of Americans filing new applications for unemployment benefits rose "
      "4,000 to 231,000."), {"direction": "up", "level": 231000.0}),
    ("The ECB raised its deposit facility rate by 25 basis points to 3.25%.",
     {"subject": "deposit facility rate", "direction": "up", "points": 25.0, "level": 3.25}),
    ("Retail sales volumes fell 1.2% in April.",
     {"subject": "Retail sales volumes", "direction": "down", "change_pct": 1.2}),
    ("Private consumption, about half of the economy, grew 0.3% from the prior quarter.",
     {"subject": "Private consumption", "direction": "up", "change_pct": 0.3}),
    # a change told as a noun before the indicator; no company or fund named with its words
    ("Investment slowed, weighed down by a 9.1% drop in property investment.",
     {"subject": "property investment", "direction": "down", "change_pct": 9.1}),
    # a phrase with a wildcard is told by its indicator's name
    ("Profits at the country's industrial firms fell 4.1% in the first half.",
     {"subject": "industrial profits", "direction": "down", "change_pct": 4.1}),
    # a bond named by the year it matures
    ("The yield on Turkey's benchmark 2032 government bond rose 12 basis points to 28.4%.",
     {"subject": "2032 bond yield", "direction": "up", "points": 12.0, "level": 28.4}),
    ("The yield on the benchmark 10-year government bond fell 3 basis points to 1.2%.",
     {"subject": "10-year yield", "direction": "down", "points": 3.0, "level": 1.2}),
    # producer prices told as an inflation rate
    ("The country's producer inflation eased to 1.4% in March.",
     {"subject": "producer inflation", "direction": "down", "level": 1.4}),
    # the payrolls told by who hired
    ("The U.S. economy added 187,000 jobs in August, more than forecast.",
     {"subject": "jobs", "direction": "up", "level": 187000.0}),
    ("Australia's economy shed 65,000 jobs in April.",
     {"subject": "jobs", "direction": "down", "level": 65000.0}),
    ("Spain added 41,200 jobs in March, the labour ministry said.",
     {"subject": "jobs", "direction": "up", "level": 41200.0}),
    ("Canadian economy sheds 38,000 jobs in May as factories cut staff",  # a headline
     {"subject": "jobs", "direction": "down", "level": 38000.0}),
    # Korea's treasury bonds by their code; a record is the level reached
    ("- 10-year KTB yield: 2.91% (-2.4bp)",
     {"subject": "10-year KTB yield", "direction": "down", "points": 2.4, "level": 2.91}),
    ("The 20-year JGB yield rose 6 basis points to a record 2.655%.",
     {"subject": "20-year JGB yield", "direction": "up", "points": 6.0, "level": 2.655,
      "change_pct": None}),
    # a quote line: the level after the colon, the signed change gives the direction
    ("Germany 10-year yield: 2.61%, -4 bps",
     {"subject": "10-year yield", "direction": "down", "points": 4.0, "level": 2.61}),
    ("Two-year Treasury yield: 3.97% (+2 bps)",
     {"direction": "up", "points": 2.0, "level": 3.97}),
    # the tenor abbreviated, as in market cards
    ("• 30-yr yield: 4.71% (-3 bps)",
     {"subject": "30-yr yield", "direction": "down", "points": 3.0, "level": 4.71}),
    # the survey named with its maker's possessive
    ("The ISM's manufacturing index fell to 47.2 from 48.4 in June.",
     {"subject": "ISM's manufacturing index", "direction": "down", "level": 47.2}),
    # pay growth is wage growth
    ("Regular pay growth slowed to 4.8% in the three months to May.",
     {"subject": "pay growth", "direction": "down", "level": 4.8}),
    # a reading that stayed where it was is flat
    ("Spain's jobless rate remained at 10.4% in the second quarter.",
     {"subject": "jobless rate", "direction": "flat", "level": 10.4}),
    # the change as a word, "bp" written on the figure, no colon after the name
    ("Five-year Treasury yield: 3.82%, up 4 bps",
     {"direction": "up", "points": 4.0, "level": 3.82}),
    ("- 10-year CGB yield: 1.71%, -1.5bp",
     {"subject": "10-year CGB yield", "direction": "down", "points": 1.5, "level": 1.71}),
    ("* Australia 3-year bond yield 3.41%, +2bp",
     {"subject": "3-year bond yield", "direction": "up", "points": 2.0, "level": 3.41}),
    ("- Japan 30-year yield: 2.96% (-1.5 bp)",
     {"subject": "30-year yield", "direction": "down", "points": 1.5, "level": 2.96}),
    # a generic rate cut, then the named rate: one decision, the named rate's
    (("The central bank cut interest rates by 25 basis points on Thursday, lowering its "
      "policy rate to a range of 3.50% to 3.75%."),
     {"subject": "policy rate", "direction": "down", "points": 25.0, "range": [3.5, 3.75]}),
    ("The Reserve Bank raised interest rates by 50 basis points, taking the cash rate to 4.35%.",
     {"subject": "cash rate", "direction": "up", "points": 50.0, "level": 4.35}),
    # MarketWatch's quote code after the yield is no company ("BX" is no Blackstone)
    ("The 2-year Treasury yield BX:TMUBMUSD02Y fell 4 basis points to 3.88%.",
     {"direction": "down", "points": 4.0, "level": 3.88}),
    # a threshold crossed is the level, never a 4.5% change
    ("The 10-year Treasury yield climbed above 4.5% for the first time since May.",
     {"direction": "up", "level": 4.5, "qualifier": "more than", "change_pct": None}),
    # India's wholesale prices named by their base; a rate "slashed" is cut
    ("Wholesale price-based inflation cooled to 0.9 per cent in June from 1.3 per cent.",
     {"subject": "Wholesale price-based inflation", "direction": "down", "level": 0.9}),
    ("The central bank slashed its key policy rate by 75 basis points to 3.5%.",
     {"subject": "policy rate", "direction": "down", "points": 75.0, "level": 3.5}),
    # Germany's two-year paper and India's government securities by their own names
    ("The two-year Schatz yield rose 4 basis points to 2.06%.",
     {"subject": "two-year Schatz yield", "direction": "up", "points": 4.0, "level": 2.06}),
    ("The 10-year G-sec yield eased 2 bps to 6.41%.",
     {"subject": "10-year G-sec yield", "direction": "down", "points": 2.0, "level": 6.41}),
    # the side of the points after a closing verb is the direction
    ("The five-year yield ended 7 basis points higher at 3.88% on Friday.",
     {"direction": "up", "points": 7.0, "level": 3.88}),
    ("Gilt yields closed 4 bps lower at 4.61%.", {"direction": "down", "points": 4.0, "level": 4.61}),
    # a survey's balance in words keeps its sign; the reading before gives the direction
    ("Business confidence slipped to minus 4 from plus 1.", {"direction": "down", "level": -4.0}),
    ("The sentiment index for large makers deteriorated to plus 9 in June from plus 13 in March.",
     {"direction": "down", "level": 9.0}),
    ("Consumer confidence was minus 18 in July, against minus 21 in June.",
     {"direction": "up", "level": -18.0}),
])
def test_macro(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert has(found, expected), found
    assert not [f for f in facts(text) if f["kind"].endswith("_move")]


@pytest.mark.parametrize("text", [
    "The Congressional Budget Office projects that tariffs will reduce GDP by 0.3 percent.",
    "The Fed is expected to cut rates by 25 basis points next week.",
    "The Fed will cut rates by 25 basis points from September, the economists said.",
    "Goldman said it would expect the Fed to cut the policy rate by 25 basis points.",
    "The Fed said it would cut the policy rate by 25 basis points if inflation eased.",
    "The RBA will cut the cash rate by 25 basis points, and tariffs from June 1 may add costs.",
    "The phone has a 5.5-inch display at a PPI of 401 pixels per inch.",
    "The Fed's dual mandate is maximum employment and 2% inflation.",
    "The central bank aims to keep inflation stable.",
    "Analysts expect banks to extend 800 billion yuan in new loans in May.",
    "The Bank of England is expected to keep Bank Rate unchanged on Thursday.",
    "The RBA will keep the cash rate unchanged, the economists said.",
    # polls, forecasts, targets and expectations
    "Economists surveyed by the wire expect the central bank to hold its policy rate at 3%.",
    "A poll of economists showed GDP likely expanded 4.2% in the second quarter.",
    "The IMF raised its forecast for India's economic growth this year to 6.6%.",
    "Bank economists cut their forecast for euro zone GDP growth to 0.8%.",
    "The government set an economic growth target of about 4.5% for the year.",
    "The central bank targets inflation of 2% over the medium term.",
    "Economists expect inflation to slow to 2.6%, and core inflation to 3.0%.",
    "Core inflation is seen at 2.2% next year, according to the central bank's outlook.",
    "Analysts forecast consumer prices rose 0.2% last month.",
    "Economists had expected consumer prices to rise 0.2% in March.",
    "Economists expect inflation to ease, and the central bank to cut its policy rate to 3%.",
    "Economists expect employers added 160,000 jobs last month.",
    "The carmaker said it would cut 14,000 jobs by 2027.",
    "A lender in Canada cut 1,200 jobs last year.",  # a company's jobs, not the country's
    "The PBOC set the yuan's official reference rate at 7.1030 per dollar.",  # a currency fix
    # an indicator closing a "which" aside: the move after it is the noun's before the aside
    "Homebuilders, which are sensitive to interest rates, slid 2.3% on Tuesday.",
    "Lenders, which profit when bond yields climb, gained 1.1%.",
    # the same with no "which": a sector's or a company's background
    "Utility shares, highly sensitive to interest rates, dropped 0.9%.",
    "Acme Steel, seen as the big winner from duties on imports, was up about 4%.",
    # the previous period's figure after "after ...ing" is not this period's reading
    "Factory output stalled in March after growing 0.7% in February.",
    # a change told as a noun in a forecast; a fund named with an indicator's words
    "Economists expect a 4% rise in property investment next year.",
    "Property investment trusts rose 1.8% in afternoon trade.",
])
def test_forecasts_and_other_senses_are_not_macro_data(text):
    assert not [f for f in facts(text) if f["kind"] == "macro"]


def test_a_gold_funds_holdings_in_tonnes_are_no_stock_move():
    text = "Holdings of Acme Gold Shares, the largest bullion fund, fell 0.3% to 871.4 tonnes."
    assert not [f for f in facts(text) if f["kind"] == "stock_move"]


def test_a_reading_after_the_previous_periods_keeps_its_own_figure():
    found = [f for f in facts("Retail sales were flat in May after rising 0.5% in April.")
             if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("flat", None)], found
    found = [f for f in facts("Exports rose 2.1% in May after falling 1.4% in April.")
             if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("up", 2.1)], found


@pytest.mark.parametrize("text,expected", [
    ("Consumer prices rose 0.5% in March, above the 0.3% economists had expected.",
     {"subject": "Consumer prices", "direction": "up", "change_pct": 0.5}),
    ("Exports grew 3.1% from a year earlier, below forecasts of 5%.",
     {"subject": "Exports", "direction": "up", "change_pct": 3.1}),
    ("Consumer prices rose more than expected in March, up 0.5%.",
     {"subject": "Consumer prices", "direction": "up", "change_pct": 0.5}),
    ("The central bank, as widely expected, kept its policy rate at 1.5%.",
     {"subject": "policy rate", "direction": "flat", "level": 1.5}),
    ("The central bank, which targets inflation of 4%, kept the repo rate at 6.5%.",
     {"subject": "repo rate", "direction": "flat", "level": 6.5}),
    # a "which" aside of the sentence before is no aside of this one
    (("The factory gauge fell to 48.4, which indicates contraction. The services PMI, by "
     "contrast, rose to 54.1."), {"subject": "services PMI", "direction": "up", "level": 54.1}),
    ("Asian shares are set to open higher after consumer prices rose 0.2% in June.",
     {"subject": "consumer prices", "direction": "up", "change_pct": 0.2}),
    ("Stocks are expected to open lower after data showed inflation ticked up to 3.1%.",
     {"subject": "inflation", "direction": "up", "level": 3.1}),
    (("Payrolls rose by 120,000 jobs, above the 90,000 economists had forecast, and the "
      "unemployment rate dipped to 3.9%."),
     {"subject": "unemployment rate", "direction": "down", "level": 3.9}),
])
def test_data_measured_against_a_forecast_is_data(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [f for f in found if f["subject"] == expected["subject"]] == [
        {"kind": "macro", **expected}], found


def test_a_change_by_a_percent_is_a_change_not_a_level():
    (fact,) = [f for f in facts("U.S. consumer prices rose by 0.4% in September.")
               if f["kind"] == "macro"]
    assert fact["change_pct"] == 0.4 and "level" not in fact


# a change needs its direction: "1.7% lower" is no verb read, so no change; a headline's
# present tense is one ("retail sales rise")
@pytest.mark.parametrize("text,expected", [
    ("Imports 2.3% lower in June, customs data showed.", []),
    ("India's May exports rise 4.2% on electronics", [("exports", "up", 4.2)]),
])
def test_a_change_needs_its_direction(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction"), f.get("change_pct")) for f in found] == \
        expected, found


# a reading measured against the one before takes its direction from the two
@pytest.mark.parametrize("text,direction", [
    ("Wholesale inflation stood at 1.8 per cent, compared with 2.4 per cent in April.", "down"),
    ("The services PMI came in at 52.6, versus 51.9 in July.", "up"),
    # "to X from Y": the new reading against the old
    ("The decision took the one-week repo rate to 6.25% from 6.5%, the lowest in three years.",
     "down"),
    # a reading told unchanged is flat
    ("Key rates:\n- Five-year LPR: 3.5% (unchanged)", "flat"),
    ("The central bank held its one-week repo rate at 6.5%, unchanged since May.", "flat"),
    ("Core inflation was 2.1% in March, against expectations of 2.3%.", None),
])
def test_a_reading_against_the_previous_one(text, direction):
    (found,) = [f for f in facts(text) if f["kind"] == "macro"]
    assert found.get("direction") == direction, found


@pytest.mark.parametrize("text", [
    "Bernstein downgraded Alibaba to market-perform, citing rising competition in e-commerce.",
    "Jefferies downgraded Tencent to hold from buy, flagging rising regulatory risk.",
    "CLSA lowered its rating on Meituan to outperform, noting falling order volumes.",
])
def test_a_downgrade_citing_rising_costs_is_no_move(text):
    found = facts(text)
    assert [f["kind"] for f in found] == ["analyst_view"], found


def test_a_name_after_an_indicator_keeps_its_own_numbers():
    found = facts("Stocks fell amid rising bond yields, with Tencent dropping 2%.")
    assert not [f for f in found if f["kind"] == "macro"], found
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 2.0}), found


def test_quoted_view_of_a_named_firm():
    text = ("\"We see limited downside from here,\" Morgan Stanley strategists led by Laura Wang "
            "wrote in a note on Tuesday.")
    (view,) = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert view["source"] == "Morgan Stanley" and view["stance"] == "bullish"


def test_company_news_is_not_an_analyst_view():
    text = ("Shares of Hang Seng Bank, whose parent HSBC said it would take the lender private, "
            "soared 26% to HK$155.")
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_according_to_a_firm_at_the_start():
    views = [f for f in facts("According to CICC, the Hang Seng Index could rebound to 22,000 "
                              "by mid-2026.") if f["kind"] == "analyst_view"]
    assert views == [{"kind": "analyst_view", "subject": "Hang Seng Index", "source": "CICC",
                      "stance": "bullish"}]


@pytest.mark.parametrize("text,subject", [
    ("UBS strategists said they were overweight emerging-market stocks.",
     "emerging-market stocks"),
    ("Citi analysts said emerging markets equities looked cheap.", "emerging markets equities"),
])
def test_a_view_on_emerging_markets_is_about_them(text, subject):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [f["subject"] for f in views] == [subject], views


def test_a_view_on_a_market_is_about_that_market_not_the_firm():
    views = [f for f in facts("Goldman Sachs upgraded Chinese equities to overweight, saying "
                              "valuations remain attractive.") if f["kind"] == "analyst_view"]
    assert views[0]["subject"] == "Chinese equities" and views[0]["source"] == "Goldman Sachs"


@pytest.mark.parametrize("text,stance", [
    ("Nomura lifted its Topix forecast to 3,100.", "bullish"),
    ("JPMorgan analysts cut their 2026 earnings estimates for Samsung.", "bearish"),
    ("Goldman Sachs raised its KOSPI target to 3,100.", "bullish"),
    ("Goldman Sachs raised its 12-month KOSPI target to 3,100.", "bullish"),
    ("Nomura cut its year-end Nikkei target to 38,000.", "bearish"),
    ("CLSA maintained its outperform rating on Ping An.", "bullish"),
    ("Citi said it expects Chinese stocks to rally.", "bullish"),
    ("Nomura strategists said the Nikkei is likely to extend losses.", "bearish"),
    ("Morgan Stanley named Tencent its top pick for 2026.", "bullish"),
    ("HSBC analysts named Sony as their top pick.", "bullish"),
    ("Citi named Meituan among its top picks for the quarter.", "bullish"),
    ("Goldman Sachs added Xiaomi to its conviction list.", "bullish"),
    ("UBS added Infineon to its European conviction buy list.", "bullish"),
    ("Jefferies removed Kering from its Europe franchise picks list.", "bearish"),
    # a catalyst watch is a short-term call in its direction
    ("Citi added China Mobile to its 30-day positive catalyst watch.", "bullish"),
    ("Citi opened a negative catalyst watch on Li Auto before its results.", "bearish"),
    # a rating change told by a participle after "said"
    ("Citi said it was turning cautious, downgrading Lenovo to sell.", "bearish"),
    ("Macquarie said it was upgrading Geely to outperform on stronger orders.", "bullish"),
    ("Jefferies removed BYD from its top picks.", "bearish"),
    ("Daiwa reiterated its accumulate rating on Sony.", "bullish"),
    ("Bernstein initiated Pop Mart at outperform.", "bullish"),
    ("Jefferies initiated Pop Mart with buy.", "bullish"),
    ("Macquarie started Li Auto at sell.", "bearish"),
    ("HSBC analysts recommended investors take profits in Chinese tech stocks.", "bearish"),
    # a reiterated buy or sell, told bare ("reiterates buy on X", "a sell on X")
    ("Mizuho reiterates buy on Broadcom, $320 price target", "bullish"),
    ("Bernstein reiterated a sell on Unilever.", "bearish"),
    # the brokers' own neutral ratings are ratings ("sector weight", "peer perform")
    ("Wolfe Research cuts Adobe to peer perform", "bearish"),
])
def test_what_analysts_raise_or_cut_sets_the_stance(text, stance):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and views[0]["stance"] == stance, views


def test_a_firm_s_own_plan_is_not_a_view():
    for text in ("Goldman Sachs said it expects to cut 3% of its workforce.",
                 "HSBC said it plans to raise its dividend."):
        assert not [f for f in facts(text) if f["kind"] == "analyst_view"], text


def test_a_company_cutting_jobs_is_not_a_view():
    assert [f for f in facts("HSBC said on Tuesday it would cut 5,000 jobs.")
            if f["kind"] == "analyst_view"] == []


@pytest.mark.parametrize("text,expected", [
    ("The Huatai-PineBridge CSI 300 ETF drew net inflows of 3.5 billion yuan on Monday.",
     {"subject": "Huatai-PineBridge CSI 300 ETF", "direction": "in", "amount": "3.5 billion yuan"}),
    ("Investors pulled $2.1 billion from the SPDR S&P 500 ETF Trust on Tuesday.",
     {"subject": "SPDR S&P 500 ETF Trust", "direction": "out", "amount": "$2.1 billion"}),
    ("Investors poured $1.2 billion into the iShares MSCI China ETF last week.",
     {"subject": "iShares MSCI China ETF", "direction": "in", "amount": "$1.2 billion"}),
    # a kind of fund, as written ("UK-focused funds", not "funds")
    ("Investors pulled £700 million from UK smaller-company funds in June.",
     {"subject": "UK smaller-company funds", "direction": "out", "amount": "£700 million"}),
    ("Investors added $3.4 billion to the Invesco QQQ Trust over the week.",
     {"subject": "Invesco QQQ Trust", "direction": "in", "amount": "$3.4 billion"}),
    # a fund named "... Trust" as the mover; a fund's plain "lost" or "gained" with money
    ("The iShares Gold Trust took in $450 million on Thursday.",
     {"subject": "iShares Gold Trust", "direction": "in", "amount": "$450 million"}),
    ("The Invesco QQQ Trust, meanwhile, bled $2.2 billion over the week.",
     {"subject": "Invesco QQQ Trust", "direction": "out", "amount": "$2.2 billion"}),
    ("The iShares MSCI Brazil ETF lost $310 million last week, Bloomberg data show.",
     {"subject": "iShares MSCI Brazil ETF", "direction": "out", "amount": "$310 million"}),
    ("Japan equity funds alone lost $900 million in the week to Wednesday.",
     {"subject": "Japan equity funds", "direction": "out", "amount": "$900 million"}),
    ("Gold funds gained $1.6 billion, a fourth straight week of inflows.",
     {"subject": "Gold funds", "direction": "in", "amount": "$1.6 billion"}),
    ("Index equity ETFs collected $12 billion last month, Morningstar said.",
     {"subject": "Index equity ETFs", "direction": "in", "amount": "$12 billion"}),
    # three words may describe the kind of fund
    ("Actively managed U.S. large-cap funds bled $9.4 billion in October.",
     {"subject": "Actively managed U.S. large-cap funds", "direction": "out",
      "amount": "$9.4 billion"}),
])
def test_a_named_fund_is_the_subject_of_its_flow(text, expected):
    flows = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert len(flows) == 1 and has(flows, expected), flows


@pytest.mark.parametrize("text,expected", [
    ("Xiaomi was net sold to the tune of HK$615 million by mainland investors.",
     [("Xiaomi", "out", "HK$615 million")]),
    ("BYD was the most bought, with net inflows of HK$870 million.",
     [("BYD", "in", "HK$870 million")]),
    ("Alibaba was net bought for a fifth straight session.", [("Alibaba Group", "in", None)]),
    # "the most sold" with no flow told is not one; a sale of a business is none
    ("Tesla was the most sold stock on the platform, while Apple rose 2%.", []),
    ("Alibaba was sold to a buyout group for $2 billion.", []),
])
def test_a_stock_sold_or_bought_in_the_passive_is_its_flow(text, expected):
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == expected


def test_investors_collecting_money_move_none():
    # "collected" is a fund's flow, not investors' income
    text = "Investors collected $5 billion in dividends from utilities last quarter."
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


def test_a_ranking_of_flows_names_each_stock():
    text = ("Alibaba drew the heaviest net buying from mainland investors, at HK$2.4 billion, "
            "followed by Xiaomi at HK$1.3 billion and Meituan at HK$900 million. "
            "BYD saw the largest net selling, of HK$410 million.")
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == [
        ("Alibaba Group", "in", "HK$2.4 billion"), ("Xiaomi", "in", "HK$1.3 billion"),
        ("Meituan", "in", "HK$900 million"), ("BYD", "out", "HK$410 million")]


@pytest.mark.parametrize("text,expected", [
    # a bare amount is a stock's flow only in a sentence about investors' flows
    ("Northbound investors bought consumer names, with Wuliangye attracting 800 million yuan.",
     {"subject": "Wuliangye Yibin", "direction": "in", "amount": "800 million yuan"}),
    # a product or fund by its full name, which need not end in "ETF"
    (("The ChinaAMC Hang Seng Tech Daily (2x) Leveraged Product recorded net outflows of "
      "HK$310 million."),
     {"subject": "ChinaAMC Hang Seng Tech Daily (2x) Leveraged Product", "direction": "out",
      "amount": "HK$310 million"}),
    ("The Tracker Fund of Hong Kong saw net inflows of HK$1.6 billion on Monday.",
     {"subject": "Tracker Fund of Hong Kong", "direction": "in", "amount": "HK$1.6 billion"}),
    # a fund word in an aside describes the name before it; funds named by where they come from
    (("The Tracker Fund of Hong Kong, the most traded exchange-traded fund, took in "
      "HK$3.4 billion."),
     {"subject": "Tracker Fund of Hong Kong", "direction": "in", "amount": "HK$3.4 billion"}),
    ("Offshore funds pulled $2.3 billion from Indian equities last week.",
     {"subject": "foreign investors", "direction": "out", "amount": "$2.3 billion"}),
])
def test_a_stock_or_product_named_before_its_flow(text, expected):
    flows = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert has(flows, expected), flows


@pytest.mark.parametrize("text", [
    "Adidas saw net sales of 6.2 billion euros in the quarter.",  # revenue
    "Amundi saw net inflows of 9 billion euros in the quarter.",  # an asset manager's business
    "Xiaomi attracted $500 million from investors in its bond sale.",
    "Xiaomi drew 1.2 million visitors to its stores.",
])
def test_a_company_with_money_is_no_flow(text):
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


@pytest.mark.parametrize("text,stance", [
    # a negation reverses the stance word it governs
    ("Daiwa said the Topix was unlikely to rebound before the election.", "bearish"),
    ("Mizuho said it was no longer bullish on Japanese trading houses.", "bearish"),
    ("CLSA analysts said they do not expect a lasting recovery in casino stocks.", "bearish"),
    ("HSBC said it does not see a bottom in Macau gaming stocks yet.", "bearish"),
    ("Nomura said it was too early to call a bottom in Chinese developers.", "bearish"),
    ("Citi said it was no longer bearish on European banks.", "bullish"),
    ("Jefferies said it would not be surprised to see a rebound in the Hang Seng.", "bullish"),
    ("Samsung Securities said the Kospi was unlikely to recover its March high soon.", "bearish"),
    ("Macquarie said it saw little reason to expect a durable recovery in Australian miners.",
     "bearish"),
    ("Daiwa said there was no reason to sell Japanese banks after the dip.", "bullish"),
    # ... unless a neutral call takes its place
    ("BNP Paribas said it was no longer bullish on US banks and moved to neutral.", "neutral"),
    # a rating or target change takes the direction of the change
    ("Barclays cut its rating on Anta Sports to equal-weight.", "bearish"),
    ("Bernstein lowered its rating on BYD to market perform from outperform.", "bearish"),
    ("Macquarie cut Li Auto to neutral from outperform.", "bearish"),
    ("CLSA raised JD.com to hold from sell.", "bullish"),
    ("Barclays lowered its year-end S&P 500 target to 5,600 from 6,000.", "bearish"),
    # a rating in quotes, a broker's "add" and "reduce"
    ("Berenberg initiated coverage of Tesco at 'add' with a 400p target.", "bullish"),
    ("Kepler Cheuvreux started coverage of Puma with a \u201creduce\u201d rating.", "bearish"),
    # a forecast move or a raised forecast
    ("Nomura said the Nikkei could fall another 6% before finding support.", "bearish"),
    ("Mizuho expects Sony to rise 15% over the next year.", "bullish"),
    ("Daiwa said the Nikkei could retest its record high before the summer.", "bullish"),
    ("Mizuho's Jane Roe, who rates the shares a buy, said the buyback was well timed.", "bullish"),
    ("UBS rates the stock a sell after the profit warning at Kering.", "bearish"),
    ("Haitong said there were clear signs of froth in Shenzhen's small caps.", "bearish"),
    # a warning with no stance word of its own
    (("Mizuho Securities analysts warned that slowing chip demand could weigh on Samsung "
      "Electronics this quarter."), "bearish"),
    ("Mirae Asset cautioned that the Kospi had run well ahead of earnings.", "bearish"),
    ("CLSA warned that investors selling now could miss the rebound in the Kospi.", "bullish"),
    (("Barclays now sees the Stoxx 600 ending the year at 560, up from its prior forecast of "
      "530."), "bullish"),
])
def test_negations_and_changes_set_the_stance(text, stance):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and views[0]["stance"] == stance, views


# a quote with no stance of its own takes the call of its speaker's "who" clause
@pytest.mark.parametrize("text,stance", [
    (("\"The guidance looks beatable,\" said Jane Ho, an analyst at Acme Securities, who kept "
      "a buy rating on Kia."), "bullish"),
    (("\"Costs will stay high for a while,\" said Ken Abe, an analyst at Acme Securities, who "
      "cut his target price on Nissan Motor."), "bearish"),
    # a quote with a stance keeps it
    (("\"The stock looks cheap here,\" said Jane Ho, an analyst at Acme Securities, who kept "
      "a hold rating on Kia."), "bullish"),
])
def test_a_who_clause_sets_a_neutral_quotes_stance(text, stance):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and views[0]["stance"] == stance, views


@pytest.mark.parametrize("text,stance", [
    # a trend and its verdict: going on keeps its direction, overdone turns it
    ("Daiwa said the rebound in Japanese exporters still has room to run.", "bullish"),
    (("\"The slide in Macau casino stocks has further to run,\" said Jane Doe, an analyst at "
      "Nomura."), "bearish"),
    ("UBS said the correction in Indian mid-caps looked overdone.", "bullish"),
    ("Bernstein said the rally in Japanese banks was overextended.", "bearish"),
    # hedged or idiomatic calls
    ("Wells Fargo said U.S. stocks were priced for perfection.", "bearish"),
    ("Mizuho said it would advise clients to hedge against a pullback in Japanese stocks.",
     "bearish"),
    ("Daiwa said the Topix should keep grinding higher into year-end.", "bullish"),
    ("CLSA said Macau casino stocks had bottomed.", "bullish"),
    ("Jefferies said it would be buyers of Indian IT stocks on weakness.", "bullish"),
    ("Nomura said investors should use any dips to add Japanese banks.", "bullish"),
    ("Mizuho said it still favoured Japanese trading houses over exporters.", "bullish"),
    ("Barclays prefers Indian private lenders to state-run banks.", "bullish"),
    ("HSBC recommended clients buy Korean battery makers on weakness.", "bullish"),
    ("Citi warned that Taiwan tech stocks may face selling pressure after the rally.", "bearish"),
    ("UBS said Australian miners looked frothy after the run-up.", "bearish"),
    # room to run, an entry point, a buying opportunity; little room to run or for disappointment
    ("Morgan Stanley said Japanese trading houses still had room to run.", "bullish"),
    ("Citi said Korean chipmakers had little room to run after the rally.", "bearish"),
    ("Nomura said the pullback offered a good entry point into Indian private lenders.", "bullish"),
    ("UBS said the sell-off in Hong Kong developers was a buying opportunity.", "bullish"),
    ("Barclays said U.S. stocks left little room for disappointment.", "bearish"),
    # a stance the joined call repeats: one view, on what it names
    (("Jefferies said the rally still had room to run and raised its target for the Kospi "
      "to 3,000."), "bullish"),
    # a struggle turns the word after it; waiting for a pullback is no buy
    ("Nomura said Japanese exporters would struggle to outperform this year.", "bearish"),
    (("\"Indian stocks look stretched, and we would prefer to wait for a pullback,\" said Jane "
      "Doe, a strategist at UBS."), "bearish"),
])
def test_hedged_and_idiomatic_calls_set_the_stance(text, stance):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert len(views) == 1 and views[0]["stance"] == stance, views


@pytest.mark.parametrize("text", [
    # where flow data comes from is no analyst
    "Asia equity funds suffered redemptions of $2.1 billion, according to LSEG Lipper.",
    "According to EPFR Global, India equity funds recorded outflows of $600 million.",
    "Hedge funds net bought Japanese stocks, according to Morgan Stanley's prime brokerage data.",
    # a crypto or bullion trust named for its sponsor is a fund, not the sponsor speaking
    "The iShares Ethereum Trust saw $140 million of outflows on Friday.",
    "The Grayscale Bitcoin Trust saw net outflows of $85 million, according to Acme data.",
    # a firm's own business is no research call
    "Barclays cut its annual cost target by $500 million.",
    "Wells Fargo raised its full-year net interest income forecast to $48 billion.",
    "Nomura lifted its profit forecast for the year.",
    "Standard Chartered said on Monday it would cut about 2% of its workforce.",
])
def test_data_sources_and_own_business_are_no_views(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_a_business_metric_is_no_subject_of_a_view():
    found = facts("Bernstein analysts see more upside in ARPU as subscribers trade up to premium "
                  "plans.")
    assert not [f for f in found if f["subject"] == "ARPU"], found


def test_a_profit_forecast_for_a_company_is_a_view():
    (view,) = [f for f in facts("Nomura lifted its profit forecast for Tencent.")
               if f["kind"] == "analyst_view"]
    assert view["subject"] == "Tencent Holdings" and view["stance"] == "bullish"


@pytest.mark.parametrize("text,subject", [
    ("Shares of Xiaomi rose 4% after Jefferies upgraded the stock to buy.", "Xiaomi"),
    ("Tencent gained 2% after Nomura upgraded shares to buy.", "Tencent Holdings"),
    ("BYD climbed 3% after Citi upgraded the carmaker to buy.", "BYD"),
])
def test_a_rating_change_on_the_stock_is_about_the_company_named_before(text, subject):
    (view,) = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert view["subject"] == subject and view["stance"] == "bullish", view


@pytest.mark.parametrize("text,expected", [
    ("Alibaba was downgraded to neutral from buy at Citi.",
     {"source": "Citi", "subject": "Alibaba Group", "stance": "bearish"}),
    ("Shares of BYD were upgraded to buy at Jefferies.",
     {"source": "Jefferies", "subject": "BYD", "stance": "bullish"}),
    ("Meituan rose 3% following an upgrade to buy from Morgan Stanley.",
     {"source": "Morgan Stanley", "subject": "Meituan", "stance": "bullish"}),
    ("Xiaomi fell 2% after a downgrade by Nomura.",
     {"source": "Nomura", "subject": "Xiaomi", "stance": "bearish"}),
])
def test_a_rating_change_with_its_firm_after_it(text, expected):
    assert has([f for f in facts(text) if f["kind"] == "analyst_view"], expected), facts(text)


def test_a_rating_change_without_a_firm_is_no_view():
    assert not [f for f in facts("Tencent was upgraded to buy from hold.")
                if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    ("The Nikkei rose 1.2%, while the official PMI came in at 49.7.", [("official PMI", None)]),
    ("Consumer prices rose to 2.8%, and the services PMI came in at 52.1.",
     [("Consumer prices", "up"), ("services PMI", None)]),
    ("The central bank kept its deposit rate at 2% and its main refinancing rate at 2.15%.",
     [("deposit rate", "flat"), ("main refinancing rate", "flat")]),
])
def test_an_indicator_takes_no_verb_of_another_clause(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction")) for f in found] == expected, found


@pytest.mark.parametrize("text", [
    "Bunds weakened after inflation picked up; the 10-year climbed to 2.9%.",
    "Treasuries slid after a jump in producer prices; the 30-year climbed to 4.9%.",
])
def test_a_bond_told_by_its_tenor_after_a_semicolon_is_not_the_indicator_before(text):
    # the level is the tenor's own yield (read since), never the inflation's or prices'
    assert not [f for f in facts(text) if f["kind"] == "macro" and f.get("level") and
                not f["subject"].endswith("-year yield")], facts(text)


def test_an_indicator_with_two_changes_gives_both():
    found = [f for f in facts("The consumer price index rose 0.2% in March and was up 3.1% "
                              "from a year earlier.") if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("up", 0.2), ("up", 3.1)]
    # the year's change sharing the month's verb
    found = [f for f in facts("Producer prices fell 0.3% on the month and 1.1% from a year "
                              "earlier.") if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("down", 0.3), ("down", 1.1)]
    # an earlier month's change is not a second one
    found = [f for f in facts("Consumer prices rose 0.4% in May after rising 0.2% in April.")
             if f["kind"] == "macro"]
    assert [f["change_pct"] for f in found] == [0.4]


def test_an_indicator_in_an_appositive_is_an_aside():
    found = [f for f in facts("Core PCE, the Fed's preferred inflation gauge, rose 2.6% from a "
                              "year earlier.") if f["kind"] == "macro"]
    assert [(f["subject"], f["change_pct"]) for f in found] == [("Core PCE", 2.6)], found
    # "the PCE index" is the PCE price index, its aside still an aside
    found = [f for f in facts("The PCE index, a measure the Fed watches for inflation, rose "
                              "2.3% from a year earlier.") if f["kind"] == "macro"]
    assert [(f["subject"], f["change_pct"]) for f in found] == [("PCE index", 2.3)], found


# other names of an indicator: "outbound shipments" are exports, Australia's "monthly
# consumer price indicator" is its CPI
@pytest.mark.parametrize("text,subject", [
    ("Outbound shipments rose 4.5% from a year earlier.", "Outbound shipments"),
    ("The monthly consumer price indicator rose 2.1% in the year to May.",
     "monthly consumer price indicator"),
])
def test_other_names_of_an_indicator(text, subject):
    assert [f["subject"] for f in facts(text) if f["kind"] == "macro"] == [subject]


@pytest.mark.parametrize("text,expected", [
    (("China kept its benchmark lending rates unchanged, with the one-year loan prime rate at "
      "3.0% and the five-year LPR at 3.5%."),
     [("one-year loan prime rate", "flat"), ("five-year LPR", "flat")]),
    ("Treasury yields tumbled, with the two-year yield falling 25 basis points to 3.69%.",
     [("two-year yield", "down")]),
    ("Treasury yields rose, with the 10-year yield up 5 basis points at 4.49%.",
     [("10-year yield", "up")]),
    ("The Hang Seng rose 1%, with the 10-year yield at 4.1%.", [("10-year yield", None)]),
    ("Consumer prices rose 0.2% in April, bringing the annual inflation rate to 2.3%.",
     [("Consumer prices", "up"), ("inflation", None)]),
    ("Consumer prices rose 0.3% in August, pushing the annual inflation rate to 2.9%.",
     [("Consumer prices", "up"), ("inflation", "up")]),
    ("The spread between French and German 10-year yields widened to 80 basis points.", []),
])
def test_an_indicator_after_with_takes_the_verb_it_has(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction")) for f in found] == expected, found


@pytest.mark.parametrize("text,subject,direction", [
    ("The Fed held its benchmark overnight rate in the 4.25%-4.50% range.",
     "benchmark overnight rate", "flat"),
    ("The RBI lowered banks' cash reserve ratio by 100 basis points to 3%.",
     "cash reserve ratio", "down"),
    ("Total social financing rose 8.4% in November.", "Total social financing", "up"),
    ("The surveyed urban unemployment rate eased to 5.2% from 5.4%.", "unemployment rate",
     "down"),
    ("Exports rose 5%, leaving a trade surplus of $98.2 billion.", "trade balance", None),
    # central banks' own names of their rates; a target range is the policy band, no forecast
    ("The central bank trimmed its seven-day repurchase rate by 10 basis points to 1.4%.",
     "seven-day repurchase rate", "down"),
    ("Bank Indonesia lowered the BI-Rate by 25 basis points to 5.25%.", "BI-Rate", "down"),
    (("The Fed met on Wednesday, lowering the target range for its benchmark overnight rate "
      "to 3.75%-4.00%."), "benchmark overnight rate", "down"),
    # more verbs and spending
    ("Shipments abroad slumped 3.9% in May.", "Shipments abroad", "down"),
    ("Household spending climbed 1.2% in March.", "Household spending", "up"),
])
def test_rates_and_credit_data(text, subject, direction):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert (subject, direction) in [(f["subject"], f.get("direction")) for f in found], found


def test_the_brokerage_is_the_house_named_before():
    text = ("Morgan Stanley raised its target for the Hang Seng Index to 26,000. "
            "The brokerage also upgraded Alibaba to overweight.")
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert ("Morgan Stanley", "Alibaba Group", "bullish") in views, views
    two = "Nomura and CLSA cut their targets. The broker upgraded Tencent to buy."
    assert not [f for f in facts(two) if f.get("subject") == "Tencent Holdings"]



def test_an_opening_it_or_the_bank_is_the_house_whose_view_came_before():
    def views(text: str) -> list[tuple[str, str, str]]:
        return [(f["source"], f["stance"], f["evidence"].split()[0])
                for f in facts(text, ("kind", "source", "stance", "evidence"))
                if f["kind"] == "analyst_view"]
    text = ("Nomura lifted its 12-month target for the Topix to 3,200. It still prefers "
            "Japanese banks and trading houses.")
    assert ("Nomura", "bullish", "It") in views(text), views(text)
    text = ("Jefferies raised its Nifty target to 27,000. The U.S. bank is overweight on "
            "Indian private lenders.")
    assert ("Jefferies", "bullish", "The") in views(text), views(text)
    # no view before, or no view verb after: "It" is no house
    assert len(views("Nomura raised its Topix target. It was the third raise this year.")) == 1
    assert not views("Nomura reported a quarterly loss. It prefers to stay quiet on Japan.")


def test_an_opening_they_is_the_house_whose_view_came_before():
    text = ("Macquarie analysts turned positive on Hong Kong landlords in a note. They "
            "raised Link REIT to outperform and cut New World Development to underperform.")
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert ("Macquarie", "Link REIT", "bullish") in views, views
    assert ("Macquarie", "New World Development", "bearish") in views, views
    # a view on nothing named is no view of "they"
    text = "Daiwa strategists turned bearish on small caps. They suggested trimming positions."
    views = view_subjects(text)
    assert views == ["small caps"], views
    # shares moved before: "they" is not the house
    text = "Citi raised its target on Tencent. They rose 3% to HK$400."
    assert len([f for f in facts(text) if f["kind"] == "analyst_view"]) == 1


@pytest.mark.parametrize("text,expected", [
    # "the bank" before a rating change is the house named before
    (("UBS lifted its Topix target to 3,100. The Swiss bank also downgraded Fanuc to sell "
      "from neutral."), ("UBS", "Fanuc", "bearish")),
    ("Citi cut its Kospi target. The bank also raised Hyundai Motor to buy.",
     ("Citi", "Hyundai Motor", "bullish")),
    # "reduce" is a rating
    ("Jefferies cut Country Garden to reduce.", ("Jefferies", "Country Garden Holdings", "bearish")),
    # a quoted rating, in a list of calls
    ("Broker calls: Citi raises Tesco to 'buy'; Barclays cuts Kering to 'underweight'.",
     ("Barclays", "Kering", "bearish")),
    # ... or numbered, on a Japanese broker's scale
    ("Mizuho lowers Kao to 3 (neutral) from 2 (outperform).", ("Mizuho", "Kao", "bearish")),
])
def test_the_bank_before_a_rating_change_is_the_house(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert expected in views, views


def test_a_house_the_lexicon_does_not_know_is_a_source_by_its_name():
    text = "Northgate Capital reiterated its buy recommendation on Tesco."
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("Northgate Capital", "Tesco", "bullish")], views
    # ... only on what it names: its own business is no view
    text = "Northgate Investment said it had increased its holdings of index funds."
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    ("Santos gained 2.3% after Ord Minnett upgraded the gas producer to buy.",
     ("Ord Minnett", "Santos", "bullish")),
    ("Burberry fell 3% after Panmure Liberum cut the stock to sell.",
     ("Panmure Liberum", "Burberry Group", "bearish")),
    ("Wesfarmers rose 1.9% after Bell Potter raised its target price to A$75.",
     ("Bell Potter", "Wesfarmers", "bullish")),
])
def test_a_regional_broker_without_a_house_word_is_a_source(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert expected in views, views


@pytest.mark.parametrize("text,expected", [
    ("Sony rose 2% after Nomura named it its top electronics pick for the year.",
     ("Nomura", "Sony Group", "bullish")),
    ("Sony rose 2% after Nomura named the electronics maker its top pick.",
     ("Nomura", "Sony Group", "bullish")),
    ("Sony rose 2% after Jefferies added the entertainment group to its Asia conviction list.",
     ("Jefferies", "Sony Group", "bullish")),
])
def test_a_pick_told_by_it_or_a_description_is_on_the_company_before(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [expected], views


def test_a_change_after_being_cut_is_the_house_s_call_on_the_mover():
    text = "- Burberry: down 2.7% after being cut to sell at Deutsche Bank"
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("Deutsche Bank", "Burberry Group", "bearish")], views


@pytest.mark.parametrize("text", [
    "\"The Sensex could retest its high this month,\" said Anil Verma of Prabhudas Lilladher.",
    ("\"The Sensex could retest its high this month,\" said Anil Verma, AVP - Derivatives Research, "
     "Axis Securities."),
])
def test_a_quoted_person_of_a_house_is_the_source(text):
    views = [(f["source"], f["subject"]) for f in facts(text) if f["kind"] == "analyst_view"]
    assert views == [("Anil Verma", "BSE Sensex")], views
    # ... not a person of any organisation, nor a quote on nothing named
    for other in ("\"The Sensex could retest its high,\" said Anil Verma of the finance ministry.",
                  "\"The bar was set too high,\" said Anil Verma of Axis Securities."):
        assert not [f for f in facts(other) if f["kind"] == "analyst_view"]


def test_a_broker_table_line_is_a_call():
    text = ("Rating changes:\n- Jefferies: Meituan buy, target HK$180\n"
            "- UBS: Anta Sports underweight\n- CLSA: BYD plans a buyback.")
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("Jefferies", "Meituan", "bullish"),
                     ("UBS", "Anta Sports Products", "bearish")], views


def test_the_bank_elsewhere_is_no_house():
    text = "HSBC shares rose 2% after results. The bank also raised its dividend by 10%."
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    # a house position told as a state, or a rating kept
    ("Nomura remains overweight on Indian equities.", ("Nomura", "Indian equities", "bullish")),
    ("UBS stays cautious on Korean stocks.", ("UBS", "Korean stocks", "bearish")),
    ("Macquarie kept an outperform rating on BYD.", ("Macquarie", "BYD", "bullish")),
    ("CLSA has retained its buy rating on Infosys.", ("CLSA", "Infosys", "bullish")),
    # the rating as a noun
    ("Barclays kept its underweight on Japanese equities.",
     ("Barclays", "Japanese equities", "bearish")),
])
def test_house_positions_are_views(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert expected in views, views


@pytest.mark.parametrize("text", [
    "HSBC kept its dividend unchanged.",
    "Goldman Sachs stayed in talks with regulators.",
    "Citi kept an outperform rating.",  # on nothing named: no subject, no view
    # a company told by what it does, none named before: who is rated is unknown
    "Bernstein downgraded the handbag maker to underperform.",
])
def test_kept_or_stayed_without_a_rating_on_a_name_is_no_view(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    # a rating or price target on nothing named is on the company named before
    ("Adidas rose 2.1% after Barclays raised its rating to overweight.",
     ("Barclays", "Adidas", "bullish")),
    ("Sony jumped 4% after Mizuho initiated coverage with a buy rating.",
     ("Mizuho", "Sony Group", "bullish")),
    # ... in the sentence before, when this one names no one but the house
    ("Shares of Meituan fell 3%. Nomura downgraded the stock to neutral.",
     ("Nomura", "Meituan", "bearish")),
    ("BYD slid 2%. UBS reiterated its sell rating and cut its target price to HK$250.",
     ("UBS", "BYD", "bearish")),
])
def test_a_stock_call_on_nothing_named_is_on_the_company_before(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [expected]


def test_a_year_end_target_is_no_call_on_the_stock_before():
    text = "Tencent rose 2%. Citi raised its year-end target to 26,000."
    assert "Tencent Holdings" not in [f["subject"] for f in facts(text)
                                      if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text", [
    # a rate call on a central bank is macro talk, no view on a market
    "Citi economists said they expect the ECB to cut policy rates by 25 basis points in June.",
    "UBS economists expect the Fed to cut rates twice this year.",
])
def test_a_central_bank_rate_call_is_no_view(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,stance", [
    # plays an analyst picks are a bullish call; "dividend plays" alone is a group of stocks
    ("Huatai Securities flagged its top plays for the coming week.", "bullish"),
    ("Huatai Securities flagged two short-term plays, cloud software and chips.", "bullish"),
    ("CICC said A-shares would keep rotating into dividend plays.", "neutral"),
])
def test_plays_are_bullish_only_as_picks(text, stance):
    assert [f["stance"] for f in facts(text) if f["kind"] == "analyst_view"] == [stance]


def test_a_central_bank_with_a_market_stays_a_view():
    text = "Citi said the Fed's rate cuts would lift Asian equities."
    assert view_subjects(text) == ["Asian equities"]


@pytest.mark.parametrize("text,has_view", [
    # a move told as a fact is no view; a move foretold is
    ("Analysts at Futu noted that the Hang Seng Tech Index dropped to 4,100 on Monday.", False),
    ("CLSA said the Kospi fell 2% as tariff fears returned.", False),
    ("Citi said the Kospi would end the year at 2,900.", True),
    ("Nomura said the Nikkei could rise 5% by June.", True),
    # "plays" names a group of stocks, no stance: a cause told with the move is no view
    (("Analysts at CMB International said southbound inflows underpinned dividend plays such "
      "as PetroChina, which rose 2.1%."), False),
])
def test_a_move_told_as_a_fact_is_no_view(text, has_view):
    assert bool([f for f in facts(text) if f["kind"] == "analyst_view"]) == has_view


@pytest.mark.parametrize("text,expected", [
    # a list right after the call: one view each
    ("Macquarie upgraded Tencent, Alibaba and Meituan to outperform.",
     [("Tencent Holdings", "bullish"), ("Alibaba Group", "bullish"), ("Meituan", "bullish")]),
    ("UBS is overweight banks and insurers.", [("banks", "bullish"), ("insurance", "bullish")]),
    # names further on are no list of the call
    ("Nomura upgraded Xiaomi to buy, citing Tencent and Meituan.",
     [("Xiaomi", "bullish")]),
    # each name with its own rating, the verb left out after the first
    (("Morgan Stanley cut Sands China to underweight from neutral and Galaxy Entertainment "
      "to equal-weight on softer mass-market spending."),
     [("Sands China", "bearish"), ("Galaxy Entertainment Group", "bearish")]),
])
def test_a_list_after_a_call_gives_a_view_each(text, expected):
    views = [(f["subject"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"]
    assert views == expected


@pytest.mark.parametrize("text,expected", [
    # a second call of the same house, joined to its first: one view each
    ("UBS said it was overweight Japanese equities, while staying underweight European stocks.",
     [("Japanese equities", "bullish"), ("European stocks", "bearish")]),
    ("Barclays remained overweight U.S. stocks, but turned neutral on Japanese equities.",
     [("U.S. stocks", "bullish"), ("Japanese equities", "neutral")]),
    (("HSBC downgraded Chinese equities to neutral, citing valuations, and moved Indian stocks "
      "to overweight."), [("Chinese equities", "bearish"), ("Indian stocks", "bullish")]),
    ("Morgan Stanley upgraded Tencent to overweight and cut Meituan to equal-weight.",
     [("Tencent Holdings", "bullish"), ("Meituan", "bearish")]),
    ("Barclays cut U.S. stocks to neutral, and raised euro zone equities to overweight.",
     [("U.S. stocks", "bearish"), ("euro zone equities", "bullish")]),
    # a wealth manager's scale: favorable, unfavorable
    (("Wells Fargo Investment Institute upgraded energy to favorable and downgraded utilities "
      "to unfavorable."), [("energy", "bullish"), ("utilities", "bearish")]),
    # the market rated first is the call's, not a place the money goes to after a comma
    (("Barclays strategists cut Japanese equities to underweight, saying reforms were priced "
      "in, and shifted the money into Hong Kong."), [("Japanese equities", "bearish")]),
    # a country rated as a market in the joined call
    (("Barclays strategists cut Japanese stocks to neutral from overweight and raised India to "
      "overweight, citing earnings momentum."), [("Japanese stocks", "bearish"), ("India", "bullish")]),
    # a market's one kind of stocks, rated
    ("HSBC stayed overweight Indian equities but cut Hong Kong retail to underweight.",
     [("Indian equities", "bullish"), ("Hong Kong retail", "bearish")]),
    # a list after a saying's lead-in: one view each
    ("Huatai said in a strategy note that it was overweight brokerages and insurers.",
     [("brokerage", "bullish"), ("insurance", "bullish")]),
    # a headline's second change after a bare comma
    ("Jefferies turns bullish on Japanese insurers, upgrades Tokio Marine to buy",
     [("insurance", "bullish"), ("Tokio Marine Holdings", "bullish")]),
    # a recommendation to overweight a sector
    ("Mizuho strategists expect the Nikkei to hold near 40,000, and recommend overweighting insurers.",
     [("Nikkei 225", "neutral"), ("insurance", "bullish")]),
    # another speaker, or a change with no rating, is no second call
    ("Citi is overweight Chinese stocks, while Nomura remains underweight Korean equities.",
     [("Chinese stocks", "bullish"), ("Korean equities", "bearish")]),
    ("Jefferies upgraded Alibaba to buy and cut Meituan, a rival, from its list.",
     [("Alibaba Group", "bullish")]),
])
def test_a_joined_second_call_is_a_view_of_its_own(text, expected):
    views = [(f["subject"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"]
    assert views == expected
    assert len({f["source"] for f in facts(text) if f["kind"] == "analyst_view"}) == \
        (2 if "Nomura" in text else 1)


def test_each_kind_of_fund_keeps_its_own_flow():
    text = ("Money market funds took in $30.2 billion in the week, while gold funds drew a net "
            "$1.4 billion and hedge funds sold a net $2 billion of Asian stocks.")
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Money market funds", "in", "$30.2 billion"),
                     ("gold funds", "in", "$1.4 billion"), ("hedge funds", "out", "$2 billion")]
    # the plain "investors" of the same outflow give it their amount: one flow
    text = "Asia equity funds saw outflows for a third week, as investors pulled a net $3.3 billion."
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Asia equity funds", "out", "$3.3 billion")]
    # two kinds sharing one verb "respectively": whose amount is whose is not read, no flow
    text = ("Bond funds lost $2.2 billion, while growth and value funds drew $1.5 billion and "
            "$0.6 billion, respectively.")
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Bond funds", "out", "$2.2 billion")]


@pytest.mark.parametrize("text,expected", [
    # a house's note: "we" is the house of its header
    (("Daiwa Capital Markets morning note: Asian stocks opened mixed. We maintain BUY on "
     "Sands China with TP HK$25."), [("Daiwa Securities", "Sands China", "bullish")]),
    (("KGI Securities | Taiwan strategy | 3 June\nWe remain overweight Taiwan stocks into the "
     "third quarter."), [("KGI Securities", "Taiwan stocks", "bullish")]),
    (("Nomura daily: Our view: we stay cautious on Japanese stocks, but remain overweight the "
     "banks."), [("Nomura", "Japanese stocks", "bearish"), ("Nomura", "banks", "bullish")]),
    # no house in a header, or "we" inside a sentence or a quote: nobody's view
    ("Hong Kong stocks fell 1%. We expect the Hang Seng to rebound.", []),
    ("Nomura raised its target. Analysts said we should expect the Hang Seng to rebound.",
     [("Nomura", "Hong Kong stocks", "bullish")]),
])
def test_we_in_a_note_is_its_house(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == expected


def test_two_houses_in_one_sentence_each_keep_their_stock():
    text = ("Tencent fell 2% after CLSA cut its rating to hold, while Xiaomi rose 3% following "
            "an upgrade to buy from Nomura.")
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("CLSA", "Tencent Holdings", "bearish"), ("Nomura", "Xiaomi", "bullish")]


def test_a_bullish_call_from_a_house_is_its_view():
    text = "Baidu rose 4% following a bullish call from Jefferies."
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("Jefferies", "Baidu", "bullish")]


@pytest.mark.parametrize("aside", ["a bellwether for", "seen as a gauge of",
                                   "widely regarded as stand-ins for"])
def test_a_mover_in_an_aside_describes_the_one_before(aside):
    text = (f"Trust banks, {aside} pension funds, sold a net 95 billion yen, "
            "while individuals bought 130 billion yen.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("trust banks", "out", "95 billion yen"),
                     ("retail investors", "in", "130 billion yen")]


@pytest.mark.parametrize("text", [
    '"Foreign selling in bank stocks has gone too far," said a strategist at Nomura.',
    "We expect the index to hold its range next week, helped by southbound inflows.",
    # a verdict on the flow in its clause
    "Nomura analysts said foreign selling of Korean chipmakers appeared overdone.",
    "Southbound buying of Hong Kong banks still has room to run, a HSBC strategist said.",
])
def test_a_flow_without_an_amount_in_an_opinion_is_no_flow(text):
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


def test_a_channel_after_via_is_the_route_of_the_movers_money():
    text = ("Foreign investors bought a net 8.2 billion yuan of mainland stocks through the "
            "northbound Stock Connect last month, after a net outflow in April.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("northbound", "in", "8.2 billion yuan")]


def test_funds_a_flow_names_give_no_second_flow_without_money():
    text = ("Investors pulled a net £800 million from European equity funds in June, a tenth "
            "straight month of outflows.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("European equity funds", "out", "£800 million")]


def test_amounts_listed_of_kinds_of_funds_are_each_kinds_flow():
    text = ("Investors sold a net $3.2 billion of Japan equity funds, $1.5 billion of "
            "bond funds and $600 million of gold funds in the week.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Japan equity funds", "out", "$3.2 billion"),
                     ("bond funds", "out", "$1.5 billion"), ("gold funds", "out", "$600 million")]


@pytest.mark.parametrize("text,expected", [
    ("Maybank kept a neutral call on Genting Singapore.", ("Maybank", "neutral")),
    ("Maybank keeps a buy call on Genting Singapore.", ("Maybank", "bullish")),
    ("UOB Kay Hian retained a sell call on Genting Singapore.", ("UOB Kay Hian", "bearish")),
])
def test_a_kept_call_is_a_view_with_its_rating(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [(expected[0], "Genting Singapore", expected[1])]


@pytest.mark.parametrize("text,source", [
    ("XP Investimentos downgraded Vale to neutral on weaker iron ore prices.", "XP Investimentos"),
    ("BTG Pactual cut Vale to neutral on weaker iron ore prices.", "BTG Pactual"),
    ("Itau BBA downgraded Vale to neutral on weaker iron ore prices.", "Itaú BBA"),
    ("RHB Research cut Vale to neutral on weaker iron ore prices.", "RHB"),
])
def test_brokers_of_latin_america_and_malaysia_are_sources(text, source):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [(source, "Vale", "bearish")]


@pytest.mark.parametrize("text,amount,currency", [
    ("Foreign investors withdrew 1.8 billion reais from Brazilian stocks in June.",
     "1.8 billion reais", "BRL"),
    ("Foreign investors withdrew R$1.8 billion from Brazilian stocks in June.",  # never dollars
     "R$1.8 billion", "BRL"),
    ("Foreign investors sold a net 4.1 billion rand of South African bonds.", "4.1 billion rand",
     "ZAR"),
])
def test_amounts_in_reais_and_rand_keep_their_currency(text, amount, currency):
    flows = [(f["subject"], f["direction"], f["amount"], f["currency"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("foreign investors", "out", amount, currency)]


@pytest.mark.parametrize("text,expected", [
    ("Southbound investors bought the dip, scooping up a net HK$7.2 billion of local shares.",
     [("southbound", "in", "HK$7.2 billion")]),
    ("Foreign investors kept offloading Korean stocks, dumping a net 1.1 trillion won.",
     [("foreign investors", "out", "1.1 trillion won")]),
    # a crowd's plain buying with no amount is the mood, no flow
    ("Investors were scooping up bargains in tech shares.", []),
])
def test_a_participle_of_a_flow_verb_is_its_flow(text, expected):
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == expected


def test_a_mover_that_was_sold_is_no_seller():
    found = facts("Insurers were heavily sold after the regulator raised capital rules.")
    assert not [f for f in found if f["kind"] == "capital_flow"], found


def test_the_leg_of_stock_connect_is_the_named_channel():
    found = facts("Overseas investors bought a net 3.1 billion yuan of A-shares via the "
                  "northbound leg of Stock Connect, ending two weeks of outflows.")
    flows = [f for f in found if f["kind"] == "capital_flow"]
    assert flows == [f for f in flows if f["subject"] == "northbound" and f["direction"] == "in"]
    assert flows, found


def test_having_been_net_buyers_is_a_flow():
    found = facts("Foreign investors have been net buyers for nine sessions, adding 410 billion won "
                  "on Friday.")
    assert has(found, {"kind": "capital_flow", "subject": "foreign investors", "direction": "in"})


def test_a_bank_rated_by_another_house_is_the_subject():
    found = facts("Morgan Stanley downgraded HSBC to equal-weight, citing slower loan growth, and "
                  "cut its target to 850p. Berenberg, meanwhile, upgraded Glencore to buy.")
    views = [f for f in found if f["kind"] == "analyst_view"]
    assert has(views, {"subject": "HSBC", "source": "Morgan Stanley", "stance": "bearish"}), views
    assert has(views, {"subject": "Glencore", "source": "Berenberg"}), views
    assert not [v for v in views if v["source"] == "HSBC"], views


def test_a_verb_word_ending_the_sentence_is_a_noun():
    found = facts("Nomura said it stays positive on lenders, favouring DBS and Standard Chartered "
                  "for their leverage to higher rates.")
    views = [f for f in found if f["kind"] == "analyst_view"]
    assert views and all(v["source"] == "Nomura" for v in views), views


@pytest.mark.parametrize("text,expected", [
    ("Morgans kept an add rating on Wesfarmers.",
     {"source": "Morgans", "subject": "Wesfarmers", "stance": "bullish"}),
    ("CGS International has a reduce rating on Singapore Airlines.",
     {"source": "CGS International", "subject": "Singapore Airlines", "stance": "bearish"}),
])
def test_add_and_reduce_ratings_of_asian_brokers(text, expected):
    assert has(facts(text), {"kind": "analyst_view", **expected}), facts(text)


def test_each_name_of_a_list_of_top_picks_is_a_bullish_call():
    views = [f for f in facts("Daiwa named Toyota, Sony and Hitachi as its top picks for 2026.")
             if f["kind"] == "analyst_view"]
    assert [v["subject"] for v in views] == ["Toyota Motor", "Sony Group", "Hitachi"], views
    assert all(v["source"] == "Daiwa Securities" and v["stance"] == "bullish" for v in views), views
    # a list with a name the lexicon does not know: whose is which call is unclear
    assert not [f for f in facts("Citi named Sony and two small lenders as its top picks.")
                if f["kind"] == "analyst_view" and f["subject"] != "Sony Group"]


def test_top_picks_joined_to_a_call_are_the_caller_s():
    text = ("Nomura analysts said they expect the Nikkei to end the year at 44,000, citing "
            "strong buybacks, and named Toyota and Sony as their top picks.")
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert {(v["subject"], v["source"]) for v in views} >= {
        ("Toyota Motor", "Nomura"), ("Sony Group", "Nomura")}, views


def test_a_figure_after_while_is_not_the_yields_move():
    text = ("Homebuilders climbed 2.1% as Treasury yields eased, "
            "while energy trailed with a 1.2% loss.")
    macros = [(f["subject"], f.get("change_pct")) for f in facts(text) if f["kind"] == "macro"]
    assert macros == []


@pytest.mark.parametrize("text, subject", [
    (("Foreign investors bought a net 3.2 billion yuan of mainland shares via Stock Connect "
      "on Tuesday."), "northbound"),
    ("Overseas investors sold 4.1 billion yuan of A-shares through Stock Connect.", "northbound"),
    ("Mainland investors bought a net HK$5.1 billion of Hong Kong stocks via Stock Connect.",
     "southbound"),
])
def test_stock_connect_alone_takes_its_direction_from_who_uses_it(text, subject):
    assert [f["subject"] for f in facts(text) if f["kind"] == "capital_flow"] == [subject]


def test_a_name_after_its_is_the_companys_product():
    text = ("Shares of Xiaomi slid 4% after Citi flagged weak demand for its "
            "Redmi phones in India.")
    views = [(f["subject"], f["source"]) for f in facts(text) if f["kind"] == "analyst_view"]
    assert views == [("Xiaomi", "Citi")], views


def test_a_generic_rate_cut_and_the_named_rate_are_one_decision():
    text = ("The central bank cut interest rates by half a percentage point, lowering the "
            "federal funds rate to a range of 4.75% to 5.00%.")
    found = [(f["subject"], f["direction"]) for f in facts(text) if f["kind"] == "macro"]
    assert found == [("federal funds rate", "down")], found
    # a rate of another kind is its own datum
    found = [f["subject"] for f in facts("The central bank raised interest rates by 25 basis "
                                         "points, while inflation rose 3%.")
             if f["kind"] == "macro"]
    assert found == ["interest rates", "inflation"], found


def _rates(text: str) -> list[tuple]:
    return [(f["subject"], f["direction"], f.get("level"), f.get("points"))
            for f in facts(text) if f["kind"] == "macro"]


@pytest.mark.parametrize(("text", "expected"), [
    ("SNB holds rates at 0.25%; Swiss stocks edge higher", [("interest rates", "flat", 0.25, None)]),
    ("The Bank of Canada lowered rates by 25 basis points to 2.75% on Wednesday.",
     [("interest rates", "down", 2.75, 25.0)]),
    ("Riksbank raises rates to 4%, sending the krona higher", [("interest rates", "up", 4.0, None)]),
    ("RBNZ leaves rates on hold at 3.25%", [("interest rates", "flat", 3.25, None)]),
    # no figure, a forecast or a condition: no decision told
    ("The central bank kept rates steady on Thursday.", []),
    ("Economists expect the Bank of Canada to cut rates to 2.5% in June.", []),
    ("If the SNB lifts rates to 1%, the franc could rally.", []),
    # rates no central bank decided
    ("Lenders cut rates on savings accounts to 1.5% this week.", []),
    ("Mortgage rates climbed to 6.9% last week.", []),
])
def test_a_central_banks_decision_on_plain_rates(text, expected):
    assert _rates(text) == expected, _rates(text)


def test_a_decision_on_plain_rates_and_its_named_rate_are_one_fact():
    text = ("SNB cuts rates by 25 bps to 0.25%\n\nThe Swiss National Bank lowered its policy "
            "rate by a quarter point to 0.25% on Thursday, as markets had expected.")
    assert _rates(text) == [("policy rate", "down", 0.25, 25.0)], _rates(text)
    # another bank's rate at another level is its own fact
    text = ("The SNB kept rates at 0.25%. Norges Bank held its policy rate at 4.25%.")
    assert _rates(text) == [("interest rates", "flat", 0.25, None),
                            ("policy rate", "flat", 4.25, None)], _rates(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Malaysia's rate by its acronym, the Philippines' by its "target" name
    ("Bank Negara kept the OPR unchanged at 2.75 per cent on Wednesday.",
     [("OPR", "flat", 2.75, None)]),
    ("The BSP trimmed its target reverse repurchase rate by 25 basis points to 6.0%.",
     [("reverse repurchase rate", "down", 6.0, 25.0)]),
    # a target that is a forecast stays one
    ("Analysts target a policy rate of 3% by year-end.", []),
])
def test_asian_policy_rates_by_their_names(text, expected):
    assert _rates(text) == expected, _rates(text)


def test_a_currency_sign_is_a_word_of_its_own():
    from briefing.extract.numbers import quantities
    text = "Retail buyers 3.5% and net sellers 2 million shares, against RM4.1 million."
    assert [q.currency for q in quantities(text)] == [None, None, "MYR"]


@pytest.mark.parametrize("text,expected", [
    # a price target abbreviated "PT" is a target, never the subject of the call
    ("- Nike: Barclays raises PT to $88 from $80, keeps overweight",
     {"subject": "Nike", "source": "Barclays", "stance": "bullish"}),
    ("- Boeing: Jefferies cuts PT to $190 from $210, hold rating",
     {"subject": "Boeing", "source": "Jefferies", "stance": "bearish"}),
    ("Wells Fargo trimmed its PT on Target to $95.",
     {"subject": "Target", "source": "Wells Fargo", "stance": "bearish"}),
])
def test_a_price_target_abbreviated_is_a_target(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert has(views, expected) and all(f["subject"] != "PT" for f in views), views


def test_a_team_led_by_a_person_is_no_house_of_that_name():
    views = [f for f in facts("Morgan Stanley strategists led by Peter Oppenheimer said they "
                              "had turned more cautious on U.S. stocks.")
             if f["kind"] == "analyst_view"]
    assert [f["source"] for f in views] == ["Morgan Stanley"], views


def test_a_house_name_read_on_past_the_lexicon_is_that_house():
    views = [f for f in facts("KGI Securities Investment Advisory expects the Taiex to trade "
                              "between 21,000 and 22,000 next week.")
             if f["kind"] == "analyst_view"]
    assert [(f["source"], f["subject"]) for f in views] == [("KGI Securities", "Taiex")], views


def test_a_credit_rating_change_is_no_market_call():
    found = facts("Fitch's downgrade of France's sovereign credit rating hit bonds, but equities "
                  "held up: the CAC 40 rose 0.4%.")
    assert not [f for f in found if f["kind"] == "analyst_view"], found
    assert has(found, {"kind": "index_move", "change_pct": 0.4})


def test_a_role_over_two_fields_makes_a_quoted_person_the_source():
    views = [f for f in facts("\"Korean stocks remain our top pick,\" Jane Park, chief Korea and "
                              "Taiwan equity strategist at Nomura, said in an interview.")
             if f["kind"] == "analyst_view"]
    assert [f["source"] for f in views] == ["Jane Park"], views


@pytest.mark.parametrize("text,expected", [
    # a round-up line: the company, a colon, then its change told in the passive
    ("- Puma: cut to underweight at Barclays",
     {"subject": "Puma", "source": "Barclays", "stance": "bearish"}),
    ("- Ferrari: price target raised to EUR 480 at UBS",
     {"subject": "Ferrari", "source": "UBS", "stance": "bullish"}),
    ("Micron price target cut to $110 from $130 by Morgan Stanley",
     {"subject": "Micron Technology", "source": "Morgan Stanley", "stance": "bearish"}),
])
def test_a_change_told_in_the_passive_on_a_roundup_line(text, expected):
    assert has(facts(text), {"kind": "analyst_view", **expected}), facts(text)


@pytest.mark.parametrize("text,expected", [
    # a round-up line: the company, a colon, then the house and a bare rating
    ("- Siemens: Jefferies reiterates buy", [("Siemens", "Jefferies", "bullish")]),
    ("Nike: Barclays maintains underweight", [("Nike", "Barclays", "bearish")]),
    # nothing named before: no view on the house itself
    ("Barclays maintains underweight.", []),
])
def test_a_bare_rating_on_a_roundup_line_is_on_the_company_before(text, expected):
    views = [(f["subject"], f["source"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == expected


@pytest.mark.parametrize("text,expected", [
    # a morning note's "has a buy on": the house's standing rating
    ("ICICI Securities has a buy on Tata Motors with a target of Rs 1,100.",
     {"subject": "Tata Motors", "source": "ICICI Securities", "stance": "bullish"}),
    ("Bernstein has an underperform on Intel.",
     {"subject": "Intel", "source": "Bernstein", "stance": "bearish"}),
])
def test_a_house_has_a_rating_on_a_stock(text, expected):
    assert has(facts(text), {"kind": "analyst_view", **expected}), facts(text)


def test_a_role_over_a_dotted_market_makes_the_person_the_source():
    views = [f for f in facts("\"Valuations leave little room for error,\" wrote Jane Moss, head "
                              "of U.S. equity strategy at Evercore ISI.")
             if f["kind"] == "analyst_view"]
    assert [f["source"] for f in views] == ["Jane Moss"], views


@pytest.mark.parametrize("text,source,stance", [
    # a state told with what it says: the saying tells what it is about
    (("The Nikkei 225 rose 0.8% to 39,500. Daiwa Securities was more upbeat, saying the index "
      "could test 41,000 by March."), "Daiwa Securities", "bullish"),
    (("The FTSE 100 rose 0.4% to 8,300. Barclays was more downbeat, warning in a note that the "
      "index could slip 5% by year-end."), "Barclays", "bearish"),
])
def test_a_state_with_its_saying_is_one_view(text, source, stance):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(v["source"], v["stance"]) for v in views] == [(source, stance)], views
    assert views[0]["subject"] in ("Nikkei 225", "FTSE 100"), views


def test_a_funds_price_move_is_no_flow_of_the_fund():
    # the fund's fall told first; "sold off" after it is the market's, not money leaving
    found = facts("The Acme Asia Internet ETF slid 2.6%, as regional platform names sold off.")
    assert has(found, {"kind": "stock_move", "subject": "Acme Asia Internet ETF",
                       "direction": "down", "change_pct": 2.6}), found
    assert not [f for f in found if f["kind"] == "capital_flow"], found
    # a flow with its amount after the move still is one
    assert has(facts("The Acme Asia Internet ETF rose 1.2%, drawing inflows of $250 million."),
               {"kind": "capital_flow", "subject": "Acme Asia Internet ETF", "direction": "in"})


@pytest.mark.parametrize("text,first,second", [
    # "..., and the annual rate slowed to 2.3%": the yearly reading is its own, not the
    # monthly one's level
    ("Producer prices fell 0.1% in March, and the annual rate eased to 1.8%.",
     {"direction": "down", "change_pct": 0.1}, {"direction": "down", "level": 1.8}),
    ("Consumer prices rose 0.4% last month, and the year-on-year rate climbed to 1.2%.",
     {"direction": "up", "change_pct": 0.4}, {"direction": "up", "level": 1.2}),
    # "..., while the annual rate ...": the same indicator in a "while" clause
    ("Consumer prices rose 0.2% in June, while the annual rate slowed to 1.1% from 1.6%.",
     {"direction": "up", "change_pct": 0.2}, {"direction": "down", "level": 1.1}),
    # a participle that moves the second reading: "lifting", "bringing ... down"
    ("The PCE price index rose 0.2% in August, lifting the annual rate to 2.9%.",
     {"direction": "up", "change_pct": 0.2}, {"direction": "up", "level": 2.9}),
    ("Producer prices rose 0.1% in July, bringing the yearly rate down to 1.4%.",
     {"direction": "up", "change_pct": 0.1}, {"direction": "down", "level": 1.4}),
    # the year's change sharing the verb: "and 2.7% on a yearly basis"
    ("The core PCE price index rose 0.3% in March and 2.7% on a yearly basis.",
     {"direction": "up", "change_pct": 0.3}, {"direction": "up", "change_pct": 2.7}),
])
def test_a_second_reading_told_by_reference(text, first, second):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [{k: f.get(k) for k in ("direction", "change_pct", "level") if k in f}
            for f in found] == [first, second], found


def test_a_reference_reading_without_a_verb_leaves_the_first_alone():
    found = [f for f in facts("Core inflation rose 0.3% and the annual rate was 3.1%.")
             if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct"), f.get("level")) for f in found] == \
        [("up", 0.3, None)], found
    # "taking the annual rate to 2.8%" tells no direction of its own: nothing is made up
    found = [f for f in facts("Consumer prices rose 0.3% in May, taking the annual rate to 2.8%.")
             if f["kind"] == "macro"]
    assert [(f["direction"], f.get("change_pct"), f.get("level")) for f in found] == \
        [("up", 0.3, None)], found


@pytest.mark.parametrize("text,subject,direction", [
    ("Housing starts fell 4.6% to a seasonally adjusted annual rate of 1.31 million units.",
     "Housing starts", "down"),
    ("Building permits rose 1.9% last month.", "Building permits", "up"),
    ("Consumer spending rose 0.4%, while personal income increased 0.6%.", "personal income", "up"),
    ("The central bank kept the one-year medium-term lending facility rate unchanged at 2.0%.",
     "one-year medium-term lending facility rate", "flat"),
])
def test_more_indicators_are_macro_data(text, subject, direction):
    found = [(f["subject"], f["direction"]) for f in facts(text) if f["kind"] == "macro"]
    assert (subject, direction) in found, found


def test_an_economy_that_unexpectedly_grew_keeps_its_own_figure():
    # the quarter's figure is the economy's, the month's is the second GDP reading
    text = ("Canada's economy unexpectedly grew 0.2% in the second quarter, as gross domestic "
            "product rose 0.5% in June alone.")
    found = [(f["direction"], f.get("change_pct")) for f in facts(text) if f["kind"] == "macro"]
    assert found == [("up", 0.2), ("up", 0.5)], found
    found = [(f["subject"], f["direction"], f.get("change_pct"))
             for f in facts("Sweden's economy unexpectedly shrank 0.3% last quarter.")]
    assert found == [("GDP", "down", 0.3)], found


def test_a_kind_of_fund_attracting_money_after_with_is_its_flow():
    # a weekly fund-flow item splits the total with "with X attracting/drawing ..."
    text = ("Bond funds took in $6.1 billion in the week, with high-yield funds attracting "
            "$2.4 billion and municipal funds drawing $0.9 billion.")
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Bond funds", "in", "$6.1 billion"), ("high-yield funds", "in", "$2.4 billion"),
                     ("municipal funds", "in", "$0.9 billion")]
    # without money, attracting is no flow
    assert not [f for f in facts("Dividend funds are attracting investors as rates fall.")
                if f["kind"] == "capital_flow"]


@pytest.mark.parametrize("text,expected", [
    # a headline's present tense; "hits X%, highest since" is a rise to a level
    ("Gilt yields climb; 30-year gilt yield hits 5.6%, highest since 1998",
     {"subject": "30-year gilt yield", "direction": "up", "level": 5.6}),
    ("Bund yield touches 2.1%, lowest in three months, as growth fears mount",
     {"subject": "Bund yield", "direction": "down", "level": 2.1}),
    ("The 10-year Treasury yield tumbles to 3.95% after jobs data",
     {"subject": "10-year Treasury yield", "direction": "down", "level": 3.95}),
])
def test_a_headline_yield_level(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert has(found, expected), found


@pytest.mark.parametrize("text,expected", [
    # plain investors' money out of or into a market's assets: the asset class's flow
    ("Investors pulled $6.3 billion out of European equities in the latest week, EPFR data showed.",
     [("European equities", "out", "$6.3 billion")]),
    ("Investors poured $2.2 billion into Japanese bonds last week.",
     [("Japanese bonds", "in", "$2.2 billion")]),
    # a named kind of investor stays the mover; a channel names the flow
    ("Foreign investors pulled $1.4 billion from Indian shares in June.",
     [("foreign investors", "out", "$1.4 billion")]),
    ("Mainland Chinese investors poured HK$9 billion into Hong Kong stocks via the southbound link.",
     [("southbound", "in", "HK$9 billion")]),
])
def test_plain_investors_money_moved_out_of_assets(text, expected):
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == expected


def test_a_pmi_keeps_its_compiler_in_its_name():
    # two PMIs of one country in a sentence stay apart by who compiles them
    text = ("The official manufacturing PMI rose to 50.2, while the private Caixin/S&P Global "
            "manufacturing PMI slipped to 49.6.")
    found = [(f["subject"], f["direction"], f["level"]) for f in facts(text) if f["kind"] == "macro"]
    assert found == [("official manufacturing PMI", "up", 50.2),
                     ("Caixin/S&P Global manufacturing PMI", "down", 49.6)]


def test_a_local_house_in_new_zealand_or_southeast_asia_is_a_source():
    found = [f for f in facts("Jarden analysts downgraded Fletcher Building to underweight on "
                              "Tuesday.") if f["kind"] == "analyst_view"]
    assert has(found, {"source": "Jarden", "subject": "Fletcher Building", "stance": "bearish"}), \
        found


def test_an_amount_in_lakh_crore_keeps_both_scales():
    found = [f for f in facts("FPIs have pulled out ₹1.3 lakh crore from Indian equities this "
                              "year.") if f["kind"] == "capital_flow"]
    assert has(found, {"direction": "out", "currency": "INR", "amount": "₹1.3 lakh crore"}), found


# a call told as the cause of a stock's move is about that stock, not the house, nor a
# rival its reason names
@pytest.mark.parametrize("text,expected", [
    ("Sony rose 2.4% as Nomura turned bullish.", ("Sony Group", "Nomura", "bullish")),
    ("Shares in Toyota jumped 4% after Jefferies raised its earnings forecasts.",
     ("Toyota Motor", "Jefferies", "bullish")),
    (("Tesco fell 1.9% after UBS downgraded the supermarket chain to sell, saying competition "
      "from Sainsbury's was intensifying."), ("Tesco", "UBS", "bearish")),
    (("Lloyds rose 2%, while Barclays slipped 1.4% after Citi cut its rating on the lender "
      "to neutral."), ("Barclays", "Citi", "bearish")),
])
def test_a_call_that_moved_a_stock_is_about_that_stock(text, expected):
    views = [(f["subject"], f["source"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [expected], views


@pytest.mark.parametrize("text", [
    "Banks such as Barclays rose 2% after Citi turned bullish.",  # the banks
    "Alibaba rose 2% and Baidu rose 3% after Jefferies turned bullish.",  # which one?
])
def test_a_call_on_a_move_of_several_names_is_on_none_of_them(text):
    views = [f["subject"] for f in facts(text) if f["kind"] == "analyst_view"]
    assert not {"Barclays", "Alibaba Group", "Baidu"} & set(views), views


def test_names_sharing_a_ranked_flow_take_their_amounts_respectively():
    text = ("Meituan and JD.com drew the largest southbound net purchases, at "
            "HK$1.4 billion and HK$900 million respectively.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("Meituan", "in", "HK$1.4 billion"), ("JD.com", "in", "HK$900 million")]
    # whose purchases they were, told between, keeps the pairing
    text = ("Xiaomi and BYD saw the heaviest net purchases by mainland investors, at "
            "HK$1.83 billion and HK$760 million respectively.")
    flows = [(f["subject"], f.get("amount")) for f in facts(text) if f["kind"] == "capital_flow"]
    assert flows == [("Xiaomi", "HK$1.83 billion"), ("BYD", "HK$760 million")]
    # one amount for two names: whose is it? none takes it
    text = "Meituan and JD.com saw the heaviest net selling, at HK$1.1 billion."
    flows = [(f["subject"], f.get("amount")) for f in facts(text) if f["kind"] == "capital_flow"]
    assert flows == [("Meituan", None), ("JD.com", None)]


def test_foreign_investors_beside_southbound_flows_are_their_own_movers():
    text = ("Southbound investors bought a net HK$3.9 billion of Hong Kong stocks, while "
            "foreign investors were net sellers.")
    flows = [(f["subject"], f["direction"], f.get("amount")) for f in facts(text)
             if f["kind"] == "capital_flow"]
    assert flows == [("southbound", "in", "HK$3.9 billion"), ("foreign investors", "out", None)]


def test_a_flow_noun_before_a_modal_is_no_flow():
    text = ("HSBC lifted its target for the Hang Seng Index, saying robust southbound inflows "
            "could underpin valuations into next year.")
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"]


def test_fx_reserves_are_macro_data():
    text = "China's foreign exchange reserves rose 0.6% in March."
    macros = [(f["subject"], f["direction"]) for f in facts(text) if f["kind"] == "macro"]
    assert macros == [("foreign exchange reserves", "up")]


@pytest.mark.parametrize("text,expected", [
    ("The Hang Seng Index could climb to 27,000 before the year ends, analysts at Morgan Stanley said.",
     ("Hang Seng Index", "Morgan Stanley", "bullish")),
    ("European equities are overvalued after the rally, Barclays strategists wrote in a note.",
     ("European equities", "Barclays", "bearish")),
    (("The Kospi is expected to trade in a narrow range this week, Samsung Securities said, "
      "advising investors to wait for earnings."),
     ("Kospi", "Samsung Securities", "neutral")),
])
def test_a_claim_told_before_its_house_is_its_view(text, expected):
    views = [(f["subject"], f["source"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [expected]


@pytest.mark.parametrize("text", [
    "The Kospi fell 1.4% on Tuesday, Samsung Securities said.",
    "Investors pulled $2 billion from Japanese stocks last week, BofA said in its weekly note.",
    "Standard Chartered will cut 4,000 jobs next year, analysts at Barclays said.",
])
def test_news_told_before_a_house_is_no_view(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_a_role_and_person_after_a_house_and_comma_speak():
    text = ("At Morgan Stanley, strategist Jane Porter raised her year-end target for the "
            "S&P 500 to 6,800 from 6,400.")
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == ["Jane Porter"]


@pytest.mark.parametrize("text", [
    "Nomura economists expect the Reserve Bank of India to cut its repo rate again in February.",
    ("Barclays economists see two more rate cuts this year, though Daiwa's chief economist "
     "Kenji Sato said the government was likely to lean on fiscal stimulus."),
])
def test_a_central_bank_or_fiscal_forecast_is_no_view(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"]


def test_a_listed_bank_is_still_rated_beside_its_central_bank():
    text = ("Jefferies upgraded Bank of India to buy, saying the Reserve Bank of India's cuts "
            "would lift loan growth.")
    assert view_subjects(text) == ["Bank of India"]


def test_a_call_on_the_index_is_no_economy_forecast():
    text = ("Analysts at Haitong International said the index could consolidate near 22,000, "
            "awaiting details of fiscal stimulus.")
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == \
        ["Haitong International"]


@pytest.mark.parametrize("text,change", [
    # the driver's figure after "powered by" / "helped by" is its own, not the indicator's
    ("Taiwan's exports rose in May, powered by a 41% surge in server shipments.", None),
    ("Retail sales climbed 0.6%, helped by a 4% jump in car sales.", 0.6),
])
def test_a_drivers_figure_is_not_the_indicators(text, change):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [f.get("change_pct") for f in found] == ([change] if change else []), found


# a round-up line's kept rating, bare: on the company before the colon, by its rating
@pytest.mark.parametrize("text,expected", [
    ("Broker calls:\n• Toyota Motor: Daiwa keeps buy\n", ("Daiwa Securities", "Toyota Motor", "bullish")),
    ("Broker calls:\n• Sony: Nomura retains sell, target 3,000 yen\n", ("Nomura", "Sony Group", "bearish")),
])
def test_a_bare_kept_rating_is_a_view(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [expected]


# a rating change on "the <business> company" is on the company named before it; with
# none named, no view
@pytest.mark.parametrize("text,expected", [
    ("Wipro fell 2% after Jefferies cut the Indian IT company to hold.",
     [("Jefferies", "Wipro", "bearish")]),
    ("Jefferies cut the Indian IT company to hold.", []),
])
def test_a_company_told_by_its_business_is_the_one_named_before(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == expected


def test_keeping_a_rating_after_a_comma_is_a_view():
    text = "Tesla fell 3%, with Barclays keeping its underweight rating on the carmaker."
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == [("Barclays", "Tesla", "bearish")]
    assert not [f for f in facts("Nvidia rose, with Citi keeping a lid on expectations.")
                if f["kind"] == "analyst_view"]


# a quote's speaker by role and name, no house: a view only on what the quote names
@pytest.mark.parametrize("text,expected", [
    ('"The Nikkei could slip below 38,000 this month," strategist Ken Mori wrote in a note.',
     [("Ken Mori", "Nikkei 225", "bearish")]),
    ('"We stay cautious into the summer," strategist Ken Mori wrote in a note.', []),
])
def test_a_quote_s_speaker_told_by_role_and_name(text, expected):
    views = [(f["source"], f["subject"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"]
    assert views == expected


def _views_of(text):
    return [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"]


# houses the lexicon knows by their short names
@pytest.mark.parametrize("text,expected", [
    ("Nike rose 1.9% after Guggenheim upgraded the sportswear maker to buy.",
     [("Guggenheim Securities", "Nike", "bullish")]),
    ("Pivotal Research raised its price target on Netflix to $1,200.",
     [("Pivotal Research Group", "Netflix", "bullish")]),
])
def test_mid_tier_houses_are_sources(text, expected):
    assert _views_of(text) == expected


# stances told by a market's state: "under pressure" is bearish, an "intact" story bullish,
# a rally with "legs" bullish
@pytest.mark.parametrize("text,stance", [
    (('"Midcaps are likely to stay under pressure until earnings improve," said Asha Rao, '
     'an analyst at Geojit Financial Services.'), "bearish"),
    (('"After this dip, the structural India story remains intact," said Asha Rao, '
     'an analyst at Geojit Financial Services.'), "bullish"),
    ('"We expect this rally to have legs," said Asha Rao, an analyst at Geojit Financial Services.',
     "bullish"),
    (('"I see a healthy pullback and the long-term story is intact," said Asha Rao, '
     'an analyst at Geojit Financial Services.'), "bullish"),
])
def test_a_markets_state_gives_the_stance(text, stance):
    assert [s for _, _, s in _views_of(text)] == [stance]


# a raised target under a kept sell or hold is no bullish call; a cut stays a cut
@pytest.mark.parametrize("text,stance", [
    ("Morgan Stanley raised its price target on Tesla to $300 but kept an 'underweight' rating.",
     "bearish"),
    ("Citi lifted its target price on Wesfarmers to A$60 while maintaining its hold rating.",
     "neutral"),
    ("Jefferies cut its price target on Nike to $90 but kept its buy rating.", "bearish"),
])
def test_a_kept_rating_outweighs_a_raised_target(text, stance):
    assert [s for _, _, s in _views_of(text)] == [stance]


# a call in the past perfect is background to the current one
def test_a_past_perfect_call_is_no_view():
    text = "Morgan Stanley upgraded Japan to overweight. The bank had cut Japan in March."
    assert _views_of(text) == [("Morgan Stanley", "Japan", "bullish")]
    assert _views_of("UBS said it had raised its target on Tencent to HK$700.") == \
        [("UBS", "Tencent Holdings", "bullish")]


# the wire's quote tag: "said <house> strategist <name>" after the quote
def test_a_quote_tagged_with_house_role_and_name():
    text = '"We remain overweight European banks into the summer," said Barclays strategist Ana Ruiz.'
    assert _views_of(text) == [("Ana Ruiz", "banks", "bullish")]


# what a quoted speaker adds carries the call when the quote holds none
def test_a_speakers_addition_carries_the_call():
    text = ('"Nobody expected the package to be this large," said Ana Ruiz, a strategist at '
            'Barclays, adding that she expected the rebound in the Hang Seng Index to continue.')
    assert _views_of(text) == [("Ana Ruiz", "Hang Seng Index", "bullish")]


# money for one sector, or one stock told by reference, is not the movers' total
@pytest.mark.parametrize("text,expected", [
    ("Foreign investors offloaded 640 billion won of the carmaker's shares, the most this month.",
     []),
    ("Mainland investors bought a net HK$2.2 billion of the stock on Friday.", []),
    ("FIIs sold bank stocks worth Rs 4,210 crore in the fortnight, depository data showed.", []),
    ("Foreign investors bought 310 billion won of shipbuilding shares.", []),
    # a market's shares are the total
    ("Foreign investors sold a net 640 billion won of Korean shares.",
     [("foreign investors", "out", "640 billion won")]),
    ("FIIs sold shares worth Rs 4,210 crore on Monday.",
     [("foreign investors", "out", "Rs 4,210 crore")]),
    ("Foreigners bought 90 billion won of the stock market's heavyweights.",
     [("foreign investors", "in", "90 billion won")]),
])
def test_a_sectors_or_referred_stocks_money_is_no_total(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("FII: -Rs 912.4 cr | DII: +Rs 1,204.7 cr",
     [("foreign investors", "out", "Rs 912.4 cr"), ("institutional investors", "in", "Rs 1,204.7 cr")]),
    ("Mainland buyers snapped up a net HK$7.3 billion of Hong Kong stocks on Friday.",
     [("southbound", "in", "HK$7.3 billion")]),
    ("Mainland traders were net sellers of HK$2.6 billion.", [("southbound", "out", "HK$2.6 billion")]),
    ("Foreign investors booked a net sale of Rp1.7 trillion on Monday.",
     [("foreign investors", "out", "Rp1.7 trillion")]),
    # the foreigners' outflows as a noun, no amount: a trend
    ("The rupee slipped, pressured by persistent FII outflows.", []),
])
def test_singular_fii_dii_and_mainland_buyers_are_movers(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    # Korean desks' abbreviated scales
    ("Kosdaq falls 1.9%, foreigners offload 640 bil. won of shares",
     [("foreign investors", "out", "640 bil. won")]),
    ("Institutions scooped up 1.3 tril. won of Korean stocks on Tuesday.",
     [("institutional investors", "in", "1.3 tril. won")]),
    # a flow table's short column heads, and Taiwan's FINI
    ("Kospi 2,611.20 (+0.35%) | Foreign: +412.7 bn won | Inst: -88.1 bn won",
     [("foreign investors", "in", "412.7 bn won"), ("institutional investors", "out", "88.1 bn won")]),
    ("FINI: net buy NT$14.06 bn", [("foreign investors", "in", "NT$14.06 bn")]),
    ("FINIs were net sellers of NT$5.2 billion on Wednesday.",
     [("foreign investors", "out", "NT$5.2 billion")]),
    # a head without a signed amount moves nothing
    ("Foreign: 31.4% of the free float", []),
])
def test_abbreviated_scales_and_short_flow_table_heads(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("FIIs sold a net ₹8,412 crore of Indian shares in October, taking total outflows so far "
      "this year to ₹1.21 lakh crore, NSDL data showed."),
     [("foreign investors", "out", "₹8,412 crore"), ("foreign investors", "out", "₹1.21 lakh crore")]),
    (("Foreign investors bought a net 2.4 trillion won of Korean shares in May, bringing the "
      "year's net buying to 9.8 trillion won."),
     [("foreign investors", "in", "2.4 trillion won"), ("foreign investors", "in", "9.8 trillion won")]),
    # what the selling took somewhere else is no running total
    ("Foreign investors sold a net 1.2 trillion won, taking the Kospi down to 2,400.",
     [("foreign investors", "out", "1.2 trillion won")]),
])
def test_a_year_to_date_total_after_a_flow_is_a_second_flow(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("ETF inflows were led by the Cathay Sustainable High Dividend ETF, which took in "
      "NT$4.1 billion over the week."),
     [("Cathay Sustainable High Dividend ETF", "in", "NT$4.1 billion")]),
    # a named fund going the other way leaves the class's flow alone
    ("ETFs saw inflows on the day, while the Vanguard Total Bond ETF shed $2 billion.",
     [("ETF", "in", None), ("Vanguard Total Bond ETF", "out", "$2 billion")]),
])
def test_a_class_of_etfs_led_by_a_named_one_is_one_flow(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("Investors pulled $2.7 billion from Japan equity funds and $800 million from gold funds "
      "in the week, EPFR data showed."),
     [("Japan equity funds", "out", "$2.7 billion"), ("gold funds", "out", "$800 million")]),
    (("Investors poured $5.5 billion into bond funds, $1.2 billion into money market funds and "
      "$600 million into dividend funds."),
     [("bond funds", "in", "$5.5 billion"), ("money market funds", "in", "$1.2 billion"),
      ("dividend funds", "in", "$600 million")]),
    # another preposition is another verb's: not read as the list's
    ("Investors pulled $2.7 billion from tech funds and $1.1 billion into bond funds.",
     [("tech funds", "out", "$2.7 billion")]),
])
def test_each_kind_of_fund_of_a_from_or_into_list_has_its_flow(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert [(f["subject"], f["direction"], f.get("amount")) for f in found] == expected, found


# a round-up line that opens with its stock: the house in brackets after the call, or after
# a dash (or in brackets) before it; an abbreviated target changed after the house
@pytest.mark.parametrize("text,expected", [
    (("Broker calls:\n- Siemens: Raised to Buy (UBS), PT EUR230\n"
     "- Diageo: Downgraded to Underweight (JPMorgan)\n"
     "- Kering: PT cut to EUR180 from EUR210 (Barclays), Equal Weight kept"),
     [("UBS", "Siemens", "bullish"), ("JPMorgan", "Diageo", "bearish"),
      ("Barclays", "Kering", "bearish")]),
    (("Street calls:\n• HDFC Bank - CLSA: Outperform, TP Rs 2,050\n"
     "• Titan – Jefferies: cut to Hold, TP Rs 3,400\n• Maruti Suzuki (Nomura): Buy, target Rs 14,500"),
     [("CLSA", "HDFC Bank", "bullish"), ("Jefferies", "Titan", "bearish"),
      ("Nomura", "Maruti Suzuki", "bullish")]),
    ("- Meituan: CLSA TP cut to HK$150", [("CLSA", "Meituan", "bearish")]),
    # a house in brackets or before a colon with no rating on the line: no call
    (("- Barclays: Q3 profit beats estimates (LSEG)\n- Shell: results due Thursday (Jefferies)\n"
     "- Nvidia — UBS: sees AI demand holding up"), []),
])
def test_round_up_lines_name_their_house_in_brackets_or_after_a_dash(text, expected):
    assert _views_of(text) == expected


# several calls of one house: a joined position on a list gives a view each, and a coverage
# started on two names with "and of" gives each its own rating
@pytest.mark.parametrize("text,expected", [
    (("Nomura expects the Topix to reach 3,000 by December and is underweight on utilities, "
     "telecoms and railways."),
     [("Nomura", "Topix", "neutral"), ("Nomura", "utilities", "bearish"),
      ("Nomura", "telecoms", "bearish"), ("Nomura", "industrials", "bearish")]),
    ("Jefferies initiated coverage of Zomato at buy and of Swiggy at hold on Tuesday.",
     [("Jefferies", "Zomato", "bullish"), ("Jefferies", "Swiggy", "neutral")]),
    # one name only after "and of": no second call
    ("Morgan Stanley started coverage of Rivian at equal-weight and of its suppliers last week.",
     [("Morgan Stanley", "Rivian Automotive", "neutral")]),
])
def test_each_name_of_a_houses_several_calls_is_a_view(text, expected):
    assert _views_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Gilt yields climbed after the budget, with the 10-year at 4.71% and the 30-year at 5.38%.",
     [("10-year gilt yield", "up", 4.71), ("30-year gilt yield", "up", 5.38)]),
    ("The five-year yield rose 2 basis points to 3.88% and the benchmark 10-year slipped to 4.12%.",
     [("five-year yield", "up", 3.88), ("10-year yield", "down", 4.12)]),
    ("Bund yields slide after weak Ifo; 10-year hits 2.48%", [("10-year Bund yield", "down", 2.48)]),
    ("Rates: 5s up 2 bps at 3.88%; 10s 4.12% (+3 bps).",
     [("five-year yield", "up", 3.88), ("10-year yield", "up", 4.12)]),
    # a tenor with no move told is no reading; a high, an average, a rate's tenor are no bond
    ("10-yr: 4.18%", []),
    ("The Stoxx 600 closed at a 10-year high of 560, below its 10-year average of 13 times.", []),
    ("The PBOC kept the one-year loan prime rate at 3.0% and the five-year at 3.5%.",
     [("one-year loan prime rate", "flat", 3.0), ("five-year loan prime rate", "flat", 3.5)]),
])
def test_a_bond_told_by_its_tenor_alone_is_its_yield(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction"), f.get("level")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Durable goods orders fell 1.1% in May. Excluding transportation, orders rose 0.4%.",
     [("Durable goods orders", "down", 1.1), ("core factory orders", "up", 0.4)]),
    ("Retail sales edged up 0.2% in March; excluding autos and gasoline, sales gained 0.5%.",
     [("Retail sales", "up", 0.2), ("core retail sales", "up", 0.5)]),
    ("The PPI rose 0.4% in April. Stripping out food and energy, the core index climbed 0.3%.",
     [("PPI", "up", 0.4), ("core PPI", "up", 0.3)]),
    # no indicator told before that the noun repeats: a company's sales are no sub-series
    ("Excluding Apple, tech sales rose 3%.", []),
])
def test_a_reading_excluding_items_is_the_core_of_the_indicator_before(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction"), f.get("change_pct")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("Manufacturing activity in the euro zone shrank for a 30th month, with the HCOB "
      "manufacturing PMI at 45.1."), [("manufacturing PMI", "down", 45.1)]),
    ("Services activity expanded for a fifth month, with the services PMI at 52.3.",
     [("services PMI", "up", 52.3)]),
    # the move told against the month before wins over the activity's
    ("Factory activity contracted again in May, with the official PMI at 49.6, up from 49.2.",
     [("official PMI", "up", 49.6)]),
    # another clause's move is not the survey's
    ("The Hang Seng rose 1.2%, with the Caixin PMI at 50.4.", [("Caixin PMI", None, 50.4)]),
    ("Germany's ZEW economic sentiment slumped to -8.5 in July.",
     [("ZEW economic sentiment", "down", -8.5)]),
])
def test_a_survey_reading_takes_the_activity_move_and_its_sign(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f["subject"], f.get("direction"), f.get("level")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("Producer prices rose 0.1% in March, matching economists' forecasts, and were up 0.9% "
      "from a year earlier."), [("up", 0.1), ("up", 0.9)]),
    # a forecast with its figure ends the indicator's numbers
    ("CPI rose 0.2%, below the 0.3% forecast, and economists see it slowing to 2.6%.",
     [("up", 0.2)]),
])
def test_a_forecast_met_without_a_figure_leaves_the_second_reading(text, expected):
    found = [f for f in facts(text) if f["kind"] == "macro"]
    assert [(f.get("direction"), f.get("change_pct")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    # a strategist's comment naming nothing: the report's market, never the speaker
    (("The Nikkei 225 slipped 0.4% to 38,120. \"Investors want to see the yen settle before "
      "adding risk,\" said Ken Oda, a strategist at Acme Securities."), ["Japanese stocks"]),
    (("Wall Street ended lower, with the S&P 500 down 0.5% and the Nasdaq off 0.9%. "
      "Analysts at Jefferies said positioning was stretched."), ["U.S. stocks"]),
    # a price target names a company: the one the report moves
    (("Nike shares fell 3.1% to $68.20 in a weak session.\n\nSeveral brokers weighed in. "
      "Jefferies cut its price target to $75 from $82 and kept a hold rating."), ["Nike"]),
    # a company's call with several companies moving: which one is not told, so the call
    # keeps its source as subject (posts print source and call)
    ("Nike fell 3.1% and Adidas rose 2.2%. Jefferies cut its price target to $75 from $82.",
     ["Jefferies"]),
    # an index target in points is the market's, not a company's
    ("The S&P 500 rose 0.8% and the Dow added 0.3%. Citi raised its year-end target to 6,600.",
     ["U.S. stocks"]),
])
def test_a_view_naming_nothing_takes_what_it_is_about(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [f["subject"] for f in views] == expected, views


@pytest.mark.parametrize("text,expected", [
    # a range call, then advice on kinds of stocks: a view each, in the act's stance
    (("Mirae Asset Securities said the Kospi was likely to hover between 2,500 and 2,650 "
      "next week, and advised investors to trim exposure to chemical makers and add "
      "shipbuilders."),
     [("Kospi", "neutral"), ("materials", "bearish"), ("shipbuilding", "bullish")]),
    (("Guotai Haitong said in a note that A-shares were likely to stay range-bound, "
      "recommending that clients focus on brokerages and utilities."),
     [("A-shares", "neutral"), ("brokerage", "bullish"), ("utilities", "bullish")]),
    # the advice as the call itself; a rotation is on what it moves into
    ("Daiwa recommended investors take profits on property developers after the rally.",
     [("property", "bearish")]),
    (("Everbright Securities advised clients to rotate from small caps into banks and "
      "insurers."), [("banks", "bullish"), ("insurance", "bullish")]),
    # a call naming nothing: the advice says what it is about
    (("Zheshang Securities said the rally looked overextended and advised clients to cut "
      "exposure to semiconductor stocks."), [("semiconductors", "bearish")]),
])
def test_advice_to_investors_joined_to_a_call_is_a_view_on_each_name(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["subject"], f["stance"]) for f in views] == expected, views


@pytest.mark.parametrize("text,expected", [
    # advice of the call's own stance repeats it: one view
    (("Citi said Korean stocks looked stretched after the rally, and recommended clients take "
      "profits on chipmakers."), [("Korean stocks", "bearish")]),
    # advice on nothing named, or investors told news, is no view of its own
    ("Nomura said the Nikkei could slip, and advised investors to stay patient.",
     [("Nikkei 225", "bearish")]),
    ("Macquarie told investors at a conference that it would expand its Asia team.", []),
])
def test_advice_that_repeats_a_call_or_names_nothing_adds_no_view(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view"]
    assert [(f["subject"], f["stance"]) for f in views] == expected, views


def _views_of(text: str) -> list[tuple[str, str, str]]:
    return [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"]


@pytest.mark.parametrize("text,expected", [
    # a double upgrade or downgrade is a rating change
    ("Ocado jumped 6.1% after Barclays double-upgraded the online grocer to overweight.",
     ("Barclays", "Ocado Group", "bullish")),
    ("Sartorius fell 4% after UBS double-downgraded the lab supplier to sell from buy.",
     ("UBS", "Sartorius", "bearish")),
    # coverage begun, with or without the company named after it
    ("Jefferies began coverage of Shiseido with a buy rating on Monday.",
     ("Jefferies", "Shiseido", "bullish")),
    ("Unilever edged up 0.3% after Peel Hunt Capital began coverage with a buy recommendation.",
     ("Peel Hunt", "Unilever", "bullish")),
    # a catalyst watch opened, in a round-up row after the stock's move
    ("Movers:\n- Ford: +1.4%; Citi opens positive catalyst watch\n- Nike: -0.8%",
     ("Citi", "Ford Motor", "bullish")),
    # the present tense of a target change, as a house's note writes it
    ("Korea strategy (Mirae Asset Securities): We raise our year-end Kospi target to 3,300.",
     ("Mirae Asset", "Kospi", "bullish")),
    ("Korea strategy (Mirae Asset Securities): We lower our year-end Kospi target to 2,400.",
     ("Mirae Asset", "Kospi", "bearish")),
])
def test_uncommon_rating_actions(text, expected):
    assert expected in _views_of(text), _views_of(text)


@pytest.mark.parametrize("text,expected", [
    # a note signed at its end by its house: "we" is the house
    (("Morning strategy: We stay constructive on Hong Kong equities into the results season. "
      "We would accumulate Tencent on dips. — Haitong International"),
     {("Haitong International", "Hong Kong equities", "bullish"),
      ("Haitong International", "Tencent Holdings", "bullish")}),
    (("We see the Nikkei reaching 42,000 by year-end. - Mizuho Securities, Japan equity "
      "strategy"), {("Mizuho", "Nikkei 225", "neutral")}),
    # a house's header and "we": managed care is a sector on its own, as health care is
    (("Elm Row Research - morning call: Futures point to a flat open. We stay underweight "
      "managed care into the earnings season."), {("Elm Row Research", "healthcare", "bearish")}),
    # a dash and a name that is no house signs nothing
    ("We stay constructive on Hong Kong equities. - John Smith", set()),
])
def test_a_house_note_speaks_as_we(text, expected):
    assert set(_views_of(text)) == expected


def test_a_notes_labelled_call_is_its_houses():
    text = ("Our call: stay overweight Indian banks into the budget. We expect earnings upgrades "
            "to continue. — Jefferies")
    assert ("Jefferies", "banks", "bullish") in _views_of(text)


def test_an_investment_consulting_house_is_a_source():
    text = "Sunrise Investment Consulting said it expected the Taiex to rise to 24,000 by March."
    assert ("Sunrise Investment Consulting", "Taiex", "bullish") in _views_of(text)


@pytest.mark.parametrize("text,expected", [
    # "the bank" after a sentence citing its note, an adverb before the verb
    (("Global funds sold a net $2.1 billion of Indian equities last week, according to EPFR "
      "data cited in a Morgan Stanley note. The bank nevertheless kept its overweight call on "
      "the Nifty."), [("Morgan Stanley", "Nifty 50", "bullish")]),
    # a note cited with no house of views, then "The bank" moving: no view
    (("Funds sold $2 billion of Asian stocks, according to a Citi report. The bank nonetheless "
      "rose 1.2% in New York."), []),
])
def test_the_bank_of_a_cited_note_carries_the_call(text, expected):
    assert _views_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    (("Daiwa said in a note that the Topix could rise further and raised its allocation to "
      "trading houses and banks."),
     {("Daiwa Securities", "Topix", "bullish"), ("Daiwa Securities", "trading houses", "bullish"),
      ("Daiwa Securities", "banks", "bullish")}),
    ("UBS cut its exposure to miners and energy, citing weaker Chinese demand.",
     {("UBS", "mining", "bearish"), ("UBS", "energy", "bearish")}),
    (("Analysts at Kotak Institutional Equities said the rate cut was overdue and upgraded rate-sensitive "
      "sectors such as autos and real estate."),
     {("Kotak Institutional Equities", "auto", "bullish"),
      ("Kotak Institutional Equities", "property", "bullish")}),
    # a list that is no call: what the allocation rose in, as data
    ("Insurers raised their allocation to banks and utilities, data showed.", set()),
])
def test_a_call_on_a_list_of_sectors_is_a_view_each(text, expected):
    assert set(_views_of(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # two opposite calls in one quote: a view each
    (("\"We would be buyers of insurers here and would avoid developers,\" said Kenji Mori, "
      "chief strategist at Sakura Asset Management."),
     [("Kenji Mori", "insurance", "bullish"), ("Kenji Mori", "property", "bearish")]),
    # two calls of one way in a quote stay one view
    (("\"We are overweight insurers here and would also favour developers,\" said Kenji Mori, chief "
      "strategist at Sakura Asset Management."), [("Kenji Mori", "insurance", "bullish")]),
    # a speaker named after initials
    (("\"We would use any dip to add to large private banks,\" said R. Menon, chief investment "
      "strategist at Konkan Capital."), [("R. Menon", "banks", "bullish")]),
    (("\"We remain constructive on Indian equities over 12 months,\" said K S Rao, head of "
      "research at Deccan Securities."), [("K S Rao", "Indian equities", "bullish")]),
])
def test_a_strategists_quoted_sector_calls(text, expected):
    assert _views_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a note's rows under a header naming its house: the house's calls
    (("Seoul rating changes (Samsung Securities morning note):\n"
      "- Hyundai Motor: raise to Buy, TP 260,000 won\n"
      "- Kia: Hold, TP cut to 95,000 won\n"
      "- Naver: reiterate Buy"),
     [("Samsung Securities", "Hyundai Motor", "bullish"), ("Samsung Securities", "Kia", "neutral"),
      ("Samsung Securities", "Naver", "bullish")]),
    # rows of moves under such a header are no calls
    (("Seoul movers (Samsung Securities morning note):\n- Hyundai Motor: +2.1% on strong sales\n"
      "- Kia: shares slid 1.4%"), []),
    # rows with no house named over them have no source
    ("Seoul rating changes:\n- Hyundai Motor: raise to Buy, TP 260,000 won", []),
])
def test_rows_under_a_header_naming_the_house(text, expected):
    assert _views_of(text) == expected


def test_a_label_before_a_colon_is_no_row_stock():
    text = ("CMBI Morning Note\nCompany: We maintain BUY on Anta Sports with TP HK$110, as "
            "retail sales recover.")
    assert _views_of(text) == [("CMB International", "Anta Sports Products", "bullish")]


@pytest.mark.parametrize("text,expected", [
    # the market named first is what the view is about; the index or sectors after it are
    # how the house plays it
    (("Nomura said Japanese equities had more room to run and sees the Topix at 3,400 by "
      "year-end."), ["Japanese equities"]),
    (("Haitong Securities said A-shares would grind higher into the new year, and advised "
      "investors to add to brokerages and chipmakers."), ["A-shares"]),
    # "the market" first, then a sector or a name the lexicon does not know: the market the
    # report is about, never the sector nor the event
    (("Hong Kong stocks fell 1.1%. Analysts at Everbright Securities said the market could stay "
      "choppy ahead of the Central Economic Work Conference, and preferred telecom "
      "operators."), ["Hang Seng Index", "telecoms"]),  # the joined pick is a view of its own
    # near miss: a sector named before the market stays the subject
    (("Bernstein said chipmakers would lead the next leg higher as U.S. stocks broaden "
      "out."), ["semiconductors"]),
    # near miss: a rating change's company before the market named in its reason
    (("UBS upgraded Sony to buy, saying Japanese stocks with overseas sales would gain from "
      "a weak yen."), ["Sony Group"]),
])
def test_a_view_is_about_the_market_it_names_first(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place before a sector word says where the sector is
    ("Morgan Stanley upgraded Hong Kong developers to overweight on falling rates.", ["property"]),
    ("Jefferies analysts said Hong Kong banks would keep raising their dividends.", ["banks"]),
    # "global equities" in lower case is the world's market, not the report's
    (("European shares fell 0.4%. Separately, Barclays cut its view on global equities to "
      "neutral, citing tariffs."), ["global equities"]),
    # near miss: a place that names its market's shares stays the market
    ("Citi upgraded Hong Kong stocks to overweight, citing cheap valuations.", ["Hong Kong stocks"]),
])
def test_a_view_names_a_sector_by_its_place_and_the_world_market(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a report that names no market is about the home market of the local broker it quotes
    (('"Foreign funds should return once the rupee steadies," said Meera Joshi, head of '
      "research at Geojit Financial Services."), ["Indian stocks"]),
    (("The market is likely to hover near 2,600 this week, Kiwoom Securities analyst Han "
      "Ji-young said."), ["Kospi"]),
    # near miss: a market named by the report wins over the house's home
    (("Wall Street ended higher. \"Breadth keeps improving,\" said Ravi Shah, an analyst at "
      "Geojit Financial Services."), ["U.S. stocks"]),
    # near miss: a global house has no home market; no market named, plain "stocks"
    (('"Dips are still being bought," said Anna Berg, a strategist at UBS.'), ["stocks"]),
])
def test_a_local_broker_tells_the_market_a_report_names_nowhere(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a market named by its "market" is named as its shares
    ("CITIC Securities said the A-share market was likely to climb in a volatile manner.", ["A-shares"]),
    ("Nomura said the Indian market was likely to rally further as earnings recover.",
     ["Indian stocks"]),
    # near miss: a market the tables do not name as shares stays as written
    ("Morgan Stanley said Asian markets were likely to outperform next year.", ["Asian markets"]),
    ("HSBC said the Japanese IPO market would stay busy into next year.", ["Japanese IPO market"]),
])
def test_a_market_named_by_its_market_is_named_as_its_shares(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a stance told by "positive" or "negative" alone, after the house's first call
    (("Daiwa said the Nikkei could stall near 40,000. It remains positive on Japanese "
      "trading houses."), ["Nikkei 225", "trading houses"]),
    (("BOCI said the Hang Seng Index may consolidate this week. It is negative on Hong "
      "Kong banks."), ["Hang Seng Index", "banks"]),
    # near miss: "positive" about data, with no house before, is no view
    ("Retail sales rose 3% in May. The reading was positive for consumer stocks.", []),
    # near miss: "It" after a company's own news is the company, no house
    ("Sony reported record profit. It remains positive on its games unit.", []),
])
def test_a_call_by_positive_or_negative_alone_is_read(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Its strategists ..." opening a sentence speak for the one house of the call before
    (("UBS upgraded Indian stocks to overweight. Its strategists raised their Nifty 50 "
      "target to 27,000."), ["Indian stocks", "Nifty 50"]),
    (("Nomura cut Hong Kong stocks to neutral. Its analysts prefer mainland insurers."),
     ["Hong Kong stocks", "insurance"]),
    # near miss: a company's possessive still reads no view ("its shares", "its profit")
    (("Citi upgraded Tencent to buy. Its shares raised 2% after the results."),
     ["Tencent Holdings"]),
])
def test_its_analysts_opening_a_sentence_speak_for_the_house_before(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second call joined by a pronoun, with or without "said": a view of its own, read
    # without the pronoun so a cut "to neutral from buy" stays bearish
    (("Jefferies said it was overweight Chinese internet platforms, while it downgraded JD.com "
      "to hold from buy on margin worries."),
     [("internet", "bullish"), ("JD.com", "bearish")]),
    (("Daiwa kept its buy call on Sony, but it cut Nintendo to neutral from buy on softer "
      "console sales."), [("Sony Group", "bullish"), ("Nintendo", "bearish")]),
    (("Macquarie said Korean stocks could rally further, and said it cut LG Chem to neutral "
      "from outperform."), [("Korean stocks", "bullish"), ("LG Chem", "bearish")]),
    # a first call that refers back keeps its own subject beside a joined one
    (("The S&P 500 rose 0.5%. Wells Fargo's Chris Harvey warned that the index could slip "
      "to 5,800, and said he remains underweight technology."),
     [("S&P 500", "bearish"), ("technology", "bearish")]),
    # near miss: a company's own "it" after a rating change is no second call
    (("Citi upgraded Tencent to buy, while it raised its dividend forecast for the "
      "year."), [("Tencent Holdings", "bullish")]),
])
def test_a_call_joined_by_a_pronoun_is_a_view_of_its_own(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


def test_a_signed_call_to_accumulate_on_dips_is_a_view():
    # "on dips" is no move: the sentence is read for names by its advice alone
    found = facts("Morning note: We stay positive on China tech. We would accumulate Meituan "
                  "on dips. — CICC")
    assert has(found, {"kind": "analyst_view", "subject": "Meituan", "source": "CICC"}), found
    assert not [f for f in found if f["kind"] in ("stock_move", "sector_move")], found


@pytest.mark.parametrize("text,expected", [
    # a name ranked by plain buying or selling, its amount told in the same clause: among
    # investors' flows, or told as net
    (("Mainland traders bought HK$6.2 billion of Hong Kong shares via Stock Connect, with "
      "Xiaomi drawing the heaviest buying at HK$1.4 billion."),
     [("southbound", "in", "HK$6.2 billion"), ("Xiaomi", "in", "HK$1.4 billion")]),
    ("Alibaba saw the most selling on the day, with a net HK$950 million.",
     [("Alibaba Group", "out", "HK$950 million")]),
    (("Southbound investors sold HK$3.4 billion of shares on Friday; Meituan suffered the "
      "biggest selling from mainland funds, HK$820 million."),
     [("southbound", "out", "HK$3.4 billion"), ("Meituan", "out", "HK$820 million")]),
    # near misses: selling told with its loss in value, or with no amount of its own
    ("Nvidia saw the heaviest selling since 2020, wiping $210 billion off its market value.", []),
    (("Foreign investors sold HK$2.8 billion, and Tencent saw the heaviest selling in a month, "
      "shedding HK$45 billion of market value."), [("foreign investors", "out", "HK$2.8 billion")]),
    ("Tencent drew the most buying interest since March after its results.", []),
])
def test_a_name_ranked_by_its_buying_or_selling_is_its_flow(text, expected):
    assert [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


@pytest.mark.parametrize("text,expected", [
    # a follow-up naming nothing, from the house of the call just told, says more of it
    (("UBS upgraded Xiaomi to buy with a target of HK$62. The brokerage sees 28% upside "
      "from here. Xiaomi shares rose 3.1% to HK$48.40."), ["Xiaomi"]),
    (("Citi raised its price target on Infosys to ₹2,100. The bank said deal wins in "
      "Europe were accelerating."), ["Infosys"]),
    (("Morgan Stanley lifted its year-end target for the Nikkei 225 to 42,000. The U.S. "
      "bank's strategists also raised their earnings forecast."), ["Nikkei 225"]),
    # near miss: the same house's word on the market as a whole is a view of its own
    (("Macquarie raised its price target on Qantas to A$12. The bank said the market "
      "could rally further in coming weeks."), ["Qantas Airways", "S&P/ASX 200"]),
])
def test_a_follow_up_of_the_house_just_quoted_is_about_its_call(text, expected):
    assert view_subjects(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a "head of ... strategy" whose role runs over two words still names the person, not
    # the house after "at"
    (("Jane Lo, head of investment strategy at KGI Asia, said the pullback offered a "
      "buying opportunity."), "Jane Lo"),
    (("Tom Reid, head of global equity strategy at UBS, said European stocks look cheap."),
     "Tom Reid"),
    (("Anil Rao, head of retail research at Motilal Oswal, said the market could stay "
      "volatile."), "Anil Rao"),
])
def test_a_head_of_strategy_speaks_for_himself(text, expected):
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a move word after a possessive is a noun, not a move told as a fact: the claim stands
    (("Nomura strategists said in a note that Japanese equities are likely to consolidate "
      "after this year's rally."), [("Japanese equities", "neutral")]),
    # stocks that "offer value" are a bullish call
    (("Daiwa said Korean stocks still offer value despite last week's selloff."),
     [("Korean stocks", "bullish")]),
    # near miss: a move told as a fact after "said" is still no view
    (("Analysts said the index's gains were led by banks, and the benchmark rallied 1.2%."),
     []),
])
def test_a_move_noun_after_a_possessive_keeps_the_claim_a_view(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


@pytest.mark.parametrize("text,expected", [
    # "our" in a house's note is that house: each listed pick is its bullish call
    (("Macquarie morning note: We stay overweight iron ore miners; BHP Group (BHP) and "
      "Fortescue (FMG) are our preferred exposures."),
     [("Macquarie", "mining", "bullish"), ("Macquarie", "BHP Group", "bullish"),
      ("Macquarie", "Fortescue", "bullish")]),
    (("CMBI Morning Note\nMacau gaming revenue beat forecasts again. Our top picks are Galaxy "
      "Entertainment and Sands China."),
     [("CMB International", "Galaxy Entertainment Group", "bullish"),
      ("CMB International", "Sands China", "bullish")]),
    (("CMBI Morning Note\nVisitor arrivals rose again. Galaxy Entertainment remains our top "
      "pick."), [("CMB International", "Galaxy Entertainment Group", "bullish")]),
    # near misses: a pick list of names no lexicon or ticker vouches for, and "our" in no note
    (("Bell Potter morning note: Harvest was late; Acme Widgets and Foo Bar are our preferred "
      "exposures."), []),
    (("Galaxy Entertainment remains our top pick for the holiday season, the casino's "
      "marketing head told guests."), []),
])
def test_a_notes_own_picks_are_its_houses_calls(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


@pytest.mark.parametrize("text,expected", [
    # headlines tell flows in the present: a base-form verb with an amount is a flow
    ("Gold ETFs attract $3.2 billion as bullion hits a record",
     [("Gold ETFs", "in", "$3.2 billion")]),
    ("Bond funds take in $7 billion in a third week of inflows",
     [("Bond funds", "in", "$7 billion")]),
    ("China equity ETFs draw 15 billion yuan in a week as the CSI 300 rallies",
     [("China equity ETFs", "in", "15 billion yuan")]),
    # near misses: the same verbs without money are no flow
    ("Foreign investors draw comfort from the rate cut", []),
    ("Tech ETFs attract scrutiny after a volatile week", []),
])
def test_a_headline_tells_a_flow_with_a_base_form_verb(text, expected):
    assert [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


@pytest.mark.parametrize("text,expected", [
    # a cut in holdings told with its sale after the comma: the sale's amount is the flow
    (("Foreign investors trimmed their holdings of Korean shares, selling a net 1.2 trillion "
      "won over the week."), [("foreign investors", "out", "1.2 trillion won")]),
    (("Overseas investors cut their holdings of Japanese bonds, selling $4.5 billion in "
      "the month."), [("foreign investors", "out", "$4.5 billion")]),
    # near miss: a purchase after the comma goes the other way, and what they hold is a level
    (("Foreign funds cut their holdings of Indian bonds, buying $2 billion of stocks "
      "instead."), []),
    ("Overseas investors reduced their holdings of Treasuries to $8.5 trillion.", []),
])
def test_a_cut_in_holdings_takes_the_amount_of_the_sale_after_it(text, expected):
    assert [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


@pytest.mark.parametrize("text,expected", [
    # Caixin's survey is its PMI, however the desk calls it
    (("The Caixin manufacturing gauge, compiled by S&P Global, slipped to 49.8 in July from "
      "50.4."), [("Caixin manufacturing gauge", "down", 49.8)]),
    ("The Caixin/S&P Global survey rose to 52.1 in May.",
     [("Caixin/S&P Global survey", "up", 52.1)]),
    ("The Caixin index, a private survey, eased to 50.6.", [("Caixin index", "down", 50.6)]),
    # near misses: a Caixin survey without a reading, a Caixin report, are no data
    ("The Caixin survey showed new export orders shrank for a second month.", []),
    ("Tencent rose 2% after a Caixin report said regulators would ease game approvals.", []),
])
def test_a_caixin_gauge_or_survey_is_its_pmi(text, expected):
    assert [(f["subject"], f["direction"], f["level"]) for f in facts(text)
            if f["kind"] == "macro"] == expected


@pytest.mark.parametrize("text,expected", [
    # a reading told flat over a period tag is flat data
    ("Producer prices were unchanged month-on-month in May.", [("Producer prices", "flat", None)]),
    ("Retail sales were flat y/y in March.", [("Retail sales", "flat", None)]),
    # the figure after a clause break is another measure's, not the flat one's
    ("Consumer prices were flat in June, but core prices rose 0.4%.",
     [("Consumer prices", "flat", None)]),
    # near miss: the same indicator's move after the break keeps its figure
    ("The CPI was flat on the month, but rose 2.3% on the year.", [("CPI", "up", 2.3)]),
])
def test_a_flat_reading_keeps_to_its_own_clause(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in facts(text)
            if f["kind"] == "macro"] == expected


# a data line's sign right after the indicator is the change's direction; "AHE" is a reading
@pytest.mark.parametrize("text,expected", [
    ("Japan May CPI +3.1% y/y (cons 3.3%, prior 3.5%).", {("CPI", "up", 3.1)}),
    ("UK retail sales volumes -0.8% m/m in April; imports: -1.9%.",
     {("retail sales volumes", "down", 0.8), ("imports", "down", 1.9)}),
    ("AHE +0.4% m/m, the fastest in a year.", {("AHE", "up", 0.4)}),
    # near misses: no sign, no direction; a sign after other words is not the reading's
    ("Japan May CPI 3.1% y/y (cons 3.3%).", set()),
    ("CPI-linked bonds -0.4% on the day.", set()),
])
def test_a_signed_reading_after_its_indicator_tells_the_direction(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct") or f.get("level"))
             for f in facts(text) if f["kind"] == "macro"}
    found = {(s, d, abs(v) if v is not None else v) for s, d, v in found}
    assert found == expected, found


def test_average_hourly_earnings_in_short_is_no_stock():
    found = facts("Unemployment rate at 4.1%. AHE -0.1% m/m.")
    assert not [f for f in found if f["kind"] == "stock_move"], found
    assert has(found, {"kind": "macro", "subject": "AHE", "direction": "down"})


# a data line's reading against its prior, past the forecast beside it; a beat is no rise
@pytest.mark.parametrize("text,expected", [
    ("UK services PMI 52.1 (cons 51.5, prior 50.9).", {("services PMI", "up", 52.1)}),
    ("Japan core CPI 3.2% y/y (prev 3.2%).", {("core CPI", "flat", 3.2)}),
    ("German inflation 1.9% y/y in June vs 2.0% forecast and 2.1% in May.",
     {("inflation", "down", 1.9)}),
    # near misses: a forecast alone tells no direction; a prior is only its own reading's
    ("German inflation came in at 2.1% in June vs 2.0% expected.", {("inflation", None, 2.1)}),
    ("Korea exports 5.9% y/y, imports 2.2% (prior 3.1%).", {("imports", "down", 2.2)}),
])
def test_a_data_line_reading_against_its_prior(text, expected):
    found = {(f["subject"], f.get("direction"), f.get("level"))
             for f in facts(text) if f["kind"] == "macro"}
    assert found == expected, found


# "core" with no noun, its reading right after it, is the core of the price index just told;
# a forecast in brackets belongs to the reading before; a sign is no verb to share
@pytest.mark.parametrize("text,expected", [
    ("US PCE price index +0.2% m/m (consensus 0.2%, prior 0.1%); core too +0.3%.",
     {("PCE price index", "up"), ("core PCE price index", "up")}),
    ("UK inflation 3.6% y/y in June (prior 3.4%). Core quickened to 3.7% from 3.5%.",
     {("inflation", "up"), ("core CPI", "up")}),
    ("Japan CPI +3.1% y/y; core at 2.9%.", {("CPI", "up"), ("core CPI", None)}),
    # near misses: the core of something else; no price index before it; a forecast
    ("CPI rose 0.2% in May. Core holdings gained 2% for the fund.", {("CPI", "up")}),
    ("Retail sales rose 0.5% in May; core fell 0.1%.", {("Retail sales", "up")}),
    ("Economists see CPI rising 0.3% (consensus view); PPI to fall 0.1%.", set()),
])
def test_a_bare_core_reading_is_the_price_index_core(text, expected):
    found = {(f["subject"], f.get("direction")) for f in facts(text) if f["kind"] == "macro"}
    assert found == expected, found


@pytest.mark.parametrize("text,expected", [
    # a market ranked below another is not the view's subject, nor one it is bullish on
    (("Citi strategist Dirk Willer said he prefers international equities over U.S. equities "
      "for next year."), [("international equities", "bullish")]),
    ("HSBC said it favours international stocks to U.S. stocks into 2026.",
     [("international stocks", "bullish")]),
    ("UBS said it prefers Japanese shares rather than Chinese shares.",
     [("Japanese shares", "bullish")]),
    # near miss: "prefers to" with nothing ranked is still a call on the market after it
    ("UBS said it prefers to stay overweight European stocks.", [("European stocks", "bullish")]),
])
def test_a_market_ranked_below_another_is_no_subject(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


@pytest.mark.parametrize("text,expected", [
    # uranium producers are energy, like coal's
    ("Shaw and Partners said it stays bullish on uranium equities into the new year.",
     [("analyst_view", "energy")]),
    ("Uranium miners climbed 4.3% as the spot price firmed.", [("sector_move", "energy")]),
    # near miss: the commodity's own price is no sector
    ("Uranium prices rose 3% to US$82 a pound.", []),
])
def test_uranium_stocks_are_an_energy_sector(text, expected):
    assert [(f["kind"], f["subject"]) for f in facts(text)
            if f["kind"] in ("analyst_view", "sector_move")] == expected


# a sector's telegraphic state word ("Banks weak") is read after a sector only: after another
# plural word ("while the pound stays strong") it is no move inside an analyst's view
@pytest.mark.parametrize("text,expected", [
    (("Mira Holt, a strategist at Calder Capital, said the FTSE 100 may struggle to break "
      "8,600 while the pound stays strong."), {("FTSE 100", "Mira Holt")}),
])
def test_a_state_word_after_no_sector_leaves_a_view_alone(text, expected):
    found = {(f["subject"], f["source"]) for f in facts(text, ("kind", "subject", "source"))
             if f["kind"] == "analyst_view"}
    assert found == expected, found


# a wrap's flow row may name its period or its noun before the signed figure
@pytest.mark.parametrize("text,expected", [
    ("Month-end wrap\n• Southbound (Oct): +HK$62.4bn", [("southbound", "in", "HK$62.4bn")]),
    ("Week in review\n• Southbound flows (week): -HK$8.1bn", [("southbound", "out", "HK$8.1bn")]),
    ("Flows\n• Northbound flows: -CNY 6.5bn", [("northbound", "out", "CNY 6.5bn")]),
    # near miss: a unit in the parentheses leaves a bare number, no money
    ("Flows\n• Southbound (HK$bn): +62.4", []),
])
def test_a_flow_row_with_its_period_or_noun_before_the_sign(text, expected):
    assert [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


# the listed companies a house gives as examples of what it prefers are its bullish picks
@pytest.mark.parametrize("text,expected", [
    (("Jefferies cut developers to underweight, preferring landlords with steady rents like "
      "Link REIT and Swire Properties."),
     {("property", "bearish"), ("Link REIT", "bullish"), ("Swire Properties", "bullish")}),
    ("Morgan Stanley said it favours insurers, including AIA and Ping An.",
     {("insurance", "bullish"), ("AIA Group", "bullish"), ("Ping An Insurance", "bullish")}),
    # near misses: the examples of what is ranked below, or of what is not favoured
    ("Citi prefers landlords over developers such as Longfor Group.", {("property", "bullish")}),
    ("UBS said it no longer favours developers such as Longfor Group.",
     {("property", "bearish")}),
])
def test_companies_given_as_examples_of_a_preference_are_picks(text, expected):
    assert {(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"} == expected


# a note's line opening with a rating verb and no "we" is the note's own call
@pytest.mark.parametrize("text,expected", [
    ("Morning call — CLSA HK desk\n• Upgrade Anta Sports to buy, target HK$110.",
     [("Anta Sports Products", "CLSA", "bullish")]),
    ("Morning call — CLSA HK desk\n- Reiterate buy on Tencent; results next week.",
     [("Tencent Holdings", "CLSA", "bullish")]),
    ("Morning call — CLSA HK desk\n• Downgrade Zorblax Foods (1234.HK) to sell.",
     [("Zorblax Foods", "CLSA", "bearish")]),
    # near misses: no house to own the line; a noun, not a verb, opening it
    ("Upgrade Anta Sports to buy, target HK$110.", []),
    ("Morning call — CLSA HK desk\n• Downgrade risk: Anta Sports may miss guidance.", []),
])
def test_a_notes_imperative_rating_line_is_its_own_call(text, expected):
    assert [(f["subject"], f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


def test_a_preference_whose_examples_name_no_company_gives_no_pick():
    text = ('"Valuations look stretched," said Ann Lee, strategist at Zorblax Research. '
            '"We\'d favour defensive names such as the utilities if yields keep falling."')
    assert all(f["subject"] not in ("Zorblax Research", "") for f in facts(text)
               if f["kind"] == "analyst_view" and f["stance"] == "bullish")


# a negation before a preference verb is part of the call: it turns the stance and stays in
# the view's words (a post must not print "favour developers" for "does not favour")
@pytest.mark.parametrize("text,expected", [
    ("Nomura does not favour Hong Kong developers after the rally.",
     ("property", "bearish", "does not favour Hong Kong developers")),
    ("Macquarie no longer prefers Japanese equities, citing the stronger yen.",
     ("Japanese equities", "bearish", "no longer prefers Japanese equities")),
    # near miss: no negation, the preference stands
    ("Macquarie prefers Japanese equities, citing the weaker yen.",
     ("Japanese equities", "bullish", "prefers Japanese equities")),
])
def test_a_negated_preference_is_no_bullish_call(text, expected):
    subject, stance, view = expected
    views = [f for f in extract_facts(text) if f.kind == "analyst_view"]
    assert [(f.subject, f.stance) for f in views] == [(subject, stance)]
    assert views[0].view.startswith(view)


# a count keeps the scale written on its figure ("+228K", "231 thousand", "7.6M", "1.9
# million"): the level is the whole count, and a prior in the same scale gives the direction;
# an abbreviated forecast ("est.", "exp") is no prior
@pytest.mark.parametrize("text,expected", [
    ("US nonfarm payrolls +228K vs 170K expected.", {("nonfarm payrolls", "up", 228000.0)}),
    ("Initial jobless claims 231K (cons 226K, prev 238K).",
     {("Initial jobless claims", "down", 231000.0)}),
    ("Jobless claims: 219 thousand (prior 219 thousand).", {("Jobless claims", "flat", 219000.0)}),
    ("Job openings rose to 7.6 million in March.", {("Job openings", "up", 7600000.0)}),
    ("Jobless claims 244K (prior 236,000).", {("Jobless claims", "up", 244000.0)}),
    # near misses: a beat on a forecast is no rise; an index reading has no scale to keep
    ("Job openings 7.6M vs 7.3M est.", {("Job openings", None, 7600000.0)}),
    ("Payrolls: 143K vs 155K exp", {("Payrolls", None, 143000.0)}),
    ("Philly Fed manufacturing PMI 52.3 (prior 49.6).", {("manufacturing PMI", "up", 52.3)}),
    ("Ifo 87.9 m/m (prev 87.5).", {("Ifo index", None, 87.9)}),
])
def test_a_count_keeps_its_scale(text, expected):
    found = {(f["subject"], f.get("direction"), f.get("level"))
             for f in facts(text) if f["kind"] == "macro"}
    assert found == expected, found


# a bare tenor right after a tenored rate's reading ("the one-year LPR at 3.1% and the
# five-year at 3.6%") is that rate at the other tenor, and shares its decision
@pytest.mark.parametrize("text,expected", [
    ("The PBOC left the one-year LPR at 3.1% and the five-year at 3.6% on Monday.",
     {("one-year LPR", "flat", 3.1), ("five-year LPR", "flat", 3.6)}),
    ("China cut its one-year loan prime rate to 3.35%, and its 5-year to 3.85%.",
     {("one-year loan prime rate", "down", 3.35), ("5-year loan prime rate", "down", 3.85)}),
    # near misses: no reading of the rate right before it; a bond named after the tenor
    ("The one-year LPR stood at 3.45%; the five-year was 3.95%.", {("one-year LPR", None, 3.45)}),
    ("The PBOC kept the one-year LPR at 3.0% and the 10-year bond at 1.7%.",
     {("one-year LPR", "flat", 3.0)}),
])
def test_a_bare_tenor_after_a_tenored_rate(text, expected):
    found = {(f["subject"], f.get("direction"), f.get("level"))
             for f in facts(text) if f["kind"] == "macro"}
    assert found == expected, found


# a survey told by its compiler alone in a release line, its figure right after it ("Ifo:
# 87.9 (prev 87.5)", "ZEW 41.2"), is the survey's reading; the compiler as a source is none
@pytest.mark.parametrize("text,expected", [
    ("Ifo: 87.9 (cons 88.1, prev 87.5).", {("Ifo index", "up", 87.9)}),
    ("German ZEW: 41.2 (prior 47.5).", {("ZEW index", "down", 41.2)}),
    ("UK GfK -19 (prev -19).", {("GfK consumer confidence", "flat", -19.0)}),
    # near misses: the institute, its economist, a year after it
    ("Ifo economist Timo Wollmershaeuser said 2026 growth would be 0.8%.", set()),
    ("The Ifo institute trimmed its 2026 forecast to 0.8%.", set()),
    ("Ifo 2026 outlook: a slow recovery.", set()),
])
def test_a_survey_told_by_its_compiler_in_a_release_line(text, expected):
    found = {(f["subject"], f.get("direction"), f.get("level"))
             for f in facts(text) if f["kind"] == "macro"}
    assert found == expected, found


# a house's call on a list of sectors is a view on each, even when a sector carries a word
# of its own ("technology hardware", "state-owned banks"); a second verb in the list ends it
@pytest.mark.parametrize("text,expected", [
    ("Guosen Securities recommended tech hardware and non-bank financials for the week.",
     {("technology", "Guosen Securities"), ("financials", "Guosen Securities")}),
    ("Daiwa prefers consumer staples and state-owned banks into the year end.",
     {("consumer", "Daiwa Securities"), ("banks", "Daiwa Securities")}),
    ("Everbright Securities is overweight technology hardware, non-ferrous metals and brokers.",
     {("technology", "Everbright Securities"), ("materials", "Everbright Securities"),
      ("brokerage", "Everbright Securities")}),
    # near misses: the second sector is avoided or sold, not favoured
    ("Nomura favours regional banks and avoids insurers.", {("banks", "Nomura")}),
    ("Nomura favours banks and sells insurers.", {("banks", "Nomura")}),
])
def test_a_call_on_listed_sectors_with_words_of_their_own(text, expected):
    found = {(f["subject"], f["source"]) for f in facts(text) if f["kind"] == "analyst_view"}
    assert found == expected, found


# a call told in an object clause ("X, which Citi kept at buy, rose") rates the name before
# the clause, by the house in it ("the broker": the house named before, never X itself)
@pytest.mark.parametrize("text,expected", [
    (("Geely rose 3% after UBS raised its target. Zijin Mining, which Citi kept at buy, "
      "added 1.1%."), {("Geely Automobile", "UBS"), ("Zijin Mining", "Citi")}),
    (("HSBC Holdings fell 2% after Jefferies cut the lender to hold. Standard Chartered, which "
      "the broker rates a buy, edged up 0.4%."),
     {("HSBC Holdings", "Jefferies"), ("Standard Chartered", "Jefferies")}),
    ("Anta Sports, which Nomura upgraded to buy on Monday, climbed 4% in Hong Kong.",
     {("Anta Sports Products", "Nomura")}),
    # near misses: no house in the clause, no rating after its verb
    ("Standard Chartered, which reported results on Tuesday, rose 1%.", set()),
    ("Xiaomi, which Citi raised its stake in, rose 2%.", set()),
])
def test_a_call_told_in_an_object_clause(text, expected):
    found = {(f["subject"], f["source"]) for f in facts(text) if f["kind"] == "analyst_view"}
    assert found == expected, found


# advice against joining a move is a bearish call on what it names
@pytest.mark.parametrize("text,expected", [
    ("Haitong Securities advised against chasing rallies in solar stocks.",
     {("solar", "Haitong Securities", "bearish")}),
    ("CLSA cautioned clients against piling into Macau casino stocks after their run.",
     {("consumer", "CLSA", "bearish")}),
])
def test_advice_against_chasing_is_bearish(text, expected):
    found = {(f["subject"], f["source"], f["stance"]) for f in facts(text)
             if f["kind"] == "analyst_view"}
    assert found == expected, found


# a note's bare "Top picks:" label lists its house's own picks, one bullish call each; a
# dot inside a name ("Trip.com") does not end the list
@pytest.mark.parametrize("text,expected", [
    (("CLSA Morning Note\nWe expect a rebound in Macau visitors. Top picks: Galaxy "
      "Entertainment, Sands China."),
     [("CLSA", "Galaxy Entertainment Group", "bullish"), ("CLSA", "Sands China", "bullish")]),
    (("CMBI Morning Note\nWe stay selective on platforms.\nPreferred exposures: Trip.com, "
      "Meituan and Tencent."),
     [("CMB International", "Trip.com Group", "bullish"), ("CMB International", "Meituan", "bullish"),
      ("CMB International", "Tencent Holdings", "bullish")]),
    # near misses: a label of movers, and a label in no house's note
    ("CLSA Morning Note\nWe expect a choppy open.\nTop stocks: Tencent +3%, Meituan -2%.", []),
    ("We expect a choppy open. Top picks: Tencent, Meituan.", []),
])
def test_a_notes_bare_picks_label_lists_its_houses_calls(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a broker table's row may tell the stock's target first and its rating last: the rating
# is the call
@pytest.mark.parametrize("text,expected", [
    ("Jefferies: Meituan TP cut to HK$150 from HK$170; hold", [("Jefferies", "Meituan", "neutral")]),
    ("Nomura: Xiaomi price target raised to HK$60 from HK$52, reduce.",
     [("Nomura", "Xiaomi", "bearish")]),
    (("Broker calls\n• UBS: Alibaba target to HK$150 from HK$130, buy\n• Daiwa: downgrades Li Auto "
      "to hold"), [("UBS", "Alibaba Group", "bullish"), ("Daiwa Securities", "Li Auto", "bearish")]),
    # near misses: a row whose target is followed by a move, and a verb "targets"
    ("Citi: Tencent target to HK$720 from HK$650, shares up 2%", []),
    ("Citi: Tencent targets buyers abroad, sell", []),
])
def test_a_table_row_told_target_first_rating_last(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a note's rating label over a list of sectors or listed companies is its house's call on each
@pytest.mark.parametrize("text,expected", [
    ("CLSA Morning Note\nWe expect a choppy week. Overweight: brokers, insurers.",
     [("CLSA", "brokerage", "bullish"), ("CLSA", "insurance", "bullish")]),
    ("CLSA Morning Note\nWe expect a choppy week. Underweight: Tencent and Meituan.",
     [("CLSA", "Tencent Holdings", "bearish"), ("CLSA", "Meituan", "bearish")]),
    # near misses: a label over more than a list, and a label in no house's note
    ("CLSA Morning Note\nWe expect a choppy week.\nOverweight: brokers on weak volumes.", []),
    ("Overweight: brokers, insurers.", []),
])
def test_a_notes_rating_label_over_a_list_is_its_houses_call_on_each(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view" and f["subject"] != "stocks"] == expected


# a second call of the same house in one sentence, the house named again with its own verb
# and its own subject, is a view of its own; a call told twice is one view
@pytest.mark.parametrize("text,expected", [
    (("Meituan rose 3% after Jefferies lifted its target to HK$190, while the broker cut "
      "JD.com to hold."),
     [("Jefferies", "Meituan", "bullish"), ("Jefferies", "JD.com", "bearish")]),
    (("Galaxy Entertainment gained 2% after UBS reiterated its buy rating, while Sands China "
      "fell 4% after the same bank cut its target on the casino operator to HK$18."),
     [("UBS", "Galaxy Entertainment Group", "bullish"), ("UBS", "Sands China", "bearish")]),
    # near misses: the house named again about the same call, and a call told twice
    ("Nomura kept its buy on BYD, and the broker said it still sees upside for the carmaker.",
     [("Nomura", "BYD", "bullish")]),
    ("Nomura still has a buy on BYD, though the target falls to HK$128.",
     [("Nomura", "BYD", "bullish")]),
])
def test_a_second_call_of_the_house_named_again_is_its_own_view(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a call of its own joined after advice to investors is a view beside the advice's
@pytest.mark.parametrize("text,expected", [
    ("UBS advised clients to add Chinese insurers, and said it remained underweight on developers.",
     [("UBS", "insurance", "bullish"), ("UBS", "property", "bearish")]),
    ("Citi recommended investors switch into Tencent, while staying neutral on Alibaba.",
     [("Citi", "Tencent Holdings", "bullish"), ("Citi", "Alibaba Group", "neutral")]),
    # near misses: the joined call repeats the advice's name, or names nothing
    ("UBS advised clients to add Chinese insurers, and said it remained overweight on insurers.",
     [("UBS", "insurance", "bullish")]),
    ("UBS advised clients to buy banks, and said it was cautious on the outlook for margins.",
     [("UBS", "banks", "bullish")]),
])
def test_a_call_joined_after_advice_is_its_own_view(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a rating label over bare sector words ("Underweight: solar"), and a neutral or hold
# label, is the note's call too
@pytest.mark.parametrize("text,expected", [
    ("Daiwa Strategy Daily\nWe see more upside. Underweight: solar.",
     [("Daiwa Securities", "solar", "bearish")]),
    ("Daiwa Strategy Daily\nWe see more upside. Overweight: consumer, property and banks.",
     [("Daiwa Securities", "consumer", "bullish"), ("Daiwa Securities", "property", "bullish"),
      ("Daiwa Securities", "banks", "bullish")]),
    ("Daiwa Strategy Daily\nWe see more upside. Neutral: banks and insurers.",
     [("Daiwa Securities", "banks", "neutral"), ("Daiwa Securities", "insurance", "neutral")]),
    ("Daiwa Strategy Daily\nWe see more upside. Hold: property.",
     [("Daiwa Securities", "property", "neutral")]),
    # near misses: a sector word that heads a longer noun, a label over counts
    ("Daiwa Strategy Daily\nWe see more upside. Underweight: solar power capacity.", []),
    ("Daiwa Strategy Daily\nWe see more upside. Buy: 12 (+3 vs last week).", []),
])
def test_a_rating_label_over_bare_sector_words(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view" and f["subject"] != "stocks"] == expected


# a plain "said" with a forecast of the index named before is a view on that index
@pytest.mark.parametrize("text,expected", [
    (("The Hang Seng Index climbed 0.8% to 25,410. Kenny Ho, managing director at Lofty "
      "Securities, said the index could test 26,000 before the holiday."),
     [("Kenny Ho", "Hang Seng Index")]),
    ("The Nikkei 225 slipped 0.4%. Nomura said the benchmark may revisit its March lows.",
     [("Nomura", "Nikkei 225")]),
    # near misses: an index provider's news of the index, a move told as a fact
    (("The Hang Seng Index rose 1%. Hang Seng Indexes said the index will add two stocks "
      "next month."), []),
    ("The Hang Seng Index rose 1%. Nomura said the index fell in the final hour.", []),
])
def test_a_said_forecast_of_the_index_named_before(text, expected):
    assert [(f["source"], f["subject"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a stance told as a state on a country is a view on that country's market
@pytest.mark.parametrize("text,expected", [
    ("HSBC is overweight on Hong Kong after the selloff.", [("HSBC", "Hong Kong", "bullish")]),
    ("UBS strategists remain underweight Japan.", [("UBS", "Japan", "bearish")]),
    # near misses: a state on nothing named, on a day
    ("UBS kept an underweight rating.", []),
    ("UBS was underweight on Monday.", []),
])
def test_a_state_on_a_country_is_a_view_on_its_market(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


def test_a_state_on_a_kind_of_a_countrys_stocks_is_not_on_the_country():
    assert all(f["subject"] != "Hong Kong" for f in facts(
        "HSBC is overweight on Hong Kong dividend payers.") if f["kind"] == "analyst_view")


# a kind of fund that moved money out of or into a market's assets is the mover; plain
# investors' money so moved is that asset class's flow
@pytest.mark.parametrize("text,expected", [
    ("Hedge funds yanked $2.1 billion out of Japanese stocks last week, prime brokerage data showed.",
     [("Hedge funds", "out", "$2.1 billion")]),
    ("Dedicated EM funds pulled about US$900 million from Korean shares in the latest week.",
     [("Dedicated EM funds", "out", "US$900 million")]),
    ("Mutual funds pumped $4 billion into Indian stocks in May.",
     [("Mutual funds", "in", "$4 billion")]),
    # near misses: no kind of fund moved it, or the funds are the foreigners
    ("Investors pulled $3.4 billion from U.S. stocks in the week to Wednesday.",
     [("U.S. stocks", "out", "$3.4 billion")]),
    ("Global funds pulled $2.6 billion from Asian equities last week.",
     [("foreign investors", "out", "$2.6 billion")]),
])
def test_a_kind_of_fund_moving_money_from_a_market_is_the_mover(text, expected):
    assert [(f["subject"], f["direction"], f["amount"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


# a house named for its role in a deal (adviser, underwriter, sponsor) makes no call
@pytest.mark.parametrize("text,expected", [
    ("Pop Mart, which JPMorgan advised on its listing, climbed 4% to HK$210.", []),
    ("UBS advised Lenovo on the sale of its server unit to a local buyer.", []),
    ("Shares of Chagee, whose IPO Goldman Sachs underwrote, slipped 2% on Tuesday.", []),
    ("CICC, the deal's sole sponsor, priced the offering at HK$19.60 a share.", []),
    # near misses: advice to investors is a call, and the adviser keeps its own call
    ("Citi advised clients to trim exposure to Macau casino stocks.",
     [("Citi", "bearish")]),
    ("Morgan Stanley, which advised on the spin-off, said Alibaba shares looked cheap.",
     [("Morgan Stanley", "bullish")]),
])
def test_a_house_in_a_deal_role_makes_no_call(text, expected):
    assert [(f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a pick joined to a house's first call by its verb alone ("..., and recommended chip and
# shipbuilding stocks", "... but favours Tencent") is a bullish view on each name it lists
@pytest.mark.parametrize("text,expected", [
    (("Mirae Asset expects the Kospi to trade between 2,600 and 2,750 next week, and "
      "recommended battery and shipbuilding stocks."),
     [("Mirae Asset", "Kospi", "neutral"), ("Mirae Asset", "batteries", "bullish"),
      ("Mirae Asset", "shipbuilding", "bullish")]),
    ("HSBC cut its Hang Seng target to 23,500 but favours Tencent and NetEase.",
     [("HSBC", "Hang Seng Index", "bearish"), ("HSBC", "Tencent Holdings", "bullish"),
      ("HSBC", "NetEase", "bullish")]),
    ("Daiwa said the Taiex could rise to 24,000 this quarter, and said it prefers chipmakers.",
     [("Daiwa Securities", "Taiex", "bullish"), ("Daiwa Securities", "semiconductors", "bullish")]),
    # the pick keeps the first call's own stance (moved here from the stance test: the pick
    # is now a view of its own)
    ("Macquarie sees the Kospi falling 7% by year-end, and prefers defensive names.",
     [("Macquarie", "Kospi", "bearish"), ("Macquarie", "defensives", "bullish")]),
    # near misses: advice to sell, a verb without a name after it, no joint
    ("Citi expects the Hang Seng to rise, and recommended selling Meituan.",
     [("Citi", "Hang Seng Index", "bullish")]),
    ("Citi expects the Hang Seng to rise and prefers to wait for a pullback in Meituan.",
     [("Citi", "Hang Seng Index", "bullish")]),
])
def test_a_pick_joined_by_its_verb_alone_is_a_bullish_view(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a quote that names nothing, takes no stance and has no word of markets in it is about
# something else (the weather, a negotiation): no call; a market quote naming nothing is one
@pytest.mark.parametrize("text,sources", [
    (("“The heavy rain flooded two rail lines and shut schools across the district,” said "
     "Anna Choi, a research analyst at the Urban Policy Institute."), []),
    (("“It makes for good politics to keep the talks going until the deadline,” said Peter "
     "Lam, chief economist at a freight forwarder."), []),
    # near misses: the words of markets, without a stance word
    (("“This is a classic risk-off move and it could run into next week,” said Helen Ng, a "
     "strategist at Eastspring."), ["Helen Ng"]),
    (("“Pullbacks have been shallow and bought quickly all year,” said Ken Wong, a portfolio "
     "manager at Kaiyuan Capital."), ["Ken Wong"]),
])
def test_a_quote_on_no_market_is_no_call(text, sources):
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == sources


# the listener of "told Reuters that ..." is not what the view is on
@pytest.mark.parametrize("text,expected", [
    (("Li Wei, chief strategist at Lianhe Fund, told Reuters that Hong Kong stocks could "
     "rally another 10% by year-end."), [("Li Wei", "Hong Kong stocks", "bullish")]),
    (("Mark Dalton, a defence analyst at a consultancy, told Bloomberg News that the convoy "
     "had been rerouted twice."), []),
])
def test_the_listener_of_told_is_not_the_subject(text, expected):
    assert [(f["source"], f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a house that flags or reports its own business ("a narrower net interest margin", "higher
# costs") gives company news, no call; the same nouns of others stay a call
@pytest.mark.parametrize("text,sources", [
    (("Lenders dragged on the Straits Times Index after OCBC flagged a narrower net interest "
     "margin."), []),
    (("Standard Chartered shares slid 3% after the bank flagged higher costs from new capital "
     "rules."), []),
    # near misses: another's costs, and a kept rating after a said clause on guidance
    ("Citi flagged higher costs for airlines as jet fuel prices climb.", ["Citi"]),
    (("Honda slid 2.2% after it trimmed its outlook. Mizuho said the guidance was prudent and "
     "kept its buy rating."), ["Mizuho"]),
])
def test_a_house_flagging_its_own_business_makes_no_call(text, sources):
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == sources


# a note's own bare verbs ("We keep our Buy on X", "We initiate Y at Add") are its calls; the
# same verbs after anyone but "we" are none ("would keep adding to its holdings")
@pytest.mark.parametrize("text,expected", [
    ("Jefferies morning note: We initiate Sands China at Buy with a HK$28 price target.",
     [("Sands China", "bullish")]),
    ("Macquarie daily note: We retain our Outperform rating on Woolworths after the update.",
     [("Woolworths Group", "bullish")]),
    ("UBS morning note: We keep our Sell rating on Li Auto as price cuts squeeze margins.",
     [("Li Auto", "bearish")]),
    # near misses: a fund's own buying, and shoppers moving money
    (("Central Huijin Investment said it had bought index funds and would keep adding to its "
      "holdings."), []),
    ("Retail investors move cash into Tencent as the Hang Seng Index firms.", []),
])
def test_a_notes_bare_verbs_are_its_calls(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a note's picks told as a sentence ("Top picks for 2025 are A and B") and a house's list of
# top picks with no possessive are each a bullish call on every name listed
@pytest.mark.parametrize("text,expected", [
    (("Mizuho Morning Note\nHong Kong: We stay neutral on the index. Top picks for the quarter "
      "remain Tencent and AIA Group."), [("Tencent Holdings", "bullish"), ("AIA Group", "bullish")]),
    (("Samsung Securities named SK Hynix and KB Financial as top picks for the second half, "
      "citing chip demand."), [("SK Hynix", "bullish"), ("KB Financial Group", "bullish")]),
    # near miss: picks that trail the market are no call
    (("Mizuho Morning Note\nHong Kong: We stay neutral on the index. Top picks are lagging the "
      "market this week, led by Tencent and AIA Group."), []),
])
def test_top_picks_told_as_a_sentence_are_calls(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view" and f["subject"] != "Hang Seng Index"] == expected


# money into a named family of funds (plural) is those funds' flow: mainland money into
# onshore ETFs is no southbound flow; without a named fund the movers keep it
@pytest.mark.parametrize("text,expected", [
    ("Mainland investors pumped 3.8 billion yuan into the STAR 50 ETFs on Monday.",
     [("STAR 50 ETFs", "in")]),
    ("Mainland traders pulled 1.2 billion yuan out of ChiNext ETFs last week.",
     [("ChiNext ETFs", "out")]),
    # near misses: no fund named, the southbound flow stays
    ("Mainland investors bought a net HK$5.2 billion of Hong Kong shares on Tuesday.",
     [("southbound", "in")]),
    ("Mainland investors poured HK$2 billion into Hong Kong tech stocks on Friday.",
     [("southbound", "in")]),
])
def test_money_into_named_funds_is_their_flow(text, expected):
    assert [(f["subject"], f["direction"]) for f in facts(text)
            if f["kind"] == "capital_flow"] == expected


# a house's person named before it ("Name of House", "Name at House") is the view's source
@pytest.mark.parametrize("text,sources", [
    ("Priya Raman of Morgan Stanley said the Nifty could climb to 26,500 by March.",
     ["Priya Raman"]),
    ("Senior strategist Lars Nygaard at Goldman Sachs expects the Stoxx 600 to rise 6%.",
     ["Lars Nygaard"]),
    # near misses: the house alone, and a title-case headline's words before "at"
    ("Analysts at Morgan Stanley said the Nifty could climb to 26,500 by March.",
     ["Morgan Stanley"]),
    ("Infosys Earns Buy Rating at Citi", []),
])
def test_a_person_of_a_house_is_the_source(text, sources):
    assert [f["source"] for f in facts(text) if f["kind"] == "analyst_view"] == sources


# a headline's second rating change after a comma needs no new rating when its object ends
# the clause: "downgrades A to neutral, upgrades B"
@pytest.mark.parametrize("text,expected", [
    ("Jefferies upgrades Sony to buy, downgrades Nintendo",
     [("Sony Group", "bullish"), ("Nintendo", "bearish")]),
    ("UBS downgrades Meituan, upgrades Alibaba",
     [("Meituan", "bearish"), ("Alibaba Group", "bullish")]),
    # near miss: the second change's object does not end the clause, no rating told
    ("UBS upgrades Alibaba to buy, downgrades Meituan on rising competition",
     [("Alibaba Group", "bullish")]),
])
def test_a_bare_second_rating_change_is_a_call(text, expected):
    assert [(f["subject"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"] == expected


# a top pick told by other verbs than "named" ("calls", "keeps", "reiterated", "retained"),
# its object a name, "it" or a description of the company named before
@pytest.mark.parametrize("text,expected", [
    ("Xiaomi jumps 4% as Morgan Stanley calls it a top pick for the year",
     [("Xiaomi", "Morgan Stanley", "bullish")]),
    ("Jefferies keeps Alibaba as its top pick among Chinese internet names.",
     [("Alibaba Group", "Jefferies", "bullish")]),
    ("Nomura called Toyota its top pick in Japanese autos.",
     [("Toyota Motor", "Nomura", "bullish")]),
    ("Daiwa retained Sony as one of its top picks.",
     [("Sony Group", "Daiwa Securities", "bullish")]),
    ("Shares of Tencent rose 2.5% after UBS reiterated the internet giant as its top pick for 2025.",
     [("Tencent Holdings", "UBS", "bullish")]),
    # a kind of pick is no own business of the house ("its top income pick")
    ("Woodside rose 2% after Macquarie named the energy producer its top income pick.",
     [("Woodside Energy", "Macquarie", "bullish")]),
    # near misses: a description with no company before, "calls it" with no pick, and a
    # house's own dividend
    ("Citi reiterated the telecom operator as its top dividend pick.", []),
    ("Citi calls it a day on Alibaba after a 40% rally.", []),
    ("HSBC kept its dividend unchanged.", []),
])
def test_a_top_pick_kept_or_called_is_a_bullish_view(text, expected):
    assert [(f["subject"], f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a house rated by a description ("cut the lender") is the one company that moved in the
# clause before; an index it trades on ("on the FTSE 100") is no second mover
@pytest.mark.parametrize("text,expected", [
    (("HSBC was the biggest drag on the Hang Seng Index, down 2.4%, after Jefferies cut the "
     "lender to hold."), [("HSBC", "Jefferies", "bearish")]),
    (("Barclays was the top faller on the FTSE 100, down 2.8%, after Citi downgraded the bank "
     "to sell."), [("Barclays", "Citi", "bearish")]),
    # near misses: the index moves too, or alone; who was rated is unknown
    (("Deutsche Bank fell 2% and the DAX slipped 0.5% after Morgan Stanley cut the lender to "
     "equal-weight."), []),
    ("The FTSE 100 fell 1% after Morgan Stanley cut the lender to equal-weight.", []),
])
def test_an_index_a_rated_house_trades_on_is_no_mover(text, expected):
    assert [(f["subject"], f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a broker table's row "House: Rating on Stock", and a row opening with the stock's target
# that ends with its rating kept: the target's cut is the call, a raise under a kept hold
# is none
@pytest.mark.parametrize("text,expected", [
    ("Street calls:\n- Jefferies: Buy on Reliance Industries, TP Rs 1,650",
     [("Reliance Industries", "Jefferies", "bullish")]),
    ("Street calls:\n- Macquarie: Underperform rating on Xiaomi",
     [("Xiaomi", "Macquarie", "bearish")]),
    ("Street calls:\n- UBS: Tencent price target lowered to HK$480 from HK$520; Buy maintained",
     [("Tencent Holdings", "UBS", "bearish")]),
    ("Street calls:\n- UBS: Tencent target raised to HK$560; Neutral kept",
     [("Tencent Holdings", "UBS", "neutral")]),
    # near misses: a rating on no named stock, and a house that does not open the row
    ("Street calls:\n- Jefferies: Buy on dips in Indian banks", []),
    ("Strategy notes and Jefferies: Buy on Reliance Industries", []),
])
def test_a_broker_row_rating_on_a_stock_is_a_call(text, expected):
    assert [(f["subject"], f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# a mover's line with the house's call in brackets after the move: the call is on the mover
@pytest.mark.parametrize("text,expected", [
    ("Tokyo movers:\n- Sony Group +3.1% (Mizuho: Buy, TP ¥4,200)",
     [("Sony Group", "Mizuho", "bullish")]),
    ("Mumbai movers:\n- Infosys fell 2.4% (Jefferies: target cut to Rs 1,600)",
     [("Infosys", "Jefferies", "bearish")]),
    # near miss: what is bracketed carries no rating, change or target
    ("Hong Kong movers:\n- Tencent -1.8% (UBS: results due Wednesday)", []),
])
def test_a_bracketed_call_after_a_move_is_on_the_mover(text, expected):
    assert [(f["subject"], f["source"], f["stance"]) for f in facts(text)
            if f["kind"] == "analyst_view"] == expected


# the fund or stock "led by" which the movers' flow went is a flow of its own, with its
# share of the money and the flow's direction
@pytest.mark.parametrize("text,expected", [
    ("Gold ETFs saw outflows of $2.1 billion last week, led by the SPDR Gold Trust with $1.4 billion.",
     [("Gold ETFs", "out", "$2.1 billion"), ("SPDR Gold Trust", "out", "$1.4 billion")]),
    ("Ether funds took in $640 million on Friday, led by Fidelity's Ethereum Fund with $410 million.",
     [("funds", "in", "$640 million"), ("Ethereum Fund", "in", "$410 million")]),
    ("Mainland investors bought a net HK$8.6 billion of Hong Kong stocks, led by Tencent at HK$2.3 billion.",
     [("southbound", "in", "HK$8.6 billion"), ("Tencent Holdings", "in", "HK$2.3 billion")]),
    # near misses: the leader of a move, and a leader's turnover, are no flow
    ("Mainland investors bought a net HK$8.6 billion, as the Hang Seng rose 1.8%, led by Tencent at HK$2.3 billion.",
     [("southbound", "in", "HK$8.6 billion")]),
    ("Mainland investors bought a net HK$8.6 billion, led by Tencent with HK$5 billion in turnover.",
     [("southbound", "in", "HK$8.6 billion")]),
])
def test_the_leader_of_a_flow_has_its_own_flow(text, expected):
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text) if f["kind"] == "capital_flow"]
    assert flows == expected


# the participles and particle verbs of flow verbs already known ("pump in", "gathering",
# "unloading"), a money verb's amount only in its own clause
@pytest.mark.parametrize("text,expected", [
    ("Nifty ends at record as FIIs pump in Rs 3,100 crore",
     [("foreign investors", "in", "Rs 3,100 crore")]),
    ("Foreign investors pumped in $850 million over the week, exchange data showed.",
     [("foreign investors", "in", "$850 million")]),
    ("Bond ETFs took in $3.4 billion, with the Vanguard Total Bond Market ETF gathering $1.2 billion.",
     [("Bond ETFs", "in", "$3.4 billion"), ("Vanguard Total Bond Market ETF", "in", "$1.2 billion")]),
    ("Foreign investors were unloading 640 billion won of Korean shares on Thursday.",
     [("foreign investors", "out", "640 billion won")]),
    # near miss: investors gathering somewhere, and another clause's money
    ("Investors gathered in Zurich this week, where $3 trillion of assets were represented.", []),
    ("Retail investors are gathering outside the bank, which holds $40 billion of deposits.", []),
])
def test_more_forms_of_known_flow_verbs(text, expected):
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text) if f["kind"] == "capital_flow"]
    assert flows == expected


# a live blog's verbless ranking names a stock's flow: "Xiaomi the most-bought name at ..."
@pytest.mark.parametrize("text,expected", [
    ("Alibaba the most-sold name at HK$720m as mainland investors took profits.",
     [("Alibaba Group", "out", "HK$720m")]),
    ("Xiaomi the most-bought stock via the link at HK$1.4bn.",
     [("Xiaomi", "in", "HK$1.4bn")]),
    # near misses: a product ranked by sales, and a stock's revenue
    ("The Model Y the most-sold car at $40 billion in sales.", []),
    ("Apple was the most bought stock on Robinhood, with $2 billion in revenue.", []),
])
def test_a_verbless_ranking_is_a_stocks_flow(text, expected):
    flows = [(f["subject"], f["direction"], f["amount"]) for f in facts(text) if f["kind"] == "capital_flow"]
    assert flows == expected


# a data vendor cited for figures is never a view's source, even listed before a house
# that makes a call ("according to EPFR, and Nomura ...")
@pytest.mark.parametrize("text,expected", [
    (("Regional funds pulled $1.1 billion from Korean equities last week, according to EPFR, "
     "and Nomura's strategists kept an underweight on Korean exporters."), ["Nomura"]),
    ("Bank issuance hit a record, Dealogic figures show, and UBS stays overweight European banks.",
     ["UBS"]),
    ("Deal volumes fell 20%, per LSEG data, while Citi remains bullish on Hong Kong stocks.",
     ["Citi"]),
])
def test_a_data_vendor_is_no_views_source(text, expected):
    sources = [f["source"] for f in facts(text) if f["kind"] == "analyst_view"]
    assert sources == expected


# a headline's passive rating change, its "was" left out, and several in one round-up line
@pytest.mark.parametrize("text,expected", [
    ("Nike cut to underperform at Bernstein on China weakness; shares drop 3%",
     [("Nike", "Bernstein", "bearish", "cut to underperform at Bernstein on China weakness")]),
    ("Micron raised to buy at HSBC as memory prices firm",
     [("Micron Technology", "HSBC", "bullish", "raised to buy at HSBC as memory prices firm")]),
    (("Broker calls: BP lowered to hold from buy at Deutsche Bank; Rio Tinto downgraded to "
     "underweight by JPMorgan"),
     [("BP", "Deutsche Bank", "bearish", "lowered to hold from buy at Deutsche Bank"),
      ("Rio Tinto", "JPMorgan", "bearish", "downgraded to underweight by JPMorgan")]),
    # near misses: a rate or a price cut, not to a rating, and no house after the rating
    ("Prime rate cut to 3.45% by the central bank on Monday", []),
    ("Tesla Model Y prices cut to $39,990 at US showrooms", []),
    ("Samsung moved to overweight in the MSCI index rebalance", []),
])
def test_a_headline_rating_change_without_was(text, expected):
    views = [(f["subject"], f["source"], f["stance"], f["view"])
             for f in facts(text, (*KEYS, "view")) if f["kind"] == "analyst_view"]
    assert views == expected


# "It picked A, B and C as top picks": a list of picks told in the sentence after the house,
# by other verbs of choosing too, and even when the house's own call before was not read
@pytest.mark.parametrize("text,expected", [
    (("Samsung Securities lifted its Kospi forecast to 3,200 on stronger chip exports. "
     "It picked Hyundai Motor, Kia and Naver as top picks."),
     {"Hyundai Motor", "Kia", "Naver"}),
    (("Daiwa published its outlook for the second half on Monday. "
     "It selected Toyota and Sony as its preferred names."),
     {"Toyota Motor", "Sony Group"}),
    (("Mizuho widened its Nikkei range to 36,000-42,000 for the half. "
     "It named Hitachi and Fast Retailing as top picks."),
     {"Hitachi", "Fast Retailing"}),
])
def test_it_picked_a_list_of_top_picks(text, expected):
    views = [f for f in facts(text) if f["kind"] == "analyst_view" and f["subject"] in expected]
    assert {v["subject"] for v in views} == expected, facts(text)
    assert len({v["source"] for v in views}) == 1 and all(v["stance"] == "bullish" for v in views)


# near misses: two houses before (whose "It" is unclear), and a company's "it" naming managers
@pytest.mark.parametrize("text", [
    "Nomura and Daiwa both raised their Nikkei targets. It named Toyota and Sony as top picks.",
    "Toyota Motor reported record profit. It named two executives as key names for the merger.",
    "Citi raised its Kospi target. It picked up Samsung Electronics shares at a discount.",
])
def test_it_picked_needs_one_house_and_a_list_of_picks(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"
                and f["subject"] in {"Toyota Motor", "Sony Group", "Samsung Electronics"}], facts(text)


# a note's later calls after a semicolon keep the house's voice: "...; we are cautious on
# developers", "...; we downgrade Geely to neutral" (not inside a speaker's quote)
def test_a_notes_call_after_a_semicolon_is_the_houses():
    text = ("Daiwa Securities strategy note: We raise our Topix target to 3,000; "
            "we stay underweight autos and chemicals.")
    views = {(f["subject"], f["source"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"}
    assert ("auto", "Daiwa Securities", "bearish") in views, views
    quoted = '"We prefer banks and insurers; we are cautious on developers," Citi strategists wrote.'
    views = {(f["subject"], f["source"]) for f in facts(quoted) if f["kind"] == "analyst_view"}
    assert ("banks", "Citi") in views and ("property", "Citi") in views, views


# money "put" into a kind of fund or a named fund is that fund's flow, with its amount; a
# second fund in the same movers' participle clause ("while pulling $X from Y ETFs") too
@pytest.mark.parametrize("text, expected", [
    ("Investors put $2.4 billion into Japan equity ETFs in the week to Wednesday.",
     [{"subject": "Japan equity ETFs", "direction": "in", "amount": "$2.4 billion"}]),
    ("Bond funds shed $800 million, while investors put $1.1 billion into emerging market debt funds.",
     [{"subject": "emerging market debt funds", "direction": "in", "amount": "$1.1 billion"}]),
    (("Investors poured $3.1 billion into the Energy Select Sector SPDR Fund last week, the most "
      "since 2022, while pulling $900 million from semiconductor ETFs, LSEG Lipper data showed."),
     [{"subject": "Energy Select Sector SPDR Fund", "direction": "in", "amount": "$3.1 billion"},
      {"subject": "semiconductor ETFs", "direction": "out", "amount": "$900 million"}]),
    ("Investors yanked $1.5 billion from gold funds and also putting $600 million into silver ETFs.",
     [{"subject": "gold funds", "direction": "out", "amount": "$1.5 billion"},
      {"subject": "silver ETFs", "direction": "in", "amount": "$600 million"}]),
    ("Mainland mutual funds added about 7 billion yuan to dividend ETFs on Monday.",
     [{"subject": "dividend ETFs", "direction": "in", "amount": "7 billion yuan"}]),
])
def test_money_put_into_a_fund_is_its_flow(text, expected):
    found = [f for f in facts(text) if f["kind"] == "capital_flow"]
    assert all(has(found, e) for e in expected), found


# near misses: "put" with no money into a fund moves nothing
@pytest.mark.parametrize("text", [
    "Investors put pressure on equity funds as redemptions mounted.",
    "Traders put $2 billion of bets on further rate cuts.",
    "Strategists put the fair value of the index at 6,200, while pulling forecasts for bonds.",
])
def test_put_without_money_into_a_fund_is_no_flow(text):
    assert not [f for f in facts(text) if f["kind"] == "capital_flow"], facts(text)


# a standing preference on a list of sectors is a view on each: "prefers X, Y and Z",
# "keeps its overweight on X and Y", "remains underweight on X and Y", "focus on X and Y"
@pytest.mark.parametrize("text,expected", [
    (("Daiwa Securities said it keeps its overweight on shipbuilders and defence contractors "
      "into the new quarter."), {("shipbuilding", "bullish"), ("defence", "bullish")}),
    (("Mirae Asset advised clients to focus on shipbuilders, defence contractors and banks "
      "ahead of the export data."),
     {("shipbuilding", "bullish"), ("defence", "bullish"), ("banks", "bullish")}),
    (("Nomura strategists prefer brokerages and insurers, and remain underweight on developers "
      "and automakers."), {("brokerage", "bullish"), ("insurance", "bullish"),
                         ("property", "bearish"), ("auto", "bearish")}),
])
def test_a_preference_on_a_sector_list_is_a_view_on_each(text, expected):
    views = {(f["subject"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"}
    assert expected <= views, views


# near misses: a preference for a sector's names by example, and a list after a move
@pytest.mark.parametrize("text", [
    "Shipbuilders and defence contractors led gains, with HD Hyundai up 4%.",
    "The brokerage's clients focus on yields rather than on shipbuilders or banks.",
])
def test_no_sector_list_view_without_a_house_preference(text):
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"], facts(text)


# a call's tail names its picks: "..., with A and B as its preferred names", "..., naming A
# and B among its top picks", however far the house stands before it
@pytest.mark.parametrize("text,expected", [
    (("Daiwa said in a sector note on Tuesday that it stays overweight on Japanese carmakers, "
      "with Toyota Motor and Honda Motor as its preferred names."),
     {("Toyota Motor", "Daiwa Securities"), ("Honda Motor", "Daiwa Securities")}),
    (("CLSA said in its quarterly strategy report that Hong Kong stocks could rally further, "
      "naming Tencent and Meituan among its top picks."),
     {("Tencent Holdings", "CLSA"), ("Meituan", "CLSA")}),
])
def test_picks_in_a_calls_tail_are_views_of_its_house(text, expected):
    views = {(f["subject"], f["source"]) for f in facts(text)
             if f["kind"] == "analyst_view" and f["stance"] == "bullish"}
    assert expected <= views, views


# near miss: names "with" a move are movers, not picks
def test_names_with_a_move_are_no_picks():
    text = "Hong Kong stocks rose 2% on Monday, with Tencent and Meituan among the top gainers."
    assert not [f for f in facts(text) if f["kind"] == "analyst_view"], facts(text)


# a note's label of picks may carry its period: "Top picks this week:", "Top picks for July:"
@pytest.mark.parametrize("text", [
    ("Mirae Asset Morning Brief: We stay overweight on Korea. Top picks this week: Samsung "
     "Electronics, SK Hynix and Hyundai Motor."),
    ("Mirae Asset Morning Brief: We stay overweight on Korea. Top picks for July: Samsung "
     "Electronics, SK Hynix and Hyundai Motor."),
])
def test_a_dated_picks_label_lists_the_notes_picks(text):
    views = {f["subject"] for f in facts(text) if f["kind"] == "analyst_view"
             and f["source"] == "Mirae Asset" and f["stance"] == "bullish"}
    assert {"Samsung Electronics", "SK Hynix", "Hyundai Motor"} <= views, views


# a rating change joined to a first call moves each name after it, the verb left out
def test_a_joined_rating_change_moves_each_name():
    text = ("Citi turned cautious on Chinese lenders, downgrading ICBC to sell and China "
            "Construction Bank to neutral on margin pressure.")
    views = {(f["subject"], f["stance"]) for f in facts(text) if f["kind"] == "analyst_view"}
    assert {("ICBC", "bearish"), ("China Construction Bank", "bearish")} <= views, views


# a data series in a descriptive subject: its own indicator, read with its move and figure
@pytest.mark.parametrize(("text", "subject", "direction", "figure"), [
    ("Total social financing expanded by 1.8 trillion yuan in March, central bank data showed.",
     "Total social financing", "up", ("amount", 1.8)),
    ("A gauge of prices paid by service providers slipped to 60.1 from 62.3.",
     "prices paid", "down", ("level", 60.1)),
    ("The services PMI edged up to 51.2, while its manufacturing gauge fell to 47.9.",
     "PMI", "down", ("level", 47.9)),  # no "its" in a subject: the indicator's name
    ("Taiwan's exports grew 9% in May, as chip shipments surged 15%.",
     "chip shipments", "up", ("change_pct", 15.0)),
    ("Chinese industrial companies' profits slid 2.4% in the first quarter.",
     "industrial companies' profits", "down", ("change_pct", 2.4)),
    ("Output at eight core industries rose 4.1% in August, government data showed.",
     "core sector output", "up", ("change_pct", 4.1)),
    ("Macau's gaming revenue fell 3% in June, official data showed.",
     "Macau's gaming revenue", "down", ("change_pct", 3.0)),
    ("Five-year inflation expectations eased to 3.0% from 3.2%, the survey showed.",
     "Five-year inflation expectations", "down", ("level", 3.0)),
])
def test_a_series_in_a_descriptive_subject_is_read(text, subject, direction, figure):
    macro = [f for f in facts(text) if f["kind"] == "macro"]
    assert any(f["subject"] == subject and f["direction"] == direction and
               str(f[figure[0]]).startswith(str(figure[1])) for f in macro), macro


# near misses: a company's own chip shipments, a sector gauge's move, a broker's forecast
@pytest.mark.parametrize("text", [
    "Samsung's chip shipments rose 12% in the quarter, the company said.",
    "The financial services gauge fell 1.2% as lenders slid.",
    "Economists expect total social financing to rise by 2 trillion yuan.",
])
def test_no_macro_series_from_a_near_miss(text):
    assert not [f for f in facts(text) if f["kind"] == "macro"], facts(text)


# FX reserves are a stock: the level they moved to; a series told by a longer description
@pytest.mark.parametrize(("text", "subject", "direction", "figure"), [
    ("Indonesia's foreign exchange reserves fell $1.2 billion to $150.3 billion in May.",
     "foreign exchange reserves", "down", ("amount", "$150.3 billion")),
    ("Orders for U.S.-made durable goods dropped 6.3% in March, the Commerce Department said.",
     "factory orders", "down", ("change_pct", 6.3)),
    ("The number of employed people fell 48,000 from a year earlier.",
     "number of employed people", "down", ("level", 48000.0)),
    ("Japan's core-core index, which excludes fresh food and energy, rose 2.4 pct in June.",
     "core-core index", "up", ("change_pct", 2.4)),
])
def test_a_series_by_a_longer_description_is_read(text, subject, direction, figure):
    macro = [f for f in facts(text) if f["kind"] == "macro"]
    assert any(f["subject"] == subject and f["direction"] == direction and
               str(f[figure[0]]).startswith(str(figure[1])) for f in macro), macro


# near miss: reserves' change alone, with no level, is no reading of the stock
def test_fx_reserves_change_alone_is_not_a_level():
    text = "Thailand's forex reserves rose by $2.1 billion last week."
    assert not [f for f in facts(text) if f["kind"] == "macro"], facts(text)
