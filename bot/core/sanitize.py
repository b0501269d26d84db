"""Chat text made safe to parse: platform markup, mentions, links and control characters
removed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import partial

from rapidfuzz import fuzz

from bot.core.casing import cased
from bot.core.cues import DROPPED_G, HESITATIONS, QUESTION_OPENERS, SPELLED_OUT, TEXTED
from bot.core.glue import Known, everyday_words, spaced
from bot.core.styled import unstyled
from bot.core.tokens import glued_name, letters_joined
from knowledge.text import fold, straightened

# Chat tells a story of sixty to eighty words around its question, which may come last; more
# is a paste, cut before any parsing.
MAX_QUESTION_CHARS = 500
# Mentions, Discord's custom emoji ("<:name:id>", "<a:name:id>"), timestamps ("<t:id:R>")
# and command mentions ("</name:id>"), and emoji written as shortcodes (":fire:"): none is a
# word of the question, and an emoji's name would read as an unknown act's.
_MARKUP = re.compile(
    r"<[@#!][^>]{0,64}>|<a?:\w{1,32}:\d{1,20}>|<t:\d{1,20}(?::\w)?>|</[\w -]{1,32}:\d{1,20}>"
    r"|(?<![\w:]):[a-z0-9_+-]{1,32}:(?![\w:])"
)
# A handle typed by hand: a user's ("asking for @<user>"), whose name would read as an
# unknown act's, unless it is an act's own ("anything new from @<actname>?").
_HANDLE = re.compile(r"(?<![\w@])@(\w[\w.]{0,31})")
# A handle the message opens with is whom it asks about ("@<handle> latest news?"): an act's
# the knowledge base may lack, whose words then stay, or the bot's own name, which is chat.
_OPENING_HANDLE = re.compile(r"^(\W*)@(\w[\w.]{0,31})")
# A pasted link, bare or as Slack sends it ("<https://...|label>", whose label stays), or a
# profile's address typed without its scheme ("linktr.ee/<handle>"): what it points at is
# not asked in words, and its letters would read as an unknown name.
_LINK = re.compile(
    r"<(?:https?|mailto):[^>|]{0,2000}(?:\|([^>]{0,200}))?>|\b(?:https?://|www\.)\S+"
    r"|(?<![\w.])(?:instagram\.com|x\.com|twitter\.com|tiktok\.com|linktr\.ee)/\S+"
)
# A link written in markdown ("[<label>](<address>)"), and a page's title pasted on the line
# before a bare link ("<Act> - <Song> (Official Video) - YouTube https://..."): a line with
# no question mark whose parts a spaced dash or bar separates.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{0,200})\]\(((?:https?://|www\.)[^()\s]{0,2000})\)")
_TITLED_LINK = re.compile(
    r"(?m)^([^\S\n]*[^\s?][^\n?]{0,200}?[^\S\n][-–—|·][^\S\n][^\n?]{1,200}?)[^\S\n]+"
    r"((?:https?://|www\.)\S{1,2000})"
)
# The handle an address names an act's page by: a Bandcamp site's name, a social profile's
# or a link page's first part ("instagram.com/<handle>", "x.com/<handle>/status/...",
# "linktr.ee/<handle>"), a ticket page's ("ticketmaster.com/<act>-tickets/...").
_ADDRESS_HANDLE = re.compile(
    r"(?i)^(?:https?://)?(?:www\.|m\.)?(?:([\w-]{2,64})\.bandcamp\.com"
    r"|(?:instagram\.com|x\.com|twitter\.com|tiktok\.com|facebook\.com|soundcloud\.com"
    r"|threads\.net|youtube\.com|linktr\.ee)/@?([\w.-]{2,64})(?=[/?#]|$)"
    r"|ticketmaster\.\w+(?:\.\w+)?/([\w-]{2,64}?)-tickets/)"
)
# A page title's parts, and the site's own name in an address ("youtube" in
# "https://www.youtube.com/...", "youtu" in "https://youtu.be/...").
_TITLE_PARTS = re.compile(r"\s+([-–—|·])\s+")
_SITE = re.compile(r"^(?:\w+://)?(?:www\.|m\.|open\.)?([\w-]+)\.")
# A site named by its address ("read on <outlet>.com", "<act>.com"): the name before the
# ending is what is meant; joined with it, as initials are ("T.V."), it is no word at all.
_DOMAIN = re.compile(
    r"(?<![\w@.])(?:[a-z0-9-]+\.)*?([a-z0-9][a-z0-9-]*)\.(?:com|net|org|ca|fm|co\.uk)\b(?:/\S*)?",
    re.IGNORECASE,
)
# Chat markup around words ("**<Act>**'s", "*<Title>*", "`<Act>`", "||spoiler||"): the
# words stay, the marks go, so that a possessive or a word after them reads as it would
# unmarked. A mark inside a word ("f*cking") is no markup.
_MARK = r"(?:\*\*|\*|__|~~|\|\||`)"
# Words struck through ("~~<Record>~~ <Other Record>", Slack's "~spring~ fall") are what
# the writer took back: neither a name nor a word of the question.
_STRUCK = re.compile(r"(?<![\w~])(~~?)(?=[^\s~])([^~]{1,300}?)(?<=[^\s~])\1(?![\w~])")
_EMPHASIS = re.compile(rf"(?<!\w)({_MARK})(?=[^\s*_~|`])([^*~|`]{{1,300}}?)(?<=[^\s*_~|`])\1(?!\w)")
# A marked span that another follows ("`<Act>`'s *<Title>*"): two names, as a comma between
# them tells once the marks are gone.
_MARKED_PAIR = re.compile(rf"(?<=\S)({_MARK})((?:['’]s?)?)\s+(?={_MARK}\S)")
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"}
# "tl;dr" asks for a summary; split at its semicolon it would read as "tl" and "dr" (doctor).
_TLDR = re.compile(r"\btl\s*;?\s*dr\b", re.IGNORECASE)
# "Whatever happened to <act>" asks for its news; its words would read as part of the name,
# where "what happened to <act>" asks what befell them, in the words of the news.
_WHATEVER_HAPPENED = re.compile(r"\bwhatever happened (?:to|with)\b", re.IGNORECASE)

# A possessive after a name's closing full stop ("<Name> Jr.'s", "<Name> Ltd.'s"): the name's
# own, as after any other word; read with the stop, the "s" would run on into the next word.
_STOP_OWNS = re.compile(r"(?<=\w)\.(?=['’]s\b)")

# "when'd", "where'd", "why'd": the asking word and "did", which tokens would run together
# into a word no article writes ("whend"), read as an unknown name.
_ASKED_DID = re.compile(r"\b(when|where|why|how|who|what)['’]d\b", re.IGNORECASE)

# A courtesy title before a capitalised name ("Mr. <Surname>", "Miss <First> <Last>", "Sir
# <First> <Last>"): no word of the name, which the articles write without it, unless an act
# is so named ("Mr. <Word>").
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? (?=([A-Z][\w'’-]*))")
# The most courtesy titles read in a message: each asks `act_named`, and a paste of hundreds
# would make as many name look-ups.
MAX_TITLES = 8
# A quoted line (Discord's and Slack's "> ", or "Replying to @<name>" pasted from a thread):
# someone else's words the message answers, whose names are not what it asks about.
_QUOTED = re.compile(r"^[ \t]*(?:>|(?i:replying to\s+@))[^\n]*(?:\n|$)", re.MULTILINE)
# "<act> > <other>" between words (not numbers), as chat ranks acts: "better than", which
# likens.
_RANKED_ABOVE = re.compile(r"(?<=[^\W\d])[ \t]+>[ \t]+(?=[^\W\d])")

# A line break ends a name and cuts a sentence in parts, as a dash between words does: a
# post's title line ("<Act> - <Title>") run into its first sentence would read as one longer
# name ("<Title> Who ..."), and a line after the question that tells of the writer ("i lost
# track after the album announce") is no part of it. It ends no sentence: a title line is
# read with the words after it, as a title is.
_LINE_END = re.compile(r"(?<=[^\s.!?;:,])[ \t]*\r?\n")
# The fields of a form a message is typed as ("Artist: <act> | Question: new album?",
# "[artist] <act> [q] ...", "Name: <act> / What: ..."): the labels name no act and ask
# nothing, and each field is a part of the message of its own, as a line is.
_FIELD_WORDS = (
    "artist|artists|band|act|name|singer|group|festival|fest|label|event|venue|city|genre"
    "|country|q|qs|question|questions|asking|ask|topic|what|who|also|note|notes|info|re"
    "|subject|a|answer"
)
_FIELD = rf"(?:\[(?:{_FIELD_WORDS})\]|(?:{_FIELD_WORDS})[ \t]*(?:[:=)]|\]))"
_FIELD_BREAK = re.compile(
    rf"(?i)(?:(?<![ \t])[ \t]*[|;/\n][ \t]*|(?<=\S)[ \t]+(?=\[)|(?<=\S)[ \t]{{2,}})(?={_FIELD})"
)
_FIELD_LABEL = re.compile(rf"(?im)(?:^|(?<=— ))[ \t]*{_FIELD}[ \t]*")
# A chat log pasted into the message ("[21:04] <user>: ...", "<user> ...", "10:32 PM <user>:
# ..."), where who said each line, and when, is no word of what is asked: a user's name
# would read as an unknown act's. A line opening "<word>: " is a log's only where two lines
# open so, since a question may open with its act so ("<Act>: new album?"), and a form's
# label is none (`_FIELD_WORDS`); a clock or a name in angle brackets at a line's start is a
# log's wherever it stands.
_CLOCK = r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?"
_NICK = r"<[\w.-][\w. -]{0,31}>"
_SPEAKER = rf"{_NICK}|(?!(?i:{_FIELD_WORDS})[ \t]*:)[\w.-]{{1,32}}:"
_SPOKEN_LINE = re.compile(rf"(?m)^[ \t]*(?:{_CLOCK}[ \t]+)?(?:{_SPEAKER})[ \t]+(?=\S)")
_STAMPED_LINE = re.compile(rf"(?m)^[ \t]*(?:{_CLOCK}[ \t]+(?:{_SPEAKER})?|{_NICK})[ \t]*")
# A line of a log that calls on the bot by name or mention ("@roadie ...", "bot, ...",
# "..., roadie?"); what that line says before a sentence that calls on it answers the others
# ("yes, <words>. bot, what's their latest?"); and a call opening a line.
_CALL = r"@?(?:roadie|bot)\b"
_CALLED_ON = re.compile(rf"(?i)(?<![\w@]){_CALL}|<@!?\d+>")
_SAID_BEFORE_CALL = re.compile(rf"(?i)^[^\n]*?[.!?;]\s+(?={_CALL}[\s,:—-]*\w)")
_CALL_OPENING = re.compile(rf"(?i)^\s*{_CALL}[\s,:—-]*")
# A spoken call on the bot by its name that opens a message, as a phone's dictation writes
# it ("ok roadie quick question whats ...", "hey uh roadie ..."), with hesitations and "quick
# question": the words would run on into a name. "bot" may open an act's name.
_HESITATING = rf"(?:(?:{'|'.join(HESITATIONS)})\b[ \t,]*)*"
_WAKE = re.compile(
    rf"(?i)^[ \t]*(?:(?:hey|hi|ok|okay|yo|so|alright)\b[ \t,]*{_HESITATING})*roadie\b"
    rf"[ \t,.:!—-]+{_HESITATING}(?:quick (?:q|question|one)\b[ \t,.:!—-]*{_HESITATING})?"
)
_ENDED = re.compile(r"[.!?]\W*$")
# The day a chat app heads a run of posts with ("— Yesterday at 9:14", "<user> — Today at
# 11:20 AM"), pasted on a line of its own.
_DAY_HEADING = re.compile(
    r"(?im)^[ \t]*(?:[\w.-]{1,32}[ \t]+)?[—–-]+[ \t]*"
    rf"(?:today|yesterday|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?:[ \t]+at[ \t]+{_CLOCK})?[ \t]*(?:\n|$)"
)
# A line or heading that says a question follows and what about ("quick q", "<city> band q:",
# "<genre> question -", a quiz's "<genre> round:", "Quiz round 3, <city> edition:"): what the
# message is for, not words of the question. A line that asks ("what's new with Q") is none.
_QUESTION_HEADING = re.compile(
    rf"(?i)^\W*(?!(?:{'|'.join(sorted(QUESTION_OPENERS | {'has', 'have', 'any'}))})\b)"
    r"(?:[\w'’-]+[ \t]+){0,3}(?:q|qs|question|questions|(?:quiz|trivia|round)(?:[ \t]+\d+)?"
    r"(?:,[ \t]*(?:[\w'’-]+[ \t]+){0,3}edition)?)[ \t]*(?:\r?\n|[:–—-]+\s)\s*"
)
# A dash right after a word, before a space ("at <Place> Sq— at <Venue>", "is she tour— no,
# just ..."): the writer broke off there, and what follows is said again, not a longer name.
_BROKEN_OFF = re.compile(r"(?<=\w)(?:[–—]|--)(?=\s)")
# Where the words after the break say again one of the last few words before it ("at
# <Place> Sq— at <Venue>", "<Word> <Wor>— ugh, <Word> <Words>"), they say again what follows
# that word: the words from there to the break are taken back. Hesitations between go too.
_SAID_AGAIN = re.compile(
    r"(?i)(?:^|(?<=\s))([\w'’]+)((?:\s+\S+){0,4}?)(?<=\w)(?:[–—]|--)\s+"
    rf"(?:(?:{'|'.join((*HESITATIONS, 'i mean'))})\b[\s,.:]*)*(?=\1\b)"
)

# Hashtags before or after the words ("... any news? #punk #tourdates", "#TBT spring 2011,
# ..."): the post's topics, in words glued together that no article writes, which would read
# as an unknown act's name. One inside the words is a word of them ("is #<act> touring").
_TAG = r"#(?=\d*[^\W\d])\w[\w-]{0,63}"
_HASHTAGS = re.compile(rf"^(?:[^\w#]*{_TAG})+(?=\W|$)|(?<!\w)(?:{_TAG}[^\w#]*)+$")
# A post that opens with a tag of one capitalised word ("#<Name> at <festival>?") tags whom
# it asks about, as a name is written; topics are written otherwise ("#tbt", "#NewMusic").
_NAME_TAG = r"#([A-Z][a-z]{2,})(?=[^\w#]|$)"
_OPENING_NAME_TAG = re.compile(rf"^(\W*){_NAME_TAG}")
# The tags and handles a post opens with ("#<tag> anything new?", "@<handle> new album?").
_LEADING_TAGS = re.compile(r"^(?:[^\w#@]*[#@][^\W\d][\w.-]{0,63})+")
# A tag that is an act's name glued together ("#<theact>", "#<FirstLast>") is what the post
# is about, wherever it stands: it is written as the act's name.
_ONE_TAG = re.compile(rf"(?<![\w#]){_TAG}")
# A channel named by hand inside the words ("for the #<genre> channel:", "someone in #general
# asked", "pinning this in #new-releases"): where the question is asked or posted, not what
# about. Channels are tags in lowercase words joined by hyphens, or tags after a word for
# where ("in", "for", "to") or before one for a place to post ("channel", "thread", "pin").
_CHANNEL_TAG = re.compile(
    rf"(?i)(\b(?:in|for|to|from|into|the|our|my)\s+){_TAG}(?![\w-])"
    rf"|{_TAG}(?=\s+(?:channel|thread|chat|pin|post|wiki|room|server)s?\b)"
    r"|(?-i:(?<![\w#])#[a-z0-9]+(?:-[a-z0-9]+)+)(?![\w-])"
)
# Capitalised words glued together without a tag's mark ("<TheAct>", "<ActName>Band"), as an
# act's handle is written: read as the act's name where its letters spell it.
_GLUED_WORDS = re.compile(r"(?<![\w#@])(?:[A-Z][a-z]+){2,}(?!\w)")
# A handle typed without its "@" ("<act>_official", "<actname>band"): an act's name glued
# to what handles add, or joined by underscores, which no word of chat is. Each asks
# `act_named`, so a message's first few are read.
MAX_BARE_HANDLES = 4
_BARE_HANDLE = re.compile(
    r"(?<![\w#@.])(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]{2,}(?:official|band|music))"
    r"(?![\w@.])"
)


# A record counted as fans count it ("LP2", "EP #3", "album #2"): the second LP, as news
# writes it; glued to its number, "lp2" would read as an unknown name.
_RECORD_COUNTED = re.compile(r"(?i)\b(lp|ep)\s?#?([1-9])\b|\b(album|record)\s?#([1-9])\b")
# Text-speak's "4" for "for": after "opening" or "waiting" ("openin 4 <act>") or before what
# is asked ("4 wich albm"), where no name or count has it ("<Act> 4", "playing 4 shows").
_TEXTED_FOR = re.compile(
    r"(?<![\w'’])4(?= (?:wat|what|which|who|when|u)\b)|(?:(?<=opening )|(?<=waiting ))4(?= )",
    re.IGNORECASE,
)


def _either_apostrophe(word: str) -> str:
    """A word as a pattern that matches it typed with a straight or a curly apostrophe."""
    return re.escape(word).replace("'", "['’]")


# Text-speak's words (`TEXTED`) and verbs without their "g" (`DROPPED_G`), whole words only.
_TEXTED_WORDS = "|".join(map(_either_apostrophe, sorted(TEXTED, key=len, reverse=True)))
_TEXTED = re.compile(
    rf"(?i)(?<![\w'’])(?:({_TEXTED_WORDS})"
    rf"|({'|'.join(sorted(DROPPED_G))})in['’]?)(?![\w'’])"
)
# Punctuation that a phone's dictation types out as words ("any news question mark"): the
# mark it stands for. "Period" only where it ends the message and no determiner comes before
# it ("in that period").
_SPOKEN_MARKS = {"question mark": "?", "exclamation mark": "!", "exclamation point": "!"}
_SPOKEN_MARK = re.compile(rf"\s+({'|'.join(_SPOKEN_MARKS)})\b", re.IGNORECASE)
_SPOKEN_PERIOD = re.compile(
    r"(?<!\bthe)(?<!\bthat)(?<!\bthis)(?<!\ba)(?<!\bany)(?<!\beach)(?<!\bwhich)\s+period\s*$",
    re.IGNORECASE,
)
# A question tagged at its end for the answer expected (", right?", ", isn't it?", ", have
# they?", "— or am I wrong?"): what it asks is before the comma or dash, and "right" or
# "wrong" is no word of it.
_TAG_QUESTION = re.compile(
    r"(?:,|\s[-–—])\s*(?:or\s+)?(?:right|correct|yeah|yes|no|eh|innit|ok|okay|surely"
    r"|am i (?:wrong|right|mistaken|behind|missing something|out of the loop)"
    r"|(?:is|are|was|were|has|have|had|do|does"
    r"|did|will|would|can|could|should|ai)(?:n['’]?t)?\s+(?:it|he|she|they|there|we|you|i|that"
    r"|this))\s*([?!.]*)\s*$",
    re.IGNORECASE,
)

# A letter's closing after the question ("Thank you in advance.", "Kind regards, <Name>"):
# courtesy, whose words and signature would read as more of the name asked about.
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?,])|\s[—–])\s*(?i:(?:many |with )?thanks|thank you|thx|tia|ta|cheers|cheerio"
    r"|(?:with )?(?:(?:kind|kindest|best|warm|warmest) )?regards|best wishes|all the best"
    r"|(?:yours )?sincerely|yours(?: truly| faithfully| ever)?"
    r"|(?:i remain,? )?(?:yours|your (?:humble|obedient|faithful) servant)"
    r"|(?:best|(?:much )?love)(?=\s*(?:[,.!]|$))|take care|warmly|respectfully|with gratitude"
    r"|xoxo|xx"
    r"|merci(?: beaucoup)?|cordialement|gracias|saludos|obrigad[oa]|abra[çc]os|grazie(?: mille)?"
    r"|danke(?: sch[öo]n)?|(?:hartelijk )?bedankt|dank je(?: wel)?)"
    r"(?i:\s+(?:so much|very much|a lot|again|in advance|for (?:your|any|the) (?:help|time)"
    r"|kindly|mate|all|everyone|guys|folks))*"
    r"[.!]*(?:,?\s*(?:[-–—]\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][\w'’.-]*"
    r"(?:\s(?:and\s|&\s|of\s)?[A-Z][\w'’.-]*){0,3}\.?(?:\s*\([^()]{1,40}\))?)?\s*$"
)
# A postscript ("P.S.", "PS:"), after a letter's sign-off.
_POSTSCRIPT = re.compile(r"(?<![\w.])P\.? ?S\.?(?:[:,-]|\s)\s*")
# A letter's greeting before it ("Good morning.", "Dear Sir or Madam,", "Dear Roadie,", in
# English or in another language Roadie reads: "Bonjour,", "Hola!"), which would run on into
# the question's words as part of a name. "Dear" is a greeting only to those a letter to
# Roadie is written to: "Dear <Word>" may be an act.
_GREETING = re.compile(
    r"^(?i:(?:hello|hi|hiya|hey|heya|howdy|yo|sup|wassup|g'?day|greetings|(?:good )?(?:morning"
    r"|afternoon|evening)|good day|to whom it may concern|salutations|bonsoir"
    r"|(?:dear|dearest|esteemed) (?:sir or madam|sirs?|madam|editor|(?:roadie |support )?team"
    r"|roadie|bot|all|friends)|my dear (?:fellow|friend|sir)"
    r"|bonjour|salut|hola|buen[oa]s (?:d[ií]as|tardes|noches)|ol[áa]|bom dia|boa (?:tarde|noite)"
    r"|ciao|buongiorno|buonasera|hallo|guten (?:tag|morgen|abend)|hoi|goedemorgen|goedemiddag)"
    r"(?:,? (?:there|all|team|everyone|folks|guys|y'?all|mate|roadie))?)(?:\s*[,.!:;]|\s+[—–])\s*"
)

# Whom a question is relayed from ("my nephew texted me ...", "a mate of mine from <Town>
# reckons ...", "my flatmate keeps asking me ...", "asking for my girlfriend:"): the asker's
# people, where they are and how they asked, none of it a word of what is asked about, and
# "<Town>" would read as an unknown name.
_RELATIONS = (
    r"(?:friend|mate|buddy|buddie|pal|co-?worker|colleague|boss|roommate|flatmate|housemate"
    r"|girlfriend|boyfriend|gf|bf|wife|husband|partner|mom|mum|mother|dad|father|parent|son"
    r"|daughter|kid|child|children|brother|sister|aunt|auntie|uncle|nephew|niece|cousin"
    r"|grandma|grandpa|grandmother|grandfather|nan|neighbou?r|student|teacher|customer"
    r"|listener|client|classmate)s?"
)
_RELAY_VERBS = (
    r"(?:(?:just|also|keeps?|kept|won['’]?t stop|(?:is|was) always)\s+)?"
    r"(?:ask(?:s|ed|ing)?|text(?:s|ed)?|messaged|dm['’]?d|told|tells|says|said|heard|hears"
    r"|reckons|thinks|thought|swears|claims|mentioned|wonders|(?:is|was) wondering"
    r"|wants to know|wanted to know|talking about|yell(?:s|ed)|shout(?:s|ed)|shriek(?:s|ed)"
    r"|scream(?:s|ed)|wrote|writes|emailed|emails)"
)
# What the asker says of whom they relay, after naming them ("my dad (a <Band> guy through
# and through) heard ...", "my sister, who adores <Act> and <Act>: ..."): their taste, which
# names acts other than the one asked about.
_RELAYED_ASIDE = re.compile(
    rf"(?i:\b(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_RELATIONS}|band|bandmates?))"
    r"(?P<aside>\s*\([^()]{1,100}\)|\s*,\s*(?i:a|an|who|whose)\b[^,:;?()]{1,100}[,:;])"
)
# A relay that quotes the one relayed ("my flatmate yelled from the other room: "<act> ...!"",
# "Grandpa, on speakerphone: "..."): what they said is the question, whatever frames it.
_FRAMED_QUOTE = re.compile(
    rf"^(?=[^\"“?]*?\b{_RELATIONS}\b)[^\"“?]{{3,160}}?[:,]?\s*[\"“](?P<quote>[^\"”]{{8,}})[\"”]"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_RELAYED = re.compile(
    rf"^(?i:(?:my|our|a|an|one of my)\s+(?:[\w'’-]+\s+){{0,2}}?{_RELATIONS}"
    rf"(?:['’]s\s+(?:[\w'’-]+\s+){{0,2}}?{_RELATIONS})*(?:\s+of\s+(?:mine|ours))?"
    rf"(?:\s+(?:from|in|at)(?P<place>(?:\s+[\w.'’-]+){{1,3}}?))?\s+{_RELAY_VERBS}"
    r"(?:\s+(?:me|us))?(?:\s+(?:that|about))?)\s*[:,]?\s*"
)
_ASKING_FOR = re.compile(
    rf"[,(]?\s*(?i:(?:just\s+)?asking for (?:my|a|our) (?:[\w'’-]+\s+)?{_RELATIONS})\s*[:,)]?\s*"
)


def _texted(word: re.Match[str]) -> str:
    """The English word text-speak writes so (`TEXTED`, `DROPPED_G`)."""
    return TEXTED[straightened(word[1].lower())] if word[1] else f"{word[2].lower()}ing"


def _counted_record(counted: re.Match[str]) -> str:
    """ "<record> <n>" as news writes it: "<nth> <record>", the ordinal spelled out as chat's
    "2nd" is (`SPELLED_OUT`)."""
    number = int(counted[2] or counted[4])
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number, "th")
    return f"{SPELLED_OUT[f'{number}{suffix}']} {counted[1] or counted[3]}"


def _aside_dropped(aside: re.Match[str]) -> str:
    """Whom a message relays, without what it says of them; a comma's clause ends so."""
    said = aside["aside"]
    return aside[0][: aside.start("aside") - aside.start()] + ("" if said.endswith(")") else ",")


def _unless_unnamed(text: str, before: str) -> str:
    """`text`, unless it writes no name where `before` did: an aside that named the act
    asked about ("my sister (a huge <Act> fan) wants news") is what the question is about."""
    return text if _names_written(text) or not _names_written(before) else before


def _names_written(text: str) -> bool:
    """Whether a message writes a word capitalised inside a sentence, as a name is."""
    return any(word.inside for word in cased(text))


def _unframed(framed: re.Match[str]) -> str:
    """What the one relayed said, and what follows it; the whole message where what they
    said refers back before it names anything ("my cousin in <Band> said: "they split""):
    the frame then says whom it is about."""
    quote = framed["quote"].strip()
    references = [m[0] for m in _REFERENCE.finditer(quote)]
    if references and references[0].lower() not in _REFERRING and quote.startswith(references[0]):
        references = references[1:]
    if references and references[0].lower() in _REFERRING:
        return framed[0]
    return f"{framed['quote']} {framed['rest']}"


# A word of a quote that refers back or names: a pronoun, or a capitalised word other than
# the quote's first.
_REFERRING = ("they", "them", "their", "he", "him", "his", "she", "her")
_REFERENCE = re.compile(rf"\b(?:[A-Z][\w'’]*|(?i:{'|'.join(_REFERRING)}))\b")


def _unrelayed(act_named: Callable[[str], str | None], relayed: re.Match[str]) -> str:
    """What stands for a relay frame: "so ", unless where the relayer is names an act ("a
    friend in <Band> says ..."), whose name the frame then keeps."""
    place = relayed["place"]
    return relayed[0] if place and act_named(place) else "so "


def _opening_handle(act_named: Callable[[str], str | None], handle: re.Match[str]) -> str:
    """The act a handle the message opens with names; else its words, unless it calls the
    bot ("@roadie"), which is no word of the question."""
    tag = handle[2]
    named = act_named(tag)
    if named is None and _CALLED_ON.fullmatch(f"@{tag}"):
        return handle[1]
    return handle[1] + (named or re.sub(r"[._]", " ", tag))


def _glued_act(act_named: Callable[[str], str | None], words: re.Match[str]) -> str:
    """The act's name that capitalised words glued together spell, letter for letter but
    for a "the" or a handle's ending ("<Act>Band"); else the words as typed. A name of its
    own written so ("<OutKast>") stays, as does a surname another name shares ("<McName>")."""
    typed = words[0].lower()
    name = act_named(words[0])
    if not name or name == typed:
        return words[0]
    glued = glued_name(name)
    return name if glued and typed.removeprefix("the").startswith(glued) else words[0]


# A last line that is a word or a few with "*" before or after them is how chat fixes a
# typo of the line before ("any news on <Nmae>?" then "*<Name>"), not a word asked.
_STARRED_FIX = re.compile(r"\n[ \t]*(?:\*[ \t]*([^*\n]{1,60}?)|([^*\n]{1,60}?)[ \t]*\*)[ \t]*$")
# How alike, out of 100, the words a fix replaces are to it: autocorrect changes a letter or
# two ("pull" for "pill", "Tyler" for "Tyla"), so a fix like nothing before it fixes nothing.
_FIXED_LIKENESS = 60
# A fix is a word or a few ("*<Name> the band"); a longer last line is a message of its own.
MAX_FIX_WORDS = 4
# A longer run of words this near the fix is what it fixes, though a word of it alone is nearer
# ("<Holy> <Duck>" then "*<Holy> <Fuck>").
_NEAR_FIX = 80


def _typo_fixed(text: str) -> str:
    """The message with its fix (`_STARRED_FIX`) put in place of the words most like it, of
    as many words as the fix has or one more, since a fix may join words ("<word> <word>"
    then "*<Wordword>"): the most words that are near the fix's, else the likest; words the fix
    spells already are not what it fixes, and a fix like none of them stays where it is."""
    fix = _STARRED_FIX.search(text)
    if fix is None:
        return text
    fixed = (fix[1] or fix[2]).strip()
    before = text[: fix.start()]
    fix_words = fixed.split()
    if len(fix_words) > MAX_FIX_WORDS:
        return text
    spans = list(re.finditer(r"[\w'’&.-]+", before))
    best: list[tuple[float, int, int]] = []
    for size in range(1, min(len(fix_words) + 1, len(spans)) + 1):
        spelled = fold(" ".join(fix_words[:size]))
        scores = [
            (fuzz.ratio(typed.replace(" ", ""), spelled.replace(" ", "")), start.start(), end.end())
            for start, end in zip(spans, spans[size - 1 :], strict=False)
            if (typed := fold(before[start.start() : end.end()])) != spelled
        ]
        best += [max(scores)] if scores else []
    near = [found for found in best if found[0] >= _NEAR_FIX]
    score, start, end = near[-1] if near else max(best, default=(0.0, 0, 0))
    if score < _FIXED_LIKENESS:
        return text
    return f"{before[:start]}{fixed}{before[end:]}"


def _unlogged(text: str, context_kept: bool) -> str:
    """The lines of a pasted chat log (`_SPOKEN_LINE`) without who said them and when. The
    last line that calls on the bot (`_CALLED_ON`) is the question, and the chat before it
    is others' talk, as a quoted line is, kept only where `context_kept`."""
    text = _DAY_HEADING.sub("", text)
    if len(_SPOKEN_LINE.findall(text)) < 2:
        return _STAMPED_LINE.sub("", text)
    lines = text.split("\n")
    called = [at for at, line in enumerate(lines) if _CALLED_ON.search(line)]
    if called and not context_kept:
        asked = _SPOKEN_LINE.sub("", "\n".join(lines[called[-1] :]))
        said_first = _SAID_BEFORE_CALL.match(asked)
        return asked[said_first.end() :] if said_first else asked
    # Each line is someone's message of its own, which ends where the line does.
    lines = [_CALL_OPENING.sub("", line) for line in _SPOKEN_LINE.sub("", text).split("\n")]
    return " ".join(line if _ENDED.search(line) else f"{line}." for line in lines if line.strip())


def _signed_off(text: str) -> str:
    """The message without its sign-off, which a postscript may follow ("Thank you, <Name>
    P.S. <question>"): the sign-off's name would run on into the postscript's words."""
    postscript = _POSTSCRIPT.search(text)
    if postscript is None:
        return _SIGN_OFF.sub("", text)
    head = _SIGN_OFF.sub("", text[: postscript.start()].rstrip(" —–"))
    return f"{head} {text[postscript.end() :]}"


def _unless_emptied(cleaned: str, text: str) -> str:
    """The text cleaned, unless cleaning left no word: a message that is nothing but what
    is taken out ("#<tag>", "> <quote>", "~~<words>~~") is asked as it stands."""
    return cleaned if re.search(r"\w", cleaned) else text


def _page_title(title: str, address: str) -> str:
    """A shared page's title as words that name what it is, a part of its own before what
    the message goes on to ask: the site's own name at its end goes ("- YouTube", "|
    Ticketmaster"), and of a title cut by a dash ("<Act> - <Song> (Official Video)") the
    act stays: the work shared is seldom in the news, and its words would read as an
    unknown name asked about."""
    parts = _TITLE_PARTS.split(title.strip())
    if len(parts) == 1:
        return title
    site = _SITE.match(address)
    if site and len(parts) > 2:
        last = re.sub(r"\W", "", parts[-1]).lower()
        name = site[1].replace("-", "").lower()
        if last and (last.startswith(name) or name.startswith(last)):
            parts = parts[:-2]
    if len(parts) > 2 and parts[1] not in "|·":
        return f"{parts[0]} —"
    return f"{' '.join(parts[::2])} —"


def _link_read(act_named: Callable[[str], str | None], link: re.Match[str]) -> str:
    """A pasted link as the words it stands for: Slack's label where it has one, else the
    act whose page it is, where its handle names one `act_named` finds (a link may be all
    the message says of whom it asks about: "<link> any news on this project?"), else
    nothing."""
    if link.group(1):
        return f" {link.group(1)} "
    handle = _ADDRESS_HANDLE.match(link.group(0).lstrip("<"))
    named = act_named(next(filter(None, handle.groups()))) if handle else None
    return f" {named} — " if named else " "


def clean_question(
    text: str,
    act_named: Callable[[str], str | None] = lambda tag: None,
    *,
    context_kept: bool = False,
    known: Known = everyday_words,
) -> str:
    """The words of a message: no mentions, no control or combining marks, bounded length.
    A handle or hashtag typed by hand is written as the act's name `act_named` finds in it,
    where it finds one; other handles go, and so do other hashtags before or after the words,
    except, where `context_kept`, those the message opens with and, after its words, those
    written as a name is ("#<Name>"): they stay words. A courtesy title goes ("Mr."), unless
    `act_named` finds an act named with it. Quoted lines go too, unless
    `context_kept` or the message is nothing else: a reply that names nothing ("did they
    announce ...?") is about what it quotes. Whom a message
    is relayed from goes too, unless `act_named` finds an act in where they are. Words run
    together are typed apart again, as far as the words `known` tells spell them
    (`bot.core.glue`).

    Combining marks are dropped after NFKC so zalgo text reads as its base letters; a 100 KB
    paste is cut before any parsing so no regex runs over it whole.
    """
    text = unstyled(unicodedata.normalize("NFKC", text[: MAX_QUESTION_CHARS * 4]), known)
    text = _typo_fixed(text)
    text = _unless_emptied(_unlogged(text, context_kept), text)
    text = _HONORIFIC.sub(
        lambda title: title[0] if act_named(title[1] + title[2]) else "", text, count=MAX_TITLES
    )
    text = text if context_kept else _unless_emptied(_QUOTED.sub("", text), text)
    text = _RANKED_ABOVE.sub(" better than ", text)
    text = _MARKDOWN_LINK.sub(lambda link: f" {_page_title(link[1], link[2])} ", text)
    text = _TITLED_LINK.sub(lambda link: f"{_page_title(link[1], link[2])} {link[2]}", text)
    text = _LINK.sub(partial(_link_read, act_named), text, count=MAX_BARE_HANDLES)
    text = _LINK.sub(partial(_link_read, lambda handle: None), text)
    text = _DOMAIN.sub(lambda site: f" {site.group(1)} ", text)
    text = _MARKUP.sub(" ", text)
    text = _unless_emptied(_STRUCK.sub(" ", text), text)
    text = _EMPHASIS.sub(r"\2", _MARKED_PAIR.sub(r"\1\2, ", text))
    text = _ONE_TAG.sub(lambda tag: act_named(tag[0][1:]) or tag[0], text)
    text = _CHANNEL_TAG.sub(lambda channel: f"{channel[1] or ''} ", text)
    text = _GLUED_WORDS.sub(partial(_glued_act, act_named), text)
    text = spaced(text, known)
    text = _BARE_HANDLE.sub(
        lambda handle: act_named(handle[0]) or handle[0], text, count=MAX_BARE_HANDLES
    )
    if context_kept:
        text = _LEADING_TAGS.sub(lambda tags: re.sub("[#@]", " ", tags[0]), text)
        text = _HASHTAGS.sub(lambda tags: re.sub(_NAME_TAG, r" \1", tags[0]), text)
    text = _OPENING_HANDLE.sub(partial(_opening_handle, act_named), text)
    text = _HANDLE.sub(lambda handle: act_named(handle[1]) or " ", text)
    text = "".join(
        " " if unicodedata.category(c) in _INVISIBLE and not c.isspace() else c for c in text
    )
    text = _unless_emptied(_HASHTAGS.sub(" ", _OPENING_NAME_TAG.sub(r"\1\2", text)), text)
    text = _unless_emptied(_FIELD_LABEL.sub("", _FIELD_BREAK.sub(" — ", text)), text)
    text = _unless_emptied(_QUESTION_HEADING.sub("", text), text)
    text = _BROKEN_OFF.sub(" —", _SAID_AGAIN.sub("", _LINE_END.sub(" — ", text)))
    text = _TLDR.sub("tldr", _RECORD_COUNTED.sub(_counted_record, text))
    text = _TEXTED_FOR.sub("for", _TEXTED.sub(_texted, text))
    text = _WHATEVER_HAPPENED.sub("any news on", text)
    text = _ASKED_DID.sub(r"\1 did", _STOP_OWNS.sub("", text))
    text = _SPOKEN_MARK.sub(lambda mark: _SPOKEN_MARKS[mark[1].lower()], text)
    text = letters_joined(_SPOKEN_PERIOD.sub(".", text))
    text = re.sub(r"\s+", " ", text).strip()
    text = text[:MAX_QUESTION_CHARS].strip()
    unsigned = _TAG_QUESTION.sub(r"\1", _GREETING.sub("", _WAKE.sub("", _signed_off(text))))
    # Whom it is relayed from goes, but not where its words stand: a name right after is
    # still inside the sentence, where a capital says it is one ("so <Name> signed ...").
    # Where they are may be an act ("a friend in <Band> says ..."), which is then kept.
    unsigned = _FRAMED_QUOTE.sub(
        _unframed, _unless_unnamed(_RELAYED_ASIDE.sub(_aside_dropped, unsigned), unsigned)
    )
    unsigned = _ASKING_FOR.sub(" ", _RELAYED.sub(partial(_unrelayed, act_named), unsigned))
    unsigned = unsigned.strip()
    return _unless_emptied(unsigned, text)
