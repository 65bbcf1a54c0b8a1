"""Index, stock and sector moves: one table per class of error rule-based extractors make.

Each case is a sentence in the style of a market report and the facts it must (or must
not) give. Subjects are canonical names from the bundled lexicon.
"""

from __future__ import annotations

import pytest

from briefing.extract import extract_facts, multi_day
from extract_helpers import facts, has, moves

HSI, HSTECH = "Hang Seng Index", "Hang Seng Tech Index"

# --- the plain forms reports use -------------------------------------------------------
INDEX_FORMS = [
    ("The Hang Seng Index fell 1.4% to 18,305.12.",
     {"subject": HSI, "direction": "down", "change_pct": 1.4, "level": 18305.12}),
    ("The Hang Seng Tech Index dropped more than 2% in afternoon trading.",
     {"subject": HSTECH, "change_pct": 2.0, "qualifier": "more than", "session": "afternoon"}),
    ("The Hang Seng Index closed at 19,870, down 210 points, or 1.05%.",
     {"subject": HSI, "direction": "down", "change_pct": 1.05, "points": 210.0,
      "level": 19870.0}),
    ("The Shanghai Composite Index was 1.6% lower at 3,402.5.",
     {"subject": "Shanghai Composite Index", "direction": "down", "change_pct": 1.6,
      "level": 3402.5}),
    ("Japan's Nikkei share average shed 0.8 percent, to 24,110 by the break.",
     {"subject": "Nikkei 225", "change_pct": 0.8, "level": 24110.0, "session": "midday"}),
    ("The Kospi added 0.45% on Tuesday.", {"subject": "Kospi", "direction": "up",
                                          "change_pct": 0.45}),
    ("The S&P 500 edged up on Wednesday.", {"subject": "S&P 500", "direction": "up"}),
    ("The Taiex was little changed.", {"subject": "Taiex", "direction": "flat"}),
    ("The Hang Seng was steady at 19,200 in early trade.",
     {"subject": HSI, "direction": "flat", "level": 19200.0, "session": "morning"}),
    ("The S&P 500 ended virtually flat.",
     {"subject": "S&P 500", "direction": "flat", "session": "close"}),
    ("The CSI 300 was barely changed.", {"subject": "CSI 300 Index", "direction": "flat"}),
    ("The Kospi closed higher for a third straight session.",
     {"subject": "Kospi", "direction": "up", "session": "close"}),
    ("Kospi Closes Higher for Third Day, Samsung Gains 2%", {"subject": "Kospi", "direction": "up"}),
    ("The S&P 500 is heading for its worst week since March.",
     {"subject": "S&P 500", "direction": "down"}),
    ("HKTech Index Drops 2%: AI Capital Shifts Away from HK",
     {"subject": HSTECH, "direction": "down", "change_pct": 2.0}),
    ("- Hang Seng Index: 19,402.11, down 0.6%",
     {"subject": HSI, "change_pct": 0.6, "level": 19402.11}),
    ("The Hang Seng Index closed 0.3% lower, having fallen as much as 1.5% earlier.",
     {"subject": HSI, "change_pct": 1.5, "qualifier": "up to"}),
    ("The Kospi ended 1.2% lower. The index had at one point slid as much as 3.4% after the open.",
     {"subject": "Kospi", "direction": "down", "change_pct": 3.4, "qualifier": "up to"}),
    ("The Nikkei 225 at some stage shed as much as 2.3%.",
     {"subject": "Nikkei 225", "direction": "down", "change_pct": 2.3, "qualifier": "up to"}),
]


@pytest.mark.parametrize("text,expected", INDEX_FORMS)
def test_index_forms(text, expected):
    found = moves(text)
    assert has(found, {"kind": "index_move", **expected}), found


STOCK_FORMS = [
    ("Hua Hong Semiconductor plunged over 7%.",
     {"subject": "Hua Hong Semiconductor", "direction": "down", "change_pct": 7.0,
      "qualifier": "more than"}),
    ("Xiaomi slid 2.1 per cent to HK$41.25.",
     {"subject": "Xiaomi", "change_pct": 2.1, "price": 41.25, "currency": "HKD"}),
    ("Shares of Tencent fell as much as 6.4% in early trade.",
     {"direction": "down", "change_pct": 6.4, "qualifier": "up to"}),
    ("The worst performer was Li Ning, which sank 8.2 percent.",
     {"subject": "Li Ning", "direction": "down", "change_pct": 8.2}),
    ("China Mobile bucked the trend, gaining 1.7 percent.",
     {"subject": "China Mobile", "direction": "up", "change_pct": 1.7}),
    ("Down 4.5%, AIA Group was the biggest drag on the benchmark.",
     {"subject": "AIA Group", "direction": "down", "change_pct": 4.5}),
    ("- Meituan +3.4% to HK$128.90", {"subject": "Meituan", "direction": "up",
                                      "change_pct": 3.4, "price": 128.9}),
    ("TSMC dropped 1.5% to NT$1,045.00.", {"subject": "TSMC", "price": 1045.0,
                                           "currency": "TWD"}),
    ("Kweichow Moutai slipped 1.2% to 1,480.00 yuan.",
     {"subject": "Kweichow Moutai", "price": 1480.0, "currency": "CNY"}),
    ("Harbourfront Robotics jumped 5% after results.",  # a name the lexicon does not know
     {"subject": "Harbourfront Robotics", "direction": "up", "change_pct": 5.0}),
    ("Nvidia shares fell as much as 6.4% before closing down 3.1% at $118.42.",
     {"subject": "Nvidia", "change_pct": 3.1, "price": 118.42, "currency": "USD"}),
    ("BHP fell 1.1% and Fortescue was 3.2% lower in Sydney.",  # a venue, not a comparison
     {"subject": "Fortescue", "direction": "down", "change_pct": 3.2}),
]


@pytest.mark.parametrize("text,expected", STOCK_FORMS)
def test_stock_forms(text, expected):
    found = moves(text)
    assert has(found, {"kind": "stock_move", **expected}), found


# --- a move attached to the wrong nearby noun -------------------------------------------
WRONG_NOUN = [
    # an index after a preposition is not the subject
    ("Stocks on the Hang Seng Index fell 2% on Monday.", "index_move"),
    ("A gauge tracking the 30 largest tech firms fell 2%.", None),
    ("Tencent's revenue rose 8% in the quarter.", None),
    ("Exports rose 8.5% in October from a year earlier.", "stock_move"),
    ("Margins were 4% lower in China than a year ago.", None),
    ("Investors sold Alibaba after the report, and the broader market fell 1%.", None),
]


@pytest.mark.parametrize("text,kind", WRONG_NOUN)
def test_no_move_for_the_wrong_noun(text, kind):
    found = moves(text)
    if kind is None:
        assert found == [], found
    else:
        assert not [f for f in found if f["kind"] == kind], found


def test_which_clause_noun_is_not_the_subject():
    found = moves("Alibaba, which owns Taobao, rose 2%.")
    assert has(found, {"subject": "Alibaba Group", "change_pct": 2.0}) or \
        has(found, {"subject": "Alibaba", "change_pct": 2.0}), found
    assert not has(found, {"subject": "Taobao"}), found


@pytest.mark.parametrize("text,expected", [
    ("Vodafone Idea, in which the government holds a stake, slumped 7%.",
     [("Vodafone Idea", "down", 7.0)]),
    ("Naspers, of which Prosus is a unit, gained 2.4%.", [("Naspers", "up", 2.4)]),
])
def test_a_relative_clause_after_a_preposition_is_an_aside(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


def test_where_clause_is_an_aside():
    found = moves("The French CAC 40 index, where luxury groups weigh heavily, sank 1.7%.")
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == \
        [("CAC 40", "down", 1.7)], found


# an appositive to the name before it is an aside; after an opening word it is the subject
APPOSITIVES = [
    ("Shares of Ping An Insurance, China's largest insurer by market value, rose 3.3%.",
     {"kind": "stock_move", "subject": "Ping An Insurance", "change_pct": 3.3}),
    ("Toyota Motor, Japan's biggest automaker, fell 2.2% after it trimmed its forecast.",
     {"kind": "stock_move", "subject": "Toyota Motor", "change_pct": 2.2}),
    (("Meanwhile, the Hang Seng Tech Index, which tracks the 30 largest tech firms listed in "
     "Hong Kong, rose 1.5%."), {"kind": "index_move", "subject": HSTECH, "change_pct": 1.5}),
    ("Acme Robotics, not an index member, jumped 14% on a takeover bid.",
     {"kind": "stock_move", "subject": "Acme Robotics", "change_pct": 14.0}),
    # a bare noun phrase with "of", no article
    ("Acme Robotics, favourite growth play of retail investors, jumped 5%.",
     {"kind": "stock_move", "subject": "Acme Robotics", "change_pct": 5.0}),
    ("Moore Threads, often dubbed China's answer to Nvidia, slid 6.5%.",
     {"kind": "stock_move", "subject": "Moore Threads", "change_pct": 6.5}),
    # "another ..." / "also a ..." compares the name with one before it
    ("Advantest, another chip-testing heavyweight, dropped 3.1%.",
     {"kind": "stock_move", "subject": "Advantest", "change_pct": 3.1}),
    ("Kia, also a member of the Hyundai group, added 1.7%.",
     {"kind": "stock_move", "subject": "Kia", "change_pct": 1.7}),
    # a copula ends the prepositional phrase before the name
    (("Among the biggest decliners on the benchmark were Lenovo, down 4.4%, and Geely "
     "Automobile, down 3.9%."), {"kind": "stock_move", "subject": "Lenovo Group",
                                "change_pct": 4.4}),
]


@pytest.mark.parametrize("text,expected", APPOSITIVES)
def test_appositive_is_an_aside(text, expected):
    found = moves(text)
    assert has(found, expected), found
    assert len(found) == len({f["subject"] for f in found}), found  # no name moved twice


# after the move's figure an appositive's index is what the closing relative clause moved;
# before the move, the appositive and its clause stay asides
@pytest.mark.parametrize("text,expected", [
    ("Acme Robotics rose 6.4%, the top gainer on the Nikkei, which is up 0.8%.",
     [("Acme Robotics", 6.4), ("Nikkei 225", 0.8)]),
    ("Acme Robotics closed up 3.1% at 1,480 yen, the top gainer on the Nikkei, which added 0.5%.",
     [("Acme Robotics", 3.1), ("Nikkei 225", 0.5)]),
    ("Acme Robotics fell 12p to 455p, the top faller on the FTSE 100, which lost 0.2%.",
     [("Acme Robotics", None), ("FTSE 100", 0.2)]),
    ("Acme Robotics, the largest member of the Nikkei, which has risen 9% this year, rose 2%.",
     [("Acme Robotics", 9.0), ("Acme Robotics", 2.0)]),
])
def test_a_relative_clause_after_an_appositive(text, expected):
    assert [(f["subject"], f.get("change_pct")) for f in moves(text)] == expected, moves(text)


def test_relative_clause_after_preposition():
    found = moves("Chip stocks rallied, taking their cue from Micron Technology, which surged 14%.")
    assert has(found, {"kind": "stock_move", "direction": "up", "change_pct": 14.0}), found


@pytest.mark.parametrize("text,expected", [
    ("Among the XYZs, Zorblax Petroleum fell 3.2% and Quillon Oil shed 1.1%.",
     [("Zorblax Petroleum", 3.2), ("Quillon Oil", 1.1)]),
    ("Of the lenders, Zorblax Bank rose 2.5%.", [("Zorblax Bank", 2.5)]),
])
def test_a_name_in_a_fronted_phrase_is_no_list_member(text, expected):
    assert [(f["subject"], f["change_pct"]) for f in moves(text)] == expected, moves(text)


# --- sector words are not company names -------------------------------------------------
SECTORS = [
    ("Tech shares fell 2% on Monday.", "technology"),
    ("The mining pack extended its rally on Thursday.", "mining"),
    ("Financial holding companies slipped on Friday.", "financials"),
    ("Resource stocks rose after metal prices climbed.", "materials"),
    ("Chip stocks sold off after the export curbs.", "semiconductors"),
    ("Property stocks helped pare losses in the afternoon.", "property"),
    ("A gauge of auto stocks fell 2.7%.", "auto"),
    ("The Stoxx 600 was flat, with autos down 1.5%.", "auto"),
    ("Utilities rose 1.1%, the best-performing sector.", "utilities"),
    ("Materials, which include chemical makers, fell 1.3%.", "materials"),
    # market-cap bands, "-related"/"-linked" adjectives, a product line, "sectors"
    ("Smaller companies lagged as the small-caps slid 1.4%.", "small caps"),
    ("Mid-cap stocks rose 0.8%.", "mid caps"),
    ("Energy-related shares rose 2% as crude rallied.", "energy"),
    ("AI-linked names slumped after the earnings miss.", "AI"),
    ("Cybersecurity names fell 3% after the weak outlook.", "cybersecurity"),
    ("The Kospi fell 1%, dragged by AI server makers.", "AI"),
    ("AI application stocks jumped 4% on the new model.", "AI"),
    ("Health-care shares slid 1.2% as insurers fell.", "healthcare"),
    ("The S&P 500 managed care index dropped 4.2%.", "healthcare"),
    ("Managed-care stocks rebounded after the rate notice.", "healthcare"),
    # Tokyo's industries alone after "led by"
    ("The Topix rose 1%, led by precision instruments.", "electronics"),
    ("The Topix rose 1%, led by transport equipment and banks.", "transportation equipment"),
    ("Cyclical stocks fell while defensive sectors gained 0.7%.", "defensives"),
    ("Travel and leisure stocks fell 1.3%.", "travel and leisure"),
    ("Materials, which include fertilizer makers, fell 1.8%.", "materials"),  # no company
    # consumer product lines that trade as themes
    ("Cosmetics makers rallied on strong duty-free sales.", "cosmetics"),
    ("Toy stocks slid 3% after the tariff notice.", "toys"),
    # brokers by their trade, auto parts makers, photovoltaic shares, "telecommunications"
    ("Securities firms jumped 3% on the turnover surge.", "brokerage"),
    ("Auto parts makers fell 2.4% on the tariff news.", "auto"),
    ("Photovoltaic shares slid 2.1% on overcapacity worries.", "solar"),
    ("Telecommunications stocks rose 0.9%.", "telecoms"),
    ("Military industry stocks slid 2.2% after the ceasefire talks.", "defence"),
    # vaccine makers, the finance sector, power generators
    ("Vaccine stocks fell 2.5% on the approval delay.", "healthcare"),
    ("The finance sector slipped 1.4% as lenders fell.", "financials"),
    ("Power generation stocks jumped 4% on data-centre demand.", "energy"),
]


@pytest.mark.parametrize("text,sector,direction", [
    ("Insurers were also weaker after the rate decision.", "insurance", "down"),
    ("Telecom stocks were also higher, with SK Telecom up 1.1%.", "telecoms", "up"),
])
def test_a_copula_with_also_tells_a_sector_s_way(text, sector, direction):
    found = moves(text)
    assert has(found, {"kind": "sector_move", "subject": sector, "direction": direction}), found


@pytest.mark.parametrize("text,sector,direction", [
    ("Steelmakers were also sold after the tariff ruling.", "materials", "down"),
    ("Insurance stocks were not spared either.", "insurance", "down"),
    ("Casino stocks were soft on the weak visitor data.", "consumer", "down"),
    ("Utility stocks found buyers as bond yields eased.", "utilities", "up"),
    ("Shipping stocks hit fresh records on rising freight rates.", "shipping", "up"),
    ("Chip stocks extended their winning run on the AI spending plans.", "semiconductors", "up"),
    ("Drug stocks extended their pullback after the pricing order.", "healthcare", "down"),
    ("Airline stocks were pressured by the higher jet fuel bill.", "consumer", "down"),
    ("Drugmakers were also pressured after the pricing order.", "healthcare", "down"),
    ("Lenders were among the biggest drags on the benchmark.", "banks", "down"),
])
def test_a_sector_s_way_told_by_an_idiom(text, sector, direction):
    found = moves(text)
    assert [(f["subject"], f["direction"]) for f in found] == [(sector, direction)], found


@pytest.mark.parametrize("text", [
    "The new shares were sold to institutional investors at HK$10.20 each.",
    "The Nikkei found buyers near the 38,000 mark.",
    "Zorblax was pressured to sell its stake by activist funds.",
])
def test_a_sector_s_idiom_is_no_other_name_s_move(text):
    assert not moves(text)


def test_sold_off_is_still_a_move_of_any_name():
    assert has(moves("Miners were sold off after the iron ore slump."),
               {"kind": "sector_move", "subject": "mining", "direction": "down"})
    assert has(moves("Wesfarmers was sold off after the profit warning."),
               {"kind": "stock_move", "direction": "down"})


def test_a_which_clause_ending_in_a_level_is_no_aside():
    found = moves("Burberry was the worst performer on the FTSE 100, which was flat at 9,127.")
    assert has(found, {"kind": "index_move", "subject": "FTSE 100", "direction": "flat"}), found


def test_a_sector_that_bucked_the_trend_moved_against_the_market():
    found = facts("The Kospi fell 1.2% to 2,540.3. Shipbuilders bucked the trend on new orders.")
    assert has(found, {"kind": "sector_move", "subject": "shipbuilding", "direction": "up"}), found
    found = moves("Nikkei rises 0.9% as exporters gain; utilities buck trend")
    assert has(found, {"kind": "sector_move", "subject": "utilities", "direction": "down"}), found
    # no market before it: no way; a company's: no move; an aside's unread verb: no way
    assert not moves("Shipbuilders bucked the trend on new orders.")
    assert not moves("The Kospi fell 1.2%, but Samsung bucked the trend.")[1:]
    assert not moves("The BIST 100 fell 2%, while Turkish Airlines bucked the trend.")[1:]
    found = moves("Shipbuilders, which had rallied all month, bucked the trend.")
    assert not found, found


def test_a_sector_that_followed_moved_as_its_members():
    found = moves("Insurers followed, with AIA up 1.8% and Prudential rising 2.2%.")
    assert has(found, {"kind": "sector_move", "subject": "insurance", "direction": "up"}), found
    assert not moves("Insurers followed later in the session.")


@pytest.mark.parametrize("text,sector,direction", [
    ("Telecom stocks, typically favoured for their yields, also slipped.", "telecoms", "down"),
    ("Bank shares, sensitive to bond yields, were broadly higher.", "banks", "up"),
    ("Chip stocks, last week's biggest losers, staged a rebound.", "semiconductors", "up"),
])
def test_a_sector_s_background_aside_is_skipped(text, sector, direction):
    found = moves(text)
    assert [(f["subject"], f["direction"]) for f in found] == [(sector, direction)], found


def test_power_plant_builders_are_no_homebuilders():
    found = moves("Nuclear power plant builders jumped 4.2% on the reactor export deal.")
    assert [(f["subject"], f["direction"]) for f in found] == [("energy", "up")], found


@pytest.mark.parametrize("text,sector", SECTORS)
def test_sector_words_are_sectors(text, sector):
    found = moves(text)
    assert not [f for f in found if f["kind"] == "stock_move"], found
    assert has(found, {"kind": "sector_move", "subject": sector}), found


@pytest.mark.parametrize("text,sector", [
    ("Electric power and gas issues climbed 1.1% as investors turned defensive.", "utilities"),
    ("The finance and insurance sub-index shed 0.7 percent.", "financials"),
    ("IT services exporters dropped after the weak guidance.", "technology"),
])
def test_a_compound_industry_is_its_own_sector_not_its_inner_word(text, sector):
    assert [f["subject"] for f in moves(text)] == [sector], moves(text)


# a list of sectors moves only when each of its members is a known sector word
@pytest.mark.parametrize("text,expected", [
    ("Paint makers and oil marketing companies slid after crude jumped.",
     {("paints", "down"), ("energy", "down")}),
    ("Steel and textile stocks rallied on the stimulus news.",
     {("materials", "up"), ("textiles", "up")}),
    ("Brokerages and real estate developers sold off in afternoon trade.",
     {("brokerage", "down"), ("property", "down")}),
    ("Mining and oil and coal product issues fell as crude eased.",
     {("mining", "down"), ("energy", "down")}),
])
def test_each_listed_sector_moves(text, expected):
    assert {(f["subject"], f["direction"]) for f in moves(text)} == expected, moves(text)


# a comma list of sectors as the object of a verb that moves them, as headlines write it
@pytest.mark.parametrize("text,expected", [
    ("Kospi slides as a firmer won hits auto, shipbuilding shares",
     {("auto", "down"), ("shipbuilding", "down")}),
    ("Topix edges up as weaker yen lifts machinery, trading house stocks",
     {("industrials", "up"), ("trading houses", "up")}),
])
def test_a_listed_sector_after_a_moving_verb_moves(text, expected):
    sectors = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert sectors == expected, moves(text)


@pytest.mark.parametrize("text,sector", [
    ("The industrials sub-index slipped 0.6%.", "industrials"),
    ("The lenders sector rose 0.4% as bond yields climbed.", "banks"),
    ("Sector gauges:\n- Insurers sub-index: -1.3%\n- Utilities: +0.2%", "insurance"),
])
def test_a_sector_noun_s_sub_index_is_the_sector(text, sector):
    assert has(moves(text), {"kind": "sector_move", "subject": sector}), moves(text)


@pytest.mark.parametrize("text,sector", [
    ("Capital goods makers advanced 1.6% on the order data.", "industrials"),
    ("Realty gained 2.2% as home sales picked up.", "property"),
    ("Nifty ends lower as banks drag; realty gains", "property"),
    ("Plastics fall as Taiex climbs", "materials"),
    ("Rate-sensitive sectors slid as bond yields jumped.", "rate-sensitive"),
])
def test_sector_words_of_asian_wraps(text, sector):
    found = moves(text)
    assert not [f for f in found if f["kind"] == "stock_move"], found
    assert has(found, {"kind": "sector_move", "subject": sector}), found


def test_a_rate_sensitive_sector_is_that_sector():
    found = moves("Higher yields weighed on rate-sensitive utility stocks.")
    assert [f["subject"] for f in found] == ["utilities"], found


# --- lists, respectively, each, both, a shared range -------------------------------------
def test_respectively():
    found = moves("Alibaba and Tencent rose 2% and 3%, respectively.")
    assert has(found, {"subject": "Alibaba Group", "change_pct": 2.0}), found
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 3.0}), found


def test_respectively_before_a_clause_of_its_own():
    found = moves("Alibaba and Tencent gained 2.4% and 1.1% respectively as tech stocks rallied.")
    assert has(found, {"subject": "Alibaba Group", "change_pct": 2.4}), found
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 1.1}), found


def test_respectively_with_a_listed_unit_described():
    found = moves("Alibaba and its New York-listed rival JD.com fell 2.2% and 3.5%, respectively.")
    assert has(found, {"subject": "Alibaba Group", "change_pct": 2.2}), found
    assert has(found, {"subject": "JD.com", "change_pct": 3.5}), found


def test_each_with_number_words():
    found = moves("Meituan and JD.com each jumped more than four percent.")
    for name in ("Meituan", "JD.com"):
        assert has(found, {"subject": name, "change_pct": 4.0, "qualifier": "more than"}), found


def test_shared_range():
    found = moves("Sands China, Galaxy Entertainment and MGM China fell, dropping nearly 3% "
                  "to nearly 5%.")
    assert len([f for f in found if f.get("range") == [3.0, 5.0]]) == 3, found
    assert not [f for f in found if "change_pct" in f], found


def test_range_with_between():
    found = moves("Samsung SDI, SK Innovation and EcoPro BM fell between 3 and 6 percent.")
    assert len([f for f in found if f.get("range") == [3.0, 6.0]]) == 3, found


def test_one_company_with_and_in_its_name():
    found = moves("Hong Kong and China Gas rose 2.3 per cent.")
    assert [f["subject"] for f in found] == ["Hong Kong and China Gas"], found


def test_full_name_with_and_closed_by_a_legal_form_is_one_company():
    found = moves("Asir Printing and Publishing Co. rose 5.2% to 14.10 riyals.")
    assert [f["subject"] for f in found] == ["Asir Printing and Publishing"], found
    found = moves("Other gainers included Jouf Poultry and Dairy Group, up 3.1%.")
    assert [f["subject"] for f in found] == ["Jouf Poultry and Dairy Group"], found
    found = moves("Taiba Hotels and Kuwait Ventures Co. fell 2% and 3%, respectively.")
    assert [f["subject"] for f in found] == ["Taiba Hotels", "Kuwait Ventures"], found


def test_two_moves_in_one_sentence():
    found = moves("Longfor Group jumped 6.1% and China Resources Land rose 3.9%.")
    assert has(found, {"subject": "Longfor Group", "change_pct": 6.1}), found
    assert has(found, {"subject": "China Resources Land", "change_pct": 3.9}), found


# --- pronouns and descriptions ----------------------------------------------------------
def test_pronoun_after_one_index():
    found = moves("The Hang Seng Index fell 1.2% on Monday. It closed at 18,000, down 220 points.")
    assert has(found, {"subject": HSI, "points": 220.0}), found


def test_headlines_under_a_read_more_label_are_other_stories():
    text = ("Hong Kong stocks ended higher. The Hang Seng Index rose 0.4% to 24,100.\n"
            "Related stories:\n"
            "Hang Seng slumps 2.5% on trade worries\n"
            "Meituan jumps 6% after earnings beat\n\n"
            "Tencent fell 1.1%.")
    found = {(f["subject"], f["change_pct"]) for f in moves(text)}
    assert found == {(HSI, 0.4), ("Tencent Holdings", 1.1)}, found


def test_the_key_gauge_is_the_one_index_named_before():
    found = moves("The Nikkei share average slipped for a second day on Friday. "
                  "The key market gauge shed 210.5 points, or 0.55 percent, to 38,120.40.")
    assert has(found, {"subject": "Nikkei 225", "change_pct": 0.55, "points": 210.5}), found


def test_the_index_is_the_one_named_before_a_sentence_of_companies():
    found = moves("Miners led gains on the FTSE 100 as copper rallied. Antofagasta rose 4.1% and "
                  "Glencore added 2.8%. The index ended 0.6% higher at 8,412.3.")
    assert has(found, {"subject": "FTSE 100", "direction": "up", "change_pct": 0.6}), found


def test_the_index_after_a_sentence_naming_two_indices_is_dropped():
    found = moves("The FTSE 100 rose 0.3% and the FTSE 250 fell 0.2%. Antofagasta rose 4.1%. "
                  "The index has gained 6% this year.")
    assert not has(found, {"change_pct": 6}), found


@pytest.mark.parametrize("text, expected", [
    ("The Kospi 200, comprising the biggest names on the main board, rose 0.9%.",
     {"subject": "Kospi 200", "direction": "up", "change_pct": 0.9}),
    ("The Kospi 200, made up of the largest listed firms, fell 0.4%.",
     {"subject": "Kospi 200", "direction": "down", "change_pct": 0.4}),
])
def test_what_an_index_is_made_up_of_is_an_aside(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_ranked_list_after_a_wildcard_agent_keeps_the_first_figure():
    found = moves("Top losers on the Nikkei included Sony (-3.1%), Fanuc (-2.4%) and Kao (-1.9%).")
    assert has(found, {"subject": "Sony Group", "direction": "down", "change_pct": 3.1}), found


def test_pronoun_after_two_indices_is_dropped():
    found = moves("The Hang Seng Index fell 1.2% and the CSI 300 rose 0.5%. "
                  "The gauge has lost 4.1% this week.")
    assert not has(found, {"change_pct": 4.1}), found


@pytest.mark.parametrize("text", [
    "It fell 2% on Monday.",
    "The gauge fell 2% on Monday.",
    "The broader market fell 1.5%.",
    "They rose 3% after the announcement.",
])
def test_pronoun_without_context_gives_nothing(text):
    assert moves(text) == []


def test_local_alias_only_in_its_market():
    hk = moves("Hong Kong stocks fell. The Hang Seng Index lost 1%, while the Tech Index "
               "slipped 0.7 per cent.")
    assert has(hk, {"subject": HSTECH, "change_pct": 0.7}), hk


# --- one statement, one fact ------------------------------------------------------------
def test_headline_and_body_are_one_fact():
    text = ("Hang Seng Tech Index drops 2%\n"
            "The Hang Seng Tech Index dropped more than 2% in afternoon trading.")
    found = [f for f in moves(text) if f["subject"] == HSTECH]
    assert len(found) == 1, found
    assert found[0]["qualifier"] == "more than"


def test_numberless_move_merges_into_numbered():
    text = ("Hua Hong Semiconductor and SMIC faced heavy selling pressure, with Hua Hong "
            "plunging over 7%.")
    found = moves(text)
    assert [f for f in found if f["subject"] == "Hua Hong Semiconductor"] == [
        {"kind": "stock_move", "subject": "Hua Hong Semiconductor", "direction": "down",
         "change_pct": 7.0, "qualifier": "more than"}], found
    assert has(found, {"subject": "SMIC", "direction": "down"}), found


def test_a_week_s_move_does_not_absorb_the_day_s_numberless_one():
    found = moves("The Nikkei edged up on Friday. Over the week, the Nikkei gained 2.4%.")
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("up", None),
                                                                      ("up", 2.4)], found
    # in its own sentence, "ended higher" is the week's move told again
    found = moves("Japanese stocks ended higher for a third week, with the Nikkei gaining 2.4% "
                  "over the week.")
    assert [(f["direction"], f.get("change_pct")) for f in found] == [("up", 2.4)], found


# --- numbers that are not moves ---------------------------------------------------------
NOT_MOVES = [
    "Turnover on the main board was HK$132.6 billion.",
    "The Bank of Japan meets at 10:30 a.m. on Friday.",
    "Exports rose 8.5% in October.",
    "The Hang Seng Index has 82 constituents.",
    "Xiaomi, which listed in Hong Kong in 2018, is the second-largest vendor.",
    "Tencent is now 12% off its February high.",
]


@pytest.mark.parametrize("text", NOT_MOVES)
def test_numbers_that_are_not_moves(text):
    assert moves(text) == []


def test_fell_below_a_level_is_not_a_change():
    found = moves("The Shanghai Composite Index fell below the 3,000-point mark, closing down "
                  "38.21 points, or 1.26%, at 2,996.3.")
    assert has(found, {"change_pct": 1.26, "points": 38.21, "level": 2996.3}), found
    assert not has(found, {"points": 3000.0}) and not has(found, {"level": 3000.0})


def test_money_is_not_a_share_price():
    found = moves("Apple sheds $200 billion in market value as shares slide 6%")
    assert has(found, {"subject": "Apple", "change_pct": 6.0}), found
    assert not has(found, {"price": 200.0}), found


def test_time_is_not_a_level():
    found = moves("The Kospi rose 0.5% to 2,601.5 as of 10:30 a.m.")
    assert has(found, {"level": 2601.5}) and not has(found, {"level": 10.0})


# --- qualifiers, number words, units ----------------------------------------------------
QUALIFIERS = [
    ("The Kospi dropped more than 2%.", "more than"),
    ("The Kospi dropped over 2%.", "more than"),
    ("The Kospi dropped nearly 2%.", "nearly"),
    ("The Kospi dropped almost 2%.", "nearly"),
    ("The Kospi dropped about 2%.", "about"),
    ("The Kospi dropped around 2%.", "about"),
    ("The Kospi dropped as much as 2%.", "up to"),
    ("The Kospi dropped 2%.", None),
]


@pytest.mark.parametrize("text,qualifier", QUALIFIERS)
def test_qualifiers(text, qualifier):
    (fact,) = moves(text)
    assert fact["change_pct"] == 2.0 and fact.get("qualifier") == qualifier


def test_less_than_drops_the_number():
    (fact,) = moves("The Kospi fell less than 1%.")
    assert "change_pct" not in fact


@pytest.mark.parametrize("text,pct", [
    ("The Kospi jumped four percent.", 4.0),
    ("The Kospi jumped three per cent.", 3.0),
    ("The Kospi fell half a percent.", 0.5),
    ("The Kosdaq lost one and a half percent.", 1.5),
])
def test_number_words(text, pct):
    assert has(moves(text), {"change_pct": pct})


@pytest.mark.parametrize("text,direction,pct", [
    ("The Topix gained a more modest 0.4 percent.", "up", 0.4),
    ("LG Chem lost a hefty 6% in Seoul.", "down", 6.0),
])
def test_a_described_percentage_after_a_weak_verb(text, direction, pct):
    assert has(moves(text), {"direction": direction, "change_pct": pct})


def test_a_described_percentage_gain_is_a_noun():
    # the early gain is the intraday move given back, not the close's size
    found = moves("Rio Tinto slipped late, giving back an early 2% gain to trade 0.6% lower.")
    assert has(found, {"direction": "down", "change_pct": 0.6}), found
    assert not has(found, {"direction": "down", "change_pct": 2.0}), found


def test_points_level_percent_price_kept_apart():
    found = moves("The Dow Jones Industrial Average fell 475.84 points, or 1.14%, to 41,208.3. "
                  "Nvidia jumped 3.6% to $192.40.")
    assert has(found, {"kind": "index_move", "points": 475.84, "change_pct": 1.14,
                       "level": 41208.3}), found
    assert has(found, {"kind": "stock_move", "change_pct": 3.6, "price": 192.4,
                       "currency": "USD"}), found
    index = next(f for f in found if f["kind"] == "index_move")
    assert "price" not in index


def test_the_points_an_index_closed_to_report_are_its_level():
    found = moves("The Shanghai Composite Index fell 1.41% to report 3,902.3 points.")
    assert has(found, {"change_pct": 1.41, "level": 3902.3}), found
    assert all("points" not in f for f in found), found


def test_reference_article_sentences():
    text = ("The Hang Seng Technology Index dropped more than 2% in afternoon trading, "
            "reflecting continued investor caution toward Asian tech assets. Major "
            "semiconductor players like Hua Hong Semiconductor and SMIC faced significant "
            "selling pressure, with Hua Hong plunging over 7%.")
    found = facts(text)
    assert has(found, {"kind": "index_move", "subject": HSTECH, "change_pct": 2.0})
    assert has(found, {"kind": "stock_move", "subject": "Hua Hong Semiconductor",
                       "change_pct": 7.0})
    assert has(found, {"kind": "stock_move", "subject": "SMIC", "direction": "down"})


def test_number_inside_an_aside_is_not_the_move():
    found = moves("The Hang Seng Index fell 1% as Tencent, which accounts for 8% of the index, "
                  "dropped 3%.")
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 3.0}), found
    assert not has(found, {"change_pct": 8.0}), found


def test_companies_named_after_a_sector_of_movers_moved_too():
    found = moves("The Kospi fell 1.2%, dragged down by chip heavyweights Samsung Electronics "
                  "and SK Hynix.")
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == {
        ("Kospi", "down", 1.2), ("semiconductors", "down", None),
        ("Samsung Electronics", "down", None), ("SK Hynix", "down", None)}, found


def test_led_by_names_move_with_the_index():
    found = moves("The Nasdaq rose 1.1%, led by gains in Apple and Microsoft.")
    assert has(found, {"subject": "Nasdaq Composite", "change_pct": 1.1}), found
    assert has(found, {"subject": "Apple", "direction": "up"}), found


@pytest.mark.parametrize("text", [
    "The DAX slipped after lunch, weighed down by automakers, and was last down 0.4%.",
    "The DAX dipped at the open, dragged lower by automakers, and is now down 0.4% at 18,210.",
])
def test_the_move_after_a_by_aside_is_the_main_subject_s(text):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == {
        ("DAX", "down", 0.4), ("auto", "down", None)}, found


@pytest.mark.parametrize("text,expected", [
    (("The Kospi slid 0.7%, with Samsung Electronics and SK Hynix the biggest drags, down 1.8% "
      "and 2.6% respectively."), {("Samsung Electronics", "down", 1.8), ("SK Hynix", "down", 2.6)}),
    ("The Nikkei rose 0.4%, with Fast Retailing the biggest boost, up 3.1%.",
     {("Fast Retailing", "up", 3.1)}),
])
def test_a_verbless_with_clause_names_its_movers(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, moves(text)


@pytest.mark.parametrize("text", [
    "The Hang Seng Index is expected to rise 2% next week, analysts said.",
    "Tencent could fall 20% if the talks fail.",
    "Goldman Sachs expects the S&P 500 to rise 10% by year-end.",
    "Tencent said profit rose 10%.",
    "Alibaba expects revenue to rise 10%.",
    "The company plans to cut 10% of its workforce.",
    "Nomura sees the Nikkei falling 6% by March.",
    "Contracted sales at China's top 100 developers fell 37.7% from a year earlier.",
    "Strategists expect the Kospi rebounding toward 2,900.",
    "The strategist added that he saw the Nikkei climbing to 42,000 by December.",
    "Acme Pharma's obesity drug again fell short in a late-stage trial.",
    ("European markets are set to open higher, with IG calling the FTSE 100 up 35 points at "
     "8,645 and the DAX 120 points higher."),
    ("The FTSE 100 is expected to open 22 points lower at 8,970, Germany's DAX down 110 points "
     "at 24,180 and France's CAC 40 down 38 points."),
    "Broker tips: Jefferies lifted Tesco to buy from hold.",
    "Analyst moves: Numis lifts Unilever to 'add'; Barclays boosts BP price target to 600p.",
    "UBS lifted Ocado's target price to 320p and Citi boosted Tesco's estimates.",
    "Nomura lifts Nikkei 225 year-end target to 43,000",
    "HSBC raises Kospi 12-month target to 3,100",
])
def test_forecasts_and_company_data_are_not_moves(text):
    assert moves(text) == []


def test_a_day_that_saw_a_move_is_no_forecast():
    found = moves("Tuesday saw the Nikkei tumble 3% as exporters sold off.")
    assert has(found, {"subject": "Nikkei 225", "direction": "down", "change_pct": 3.0}), found


def test_a_move_after_a_call_of_the_open_in_another_clause_is_a_move():
    found = moves("Seoul shares are expected to open lower after the Nasdaq fell 1.8% on Friday.")
    assert has(found, {"subject": "Nasdaq Composite", "change_pct": 1.8}), found


def test_futures_after_a_call_of_the_open_are_a_move():
    # futures trade before the open: their move is no forecast
    found = moves("The DAX is expected to open lower, with DAX futures down 0.4% in early trade.")
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == [
        ("DAX futures", "down", 0.4)], found


def test_a_latest_quote_after_with_is_a_move():
    # "last" stands for the latest quote; no copula before it in a with-clause
    found = moves("Asian shares slipped, with the Kospi last down 0.6% and Samsung Electronics "
                  "last up 1.1%.")
    assert has(found, {"subject": "Kospi", "direction": "down", "change_pct": 0.6}), found
    assert has(found, {"subject": "Samsung Electronics", "direction": "up",
                       "change_pct": 1.1}), found


def test_reuters_style_tickers():
    found = moves("Tencent <0700.HK> fell 2% and Alibaba <9988.HK> rose 1.5%.")
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 2.0}), found
    assert has(found, {"subject": "Alibaba Group", "change_pct": 1.5}), found


@pytest.mark.parametrize("text,expected", [
    (("Small caps outperformed, with the Russell 2000 up 1.4% against a 0.3% gain for the "
     "S&P 500."), {"subject": "S&P 500", "direction": "up", "change_pct": 0.3}),
    ("European shares tracked the S&P 500's 1.7% overnight drop.",
     {"subject": "S&P 500", "direction": "down", "change_pct": 1.7}),
    ("The Kospi rose 0.8%, helped by a 4.1% jump in memory chipmaker SK Hynix.",
     {"subject": "SK Hynix", "direction": "up", "change_pct": 4.1}),
])
def test_moves_stated_as_nouns(text, expected):
    assert has(moves(text), expected)


@pytest.mark.parametrize("text", [
    "Tencent's 10% rise in revenue beat forecasts.",
    "A 10% drop in profit hurt the shares.",
    "The index rose, led by a 3% gain in the lender.",
])
def test_noun_moves_of_company_data_are_not_moves(text):
    assert moves(text) == []


@pytest.mark.parametrize("text", [
    "Prosus climbed 1.8% tracking gains in Tencent.",
    "Prosus climbed 1.8% on gains in Tencent.",
])
def test_a_verbs_percent_is_not_the_size_of_a_later_noun(text):
    # the percent is Prosus's; Tencent's gain has no size here
    found = moves(text)
    assert has(found, {"subject": "Prosus", "change_pct": 1.8}), found
    assert not any(f["subject"] == "Tencent Holdings" and f.get("change_pct") for f in found)


def test_rounded_headline_and_exact_body_are_one_fact():
    text = "Stocks Rally as Tech Leads; Nvidia Jumps 4%\nNvidia shares jumped 4.1% to $152.89."
    found = [f for f in moves(text) if f["subject"] == "Nvidia"]
    assert len(found) == 1 and found[0]["change_pct"] == 4.1, found


def test_points_only_headline_and_body_with_percent_are_one_fact():
    text = ("Nikkei sheds 420 points as yen firms\n"
            "Japan's Nikkei share average lost 420 points, or 1.1%, by the midday break.")
    found = [f for f in moves(text) if f["subject"] == "Nikkei 225"]
    assert [(f.get("points"), f.get("change_pct")) for f in found] == [(420.0, 1.1)], found


def test_other_points_without_a_percent_are_another_move():
    text = ("The Straits Times Index rose 12.40 points to 3,402.15 at the close. The index had "
            "opened 3.05 points higher at 3,392.80.")
    found = [f for f in moves(text) if f["subject"] == "Straits Times Index"]
    assert [(f.get("points"), f.get("level")) for f in found] == \
        [(12.4, 3402.15), (3.05, 3392.8)], found
    text = "STI up 12 points\nThe Straits Times Index rose 12.40 points to 3,402.15."
    found = [f for f in moves(text) if f["subject"] == "Straits Times Index"]
    assert [(f.get("points"), f.get("level")) for f in found] == [(12.4, 3402.15)], found


def test_points_alone_that_the_percent_and_level_give_are_one_fact():
    text = ("The Sensex jumped 812 points on Friday. The 30-share index ended at 81,240.50, "
            "up 1.01 per cent.")
    found = moves(text)
    assert [(f.get("points"), f.get("change_pct")) for f in found] == [(None, 1.01)], found
    text = "The Sensex jumped 500 points. The 30-share index ended at 81,240.50, up 1.01 per cent."
    assert len(moves(text)) == 2, moves(text)


def test_a_close_after_turning_the_other_way_is_a_second_move():
    found = moves("The DAX rose as much as 0.6% in the morning before turning negative, "
                  "closing 0.2% lower at 23,410.5.")
    assert has(found, {"subject": "DAX", "direction": "up", "change_pct": 0.6,
                       "qualifier": "up to"}), found
    assert has(found, {"subject": "DAX", "direction": "down", "change_pct": 0.2,
                       "level": 23410.5}), found


def test_however_between_name_and_move():
    assert has(moves("Tesla, however, fell 2.2% after deliveries missed."),
               {"subject": "Tesla", "change_pct": 2.2})


@pytest.mark.parametrize("text,expected", [
    ("The benchmark Shanghai Composite Index closed 0.24 percent higher at 3,350.12 points.",
     {"change_pct": 0.24, "level": 3350.12}),
    ("The pan-European STOXX 600 closed down 0.3% after hitting a record high earlier.",
     {"subject": "Stoxx Europe 600", "direction": "down", "change_pct": 0.3}),
    ("The ChiNext Index, tracking China's Nasdaq-style board, went up 0.5 percent.",
     {"subject": "ChiNext Index", "direction": "up", "change_pct": 0.5}),
])
def test_wire_service_forms(text, expected):
    found = moves(text)
    assert has(found, expected), found
    assert not has(found, {"points": 3350.12})


@pytest.mark.parametrize("text,expected", [
    ("Tencent shares recorded a sharp 5% drop in afternoon trade.",
     {"subject": "Tencent Holdings", "direction": "down", "change_pct": 5.0,
      "session": "afternoon"}),
    ("The FTSE 100 fell 0.8pc to 8,120.", {"subject": "FTSE 100", "change_pct": 0.8,
                                          "level": 8120.0}),
    ("Meituan ▲4.5%", {"subject": "Meituan", "direction": "up", "change_pct": 4.5}),
    ("Xiaomi ▼3.2% HK$50.10", {"subject": "Xiaomi", "direction": "down", "change_pct": 3.2}),
    ("Novartis led the gainers with a 6.1% jump.",
     {"subject": "Novartis", "direction": "up", "change_pct": 6.1}),
    ("Nestle jumped, helping the SMI to a 0.6% gain.",
     {"subject": "SMI", "direction": "up", "change_pct": 0.6}),
    ("The Nikkei recorded a loss of 2.1% on Friday.",
     {"subject": "Nikkei 225", "direction": "down", "change_pct": 2.1}),
])
def test_other_report_styles(text, expected):
    assert has(moves(text), expected), moves(text)


def test_posted_a_rise_in_profit_is_not_a_move():
    assert moves("Tencent posted a 10% rise in profit.") == []
    assert moves("Tencent posted a rise of 10% in profit.") == []


def test_a_weekly_gain_of_is_over_the_week():
    (found,) = extract_facts("The Straits Times Index posted a weekly gain of 1.7%.")
    assert (found.subject, found.change_pct, multi_day(found)) == \
        ("Straits Times Index", 1.7, True)


def test_both():
    found = moves("Alibaba and Tencent both fell 2%.")
    assert has(found, {"subject": "Alibaba Group", "change_pct": 2.0}), found
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 2.0}), found


@pytest.mark.parametrize("text,expected", [
    ("Alibaba's Hong Kong-listed shares rose 2.5% to HK$88.",
     {"subject": "Alibaba Group", "change_pct": 2.5, "price": 88.0}),
    ("HSI -1.2% | HSCEI -1.5% | HSTECH -2.1%",
     {"subject": "Hang Seng Tech Index", "direction": "down", "change_pct": 2.1}),
    ("Top gainers: Tencent (+3.1%), Meituan (+2.5%), Xiaomi (+1.9%)",
     {"subject": "Meituan", "direction": "up", "change_pct": 2.5}),
])
def test_listing_words_tickers_and_movers_lists(text, expected):
    found = moves(text)
    assert has(found, expected), found
    assert not has(found, {"subject": "Hong Kong-listed"})


def test_company_data_before_its_shares_move():
    found = moves("Lenovo reported a 22% rise in quarterly revenue, and its shares jumped 5%.")
    assert has(found, {"subject": "Lenovo Group", "change_pct": 5.0}), found
    assert not has(found, {"change_pct": 22.0}), found


@pytest.mark.parametrize("text", [
    "Reuters reported that the stock fell 3%.",
    "Chief Executive Jensen Huang said demand rose 50%.",
    "Trump's tariff threat sent stocks down 2%.",
    "The offshore yuan weakened 0.3% to 7.25 per dollar.",
    "Sales at Li Ning rose 10% in the third quarter.",
    "Analysts said Xiaomi could rally 15% on strong EV demand.",
    "Oil prices rose 1% and Brent crude was up 82 cents at $74.10 a barrel.",
])
def test_people_currencies_commodities_are_not_moves(text):
    assert moves(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Alibaba shares were off 4.5% in afternoon trade.",
     {"subject": "Alibaba Group", "direction": "down", "change_pct": 4.5}),
    ("The Nikkei closed off 0.8% at 38,120.50.",
     {"subject": "Nikkei 225", "direction": "down", "change_pct": 0.8, "level": 38120.5}),
])
def test_off_with_a_number_is_a_fall(text, expected):
    assert has(moves(text), expected), moves(text)


def test_intraday_peak_then_the_close_are_two_moves():
    found = moves("The benchmark Kospi rose as much as 2.1% before closing 1.4% higher "
                  "at 2,612.30.")
    assert has(found, {"subject": "Kospi", "change_pct": 2.1, "qualifier": "up to"}), found
    assert has(found, {"subject": "Kospi", "change_pct": 1.4, "level": 2612.3}), found
    assert not has(found, {"change_pct": 2.1, "qualifier": None}), found


@pytest.mark.parametrize("text,expected", [
    ("Taiwan's main stock index ended 1.1% higher.", {"subject": "Taiex", "change_pct": 1.1}),
    ("South Korea's benchmark index fell 0.7% to 2,550.2.",
     {"subject": "Kospi", "change_pct": 0.7, "level": 2550.2}),
    ("Australia's main share index closed down 0.2%.",
     {"subject": "S&P/ASX 200", "change_pct": 0.2}),
    ("McDonald's shares fell 1.3% after results.", {"subject": "McDonald's", "change_pct": 1.3}),
])
def test_country_descriptions_and_possessive_names(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text", [
    "The Kospi in October rose 3.9%.",
    "The Kospi may fall 3.9%.",
])
def test_a_month_outside_the_verb_gives_no_days_move(text):
    assert not moves(text), moves(text)


@pytest.mark.parametrize("text,multi", [
    ("The Kospi is up 21% year-to-date.", True),
    ("Tencent has gained 12% since January.", True),
    ("For the week, the Nikkei rose 1.9%.", True),
    ("The Hang Seng Index ended the week down 2.3%.", True),
    ("The Kospi ended the month up 4.8%, its best month since March.", True),
    ("The Taiex finished the quarter down 6.1%.", True),
    ("The Kospi ended October up 3.9%, its best month this year.", True),
    ("The Topix closed June 2.2% lower.", True),
    ("The Nikkei lost 2.3%, its biggest weekly drop since April.", True),
    ("Xiaomi rose 30% in 2025.", True),
    ("Meituan's shares have fallen 40% since their 2021 peak.", True),
    ("The Nikkei lost 2.3%, its biggest one-day drop since April.", False),
    ("Tencent rose 2% on Friday and 2% for the week.", False),  # which 2% is the week's?
    ("In the week to Nov. 22, the Nikkei rose 2.4%.", True),
    ("The Kospi rose 2% last week.", True),
    ("Tencent has rallied 15% since mid-October.", True),
    ("The Hang Seng Index climbed 3.4% in November, its best month since July.", True),
    ("The Kospi advanced 5.2% in the first half.", True),
    ("The Kospi rose 1.1% in the first half hour of trading.", False),
    ("For the quarter, the Taiex lost 4%.", True),
    ("The Nikkei has dropped 7% in three weeks.", True),
    ("The Dow has fallen for four straight sessions, losing 3.5% over the stretch.", True),
    ("The Nasdaq posted a 3.1% weekly gain.", True),
    ("Xiaomi rose 4%, quarterly sales figures showed.", False),
    ("The Kospi rose 1.3% in the month's first session.", False),
    ("The Nasdaq is down 9% from its record close.", True),
    ("Tesla stock is down about 20% from its January record.", True),
    ("QTD: Kospi +6.3%", True),
    ("The Kospi rose 2% on Monday after a 5% gain last week.", False),
    ("Nike shares fell 18% in the 12 months through May.", True),
    ("In the year to March, the Kospi rose 9%.", True),
])
def test_moves_over_more_than_a_day_are_extracted_and_told_apart(text, multi):
    found = [f for f in extract_facts(text) if f.kind.endswith("_move")]
    assert len(found) == 1
    assert multi_day(found[0]) is multi


@pytest.mark.parametrize("text, pct", [
    ("The Topix has climbed 38% so far this year.", 38.0),
    ("The European defence index is up more than 70% this year.", 70.0),
    ("The Kospi jumped 38% on Monday.", None),  # no day's move is so large: a misreading
])
def test_a_large_move_over_a_period_keeps_its_percent(text, pct):
    found = [f for f in extract_facts(text) if f.kind == "index_move"]
    assert [f.change_pct for f in found] == [pct], found
    assert all(multi_day(f) for f in found if f.change_pct is not None)


@pytest.mark.parametrize("text,day,total", [
    ("The Kospi climbed 1.1% to 2,650.3, bringing its gain since the April low to 14%.",
     ("Kospi", "up", 1.1), ("Kospi", "up", 14.0)),
    ("Shares in Acme Retail Group slid 4.4%, extending this year's losses to more than 30%.",
     ("Acme Retail Group", "down", 4.4), ("Acme Retail Group", "down", 30.0)),
    ("The CAC 40 closed 0.3% lower at 7,512.6, though it still booked a weekly gain of 0.9%.",
     ("CAC 40", "down", 0.3), ("CAC 40", "up", 0.9)),
    ("The Nifty 50 ended 0.5% higher, marking a monthly rise of 3.1%.",
     ("Nifty 50", "up", 0.5), ("Nifty 50", "up", 3.1)),
    ("The Kospi rose 0.4% to 2,641.2 on Friday, capping a weekly gain of 1.8%.",
     ("Kospi", "up", 0.4), ("Kospi", "up", 1.8)),
    ("The Taiex slipped 0.2% to post a weekly decline of 2.6%.",
     ("Taiex", "down", 0.2), ("Taiex", "down", 2.6)),
    ("The DAX ended 0.4% lower on Friday but logged a 1.2% weekly gain.",
     ("DAX", "down", 0.4), ("DAX", "up", 1.2)),
    ("The Nikkei slipped 0.3% and was heading for a 1.8% drop for the week.",
     ("Nikkei 225", "down", 0.3), ("Nikkei 225", "down", 1.8)),
    ("The CAC 40 added 0.2% and is on course for a fourth straight weekly rise of 0.9%.",
     ("CAC 40", "up", 0.2), ("CAC 40", "up", 0.9)),
    ("The Kospi edged up 0.1%, posting a monthly gain of 4.2%.",
     ("Kospi", "up", 0.1), ("Kospi", "up", 4.2)),
    (("The Taiex was on track for a weekly loss of about 2.3% on Friday, with the index "
      "down 0.6% at midday."), ("Taiex", "down", 0.6), ("Taiex", "down", 2.3)),
])
def test_a_running_total_after_the_day_move_is_a_move_over_more_than_a_day(text, day, total):
    found = {(f.subject, f.direction, f.change_pct): multi_day(f) for f in extract_facts(text)}
    assert found == {day: False, total: True}, found


def test_a_running_total_right_after_the_first_of_two_movers_is_the_first_one_s():
    found = moves("The Kospi fell 0.8% to 2,590.2, bringing its weekly loss to 2.9%, while "
                  "the Kosdaq shed 1.1%.")
    assert {(f["subject"], f["change_pct"]) for f in found} == {
        ("Kospi", 0.8), ("Kospi", 2.9), ("Kosdaq", 1.1)}, found


def test_a_running_total_needs_one_mover():
    found = moves("Tencent rose 2% and Meituan fell 1%, taking its loss this year to 20%.")
    assert {f["change_pct"] for f in found} == {2.0, 1.0}, found


@pytest.mark.parametrize("text,expected,absent", [
    ("TSMC hits record high, lifts Taiex 1.5% to 23,880",
     [{"subject": "Taiex", "direction": "up", "change_pct": 1.5, "level": 23880.0}], []),
    ("A tech rout dragged the Nikkei down 2.1% to 38,200.",
     [{"subject": "Nikkei 225", "direction": "down", "change_pct": 2.1}], []),
    ("Tencent, Alibaba drag Hong Kong stocks lower",
     [{"subject": "Tencent Holdings", "direction": "down"},
      {"subject": "Alibaba Group", "direction": "down"}], []),
    ("Samsung Electronics dragged the Kospi lower, falling 2.3%.",
     [{"subject": "Samsung Electronics", "change_pct": 2.3}, {"subject": "Kospi"}],
     [{"subject": "Kospi", "change_pct": 2.3}]),
    ("Samsung Electronics pushed the Kospi lower, falling 2.3%.",
     [{"subject": "Samsung Electronics", "change_pct": 2.3}, {"subject": "Kospi"}],
     [{"subject": "Kospi", "change_pct": 2.3}]),
    ("Weak factory data sent the Nikkei lower.", [{"subject": "Nikkei 225", "direction": "down"}],
     []),
    ("ASML rose 4.7% after peer Applied Materials posted strong results, lifting the AEX 1.1%.",
     [{"subject": "ASML", "change_pct": 4.7}, {"subject": "AEX", "change_pct": 1.1}],
     [{"subject": "Applied Materials"}]),
])
def test_a_name_that_lifts_or_drags_another(text, expected, absent):
    found = moves(text)
    assert all(has(found, e) for e in expected), found
    assert not any(has(found, a) for a in absent), found


@pytest.mark.parametrize("text", [
    "Profit-taking weighed on tech shares.",
    "Short-covering boosted Tencent.",
])
def test_a_capitalised_compound_noun_opening_a_sentence_is_no_company(text):
    assert not any(f["subject"] in ("Profit-taking", "Short-covering") for f in moves(text))
    assert has(moves("Coca-Cola rose 2%."), {"subject": "Coca-Cola", "change_pct": 2.0})


def test_a_research_firm_that_moves_is_its_listed_company():
    assert has(moves("HSBC fell 2% after results."),
               {"subject": "HSBC Holdings", "direction": "down", "change_pct": 2.0})
    views = [f for f in facts("HSBC analysts expect the Hang Seng Index to reach 22,000.")
             if f["kind"] == "analyst_view"]
    assert views and views[0]["source"] == "HSBC"


def test_reuters_instrument_codes_after_names():
    found = moves("On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or "
                  "0.36%, to 27,934.02, and the S&P 500 .SPX lost 0.06%. Tencent 0700.HK lost "
                  "2.3%. U.S. crude CLc1 fell 3.38% to $55.12 per barrel. Copper CMCU3 rose "
                  "0.86%. The dollar index .DXY rose 0.05%.")
    assert has(found, {"subject": "Dow Jones Industrial Average", "change_pct": 0.36,
                       "points": 102.2, "level": 27934.02}), found
    assert has(found, {"kind": "index_move", "subject": "S&P 500", "change_pct": 0.06}), found
    assert has(found, {"subject": "Tencent Holdings", "change_pct": 2.3}), found
    assert has(found, {"subject": "US Dollar Index", "change_pct": 0.05}), found
    assert {f["subject"] for f in found} == {"Dow Jones Industrial Average", "S&P 500",
                                             "Tencent Holdings", "US Dollar Index"}, found


def test_declined_to_a_level_is_still_a_move():
    assert has(moves("Shares of Meituan declined to a two-month low."),
               {"subject": "Meituan", "direction": "down"})


@pytest.mark.parametrize("text,expected", [
    ("Hang Seng Index closes down 312 points at 19,210",
     {"subject": HSI, "direction": "down", "points": 312.0, "level": 19210.0,
      "session": "close"}),
    ("Nikkei 225 38,540.21 ▲ 312.50 (+0.82%)",
     {"subject": "Nikkei 225", "direction": "up", "change_pct": 0.82}),
    ("Hang Seng Index 17,651.15 -215.30 -1.21%",
     {"subject": HSI, "direction": "down", "change_pct": 1.21, "points": 215.3,
      "level": 17651.15}),
    ("Dow Jones: 38,903.29 (-112.40, -0.29%)",
     {"subject": "Dow Jones Industrial Average", "change_pct": 0.29, "points": 112.4,
      "level": 38903.29}),
    ("S&P 500 5,431.60 +6.12 +0.11%",
     {"subject": "S&P 500", "direction": "up", "change_pct": 0.11, "points": 6.12}),
    ("• HSI: 19,210 (-0.7%)", {"subject": HSI, "change_pct": 0.7, "level": 19210.0}),
    ("Nikkei 225 38,540.21 ▲ 312.50 (+0.82%)",
     {"subject": "Nikkei 225", "points": 312.5, "level": 38540.21}),
    ("Market snapshot: Kospi 2,612 (-0.8%); Taiex 22,870 (-0.6%)",
     {"subject": "Taiex", "change_pct": 0.6, "level": 22870.0}),
    ("Xiaomi 225.86 -12.99 -5.44%",  # the signed change is not the start of a range
     {"subject": "Xiaomi", "direction": "down", "change_pct": 5.44, "price": 225.86,
      "range": None}),
])
def test_headline_present_tense_and_quote_lines(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_verb_names_the_close_only_with_a_move_after_it():
    found = moves("The rally ends a three-day losing streak for the Nikkei, which rose 1.2%.")
    assert found and found[0].get("session") is None, found
    assert has(moves("The Nikkei ended 0.5% higher."), {"session": "close"})


@pytest.mark.parametrize("text,expected", [
    ("Hong Kong shares closed little changed as gains in utilities offset weakness in tech.",
     [("utilities", "up"), ("technology", "down")]),
    ("Stocks ended mixed as losses for chip stocks offset gains for utilities.",
     [("semiconductors", "down"), ("utilities", "up")]),
    ("The ASX 200 closed higher, lifted by gains in the big banks.", [("banks", "up")]),
    ("The Kospi slipped on a slide in Korean tech.", [("technology", "down")]),
    ("Of the 33 industry sub-indexes, 19 rose, led by shipping and insurance.",
     [("shipping", "up"), ("insurance", "up")]),
    ("China's stocks closed higher on Wednesday, led by semiconductor and AI shares.",
     [("semiconductors", "up"), ("AI", "up")]),
    ("The Taiex rose 1.2%, led by gains in U.S. chip stocks overnight.",
     [("semiconductors", "up")]),
    ("Other chip-related names also fell.", [("semiconductors", "down")]),
    ("Chinese e-commerce and delivery platforms rallied in Hong Kong on Friday.",
     [("e-commerce", "up")]),
    ("Robot stocks surged, with UBTech jumping 12%.", [("robotics", "up")]),
    ("Rare earth stocks jumped.", [("rare earths", "up")]),
    ("US-listed Chinese stocks rallied.", [("Chinese ADRs", "up")]),
    ("U.S.-listed shares of Chinese companies slipped overnight.", [("Chinese ADRs", "down")]),
    # what leads a business figure is a part of it, no mover
    ("Taiwan's exports climbed 9.1% in July, led by electronics, customs data showed.", []),
    ("Shipments fell 4% last quarter, led by chipmakers.", []),
    # a style desks report like a sector (see test_investment_styles_are_sectors)
    ("Growth stocks slid as bond yields climbed.", [("growth stocks", "down")]),
    ("Funds rotated out of growth names.", [("growth stocks", "down")]),
    ("Prices of raw materials rose 3% in May.", []),
])
def test_sectors_named_by_a_bare_word_after_in_or_by(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert found == set(expected), found


@pytest.mark.parametrize("text,expected", [
    ("China's CSI 300 was flat, while the Shanghai Composite Index edged 0.1% higher.",
     {"subject": "Shanghai Composite Index", "direction": "up", "change_pct": 0.1}),
    ("The Nikkei was down a further 2% in late trade.",
     {"subject": "Nikkei 225", "direction": "down", "change_pct": 2.0}),
])
def test_verb_then_number_then_direction(text, expected):
    assert has(moves(text), expected), moves(text)


# other senses of move words, in market and general news
OTHER_SENSES = [
    "Tencent lifted its dividend by 20%.",
    "Two late goals helped lift Florida past Boston.",
    "WeWork declined to comment on the report.",
    "Obama declined to send arms to Ukraine.",
    "Herbert and Mahut rallied to defeat the Japanese pair in the doubles match.",
    "Benioff weighed in, telling the audience he missed his mentor.",
    "Orbit Beyond dropped out of that contract.",
    "Trump said at a rally in Louisiana last week that voters were not buying it.",
    "Sweden has dropped its investigation into the allegation.",
    "Tencent turned down an offer from its rival.",
    "Investors in tech remain cautious.",
    "Native ads cost 30% lower on mobile than on desktops.",
    "A 10% fall in Tencent would wipe out the index's gains.",
    "Uber and Lyft ended up paying drivers less.",
    "Will Stadia fall flat on its face?",
    "Trump said at a rally in Monroe, La., on Nov. 6.",
    "Danilo Gallinari added 25 points in his former home arena.",
    "James' 3-pointer put the Lakers up 109-98 with 3:08 to play.",
    "Prosecutors in Sweden have dropped an investigation into the allegation made in 2010.",
    "The board turned down an offer from the founder made in 2021.",
    "AirPods 2 dropped to an all-time low on Amazon at just $139.",
    "STOCKS-Asia slips as Fed doubts weigh",
    "Tencent's profit was HK$50 billion, up 20% from a year earlier.",
    "NIO delivered 40,397 vehicles in October, up 92.6% from a year earlier.",
    "BYD sales were 500,000 units, up 20%.",
    "If the Hang Seng falls 5%, margin calls could follow.",
    "Unless Tencent rebounds 3%, the index will close lower.",
    "The index posted steady gains.",
]


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_other_senses_of_move_words_are_not_moves(text):
    assert moves(text) == [], moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Sony gained 2.1%, Toyota 1.5% and Honda 0.9%.",
     [("Sony Group", 2.1, None), ("Toyota Motor", 1.5, None), ("Honda Motor", 0.9, None)]),
    ("The Nikkei rose 1.2% and the Topix 0.9%.",
     [("Nikkei 225", 1.2, None), ("Topix", 0.9, None)]),
    ("Xiaomi jumped 5% to HK$40.10, and Lenovo 3% to HK$11.20.",
     [("Xiaomi", 5.0, 40.1), ("Lenovo Group", 3.0, 11.2)]),
])
def test_names_sharing_one_move_word(text, expected):
    found = moves(text)
    assert [(f["subject"], f["change_pct"], f.get("price")) for f in found] == expected, found
    assert {f["direction"] for f in found} == {"up"}, found


def test_lost_ground_then_the_figure():
    assert has(moves("Tencent lost ground, ending 0.8% lower."),
               {"subject": "Tencent Holdings", "direction": "down", "change_pct": 0.8})
    assert has(moves("The Taiex ended the session 0.4% weaker at 22,100."),
               {"subject": "Taiex", "change_pct": 0.4, "level": 22100.0, "session": "close"})


@pytest.mark.parametrize("text,expected", [
    ("The Kospi gave up early gains to close 0.4% lower.",
     {"subject": "Kospi", "direction": "down", "change_pct": 0.4, "session": "close"}),
    ("The Taiex gave up its early gains and ended 0.6% lower.",
     {"subject": "Taiex", "direction": "down", "change_pct": 0.6, "session": "close"}),
    ("Tencent wiped out its morning losses to finish 0.3% higher.",
     {"subject": "Tencent Holdings", "direction": "up", "change_pct": 0.3, "session": "close"}),
    ("Alibaba rose as much as 5.2% before trimming gains to trade 2.8% higher.",
     {"subject": "Alibaba Group", "direction": "up", "change_pct": 2.8, "qualifier": None}),
    # the move pared to its size: the figure after "to" is the close's move, not a level
    ("The Taiex slid as much as 2.9% before paring the decline to 1.1% at the close.",
     {"subject": "Taiex", "direction": "down", "change_pct": 1.1, "session": "close"}),
    ("The Kospi rose as much as 2% before trimming its gains to 0.6%.",
     {"subject": "Kospi", "direction": "up", "change_pct": 0.6, "qualifier": None}),
    ("The Dow later pared its losses to about 120 points.",
     {"subject": "Dow Jones Industrial Average", "direction": "down", "points": 120.0,
      "level": None}),
    ("Prada gave back 3.5 per cent after a strong run.",
     {"subject": "Prada", "direction": "down", "change_pct": 3.5}),
])
def test_paring_the_day_s_move_before_the_close(text, expected):
    found = moves(text)
    assert has(found, expected), found


@pytest.mark.parametrize("text", [
    "Acme pared its net losses to $20 million in the quarter.",  # no number of a move
    "The Nikkei pared its losses to end flat.",  # flat: no way down
    "Tencent gave back early gains.",
])
def test_paring_needs_the_move_s_number(text):
    assert all(f["direction"] != "down" or f.get("change_pct") for f in moves(text)), moves(text)


@pytest.mark.parametrize("text,expected", [
    ("The Nikkei opened higher but closed 0.3% lower.",
     [("up", None, "morning"), ("down", 0.3, "close")]),
    ("The Nikkei rose early but closed 0.3% lower.", [("up", None, None), ("down", 0.3, "close")]),
    # the earlier move told with "after having been" / "after being": its own session only
    ("The Nikkei closed 0.4% lower, after having been up 0.9% in the morning.",
     [("down", 0.4, "close"), ("up", 0.9, "morning")]),
    ("The Kospi slipped 0.2% after being up 1.1% at midday.",
     [("down", 0.2, None), ("up", 1.1, "midday")]),
    ("The Hang Seng Index closed 0.3% lower, having fallen as much as 1.5% earlier.",
     [("down", 0.3, "close"), ("down", 1.5, None)]),  # an intraday extreme is not the close
    ("The benchmark Kospi rose as much as 2.1% before closing 1.4% higher.",
     [("up", 2.1, None), ("up", 1.4, "close")]),
    ("The Hang Seng fell 1% before closing higher.", [("down", 1.0, None), ("up", None, "close")]),
    ("Tencent was up 3% at midday and closed 2.1% higher.",
     [("up", 3.0, "midday"), ("up", 2.1, "close")]),
    ("The Hang Seng Index rose 1.2% in the morning session and ended the day up 0.8%.",
     [("up", 1.2, "morning"), ("up", 0.8, "close")]),
    ("The Nikkei swung between gains and losses before closing 0.2% higher.",
     [("up", 0.2, "close")]),
    ("The Kospi fell 0.5% by the lunch break, then pared losses to end flat.",
     [("down", 0.5, "midday"), ("flat", None, "close")]),
    (("The Shanghai Composite slumped 0.2%, but recovered those losses and was last trading "
      "up 0.4%."), [("down", 0.2, None), ("up", 0.4, None)]),
])
def test_the_day_s_turn_and_the_close_are_two_moves(text, expected):
    found = moves(text)
    assert [(f["direction"], f.get("change_pct"), f.get("session")) for f in found] == \
        expected, found


@pytest.mark.parametrize("text,expected", [
    # the same move told again in points is one move
    ("The Kospi ended up 1.2% at 2,650.3, gaining 31.4 points, while the Kosdaq fell 0.3%.",
     [("Kospi", "up", 1.2, 31.4), ("Kosdaq", "down", 0.3, None)]),
    ("The Dow closed 0.5% higher, having shed 300 points earlier in the day.",
     [("Dow Jones Industrial Average", "up", 0.5, None),
      ("Dow Jones Industrial Average", "down", None, 300.0)]),
])
def test_a_move_restated_in_points(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f.get("change_pct"), f.get("points"))
            for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    # a move before or after the day's session is never the close
    ("Tesla shares climbed 3% in premarket trading after closing 0.8% lower on Tuesday.",
     [("up", 3.0, None), ("down", 0.8, "close")]),
    ("Netflix ended up 0.6% in the regular session before jumping 9% after hours.",
     [("up", 0.6, "close"), ("up", 9.0, None)]),
    ("Oracle tumbled 7% in after-hours trading; the stock had closed 0.5% higher.",
     [("down", 7.0, None), ("up", 0.5, "close")]),
    # a live blog's label opening the line
    ("14:05 HKT - Midday: Hang Seng -0.4%", [("down", 0.4, "midday")]),
    ("16:08 HKT - Close: Hang Seng +1.1% at 19,880.2", [("up", 1.1, "close")]),
])
def test_out_of_hours_moves_and_labelled_lines_get_their_session(text, expected):
    found = moves(text)
    assert [(f["direction"], f.get("change_pct"), f.get("session")) for f in found] == \
        expected, found


@pytest.mark.parametrize("text,expected", [
    # European opening wording: "N% higher in early deals", "in mid-morning trading"
    ("France's CAC 40 was 0.3% higher in early deals.", ("CAC 40", "up", 0.3, "morning")),
    ("Shares in Tesco were 4% lower in mid-morning trading after the update.",
     ("Tesco", "down", 4.0, "morning")),
    ("Germany's DAX edged 0.2% lower in early dealings.", ("DAX", "down", 0.2, "morning")),
    ("The FTSE 100 was 0.6% higher in afternoon deals.", ("FTSE 100", "up", 0.6, "afternoon")),
])
def test_european_session_phrases_after_an_adjective_move(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f.get("change_pct"), f.get("session"))
            for f in found] == [expected], found


def test_the_session_of_an_earlier_move_is_not_the_later_one_s():
    found = moves("The Nasdaq is down 0.5%, after sliding as much as 1.3% in the morning.")
    assert [(f["change_pct"], f.get("session")) for f in found] == \
        [(0.5, None), (1.3, "morning")], found


def test_a_which_aside_s_earlier_move_is_not_the_close():
    """The main clause's "to end" names the close of its own move, not the aside's."""
    found = moves("The CSI 300 Index, which had dropped 1.1% on Monday, recovered to end 0.4% "
                  "higher on Tuesday.")
    assert [(f["change_pct"], f.get("session")) for f in found] == \
        [(1.1, None), (0.4, "close")], found


def test_a_which_aside_s_move_with_no_figure_is_background():
    """Its main verb unread, the aside's way is no fact: the day's may be the other one."""
    found = moves("Shipbuilders, which had rallied all month, went their own way; Hanwha Ocean "
                  "fell 2.2%.")
    assert [(f["subject"], f["direction"]) for f in found] == [("Hanwha Ocean", "down")], found


def test_each_move_keeps_the_session_its_own_clause_names():
    found = moves("Shares in Rolls-Royce soared as much as 9% in early trade before giving up "
                  "some of their gains to close up 6.2%.")
    assert has(found, {"change_pct": 9.0, "qualifier": "up to", "session": "morning"}), found
    assert has(found, {"change_pct": 6.2, "session": "close"}), found
    found = moves("Sony rose 2% in the morning, while Toyota closed 1% lower.")
    assert has(found, {"subject": "Sony Group", "session": "morning"}), found
    assert has(found, {"subject": "Toyota Motor", "session": "close"}), found


@pytest.mark.parametrize("text,expected", [
    ("Hong Kong's benchmark fell for a third straight session, down 0.9% at 16,725.",
     {"subject": HSI, "direction": "down", "change_pct": 0.9, "level": 16725.0}),
    ("South Korea's benchmark Kospi fell 0.5%, while Taiwan's benchmark was flat.",
     {"subject": "Taiex", "direction": "flat"}),
    ("Japan's Nikkei climbed 1.1%, while Chinese blue chips added 0.4%.",
     {"subject": "CSI 300 Index", "direction": "up", "change_pct": 0.4}),
])
def test_a_market_s_benchmark_is_its_main_index(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Taiwan stocks ended down 0.6% at 22,870.35, dragged by a 1.1% decline in TSMC.",
     [("Taiex", 0.6, 22870.35), ("TSMC", 1.1, None)]),
    ("Japanese shares rose 0.8% to 38,920.26 by midday.", [("Nikkei 225", 0.8, 38920.26)]),
    ("Taiwan stocks fell 0.6%.", []),  # which gauge? without the level, no fact
    ("European shares fell 1.1% to 498.2 points.", [("Stoxx Europe 600", 1.1, 498.2)]),
    ("London stocks closed 0.5% higher at 8,150.3.", [("FTSE 100", 0.5, 8150.3)]),
    ("European shares were 0.4% higher, trading at 13 times forward earnings.", []),
    # the sentence names the main index too
    ("Australian shares closed 0.6% higher, with the S&P/ASX 200 index finishing at 8,412.20.",
     [("S&P/ASX 200", 0.6, None)]),
    ("Hong Kong stocks fell, with the Hang Seng Index down 1.2% at 19,210.",
     [(HSI, 1.2, 19210.0)]),
    # a city's exchange is its market, never a company
    ("The Madrid bourse closed 0.7% lower, with the IBEX 35 back under 12,000 points.",
     [("IBEX 35", 0.7, None)]),
    ("The Milan Stock Exchange fell 1.3%.", []),
])
def test_a_market_named_by_its_place_is_its_main_index_when_the_level_is_given(text, expected):
    found = moves(text)
    assert [(f["subject"], f["change_pct"], f.get("level")) for f in found] == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Emerging-market equities climbed 1.3% on Thursday, led by South Korea.",
     [("MSCI Emerging Markets", "up", 1.3)]),
    ("Global stocks edged higher, while emerging market shares lost 0.6% as the dollar firmed.",
     [("MSCI Emerging Markets", "down", 0.6)]),
])
def test_emerging_market_stocks_are_msci_s_gauge_without_the_level(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


@pytest.mark.parametrize("text, subject, pct", [
    (("Korean shares closed up 1.06 percent on Monday. The Kospi ended up 27.35 points at "
     "2,607.89."), "Kospi", 1.06),
    (("Singapore shares fell 0.4% on Friday. The Straits Times Index lost 15.9 points to "
     "3,961.2."), "Straits Times Index", 0.4),
    # points and level that give another percent, or the other way: another move
    (("Korean shares closed up 2.1 percent this week. The Kospi ended up 27.35 points at "
     "2,607.89."), "Kospi", None),
    ("Korean shares closed down 1.06 percent. The Kospi ended up 27.35 points at 2,607.89.",
     "Kospi", None),
])
def test_a_market_s_percent_before_its_index_s_points_and_level_is_the_index_s(
        text, subject, pct):
    found = [f for f in extract_facts(text) if f.kind == "index_move"]
    assert [(f.subject, f.change_pct) for f in found] == [(subject, pct)], found
    assert found[0].evidence == (text if pct else text[text.index(". ") + 2:]), found


def test_the_benchmark_after_a_market_named_by_its_place_is_its_main_index():
    found = moves("Hong Kong stocks fell on Tuesday. The benchmark index dropped 1.2%.")
    assert [(f["subject"], f["change_pct"]) for f in found] == [(HSI, 1.2)], found


@pytest.mark.parametrize("text,expected", [
    ("Bank shares in Europe dropped 1.1%, with HSBC and Barclays among the decliners.",
     {"subject": "banks", "direction": "down", "change_pct": 1.1}),
    ("Tencent shares in Hong Kong rose 2%.", {"subject": "Tencent Holdings", "change_pct": 2.0}),
    # an index the sector trades on ("a gauge of ... in the CSI 300") made no move of its own
    ("A gauge of healthcare shares in the CSI 300 slid 1.7%.",
     {"subject": "healthcare", "direction": "down", "change_pct": 1.7}),
    ("Shares of Tencent closed 1.1 percent higher, while those of Meituan went down 2.5 percent.",
     {"subject": "Meituan", "direction": "down", "change_pct": 2.5}),
    ("Nikkei futures traded in Chicago were up 0.8% at 39,420.",
     {"subject": "Nikkei 225 futures", "change_pct": 0.8, "level": 39420.0}),
    ("Nikkei futures in Osaka were 1.2% higher at 40,150 overnight.",
     {"subject": "Nikkei 225 futures", "change_pct": 1.2, "level": 40150.0}),
])
def test_where_a_name_trades_sits_between_it_and_its_move(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text,subject,multi", [
    # a figure compared with one over a period is over it too
    ("Xiaomi has surged 60% this year, outperforming the Hang Seng Index, which is up 18%.",
     "Hang Seng Index", True),
    ("Tesla is up 30% this year, outpacing the Nasdaq's 11% gain.", "Nasdaq Composite", True),
    # ... unless it names a day
    ("Meituan is down 12% from its March record, while Tencent closed 1.4% higher.",
     "Tencent Holdings", False),
    # an opening period does not reach a figure given for a day
    ("Since the start of the month, the Kospi has gained 5%, and it rose 0.6% on Thursday.",
     "Kospi", None),
])
def test_a_period_reaches_the_figures_compared_with_it(text, subject, multi):
    found = {(f.change_pct, multi_day(f)) for f in extract_facts(text) if f.subject == subject}
    if multi is None:  # the period's figure and the day's
        assert found == {(5.0, True), (0.6, False)}, found
    else:
        assert len(found) == 1 and next(iter(found))[1] is multi, found


def test_a_label_before_a_figure_gives_its_period():
    found = {(f.change_pct, multi_day(f)) for f in extract_facts("Kospi 2,612.3 +0.4% (YTD +9.1%)")
             if f.kind.endswith("_move")}
    assert (0.4, False) in found and (9.1, False) not in found, found


def test_a_period_label_line_scopes_the_lines_under_it():
    text = ("On Thursday:\nThe Nasdaq rose 120.5 points, or 0.6%, to 19,210.3.\n\n"
            "For the week:\nThe Nasdaq is up 410.2 points, or 2.2%.\n"
            "The Dow is down 95.6 points, or 0.2%.\n\nFor the year:\n"
            "The Nasdaq is up 2,100.4 points, or 12.3%.")
    found = [(f.subject, f.change_pct, multi_day(f)) for f in extract_facts(text)]
    assert found == [("Nasdaq Composite", 0.6, False), ("Nasdaq Composite", 2.2, True),
                     ("Dow Jones Industrial Average", 0.2, True),
                     ("Nasdaq Composite", 12.3, True)], found


def test_a_table_s_period_columns_are_told_apart():
    text = ("Index    Close     1D      1M      YTD\n"
            "Kospi    2,612.3   +0.4%   -3.2%   +9.1%\n"
            "Taiex    22,105.8  -0.6%   +1.5%   +12.4%\n"
            "Samsung Electronics fell 2.1% on the day.")
    found = [(f.subject, f.change_pct, multi_day(f)) for f in extract_facts(text)]
    assert found == [("Kospi", 0.4, False), ("Kospi", 3.2, True), ("Kospi", 9.1, True),
                     ("Taiex", 0.6, False), ("Taiex", 1.5, True), ("Taiex", 12.4, True),
                     ("Samsung Electronics", 2.1, False)], found
    # the day's figures and the line after the table keep their own line as evidence
    assert all("Index" not in f.evidence for f in extract_facts(text) if not multi_day(f))


@pytest.mark.parametrize("text,expected", [
    ("Futures tied to the blue-chip Dow gained 120 points, or 0.3%.",
     [("Dow Jones Industrial Average futures", "up", 0.3)]),
    ("Futures on the STOXX 600 were down 0.5% before the open.",
     [("Stoxx Europe 600 futures", "down", 0.5)]),
    ("Nasdaq 100 futures added 0.6%, while futures linked to the S&P 500 rose 0.4%.",
     [("Nasdaq 100 futures", "up", 0.6), ("S&P 500 futures", "up", 0.4)]),
    ("Dow futures slipped 0.1%, while contracts tracking the Nasdaq 100 gained 0.2%.",
     [("Dow Jones Industrial Average futures", "down", 0.1), ("Nasdaq 100 futures", "up", 0.2)]),
    ("Options contracts on the Nasdaq 100 rose 5%.", []),  # no futures
    ("Futures on the FTSE 100 are pointing 0.2% lower ahead of the open.",
     [("FTSE 100 futures", "down", 0.2)]),
])
def test_futures_tied_to_an_index_are_its_futures(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


def test_milans_blue_chips_are_the_ftse_mib():
    found = moves("Frankfurt's DAX rose 0.5% and Milan's blue chips gained 0.9%.")
    assert ("FTSE MIB", "up", 0.9) in [(f["subject"], f["direction"], f.get("change_pct"))
                                       for f in found], found


@pytest.mark.parametrize("text,expected", [
    ("Wall Street's fear gauge, the Cboe Volatility Index, soared 48% to 29.5.",
     [("VIX", "up", 48.0)]),
    ("Europe's VSTOXX fell 31% as the selling eased.",
     [("Euro Stoxx 50 Volatility Index", "down", 31.0)]),
    ("The Russell 2000 tumbled 35%.", [("Russell 2000", "down", None)]),  # no day's move of it
])
def test_a_volatility_gauge_may_move_more_than_a_price_index(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    (("The S&P 500 lost 80 points, and the tech-heavy Nasdaq 100 slid into a correction, "
     "finishing more than 10% below its July record."),
     [("S&P 500", "down", None)]),
    ("The FTSE 100 gained 0.4%, while the domestically focused FTSE 250 hit a new high.",
     [("FTSE 100", "up", 0.4)]),
])
def test_figures_after_another_names_clause_are_not_the_first_names(text, expected):
    found = [f for f in moves(text) if f["subject"] == expected[0][0]]
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Futures on the Dow were down 0.3% and those on the S&P 500 lost 0.5% before the open.",
     [("Dow Jones Industrial Average futures", "down", 0.3), ("S&P 500 futures", "down", 0.5)]),
    ("Contracts tracking the S&P 500 fell 0.2%, while Nasdaq 100 contracts slipped 0.4%.",
     [("S&P 500 futures", "down", 0.2), ("Nasdaq 100 futures", "down", 0.4)]),
    ("Dow futures and Nasdaq 100 futures were near the flatline overnight.",
     [("Dow Jones Industrial Average futures", "flat", None), ("Nasdaq 100 futures", "flat", None)]),
    ("Chipmakers led, with those on the Nasdaq 100 up 1.2%.", []),  # shares, not futures
])
def test_futures_in_a_list_of_futures(text, expected):
    found = [f for f in moves(text) if f["kind"] == "index_move"]  # the chipmakers led: a sector
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Nasdaq futures fell 0.9% and S&P futures were off 0.5% before the bell.",
     [("Nasdaq 100 futures", "down", 0.9), ("S&P 500 futures", "down", 0.5)]),
    ("Contracts tied to the Nasdaq added 0.4% ahead of the jobs data.",
     [("Nasdaq 100 futures", "up", 0.4)]),
    ("Nasdaq futures rose 0.2%, after the index closed 1.3% higher on Monday.",
     [("Nasdaq 100 futures", "up", 0.2)]),  # the index: either Nasdaq's
])
def test_nasdaq_futures_are_the_nasdaq_100s(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Nikkei futures were up 0.5% in Singapore, after the index ended 1.1% lower on Friday.",
     [("Nikkei 225 futures", "up", 0.5), ("Nikkei 225", "down", 1.1)]),
    ("S&P 500 futures slipped 0.2%. The benchmark had closed 0.8% higher on Thursday.",
     [("S&P 500 futures", "down", 0.2), ("S&P 500", "up", 0.8)]),
])
def test_the_index_after_its_futures_is_the_index_itself(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


@pytest.mark.parametrize("text,expected", [
    ("The DAX opened 85 points higher at 24,100, up 0.4%, after a strong session in Asia.",
     [("DAX", "up", 0.4, 85.0)]),
    ("Vodafone slipped 3p to 71p, down 4.1%, after the update.",
     [("Vodafone Group", "down", 4.1, None)]),
    ("• Nifty 50: 24,788.4, up 96.3 pts (+0.39%)", [("Nifty 50", "up", 0.39, 96.3)]),
    # the week's percent is another move
    ("The CAC 40 rose 40 points to 7,900, up 1.2% for the week.",
     [("CAC 40", "up", None, 40.0), ("CAC 40", "up", 1.2, None)]),
])
def test_a_percent_after_a_move_in_points_or_pence_is_the_same_move(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f.get("change_pct"), f.get("points"))
            for f in found] == expected, found


@pytest.mark.parametrize("text, expected", [
    ("The Nasdaq-100 gained 1.1%, while the equal-weighted Nasdaq-100 added 0.5%.",
     [("Nasdaq 100", 1.1), ("Nasdaq-100 Equal Weighted Index", 0.5)]),
    # "index" after the name is no longer name inside it ("S&P 500 index")
    ("The S&P 500 gained 0.7%, but the equal-weighted S&P 500 index slipped 0.3%.",
     [("S&P 500", 0.7), ("S&P 500 Equal Weight Index", 0.3)]),
])
def test_an_equal_weighted_index_is_not_its_parent(text, expected):
    found = moves(text)
    assert [(f["subject"], f["change_pct"]) for f in found] == expected, found


def test_an_aside_with_the_year_s_move_then_the_day_s():
    found = extract_facts("Alibaba, up 25% this year, slipped 0.8%.")
    day = [f for f in found if not multi_day(f)]
    assert [(f.subject, f.direction, f.change_pct) for f in day] == \
        [("Alibaba Group", "down", 0.8)], found


# after ", and" a clause with a subject the extractor does not name (a yield, crude, revenue)
# keeps its numbers: they never go to the name of the clause before
@pytest.mark.parametrize("text,expected", [
    ("The S&P 500 fell 1.2%, and the 10-year yield rose 8 basis points to 4.46%.",
     [("S&P 500", "down", 1.2)]),
    ("Exxon Mobil rose 2% and Chevron added 1.5%, and U.S. crude jumped 3% to $75.10 a barrel.",
     [("Exxon Mobil", "up", 2.0), ("Chevron", "up", 1.5)]),
    ("Tesla fell 3%, and deliveries dropped 13% from a year earlier.", [("Tesla", "down", 3.0)]),
    ("The Kospi gained 0.8%, and the won weakened 0.3% against the dollar.",
     [("Kospi", "up", 0.8)]),
    ("Netflix added 19 million subscribers, and revenue rose 16% to $10.2 billion.", []),
    ("The iShares China Large-Cap ETF lost $156 million.", []),  # a sum, no move
    ("Intel shed 5,000 jobs in the quarter.", []),
    (("The Kospi fell to 2,480.5, its lowest since March, meaning stocks now trade at a "
      "12.5% discount to their peers."), [("Kospi", "down", None)]),
])
def test_a_clause_with_a_subject_of_its_own_keeps_its_numbers(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == expected, found
    assert all("price" not in f for f in found), found


def test_the_same_name_goes_on_after_the_joint():
    found = moves("The Hang Seng closed 0.3% lower, having fallen as much as 1.5% earlier, "
                  "and extended losses in after-hours futures.")
    assert {(f["change_pct"], f.get("qualifier")) for f in found} == {(0.3, None), (1.5, "up to")}


# "the tech index" and "the broader index" name another index than the one just named
@pytest.mark.parametrize("text,expected", [
    ("Hong Kong stocks fell. The benchmark index dropped 2.3%, and the tech index sank 3.5%.",
     {("Hang Seng Index", 2.3), (HSTECH, 3.5)}),
    ("The Nikkei rose 1.2%, while the broader index gained 0.5%.",
     {("Nikkei 225", 1.2), ("Topix", 0.5)}),
    # never the Hang Seng Index: a Hong Kong report's tech-heavy gauge is its tech index
    ("The Hang Seng Index fell 0.8%. The tech-heavy gauge fell 1.4%.", {(HSI, 0.8), (HSTECH, 1.4)}),
    ("The Topix fell 0.8%. The tech-heavy gauge fell 1.4%.", {("Topix", 0.8)}),
    ("The Nifty 50 rose 0.5% to 24,100. The broader index advanced 2.4%.", {("Nifty 50", 0.5)}),
])
def test_tech_and_broader_indices_are_not_the_one_just_named(text, expected):
    assert {(f["subject"], f["change_pct"]) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    (("South African shares rose. The Top-40 index gained 0.9% to 90,120 points, while the "
      "broader all-share index added 0.8%. Naspers climbed 2%."),
     {("FTSE/JSE Top 40 Index", 0.9), ("FTSE/JSE All-Share Index", 0.8), ("Naspers", 2.0)}),
    ("The FTSE 100 fell 0.3%, while the all-share index lost 0.2%.",
     {("FTSE 100", 0.3), ("FTSE All-Share Index", 0.2)}),
    ("The Kospi rose 0.6%, while the all-share index added 0.5%.", {("Kospi", 0.6)}),
])
def test_the_all_share_index_is_the_one_the_market_calls_so(text, expected):
    assert {(f["subject"], f["change_pct"]) for f in moves(text)} == expected, moves(text)


# "the secondary index" in a Seoul report is the Kosdaq, even after the Kospi; elsewhere no one
@pytest.mark.parametrize("text,expected", [
    ("The Kospi slipped 0.4% to 2,610.2 in Seoul. The secondary index rose 1.1 percent to 790.3.",
     {("Kospi", 0.4), ("Kosdaq", 1.1)}),
    ("The Topix rose 0.6%. The secondary index dipped 0.2%.", {("Topix", 0.6)}),
])
def test_the_secondary_index_is_the_one_the_market_calls_so(text, expected):
    assert {(f["subject"], f["change_pct"]) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    ("The Russell 1000 ended lower on Friday. The broad index shed 0.6% to 3,310.4.",
     {("Russell 1000", 0.6)}),
    ("The S&P 500 and the Dow fell. The broad gauge lost 0.5%.",  # which one?
     {("S&P 500", None), ("Dow Jones Industrial Average", None)}),
])
def test_the_broad_index_is_the_one_just_named(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Xiaomi was the top Hang Seng gainer, up 5.2% at HK$54.10.", ("Xiaomi", 5.2)),
    ("DBS Group was the top STI performer, up 1.8 per cent.", ("DBS Group Holdings", 1.8)),
    ("Hang Seng heavyweight Tencent rose 2%.", ("Tencent Holdings", 2.0)),
    ("Fanuc was the best-performing Nikkei stock, up 6.2%.", ("Fanuc", 6.2)),
    # the index ranks its members after "'s"
    ("Nike was the blue-chip average's worst performer, off 3.7% after its results.",
     ("Nike", 3.7)),
    ("Sony was the Nikkei's biggest gainer, up 4.4%.", ("Sony Group", 4.4)),
])
def test_an_index_naming_its_stocks_is_no_subject(text, expected):
    assert [(f["subject"], f["change_pct"]) for f in moves(text)] == [expected], moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Samsung Electronics and its rival SK Hynix rose 2% and 3.5%, respectively.",
     {("Samsung Electronics", 2.0), ("SK Hynix", 3.5)}),
    (("Tokyo Electron and chip-testing equipment maker Advantest climbed 4.2% and 6.1%, "
      "respectively."), {("Tokyo Electron", 4.2), ("Advantest", 6.1)}),
    ("The Shenzhen Component Index and the ChiNext Index fell 0.8% and 1.2%, respectively.",
     {("Shenzhen Component Index", 0.8), ("ChiNext Index", 1.2)}),
    # a place owning the next name is no break in the list
    ("Japan's Topix and Korea's Kospi gained 0.8% and 1.9% respectively.",
     {("Topix", 0.8), ("Kospi", 1.9)}),
    ("Taiwan's Taiex and South Korea's Kospi fell 1.1% and 0.6%, respectively.",
     {("Taiex", 1.1), ("Kospi", 0.6)}),
    # one plural head for both names
    ("The CSI 300 and ChiNext indexes slipped 0.4% and 0.9%, respectively.",
     {("CSI 300 Index", 0.4), ("ChiNext Index", 0.9)}),
    ("The Nikkei and Topix indices ended 1.3% and 0.7% higher respectively.",
     {("Nikkei 225", 1.3), ("Topix", 0.7)}),
    # not one list: whose figure is whose is unclear, and a move without its stated figure
    # is no telling of it
    ("Tencent and the Hang Seng Index rose 1% and 2%, respectively.", set()),
])
def test_a_list_with_a_description_before_a_name(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Diageo was 2.1pc lower.", ("Diageo", "down", 2.1)),
    # the change in pence before the way, then the percent and the price
    ("Whitbread closed 38p higher, or 1.3%, at 2,964p.", ("Whitbread", "up", 1.3)),
    ("Whitbread ended 11.5 pence lower at 2,915 pence.", ("Whitbread", "down", None)),
    ("Barclays added 12p to 212p.", ("Barclays", "up", None)),
    ("The FTSE 100 ended 0.2pc higher at 8,150.", ("FTSE 100", "up", 0.2)),
    ("The S&P 500 tacked on 0.6% to 6,120.4.", ("S&P 500", "up", 0.6)),
    ("Shares in Tesco crumbled 9% to 310p after a profit warning.", ("Tesco", "down", 9.0)),
    ("Sands China piled on 4.2 percent.", ("Sands China", "up", 4.2)),
    # livelier verbs of London and the wires; "only" before the size
    ("Shares in Tesco collapsed 22% after a profit warning.", ("Tesco", "down", 22.0)),
    ("Rolls-Royce shot 6% higher on Thursday.", ("Rolls-Royce Holdings", "up", 6.0)),
    ("Antofagasta powered ahead 3.2%.", ("Antofagasta", "up", 3.2)),
    ("The Nikkei 225 raced 2.4% higher.", ("Nikkei 225", "up", 2.4)),
    ("The Nasdaq pushed higher in late trade.", ("Nasdaq Composite", "up", None)),
    ("The Sensex has gained only 4% this year.", ("BSE Sensex", "up", 4.0)),
    ("The Dow pushed to a fresh all-time high on Friday.",
     ("Dow Jones Industrial Average", "up", None)),
    ("Apple hit a fresh record high.", ("Apple", "up", None)),
    # a market-movers item: the name, a dash, then its shares
    ("Zscaler — Shares tumbled 8% despite an earnings beat.", ("Zscaler", "down", 8.0)),
    ("Nike — The athletic apparel stock jumped 6.8% following an upgrade.", ("Nike", "up", 6.8)),
    ("Delta Air Lines (DAL) — The airline stock climbed 4% after results.",
     ("Delta Air Lines", "up", 4.0)),
])
def test_more_ways_to_state_one_move(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)] == \
        [expected], moves(text)



def test_a_change_in_pence_before_the_way_is_no_price():
    found = moves("Whitbread closed 38p higher, or 1.3%, at 2,964p.")
    assert [(f["price"], f["currency"]) for f in found] == [(2964.0, "GBX")], found


def test_a_record_close_then_its_change_is_one_move():
    found = moves("Acme Robotics closed at a record HK$52.40 on Tuesday, up 3.6 percent.")
    assert [(f["subject"], f["direction"], f["change_pct"], f["price"]) for f in found] == \
        [("Acme Robotics", "up", 3.6, 52.4)], found


@pytest.mark.parametrize("text", [
    "The Kospi rose 0.9% to close at a record 3,412.55.",
    "The Kospi rose 31 points, or 0.9%, to close at a record 3,412.55 on Thursday.",
    "The Kospi climbed 0.9% to a record 3,412.55 on Thursday.",
    "The Kospi ended up 0.9% at a record 3,412.55.",
])
def test_a_change_to_a_record_close_keeps_its_level(text):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"], f["level"]) for f in found] == \
        [("Kospi", "up", 0.9, 3412.55)], found

@pytest.mark.parametrize("text", [
    "Hopes of a deal crumbled as Tencent piled on the pressure.",
    "Investors piled on to Alibaba after the talks crumbled.",
    "Merger talks between Tesco and Ocado collapsed on Friday.",
    "Tesco pushed prices 3% higher.",
    "Tesco gained only 6 new stores.",
    "Tesco added just 12 new stores.",
])
def test_weak_move_words_without_a_figure_move_nothing(text):
    assert moves(text) == [], moves(text)


# a gain word that ends its clause tells the name's way; with an object it is no move
@pytest.mark.parametrize("text,expected", [
    ("Oil majors led the index higher as Equinor and Repsol advanced.",
     {("Equinor", "up"), ("Repsol", "up")}),
    ("Chipmakers slipped 0.8%, while Acme Robotics gained; Acme Foods fell 2%.",
     {("Acme Robotics", "up"), ("Acme Foods", "down")}),
])
def test_a_gain_word_ending_its_clause(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "stock_move"}
    assert found == expected, moves(text)


def test_a_gain_word_with_an_object_is_no_move():
    assert moves("Acme Robotics gained market share in Europe.") == []


# an early move told as a noun after a verb that undoes it: the mover's earlier move, its
# way the noun's ("a 4% gain" sizes the gain; "after hours" is when, no clause of its own)
@pytest.mark.parametrize("text,expected", [
    ("Meituan pared early gains of 5% to close 1.2% higher.",
     [("Meituan", "up", 1.2), ("Meituan", "up", 5.0)]),
    ("Adobe fell after hours, erasing an early 4% gain to trade 2.5% lower.",
     [("Adobe", "down", 2.5), ("Adobe", "up", 4.0)]),
    ("The Kospi rose 0.2% at the close, reversing a morning drop of as much as 1.1%.",
     [("Kospi", "up", 0.2), ("Kospi", "down", 1.1)]),
    ("The Topix ended 0.3% lower, erasing a 0.8% gain earlier in the session.",
     [("Topix", "down", 0.3), ("Topix", "up", 0.8)]),
    ("Micron gave back a 2% gain to end 0.7% lower.",
     [("Micron Technology", "down", 0.7), ("Micron Technology", "up", 2.0)]),
    # of two names, the one the verb follows, after its own figure or right before it
    ("The Dow rose 0.4% and the S&P 500 added 0.3%, reversing an early drop of 0.7%.",
     [("Dow Jones Industrial Average", "up", 0.4), ("S&P 500", "up", 0.3),
      ("S&P 500", "down", 0.7)]),
    ("The Nasdaq gave up a 1.1% gain to close 0.3% lower, while the Dow slipped 0.2%.",
     [("Nasdaq Composite", "down", 0.3), ("Dow Jones Industrial Average", "down", 0.2),
      ("Nasdaq Composite", "up", 1.1)]),
    # no move of this session; two names: whose?
    ("Acme Robotics rose 2%, erasing its 10% loss for the year.", [("Acme Robotics", "up", 2.0)]),
    ("Tesla gave up a 10% gain to close the year 2% lower.", []),
    ("Tencent reversed early gains of 3% and Alibaba fell 2%.", [("Alibaba Group", "down", 2.0)]),
    (("Alibaba fell 2% as Tencent, its rival in the Hang Seng Tech Index, reversed early "
      "gains of 3%."), [("Alibaba Group", "down", 2.0)]),
])
def test_an_undone_early_move_is_an_earlier_move(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)] == \
        expected, moves(text)


def test_the_close_after_an_undone_early_move_keeps_its_own_points_and_level():
    found = moves("The Dow Jones Industrial Average wiped out an early rally of more than 250 "
                  "points to finish down 120.4 points, or 0.3%, at 40,110.2.")
    assert [(f["subject"], f["direction"], f.get("change_pct"), f.get("points"), f.get("level"))
            for f in found] == [("Dow Jones Industrial Average", "down", 0.3, 120.4, 40110.2)], found


def test_an_intraday_extreme_in_points_before_the_close():
    found = moves("The Sensex fell as much as 1,000 points intraday before closing 720 points, "
                  "or 0.9%, lower at 78,950.12.")
    close = [f for f in found if f.get("session") == "close"]
    assert [(f["change_pct"], f["points"], f["level"]) for f in close] == [(0.9, 720.0, 78950.12)]
    assert len(found) == 2, found


@pytest.mark.parametrize("text,expected", [
    ("The Nasdaq closed 0.5% higher after falling more than 250 points earlier.",
     {"points": 250.0, "qualifier": "more than", "change_pct": None}),
    ("The FTSE 100 slipped nearly 60 points to 8,240.",
     {"points": 60.0, "qualifier": "nearly", "level": 8240.0}),
    ("The Kospi dropped about 40 points, or 1.6%.",
     {"points": 40.0, "qualifier": None, "change_pct": 1.6}),
])
def test_a_qualifier_of_points_alone_is_the_moves(text, expected):
    # "more than 300 points" is no move of 300 points; with a percent, its qualifier rules
    found = [f for f in moves(text) if f["direction"] == "down"]
    assert len(found) == 1, moves(text)
    assert {k: found[0].get(k) for k in expected} == expected, found


# a city alone names its exchange's main index when a verb follows (agency wraps), with
# or without the level
@pytest.mark.parametrize("text,expected", [
    (("Hong Kong ended 1.4 percent higher at 20,116.47, while Shanghai rose 0.6 percent to "
      "3,312.08."), {(HSI, 1.4, 20116.47), ("Shanghai Composite Index", 0.6, 3312.08)}),
    ("Kuala Lumpur edged up 0.2 percent and Jakarta fell 0.5 percent.",
     {("KLCI", 0.2, None), ("Jakarta Composite", 0.5, None)}),
    ("The Kospi lost 1.3 percent, Taipei fell 0.7 percent and Sydney shed 0.2 percent.",
     {("Kospi", 1.3, None), ("Taiex", 0.7, None), ("S&P/ASX 200", 0.2, None)}),
    ("Taiwan stocks fell 0.7 percent.", set()),  # a country's shares: any gauge
    ("Seoul rose 1.2 percent, while Manila fell.", {("Kospi", 1.2, None)}),  # no figure
    ("Tencent shares in Hong Kong rose 2%.", {("Tencent Holdings", 2.0, None)}),
    ("Chip shares lift Shanghai to 3-month high.",  # "3-month" is no level
     {("semiconductors", None, None)}),
])
def test_a_city_names_its_main_index(text, expected):
    found = moves(text)
    assert {(f["subject"], f.get("change_pct"), f.get("level")) for f in found} == expected, found


@pytest.mark.parametrize("text,expected", [
    (("China Merchants Bank's Shanghai-listed shares rose 1.7%, while its Hong Kong shares "
      "gained 2.9%."), {("China Merchants Bank", 1.7), ("China Merchants Bank", 2.9)}),
    ("The Topix finished up 0.7% at 2,765.3; the Nikkei, by contrast, dipped 0.2%.",
     {("Topix", 0.7), ("Nikkei 225", 0.2)}),
    ("The Hang Seng Index is now down 8% from its October peak.", {(HSI, 8.0)}),
    ("Fast Retailing, owner of the Uniqlo brand, rose 2.2%.", {("Fast Retailing", 2.2)}),
    # a causative's bare infinitive: "helping the index finish 2.3% higher"
    ("Chip buying helped the Kospi finish 1.7% higher.", {("Kospi", 1.7)}),
    ("Bank selling made the Topix end 0.6% lower.", {("Topix", 0.6)}),
    # what an index holds is no subject: never "mining up 1.5%"
    ("London's FTSE 100, heavy with miners, added 1.5%.", {("FTSE 100", 1.5)}),
    ("The Kospi, dominated by chipmakers, slid 0.8%.", {("Kospi", 0.8)}),
    # a company's results day
    ("Nike, also reporting after Thursday's close, slipped 0.2%.", {("Nike", 0.2)}),
    ("Walmart, due to report before the bell on Tuesday, slipped 0.7%.", {("Walmart", 0.7)}),
    # a price against a mark: the move after it is still the shares'
    ("Arm shares opened at $56.10, above their $51 offer price, and closed up 25%.",
     {("Arm Holdings", 25.0)}),
])
def test_asides_and_listings_between_a_name_and_its_move(text, expected):
    assert {(f["subject"], f["change_pct"]) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    (("Nvidia, Apple and Microsoft — the three most valuable U.S. companies — all rose more "
      "than 1%."), {("Nvidia", 1.0), ("Apple", 1.0), ("Microsoft", 1.0)}),
    ("The Nikkei erased early losses of as much as 1.2% and ended 0.3% higher.",
     {("Nikkei 225", 0.3), ("Nikkei 225", 1.2)}),
    ("Hang Seng snaps 4-day losing streak, up 1.1%", {(HSI, 1.1)}),
    ("The Nasdaq has turned negative, down 0.2%.", {("Nasdaq Composite", 0.2)}),
    ("The FTSE 100, dragged lower by miners, was last down 0.3%.",
     {("FTSE 100", 0.3), ("mining", None)}),
    ("The tech-heavy Nasdaq fell 1.4%, dragged down by Nvidia, which tumbled 6%.",
     {("Nasdaq Composite", 1.4), ("Nvidia", 6.0)}),
])
def test_what_may_stand_between_a_name_and_its_move(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


def test_a_change_in_money_after_or_is_not_the_price():
    found = moves("Shares in Ocado slumped 14.2pc, or 41.6p, to 251.4p.")
    assert [(f["change_pct"], f["price"], f["currency"]) for f in found] == [(14.2, 251.4, "GBX")]


def test_a_weak_verb_with_up_to_shares_its_bound():
    found = moves("Zorblax Steel, Quorn Metals and Blix Alloys advanced up to 3.5%.")
    assert {(f["subject"], f["change_pct"], f["qualifier"]) for f in found} == \
        {(name, 3.5, "up to") for name in ("Zorblax Steel", "Quorn Metals", "Blix Alloys")}, found


@pytest.mark.parametrize("text, expected", [
    ("Zorblax Mining topped the index, up 5.2%, while Quorn Metals rose 2.4%.",
     {("Zorblax Mining", 5.2), ("Quorn Metals", 2.4)}),
    ("The FTSE 100 rose 0.4%. Zorblax Mining topped the FTSE 100, up 5.2%.",
     {("FTSE 100", 0.4), ("Zorblax Mining", 5.2)}),
    ("Zorblax Mining tops the DAX, rising 5.2%.", {("Zorblax Mining", 5.2)}),
    ("Zorblax Mining tops FTSE 100 with 5.2% jump after copper deal", {("Zorblax Mining", 5.2)}),
    ("Zorblax Mining topped the DAX with a 5.2% rise.", {("Zorblax Mining", 5.2)}),
    # ... but a way right after the index led is the index's, as after "dragged"
    ("Zorblax Mining fell 6%, leading the FTSE 250 down 1.1%.",
     {("Zorblax Mining", 6.0), ("FTSE 250", 1.1)}),
    ("Zorblax Mining slid 6%, leading the DAX 0.9% lower.",
     {("Zorblax Mining", 6.0), ("DAX", 0.9)}),
    ("Zorblax Mining led the FTSE 100, up 5.2%.", set()),
])
def test_the_figure_after_topped_the_index_is_the_mover_s(text, expected):
    found = moves(text)
    assert {(f["subject"], f["change_pct"]) for f in found} == expected, found


@pytest.mark.parametrize("text, price, currency", [
    ("Shares in Zorblax slid 12.4p, or 4.1%, to 290.2p.", 290.2, "GBX"),
    ("Zorblax jumped A$5.10, or 6.2%, to a record A$87.40.", 87.4, "AUD"),
    ("Zorblax declined Rs 25.5 or 1.9 per cent to Rs 1,318.", 1318.0, "INR"),
    ("Zorblax fell 1.30 francs, or 1.6%, to 80.45 Swiss francs.", 80.45, "CHF"),
    # Nordic prices in crowns
    ("Zorblax fell 9.4 crowns, or 2.1%, to 441.6 Danish crowns.", 441.6, "DKK"),
    ("Zorblax rose 3.2%, or 2.70 crowns, to 87.05 Swedish crowns.", 87.05, "SEK"),
    ("Zorblax gained 1.1%, or 3 crowns, to 276.4 Norwegian crowns.", 276.4, "NOK"),
])
def test_the_change_in_money_before_or_is_not_the_price(text, price, currency):
    found = moves(text)
    assert [(f["price"], f["currency"]) for f in found] == [(price, currency)], found


@pytest.mark.parametrize("text, expected", [
    # a quote line's signed change in money, an offer price, the open of a close
    ("Top gainers: Zorblax +$4.17 (+2.9%), Acme Foods +$1.05 (+1.2%)",
     [(2.9, None), (1.2, None)]),
    ("Zorblax has risen about 150% since its IPO at $21.", [(150.0, None)]),
    ("Zorblax shares opened at $31.20 and closed up 18% at $35.40.", [(18.0, 35.4)]),
    ("Zorblax shares jumped on debut, closing 12% above the offer price of HK$40.",
     [(12.0, None)]),
])
def test_money_that_is_not_the_price(text, expected):
    found = moves(text)
    assert [(f.get("change_pct"), f.get("price")) for f in found] == expected, found


@pytest.mark.parametrize("text", [
    "Zorblax Motors gained Rs 31.5, or 2.8 per cent, to Rs 1,156.",
    "Zorblax Motors added ₹31.5, or 2.8 per cent, to ₹1,156.",
])
def test_a_weak_verb_with_a_change_in_rupees_is_a_move(text):
    found = moves(text)
    assert [(f["direction"], f["change_pct"], f["price"], f["currency"]) for f in found] == \
        [("up", 2.8, 1156.0, "INR")], found


def test_crores_added_are_money_no_move():
    assert moves("Zorblax Motors added Rs 9,000 crore to its market value.") == []


def test_the_benchmark_is_never_the_tech_index_named_last():
    found = moves("The Hang Seng Index rose 2.4 per cent. The Hang Seng Tech Index surged 4.2 "
                  "per cent. The benchmark has now gained 23 per cent this year.")
    assert {(f["subject"], f["change_pct"]) for f in found} == {(HSI, 2.4), (HSTECH, 4.2)}


@pytest.mark.parametrize("text,expected", [
    ("Shares of Seres Group were locked at the 10% daily upper limit in Shanghai.",
     ("Seres Group", "up", 10.0)),
    ("Zhongji Innolight hit its 20% daily limit.", ("Zhongji Innolight", "up", 20.0)),
    ("Wingtech hit the daily limit down in Shanghai.", ("Wingtech", "down", None)),
    ("Shares of BYD hit their 10% limit-up in Shenzhen.", ("BYD", "up", 10.0)),
    ("Shares of Wistron hit their daily upside limit of 10 percent.", ("Wistron", "up", 10.0)),
    ("Vanke was hitting its 10% daily cap.", ("China Vanke", "up", 10.0)),
    ("Tata Motors was locked at its 5% lower circuit.", ("Tata Motors", "down", 5.0)),
    ("Shares of Zorblax Finance were locked in a 10 per cent upper circuit.",
     ("Zorblax Finance", "up", 10.0)),
    ("Zorblax Securities hit the daily ceiling of 7%.", ("Zorblax Securities", "up", 7.0)),
    ("Quillon Steel hit its daily floor.", ("Quillon Steel", "down", None)),
])
def test_a_move_to_the_daily_price_limit(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)] == \
        [expected], moves(text)


def test_a_limit_with_no_way_is_no_price_limit():
    assert moves("Acme Robotics hit its credit limit.") == []


# a sector moves without a number ("Insurers advanced"); a company with a weak verb and no
# number may be doing anything else ("Tencent gained approval")
@pytest.mark.parametrize("text,expected", [
    ("Insurers advanced, with AIA up 2%.", {("insurance", None), ("AIA Group", 2.0)}),
    ("Developers, on the other hand, extended their slide.", {("property", None)}),
    ("Automakers also advanced, with Toyota Motor up 2.1%.", {("auto", None),
                                                             ("Toyota Motor", 2.1)}),
    ("Tech stocks led the rebound.", {("technology", None)}),
    (("Hong Kong shares closed higher, as a surge in insurers offset weakness in consumer "
      "names."), {("insurance", None), ("consumer", None)}),
    ("Rate-sensitive bank and realty stocks rallied.", {("banks", None), ("property", None)}),
    ("Housebuilders were among the biggest fallers.", {("property", None)}),
    ("Tencent was among the biggest gainers, up 5%.", {("Tencent Holdings", 5.0)}),
    ("Tencent gained approval for its new game.", set()),
    # "gained the most" ranks the name: no object
    ("Nifty Bank gained the most, up 1.4 per cent.", {("Nifty Bank", 1.4)}),
    ("Investors gained the most from the rally.", set()),
    # a present-tense verb closing a headline tells the names' move; "Tencent lost." does not
    ("Nikkei ends at record as Sony, Hitachi gain", {("Nikkei 225", None), ("Sony Group", None),
                                                      ("Hitachi", None)}),
    ("Sensex slips 0.4%; Infosys gains", {("BSE Sensex", 0.4), ("Infosys", None)}),
    ("Tencent lost.", set()),
    ("Sensex slips 0.4% as Infosys lost", {("BSE Sensex", 0.4)}),
    ("Rheinmetall and Renk were gaining between 5% and 9%.", {("Rheinmetall", None),
                                                              ("Renk", None)}),
])
def test_sectors_move_without_a_number_and_rankings(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


# a sector by its makers, producers or operators, "IT" (in capitals only), "bio", shipbuilders
@pytest.mark.parametrize("text,expected", [
    ("Battery makers slumped 3%, with Samsung SDI down 6.9%.", {("batteries", "down", 3.0),
                                                               ("Samsung SDI", "down", 6.9)}),
    ("Oil producers rose 1.2%.", {("energy", "up", 1.2)}),
    ("Indian IT stocks slumped 2.5% on visa worries.", {("technology", "down", 2.5)}),
    ("The yuan weakened, though it firms rose 2% later.", set()),
    ("Tech and bio shares fell 1.1%.", {("technology", "down", 1.1), ("healthcare", "down", 1.1)}),
    ("Shipbuilders rose 2.4%.", {("shipbuilding", "up", 2.4)}),
    # heads and themes reports use: trading houses, concept stocks, shipping lines, defensives
    ("Japanese trading houses climbed 2.2%.", {("trading houses", "up", 2.2)}),
    ("Solid-state battery concept stocks jumped 4%.", {("batteries", "up", 4.0)}),
    ("Computing power concept stocks slid 3.1%.", {("computing power", "down", 3.1)}),
    ("Optical-module makers fell 5%.", {("optical modules", "down", 5.0)}),
    ("Shipping lines dropped 2.5%.", {("shipping", "down", 2.5)}),
    ("Defensives rose 0.6%.", {("defensives", "up", 0.6)}),
    ("High-tech shares lost 1.8%.", {("technology", "down", 1.8)}),
    ("AI-related names fell 2%.", {("AI", "down", 2.0)}),
    ("China-related ADRs rose 3%.", {("Chinese ADRs", "up", 3.0)}),
    ("The Nasdaq rose 0.9% as megacap tech rallied.", {("Nasdaq Composite", "up", 0.9),
                                                      ("technology", "up", None)}),
    ("Food & beverage stocks dipped 1.1%.", {("consumer", "down", 1.1)}),
    ("Electric appliance issues gained 1.3%.", {("electronics", "up", 1.3)}),
    # the shares the sector's companies own ("developers' shares"); not their business figures
    ("Mainland developers' Hong Kong-listed shares sank 2.7%.", {("property", "down", 2.7)}),
    ("Carmakers' counters were under pressure.", {("auto", "down", None)}),
    ("Insurers' premiums rose 8%.", set()),
    # more heads: watchmakers, platinum producers, state-run and big four banks
    ("Swiss watchmakers were hit hardest.", {("luxury", "down", None)}),
    ("Platinum miners slid 4.2%.", {("materials", "down", 4.2)}),
    ("Platinum rose 1% to $1,020 an ounce.", set()),
    ("Stocks fell as IT losses outweighed gains in state-run banks.", {("banks", "up", None)}),
    ("The big four banks dropped 1.9%.", {("banks", "down", 1.9)}),
])
def test_sector_group_nouns(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a list of sectors names some by a bare modifier, before a head they share or beside a
# sector noun; Kyodo's "Gainers were led by ... issues"; a commodity in the list is none
@pytest.mark.parametrize("text,expected", [
    ("Losers were led by marine transportation, land transportation and chemical issues.",
     {("shipping", "down"), ("industrials", "down"), ("materials", "down")}),
    ("By sector, insurance, brokerage and banks led the gains.",
     {("insurance", "up"), ("brokerage", "up"), ("banks", "up")}),
    ("Developers and media were among the decliners.", {("property", "down"), ("media", "down")}),
    ("Insurers and gold were among the decliners.", set()),
    # ... unless the sentence is about sectors
    ("By sector, insurers and coal were among the decliners.",
     {("insurance", "down"), ("energy", "down")}),
    ("The rally lifted prices of steel, and miners rose 2%.", {("mining", "up")}),
    # ... opening a sentence that is not the text's first
    ("Stocks were mixed. Media, cement and airline stocks gained.",
     {("media", "up"), ("materials", "up"), ("consumer", "up")}),
    # ... after an adjective they share
    ("Rate-sensitive property, auto and bank stocks rallied after the cut.",
     {("property", "up"), ("auto", "up"), ("banks", "up")}),
])
def test_sectors_listed_by_a_bare_modifier(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# a sector scorecard: a line opens with a bare sector word and its signed change; a
# commodity's name may quote its price there, so it names no sector
@pytest.mark.parametrize("text,expected", [
    ("Industry scorecard, Friday:\n• Media: +1.7%\n• Computers: -0.8%\n• Defence & military: +2.2%",
     {("media", "up", 1.7), ("technology", "down", 0.8), ("defence", "up", 2.2)}),
    ("Utilities: -0.6%", {("utilities", "down", 0.6)}),
    ("Commodities:\nGold: +0.4%\nCopper: -1.1%\nCoal: +2%", set()),
    # ... unless its block's header names sectors
    ("Sectors, Friday:\n• Coal: -1.4%\n• Steel: +0.6%",
     {("energy", "down", 1.4), ("materials", "up", 0.6)}),
    ("Sectors: banks led.\n\nCommodities:\nCoal: +2%", set()),
    ("Investors said media: +2% was a typo.", set()),
    # one line of sectors, each with its signed figure; a commodity only there
    ("Sector moves (1D): Tech -1.2%, Property +0.8%, Banks +0.4%",
     {("technology", "down", 1.2), ("property", "up", 0.8), ("banks", "up", 0.4)}),
    ("Commodities: Gold -0.5%, Copper +1.2%", set()),
    # a bullet and a bare sector word without a colon; a sector word is never a company
    (("Industry moves, close:\n· Baijiu -1.3%\n- Mining +2.2%\n- Oil & coal products +0.9%\n"
     "- Marine transportation -0.4%\n· Rare earths +5.1%"),
     {("liquor", "down", 1.3), ("mining", "up", 2.2), ("energy", "up", 0.9),
      ("shipping", "down", 0.4), ("rare earths", "up", 5.1)}),
    ("Overnight:\n- Gold +0.7%\n- Oil -1.4%", set()),
    ("• Top sector: Aerospace & defence +2.1%\n• Bottom sector: Industrial metals & mining -1.9%",
     {("defence", "up", 2.1), ("mining", "down", 1.9)}),
])
def test_sector_scorecard_lines(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# smaller sectors of Asian and European boards; a sector word is never a company, and
# an acronym's plural after a place names a kind of share ("Singapore REITs")
@pytest.mark.parametrize("text,expected", [
    ("Education stocks slid after the tutoring rules were tightened.", {("education", "down")}),
    ("Hong Kong REITs gained on rate-cut hopes.", {("property", "up")}),
    ("The cement sub-index rose 1.4 percent.", {("materials", "up")}),
    ("Chemicals makers fell after a profit warning.", {("materials", "down")}),
    ("Plantation stocks retreated as palm oil prices slid.", {("plantation", "down")}),
    ("Conglomerates gained, while hospital operators dipped.",
     {("conglomerates", "up"), ("healthcare", "down")}),
    ("Game stocks rallied after new licences were approved.", {("video games", "up")}),
    ("Software developers lost ground.", {("technology", "down")}),
    ("Nan Ya Plastics shares fell 1.2%.", {("Nan Ya Plastics", "down")}),
])
def test_smaller_sector_words(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# a sector's leaders by their role ("chip bellwethers"); a demonym before the next sector
# of a list is no part of the joint ("oil counters and Chinese lenders")
@pytest.mark.parametrize("text,expected", [
    ("Stocks slid as a selloff in chip bellwethers deepened.", {("semiconductors", "down")}),
    ("Tech bellwethers rose 1.5%.", {("technology", "up")}),
    ("Shares fell as coal counters and Chinese lenders came under pressure.",
     {("energy", "down"), ("banks", "down")}),
    ("Miners, airlines and European banks rallied.",
     {("mining", "up"), ("consumer", "up"), ("banks", "up")}),
])
def test_sector_bellwethers_and_demonym_lists(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# the verbs reports use for a sector's move: "were hit", "extended their slide", "were in
# demand", "were under pressure", "were the biggest drag", "led European stocks lower"
@pytest.mark.parametrize("text,expected", [
    ("Chinese carmakers were hit after Beijing warned against price wars.", {("auto", "down")}),
    ("Carmakers were hit by a recall.", set()),
    ("Liquor makers extended their slide on Tuesday.", {("liquor", "down")}),
    ("Bank shares were in demand after the rate decision.", {("banks", "up")}),
    ("Miners are under pressure after copper fell overnight.", {("mining", "down")}),
    ("Miners were the main drag, with Glencore falling 2.8%.", {("mining", "down"),
                                                                 ("Glencore", "down")}),
    ("Insurers were the biggest boost to the index.", {("insurance", "up")}),
    ("Banks led European stocks lower on Friday.", {("banks", "down")}),
    ("Tech shares led the market higher.", {("technology", "up")}),
    ("Sensex tanks, Nifty below 24,500 as IT stocks crack", {("BSE Sensex", "down"),
                                                             ("Nifty 50", "down"),
                                                             ("technology", "down")}),
    ("Tencent was in demand for its new game.", set()),
    ("Gas prices rose 8%, pushing European utilities lower.", {("utilities", "down")}),
    ("Rheinmetall fell 4.9%, dragging European defence stocks lower.",
     {("Rheinmetall", "down"), ("defence", "down")}),
    ("The results sent chip stocks higher.", {("semiconductors", "up")}),
    ("A weaker won sent chip stocks higher and airlines lower.",
     {("semiconductors", "up"), ("consumer", "down")}),
    ("The rate cut lifted local developers.", {("property", "up")}),
    ("A weaker won lifted shipbuilders and chip stocks.", {("shipbuilding", "up"),
                                                          ("semiconductors", "up")}),
    ("Yang Ming slid 7% after the line cut its outlook, dragging down other shippers.",
     {("Yang Ming Marine Transport", "down"), ("shipping", "down")}),
    ("Vanke jumped 6%, lifting other stocks.", {("China Vanke", "up")}),
    ("Oil's slide pushed yields lower.", set()),
    # a rank or a role tells the way
    ("The CAC 40 ended 0.4% lower, with carmakers the weakest sector.",
     {("CAC 40", "down"), ("auto", "down")}),
    ("Utilities were the weakest of the 11 sectors on Monday.", {("utilities", "down")}),
    # the standard sector name alone
    ("Technology was the worst-performing of the 11 sectors on Tuesday.",
     {("technology", "down")}),
    # a headline's present tense: the sectors that lead the day
    ("Nikkei climbs as banks, trading houses lead rally", {("Nikkei 225", "up"), ("banks", "up"),
                                                           ("trading houses", "up")}),
    ("Hang Seng slips as developers lead losses", {("Hang Seng Index", "down"),
                                                   ("property", "down")}),
    ("Kospi slides as Samsung, SK Hynix lead chip rout", {("Kospi", "down"),
     ("Samsung Electronics", "down"), ("SK Hynix", "down"), ("semiconductors", "down")}),
    ("The DAX slipped 0.3%, with insurers the best-performing sector.",
     {("DAX", "down"), ("insurance", "up")}),
    ("Property stocks bore the brunt of the selling after the rate decision.",
     {("property", "down")}),
    ("Miners were among the heaviest weights on the index.", {("mining", "down")}),
    ("The FTSE 100 was down 0.4% at the open, with housebuilders leading the fallers.",
     {("FTSE 100", "down"), ("property", "down")}),
    ("Banks and insurers were the only sectors in positive territory.",
     {("banks", "up"), ("insurance", "up")}),
    ("Nifty ends lower as IT stocks bleed", {("Nifty 50", "down"), ("technology", "down")}),
    ("Nifty slips as IT, pharma stocks slide", {("Nifty 50", "down"), ("technology", "down"),
                                                ("healthcare", "down")}),
    ("Chip stocks powered to a record high on AI demand.", {("semiconductors", "up")}),
    ("Utilities held up, with Enel edging up 0.3%.",
     {("utilities", "up"), ("Enel", "up")}),
    ("Tesla bled market share in Europe.", set()),
    ("The CAC 40 rose 0.5%, lifted by heavyweight banks.", {("CAC 40", "up"), ("banks", "up")}),
    # "powered by", "propelled by": as "led by", only after a move ("a server powered by ...")
    ("The Kospi climbed 0.9%, propelled by shipbuilders.", {("Kospi", "up"), ("shipbuilding", "up")}),
    ("The DAX rose 0.6%, powered by SAP, which gained 3%.", {("DAX", "up"), ("SAP", "up")}),
    ("The new cluster is powered by Nvidia chips.", set()),
    ("Foreigners sold a net $1 billion of shares, with Samsung Electronics bearing the brunt.",
     set()),
    ("Utilities helped limit the losses on the CAC 40.", {("utilities", "up")}),
    ("Insurers helped cap losses.", {("insurance", "up")}),
    # a bright spot, support, a rank among sectors, another market's moves tracked
    ("Lenders were a bright spot after the rate decision.", {("banks", "up")}),
    ("Insurers provided some support: AIA rose 1.1%.", {("insurance", "up"), ("AIA Group", "up")}),
    ("Tencent provided some support to the index.", set()),
    ("Miners and banks were the best-performing sectors, each rising about 1%.",
     {("mining", "up"), ("banks", "up")}),
    ("The DAX fell 1%, with carmakers among the worst hit.", {("DAX", "down"), ("auto", "down")}),
    ("Chip stocks tracked overnight losses on Wall Street.", {("semiconductors", "down")}),
    # support given, a rank among groups, the worst hit, early gains reversed; a company
    # needs a number
    ("The ASX 200 edged up, with insurers providing support.",
     {("S&P/ASX 200", "up"), ("insurance", "up")}),
    ("Apple was providing support.", set()),
    ("Utilities and miners were among the weakest groups after the data.",
     {("utilities", "down"), ("mining", "down")}),
    ("Chipmakers were the strongest groups on the day.", {("semiconductors", "up")}),
    ("The Kospi slid 2%, with shipbuilders the hardest hit.", {("Kospi", "down"), ("shipbuilding", "down")}),
    ("Lenders reversed early gains as bond yields rose.", {("banks", "down")}),
    ("Insurers reversed early losses after the decision.", {("insurance", "up")}),
    ("Siemens reversed early gains.", set()),
    ("The Nikkei rose, with property stocks under pressure.",
     {("Nikkei 225", "up"), ("property", "down")}),
    ("Property stocks under pressure from rate fears.", set()),
    ("A report on export curbs rattled chip stocks.", {("semiconductors", "down")}),
    ("A stronger yen sapped appetite for exporters.", {("exporters", "down")}),
    # "a drop in", "a fall in" a sector is its fall; a hypothetical one is none
    ("Gains in lenders outweighed a fall in drugmakers.", {("banks", "up"), ("healthcare", "down")}),
    ("A decline in utility shares capped the advance.", {("utilities", "down")}),
    ("A drop in Tencent would wipe HK$100 billion off the index.", set()),
    # a describing word inside the phrase ("a sharp rally in"); not an earlier move, nor one
    # expected
    ("The Sensex rose, led by a broad rally in lenders and insurers.",
     {("BSE Sensex", "up"), ("banks", "up"), ("insurance", "up")}),
    ("The Kospi slipped as a steep selloff in shipbuilders deepened.",
     {("Kospi", "down"), ("shipbuilding", "down")}),
    ("Traders locked in gains on a recent rally in shipbuilders.", set()),
    ("Analysts do not expect a lasting rebound in drugmakers.", set()),
    # "and other" continues the list of sectors an agent names
    ("A slide in carmakers and other exporters weighed on the Nikkei.",
     {("auto", "down"), ("exporters", "down")}),
    # profit-taking in a sector is its fall
    ("Shares slipped as profit-taking in pharma stocks weighed.", {("healthcare", "down")}),
    ("Profit-taking in solar names dragged the index lower.", {("solar", "down")}),
    # a passive cause without a particle, also as an aside
    ("The Hang Seng fell 0.8%, weighed by property and technology shares.",
     {("Hang Seng Index", "down"), ("property", "down"), ("technology", "down")}),
    ("Madrid's IBEX 35, weighed by its heavy bank exposure, lost 1.2% on Monday.",
     {("IBEX 35", "down")}),
    # what hit a sector; a company "hit" by something is no move, "hit a record" is one
    ("Seoul shares fell as a firmer won hit exporters.", {("exporters", "down")}),
    ("Rising bond yields pressured utilities and developers.",
     {("utilities", "down"), ("property", "down")}),
    ("The strong yen pressured Honda Motor to cut its forecast.", set()),
    # what could hit a sector is a warning, no move
    ("The strategist said a firmer won could weigh on exporters next year.", set()),
    ("A stronger yen could hit exporters, the strategist warned.", set()),
    ("Analysts said a firmer won may hammer shipbuilders.", set()),
    # a firm's reason for its outlook names its business, no sector's move
    ("Costco rose 2.1% after it lifted its outlook, citing strength in e-commerce.",
     {("Costco Wholesale", "up")}),
    ("Stocks slip as chip curbs hit semiconductor stocks", {("semiconductors", "down")}),
    ("Regulators hit Alibaba with a fine.", set()),
    ("Tencent hit a record high as the sell-off hit developers.",
     {("Tencent Holdings", "up"), ("property", "down")}),
    # more of a sector's telling with no number; a company needs one
    ("Utilities and telecoms offered some shelter.", {("utilities", "up"), ("telecoms", "up")}),
    ("Insurers provided ballast as yields rose.", {("insurance", "up")}),
    ("Chipmakers staged a strong rebound after the sell-off.", {("semiconductors", "up")}),
    ("Energy stocks tracked oil prices lower.", {("energy", "down")}),
    ("Shipbuilders, however, pulled back on profit-taking.", {("shipbuilding", "down")}),
    ("The DAX slipped 0.4%, with carmakers the biggest drag.", {("DAX", "down"), ("auto", "down")}),
    ("Developers were also among the biggest winners.", {("property", "up")}),
    ("Tencent pulled back from its record.", set()),
    ("Alibaba staged a rebound.", set()),
    ("Miners fell, while utilities provided some respite.", {("mining", "down"),
                                                             ("utilities", "up")}),
    ("Sony offered some respite.", set()),
    ("Steelmakers caught a bid after the stimulus news.", {("materials", "up")}),
    ("Shipping stocks came under heavy selling as freight rates slid.", {("shipping", "down")}),
    ("Sony caught a bid.", set()),
    # ... "were on fire", "took a beating", "drove the gains", "fared worst"; a phrase with its
    # last word in "-ing" is no participle ("as biotechs took a beating" is the clause's own)
    ("Steel stocks were on fire after the stimulus news.", {("materials", "up")}),
    ("The Kosdaq slid 1.9% as drugmakers took a beating.", {("Kosdaq", "down"),
                                                           ("healthcare", "down")}),
    ("Insurers drove the gains after upbeat results.", {("insurance", "up")}),
    ("The Topix fell 0.8%, with shippers and airlines faring worst.",
     {("Topix", "down"), ("shipping", "down"), ("consumer", "down")}),
    ("Sony took a beating.", set()),
    ("Humanoid robot stocks extended their winning streak.", {("robotics", "up")}),
    ("Software names powered the rally after upbeat guidance.", {("technology", "up")}),
    # a verbless rank after "with": "the biggest laggards", "the top gainers"
    ("The CAC 40 fell 0.5%, with carmakers and steelmakers the biggest laggards.",
     {("CAC 40", "down"), ("auto", "down"), ("materials", "down")}),
    ("The ASX 200 rose 0.4%, with gold miners the top gainers.",
     {("S&P/ASX 200", "up"), ("materials", "up")}),
    # the names after "the biggest losers were" are the losers (not "On the Nikkei")
    ("On the Nikkei, the biggest losers were Advantest and Tokyo Electron.",
     {("Advantest", "down"), ("Tokyo Electron", "down")}),
    # "weigh" with no object: a sector's fall, a company's only in a headline
    ("The Kospi was 0.4% lower at noon, with chipmakers weighing after a slide in U.S. peers.",
     {("Kospi", "down"), ("semiconductors", "down")}),
    ("Nikkei eases as exporters weigh; yen firms", {("Nikkei 225", "down"), ("exporters", "down")}),
    ("Hang Seng falls as Tencent, Meituan weigh", {("Hang Seng Index", "down"),
                                                  ("Tencent Holdings", "down"), ("Meituan", "down")}),
    ("Investors weigh the outlook as Tencent weighs options.", set()),
    # a sector with a describing word after "weighing on" / "dragging on": it fell; an index
    # "dragged on" is no fall of its own
    ("Gilt yields jumped, weighing on interest-sensitive housebuilders.", {("property", "down")}),
    ("A firmer won weighed on battered chip stocks.", {("semiconductors", "down")}),
    ("Budget worries weighed on Italian lenders.", {("banks", "down")}),
    ("The DAX edged up, led by German defence contractors.", {("DAX", "up"), ("defence", "up")}),
    ("The Kosdaq fell as a weaker outlook weighed on lithium-battery materials makers.",
     {("Kosdaq", "down")}),  # never "materials"
    ("Higher jet fuel costs dragged on airline stocks.", {("consumer", "down")}),
    ("BMW lost 2.3%, dragging on the DAX.", {("BMW", "down")}),
    ("The trade dispute dragged on for weeks.", set()),
    ("Kospi hits record as shipbuilders shine", {("Kospi", "up"), ("shipbuilding", "up")}),
    ("Hang Seng sinks 3%; developers hammered", {("Hang Seng Index", "down"), ("property", "down")}),
    ("Negotiators hammered out a deal as Tencent shines.", set()),
    # the sector a company led moved that way too, its figure unstated
    ("Kering led luxury stocks lower, falling 3.2%.", {("Kering", "down"), ("luxury", "down")}),
    ("Kospi falls as Samsung, SK Hynix lead chipmakers lower",
     {("Kospi", "down"), ("Samsung Electronics", "down"), ("SK Hynix", "down"),
      ("semiconductors", "down")}),
    ("Rate cuts could lead banks higher.", set()),
    # a rank among the market's groups, told plurally
    ("Utility shares were the best performers among the 11 S&P sectors.", {("utilities", "up")}),
    ("Insurers were the worst performers, with AIA down 2%.", {("insurance", "down"),
                                                                ("AIA Group", "down")}),
    ("Drugmakers were the only bright spot on a weak day.", {("healthcare", "up")}),
    ("Bank shares were the weakest part of the market.", {("banks", "down")}),
    # more sectors by name, and a trend noun another force outweighed
    ("The index fell, dragged down by airport operators.", {("airports", "down")}),
    ("Cheaper crude weighed on petrochemical shares.", {("materials", "down")}),
    ("Fintech names rallied and crypto-linked stocks jumped as bitcoin surged.",
     {("fintech", "up"), ("crypto", "up")}),
    # "gains were led by", "the decline was led by": an agent like "gainers were led by"
    ("Gains were led by iron and steel, machinery and wholesale trade issues.",
     {("materials", "up"), ("industrials", "up"), ("trading houses", "up")}),
    ("The decline was led by developers and insurers.", {("property", "down"), ("insurance", "down")}),
    ("Trading house shares rallied.", {("trading houses", "up")}),
    # a verbless rank after "with"
    ("The Topix rose 1%, with banks and insurers the best performers.",
     {("Topix", "up"), ("banks", "up"), ("insurance", "up")}),
    # "were the main support" held the market up; "were also hit" is "were hit", a
    # company's with a figure only
    ("The DAX fell 0.8%. Insurers were the main support.", {("DAX", "down"), ("insurance", "up")}),
    ("Utilities were also hit.", {("utilities", "down")}),
    ("Zorblax was also hit.", set()),
    # "gave up ground" is "lost ground"; "was not spared either" is "was not spared"
    ("The Topix slipped 0.3% as defensive sectors gave up ground.",
     {("Topix", "down"), ("defensives", "down")}),
    ("Miners were not spared either: BHP Group fell 1.1%.",
     {("mining", "down"), ("BHP Group", "down")}),
    ("Zorblax was not spared either.", set()),
    # ... and a verbless move after "with", not the sector an exception names
    ("The CAC 40 fell 0.9%, with only utilities in the green.",
     {("CAC 40", "down"), ("utilities", "up")}),
    ("The Kospi rose 1%, with shipbuilders higher and chipmakers lower.",
     {("Kospi", "up"), ("shipbuilding", "up"), ("semiconductors", "down")}),
    ("The Kospi fell 1%, with every sector except utilities in the red.", {("Kospi", "down")}),
    # India's sector words
    ("The Nifty eased as selling in FMCG stocks outweighed a rally in PSU bank shares.",
     {("Nifty 50", "down"), ("consumer", "down"), ("banks", "up")}),
    # "selling of" a sector is selling in it; a company's may be a holder's sale, and buying
    # is a flow, no move
    ("The Topix slid 0.5% as selling of carmakers outweighed buying of retailers.",
     {("Topix", "down"), ("auto", "down")}),
    ("The founder's selling of Zorblax shares unsettled investors.", set()),
    ("Oil marketing companies gained as crude cooled, while consumer durables were hammered.",
     {("energy", "up"), ("consumer", "down")}),
    # India's sectoral indices listed before "indices", a commodity's word among them too
    (("In sectoral trade, metal, pharma and IT indices finished in the red, while auto, "
      "oil & gas and realty indices ended higher."),
     {("materials", "down"), ("healthcare", "down"), ("technology", "down"), ("auto", "up"),
      ("energy", "up"), ("property", "up")}),
    ("Major indices ended in the green.", set()),
    # a sector that offered some cushion in a falling market rose
    ("Pharma stocks provided some cushion as the Nifty slid 0.7%.",
     {("healthcare", "up"), ("Nifty 50", "down")}),
    ("The ASX 200 slipped 0.4% as the financials sector weighed.", {("S&P/ASX 200", "down"),
                                                               ("financials", "down")}),
    # gold's miners are one sector whichever the words
    ("Gold mining stocks rallied as gold hit a record, and gold miners in Sydney followed.",
     {("materials", "up")}),
    # bitcoin's miners are crypto names, not the mining sector
    ("Bitcoin miners slumped as the cryptocurrency slid below $80,000.", {("crypto", "down")}),
    ("Nasdaq slips as megacap selloff outweighs strong retail sales", {("Nasdaq Composite", "down"),
                                                                      ("technology", "down")}),
])
def test_sector_verbs_of_reports(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# buying is no move of a sector, nor is a rally the market took profits from (an earlier one)
@pytest.mark.parametrize("text", [
    "Stocks rose 1% as retail investors piled into brokerage and tech shares.",
    "Stocks fell as investors locked in profits from a rally in consumer names.",
    "The index slipped 0.3% as traders took profits after a surge in chip stocks.",
])
def test_buying_or_an_earlier_rally_is_no_sector_move(text):
    assert [f for f in moves(text) if f["kind"] == "sector_move"] == [], moves(text)

# selling a sector is its fall: "unloaded", "took profits in", "rotated out of" (the last two
# a sector's only: profit-taking in one company may not move its price)
@pytest.mark.parametrize("text,expected", [
    ("The Kospi fell as foreigners unloaded shipbuilding and defence shares.",
     {("Kospi", "down"), ("shipbuilding", "down"), ("defence", "down")}),
    ("Stocks slipped as investors took profits in chip stocks.", {("semiconductors", "down")}),
    ("The Nasdaq fell 1.1% as traders rotated out of megacap tech stocks.",
     {("Nasdaq Composite", "down"), ("technology", "down")}),
    ("Stocks eased as traders booked profits in shipbuilding shares.", {("shipbuilding", "down")}),
    ("Fund managers took profits in Tencent after its rally.", set()),
    ("Fund managers booked profits in Tencent after its rally.", set()),
    ("Traders locked in profits in defence names after the truce.", {("defence", "down")}),
    ("Traders locked in profits in Hanwha Aerospace.", set()),
])
def test_selling_a_sector_is_its_fall(text, expected):
    assert {(f["subject"], f["direction"]) for f in moves(text)} == expected, moves(text)


# a move an agent phrase names, then judged or foreseen by its clause, is a view, not a move
@pytest.mark.parametrize("text", [
    "Offshore selling in battery stocks looks overdone, a strategist at the broker said.",
    "Strength in lenders still has room to run, according to the bank's strategists.",
    "Gains in miners are likely to continue while iron ore holds up.",
    "Weakness in developers could persist into next year.",
    "Selling in software stocks seems excessive to us.",
    "A rebound in chipmakers fizzled by the close.",
    "An early surge in miners petered out after lunch.",
])
def test_a_judged_or_foreseen_sector_move_is_no_move(text):
    assert moves(text) == [], moves(text)


def test_a_reported_sector_move_told_by_an_agent_phrase_stays():
    found = moves("Selling in lenders was heavy, with HSBC down 2%.")
    assert has(found, {"kind": "sector_move", "subject": "banks", "direction": "down"}), found



# a sector's trend noun in a headline's cause: its move; not a trend that fades, nor one of
# the economy or a commodity ("property slump", "oil rally")
@pytest.mark.parametrize("text,expected", [
    ("Nikkei rises 1.1% on chip rally; yen weakens", {("semiconductors", "up")}),
    ("Hang Seng sheds 2% as tech rout deepens", {("technology", "down")}),
    ("Kospi closes higher as chip rally resumes", {("semiconductors", "up")}),
    ("Nasdaq ends at record as tech rally broadens", {("technology", "up")}),
    ("DAX climbs as Rheinmetall, Hensoldt lead defence rally", {("defence", "up")}),
    ("Kospi slips as Samsung, SK Hynix lead chip sell-off", {("semiconductors", "down")}),
    ("Stocks edge lower as the tech rally fades", set()),
    ("Hang Seng falls 1% as property slump deepens", set()),
    ("Nikkei gains on chip rally hopes", set()),
    # a lead-in that owns the trend ("Tech's sell-off is deepening"); not one bank's
    ("11:40 a.m. ET — Chip's slide is deepening. The Sox is down 3%.", {("semiconductors", "down")}),
    ("The bank's rally is deepening.", set()),
])
def test_a_sector_trend_noun_in_a_headline_is_its_move(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Nikkei slips as Tokyo Electron, Advantest lead chip selloff",
     {("Tokyo Electron", "down"), ("Advantest", "down")}),
    ("Hong Kong shares end lower as Tencent drags; Hang Seng loses 0.8%",
     {("Tencent Holdings", "down")}),
    ("Nifty falls 1% as foreign selling persists; HDFC Bank drags", {("HDFC Bank", "down")}),
    ("Tencent lifted its dividend.", set()),  # an object that is no market: no move
])
def test_a_company_leading_a_sell_off_or_dragging_in_a_headline(text, expected):
    found = [f for f in moves(text) if f["kind"] == "stock_move"]
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# a place's sector index is the sector's move; a lexicon index is the index's
@pytest.mark.parametrize("text,expected", [
    ("Europe's oil and gas index shed 1.3% as crude slid.", {("energy", "down", 1.3)}),
    ("Europe's travel and leisure index rose 0.8%.", {("travel and leisure", "up", 0.8)}),
    ("Germany's chemicals index fell 2%.", {("materials", "down", 2.0)}),
    ("Hong Kong's tech index rose 1.4%.", {("Hang Seng Tech Index", "up", 1.4)}),
])
def test_a_places_sector_index_is_the_sectors_move(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a bare "tech" opening a clause is the sector ("..., tech sinks"); not before a trend noun
# nor an index's word, not a name's first word
@pytest.mark.parametrize("text,expected", [
    ("Tech tumbles as chip export curbs widen", {("technology", "down")}),
    ("FTSE 100 edges up; banks rise, biotech slides", {("banks", "up"), ("healthcare", "down")}),
    ("Nasdaq climbs as tech rallies", {("technology", "up")}),
    ("Wall Street slips as tech rally hopes fade", set()),
    ("Hang Seng gains; tech gauge up 1.2%", set()),
    ("Tech Mahindra slid 2%.", set()),
])
def test_a_bare_tech_opening_a_clause_is_the_sector(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Shipping and solar stocks dragged, however.", {("shipping", "down"), ("solar", "down")}),
    ("Insurers dragged, though, after a weak quarter.", set()),  # the clause goes on
])
def test_a_sector_dragging_with_a_sentence_adverb_after_it(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# a bare sector word as the object of a verb that moves it, ending its clause; not a word
# that may name a commodity or the economy ("lifts oil", "hit growth")
@pytest.mark.parametrize("text,expected", [
    ("Nasdaq slides as rate fears hit tech; yields climb", {("technology", "down")}),
    ("S&P 500 edges up as Apple lifts tech", {("technology", "up")}),
    ("Middle East tension lifts oil; stocks slip", set()),
    ("Tariffs hit growth, economists say.", set()),
    ("Kospi tumbles as export curbs rattle tech", {("technology", "down")}),
    ("Nifty slides as foreign selling hammers banks", {("banks", "down")}),
    ("A weak forecast hammers Infosys.", set()),
    ("Nasdaq retreats as drug pricing worries weigh on biotech", {("healthcare", "down")}),
    ("Strategists warned that a rate spike could weigh on tech.", set()),  # a warning
    ("Export curbs would hit tech, the ministry said.", set()),
])
def test_a_bare_sector_object_moved_the_verbs_way(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert {(f["subject"], f["direction"]) for f in found} == expected, found


# "the two lenders", "the Europe-focused drugmakers": the companies just named, no sector
@pytest.mark.parametrize("text", [
    "Barclays and Lloyds led the FTSE 100 higher as the two lenders rallied on rate hopes.",
    "Novartis and Roche lifted the SMI, as the Europe-focused drugmakers gained on the day.",
])
def test_companies_named_again_are_no_sector(text):
    assert [f for f in moves(text) if f["kind"] == "sector_move"] == [], moves(text)


# a word relative to the market ("bucked the trend", "lagged", "outperformed") is a sector's
# move only with its members' moves after it, all one way
@pytest.mark.parametrize("text,expected", [
    ("Shipbuilders bucked the trend: HD Hyundai Heavy Industries rose 3.1%.",
     {("shipbuilding", "up", None), ("HD Hyundai Heavy Industries", "up", 3.1)}),
    ("Banks lagged: ICBC fell 1.2% and China Merchants Bank slipped 0.7%.",
     {("banks", "down", None), ("ICBC", "down", 1.2), ("China Merchants Bank", "down", 0.7)}),
    ("Consumer names outperformed, with Anta +2.9% and Li Ning +4.3%.",
     {("consumer", "up", None), ("Anta Sports Products", "up", 2.9), ("Li Ning", "up", 4.3)}),
    ("Banks lagged, with HSBC up 0.2% and StanChart down 1%.",
     {("HSBC Holdings", "up", 0.2), ("Standard Chartered", "down", 1.0)}),
    ("Banks outperformed: HSBC fell 0.5%.", {("HSBC Holdings", "down", 0.5)}),
    ("Banks lagged the market as investors sold.", set()),
    ("Airlines bucked the sell-off: Qantas rose 2.4%.", {("consumer", "up", None), ("Qantas Airways", "up", 2.4)}),
    # a bare "led" moved as the members after it did
    ("Lenders led, with Barclays up 1.6% and NatWest adding 1.1%.",
     {("banks", "up", None), ("Barclays", "up", 1.6), ("NatWest Group", "up", 1.1)}),
    ("Miners led: Glencore slid 2.2%.", {("mining", "down", None), ("Glencore", "down", 2.2)}),
    ("Miners led on Tuesday.", set()),
    # ... or with its own figure right after it
    ("Utilities lagged, down 0.6%, as bond yields climbed.", {("utilities", "down", 0.6)}),
    # ... also after another name's clause with "after", once a contrast opens its own
    ("Acme soared 8% after its update, while miners lagged, falling 1.1%.",
     {("Acme", "up", 8.0), ("mining", "down", 1.1)}),
    ("Insurers outperformed, up 1.4%.", {("insurance", "up", 1.4)}),
    ("Insurers outperformed, down 0.2%.", set()),
    ("In Milan, the FTSE MIB underperformed, down 0.9%.", {("FTSE MIB", "down", 0.9)}),
    ("The Kospi outperformed, up 0.4%, on chip buying.", {("Kospi", "up", 0.4)}),
    ("The Hang Seng Index lagged, with Tencent down 2%.", {("Tencent Holdings", "down", 2.0)}),
    # or beating a rising market, trailing a falling one
    ("The Nifty 50 gained 0.4% as IT stocks outperformed.",
     {("Nifty 50", "up", 0.4), ("technology", "up", None)}),
    ("The Kospi slid 1.3% as battery makers underperformed.",
     {("Kospi", "down", 1.3), ("batteries", "down", None)}),
    ("The Topix slid 1.3% as exporters outperformed.", {("Topix", "down", 1.3)}),
    ("The Kospi rose 0.5%, and SK Hynix outperformed.", {("Kospi", "up", 0.5)}),
    ("Utilities outperformed as bond yields fell.", set()),
    # a sector that led the way moved the market's way, or its members'
    ("Korean shares closed lower, with battery makers leading the way.",
     {("batteries", "down", None)}),
    ("The Nifty rose 0.5% as IT stocks led the way.",
     {("Nifty 50", "up", 0.5), ("technology", "up", None)}),
    ("Banks led the way: HSBC rose 2%.", {("banks", "up", None), ("HSBC Holdings", "up", 2.0)}),
    ("Energy stocks led the way as crude jumped.", set()),
    # ... also when the market's move is told after it, in a clause of "as"
    ("Miners led the way on Tuesday as the ASX 200 climbed 0.9%.",
     {("mining", "up", None), ("S&P/ASX 200", "up", 0.9)}),
    ("Utilities outperformed as the Stoxx 600 slipped 0.3%.", {("Stoxx Europe 600", "down", 0.3)}),
    ("Insurers underperformed as the Nikkei eased 0.4%.",
     {("insurance", "down", None), ("Nikkei 225", "down", 0.4)}),
    ("Miners led the way in Sydney, while the Nikkei fell 1%.", {("Nikkei 225", "down", 1.0)}),
    # ... or against the markets told in the sentences before, if they all went one way
    ("The Topix closed 0.8% higher. Insurers outperformed as bond yields climbed.",
     {("Topix", "up", 0.8), ("insurance", "up", None)}),
    ("The FTSE 100 slipped 0.4%. Housebuilders led the way after weak mortgage data.",
     {("FTSE 100", "down", 0.4), ("property", "down", None)}),
    ("The Topix fell 0.8%. Insurers outperformed as bond yields climbed.",
     {("Topix", "down", 0.8)}),
    ("The Dow rose 0.3% and the Nasdaq fell 0.6%. Utilities led the way.",
     {("Dow Jones Industrial Average", "up", 0.3), ("Nasdaq Composite", "down", 0.6)}),
    # "did the heavy lifting" is leading the way; a company's needs a number
    ("The Kospi rose 1.1%, with shipbuilders doing the heavy lifting.",
     {("Kospi", "up", 1.1), ("shipbuilding", "up", None)}),
    ("Chipmakers did most of the heavy lifting: Nvidia rose 3% and Broadcom gained 2%.",
     {("semiconductors", "up", None), ("Nvidia", "up", 3.0), ("Broadcom", "up", 2.0)}),
    ("The Nasdaq rose 1%, with Nvidia doing the heavy lifting.", {("Nasdaq Composite", "up", 1.0)}),
    # "leading the charge" is leading the way
    ("The Sensex rose 0.6%, with auto stocks leading the charge.",
     {("BSE Sensex", "up", 0.6), ("auto", "up", None)}),
    # the biggest contributor to the market's move moved its way
    ("The Kospi rose 0.9%. Shipbuilders were the biggest contributors.",
     {("Kospi", "up", 0.9), ("shipbuilding", "up", None)}),
    ("Insurers were the biggest contributors.", set()),
    # "driving gains" is leading them
    ("The FTSE 100 closed higher, with insurers and housebuilders driving gains.",
     {("FTSE 100", "up", None), ("insurance", "up", None), ("property", "up", None)}),
    ("Lenders led the charge: Barclays gained 2.4%.",
     {("banks", "up", None), ("Barclays", "up", 2.4)}),
    ("Miners led the charge as copper prices jumped.", set()),
    # "leading the (blue-chip) index" is leading the way; "... lower" says its way
    ("The FTSE 100 rose 0.6%, with insurers and retailers leading the blue-chip index.",
     {("FTSE 100", "up", 0.6), ("insurance", "up", None), ("consumer", "up", None)}),
    ("The Topix fell 0.7%. Carmakers led the broader market.",
     {("Topix", "down", 0.7), ("auto", "down", None)}),
    ("The Kospi slid 1%, with chipmakers leading the main index lower.",
     {("Kospi", "down", 1.0), ("semiconductors", "down", None)}),
    ("The Kospi rose 1%, with Samsung Electronics leading the index.", {("Kospi", "up", 1.0)}),
    # ... also of a market told by no index, the way its opening clause went
    ("Indian shares closed higher, with lenders and IT stocks leading the charge.",
     {("banks", "up", None), ("technology", "up", None)}),
    ("Stocks ended lower on Friday, with miners leading the way.", {("mining", "down", None)}),
    ("Stocks fell early but closed higher, with miners leading the way.", set()),
    ("Zorblax shares rose, with chipmakers leading the way.", {("Zorblax", "up", None)}),
    # "drove a late rally" led it; "gave back some of its gains" is a fall, a company's
    # with a figure only
    ("Shipbuilders and defence plays drove a late rally in Seoul.",
     {("shipbuilding", "up", None), ("defence", "up", None)}),
    ("Chipmakers gave back some of last week's gains.", {("semiconductors", "down", None)}),
    ("Tencent gave back some of its gains.", set()),
    ("Tencent gave back some of its gains, ending 1% lower.", {("Tencent Holdings", "down", 1.0)}),
    # a sector that led the market in a which-aside did so before: no move of the day
    ("The Topix rose 1%. Miners, which had led the market for months, took a breather.",
     {("Topix", "up", 1.0)}),
    # a vague telling its members give the way of, also after a short cause
    ("Carmakers struggled on tariff fears, with Hyundai Motor losing 2.2%.",
     {("auto", "down", None), ("Hyundai Motor", "down", 2.2)}),
    ("Lenders fared little better, with Barclays down 1.4%.",
     {("banks", "down", None), ("Barclays", "down", 1.4)}),
    ("Defence stocks stayed in focus, with Rheinmetall up 3.1%.",
     {("defence", "up", None), ("Rheinmetall", "up", 3.1)}),
    ("Miners bucked the trend as copper firmed, with Rio Tinto climbing 1.9%.",
     {("mining", "up", None), ("Rio Tinto", "up", 1.9)}),
    ("Insurers struggled to keep pace.", set()),
    ("Banks lagged as HSBC fell 2%, with Barclays up 1%.",
     {("HSBC Holdings", "down", 2.0), ("Barclays", "up", 1.0)}),
    ("Utilities outperformed after the regulator approved higher tariffs, with E.ON up 2.2%.",
     {("utilities", "up", None), ("E.ON", "up", 2.2)}),
    ("Chip stocks lagged after Nvidia fell 3% overnight, with Tokyo Electron up 1%.",
     {("Nvidia", "down", 3.0), ("Tokyo Electron", "up", 1.0)}),
])
def test_a_sector_moved_as_its_members_did(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Developers were also weak after the land sale data.", {("property", "down")}),
    ("Insurers were also strong on the rate outlook.", {("insurance", "up")}),
    # a turn before the way, as "moved lower"
    ("The ASX 200 eased as gold miners turned lower.", {("S&P/ASX 200", "down"), ("materials", "down")}),
])
def test_also_inside_a_copula_move_keeps_it(text, expected):
    assert {(f["subject"], f["direction"]) for f in moves(text)} == expected, moves(text)


# the heavyweights or names in a sector's space are the sector
@pytest.mark.parametrize("text,expected", [
    ("Heavyweights in the energy space weighed, with Woodside off 2.1%.",
     {("energy", "down"), ("Woodside Energy", "down")}),
    ("Names in the banking sector rallied after the rate decision.", {("banks", "up")}),
])
def test_names_in_a_sector_s_space_are_the_sector(text, expected):
    assert {(f["subject"], f["direction"]) for f in moves(text)} == expected, moves(text)


# a participle after a with-clause moves the with-clause's subject, not the main clause's
@pytest.mark.parametrize("text,expected", [
    ("The DAX fell 2.2% this week, with insurers the weakest group for the week, losing 5.1%.",
     {("DAX", "down", 2.2), ("insurance", "down", 5.1)}),
    ("The Kospi added 0.8%, with Samsung Electronics leading the way, climbing 2.6%.",
     {("Kospi", "up", 0.8), ("Samsung Electronics", "up", 2.6)}),
])
def test_a_participle_after_a_with_clause_is_its_subject_s(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a sector before "such as" / "including" moved with its members, its figure unstated
@pytest.mark.parametrize("text,expected", [
    ("Bank shares including Barclays and Lloyds Banking Group slid 2%.",
     {("banks", "down", None), ("Barclays", "down", 2.0),
      ("Lloyds Banking Group", "down", 2.0)}),
    ("Export-oriented shares such as carmakers fell after the yen firmed.",
     {("exporters", "down", None), ("auto", "down", None)}),
    ("Tech stocks, including chipmakers, rose 3%.",
     {("technology", "up", None), ("semiconductors", "up", 3.0)}),
])
def test_a_head_sector_before_its_members_moved(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a move in a which-clause is an earlier one: it neither cancels nor takes the day's move
@pytest.mark.parametrize("text,expected", [
    ("Solar stocks, which had tripled since January on policy hopes, led the retreat.",
     {("solar", "down", None)}),
    ("Lenders, which had climbed 25% this year, were the main drag.",
     {("banks", "up", 25.0), ("banks", "down", None)}),
    ("Meituan, which slumped last week, rose 2%.", {("Meituan", "up", 2.0)}),
])
def test_a_move_in_a_which_clause_is_an_earlier_one(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


def test_a_sector_after_except_did_not_make_the_move():
    assert moves("Every sector except utilities fell.") == []


def test_a_list_left_out_of_a_figure_made_no_move():
    text = ("Core inflation, measured by the price index excluding volatile food and energy, "
            "rose 3.1% in June; stocks ex-tech and banks rose 0.4%.")
    assert [f for f in moves(text) if f["kind"] == "sector_move"] == []
    assert has(moves("Banks and energy shares rose 1.5%."),
               {"kind": "sector_move", "subject": "energy", "change_pct": 1.5})
    # the list after "excludes" may run over commas
    text = "Core prices, which exclude fresh food, alcohol and energy, climbed 2.4% on the year."
    assert [f for f in moves(text) if f["kind"] == "sector_move"] == []


def test_a_movers_list_with_dashes():
    text = ("Stocks making the biggest moves premarket:\n"
            "- Nvidia — up 3% after the chipmaker said it would resume sales.\n"
            "- Tesla — shares slipped 1.5% on weak registrations.\n"
            "- Coinbase — rose about 4% as bitcoin climbed.")
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in moves(text)] == [
        ("Nvidia", "up", 3.0), ("Tesla", "down", 1.5), ("Coinbase Global", "up", 4.0)]


@pytest.mark.parametrize("text,expected", [
    ("Among Nifty stocks, Wipro, Axis Bank and Infosys were the biggest laggards.",
     {("Wipro", "down", None), ("Axis Bank", "down", None), ("Infosys", "down", None)}),
    ("Maruti Suzuki and HDFC Bank were the top gainers on the Sensex.",
     {("Maruti Suzuki", "up", None), ("HDFC Bank", "up", None)}),
    ("Fanuc was the biggest decliner, down 3.2%.", {("Fanuc", "down", 3.2)}),
    # leading the gainers or fallers, the size told as a noun after "with"
    ("Sands China tops gainers with 4.4% jump", {("Sands China", "up", 4.4)}),
    ("Tesco led the risers on the FTSE 100 with a 3.9% gain after its update.",
     {("Tesco", "up", 3.9)}),
    ("Infosys topped the losers with a 2.7% drop.", {("Infosys", "down", 2.7)}),
    # going against the market, or leading it, with the size told as a noun
    ("Tech shares sank, but Lenovo bucked the trend with a 3.1% gain.",
     {("technology", "down", None), ("Lenovo Group", "up", 3.1)}),
    ("Germany's DAX led with a 1.4% rise.", {("DAX", "up", 1.4)}),
    ("Lenovo bucked the trend with a 3.1% gain in revenue.", set()),
    # a sector word here is more often the tail of a name: no sector's move
    ("Nordic Airlines bucked the trend with a 1.5% gain.", {("Nordic Airlines", "up", 1.5)}),
    ("Airlines bucked the trend with a 1.5% gain.", set()),
    # "with a 5% jump in X" is another name's move
    ("The Hang Seng edged up, with a 5% jump in Xiaomi.",
     {("Hang Seng Index", "up", None), ("Xiaomi", "up", 5.0)}),
])
def test_a_ranking_tells_the_direction(text, expected):
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)} == \
        expected, moves(text)


def test_a_movers_list_describing_its_names():
    text = ("Stocks making headlines after the bell:\n"
            "Oracle — The software company surged 7.4% on strong cloud bookings.\n"
            "Acme Widgets — Shares of the industrial parts maker sank 11% after a guidance cut.\n"
            "Ford — The automaker's shares slipped 2%.\n"
            "Boeing — The company said deliveries rose 12%.")
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in moves(text)] == [
        ("Oracle", "up", 7.4), ("Acme Widgets", "down", 11.0), ("Ford Motor", "down", 2.0)]


@pytest.mark.parametrize("text,expected", [
    ("KOSPI opens 0.5% lower on U.S. tariff concerns", {("Kospi", 0.5)}),
    ("The effective price is 30% lower on mobile.", set()),  # a comparison
    ("Developers jumped, with a Bloomberg Intelligence gauge of the shares rising 5.4%.",
     {("property", None)}),  # the gauge's maker is no mover
    ("Nikkei tumbles 12%, worst day since 1987 Black Monday crash", {("Nikkei 225", 12.0)}),
    ("Investors took profits after the AI-driven rally, a trader said.", set()),
])
def test_headlines_and_names_that_name_no_mover(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Meituan-W (03690) added 1.6% to HK$98.60.", ("Meituan", 1.6)),
    ("XIAOMI-W (01810) rose 2.3%.", ("Xiaomi", 2.3)),
    ("TENCENT (00700) closed 0.9% higher.", ("Tencent Holdings", 0.9)),
    ("Bank of China (Hong Kong) climbed 1.1 percent.", ("BOC Hong Kong", 1.1)),
    ("HK STOCKS-Hang Seng falls 1% as tech slides", (HSI, 1.0)),
    ("CHINA STOCKS-Shanghai Composite falls 1%", ("Shanghai Composite Index", 1.0)),
])
def test_quote_pages_and_wire_slugs(text, expected):
    found = [f for f in moves(text) if f["kind"] != "sector_move"]  # "as tech slides": tech's
    assert [(f["subject"], f["change_pct"]) for f in found] == [expected], found


@pytest.mark.parametrize("text,expected", [
    (("SoftBank Group shares jumped as much as 11% after the company disclosed a stake in "
      "OpenAI, before closing 7.8% higher."), {("SoftBank Group", 11.0), ("SoftBank Group", 7.8)}),
    ("Solar stocks in Shanghai and Shenzhen surged on Monday.", {("solar", None)}),
    ("Casino stocks were weak, with Sands China down 2.7%.", {("consumer", None),
                                                             ("Sands China", 2.7)}),
    ("Auto stocks shone after a price war truce.", {("auto", None)}),
    ("Alibaba's US shares jumped 6.7%.", {("Alibaba Group", 6.7)}),
    ("The Taiex ended nearly flat.", {("Taiex", None)}),
    ("Landlords fell, with Sun Hung Kai Properties down 2.3%.",
     {("property", None), ("Sun Hung Kai Properties", 2.3)}),
    ("Utilities and telecoms gained, with China Mobile up 1.5%.",
     {("utilities", None), ("telecoms", None), ("China Mobile", 1.5)}),
    ("Tencent lagged 2% behind the index.", set()),  # relative, no move of its own
])
def test_more_report_language(text, expected):
    assert {(f["subject"], f.get("change_pct")) for f in moves(text)} == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Zhipu shares nearly doubled in their Hong Kong debut on Wednesday.",
     ("Zhipu", "up", 100.0, "nearly")),
    ("Shares of Moore Threads more than quadrupled on their first day of trading.",
     ("Moore Threads", "up", 300.0, "more than")),
])
def test_a_verb_that_states_its_size(text, expected):
    assert [(f["subject"], f["direction"], f["change_pct"], f.get("qualifier"))
            for f in moves(text)] == [expected], moves(text)


def test_a_profit_that_doubled_is_no_move():
    assert moves("Tencent's profit doubled.") == []


@pytest.mark.parametrize("text,expected", [
    ("Nike shed a quarter of its market value on Tuesday after pulling its forecast.",
     [("Nike", "down", 25.0, None)]),
    ("Shares of Boeing slumped by a tenth in New York after the crash.",
     [("Boeing", "down", 10.0, None)]),
    ("Tesla lost more than a fifth of its value in a single session.",
     [("Tesla", "down", 20.0, "more than")]),
    ("Tesla lost a fifth of its revenue to rivals.", []),  # its business, not its worth
    ("Nike has lost half its market value this year.", []),  # a running total
])
def test_a_fraction_of_its_worth_sizes_the_move(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct"), f.get("qualifier"))
            for f in moves(text)] == expected, moves(text)


# a single-stock story names the company, then tells its shares' move in the next sentence
@pytest.mark.parametrize("text,expected", [
    ("Citi downgraded Longfor Group to sell on Monday. The stock slid 3.5% to HK$9.10.",
     {"subject": "Longfor Group", "direction": "down", "change_pct": 3.5, "price": 9.1}),
    ("Meituan reported a 20% rise in revenue. Its shares climbed 4.2%.",
     {"subject": "Meituan", "direction": "up", "change_pct": 4.2}),
    ("Nike cut its outlook after weaker China sales. Shares fell 6.1% in extended trading.",
     {"subject": "Nike", "direction": "down", "change_pct": 6.1}),
    ("Kweichow Moutai raised prices. The liquor maker's shares rose 2.2% in Shanghai.",
     {"subject": "Kweichow Moutai", "direction": "up", "change_pct": 2.2}),
    ("Xiaomi unveiled a new car on Thursday. Shares of the smartphone maker jumped 6%.",
     {"subject": "Xiaomi", "direction": "up", "change_pct": 6.0}),
    ("Acme Robotics missed estimates. Its margin narrowed to 31%. Still, the stock rose 1.1%.",
     {"subject": "Acme Robotics", "direction": "up", "change_pct": 1.1}),
])
def test_the_stock_in_the_next_sentence_is_the_company_named_before(text, expected):
    found = moves(text)
    assert has(found, expected) and len(found) == 1, found


# of two companies named before, the one whose shares moved there
@pytest.mark.parametrize("text,expected", [
    (("Shares of Unilever rose as much as 4% after hedge fund Trian Partners disclosed a "
      "stake in the consumer group. The stock was last up 2.6% at 4,120p."),
     {"subject": "Unilever", "direction": "up", "change_pct": 2.6, "price": 4120.0}),
    (("Sony gained 3.1% after its music unit Sony Music Entertainment signed a deal with "
      "Spotify Technology. Its shares have risen 9% this week."),
     {"subject": "Sony Group", "direction": "up", "change_pct": 9.0}),
])
def test_the_stock_is_the_company_that_moved_before(text, expected):
    found = moves(text)
    assert has(found, expected), found


def test_a_product_written_in_camel_case_is_no_company():
    # "iPhone" holds no name "Phone": "its shares" are the one company named before
    text = ("Apple said revenue grew 6%, helped by iPhone demand in China. "
            "Its shares rose 3% in extended trading.")
    assert has(moves(text), {"subject": "Apple", "direction": "up", "change_pct": 3.0})


def test_they_opening_a_sentence_are_the_shares_moved_before():
    text = ("Shares in Unilever rose as much as 5% after its sales beat forecasts. "
            "They were up 3.2% by late morning.")
    assert has(moves(text), {"subject": "Unilever", "direction": "up", "change_pct": 3.2})


@pytest.mark.parametrize("text,expected", [
    ("Boeing raised its delivery target, and the planemaker jumped 6.2%.",
     {"subject": "Boeing", "direction": "up", "change_pct": 6.2}),
    (("Funds sold a net $90 million of Acme Robotics stock, as the Japanese robot maker "
      "slid 4.4% to 1,210 yen."),
     {"subject": "Acme Robotics", "direction": "down", "change_pct": 4.4}),
])
def test_a_description_after_a_joint_is_the_one_company_named_before(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text", [
    "Acme Robotics fell 2%, while Zeta Motors gained; the carmaker rose 1.1%.",  # which?
    "Acme Robotics slipped 1.2%, and the rival jumped 3%.",  # another company
])
def test_no_description_after_a_joint_when_the_company_is_unclear(text):
    assert not any(f.get("change_pct") in (1.1, 3.0) for f in moves(text)), moves(text)


def test_they_are_the_shares_of_a_bank_that_is_also_a_research_house():
    text = ("Barclays shares jumped as much as 6.5% after the lender beat forecasts. "
            "They closed up 4.1% at 210 pence.")
    assert has(moves(text), {"subject": "Barclays", "direction": "up", "change_pct": 4.1,
                             "session": "close"})


@pytest.mark.parametrize("text", [
    "Tencent rose 2% and Meituan gained 3%. They were up 1% this week.",  # two moved
    "Banks rallied, with HSBC up 3%. They gained 2% in the week.",  # they: the banks
    "Analysts at Acme Research met Tencent. They were up 4% on the year.",  # none moved
])
def test_they_refer_back_only_to_one_company_that_moved(text):
    second = text.index(". ") + 2
    assert [f for f in extract_facts(text) if f.span[0] >= second and
            f.kind == "stock_move"] == [], moves(text)


# a wire bullet drops the article: "Stock last up 4%", "YTD, stock up 80%"
@pytest.mark.parametrize("text,expected", [
    (("** Shares of Acme Robotics rise as much as 7.2% after a big order\n"
      "** Stock last up 4.4%, among top gainers on the Nikkei"),
     {"subject": "Acme Robotics", "direction": "up", "change_pct": 4.4}),
    (("** Shares of Acme Robotics fall 3.1% premarket\n** Up to last close, stock had "
      "risen 80% YTD"), {"subject": "Acme Robotics", "direction": "up", "change_pct": 80.0}),
    (("Acme Robotics sank 6% in extended trading. During the regular session, the stock "
      "had closed up 1.4%."), {"subject": "Acme Robotics", "direction": "up",
                              "change_pct": 1.4}),
])
def test_a_bare_stock_or_a_long_opening_still_refers_back(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_bare_stock_names_no_market():
    text = "** Shares of Acme Robotics rise 3%\n** Stock markets in Asia fell 1% on Monday"
    assert [f["change_pct"] for f in moves(text)] == [3.0], moves(text)


# "the stock" after a house's call is the stock called, never the house's own
@pytest.mark.parametrize("text", [
    "** Shares of Acme Robotics fall 3%\n** Wedbush cuts PT to $45\n** Stock down 31% YTD",
    ("Acme Robotics fell 3%. Wedbush cut its price target to $45. The stock is down 31% "
     "this year."),
])
def test_the_stock_after_a_broker_s_call_is_not_the_broker(text):
    assert [(f["subject"], f["change_pct"]) for f in moves(text)] == \
        [("Acme Robotics", 3.0), ("Acme Robotics", 31.0)], moves(text)


def test_the_stock_refers_to_no_one_when_two_companies_moved_before():
    text = ("Alibaba rose 2% and JD.com rose 3% after Acme Capital upgraded both. "
            "The stock added 1% in after-hours trade.")
    assert [f["subject"] for f in moves(text)] == ["Alibaba Group", "JD.com"]


# a sentence opening with what a company does is the one company named before it
@pytest.mark.parametrize("text,expected", [
    ("Micron shares slumped in late trade. The memory chipmaker was down 7% after its outlook.",
     {"subject": "Micron Technology", "direction": "down", "change_pct": 7.0}),
    ("Analysts praised Tesco's update. The British grocer jumped 11% on Tuesday.",
     {"subject": "Tesco", "direction": "up", "change_pct": 11.0}),
    ("Nippon Steel cut its forecast. The steelmaker fell 4.2% in Tokyo.",
     {"subject": "Nippon Steel", "direction": "down", "change_pct": 4.2}),
    ("Micron reported results. The chipmaker, which has doubled this year, was last down 3%.",
     {"subject": "Micron Technology", "direction": "down", "change_pct": 3.0}),
])
def test_a_description_opening_a_sentence_is_the_company_named_before(text, expected):
    found = [f for f in moves(text) if f.get("change_pct")]
    assert has(found, expected), found


@pytest.mark.parametrize("text", [
    # two companies named before: which one?
    "Intel fell 3%. AMD rose 2% on the news. The chipmaker is down 9% this week.",
    "Tencent rose 1%. The producer price index dropped 2.9%.",  # no description: an index
    "HSBC rose 1%. The central bank has cut its key rate by 0.25%.",
])
def test_a_description_refers_back_only_to_one_company(text):
    last = text.rindex(". ") + 2
    assert [f for f in extract_facts(text) if f.span[0] >= last and
            f.kind == "stock_move"] == [], moves(text)


@pytest.mark.parametrize("text", [
    "Alibaba agreed to buy a stake in Sun Art Retail. The shares rose 5%.",  # two companies
    "The Hang Seng Index fell 1%. Shares in Asia fell on Monday.",  # a market, no company
    "Goldman Sachs upgraded Acme to buy. The stock rose 3%.",  # one word: maybe no name
    "Tencent rose 2%. The stock market fell sharply.",  # the stock market is no stock
    "Tencent posted results. Analysts at CLSA said the stock rose too fast.",  # not opening
])
def test_the_stock_refers_back_only_when_one_company_is_meant(text):
    second = text.index(". ") + 2
    assert [f for f in extract_facts(text) if f.span[0] >= second and
            f.kind == "stock_move"] == [], moves(text)


@pytest.mark.parametrize("text,expected", [
    ("Sales at Li Ning rose 12% from a year earlier, but its shares fell 3.4%.",
     {"subject": "Li Ning", "direction": "down", "change_pct": 3.4}),
    ("Tencent's revenue rose 8% in the third quarter; the stock gained 1.5%.",
     {"subject": "Tencent Holdings", "direction": "up", "change_pct": 1.5}),
    ("Profits at HSBC fell 10% to $7.6 billion, sending its shares down 2.3%.",
     {"subject": "HSBC Holdings", "direction": "down", "change_pct": 2.3}),
])
def test_its_shares_after_the_company_s_news(text, expected):
    found = moves(text)
    assert has(found, expected) and len(found) == 1, found


@pytest.mark.parametrize("text,expected", [
    ("Nvidia shares popped 4% after the chipmaker unveiled a new AI platform.",
     {"subject": "Nvidia", "direction": "up", "change_pct": 4.0}),
    ("Shares of Intel cratered 14%.", {"subject": "Intel", "direction": "down",
                                       "change_pct": 14.0}),
    ("Tesla shares shot up 9%.", {"subject": "Tesla", "direction": "up", "change_pct": 9.0}),
    ("BP shares fell 3.2pc to 480p.",  # London quotes pence: GBX, not pounds
     {"subject": "BP", "change_pct": 3.2, "price": 480.0, "currency": "GBX"}),
    ("HSBC rose 1.2% to 712.4 pence.", {"subject": "HSBC Holdings", "currency": "GBX"}),
    ("Infosys fell 1.5% to Rs. 1,420.50.",
     {"subject": "Infosys", "price": 1420.5, "currency": "INR"}),
    ("Fast Retailing Co. Ltd. added 1.2%.", {"subject": "Fast Retailing", "change_pct": 1.2}),
    # a company's listings and share price are the company's
    ("Alibaba's U.S.-listed shares fell 2% overnight.",
     {"subject": "Alibaba Group", "change_pct": 2.0}),
    ("BYD's Hong Kong shares rose 3%, while its Shenzhen-listed A shares gained 2%.",
     {"subject": "BYD", "change_pct": 2.0}),
    ("NetEase's Hong Kong shares closed at HK$150.30, down 1.2%.",
     {"subject": "NetEase", "change_pct": 1.2, "price": 150.3}),
    ("Li Auto's ADRs slid 4.3% in premarket trading.", {"subject": "Li Auto", "change_pct": 4.3}),
    ("Xiaomi's share price rose 2%.", {"subject": "Xiaomi", "change_pct": 2.0}),
    ("Sony's London-listed shares rose 1.1%.", {"subject": "Sony Group", "change_pct": 1.1}),
    ("Baidu's Shanghai shares slid 2.4% on Monday.", {"subject": "Baidu", "change_pct": 2.4}),
    ("BMW preferred shares fell 1.7% in Frankfurt.",
     {"subject": "BMW", "direction": "down", "change_pct": 1.7}),
    ("Zorblax Minerals' rival Quorvane's U.S.-listed shares jumped 12%.",
     {"subject": "Quorvane", "direction": "up", "change_pct": 12.0}),
    ("Quorvane's Hong Kong-listed shares sank 6% in the afternoon.",
     {"subject": "Quorvane", "direction": "down", "change_pct": 6.0}),
    ("BP's London shares rose 1%, while its U.S.-listed ADRs gained 1.4%.",
     {"subject": "BP", "change_pct": 1.4}),
    # an intraday extreme is neither the price nor the level
    ("Alibaba hit a high of HK$120 before finishing 1% lower at HK$115.",
     {"subject": "Alibaba Group", "change_pct": 1.0, "price": 115.0}),
    ("The Hang Seng hit a low of 18,500 before closing 0.5% lower at 18,720.",
     {"subject": HSI, "change_pct": 0.5, "level": 18720.0}),
    ("Tencent touched an intraday high of HK$420 and closed 1% higher at HK$415.",
     {"subject": "Tencent Holdings", "change_pct": 1.0, "price": 415.0, "session": "close"}),
    # the quote after the comma is the clause subject's, when its shares are that subject
    ("Rolls-Royce was the top riser on the FTSE 100, up 12p at 455p.",
     {"subject": "Rolls-Royce Holdings", "direction": "up", "price": 455.0, "currency": "GBX"}),
    ("The Kospi has turned negative, now down 0.3%.",
     {"subject": "Kospi", "direction": "down", "change_pct": 0.3}),
    ("Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.",
     {"subject": "Alibaba Group", "change_pct": 0.35, "price": 185.25}),
    ("Ping An rose 3% to HK$45.",  # "An" is part of a name here, not an article
     {"subject": "Ping An Insurance", "direction": "up", "change_pct": 3.0, "price": 45.0}),
    ("The Russell 2000 index of small caps surged 3%.",
     {"subject": "Russell 2000", "direction": "up", "change_pct": 3.0}),
    ("The Nasdaq Golden Dragon China index of U.S.-listed Chinese companies fell 2.6%.",
     {"kind": "index_move", "subject": "Nasdaq Golden Dragon China Index", "change_pct": 2.6}),
    (("The broader Topix index of all Prime Market issues finished up 18.32 points, or 0.67 "
      "percent, at 2,745.10."),
     {"subject": "Topix", "change_pct": 0.67, "points": 18.32, "level": 2745.1}),
    (("The Topix index of all issues on the Prime Market ended 9.1 points, or 0.33 percent, "
      "higher at 2,760.5."), {"subject": "Topix", "change_pct": 0.33, "level": 2760.5}),
    ("The FTSE 250 measure of mid-caps rose 0.6% to 21,400.",
     {"subject": "FTSE 250", "direction": "up", "change_pct": 0.6, "level": 21400.0}),
])
def test_more_move_verbs_and_what_an_index_holds(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text", [
    "Offshore yuan weakened 0.2% to 7.2650 per dollar.",
    "Ether slid 3.4% to $3,510.",
    "Spot gold rose 1.2% to $2,350.10 an ounce.",
])
def test_currencies_and_commodities_are_not_stocks(text):
    assert moves(text) == []


# --- who a name is: shapes of names the lexicon does not know ---------------------------
NAME_SHAPES = [
    # the exchange before a ticker is not the index of that exchange
    ("Acme Robotics (NASDAQ: ACMR) stock fell 12% on Tuesday.",
     {"kind": "stock_move", "subject": "Acme Robotics", "direction": "down", "change_pct": 12.0}),
    ("Shares of Zorblax (NYSE: ZBX) rose 41%.",
     {"kind": "stock_move", "subject": "Zorblax", "direction": "up", "change_pct": 41.0}),
    # a share class is the company's, never the one-letter ticker of another
    ("Alphabet's Class C shares rose 2.6%.",
     {"kind": "stock_move", "subject": "Alphabet", "change_pct": 2.6}),
    ("Alphabet Class A shares rose 2.6%.",
     {"kind": "stock_move", "subject": "Alphabet", "change_pct": 2.6}),
    ("Zorblax Widgets Class B shares fell 3%.",
     {"kind": "stock_move", "subject": "Zorblax Widgets", "direction": "down"}),
    # a capitalised sector word after a name word ends that name in running text
    ("Zorblax Energy fell 4% after the producer cut its outlook.",
     {"kind": "stock_move", "subject": "Zorblax Energy", "direction": "down", "change_pct": 4.0}),
    ("Shares of Harbourfront Pharmaceuticals rose 3%.",
     {"kind": "stock_move", "subject": "Harbourfront Pharmaceuticals", "change_pct": 3.0}),
    ("Late in the day, Japan Airlines gained 1.1%.",
     {"kind": "stock_move", "subject": "Japan Airlines", "change_pct": 1.1}),
    ("Shares of Zorblax AI fell 12.7%.",
     {"kind": "stock_move", "subject": "Zorblax AI", "change_pct": 12.7}),
    ("Zorblax Global rose 3%.", {"kind": "stock_move", "subject": "Zorblax Global"}),
    ("Chinese Banks fell 2%.", {"kind": "sector_move", "subject": "banks"}),
    # a word that is no name alone may start one
    ("Dollar Zorblax rose 8.1%.", {"kind": "stock_move", "subject": "Dollar Zorblax"}),
    ("Gold Fields fell 3%.", {"kind": "stock_move", "subject": "Gold Fields"}),
    # a known name inside a longer one is not the known company
    ("Hindustan Zorblax rose 2%.", {"kind": "stock_move", "subject": "Hindustan Zorblax"}),
    ("The drop came as Norwegian producer Zorblax Unilever fell 2%.",
     {"kind": "stock_move", "subject": "Zorblax Unilever", "change_pct": 2.0}),
    ("Alibaba Zorblax jumped 9%.", {"kind": "stock_move", "subject": "Alibaba Zorblax"}),
    ("Top-cap Samsung Electronics fell 1.3 percent.",
     {"kind": "stock_move", "subject": "Samsung Electronics", "change_pct": 1.3}),
    ("Then Tencent rose 2%.", {"kind": "stock_move", "subject": "Tencent Holdings"}),
    # a "-maker" word before a name describes the company
    ("Toymaker Zorblax Toys slid 4.2% after its results.",
     {"kind": "stock_move", "subject": "Zorblax Toys", "change_pct": 4.2}),
    # where a company is listed or based is no part of its name
    ("Nasdaq-listed Zorblax Robotics fell 11%.",
     {"kind": "stock_move", "subject": "Zorblax Robotics", "change_pct": 11.0}),
    ("Hong Kong-listed Zorblax Motors rose 3%.",
     {"kind": "stock_move", "subject": "Zorblax Motors", "change_pct": 3.0}),
    ("NYSE-listed Zorblax Widgets slid 4%.",
     {"kind": "stock_move", "subject": "Zorblax Widgets", "change_pct": 4.0}),
    # a demonym alone is no company, but may start one
    ("Danish drugmaker Zorblax Nordisk's shares dropped 5%.",
     {"kind": "stock_move", "subject": "Zorblax Nordisk", "change_pct": 5.0}),
    ("Swiss Zorblax fell 3%.", {"kind": "stock_move", "subject": "Swiss Zorblax"}),
]


@pytest.mark.parametrize("text,expected", NAME_SHAPES)
def test_name_shapes(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text", [
    "The dollar rose 0.2% against the yen.",
    "Gold Futures rose 1%.",
    "The Hong Kong Dollar rose 0.1%.",
    # a market's own shares are no company
    "Local shares ended flat on Tuesday.",
    "Overseas stocks slipped 0.4%.",
])
def test_no_name_of_words_that_are_no_name_alone(text):
    assert [f for f in moves(text) if f["kind"] == "stock_move"] == []


def test_a_product_ending_a_clause_is_no_name_of_the_next_move():
    found = moves("Zorblax Motors rose 3% after launching its first SUV, and SMIC gained 2.2%.")
    assert [(f["subject"], f["change_pct"]) for f in found] == [
        ("Zorblax Motors", 3.0), ("SMIC", 2.2)]


@pytest.mark.parametrize("text,subject", [
    # a known index's name inside a longer one names another index, kept as written
    ("The broader Nifty 500 advanced 0.9 per cent.", "Nifty 500"),
    ("The Nikkei 300 fell 0.4%.", "Nikkei 300"),
    ("The KRX Semiconductor index jumped 3.4%.", "KRX Semiconductor Index"),
    ("The S&P 500 Value index fell 0.3%.", "S&P 500 Value Index"),
    ("The Nifty 50 rose 0.6 per cent.", "Nifty 50"),
    ("The Nikkei 225 rose 0.82% to 38,540.21.", "Nikkei 225"),
    ("The Nikkei rose 1% to 38,540.", "Nikkei 225"),
])
def test_longer_index_names(text, subject):
    found = moves(text)
    assert [f["subject"] for f in found] == [subject], found


def test_tail_of_an_index_name_is_no_index():
    assert moves("The Bloomberg Zorblax 9 Total Return Index gained 1.2%.") == []


def test_the_magnificent_7_index_is_known():
    found = moves("The Bloomberg Magnificent 7 Total Return Index gained 1.2%.")
    assert [(f["subject"], f["change_pct"]) for f in found] == \
        [("Bloomberg Magnificent 7 Total Return Index", 1.2)], found


@pytest.mark.parametrize("text", [
    "Wall St ends higher as Nvidia powers tech rally",
    "Consumer prices rose 2.4% in the 12 months through May.",
    "Core PCE rose 2.8% from a year earlier.",
    "The PCE price index rose 2.1% from a year ago.",
    "The ZEW index of economic sentiment rose 5.2 points.",
    "EPS: 2.39 yuan (+12%)",
    "Change: -134.2 (-0.69%)",
    "YTD, stock up 160%",
    "Ho Chi Minh City fell 1.1 percent.",
    "The Caixin/S&P Global manufacturing PMI fell to 49.8 in July.",
    "Should the yen strengthen past 140 per dollar, exporters could fall 3% to 5%.",
])
def test_words_that_are_no_company(text):
    assert [f for f in moves(text) if f["kind"] in ("stock_move", "index_move")
            and f["subject"] not in ("Nvidia",)] == []


@pytest.mark.parametrize("text,expected", [
    ("The iShares Russell 2000 ETF (IWM) dropped 1.6%.", ("iShares Russell 2000 ETF", 1.6)),
    ("The SPDR S&P 500 ETF Trust (SPY) slipped 0.7%.", ("SPDR S&P 500 ETF Trust", 0.7)),
    ("The Invesco QQQ Trust gained 1.3%.", ("Invesco QQQ Trust", 1.3)),
    ("The Global X Robotics ETF rose 2.2%.", ("Global X Robotics ETF", 2.2)),
])
def test_an_etf_is_a_stock_named_in_full_never_the_index_it_tracks(text, expected):
    found = moves(text)
    assert [(f["kind"], f["subject"], f["change_pct"]) for f in found] == \
        [("stock_move", *expected)], found


@pytest.mark.parametrize("text,expected", [
    ("The S&P 500 technology index climbed 1.6%, led by a 3% jump in Apple.",
     ("sector_move", "technology", 1.6)),
    ("The S&P 500 financials sector index added 0.7%.", ("sector_move", "financials", 0.7)),
    ("Stocks rose, with the S&P 500 information technology sector up 2.1%.",
     ("sector_move", "technology", 2.1)),
    ("The S&P 500 index added 0.7%.", ("index_move", "S&P 500", 0.7)),
    ("The STOXX 600 aerospace and defence index fell 2%.", ("sector_move", "defence", 2.0)),
    ("Basic resources were the best-performing sector, rising 2.2%.",
     ("sector_move", "materials", 2.2)),
    # a sector's index without the index's name: "sector sub-index", "the banking index"
    ("Shares in Shenzhen eased, with the financial sector sub-index off 0.6%.",
     ("sector_move", "financials", 0.6)),
    ("The banking index lost 1.2% as bond yields fell.", ("sector_move", "banks", 1.2)),
    # "Healthcare" alone is the sector, as "Technology" is ("Molina Healthcare" is a company)
    ("Healthcare added 0.4%, helped by a 2% gain in Acme Pharma.",
     ("sector_move", "healthcare", 0.4)),
    ("Molina Healthcare fell 3.5% after its outlook cut.", ("stock_move", "Molina Healthcare", 3.5)),
])
def test_an_index_s_sector_index_is_the_sector(text, expected):
    found = moves(text)
    assert (found[0]["kind"], found[0]["subject"], found[0]["change_pct"]) == expected, found


def test_a_demonym_alone_is_no_company():
    found = moves("Danish drugmaker Zorblax Nordisk's shares dropped 5.2%, dragging the "
                  "OMX Copenhagen 25 index down 2.9%.")
    assert [f["subject"] for f in found] == ["Zorblax Nordisk", "OMX Copenhagen 25"], found


def test_levels_listed_respectively_belong_to_no_single_name():
    """The last name's clause runs into a list of every name's level: not its own."""
    found = moves("The Kospi rose 0.4%, the Kosdaq rose 0.9% and the Taiex rose 1.2%, to close at "
                  "2,610.2, 745.3 and 22,140.8 respectively.")
    assert [(f["subject"], f["change_pct"], f.get("level")) for f in found] == [
        ("Kospi", 0.4, None), ("Kosdaq", 0.9, None), ("Taiex", 1.2, None)]


@pytest.mark.parametrize("text,expected", [
    ("Shares of Rocket Freight slid 6% after the bell.", ("Rocket Freight", "down", 6.0)),
    ("Among early movers, Surge Dynamics fell 3%.", ("Surge Dynamics", "down", 3.0)),
    # a name alone owning shares
    ("Quorvant's shares sank 14% after the drugmaker cut its outlook.",
     ("Quorvant", "down", 14.0)),
])
def test_unknown_names_in_running_text(text, expected):
    """A capitalised move word inside a name is no Title Case headline when the move word
    of the sentence is in lower case; "X's shares" names X."""
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in moves(text)] == [expected]


def test_a_number_inside_an_unknown_name_leaves_no_tail_of_it():
    """"One 97 Communications" must not become a company "Communications"."""
    assert moves("Forty 2 Logistics, the parcel carrier, slid 3.1%.") == []


@pytest.mark.parametrize("text,expected", [
    ("The Topix eked out a 0.2% gain on Thursday.",
     {"subject": "Topix", "direction": "up", "change_pct": 0.2}),
    ("The Kospi notched a 1.4% weekly gain.",
     {"subject": "Kospi", "direction": "up", "change_pct": 1.4}),
    ("The Taiex has flipped into the red, down 0.6% at 22,310.4.",
     {"subject": "Taiex", "direction": "down", "change_pct": 0.6, "level": 22310.4}),
    ("The CSI 300 Index closed at 3,912.6 points, representing a decrease of 0.41%.",
     {"subject": "CSI 300 Index", "direction": "down", "change_pct": 0.41, "level": 3912.6}),
    ("Over the week, the Hang Seng Tech Index accumulated a rise of 4.18%.",
     {"subject": HSTECH, "direction": "up", "change_pct": 4.18}),
    ("The Nikkei 225 fell, posting a 1.9% decline for the week.",
     {"subject": "Nikkei 225", "direction": "down", "change_pct": 1.9}),
    ("Sands China put on 3 percent.", {"subject": "Sands China", "direction": "up",
                                       "change_pct": 3.0}),
    ("Meituan surrendered 1.8%.", {"subject": "Meituan", "direction": "down",
                                   "change_pct": 1.8}),
    ("The Nikkei softened 0.4% by the break.", {"subject": "Nikkei 225", "direction": "down",
                                               "change_pct": 0.4}),
    ("Alibaba recouped 2.2%.", {"subject": "Alibaba Group", "direction": "up", "change_pct": 2.2}),
    ("The Kospi clawed back 0.9%.", {"subject": "Kospi", "direction": "up", "change_pct": 0.9}),
])
def test_moves_told_as_a_change_of_state_or_a_noun(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text", [
    "Tencent was put on a watch list by the regulator.",
    "Analysts said earnings revisions for Chinese internet companies had turned positive.",
])
def test_change_of_state_words_that_move_no_price(text):
    assert moves(text) == []


def test_the_first_name_after_led_by_keeps_its_figure_in_parentheses():
    found = moves("The Hang Seng Index rose 0.9%, led by Xiaomi (+5.1%) and Li Auto (+3.3%).")
    assert [(f["subject"], f.get("change_pct")) for f in found] == [
        (HSI, 0.9), ("Xiaomi", 5.1), ("Li Auto", 3.3)], found
    assert moves("Revenue at Xiaomi (+12%) beat estimates.") == []


# a headline's last clause: bare "shares" are the one company named (not the broker)
@pytest.mark.parametrize("text,expected", [
    ("UBS upgrades Nestle to buy, sees GLP-1 upside; shares rise 1.8%",
     {"subject": "Nestle", "direction": "up", "change_pct": 1.8}),
    ("Nike cuts outlook on weak China demand; shares slide 6%",
     {"subject": "Nike", "direction": "down", "change_pct": 6.0}),
    # in a headline a comma may stand for the semicolon
    ("Bernstein downgrades Adidas to market-perform, shares drop 4%",
     {"subject": "Adidas", "direction": "down", "change_pct": 4.0}),
])
def test_headline_shares_after_a_semicolon(text, expected):
    found = moves(text)
    assert has(found, expected) and len(found) == 1, found


@pytest.mark.parametrize("text", [
    "Jefferies upgrades Alibaba and JD.com; shares rise 3%",  # two companies
    "Tencent beats estimates; shares in Hong Kong rise 2%",  # shares of a place
    "Jefferies upgrades Alibaba and JD.com, shares rise 3%",
])
def test_headline_shares_after_a_semicolon_only_of_one_company(text):
    assert moves(text) == []


# a trailing participle goes on with the main clause's subject, across a clause that
# names no one; a name in a clause under the main one is not its subject
@pytest.mark.parametrize("text,expected", [
    ("The Nasdaq 100 posted its fifth record close in a row on Monday, edging up 0.3%.",
     {"subject": "Nasdaq 100", "direction": "up", "change_pct": 0.3}),
    ("Mexico's IPC hit an all-time high on Tuesday, closing up 0.9% at 58,210 points.",
     {"subject": "S&P/BMV IPC", "direction": "up", "change_pct": 0.9, "level": 58210.0,
      "session": "close"}),
    ("Shares in Tesco hit a high after the grocer raised its outlook, closing up 4.1% at 402p.",
     {"subject": "Tesco", "direction": "up", "change_pct": 4.1, "price": 402.0,
      "currency": "GBX", "session": "close"}),
    ("Australia's S&P/ASX 200 was the standout, ticking up 0.4% as miners rallied.",
     {"subject": "S&P/ASX 200", "direction": "up", "change_pct": 0.4}),
    # "to close", "to trade": the move the main clause ended in
    ("The Kospi extended gains after the rate decision to trade 0.7% higher.",
     {"subject": "Kospi", "direction": "up", "change_pct": 0.7}),
    ("The CAC 40 extended its losses after the election result to close down 1.8%.",
     {"subject": "CAC 40", "direction": "down", "change_pct": 1.8, "session": "close"}),
    # after an intraday extreme and a clause naming no one, the close the sentence ends in
    (("Shares in Acme Robotics rose as much as 11% on Tuesday after the company raised its "
      "full-year guidance for a second time, and ended up 7.4%."),
     {"subject": "Acme Robotics", "direction": "up", "change_pct": 7.4}),
    # "and was up": the same subject's copula after a short phrase
    ("The Kospi extended gains after the rate decision and was up 0.7% at midday.",
     {"subject": "Kospi", "direction": "up", "change_pct": 0.7}),
])
def test_participle_after_the_main_clause(text, expected):
    found = moves(text)
    assert has(found, expected), found


@pytest.mark.parametrize("text", [
    "Sony rose after Nintendo reported results, climbing 3%.",
    "Sony rose after Nintendo reported results to close 3% higher.",
    "The Kospi rose after exports jumped and were up 5% on the year.",  # the exports'
])
def test_participle_after_a_name_in_a_subordinate_clause_is_unclear(text):
    found = moves(text)
    assert not any(f.get("change_pct") for f in found), found


def test_a_close_after_an_extreme_and_a_name_in_a_subordinate_clause_is_unclear():
    found = moves("Sony rose as much as 5% after Nintendo reported results, and was last up 2%.")
    assert [f.get("change_pct") for f in found] == [5.0], found


def test_a_names_trade_is_a_theme_not_its_shares():
    found = moves("Japanese stocks rose as the Ishiba trade lifted exporters.")
    assert not any(f["kind"] == "stock_move" for f in found), found
    assert has(moves("Tencent trades 2% higher."), {"subject": "Tencent Holdings",
                                                   "change_pct": 2.0})


# a quote line whose change carries the sign and whose percent, in parentheses, does not
@pytest.mark.parametrize("text,expected", [
    ("Kospi: 3,412.55 ▲ 40.12 (1.19%)",
     {"subject": "Kospi", "direction": "up", "change_pct": 1.19, "points": 40.12,
      "level": 3412.55}),
    ("Nifty Bank 54,210.10 ▼ 301.45 (0.55%)",
     {"subject": "Nifty Bank", "direction": "down", "change_pct": 0.55, "points": 301.45,
      "level": 54210.1}),
])
def test_quote_line_with_an_unsigned_percent(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text", [
    "Lithium prices are still climbing, and miners may follow, a fund manager said.",
    "Zinc prices rose 3% in May on supply worries.",
])
def test_a_goods_prices_are_no_company(text):
    assert moves(text) == []


@pytest.mark.parametrize("text", [
    "The Kospi has support at 2,450; a break below could drag the index towards 2,380.",
    "A weaker yen could send the Nikkei higher next week.",
])
def test_a_forecast_cause_is_no_move(text):
    assert moves(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kospi snaps 5-day losing streak as chipmakers rebound",
     {"subject": "Kospi", "direction": "up"}),
    ("Nikkei ends four-session losing streak, rises 0.7%",
     {"subject": "Nikkei 225", "direction": "up", "change_pct": 0.7}),
    ("The Taiex snapped a six-day winning streak on Thursday, falling 1.1%.",
     {"subject": "Taiex", "direction": "down", "change_pct": 1.1}),
    # a run, a rally, a slide
    ("Hang Seng snaps three-day winning run as property stocks slump",
     {"subject": "Hang Seng Index", "direction": "down"}),
    ("Nikkei breaks five-day losing run on exporters", {"subject": "Nikkei 225", "direction": "up"}),
    ("Kospi snaps 3-day rally as chipmakers retreat", {"subject": "Kospi", "direction": "down"}),
    ("The Taiex snapped a four-day slide, rising 0.6%.",
     {"subject": "Taiex", "direction": "up", "change_pct": 0.6}),
])
def test_ending_a_streak_is_a_move_the_other_way(text, expected):
    found = [f for f in moves(text) if f["kind"] == "index_move"]
    assert len(found) == 1 and has(found, expected), found


def test_a_teams_streak_is_no_move():
    assert moves("The Wildcats snapped a nine-game losing streak against the Bears.") == []


@pytest.mark.parametrize("text, expected", [
    ("Zorblax Foods — The grocery chain jumped 11% after raising its outlook.",
     {"subject": "Zorblax Foods", "direction": "up", "change_pct": 11.0}),
    ("Toll Brothers — Shares of the homebuilder slipped 2.7% on weak orders.",
     {"subject": "Toll Brothers", "direction": "down", "change_pct": 2.7}),
    ("Netflix — The Stranger Things streamer rose 4% after the bell.",
     {"subject": "Netflix", "direction": "up", "change_pct": 4.0}),
])
def test_movers_line_describes_the_company_after_the_dash(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text, expected", [
    ("Banks slid, while Zorblax Bank bucked the trend and rose 1.3%.",
     {"subject": "Zorblax Bank", "direction": "up", "change_pct": 1.3}),
    ("Tencent defied the broader rally and fell 0.8%.",
     {"subject": "Tencent Holdings", "direction": "down", "change_pct": 0.8}),
    ("The Kosdaq bucked the trend to rise 0.7%.",
     {"subject": "Kosdaq", "direction": "up", "change_pct": 0.7}),
])
def test_bucking_the_trend_and_then_the_move(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text, expected", [
    ("Kospi closes at fresh record high as chip rally extends",
     {"subject": "Kospi", "direction": "up", "session": "close"}),
    ("Dow, S&P 500 notch record closes on rate-cut hopes",
     {"subject": "S&P 500", "direction": "up"}),
    ("Kospi posts record close as shipbuilders rally",
     {"subject": "Kospi", "direction": "up"}),
])
def test_a_record_close_is_a_day_up(text, expected):
    assert has(moves(text), expected), moves(text)


@pytest.mark.parametrize("text, expected", [
    ("Nikkei slides 600 points, Topix posts worst day since March",
     {"subject": "Topix", "direction": "down"}),
    ("Hang Seng posts its best day in two months as tech rebounds",
     {"subject": "Hang Seng Index", "direction": "up"}),
])
def test_a_headline_s_worst_or_best_day_is_its_direction(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_name_followed_by_another_with_its_own_move():
    found = moves("Meituan jumped 6.1%, followed by Kuaishou, up 3.8%.")
    assert has(found, {"subject": "Meituan", "direction": "up", "change_pct": 6.1})
    assert has(found, {"subject": "Kuaishou Technology", "direction": "up", "change_pct": 3.8}), \
        found


@pytest.mark.parametrize("text, expected", [
    ("Zorblax was marked down 7pc after a profit warning.",
     {"subject": "Zorblax", "direction": "down", "change_pct": 7.0}),
    ("Shares in Tesco were marked up 2.4pc on the update.",
     {"subject": "Tesco", "direction": "up", "change_pct": 2.4}),
])
def test_a_price_marked_down_or_up(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


def test_a_dual_listed_stock_moved_in_each_town():
    found = moves("Zorblax Motors fell 5.2% in Hong Kong and 3.9% in Shenzhen on Monday.")
    assert has(found, {"subject": "Zorblax Motors", "direction": "down", "change_pct": 5.2})
    assert has(found, {"subject": "Zorblax Motors", "direction": "down", "change_pct": 3.9}), \
        found


def test_one_listing_move_keeps_a_single_figure():
    found = moves("Zorblax Motors fell 5.2% in Hong Kong, its worst day since March.")
    assert len(found) == 1 and has(found, {"change_pct": 5.2}), found


def test_a_debut_can_more_than_quadruple():
    found = moves("Shares in Zorblax Technology soared 480% on their trading debut on Friday.")
    assert has(found, {"subject": "Zorblax Technology", "direction": "up", "change_pct": 480.0}), found


def test_a_long_aside_after_the_index_keeps_its_figure():
    found = moves("The ChiNext Index, tracking Shenzhen's start-up board of fast-growing tech firms, "
                  "closed 2.15 percent higher at 2,210.40 points.")
    assert has(found, {"subject": "ChiNext Index", "direction": "up", "change_pct": 2.15,
                       "level": 2210.4}), found


@pytest.mark.parametrize("text, expected", [
    ("The FTSE 250, seen as a gauge of the domestic economy, ended 1.1% lower.",
     {"subject": "FTSE 250", "direction": "down", "change_pct": 1.1}),
    ("The Russell 2000, widely viewed as a barometer of small firms, jumped 2.3%.",
     {"subject": "Russell 2000", "direction": "up", "change_pct": 2.3}),
])
def test_a_seen_as_aside_after_the_index(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


@pytest.mark.parametrize("text, expected", [
    ("Stocks making the biggest moves:\n• Carnival — Shares sank 3.4% on a weak outlook.",
     {"subject": "Carnival", "direction": "down", "change_pct": 3.4}),
    ("Zorblax Freight — The shipper climbed 5.5% after beating estimates.",
     {"subject": "Zorblax Freight", "direction": "up", "change_pct": 5.5}),
])
def test_movers_line_shares_or_a_shipper_after_the_dash(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


def test_a_bullet_after_a_level_starts_the_next_name():
    found = moves("Asia at the close: - Nikkei +0.7% at 38,410.2 - Kospi -0.4% - Taiex +1.1%")
    assert has(found, {"subject": "Kospi", "direction": "down", "change_pct": 0.4}), found
    found = moves("Movers: • Tesco: +1.3% to 352p • Burberry: -4.6% to 890p")
    assert has(found, {"subject": "Burberry Group", "direction": "down", "change_pct": 4.6}), found


def test_ahead_with_a_number_is_a_rise():
    found = moves("Shell rose 1.2% and Centrica ahead 2.7% as gas prices climbed.")
    assert has(found, {"subject": "Centrica", "direction": "up", "change_pct": 2.7}), found
    assert not moves("Centrica shares were ahead of the results on Thursday.")


@pytest.mark.parametrize("text,expected", [
    ("Anglo American Platinum fell 2.2% as palladium slid.", ("Anglo American Platinum", 2.2)),
    (("Taiwan shares rose, with ASE up 3.1% after strong chip-packaging orders. The Taiex "
      "gained 0.8%."), ("ASE Technology Holding", 3.1)),
    ("Sime Darby Bhd rose 1.4% in Kuala Lumpur.", ("Sime Darby", 1.4)),
    ("Kuala Lumpur Kepong Berhad lost 0.9%.", ("Kuala Lumpur Kepong", 0.9)),
])
def test_names_of_johannesburg_taipei_and_kuala_lumpur(text, expected):
    assert (expected[0], expected[1]) in {(f["subject"], f.get("change_pct")) for f in moves(text)}, \
        moves(text)


def test_points_written_pts_before_the_move_word():
    found = moves("The Hang Seng Index closed 95 pts higher at 23,120.")
    assert has(found, {"subject": "Hang Seng Index", "direction": "up", "points": 95.0,
                       "level": 23120.0}), found


def test_the_broad_market_index_is_the_one_named_before():
    found = moves("The S&P 500 fell on Monday. The broad market index lost 0.4% to end at 5,790.1.")
    assert has(found, {"subject": "S&P 500", "direction": "down", "change_pct": 0.4,
                       "level": 5790.1}), found


def test_the_philippine_all_shares_index():
    found = moves("Philippine shares rose. The PSEi gained 0.5% to 6,400.1, while the broader "
                  "All Shares index rose 0.3% to 3,610.2.")
    assert has(found, {"subject": "PSE All Shares Index", "direction": "up", "change_pct": 0.3}), \
        found


def test_a_price_glued_to_its_currency_is_no_name():
    found = moves("Among blue chips, Tenaga Nasional fell 4 sen to RM13.12, Public Bank rose two sen "
                  "to RM4.41, and Maybank was flat at RM10.20.")
    assert {(f["subject"], f["direction"]) for f in found} == {
        ("Tenaga Nasional", "down"), ("Public Bank", "up"), ("Malayan Banking", "flat")}, found


def test_a_place_in_capitals_labelling_a_line_is_no_company():
    found = moves("Gulf markets:\n* KUWAIT: rose 0.5% to 7,812\n* BAHRAIN: fell 0.1% to 1,960")
    assert not [f for f in found if f["kind"] == "stock_move"], found


def test_softer_is_a_fall():
    found = moves("The FTSE 100 was 0.6% softer at 8,120 by midday.")
    assert len(found) == 1 and has(found, {"subject": "FTSE 100", "direction": "down",
                                           "change_pct": 0.6, "level": 8120.0}), found


@pytest.mark.parametrize("text, expected", [
    ("Top movers:\n• Infosys: ₹1,802.50, -2.4%",
     {"subject": "Infosys", "direction": "down", "change_pct": 2.4, "price": 1802.5}),
    ("Top movers:\n• Siemens: €212.40, +1.2%",
     {"subject": "Siemens", "direction": "up", "change_pct": 1.2, "price": 212.4}),
    # an ISO code after the price: the currency, never a name
    ("Movers at midday:\n- Allianz: 352.10 EUR (-0.8%)",
     {"subject": "Allianz", "direction": "down", "change_pct": 0.8, "price": 352.1,
      "currency": "EUR"}),
    ("- Zorblax Robotics: 41.20 CHF (+2.2%)",
     {"subject": "Zorblax Robotics", "direction": "up", "change_pct": 2.2, "currency": "CHF"}),
])
def test_a_quote_line_with_a_currency_sign_price(text, expected):
    found = moves(text)
    assert len(found) == 1 and has(found, expected), found


def test_rupees_are_never_a_company():
    assert all(f["subject"] != "Rs" for f in moves("• Zorblax Motors: Rs 712.4, -3.2%"))


@pytest.mark.parametrize("text", [
    "Weak guidance dragged the Topix glass and ceramics index down 2.3%.",
    "The Kospi shipbuilding and machinery index rose 2.8%.",
])
def test_an_unknown_sub_index_is_never_the_main_index(text):
    assert all(f["subject"] not in ("Topix", "Kospi") for f in moves(text)), moves(text)


def test_a_word_for_the_index_itself_keeps_it():
    found = moves("The domestically focused FTSE 250 midcap index added 0.6%.")
    assert has(found, {"subject": "FTSE 250", "direction": "up", "change_pct": 0.6}), found


@pytest.mark.parametrize("text", [
    "Consumers spent 0.4% more in October, the Commerce Department said.",
    "Employers added 210,000 jobs last month.",
    "Kenyan shares rose 0.9% on Tuesday.",
    "Tel Aviv stocks slipped 0.3% on Sunday.",
])
def test_a_plural_noun_or_a_place_word_is_no_company(text):
    assert not [f for f in moves(text) if f["kind"] == "stock_move"], moves(text)


def test_a_broker_name_going_on_with_financial_is_another_company():
    found = moves("Zorblax Financial and Truist Financial fell 3.1% and 2.4%, respectively.")
    assert has(found, {"subject": "Truist Financial", "direction": "down", "change_pct": 2.4}), found
    assert len(found) == 2, found


def test_a_city_index_with_its_number_is_an_index():
    found = moves("The TA-125 slipped 0.7% while the Qatar index eased 0.2%.")
    assert has(found, {"kind": "index_move", "subject": "TA-125", "change_pct": 0.7}), found
    assert has(found, {"kind": "index_move", "subject": "QE Index", "change_pct": 0.2}), found


def test_a_name_with_and_inside_from_the_lexicon():
    found = moves("Shares in Marks and Spencer rose 3.3% to 402p.")
    assert len(found) == 1 and has(found, {"subject": "Marks and Spencer", "direction": "up",
                                           "change_pct": 3.3}), found


def test_flat_after_an_adverb_then_another_clause():
    found = moves("The Dow was up 0.2%, while the S&P 500 was essentially flat and the Nasdaq "
                  "fell 0.5%.")
    assert has(found, {"subject": "S&P 500", "direction": "flat"}), found
    assert has(found, {"subject": "Nasdaq Composite", "direction": "down", "change_pct": 0.5}), found


@pytest.mark.parametrize("text, subject", [
    ("Madrid's IBEX 35 blue-chip index gained 0.9% on Tuesday.", "IBEX 35"),
    ("Japan's Topix broad index slipped 0.9% in early trade.", "Topix"),
])
def test_words_describing_the_index_before_index(text, subject):
    found = moves(text)
    assert has(found, {"kind": "index_move", "subject": subject, "change_pct": 0.9}), found


def test_a_movers_line_describing_the_company_in_lower_case():
    found = moves("Movers after the bell:\n- Zorblax — the sneaker maker sank 7% after weak "
                  "guidance.")
    assert len(found) == 1 and has(found, {"subject": "Zorblax", "direction": "down",
                                           "change_pct": 7.0}), found


def test_a_list_then_an_appositive_counting_it():
    found = moves("Zorblax Foods and Quenta Tea, both recent listings, rose 4.1% and 2.9%, "
                  "respectively.")
    assert has(found, {"subject": "Zorblax Foods", "direction": "up", "change_pct": 4.1}), found
    assert has(found, {"subject": "Quenta Tea", "direction": "up", "change_pct": 2.9}), found


def test_a_quote_line_labelled_close():
    found = moves("TAIEX close: 21,804.10 (+0.65%)")
    assert has(found, {"kind": "index_move", "subject": "Taiex", "direction": "up",
                       "change_pct": 0.65}), found


def test_a_headline_posts_a_gain():
    found = moves("Kospi posts 2.4% weekly gain as chipmakers rally")
    assert has(found, {"kind": "index_move", "subject": "Kospi", "direction": "up",
                       "change_pct": 2.4}), found


@pytest.mark.parametrize("text", [
    "Zorblax posts 12% profit gain on strong demand",
    "Zorblax posts 9% sales decline in the third quarter",
])
def test_a_business_figure_in_a_move_phrase_is_no_share_move(text):
    assert not moves(text), moves(text)


@pytest.mark.parametrize("text", [
    "Sony posted a 14% revenue gain in its gaming unit.",
    "Sony booked an operating profit decline of 8% for the quarter.",
    "Sony's 6% sales drop disappointed investors.",
])
def test_a_business_figure_before_a_move_noun_is_no_share_move(text):
    assert not moves(text), moves(text)


def test_a_move_noun_without_a_business_figure_is_the_shares():
    found = moves("Sony posted a 4% gain after the results.")
    assert has(found, {"kind": "stock_move", "subject": "Sony Group", "direction": "up",
                       "change_pct": 4}), found


@pytest.mark.parametrize("text", [
    "Sony booked a loss of 6% on the sale of its chemicals arm.",
    "Sony recorded a 9% gain on its stake in the studio.",
])
def test_a_gain_or_loss_booked_on_a_deal_is_no_share_move(text):
    assert not moves(text), moves(text)


def test_a_loss_on_a_day_is_still_the_shares():
    found = moves("Sony shares posted a loss of 3% on Monday.")
    assert has(found, {"subject": "Sony Group", "direction": "down", "change_pct": 3}), found


def test_bare_shares_after_two_names_is_no_ones_move():
    found = moves("Jefferies downgraded Sony and Nintendo, shares fell 3%.")
    assert not found, found


def test_bare_shares_after_one_name_is_its_move():
    found = moves("Jefferies downgraded Sony, shares fell 3%.")
    assert has(found, {"subject": "Sony Group", "direction": "down", "change_pct": 3}), found


def test_but_then_a_close_in_points_or_percent():
    found = moves("The Kospi opened higher but turned lower after lunch, ending 21 points, or "
                  "0.8%, lower at 2,580.")
    assert has(found, {"subject": "Kospi", "direction": "down", "change_pct": 0.8}), found


def test_msci_all_country_index_by_its_short_name():
    found = moves("MSCI's all-country index rose 0.4%.")
    assert has(found, {"subject": "MSCI All Country World Index", "change_pct": 0.4}), found


def test_a_headline_names_leading_a_rebound():
    found = moves("Kospi jumps 1.5% as Samsung Electronics, SK Hynix lead chip rebound")
    assert has(found, {"subject": "Samsung Electronics", "direction": "up"}), found
    assert has(found, {"subject": "SK Hynix", "direction": "up"}), found


def test_shares_in_the_described_company():
    found = moves("Zorblax Brands cut its outlook. Shares in the handbag maker fell 3.4%.")
    assert has(found, {"subject": "Zorblax Brands", "direction": "down", "change_pct": 3.4}), found


@pytest.mark.parametrize(("text", "sectors"), [
    ("The ASX 200 ended 0.3% lower, dragged down by U.S. energy and bank shares.",
     {("energy", "down"), ("banks", "down")}),
    ("The benchmark slipped 0.7%, weighed down by mainland developers after soft sales data.",
     {("property", "down")}),
    ("Pulled down by Macau casino operators, the index closed 0.5% lower.",
     {("consumer", "down")}),
])
def test_a_place_before_the_sector_of_a_passive_cause(text, sectors):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert found == sectors, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Defence jumped 6%, lifting the broader defence sector.", ("defence", None)),
    ("The results lifted Europe's luxury sector 1.4%.", ("luxury", 1.4)),
    ("Strong results lifted banks 2.1%, the best showing in a month.", ("banks", 2.1)),
    # after a comma the figures are others' ("offsetting a 2.9% drop in X")
    ("Gains in Acme and Zeta lifted chip stocks, offsetting a 2.9% drop in Omega Foods.",
     ("semiconductors", None)),
])
def test_a_broader_or_a_place_s_sector_after_a_causing_verb_moved(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == \
        [(expected[0], "up", expected[1])], found


def test_a_passive_cause_that_is_no_sector_gives_none():
    found = moves("The index fell 0.4%, weighed down by worries about higher rates.")
    assert not [f for f in found if f["kind"] == "sector_move"], found


def test_battery_materials_makers_are_battery_stocks():
    found = moves("Battery materials makers slid for a third day, with the group down 4%.")
    assert {(f["subject"], f["direction"]) for f in found if f["kind"] == "sector_move"} == \
        {("batteries", "down")}, found


def test_a_sector_that_benefited_moved_up():
    found = moves("Insurers benefited, with Dai-ichi Life up 3.1%.")
    assert has(found, {"kind": "sector_move", "subject": "insurance", "direction": "up"}), found


@pytest.mark.parametrize("text", [
    "Zorblax benefited from cheaper raw materials.",  # a company's business
    "Insurers have benefited from higher rates over the past year.",
])
def test_a_benefit_that_is_no_move(text):
    assert not [f for f in moves(text) if f["kind"] == "sector_move"], moves(text)


@pytest.mark.parametrize(("text", "sector"), [
    ("Utilities bore the brunt as bond yields jumped.", "utilities"),
    ("The DAX fell 1.2% as insurers bore the brunt of a broad sell-off.", "insurance"),
    ("Software stocks were hammered after a weak outlook.", "technology"),
])
def test_a_sector_that_bore_the_brunt_or_was_hammered_fell(text, sector):
    found = moves(text)
    assert has(found, {"kind": "sector_move", "subject": sector, "direction": "down"}), found


@pytest.mark.parametrize("text", [
    "Funds sold a net $2 billion of shares, with Zorblax bearing the brunt.",
    # the share of the flow told with its own money, or the flow's in won
    ("Overseas funds dumped a net NT$12.5 billion of local shares, with Zorblax Micro bearing "
     "the brunt of the selling at NT$6.1 billion."),
    ("Foreigners sold 410 billion won of shares, with Samsung Electronics taking the brunt of "
     "the selling."),
])
def test_a_company_bearing_the_brunt_of_selling_is_no_price_move(text):
    found = moves(text)
    assert not [f for f in found if f["kind"] == "stock_move"], found


def test_the_brunt_of_a_selloff_told_with_a_price_is_still_a_move():
    found = moves("Chip stocks bore the brunt of the selling, with Samsung Electronics down 3% "
                  "to 52,000 won.")
    assert has(found, {"kind": "sector_move", "subject": "semiconductors", "direction": "down"})


@pytest.mark.parametrize("text,expected", [
    ("Shares of Zorblax Semiconductor, often dubbed China's Nvidia, jumped 10% on Tuesday.",
     [("Zorblax Semiconductor", 10.0)]),
    ("Zorblax Motors, nicknamed the Tesla of India, fell 3%.", [("Zorblax Motors", 3.0)]),
])
def test_a_nickname_is_no_move_of_the_company_it_compares_to(text, expected):
    # never Nvidia's or Tesla's move: the nickname is an aside to the named company
    assert [(f["subject"], f["change_pct"]) for f in moves(text)] == expected, moves(text)


@pytest.mark.parametrize("text, currency", [
    (("Australian shares fell 1.1% on Tuesday. Commonwealth Bank slid 2.4% to $151.80 after "
     "its margin squeeze."), "AUD"),
    (("Australian shares fell 1.1% on Tuesday. Commonwealth Bank slid 2.4% to US$98.10, "
     "the price of its shares in dollars."), "USD"),
    ("Australian shares fell 1.1% on Tuesday. Nvidia jumped 3.2% to $131.40 overnight.", "USD"),
    ("Canada's main stock index rose 0.6%. Acme Lumber climbed 4.2% to $18.35.", "CAD"),
    (("Wall Street rose on Monday, and the S&P 500 gained 0.4%. Acme Lumber climbed 4.2% to "
     "$18.35."), "USD"),
])
def test_a_bare_dollar_is_the_reports_own_dollar(text, currency):
    found = [f for f in moves(text) if f["kind"] == "stock_move" and "price" in f]
    assert [f["currency"] for f in found] == [currency]


@pytest.mark.parametrize("text,expected", [
    ("Carmakers were under pressure after Toyota Motor slid 2.4%.", ("Toyota Motor", 2.4)),
    ("Miners were among the worst performers as Rio Tinto fell 3.1%.", ("Rio Tinto", 3.1)),
])
def test_a_clause_opening_word_ends_the_preposition_s_reach(text, expected):
    # "under" or "among" before "after"/"as" no longer makes the next name an object
    assert has(moves(text), {"subject": expected[0], "change_pct": expected[1]}), moves(text)


def test_a_participle_after_a_with_clause_list_is_not_its_first_name():
    # "with A up 1.8%, B gaining 3.2% and C, ..., surging 12%": C's move, not A's
    found = moves("The Hang Seng Tech Index rose 2.4%, with Tencent up 1.8%, Meituan gaining "
                  "3.2% and Zylo Robotics, a maker of warehouse arms, surging 12%.")
    assert {(f["subject"], f.get("change_pct")) for f in found if f["kind"] == "stock_move"} \
        == {("Tencent Holdings", 1.8), ("Meituan", 3.2), ("Zylo Robotics", 12.0)}, found


@pytest.mark.parametrize("text,expected", [
    (("Chip stocks knocked the Nasdaq-100 off its morning high; the tech-heavy index was last "
      "up 0.3%."), ("Nasdaq 100", "up", 0.3)),
    ("The Dow slipped 0.2%, while the tech-heavy index rose 0.6%.",
     ("Nasdaq Composite", "up", 0.6)),
])
def test_the_tech_heavy_index_after_a_tech_index_is_that_one(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)]
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("DAX futures were indicated 0.4% lower ahead of the open.", [("DAX futures", "down", 0.4)]),
    # the cash index indicated before its open is a call, a company's figure no move
    ("The FTSE 100 is indicated 30 points higher at 8,710.", []),
    ("Unilever indicated 4% higher underlying sales for the half.", []),
])
def test_futures_indicated_are_a_move(text, expected):
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)] \
        == expected, moves(text)


@pytest.mark.parametrize("text,expected", [
    (("Tokyo stocks slid as the yen firmed. The Nikkei lost ground early, and the 225-issue "
      "benchmark ended 1.9% lower."), ("Nikkei 225", "down", 1.9)),
    ("The Dow shed 250 points. The 30-stock average finished down 0.6%.",
     ("Dow Jones Industrial Average", "down", 0.6)),
])
def test_an_index_told_by_its_size_is_the_one_named(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)]
    assert expected in found, found


def test_an_index_told_by_its_size_after_two_is_unclear():
    found = moves("The Nikkei rose 1% and the Topix 0.5%. The 225-issue benchmark closed up 1.2%.")
    assert not [f for f in found if f.get("change_pct") == 1.2], found


@pytest.mark.parametrize("text, expected", [
    ("Chip stocks were mostly higher, with Zorblax Micro up 2.2%.", ("semiconductors", "up")),
    ("Energy shares were mostly lower as crude slid.", ("energy", "down")),
])
def test_a_sector_mostly_higher_or_lower_moved(text, expected):
    assert has(moves(text), {"kind": "sector_move", "subject": expected[0],
                             "direction": expected[1]}), moves(text)


def test_a_wire_slug_is_no_company():
    assert moves("ASIA MARKETS WRAP: Asian shares mostly fell on Thursday as yields rose.") == []


@pytest.mark.parametrize("text, expected", [
    (("Among index firms, Zorblax Finance was the top gainer, rising 3.6%, followed by Tencent "
     "and Meituan."), [("Zorblax Finance", "up"), ("Tencent Holdings", "up"), ("Meituan", "up")]),
    ("Zorblax Finance was the top loser, falling 2%, followed by Meituan.",
     [("Zorblax Finance", "down"), ("Meituan", "down")]),
    ("Tencent was the most actively traded stock, followed by Meituan.", []),
])
def test_names_followed_by_a_ranked_mover_moved_its_way(text, expected):
    assert [(f["subject"], f["direction"]) for f in moves(text)] == expected, moves(text)


# a London close's movers: "Fallers" or "Risers" is no company; the name leading them
# takes the figure after its comma
@pytest.mark.parametrize("text,expected", [
    ("Fallers were led by Entain, down 41p at 712p, after a profit warning.",
     {("Entain", "down", None, 712.0)}),
    ("Risers were led by Unilever, up 2.4%.", {("Unilever", "up", 2.4, None)}),
    ("Fallers included Rio Tinto, off 1.7%.", {("Rio Tinto", "down", 1.7, None)}),
])
def test_a_london_movers_list_names_its_leader(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct"), f.get("price")) for f in found} \
        == expected, found


def test_a_led_by_aside_keeps_the_leaders_own_figure():
    found = moves("The DAX fell 0.6%, led by Siemens, down 2.8%, after weak orders data.")
    assert has(found, {"subject": "DAX", "change_pct": 0.6}), found
    assert has(found, {"subject": "Siemens", "direction": "down", "change_pct": 2.8}), found


@pytest.mark.parametrize("text, expected", [
    (("CAC 40 - Risers\nKering (KER) 212.40 EUR 3.15%\nSafran (SAF) 241.10 EUR 1.20%\n\n"
      "CAC 40 - Fallers\nOrange (ORA) 10.02 EUR 2.44%"),
     [("Kering", "up", 3.15), ("Safran", "up", 1.2), ("Orange", "down", 2.44)]),
    ("Top losers:\nWipro 1.9%\nInfosys 1.4%", [("Wipro", "down", 1.9), ("Infosys", "down", 1.4)]),
    # a heading of both ways gives no direction
    ("Gainers and losers\nWipro 1.9%\nInfosys 1.4%", []),
])
def test_a_list_heading_gives_its_rows_direction(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == expected, found


def test_a_london_quote_row_with_its_ticker_s_dot():
    found = moves("Rolls-Royce Holdings (RR.) 951.40p +4.21%")
    assert [(f["subject"], f["direction"], f["change_pct"], f["price"]) for f in found] == \
        [("Rolls-Royce Holdings", "up", 4.21, 951.4)], found


# a headline's closing list of companies after "hits", past a market's move: their shares fell
def test_headline_hits_a_closing_list_of_companies():
    found = moves("Kospi slumps 3% as chip export curbs hit Samsung Electronics, SK Hynix")
    assert [(f["subject"], f["direction"]) for f in found if f["kind"] == "stock_move"] == [
        ("Samsung Electronics", "down"), ("SK Hynix", "down")], found
    found = moves("Nikkei slides as strong yen hits Toyota, Honda; SoftBank gains")
    assert has(found, {"subject": "Toyota Motor", "direction": "down"}), found
    assert has(found, {"subject": "Honda Motor", "direction": "down"}), found


@pytest.mark.parametrize("text", [
    "New export rules hit Samsung Electronics, SK Hynix",  # no market move: their business
    "Kospi slumps 3% as chip export curbs hit Samsung Electronics",  # one name alone
    "The Kospi slumped 3% as export curbs hit Samsung Electronics, SK Hynix.",  # a body
])
def test_hits_names_no_mover_outside_a_headline_list(text):
    assert [f for f in moves(text) if f["kind"] == "stock_move"] == [], moves(text)


# "<name> was <moved> by <names> and <moved>": the move after "and" is the name's
@pytest.mark.parametrize("text,expected", [
    ("The Kospi was dragged down by carmakers and ended 0.7% lower at 2,610.4.",
     {"subject": "Kospi", "direction": "down", "change_pct": 0.7}),
    ("Japan's Topix was held back by weakness in exporters and finished flat.",
     {"subject": "Topix", "direction": "flat"}),
    ("The FTSE 100 was lifted by miners and was last up 0.4%.",
     {"subject": "FTSE 100", "direction": "up", "change_pct": 0.4}),
])
def test_move_after_a_passive_agent_is_the_names(text, expected):
    found = moves(text)
    assert has(found, expected), found


def test_move_after_a_passive_agent_with_a_name_of_its_own():
    found = moves("The Kospi was dragged down by carmakers and Hyundai Motor fell 3%.")
    assert not has(found, {"subject": "Kospi", "change_pct": 3.0}), found


# "a 6.5% jump in shares of <company>": the company's move and figure, a broker's too
@pytest.mark.parametrize("text,expected", [
    ("The Dow rose 0.6%, led by a 4.1% jump in shares of JPMorgan Chase.",
     {"subject": "JPMorgan Chase", "direction": "up", "change_pct": 4.1}),
    ("The FTSE 100 slipped 0.3%, weighed by a 3% drop in shares of AstraZeneca.",
     {"subject": "AstraZeneca", "direction": "down", "change_pct": 3.0}),
    ("The Dow rose 0.6%, led by a 4.1% jump in shares of Morgan Stanley.",
     {"subject": "Morgan Stanley", "direction": "up", "change_pct": 4.1}),
])
def test_agent_move_in_shares_of_a_company(text, expected):
    found = moves(text)
    assert has(found, expected), found


# a headline's list before "lead slide" / "lead advance" moved that way
@pytest.mark.parametrize("text,expected", [
    ("Kospi drops as Samsung Electronics, SK Hynix lead slide",
     [("Samsung Electronics", "down"), ("SK Hynix", "down")]),
    ("Nikkei gains as Toyota, Sony lead the advance",
     [("Toyota Motor", "up"), ("Sony Group", "up")]),
])
def test_headline_list_leading_a_slide_or_advance(text, expected):
    found = moves(text)
    assert [(f["subject"], f["direction"]) for f in found if f["kind"] == "stock_move"] == \
        expected, found


# a causing verb with no object, its figure right after: the subject's own move (Australian
# copy's "lifted"), also passive; not a share "of" something
@pytest.mark.parametrize("text,expected", [
    ("Woolworths lifted 1.8% to $33.10 after its quarterly sales update.",
     {"subject": "Woolworths Group", "direction": "up", "change_pct": 1.8}),
    ("The ASX 200 closed 0.3% higher, with Qantas lifting 2.6 per cent.",
     {"subject": "Qantas Airways", "direction": "up", "change_pct": 2.6}),
    ("Nvidia was lifted 4.2% after a broker raised its price target.",
     {"subject": "Nvidia", "direction": "up", "change_pct": 4.2}),
])
def test_a_causing_verb_with_its_own_figure_is_a_move(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_causing_verb_before_a_share_of_something_is_no_move():
    assert not moves("Lenders boosted 5% of their mortgage rates."), \
        moves("Lenders boosted 5% of their mortgage rates.")


# the latest quote: "were last seen trading 1.9% lower" is the name's move
def test_last_seen_trading_is_the_latest_quote():
    found = moves("Shares of Adyen were last seen trading 1.9% lower in Amsterdam.")
    assert has(found, {"subject": "Adyen", "direction": "down", "change_pct": 1.9}), found


def test_a_clause_with_shares_of_a_sector_is_no_aside():
    found = moves("Builders fell as Acme Homes lost 2.6%, while shares of hospital operators, "
                  "seen as defensive plays, held steady.")
    assert ("healthcare", "flat") in [(f["subject"], f["direction"]) for f in found], found


def test_two_names_with_a_bare_noun_aside_take_their_moves_respectively():
    found = moves("HSBC and Standard Chartered, top dividend picks of local funds, rose 1.2% "
                  "and 2.1% respectively.")
    assert [(f["subject"], f["change_pct"]) for f in found] == \
        [("HSBC Holdings", 1.2), ("Standard Chartered", 2.1)], found


def test_a_capital_holding_ends_a_name_not_the_verb_holding_up():
    # Taiwan's financial holding companies: "Holding" is the name's last word
    found = facts("Lenders rallied, with Mega Financial Holding up 1.4% and Cathay Financial "
                  "Holding down 0.3%.")
    assert has(found, {"kind": "stock_move", "subject": "Mega Financial Holding",
                       "direction": "up", "change_pct": 1.4}), found
    assert has(found, {"kind": "stock_move", "subject": "Cathay Financial Holding",
                       "direction": "down", "change_pct": 0.3}), found
    # the verb itself still is one, and a move only with its members'
    assert not moves("Property stocks were holding up well.")


@pytest.mark.parametrize("text", [
    "Pharma climbed 1.4 per cent after the drug-pricing decision.",
    "Metal and IT were the only sectoral laggards.",
])
def test_a_bare_sector_word_opening_a_sentence_is_no_company(text):
    assert not any(f["kind"] == "stock_move" for f in moves(text)), moves(text)
    assert has(moves("Infosys and Wipro fell after the guidance cut."),
               {"subject": "Wipro", "direction": "down"})


def test_a_weak_verb_with_a_number_word_of_sen_is_a_move():
    found = moves("Among the heavyweights, Tenaga Nasional added five sen to RM13.50, while "
                  "Press Metal eased two sen to RM5.10.")
    assert {(f["subject"], f["direction"]) for f in found} == {
        ("Tenaga Nasional", "up"), ("Press Metal Aluminium Holdings", "down")}, found
    assert not moves("Tenaga Nasional added five new plants last year.")


def test_a_name_starting_lower_case_is_the_lexicons():
    found = moves("The NZX 50 fell 0.3%, while a2 Milk gained 3.1 per cent.")
    assert has(found, {"subject": "a2 Milk Company", "direction": "up", "change_pct": 3.1}), found
    assert not has(found, {"subject": "Milk"}), found


@pytest.mark.parametrize("text,expected", [
    ("The 30-share BSE barometer fell 412.3 points or 0.5 per cent to 80,102.6.",
     {"subject": "BSE Sensex", "direction": "down", "change_pct": 0.5}),
    ("Jakarta's benchmark slipped 0.4% to 7,020.5.",
     {"subject": "Jakarta Composite", "direction": "down", "change_pct": 0.4}),
    ("The VN30 index advanced 0.8% to 1,402.3.", {"subject": "VN30", "direction": "up"}),
    ("Philippine shares fell on Tuesday, with the main index closing 0.5 percent lower.",
     {"subject": "PSEi", "direction": "down", "change_pct": 0.5}),
])
def test_an_asian_index_by_its_house_or_city_name(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_size_band_index_is_no_named_index():
    found = moves("The BSE Midcap index gained 0.7 percent and the Smallcap index rose 0.9 percent.")
    assert not any(f["subject"] == "Smallcap Index" for f in found), found


def test_a_wraps_movers_named_after_gainers_or_losers():
    found = moves("Top losers on the Sensex were Infosys and Wipro, while gainers included "
                  "Nestle India and HUL.")
    assert {(f["subject"], f["direction"]) for f in found} == {
        ("Infosys", "down"), ("Wipro", "down"), ("Nestle India", "up"),
        ("Hindustan Unilever", "up")}, found
    assert not moves("Gainers were outnumbered by losers by two to one.")


def test_an_inline_label_gives_its_unsigned_bracketed_figures_a_direction():
    found = moves("Top Sensex losers: Infosys (2.4%), Wipro (1.9 per cent)")
    assert {(f["subject"], f["direction"], f["change_pct"]) for f in found} == {
        ("Infosys", "down", 2.4), ("Wipro", "down", 1.9)}, found
    assert not moves("Gainers: 1,203 (52%); losers: 900")


def test_a_moves_list_goes_on_with_bracketed_figures_that_move_the_same_way():
    found = moves("HCL Tech slid 2.8 per cent, followed by Wipro (1.6 per cent) and ITC (0.9 per cent).")
    assert {(f["subject"], f["direction"], f["change_pct"]) for f in found} == {
        ("HCL Technologies", "down", 2.8), ("Wipro", "down", 1.6), ("ITC", "down", 0.9)}, found
    found = moves("Among sectoral indices, realty climbed 1.9 per cent, banks (1.3 per cent) "
                  "and consumer durables (0.7 per cent).")
    assert {(f["subject"], f["direction"], f["change_pct"]) for f in found} == {
        ("property", "up", 1.9), ("banks", "up", 1.3), ("consumer", "up", 0.7)}, found
    # the ranking's pool ("among Nifty stocks") is not the list's head
    found = moves("Wipro was the top loser among Nifty stocks, sliding 4.1 per cent, followed "
                  "by Infosys (3.2 per cent) and ITC (1.1 per cent).")
    assert {(f["subject"], f["direction"], f["change_pct"]) for f in found} == {
        ("Wipro", "down", 4.1), ("Infosys", "down", 3.2), ("ITC", "down", 1.1)}, found
    # a weight after "led by", or a figure for no name of the mover's kind: no move
    found = moves("The Nifty rose 0.6%, led by HDFC Bank (13%) and Reliance (9%).")
    assert all(f.get("change_pct") in (0.6, None) for f in found), found
    found = moves("Promoter holdings rose 2%, Infosys (15%) and Wipro (73%).")
    assert not any(f.get("change_pct") in (15, 73) for f in found), found


def test_a_move_told_as_a_noun_right_after_the_level():
    found = moves("The Straits Times Index settled at 3,912.44, a decline of 0.7 per cent, as "
                  "banks slipped.")
    assert [(f["subject"], f["direction"], f["change_pct"], f["level"]) for f in found
            if f["kind"] == "index_move"] == [("Straits Times Index", "down", 0.7, 3912.44)], found
    found = moves("The Kospi finished at 2,731.9, an advance of 1.1%.")
    assert [(f["subject"], f["direction"], f["change_pct"]) for f in found] == [
        ("Kospi", "up", 1.1)], found
    # a business figure's size is no move of the name
    assert not moves("Toyota said its output for March reached 812,400, a rise of 5% on the year.")


def test_trading_after_a_clause_goes_on_with_the_main_move():
    found = moves("The Taiex extended gains after the export data, trading 0.8% higher at "
                  "22,310 in the afternoon.")
    assert [(f["subject"], f["direction"], f["change_pct"], f["level"]) for f in found] == [
        ("Taiex", "up", 0.8, 22310.0)], found
    # another name in the clause between: whose figure is it?
    found = moves("Tencent rose after Meituan reported results, trading 3% higher.")
    assert all(f.get("change_pct") is None for f in found), found


def test_a_supported_by_aside_between_the_index_and_its_verb():
    found = moves("The CAC 40, helped by luxury heavyweights, added 0.4%.")
    assert ("CAC 40", "up", 0.4) in {(f["subject"], f["direction"], f.get("change_pct"))
                                     for f in found}, found


def test_an_aside_against_the_main_verb_gives_its_names_no_move():
    # they only held up better (or lagged) against the index
    found = moves("The DAX, propped up by utilities, slipped 0.2%.")
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found] == [
        ("DAX", "down", 0.2)], found


def test_the_kbw_index_is_the_bank_index_not_the_broker():
    found = moves("Lenders rallied after the stress tests; the KBW index jumped 2.4%.")
    assert ("KBW Bank Index", "up", 2.4) in {(f["subject"], f["direction"], f.get("change_pct"))
                                             for f in found}, found
    assert not any(f["subject"] == "Keefe Bruyette & Woods" for f in found), found


def test_paired_figures_of_names_after_a_sector_head():
    found = moves("Utilities such as Severn Trent and United Utilities were in demand, "
                  "gaining 0.9% and 1.4%.")
    assert {(f["subject"], f.get("change_pct")) for f in found if f["kind"] == "stock_move"} == \
        {("Severn Trent", 0.9), ("United Utilities", 1.4)}, found


@pytest.mark.parametrize("text,expected", [
    ("Utilities were the best sector on the week, up 2.6%, and materials the worst, sliding 1.9%.",
     {("utilities", "up", 2.6), ("materials", "down", 1.9)}),
    ("Walmart was the top Dow gainer, up 3.3%, and Boeing the biggest loser, shedding 2.7%.",
     {("Walmart", "up", 3.3), ("Boeing", "down", 2.7)}),
])
def test_a_gapped_clause_after_and_has_its_own_subject(text, expected):
    found = moves(text)
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Construction & materials lost 0.9%, the weakest of Europe's sectors.",
     {("industrials", "down", 0.9)}),
    ("The personal and household goods sector rose 0.7% as Unilever advanced.",
     {("consumer", "up", 0.7)}),
    ("The FTSE 350 household goods and home construction index climbed 2.4%.",
     {("property", "up", 2.4)}),
    ("• Best sector: Pharmaceuticals & biotechnology +1.2%", {("healthcare", "up", 1.2)}),
    ("Pub and restaurant stocks rallied 3% on the reopening news.", {("consumer", "up", 3.0)}),
    ("Medical device makers slid 1.6%.", {("healthcare", "down", 1.6)}),
])
def test_stoxx_and_ftse_sector_names(text, expected):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


def test_an_investing_style_is_no_company():
    found = moves("Value stocks gained 1.1% while growth shares slipped 0.4%.")
    assert {(f["kind"], f["subject"]) for f in found} == {
        ("sector_move", "value stocks"), ("sector_move", "growth stocks")}
    assert moves("Momentum names fell 2.2% on Monday.") == []


@pytest.mark.parametrize("text", [
    "Clients should buy any weakness in chip stocks, the strategist said.",
    "We would sell into strength in utilities and add to banks.",
])
def test_advice_on_weakness_or_strength_is_no_move(text):
    assert [f for f in moves(text) if f["kind"] == "sector_move"] == []


def test_the_heaviest_drag_is_a_fall():
    found = moves("The Nikkei closed 0.8% lower, with exporters the heaviest drag.")
    assert has(found, {"kind": "sector_move", "subject": "exporters", "direction": "down"})


def test_precious_metal_miners_are_miners_in_a_move_told_as_a_noun():
    found = moves("The FTSE 100 eased 0.3% as a 3.1% drop in precious metals miners outweighed "
                  "gains in banks.")
    assert has(found, {"kind": "sector_move", "subject": "mining", "direction": "down",
                       "change_pct": 3.1}), found


def test_a_headline_sector_leading_an_ampersand_index_lower_fell():
    found = moves("Utilities lead S&P 500 lower as yields jump")
    assert has(found, {"kind": "sector_move", "subject": "utilities", "direction": "down"}), found


def test_the_biggest_weight_in_an_index_is_its_size_not_a_fall():
    found = moves("Toyota, the biggest weight in the Topix, erased early gains of 2% to close 0.5% lower.")
    assert [(f["subject"], f["direction"], f.get("change_pct")) for f in found
            if f["direction"] == "down"] == [("Toyota Motor", "down", 0.5)], found
    assert moves("BHP, the heaviest weight in the ASX 200, rose 1.2%.")[0]["direction"] == "up"


@pytest.mark.parametrize("text, expected", [
    ("Miners lead FTSE 100 0.9% lower", {("sector_move", "mining", "down", None),
                                          ("index_move", "FTSE 100", "down", 0.9)}),
    ("Utilities lead S&P 500 higher as bond yields ease",
     {("sector_move", "utilities", "up", None), ("index_move", "S&P 500", "up", None)}),
    ("Toyota fell 2%, leading Nikkei lower.", {("stock_move", "Toyota Motor", "down", 2.0),
                                                ("index_move", "Nikkei 225", "down", None)}),
])
def test_a_name_leading_an_index_a_way_gives_the_index_the_figure(text, expected):
    found = {(f["kind"], f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected


def test_bounced_back_is_a_rise_of_a_named_mover_only():
    assert {(f["subject"], f["direction"]) for f in moves(
        "Bank shares bounced back and the FTSE 100 added 0.3%.")} == {("banks", "up"), ("FTSE 100", "up")}
    assert moves("Retail sales bounced back in the spring.") == []


def test_a_sector_as_a_whole_is_the_sector():
    found = moves("Miners as a whole slipped 0.6%, while Glencore rose 1%.")
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == \
        {("mining", "down", 0.6), ("Glencore", "up", 1.0)}


def test_a_plural_possessive_sector_owns_its_noun_move():
    found = moves("Automakers' 2.4% slide weighed on the Nikkei, while Sony rose 1%.")
    assert has(found, {"kind": "sector_move", "subject": "auto", "direction": "down",
                       "change_pct": 2.4}), found
    assert moves("Investors' 5% gain in the fund was wiped out.") == []


@pytest.mark.parametrize("text,expected", [
    ("Shares of Paytm-parent One 97 Communications rose 4.4 per cent.", "One 97 Communications"),
    ("Instagram-owner Meta Platforms fell 2.3% to $590.10.", "Meta Platforms"),
    ("Shares of Blinkit-owner Eternal slid 3.1 per cent to ₹301.20.", "Eternal"),
])
def test_a_descriptor_glued_before_a_company_is_no_part_of_its_name(text, expected):
    found = [f for f in facts(text) if f["kind"] == "stock_move"]
    assert [f["subject"] for f in found] == [expected], found


@pytest.mark.parametrize("text,expected", [
    ("Sime Darby rose 1.5 per cent to RM2.31 and Gamuda Bhd added 2.0 per cent to RM4.66.",
     [("Sime Darby", 1.5, 2.31), ("Gamuda", 2.0, 4.66)]),
    ("Astra International dropped 1.8% to Rp4,950 and Bank Jago slid 4.1% to Rp2,380.",
     [("Astra International", 1.8, 4950.0), ("Bank Jago", 4.1, 2380.0)]),
])
def test_a_glued_price_before_and_is_no_name_and_hides_none(text, expected):
    found = [f for f in facts(text) if f["kind"] == "stock_move"]
    assert [(f["subject"], f["change_pct"], f["price"]) for f in found] == expected, found


def test_the_growth_market_250_by_its_short_name_in_a_list():
    text = "Tokyo close\n- Nikkei 225 39,120.50 (+0.4%)\n- Growth Market 250: 652.10 (-0.8%)"
    found = [f for f in facts(text) if f["kind"] == "index_move"]
    assert ("TSE Growth Market 250 Index", "down", 0.8) in \
        [(f["subject"], f["direction"], f["change_pct"]) for f in found], found


@pytest.mark.parametrize("text", [
    "Saracen Gold climbed 4.1% and Dunmore's local shares added 2.9%.",
    "Dunmore's domestic shares added 2.9% in Sydney.",
])
def test_a_name_owning_its_local_shares_moved(text):
    assert ("Dunmore", 2.9) in [(f.subject, f.change_pct) for f in extract_facts(text)
                                if f.kind == "stock_move"]


def test_a_name_owning_local_revenue_did_not_move():
    assert not [f for f in extract_facts("Dunmore's local revenue rose 2.9%.")
                if f.kind == "stock_move"]


def _index_moves(text):
    return {(f["subject"], f["direction"], f.get("change_pct"))
            for f in moves(text) if f["kind"] == "index_move"}


def test_an_index_contract_is_its_futures():
    assert _index_moves("Futures point higher, the Nasdaq contract up 0.4% and the Dow "
                        "contract adding 0.2%.") == {("Nasdaq 100 futures", "up", 0.4),
                                                     ("Dow Jones Industrial Average futures", "up", 0.2)}
    assert _index_moves("The S&P 500 rose 0.3% after Boeing won a defence contract.") == \
        {("S&P 500", "up", 0.3)}


def test_names_after_a_day_phrase_share_the_first_verb():
    assert _index_moves("The DAX was up 0.7% in early trade, the FTSE MIB 1.1% and the IBEX 35 "
                        "0.9%.") == {("DAX", "up", 0.7), ("FTSE MIB", "up", 1.1), ("IBEX 35", "up", 0.9)}
    # a longer period after the first figure is shared too, and so is the period: the next
    # name's figure is no day's move
    found = {(f.subject, f.change_pct): multi_day(f)
             for f in extract_facts("The Nikkei rose 1.4% this week, the Topix 0.6%.")}
    assert found == {("Nikkei 225", 1.4): True, ("Topix", 0.6): True}, found


def test_a_round_up_of_bourses_by_city_with_signed_figures():
    assert _index_moves("Europe at 1100 GMT: London +0.2%, Frankfurt -0.5%, Madrid: -0.3%, "
                        "Zurich flat.") == {("FTSE 100", "up", 0.2), ("DAX", "down", 0.5),
                                             ("IBEX 35", "down", 0.3), ("SMI", "flat", None)}
    assert _index_moves("Air France-KLM, listed in Paris -3% on the week, said ...") == set()


def test_part_of_an_intraday_move_given_up_is_the_intraday_move():
    assert _index_moves("The Nasdaq ended 0.2% higher, surrendering much of a 1.3% intraday "
                        "gain.") == {("Nasdaq Composite", "up", 0.2), ("Nasdaq Composite", "up", 1.3)}
    # a gain over the year is no move of the session
    assert _index_moves("The Nasdaq fell 0.2%, giving up part of its 14% gain this year.") == \
        {("Nasdaq Composite", "down", 0.2)}


def test_a_second_figure_over_a_longer_period_shares_the_verb():
    assert _index_moves("The Kospi climbed 0.8% on Friday and 2.6% for the week.") == \
        {("Kospi", "up", 0.8), ("Kospi", "up", 2.6)}
    assert _index_moves("The Kospi climbed 0.8% on Friday and turnover rose 2.6% for the week.") == \
        {("Kospi", "up", 0.8)}
    # (this sentence was a case of the multi-day parametrised test, which wants one move)
    found = [f for f in extract_facts("The Hang Seng Index fell 1.2% on Friday and 3% for the week.")
             if f.kind == "index_move"]
    assert [(f.change_pct, multi_day(f)) for f in found] == [(1.2, False), (3.0, True)]


def _sector_ways(text):
    return {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}


@pytest.mark.parametrize("text, expected", [
    ("Shipping stocks took off on Tuesday after freight rates jumped.", {("shipping", "up")}),
    ("Asian chipmakers roar back as AI worries ease", {("semiconductors", "up")}),
    ("Bank shares are having a strong session after the rate decision.", {("banks", "up")}),
    ("Software stocks are getting hammered after a weak outlook from a peer.",
     {("technology", "down")}),
    ("Miners had a miserable session as iron ore slid.", {("mining", "down")}),
    ("Exporters powered the Topix to a fresh record high on Tuesday.", {("exporters", "up")}),
    ("Insurers went the other way after the storm losses, with Ping An down 2.1%.",
     {("insurance", "down")}),
    ("Chipmakers were the exception, with Hua Hong up 3.2%.", {("semiconductors", "up")}),
    ("Automakers bucked a weaker Seoul market on Friday on export hopes.", {("auto", "up")}),
    ("Lenders reacted: HSBC rose 1.2% and Standard Chartered gained 2%.", {("banks", "up")}),
])
def test_a_sector_told_by_a_livelier_verb(text, expected):
    assert _sector_ways(text) == expected


@pytest.mark.parametrize("text", [
    "Delta took off after the results were published.",
    "Alibaba got hit with a fine by the regulator.",
    "Banks reacted to the rate decision by raising deposit rates.",
    "Toyota was the exception.",
])
def test_a_livelier_verb_moves_no_company_without_a_number(text):
    assert _sector_ways(text) == set()
    assert [f for f in moves(text) if f["kind"] == "stock_move"] == []


@pytest.mark.parametrize("text, expected", [
    ("Shares of big grocers fell after the price war warning.", {("consumer", "down")}),
    ("Supermarket stocks slipped on Tuesday.", {("consumer", "down")}),
    ("Nuclear power plant stocks jumped after the export deal.", {("energy", "up")}),
    ("Gains were led by non-ferrous metals, with Jiangxi Copper up 4%.", {("materials", "up")}),
])
def test_more_sector_words(text, expected):
    assert _sector_ways(text) == expected


def test_a_scorecard_short_info_tech_is_technology():
    found = moves("Sector scorecard:\nEnergy +0.7%\nInfo tech -2.1%")
    assert has(found, {"kind": "sector_move", "subject": "technology", "direction": "down",
                       "change_pct": 2.1}), found


@pytest.mark.parametrize("text", [
    "The brokerage told clients to focus on chip names such as SK Hynix, which rose 2.4% on Monday.",
    ("Retail investors keep chasing the rally in defence names such as Hanwha Aerospace, "
     "which has surged 140% this year."),
])
def test_a_sector_head_takes_no_advised_or_earlier_member_move(text):
    assert _sector_ways(text) == set()


@pytest.mark.parametrize("text", [
    "Commodities at noon:\n- WTI: $64.10 (+0.8%)\n- Brent: $67.90 (+0.7%)",
    "Close:\n• S&P 500: 6,210 (+0.4%)\n• WTI: $70.05 (-2.1%)",
])
def test_an_oil_benchmark_in_a_quote_list_is_no_stock(text):
    assert not [f for f in facts(text) if f["kind"] == "stock_move"], facts(text)


@pytest.mark.parametrize("text, names, rng", [
    ("Wipro, Infosys and Tech Mahindra rose 2.1-3.4% after the sector upgrade.",
     {"Wipro", "Infosys", "Tech Mahindra"}, [2.1, 3.4]),
    ("Infosys and Wipro were down 1–2 per cent in early deals.", {"Infosys", "Wipro"}, [1.0, 2.0]),
])
def test_a_hyphenated_range_is_shared_by_the_names(text, names, rng):
    found = moves(text)
    assert {f["subject"] for f in found if f.get("range") == rng} == names, found
    assert not any(f.get("change_pct") for f in found), found


def test_a_score_with_a_hyphen_is_no_range():
    assert moves("A late three put the Lakers up 109-98 with two minutes to play.") == []


_DOWNGRADED = ("Bernstein cut Unilever to underperform, knocking the consumer group's shares "
               "2% lower to €51.20.")
_TARGET_LIFTED = ("Macquarie lifted its target on Anta Sports, sending the sportswear maker's "
                  "stock 3.4% higher to HK$88.50.")


@pytest.mark.parametrize("text, expected", [
    (_DOWNGRADED, {"subject": "Unilever", "direction": "down", "change_pct": 2.0, "price": 51.2,
                   "currency": "EUR"}),
    (_TARGET_LIFTED, {"subject": "Anta Sports Products", "direction": "up", "change_pct": 3.4,
                      "price": 88.5, "currency": "HKD"}),
])
def test_a_way_with_its_figure_before_it_moves_to_a_price(text, expected):
    assert has(moves(text), expected), moves(text)


def test_a_product_priced_lower_to_a_sum_is_no_move():
    assert moves("Apple priced the new iPhone 10% lower to $699.") == []
    assert moves("Tesla cut Model Y prices 5% lower to $39,990 in China.") == []


@pytest.mark.parametrize("row, expected", [
    ("- Geely: Jefferies TP cut to HK$21 (Hold); shares -4.1%", ("Geely Automobile", "down", 4.1)),
    ("- Meituan: CLSA raises TP to HK$190; stock up 2.6%", ("Meituan", "up", 2.6)),
    ("• Anta Sports: UBS upgrades to Buy, shares +1.9%", ("Anta Sports Products", "up", 1.9)),
])
def test_a_bullet_rows_last_clause_of_bare_shares_moves_its_company(row, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(row)]
    assert found == [expected], found


@pytest.mark.parametrize("row", [
    "- Meituan: CLSA raises TP to HK$190; stock markets fell 1%",
    "- Meituan and JD.com: CLSA raises TPs; shares +2.6%",  # whose shares?
])
def test_a_rows_clause_names_no_one_company(row):
    assert [f for f in moves(row) if f["kind"] == "stock_move"] == [], moves(row)


@pytest.mark.parametrize("text, way, pct", [
    ("The DAX rose 0.5%, led by SAP and Siemens, each up about 2%.", "up", 2.0),
    ("The DAX fell 0.5%, dragged down by SAP and Siemens, both off 1.8%.", "down", 1.8),
    ("The DAX rose 0.5%, led by SAP and Siemens, up 2.2% apiece.", "up", 2.2),
])
def test_one_figure_told_as_each_listed_movers(text, way, pct):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == {("SAP", way, pct), ("Siemens", way, pct)}, found


def test_a_figure_after_two_listed_movers_is_not_both_unless_each():
    found = moves("The DAX rose 0.5%, led by SAP and Siemens, up 2.2%.")
    assert not has(found, {"subject": "SAP", "change_pct": 2.2}), found


@pytest.mark.parametrize("text, expected", [
    ("The CAC 40 slid 1.1%. Hermes bucked the trend, up 0.9%.", ("Hermes International", "up", 0.9)),
    ("Novartis outperformed, up 1.2%, as drugmakers held firm.", ("Novartis", "up", 1.2)),
    ("Kering lagged, down 3.4%.", ("Kering", "down", 3.4)),
])
def test_a_name_set_apart_from_the_market_with_its_own_figure(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"]
    assert found == [expected], found


def test_a_business_set_apart_is_no_share_move():
    assert moves("Hermes sales outperformed, up 8% in the quarter.") == []


@pytest.mark.parametrize("text, expected", [
    (("Fifth Third gained 2.4%, Regions Financial 3% and Huntington Bancshares between 1% "
      "and 2% by the close."), ("Huntington Bancshares", [1.0, 2.0])),
    ("Fifth Third gained 2.4%, Regions Financial 1.5-2.5% and Huntington Bancshares 3%.",
     ("Regions Financial", [1.5, 2.5])),
])
def test_a_gapped_name_with_a_range_of_its_own(text, expected):
    found = {f["subject"]: f for f in moves(text)}
    name, rng = expected
    assert found[name].get("range") == rng and "change_pct" not in found[name], found
    assert found["Fifth Third"]["change_pct"] == 2.4, found


def test_an_outperformer_with_a_figure_the_other_way_is_unclear():
    assert moves("Novartis outperformed, down 0.2%.") == []


@pytest.mark.parametrize("text, expected", [
    ("Hang Seng edged lower as a slide in chip manufacturers offset gains in insurers.",
     {("semiconductors", "down"), ("insurance", "up")}),
    ("Malaysia's banking trio weighed on the KLCI after Maybank's results.", {("banks", "down")}),
    ("Oracle jumped 6%, while its software peers rallied in sympathy.", {("technology", "up")}),
    ("Semis slumped as export curbs widened.", {("semiconductors", "down")}),
    ("The Stoxx 600 rose 0.4%, with travel and leisure the best-performing sector.",
     {("travel and leisure", "up")}),
    ("Wiwynn fell 4% and Quanta lost 2.8% as server makers retreated.",
     {("technology", "down")}),
])
def test_a_sector_by_its_members_role_or_count(text, expected):
    assert _sector_ways(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shipbuilders extended their surge after a $2 billion order.", {("shipbuilding", "up")}),
    ("Nvidia slid 4%, and other chip darlings followed it lower.", {("semiconductors", "down")}),
    ("Tesla climbed 5% and EV makers followed suit higher.", {("auto", "up")}),
    ("Materials led with a 2.1% gain, while energy lagged, down 0.6%.",
     {("materials", "up"), ("energy", "down")}),
    ("Nifty 50 slips 0.4%; Realty stocks leading: DLF +3.1%, Godrej Properties +2.4%",
     {("property", "up")}),
    ("Bank stocks leading: ICBC rose 1.1% and CCB added 0.9%.", {("banks", "up")}),
])
def test_a_sector_that_carried_on_followed_or_led(text, expected):
    assert _sector_ways(text) == expected


@pytest.mark.parametrize("text", [
    "Rheinmetall extended its surge.",
    "Tesla followed Nvidia higher.",
    "Banks leading the charge on rate cuts have little to say.",
])
def test_a_carried_or_followed_move_needs_a_sector_or_a_number(text):
    assert [f for f in moves(text) if f["kind"] in ("stock_move", "sector_move")] == []


@pytest.mark.parametrize("text, expected", [
    ("Hang Seng falls 1% as a sell-off in Hong Kong-listed developers deepens.",
     {("property", "down")}),
    ("The Nasdaq dipped, dragged down by U.S.-listed Chinese chipmakers.",
     {("semiconductors", "down")}),
    ("Shenzhen index jumps 3% as brokerages hit daily limit", {("brokerage", "up")}),
])
def test_a_listed_place_before_a_sector_and_a_headline_limit(text, expected):
    assert _sector_ways(text) == expected


def test_a_bare_limit_without_its_way_is_no_move():
    assert moves("The lender said borrowers hit credit limit caps more often.") == []


@pytest.mark.parametrize("text, expected", [
    ("Rio Tinto's London-listed stock fell 2.3% after the output update.", ("Rio Tinto", 2.3)),
    ("BHP's Sydney-listed stock rose 1.4% on Thursday.", ("BHP Group", 1.4)),
    ("Prosus's home-market stock slid 3.1%.", ("Prosus", 3.1)),
])
def test_a_companys_listed_stock_is_its_move(text, expected):
    found = [(f["subject"], f["change_pct"]) for f in moves(text) if f["kind"] == "stock_move"]
    assert found == [expected], found


def test_a_stock_market_word_after_a_company_is_no_listing():
    assert moves("Rio Tinto's stock market debut in 1995 fell short of hopes.") == []


@pytest.mark.parametrize("text, expected", [
    ("The Kospi nevertheless managed a 0.2 percent gain, helped by Samsung Electronics.",
     ("Kospi", "up", 0.2)),
    ("The Nikkei eked out a 0.1% rise after a choppy session.", ("Nikkei 225", "up", 0.1)),
    ("The FTSE 100 scraped out a modest gain of 0.3%.", ("FTSE 100", "up", 0.3)),
    ("The Hang Seng Index still managed a small 0.4% advance.", ("Hang Seng Index", "up", 0.4)),
])
def test_a_narrow_move_managed_or_eked_out_as_a_noun(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "index_move"]
    assert found == [expected], found


def test_a_business_figure_managed_is_no_share_move():
    assert moves("Sony managed a 5% gain in operating profit last quarter.") == []


def test_an_intraday_drop_undone_is_no_closing_figure():
    found = {(f["direction"], f.get("change_pct"), f.get("session"))
             for f in moves("Tesla erased a 4.2% intraday drop to close down 0.7%.")}
    assert ("down", 0.7, "close") in found and ("down", 4.2, "close") not in found, found
    found = {(f["direction"], f.get("change_pct"))
             for f in moves("Alibaba rebounded from an early 3% slide to end 1.1% higher.")}
    assert found == {("up", 1.1), ("down", 3.0)}, found


@pytest.mark.parametrize("text, expected", [
    # a bare lead ending its clause leads the market's way, as "led the way" does
    ("The ASX 200 closed 0.8% higher on Thursday, with gold miners leading.",
     {("S&P/ASX 200", "up", 0.8), ("materials", "up", None)}),
    ("The Nikkei ended 1.1% lower, with exporters leading after the yen firmed.",
     {("Nikkei 225", "down", 1.1), ("exporters", "down", None)}),
    ("The Stoxx 600 is up 0.4%. Insurers and banks are leading, while miners lag.",
     {("Stoxx Europe 600", "up", 0.4), ("insurance", "up", None), ("banks", "up", None)}),
    ("Kospi ends 1.2% higher; battery, shipbuilding shares lead",
     {("Kospi", "up", 1.2), ("batteries", "up", None), ("shipbuilding", "up", None)}),
    ("FTSE 100 slips 0.3% as housebuilders lead",
     {("FTSE 100", "down", 0.3), ("property", "down", None)}),
    # not a company's bare lead, nor the metal, nor a lead with an object or members
    ("The CAC 40 rose 0.5%. Zorblax Motors led.", {("CAC 40", "up", 0.5)}),
    ("Zinc rose 1% and lead climbed 0.5%, while the FTSE 100 fell 0.2%.",
     {("FTSE 100", "down", 0.2)}),
    ("Banks took the lead in buying bonds as the DAX slipped 0.1%.", {("DAX", "down", 0.1)}),
    ("Stocks fell. Insurers lead the pack in online sales this year.", set()),
])
def test_a_bare_lead_ending_its_clause_goes_the_markets_way(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Kospi crosses 2,800 for the first time since 2021 as chipmakers rally", ("Kospi", "up")),
    ("Nikkei ends above 39,000 as exporters gain on weak yen", ("Nikkei 225", "up")),
    ("Dow closes above 44,000 for first time as banks rally", ("Dow Jones Industrial Average", "up")),
    ("Nifty settles below 23,500 as metal stocks drag", ("Nifty 50", "down")),
    ("Shanghai Composite regains 3,300 points on property support", ("Shanghai Composite Index", "up")),
    ("Hang Seng Index closes at two-year high as tech names surge", ("Hang Seng Index", "up")),
    ("Nifty ends at five-month low as FPIs keep selling", ("Nifty 50", "down")),
])
def test_a_round_level_crossed_is_the_days_way(text, expected):
    found = [(f["subject"], f["direction"], f.get("points"), f.get("change_pct"))
             for f in moves(text) if f["kind"] == "index_move"]
    assert found == [(*expected, None, None)], found  # the level is no change in points


@pytest.mark.parametrize("text, expected", [
    ("Sensex slumps 850 points, Nifty below 23,800 as banks bleed", ("Nifty 50", "down")),
    ("Sensex soars 1,100 pts, Nifty above 25,600; Infosys jumps", ("Nifty 50", "up")),
    ("Nifty ends below 24,200, snaps six-day winning streak", ("Nifty 50", "down")),
])
def test_an_index_past_a_level_after_a_headlines_comma(text, expected):
    found = [(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "index_move"]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The Nikkei stayed above 39,000 for a third session.",
    "Nifty below 23,800: what should investors do now?",
    "The S&P 500 closed above its 200-day moving average.",
    "Nvidia reclaimed the title of the world's most valuable company.",
    "The app crossed 100 million users last year.",
])
def test_a_level_held_or_a_word_of_another_sense_is_no_move(text):
    assert [f for f in moves(text) if f["kind"] in ("index_move", "stock_move")] == []


@pytest.mark.parametrize("text, expected", [
    (("Australian shares are poised to open weaker, with the local share price index futures "
      "down 0.7%, or 60 points, at 8,150."), ("SPI 200 futures", "down", 0.7)),
    (("Australian shares look set to rise. ASX 200 futures were pointing to a 0.3 per cent gain "
      "at the open."), ("SPI 200 futures", "up", 0.3)),
    ("Futures on the FTSE 100 pointed to a 0.2% drop at the open.", ("FTSE 100 futures", "down", 0.2)),
    ("Nikkei futures were indicating a 0.6% rise at the open.", ("Nikkei 225 futures", "up", 0.6)),
    ("S&P 500 futures hovered near the flatline ahead of the jobs report.",
     ("S&P 500 futures", "flat", None)),
])
def test_futures_calling_the_open(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "index_move"]
    assert expected in found, found


def test_the_benchmark_after_its_futures_and_its_close_is_the_index():
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(
        "Australian shares are set to open lower, with the local share price index futures "
        "easing 0.4%, a 30-point discount to the underlying S&P/ASX 200 index close. The "
        "benchmark ended 0.3% higher on Monday.") if f["kind"] == "index_move"]
    assert found == [("SPI 200 futures", "down", 0.4), ("S&P/ASX 200", "up", 0.3)], found


@pytest.mark.parametrize("text", [
    "The chart of the Nikkei is pointing to a 10% drop, one strategist said.",
    "Analysts said the survey pointed to a 5% rise in sales.",
])
def test_a_cash_index_or_a_survey_pointing_to_a_move_is_no_move(text):
    assert [f for f in moves(text) if f["kind"] == "index_move"] == []


@pytest.mark.parametrize("text,expected", [
    ("After sliding as much as 0.9% in early trade, the Nasdaq Composite closed 0.2% higher.",
     ("Nasdaq Composite", "down", 0.9)),
    ("After climbing as much as 1.6% in the morning, the Kospi ended 0.3% lower.",
     ("Kospi", "up", 1.6)),
    (("After gaining as much as 1.2%, the Hang Seng Index closed 0.4% higher, while the "
      "Hang Seng Tech Index rose 0.9%."), ("Hang Seng Index", "up", 1.2)),
])
def test_an_intraday_extreme_told_before_the_subject_is_the_subjects(text, expected):
    found = [(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "index_move" and f.get("qualifier") == "up to"]
    assert found == [expected], found


@pytest.mark.parametrize("text", [
    "After Tencent rose as much as 3%, the Hang Seng Index closed 0.4% higher.",
    "After falling as much as 2% last week, the Nifty 50 finished 0.5% higher on Tuesday.",
    "After rising as much as 2%, analysts said the Kospi could climb further.",
])
def test_an_extreme_of_another_name_or_day_before_the_subject_is_not_its(text):
    found = [f for f in moves(text) if f["kind"] == "index_move" and f.get("qualifier") == "up to"]
    assert found == [], found


# a bare rank ("were the weakest") or a vague holding-up ("were resilient") moved as the
# members named after it did; with no members, or members both ways, no move of its own
@pytest.mark.parametrize("text,expected", [
    ("Chemical stocks were the weakest, with Covestro down 2.4%.",
     {("materials", "down", None), ("Covestro", "down", 2.4)}),
    ("Utilities were the strongest: Iberdrola rose 1.6% and Enel added 1.1%.",
     {("utilities", "up", None), ("Iberdrola", "up", 1.6), ("Enel", "up", 1.1)}),
    ("Lenders were resilient, with Barclays edging up 0.3%.",
     {("banks", "up", None), ("Barclays", "up", 0.3)}),
    ("Insurers proved resilient, with Allianz slipping just 0.2%.",
     {("insurance", "down", None), ("Allianz", "down", 0.2)}),
    # the rank with its own noun keeps its own way
    ("Energy was the weakest sector, with BP down 1.5%.",
     {("energy", "down", None), ("BP", "down", 1.5)}),
    # near misses: no members, members both ways, not a sector
    ("Banks were resilient despite the selloff.", set()),
    ("Miners were the strongest, with BHP up 2% and Rio Tinto down 1%.",
     {("BHP Group", "up", 2.0), ("Rio Tinto", "down", 1.0)}),
    ("The yen was the weakest, with the dollar up 0.5% at 150.2 yen.", set()),
])
def test_a_bare_rank_or_resilience_moves_as_its_members(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# beating the market told as outpacing or outshining it moved as the members named after it did
@pytest.mark.parametrize("text,expected", [
    ("Defence stocks outpaced the broader market, with Rheinmetall up 3.2% and Hensoldt adding 2.5%.",
     {("defence", "up", None), ("Rheinmetall", "up", 3.2), ("Hensoldt", "up", 2.5)}),
    ("Chipmakers outshone the benchmark: Tokyo Electron rose 2.1% and Advantest gained 3.4%.",
     {("semiconductors", "up", None), ("Tokyo Electron", "up", 2.1), ("Advantest", "up", 3.4)}),
    # near misses: no members after it, a company's business, not a sector
    ("Small caps outshone their larger peers as rate-cut bets firmed.", set()),
    ("The fund outpaced the benchmark, with returns up 12% this year.", set()),
])
def test_outpacing_the_market_moves_as_its_members(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a back-reference opening its sentence with a description of its owner ("The German bank's
# shares") is not merely the name that moved in the sentence before: with two listed names
# there (a bank that is also a research house counts when it spoke no view) it is unclear
@pytest.mark.parametrize("text,expected", [
    (("Santander climbed 1.8% after the Spanish bank agreed to buy a stake in Deutsche Bank. "
      "The German lender's shares fell 0.9%."),
     {("Banco Santander", "up", 1.8)}),
    (("BNP Paribas rose 1.1% after lifting its holding in Commerzbank. The French bank's stock "
      "later gave up 0.4%."),
     {("BNP Paribas", "up", 1.1)}),
    # one company named before: the description is that company's
    (("Tencent unveiled a new reasoning model on Tuesday. The internet giant's shares closed "
      "1.6% higher."),
     {("Tencent Holdings", "up", 1.6)}),
    # a plain "the stock" still goes to the one that moved
    (("Shares in UniCredit jumped 3% after it built a stake in Commerzbank. The stock was last "
      "up 2.4%."),
     {("UniCredit", "up", 3.0), ("UniCredit", "up", 2.4)}),
])
def test_a_described_owner_is_not_simply_the_name_that_moved(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a name's own bracketed figure after "led by" holds when a sector word describes the name
# between them ("led by chipmakers Tokyo Electron (-3.1%)"); never a bare bracketed number
@pytest.mark.parametrize("text,expected", [
    ("The Kospi fell 0.8%, dragged down by chipmakers SK Hynix (-3.1%) and Samsung Electronics (-1.2%).",
     {("SK Hynix", "down", 3.1), ("Samsung Electronics", "down", 1.2)}),
    ("Hong Kong stocks rose, led by property developers Longfor Group (+5.2%).",
     {("Longfor Group", "up", 5.2)}),
    # near miss: a bracketed year is no figure of the name
    ("Hong Kong stocks rose, led by property developers Longfor Group (2024 high).",
     {("Longfor Group", "up", None)}),
])
def test_a_described_leader_takes_its_bracketed_figure(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found


# freight and commodity price benchmarks are no equity index nor a company
@pytest.mark.parametrize("text,expected", [
    ("Dry bulk carriers fell after the Baltic Dry Index slid 3.4% to 1,402 points.", set()),
    ("Container lines slipped as the Shanghai Containerised Freight Index fell 5% on the week.",
     {("shipping", "down", None)}),
    ("The Bloomberg Commodity Index gained 0.9%, its best day in a month.", set()),
    ("Dutch front-month TTF rose 4.2% to €41 per megawatt hour, while the SCFI eased 1.1%.",
     set()),
    # near misses: equity indices and a shipping company move as before
    ("Star Bulk Carriers rose 2.5% as the Baltic Capesize index jumped 9%.",
     {("Star Bulk Carriers", "up", 2.5)}),
    ("The Stoxx Europe 600 rose 0.4% and the Nikkei Stock Average fell 1.1%.",
     {("Stoxx Europe 600", "up", 0.4), ("Nikkei 225", "down", 1.1)}),
])
def test_a_price_benchmark_is_no_index_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a commodity quoted with its exchange in parentheses: the exchange is no company
@pytest.mark.parametrize("text,expected", [
    ("• Iron ore (SGX) steady at US$98/t", set()),
    ("• Copper (LME) -0.8% to US$9,420/t; Gold (Comex) +0.3%", set()),
    ("Thermal coal futures (ICE Newcastle) rose 2.4% to US$141 a tonne.", set()),
    # near misses: a company with its short name, a name after a miner, the exchange alone
    ("Nippon Yusen (NYK) fell 3.1%.", {("Nippon Yusen", "down", 3.1)}),
    ("Shares of the gold miner (Kestrel Gold) rose 2%.", {("Kestrel Gold", "up", 2.0)}),
    ("• Singapore Exchange (SGX) +1.2%", {("Singapore Exchange", "up", 1.2)}),
])
def test_a_commodity_venue_in_parentheses_is_no_company(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


@pytest.mark.parametrize("text", [
    "Trading houses rallied, supported by Berkshire Hathaway's filing that it had lifted its stakes.",
    "The Nasdaq added 0.9%, lifted by Nvidia's upbeat revenue forecast.",
    "The Kospi eased 0.4%, weighed down by Samsung Electronics' warning on memory prices.",
])
def test_a_company_s_news_after_an_agent_phrase_is_no_move_of_its_shares(text):
    subjects = [f.subject for f in extract_facts(text) if f.kind == "stock_move"]
    assert subjects == [], subjects


def test_a_company_s_own_move_after_an_agent_phrase_is_still_read():
    text = "The Hang Seng Index climbed 0.9%, led by Tencent's strong gains and a 3% jump in Meituan."
    moves = [f.subject for f in extract_facts(text) if f.kind == "stock_move"]
    assert "Tencent Holdings" in moves, moves
    text = "The Hang Seng Index slid 0.7%, dragged down by Alibaba's 4% drop."
    assert [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"] \
        == [("Alibaba Group", 4.0)]


# a move word right after "on" is a noun: advice to trade on a move still to come, no move
@pytest.mark.parametrize("text", [
    "Nomura's strategists said they would add Chinese banks on dips.",
    "Traders said they would trim property names on rallies into the plenum.",
    "UBS would accumulate chip stocks on declines, its strategist said.",
])
def test_a_move_word_after_on_is_advice_not_a_move(text):
    assert moves(text) == [], moves(text)


def test_a_verb_after_kept_on_still_moves():
    found = moves("Insurers kept on rising, with AIA up 2.1%.")
    assert has(found, {"subject": "AIA Group", "direction": "up", "change_pct": 2.1}), found


# a sector's telling with no number may end with the time it was told ("this morning",
# "over the week", "at noon"); a company still needs a number
@pytest.mark.parametrize("text,expected", [
    ("Property developers are getting crushed this afternoon.", {("property", "down", None)}),
    ("Steelmakers took off this morning after Beijing flagged output cuts.",
     {("materials", "up", None)}),
    ("Lenders did the heavy lifting over the week as the ASX 200 rose 1.2%.",
     {("banks", "up", None), ("S&P/ASX 200", "up", 1.2)}),
    ("Coal miners under pressure at noon:", {("energy", "down", None)}),
    ("Meituan took off this morning.", set()),
])
def test_a_sector_idiom_may_end_with_its_time(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a week told as a day is ("had a strong week"), and the Australian "went backwards"
@pytest.mark.parametrize("text,expected", [
    ("Gold miners had another strong week as bullion hit a record.", {("materials", "up", None)}),
    ("Chinese developers had a rough week on fresh default worries.", {("property", "down", None)}),
    ("Regional lenders went backwards as bond yields eased.", {("banks", "down", None)}),
    # near misses: a company's business, a company without a number
    ("Qantas's profit went backwards last year.", set()),
    ("Wesfarmers went backwards.", set()),
])
def test_a_strong_week_or_going_backwards_is_a_sector_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a rank told with the period's possessive inside it
@pytest.mark.parametrize("text,expected", [
    ("Brokerages were among the session's best performers.", {("brokerage", "up", None)}),
    ("Airlines were the day's worst-performing group as oil jumped.", {("consumer", "down", None)}),
    ("Utilities were the week's worst performers.", {("utilities", "down", None)}),
    ("Automakers were the month's top-performing sector.", {("auto", "up", None)}),
])
def test_a_rank_with_its_period_is_a_sector_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# "X weighed on the index, with the luxury group falling 2.6%": a "with" clause telling the
# one company named before by what it does carries that company's figure
@pytest.mark.parametrize("text,expected", [
    ("Danone weighed on the CAC 40, with the food group sliding 3.4% after a sales miss.",
     {("Danone", "down", 3.4)}),
    ("Siemens dragged on the DAX, with the engineering group down 2.2%.",
     {("Siemens", "down", 2.2)}),
    ("Airbus lifted the Paris benchmark, with the planemaker gaining 1.7% on delivery hopes.",
     {("Airbus", "up", 1.7)}),
    # near miss: two companies before, so which one the description means stays untold
    ("Kering and Danone weighed on the CAC 40, with the luxury group sliding 3.4%.",
     {("Kering", "down", None), ("Danone", "down", None)}),
])
def test_a_with_clause_describing_the_company_carries_its_figure(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found


# "kept its buy rating on the stock, which rose 4.3%": a relative clause after the company a
# call is about carries that company's move, when the sentences before name one company
@pytest.mark.parametrize("text,expected", [
    (("Jefferies lifted its target for Fanuc to 5,200 yen. The broker kept a buy rating on the "
     "robot maker, which climbed 3.8% to 4,410 yen."),
     {("Fanuc", "up", 3.8)}),
    (("Citi trimmed its price target on Adidas. The bank stayed neutral on the stock, whose shares "
     "slipped 1.9%."),
     {("Adidas", "down", 1.9)}),
    ("Macquarie raised its target on Rio Tinto. Investors piled into the miner, which gained 2.4%.",
     {("Rio Tinto", "up", 2.4)}),
    # near miss: two companies before, so which one the clause moves stays untold
    (("Citi upgraded Adidas and Puma. The bank kept a buy rating on the sportswear group, which "
     "rose 2.1%."),
     set()),
])
def test_a_relative_clause_after_a_called_company_carries_its_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found


# "BHP is doing the heavy lifting — the miner is 1.9 per cent higher": after a dash, a
# description of the one company named before, with its move or a copula and its figure
@pytest.mark.parametrize("text,expected", [
    ("Fortescue is carrying the index — the iron ore miner is 3.1 per cent higher at $19.40.",
     {("Fortescue", "up", 3.1)}),
    ("Adidas is the biggest drag – the sportswear group was last down 2.7%.",
     {("Adidas", "down", 2.7)}),
    # near miss: two companies before the dash, so which one stays untold
    ("Adidas and Puma are the biggest drags — the sportswear group is 2.7% lower.",
     set()),
    # near miss: a copula after a plain joint may tell another period's figure
    ("Adidas fell 1.2%, and the sportswear group is now down 6% this week.",
     {("Adidas", "down", 1.2)}),
])
def test_a_description_after_a_dash_carries_the_companys_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found


# a quote line labelled by its session after the index's short name: the session word sits
# between the name and its signed figure ("HSI close:" was read, "HSI midday:" was not)
@pytest.mark.parametrize("text,expected", [
    ("Nikkei midday: 38,412.6, +0.7%.", {("Nikkei 225", "up", 0.7, "midday")}),
    ("Kospi lunch: 2,588.1, -0.4%", {("Kospi", "down", 0.4, "midday")}),
    ("ASX 200 open: 8,105.2, -0.2%.", {("S&P/ASX 200", "down", 0.2, "morning")}),
    ("HSI noon: 19,204.5, +1.1%.", {(HSI, "up", 1.1, "midday")}),
    # near misses: a session word inside a clause labels no quote line; the close as before
    ("Hang Seng futures point to a softer open: traders eye China data.", set()),
    ("HSI close: 19,010.7, -0.6%.", {(HSI, "down", 0.6, "close")}),
])
def test_a_session_labelled_quote_line_after_the_index(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct"), f.get("session"))
             for f in moves(text)}
    assert found == expected, found


# futures calling the open, then their own figure after a comma or in brackets
@pytest.mark.parametrize("text,expected", [
    ("Nikkei futures signal a firmer open, +0.6% at 38,950.", {("Nikkei 225 futures", "up", 0.6)}),
    ("SPI 200 futures point to a weak start (-0.4%) for local shares.",
     {("SPI 200 futures", "down", 0.4)}),
    ("DAX futures were indicating a lower opening, down 0.2%.", {("DAX futures", "down", 0.2)}),
    # near misses: a cash index's call is a forecast; a figure of another clause; no figure
    ("The Nikkei points to a firmer open, +0.6%.", set()),
    ("Hang Seng futures point to a firmer open after Wall Street's rally, +0.8%.", set()),
    ("SPI 200 futures point to a soft open for Sydney.", set()),
])
def test_futures_calling_the_open_with_their_figure_after(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a market's shares named by their prices (agency usage) are its main index, as its shares
@pytest.mark.parametrize("text,expected", [
    ("Tokyo stock prices ended 0.8 percent higher at 38,412.6.", {("Nikkei 225", "up", 0.8)}),
    ("Seoul share prices closed up 1.2 percent at 2,641.3 on Tuesday.", {("Kospi", "up", 1.2)}),
    # near misses: without the index's level the market may be any gauge; a stock's own move
    ("Taiwan share prices closed down 0.9 percent.", set()),
    ("Taiwan stock prices fell as MediaTek slid 2%.", {("MediaTek", "down", 2.0)}),
])
def test_a_market_named_by_its_share_prices_is_its_index(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# the period's total told as a noun after "notching", "locking in", "ending the week with",
# "closing <month> with": the same mover's, over the period
@pytest.mark.parametrize("text,day,total", [
    ("The Hang Seng Index rose 0.7% to 19,842.3 on Friday, locking in a weekly gain of 2.2%.",
     ("Hang Seng Index", "up", 0.7), ("Hang Seng Index", "up", 2.2)),
    ("The CAC 40 closed 0.2% higher, notching a 1.6% weekly advance.",
     ("CAC 40", "up", 0.2), ("CAC 40", "up", 1.6)),
    ("The Kospi slipped 0.3% to 2,512.8, ending the week with a 1.4% loss.",
     ("Kospi", "down", 0.3), ("Kospi", "down", 1.4)),
    ("The Nifty 50 fell 0.8% on Friday, closing November with a 3.2% monthly decline.",
     ("Nifty 50", "down", 0.8), ("Nifty 50", "down", 3.2)),
])
def test_a_period_total_after_notching_or_ending_the_week_with_is_over_the_period(text, day, total):
    found = {(f.subject, f.direction, f.change_pct): multi_day(f) for f in extract_facts(text)}
    assert found == {day: False, total: True}, found


def test_ending_the_week_with_scopes_only_its_own_figure():
    # near miss: the Topix figure after the total is still the day's
    found = {(f.subject, f.change_pct): multi_day(f) for f in extract_facts(
        "The Nikkei 225 rose 0.3% on Friday, ending the week with a 1.1% gain, while the "
        "Topix slipped 0.2%.")}
    assert found == {("Nikkei 225", 0.3): False, ("Nikkei 225", 1.1): True,
                     ("Topix", 0.2): False}, found


@pytest.mark.parametrize("text,expected", [
    ("Hang Seng ends October with 3.8% drop", ("Hang Seng Index", "down", 3.8)),
    ("Over the quarter, the FTSE 100 delivered a 4.1% gain.", ("FTSE 100", "up", 4.1)),
])
def test_a_noun_move_delivered_or_ended_with_right_after_the_name(text, expected):
    found = [f for f in extract_facts(text) if f.kind == "index_move"]
    assert [(f.subject, f.direction, f.change_pct) for f in found] == [expected], found
    assert all(multi_day(f) for f in found)


def test_a_business_figure_delivered_is_not_a_move():
    assert extract_facts("Acme Retail Group delivered a 12% rise in quarterly revenue.") == []


# a period phrase after the first figure still lets the next names share its verb, and its
# period: "lost 5.1% over the week and Chevron 4.3%"
@pytest.mark.parametrize("text,expected", [
    ("Woodside shed 4.6% over the five sessions and Santos 3.9%.",
     {("Woodside Energy", "down", 4.6): True, ("Santos", "down", 3.9): True}),
    ("Rio Tinto gained 3.2% this week, BHP 2.7% and Fortescue 4.1%.",
     {("Rio Tinto", "up", 3.2): True, ("BHP Group", "up", 2.7): True,
      ("Fortescue", "up", 4.1): True}),
    # near miss: a verb of its own is the day's
    ("Rio Tinto gained 3.2% this week and BHP fell 2.7%.",
     {("Rio Tinto", "up", 3.2): True, ("BHP Group", "down", 2.7): False}),
])
def test_a_name_sharing_the_verb_after_a_period_shares_the_period(text, expected):
    found = {(f.subject, f.direction, f.change_pct): multi_day(f) for f in extract_facts(text)}
    assert found == expected, found


# a sector's idioms: a cushion under the market, a pause after a run (told by its members),
# a flight, a beating, gains or losses led in a named market; a company still needs a number
@pytest.mark.parametrize("text,expected", [
    ("State-owned lenders offered a cushion as the index slid.", {("banks", "up", None)}),
    ("Insurers took a breather, with AIA easing 1.1%.",
     {("insurance", "down", None), ("AIA Group", "down", 1.1)}),
    ("Insurers took a breather after a four-day rally.", set()),
    ("Casino operators are flying high on strong Golden Week visitor numbers.",
     {("consumer", "up", None)}),
    ("Coal miners were battered after Beijing ordered output cuts.", {("energy", "down", None)}),
    ("Brokers led Shenzhen gains.", {("brokerage", "up", None)}),
    ("Chip stocks led Kospi losses in the afternoon.", {("semiconductors", "down", None)}),
    # near misses: a company without a number, a cushion that is no sector's
    ("Tencent provided a cushion.", set()),
    ("Softer inflation data provided a cushion for bonds.", set()),
])
def test_a_sector_idiom_of_cushion_breather_or_beating_is_a_sector_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# aluminium's producers and Oslo's seafood stocks are sectors
@pytest.mark.parametrize("text,expected", [
    ("Aluminum producers jumped after Beijing capped smelting capacity.",
     {("materials", "up", None)}),
    ("Salmon farmers slid as spot prices fell for a sixth week.", {("seafood", "down", None)}),
    ("Energy and seafood shares lost ground in Oslo.", {("energy", "down", None),
                                                        ("seafood", "down", None)}),
])
def test_aluminium_and_seafood_are_sectors(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a sector as the object of a beating verb whose subject is a cause; a company there may be
# its business, and the sector as the subject keeps its reading
@pytest.mark.parametrize("text,expected", [
    ("Seoul shares slid as a firmer won hammered carmakers.", {("auto", "down", None)}),
    ("Rising mortgage rates slammed homebuilders.", {("property", "down", None)}),
    ("A spike in bond yields clobbered Japanese utilities.", {("utilities", "down", None)}),
    ("Regional lenders hammered as deposit fears return", {("banks", "down", None)}),
    # near misses: a company as the object, a sector's deal or words, a sector's profits
    ("A guidance cut hammered Infosys.", set()),
    ("Brokers hammered out a settlement with regulators.", set()),
    ("Developers slammed the new stamp duty rules.", set()),
    ("The weak won hammered exporters' margins.", set()),
    ("Bargain hunters picked up battered developers, with Longfor up 3%.",
     {("Longfor Group", "up", 3.0)}),
])
def test_a_sector_beaten_by_a_cause_is_a_sector_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a live blog's update with no subject ("Last up ...") names no company of its own: "Last" is
# none, and the update is the one company moved just before (see the test of "Last" quotes)
@pytest.mark.parametrize("text,expected", [
    ("Sony climbed 4% on the buyback news. Last up 2.9% at ¥3,410.",
     {("Sony Group", "up", 4.0), ("Sony Group", "up", 2.9)}),
    ("Latest: Hitachi +1.8% at ¥4,120.", {("Hitachi", "up", 1.8)}),
    # near miss: a name after "Last week" is still read
    ("Last week Fast Retailing rose 3.5%.", {("Fast Retailing", "up", 3.5)}),
])
def test_a_last_update_fragment_has_no_subject_of_its_own(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a point or price change beside its percent is one statement, one fact
@pytest.mark.parametrize("text,expected", [
    ("Nifty +0.5% (+121 pts) at 24,810.", [("Nifty 50", 0.5, 121.0, 24810.0, None)]),
    ("Samsung up 1,200 won at 58,400 won (+2.1%).", [("Samsung Electronics", 2.1, None, None, 58400.0)]),
    ("The Hang Seng was down 180 points at 20,050 (-0.9%) by midday.",
     [("Hang Seng Index", 0.9, 180.0, 20050.0, None)]),
    # near miss: the open's points and the close's percent are two moves
    ("The Nikkei opened 150 points higher and closed up 0.4%.",
     [("Nikkei 225", None, 150.0, None, None), ("Nikkei 225", 0.4, None, None, None)]),
])
def test_a_change_beside_its_percent_is_one_fact(text, expected):
    found = [(f["subject"], f.get("change_pct"), f.get("points"), f.get("level"), f.get("price"))
             for f in moves(text)]
    assert found == expected, found


# a move trimmed or carried on to a figure, and a live blog's ", now +0.3%" after the turn
@pytest.mark.parametrize("text,expected", [
    ("The Nikkei trims its gain to 0.4% by the lunch break.", {("Nikkei 225", "up", 0.4)}),
    ("The CAC 40 extends its loss to 1.2% after the PMI.", {("CAC 40", "down", 1.2)}),
    ("Toyota pares its losses to 0.8%.", {("Toyota Motor", "down", 0.8)}),
    ("The Hang Seng pares gains, now +0.6%.", {(HSI, "up", 0.6)}),
    ("Sony adds to losses, now down 2.3%.", {("Sony Group", "down", 2.3)}),
    ("Tencent adds to gains, now up 1.9% at HK$520.", {("Tencent Holdings", "up", 1.9)}),
    # near misses: a turned move's figure is not the verb's way; no figure; a "now that" clause
    ("Sony pares gains, now -0.2%.", set()),
    ("Toyota trims its gain.", set()),
    ("Fast Retailing gains, now that the yen is weaker.", set()),
])
def test_a_move_trimmed_or_extended_to_its_figure(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a time opening the clause with no comma is the preposition's object; the name after it moved
@pytest.mark.parametrize("text,expected", [
    ("At midday the Hang Seng is 0.7% higher.", {(HSI, "up", 0.7)}),
    ("By the close the CAC 40 had slipped 0.4%.", {("CAC 40", "down", 0.4)}),
    ("10:40 GMT – Halfway through the morning the DAX is 0.2% lower.", {("DAX", "down", 0.2)}),
    # near miss: a name inside the preposition's phrase is not the subject
    ("Stocks in the Hang Seng fell 0.3%.", set()),
])
def test_a_fronted_time_without_a_comma_leaves_the_subject_after_it(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# one sentence telling a move's percent, then its points and level: one move, one fact
@pytest.mark.parametrize("text,expected", [
    (("Taiwan shares closed up 0.8 percent on Tuesday, with the Taiex ending at 22,100.5, "
      "up 175.3 points."), {("Taiex", "up", 0.8, 175.3, 22100.5)}),
    (("Seoul share prices ended down 1.1 percent, with the Kospi finishing at 2,590.4, "
      "off 28.8 points."), {("Kospi", "down", 1.1, 28.8, 2590.4)}),
    # near miss: the points are the week's, another move
    (("Taiwan shares rose 0.8 percent on Friday, with the Taiex ending the week at 22,100.5, "
      "up 175.3 points."), {("Taiex", "up", 0.8, None, None),
                          ("Taiex", "up", None, 175.3, 22100.5)}),
])
def test_percent_and_points_of_one_sentence_are_one_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct"), f.get("points"), f.get("level"))
             for f in moves(text)}
    assert found == expected, found


# a flat close told as a participle after a comma ("fared better, closing flat")
@pytest.mark.parametrize("text,expected", [
    ("The domestically focused FTSE 250 held up better, ending flat.", {("FTSE 250", "flat")}),
    ("The Dax rose 0.5%; the CAC 40 lagged, finishing unchanged.",
     {("DAX", "up"), ("CAC 40", "flat")}),
    ("The Nikkei swung between gains and losses, closing flat.", {("Nikkei 225", "flat")}),
    # near misses: the flat close of what no name stands for; the day's own move already told
    ("The Nikkei fell 0.8%. Investors stayed cautious, ending flat on the week.",
     {("Nikkei 225", "down")}),
    ("The Hang Seng Index rose 1% on Friday, closing flat.", {("Hang Seng Index", "up")}),
])
def test_a_flat_close_after_a_comma(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text)}
    assert found == expected, found


# after a sector's sub-index, "the broader benchmark" is the index its name opens with
@pytest.mark.parametrize("text,expected", [
    ("The S&P 500 energy sector fell 2% and the broader gauge slipped 0.3%.",
     {("energy", "down", 2.0), ("S&P 500", "down", 0.3)}),
    ("The Hang Seng Tech Index lost 3%, while the wider index eased 0.5%.",
     {(HSTECH, "down", 3.0), (HSI, "down", 0.5)}),
    ("The STOXX 600 banks index jumped 1.8%, with the broader benchmark up 0.4%.",
     {("Stoxx Europe 600 Banks", "up", 1.8), ("Stoxx Europe 600", "up", 0.4)}),
    # near misses: a narrower index, no sector's; the broader one of another sentence
    ("The Nasdaq 100 rose 1%, while the broader benchmark gained 0.5%.",
     {("Nasdaq 100", "up", 1.0)}),
    ("The FTSE 100 rose 1%. The wider index gained 0.5%.", {("FTSE 100", "up", 1.0)}),
])
def test_the_broader_index_after_a_sector_sub_index_is_its_parent(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a theme or product before its trend noun ("ASIC demand", "the Labubu craze") is no second
# company, so "the shares" after it still belong to the one company named
@pytest.mark.parametrize("text,expected", [
    ("Nomura raised Kestrel Optics to buy on AI ASIC demand; the shares jumped 4%.",
     {("Kestrel Optics", "up", 4.0)}),
    ("Citi cut Quillon Toys to sell as the Mooncat craze fades, and the shares sank 6.4%.",
     {("Quillon Toys", "down", 6.4)}),
    ("Analysts upgraded Quillon Toys on the Mooncat hype, and the shares rose 5%.",
     {("Quillon Toys", "up", 5.0)}),
    ("Brokers turned upbeat on Vantor Networks given surging ASIC capex, and the stock rose 2.5%.",
     {("Vantor Networks", "up", 2.5)}),
    # near miss: two companies named, neither a theme: "the shares" stays unresolved
    ("Citi cut Quillon Toys to sell as Mooncat Games gained, and the shares sank 6.4%.", set()),
])
def test_a_theme_before_its_trend_noun_is_no_company(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a phrase of where or when opening the clause ("On the mainland", "In the afternoon") sets the
# scene: the name right after it, comma or not, is the subject, not the preposition's object
@pytest.mark.parametrize("text,expected", [
    ("On the mainland BYD rose 2.1% and Moutai slipped 0.4%.",
     {("BYD", "up", 2.1), ("Kweichow Moutai", "down", 0.4)}),
    ("In the afternoon Tencent extended gains to 3.2%.", {("Tencent Holdings", "up", 3.2)}),
    ("Tencent rose 1.5%; among the laggards Meituan slid 2.7%.",
     {("Tencent Holdings", "up", 1.5), ("Meituan", "down", 2.7)}),
    # near miss: a name inside a longer phrase is still the preposition's object
    ("Orders at the unit Zorblax Semi rose 5%.", set()),
])
def test_a_scene_setting_phrase_leaves_the_name_after_it_the_subject(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# "each"/"both" between the clause's comma and a participle: the figure is every subject's
@pytest.mark.parametrize("text,expected", [
    ("Renault and Stellantis tracked it lower, each shedding about 3%.",
     {("Renault", "down", 3.0), ("Stellantis", "down", 3.0)}),
    ("Rio and BHP followed iron ore higher, both gaining 1.6%.",
     {("Rio Tinto", "up", 1.6), ("BHP Group", "up", 1.6)}),
    # near miss: a participle after "each" that tells no move
    ("Renault and Stellantis held talks, each seeing 3% downside.", set()),
])
def test_each_before_a_participle_shares_the_figure_with_the_list(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a live blog's or a bullet's verbless sector state: a state word right after a plural sector
# head that opens its clause; not after a company, a commodity or a currency, nor a noun
@pytest.mark.parametrize("text,expected", [
    ("11:40 ET – Utilities bid after the rate ruling; Duke Energy +2.2%.",
     {("utilities", "up", None), ("Duke Energy", "up", 2.2)}),
    ("Hang Seng -0.8%. Developers weak, Longfor -3.1%.",
     {("Hang Seng Index", "down", 0.8), ("property", "down", None),
      ("Longfor Group", "down", 3.1)}),
    ("Seoul at midday —\nKospi: 2,611.2 (+0.4%)\nChipmakers firm; SK Hynix +1.9%",
     {("Kospi", "up", 0.4), ("semiconductors", "up", None), ("SK Hynix", "up", 1.9)}),
    ("Insurers in demand again as yields climb.", {("insurance", "up", None)}),
    ("Airline names cooling off after the fuel-price jump.", {("consumer", "down", None)}),
    ("Topix slips 1%; carmakers hit", {("Topix", "down", 1.0), ("auto", "down", None)}),
    # near misses: a noun after a sector word, a singular head, a commodity, a currency, a
    # state inside a clause, "heavy on" a holding
    ("Energy firm Ridgeway Petroleum said output rose.", set()),
    ("Tech weak.", set()),
    ("Oil firm; yen weak.", set()),
    ("Analysts said demand for steelmakers weak.", set()),
    ("Miners heavy on debt face refinancing.", set()),
])
def test_a_telegraphic_sector_state_is_a_sector_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a live blog's "'s" before "the" is "is" (no possessive comes before an article): the rank
# and the figure after it are the name's
@pytest.mark.parametrize("text,expected", [
    ("Energy's the worst sector this morning, down 0.9%.", {("energy", "down", 0.9)}),
    ("Alibaba's the top gainer on the index, up 3.1%.", {("Alibaba Group", "up", 3.1)}),
    # near miss: a possessive before a noun, its figure the share's, not the name's move
    ("Energy's share of the index, up 2% this year, is a record.", set()),
])
def test_an_is_contracted_to_s_before_the_keeps_its_subject(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a place after a preposition of location ("in Shenzhen and ...") is where the last move was:
# the name after "and" is the next company, not the tail of "<place> and <name>"
@pytest.mark.parametrize("text,expected", [
    ("Zorblax Semi resumed trading in Shanghai and Qulon Tech surged 9.8%.",
     {("Qulon Tech", "up", 9.8)}),
    ("Zorblax Semi rose 3% in Tokyo and Qulon Tech slid 2.1%.",
     {("Zorblax Semi", "up", 3.0), ("Qulon Tech", "down", 2.1)}),
    ("Brokers were busiest at Shenzhen and Qulon Tech climbed 4%.", {("Qulon Tech", "up", 4.0)}),
    # near miss: a place going on into a place-led company stays one name
    ("Investors added to positions in Hong Kong and China Gas, which rose 2%.",
     {("Hong Kong and China Gas", "up", 2.0)}),
])
def test_a_place_after_in_is_no_part_of_the_next_name(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found


# a later clause's "the shares"/"the stock" after a house's rating change: the rated
# company's shares, never the house's, though the company be a lone unknown word
@pytest.mark.parametrize("text,expected", [
    (("Stock watch: Barclays cuts Vexmora to underweight, citing weak orders; the shares "
      "are down 5.2%."), {("Vexmora", "down", 5.2)}),
    ("Deal desk: UBS upgrades Kering to buy and the stock is up 2.8%.", {("Kering", "up", 2.8)}),
    ("Jefferies initiates coverage of Quorvant at buy; the stock climbs 3.1%.",
     {("Quorvant", "up", 3.1)}),
    ("HSBC moves Kering from hold to buy, and the shares rise 1.7%.", {("Kering", "up", 1.7)}),
    # near miss: another company named after the rated one: whose shares?
    ("UBS upgrades Quorvant to buy while Vexmora reports; the shares rise 2%.", set()),
])
def test_shares_after_a_rating_change_are_the_rated_company(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a negation opening a live line is no unknown name, so "the stock" after it is the one
# company named: "Not a good day for ... holders: the stock is off 6%"
@pytest.mark.parametrize("text,expected", [
    ("Not a happy session for Nvidia bulls: the stock is off 6 per cent.",
     {("Nvidia", "down", 6.0)}),
    ("Never a dull day for Tesla holders: the shares are up 4.4%.", {("Tesla", "up", 4.4)}),
])
def test_a_negation_opener_names_no_company(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a preposition's object is the relative pronoun after it ("in which", "during which"):
# the name after that is the relative clause's own subject
@pytest.mark.parametrize("text,expected", [
    ("Asian stocks look set for a weak start after a rout, in which the Nasdaq shed 2.2%.",
     {("Nasdaq Composite", "down", 2.2)}),
    ("It was a quiet session, during which the FTSE 100 edged up 0.2%.",
     {("FTSE 100", "up", 0.2)}),
    # near miss: the name after "in which" holds a stake; the move is the aside's owner's
    ("Toyota, in which Denso holds a stake, fell 2%.", {("Toyota Motor", "down", 2.0)}),
])
def test_a_name_after_a_preposition_and_which_is_the_clause_subject(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a live line's subjectless quote ("Last up 6.8% at ¥24,950") is the one company the line
# before named and moved
@pytest.mark.parametrize("text,expected", [
    ("Advantest jumped as much as 8.2% after its results. Last up 5.9% at ¥11,420.",
     {("Advantest", "up", 8.2), ("Advantest", "up", 5.9)}),
    ("Fanuc slid 4.4% on a weak order outlook. Last -3.1%.",
     {("Fanuc", "down", 4.4), ("Fanuc", "down", 3.1)}),
    # near miss: the line before names two companies; whose quote?
    ("Advantest jumped 8.2%, outpacing Tokyo Electron. Last up 5.9%.",
     {("Advantest", "up", 8.2)}),
])
def test_a_last_quote_line_is_the_one_company_before(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# advice against joining a move ("avoid chasing rallies in", "fade gains in") tells no move
# of the sector; a move told beside such a word still is one
@pytest.mark.parametrize("text,expected", [
    ("The broker cautioned against chasing rallies in solar stocks.", set()),
    ("Investors should fade gains in property developers, Daiwa said.", set()),
    # near misses: selling and a rally that happened are moves
    ("Foreign selling hits chip stocks as the Kospi falls 1.4%.",
     {("semiconductors", "down", None), ("Kospi", "down", 1.4)}),
    ("A rally in chip stocks lifted the Kospi 1.2%.",
     {("semiconductors", "up", None), ("Kospi", "up", 1.2)}),
])
def test_advice_against_chasing_a_move_is_no_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a live blog's present-tense idiom of a sector's run ("names are flying", "are on fire"),
# as its past tense ("were on fire"): a sector's way; a company needs its number
@pytest.mark.parametrize("text,expected", [
    ("11:20 — Solar names are flying after the subsidy news; LONGi +7%.",
     {("solar", "up", None), ("LONGi Green Energy Technology", "up", 7.0)}),
    ("Chip stocks are on fire again this morning.", {("semiconductors", "up", None)}),
    ("Airline shares are flying high as jet fuel costs ease.", {("consumer", "up", None)}),
    # near misses: a carrier's flights and rumours are no move
    ("Airlines are flying more routes to Tokyo this summer.", set()),
    ("Rumours are flying that Tencent will bid for the studio.", set()),
])
def test_a_sector_flying_or_on_fire_is_its_run(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a headline's bare "property" opening a clause is the sector, as "tech" is ("as tech
# sinks"); before "prices" or "market" it is homes, not shares
@pytest.mark.parametrize("text,expected", [
    ("Hang Seng climbs 1.2% as property rallies on rate-cut hopes",
     {("Hang Seng Index", "up", 1.2), ("property", "up", None)}),
    ("Property slides 2.5% as China Vanke misses a coupon",
     {("property", "down", 2.5)}),
    # near misses: home prices and the housing market are no share moves
    ("Property prices fell 1.3% in October from a year earlier.", set()),
    ("Property market slumped 4% last year.", set()),
])
def test_a_bare_property_opening_a_clause_is_the_sector(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a participle after what is said or feared describes a noun ("saying rising costs could
# pressure margins"): no move of the company named before; a figure still makes it a move
@pytest.mark.parametrize("text,expected", [
    (("Morgan Stanley cut Baxter Foods to equal-weight, saying rising input costs could squeeze "
     "margins next year."), set()),
    ("Nomura downgraded CK Asset, warning falling rents would weigh on earnings.", set()),
    ("Li Ning slid 4.1% after the company said rising competition would hurt sales.",
     {("Li Ning", "down", 4.1)}),
])
def test_a_participle_after_a_saying_verb_is_no_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a bullet's label: a bare way word right after a plural sector head, before the colon of its
# members' figures, is the sector's move; a colloquial state ("on a tear") and a people before
# the head ("French banks hit:") too; not a label with no figures after it, nor a market word
@pytest.mark.parametrize("text,expected", [
    ("Tokyo midday:\n- Trading houses up: Mitsui & Co +2.1%",
     {("trading houses", "up", None), ("Mitsui & Co", "up", 2.1)}),
    ("Steelmakers lower: POSCO Holdings -2.4%.",
     {("materials", "down", None), ("POSCO Holdings", "down", 2.4)}),
    ("Casinos higher: Galaxy Entertainment +3.3%, Sands China +2.8%",
     {("consumer", "up", None), ("Galaxy Entertainment Group", "up", 3.3),
      ("Sands China", "up", 2.8)}),
    ("Insurers on a tear: Ping An +4.2%.", {("insurance", "up", None), ("Ping An Insurance", "up", 4.2)}),
    ("French banks hit: BNP Paribas -3.1%.",
     {("banks", "down", None), ("BNP Paribas", "down", 3.1)}),
    # near misses: no figure after the colon, a market word as head, a label inside a clause
    ("Banks lower: deposit rates cut by 25 basis points.", set()),
    ("Stocks up: Ping An +1.2%.", {("Ping An Insurance", "up", 1.2)}),
    ("Regulators said lenders lower: UniCredit -1.1%.", {("UniCredit", "down", 1.1)}),
])
def test_a_sector_label_before_its_members_figures_is_its_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# cruise lines are travel and leisure, entertainment agencies and K-pop labels media: a
# sector each, not a company named "Cruise" or "Entertainment"
@pytest.mark.parametrize("text,expected", [
    ("Cruise lines slumped 3% as fuel costs climbed.", {("travel and leisure", "down", 3.0)}),
    ("Cruise stocks rallied after Norwegian lifted its outlook.", {("travel and leisure", "up", None)}),
    ("Entertainment agencies fell on the Kosdaq.", {("media", "down", None)}),
    ("K-pop labels slid 2.4% after a weak quarter.", {("media", "down", 2.4)}),
    # near misses: agencies without a sector word, a company's unit
    ("The rating agencies fell silent on the matter.", set()),
    ("The group's entertainment unit fell short of forecasts.", set()),
])
def test_cruise_lines_and_entertainment_agencies_are_sectors(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a company's own news joined to its move by "and": the figure after the second verb is
# the company's ("raised guidance and jumped 4.3%"); another noun after "and" is not
@pytest.mark.parametrize("text,expected", [
    ("Insurers rose 1.2% after Allianz raised its outlook and gained 3.4%.",
     {("insurance", "up", 1.2), ("Allianz", "up", 3.4)}),
    ("Nestle missed sales estimates and slid 3.2% in Zurich.", {("Nestle", "down", 3.2)}),
    ("Adidas trimmed its full-year forecast and its shares fell 2.6%.", {("Adidas", "down", 2.6)}),
    # near misses: the figure belongs to a business line, or to nobody named
    ("Unilever cut 7,500 jobs and margins improved 2%.", set()),
    ("Apple cut its iPhone forecast and suppliers fell 2%.", set()),
    ("Shell raised its dividend and said profit rose 5%.", set()),
])
def test_a_move_joined_to_the_company_s_own_news(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a sector "in reverse" fell (a weak idiom: a company, or a rally, needs more)
@pytest.mark.parametrize("text,expected", [
    ("Carmakers were in reverse after a price cut by a rival.", {("auto", "down", None)}),
    ("Bank stocks went into reverse in the afternoon session.", {("banks", "down", None)}),
    ("Chip stocks were in reverse gear as yields climbed.", {("semiconductors", "down", None)}),
    # near misses: a company with no figure, a rally
    ("Tesla went into reverse after its results.", set()),
    ("The rally went into reverse as yields rose.", set()),
])
def test_a_sector_in_reverse_fell(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


@pytest.mark.parametrize("text,expected", [
    ("Coty shares jumped on Monday. The stock added more than 2% to begin the week.",
     {"subject": "Coty", "direction": "up", "change_pct": 2.0}),
    ("Greggs slumped 6% after the profit warning. The stock is down 40% this year.",
     {"subject": "Greggs", "direction": "down", "change_pct": 40.0}),
])
def test_the_stock_is_a_lone_word_whose_shares_moved_in_the_last_sentence(text, expected):
    assert has(moves(text), expected), moves(text)


def test_the_stock_is_not_a_lone_word_that_did_not_move():
    text = "Beauty group Coty agreed the deal. The stock added 2% on Monday."
    second = text.index(". ") + 2
    assert [f for f in extract_facts(text) if f.span[0] >= second] == [], moves(text)


# a rank on a named index, its possessive taking the room a bare "among the * gainers" gives
@pytest.mark.parametrize("text,expected", [
    ("Homebuilders were among the S&P 500's biggest gainers.", {("property", "up", None)}),
    ("Miners were among the FTSE 100's top risers.", {("mining", "up", None)}),
    ("Nvidia was among the Nasdaq 100's biggest decliners, down 3.1%.", {("Nvidia", "down", 3.1)}),
    ("Airlines were among the Stoxx 600's biggest fallers as oil jumped.",
     {("consumer", "down", None)}),
    # near miss: a size rank among the index's members, no move
    ("Energy is among the S&P 500's biggest sectors by weight.", set()),
])
def test_a_rank_among_a_named_index_s_movers(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a headline's high or low of years told as a superlative, with no article
@pytest.mark.parametrize("text,expected", [
    ("Japanese banks hit highest since 2007 on rate hike bets", {("banks", "up", None)}),
    ("Nikkei hits highest in 34 years", {("Nikkei 225", "up", None)}),
    ("Steelmakers touched their lowest since 2020 as demand faded.", {("materials", "down", None)}),
    ("Barclays hit its highest since 2008, up 2.1%.", {("Barclays", "up", 2.1)}),
    # near misses: hit by something highest; a rate, not a stock
    ("Lenders were hit by the highest funding costs since 2008.", set()),
    ("Unemployment hit its highest since 2021.", set()),
])
def test_a_high_of_years_told_as_a_superlative(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a sector that followed its commodity's price, the price named with its own words
@pytest.mark.parametrize("text,expected", [
    ("Gold miners tracked spot gold prices up.", {("materials", "up", None)}),
    ("Energy stocks tracked Brent crude futures lower after the OPEC meeting.",
     {("energy", "down", None)}),
    ("Steelmakers tracked iron ore prices down, with JFE off 1.8%.",
     {("materials", "down", None), ("JFE", "down", 1.8)}),
    ("Woodside tracked Brent crude prices lower.", {("Woodside Energy", "down", None)}),
    # near miss: "tracked down" is finding
    ("Investigators tracked the shares down to an offshore account.", set()),
])
def test_a_sector_that_tracked_its_commodity_s_price(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


@pytest.mark.parametrize("text,price", [
    ("Seoul movers:\n- Hyundai Motor +2.2% (Citi: Buy, TP 300,000 won)", None),
    ("Kia rose 1.8% (target price 140,000 won) after the results.", None),
    ("Meituan fell 3% after Citi cut its target to HK$165 from HK$190.", None),
    # near misses: the company Target, a target named after the price
    ("Target fell 3% to $120 after its results.", 120.0),
    ("Tencent rose 2% to HK$420, near Morgan Stanley's target.", 420.0),
])
def test_an_analyst_s_target_is_not_the_price(text, price):
    found = [f for f in extract_facts(text) if f.kind == "stock_move"]
    assert len(found) == 1 and found[0].price == price, found


@pytest.mark.parametrize("text,expected", [
    ("Value stocks rose 0.8% on Thursday, while growth stocks fell 0.5%.",
     {("value stocks", "up", 0.8), ("growth stocks", "down", 0.5)}),
    ("Growth names sagged as Treasury yields jumped.", {("growth stocks", "down", None)}),
    # near misses: the value of shares, growth of wages, a company's growth
    ("The value of shares traded fell 5% from Monday.", set()),
    ("Shares of high-growth companies fell 3% on average.", set()),
])
def test_investment_styles_are_sectors(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "sector_move"}
    assert found == expected, found


@pytest.mark.parametrize("text,expected", [
    ("IC designers rallied 3% while memory names slipped 1.5%.",
     {("semiconductors", "up", 3.0), ("memory chips", "down", 1.5)}),
    ("Taipei edged up, supported by gains in old-economy stocks.",
     {("old economy stocks", "up", None)}),
    ("Solar-glass makers jumped 6% after Beijing's pledge.", {("solar", "up", 6.0)}),
    ("Auto suppliers fell 2% after the tariff news.", {("auto", "down", 2.0)}),
    # near misses: a price of chips, a company's suppliers, a business line
    ("Memory chip prices rose 5% in the quarter.", set()),
    ("Apple suppliers fell 2% after the tariff news.", set()),
    ("Samsung Electronics' memory business grew 12%.", set()),
])
def test_sectors_named_by_product_line_or_era(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "sector_move"}
    assert found == expected, found


@pytest.mark.parametrize("text,expected", [
    # a note's own description and a description by another company are asides
    ("Anta Sports, our top pick, fell 3.2% yesterday.", {("Anta Sports Products", "down", 3.2)}),
    ("Anta Sports, Li Ning's closest rival, fell 3.2% yesterday.",
     {("Anta Sports Products", "down", 3.2)}),
    # near miss: a list is no aside
    ("Anta Sports, Li Ning and Xtep fell 3.2%, 2.1% and 1.5%, respectively.",
     {("Anta Sports Products", "down", 3.2), ("Li Ning", "down", 2.1),
      ("Xtep International", "down", 1.5)}),
])
def test_an_appositive_after_a_name_is_no_mover(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a sector whose own verb is no move word, told by its named members' moves after it
@pytest.mark.parametrize("text,expected", [
    ("Lenders played catch-up, with NatWest up 2.4% and Lloyds rising 1.9%.", ("banks", "up")),
    ("14:10 CET — Automakers under pressure as tariff talk returns: Stellantis -3.1%, Renault -2.7%.",
     ("auto", "down")),
    ("Chipmakers carried the session, with Tokyo Electron surging 4.4%.",
     ("semiconductors", "up")),
    ("Steelmakers have had a rough week — JFE Holdings down 2.2%, Nippon Steel down 1.6%.",
     ("materials", "down")),
])
def test_a_sector_told_by_its_members_moves(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "sector_move"}
    assert found == {(*expected, None)}, found  # the figures are the members', not the sector's


@pytest.mark.parametrize("text", [
    "Lenders were mixed, with NatWest up 2.4% and Lloyds down 1.1%.",
    "Lenders were mixed, with NatWest up 2.4%.",  # one named, the rest told mixed
    "Lenders held up better, with NatWest up 0.4%.",  # relative, no way of its own
    "Investors sold lenders, with NatWest down 2.4%.",  # the sector is no subject
    "Lenders: Barclays up 2.4%, Lloyds up 1.9%.",  # a label, no clause of the sector's
    "Lenders were quiet, with the FTSE 100 up 0.3%.",  # no member: an index
    "Lenders had a busy day, with NatWest up 2.4% while Lloyds slipped 1%.",
])
def test_no_sector_move_from_members_that_are_not_one_way_or_not_its_own(text):
    found = [f for f in moves(text) if f["kind"] == "sector_move"]
    assert not found, found


# India's state-run companies after a sector word are that sector's group, never a company
# called "PSUs" (a wrong name in a post is worse than a sector missed)
@pytest.mark.parametrize("text,expected", [
    ("Midcaps slid 1.9%, with defence PSUs the worst hit.",
     {("mid caps", "down", 1.9), ("defence", "down", None)}),
    ("Oil PSUs rallied after the windfall tax was scrapped.", {("energy", "up", None)}),
    ("Power PSEs firmed up, NTPC gaining 2.4%.", {("energy", "up", None), ("NTPC", "up", 2.4)}),
    # near miss: no sector word before it, no company either
    ("PSUs slumped 3% on the divestment news.", set()),
])
def test_state_run_companies_after_a_sector_word_are_a_sector(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# "and other" joins sectors listed before their move, as it does after a verb ("lifted
# banks and other lenders")
@pytest.mark.parametrize("text,expected", [
    ("Hong Kong stocks rose as brokers and other financial stocks rallied.",
     {("brokerage", "up", None), ("financials", "up", None)}),
    ("Carmakers and other Korean exporters' shares fell after the tariff headline.",
     {("auto", "down", None), ("exporters", "down", None)}),
    ("Developers, builders and other property names extended losses.",
     {("property", "down", None)}),
    # near misses: a company is no sector of the list; a new clause after its own move
    ("Tencent and other tech names slid.", {("technology", "down", None)}),
    ("Miners fell, and other commodity stocks were little changed.",
     {("mining", "down", None), ("materials", "flat", None)}),
])
def test_and_other_joins_sectors_before_their_move(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# "luxury goods" names the luxury sector before a head noun ("luxury goods makers")
@pytest.mark.parametrize("text,expected", [
    ("Paris lagged as a sell-off in luxury goods makers deepened.", {("luxury", "down", None)}),
    ("Luxury goods stocks rebounded 2.1% on hopes of Chinese stimulus.", {("luxury", "up", 2.1)}),
    # near miss: the goods themselves are no sector
    ("Sales of luxury goods rose 5% in the quarter.", set()),
])
def test_luxury_goods_makers_are_the_luxury_sector(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# a relative verb ("bucked the trend") with its size and way told as a noun after "with"
@pytest.mark.parametrize("text,expected", [
    ("Shares in Tokyo fell 1%, but Toyota bucked the trend with a 2.3% gain.",
     {("Toyota Motor", "up", 2.3)}),
    ("The DAX slid 1.1%, while Siemens Energy bucked the weak market with a gain of 4.1 percent.",
     {("DAX", "down", 1.1), ("Siemens Energy", "up", 4.1)}),
    ("Honda bucked the trend with a decline of 1.4 per cent.", {("Honda Motor", "down", 1.4)}),
    # near misses: no size after the verb; a size that is another thing's
    ("Toyota bucked the trend.", set()),
    ("Honda bucked the trend with a 2% gain in sales.", set()),
])
def test_bucked_the_trend_with_a_size_noun(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)}
    assert found == expected, found


# Hong Kong's tech index by a short name: without an article in a headline or a bullet
# ("tech index adds 1.2%"), or "the tech-heavy gauge" after the city's benchmark
@pytest.mark.parametrize("text,expected", [
    ("HK shares open firmer; Hang Seng up 0.6%, tech index adds 1.1%",
     {(HSI, "up", 0.6), (HSTECH, "up", 1.1)}),
    ("Hang Seng drops 1.8%, tech gauge sinks 2.9% as chipmakers slide",
     {(HSI, "down", 1.8), (HSTECH, "down", 2.9)}),
    ("Hong Kong's benchmark gained 0.5%. The tech-heavy gauge climbed 1.3%, led by Meituan.",
     {(HSI, "up", 0.5), (HSTECH, "up", 1.3)}),
    ("The Hang Seng Index eased 0.4%, while the tech-focused index lost 0.9%.",
     {(HSI, "down", 0.4), (HSTECH, "down", 0.9)}),
    # near misses: another market's tech index is not Hong Kong's
    ("US stocks: S&P 500 up 0.5%, tech index gains 1.2%", {("S&P 500", "up", 0.5)}),
    ("Wall Street fell. The Nasdaq lost 1.5%, and the tech-heavy gauge is down 6% this month.",
     {("Nasdaq Composite", "down", 1.5), ("Nasdaq Composite", "down", 6.0)}),
])
def test_hong_kongs_tech_index_by_a_short_name(text, expected):
    found = [f for f in moves(text) if f["kind"] == "index_move"]
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a figure under or over the last close is the move since it, as futures and early quotes are
# told; under a record's or a peak's close it is a distance, no move
@pytest.mark.parametrize("text,expected", [
    ("Hang Seng Index futures were 210 points, or 0.9%, below the previous close at 23,180.",
     {("Hang Seng Index futures", "down", 0.9)}),
    ("Nikkei futures traded 0.7% above the prior close in Osaka.",
     {("Nikkei 225 futures", "up", 0.7)}),
    ("HSI futures were trading 150 points below the index's last close.",
     {("Hang Seng Index futures", "down", None)}),
    ("The FTSE 100 was 0.4% above its previous close shortly after the open.",
     {("FTSE 100", "up", 0.4)}),
    # near misses: a distance from a record is no day's move
    ("The S&P 500 is now 6.2% below its record close.", set()),
    ("The Kospi ended 3% below the record close it set in July.", set()),
])
def test_a_figure_below_the_previous_close_is_a_move(text, expected):
    found = [f for f in moves(text) if f["kind"] == "index_move"]
    assert {(f["subject"], f["direction"], f.get("change_pct")) for f in found} == expected, found


# a sector's gauge told as an index "tracking" the sector, as "a gauge of" it is
@pytest.mark.parametrize("text,expected", [
    ("An index tracking Chinese developers listed in Hong Kong slid 2.4%.", {("property", "down", 2.4)}),
    ("A sub-index tracking insurers jumped 3.2% on Thursday.", {("insurance", "up", 3.2)}),
    ("A Bloomberg gauge tracking chipmakers fell 1.9%.", {("semiconductors", "down", 1.9)}),
    # near miss: an ETF tracking a sector is a fund, no sector gauge
    ("An ETF tracking chipmakers rose 2%.", set()),
])
def test_index_tracking_a_sector_is_its_gauge(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "sector_move"}
    assert found == expected, found


# an index compiler's sector gauge told by a bare sector word ("the CSI liquor index"); its
# proper name in capitals is an index ("The CSI Liquor Index")
@pytest.mark.parametrize("text,expected", [
    ("The CSI baijiu index slid 1.6% as Moutai fell.", {("sector_move", "liquor", "down", 1.6)}),
    ("A KRX shipbuilding index climbed 4.1% on Friday.", {("sector_move", "shipbuilding", "up", 4.1)}),
    ("The KRX defence-related index gained 2.5%.", {("sector_move", "defence", "up", 2.5)}),
    # near misses: the index's own name; a consumer price index's part with no compiler
    ("The CSI Liquor Index lost 3.1% on Monday.", {("index_move", "CSI Liquor Index", "down", 3.1)}),
    ("The food index rose 0.3% in May.", set()),
])
def test_compiler_sector_index_is_the_sectors_gauge(text, expected):
    found = {(f["kind"], f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] in ("sector_move", "index_move")}
    assert found == expected, found


# a sector in a cause phrase: "the" trend noun and a superlative before the sector, a place
# on the second sector of an agent's list, a company's "and other" sector
@pytest.mark.parametrize("text,expected", [
    ("The Nasdaq fell 1.2% as the sell-off in chip stocks deepened.", {("semiconductors", "down")}),
    ("A slump in the largest bank stocks pulled the Topix lower.", {("banks", "down")}),
    ("The Kospi slid 1.1%, weighed down by shipbuilders and Korean chipmakers.",
     {("shipbuilding", "down"), ("semiconductors", "down")}),
    ("Hang Seng stocks fell, dragged down by losses in Anta Sports and other sportswear names.",
     {("consumer", "down")}),
    # near misses: a judged trend; a buying flow; a company list with no "other"
    ("Strategists said the sell-off in chip stocks looks overdone.", set()),
    ("Foreign investors piled into the largest bank stocks.", set()),
    ("The index fell, dragged down by losses in Anta Sports and Li Ning.", set()),
])
def test_sector_in_a_cause_phrase(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # an equal-weight index's parent, told by its weighting: the index the variant is of
    ("The equal-weight S&P 500 rose 0.9%, outpacing the cap-weighted index's 0.3% gain.",
     [("S&P 500 Equal Weight Index", 0.9), ("S&P 500", 0.3)]),
    ("The equal-weighted Nasdaq 100 added 1.4%, ahead of the cap-weighted benchmark's 0.6% rise.",
     [("Nasdaq-100 Equal Weighted Index", 1.4), ("Nasdaq 100", 0.6)]),
    ("The S&P 500 Equal Weight Index fell 0.5%, while the cap-weighted version slipped 0.2%.",
     [("S&P 500 Equal Weight Index", 0.5), ("S&P 500", 0.2)]),
    # near miss: no equal-weight index named, so no parent to name (not the Russell 2000)
    ("The Russell 2000 rose 1.2%, beating the cap-weighted benchmark's 0.4% gain.",
     [("Russell 2000", 1.2)]),
])
def test_the_cap_weighted_index_is_the_equal_weight_index_parent(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # a company story that names no index: "the benchmark" is its market's
    (("HKEX rose 4% after record turnover. AIA Group fell 3%, dragging the "
      "benchmark, which ended 0.5% lower."), [("Hang Seng Index", 0.5)]),
    ("Wesfarmers gained 2.2% after its results, outpacing the local benchmark's 0.4% rise.",
     [("S&P/ASX 200", 0.4)]),
    ("Hang Seng Bank slid 3.1% as HSBC fell 2%, pulling the city's benchmark lower.",
     [("Hang Seng Index", None)]),
    # near misses: a benchmark yield; after an index named before, not the market's own
    ("Treasuries rallied and the benchmark 10-year yield fell 6 basis points to 4.21%.", []),
    ("The Nasdaq 100 rose 1.2%. Apple gained 2%, while the benchmark closed 0.8% higher.",
     [("Nasdaq 100", 1.2)]),
])
def test_the_benchmark_of_a_report_that_names_no_index(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == expected, found


# a sector's run stalling or souring told as an idiom, no number; a sector's only
@pytest.mark.parametrize("text,expected", [
    ("Insurers ran out of steam after a two-week rally.", {("insurance", "down")}),
    ("Robotics plays cooled off on Thursday.", {("robotics", "down")}),
    ("Chinese property shares entered a technical correction on Monday.", {("property", "down")}),
    # near misses: the economy cooling, an index's correction (told with its figure elsewhere)
    ("The economy cooled off in the third quarter.", set()),
    ("The Nasdaq entered correction territory on Thursday.", set()),
])
def test_sector_idiom_for_a_stalled_run_is_a_fall(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert found == expected, found


# a sector held firm, wanted or at a peak, no number; a sector's only
@pytest.mark.parametrize("text,expected", [
    ("Utilities were firmer too, as bond yields eased.", {("utilities", "up")}),
    ("Shipbuilders remained in demand on Tuesday.", {("shipbuilding", "up")}),
    ("Insurers hit a fresh peak on Wednesday.", {("insurance", "up")}),
    ("Nikkei ends higher as exporters hit records", {("exporters", "up")}),
    ("Battery makers powered a late rally in Shenzhen.", {("batteries", "up")}),
    # near misses: prices, a company with no figure
    ("Copper prices were firm at the auction.", set()),
    ("Tencent remained in demand.", set()),
])
def test_sector_idiom_for_a_firm_run_is_a_rise(text, expected):
    found = {(f["subject"], f["direction"]) for f in moves(text) if f["kind"] == "sector_move"}
    assert found == expected, found


# a sector that tracked an overnight fall elsewhere fell; not with the other name's figure
@pytest.mark.parametrize("text,expected", [
    ("Chipmakers tracked an overnight slide on Wall Street.", {("semiconductors", "down", None)}),
    ("Seoul shares opened lower as tech stocks tracked the overnight sell-off in New York.",
     {("technology", "down", None)}),
    # near misses: the size is Nvidia's, not the sector's; a slide in a company is its own
    ("Chip stocks tracked Nvidia's 3.5% drop.", set()),
    ("Naspers fell 2.1%, tracking a slide in Tencent.", set()),
])
def test_sector_tracking_a_fall_elsewhere_fell(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "sector_move"}
    assert found == expected, found


# a company told by a description after a house acted on it: the house is the speaker, the
# rated (targeted, viewed) company is the one described ("Jefferies upgraded Rio Tinto to buy;
# the miner rose 2%"); a description that may fit a listed house ("the lender") stays unread
@pytest.mark.parametrize("text,expected", [
    ("Jefferies upgraded Rio Tinto to buy; the miner climbed 2.3%.", {("Rio Tinto", "up", 2.3)}),
    ("UBS raised its price target for Nintendo to 12,000 yen, and the game maker gained 1.4%.",
     {("Nintendo", "up", 1.4)}),
    (("Nomura kept a buy rating on Tencent, saying the price war with Meituan was easing. "
      "Shares of the gaming giant added 0.9% to HK$520."), {("Tencent Holdings", "up", 0.9)}),
    (("Bernstein analysts said the sell-off in Zedra looked overdone. Shares in the payments "
      "group rebounded 4.1%."), {("Zedra", "up", 4.1)}),
    # near misses: the lender may be the house; two companies moved before the description
    ("Morgan Stanley downgraded HSBC to hold; the lender slipped 1.1%.", set()),
    ("Jefferies upgraded AMD to buy, and Intel fell 3%; the chipmaker rose 2%.",
     {("Intel", "down", 3.0)}),
])
def test_description_after_a_house_acted_is_the_company_it_acted_on(text, expected):
    found = {(f["subject"], f["direction"], f.get("change_pct")) for f in moves(text)
             if f["kind"] == "stock_move"}
    assert found == expected, found
