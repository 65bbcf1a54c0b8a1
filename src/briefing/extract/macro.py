"""Macro data points: CPI, PMI, GDP, rates, with the value the sentence gives.

Each indicator named in a sentence takes the numbers up to the next indicator: the
value after "to/at/of" is ``level``, a change after a move word is ``change_pct``,
basis or percentage points go to ``points``. The direction comes from the verb
("cut", "kept", "eased"). The subject is the indicator as written ("five-year LPR").
A forecast, poll, target or expectation is no data ("Economists expect inflation to ease
to 2.4%"), and one after the data ends the indicator's numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..models import Fact
from . import wordlists
from .mentions import Mention
from .numbers import Quantity, is_year, quantities

# "10-year yield: 4.38%"; "the yield topped 5%": the threshold crossed is a level
_VALUE_BEFORE = re.compile(r"\b(?:to|at|of|was|is|were|stood at|came in at|reading of|"
                           r"printed|hit|hits|touched|touches|topped|tops)\s+$|:\s+$|"
                           r"\b(?:to|at)\s+(?:a\s+)?(?:new\s+|fresh\s+)?record\s+$",  # "to a record 3.1%"
                           re.IGNORECASE)
# "The 10-year yield climbed above 4.5%": a threshold crossed is a level, never a 4.5% change
_THRESHOLD = re.compile(r"(?:above|below|beyond|past)\s", re.IGNORECASE)
# "tariffs would reduce GDP by 0.25%", "is expected to cut rates": a forecast, not data
_MODAL = re.compile(r"\b(?:will|would|could|may|might|should)\b")  # "May" is a month
# "will cut the RRR by 0.5 percentage point from May 15": a decision with its date, no forecast
_EFFECTIVE = re.compile(r"\s*(?:(?:effective|starting)(?:\s+from)?|(?:with\s+effect\s+)?from)\s+"
                        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b")
_CONDITION = re.compile(r"\b(?:if|unless|should)\b")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;]{0,40}", re.IGNORECASE)
_ASIDE_END = re.compile(r"[^,;]{0,30},")
# "Real estate stocks, which are sensitive to interest rates, fell 0.8%": a term at the end of
# a "which" aside describes the noun before it; the move after the aside is that noun's.
# The aside is the term's own sentence's: no period that ends one ("..., which indicates
# contraction. The ISM services index, by contrast, rose"). So is one with no "which" ("Real
# estate stocks, sensitive to interest rates, advanced 1.1%", "First Solar, seen as the main
# beneficiary of tariffs on imports, was down 3%")
_IN_ASIDE = re.compile(r",\s+(?:which|that|who|(?:widely\s+)?(?:seen|viewed|regarded|known)\s+as|"
                       r"(?:highly\s+|most\s+)?(?:sensitive|exposed|vulnerable)\s+to)\s+"
                       r"(?:[^,;.]|\.(?!\s+[A-Z])){0,60}$")
_AT_ASIDE_END = re.compile(r"[^,;\d]{0,30},")  # "when bond yields climb,"
_INFINITIVE = re.compile(r"\bto\s+(?:\w+\s+)?$", re.IGNORECASE)  # "to cut", "to further cut"
_AND_MOVE = re.compile(r"\band\s+(?:(?:was|were)\s+)?([a-z]+(?:\s+(?:up|down))?)\s+$",
                       re.IGNORECASE)
# "rose 0.4% on the month and 4% from a year earlier": the year's change shares the verb
_AND_BARE = re.compile(r"[^,;\d]{0,40}?\band\s+$")
_YEAR_ON = re.compile(r"\s+(?:from\s+a\s+year\s+(?:earlier|ago|before)|year[- ]on[- ]year|"
                      r"year[- ]over[- ]year|on\s+the\s+year|on\s+(?:an\s+annual|a\s+yearly)\s+basis)\b")
# "CPI rose 0.2% in April, and (while) the annual rate slowed to 2.3%": the same indicator's reading
# over another period, told by reference; its figure is not the first reading's
# "rose 0.3% in June, lifting the annual rate to 2.6%": the participle moves the second reading
_BY_REFERENCE = re.compile(r",?\s+(?:and|while|whereas|(?P<by>lifting|raising|pushing|lowering|bringing|taking|"
                           r"putting|leaving))\s+(?:the|its)\s+(?:annual|yearly|year-on-year|"
                           r"year-over-year|12-month|monthly|month-on-month|quarterly)\s+"
                           r"(?:rate|pace|reading)\b")
# "exports to China and Hong Kong rose 9.8%": one destination's trade, named with it
_DESTINATION = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){0,4}")
_TRADE = frozenset({"exports", "imports"})
# "exports rose 5.9%, with semiconductor shipments up 11.6%": a product's exports, told only
# after the country's exports (a chipmaker's own shipments are no trade data)
_PRODUCT_SHIPMENTS = re.compile(r"(?i:semiconductor|chip)\s+shipments")
_PARTICIPLES = {"lifting": "up", "raising": "up", "pushing": "up", "lowering": "down"}
_BALANCE = "trade balance"
_LOANS = "new loans"
_FINANCING = "total social financing"  # money added in a month, or its stock's growth in %
_RESERVES = "FX reserves"  # a stock of money: the level moved to, never the change on the way
# "extended 1.06 trillion yuan in new yuan loans": the amount before the loans
_AMOUNT_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
_DEFICIT = re.compile(r"\b(?:deficit|gap)\b", re.IGNORECASE)
_SURPLUS = re.compile(r"\bsurplus\b", re.IGNORECASE)
_DASH = re.compile(r"\s*[-\u2013]\s*")
_TO = re.compile(r"\s+to\s+")
_RANGE = re.compile(r"\brange\b", re.IGNORECASE)
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
_WHILE = re.compile(r"\b(?:while|whereas)\b")
# "as bond yields retreated, while media lagged with a 0.9% decline": the next clause's figure
# "..., while ...", and "after a hot CPI report; the 10-year rose to 4.6%": a clause about a
# bond by its tenor alone is not the indicator's
# "exports rose, powered by a 38% surge in chip shipments": the driver's figure is its own
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas)\b|;\s+(?:the\s+)?(?:\d{1,2}|two|three|five|seven|ten|"
                          r"thirty)-year\b|,\s+(?:(?:powered|driven|helped|led|boosted|lifted|"
                          r"propelled|fuell?ed|buoyed|supported|dragged(?:\s+down)?|weighed\s+down|"
                          r"held\s+back|hurt)\s+by|thanks\s+to)\b")
# "are set to open higher after CPI rose 0.3%": what happened is data
_CLAUSE = re.compile(r"[,;]|\b(?:while|whereas|after|following)\b")
_OWN_VERB = re.compile(r"\b(?:is|was|are|were|stood|came|printed|hit|reached|remained|bringing|"
                       r"taking|putting|leaving)\b")
# "the spread between French and German 10-year yields": a gap between two, not a reading
# "unchanged in July after rising 0.6% in June": what follows is the previous period's
_PREVIOUS = re.compile(r"\bafter\s+(?:having\s+)?[a-z]+ing\b")
_SPREAD_BEFORE = re.compile(r"\b(?:spread|gap|difference)\s+(?:between|of)\b[^,;]{0,40}$")
# "rose more than economists had expected", "kept, as widely expected,": data measured
# against a forecast
_COMPARED = re.compile(r"(?:\bthan(?:\s+[\w']+){0,6}|\bas(?:\s+\w+ly)?)\s+$", re.IGNORECASE)
# "lowered the target range for the fed funds rate to 4.25%-4.50%": the policy band itself;
# "lowered its target reverse repurchase rate": the policy rate's own name
_TARGET_RANGE = re.compile(r"(?i:target)\s+(?:range|(?:(?!(?:the|a|an|its)\s)[a-z-]+\s+){0,2}rate)\b")
# "worsened to plus 12 in March from plus 14 in December": the reading against the one before
_VERSUS = re.compile(r"(?:\s+in\s+[A-Z][a-z]+)?,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+"
                     r"(?:an?\s+|plus\s+|minus\s+)?[-\u2212]?")
# a survey's balance told in words: "fell to minus 3", "at plus 12"
_SPACE_AFTER = re.compile(r"\s*")
# a data line's forecast abbreviated after its figure: "177K vs 138K est.", "7.4M vs 7.2M exp"
_FORECAST_SHORT = re.compile(r"\s*(?:est|exp|cons|fcst|f'cast)\b", re.IGNORECASE)
# a data line's prior after its reading, past a forecast: "(cons 0.0%, prior -0.3%)",
# "(exp. 2.5; prev: 2.7)", ", previous 88.4"
_PERIOD_AFTER = r"(?:\s+(?:[ymq]/[ymq]|[ymq]o[ymq]|in\s+[A-Z][a-z]+))*"
_FIGURE = r"[+\-\u2212]?\d+(?:\.\d+)?"
# a count's scale on its figure: "177K", "221 thousand", "7.4M", "1.95 million"
_SCALE = r"(?:[kKmM]|\s?(?:thousand|million|mn|mln))(?![\w/-])"  # "m/m" is a period
_COUNT_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "mln": 1e6}
_SCALE_AFTER = re.compile(r"\s?(?P<scale>k|thousand)(?![\w-])", re.IGNORECASE)
_SCALE_IN = re.compile(r"\d\s?(?P<scale>m|million|mn|mln)$", re.IGNORECASE)
_PRIOR_LABELLED = re.compile(
    _PERIOD_AFTER + r"\s*[(,;]?\s*"
    r"(?:(?:cons(?:ensus)?|exp(?:ected)?|est(?:imate)?|f(?:ore)?cast|poll)\.?:?\s*"
    + _FIGURE + rf"(?:%|{_SCALE})?\s*[,;/]\s*)?"
    r"(?:prior|prev(?:ious)?)\.?:?\s*(?P<prior>[+\-\u2212]?\d{1,3}(?:,\d{3})+|" + _FIGURE +
    rf")(?P<scale>{_SCALE})?"
    r"(?![\d.]*\s*(?:bps?|pp)\b)")
# "2.1% vs 2.0% expected and 2.2% in April", "vs 2.0% forecast and 2.2% prior"
_PRIOR_AFTER_FORECAST = re.compile(
    _PERIOD_AFTER + r",?\s+(?:vs\.?|versus|against)\s+" + _FIGURE +
    r"%?\s+(?:expected|forecast|estimated|consensus)\s+and\s+(?P<prior>" + _FIGURE +
    r")%?\s+(?:in\s+[A-Z][a-z]+|prior|previously|(?:the\s+)?(?:previous|prior|last)\s+month)\b")
_SIGN_WORD = re.compile(r"\b(minus|plus)\s+$")
# "came in at 620 billion yuan in May, down from 950 billion yuan": the reading against the
# one before, its direction as told ("LPR: 3.0% (unchanged)", "at 1.4%, unchanged": flat)
_FROM_PREVIOUS = re.compile(r"(?:\s+(?:in|for)\s+(?:the\s+\w+\s+quarter|[A-Z][a-z]+|"
                            r"the\s+(?:year|\d+\s+months)\s+to\s+[A-Z][a-z]+))?,?\s+"
                            r"(?:(?P<dir>up|down)\s+from\s|\(?(?P<flat>unchanged)\b)")
_EXTREME = re.compile(r",?\s+(?:the\s+|its\s+)?(highest|lowest)\s+(?:since|in|level)\b",
                      re.IGNORECASE)
_WITH = re.compile(r"\s*with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_FROM = re.compile(r"\bfrom\s+$")
# indicators reported as an index level or a count; the others are percentages
_LEVELS = frozenset({"PMI", "prices paid", "sentiment", "jobs", "jobless claims", "job openings"})
_MODIFIER = re.compile(r"(?:\b(?:core|headline|official|manufacturing|services|composite|"
                       r"(?:one|two|three|five|seven|ten|thirty|\d{1,2})-(?:year|day)|short-term|benchmark|"
                       r"non-manufacturing|Caixin|(?:Caixin/)?S&P\s+Global)\s+)+$",  # its compiler
                       re.IGNORECASE)
MAX_REACH = 90
# a bond by its tenor or, in emerging markets, by the year it matures ("the benchmark 2035
# government bond")
_YIELD_ON = re.compile(r"(?i:yields?\s+on)\b.*?(?:(?P<tenor>[\w]+-year)|(?P<year>20\d\d))"
                       r"(?:\s+government)?(?:\s+bonds?)?$", re.DOTALL)
# "the two-year Treasury note, which ...": the bond, with its kind of paper
_BOND = re.compile(r"\s+(Treasury|Treasuries|JGBs?|Japanese\s+government\s+bonds?|gilts?|"
                   r"Bunds?|OATs?|BTPs?)\b(?:\s+(?:notes?|bonds?)\b)?")  # France's, Italy's
# "the Caixin PMI, compiled by S&P Global, slipped": who compiles it is an aside too
_ASIDE_AFTER = re.compile(r",\s+(?:which|that|closely|widely|keenly|seen|watched|more|most|a|an|the|"
                          r"(?:compiled|published|released|produced|calculated)\s+by)\s"
                          r"[^,;\d]{1,60},")
_BOND_NAMES = {"Treasuries": "Treasury", "JGBs": "JGB", "gilts": "gilt", "Bunds": "Bund",
               "OATs": "OAT", "BTPs": "BTP",
               "Japanese government bond": "JGB", "Japanese government bonds": "JGB"}
# "was steady", "held steady", "(kept its key rate) unchanged": flat with no figure
_FLAT_AFTER = re.compile(r"\s+(?:(?P<copula>was|were|is|are|held|remained|stayed|stood)\s+"
                         r"(?:steady|unchanged|flat|stable|little\s+changed)|unchanged)"
                         r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|after|while|as|for|from)\b|"
                         # "was flat year-on-year", "unchanged m/m": the period it is told over
                         r"\s+(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)\b|"
                         r"[ymq]/[ymq]\b|[ym]o[ym]\b))")
# "Consumer prices were flat in July, but core prices rose 0.5%": the figure after the break
# is another measure's (not "was flat on the month, but rose 2.1% on the year": the same one's)
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:but|while|whereas)\s+(?!(?:was|were|is|are|has|had|\w+ed)\b)")
# "ended the week 14 basis points lower at 4.17%": the side of the points is the direction
_POINTS_SIDE = re.compile(r"\s+(higher|lower)\b")
_SIGN_RIGHT_AFTER = re.compile(r"\s*:?\s*(?:(?:also|too)\s+)?([+\-\u2212])")  # "CPI +0.2%", "PPI: -2.1%"
_SIGNED_AFTER = re.compile(r"\s*[,(]?\s*([+\-\u2212]|up\s+|down\s+)")  # "4.11%, down 3 bps"
# "U.S. employers added 143,000 jobs", "Canada lost 65,500 jobs": the monthly payrolls, told
# by who hired or by the country (a company's "Amazon will cut 14,000 jobs" is no such datum)
_JOBS = (r"\b(?:(?i:employers|businesses|the\s+private\s+sector)|"
         r"(?:[Tt]he\s+(?:[A-Z][\w.]*\s+)?|[A-Z][\w.]*['’]s\s+|[A-Z][\w.]*\s+)economy|{place})\s+"
         r"(?P<verb>added|created|shed|lost|cut|adds|creates|sheds|loses|cuts)\s+(?:(?:a\s+net|just|only|about|"
         r"roughly|an\s+estimated)\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})+)\s+(?:new\s+)?jobs\b")


@cache
def _jobs() -> re.Pattern[str]:
    """The payrolls pattern; a country opens its sentence ("Canada lost ..."), so no
    company of that place is taken for it."""
    places = wordlists.trie_pattern(sorted(wordlists.places()))
    return re.compile(_JOBS.format(place=rf"(?<![^\n.:;]\s)(?<!\w)(?:{places})(?:\s+(?:{places}))?"))
_RATES = re.compile(r"\brates\b")
_IF = re.compile(r"\b(?i:if|unless)\b")  # "If the BOJ raises rates to 1%, ...": no decision
_DECISION_VERBS = (r"holds|held|keeps|kept|leaves|left|maintains|maintained|cuts|cut|lowers|lowered|"
                   r"trims|trimmed|slashes|slashed|raises|raised|hikes|hiked|lifts|lifted")
_NAMES = {"company", "index", "firm"}  # a name after the indicator has its own numbers
# "property investment trusts rose 2%": the indicator's words name a kind of company or fund
_NAME_AFTER = re.compile(r"\s+(?:trusts?|funds?|firms?|companies|stocks|shares)\b", re.IGNORECASE)
# "dragged down by a 13.9% slump in property investment": the change told as a noun before it
_CHANGE_BEFORE = re.compile(r"\ban?\s+(?P<pct>\d+(?:\.\d+)?)(?:%|\s+percent)\s+(?P<move>[a-z]+)\s+in\s+$")
# a bond by its tenor alone, on a rates desk: "the benchmark 10-year eased to 4.24%", "10-yr:
# 4.29% (-2 bps)", "2s steady at 3.91%; 10s down 3 bps"; a reading follows it ("a 10-year
# high", "its 10-year average" are no bond)
_TENOR = re.compile(r"(?<![\w$/.'-])(?P<tenor>(?:\d{1,2}|two|three|five|seven|ten|twenty|thirty)-(?:year|yr)|"
                    r"(?P<short>[2357]|10|20|30)s)(?:\s+(?P<bond>Treasury|Treasuries|notes?|bonds?|gilts?|"
                    r"Bunds?|JGBs?|OATs?|BTPs?))?(?![\w-])", re.IGNORECASE)
_READING_AFTER = re.compile(r"\s*:\s*[+\-\u2212]?\d|\s+(?:[+\-\u2212(]?\d|(?:at|was|is|hit|hits|touched|"
                            r"touches|stood|ended|closed|finished|traded)\b)")
_SPACE = re.compile(r"\s+")
_SHORT_TENORS = {"2": "two", "3": "three", "5": "five", "7": "seven"}
# "Treasury yields spike ...; 10-year hits 4.43%": the yields' move is the tenor's
_GENERIC_YIELD = re.compile(r"(?:treasury|bond|gilt|bund|jgb|oat|btp|government\s+bond)\s+yields?$")
_YIELDS_VERB = re.compile(r"\s+(?:(?:are|were|is|was|have|had)\s+)?(?:\w+ly\s+)?")
_BOND_WORDS = {"treasury": "Treasury", "treasuries": "Treasury", "gilt": "gilt", "gilts": "gilt",
               "bund": "Bund", "bunds": "Bund", "jgb": "JGB", "jgbs": "JGB", "oat": "OAT",
               "oats": "OAT", "btp": "BTP", "btps": "BTP"}
# "the one-year loan prime rate at 3.0% and the five-year at 3.5%": a rate's tenor, no bond
_TENORED_RATE = re.compile(r"-(?:year|month|week|day)\b[^,;]{0,30}$")
# "... the one-year LPR at 3.0% and the five-year at 3.5%": the bare tenor right after the
# rate's own reading is the same rate at another tenor (a separate pattern object marks it)
_TO_FIGURE = re.compile(r"\s+to\s+\d")
_RATE_TENOR = re.compile(f"(?:{_TENOR.pattern})", re.IGNORECASE)  # not re's cached _TENOR
_RATE_READING_AND = re.compile(r"\s+(?:(?:unchanged|steady)\s+)?(?:at|to)\s+[\d.]+%,?\s+and\s+"
                               r"(?:the\s+|its\s+)?")
# "Excluding autos, sales slipped 0.3%", "Stripping out food and energy, the core index rose
# 0.2%": the indicator told before, less what is left out: its core reading
_LEFT_OUT = re.compile(r"\b(?i:excluding|stripping\s+out|leaving\s+out|ex-)\s*[^,;.]{1,60},\s+(?:the\s+)?"
                       r"(?:so-called\s+)?(?:(?P<core>core\s+)(?P<measure>index|gauge|measure|reading|prices)|"
                       r"(?P<noun>sales|prices|orders))\b")
_CORE_NOUN = re.compile(r"(?:core\s+)?(?:index|gauge|measure|reading|prices|sales|orders)\b")
# "core" standing for a price index's core: its reading or move right after it
_BARE_CORE = re.compile(r"(?<![\w-])(?i:core)(?![\w-])")
_CORE_ADVERB = re.compile(r"\s+(?:(?:also|too|then|likewise|was|is|were)\s+)?")
_READING_OR_MOVE = re.compile(r"\s*:\s*[+\-\u2212]?\d|\s+(?:(?:also|too|likewise)\s+)?(?:[+\-\u2212]\d|"
                              r"(?:at|was|is|came\s+in\s+at|stood\s+at|steady\s+at|unchanged\s+at)\s+[+\-\u2212]?\d)")
_PRICES = frozenset({"CPI", "PPI", "PCE price index", "WPI"})
# "French business activity contracted ..., with the composite PMI at 46.9": the survey's
# reading is the activity's move the clause before tells
_WITH_BEFORE = re.compile(r",\s*with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
# "in line with expectations,", "matching economists' forecasts,": a comparison with no figure
# of its own; the indicator's numbers go on after it
_MET = re.compile(r"\b(?:in\s+line\s+with|matching|matched|meeting|met|beating|missing|topping|"
                  r"exceeding|above|below|ahead\s+of|short\s+of)\s+(?:[\w']+\s+){0,2}$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"\s*,")


def sentence_macro(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    words = wordlists.macro_words()
    terms = _outside_asides(text, [t for t in words.pattern.finditer(text, start, end)
                                   if not _NAME_AFTER.match(text, t.end())], words)
    terms = _shipments_after_exports(terms, words)
    terms = sorted(terms + _decided_rates(text, start, end) + _releases(text, start, end, terms, words),
                   key=lambda t: t.start())
    cores = _left_out(text, start, end, terms, words) | _bare_core(text, start, end, terms, words)
    terms = sorted(terms + _tenors(text, start, end, terms, words) + [m for m, _ in cores.values()],
                   key=lambda t: t.start())
    facts: list[Fact] = []
    tenors: list[Fact] = []
    last_end = start
    for i, term in enumerate(terms):
        body = _body(text, term, words)
        stop = min(terms[i + 1].start() if i + 1 < len(terms) else end, term.end() + MAX_REACH,
                   *(m.start for m in mentions if m.start >= body and m.kind in _NAMES))
        clause = _NEXT_CLAUSE.search(text, term.end(), stop)
        # "..., while the annual rate slowed to 2.9%": the clause reads the same indicator
        stop = clause.start() if clause and not _BY_REFERENCE.match(text, clause.start()) else stop
        forecast = _forecast(text, body, stop, words)
        stop = forecast.start() if forecast else stop
        reference = _BY_REFERENCE.search(text, term.end(), stop)
        fact = _fact(text, start, end, term, body, reference.start() if reference else stop, words)
        if fact is not None and term.re is _RATES:
            fact = _told_rates(fact)
        if fact is not None and term.re in (_CORE_NOUN, _BARE_CORE):
            fact.subject = f"core {cores[term.start()][1]}"
        if fact is not None and term.re is words.release_line:
            fact.subject = words.releases[term.group().lower()]
        if fact is not None and term.re is _TENOR:
            fact = _tenor_reading(text, fact, term, terms[:i], words)
        if fact is not None and term.re is _RATE_TENOR:
            rate = terms[i - 1]
            fact.subject = f"{_tenor(term)} {_SPACE.sub(' ', text[rate.start():rate.end()])}"
        if fact is not None:
            if fact.direction is None and facts and _shares_verb(text, last_end, term, stop) and \
                    (term.re is not _TENOR or any(facts[-1] is t for t in tenors)):
                fact.direction = facts[-1].direction
            if fact.direction is None and (term.re in (_TENOR, _RATE_TENOR) or not _without_change(fact)):
                continue
            again = _reading_by_reference(text, fact, reference, stop, words) if reference \
                else _and_change(text, fact, term.end(), stop, words)
            facts += [fact, again] if again else [fact]
            tenors += [fact] if term.re is _TENOR else []
            last_end = term.end()
    facts = _fold_generic_yields(facts, tenors, words)
    return _fold_generic_rate(facts, words) + _jobs_added(text, start, end, words)


def _shipments_after_exports(terms: list[re.Match[str]],
                             words: wordlists.MacroWords) -> list[re.Match[str]]:
    exports = next((t.start() for t in terms if words.table.get(_phrase(t)) == "exports" and
                    not _PRODUCT_SHIPMENTS.fullmatch(t.group())), None)
    return [t for t in terms if not _PRODUCT_SHIPMENTS.fullmatch(t.group()) or
            exports is not None and exports < t.start()]


def _releases(text: str, start: int, end: int, terms: list[re.Match[str]],
              words: wordlists.MacroWords) -> list[re.Match[str]]:
    """"Ifo: 88.4 (cons 88.7, prev 88.4)", "ZEW 47.5": a survey told by its compiler alone,
    its figure right after, outside the terms found ("the Ifo index" is one)."""
    return [m for m in words.release_line.finditer(text, start, end)
            if not any(t.start() <= m.start() < t.end() for t in terms)]


def _tenors(text: str, start: int, end: int, terms: list[re.Match[str]],
            words: wordlists.MacroWords) -> list[re.Match[str]]:
    """Bonds named by their tenor alone with a reading after them, outside the terms found,
    never beside a mortgage or after a rate with tenors of its own ("the five-year at 3.5%")."""
    found = []
    for m in _TENOR.finditer(text, start, end):
        if any(t.start() < m.end() and m.start() < t.end() for t in terms):
            continue
        before = [t for t in terms if t.end() <= m.start()]
        if before and words.table.get(_phrase(before[-1])) == "interest rate" and \
                _TENORED_RATE.search(text, max(start, before[-1].start() - 12), before[-1].end()):
            if _rate_tenor(text, before[-1], m, words):
                found.append(_RATE_TENOR.match(text, m.start()))
        elif _reading_after(text, m.end(), words):
            found.append(m)
    return [] if found and "mortgage" in text[start:end].lower() else found


def _rate_tenor(text: str, rate: re.Match[str], tenor: re.Match[str],
                words: wordlists.MacroWords) -> bool:
    """"kept the one-year LPR at 3.0% and the five-year at 3.5%", "cut ... to 3.35%, and the
    five-year to 3.85%": the tenor, with no bond of its own, right after the rate's reading,
    with one of its own."""
    return not tenor.group("bond") and \
        bool(_RATE_READING_AND.fullmatch(text, rate.end(), tenor.start())) and \
        (_reading_after(text, tenor.end(), words) or bool(_TO_FIGURE.match(text, tenor.end())))


def _reading_after(text: str, pos: int, words: wordlists.MacroWords) -> bool:
    """"at 4.44%", ": 4.29%", "4.92% (-2 bps)", "eased to", "steady at": a reading follows."""
    if _READING_AFTER.match(text, pos):
        return True
    space = _SPACE.match(text, pos)
    return bool(space and words.moves.match(text, space.end()))


def _phrase(term: re.Match[str]) -> str:
    return " ".join(term.group().lower().split())


def _tenor_reading(text: str, fact: Fact, term: re.Match[str], before: list[re.Match[str]],
                   words: wordlists.MacroWords) -> Fact | None:
    """The tenor's yield, named with the bond the sentence tells ("Treasury yields are steady,
    with the 10-year at 4.44%": the 10-year Treasury yield); with no move of its own, the
    one of the yields told before it."""
    generic = next((t for t in reversed(before) if _GENERIC_YIELD.search(_phrase(t))), None)
    tenor = _tenor(term)
    bond = term.group("bond") or (generic and generic.group().split()[0]) or ""
    bond = _BOND_WORDS.get(bond.lower())
    fact.subject = " ".join(filter(None, (tenor, bond, "yield")))
    if fact.direction is None and generic is not None:
        move = words.moves.match(text, _YIELDS_VERB.match(text, generic.end()).end())
        fact.direction = move and words.directions.get(move.group())
    return fact


def _tenor(term: re.Match[str]) -> str:
    """"10-yr", "10s", "five-year" as "10-year", "10-year", "five-year"."""
    if term.group("short"):
        return f"{_SHORT_TENORS.get(term.group('short'), term.group('short'))}-year"
    return term.group("tenor").lower().replace("-yr", "-year")


def _fold_generic_yields(facts: list[Fact], tenors: list[Fact],
                         words: wordlists.MacroWords) -> list[Fact]:
    """"Treasury yields are steady, with the 10-year at 4.44% and the 2-year at 3.97%": the
    yields' move without a figure is told by the tenors' readings after it."""
    if not tenors:
        return facts
    first = next(i for i, f in enumerate(facts) if f is tenors[0])
    return [f for i, f in enumerate(facts) if not (
        i < first and _GENERIC_YIELD.search(f.subject.lower()) and
        all(v is None for v in (f.level, f.points, f.change_pct, f.range)))]


def _left_out(text: str, start: int, end: int, terms: list[re.Match[str]],
              words: wordlists.MacroWords) -> dict[int, tuple[re.Match[str], str]]:
    """"Excluding autos, sales slipped 0.3%": the core reading of the indicator told last
    before it whose noun it repeats ("sales": retail sales; "prices", "the core index": a
    price index), by where its noun starts."""
    if text.find("xcluding", start, end) < 0 and text.find(" out", start, end) < 0 and \
            text.find("x-", start, end) < 0:
        return {}
    found = {}
    for m in _LEFT_OUT.finditer(text, start, end):
        pos = m.start("core") if m.group("core") else m.start("noun")
        indicator = _indicator_before(text, m.start(), m.group("noun") or m.group("measure"), words)
        if indicator and not any(t.start() < m.end() and pos < t.end() for t in terms):
            found[pos] = (_CORE_NOUN.match(text, pos), indicator)
    return found


def _bare_core(text: str, start: int, end: int, terms: list[re.Match[str]],
               words: wordlists.MacroWords) -> dict[int, tuple[re.Match[str], str]]:
    """"CPI rose 0.3% m/m; core also +0.3%", "Core slows to 2.4% from 2.7%": "core" with no
    noun, its reading right after it, is the core of the price index told last before it."""
    if text.lower().find("core", start, end) < 0:
        return {}
    found = {}
    for m in _BARE_CORE.finditer(text, start, end):
        if any(t.start() < m.end() and m.start() < t.end() for t in terms) or \
                not _READING_OR_MOVE.match(text, m.end()) and \
                not words.moves.match(text, _CORE_ADVERB.match(text, m.end()).end()):
            continue
        before = list(words.pattern.finditer(text, max(0, m.start() - 300), m.start()))
        indicator = words.table.get(_phrase(before[-1])) if before else None
        if indicator in _PRICES:
            found[m.start()] = (m, indicator)
    return found


def _indicator_before(text: str, pos: int, noun: str, words: wordlists.MacroWords) -> str | None:
    """The last indicator told before ``pos`` that ``noun`` can stand for."""
    for t in reversed(list(words.pattern.finditer(text, max(0, pos - 400), pos))):
        indicator = words.table.get(_phrase(t), "")
        if noun in indicator.split() or indicator in _PRICES and noun not in ("sales", "orders"):
            return indicator
    return None


def _decided_rates(text: str, start: int, end: int) -> list[re.Match[str]]:
    """"BOK holds rates at 3%", "the central bank cut rates by 25 bps": plain "rates" are
    the policy rate only as the object of a central bank's decision."""
    if text.find(" rates", start, end) < 0:
        return []
    return [m for m in _RATES.finditer(text, start, end)
            if _rates_decision().search(text, max(start, m.start() - 80), m.start()) and
            not _IF.search(text, start, m.start())]


def _told_rates(fact: Fact) -> Fact | None:
    """A decision on plain "rates" is the policy rate's with the figure it gives ("cuts
    rates by 25 bps to 2%"); without one ("The Fed held rates steady") it is none."""
    if fact.level is None and fact.points is None and fact.range is None:
        return None
    return replace(fact, subject="interest rates", change_pct=None, qualifier=None)


@cache
def _rates_decision() -> re.Pattern[str]:
    """A central bank and its decision verb right before "rates"."""
    banks = wordlists.trie_pattern(sorted(wordlists.lines("central_banks.txt")))
    return re.compile(rf"\b(?:{banks}|(?i:central\s+bank))(?:\s+(?:has|had|on\s+[A-Z][a-z]+day))?\s+"
                      rf"(?:{_DECISION_VERBS})\s+(?:its\s+)?(?:key\s+)?$")


def _fold_generic_rate(facts: list[Fact], words: wordlists.MacroWords) -> list[Fact]:
    """"The Fed cut interest rates by 25 basis points, lowering the federal funds rate to
    4.25%-4.50%", "..., taking the cash rate to 3.85%": one decision told twice; the named
    rate takes the generic one's direction and points."""
    for generic, named in pairwise(facts):
        subject = generic.subject.lower()
        if subject.rstrip("s") == words.table.get(subject) == \
                words.table.get(named.subject.lower()) and \
                named.direction in (None, generic.direction):
            named.direction = generic.direction
            named.points = named.points if named.points is not None else generic.points
            return [f for f in facts if f is not generic]
    return facts


def _jobs_added(text: str, start: int, end: int, words: wordlists.MacroWords) -> list[Fact]:
    if text.find(" jobs", start, end) < 0:
        return []
    m = _jobs().search(text, start, end)
    if m is None or _forecast(text, start, m.start(), words) or \
            _MODAL.search(text, start, m.start("verb")):
        return []
    direction = "up" if m.group("verb") in ("added", "created", "adds", "creates") else "down"
    return [Fact(kind="macro", subject="jobs", direction=direction,
                 level=float(m.group("n").replace(",", "")), evidence=text[start:end],
                 span=[start, end])]


def _body(text: str, term: re.Match[str], words: wordlists.MacroWords) -> int:
    """Where what is said of the indicator starts: after its bond ("the yield on the 10-year
    JGB") and an aside ("the two-year yield, which tracks rate expectations, fell ..."),
    whose words are neither a name, nor a forecast, nor a figure."""
    bond = _BOND.match(text, term.end())
    pos = bond.end() if bond else term.end()
    aside = _ASIDE_AFTER.match(text, pos)
    return aside.end() if aside and not words.moves.search(text, pos, aside.end()) else pos


def _without_change(fact: Fact) -> bool:
    """A change with no direction read is no datum ("exports ... 1.7%": up or down?): it is
    dropped; whether a reading is left."""
    if fact.change_pct is not None:
        fact.change_pct = fact.qualifier = None
    return any(v is not None for v in (fact.level, fact.points, fact.range, fact.amount))


def _outside_asides(text: str, terms: list[re.Match[str]],
                    words: wordlists.MacroWords) -> list[re.Match[str]]:
    """Leave out a term in an appositive or a "which" aside of the one before: "core PCE,
    the Fed's preferred inflation gauge, increased 2.9%" is core PCE's rise, "the two-year
    yield, which tracks interest rate expectations, rose 6 basis points" the yield's."""
    return [t for i, t in enumerate(terms)
            if not (i and (_APPOSITIVE.fullmatch(text, terms[i - 1].end(), t.start()) and
                           _ASIDE_END.match(text, t.end()) or
                           t.start() < _body(text, terms[i - 1], words)) or
                    _ends_aside(text, t))]


def _ends_aside(text: str, term: re.Match[str]) -> bool:
    """"stocks, which are sensitive to interest rates, fell": the term ends an aside."""
    return bool(_AT_ASIDE_END.match(text, term.end()) and
                _IN_ASIDE.search(text, max(0, term.start() - 60), term.start()))


def _shares_verb(text: str, last_end: int, term: re.Match[str], stop: int) -> bool:
    """"kept A at 3.1% and B at 3.6%": B takes A's verb; not with a verb of its own
    ("and the PMI came in at 50.4") nor across "while"."""
    return not _SIGN_RIGHT_AFTER.match(text, last_end) and \
        not _OWN_VERB.search(text, term.end(), stop) and \
        not _OWN_VERB.search(text, last_end, term.start()) and \
        not _WHILE.search(text, last_end, term.start())


def _fact(text: str, start: int, end: int, term: re.Match[str], body: int, stop: int,
          words: wordlists.MacroWords) -> Fact | None:
    phrase = " ".join(term.group().lower().split())
    indicator = words.table.get(phrase) or words.table.get(words.releases.get(phrase, "").lower())
    previous = _PREVIOUS.search(text, term.end(), stop)
    qs = [q for q in quantities(text, term.end(), previous.start() if previous else stop)
          if not is_year(q, text) and not q.drop and _fits(q, indicator)]
    for q in qs:
        _drop_particle(text, q, words)
        _scale_count(text, q)
    if indicator == _RESERVES:  # "rose to $3.34 trillion", not "fell by $2.3 billion"
        qs = [q for q in qs if not q.money or _VALUE_BEFORE.search(text, max(start, q.start - 24), q.start)]
    if indicator == _LOANS or indicator in (_FINANCING, _RESERVES) and qs and qs[0].money:
        return _loans(text, start, end, term, qs, stop, words)
    if not qs and indicator != _BALANCE:
        return _change_before(text, start, end, term, words) or \
            _unchanged(text, start, end, term, body, words)
    if qs and _flat_before_break(text, body, qs[0].start, words):
        return _unchanged(text, start, end, term, body, words)
    if not qs or _forecast_modal(text, start, end, qs) or \
            _is_forecast(text, start, term, body, qs[0].start, words) or \
            _SPREAD_BEFORE.search(text, max(start, term.start() - 60), term.start()):
        return None
    fact = Fact(kind="macro", subject=_subject(text, start, term, words),
                evidence=text[start:end], span=[start, end])
    # a survey's sign is its balance's ("GfK -19"), never a move
    fact.direction = _direction(text, start, term, qs[0].start, words) or \
        (_signed_reading(text, body, qs[0]) if indicator != "sentiment" else None)
    if indicator == _BALANCE:  # the direction is the balance's, so is the name
        fact.subject = _BALANCE
        fact.direction = _balance_direction(text, term, qs[0].start, fact.direction)
        fact.amount, fact.currency = qs[0].money, qs[0].currency
        return fact
    _read_values(fact, text, start, qs, indicator)
    _rate_against_previous(text, fact, qs)
    if fact.direction is None:
        _against_prior(text, fact, qs)
    if fact.level is None and _quote_level(text, body, qs):
        fact.level, fact.change_pct, fact.qualifier = qs[0].value, None, None
    fact.direction = fact.direction or _points_side(text, qs)
    if fact.direction is None and fact.level is not None:
        fact.direction = _against_previous(text, fact.level, qs, words) or _signed_change(text, qs) \
            or _from_previous(text, _reading(qs, fact.level)) or \
            _extreme(text, _reading(qs, fact.level))
    if fact.direction is None and indicator == "PMI":
        fact.direction = _activity(text, start, term, words)
    if fact.level is None and fact.change_pct is None and fact.points is None and \
            fact.range is None:
        return None
    return fact


def _scale_count(text: str, q: Quantity) -> None:
    """A count keeps the scale written on it ("Payrolls +177K", "claims 221 thousand",
    "openings 7.4M", "1.95 million"): the figure as a whole number, never 177 or 1.95."""
    if q.currency or q.unit is not None:
        return
    after = _SCALE_AFTER.match(text, q.end)
    scale = after or (_SCALE_IN.search(text, q.start, q.end) if text[q.end:q.end + 1] != "/" else None)
    if scale:
        q.value = float(round(q.value * _COUNT_SCALES[scale.group("scale").lower()]))
        q.end = after.end() if after else q.end


def _flat_before_break(text: str, body: int, figure: int, words: wordlists.MacroWords) -> bool:
    """The indicator is told flat and its clause ends before the first figure."""
    flat = _FLAT_AFTER.match(text, body, figure)
    brk = _CLAUSE_BREAK.search(text, flat.end(), figure) if flat else None
    return brk is not None and not words.moves.match(text, brk.end())


def _activity(text: str, start: int, term: re.Match[str], words: wordlists.MacroWords) -> str | None:
    """"Factory activity contracted for a sixth month, with the PMI at 48.2": down, the move
    of the activity the survey reads, told in the clause before its "with"."""
    with_ = _WITH_BEFORE.search(text, max(start, term.start() - 40), term.start())
    moves = list(_activity_moves().finditer(text, start, with_.start())) if with_ else []
    return words.activity[" ".join(moves[-1].group("verb").lower().split())] if moves else None


@cache
def _activity_moves() -> re.Pattern[str]:
    verbs = wordlists.trie_pattern(sorted(wordlists.macro_words().activity), fold=True)
    return re.compile(rf"\b(?i:activity|sector|factor(?:y|ies)|manufacturing|manufacturers|services|"
                      rf"business(?:es)?|output)\b[^,;]{{0,40}}?\b(?P<verb>(?i:{verbs}))\b")


def _subject(text: str, start: int, term: re.Match[str], words: wordlists.MacroWords) -> str:
    """The indicator as written, with its modifiers ("five-year LPR")."""
    tenor = _YIELD_ON.match(term.group())
    if tenor:  # "the yield on benchmark U.S. 10-year Treasury notes": "10-year Treasury yield"
        bond = _BOND.match(text, term.end())
        name = bond and _BOND_NAMES.get(bond.group(1), bond.group(1))
        maturity = tenor.group("year") and f"{tenor.group('year')} bond"
        return " ".join(filter(None, (tenor.group("tenor") or maturity, name, "yield")))
    modifier = _MODIFIER.search(text, max(start, term.start() - 40), term.start())
    phrase = " ".join(term.group().lower().split())
    if phrase not in words.table:  # "Profits at China's industrial firms": profits
        return _wildcard_indicator(phrase, words)
    if words.moves.search(text, term.start(), term.end()) or phrase.startswith(("the ", "its ")):
        return words.table[phrase]  # "economy grew": GDP; "its services gauge": PMI
    destination = _DESTINATION.match(text, term.end()) \
        if words.table.get(term.group().lower()) in _TRADE else None
    written = text[modifier.start() if modifier else term.start():
                   destination.end() if destination else term.end()]
    return " ".join(written.split())


def _wildcard_indicator(phrase: str, words: wordlists.MacroWords) -> str:
    """The indicator a phrase with a wildcard names; its words around the wildcard are no
    name of their own."""
    return next((indicator for wild, indicator in words.table.items()
                 if "*" in wild and _wildcard(wild).fullmatch(phrase)), phrase)


@cache
def _wildcard(wild: str) -> re.Pattern[str]:
    return re.compile(wordlists.trie_pattern([wild]))


def _loans(text: str, start: int, end: int, term: re.Match[str], qs: list[Quantity], stop: int,
           words: wordlists.MacroWords) -> Fact | None:
    """New loans are money, after the term or before it ("banks extended 1.06 trillion yuan
    in new yuan loans, up from 260 billion yuan": 1.06 trillion, up); never the amount they
    came from."""
    before = next((q for q in quantities(text, max(start, term.start() - 40), term.start())
                   if q.money and q.unit is None and
                   _AMOUNT_OF.fullmatch(text, q.end, term.start())), None)
    amount = before or next((q for q in qs if not _FROM.search(text, start, q.start)), None)
    after = qs[0].start if qs else stop
    if amount is None or _MODAL.search(text, start, max(amount.end, after)) or \
            _is_forecast(text, start, term, term.end(), after, words):
        return None
    fact = Fact(kind="macro", subject=_subject(text, start, term, words),
                direction=_direction(text, start, term, after, words),
                evidence=text[start:end], span=[start, end])
    fact.direction = fact.direction or _from_previous(text, amount)
    fact.amount, fact.currency = amount.money, amount.currency
    return fact


def _change_before(text: str, start: int, end: int, term: re.Match[str],
                   words: wordlists.MacroWords) -> Fact | None:
    """"dragged down by a 13.9% slump in property investment": the indicator's change told
    by a noun before it; not in a forecast ("expect a 5% rise in exports")."""
    change = _CHANGE_BEFORE.search(text, max(start, term.start() - 30), term.start())
    direction = change and words.directions.get(change.group("move"))
    if not direction or _MODAL.search(text, start, term.start()) or \
            _forecast(text, start, term.start(), words):
        return None
    return Fact(kind="macro", subject=_subject(text, start, term, words), direction=direction,
                change_pct=float(change.group("pct")), evidence=text[start:end], span=[start, end])


def _unchanged(text: str, start: int, end: int, term: re.Match[str], body: int,
               words: wordlists.MacroWords) -> Fact | None:
    """A reading told flat without a figure: "Italy's 10-year yield was steady", "kept its
    key rate unchanged" (not "aims to keep inflation stable")."""
    flat = _FLAT_AFTER.match(text, body, end)
    if flat is None or _MODAL.search(text, start, flat.end()) or \
            _is_forecast(text, start, term, body, flat.end(), words):
        return None
    if flat.group("copula") is None and \
            _direction(text, start, term, flat.start(), words) != "flat":
        return None
    return Fact(kind="macro", subject=_subject(text, start, term, words), direction="flat",
                evidence=text[start:end], span=[start, end])


def _forecast_modal(text: str, start: int, end: int, qs: list[Quantity]) -> bool:
    """A modal before the figures makes them a forecast, but for "will" with the date the
    decision takes effect, and for a central bank's own decision."""
    modals = list(_MODAL.finditer(text, start, qs[0].start))
    return bool(modals) and not (
        len(modals) == 1 and _bank_decision(text, start, end, modals[0]) or
        modals[0].group() == "will" and any(_EFFECTIVE.match(text, q.end) for q in qs))


def _bank_decision(text: str, start: int, end: int, modal: re.Match[str]) -> bool:
    """"The PBOC said it would lower the RRR by 50 bp", "The PBOC will cut the RRR by 50 bp
    from May 15, ..., and lower the repo rate": a central bank telling its own decision, the
    "will" with a figure's date of effect; never on a condition ("if inflation slows")."""
    said = _bank_said().search(text, start, modal.start())
    if said is None or _CONDITION.search(text, modal.end(), end):
        return False
    if modal.group() == "would":
        return said.group("said") is not None
    return said.group("said") is None and \
        any(_EFFECTIVE.match(text, q.end) for q in quantities(text, modal.end(), end))


@cache
def _bank_said() -> re.Pattern[str]:
    """A central bank as the modal's subject, itself or in reported speech."""
    banks = wordlists.trie_pattern(sorted(wordlists.lines("central_banks.txt")))
    return re.compile(rf"\b(?:{banks}|(?i:central\s+bank))(?P<said>\s+(?:said|announced)"
                      rf"(?:\s+on\s+[A-Z][a-z]+day)?(?:\s+that)?\s+it)?\s+$")


def _and_change(text: str, fact: Fact, term_end: int, stop: int,
                words: wordlists.MacroWords) -> Fact | None:
    """"CPI rose 0.3% in May and was up 2.4% from a year earlier": a second change of
    the same indicator, with its own verb or the first one's ("rose 0.3% on the month and
    2.4% from a year earlier")."""
    if fact.change_pct is None:
        return None
    pcts = [q for q in quantities(text, term_end, stop) if q.unit == "pct"]
    for prev, q in pairwise(pcts):
        verb = _AND_MOVE.search(text, prev.end, q.start)
        word = verb.group(1).lower() if verb else ""
        direction = word if word in ("up", "down") else words.directions.get(word)
        if verb is None and _AND_BARE.fullmatch(text, prev.end, q.start) and \
                _YEAR_ON.match(text, q.end) and prev.value == fact.change_pct:
            direction = fact.direction
        if direction:
            return replace(fact, direction=direction, change_pct=q.value,
                           qualifier=q.qualifier, level=None, points=None)
    return None


def _reading_by_reference(text: str, fact: Fact, reference: re.Match[str], stop: int,
                          words: wordlists.MacroWords) -> Fact | None:
    """"..., and the annual rate slowed to 2.3%": the indicator's second reading, with its
    own verb; "to 2.3%" is the rate's level."""
    q = next((q for q in quantities(text, reference.end(), stop) if q.unit == "pct"), None)
    if q is None:
        return None
    verb = words.moves.search(text, reference.end(), q.start)
    direction = verb and words.directions.get(verb.group().lower()) or \
        _PARTICIPLES.get(reference.group("by") or "")
    if not direction or _MODAL.search(text, reference.end(), q.start) or \
            _forecast(text, reference.end(), q.start, words):
        return None
    level = _VALUE_BEFORE.search(text[max(reference.end(), q.start - 24):q.start])
    return replace(fact, direction=direction, change_pct=None if level else q.value,
                   level=q.value if level else None, qualifier=q.qualifier, points=None,
                   range=None)


def _fits(q: Quantity, indicator: str | None) -> bool:
    """Whether a number can be the indicator's: a trade balance is money, the others
    percentages or, for an index or a count, bare numbers ("a PPI of 401 pixels" is none);
    jobs are a count."""
    if indicator in (_BALANCE, _LOANS):
        return bool(q.money) and q.unit is None
    if indicator in (_FINANCING, _RESERVES) and q.money:  # "rose by 4.2 trillion yuan"
        return q.unit is None
    if indicator == "jobs":  # "maximum employment and 2% inflation": 2% is inflation's
        return not q.currency and q.unit is None
    return not q.currency and (indicator in _LEVELS or q.unit in ("pct", "pp", "bps"))


def _balance_direction(text: str, term: re.Match[str], first_number: int,
                       direction: str | None) -> str | None:
    """A trade balance rises with its surplus: "the deficit widened" is down, and so is
    "the trade balance swung to a deficit"."""
    if _DEFICIT.search(term.group()) and direction in ("up", "down"):
        return "down" if direction == "up" else "up"
    swing = _DEFICIT.search(text, term.end(), first_number) or \
        _SURPLUS.search(text, term.end(), first_number)
    if direction is None and swing:
        return "down" if swing.re is _DEFICIT else "up"
    return direction


def _read_values(fact: Fact, text: str, start: int, qs: list[Quantity],
                 indicator: str | None) -> None:
    """The level, change, points or range among the indicator's numbers."""
    range_end = None
    for q, after in zip(qs, [*qs[1:], None]):
        if q is range_end:
            continue
        sign = _sign(text, q)
        sign_word = _SIGN_WORD.search(text, max(start, q.start - 7), q.start)
        before = text[max(start, q.start - 24):
                      sign_word.start() if sign_word else q.start - (sign < 0)]
        if q.unit in ("bps", "pp"):
            fact.points = fact.points if fact.points is not None else q.value
        elif after and fact.level is None and fact.change_pct is None and \
                _is_range(text, q, after):
            fact.range, range_end = [q.value, after.value], after
        elif fact.level is None and fact.range is None and (
                _VALUE_BEFORE.search(before) or _THRESHOLD.match(text, q.start) or
                indicator in _LEVELS and q.unit is None and not _FROM.search(before) and
                not _TO.match(text, q.end)):  # "claims rose 8,000 to 230,000": a change
            fact.level = sign * q.value
            fact.qualifier = q.qualifier  # "above 4.5%": more than 4.5%
        elif q.unit == "pct" and fact.change_pct is None and fact.level is None and \
                fact.range is None:
            fact.change_pct, fact.qualifier = q.value, q.qualifier


def _rate_against_previous(text: str, fact: Fact, qs: list[Quantity]) -> None:
    """"CPI rose 2.8% in the year to August, down from 3.5% in July": the figure is the
    rate's reading, told against the one before, and the rate's direction is that one's."""
    if fact.change_pct is None or fact.level is not None:
        return
    previous = _from_previous(text, _reading(qs, fact.change_pct))
    if previous:
        fact.level, fact.change_pct, fact.direction = fact.change_pct, None, previous


def _against_prior(text: str, fact: Fact, qs: list[Quantity]) -> None:
    """"CPI 2.4% y/y (cons 2.5%, prior 2.7%)", "Ifo: 88.4 (prev 88.4)", "2.1% vs 2.0%
    expected and 2.2% in April": a data line's reading against its prior, past the forecast
    beside it; the figure is the reading, its direction the one from the prior."""
    figure = fact.level if fact.level is not None else fact.change_pct
    reading = _reading(qs, figure) if figure is not None else None
    prior = reading and (_PRIOR_LABELLED.match(text, reading.end) or
                         _PRIOR_AFTER_FORECAST.match(text, reading.end))
    if not prior:
        return
    level = _sign(text, reading) * reading.value
    before = float(prior.group("prior").replace("\u2212", "-").replace(",", ""))
    scale = prior.groupdict().get("scale")
    before *= _COUNT_SCALES[scale.strip().lower()] if scale else 1
    fact.level, fact.change_pct, fact.qualifier = level, None, None
    fact.direction = "up" if level > before else "down" if level < before else "flat"


def _against_previous(text: str, level: float, qs: list[Quantity],
                      words: wordlists.MacroWords) -> str | None:
    """"came in at 0.13%, compared with 0.52% in the previous month": down, the reading
    measured against the one before; never against a forecast ("vs 2.0% expected": a beat
    is no rise)."""
    for q, after in pairwise(qs):
        if _sign(text, q) * q.value == level and _VERSUS.fullmatch(text, q.end, after.start) and \
                not words.forecasts.match(text, _SPACE_AFTER.match(text, after.end).end()) and \
                not _FORECAST_SHORT.match(text, after.end):
            previous = _sign(text, after) * after.value
            return "up" if level > previous else "down" if level < previous else "flat"
    return None


def _signed_reading(text: str, body: int, first: Quantity) -> str | None:
    """"CPI +0.2% y/y", "PPI: -2.1%", "Payrolls +177K": in a data line the sign right after
    the indicator is the change's direction."""
    sign = _SIGN_RIGHT_AFTER.fullmatch(text, body, first.start)
    return None if sign is None else "up" if sign.group(1) == "+" else "down"


def _sign(text: str, q: Quantity) -> int:
    """-1 for a figure told negative: "at -0.13%", "minus 3"."""
    return -1 if text[q.start - 1:q.start] in ("-", "\u2212") or \
        text.endswith("minus ", max(0, q.start - 6), q.start) else 1


def _reading(qs: list[Quantity], level: float) -> Quantity | None:
    """The quantity a level was read from (unsigned in "negative at -0.7%": signed level)."""
    return next((q for q in qs if abs(q.value) == abs(level)), None)


def _extreme(text: str, reading: Quantity | None) -> str | None:
    """"hits 1.6%, highest since 2008": a level told as a high is a rise to it, as a low a
    fall."""
    match = reading and _EXTREME.match(text, reading.end)
    return None if not match else "up" if match.group(1).lower() == "highest" else "down"


def _from_previous(text: str, reading: Quantity | None) -> str | None:
    match = reading and _FROM_PREVIOUS.match(text, reading.end)
    return None if not match else "flat" if match.group("flat") else match.group("dir")


def _signed_change(text: str, qs: list[Quantity]) -> str | None:
    """"10-year yield: 4.57%, +5 bps", "(-3 bps)", "4.11%, down 3 bps": a quote line's signed
    change after the level gives the direction."""
    for q, after in pairwise(qs):
        sign = _SIGNED_AFTER.fullmatch(text, q.end, after.start)
        if sign:
            return "up" if sign.group(1).strip() in ("+", "up") else "down"
    return None


def _points_side(text: str, qs: list[Quantity]) -> str | None:
    """"closed 3 basis points lower at 3.95%", "was 5 bps higher": up or down by the points."""
    side = next((m for q in qs if q.unit == "bps" and (m := _POINTS_SIDE.match(text, q.end))), None)
    return None if side is None else "up" if side.group(1) == "higher" else "down"


def _quote_level(text: str, body: int, qs: list[Quantity]) -> bool:
    """"3-year bond yield 2.46%, +3.1bp": in a quote line the figure right after the name,
    before a signed change, is the reading."""
    return len(qs) > 1 and not text[body:qs[0].start].strip() and \
        _SIGNED_AFTER.fullmatch(text, qs[0].end, qs[1].start) is not None


def _is_range(text: str, low: Quantity, high: Quantity) -> bool:
    """"a range of 4.75%-5.00%", "the 4.25% to 4.50% range": a band, not a level."""
    if low.unit != "pct" or high.unit != "pct":
        return False
    return bool(_DASH.fullmatch(text, low.end, high.start) or
                _TO.fullmatch(text, low.end, high.start) and
                _RANGE.search(text, max(0, low.start - 20), high.end + 8))


def _drop_particle(text: str, q: Quantity, words: wordlists.MacroWords) -> None:
    """"ticked up to 2.7%": the "up" is the verb's, so 2.7% is the level, not a ceiling."""
    to = _UP_TO.match(text, q.start) if q.qualifier == "up to" else None
    if to and any(m.end() == q.start + 2 for m in words.moves.finditer(
            text, max(0, q.start - 20), q.start + 2)):
        q.qualifier, q.start = None, to.end()


def _is_forecast(text: str, start: int, term: re.Match[str], body: int, first_number: int,
                 words: wordlists.MacroWords) -> bool:
    """Whether the indicator's figure is a forecast: a forecast word stands between them
    ("GDP likely grew"), or before the indicator in its clause ("expect CPI to rise") or
    in an earlier clause the indicator has no verb of its own to leave ("expect inflation
    to ease to 2.4%, and core inflation to 3.1%"; not "..., above the 160,000 economists
    had forecast, and the jobless rate dipped to 4.1%", "The RBI, which targets inflation
    of 4%, kept the repo rate at 6.5%"); an infinitive is no verb of its own ("expect
    inflation to ease, and the central bank to cut its key rate to 3%")."""
    if _forecast(text, body, first_number, words):
        return True
    before = _forecast(text, start, term.start(), words, last=True)
    while before is not None and _closed_bracket(text, before, term):
        before = _forecast(text, start, before.start(), words, last=True)
    if before is None:
        return False
    verb = _move_verb(text, start, term, first_number, words)
    return not _CLAUSE.search(text, before.end(), term.start()) or verb is None or \
        bool(_INFINITIVE.search(text, max(0, verb.start() - 20), verb.start()))


def _closed_bracket(text: str, forecast: re.Match[str], term: re.Match[str]) -> bool:
    """"CPI +0.3% (consensus 0.2%, prior 0.2%); core +0.3%": a forecast in brackets closed
    before the indicator is the earlier reading's, not this one's."""
    opened = text.rfind("(", max(0, forecast.start() - 30), forecast.start())
    return opened >= 0 and text.find(")", forecast.end(), term.start()) >= 0 and \
        text.find(")", opened, forecast.start()) < 0


def _forecast(text: str, start: int, end: int, words: wordlists.MacroWords,
              last: bool = False) -> re.Match[str] | None:
    """The first (or last) forecast word in ``text[start:end]`` that is no comparison."""
    found = None
    for m in words.forecasts.finditer(text, start, end):
        if not _COMPARED.search(text, max(0, m.start() - 60), m.start()) and \
                not _TARGET_RANGE.match(text, m.start()) and not _met(text, m):
            if not last:
                return m
            found = m
    return found


def _met(text: str, forecast: re.Match[str]) -> bool:
    """"rose 0.3%, in line with expectations, and ...": a forecast met or missed, with no
    figure of its own, closing an aside."""
    return bool(_ASIDE_CLOSE.match(text, forecast.end()) and
                _MET.search(text, max(0, forecast.start() - 40), forecast.start()))


def _direction(text: str, start: int, term: re.Match[str], first_number: int,
               words: wordlists.MacroWords) -> str | None:
    found = _move_verb(text, start, term, first_number, words)
    return words.directions.get(found.group().lower()) if found else None


def _move_verb(text: str, start: int, term: re.Match[str], first_number: int,
               words: wordlists.MacroWords) -> re.Match[str] | None:
    """The verb moving the indicator: after it, else before it in its own clause ("cut
    its key rate"), never one of another clause ("The Hang Seng rose 1%, while the
    Caixin PMI came in at 50.4")."""
    after = words.moves.search(text, term.start(), first_number)
    before = None
    clause = max(start, term.start() - 40)
    for m in _CLAUSE.finditer(text, clause, term.start()):
        clause = m.end()
    for m in words.moves.finditer(text, clause, term.start()):
        before = m
    if not (after or before) and _WITH.match(text, clause, term.start()):
        # "kept rates unchanged, with the LPR at 3%": the rates were kept, not "rose"
        kept = [m for m in words.moves.finditer(text, max(start, clause - 80), clause)
                if words.directions.get(m.group().lower()) == "flat"]
        before = kept[-1] if kept else None
    return after or before
