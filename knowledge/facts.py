"""What kind of fact a sentence states and what kind of news a headline announces.

One set of cue patterns serves ingest (filling `facts` and `announcements`) and answering
(matching the kind of fact a question asks for), so the two can never drift apart.
"""

from __future__ import annotations

import re

from knowledge.vocabulary import FUNCTION_WORDS, TITLE_BOUNDARY

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A month written out in lowercase dates too, as a site writing all in lowercase does ("out
# april 25"); not "may" or "march", which are everyday words before a number as often.
_DATE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}"
    r"|\b(?:january|february|april|june|july|august|september|october|november|december)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
)

# The words Spanish, Portuguese, Italian, French, German, Dutch and Polish headlines and
# sentences tell a death in ("Muere <Name> a los 90 años", "<Name> stirbt mit 80", "Nie
# żyje <Name>").
_DIES_ABROAD = (
    r"(?i:muere|murio|murió|fallece|falleci[oó]|morre|morreu|faleceu|muore|è morto|meurt"
    r"|stirbt|gestorben|overleden|overlijdt|sterft|nie żyje|zmarł[a]?)"
)
# The words those headlines name a kind of news in where English words do not already
# ("<Act> anuncia gira", "<Act> kondigt tournee aan", "nuevo disco", "ogłasza trasę"). "Disco" is a
# record only after a word that makes it one, as English headlines use it for the genre.
_KINDS_ABROAD = {
    "tour": r"giras?|tourn[ée]es?|turn[êe]s?|conciertos?|konzert(?:e|reise)?|concerten"
    r"|tras[aęy]|koncert(?:y|ów|u)?",
    "film": r"pel[ií]culas?|filmes?|document(?:al|[áa]rio|ario|aire)|film dokumentalny",
    "book": r"libros?|livros?|livres?|memorias|m[ée]moires|mem[óo]rias|biograf[ií]as?|biographie",
    "signing": r"firma(?:n)? (?:con|por)|fichan? por|assina(?:m)? com|signe(?:nt)? (?:chez|avec)"
    r"|unterschreib(?:t|en) bei|teken(?:t|en) bij|podpisuje kontrakt|podpisał[aio]? kontrakt",
    "album": r"[áa]lbum(?:es)?|(?:anuncian?|estrenan?|publican?|lanzan?|nuevo|novo|nuovo|su|un"
    r"|primer|segundo|tercer|el|del|o|il|um) disco|disco (?:nuevo|novo)|disques?|dischi"
    r"|neues album|(?:neue|neuen) platte|nieuwe plaat|płyt[aęy]|album(?:u|em)",
    "single": r"sencillos?|canci[óo]n|canciones|can[çc][õo]es|can[çc][ãa]o|canzon[ei]|chansons?"
    r"|videoclips?|singiel|singl(?:a|em)|piosenk[aęi]",
}

# A chart position or a record set ("debuted at No. 1", "broke the record for"): a fact of
# its own, and in a headline no album or single announced (`news_kind_of`).
_CHART_CUE = (
    r"chart\w*|billboard 200|hot 100|number (?:one|1)\b|no\. ?1\b|(?<=#)1\b"
    r"|top (?:5|10|20|40|five|ten|twenty|forty)\b|longest[- ]running|best[- ]selling"
    r"|record[- ]breaking|(?:debut|peak)\w* at (?:no\.|number|#)"
    r"|(?:broke|break\w*|smash\w*|shatter\w*|beat\w*|set(?:s|ting)?)\s"
    r"(?:(?!to\b)\S+\s){0,4}records?\b(?! straight)"
    r"|records? (?:\w+ ){0,3}(?:break|broke|broken)\b"
)
# Shows are concerts, but "<Name> Shows Off / Support / How ..." is the verb. One show is
# a concert where it is said which ("One-Off Show", "Reunion Show") or where ("Show at
# <Venue>"): alone it may be a TV show.
_SHOWS = (
    r"shows\b(?!\s+(?:off|support|love|solidarity|how|what|why|that|his|her|their|its|up|no"
    r"|interest|respect|appreciation|gratitude|signs|fans|us)\b)"
    r"|(?:one-off|one-night(?:-only)?|hometown|farewell|reunion|final|benefit|surprise|secret"
    r"|anniversary|headline|headlining|solo|stadium|arena) show|show at"
)
# What music news counts, and the words that cannot stand between a number and it.
_COUNTED = (
    r"(?:songs?|tracks?|cuts|numbers|albums?|records?|lps?|eps?|singles?|shows?"
    r"|concerts?|dates|nights?|gigs?|bands?|acts?|artists?|members?|stages?|copies|streams?"
    r"|tickets?|fans?|people|years?|weeks?|months?|hours?|minutes?|times|awards?"
    r"|nominations?|million|billion)\b"
)
_NOT_COUNTED = r"(?!the |an? |of |and )"
# A quoted title ("title" too) starts at a quote; every other cue at the start of a word.
_QUOTED_TITLE = r"[‘“][^’”]{2,60}[’”]"
# A quotation that opens in lowercase ("after ‘a short illness’") is words someone said, not
# a title: its cue words count.
_QUOTATION = re.compile(r"[‘“](?=[a-z])")
_LOWERCASE_CUES = {
    "chart": _CHART_CUE,
    "release": r"\b(?:out (?:now|this|next|in (?:19|20)\d\d|on (?:\d|vinyl|cassette|cd|digital"
    r"|limited|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"
    # A release party is a show ("tour"), whose pattern comes later in the alternation.
    r"|due\b|releas\w*(?!\w| part(?:y|ies))|arriv\w*|drops?\b|lands?\b|look for\b"
    r"|available|street date|comes out|coming out|pre-?order)",
    # A signing tells a label too (`BROADER`); "who did X sign with" asks for it first.
    "signing": r"\b(?:sign(?:s|ed|ing)?\s+(?:a\s+(?:[\w-]+\s+){0,2}deal\s+)?(?:to|with)\b"
    r"|(?:has|have|had|just|newly|recently)\s+signed\b|new(?:est)? signings?\b"
    r"|ink(?:s|ed)? (?:a )?(?:new |record |global |worldwide )?deal|inked\b"
    r"|join(?:s|ed|ing)? (?:the|their|its|his|her) roster)",
    "label": r"\b(?:label|imprint|roster|put out by)\b",
    # The name someone was born with or goes by besides the one they perform under ("<Stage
    # Name>, real name <First> <Last>"), before "name" tells where a name comes from.
    "realname": r"(?:real|birth|legal|given|stage) names?\b|n[ée]e\b|born as\b|also known as\b"
    r"|a\.?k\.?a\b|goes by\b|performs as\b|records as\b|alter ego",
    # Where a name comes from ("named after", "took their name from"), before "named" gives a
    # title.
    "naming": r"\b(?:named (?:after|for)|name (?:comes|came|is taken|was taken|derives|is derived"
    r"|was derived)|t(?:ook|akes?|aking) (?:their|its|his|her|the) name"
    r"|(?:the|our|their|its) name\b(?! of\b)"
    r"|moniker|namesake|formerly|previously known|now known as|renamed|rebrand\w*"
    r"|changed (?:their|its|his|her) name|(?:new|old|former) name)",
    # How an act came together: where its members met, when and how it formed.
    "formed": r"\b(?:(?:first )?met (?:at|in|while|when|through|on|as|during|after|working"
    r"|studying)\b|(?:formed|founded|started|began) (?:in|at|after|when|while|as|around|during)\b"
    r"|got together|came together|started out|started playing together|formed the band)",
    "title": r"\b(?:titled|called|named|entitled"
    r"|new (?:album|lp|ep|record|single|song)|debut"
    r" (?:album|lp|ep)|full[- ]length|sophomore|album|lp\b|ep\b)",
    "tour": rf"\b(?:tour\w*|dates|show\b|{_SHOWS}|concerts?|gigs?|play(?:s|ing)?\b|perform\w*"
    r"|headlin\w*|release part(?:y|ies)"
    r"|venue|hall|theatre|theater|arena|stadium|festival)",
    # "Feat." and "ft." end in a dot, after which no word boundary falls.
    "people": r"\b(?:with|featur\w*|feat(?=\.)|ft(?=\.)|(?<=\()ft(?=\s)|produc\w*|recorded"
    r"|collaborat\w*|joined by|members?|(?:co-?)?founders?|founded by|founding"
    r"|line-?up|drummers?|bassists?|guitarists?|singers?|vocalists?|frontman|frontwoman|band"
    r"|guests?|direct(?:ed|or|ors|s|ing)|starring)\b",
    # Where someone is from: "Lake Orrin-born", "hails from", "we are from", "Harbourton-based".
    "origin": r"\b(?:born\b|(?<=-)raised\b|raised (?:in|on)\b|grew up|hail(?:s|ed|ing)? from"
    r"|(?:is|are|was|were|comes?|came|originally|all) from\b|home ?town|natives?\b"
    r"|based (?:in|out of)\b|(?<=-)based\b|relocated|transplant\w*|moved (?:here |there )?from)",
    "death": r"\b(?:died|dies|dying|dead|death|passed away|passing|rip\b|r\.i\.p|obituary"
    rf"|{_DIES_ABROAD}"
    r"|passed (?:in|last|earlier|suddenly|peacefully|unexpectedly)"
    rf"|passed on (?i:\d\w*|{MONTH}|{WEEKDAY})|killed|funeral)\b",
    # How someone died, which "how did X die" asks beside the death itself.
    "cause": r"\b(?:succumb\w*|accident\w*|crash\w*|cancer|overdos\w*|illness|disease|heart"
    r" attack|heart failure|stroke|suicide|complications|injur\w*|natural causes|tumou?r"
    r"|leukemia|pneumonia|shooting|shot dead|drown\w*|long battle|brief battle|diagnos\w*)",
    "age": r"\b(?:aged? \d{1,3}|age of \d{1,3}|\d{1,3}[- ]years?[- ]old|(?:was|is|at) \d{2}\b)",
    # What a song or record is about.
    "theme": r"\b(?:(?:is|are|was|were|song|songs|track|record|album) about|story (?:of|about)"
    r"|tale of|inspired by|explor(?:es|ed|ing)|tackl(?:es|ed|ing)|deals? with|dealing with"
    r"|grappl\w* with|reflect\w* on|meditation on|ode to|describes"
    r"|written (?:about|after|in response))",
    # Whom someone is engaged or married to ("<Name> Engaged to <Name>", "his wife").
    "partner": r"\b(?:engaged|engagement|married|marriage|marr(?:y|ies|ying)|weds|wedding"
    r"|wi(?:fe|ves)|husbands?|fianc\w*|girlfriends?|boyfriends?|spouses?|divorc\w*)\b",
    "award": r"\b(?:prize|award\w*|won|wins?\b|winn(?:er|ers|ing)|grammys?\b|shortlist\w*"
    r"|longlist\w*|nomin\w*"
    # "album of the year" is read at its "of", as "album" already gives a title there.
    r"|(?:(?<=album )|(?<=song )|(?<=record )|(?<=single )|(?<=video )|(?<=clip )"
    r"|(?<=artist )|(?<=band )|(?<=producer ))of the year)",
    # A number of the things music news counts, at most one word between ("13 studio
    # albums", "two sold-out nights"), or a price ("$45"). The number alone is matched, so the
    # counted word still gives its own kind ("albums": title); a year counts nothing.
    "count": rf"(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten"
    rf"|eleven|twelve|dozens?|hundreds?|thousands?|millions?)(?=[- ](?:{_NOT_COUNTED}"
    rf"[\w-]+ )?{_COUNTED})|(?<=\$)\d"
    # An ordinal counts too ("their seventh No. 1 album"), with up to two words between.
    rf"|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    rf"(?=[- ](?:{_NOT_COUNTED}[\w.-]+ ){{0,2}}{_COUNTED})",
}
# One pass over the lower-cased sentence finds every kind whose cue words it holds. Testing
# for a word start once, rather than once per cue, makes the pass about twice as fast; a quoted
# title matches outside any named group (`lastgroup` None). The cues keep their order, so each
# place yields the kind the first cue matching there gives.
_CUES = re.compile(
    rf"{_QUOTED_TITLE}|\b(?=\w)(?:"
    + "|".join(f"(?P<{kind}>{cue})" for kind, cue in _LOWERCASE_CUES.items())
    + ")"
)
# Labels are also told by capitals: "Mint Records", "via Sub Pop", and a record due or
# arriving on a day "from <Name>" (no more than a day between: "released from Toronto"
# tells a place).
_LABEL_NAME = re.compile(
    r"\b[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,3}\s(?:Records|Recordings)\b|\b(?:via|through)\s+[A-Z]"
    r"|\b(?:due|arriv(?:e|es|ed|ing)|lands?|landed)(?:\s+(?:on|in|this|that|the|same|day|past"
    rf"|next|week|month|{MONTH}|{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?,?))*\s+from\s+(?!(?:The|A|An)\s)"
    r"[A-Z]"
)
# A title is also told by capitals after a verb that puts a record out ("issued Paper
# Harbour", "preview the ten-track Night Drive"): a day or month there is a date.
_TITLE_AFTER_VERB = re.compile(
    r"\b(?:issu|releas|shar|preview|unveil|drop)\w*\s+(?:(?:the|an?|its|their|his|her)\s+"
    rf"(?:[a-z][\w-]*\s+)?)?(?!{MONTH}|{WEEKDAY}|I\b)[A-Z]"
)
# Where someone is from is also told by capitals before what they are ("Harbourton punk trio",
# "Harbourton band"), and who is in a band by names listed after "are" or "includes".
# What news and questions call an act ("<city> punk trio", "<name>, the <genre> band").
# What the news calls a band as a whole; the words for one person stand beside them below.
GROUP_NOUNS = frozenset(
    """trio duo quartet quintet sextet band group outfit act project collective combo ensemble
    crew punks rockers""".split()
)
ACT_NOUNS = GROUP_NOUNS | frozenset(
    "singer songwriter rapper producer musician composer artist mainstay".split()
)
_ACT_LIST = tuple(sorted(ACT_NOUNS))
_ACTS = "|".join(_ACT_LIST)
# The place is the first group, for where a question asks about an act of another place
# (`bot.core.origins`).
ORIGIN_BEFORE_ACT = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Their|His|Her|Its|Our|My|Your|New|Local)\b)"
    rf"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s(?:[a-z][\w-]*\s){{0,3}}(?:{_ACTS})s?\b"
)
_MEMBERS = re.compile(
    r"\b(?:are|comprises?|consists? of|(?:comprised|made up) of|includes?|including)\s+"
    r"(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+(?:,\s|\sand\s)[A-Z]"
)
# The name someone was born with is also told by capitals after "born" ("<Stage Name>, born
# <First> <Last>, is 26"), where a place or a day after it tells where or when.
_BORN_AS = re.compile(
    rf"\b[Bb]orn\s(?!{MONTH}|{WEEKDAY}|The\b|In\b)[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{1,3}}"
    r"(?:,|\s(?:in|on|and)\b)"
)
_TOLD_BY_CAPITALS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("realname", ("born", "Born"), _BORN_AS),
    ("label", ("Record", "via", "through", "from"), _LABEL_NAME),
    ("title", (), _TITLE_AFTER_VERB),
    ("origin", _ACT_LIST, ORIGIN_BEFORE_ACT),
    ("people", (" are ", "includ", "compris", "consist", "made up"), _MEMBERS),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# A death is told in lowercase words, "RIP", or a capitalised word that the sentence goes on
# from in lowercase, as a headline capitalises it ("Dead at 79", "<Name> Dies at 65"):
# "Dead" or "Death" before another capitalised word is a name ("Dead Lanterns", "Death
# Orchard"), which says nothing about dying.
_DEATH_WORDS = re.compile(
    _LOWERCASE_CUES["death"] + r"|\bR\.?I\.?P\b|\b(?:Dead|Death|Died|Dies)\b(?!\s+[A-Z])(?=\s+\S)"
)

ANNOUNCEMENT_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "death",
        re.compile(
            r"(?i)\b(?:dies|died|dead at|rip\b|passed away|obituary|in memoriam|killed in"
            rf"|cause of death|{_DIES_ABROAD})"
        ),
    ),
    # A festival's edition opening a headline ("<Festival> 2026: <Act> to headline"), not an
    # award show's.
    (
        "festival",
        re.compile(
            r"(?i)\b(?:festivals?|fest\b|line-?up|lineup|headliners?|(?:to|will) headline)\b"
            r"|^(?!.*\b(?:awards?|grammys?|oscars?|winners?|nominees?|nominations?)\b)"
            r"(?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}) (?:19|20)\d\d:"
        ),
    ),
    (
        "tour",
        re.compile(
            rf"(?i)\b(?:tours?|touring|tour dates|dates|residency|{_SHOWS}|concerts|gigs"
            r"|open(?:s|ing)? for|support (?:act|slot)s?"
            rf"|{_KINDS_ABROAD['tour']})\b"
        ),
    ),
    (
        "film",
        re.compile(
            r"(?i)\b(?:films?|movies?|documentar(?:y|ies)|biopic|trailer|doc\b"
            rf"|(?:{_KINDS_ABROAD['film']})\b)"
        ),
    ),
    (
        "book",
        re.compile(rf"(?i)\b(?:memoirs?|autobiograph\w*|books?|novels?|{_KINDS_ABROAD['book']})\b"),
    ),
    (
        "signing",
        re.compile(
            r"(?i)\b(?:signs? (?:to|with)|signed (?:to|with)|joins? .* roster"
            r"|ink(?:s|ed)? (?:a )?(?:new |record |global |worldwide )?deal"
            rf"|{_KINDS_ABROAD['signing']})"
        ),
    ),
    (
        "album",
        # A numbered LP or EP ("LP5", "EP2") is one, and so is a full-length. "Record" is an
        # album unless it is a world record, a record deal, label, store or company, or
        # record-breaking (a chart record is no album news at all: `_CHART`); "a record" is
        # one only where it is announced or put out ("announced a record", not "set a record").
        # An album put out again is album news: a reissue, a box set, an anniversary edition.
        re.compile(
            r"(?i)\b(?:albums?|lps?|lp\d+|eps?|ep\d+|full[- ]?lengths?|reissues?|mixtapes?"
            r"|box set|deluxe|(?:anniversary|expanded) editions?|remaster(?:s|ed)?"
            r"|(?:(?<=announced a )|(?<=announces a )|(?<=announce a )|(?<=released a )"
            r"|(?<=releases a )|(?<=release a )|(?<=dropped a )|(?<=drops a )|(?<=drop a ))"
            r"(?:new )?record(?![\s-]+(?:deals?|breaking))"
            r"|(?<!\bworld )(?<!\ba )(?<!\bthe )record(?![\s-]+(?:deals?|stores?"
            r"|labels?|compan\w*|high|holders?|books?|straight|breaking|sales|consoles?|players?))"
            rf"|{_KINDS_ABROAD['album']})\b"
        ),
    ),
    (
        "single",
        re.compile(
            rf"(?i)\b(?:singles?|songs?|tracks?|videos?|remix|cover|{_KINDS_ABROAD['single']})\b"
            r"|[“\"‘«„].+[”\"’»]"
        ),
    ),
]
# A headline that says an announcement is made, whatever else it tells, in English or in the
# word Spanish, Portuguese, Italian, French, German, Dutch or Polish headlines use ("<Act>
# anuncia gira", "<Act> kündigt Tour an", "<Act> kondigt tournee aan", "<Act> zapowiada
# album").
ANNOUNCED = re.compile(
    r"(?i:\b(?:announc|anunci|annunci|annonc|k(?:ü|ue)ndig|kondig|zapowi(?:ad|edz)|og[łl](?:asz|os)))"
)
# A headline that says it makes an announcement, in either word headlines use for one
# ("<Festival> Unveils <Year> Lineup"), that calls a tour or dates new ("<Act> Are Back With
# New 45-City Tour") or that reschedules them ("<Act> Reschedules Cancelled Dates"); not a
# record called new, which headlines name as much to talk of it ("<Other> Shows Love for
# <Act>'s New Album"): among a name's news of the kind asked, the announcement rather than
# news about what was announced (a livestream, a photo gallery).
SAYS_ANNOUNCED = re.compile(
    rf"{ANNOUNCED.pattern}|\bunveil|\breschedul|\bnew (?:[\w-]+ )?(?:tours?|dates|shows)\b",
    re.IGNORECASE,
)
# Or more is added to one ("<Act> Add <City> to Upcoming Tour", "<Act> Extend <Name> Tour"):
# news of the kind asked where more of it is asked for.
ANNOUNCED_OR_ADDED = re.compile(
    rf"{SAYS_ANNOUNCED.pattern}|\b(?:add|extend|expand)(?:s|ed)?\b", re.IGNORECASE
)
# Reviews and rankings, recaps ("5 Best Moments", "Takeaways", "Highlights From", a show's
# "Video + Setlist" or "Best Photos", "Here's What <Act> Played"), a roundup of acts ("<Act>,
# <Act>, and More: This Week's Playlist"), a
# record talked through ("Breaks Down New Album Track by Track", "Digs Into"; not an act
# breaking down in tears or on stage, which may be news), and a
# headline that asks ("Is <band> about to announce ...?", "What
# do <artists>' new albums tell us?"): speculation or comment on news, not news.
_NOT_NEWS = re.compile(
    r"(?i)\b(?:review|reviewed|ranked|ranking|every \w+ ranked|best of|best moments|takeaways"
    r"|highlights (?:from|of)|\w+ highlights from|things we learned"
    r"|track[- ]by[- ]track|breaks? down(?! in\b| on\b| during\b| after\b)|digs? into"
    r"|setlists?|(?:best|exclusive|backstage|show) photos|in photos|photos? \+ video|: photos$"
    r"|^(?:sold[- ]out|moved|cancell?ed|postponed|presale(?: codes?)?|on sale(?: \w+)?)(?=:))\b"
    r"|^here['’]s (?:what|how|why)\b|^[^:]{1,160}?[,\s](?:and|&) more:"
    r"|^(?:what|why|how|who|is|are|was|were|will|would|did|does|do|can|could|should|has|have)"
    r"\b[^?]*\?"
)
# A chart position, or a record set, names a record without announcing one; beside a tour or
# a death it is by the way ("announces shows as she celebrates Number One album").
_CHART = re.compile(rf"(?i)\b(?=\w)(?:{_CHART_CUE})")
RECORDS = frozenset({"album", "single"})
_ANNOUNCING = re.compile(
    r"(?i)\b(?:announc\w*|reveal\w*|unveil\w*|shar\w*|drop\w*|releas\w*|detail\w*|confirm\w*"
    r"|return\w*|new|debut\w*|sign\w*|dies|died|dead at|killed in|rip|expand\w*|add\w*|plot\w*"
    r"|embark\w*|reunit\w*"
    r"|inks?|inked|launch\w*|premiere\w*|tease\w*|postpone\w*|cancel\w*|sets?|book\w*|lineup|line-up"
    r"|lines up|maps out|readies|schedules|extend\w*|to (?:headline|tour|kick off)|hit\w* the road"
    r"|out now)\b|:|–"
    rf"|{ANNOUNCED.pattern}|\b{_DIES_ABROAD}\b|\b(?:{_KINDS_ABROAD['signing']})\b"
    # Polish headlines' words for putting out, coming back and calling off.
    r"|\b(?:wraca|wracają|now[yaeą]|nowego|udostępnia\w*|wydaj[eą]|wydał\w*|premier\w*"
    r"|debiutuj\w*|odwołuj\w*|przekład\w*)\b"
)


# A kind of fact that tells another too: whom an act signed with is the label it is on.
BROADER = {"signing": "label"}


def fact_kinds(sentence: str) -> set[str]:
    """Every kind of fact the sentence could answer: "date" is a day ("May 7"), "year" a
    year alone, which answers "when" only loosely."""
    text = _QUOTATION.sub(" ", sentence) if "‘" in sentence or "“" in sentence else sentence
    kinds = {match.lastgroup or "title" for match in _CUES.finditer(text.lower())}
    if "death" in kinds and not _DEATH_WORDS.search(sentence):
        kinds.discard("death")
    kinds.update(BROADER[kind] for kind in kinds & BROADER.keys())
    # Each pattern told by capitals needs words that a cheaper test rules out first, which
    # spares most sentences (ingest asks this of every sentence it stores).
    for kind, needs, pattern in _TOLD_BY_CAPITALS:
        if kind in kinds or (needs and not any(word in sentence for word in needs)):
            continue
        if pattern.search(sentence):
            kinds.add(kind)
    if _DIGIT.search(sentence):
        if _DATE.search(sentence):
            kinds.add("date")
        if _YEAR.search(sentence):
            kinds.add("year")
    return kinds


KINDS = ("album", "single", "tour", "film", "book", "festival", "signing", "death", "other")


def news_kind_of(text: str) -> str | None:
    """The kind of news a text speaks of, whether or not it announces anything; a record
    named by its chart position is no album or single news."""
    charted = bool(_CHART.search(text))
    for kind, cue in ANNOUNCEMENT_CUES:
        if cue.search(text) and not (charted and kind in RECORDS):
            return kind
    return None


# A quoted title in a headline, apostrophes inside it allowed ("“<Name>’s Album”", "‘I Don’t
# Know’").
_QUOTED_WORK = re.compile(r"“[^”]{1,80}”|\"[^\"]{1,80}\"|‘(?:[^‘’]|’(?=\w)){1,80}’(?!\w)")
# A headline that shares a song: an artist, a dash and the song's title in quotes.
_SHARED_SONG = re.compile(r"^[^“”\"‘:]{1,80}\s[–—-]\s[“\"‘]")

_CUE_OF = dict(ANNOUNCEMENT_CUES)
_QUOTE_MARKS = re.compile(r"[“”\"‘’]")


def speaks_of(title: str, kind: str) -> bool:
    """Whether a headline names news of the kind, as well as the kind it is stored under:
    "<Band> Signs to <Label>, Announces Tour" is a signing too. Quoted titles are left out:
    "<Name>’s New Album ‘<Word>, <Word>, Film’" and quotation marks say nothing of the kind."""
    cue = _CUE_OF.get(kind)
    if cue is None:
        return False
    return cue.search(_QUOTE_MARKS.sub(" ", _QUOTED_WORK.sub(" ", title))) is not None


# A headline that tells what its subject will do ("<Act> Will Reopen in May", "<Act> to
# Leave the Band", "<Act> Set to Star in <Show>"): a plan announced, of whatever kind.
# "Will" opening the headline, or after "and", "&" or "with", is a first name.
PLANNED = re.compile(
    r"(?<=\S )(?<!and )(?<!& )(?<!with )(?:Will|Set to|Plans? to|Is to|Are to) (?!Be\b|Not\b)[A-Z]"
    r"|(?<=[a-z] )to (?:Star|Play|Step|Close|Open|Leave|Join|Lead|Direct|Score|Write|Produce"
    r"|Orchestrate|Transfer|Perform|Return|Reunite|Retire|Host|Headline|Tour|Record|Launch"
    r"|Premiere|Celebrate|Replace|Succeed|Reissue)\b"
)
# A guide to news already out ("<Act>'s 2026 Tour: How to Get Tickets", "Here's How to Watch
# <Show>"), which announces only what the rest of its headline does.
_GUIDE = re.compile(
    r"(?i)(?::\s*(?:here['’]s )?|\bhere['’]s )how to (?:get|buy|score|watch|stream)\b.*$"
)


# What a quoted title in a headline follows where it is a work's: a word putting a record or a
# song out or on ("Shares", "Performs", "New", "Cover of", "Hear"), or its act alone before a
# colon or a dash ("<Act>: “<Title>”"); or what follows one (a guest, a second title).
_PUTS_OUT = re.compile(
    r"(?i)\b(?:shar\w*|drop\w*|debut\w*|premiere\w*|releas\w*|unveil\w*|new|hear|watch|stream"
    r"|listen(?: to)?|perform\w*|cover\w*|singles?|songs?|tracks?|videos?|remix\w*|eps?|albums?"
    r"|lps?|called|titled|play\w*|sings?|sang|singing|announc\w*|tease\w*|preview\w*|reveal\w*"
    r"|offers?|gives?|of|feat\.?|ft\.?|x|vs\.?|and)\s*$|[+&/]\s*$"
)
_ACT_ALONE = re.compile(r"^[^:–—]{1,60}?\s*(?::|\s[–—-])\s*$")
_TITLE_AFTER = re.compile(r"\s*(?:\(|/|,\s*[“\"‘]|&\s*[“\"‘]|(?:feat|ft|prod)\b)")
# The most words an act's name alone before a colon has ("<First> <Middle> and the <Band>:");
# more are a sentence, whose quotes are what was said.
ACT_ALONE_WORDS = 6
_HEADLINE_VERBS = TITLE_BOUNDARY - FUNCTION_WORDS


def _act_alone(before: str) -> bool:
    """Whether a headline's words before a colon or a dash are a name alone ("<Act>:"),
    not a sentence ("<Act> Announce Hiatus:"), whose quoted words after are what was said.
    A headline's verb last may end a name ("<Word> Breaks", "<Word> and the Looks")."""
    words = re.findall(r"[^\W\d_]+", before.lower())
    return (
        _ACT_ALONE.match(before) is not None
        and len(words) <= ACT_ALONE_WORDS
        and not any(w in _HEADLINE_VERBS for w in words[1:-1])
    )


def _speech_unquoted(title: str) -> str:
    """The headline with the quotation marks of only its quoted works: what is said or
    scare-quoted ("Cancels Show Over ‘Health Issue’", "<Name> on <Thing>: ‘I Don’t <Verb>’")
    is no song's or record's title."""
    kept: list[str] = []
    done = 0
    for quoted in _QUOTED_WORK.finditer(title):
        before, after = title[: quoted.start()], title[quoted.end() :]
        work = (
            _PUTS_OUT.search(before) is not None
            or _act_alone(before)
            or _TITLE_AFTER.match(after) is not None
        )
        if work:
            kept += [_QUOTE_MARKS.sub(" ", title[done : quoted.start()]), quoted.group(0)]
            done = quoted.end()
    return "".join([*kept, _QUOTE_MARKS.sub(" ", title[done:])])


def comments_on_news(title: str) -> bool:
    """Whether a headline comments on news (`_NOT_NEWS`: a review, a ranking, a recap)
    rather than telling any."""
    return _NOT_NEWS.search(title) is not None


def announcement_kind(title: str) -> str | None:
    """The kind of news a headline announces, or None when it announces nothing (a review
    or a ranking names an album without announcing one, a guide tells how to get tickets
    for a tour announced before). Where a headline shares a song ("<Band> – “<Title>”"), the
    title's own words say nothing of the kind: "<Band> – “<Name>’s Album”" is a song;
    elsewhere a quoted name may say it ("“<Name> Tour”")."""
    title = _GUIDE.sub("", title)
    planned = PLANNED.search(title) is not None
    if not (planned or _ANNOUNCING.search(title)) or comments_on_news(title):
        return None
    shared = _SHARED_SONG.match(title) is not None
    kind = news_kind_of(_QUOTED_WORK.sub("“…”", title) if shared else _speech_unquoted(title))
    if kind is not None:
        return kind
    return "other" if planned or ANNOUNCED.search(title) else None
