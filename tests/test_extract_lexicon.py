"""The lexicon: aliases to canonical names, local aliases, user files and their errors."""

from __future__ import annotations

import pytest

from briefing.errors import ExtractError
from briefing.extract import extract_facts, load_lexicon
from extract_helpers import facts, has


@pytest.mark.parametrize("alias,canonical", [
    ("HSTECH", "Hang Seng Tech Index"),
    ("Hang Seng Technology Index", "Hang Seng Tech Index"),
    ("the Hang Seng Index", "Hang Seng Index"),
    ("Hua Hong", "Hua Hong Semiconductor"),
    ("hang seng tech index", "Hang Seng Tech Index"),
    # emerging markets' indices, as tables and wires name them
    ("COLCAP", "MSCI COLCAP"),
    ("Mexico IPC", "S&P/BMV IPC"),
    ("JSE Top-40 index", "FTSE/JSE Top 40 Index"),
    ("Zions Bancorp", "Zions Bancorporation"),
    ("Shenzhen's benchmark", "Shenzhen Component Index"),  # a city's own, in agency wording
    ("Shanghai's main index", "Shanghai Composite Index"),
])
def test_aliases_resolve_to_one_canonical_name(alias, canonical):
    assert load_lexicon().canonical(alias) == canonical


def test_local_alias_needs_its_market():
    lexicon = load_lexicon()
    assert lexicon.canonical("Tech Index", market="HK") == "Hang Seng Tech Index"
    assert lexicon.canonical("Tech Index", market="US") is None


def test_an_indian_report_s_bare_sector_index_is_the_nifty_s():
    text = ("Indian shares ended lower, with the Nifty 50 down 0.5%. The FMCG index rose 0.6% "
            "and the PSU Bank index fell 1.4%.")
    assert [(f["subject"], f["change_pct"]) for f in facts(text)][1:] == \
        [("Nifty FMCG", 0.6), ("Nifty PSU Bank", 1.4)]


def test_a_multinationals_local_unit_under_the_parents_name():
    # Indian reports call Nestle India "Nestle"; a Zurich report means the Swiss parent
    india = "Indian shares ended higher, with the Sensex up 0.6%. Nestle added 1.8%."
    assert [(f["subject"], f["change_pct"]) for f in facts(india) if f["kind"] == "stock_move"] \
        == [("Nestle India", 1.8)]
    swiss = "Swiss stocks fell, with the SMI down 0.4%. Nestle slipped 1.1%."
    assert [(f["subject"], f["change_pct"]) for f in facts(swiss) if f["kind"] == "stock_move"] \
        == [("Nestle", 1.1)]


def test_user_file_gives_a_company_local_names(tmp_path):
    path = tmp_path / "local.tsv"
    path.write_text("canonical\tkind\tmarket\tlocal_aliases\n"
                    "Hindustan Unilever\tcompany\tIN\tZorblax Home\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    assert lexicon.entry("Hindustan Unilever").kind == "company"
    assert lexicon.canonical("Zorblax Home", market="IN") == "Hindustan Unilever"
    assert lexicon.canonical("Zorblax Home", market="ID") is None


def test_a_local_index_name_outside_its_market_is_no_company():
    # Thailand's "SET" read in a regional table: nothing rather than a stock called SET
    text = "Southeast Asia close:\n- SET: 1,402.6 (-0.9%)"
    assert not [f for f in facts(text) if f["subject"] == "SET"]
    thai = "Thai shares slipped, with the SET down 0.9% at 1,402.6."
    assert [(f["kind"], f["subject"], f["direction"], f["change_pct"]) for f in facts(thai)] == \
        [("index_move", "SET Index", "down", 0.9)]


def test_unknown_name():
    assert load_lexicon().canonical("Zorblax Widgets") is None


def test_bundled_lexicon_is_loaded_once():
    assert load_lexicon() is load_lexicon()


def test_user_file_adds_names(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my companies\ncanonical\tticker\tmarket\taliases\tzh\n"
                    "Zorblax Widgets\tZBX\tUS\tZorblax|ZW Corp\t\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    assert lexicon.canonical("ZW Corp") == "Zorblax Widgets"
    assert lexicon.canonical("HSTECH") == "Hang Seng Tech Index"  # bundled still there
    (fact,) = extract_facts("ZW Corp surged 12% on Friday.", lexicon=lexicon)
    assert (fact.subject, fact.ticker, fact.change_pct) == ("Zorblax Widgets", "ZBX", 12.0)


def test_user_index_file_with_local_aliases(tmp_path):
    path = tmp_path / "idx.tsv"
    path.write_text("canonical\tticker\tmarket\taliases\tlocal_aliases\tzh\n"
                    "Test Small Cap Index\tTSCI\tHK\tTSCI\tthe Small Cap gauge\t\n",
                    encoding="utf-8")
    lexicon = load_lexicon([str(path)])
    entry = lexicon.entry("Test Small Cap Index")
    assert entry is not None and entry.kind == "index"


@pytest.mark.parametrize("content,message", [
    ("", "no header"),
    ("name\taliases\nFoo\tBar\n", ":1: bad header"),
    ("canonical\taliases\n\tBar\n", ":2: empty canonical"),
    ("canonical\taliases\nFoo\tBar\tBaz\n", ":2: 3 columns"),
    ("canonical\tkind\nFoo\tstock\n", ":2: kind 'stock'"),
])
def test_bad_user_file_names_file_line_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExtractError) as err:
        load_lexicon([path])
    assert str(path) in str(err.value) and message in str(err.value)


def test_missing_and_binary_user_files(tmp_path):
    with pytest.raises(ExtractError, match="not found"):
        load_lexicon([tmp_path / "nope.tsv"])
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ExtractError, match="cannot read"):
        load_lexicon([binary])


def test_every_bundled_name_is_read_as_the_subject_of_its_move():
    """Each company and index of the bundled lexicon, under each of its English names
    ("S.F. Holding", "O'Reilly", "Ping An", "Novo Nordisk A/S", "FANG+ index", "adidas",
    "equal-weighted S&P 500"), moves."""
    lexicon = load_lexicon()
    missed = []
    for canonical, entry in lexicon.entries.items():
        if entry.kind not in ("company", "index"):
            continue
        for name in [canonical, *entry.aliases]:
            words = name.split()
            named = name[:1].isupper() or len(words) == 1 or any(
                w[:1].isupper() or w[:1].isdigit() for w in words[1:])  # "adidas", "broader Topix"
            if not named or not name.isascii() or "(" in name:
                continue  # descriptions ("composite index") and names with a bracket
            text = f"Shares of {name} fell 2.4% on Tuesday."
            facts = extract_facts(text, lexicon=lexicon)
            if not any(f.subject == canonical and f.change_pct == 2.4 for f in facts):
                missed.append(name)
    assert missed == []


@pytest.mark.parametrize("alias,canonical", [
    ("COMP", "Nasdaq Composite"),  # MarketWatch's code after the name
    ("Shanghai Comp", "Shanghai Composite Index"),  # Reuters tables
    ("Samsung Elec", "Samsung Electronics"),
    ("e.l.f. Beauty", "e.l.f. Beauty"),
])
def test_short_index_codes(alias, canonical):
    assert load_lexicon().canonical(alias) == canonical


def test_brand_in_lower_case_with_dots():
    found = extract_facts("e.l.f. Beauty jumped 9% after results.")
    assert [f.subject for f in found] == ["e.l.f. Beauty"]


@pytest.mark.parametrize("text,subject", [
    ("The CAC 40 opened higher. Later the CAC slipped 0.7 per cent.", "CAC 40"),
    ("France's CAC slipped 0.7 per cent.", "CAC 40"),
    ("Frankfurt's Dax gained 0.4 per cent.", "DAX"),
    ("Milan's Mib edged down 0.3%.", "FTSE MIB"),
    ("The French benchmark shed 0.7%.", "CAC 40"),
    ("The German benchmark ended 0.4% lower.", "DAX"),
    ("For the week, Germany's leading index dropped 1.8 percent.", "DAX"),
    ("London's blue chips climbed 0.2%.", "FTSE 100"),
    ("Euro zone blue chips added 0.6%.", "Euro Stoxx 50"),
    ("The FTSE 100 was flat, while mid-caps gained 0.5%.", "FTSE 250"),
])
def test_european_index_descriptions(text, subject):
    """FT, Guardian and Reuters name Europe's indices by short or descriptive names;
    "German" alone is never a company."""
    found = [(f.kind, f.subject) for f in extract_facts(text) if f.kind.endswith("_move")]
    assert found[-1] == ("index_move", subject)


def test_a_benchmark_yield_is_no_index():
    found = extract_facts("Germany's benchmark 10-year Bund yield rose 4 basis points to 2.58%.")
    assert [f.kind for f in found] == ["macro"]


@pytest.mark.parametrize("text", [
    "Gold rose 1.1%, and the dollar index fell 0.4%.",
    "The ICE U.S. Dollar Index fell 0.4% to 98.7.",
])
def test_the_dollar_index_in_lower_case_is_the_index(text):
    """A lower-case description in the aliases (unambiguous anywhere) is found mid-sentence."""
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == [("US Dollar Index", 0.4)]


@pytest.mark.parametrize("text,expected", [
    ("JSE slides 2% as miners tumble on weaker metal prices",
     ("index_move", "FTSE/JSE All-Share Index")),
    ("Shares of JSE Ltd rose 2% after the bourse operator lifted its dividend.",
     ("stock_move", "JSE Limited")),
    ("Australian shares rose on Monday. The ASX closed 0.8% higher.", ("index_move", "S&P/ASX 200")),
    ("The Nigerian Exchange's All-Share Index rose 0.85% on Monday.",
     ("index_move", "NGX All-Share Index")),
    ("The Johannesburg Top-40 index gained 1.1%.", ("index_move", "FTSE/JSE Top 40 Index")),
])
def test_an_exchange_named_alone_is_its_market(text, expected):
    """"the JSE", and "the ASX" in an Australian report, name the market's main index;
    the exchange's operator keeps its legal form ("JSE Ltd")."""
    found = [(f.kind, f.subject) for f in extract_facts(text) if f.kind.endswith("_move")]
    assert found[0] == expected, found


def test_a_lone_cac_outside_a_french_report_is_nothing():
    """"CAC" is also the Cyberspace Administration of China: neither the index nor a stock."""
    text = "Zorblax Tech shares fell 5% after the CAC said it would review the app."
    assert [(f.kind, f.subject) for f in extract_facts(text)] == [("stock_move", "Zorblax Tech")]
    assert extract_facts("In Paris, the CAC fell 0.9 per cent.") == []


@pytest.mark.parametrize("text,kind,subject", [
    ("Reliance rose 1.6 per cent in Mumbai.", "stock_move", "Reliance Industries"),
    ("Commonwealth Bank slipped 0.8 per cent.", "stock_move", "Commonwealth Bank of Australia"),
    ("Nifty Pharma was the worst performer, down 1.1 per cent.", "index_move", "Nifty Pharma"),
    ("Nifty Metal gained 1.7 per cent.", "index_move", "Nifty Metal"),
])
def test_short_local_names_and_sectoral_indices(text, kind, subject):
    """Indian and Australian copy writes the short name; a sectoral index is no stock."""
    found = [(f.kind, f.subject) for f in extract_facts(text) if f.kind.endswith("_move")]
    assert found == [(kind, subject)]


def test_a_longer_unknown_name_starting_like_a_short_alias_is_not_it():
    assert extract_facts("Shares of Reliance Capital slid 5 per cent.") == []


# Gulf and Latin American indices by the names wraps use; a report naming no market
# gives "the benchmark index" to no market's index (never the Hang Seng Index)
@pytest.mark.parametrize("text,subject", [
    ("Saudi Arabia's benchmark index advanced 0.7%.", "Tadawul All Share Index"),
    ("Dubai's main share index climbed 0.5%.", "DFM General Index"),
    ("The Mexican stock index edged up 0.3%.", "S&P/BMV IPC"),
    ("Argentina's Merval index soared 6.8%.", "Merval"),
    ("Israel's TA-35 rose 2.4%.", "TA-35"),
    ("South Africa's Johannesburg All-Share index fell 0.9%.", "FTSE/JSE All-Share Index"),
    ("MSCI's All Country World Index was up 0.2% by 1130 GMT.", "MSCI All Country World Index"),
    ("Stockholm's benchmark index slipped 0.6%.", "OMX Stockholm 30"),
    ("Denmark's main index added 1.1%.", "OMX Copenhagen 25"),
    ("Finland's main index fell 0.7%.", "OMX Helsinki 25"),
    ("Copenhagen's OMX C25 index slid 2.2%.", "OMX Copenhagen 25"),
    ("MSCI's broader emerging markets index edged up 0.2%.", "MSCI Emerging Markets"),
    ("Saudi Arabia's index lost 1.4% over the week.", "Tadawul All Share Index"),
    ("The IPC benchmark closed 0.6% lower at 58,210.3.", "S&P/BMV IPC"),
    ("MSCI's gauge of emerging market stocks slipped 0.4%.", "MSCI Emerging Markets"),
    ("The MSCI Asia-Pacific index excluding Japan firmed 0.6%.", "MSCI Asia Pacific ex-Japan Index"),
    ("The India VIX jumped 5.2% to 14.3.", "India VIX"),  # not the Cboe's VIX
    ("Cboe's volatility index rose 8% to 19.2.", "VIX"),
])
def test_emerging_market_indices(text, subject):
    assert [(f.subject, f.kind) for f in extract_facts(text)] == [(subject, "index_move")]


@pytest.mark.parametrize("text, direction, pct", [
    ("A gauge of Chinese tech stocks listed in Hong Kong jumped 3.4% on Monday.", "up", 3.4),
    ("Hong Kong's tech gauge slid 2.2% in the afternoon session.", "down", 2.2),
    (("Hong Kong shares were mixed. A gauge of Chinese technology stocks listed in the city "
      "lost 0.9%."), "down", 0.9),
])
def test_hong_kong_s_tech_gauge_by_its_description(text, direction, pct):
    found = [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)]
    assert found == [("Hang Seng Tech Index", direction, pct)], found


def test_a_tech_gauge_listed_in_the_city_names_no_index_outside_hong_kong():
    found = extract_facts("The S&P 500 rose 1%, while a gauge of Chinese tech stocks listed "
                          "in the city added 1.1%.")
    assert [f.subject for f in found] == ["S&P 500"]


def test_a_description_then_the_index_s_own_name_is_one_name():
    facts = extract_facts("Hong Kong's benchmark Hang Seng Index ended 1.3 percent lower on Friday.")
    assert [(f.subject, f.direction, f.change_pct) for f in facts] == [
        ("Hang Seng Index", "down", 1.3)]


def test_a_report_naming_no_market_has_no_main_index():
    assert extract_facts("The benchmark index fell 1.2% to 19,500.") == []


def test_another_place_s_index_is_not_the_one_named_before():
    # "in Abu Dhabi, the index" is Abu Dhabi's main index
    found = extract_facts("Dubai's main share index climbed 0.5%, while in Abu Dhabi, "
                          "the index rose 0.3%.")
    assert [(f.subject, f.change_pct) for f in found] == [("DFM General Index", 0.5),
                                                          ("FTSE ADX General Index", 0.3)]


@pytest.mark.parametrize("text, expected", [
    ("In Qatar, the benchmark index eased 0.4% as Industries Qatar fell 2%.",
     [("QE Index", "down", 0.4), ("Industries Qatar", "down", 2.0)]),
    ("Elsewhere in Hong Kong, the index added 0.8%.", [("Hang Seng Index", "up", 0.8)]),
    ("In Bahrain, the index rose 0.3%.", []),  # no main index known: none
])
def test_the_index_after_in_a_place_is_that_market_s_main_index(text, expected):
    found = extract_facts(text)
    assert [(f.subject, f.direction, f.change_pct) for f in found] == expected


@pytest.mark.parametrize("text", ["Latin American stocks fell on Tuesday.",
                                  "Mexican shares rose 1%."])
def test_a_demonym_is_no_company(text):
    assert not [f for f in extract_facts(text) if f.kind == "stock_move"]


@pytest.mark.parametrize("text,subject", [
    ("Saab AB shares surged 14%.", "Saab"),
    ("Acme Widgets Inc. rose 2%.", "Acme Widgets"),
    ("Shares of Zorblax Holdings Ltd fell 3%.", "Zorblax Holdings"),
    ("Shares of PT Zorblax Mining Tbk climbed 4.2%.", "Zorblax Mining"),
    ("Zorblax Energy Pcl slid 1.1%.", "Zorblax Energy"),
])
def test_an_unknown_name_is_written_without_its_legal_form(text, subject):
    assert [f.subject for f in extract_facts(text)] == [subject]


def test_indonesian_legal_forms_and_idx_codes_name_the_company():
    # Jakarta's English press writes the full legal name or the four-letter IDX code
    text = ("PT Telkom Indonesia (Persero) Tbk (TLKM) gained 2.2% to Rp3,100, while BMRI "
            "shares lost 1.4% and PT Zorblax Persada (Persero) Tbk fell 3%.")
    assert [(f.subject, f.change_pct) for f in extract_facts(text)] == \
        [("Telkom Indonesia", 2.2), ("Bank Mandiri", 1.4)]  # never a company "Tbk"


@pytest.mark.parametrize("text,subject", [
    ("Just Group jumped 6% after results.", "Just Group"),
    ("About You shares rose 12%.", "About You"),
    ("Pets at Home dropped 9%.", "Pets at Home"),
])
def test_names_made_of_common_words_are_in_the_lexicon(text, subject):
    assert [f.subject for f in extract_facts(text)] == [subject]


def test_group_alone_is_no_name():
    assert [f.subject for f in extract_facts("Only Group rose 7%.")] == []


def test_the_market_whose_shares_the_lead_names_is_the_report_s():
    # a premarket note names Wall Street's indices more often than its own
    text = ("New Zealand shares are poised to open lower on Thursday, with NZX 50 futures "
            "down 0.2%. Overnight, the Dow fell 0.7% and the S&P 500 lost 1.1%. "
            "The benchmark index ended 0.4% higher on Wednesday.")
    found = [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)
             if f.evidence.startswith("The benchmark")]
    assert found == [("NZX 50", "up", 0.4)]


@pytest.mark.parametrize("text,expected", [
    ("Banca Monte dei Paschi di Siena added 3.1%.",
     [("stock_move", "Banca Monte dei Paschi di Siena")]),
    ("Land and Houses jumped 5.1% and Supalai rose 3.8%.",
     [("stock_move", "Land and Houses"), ("stock_move", "Supalai")]),
    ("Non-oil domestic exports (NODX) fell 11.3 per cent in August.", [("macro", "exports")]),
    ("AIM All-Share: 744.9 (+0.1%)", [("index_move", "FTSE AIM All-Share")]),
    ("The NSE Nifty50 declined 176.2 points, or 0.71 per cent.", [("index_move", "Nifty 50")]),
    ("Adobe — The Photoshop maker slid nearly 5%.",  # never a company "Photoshop"
     [("stock_move", "Adobe")]),
    ("Bursa Malaysia ended lower on Monday.", []),  # the exchange, not its listed operator
    ("Hibor spike rattles property stocks; New World slumps 9%",  # never Hibor's 9%
     [("sector_move", "property"), ("stock_move", "New World Development")]),
    ("Caixa Seguridade do Zorblax added 2.4%.",  # Portuguese joiners inside a name
     [("stock_move", "Caixa Seguridade do Zorblax")]),
    ("Top faller: Domino's Pizza Enterprises -6.1%", [("stock_move", "Domino's Pizza Enterprises")]),
    ("Grupo Supervielle rose 4.2% and BBVA Argentina climbed 3.9%.",
     [("stock_move", "Grupo Supervielle"), ("stock_move", "BBVA Argentina")]),
    ("Central Zorblax lost 3.2% and Federal Quillon Bank rose 1.1%.",
     [("stock_move", "Central Zorblax"), ("stock_move", "Federal Quillon Bank")]),
    ("The Central Bank of Zorblaxia raised its rate by 25 basis points.", []),
])
def test_names_of_wraps_outside_the_largest_markets(text, expected):
    assert [(f.kind, f.subject) for f in extract_facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Zorblax Energy Malaysia rose 3.1% and Quillon Utilities Group fell 2.2%.",
     [("Zorblax Energy Malaysia", "up", 3.1), ("Quillon Utilities Group", "down", 2.2)]),
])
def test_a_sector_word_inside_a_name_closed_by_a_country_or_group(text, expected):
    found = [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)
             if f.kind == "stock_move"]
    assert found == expected


def test_two_long_unknown_names_joined_by_and_are_both_whole():
    # a run of capitalised words longer than one name's limit is two names, not cut at the limit
    found = extract_facts("Zorblax Harbour Logistics Trust and Quillon Pan Pacific Office "
                          "Trust rose 2.4% and 1.6%.")
    assert [(f.subject, f.change_pct) for f in found] == [
        ("Zorblax Harbour Logistics Trust", 2.4), ("Quillon Pan Pacific Office Trust", 1.6)]


@pytest.mark.parametrize("text", [
    "Dealing in Doha was light before the Eid al-Adha break, with volumes falling 20%.",
    "Volumes slid 15% in the pre-Christmas lull.",
])
def test_a_capitalised_word_after_a_hyphen_is_no_name(text):
    assert [f for f in extract_facts(text) if f.kind == "stock_move"] == []


@pytest.mark.parametrize("text, expected", [
    ("Tingyi (Cayman Islands) Holding fell 3% after its results missed estimates.",
     ("Tingyi (Cayman Islands) Holding", "down", 3.0)),
    ("China Northern Rare Earth (Group) High-Tech jumped 6.5% in Shanghai.",
     ("China Northern Rare Earth", "up", 6.5)),
])
def test_a_name_with_a_word_in_brackets_inside(text, expected):
    (fact,) = extract_facts(text)  # not the words after the brackets ("High-Tech")
    assert (fact.subject, fact.direction, fact.change_pct) == expected
    assert fact.ticker is not None


@pytest.mark.parametrize("text, expected", [
    ("The Nifty Midcap 100 index shed 1.7% on Monday.", ("Nifty Midcap 100", "down", 1.7)),
    ("The Nifty Smallcap 100 climbed 2.2%.", ("Nifty Smallcap 100", "up", 2.2)),
    ("Istanbul's BIST 100 index slid 3.1% in early trade.", ("BIST 100", "down", 3.1)),
])
def test_indian_broader_gauges_and_turkeys_benchmark(text, expected):
    (fact,) = extract_facts(text)  # never the Nifty 50 for "Nifty Midcap 100"
    assert (fact.subject, fact.direction, fact.change_pct) == expected


@pytest.mark.parametrize("text, expected", [
    # none of China Rare Earth's names has "Holdings": another company, no ticker
    ("China Rare Earth Holdings rallied 8% in Hong Kong.",
     ("China Rare Earth Holdings", None)),
    # the lexicon lists "Xiaomi Group" as Xiaomi's; "Longfor Group" already has "Group"
    ("Xiaomi Group rose 2.5%.", ("Xiaomi", "1810.HK")),
    ("Longfor Group Holdings fell 4%.", ("Longfor Group", "0960.HK")),
])
def test_a_name_going_on_with_holdings_or_group(text, expected):
    (fact,) = extract_facts(text)
    assert (fact.subject, fact.ticker) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shares of Magalu climbed 4.2% in Sao Paulo.", ("Magazine Luiza", "MGLU3.SA")),
    ("Walmex slipped 1.1% after weaker same-store sales.", ("Walmart de Mexico", "WALMEX.MX")),
    ("Domino's Pizza Group dropped 5% on its guidance.", ("Domino's Pizza Group", "DOM.L")),
    ("Sainsbury's was off about 2% after the update.", ("Sainsbury's", "SBRY.L")),
    # a place ending a name opens the sentence: the company after it moved
    ("In Abu Dhabi, ADNOC Distribution lost 1.5%.", ("ADNOC Distribution", "ADNOCDIST.AD")),
])
def test_emerging_market_companies_by_their_short_names(text, expected):
    (fact,) = extract_facts(text)
    assert (fact.subject, fact.ticker) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zorblax's Corp. tumbled 6.3% after it cut its outlook.", "Zorblax's"),
    ("Shares of Quimby's Inc rose 2.2% on a takeover bid.", "Quimby's"),
    ("Zorblax's Widget Holdings rose 3.1%.", "Widget Holdings"),  # an owner, then its unit
])
def test_a_name_ending_in_s_before_its_legal_form_keeps_it(text, expected):
    assert [f.subject for f in extract_facts(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Unilever Indonesia slid 3.4% in Jakarta after a weak quarter.", "Unilever Indonesia"),
    ("Shares of Nestle Malaysia rose 2.1%.", "Nestle Malaysia"),
])
def test_a_known_company_then_a_country_is_its_listed_arm(text, expected):
    assert [f.subject for f in extract_facts(text)] == [expected]


def test_an_exchange_code_in_square_brackets_follows_its_name():
    text = ("Zorblax Robotics [SHE:002999] jumped 9.8 percent to 31.20 yuan, while "
            "Quimby Motor [SHA:601999] lost 2.4 percent.")
    assert [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)] == \
        [("Zorblax Robotics", "up", 9.8), ("Quimby Motor", "down", 2.4)]


def test_india_s_broader_bse_gauges():
    text = ("The BSE Midcap gauge slid 2.1 per cent and the BSE Smallcap index fell 2.6 per cent, "
            "while the Sensex lost 0.4 per cent.")
    assert [(f.subject, f.change_pct) for f in extract_facts(text)] == \
        [("BSE Midcap", 2.1), ("BSE Smallcap", 2.6), ("BSE Sensex", 0.4)]


@pytest.mark.parametrize("text", [
    "Sydney looks set to open firmer, with the SPI 200 futures contract up 28 points, or 0.3%.",
    "ASX SPI 200 futures rose 0.3% overnight.",
])
def test_the_asx_share_price_index_futures(text):
    assert [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)] == \
        [("SPI 200 futures", "up", 0.3)]


@pytest.mark.parametrize("text, expected", [
    # a US ticker that is another market's alias (SJM Holdings in Hong Kong) names nobody else
    ("Zorblax Foods (SJM) slid 4.2% after the snack maker cut its outlook.", "Zorblax Foods"),
    ("Smucker (SJM) stock sank 7% on a weak coffee outlook.", "J.M. Smucker"),
    ("United Microelectronics Corp. (UMC) rose 2.5%.", "United Microelectronics"),
])
def test_a_ticker_after_a_name_never_names_another_company(text, expected):
    assert [f.subject for f in extract_facts(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("SIA slid 2% after the carrier cut its capacity guidance.", ("Singapore Airlines", "C6L.SI")),
    ("Zions tumbled 9% on loan losses.", ("Zions Bancorporation", "ZION")),
    ("Aramco added 0.7% in Riyadh.", ("Saudi Aramco", "2222.SR")),
    ("Tenaga lost 12 sen to RM13.20.", ("Tenaga Nasional", "5347.KL")),
    ("Wesfarmers fell 1.4% in Sydney.", ("Wesfarmers", "WES.AX")),
    ("B&M rose 3% on a trading update.", ("B&M European Value Retail", "BME.L")),
    ("Paytm dropped 2.5% in Mumbai.", ("One 97 Communications", "PAYTM.NS")),
    ("Anglo shares fell 2.1% to 2,140p after the miner's downgrade.", ("Anglo American", "AAL.L")),
])
def test_companies_regional_reports_name_often(text, expected):
    (fact,) = extract_facts(text)
    assert (fact.subject, fact.ticker) == expected


@pytest.mark.parametrize("text, expected", [
    # a country in brackets names the local listing, never the Taiwan parent
    ("Delta Electronics (Thailand) sank 6.1% in Bangkok.",
     ("Delta Electronics (Thailand)", "DELTA.BK")),
    ("Galaxy gained 2.9% in Hong Kong.", ("Galaxy Entertainment Group", "0027.HK")),
    ("Bank Rakyat Indonesia lost 1.3%.", ("Bank Rakyat Indonesia", "BBRI.JK")),
    ("Northern Star rose 3.1% with gold near a record.", ("Northern Star Resources", "NST.AX")),
    ("Taylor Wimpey fell 2.2% after a weak trading update.", ("Taylor Wimpey", "TW.L")),
    ("Energy Select Sector SPDR (XLE): +0.9%", ("Energy Select Sector SPDR Fund", "XLE")),
])
def test_companies_of_asean_australia_india_and_europe(text, expected):
    (fact,) = extract_facts(text)
    assert (fact.subject, fact.ticker) == expected


@pytest.mark.parametrize("text", ["MSCI All-World up 0.4% as rate-cut bets build",
                                  "MSCI's broadest index of global shares rose 0.4%."])
def test_the_msci_world_index_by_its_other_names(text):
    (fact,) = extract_facts(text)
    assert (fact.kind, fact.subject, fact.change_pct) == (
        "index_move", "MSCI All Country World Index", 0.4)


@pytest.mark.parametrize("text", [
    "Bunds sold off as German inflation surprised on the upside.",
    "Gross margin narrowed to 38.1% from 41.5%.",
    "The HCOB flash services PMI rose to 51.2.",
    "Chemicals lagged as gas prices jumped.",
    "Wages rose 0.4% from the prior month.",
    "Shipments to Europe slumped 12%.",
    # an indicator's short name and a PMI's components
    "Meanwhile, WPI eased 1.8 per cent in March.",
    "Manufacturing slipped back below the 50 line, to 49.6, and Services rose to 52.",
])
def test_bond_markets_economic_terms_and_sector_plurals_are_no_companies(text):
    assert not [f for f in facts(text) if f["kind"] == "stock_move"], facts(text)


def test_a_pmi_component_word_still_ends_a_company_name():
    found = [(f.subject, f.change_pct) for f in extract_facts("Zorblax Manufacturing fell 3.1%.")]
    assert found == [("Zorblax Manufacturing", 3.1)]


def test_a_sector_plural_inside_a_name_stays_a_company():
    found = facts("Zorblax Chemicals fell 3.1% after a profit warning.")
    assert has(found, {"kind": "stock_move", "subject": "Zorblax Chemicals", "change_pct": 3.1})


def test_a_statistics_office_is_no_company():
    found = facts("Retail sales rose 0.6% in May, the Commerce Department said, after a 0.2% drop.")
    assert not [f for f in found if f["kind"] == "stock_move"], found


def test_the_index_after_a_place_without_a_comma_is_that_places_index():
    found = facts("Saudi Arabia's benchmark index fell 0.5%, while in Abu Dhabi the index gained 0.3%.")
    assert has(found, {"kind": "index_move", "subject": "FTSE ADX General Index",
                       "direction": "up", "change_pct": 0.3}), found


@pytest.mark.parametrize("text, expected", [
    ("SZ Component 10,850.2 (-0.42%)", ("index_move", "Shenzhen Component Index", 0.42)),
    # "IPC" alone names Mexico's index only in a report about Mexican stocks
    (("Mexican stocks rose, with the IPC benchmark ending 0.5% higher at 58,210.3, "
      "as Walmex gained 1.2%."), ("index_move", "S&P/BMV IPC", 0.5)),
])
def test_short_index_names_in_tables_and_local_reports(text, expected):
    facts = [(f.kind, f.subject, f.change_pct) for f in extract_facts(text)]
    assert facts[0] == expected and ("stock_move", "IPC", 0.5) not in facts


@pytest.mark.parametrize("text, expected", [
    ("Mideast close:\nDUBAI: DFM ▲0.3% at 5,210\nABU DHABI: ADX ▼0.4% at 9,380",
     [("DFM General Index", "up", 0.3), ("FTSE ADX General Index", "down", 0.4)]),
    (("Hungary's BUX slipped 0.7%, while Prague's PX index rose 0.1% and Bucharest's BET "
     "added 0.5%."), [("BUX", "down", 0.7), ("PX Index", "up", 0.1), ("BET Index", "up", 0.5)]),
    ("MSCI LatAm 2,201.40 +0.35%", [("MSCI Latin America Index", "up", 0.35)]),
    ("- S. Africa All-Share: +0.6%", [("FTSE/JSE All-Share Index", "up", 0.6)]),
    (("Kuwait's premier market index rose 0.4%, Oman's index lost 0.2% and Bahrain's index "
     "was 0.1% higher."), [("Boursa Kuwait Premier Market Index", "up", 0.4),
                          ("MSX 30 Index", "down", 0.2), ("Bahrain All Share Index", "up", 0.1)]),
    (("South African stocks fell. The JSE Top-40 index closed 0.5% lower at 80,120, while the "
     "broader All-Share index lost 0.4%."), [("FTSE/JSE Top 40 Index", "down", 0.5),
                                            ("FTSE/JSE All-Share Index", "down", 0.4)]),
    ("In Dubai, the main share index added 0.6%.", [("DFM General Index", "up", 0.6)]),
])
def test_benchmarks_of_the_gulf_cee_latam_and_africa(text, expected):
    found = extract_facts(text)
    assert [(f.subject, f.direction, f.change_pct) for f in found] == expected


@pytest.mark.parametrize("text, subject", [
    ("Osaka Gas rose 2.1% after raising its dividend forecast.", "Osaka Gas"),
    ("Tokyo Gas fell 1.2% as LNG costs climbed.", "Tokyo Gas"),
])
def test_a_city_that_starts_a_company_name_is_the_company(text, subject):
    # "Osaka" alone is a place ("Nikkei futures in Osaka"), the utility is a company
    assert [(f.subject, f.kind) for f in extract_facts(text)] == [(subject, "stock_move")]


@pytest.mark.parametrize("text, expected", [
    # a place's possessive name of an index, then the index's full name: one name
    ("Saudi Arabia's Tadawul All Share Index fell 0.3% to 11,020.",
     [("Tadawul All Share Index", "down", 0.3)]),
    ("Saudi stocks were mixed: the parallel market Nomu lost 0.7% to 26,800.",
     [("Nomu Parallel Market Index", "down", 0.7)]),
    ("The Saudi benchmark slipped 0.4% to 11,200 on Sunday.", [("Tadawul All Share Index", "down", 0.4)]),
    ("The Dubai Financial Market General Index advanced 0.8% to 5,950.",
     [("DFM General Index", "up", 0.8)]),
    ("The euro zone's blue-chip index gained 1.1% on Tuesday.", [("Euro Stoxx 50", "up", 1.1)]),
])
def test_gulf_and_euro_zone_index_names(text, expected):
    found = extract_facts(text)
    assert [(f.subject, f.direction, f.change_pct) for f in found] == expected


@pytest.mark.parametrize("text,subject", [
    # large listed companies by their everyday names
    ("Woolworths slipped 1.3% in Sydney.", "Woolworths Group"),
    ("Coles added 0.8%.", "Coles Group"),
    ("Indian Oil Corporation shed 2.4%, and ONGC lost 1.1%.", "Indian Oil Corporation"),
    ("ONGC lost 1.1%.", "Oil and Natural Gas Corporation"),
    ("L&T climbed 2.2%.", "Larsen & Toubro"),
    # a name with "and" in it is one company
    ("PTT Exploration and Production slid 2.9% with crude.", "PTT Exploration and Production"),
    # the developer by its short name; the broker keeps its "& Co"
    ("Sun Hung Kai gained 1.7% after the land sale.", "Sun Hung Kai Properties"),
    ("Sun Hung Kai & Co gained 1.7%.", "Sun Hung Kai & Co"),
])
def test_everyday_names_of_large_listed_companies(text, subject):
    assert has(facts(text), {"kind": "stock_move", "subject": subject}), facts(text)


def test_an_indian_reports_broader_indices_by_their_short_names():
    found = facts("The Sensex closed 0.4% higher, and in the broader market the Smallcap 100 "
                  "added 1.1% while the Midcap 100 slipped 0.2%.")
    assert has(found, {"kind": "index_move", "subject": "Nifty Smallcap 100", "change_pct": 1.1})
    assert has(found, {"kind": "index_move", "subject": "Nifty Midcap 100", "direction": "down"})


@pytest.mark.parametrize("text,expected", [
    # Australia's A-REITs and property trusts, Japan's megabanks: sectors, never companies
    ("A-REITs climbed 1.2% as bond yields eased.", [("sector_move", "property", 1.2)]),
    ("The benchmark gained 0.4%, led by property trusts.",
     [("sector_move", "property", None)]),
    ("Megabanks slid on the rate decision.", [("sector_move", "banks", None)]),
])
def test_sector_nouns_of_asia_pacific_reports(text, expected):
    assert [(f.kind, f.subject, f.change_pct) for f in extract_facts(text)] == expected


@pytest.mark.parametrize("text", ["Indian shares ended flat as gains in FMCG offset IT drag",
                                  "IT slid 2% while FMCG gained 1%."])
def test_a_sector_acronym_alone_is_no_company(text):
    assert not [f for f in extract_facts(text) if f.kind == "stock_move"]


def test_singapore_s_reit_index_is_an_index():
    found = extract_facts("The iEdge S-REIT index advanced 0.9 per cent.")
    assert [(f.kind, f.subject, f.change_pct) for f in found] == \
        [("index_move", "iEdge S-Reit Index", 0.9)]


@pytest.mark.parametrize("text,expected", [
    # the full name told first, its opening word(s) after: the company the text introduced
    ("Heliotrope Solar Systems cut its outlook: Heliotrope slid 8.4% in New York.",
     [("Heliotrope Solar Systems", "down", 8.4)]),
    ("Larkspur Financial Services agreed to be bought by a rival. Larkspur shares jumped 11.2%.",
     [("Larkspur Financial Services", "up", 11.2)]),
    # two full names open with the same word: which one? the name as written
    ("Northwind Energy and Northwind Logistics both reported. Northwind rose 3.1%.",
     [("Northwind", "up", 3.1)]),
])
def test_a_short_name_after_the_full_one_is_that_company(text, expected):
    found = [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)
             if f.kind == "stock_move"]
    assert found == expected


def test_a_short_name_that_is_a_common_word_still_needs_a_move():
    text = ("Shares of Beacon Cloud Networks rose 2.5%. "
            "Beacon said demand from banks stayed strong.")
    assert [(f.subject, f.change_pct) for f in extract_facts(text)] == \
        [("Beacon Cloud Networks", 2.5)]


def test_a_sector_word_inside_a_name_joined_by_ampersand_stays_in_the_name():
    text = "Daikyo Land jumped 3.9% and Hoshino Realty & Construction gained 4.7%."
    assert [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"] \
        == [("Daikyo Land", 3.9), ("Hoshino Realty & Construction", 4.7)]
    # two sectors joined by "&" stay two sectors
    assert {f.subject for f in extract_facts("Banks & Insurers rose 1.2%.")} == \
        {"banks", "insurance"}


def test_a_place_listed_after_a_company_is_the_company_it_opens():
    text = ("Brokers favour Zurich Insurance after its results. Insurers firmed, with "
            "Generali up 0.9% and Zurich gaining 1.6%.")
    moves = [(f.kind, f.subject, f.change_pct) for f in extract_facts(text)
             if f.kind in ("stock_move", "index_move")]
    assert ("stock_move", "Zurich Insurance Group", 1.6) in moves
    assert not any(kind == "index_move" for kind, _, _ in moves)


def test_a_place_after_the_full_name_or_a_market_is_still_the_market():
    near_misses = ["Tokyo Electron rose 2.2%, and Tokyo ended 0.4% higher.",
                   "Zurich Insurance rose 1.1%. Paris gained 0.5% and Zurich added 0.3%."]
    for text in near_misses:
        assert any(f.kind == "index_move" and f.change_pct in (0.4, 0.3)
                   for f in extract_facts(text)), text


def test_jiangsu_hengrui_medicine_is_jiangsu_hengrui_pharmaceuticals():
    facts = extract_facts("Drugmakers slipped, with Jiangsu Hengrui Medicine off 1.7%.")
    assert [(f.subject, f.change_pct) for f in facts if f.kind == "stock_move"] == \
        [("Jiangsu Hengrui Pharmaceuticals", 1.7)]


@pytest.mark.parametrize("text, expected", [
    ("The Philly semis index slid 1.9% as chip stocks retreated.",
     ("Philadelphia Semiconductor Index", "down", 1.9)),
    ("Homebuilders rallied, lifting the PHLX housing index 2.2%.",
     ("PHLX Housing Index", "up", 2.2)),
    ("The STOXX 600 basic resources index dropped 2.7% as copper slumped.",
     ("Stoxx Europe 600 Basic Resources", "down", 2.7)),
])
def test_named_sector_indices_the_lexicon_holds_move_as_indices(text, expected):
    found = [(f.subject, f.direction, f.change_pct) for f in extract_facts(text)
             if f.kind == "index_move"]
    assert found == [expected], found


def test_a_sector_index_the_lexicon_does_not_hold_stays_the_sectors_move():
    facts = extract_facts("The STOXX 600 insurance index lost 1.3% after storm losses.")
    assert [f.kind for f in facts] == ["sector_move"], facts


@pytest.mark.parametrize("text, expected", [
    # home desks' short names: Sydney's "Rio", Toronto's "Kinross", a Hong Kong "JD"
    ("The ASX 200 added 0.4% by lunch. Rio climbed 2.2% and Whitehaven dropped 3.5%.",
     [("Rio Tinto", 2.2), ("Whitehaven Coal", 3.5)]),
    ("The TSX edged up 0.2%; Kinross gained 4.1% and Cenovus shed 1.3%.",
     [("Kinross Gold", 4.1), ("Cenovus Energy", 1.3)]),
    ("Hang Seng Index +0.5%. JD +2.7%, CKH Holdings -0.9%.",
     [("JD.com", 2.7), ("CK Hutchison Holdings", 0.9)]),
    # in London "JD" is the retailer, and "Rio" still the miner
    ("The FTSE 100 fell 0.3%. JD slid 4.2% while Rio rose 1.1%.",
     [("JD Sports Fashion", 4.2), ("Rio Tinto", 1.1)]),
])
def test_a_short_name_desks_use_at_home_is_the_company(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"]
    assert found == expected, found


def test_a_home_short_name_names_no_company_elsewhere():
    # "Rio" is the city in a New York report; a local name keeps the company's listing market
    text = "The S&P 500 rose 0.6%. Rio gained 1.5% in a week of carnival tourism."
    assert not [f for f in extract_facts(text) if f.subject == "Rio Tinto"]
    assert load_lexicon().entry("Rio Tinto").market == "UK"
    assert load_lexicon().canonical("Rio", market="BR") is None


# the short names desks give an index: 'China A50' (its futures trade in Singapore), 'C25'
@pytest.mark.parametrize("text,expected", [
    ("China A50 futures slipped 0.3% in Singapore before the mainland open.",
     [("FTSE China A50 Index futures", 0.3)]),
    ("The China A50 rose 1.1% as brokers rallied.", [("FTSE China A50 Index", 1.1)]),
    ("Copenhagen's C25 index ended 0.9% lower as Novo Nordisk slid.",
     [("OMX Copenhagen 25", 0.9)]),
    ("Danish C25 climbs 0.6% on Vestas", [("OMX Copenhagen 25", 0.6)]),
    # near miss: a bare 'C25' may be anything (a model, a contract), not the index
    ("C25 rose 0.5% in the session.", []),
])
def test_the_short_names_of_an_index(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # large Brazilian, Mexican and South African companies as desks name them
    ("Itau BBA downgraded Suzano to market perform; the shares fell 1.8%.", [("Suzano", 1.8)]),
    ("The IPC index rose 0.4%. Cemex gained 2.3% and Grupo México slipped 0.6%.",
     [("Cemex", 2.3), ("Grupo Mexico", 0.6)]),
    ("Gold miners led the JSE: AngloGold climbed 4.2% and Harmony Gold added 3.7%.",
     [("AngloGold Ashanti", 4.2), ("Harmony Gold", 3.7)]),
])
def test_large_latin_american_and_south_african_names_are_known(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # a company whose ADR desks quote as its own line moves as that ADR
    ("TSMC ADRs slumped 2.9% overnight, pointing to a weak Taipei open.", [("TSMC ADR", 2.9)]),
    ("Taiwan Semiconductor Manufacturing's New York-listed shares gained 1.7%.",
     [("TSMC ADR", 1.7)]),
    ("Pre-market: SOX +1.2%, TSMC ADR +2.4%", [("TSMC ADR", 2.4)]),
    # near misses: its home shares stay the company, and other ADRs stay their company
    ("TSMC shares rose 1.5% in Taipei.", [("TSMC", 1.5)]),
    ("Alibaba's ADRs fell 2.2% in New York.", [("Alibaba Group", 2.2)]),
])
def test_an_adr_quoted_as_its_own_line(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # Indian desks name PSU stocks by their tickers; Tokyo tables shorten "Financial Group"
    ("The Nifty slipped 0.4% as crude rose: IOC fell 2.1%, HPCL lost 2.9%.",
     [("Indian Oil Corporation", 2.1), ("Hindustan Petroleum Corporation", 2.9)]),
    ("Sensex +0.6% | HAL +3.8%, BEL +2.4% on a fresh defence order",
     [("Hindustan Aeronautics", 3.8), ("Bharat Electronics", 2.4)]),
    ("Topix +0.5%. Banks led: Sumitomo Mitsui FG +2.2%, Mizuho FG +1.9%",
     [("Sumitomo Mitsui Financial Group", 2.2), ("Mizuho Financial Group", 1.9)]),
    # near misses: outside an Indian report the tickers are other things
    ("The S&P 500 rose 0.3%; HAL fell 1.2% after the oil-services giant cut guidance.",
     [("HAL", 1.2)]),
    ("The IOC said the Games will go ahead. The Stoxx 600 added 0.2%.", []),
])
def test_short_names_home_desks_give_a_company(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "stock_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Nifty India Defence index rallies 3.1% as HAL hits record",
     [("Nifty India Defence", 3.1)]),
    ("Sensex +0.3%, Nifty India Defense Index +2.6% on export hopes",
     [("BSE Sensex", 0.3), ("Nifty India Defence", 2.6)]),
])
def test_the_nifty_defence_index_by_its_nse_name(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    # short names desks give smaller boards and Nordic, Philippine and Tokyo indices
    ("Tokyo close\nTopix: 2,690.40 ▲ 9.12 (+0.34%)\nGrowth 250: 655.20 ▼ 4.10 (-0.62%)",
     [("Topix", 0.34), ("TSE Growth Market 250 Index", 0.62)]),
    (("Nordic shares were mixed: Norway's benchmark index slipped 0.3%, while Oslo's main "
      "index was flat later in the week."), [("Oslo OBX", 0.3), ("Oslo OBX", None)]),
    ("Shipping group Maersk fell 6%, pulling the Copenhagen benchmark 1.2% lower.",
     [("OMX Copenhagen 25", 1.2)]),
    ("Philippine shares slid. The PSEi lost 0.8% and the broader all-shares index shed 0.6%.",
     [("PSEi", 0.8), ("PSE All Shares Index", 0.6)]),
    (("The Sensex rose 0.4%. The BSE smallcap gauge gained 1.3% and the midcap index "
      "climbed 0.9%."), [("BSE Sensex", 0.4), ("BSE Smallcap", 1.3), ("BSE Midcap", 0.9)]),
    # near misses: a Nifty board keeps its own name; elsewhere "the midcap index" is no BSE gauge
    ("The Nifty 50 rose 0.2%, while the Nifty smallcap index fell 0.5%.",
     [("Nifty 50", 0.2), ("Nifty Smallcap 100", 0.5)]),
    ("London shares eased: the FTSE 100 dipped 0.1% and the midcap index lost 0.4%.",
     [("FTSE 100", 0.1), ("FTSE 250", 0.4)]),
])
def test_index_short_names_desks_use(text, expected):
    found = [(f.subject, f.change_pct) for f in extract_facts(text) if f.kind == "index_move"]
    assert found == expected, found
