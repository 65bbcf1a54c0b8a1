"""Analyst views: who (a research firm, its analysts, or a named person), what in short,
and the stance.

A view needs a named source: a firm from the lexicon, a name after "analysts at", or a
person introduced as "an analyst/strategist at X". "Market analysts note ..." names
nobody: no fact. One sentence may hold several views ("X raised ..., while Y said ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ..models import Fact
from . import wordlists
from .mentions import HOUSE_REF, LAST_REF, STOCK_REF, THEY_REF, Mention, is_place
from .numbers import quantities
from .triggers import TO_RATING, find_triggers

# roles, in any case ("Head of Research", "SVP - Research", "head of European equity strategy")
# ("chief Asia and emerging markets equity strategist": a role over two fields)
_ANALYST = r"(?i:(?:[\w.-]+\s+){0,3}?(?:and\s+(?:[\w.-]+\s+){0,3}?)?(?:analysts?|strategists?|economists?|fund managers?|" \
           r"portfolio managers?|investment officer|researchers?|[as]?vp\W+(?:of\s+)?(?:[\w-]+\s+)?research|" \
           r"research (?:director|manager|head)|(?:director|manager) of (?:\w+\s+){0,2}?research|" \
           r"head of (?:[\w.-]+\s+){0,2}(?:research|investments?|strategy|" \
           r"equities|markets|trading)))"
_EXECUTIVE = r"(?i:(?:\w+\s+){0,2}?(?:chief executive|partner|director|chairman|president|founder))"
# an investment house by its name's last word, when the lexicon does not know it
_HOUSE = re.compile(r"(?:[A-Z][\w&'-]*\s+){0,4}(?:Securities|Capital|Asset Management|"
                    r"Investments?|Investment Consulting|Research|Advisors|Advisers|Advisory(?:\s+Group)?|Partners|Wealth Management|"
                    r"Financial|Brokerage|Funds?)\b")
_ANALYSTS_AT = re.compile(
    r"\b(?:analysts?|strategists?|economists?|researchers?)\s+(?:at|from|with)\s+"
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*){0,4})")
# a person and the role that makes them a source: an analyst's, or an executive's at an
# investment house ("Dickie Wong, executive director at Kingston Securities", checked by
# _persons) -- not any director's ("director for games at the tech giant")
# The match ends after the house, where there is one ("an analyst at XTB"): the person, not
# the house, is the source of what follows.
_PERSON = re.compile(
    # "V. Anand", "V K Vijayakumar": a name after its initials
    rf"(?P<name>(?:[A-Z]\.?\s+){{1,2}}[A-Z][a-z][\w'-]*|"
    rf"[A-Z][a-z][\w'-]*(?:\s+(?:(?:de|van|von|der|da|di|le)\s+)?[A-Z][\w'-]*){{1,2}}),"
    # "Michael Hartnett, BofA's chief investment strategist": the house before the role
    rf"\s+(?:(?i:a|an|the)\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}(?:'s|\u2019s)\s+)?"
    rf"(?:{_ANALYST}\b|(?P<executive>{_EXECUTIVE})(?=\s+(?:at|of|with)\s+[A-Z]))"
    r"(?:\s+(?:at|of|with)\s+(?P<org>[A-Z][\w&'*-]*(?:\s+(?:&\s+)?[A-Z][\w&'*-]*){0,5}))?")
# a person named after the house and a role: "Citi analyst Alicia Yap", "Nomura's chief China
# economist Ting Lu", "Morgan Stanley's Mike Wilson" (a possessive needs no role), "Citi's
# head of China equity strategy, Patrick Lam, expects" (the name set off by commas), "At
# Goldman Sachs, strategist David Kostin cut ..."
_AFTER_HOUSE = re.compile(
    rf"(?P<of>'s?|\u2019s?|,)?\s+(?P<role>(?:{_ANALYST}|{_EXECUTIVE}),?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2})(?=,|\s+[a-z])")
# "Citi's Scott Chronert also lifted ...": an adverb may stand before the view verb
_SPEAKER_ADVERB = re.compile(
    rf"(?:{wordlists.trie_pattern(sorted(wordlists.gap_words()['speaker_adverb']))})\s+")
# the word boundary is checked after the phrase (a lookbehind), so the pattern starts
# with a literal and the engine jumps straight to "according to"
_ACCORDING = re.compile(r"[Aa]ccording to(?<!\w[Aa]ccording to)\s+(?:analysts at\s+|"
                        r"an?\s+(?:research\s+)?(?:note|report)\s+(?:from|by)\s+)?"
                        r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})")
_QUOTE = re.compile(r"[\"“](?P<q>[^\"”]{8,400})[,.]?[\"”]")
# a quote in single marks, as some papers print them: an apostrophe inside only between letters
# ("it's"), the closing mark before the speaker
_SINGLE_QUOTE = re.compile(r"['‘](?P<q>(?:[^'‘’\"“”]|(?<=\w)['’](?=\w)){8,400})[,.]?['’](?=\s)")
# the last sentence of a quote of several: "... levels. The market is priced for
# perfection," said X (the quote opened in a sentence before)
_QUOTE_TAIL = re.compile(r"(?P<q>[^\"“”]{8,400})[,.]?[\"”]")
_SAYING = wordlists.lines("saying.txt")
_WARNING = wordlists.lines("warning.txt")
_ANALYSTS_SAID = re.compile(r"\s+(?:analysts?|strategists?|economists?)\s+(?:said|say|says|wrote|write|writes)\b")
_SAID_BEFORE_ANALYSTS = re.compile(r"\s*(?:said|say|says|wrote|write|writes)\s+")
_LEAD_IN = re.compile(r"^(?:in\s+an?\s+(?:research\s+|strategy\s+)?(?:note|report)(?:\s+on\s+\w+)?,?\s+|"
                      r"on\s+\w+\s+|that\s+|it\s+|they\s+)+", re.IGNORECASE)
# all a "said" may be followed by when what was said came before it: where, from what and
# with what more
_WHERE_SAID = re.compile(r"(?:on\s+\w+\s+)?(?:in\s+(?:a|an|its|their|the)\s+[^,;]{0,50}?\b"
                         r"(?:note|report|survey|commentary|update|show|review|letter)\b[^,;]{0,20}?)?"
                         r"(?:,?\s*citing\s+[^,;]{0,50}?)?"
                         # "..., BofA said, citing EPFR data, with U.S. stocks taking in $19.8
                         # billion": more of the data told before the "said"
                         r"(?:,\s*with\s+[^;]{0,200}?)?[\s.]*", re.IGNORECASE)
# "according to LSEG Lipper data", "according to Goldman Sachs' prime brokerage data"
_DATA = re.compile(r"(?:'s?|\u2019s?)?\s+(?:[\w-]+\s+){0,2}?data\b")
_MARKET = re.compile(r"(?!The\s)(?:[A-Z][\w.’'-]*\s+|emerging[- ]markets?\s+|euro[- ]?zone\s+){1,3}"
                     r"(?:stocks|shares|equities|markets?)\b|"
                     r"\b[AH]-shares\b|"
                     # "cut its view on global equities to underweight": the world's markets
                     r"\b(?i:global|world|international)\s+(?:stocks|shares|equities)\b")
# a country rated as a market: "upgraded China to overweight", "trimmed India's weight",
# "remains overweight India"
_COUNTRY_CALL = re.compile(r"^(?:\S+\s+){0,3}?(?P<place>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)"
                           r"(?:['’]s\s+(?:weight|weighting|allocation)\b|\s+to\s+(?:overweight|"
                           r"underweight|equal[- ]weight|neutral|market[- ]weight)\b)|"
                           r"\b(?:overweight|underweight)\s+(?:on\s+)?"
                           r"(?P<object>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)")
_PLACE = re.compile(r"(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*")
# "favours U.S. equities over small caps", "rotate from small caps into ...", "prefers
# international stocks to U.S. stocks": not its subject
_LESS_FAVOURED = re.compile(r"\b(?:over|from|rather than|instead of|"
                            r"(?:prefer|favou?r)\w*\s+(?:\S+\s+){1,4}?to)\s+(?:the\s+)?$")
_RESEARCH = re.compile(r"\b(?:analysts?|strategists?|economists?|note|report|research|"
                       r"forecasts?|expects?|target|rating|outlook)\b", re.IGNORECASE)
# "Goldman Sachs said it expects to cut 3% of its workforce": the firm's own plan
# a move verb after these is a forecast: "expects the Kospi to rebound", "would fall"
_MODAL_BEFORE = re.compile(r"\b(?:to|would|could|will|may|might|should|can|won't|likely)\s+"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# what makes a flow told "according to" a house its forecast, not its data
_FORECAST = re.compile(r"\b(?:could|would|will|may|might|should|expect(?:s|ed)?|forecasts?|sees?|"
                       r"likely|set to|poised to|on track to)\b", re.IGNORECASE)
_OWN_PLAN = re.compile(r"(?:(?:expects?|plans?|intends?|aims?|hopes?)\s+)?to\s", re.IGNORECASE)
_MARKET_WORDS = re.compile(r"\b(?:[AH]-shares?|(?i:stocks|equities|markets?))\b")
_ACTIONS = frozenset({"cut", "cuts", "raised", "raises", "lifted", "lifts", "lower", "set", "sets",
                      "kept", "keeps", "retained", "retains", "boosted", "boosts", "slashed", "slashes",
                      "hiked", "hikes", "bumped", "bumps", "moved", "moves", "resumed", "resumes"})
# "went further, lifting his forecast for the S&P 500 to 6,700": a call after a comma
_CALLING = frozenset({"lifting", "raising", "boosting", "cutting", "lowering", "trimming", "slashing",
                      "keeping", "retaining"})
_ACTIONS |= _CALLING
# a pick told after its object: "as its top pick", "a top dividend pick", "among their top picks"
_TOP_PICK = r"(?:as\s+|among\s+)?(?:its|their|a)\s+(?:[a-z-]+\s+)?top\s+(?:[a-z-]+\s+)?picks?\b"
# "raises PT to $275", "TP HK$625": a price target abbreviated, in capitals only
_RATED = re.compile(_TOP_PICK + r"|\b(?:targets?|(?-i:PT|TP)|(?:upper|lower|trading) band|ratings?|forecasts?|estimates?|outlook|recommendation|"
                    r"weighting|stance|view|call|price objective|valuation|coverage)\b|" + TO_RATING,
                    re.IGNORECASE)
# "\b", not the usual hyphen guard: "a 10-basis-point cut"
_ECONOMY = wordlists.Folded(
    rf"\b(?:{wordlists.trie_pattern(sorted(wordlists.lines('economy.txt')), fold=True)})\b")
_CENTRAL_BANKS = wordlists.lines("central_banks.txt")
_DATA_VENDORS = wordlists.lines("data_vendors.txt")
_CENTRAL_BANK = wordlists.alternation(sorted(_CENTRAL_BANKS))
_INDEX_REF = re.compile(r"\b(?:the|this)\s+(?:index|benchmark|gauge)\b", re.IGNORECASE)
_OWN = wordlists.alternation(sorted(wordlists.lines("own_business.txt")), re.IGNORECASE)
_KIND_OF_PICK = re.compile(r"\s+picks?\b")
_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CAPITAL = re.compile(r"\b[A-Z]")
_ITS = re.compile(r"\b[Ii]ts\s+$")
_FOR_NAME = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:for|on|of)\s+[A-Z]")
# a view's verb and an article: its object is one of the next three words ("flagged a
# narrower net interest margin", "reported higher costs")
_VERB_OBJECT = re.compile(r"[a-z]+\s+(?:(?:a|an)\s+)?")
_WORD = re.compile(r"[a-z-]+")
# ... not when the view's first word says or refers back: "said the guidance was prudent"
_NO_OWN_OBJECT = _SAYING | frozenset(["the", "this", "that", "these", "those"])
# ... unless they are others' ("higher costs for airlines", "margins at Hang Seng Bank")
_FOR_OTHERS = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:for|at|across|among)\s+\w")
_POSSESSED = re.compile(r"\b(?:its|their|his|her|our|an?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the object of a rating change told by a description: "downgraded shares to neutral",
# "upgraded the online grocer to outperform", "cut the internet giant to hold", "upgraded
# the IT services company to buy" (a name in it is the company's business)
_DESCRIBED = re.compile(r"\s+(?:(?:(?:the|its)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:shares|stock|[a-z]+er|giant)|"
                        r"the\s+(?:[\w-]+\s+){0,3}?(?:company|firm))\s+(?:to|at)\s")
# a pick told by "it" or a description: "named it its top semiconductor pick", "added the
# food delivery company to its conviction list" (the company named before)
# "calls it a top pick", "reiterated the telecom operator as its top dividend pick"
_PICK_DESCRIBED = re.compile(r"(?:(?:named|added)\s+(?:it|(?:the|its)(?:\s+[a-z][\w-]*){1,4}?)"
                             r"\s+(?:its|their|to|as)\s|"
                             r"(?:names|call(?:s|ed)|keeps|kept|retain(?:s|ed)|reiterate[sd]|"
                             r"maintain(?:s|ed))\s+(?:it|(?:the|its)(?:\s+[a-z][\w-]*){1,4}?)"
                             rf"\s+{_TOP_PICK})")
_CHANGE = re.compile(r"\b(?:(?:up|down)grade[ds]?|(?:bullish|bearish)\s+call|"
                     r"named\s+(?:as\s+)?(?:a|its|their)\s+top\s+pick|"
                     # "Barclays was cut to 'equal weight' at Morgan Stanley": a passive change,
                     # also a round-up line's ("- Adidas: raised to buy at Deutsche Bank") and
                     # a headline's, its "was" left out ("Apple cut to sell at Redburn"): the
                     # house after it is checked in _changes_by
                     r"(?:(?<=\w\s)|(?<=:\s))"
                     r"(?:cut|lowered|raised|lifted|moved)(?=\s+" + TO_RATING + r")|"
                     # "Nvidia price target raised to $250 at Evercore ISI", or abbreviated
                     # ("Xiaomi: Citi TP raised to HK$62")
                     r"(?:(?:price\s+)?target|(?-i:PT|TP))\s+(?:cut|lowered|trimmed|raised|lifted|boosted)"
                     r"(?=\s+to\s))\b",
                     re.IGNORECASE)
# a view verb told in the passive: its subject is what was rated, not who rates
_PASSIVE = re.compile(r"\b(?:was|were|been)\s+$")
# a call told in the past perfect is background to the current one
_PAST_PERFECT = re.compile(r"\bhad\s+(?:also\s+|previously\s+|earlier\s+)?$")
# a house's bare verb is its own note speaking ("We keep our Add rating on X", "We initiate
# Y at Buy"); after anything else it is no call ("would keep increasing its holdings")
_FIRST_PERSON_VERBS = frozenset(("keep", "retain", "initiate", "move"))
_WE_BEFORE = re.compile(r"\b[Ww]e\s+(?:also\s+|now\s+|still\s+)?$")
# a house that advised on a deal ("which Morgan Stanley advised on its listing", "advised
# Tencent on its purchase of ...") holds a role in it, not a call; advice to investors
# ("advised clients to trim tech") names its audience, not a company, before "on"
_DEAL_ADVICE = re.compile(r"\s+(?:(?:the|its)\s+(?:company|group|issuer|board|seller|buyer)\s+|"
                          r"(?:[A-Z][\w.&'-]*\s+){1,4})?(?:on|over)\s")
# what may stand between a rating change and its firm: the new and old ratings
_CHANGE_BY = re.compile(r"(?:\s+(?:to|from)\s+['‘\"“]?[\w$€£¥₹.,-]+(?:\s+[\w.,-]+)?['’\"”]?){0,2}?"
                        r"\s+(?:at|by|from)\s+")
# a rating change with its firm before it: "Zalando +5.5% after Berenberg upgrade", "fell
# on a Goldman Sachs downgrade", "after Barclays' downgrade"
_BY_BEFORE = re.compile(r"(?:'s?|\u2019s?)?\s+")
# verbs of a kept rating or a position: their view must name what it is about
_RATING_VERBS = frozenset({"kept", "keeps", "retained", "retains"})
# a stance told as a state: "remains overweight on", "stays constructive on"
_COPULAS = frozenset({"is", "are", "was", "were", "remain", "remains", "remained", "stays", "stay", "stayed"})
_RATING_VERBS |= _COPULAS | _CALLING  # "..., lifting his target": on nothing named, no view
# ... but a state told with what it says is about what it says: "was more upbeat, saying the
# index could test 26,000"
_STATE_SAYING = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:saying|warning|arguing)\s")
# a call on one stock: what "its rating", "the stock" refer back to
_STOCK_CALL = re.compile(r"\b(?:ratings?|target prices?|price targets?|(?-i:PT|TP)|price objective|"
                         r"coverage|catalyst watch)\b|" + TO_RATING, re.IGNORECASE)
# between a call's verb and its object: "upgraded", "is overweight", "raised its rating on"
_OBJECT_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:)]|$)")
_CLAUSE_END = re.compile(r",\s+while\s|;\s")
_CALL_END = re.compile(r",(?!\d)|;")  # not "to 1,850 yuan"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+")
# "said it was turning cautious, downgrading Lenovo to sell": the change tells what the
# first call is about
_BARE_JOINT = re.compile(r",\s+(?!(?:and|but|while|whereas)\s)")
_ONE_KIND = re.compile(r"\s+(?!(?:to|and|or|at|in|on)\s)[a-z][\w-]*")
_TO_RATING = re.compile(rf"\s+{TO_RATING}", re.IGNORECASE)
# a house's own target and its new level; each call ends at a comma, a semicolon or "and"
_OWN_TARGET = re.compile(r"\s+(?P<target>(?:its|their)\s+(?:price\s+)?target(?:\s+price)?)(?=\s+to\s)")
_LEVEL_END = re.compile(r",(?!\d)|;|\s+and\s|$")
# the new target of a joined call: "(its target price for Moutai) to 1,850 yuan", "(its
# Taiex) target to 30,000"
_TARGET_TO = re.compile(r"(?:\s+target)?\s+to\s+(?:[A-Z]{0,3}\$|[¥₹€£])?\d")
_OPENS = re.compile(r"(?:^|[:\n])[ \t]*$")  # what may stand before an opening "we"
_KIND_OF_STOCKS = re.compile(r"(?:\s+(?!(?:as|and|or|but|while|with|in|on|to|from|over|after|"
                             r"amid|since|because|the|its|their)\s)[a-z][\w-]*){1,2}\s+"
                             r"(?:stocks|shares|equities|names|plays)\b")
_RATING_WORD = re.compile(r"(?i:buy|sell|hold|reduce|add|accumulate|neutral|overweight|"
                          r"underweight|outperform|underperform)")
_COLON_GAP = re.compile(r"\s*:\s*")
_RATING_AFTER = re.compile(rf"\s+{_RATING_WORD.pattern}(?=\s*(?:[,;.]|$))", re.MULTILINE)
# "raised its target to $115 but kept a 'sell' rating": the rating kept is the call
_KEPT_RATING = re.compile(r"\b(?:but|while|though|although)\s+(?:\w+\s+)?(?:kept|keeps|keeping|"
                          r"maintained|maintains|maintaining|retained|retains|retaining|reiterated|"
                          rf"reiterates|reiterating)\s+(?:its|their|an?)\s+(?P<rating>{_RATING_WORD.pattern})"
                          r"\s+(?:rating|recommendation|call)\b", re.IGNORECASE)
# a rating as a noun: "kept its underweight on European stocks"
_RATING_ON = re.compile(rf"\b(?:its|their|an?)\s+{_RATING_WORD.pattern}\s+on\b", re.IGNORECASE)
# a note's label for its own call, the verb right after: "Our call: stay overweight ..."
_OUR_LABEL = re.compile(r"Our\s+(?:call|view|stance|take|recommendation)\s*:\s*(?=[a-z])")
_WE = re.compile(r"(?<![\w'\u2019])[Ww]e(?=\s+[a-z])")
# a note's line telling its own rating change with "we" left out: "• Downgrade Li Auto to hold",
# "Upgrade Anta to buy, target HK$110", "Reiterate Buy on Tencent"
_IMPERATIVE_VERB = r"(?:Upgrade|Downgrade|Reiterate|Maintain|Initiate|Reinstate|Resume)\s"
_IMPERATIVE_CALL = re.compile(rf"[•·▪*–-]?[ \t]*(?={_IMPERATIVE_VERB}(?:coverage\s+(?:of|on)\s+)?"
                              r"(?:[A-Z]|(?:a|an|our|buy|sell|hold|overweight|underweight|neutral|"
                              r"outperform|underperform)\s))")
IMPERATIVE_LINE = re.compile(rf"(?:^|\n)[ \t]*[•·▪*–-]?[ \t]*{_IMPERATIVE_VERB}")
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:also\s+|still\s+|now\s+)?")
# an aside on the house between it and its verb ("Citi, which advised on the sale, kept its
# buy rating"): the house still speaks
_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;.]{1,60},\s*$")
_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# "upgraded Tencent to buy and Alibaba to neutral": a second name and rating, the verb left out
# ("started coverage of Reddit at neutral and of Pinterest at overweight": the same with "of")
_AND_NEXT = re.compile(r"(?:\s+from\s+['‘\"“]?[\w-]+['’\"”]?)?(?P<joint>" + _LIST_GAP.pattern +
                       r")(?:(?:of|on)\s+)?")
_COVERAGE_OF = re.compile(r"\s+(?:coverage\s+(?:of|on)\s+)?")
# "named SK Hynix, Samsung Biologics and KB Financial as its top picks": a list too long for
# the verb's wildcard; each name is a bullish call
# (the possessive may be left out: "named SK Hynix and KB Financial as top picks"; other
# verbs of choosing: "picked Hyundai Motor and Kia as top picks", "selected ... as its
# preferred names", "identified ... as key picks"; a call's own tail: "naming A and B among
# its top picks", "overweight autos, with BYD and Geely as its preferred names")
_TOP_PICKS = re.compile(r"\b(?:named|naming|picked|selected|chose|identified|tipped|"
                        r"(?<=,\s)with)\s+"
                        r"(?P<names>[^.;]{1,120}?)\s+(?:as|among)\s+(?:(?:its|their)\s+)?"
                        r"(?:\w+\s+)?(?:top|preferred|key)\s+(?:picks|names|ideas)\b")
_JOINED_PICKS = re.compile(r"(?:,\s*|\s)and\s+$")
_PICKS_TAIL = re.compile(r"(?:(?:,\s*|\s)and|,)\s+$")  # "..., naming A and B", "..., with A and B"
# a preference shown by examples: "preferring landlords with recurring income such as CR Mixc",
# "favours insurers, including AIA and Ping An" (not "prefers X over developers such as ...")
_JOINED_PREFERENCE = re.compile(r"(?:,|\sand)\s+$")
_EXAMPLES_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:as|while|whereas|because|given|for|on)\b)")
_PREFERRED_EXAMPLES = re.compile(
    r"\b(?<!not\s)(?<!n't\s)(?<!longer\s)(?:prefer|prefers|preferring|favou?rs?|favou?ring)\s+"
    r"(?!to\s)(?:(?!over\b|to\b|than\b|versus\b|vs\b|instead\b)[^,;:.()\d]){1,60}?,?\s+"
    r"(?:such\s+as|including|like|e\.g\.)\s+")
# a note's own picks, "our" its house: "Paladin and Boss Energy are our preferred exposures",
# "Tencent remains our top pick", "Our top picks are Tencent and Meituan"
_OUR_PICKS = r"our\s+(?:[a-z-]+\s+)?(?:top|preferred|favou?red|favou?rite|key|best)\s+" \
    r"(?:picks?|exposures?|names?|ideas?|plays?|stocks?)"
_PICKS_AFTER = re.compile(rf"\s+(?:is|are|remains?|stays?)\s+{_OUR_PICKS}\b(?=\s*(?:[.;]|$))")
_PICKS_BEFORE = re.compile(rf"(?<![\w-])(?i:o)ur\s+{_OUR_PICKS[5:]}\s*(?:are|is|remain|remains|:)\s+"
                           # a note's bare label is its own list: "Top picks: Tencent, Meituan",
                           # "Key ideas: ...", "Preferred exposures: ..." (never "Top stocks:",
                           # which heads a list of movers)
                           r"|(?<![\w-])(?=[A-Z])(?i:(?:top|preferred|favou?red|favou?rite|key|"
                           r"best)\s+(?:picks?|ideas?|exposures?))"
                           # a period may follow the label: "Top picks this week:",
                           # "Key ideas for July:", "Top picks for the month:"
                           r"(?:\s+(?:this|next|for\s+(?:the\s+)?)\s*[a-zA-Z]+)?\s*:\s+"
                           # or a sentence of the note: "Top picks for the month remain A and B"
                           r"|(?<![\w-])(?=[A-Z])(?i:(?:top|preferred|key)\s+picks)"
                           r"(?:\s+for\s+(?:the\s+)?\w+)?\s+(?:are|remain)\s+")
_PICKS_END = re.compile(r"\s*(?:[.;:)](?!\w)|$)")  # not the dot of "Trip.com"
_PICKS_CLAUSE = re.compile(r"(?:^|[;:\n•]\s*)$")  # where a list of picks may open
_TICKER_GAP = re.compile(r"(?:\s*\([A-Z0-9.]{1,8}\))?")
Resolve = Callable[[Mention], Mention | None]
MAX_VIEW_WORDS = 24
MAX_SOURCE_GAP = 60


def sentence_views(text: str, start: int, end: int, mentions: list[Mention],
                   resolve: Resolve | None = None, author: str | None = None) -> list[Fact]:
    """``resolve``: finds what a back-reference ("the stock") names in the sentences before;
    ``author``: the house whose note the text is, who "we" are."""
    # "They recommended taking profits": a carried "they" must name what the view is about
    they = text.startswith("They ", start)
    mentions = _without_house_groups(text, end, mentions)
    facts = [f for f in _views(text, start, end, mentions, resolve, author)
             if not _on_economy(f) and not (they and f.subject == f.source)]
    for fact in facts:
        negation = _negation_before(text, start, end, fact)
        if negation:
            fact.view = _short(negation + fact.view)
            fact.stance = stance_of(fact.view)
    for fact in list(facts):
        if fact.subject != fact.source:
            continue
        fact.subject = _referred(text, start, end, mentions, resolve, fact.source) or fact.subject
        # "Jefferies and Citi said the stock could fall": the houses listed share what it
        # refers to
        facts += [replace(fact, source=partner) for partner in _partners_of(text, fact, mentions)
                  if fact.subject != fact.source and all(f.source != partner for f in facts)]
    return facts


# "UBS does not favour developers": the view's words start at its verb, and the negation
# before them is part of the call
_PREFERENCE_VERB = re.compile(r"(?i:prefer|favou?r|like|recommend|back)")
_NEGATION_BEFORE = re.compile(r"(?:\b(?:does|do|did|is|are|was|were|would|will)\s+)?"
                              r"(?:\bnot|\bno\s+longer|\bnever)\s+$|\b\w+n't\s+$")


def _negation_before(text: str, start: int, end: int, fact: Fact) -> str:
    """The negation right before a preference view's verb, as written ("" when none)."""
    if not fact.view or not _PREFERENCE_VERB.match(fact.view):
        return ""
    pos = text.find(fact.view[:30], start, end)
    m = _NEGATION_BEFORE.search(text, max(start, pos - 24), pos) if pos > start else None
    return m.group() if m else ""


def _partners_of(text: str, fact: Fact, mentions: list[Mention]) -> list[str]:
    """The houses listed before a view's house where it is first named."""
    pos = next((m.end for m in mentions if m.kind == "firm" and m.name == fact.source), None)
    return _partners(text, fact.source, mentions, pos) if pos is not None else []


_NOT_REFERRED = frozenset({"it", HOUSE_REF, THEY_REF, LAST_REF})


# a view on a company it does not name: "overhang on the stock", "who cut his rating to hold"
_ON_A_STOCK = re.compile(r"\b(?:on|in|for)\s+(?:the|its)\s+(?:stock|shares)\b|"
                         r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:rating|target\s+price|"
                         r"price\s+target)\b")


def _referred(text: str, start: int, end: int, mentions: list[Mention],
              resolve: Resolve | None, source: str) -> str | None:
    """What a view that names nothing is about, when the sentence refers back to it:
    "who sees the index reaching 26,000", "Analysts at CLSA said the stock could rally",
    '"This removes the biggest overhang on the stock," said X' (the company named last)."""
    refs = [m for m in mentions if m.kind == "ref" and m.name.lower() not in _NOT_REFERRED]
    if resolve is None or len(refs) > 1:
        return None
    found = resolve(refs[0]) if refs else None
    if found is None and (refs[0].name == STOCK_REF if refs else
                          _ON_A_STOCK.search(text, start, end) is not None):
        pos = refs[0].start if refs else end
        known = [m for m in mentions if m.kind != "company" or _known(m)]  # not "Pricing"
        found = next(iter(_company_earlier(start, pos, source, known, resolve)), None)
    return found.name if found is not None and _known(found) else None


# "CICC said ... It prefers brokerages.", "The US bank kept an overweight rating on ...":
# a sentence opening with the house whose view the sentence before told ("UBS analysts
# wrote ... They upgraded ...")
CARRIED = re.compile(r"(?P<ref>It|They|The\s+(?:[\w.-]+\s+){0,2}?(?:bank|firm)|"
                     r"Its\s+(?:[\w-]+\s+)?(?:analysts|strategists|economists))"
                     r"\s+(?:(?:also|still|nonetheless|nevertheless|however|though)\s+)?")
# a house whose note the sentence before cites with no view of its own: "..., according to
# EPFR data cited in a Goldman Sachs report", "Goldman Sachs' note showed ..."
_ITS_NOTE = re.compile(r"(?:['’]s?)?\s+(?:(?:research|strategy|weekly|daily)\s+)?(?:report|note)\b")


def cited_house(text: str, mentions: list[Mention]) -> set[str]:
    """The one house whose report or note a sentence cites, as who "the bank" may be next."""
    houses = {m.name for m in mentions if m.kind == "firm" and _ITS_NOTE.match(text, m.end)}
    return houses if len(houses) == 1 else set()
_BARE_COPULAS = frozenset({"is", "are", "was", "were"})


def carried_house(text: str, start: int, end: int, sources: set[str],
                  before: list[Mention]) -> Mention | None:
    """The house an opening "It" or "the bank" speaks for, placed where it stands: the one
    research house (``before``: the last sentence's names) of the last sentence's views
    (``sources``), when a view verb follows ("It was the third cut" is no view; "It is
    overweight" is)."""
    ref = CARRIED.match(text, start, end) if len(sources) == 1 else None
    house = next(iter(sources)) if ref else None
    if ref is None or not any(m.kind == "firm" and m.name == house for m in before):
        return None
    if _TOP_PICKS.match(text, ref.end(), end):  # "It named A and B as top picks"
        return Mention(ref.start("ref"), ref.end("ref"), "firm", house)
    verbs, stances = wordlists.view_words()
    verb = verbs.match(text, ref.end(), end)
    if verb is None or verb.group() in _BARE_COPULAS and not any(
            stance.match(text, verb.end() + 1, end) for _, stance in stances):
        return None
    return Mention(ref.start("ref"), ref.end("ref"), "firm", house)


def picking_house(text: str, start: int, end: int, before: list[Mention]) -> set[str]:
    """The one house the sentence before names, as who "It" is in a sentence that only lists
    its top picks ("Mirae Asset raised its Kospi band ... It named A and B as top picks"),
    even when that sentence's own call was not read: a company names no top picks."""
    ref = CARRIED.match(text, start, end)
    if ref is None or not _TOP_PICKS.match(text, ref.end(), end):
        return set()
    houses = {m.name for m in before if m.kind == "firm"}
    return houses if len(houses) == 1 else set()


def note_author(text: str, first: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The house whose note the text is: the one house in its header ("CMBI Morning Note:",
    "CLSA | Hong Kong Financials | 14 March", "A-share briefing (CSC Financial)"), a line
    with no full stop, or the words before the first colon."""
    start, end = first
    line_end = text.find("\n", start)
    colon = text.find(":", start, end)
    if line_end >= 0 and not text[start:line_end].rstrip().endswith("."):
        head_end = line_end
    elif colon >= 0 and (line_end < 0 or colon < line_end):
        head_end = colon
    else:
        return None
    houses = {m.name for m in mentions if m.end <= head_end and (
        m.kind == "firm" or m.kind == "company" and _HOUSE.fullmatch(text, m.start, m.end))}
    return houses.pop() if len(houses) == 1 else None


# a note signed at its end: "... on dips. — BOCOM International", "- Citi U.S. Equity
# Strategy, morning note" (a dash, the house, perhaps what the note is)
_SIGNATURE = re.compile(r"\s[—–-]{1,2}\s*(?=[A-Z])[^\n—–;:]{2,60}$")


def signed_by(text: str, last: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The house that signs a note at its end: the one house that opens the text after a
    closing dash."""
    start, end = last
    sign = _SIGNATURE.search(text, max(start, end - 70), end)
    if sign is None:
        return None
    houses = {m.name for m in mentions if sign.start() < m.start < sign.start() + 6 and (
        m.kind == "firm" or m.kind == "company" and _HOUSE.fullmatch(text, m.start, m.end))}
    return houses.pop() if len(houses) == 1 else None


def _on_economy(fact: Fact) -> bool:
    """"Goldman Sachs economists see a 35% probability of a U.S. recession", "expect the
    PBOC to cut policy rates": a forecast of the economy or of a central bank, about no
    market or stock (the subject fell back to the source, or is the central bank)."""
    view = fact.view or ""
    # "inflation isn't re-accelerating, ... for stocks", "the index could consolidate,
    # awaiting fiscal stimulus"
    about_policy = (fact.subject == fact.source or fact.subject in _CENTRAL_BANKS) and \
        not (_MARKET_WORDS.search(view) or _INDEX_REF.search(view))
    return about_policy and bool(_ECONOMY.search(view)) or _rates_economy(view)


# what a rating change is of: up to its new rating, a comma or a joined call
_CHANGE_OBJECT = re.compile(r"\S+\s+(?P<object>(?:(?!(?:to|from|and|but|on|for|as|after|citing)\s)"
                            r"[^\s,;:]+\s+){0,8})")


def _rates_economy(view: str) -> bool:
    """"downgrade of the U.S. sovereign credit rating weighed on Treasuries": a change of a
    credit rating, not a market call, whatever the sentence names after it."""
    if not (wordlists.view_shifts().changes.match(view) or _CHANGE.match(view)):
        return False
    change = _CHANGE_OBJECT.match(view)
    return bool(change and _ECONOMY.search(change.group("object")))


def _views(text: str, start: int, end: int, mentions: list[Mention],
           resolve: Resolve | None, author: str | None) -> list[Fact]:
    quote = _QUOTE.match(text, start, end) or _SINGLE_QUOTE.match(text, start, end) or \
        _quote_tail(text, start, end)
    person = next(_persons(text, quote.end(), end, mentions), None) if quote else None
    speaker = person.group("name") if person else \
        _analysts_after(text, quote.end(), end, mentions) or \
        _house_role_speaker(text, quote.end(), end, mentions) if quote else None
    # "said Name of House", no role, or "strategist Name wrote", no house: a view only on
    # what the quote names
    speaker_of = (_speaker_of_house(text, quote.end(), end, mentions) or
                  _role_speaker(text, quote.end(), end)) if quote and not speaker else None
    if speaker or speaker_of:  # a name the lexicon does not know is no subject in a quote ("FPI")
        named = [m for m in _within(mentions, quote.start(), quote.end()) if _known(m)] or \
            [m for m in _within(mentions, _after_who(text, quote.end(), end), end) if _known(m)]
        view = _quoted_call(text, quote, end)
        split = _opposite_calls(text, (start, end), quote, named, speaker) if speaker else []
        return split or ([_fact(text, start, end, speaker or speaker_of, view, named)]
                         if speaker or named else [])
    if quote is None and (said := _said_by_analyst(text, start, end, mentions)):
        return said
    if quote is None and (line := _line_call(text, start, end, mentions) or
                          _header_row_call(text, start, end, mentions, author)):
        return line
    verbs, _ = wordlists.view_words()
    found = _imperative_verb(text, start, end, verbs, author) + list(verbs.finditer(text, start, end))
    # "Shore Capital reiterated its buy on Greggs": a house the lexicon does not know, by its
    # name; its view must name what it is about ("Central Huijin Investment said it had
    # increased its holdings" is its own business)
    mentions = _without_central_banks(text, start, end, _without_surnames(text, start, end, mentions))
    guessed = {m.name for m in mentions if found and m.kind == "company" and not m.ticker
               and " " in m.name and _HOUSE.fullmatch(text, m.start, m.end)}  # not "Research"
    mentions = [replace(m, kind="firm") if m.name in guessed else m for m in mentions]
    objects = _rated_objects(text, start, end, mentions) if found else []
    mentions = [replace(m, kind="company") if m in objects else m for m in mentions]
    sources = _sources(text, start, end, mentions) + _we(text, start, end, author) \
        if found else []
    # "Macquarie lifted its target, while Jefferies' Chris Wood said": a speaker is no subject
    speakers = {name for _, name in sources}
    # nor is a rating in capitals ("We maintain BUY on Anta")
    mentions = [m for m in mentions if m.kind != "company" or m.ticker or
                m.name not in speakers and not _RATING_WORD.fullmatch(m.name)]
    mentions = _owners(text, start, mentions)
    facts: list[Fact] = []
    skipped: set[str] = set()  # a source whose rating names nothing: no view from it
    told_at: dict[str, int] = {}  # where each source's call ends: one view per call
    for verb in found:
        source = _source_before(text, verb.start(), sources)
        if source is None or source in skipped:
            continue
        restated = source in told_at and _restated(told_at[source], verb.start(), source, sources)
        if any(f.source == source for f in facts) and not restated:
            continue
        owned = _POSSESSED.search(text, max(start, verb.start() - 40), verb.start())
        if owned and not any(m.kind == "firm" and m.start == owned.start() for m in mentions):
            continue  # "lifted its profit forecast for the year": a noun, not a verb; "Its
            # strategists raised ..." carried back to the house is its source
        if _PASSIVE.search(text, max(start, verb.start() - 8), verb.start()):
            continue  # "Barclays was cut to hold at UBS": Barclays is rated, not rating
        if _PAST_PERFECT.search(text, max(start, verb.start() - 20), verb.start()):
            continue  # "The brokerage had downgraded India in October": superseded
        word = verb.group().lower()
        if word in _FIRST_PERSON_VERBS and not _WE_BEFORE.search(text, max(start, verb.start() - 12),
                                                                verb.start()):
            continue
        if word.startswith("advise") and _DEAL_ADVICE.match(text, verb.end(), end):
            continue  # a role in a deal, not a call
        if _CLAUSE_ENDS.match(text, verb.end(), end) and word not in _SAYING and " " not in word:
            continue  # "their sensitivity to higher rates.": a noun; "..., Nomura said." speaks
        advice_at, advised = _advised(text, start, end, verb, source, mentions, sources)
        if advised and advice_at <= verb.start():  # "recommended investors buy banks": the call
            facts += advised + _joined_after_advice(text, start, end, verb, source, mentions,
                                                    sources, advised)
            told_at[source] = max(verb.end(), told_at.get(source, 0))
            continue
        joined = sorted(_joined_calls(text, verb.end(), end, mentions, sources) +
                        _elliptical_calls(text, verb, end, mentions), key=lambda j: j[0])
        houses = _elliptical_houses(text, verb, end, mentions)
        call_end = min([j[0] for j in joined] + [h[0] for h in houses] + [advice_at], default=end)
        call_end = _other_move(text, verb.end(), call_end, mentions)
        view = _short(quote.group("q")) if quote and quote.end() <= verb.start() else \
            _view(text, verb, call_end)
        if view and not _plain_statement(text, start, end, verb, view,
                                         _within(mentions, verb.start(), end)):
            named = _about(text, start, call_end, verb, view, source, mentions, resolve)
            if named is None:  # "kept an outperform rating": on nothing named, no view
                skipped.add(source)
                continue
            first = [_warned(_fact(text, start, end, source, view, about), word)
                     for about in _listed(text, _call_start(text, verb, end), named)]
            # "said inflows could reach a record, and kept an overweight view on MSCI China":
            # a neutral first call on nothing named is no view of its own beside a joined one,
            # nor one the joined call repeats ("said the rally had room to run and raised its
            # target for the STOXX 600")
            first, advice = _beside_advice(first, advised, source)
            seconds = [_joined_fact(text, start, end, source, call, about)
                       for _, call, about in joined] + advice
            # "warned the index could drop, and said he remains underweight tech": a first
            # call that refers back names its subject later
            refers = any(m.kind == "ref" and m.name not in _NOT_REFERRED
                         for m in _within(mentions, verb.end(), call_end))
            made = [f for f in first
                    if not joined or f.subject != source or refers or
                    _THE_MARKET.search(view) and not _on_a_market(joined) or
                    (f.stance not in {"neutral", *(g.stance for g in seconds)}
                     and not _BARE_JOINT.match(text, joined[0][0]))] + seconds
            if restated:  # a second call must be on a name of its own
                made = [f for f in made if f.subject != source and
                        all((g.source, g.subject) != (source, f.subject) for g in facts)]
            told_at[source] = max(verb.end(), told_at.get(source, 0))
            facts += made + [replace(f, source=partner) for f in made if f.subject != source
                             for partner in _partners(text, source, mentions, verb.start())]
            facts += [replace(f, source=house, view=call, subject=house if f.subject == source
                              else f.subject) for f in first for _, house, call in houses]
    changes = _changes_by(text, start, end, mentions)
    # "X was cut to hold at UBS, which said ...": the change tells what the saying is about
    facts = [f for f in facts if f.subject != f.source or all(c.source != f.source for c in changes)]
    facts += [f for f in changes if all(f.source != g.source for g in facts)]
    facts += [f for f in _top_picks(text, start, end, mentions, {g.source for g in facts})
              if all((f.source, f.subject) != (g.source, g.subject) for g in facts)]
    facts += [f for f in _our_picks(text, start, end, mentions, author)
              if all((f.source, f.subject) != (g.source, g.subject) for g in facts)]
    facts += [f for f in _rated_label(text, start, end, mentions, author)
              if all((f.source, f.subject) != (g.source, g.subject) for g in facts)]
    facts += [f for f in _preferred_examples(text, start, end, mentions, {g.source for g in facts})
              if all((f.source, f.subject) != (g.source, g.subject) for g in facts)]
    facts = _with_clause_calls(text, start, end, mentions, facts)
    facts = _with_sector_lists(text, start, end, mentions, facts)
    # "UBS: Tencent target lowered to HK$480; Buy kept": the row names what a call on
    # nothing named is about
    table = [] if any(f.subject != f.source for f in facts) else _table_call(text, start, end, mentions)
    facts = table or facts
    # "..., KIS said, advising investors to wait": what goes on is on the claim's subject
    claims = _claim_said(text, start, end, mentions, sources)
    facts = [f for f in facts if f.subject != f.source or all(c.source != f.source for c in claims)]
    facts += [f for f in claims if all((f.source, f.subject) != (g.source, g.subject) for g in facts)]
    according = _ACCORDING.search(text, start, end)
    if not facts and according and not _DATA.match(text, according.end()) and any(
            m.kind == "firm" and m.start == according.start("name") for m in mentions):
        before = text[start:according.start()].rstrip(" ,")  # "X could ..., according to Y"
        view = _short(before or text[according.end():end].lstrip(" ,"))  # "According to Y, X ..."
        if _reports_data(text, start, end, view):
            return facts
        facts.append(_fact(text, start, end, _firm_at(mentions, according.start("name")),
                           view, mentions))
    return [f for f in facts if (f.source not in guessed or f.subject != f.source)
            and f.source not in _DATA_VENDORS]


# "XPeng, which Citi kept at buy, gained 2.1%", "Anta, which the brokerage rates
# outperform", "Geely, which Nomura upgraded to buy last week": the house in an object
# clause rates the name before it (a rating word must follow the verb, before the clause ends)
_CLAUSE_CALL = re.compile(r"\s+(?:also\s+|still\s+|now\s+)?(?:kept|keeps|keep|retained|retains|"
                          r"maintained|maintains|rates|rated|has|had|upgraded|downgraded|"
                          r"reiterated|reiterates|initiated|started|moved|cut|raised|lifted)\s+"
                          r"[^,;.]{0,40}?\b" + _RATING_WORD.pattern + r"\b[^,;.]{0,40}?(?=[,;.]|$)")


def _clause_calls(text: str, end: int, mentions: list[Mention]) -> list[Fact]:
    """The calls told in an object clause after a name: the name is their subject, never a
    house of its own."""
    calls = []
    for named, house in pairwise(mentions):
        if named.kind not in ("company", "firm") or house.kind != "firm" or \
                not re.fullmatch(r",\s+which\s+", text[named.end:house.start]):
            continue
        call = _CLAUSE_CALL.match(text, house.end, end)
        if call:
            view = _short(call.group())
            calls.append(Fact(kind="analyst_view", subject=named.name, source=house.name, view=view,
                              stance=stance_of(view), evidence=text[named.start:end],
                              span=[named.start, end]))
    return calls


def _with_clause_calls(text: str, start: int, end: int, mentions: list[Mention],
                       facts: list[Fact]) -> list[Fact]:
    """The sentence's views with its clause calls in place of any view that read the
    clause's subject as a house ("Standard Chartered, which the brokerage kept at
    overweight" is no view of Standard Chartered's)."""
    if text.find(", which ", start, end) < 0:  # cheap: few sentences hold such a clause
        return facts
    calls = _clause_calls(text, end, mentions)
    for call in calls:
        call.evidence, call.span = text[start:end], [start, end]
    rated = {c.subject for c in calls}
    # the clause's verb read on its own ("rates a buy, fell 2%" on the market) is the same call
    return [f for f in facts if f.source not in rated and all(
        f.source != c.source or f.subject != c.subject and not (f.view or "").startswith(c.view)
        for c in calls)] + calls


# "Goldman Sachs strategists led by Peter Oppenheimer": a team's head, a person
_LED_BY = re.compile(r"\b(?:analysts?|strategists?|economists?|team)\s+led\s+by\s+"
                     r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def _without_surnames(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a house named like the person who leads a team ("strategists led
    by Peter Oppenheimer" is no view of Oppenheimer & Co) and the tail of a house's name."""
    persons = [m.span("name") for m in _LED_BY.finditer(text, start, end)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in persons)
            and not _house_tail(text, m, mentions)]


def _without_central_banks(text: str, start: int, end: int,
                           mentions: list[Mention]) -> list[Mention]:
    """The mentions but a listed bank read inside a central bank's name ("Bank of India" in
    "the Reserve Bank of India"): a central bank is never a stock here."""
    banks = [m.span() for m in _CENTRAL_BANK.finditer(text, start, end)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                           for a, b in banks)]


# "brokerages, including Macquarie and Nomura": the houses named after their group
_HOUSES_NAMED = re.compile(r",?\s+(?:including|such as|like|led by)\s+")


def _without_house_groups(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a sector that the houses of a view verb follow ("Several brokers,
    including Macquarie and Nomura, cut their targets on the stock"): the houses who rate,
    no sector rated ("Banks such as Barclays rose" is a move)."""
    return [m for m in mentions if m.kind != "sector" or not _houses_rate(text, m, end, mentions)]


def _houses_rate(text: str, group: Mention, end: int, mentions: list[Mention]) -> bool:
    named = _HOUSES_NAMED.match(text, group.end, end)
    if named is None:
        return False
    houses = [m for m in mentions if m.start == named.end()]
    for m in mentions if houses else []:  # the houses listed: "Macquarie, Jefferies and Nomura"
        if m.start > houses[-1].end and _LIST_GAP.fullmatch(text, houses[-1].end, m.start):
            houses.append(m)
    if not houses or any(m.kind != "firm" for m in houses):
        return False
    gap = _HOUSE_VERB_GAP.match(text, houses[-1].end + text.startswith(",", houses[-1].end), end)
    return gap is not None and wordlists.view_words()[0].match(text, gap.end(), end) is not None


def _house_tail(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """"KGI Securities Investment Advisory": a house's name read on past the lexicon's, no
    house of its own."""
    return mention.kind == "company" and not mention.ticker and any(
        m.kind == "firm" and text[m.end:mention.start] == " " for m in mentions) and \
        _HOUSE.fullmatch(text, mention.start, mention.end) is not None


# a table line's target told first, its rating last: "Tencent target to HK$720 from HK$650,
# buy", "Meituan TP cut to HK$150; hold", "Meituan target cut to HK$165; Buy kept"
_ROW_TARGET = re.compile(r"\s+(?:(?i:price\s+)?(?i:target)(?:\s+price)?|TP|PT)\b")
_RATING_LAST = re.compile(rf"[,;]\s*(?P<rating>{_RATING_WORD.pattern})"
                          r"(?:\s+(?i:kept|maintained|retained|reiterated))?\.?[ \t]*$", re.MULTILINE)
# or its rating first, on the stock: "Nomura: Buy on Tata Motors, target Rs 1,150",
# "Morgan Stanley: Underweight rating on Asian Paints"
_RATING_ON_ROW = re.compile(rf"\s*:\s*(?P<rating>{_RATING_WORD.pattern})"
                            r"(?:\s+(?i:rating|call|recommendation))?\s+(?i:on|for)\s+")


def _table_call(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    """A broker table's line: the house, a colon, the stock and its rating ("Macquarie:
    Xiaomi outperform, target HK$68"), or its target and then its rating ("Citi: Tencent
    target to HK$720, buy")."""
    for house, stock in pairwise(mentions):
        if house.kind != "firm" or stock.kind != "company" or not stock.ticker:
            continue
        if _COLON_GAP.fullmatch(text, house.end, stock.start) and \
                (rating := _rating_of_row(text, stock.end, end)):
            view = _short(text[stock.start:end].split("\n")[0])
            fact = _fact(text, start, end, house.name, view, [stock])
            return [replace(fact, stance=_row_stance(text, stock.end, end, view, rating))]
        rated_on = _RATING_ON_ROW.fullmatch(text, house.end, stock.start) if house.start == start else None
        if rated_on:
            view = _short(text[rated_on.start("rating"):end].split("\n")[0])
            fact = _fact(text, start, end, house.name, view, [stock])
            return [replace(fact, stance=stance_of(f"{rated_on.group('rating')} rating"))]
    return []


def _row_stance(text: str, pos: int, end: int, view: str, rating: str) -> str:
    """A row's stance by its rating, or by its target's change when the row opens with it:
    "target cut to HK$165; Buy kept" is bearish, as a raised target under a kept hold is no
    bullish call."""
    rated = stance_of(f"{rating} rating")
    moved = stance_of(view) if _ROW_TARGET.match(text, pos, end) else "neutral"
    return moved if moved == "bearish" or moved == "bullish" == rated else rated


def _rating_of_row(text: str, pos: int, end: int) -> str | None:
    """The rating a table row gives right after its stock, or at the end of a row whose
    call opens with the stock's target."""
    rating = _RATING_AFTER.match(text, pos, end)
    if rating:
        return rating.group().strip()
    line_end = text.find("\n", pos, end)
    line_end = end if line_end < 0 else line_end
    rated = _RATING_LAST.search(text, pos, line_end) if _ROW_TARGET.match(text, pos, line_end) else None
    return rated.group("rating") if rated else None


# a round-up line that opens with its stock and names its house in brackets after the call
# or after a dash before it: "Adyen: upgraded to buy (Goldman Sachs), PT EUR1,900",
# "Infosys - Nomura: Buy, TP Rs 1,960", "Trent (HSBC): downgrade to hold"
_HOUSE_BEFORE_CALL = re.compile(r"\s*(?:[-–—]|\()\s*")
_CALL_AFTER_HOUSE = re.compile(r"\)?\s*:\s*")
_HOUSE_AFTER_CALL = re.compile(r"\s*\)")
# or its move and then the house's call in brackets: "Hyundai Motor +2.2% (Citi: Buy, TP
# 300,000 won)", "Infosys fell 1.5% (Nomura: target cut to Rs 1,700)"
_MOVE_BEFORE_HOUSE = re.compile(r"\s+(?:[a-z]+\s+)?[+\-−–]?\d[\d.,]*\s?%\s*\(\s*")
_BRACKETED_CALL = re.compile(r"\s*:\s*(?P<call>[^()\n]{2,80})\)")
# what such a line must carry: a rating, a rating change or a target
_LINE_RATED = re.compile(rf"^{_RATING_WORD.pattern}\b|{TO_RATING}|"
                         r"\b(?:(?:price\s+)?target|(?-i:PT|TP))\b", re.IGNORECASE)


def _line_call(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    """A round-up line's call on the stock it opens with, by the house in brackets or
    after a dash; none unless the call carries a rating, a rating change or a target."""
    stock = mentions[0] if mentions and mentions[0].start == start else None
    if stock is None or stock.kind != "company":
        return []
    for house in mentions[1:]:
        found = _call_of_line(text, stock, house, end) if house.kind == "firm" else None
        if found is None:
            continue
        call, told = found
        if not _LINE_RATED.search(call):
            return []
        fact = _fact(text, start, end, house.name, _short(told), [stock])
        # "Buy, TP Rs 1,960": the rating told first is the call
        rating = _RATING_WORD.match(call)
        bare = rating and _RATING_AFTER.match(f" {call}")
        return [replace(fact, stance=stance_of(f"{rating.group()} rating" if bare else call))]
    return []


# a row of its own line, after a bullet: "- Sony Group: raise to Buy, TP ¥4,200"
_ROW_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–—]\s*)?$")


def _header_row_call(text: str, start: int, end: int, mentions: list[Mention],
                     author: str | None) -> list[Fact]:
    """A row "Stock: call" under a header that names the note's house ("Tokyo rating changes
    (Mizuho Securities morning note):"), the row naming no house of its own; none unless the
    call carries a rating, a rating change or a target."""
    stock = mentions[0] if author and mentions and mentions[0].start == start else None
    # a known company, not a label's word: "Company: We maintain BUY on ..."
    known = stock is not None and stock.kind == "company" and _known(stock)
    colon = _COLON_GAP.match(text, stock.end, end) if stock and known else None
    if colon is None or any(m.kind == "firm" for m in mentions) or \
            not _ROW_START.search(text, max(0, start - 8), start):
        return []
    call = text[colon.end():end].split("\n")[0].strip()
    rating = _RATING_AFTER.search(f" {call}")  # "reiterate Buy": the rating it ends with
    if not (_LINE_RATED.search(call) or rating):
        return []
    fact = _fact(text, start, end, author, _short(call), [stock])
    stance = stance_of(call)
    return [replace(fact, stance=stance_of(f"{rating.group().strip()} rating")
                    if rating and stance == "neutral" else stance)]


def _call_of_line(text: str, stock: Mention, house: Mention, end: int) -> tuple[str, str] | None:
    """The call of a line "Stock - House: call" or "Stock (House): call", or of
    "Stock: call (House)", and the line as the view tells it; None when the house stands
    elsewhere."""
    gap = text[stock.end:house.start]
    after = _CALL_AFTER_HOUSE.match(text, house.end, end)
    if after and _HOUSE_BEFORE_CALL.fullmatch(gap) and \
            after.group().startswith(")") == gap.strip().startswith("("):
        call = text[after.end():end].split("\n")[0].strip()
        return call, call
    colon = _COLON_GAP.match(text, stock.end)
    if colon and gap.endswith("(") and _HOUSE_AFTER_CALL.match(text, house.end, end):
        return text[colon.end():house.start - 1].strip(), text[colon.end():end].split("\n")[0]
    bracketed = _BRACKETED_CALL.match(text, house.end, end) if _MOVE_BEFORE_HOUSE.fullmatch(gap) else None
    if bracketed:
        call = bracketed.group("call").strip()
        return call, call
    return None


def _owners(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """"flagged slowing sales of its Labubu dolls": a name the lexicon does not know right
    after "its" is the product of the company named before; that company is what the
    view is about (no company before: the name is dropped)."""
    found = []
    for m in mentions:
        if m.kind == "company" and not m.ticker and _ITS.search(text, max(start, m.start - 5), m.start):
            owner = _company_before(mentions, start, m.start, "", known=True)
            found += [replace(owner[0], start=m.start, end=m.end)] if owner else []
        else:
            found.append(m)
    return found


# an upgrade or downgrade is a call without its new rating when its object ends the clause:
# "Citi downgrades U.S. stocks to neutral, upgrades China"
_BARE_UPGRADE = re.compile(r"(?:upgrad|downgrad)\w*\s", re.IGNORECASE)


def _bare_upgrade(text: str, change: int, object_end: int, end: int) -> bool:
    return bool(_BARE_UPGRADE.match(text, change, end) and _CLAUSE_ENDS.match(text, object_end, end))


def _joined_calls(text: str, pos: int, end: int, mentions: list[Mention],
                  sources: list[tuple[int, str]]) -> list[tuple[int, str, list[Mention]]]:
    """The calls joined to a firm's first call, before another source speaks: "is overweight
    U.S. stocks, while staying underweight European shares", "..., and moved UK stocks to
    overweight" (a change needs its rating). Each: where it starts, its view, the names of
    its object (none for a market told as written)."""
    stop = min((e for e, _ in sources if e > pos), default=end)
    found = []
    for joint in wordlists.joined_call().finditer(text, pos, stop):
        # a target's object is a name: "its target on the Hong Kong shares" are the company's
        kinds = ("company", "index") if joint.group("target") else \
            ("company", "index", "sector", "market")
        named = [m for m in mentions if m.start == joint.end() and m.kind in kinds]
        market = _MARKET.match(text, joint.end()) if not named and not joint.group("target") \
            else None  # "European shares"
        named = _market_kind(text, named, end)
        place = _PLACE.match(text, joint.end()) if not named and not market and \
            joint.group("change") else None  # "and upgraded Europe to overweight"
        object_end = named[0].end if named else market.end() if market else \
            place.end() if place and is_place(place.group()) else None
        after = _TARGET_TO if joint.group("target") else _TO_RATING
        if object_end is None or joint.group("change") and not after.match(text, object_end, end) \
                and not _bare_upgrade(text, joint.start("change"), object_end, end):
            continue
        if not joint.group("conj") and (not joint.group("change") or joint.group("target")):
            continue  # ", overweight banks": a list; ", raising its target on it": the same call
        call = _CALL_END.split(text[joint.start("call"):end])[0]  # not ", arguing that ..."
        listed = _listed_after(text, named[0], mentions) \
            if named and (joint.group("state") or joint.group("prefer")) else []
        if len(listed) > 1:  # "and is overweight on capital goods, banks and autos": a view each
            call = text[joint.start("call"):listed[-1].end]
            found += [(joint.start(), _short(call), [m]) for m in listed]
            continue
        found.append((joint.start(), _short(call), named))
        if joint.group("change") and not joint.group("target"):
            # "..., cutting China Life to reduce and Ping An to neutral": each name its rating
            found += _elided_after(text, joint.start("change"), joint.end("change"), end, mentions)
    return found


# "said the market could stay choppy, and preferred telecoms": a first call on the market
# the report is about is a view of its own beside a joined one
# (not one the joined call repeats: "and kept its neutral stance on European equities")
_THE_MARKET = re.compile(r"\bthe\s+market\b", re.IGNORECASE)


def _on_a_market(joined: list[tuple[int, str, list[Mention]]]) -> bool:
    return any(not about or about[0].kind in ("market", "index") for _, _, about in joined)


_PICKED = re.compile(r"(?i:recommend|favou?r|prefer|like)")


def _joined_fact(text: str, start: int, end: int, source: str, call: str,
                 about: list[Mention]) -> Fact:
    """A joined call's view; a pick told by its verb alone ("and recommended chip stocks")
    is bullish though the verb names no stance."""
    fact = _fact(text, start, end, source, call, about)
    return replace(fact, stance="bullish") if fact.stance == "neutral" and _PICKED.match(call) \
        else fact


# where an advised act's object ends: its clause, or what it gives as a reason, a time
# or examples ("... banks for their dividends", "... stocks such as Pop Mart")
_ADVICE_OBJECT_END = re.compile(r"[,;.:()\n]|\s(?:while|whereas|as|after|before|ahead|amid|"
                                r"given|because|since|such|including|like|on|over|rather|"
                                r"instead|for|in|into|with|which|who|that|if|until|when)\b")
_ACT_JOINT = re.compile(r"\s+(?:and|or)\s+")


def _advised(text: str, start: int, end: int, verb: re.Match[str], source: str,
             mentions: list[Mention], sources: list[tuple[int, str]]) -> tuple[int, list[Fact]]:
    """Advice to investors in a source's call, a view on each name its acts are on, in
    the act's stance ("..., and advised investors to take profits on Macau gaming stocks",
    "recommended that investors trim exposure to battery makers and add shipbuilders"):
    where the advice starts (``verb``'s own start when it is the call itself: "recommended
    investors increase exposure to internet and consumer stocks") and the views; ``end``
    and no views when the sentence has none."""
    lead_of, act_of = wordlists.advice_call()
    stop = min((e for e, _ in sources if e > verb.end()), default=end)
    lead = lead_of.search(text, verb.start(), stop)
    act = act_of.match(text, lead.end(), stop) if lead else None
    if act is None or not (lead.group("joint") or lead.start() == verb.start() or
                           _LEAD_IN.fullmatch(text[verb.end():lead.start()].strip() + " ")):
        return end, []
    facts: list[Fact] = []
    while act:
        object_end = _ADVICE_OBJECT_END.search(text, act.end(), stop)
        object_end = object_end.start() if object_end else stop
        joint = next((j for j in _ACT_JOINT.finditer(text, act.end(), object_end)
                      if act_of.match(text, j.end(), stop)), None)
        named = [m for m in _within(mentions, act.end(), joint.start() if joint else object_end)
                 if _known(m) and m.name != source]
        said = text[lead.end("joint") if lead.group("joint") else lead.start():lead.end()]
        view = _short(said + text[act.start():named[-1].end if named else act.end()])
        stance = "bullish" if act.group("bullish") else "bearish"
        facts += [replace(_fact(text, start, end, source, view, [m]), stance=stance) for m in named]
        act = act_of.match(text, joint.end(), stop) if joint else None
    return (lead.start() if lead.group("joint") or lead.start() == verb.start() else verb.start(),
            facts) if facts else (end, [])


def _joined_after_advice(text: str, start: int, end: int, verb: re.Match[str], source: str,
                         mentions: list[Mention], sources: list[tuple[int, str]],
                         advised: list[Fact]) -> list[Fact]:
    """A call of its own joined after advice ("recommended overweighting brokers, and said
    it was cautious on coal and utilities"): a view on each name it is on, not one the
    advice already gives."""
    told = {f.subject for f in advised}
    calls = [_joined_fact(text, start, end, source, call, about)
             for _, call, about in _joined_calls(text, verb.end(), end, mentions, sources)]
    return [f for f in calls if f.subject != source and f.subject not in told]


def _beside_advice(first: list[Fact], advised: list[Fact],
                   source: str) -> tuple[list[Fact], list[Fact]]:
    """A call and the advice joined to it: the advice says what a call naming nothing is
    about ("said the rally looked stretched and advised clients to trim exposure to tech
    stocks": one view, on tech), and repeats a call of its own stance ("saying Hong Kong
    stocks had priced in the good news and recommending investors take profits on internet
    names": one view); beside a neutral call or one of the other stance it is a view of its
    own ("said the Kospi would stay range-bound, and recommended investors add shipbuilders")."""
    if not advised:
        return first, []
    if all(f.subject == source for f in first):
        return [], advised
    own = first[0].stance  # a warning's too: "warned that the rally had run too far"
    if own != "neutral" and all(f.stance == own for f in advised):
        return first, []
    return first, advised


def _listed_after(text: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The names of one kind listed from ``first`` on ("banks, insurers and brokers")."""
    listed = [first]
    for m in mentions:
        if m.start > listed[-1].end and m.kind == first.kind and \
                _LIST_GAP.fullmatch(text, listed[-1].end, m.start):
            listed.append(m)
    return listed


def _market_kind(text: str, named: list[Mention], end: int) -> list[Mention]:
    """A market's name with the one kind of stocks a rating is on: "cut Hong Kong property
    to underweight" (Hong Kong property)."""
    kind = _ONE_KIND.match(text, named[0].end, end) if named and named[0].kind == "market" \
        else None
    return [replace(named[0], end=kind.end())] if kind and _TO_RATING.match(text, kind.end(), end) \
        else named


def _elliptical_calls(text: str, verb: re.Match[str], end: int,
                      mentions: list[Mention]) -> list[tuple[int, str, list[Mention]]]:
    """The names a rating change moves after its first with the verb left out ("cut China
    Life to reduce and Ping An to neutral"), as joined calls: where each starts, its view
    (the verb put back) and its name."""
    return _elided_after(text, verb.start(), verb.end(), end, mentions)


def _elided_after(text: str, lo: int, hi: int, end: int,
                  mentions: list[Mention]) -> list[tuple[int, str, list[Mention]]]:
    """The elided calls after a rating change whose verb stands at ``lo``..``hi``."""
    found: list[tuple[int, str, list[Mention]]] = []
    name = next((m for m in mentions if m.start > hi), None)
    if name is None or name.kind != "company" or \
            not _COVERAGE_OF.fullmatch(text, hi, name.start):
        return found
    lead = text[lo:name.start]  # the verb, and "coverage of" where told
    rating = _TO_RATING.match(text, name.end, end)
    while rating:
        joint = _AND_NEXT.match(text, rating.end(), end)
        name = next((m for m in mentions if joint and m.start == joint.end()), None)
        rating = _TO_RATING.match(text, name.end, end) if name and name.kind == "company" \
            else None
        if rating:
            call = f"{lead}{text[name.start:rating.end()]}"
            found.append((joint.start("joint"), _short(call), [name]))
    return found


def _elliptical_houses(text: str, verb: re.Match[str], end: int,
                       mentions: list[Mention]) -> list[tuple[int, str, str]]:
    """The houses that share a target change's verb, told after it with the verb left out
    ("raised its target to HK$68, CLSA to HK$70 and Daiwa to HK$72"): where each starts,
    the house and its call (the verb put back). Only for the house's own target ("its
    target"), naming nothing else before: "its target on HSBC to 700p and Barclays to 300p"
    rates Barclays."""
    found: list[tuple[int, str, str]] = []
    own = _OWN_TARGET.match(text, verb.end(), end)
    if own is None:
        return found
    pos = _LEVEL_END.search(text, own.end(), end).start()
    for m in mentions:
        if m.start < pos:
            continue
        if m.kind != "firm" or not _LIST_GAP.fullmatch(text, pos, m.start) or \
                not _TARGET_TO.match(text, m.end, end):
            break
        level_end = _LEVEL_END.search(text, m.end, end).start()
        call = f"{verb.group()} {own.group('target')}{text[m.end:level_end]}"
        found.append((pos, m.name, _short(call)))
        pos = level_end
    return found


def _other_move(text: str, pos: int, end: int, mentions: list[Mention]) -> int:
    """Where a clause telling another name's move starts after a call: "after Citi raised
    its target on the lender, and Aviva rose 1.8%" (the call is not on Aviva); else ``end``."""
    for joint in _NEXT_CLAUSE.finditer(text, pos, end):
        name = next((m for m in mentions if m.start == joint.end()), None)
        moves = find_triggers(text, name.end, end) if name else []
        if moves and moves[0].form == "verb" and not text[name.end:moves[0].start].strip():
            return joint.start()
    return end


def _analysts_after(text: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    """The house of '"...," said analysts at Jefferies, who raised their target', or of
    '"...," OCBC analysts said in a note'."""
    house = next((m for m in mentions if m.kind == "firm" and m.start > pos
                  and not text[pos:m.start].strip()), None)
    if house and _ANALYSTS_SAID.match(text, house.end, end):
        return house.name
    said = _SAID_BEFORE_ANALYSTS.match(text, pos, end)
    at = _ANALYSTS_AT.match(text, said.end(), end) if said else None
    if at is None:
        return None
    known = [m for m in mentions if m.start == at.start("name") and m.kind == "firm"]
    return known[0].name if known else at.group("name").rstrip(".,")


# '"...," strategist Bruce Kirk wrote', '"...," said senior analyst Jane Doe': a role, then
# the name, no house
_ROLE_SPEAKER = re.compile(r"\s*(?P<said>said\s+)?(?:[a-z]+\s+){0,2}(?:analyst|strategist|economist)\s+"
                           r"(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2})")
_SAID_AFTER = re.compile(r"\s+(?:said|says|wrote|writes)\b")


def _role_speaker(text: str, pos: int, end: int) -> str | None:
    """The person a quote's role and name tell, when the name ends the sentence after
    "said" or is followed by it."""
    role = _ROLE_SPEAKER.match(text, pos, end)
    if role is None:
        return None
    said = role.group("said") and _CLAUSE_ENDS.match(text, role.end(), end)
    return role.group("name") if said or _SAID_AFTER.match(text, role.end(), end) else None


_SAID_HOUSE = re.compile(r"\s*(?:said|says)\s+")


def _house_role_speaker(text: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    """The person of '"...," said Goldman Sachs strategist Bruce Kirk', the wire's quote tag:
    the house, a role and the name that ends the sentence."""
    said = _SAID_HOUSE.match(text, pos, end)
    house = next((m for m in mentions if said and m.start == said.end() and m.kind == "firm"), None)
    role = _ROLE_SPEAKER.match(text, house.end, end) if house else None
    return role.group("name") if role and not role.group("said") and \
        _CLAUSE_ENDS.match(text, role.end(), end) else None


# what a speaker adds is as good as a "who" clause: '..., adding that he expected the rally
# to have legs'
_WHO = re.compile(r",\s+(?:who|(?:adding|arguing)(?:\s+that)?)\s+")
# '"...," said Rohan Kapur of LKP Securities': a quote's speaker told by the house alone
_SPEAKER_OF = re.compile(r"\s*(?:said|says|added|wrote)\s+(?P<name>[A-Z][a-z][\w'-]*"
                         r"(?:\s+[A-Z][\w'-]*){1,2})\s+(?:of|from)\s+")


def _speaker_of_house(text: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    """The person of '"...," said Name of House' right after a quote, when the house is a
    research house (the lexicon's, or a name such as "Kingston Securities")."""
    said = _SPEAKER_OF.match(text, pos, end)
    if said is None:
        return None
    house = any(m.start == said.end() and m.kind == "firm" for m in mentions) or \
        _HOUSE.match(text, said.end(), end) is not None
    return said.group("name") if house else None


# an unquoted view, then its analyst: "The Nifty could slip to 24,000, said Rupak De, senior
# technical analyst at LKP Securities"
_SAID_TAIL = re.compile(r"(?P<q>[^\"“”;]{8,400}?),\s+(?:said|says)\s+(?=[A-Z])")


def _said_by_analyst(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    """The view of a sentence that ends naming its analyst by name and role; only on what
    it names (index, sector, market or a known company)."""
    said = _SAID_TAIL.match(text, start, end)
    person = next(_persons(text, said.end(), end, mentions), None) if said else None
    if person is None or person.start() != said.end():
        return []
    named = [m for m in _within(mentions, start, said.end("q")) if _known(m)]
    return [_fact(text, start, end, person.group("name"), _short(said.group("q")), named)] \
        if named else []


# a source that ends a sentence after its claim: "..., Nomura strategists said in a note",
# "..., analysts at Citi said, adding that ..." (what goes on after it is another call)
_SAID_LAST = re.compile(r"(?:\s+(?:analysts?|strategists?|economists?))?\s+(?:said|says|wrote|writes)\b")
_GOES_ON = re.compile(r",\s+[a-z]+ing\s")
# who may stand between a claim's comma and the end of its source: "Daishin Securities
# analyst Lee Kyung-min", "analysts at Goldman Sachs"
_CLAIM_SOURCE = re.compile(r"(?:analysts?\s+at\s+)?[A-Z][^,;]{0,80}")
# where the head of a claim ends: "A-shares could extend their rally as insurers buy": the
# insurers are the reason, not the call
_CLAIM_HEAD_END = re.compile(r",\s|\s(?:as|because|after|amid|with|since|while|thanks to)\s")


def _claim_said(text: str, start: int, end: int, mentions: list[Mention],
                sources: list[tuple[int, str]]) -> list[Fact]:
    """A claim told before its source, no quote marks: "The Nikkei could climb toward 42,000
    by year-end, Nomura strategists said". A view only when it forecasts, or takes a stance
    on, a market, an index, a sector (or a stance on a company); a move or data told as a
    fact is no view."""
    for pos, name in sources:
        said = _SAID_LAST.match(text, pos, end)
        if said is None:
            continue
        rest = text[said.end():end].lstrip()
        goes_on = _GOES_ON.search(rest)
        comma = text.rfind(", ", start, pos)
        if not _WHERE_SAID.fullmatch(rest, 0, goes_on.start() if goes_on else len(rest)) or \
                comma < 0 or not _CLAIM_SOURCE.fullmatch(text, comma + 2, pos):
            continue
        claim = text[start:comma]
        head = _CLAIM_HEAD_END.search(claim)
        named = [m for m in _within(mentions, start, start + head.start() if head else comma)
                 if _known(m)]
        stance = stance_of(claim)
        on_market = _MARKET_WORDS.search(claim) or any(m.kind != "company" for m in named)
        if not (on_market and (_FORECAST.search(claim) or stance != "neutral")
                or named and stance != "neutral") or _reports_move(text, start, comma) \
                or _own_business(claim) or _reports_data(text, start, comma, claim):
            continue
        return [_fact(text, start, end, name, _short(claim), named)]
    return []


def _known(mention: Mention) -> bool:
    """A name a quote's view can be about: no generic word, no house, no name the lexicon
    does not know ("FPI")."""
    return mention.kind in ("index", "sector", "market") or \
        mention.kind == "company" and bool(mention.ticker or mention.company)


def _after_who(text: str, pos: int, end: int) -> int:
    """Where a quoted speaker's "who" clause starts ('"...," said Kim, an analyst at KIS,
    who kept a buy rating on Hyundai Motor'): what it names is what the quote is about."""
    who = _WHO.search(text, pos, end)
    return who.end() if who else end


def _quoted_call(text: str, quote: re.Match[str], end: int) -> str:
    """A quote's view; when the quote holds no stance, its speaker's "who" clause, which
    often carries the call ('"...," said Kim, ..., who keeps a buy rating on Kia')."""
    view = _short(quote.group("q"))
    who = _after_who(text, quote.end(), end)
    if who == end or stance_of(view) != "neutral":
        return view
    call = _short(text[who:end])
    return call if stance_of(call) != "neutral" else view


# where a quote's second call starts: "We'd be buyers of banks here and would avoid real
# estate", "..., but we would sell property"
_QUOTE_JOINT = re.compile(r",?\s+(?:and|but|while)\s+(?:we\s+|I\s+)?(?=(?:would|will|should)\s)|;\s+")


def _opposite_calls(text: str, sentence: tuple[int, int], quote: re.Match[str],
                    named: list[Mention], speaker: str) -> list[Fact]:
    """A quote's two calls of opposite stances on two names, a view each; none else."""
    lo, hi = quote.span("q")
    joint = _QUOTE_JOINT.search(text, lo, hi)
    if joint is None:
        return []
    parts = [(lo, joint.start()), (joint.end(), hi)]
    calls = [(text[a:b], [m for m in named if a <= m.start and m.end <= b]) for a, b in parts]
    if not all(names for _, names in calls) or \
            {stance_of(call) for call, _ in calls} != {"bullish", "bearish"}:
        return []
    return [_fact(text, *sentence, speaker, _short(call), names) for call, names in calls]


def _quote_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """The end of a quote that opened in an earlier sentence of the paragraph."""
    before = text[max(0, start - 2000):start]
    opened = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
    return _QUOTE_TAIL.match(text, start, end) if opened else None


def _about(text: str, start: int, end: int, verb: re.Match[str], view: str, source: str,
           mentions: list[Mention], resolve: Resolve | None) -> list[Mention] | None:
    """The names a view is about: those after its verb; for "downgraded the stock", or a
    rating or price target on nothing named ("Novo rose after Jefferies raised its rating to
    buy", "The broker also raised its target price"), the company named before. None: a
    kept rating, or a company told by a description, on nothing named."""
    clause = _CLAUSE_END.search(text, verb.end(), end)  # "..., while Humana jumped": not its
    # "reiterated its buy rating, saying the Jio IPO could unlock value": the reason's names
    # are not what the call is on
    clause = _REASON.search(text, verb.end(), clause.start() if clause else end) or clause
    named = _within(mentions, verb.start(), clause.start() if clause else end)
    if verb.group().lower() in _TELLING:  # "told Reuters that ...": the listener, not the topic
        named = [m for m in named if text[verb.end():m.start].strip()]
    mover = _mover(text, start, verb, clause.start() if clause else end, view, source, mentions)
    if mover:
        return mover
    described = _DESCRIBED.match(text, verb.end()) or _PICK_DESCRIBED.match(text, verb.start(), end)
    # "Intel: Bernstein reiterates underperform": a bare rating is on the company before
    kept = verb.group().lower() in _RATING_VERBS and not _STATE_SAYING.match(text, verb.end(), end) \
        or _RATING_AFTER.match(text, verb.end(), end) is not None
    # "is overweight on China": a country rated as a market is what the state is about (not
    # "overweight China internet": a kind of its stocks)
    if not described and (_names(view, named, source) or _country_alone(view) or
                          not (kept or _STOCK_CALL.search(view))):
        return named
    before = _company_before(mentions, start, verb.start(), source, known=not described) \
        or _company_earlier(start, verb.start(), source, mentions, resolve)
    if (kept or described) and not before:  # "cut the Gucci owner to sell": who is unknown
        return None
    return before or named


_TELLING = {"told", "tells", "tell"}
# the cause a sentence gives for a move: "ASML rose 3.5% after Bernstein ...", "as Citi ..."
_CAUSE_BEFORE = re.compile(r"(?<!such )\b(?:after|as|following|when)\s+(?:analysts\s+at\s+)?$")
# between a house and its own verb: "Citi turns", "Barclays' analysts cut"
_HOUSE_VERB_GAP = re.compile(r"(?:['’]s?)?(?:\s+(?:analysts?|strategists?|also|has|have|had))*\s+")
# a house's reason after its call: "downgraded the chain to sell, saying competition from Coles"
_REASON = re.compile(r",\s+(?:saying|citing|arguing|warning|noting|as|because|since)\s")


def _mover(text: str, start: int, verb: re.Match[str], end: int, view: str, source: str,
           mentions: list[Mention]) -> list[Mention]:
    """The company whose move the clause before a call tells, when the call is its cause
    and names nothing before its reason: "Fast Retailing rises 3% as Citi turns bullish",
    "HSBC slipped after Barclays cut its rating on the lender", "Woolworths fell after Citi
    downgraded the chain, saying Coles ..." (not Coles); none for a call on the economy."""
    house = [m for m in _within(mentions, start, verb.start()) if m.name == source][-1:]
    if not house or not _CAUSE_BEFORE.search(text, max(start, house[0].start - 24), house[0].start) \
            or not _HOUSE_VERB_GAP.fullmatch(text, house[0].end, verb.start()):
        return []
    reason = _REASON.search(text, verb.end(), end) if verb.group().lower() not in _SAYING else None
    call_end = reason.start() if reason else end
    if _names(text[verb.start():call_end], _within(mentions, verb.start(), call_end), source) or \
            _ECONOMY.search(view) and not _STOCK_CALL.search(view):
        return []
    return _mover_before(text, start, house[0].start, source, mentions)


# an index the mover trades on is no mover of its own: "Barclays is the laggard on the
# FTSE 100", "was the top gainer in the Hang Seng", "led losses among Stoxx 600 banks"
_WHERE_TRADED = re.compile(r"\b(?:on|in|among|across)\s+(?:the\s+)?$")


def _mover_before(text: str, start: int, pos: int, source: str,
                  mentions: list[Mention]) -> list[Mention]:
    """The one company the clause before ``pos`` names and moves ("..., while rival
    Zealand Pharma jumped 7%"); none when it names two, or a sector or index ("Banks such
    as HSBC rose": the banks)."""
    joint = list(_CLAUSE_END.finditer(text, start, pos))
    clause = joint[-1].end() if joint else start
    moves = find_triggers(text, clause, pos)
    told = _within(mentions, clause, pos) if moves else []
    named = [m for m in told if m.kind in ("company", "firm") and m.name != source]
    if len({m.company or m.name for m in named}) != 1 or named[0].end > moves[0].start or \
            any(m.kind == "sector" or m.kind == "index" and not _WHERE_TRADED.search(
                text, max(start, m.start - 12), m.start) for m in told) or \
            not (named[0].ticker or " " in named[0].name):  # "Gross rose": no name
        return []
    return [replace(named[0], kind="company")]  # a bank that moved is rated, not rating


def _call_start(text: str, verb: re.Match[str], end: int) -> int:
    """Where a call starts after its verb: past a saying's lead-in ("said in a note that it
    was overweight brokerages and insurers")."""
    if verb.group().lower() not in _SAYING:
        return verb.end()
    rest = text[verb.end():end].lstrip()
    lead = _LEAD_IN.match(rest)
    return end - len(rest) + len(lead.group().rstrip()) if lead else verb.end()


def _listed(text: str, pos: int, named: list[Mention]) -> list[list[Mention]]:
    """What each view of a sentence's one call is about: each name of a list that opens
    what the call names ("upgraded Tencent, Alibaba and Meituan to overweight": three
    views), else all it names (one view). ``pos``: the end of the call's verb."""
    heads = [m for m in named if m.kind in ("company", "index", "sector")]
    if not heads or not _OBJECT_GAP.fullmatch(text, pos, heads[0].start):
        return [named]
    listed = heads[:1]
    for m in heads[1:]:
        if m.kind != listed[-1].kind or not _list_gap(text, listed[-1], m):
            break
        listed.append(m)
    return [[m] for m in listed] if len(listed) > 1 else [named]


def _list_gap(text: str, last: Mention, item: Mention) -> bool:
    """Whether ``item`` follows ``last`` in a list; a sector may carry a word of its own
    ("recommended tech hardware and non-bank financials": two sectors)."""
    if _LIST_GAP.fullmatch(text, last.end, item.start):
        return True
    if last.kind != "sector":
        return False
    tail = _SECTOR_ITEM_TAIL.match(text, last.end).end()
    gap = _SECTOR_LIST_GAP.fullmatch(text, tail, item.start)
    return gap is not None and not _VERB_IN_GAP.search(text, tail, item.start)


def _top_picks(text: str, start: int, end: int, mentions: list[Mention],
               callers: set[str]) -> list[Fact]:
    """Each name of a list a house "named as its top picks"; none unless all of the list
    is names the lexicon knows. ``callers``: the sources of the sentence's other views; the
    one there is names the picks joined to its call ("said it expects the index to end the
    year at 28,000, and named Tencent and Alibaba as its top picks")."""
    picks = _TOP_PICKS.search(text, start, end)
    if picks is None:
        return []
    source = _caller_of(text, start, end, mentions, callers, picks.start(), _PICKS_TAIL)
    names = [m for m in _within(mentions, picks.start("names"), picks.end("names"))
             if m.kind == "company" and m.ticker]
    gaps = [names[0].start - picks.start("names"), picks.end("names") - names[-1].end] \
        if names else [1]
    if source is None or any(gaps) or not all(_LIST_GAP.fullmatch(text, a.end, b.start)
                                              for a, b in pairwise(names)):
        return []
    view = _short(text[picks.start():picks.end()])
    return [_fact(text, start, end, source, view, [m]) for m in names]


def _caller_of(text: str, start: int, end: int, mentions: list[Mention], callers: set[str],
               at: int, joined: re.Pattern[str]) -> str | None:
    """The house of a list of calls at ``at``: the source named before it, else the one
    house of the sentence's other views when ``joined`` ("and") ties the list to its call."""
    source = _source_before(text, at, _sources(text, start, end, mentions))
    if source is None and len(callers) == 1 and joined.search(text, max(start, at - 6), at):
        source = next(iter(callers))
    return source


def _preferred_examples(text: str, start: int, end: int, mentions: list[Mention],
                        callers: set[str]) -> list[Fact]:
    """Each listed company a house gives as an example of what it prefers, a bullish view of
    the house ("remains underweight developers, preferring landlords such as CR Mixc");
    none unless the examples are all listed companies, up to the clause's end. ``callers``:
    the sources of the sentence's other views; the one there is owns a preference joined to
    its call."""
    if "ref" not in text[start:end] and "avo" not in text[start:end]:
        return []  # cheap guard: "prefer...", "favo(u)r..."
    examples = _PREFERRED_EXAMPLES.search(text, start, end)
    if examples is None:
        return []
    source = _caller_of(text, start, end, mentions, callers, examples.start(), _JOINED_PREFERENCE)
    named = _within(mentions, examples.end(), end)
    listed = _listed_after(text, named[0], named) if named and \
        named[0].start == examples.end() else []
    hi = _TICKER_GAP.match(text, listed[-1].end).end() if listed else end
    names = _listed_names(text, listed, hi) if listed and _EXAMPLES_END.match(text, hi, end) \
        else []
    if source is None or not names:
        return []
    view = _short(text[examples.start():names[-1].end])
    return [replace(_fact(text, start, end, source, view, [m]), stance="bullish") for m in names]


def _our_picks(text: str, start: int, end: int, mentions: list[Mention],
               author: str | None) -> list[Fact]:
    """Each company a note calls "our preferred exposures" or "our top picks", a bullish
    call of the note's house; none unless the whole list is listed companies."""
    told = text[start:end]
    if author is None or "ur " not in told and ":" not in told and "picks " not in told:
        return []
    after = _PICKS_AFTER.search(text, start, end)
    before = _PICKS_BEFORE.search(text, start, end) if after is None else None
    if after:
        names = _listed_before(text, _within(mentions, start, after.start()), after.start())
        if names and not _PICKS_CLAUSE.search(text[start:names[0].start]):
            names = []
        lo, hi = (names[0].start, after.end()) if names else (0, 0)
    elif before:
        if not _PICKS_CLAUSE.search(text[start:before.start()]):
            return []
        clause = _PICKS_END.search(text, before.end(), end)
        hi = clause.start() if clause else end
        named = _within(mentions, before.end(), hi)
        names = named if named and named[0].start == before.end() and \
            _listed_names(text, named, hi) else []
        lo = before.start()
    else:
        return []
    view = _short(text[lo:hi])
    return [replace(_fact(text, start, end, author, view, [m]), stance="bullish") for m in names]


# a note's rating label over a list: "Overweight: brokers, insurers", "Underweight: banks
# and property", "Neutral: Tencent (700 HK)"
_RATING_LABEL = re.compile(rf"(?P<rating>{_RATING_WORD.pattern})\s*:\s+")


def _rated_label(text: str, start: int, end: int, mentions: list[Mention],
                 author: str | None) -> list[Fact]:
    """Each sector or listed company under a rating label that opens a note's clause, a
    call of the note's house at that rating; none unless the clause is the list alone."""
    label = _RATING_LABEL.search(text, start, end) if author and ":" in text[start:end] else None
    if label is None or not _PICKS_CLAUSE.search(text[start:label.start()]):
        return []
    clause = _PICKS_END.search(text, label.end(), end)
    hi = clause.start() if clause else end
    named = _within(mentions, label.end(), hi)
    named = sorted(named + _bare_sectors(text, label.end(), hi, named), key=lambda m: m.start)
    if not named or named[0].start != label.end() or not all(
            m.kind == "sector" or m.kind == "company" and m.ticker for m in named):
        return []
    gaps = [(a.end, b.start) for a, b in pairwise(named)]
    if not all(_LIST_GAP.fullmatch(text, _TICKER_GAP.match(text, a).end(), b) for a, b in gaps) or \
            _TICKER_GAP.match(text, named[-1].end).end() != hi:
        return []
    stance = stance_of(f"{label.group('rating')} rating")
    view = _short(text[label.start():hi])
    return [replace(_fact(text, start, end, author, view, [m]), stance=stance) for m in named]


_LIST_ITEM = re.compile(r"[^,;]+?(?=\s*(?:,|\band\b|$))")


def _bare_sectors(text: str, lo: int, hi: int, named: list[Mention]) -> list[Mention]:
    """The items of a rating label's list that are a bare sector modifier, no head noun
    ("Underweight: solar", "Neutral: property, consumer"): under the label, the sector."""
    modifiers = wordlists.sector_words().modifiers
    found = []
    for item in _LIST_ITEM.finditer(text[:hi], lo):
        first = item.start() + len(item.group()) - len(item.group().lstrip())
        word = text[first:item.end()]
        if word.startswith("and "):
            first, word = first + 4, word[4:].lstrip()
        if word in modifiers and all(m.end <= first or m.start >= item.end() for m in named):
            found.append(Mention(first, item.end(), "sector", modifiers[word]))
    return found


def _listed_before(text: str, named: list[Mention], pos: int) -> list[Mention]:
    """The names listed one after the other up to ``pos``, read back from it."""
    listed: list[Mention] = []
    for m in reversed(named):
        stop = listed[0].start if listed else pos
        gap = _TICKER_GAP.match(text, m.end).end()
        if not (_LIST_GAP.fullmatch(text, gap, stop) if listed else gap == stop):
            break
        listed.insert(0, m)
    return _listed_names(text, listed, pos) if listed else []


def _listed_names(text: str, named: list[Mention], pos: int) -> list[Mention]:
    """``named`` when they are listed companies (known, or with a ticker), one after the
    other up to ``pos`` (each perhaps with its ticker in brackets), else none."""
    gaps = [(a.end, b.start) for a, b in pairwise(named)] + [(named[-1].end, pos)]
    # a name with its ticker in brackets is a listed company even if the lexicon lacks it
    if not all(m.kind == "company" and (m.ticker or text[m.end - 1] == ")") for m in named):
        return []
    listed = all(_LIST_GAP.fullmatch(text, _TICKER_GAP.match(text, a).end(), b) for a, b in gaps[:-1])
    last = gaps[-1]
    return named if listed and _TICKER_GAP.match(text, last[0]).end() == last[1] else []


# a call on a list of sectors: "raised its allocation to brokerages and consumer electronics",
# "upgraded rate-sensitive sectors such as autos and real estate", "cut its exposure to
# miners and energy" (each sector a call of the verb's way)
_SECTOR_LIST_CALL = re.compile(
    r"\b(?:(?P<up>raised|raises|raising|lifted|lifts|increased|increases|boosted|boosts|upgraded|"
    r"upgrades)|(?P<down>cut|cuts|cutting|lowered|lowers|reduced|reduces|trimmed|trims|"
    r"downgraded|downgrades))\s+(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:allocations?|weightings?|"
    r"exposure|positions?)\s+(?:to|in|on)\s+|(?:[\w-]+\s+){0,2}?(?:sectors|stocks|names|shares|"
    r"plays)\s+(?:such\s+as|including|like)\s+)"
    # or a standing preference: "prefers brokerages, banks and insurers", "is overweight
    # shipbuilders and defence", "keeps its overweight on metals and brokers", "remains
    # underweight on developers", "was cautious on coal and utilities"
    r"|\b(?:(?P<prefers>prefers|favou?rs|(?:we|they)\s+(?:prefer|favou?r)|(?:is|are|remains?|"
    r"stays?)\s+overweight(?:\s+on)?|(?:keeps?|kept|maintains?|maintained)\s+(?:its|our|their)\s+"
    r"overweight\s+on|focus(?:es|ed)?\s+on)|(?P<avoids>(?:is|are|was|were|remains?|stays?)\s+"
    r"(?:underweight|cautious)(?:\s+on)?))\s+")


# a list's sector may carry a word after or before it: "technology hardware and non-bank
# financials"
_SECTOR_ITEM_TAIL = re.compile(r"(?:\s+(?!and\s)[a-z][\w-]*(?=,|\s+and\s|\s*[.;]|$))?")
_SECTOR_LIST_GAP = re.compile(r",\s*(?:and\s+)?(?:[a-z][\w-]*\s+)?|\s+and\s+(?:[a-z][\w-]*\s+)?")
# but a word there that is a call of its own ends the list ("favours banks and avoids insurers")
_VERB_IN_GAP = re.compile(r"\b(?:avoid|sell|short|trim|reduc|exit|underweight|overweight|cut|"
                          r"lower|downgrad|upgrad|rais|add|buy|prefer|like|favou?r|recommend|"
                          r"is|are|was|were|remain|stay|kept|keep)\w*\b")


def _sector_list(text: str, first: Mention, mentions: list[Mention], end: int) -> list[Mention]:
    """The sectors listed from ``first`` on, each perhaps with a word of its own."""
    listed = [first]
    for m in mentions:
        if m.start <= listed[-1].end or m.kind != "sector":
            continue
        tail = _SECTOR_ITEM_TAIL.match(text, listed[-1].end, end).end()
        if not _SECTOR_LIST_GAP.fullmatch(text, tail, m.start) or \
                _VERB_IN_GAP.search(text, tail, m.start):  # "favours banks and avoids insurers"
            break
        listed.append(m)
    return listed


def _with_sector_lists(text: str, start: int, end: int, mentions: list[Mention],
                       facts: list[Fact]) -> list[Fact]:
    """The facts with a view on each sector of each list a house's verb moves or prefers
    ("favours brokers and banks, and is underweight coal": two lists)."""
    if not any(m.kind == "sector" for m in mentions):
        return facts
    for call in _SECTOR_LIST_CALL.finditer(text, start, end):
        facts = _with_sector_list(text, start, end, mentions, facts, call)
    return facts


def _with_sector_list(text: str, start: int, end: int, mentions: list[Mention],
                      facts: list[Fact], call: re.Match[str]) -> list[Fact]:
    """The facts with a view on each sector of the list ``call`` moves: by the house before
    it, or joined by "and" to the one house of the sentence's other views. A view told
    before the list is then about what it names outside it."""
    first = next((m for m in mentions if m.start == call.end() and m.kind == "sector"), None)
    if first is None:
        return facts
    callers = {f.source for f in facts}
    source = _source_before(text, call.start(), _sources(text, start, end, mentions))
    if source is None and len(callers) == 1 and _JOINED_PICKS.search(
            text, max(start, call.start() - 6), call.start()):
        source = next(iter(callers))
    if source is None:
        return facts
    listed = _sector_list(text, first, mentions, end)
    view = _short(text[call.start():_SECTOR_ITEM_TAIL.match(text, listed[-1].end, end).end()])
    stance = "bullish" if call.group("up") or call.group("prefers") else "bearish"
    outside = [m for m in mentions if m.end <= call.start()]
    in_call = {m.name for m in mentions if call.start() <= m.start < listed[-1].end}
    if call.group("up") or call.group("down"):
        kept = [f if f.source != source or f.subject not in in_call else
                _fact(text, start, end, source, f.view or "", outside) for f in facts
                if f.source != source or not (f.view or "").startswith(view)]  # the list call
    else:  # a preference: the house's views on the listed sectors are the list's own
        kept = [f for f in facts if f.source != source or f.subject not in in_call]
    return kept + [replace(_fact(text, start, end, source, view, [m]), stance=stance) for m in listed]


def _company_earlier(start: int, pos: int, source: str, mentions: list[Mention],
                     resolve: Resolve | None) -> list[Mention]:
    """The one company of the last sentence that names anyone, when this one names nothing
    before ``pos`` but houses ("Jefferies upgraded HKEX. The broker also raised its target
    price to HK$380")."""
    if resolve is None or any(m.kind in ("company", "index", "sector", "market")
                              for m in _within(mentions, start, pos)):
        return []
    found = resolve(Mention(start, start, "ref", STOCK_REF))
    return [found] if found and found.kind == "company" and found.name != source else []


def _names(view: str, named: list[Mention], source: str) -> bool:
    """Whether a view names what it is about (else its subject would be its source)."""
    return bool(_MARKET.search(view)) or any(
        m.kind in ("company", "index", "sector", "firm") and m.name != source for m in named)


def _company_before(mentions: list[Mention], start: int, pos: int, source: str,
                    known: bool) -> list[Mention]:
    """The company named last before ``pos`` in the sentence: what "the stock" or a rating
    with no object is about ("ASE rose 2% as KGI kept an outperform rating"); ``known``: a
    lexicon company only (a name as written may be the analyst)."""
    return [m for m in _within(mentions, start, pos) if m.kind == "company"
            and m.name != source and (m.ticker or not known)][-1:]


def _changes_by(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    """A rating change with its firm after it: "Tesla was downgraded to underperform at
    BofA", "Tesla downgraded at BofA", "following an upgrade to buy from Bank of America";
    or right before it: "Tesla fell after a BofA downgrade".
    The subject is the company named before, since the change before it ("Unilever cut to
    hold at Kepler; Diageo downgraded to underweight by Morgan Stanley"); none -> no view."""
    changes: list[Fact] = []
    after = start  # where the names of the next change may start
    for change in _CHANGE.finditer(text, start, end):
        firm = next((m for m in mentions if m.kind == "firm" and change.end() < m.start
                     <= change.end() + MAX_SOURCE_GAP
                     and _CHANGE_BY.fullmatch(text, change.end(), m.start)), None) or \
            next((m for m in mentions if m.kind == "firm" and m.end < change.start()
                  and _BY_BEFORE.fullmatch(text, m.end, change.start())), None)
        # a house may be what is rated: "Barclays was cut to hold at Morgan Stanley"
        company = [m for m in _within(mentions, after, change.start()) if m.kind == "company"
                   or m.kind == "firm" and firm and m.name != firm.name]
        if firm and company:
            clause_end = text.find(";", change.end(), end)  # "...; shares slip 1.8%": no more of it
            view = _short(text[change.start():end if clause_end < 0 else clause_end])
            changes.append(_fact(text, start, end, firm.name, view, [replace(company[-1], kind="company")]))
            after = max(change.end(), firm.end)
    return changes


def _reports_data(text: str, start: int, end: int, view: str) -> bool:
    """"Funds saw outflows of $1.3 billion, according to EPFR": the firm is where the
    data comes from, not an analyst (a flow word, and no stance, or money moved and no
    forecast: "with northbound investors buying a net 21.3 billion yuan, according to X's
    estimates"; not "inflows could reach $150 billion, according to X")."""
    if not wordlists.flow_words()[0].search(text, start, end):
        return False
    return stance_of(view) == "neutral" or not _FORECAST.search(view) and any(
        q.money for q in quantities(text, start, end))


def _fact(text: str, start: int, end: int, source: str, view: str,
          mentions: list[Mention]) -> Fact:
    market = _favoured_market(view)  # "upgraded Chinese equities": what the view is about
    first = next((m for m in mentions if m.kind in ("company", "index", "sector", "market")
                  and m.name != source and not _LESS_FAVOURED.search(text, start, m.start)),
                 None)
    if first and first.kind == "market" and market and not 0 <= view.find(text[first.start:first.end]) <= market.start():
        first = None  # "cut Japanese equities to neutral, ..., and moved into Hong Kong"
    first = _named_after_market(text, start, end, view, _sector_of_place(text, first, mentions), market)
    # "overweight on Hong Kong stocks but trimmed its exposure to consumer names": the
    # market named first, as written
    about = _market_as_written(text, first) if first and first.kind == "market" else \
        first.name if first else _as_shares(market.group()) if market else _country_rated(view) or source
    return Fact(kind="analyst_view", subject=about, source=source, view=view,
                stance=stance_of(view), evidence=text[start:end], span=[start, end])


def _favoured_market(view: str) -> re.Match[str] | None:
    """The first market a view names that it does not rank below another ("prefers
    international stocks over U.S. stocks": international stocks)."""
    return next((m for m in _MARKET.finditer(view)
                 if not _LESS_FAVOURED.search(view, 0, m.start())), None)


_MARKET_WORD = re.compile(r"\s+markets?$", re.IGNORECASE)


def _as_shares(market: str) -> str:
    """A market named by its "market" as its shares, the way reports name it as a subject:
    "the A-share market" is A-shares, "the Indian market" Indian stocks (a place's shares
    the tables know); "emerging markets" stays as written."""
    place = _MARKET_WORD.sub("", market)
    if place == market:
        return market
    if re.fullmatch(r"[AH]-share", place):
        return place + "s"
    shares = f"{place} stocks"
    known = shares.lower() in wordlists.market_phrases()[1] or shares in wordlists.report_markets().values()
    return shares if known else market


def _sector_of_place(text: str, first: Mention | None, mentions: list[Mention]) -> Mention | None:
    """"upgraded Hong Kong developers", "said Hong Kong banks remain their top pick": a
    place before a sector word says where the sector is; the view is about the sector."""
    if first is None or first.kind != "market" or not is_place(text[first.start:first.end]):
        return first
    sector = next((m for m in mentions if m.kind == "sector" and m.start > first.end), None)
    return sector if sector and text[first.end:sector.start].isspace() else first


# "the market", "the A-share market", "the index": the market a view names without its name
_MARKET_REF = re.compile(r"\b(?i:the|this)\s+(?:(?:broader|overall|wider|domestic|local|stock|"
                         r"equity|[AH]-share)\s+)?(?:market|index|benchmark)\b(?!\s+(?:share|value|cap)\b)")


def _named_after_market(text: str, start: int, end: int, view: str, first: Mention | None,
                        market: re.Match[str] | None) -> Mention | None:
    """What a view is about when it names the market before anything else: the market
    ("said A-shares would stay range-bound, and recommended banks", "remained overweight on
    U.S. equities and sees the S&P 500 at 6,600": None, the market as written); "the
    market" or "the index" before a sector or a name the lexicon does not know ("the
    market may face profit-taking ahead of the National Day holiday", "the index could
    drop ..., and he remains underweight technology"): None, the market it refers to."""
    at = text.find(view, start, end) if first is not None else -1
    if at < 0 or first.start < at:  # a name before the call's verb was chosen for it
        return first
    if market and at + market.start() < first.start and \
            not _LESS_FAVOURED.search(view, 0, market.start()):
        return None
    ref = _MARKET_REF.search(view)
    unknown = first.kind == "sector" or first.kind == "company" and not _known(first)
    return None if ref and unknown and at + ref.start() < first.start else first


def _warned(fact: Fact, verb: str) -> Fact:
    """A warning with no stance word of its own is bearish ("cautioned that the market had
    run ahead of earnings")."""
    return replace(fact, stance="bearish") if verb in _WARNING and fact.stance == "neutral" \
        else fact


_OBJECT_ENDS = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:after|as|on|in|for|citing|given|because|amid|"
                          r"and|but|while|with|since|from|over|ahead|despite|until)\b")


def _country_alone(view: str) -> bool:
    """A country rated as a market, its call ending there ("is overweight on China, ...")."""
    call = _COUNTRY_CALL.search(view)
    return bool(call and call.group("object") and is_place(call.group("object"))
                and _OBJECT_ENDS.match(view, call.end("object")))


def _country_rated(view: str) -> str | None:
    """The country a view rates as a market ("upgraded China to overweight": China)."""
    call = _COUNTRY_CALL.search(view)
    place = call.group("place") or call.group("object") if call else None
    return place if place and is_place(place) else None


def _market_as_written(text: str, market: Mention) -> str:
    """A market as written, with the kind of stocks that follows it: "Hong Kong dividend
    stocks", "Hong Kong tech stocks" (not the whole market)."""
    kind = _KIND_OF_STOCKS.match(text, market.end)
    return text[market.start:kind.end() if kind else market.end]


def _plain_statement(text: str, start: int, end: int, verb: re.Match[str], view: str,
                     named: list[Mention]) -> bool:
    """"HSBC said it would take the lender private", "... it would cut 5,000 jobs": a
    company's news, not a market view. A plain "said" counts only with a stance word, a
    research word nearby, or a market or index as its object; "cut"/"raised" only with
    what analysts cut or raise."""
    if _own_business(view):
        return True
    word = verb.group().lower()
    if word in _ACTIONS:  # "Sony: Nomura keeps buy": a kept rating, bare
        return not (_RATED.search(view) or _RATING_ON.search(view) or word in _RATING_VERBS
                    and _RATING_AFTER.match(text, verb.end(), end))
    if word not in _SAYING:
        return False
    if _OWN_PLAN.match(view):
        return True
    if stance_of(view) != "neutral":
        return False
    if _reports_move(text, verb.end(), end):
        return True
    about_market = _MARKET_WORDS.search(view) or any(m.kind == "index" for m in named) \
        or _INDEX_CALL.search(view)
    return not (about_market or _RESEARCH.search(text, start, end))


# a forecast of the index named before: "said the index could test 25,000", "the benchmark
# may retest its lows" (not an index provider's "the index will add three stocks")
_INDEX_CALL = re.compile(r"\b(?:the|this)\s+(?:index|benchmark|gauge)\s+(?:could|would|will|may|"
                         r"might|should|(?:is|was)\s+likely\s+to)\s+(?:\w+\s+)?(?:test|retest|"
                         r"reach|hit|touch|revisit|challenge|break|rise|climb|rally|rebound|fall|"
                         r"drop|slip|slide|decline|extend|consolidate|hover|trade|end|finish)\b",
                         re.IGNORECASE)


# a move word after a possessive is a noun: "after this year's rally", "despite last week's
# selloff" (not "it's rallied": "it has")
_POSSESSIVE_BEFORE = re.compile(r"\b(?!(?i:it|that|there|what|who|he|she)['’]s\b)\w+['’]s\s+$")


def _reports_move(text: str, pos: int, end: int) -> bool:
    """"Analysts noted that the index dropped to 128": a move told as a fact, no view (not
    "expect the index to end the year at 28,000")."""
    return any(t.form == "verb" and not t.participle and not t.caused
               and not _MODAL_BEFORE.search(text, max(pos, t.start - 24), t.start)
               and not _POSSESSIVE_BEFORE.search(text, max(pos, t.start - 30), t.start)
               for t in find_triggers(text, pos, end))


def _own_business(view: str) -> bool:
    """"cut its annual expense target", "would cut 3% of its workforce", "flagged a
    narrower net interest margin" (the verb's object): the firm's own business; "its
    profit forecast for Tencent" is a research call."""
    for m in _OWN.finditer(view):
        if _KIND_OF_PICK.match(view, m.end()):
            continue  # "its top dividend pick": a kind of pick, not the house's dividend
        its = _ITS_BEFORE.search(view, max(0, m.start() - 40), m.start())
        # "upgraded Hang Seng Bank, saying its dividend ...": "its" is the named company
        if its and not _CAPITAL.search(view, 0, its.start()) and not _FOR_NAME.match(view, m.end()):
            return True
    obj = _VERB_OBJECT.match(view)  # not what is said, nor "the guidance" told before
    if obj and (obj.group().split()[0] in _NO_OWN_OBJECT or view.startswith("the ", obj.end())):
        obj = None
    words = [w.start() for w in _WORD.finditer(view, obj.end(), obj.end() + 40)][:3] \
        if obj else []
    own = next((m for pos in words if (m := _OWN.match(view, pos))), None)
    return own is not None and not _FOR_OTHERS.match(view, own.end())


def _within(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi]


def _firm_at(mentions: list[Mention], pos: int) -> str:
    return next(m.name for m in mentions if m.start == pos)


def _sources(text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    persons = list(_persons(text, start, end, mentions))
    # "Kathleen Brooks, an analyst at XTB, said": the person speaks, not her house
    found = [(m.end, m.name) for m in mentions if m.kind == "firm"
             and not any(p.start() < m.start < p.end() for p in persons)]
    for m in _ANALYSTS_AT.finditer(text, start, end):
        if any(p.start() < m.start() < p.end() for p in persons):
            continue
        known = [x for x in mentions if x.start == m.start("name") and x.kind == "firm"]
        found.append((m.end(), known[0].name if known else m.group("name").rstrip(".,")))
    # "Dickie Wong, executive director at Kingston Securities, said ...": the person
    found += [(m.end(), m.group("name")) for m in persons]
    found += _persons_after_house(text, end, mentions)
    told = _persons_of_house(text, start, end, mentions)
    found = [f for f in found if f not in told] + [(pos, name) for pos, name in told.values()]
    return sorted(found)


def _rated_objects(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """"Jefferies upgraded Barclays", "prefers HSBC and Standard Chartered": a bank right
    after a view verb (or joined to one that is) is what is rated, not who rates; after a
    saying verb it speaks ("said Citi analyst ...")."""
    verbs, _ = wordlists.view_words()
    ends = {m.end() for m in verbs.finditer(text, start, end) if m.group().lower() not in _SAYING}
    objects: list[Mention] = []
    for m in mentions:
        after_verb = any(e < m.start and not text[e:m.start].strip() for e in ends)
        joined = objects and _LIST_GAP.fullmatch(text, objects[-1].end, m.start)
        if m.kind == "firm" and (after_verb or joined):
            objects.append(m)
    return objects


def _we(text: str, start: int, end: int, author: str | None) -> list[tuple[int, str]]:
    """"We maintain BUY on Anta", "Our view: we remain cautious": the note's house speaks,
    with "we" opening the sentence, a line, or what follows a label's colon."""
    if author is None:
        return []
    label = _OUR_LABEL.match(text, start, end)  # "Our call: stay overweight tech"
    imperative = _IMPERATIVE_CALL.match(text, start, end)
    return [(m.end(), author) for m in _WE.finditer(text, start, end)
            if _OPENS.search(text[start:m.start()])] + \
        ([(label.end(), author)] if label else []) + \
        ([(imperative.end(), author)] if imperative else [])  # a slice: "^" is the sentence's start


def _imperative_verb(text: str, start: int, end: int, verbs: re.Pattern[str],
                     author: str | None) -> list[re.Match[str]]:
    """The capitalised verb opening a note's own imperative call ("• Downgrade Li Auto to
    hold"), read as the lower-case view verb it is."""
    imperative = _IMPERATIVE_CALL.match(text, start, end) if author else None
    if imperative is None:
        return []
    pos = imperative.end()
    verb = verbs.match(text[:pos] + text[pos].lower() + text[pos + 1:end], pos)
    return [verb] if verb else []


def _persons(text: str, start: int, end: int, mentions: list[Mention]) -> Iterator[re.Match]:
    for m in _PERSON.finditer(text, start, end):
        org = m.start("org")
        if not m.group("executive") or _HOUSE.match(text, org) or any(
                x.start == org and x.kind == "firm" for x in mentions):
            yield m


def _persons_after_house(text: str, end: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    """"Kingston Securities executive director Dickie Wong said": the person, when a view
    verb or a comma follows the name."""
    verbs, _ = wordlists.view_words()
    found = []
    for house in mentions:
        if house.kind != "firm" and not (house.kind == "company"
                                         and _HOUSE.fullmatch(text, house.start, house.end)):
            continue
        m = _AFTER_HOUSE.match(text, house.end, end)
        if m is None:
            continue
        adverb = _SPEAKER_ADVERB.match(text, m.end() + 1)
        # "Over at Goldman Sachs, strategist David Kostin cut": after a comma, a role
        if (m.group("of") not in (None, ",") or m.group("role")) and (text.startswith(",", m.end()) or verbs.match(
                text, adverb.end() if adverb else m.end() + 1)):
            found.append((m.end(), m.group("name")))
    return found


# "Tom Lee of Fundstrat said", "David Kostin at Goldman Sachs raised": a person's name right
# before "of"/"at" and a house; the name's words, leading role words left out
_NAME_OF = re.compile(r"(?<![\w&.'-])(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2})\s+(?:of|at)\s+$")
_NOT_NAME = frozenset({"Analyst", "Strategist", "Economist", "Chief", "Executive", "Officer",
                       "Head", "Director", "Chairman", "President", "Founder", "Partner",
                       "Manager", "Senior", "Managing", "The", "Investment", "Portfolio"})


def _persons_of_house(text: str, start: int, end: int, mentions: list[Mention]
                      ) -> dict[tuple[int, str], tuple[int, str]]:
    """The house's source told by its person ("Tom Lee of Fundstrat said"): the house's
    entry in the sources, mapped to the person's; only when a view verb follows the house
    (a title-case headline's "Gets Buy Rating at Citi" names no one)."""
    verbs, _ = wordlists.view_words()
    told = {}
    for house in mentions:
        if house.kind != "firm" or house.start - start < 6:
            continue
        m = _NAME_OF.search(text, max(start, house.start - 40), house.start)
        words = m.group("name").split() if m else []
        while words and words[0] in _NOT_NAME:
            words.pop(0)
        if len(words) < 2 or any(w in _NOT_NAME for w in words) or \
                any(x.start < house.start and x.end > m.start() and (x.kind != "company" or _known(x))
                    for x in mentions if x is not house):  # an unknown name may be the person's
            continue
        adverb = _SPEAKER_ADVERB.match(text, house.end + 1)
        if verbs.match(text, adverb.end() if adverb else house.end + 1):
            told[(house.end, house.name)] = (house.end, " ".join(words))
    return told


def _partners(text: str, source: str, mentions: list[Mention], pos: int) -> list[str]:
    """The houses listed before the source that shares their verb ("Jefferies and Citi
    both cut their targets", "brokerages, including Macquarie and Emkay, cut ...")."""
    houses = [m for m in mentions if m.kind == "firm" and m.end <= pos]
    if not houses or houses[-1].name != source:
        return []
    found: list[str] = []
    for before, after in reversed(list(pairwise(houses))):
        if not _LIST_GAP.fullmatch(text, before.end, after.start):
            break
        found.append(before.name)
    return [name for name in found if name != source]


def _restated(told: int, pos: int, source: str, sources: list[tuple[int, str]]) -> bool:
    """Whether the house is named again between its first call and this verb: "after CMBI
    raised its target, while the broker cut Ping An Bank to hold" is a second call with its
    own subject, not the first call told twice ("It still has a buy, though the target falls")."""
    return any(told < e <= pos and name == source for e, name in sources)


def _source_before(text: str, pos: int, sources: list[tuple[int, str]]) -> str | None:
    before = [(e, n) for e, n in sources if e <= pos]
    if not before:
        return None
    end, name = before[-1]
    gap = _ASIDE.sub(" ", re.sub(r"\([^()]{0,60}\)", " ", text[end:pos]))
    if _RELATIVE.fullmatch(gap):  # "..., according to Nomura, which sees the index at 28,000"
        return name
    if len(gap) > MAX_SOURCE_GAP or re.search(r"[;.]|\b(?:while|but|as|which)\b", gap):
        return None
    return name


def _view(text: str, verb: re.Match[str], end: int) -> str:
    word = verb.group().lower()
    rest = text[verb.end():end].strip()
    if word in _SAYING:
        if _WHERE_SAID.fullmatch(rest):  # "Funds drew $1 billion, BofA said in its weekly note"
            return ""
        rest = _LEAD_IN.sub("", rest)
    else:
        rest = f"{verb.group()} {rest}"
    if word in _COPULAS and not re.match(
            r"(?:\w+\s+){0,2}(?:bullish|bearish|optimistic|pessimistic|cautious|neutral|positive|"
            r"negative|constructive|upbeat|downbeat|overweight|underweight)", rest, re.IGNORECASE):
        return ""
    rest = _CLAUSE_END.split(rest)[0]
    return _short(rest) if len(rest.split()) >= 2 else ""


def _short(view: str) -> str:
    return " ".join(view.split()[:MAX_VIEW_WORDS]).rstrip(" ,;:.")


def stance_of(view: str) -> str:
    """The stance of a rating or target change by its direction ("cut Xiaomi to neutral
    from buy" is bearish); else the stance whose word comes first, reversed under a
    negation ("unlikely to rebound" is bearish); none -> neutral."""
    view = _QUOTED_WORD.sub(r"\1", view.replace("\u2019", "'"))
    shifts = wordlists.view_shifts()
    # "TP raised to HK$62": the change after the target it moves
    change = shifts.changes.match(view, _TARGET_FIRST.match(view).end())
    # a raised target under a kept sell or hold is no bullish call; a cut stays a cut
    # ("trimmed its target but kept its buy rating" is bearish)
    kept = _KEPT_RATING.search(view) if change and shifts.change_stances[change.group()] == "bullish" \
        else None
    if kept:
        return stance_of(f"{kept.group('rating')} rating")
    if change and _RATED.search(view):
        return shifts.change_stances[change.group()]
    _, stances = wordlists.view_words()
    best = min(filter(None, (_trend_stance(view), _forecast_move(view))), default=None)
    for stance, pattern in stances:
        m = pattern.search(view)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), stance)
    if best is None:
        return "neutral"
    if not _negated(view, best[0]):
        return best[1]
    # "no longer bearish ..., moving to neutral": the negated call gives way to the one named
    if dict(stances)["neutral"].search(view, best[0]):
        return "neutral"
    return _REVERSED.get(best[1], best[1])


@cache
def _forecast_moves() -> wordlists.Folded:
    """A move verb in -ing before its size: "sees the Taiex falling 5%"."""
    verbs = sorted(v for v in wordlists.move_words().verbs if v.endswith("ing") and " " not in v)
    return wordlists.Folded(rf"(?<![\w-])(?P<verb>{wordlists.trie_pattern(verbs, fold=True)})"
                            r"\s+(?:[a-z]+\s+)?\d")


def _forecast_move(view: str) -> tuple[int, str] | None:
    m = _forecast_moves().search(view)
    if not m:
        return None
    up = wordlists.move_words().verbs[m.group("verb")] == "up"
    return m.start(), "bullish" if up else "bearish"


def _trend_stance(view: str) -> tuple[int, str] | None:
    """A trend and its verdict: "the sell-off has further to run" is bearish, "the
    sell-off is overdone" bullish. Where the trend word is, and the stance."""
    shifts = wordlists.view_shifts()
    m = shifts.trend.search(view)
    if not m:
        return None
    up = shifts.trend_stances[m.group("trend")] == "up"
    goes_on = shifts.trend_stances[m.group("verdict")] == "goes-on"
    return m.start(), "bullish" if up == goes_on else "bearish"


_TARGET_FIRST = re.compile(r"(?:(?:(?i:price\s+)?(?i:target)|PT|TP)\s+)?")
# a rating in quotes reads as the rating: "at 'add'", "a \"sell\" rating"
_QUOTED_WORD = re.compile(r"(?<![\w'])['\"\u2018\u201c](\w+)['\"\u201d](?![\w'])")
_REVERSED = {"bullish": "bearish", "bearish": "bullish"}
# a negation governs a stance word a few words later in the same clause
_NEGATION_SCOPE = re.compile(r"\s*(?:[\w'-]+\s+){0,3}")


def _negated(view: str, pos: int) -> bool:
    shifts = wordlists.view_shifts()
    lo = max(0, pos - 60)
    for neg in shifts.negation.finditer(view, lo):
        if neg.start() >= pos:
            break
        if neg.end() > pos:  # the stance word starts inside it: "unlikely [to recover]"
            return True
        scope = _NEGATION_SCOPE.match(view, neg.end(), pos)
        if scope.end() == pos and not shifts.unnegated.search(view, neg.start(), pos):
            return True
    return False
