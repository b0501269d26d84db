"""What a chatty message asks: its asking sentences, and the name its story gives them.

People tell a story around a question ("Caught <Band> at a barn dance once, still humming it.
What are they doing now?", "Are <Band> on tour? My sister wants tickets."). The story's words
are neither what is asked nor a name the knowledge base must know, yet they read as both: they
pull the ranking to articles that share them ("barn dance") and form runs that a decline
names ("my sister"). A message of several sentences is therefore answered from the sentences
that ask, and, when those name nothing surely ("they", "her"), from the names the story gives.
"""

from __future__ import annotations

import re
from itertools import islice

from bot.core.context import outlet_named, says_only_when, says_where
from bot.core.cues import (
    ANNOUNCE,
    CHAT_FILLER,
    DESCRIBED_ACTS,
    HESITATIONS,
    NAMING,
    NEWS,
    NEWS_ASKED,
    QUESTION_OPENERS,
    STOPWORDS,
)
from bot.core.declining import NAME_WORDS
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.members import act_of, said_of
from bot.core.names import link
from bot.core.spelling import name_like, never_written
from bot.core.tokens import THE, tokens_counted, tokens_of, written_after, written_at
from knowledge.entities import (
    CAPITALISED_RUN,
    RECORD_NOUNS,
    kind_of,
    owned_act,
    title_subjects,
    unstyled,
)
from knowledge.everyday import everyday
from knowledge.names import TITLE_KINDS, Entity
from knowledge.store import KnowledgeBase
from knowledge.text import POSSESSIVE, fold, norm

# Sentences end at a full stop, "!" or "?" before a space, but not a full stop after an
# initial ("t.v. <word>") or a title ("Mr. <Name>"); a dash between words cuts a sentence
# in parts.
_SENTENCES = re.compile(r"(?<![\s.]\w\.)(?<!\b(?i:mr|ms|dr|st)\.)(?<!\b(?i:mrs)\.)(?<=[.!?])\s+")
_DASHES = re.compile(r"\s+[-–—]+\s+")
# Words that open a sentence that asks, beyond those that open any question.
_ASKING_OPENERS = QUESTION_OPENERS | frozenset("has have will can could any anything".split())
# "but", with or without a comma, or a colon or semicolon before a question ("<Act> is
# <Other>'s offshoot, but what's new with <Other>?", "the <act> tour was fun but what's the
# newest <other> news", "for my radio show: what's the latest from <act>?") cuts a sentence
# in parts as a dash does: what comes before it tells, the rest asks.
_ASKS_AFTER = rf"\s+(?=(?:{'|'.join(sorted(_ASKING_OPENERS))})\b)"
_BUT_ASKS = re.compile(rf"(?:,?\s+but|[:;]){_ASKS_AFTER}", re.IGNORECASE)
# A comma before a question does so too ("<Other> aside, what has <Act> announced?"), unless
# the question refers to what came before ("<act> doing a farewell tour, is that for real?").
_COMMA_ASKS = re.compile(rf",{_ASKS_AFTER}", re.IGNORECASE)
# "That" or "this" standing for what the story told ("when was that?", "is this true?", "did
# that actually happen?", "has that been announced?", "is that a real thing?", "when was
# that show?"), and "it" in "what's it called?".
_REFERS_BACK = re.compile(
    r"\b(?:that|this)\b(?:\s+(?:actually|really|even|ever|just))?"
    r"(?=\s*[?.!]|\s*$|\s+(?:happen\w*|true|real|right|legit|about|for|from|been|a|an"
    r"|official|confirmed|announced|show|gig|concert|tour|album|record|ep|song|single|festival"
    r"|event|deal|film|movie|documentary|book|lawsuit)\b)"
    r"|\bit\s+(?:mean|with|called)\b",
    re.IGNORECASE,
)
# A sentence that only doubts what the message tells ("real?", "real or fake?", "is that
# true?", "confirm?"), or only asks for more of it ("what's the scoop?", "details?"): it
# asks nothing of its own, and its words are no name ("hater talk").
_DOUBT = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:is (?:it|that|this) )?(?:for )?(?:real|true|legit|confirm|fake"
    r"|really|a hoax|a joke|what['’]?s the (?:scoop|deal|story)|(?:any |more )?(?:details|deets"
    r"|info)|tell me more)(?: or (?:[\w'’]+ ){0,2}[\w'’]+)?(?:\s*\?[^\w]*(?=\s|$)|\W*$)",
    re.IGNORECASE,
)
# A question asked as what the writer wants to know ("I need to know when <act>'s album
# comes out", "wondering if they're touring", "could you tell me whether <act> ..."), or a
# request for news ("tell me the latest <act> item", "I want the newest <act> news").
_ASKS_INDIRECTLY = re.compile(
    r"\b(?:need|want|wanna|like|love|dying|trying|hoping) to (?:know|find out)\b"
    r"|\b(?:wonder|wondering|curious) (?:if|whether|when|what|who|where|how|why)\b"
    r"|\b(?:tell|inform|advise|let) me(?: know)? (?:if|whether|when|what|who|where|how|which)\b"
    r"|\b(?:tell|give|show|send|gimme) me (?:the |any |some )?(?:latest|newest|news|most recent)\b"
    r"|\bi(?: want| need|['’]?d like| would like) (?:the |some |any )?(?:[\w'’-]+ ){0,3}?"
    r"(?:latest|newest|news)\b",
    re.IGNORECASE,
)
# A question mark at the end, whatever marks or emoji follow it ("?!?!", "?? 👀").
_ASKED = re.compile(r"\?[^\w?]*$")
# A request for news made without a question mark: a few words, then a word for news, then
# "please" or nothing ("<Act> news please.", "<Act> update pls!").
_NEWS_ASKED = re.compile(
    r"(?i)^(?:[\w'’&.-]+\s+){1,4}(?:news|updates?|latest)(?:\s+(?:please|pls|plz))?[^\w]*$"
)
# Fewer words than this are no story but part of the question ("(2022)", "Thanks!").
STORY_WORDS = 3
# Words that ask what came after something the message names (`_since`), and the clauses
# of a sentence, where a question that asks so may follow what it names ("that was 2022,
# anything newer?", "<act> announced <record> last fall, what are they up to now?"): in
# the sentence's first clause they ask about no such thing ("is <act> still touring?").
_QUIET_AFTER = r"\b(?:quiet|silent|vanished|disappeared|done|finished|up|quits|off) after"
_SINCE = re.compile(
    r"\b(?:newer|since|after (?:that|it|those|these)|besides|other than|apart from|aside from"
    r"|(?:what|anything|something) else|now|anymore|still)\b"
    rf"|{_QUIET_AFTER}\b"
)
# What a clause names as seen ("since <record>", "anything besides <record>", "went quiet
# after <record>"), even in its first clause.
_SINCE_WHAT = re.compile(
    rf"(?:(?<!long )\bsince|\b(?:besides|other than|apart from|aside from"
    rf"|(?:newer|later|more recent) than)|{_QUIET_AFTER})\b"
    r"(?!\s+then\b)[^?!.,;:]*"
)
# What a message names to ask what came after it ("a follow-up to <record>", "..., after
# <record>?", "anything past <record>?"), up to its clause's end, where the message asks for
# news, as "anything past" does itself. "After" inside a clause tells a story's order
# instead ("doing after his stroke", "named after", "after 18 years"), unless a title
# follows it, written as one, capitalised or quoted ("a second LP after <Record>").
_AFTER_NAMED = re.compile(
    r"(?:\b(?:an?|the)\s+)?(?:(?P<follow>\bfollow[- ]?ups?\s+(?:to|of))|(?:^|[,;–—-])\s*[Aa]fter"
    r"|(?P<beyond>\b(?:anything|something) (?:new )?(?:past|beyond|after))"
    r"|(?<=\s)(?<!named )(?<!called )(?P<titled>after(?=\s+[\"“‘'A-Z])))\b"
    r"(?!\s+(?:that|then|all)\b)[^?!.,;:]*"
)
# A guess at an act's newest news, which a message ends with, to be confirmed or not
# ("<act>'s latest single is <Title>, right?", "latest <act> news = <story>?", "<act> most
# recently shared <Title>, yeah?"): the claim, from the word that states it to the message's
# end, is what the writer has seen or believes. The newest news is asked either way, and the
# claim's words would pick the article the writer has in mind, which may be older. "Is"
# written with a capital is a name's word ("newest from <This> Is <Name>").
_CLAIM_OPENS = re.compile(
    r"(?i)\b(?:latest|newest|most recent|announcement)\b(?:\s+[\w'’.-]+){0,4}?"
    r"(?=\s*(?:\b(?-i:is|was|IS|WAS)\b|=|[—–-]+\s*(?:it['’]?s|(?:that|it) (?:is|was))\b))"
    r"|\bmost recently(?=\s)"
)
_SENTENCE_MARKS = re.compile(r"[?!.]")


def _claimed_newest(text: str) -> int | None:
    """Where a guess at the newest news that the message ends with starts (`_CLAIM_OPENS`),
    the rest of the message one sentence; None without one. Read without a pattern that
    runs to the message's end, which would try every ending of a long message."""
    for opens in _CLAIM_OPENS.finditer(text):
        if not _SENTENCE_MARKS.search(text, opens.end(), len(text.rstrip(" ?!."))):
            return opens.end()
    return None


# What the writer knows is out ("i know <record> is out", "now that the <film>'s out"): in
# a question for news, what came before the news asked for.
_KNOWN_OUT = re.compile(
    r"\b(?:i know|now that)\b.{1,80}?(?:\b(?:is|was|are|were|came|comes?)|['’]s) out\b"
)
# The record a message names an act by ("<act>, who made <Record>", "the band behind the
# album <Record>"), a title in capitals or quotes: in a question for news, what the writer
# knows the act by, and so what came before the news asked for. After "made" and the like
# it runs to its clause's end; after "behind", as far as its capitalised words go ("the
# singer behind <Title> announced ...?"). Not "who did <act> ...", which asks.
_TITLE_OPENS = r"[\"“‘'A-Z0-9]"
# What a message may call an act before saying what it made or did ("the <city> band that
# ..."): the news's words for one, and the chat's.
_ACT_WORDS = DESCRIBED_ACTS | frozenset({"one", "legend", "icon", "star", "queen", "king"})
_MADE_NAMED = re.compile(
    rf"(?:,\s*|\b(?:{'|'.join(sorted(_ACT_WORDS))})\s+)"
    rf"(?:who|that|which)\s+(?:made|did|put out|released|recorded)\s+{_TITLE_OPENS}[^?!.,;:—–]*"
    rf"|\bbehind\s+(?:the\s+)?(?:(?:{'|'.join(sorted(RECORD_NOUNS | {'song', 'single'}))})\s+)?"
    rf"[\"“‘']?{CAPITALISED_RUN.pattern}"
)
# A name that ends a message after a comma ("..., <Act>?"), and the clause that says what
# the act did, after a word for it ("the <city> band that ...", `_described_before_name`).
_NAMED_LAST = re.compile(r",\s*([^,?!.;:]{1,60}?)\s*[?!.]*\s*$")
_RELATIVE = re.compile(r"\b(?:who|that|whose)\b")
# Whose band a message says the act it names last is ("<First> <Last>'s <genre> band, <Act>").
_OWNER_DESCRIBED = re.compile(
    r"(?:\b[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+((?:[^\s,]+\s+){0,3}[^\s,]+)\s*$"
)
# Where what a message says an act is opens, a few words before its word for the act.
_DESCRIPTION_OPENS = re.compile(
    r"\b(?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[^\s,]+\s+){0,4}[^\s,]+\s*$", re.IGNORECASE
)
_CLAUSES = re.compile(r"(?<=[,;:])\s+")
# "After" opening what a message names as seen (`_after_title`), and where its clause ends.
_AFTER = re.compile(r"\bafter\s+", re.IGNORECASE)
# How many of a message's "after"s are read for a title: each costs a link of its clause.
AFTERS_READ = 2
_CLAUSE_END = re.compile(r"[?!.,;:—–]")
# A title quoted in a message: between quotes, the opening one after a space.
_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“‘']([^\"“”‘’]{1,80}?)[\"”’'](?!\w)")
# Verbs of the past by which a story tells what its writer saw, beyond those ending in "-ed"
# (`_tells_seen`). Not those that report what someone said ("told me they're a duo"), which
# tell what the act is.
_SEEN = frozenset(
    "was were had saw seen got put came remember heard posted read went caught met sang wore"
    " drove flew bought took spent".split()
)
# Words ending in "-ed" that name rather than tell ("a band called <Act>"): no story.
# Words that, beside the words for news, ask for nothing more ("the most recent <act>
# thing", "the latest <act> headline").
_NEWS_ALONE = (
    CHAT_FILLER
    | NEWS_ASKED
    | frozenset("thing things stuff anything something headline headlines most".split())
)
# Words a clause asking for news alone may spend saying what the act is (`_news_alone`).
DESCRIBING_WORDS = 4
# Clauses read for a question that asks for news alone, however long the message.
MAX_NEWS_CLAUSES = 3
# Words after which a story writes where something happened or came out (`_placed_name`).
_PLACING = frozenset({"at", "on", "in", "from"})
# Someone's band asked about by the person (`_owned_act`): up to three capitalised or
# lowercase words owning it (a first name alone too), or two such names joined by "and".
_OWNER = r"(?<![\w'’])[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2}"
_OWNED = re.compile(
    rf"(?P<owner>{_OWNER}(?:\s+(?:and|&)\s+{_OWNER})?)['’]s?\s+"
    r"(?:(?:new|solo|side|other|current|latest|noisy|old|first|main)\s+){0,2}(?:[a-z-]+\s+)?"
    r"(?P<act>band|project|group|thing|outfit|duo|trio)\b",
    re.IGNORECASE,
)
# Words by which a story speaks of the act asked about, which bands are: "they".
_BANDS_CALLED = r"they|them|their|theyre"
_BAND_REFERRED = re.compile(rf"\b(?:{_BANDS_CALLED})\b", re.IGNORECASE)
# Words by which a question means someone its story names ("Did they sign to <Label>?",
# "What did the group announce?", "news concerning that group").
_PEOPLE_CALLED = (
    rf"{_BANDS_CALLED}|he|him|his|she|her"
    r"|(?:the|that|this) (?:band|group|combo|outfit|duo|trio|quartet|chap|fellow|gentleman|lady"
    r"|lad|singer)s?"
)
# A story that says what "they" are ("they're a duo").
_SAYS_WHAT = re.compile(r"\bthey(?:['’]?re| are| were)\b", re.IGNORECASE)
_THEY = re.compile(rf"\b(?:{_PEOPLE_CALLED})\b", re.IGNORECASE)
# How likely an exact link to an act's name must be to be the name a question asks about
# (`_named_act`).
ACT_NAMED = 0.5
OWNED_READ = 40
"""The newest articles about a person the knowledge base knows read at most (`_owned_act`)."""
# Words after someone's band read for its name (`_named_beside`).
NAMED_AFTER = 3
# The words of a story its writer tells of themselves.
FIRST_PERSON = frozenset("i me my mine we us our ours im ive id ill weve were myself".split())
# The words of an aside in which the writer chats (`_unless_chat`). Chat's shortest words
# stand for others ("w/" for "with"), which asides that name someone use too.
_CHATTING = FIRST_PERSON | {w for w in CHAT_FILLER if len(w) > 2}
# A heading of up to three words before a colon that opens a message ("Quiz prep: ...").
_HEADING = re.compile(r"\s*([^\W\d_][\w'’]*(?:\s+[\w'’]+){0,2})\s*:\s+")
# An aside in brackets, with the space before it.
_ASIDE = re.compile(r"\s*\(([^()]{1,80})\)")
# A part cut off by a dash with fewer words than this may be what a question that names
# nothing is about ("<Name>'s <Record> — street date?").
TOPIC_WORDS = 7
# Words by which a question refers to what a sentence before it named, someone or something
# ("<Act> new album!!! when's it out?").
_REFERRING = re.compile(rf"\b(?:{_PEOPLE_CALLED}|it|its|that|this)\b", re.IGNORECASE)
# Words by which a sentence turns from chat to what the writer asks ("omg that finale. anyway,
# any news on <act>?", "brb pizza. oh wait quick one: ..."): what came before is another
# topic, however short, and the words themselves ask nothing and name no one.
_TOPIC_SHIFT = re.compile(
    r"(?i)^\W*(?:(?:but|ok|okay|so|and|oh|wait|alright|lol|haha|yes|yeah)[\s,]+)*"
    r"(?:anyways?|anyhow|anyhoo|also|btw|by the way|quick (?:q|question|one)|(?:ok )?focus"
    r"|moving on|unrelated(?:ly)?|on (?:another|a different) note|changing the subject)\b"
    r"[\s,:;.!-]*(?=\w)"
)
# A comma before words that take back what came before it ("latest on <Act>, er, <Other>",
# "<Act>, I mean <Other>") cuts the sentence there, as a dash does.
_COMMA_TAKEN_BACK = re.compile(
    r"(?i),\s+(?=(?:(?:no[\s,]+wait|wait[\s,]+no|(?:no[\s,]+)?(?:sorry|oops|er|erm)|no)\s*,"
    r"|i mean\b|i meant\b|or rather\b))"
)
# Words that take back what the writer asked before ("..., Norway? no wait, it was Finland",
# "is she tour — no, just, what's the newest on her", "scratch that", "or rather", "hang
# on", "or wait"): the
# question is the first that asks from there on, of the names the whole message gives,
# though the words themselves ask nothing.
_TAKEN_BACK = re.compile(
    rf"(?i)^\W*(?:(?:{'|'.join((*HESITATIONS, 'oh', 'ok', 'okay', 'wait'))})[\s,]+)*"
    r"(?:no[\s,]+wait|wait[\s,]+no|oh wait|(?:no|nope)(?=\s*[,.;:!—-])|scratch that"
    r"|(?:no[\s,]+)?(?:sorry|oops|er|erm)(?=\s*[,.;:!—-])"
    r"|never ?mind|forget (?:it|that)|or rather|correction|let me rephrase|make that|i mean"
    r"|i meant|(?:no[\s,]+)?(?:hang|hold) on|or wait)"
    r"(?:[\s,:;.!—–-]+(?:just|rather)\b)?[\s,:;.!—–-]*(?=\w)(?<![\w'’])"
)


def asking(sentence: str) -> bool:
    """Whether a sentence asks: it ends in a question mark, whatever follows it that is no
    word, opens as questions do ("whats new", "hows it going"), or asks for news in a few
    words (`_NEWS_ASKED`)."""
    return bool(
        _ASKED.search(sentence) or _NEWS_ASKED.match(sentence) or _ASKS_INDIRECTLY.search(sentence)
    ) or _asks_opening(tokens_of(sentence))


def _part_of_question(kb: KnowledgeBase, sentence: str, leads: bool) -> bool:
    """Whether a sentence that does not ask is still the question's: too short to tell a
    story ("(2022)", "Thanks!"), or, where it `leads` to the question, short and about no
    one but what it names ("<ACT> got a new guitarist!!! who is it", "<act> new album
    announcement!!! what's it called"), where a story tells what its writer did ("saw them
    live last week"); a name the knowledge base knows, alone, tells nothing of the writer,
    whatever its words ("<act> - <Record We Made>. what's the label?"). After the question,
    such a sentence is an aside ("for the jazz hour")."""
    words = sentence.split()
    return (
        len(words) < STORY_WORDS
        or says_only_when(tokens_of(sentence))
        or (
            leads
            and len(words) < TOPIC_WORDS
            and (
                FIRST_PERSON.isdisjoint(tokens_of(sentence)) or kb.names.exact(sentence) is not None
            )
        )
    )


def _without_heading(kb: KnowledgeBase, text: str) -> str:
    """A message without the heading its writer opens with before a colon ("Quiz prep: ...",
    "Quick q: ..."), where the heading's words are everyday ones or letters, it surely names
    nothing known and the rest of the message surely does: what the message is for, not a
    name asked about, though the articles may never write such a word in lowercase. A
    heading before a question that names nothing may be the name asked about ("<Word>: new
    album?")."""
    heading = _HEADING.match(text)
    if heading is None:
        return text
    rest = text[heading.end() :]
    if not all(everyday(w) or len(w) == 1 for w in tokens_of(heading.group(1))):
        return text
    if _names_surely(kb, heading.group(1)) or not _names_surely(kb, rest):
        return text
    return rest


def _comma_parts(clause: str) -> list[str]:
    """A clause cut where a comma comes before a question (`_COMMA_ASKS`)."""
    parts = _COMMA_ASKS.split(clause)
    return [clause] if any(_REFERRING.search(part) for part in parts[1:]) else parts


def _names_surely(kb: KnowledgeBase, text: str) -> bool:
    return any(f.weight >= SURE_LINK for f in link(kb, text).links)


# A part that sets something aside before what is asked ("Enough <Act> news, ...", "Forget
# <Act> for a sec —", "Not <Act> — <Other>. Did they ...", "... not the debut, the other
# one"): up to the comma, colon or dash that ends it, on a line of its own.
_DISMISSED = re.compile(
    r"(?:^|(?<=[.!?])\s+)\W*(?:(?i:enough(?: of| with| about)?|forget(?: about)?|aside from"
    r"|other than|besides)|(?i:not)(?= (?i:the|asking|talking)\b| [A-Z]))"
    r" [^,.;:!?—–\n]{1,40}?(?:\s*[,;:—–]|\s+-+)\s*(?=\w)"
)


def _without_dismissed(text: str) -> str:
    """The message without the parts it sets aside (`_DISMISSED`), where what is left asks:
    the act set aside is the one not asked about, however surely the message names it."""
    kept = _DISMISSED.sub(" ", text).strip()
    return kept if kept != text.strip() and asking(kept) else text


def _unless_chat(aside: re.Match[str]) -> str:
    """Nothing for an aside in which the writer chats (`focused`), else the aside."""
    return "" if set(tokens_of(aside.group(1))) & _CHATTING else aside.group(0)


def focused(kb: KnowledgeBase, text: str) -> tuple[str, Linking | None]:
    """The message as the question it asks, and the names linked in that question where they
    were already read: unchanged unless it has sentences that ask and sentences that tell a
    story. Then the asking ones, if they link a name surely (a place they ask about is no
    such name where the story surely links one); otherwise the names the story surely
    links, then the asking ones. Where the story links nothing surely, writes a name
    no article spells ("<Word> <Word> just put out a demo"), or writes a linked name inside a
    longer capitalised one ("The <Word> <Name> opened for us last spring"), the whole
    message is the question: its story may hold the unknown name asked about. So it is
    where the question asks about what the story told ("For which paper was that?"), and
    where a question that names nothing surely follows a short part cut off by a dash, which
    says what it is about ("<Name>'s <Record> — what's the street date?"). Before all that, a
    message that asks what came since something it has seen (`_since`), or asks about
    someone's band by the person (`_owned_act`), is that question. A question that names
    someone, however unsurely, before the writer tells of themselves is the asking
    sentences: a fan's memories name records, not the act asked about. An aside in brackets in
    which the writer chats ("(best band name ever btw)", "(i need the time off lol)") is
    left out first: it asks nothing and names nothing asked about. So is a sentence that
    only doubts the story ("real or fake?"), which then is what is asked about. Where the
    writer takes back what they asked ("no wait", "scratch that"), what they ask after is
    the question (`_asked_again`)."""
    text = _without_dismissed(_ASIDE.sub(_unless_chat, text))
    text = _described_before_name(kb, _without_heading(kb, text))
    undoubted = _DOUBT.sub(" ", text).strip()
    doubted = undoubted != text and bool(re.search(r"\w", undoubted))
    text = undoubted if doubted else text
    sentences: list[str] = []
    topic = False
    for sentence in _SENTENCES.split(text):
        parts = [
            part
            for piece in _DASHES.split(sentence)
            for clause in _BUT_ASKS.split(piece)
            for cut in _comma_parts(clause)
            for part in _COMMA_TAKEN_BACK.split(cut)
            if part.strip()
        ]
        sentences += parts
        topic = topic or (len(parts) > 1 and any(len(p.split()) < TOPIC_WORDS for p in parts))
    turns = [_TOPIC_SHIFT.match(s) or _TAKEN_BACK.match(s) for s in sentences]
    sentences = [s[turn.end() :] if turn else s for s, turn in zip(sentences, turns, strict=True)]
    # What came before the question turned to its own is chat, however short and even where
    # it asks ("tamales tonight. also ...", "is the finale out?? also is <act> touring?").
    turned, taken_back = _turned(sentences, turns)
    if taken_back is not None and turned:
        return _asked_again(kb, sentences, turned, taken_back)
    asked_at = [i >= turned and asking(s) for i, s in enumerate(sentences)]
    since = _since(kb, text, sentences, asked_at)
    if since is not None:
        return since, None
    act = _owned_act(kb, text, sentences)
    if act is not None:
        return act, None
    first = asked_at.index(True) if True in asked_at else 0
    referring = _REFERRING.search(sentences[first])
    refers = referring is not None
    # A question that names whom it asks about, surely or as a name of its own, is not about
    # a short part before it ("<Act> aside — did <Other> announce a tour?", "<Act> are
    # everywhere, but has <Unknown> toured?"), nor is a word after the name that refers to
    # someone ("<Other> is great, but has <Act> announced a reissue of her own?").
    first_linking = None
    if topic:
        first_linking = link(kb, sentences[first])
        called_at = len(tokens_of(sentences[first][: referring.start()])) if referring else 0
        sure = [f for f in first_linking.links if f.weight >= SURE_LINK]
        refers = refers and not any(f.end <= called_at for f in sure)
        topic = refers or not (sure or _names_own(kb, first_linking))
    asks = [
        a or (i >= turned and _part_of_question(kb, s, leads=i < first and (refers or topic)))
        for i, (s, a) in enumerate(zip(sentences, asked_at, strict=True))
    ]
    if not any(asked_at) or all(asks):
        return text, None
    asked = " ".join(s for s, a in zip(sentences, asks, strict=True) if a)
    # The asking part alone was linked already where a short part came before it.
    linking = first_linking if first_linking and asked == sentences[first] else link(kb, asked)
    asked_surely = [f for f in linking.links if f.weight >= SURE_LINK]
    story = " ".join(s for s, a in zip(sentences, asks, strict=True) if not a)
    if any(not says_where(kb, found.entity.name) for found in asked_surely):
        # Who "they" are, asked of a label or a festival, is the name the story writes
        # ("A friend plays in <New Band>. Did they sign to <Label>?"): the whole message
        # is the question, which may name an act the knowledge base lacks.
        if _calls_back([s for s, a in zip(sentences, asks, strict=True) if a], linking) and (
            link(kb, story).written
        ):
            return text, None
        return asked, linking
    told = link(kb, story) if linking.links or not topic else None
    # A name the story places something at, in or from ("a band called <Act> from <Town>")
    # is where, not whom a question for news asks about.
    news = _for_news(asked)
    sure = [] if told is None else [f for f in told.links if _told_of(told, f, news)]
    # The story names in full whom the question calls by a word of the name ("<First> <Last>
    # vs <Other> ... what's the newest on <last>?").
    again = [f for f in sure if f.entity in {g.entity for g in linking.links}]
    if again:
        return f"{again[0].entity.name}: {asked}", None
    if topic or told is None:
        return text, None
    # Told after the question, in words no name is made of ("needs it for her calendar"),
    # the story is an aside: it names nothing the question might ask about, unless it says
    # what the act asked about is ("they're a duo"). Everyday words that spell a title only
    # weakly linked ("need to plan my <everyday title>") make no name either.
    if (
        False not in asks[: first + 1]
        and not any(f.weight >= ACT_NAMED for f in told.links)
        and not _BAND_REFERRED.search(story)
        and not any(name_like(kb, t) for t in told.tokens)
    ):
        return asked, linking
    # A question that names someone, however unsurely ("any <mistyped act> news?"), and
    # calls no one "they", asks about them where the writer tells of themselves after it
    # ("<Record> was huge for me in '97"): a fan's memories name records, songs and places,
    # not the act asked about. Unless the story says what "they" are ("told me they're a
    # duo"), which makes the question's word an act's name (`_SAYS_WHAT`).
    if (
        False not in asks[: first + 1]
        and (linking.links or _names_own(kb, linking))
        and not _THEY.search(asked)
        and not _SAYS_WHAT.search(story)
        and not FIRST_PERSON.isdisjoint(tokens_of(story))
    ):
        return asked, linking
    # A place the question asks about ("are they touring <Country>?") is not who "they"
    # are, where the story names someone.
    if asked_surely and not sure:
        return asked, linking
    # A question that names an act itself, though unsurely (a name that is also an everyday
    # word, or one the knowledge base lacks that its writer capitalises or, asking for news,
    # writes where a name may stand, or a known act's name mistyped), and calls no one
    # "they", asks about it, not whom the story names ("... we sang <Act> songs all night.
    # what's the latest with <Unknown Act>?", "<act> and <unknown> are my gym playlist. any
    # <unknown> news?", "<act> and <mistyped act> would be a dream duet. did <mistyped act>
    # announce an album?").
    typed = any(not f.exact and f.entity.kind == "artist" for f in linking.links)
    named = _names_own(kb, linking) or (
        news and (any(not says_where(kb, run) for run in linking.named_runs) or typed)
    )
    if not asked_surely and not _THEY.search(asked) and named:
        return asked, linking
    owned = frozenset(
        t for word in story.split() if POSSESSIVE.search(word) for t in tokens_of(word)[-1:]
    )
    sure = [f for f in sure if not _with_subject(told, sure, f)]
    # A question for news asks nothing of where the story happened.
    if (
        not sure
        or any(
            not (news and _placed_name(told.tokens, run)) and not _with_subject(told, sure, run)
            for run in (*told.written, *_unknown_runs(told))
        )
        or any(_inside_longer(told, f, owned) for f in sure)
        or _REFERS_BACK.search(asked)
        or doubted
        or _maker_unknown(kb, told, sure, asked)
    ):
        return text, None
    return f"{', '.join(dict.fromkeys(f.entity.name for f in sure))}: {asked}", None


def _maker_unknown(kb: KnowledgeBase, told: Linking, sure: list[Link], asked: str) -> bool:
    """Whether the story surely names only titles (a song, a record) beside a word no
    article writes, and the question calls someone "she" or "they": that word is whose the
    title is ("<Unknown> had that huge '<Song>' single — is she ..."), a name the knowledge
    base lacks, not the title's maker it knows."""
    if not _THEY.search(asked) or any(f.entity.kind not in TITLE_KINDS for f in sure):
        return False
    linked = {i for f in told.links for i in range(f.start, f.end)}
    return any(never_written(kb, t) for i, t in enumerate(told.tokens) if i not in linked)


def _turned(sentences: list[str], turns: list[re.Match[str] | None]) -> tuple[int, int | None]:
    """Where the message turns to its question, and where it takes back what it asked before
    if it turns so: the last turn that asks (`_TOPIC_SHIFT`), or the first sentence that asks
    from a taking back on (`_TAKEN_BACK`), whose own words ask nothing, or else the taking
    back itself, which corrects the question before it ("<Act>? sorry, <Other>.")."""
    found: list[tuple[int, int | None]] = []
    for i, turn in enumerate(turns):
        if turn and turn.re is _TAKEN_BACK:
            asks = (j for j in range(i, len(sentences)) if asking(sentences[j]))
            found.append((next(asks, i), i))
        elif turn and asking(sentences[i]):
            found.append((i, None))
    return max(found, key=lambda turn: (turn[0], turn[1] is not None), default=(0, None))


def _asked_again(
    kb: KnowledgeBase, sentences: list[str], turned: int, taken_back: int
) -> tuple[str, Linking | None]:
    """What a message asks from where its writer took back what came before (`_TAKEN_BACK`,
    at `taken_back`): of the names it surely gives there, or else of those the correction
    surely gives ("<Act>? sorry, <Other>. what did she announce"), or else of the acts the
    words taken back surely name ("where did <Act> record, Norway? no wait, it was Finland -
    where in Finland?"). A correction that asks nothing corrects the question before it: its
    words replace the names there. Where no act is named surely, or the words taken back
    write a name no article spells, the whole message without the words of taking back,
    which may hold an unknown name asked about; where the correction writes one, the
    correction."""
    correction = sentences[taken_back:turned]
    before_text = " ".join(sentences[:taken_back])
    # The words before the taking back, where they were linked already as the question
    # corrected (none of them asking, they are all of it).
    linked_before: Linking | None = None
    if asking(sentences[turned]):
        asked = " ".join(sentences[turned:])
        linking = link(kb, asked)
        if _acts_named(kb, linking):
            return asked, linking
        # A correction in the writer's own words tells of them ("oh wait I already know
        # about the album"), not what the question is about ("wait no an album").
        told = " ".join(correction)
        told = told if FIRST_PERSON.isdisjoint(tokens_of(told)) else ""
    else:
        correction = sentences[taken_back:]
        told = " ".join(correction)
        asking_before = [s for s in sentences[:taken_back] if asking(s)]
        earlier = link(kb, " ".join(asking_before) or before_text)
        linked_before = None if asking_before else earlier
        named_at = {
            i for f in earlier.links if f.weight >= SURE_LINK for i in range(f.start, f.end)
        }
        named_at.update(
            at + i
            for run in earlier.written
            for at in written_at(earlier.tokens, run)
            for i in range(len(run.split()))
        )
        asked = " ".join(t for i, t in enumerate(earlier.tokens) if i not in named_at)
    corrected = link(kb, " ".join(correction))
    if corrected.written:
        return f"{' '.join(correction)} {asked}", None
    named = _acts_named(kb, corrected)
    if not named:
        before = linked_before or link(kb, before_text)
        named = [] if before.written else _acts_named(kb, before)
    if not named:
        return " ".join(sentences), None
    return f"{', '.join(dict.fromkeys(named))}: {' '.join(filter(None, (told, asked)))}", None


def _acts_named(kb: KnowledgeBase, linking: Linking) -> list[str]:
    """The names a linking gives surely that say no place."""
    return [
        f.entity.name
        for f in linking.links
        if f.weight >= SURE_LINK and not says_where(kb, f.entity.name)
    ]


def _unknown_runs(told: Linking) -> list[str]:
    """The story's unlinked runs with a word it writes capitalised that no article writes,
    away from the names it links ("<Word> just signed to <Label>"): names the knowledge base
    lacks, as its `written` runs are, though of one word. Right after a linked name such a
    word is more likely part of it, mistyped ("<Act> in the <Wordword>")."""
    unknown = told.unwritten & (told.capitalised or frozenset())
    near = {at for f in told.links for at in range(f.start - 1, f.end + BESIDE + 1)}
    return [
        run
        for run in told.subjects
        if not unknown.isdisjoint(run.split())
        and not any(at in near for at in written_at(told.tokens, run))
    ]


# How many words after a linked name a word is still beside it ("<Act> in the <Word>").
BESIDE = 2


def _capitalised(linking: Linking, found: Link) -> bool:
    """Whether the writer capitalises a linked name as they do names, where that tells."""
    capitals = linking.capitalised
    return capitals is None or capitals.issuperset(linking.tokens[found.start : found.end])


def _calls_back(sentences: list[str], linking: Linking) -> bool:
    """Whether an asking sentence calls someone "they", "he" or "she" before it names anyone
    surely: such a word means someone the story names. After a name of its own it is that
    name ("<Act> announced a show, didn't they?", "<Name> said who pushed him out").
    `linking`: the asking sentences, joined, as linked once."""
    start = 0
    for sentence in sentences:
        size = tokens_counted(sentence) if start else len(tokens_of(sentence))
        called = [len(tokens_of(sentence[: m.start()])) for m in _THEY.finditer(sentence)]
        # Every such word stands after a sure name exactly when the first one does.
        named_by = min(
            (
                f.end - start
                for f in linking.links
                if f.weight >= SURE_LINK and start <= f.start < start + size
            ),
            default=None,
        )
        if called and (named_by is None or named_by > called[0]):
            return True
        start += size
    return False


def _described_before_name(kb: KnowledgeBase, text: str) -> str:
    """A question for news that names the act last, after saying who it is ("what's new
    with the <city> band that covered <Song> on their debut, <Act>?"), without what it
    says the act is and did: the writer knows that already, and its words would pick that
    older article (or, naming a record no article spells, decline). What it did is a clause
    that opens with "who", "that" or "whose" right after a word for an act, and runs to the
    comma before the name, or to where the question asks for news or an announcement
    (then what it is stays); what it is, the words from "the", "a" or "an" before that
    word, or whose band it is ("<Person>'s dance-punk band, <Act>?"). The name is one the
    knowledge base knows, however typed."""
    last = _NAMED_LAST.search(text)
    if last is None or not _for_news(text):
        return text
    named = link(kb, last[1])
    if len(named.tokens) > NAME_WORDS + 1 or not any(
        f.end - f.start == len(named.tokens) for f in named.links
    ):
        return text
    head = text[: last.start()]
    for relative in _RELATIVE.finditer(head):
        before = tokens_of(head[: relative.start()])[-1:]
        if before and before[0] in _ACT_WORDS:
            # The clause ends where the question's own asking goes on ("did the band that
            # <did something> announce a new EP, <Act>?").
            asks = [
                m.start()
                for m in (ANNOUNCE.search(head, relative.end()), NEWS.search(head, relative.end()))
                if m
            ]
            end = min(asks, default=last.start())
            # Right before the name, the words that say what it is go too ("the <label>
            # rapper, <Act>"): a name among them would pick its own articles.
            opening = _DESCRIPTION_OPENS.search(head, 0, relative.start()) if not asks else None
            start = opening.start() if opening else relative.start()
            rest = text[last.start(1) if opening else end :].lstrip()
            return f"{head[:start].rstrip()}{'' if rest[:1] == ',' else ' '}{rest}"
    # Someone's band said right before it ("<Person>'s dance-punk band, <Act>?") is the act.
    owned = _OWNER_DESCRIBED.search(head)
    if owned is not None and tokens_of(owned[1])[-1:] and tokens_of(owned[1])[-1] in _ACT_WORDS:
        return f"{head[: owned.start()].rstrip()} {text[last.start(1) :].lstrip()}"
    return text


def _told_of(told: Linking, found: Link, news: bool) -> bool:
    """Whether a story surely names someone it tells of, rather than where something was, for
    a question that asks for `news` (`_placed_name`)."""
    words = " ".join(told.tokens[found.start : found.end])
    return found.weight >= SURE_LINK and not (news and _placed_name(told.tokens, words))


def _names_own(kb: KnowledgeBase, linking: Linking) -> bool:
    """Whether a question names an act of its own: linked exactly though unsurely
    (`_named_act`), or a run its writer capitalises as a name that links nothing ("what's
    the latest with <Unknown> by <Act>?") and that the articles do not write as a place
    ("the latest from the <City> punks"), or that links an artist by a part or a
    misspelling of its name (a first name alone: "what's <First> up to?")."""
    capitalised = linking.capitalised
    return any(map(_named_act, linking.links)) or (
        capitalised is not None
        and (
            any(
                capitalised.issuperset(run.split()) and not says_where(kb, run)
                for run in linking.named_runs
            )
            or any(
                not f.exact
                and f.entity.kind == "artist"
                and capitalised.issuperset(linking.tokens[f.start : f.end])
                for f in linking.links
            )
        )
    )


def _named_act(found: Link) -> bool:
    """Whether a link is an act's name spelled exactly and more likely than not meant as
    the name, though also an everyday word ("<Act> announced a tour?"); a title of everyday
    words is more likely the writer's own words."""
    return found.exact and found.entity.kind == "artist" and found.weight >= ACT_NAMED


def _for_news(text: str) -> bool:
    """Whether a text asks for news or an announcement: then what a story around it names,
    or a record the writer has seen, is not what it asks about."""
    return bool(NEWS.search(text) or ANNOUNCE.search(text))


# Words that put a name beside the one a story is about ("<Act> made that record with
# <Name>", "<Act> sounds like <Name>").
_BESIDE_SUBJECT = frozenset({"with", "alongside", "like", "featuring", "feat", "ft", "by"})


def _with_subject(told: Linking, sure: list[Link], named: str | Link) -> bool:
    """Whether a story opens with a name it surely links and writes another name (a run, or
    a link inside one) after it, beside it by a word such as "with" ("<Act> made that record
    with <Name>."): the story is about the name it opens with; the other is whom that act
    worked or played with, not an act the question asks about."""
    opening = next((f for f in sure if f.start == 0), None)
    if opening is None or named is opening:
        return False
    tokens = told.tokens
    spans = [(f.start, f.end) for f in told.links]
    for run in told.written:
        spans += [(at, at + len(run.split())) for at in written_at(tokens, run)]
    beside = [
        (start, end)
        for start, end in spans
        if start > opening.end and tokens[start - 1] in _BESIDE_SUBJECT
    ]
    if isinstance(named, Link):
        return any(start <= named.start and named.end <= end for start, end in beside)
    return any(" ".join(tokens[start:end]) == named for start, end in beside)


def _placed_name(tokens: tuple[str, ...], run: str) -> bool:
    """Whether a story writes a name where something happened or came out, after "at", "on",
    "in" or "from" ("saw <act> at the <Event> in 1974", "<act> singles on <Label>", "grew up
    not far from <Town>"): a place, an event or a label of the story, not the act whose news a
    question asks for."""
    return written_after(tokens, run, (_PLACING,), (_PLACING, THE))


def _since(kb: KnowledgeBase, text: str, sentences: list[str], asked_at: list[bool]) -> str | None:
    """A message that asks what came after something it names ("“<Act> announce hiatus” —
    did anything happen after that?", "<act> latest, i know <record> is out", "a follow-up
    to <record>?") as the question about the first name it surely links, without the thing
    named: its words would pick the very article the writer has seen. What came since is
    news: the newest, or the newest announcement where it asks for one. The name is the
    first one linked surely, else the surest. None where it asks no such thing, or names
    nothing. `asked_at`: whether each of the sentences asks (`asking`)."""
    known = _KNOWN_OUT.search(text) or _MADE_NAMED.search(text)
    after = _AFTER_NAMED.search(text)
    # A title after "after" inside a clause that says what came since itself ("went quiet
    # after <Record>") is read with the clause.
    if after is not None and after.group("titled") and _SINCE.search(text):
        after = None
    named: tuple[Link, ...] = ()
    # Where what was seen is cut out of the message, a name it holds ("After <Record>, did
    # <Act> ...") is what came before, not whom the question asks about.
    cut = guessed = False
    if known is not None and (known.re is _KNOWN_OUT or _for_news(text)):
        rest = f"{text[: known.start()]} {text[known.end() :]}"
        cut = True
    elif (claimed := _claimed_newest(text)) is not None:
        rest = text[:claimed]
        cut = guessed = True
    elif after is None and _for_news(text) and (span := _after_title(kb, text)) is not None:
        rest = f"{text[: span[0]]} {text[span[1] :]}"
        cut = True
    elif after is not None and (after.group("beyond") or after.group("titled") or _for_news(text)):
        # A follow-up to a record is a record.
        instead = " new record " if after.group("follow") else " "
        rest = f"{text[: after.start()]}{instead}{text[after.end() :]}"
        cut = True
    else:
        # Only a sentence that asks (or any, where none does) asks what came since: a
        # story's "now", "still" and "since" tell its own time ("he has followed <act> since
        # the nineties", "now it's stuck in my head").
        asks = asked_at if any(asked_at) else [True] * len(sentences)
        at = next((i for i, s in enumerate(sentences) if asks[i] and _SINCE.search(s)), None)
        if at is None:
            alone = _news_after_told(kb, sentences)
            if alone is None:
                return None
            rest, named = alone
            named = _told_in_full(kb, text, named)
        else:
            clauses = _CLAUSES.split(sentences[at])
            opens = next(i for i, c in enumerate(clauses) if _SINCE.search(c))
            if at == 0 and opens == 0 and not _SINCE_WHAT.search(clauses[0]):
                return None
            # What follows "since" in its clause is what was seen ("since they <did
            # something>"); a clause before it that asks is the question's own ("do they
            # have an album coming, or is it still just singles?").
            asking_before = [c for c in clauses[:opens] if _asks_opening(tokens_of(c))]
            rest = _SINCE_WHAT.sub(" ", " ".join(asking_before + clauses[opens:]))
            # An act the asking clause names itself is whom it asks about, not one the story
            # names before it ("the <Act> / <Other> split. have <other> done anything since?").
            # A place it names ("still touring <Region>?") is where, not whom.
            named = tuple(
                f
                for f in link(kb, rest).links
                if f.weight >= SURE_LINK and not says_where(kb, f.entity.name)
            )
    # A question that names no one but calls someone "they" means the act named last
    # before the message first does so ("... raised me on <Act>, and I'm curious about
    # <Other Act> too. Have they done anything lately?"); a record or a song is no "they",
    # nor words the writer does not capitalise as they do names ("I've come around").
    calling = _THEY.search(text) if not named and _THEY.search(rest) else None
    called_at = len(tokens_of(text[: calling.start()])) if calling else 0
    if not named:
        linking = link(kb, text)
        # A story that names an act the knowledge base lacks ("<Unknown Act> just signed to
        # <Label>. Any news on them?") asks about that act, not the known name beside it; a
        # title it quotes ("a cover of '<Song>'") is no act.
        # What was cut out is what came before: a record the articles spell there is no act
        # the knowledge base lacks (one they never spell may be the unknown act's).
        uncut = link(kb, rest) if cut else None
        kept = f" {' '.join(uncut.tokens)} " if uncut else ""
        # A title owned by a name linked ("<Act>'s <Record> is all I know") is the act's, and
        # a festival ("on the <Word> Festival bill") is where the act played.
        owned = {
            f.end for f in linking.links if f.weight >= SURE_LINK and f.end - 1 in linking.owning
        }
        written = [
            run
            for run in linking.written
            # A guess's words are the guess's, right or wrong, not an act it asks about.
            if (uncut is None or f" {run} " in kept or not (guessed or kb.mentions(f'"{run}"')))
            and owned.isdisjoint(written_at(linking.tokens, run))
            and kind_of(run) != "festival"
        ]
        if written:
            quoted = {t for title in _QUOTED.findall(text) for t in tokens_of(title)}
            if any(not quoted.issuperset(run.split()) for run in written):
                return None
        # So does one whose first word, which no article writes, is whom "they" are
        # ("<Unknown> toured with <Act>, right? What label are they on now?").
        opening = linking.tokens[:1]
        if (
            calling
            and opening
            and not any(f.start == 0 for f in linking.links)
            and never_written(kb, opening[0])
        ):
            return None
        # The outlet where the writer read the news is not whom it is about ("saw a <Outlet>
        # recap of <act>'s show"), nor is a place ("<Unknown>, the <City> band: anything
        # new after <Record>?").
        tokens = linking.tokens
        unplaced = [f for f in linking.links if not says_where(kb, f.entity.name)]
        acts = [f for f in unplaced if not outlet_named(tokens, range(f.start, f.end))]
        named = tuple(acts or unplaced)
        outside = [] if uncut is None else list(uncut.links)
        named = tuple(f for f in outside if f.weight >= SURE_LINK) or tuple(outside) or named
    if not named:
        return None
    entity = max(
        named,
        key=lambda f: (
            f.weight >= SURE_LINK,
            not calling
            or (
                f.end <= called_at and f.entity.kind not in TITLE_KINDS and _capitalised(linking, f)
            ),
            # Whom the story's act worked "with" is not whom "they" are.
            not calling or _BESIDE_SUBJECT.isdisjoint(linking.tokens[f.start - 1 : f.start]),
            f.start if calling else -f.start,
        ),
    ).entity
    # What came since a record is its maker's news ("<act>, the band that put out <Record>:
    # anything new?", where the act's name is also an everyday word and links unsurely).
    if entity.kind in TITLE_KINDS:
        entity = kb.maker(entity.id) or entity
    # After a colon what is left may open a sentence, as its writer's capital says ("<Act>
    # news? Is <Person> still ...": "Is <Person>" is no name, `casing.cased`).
    return f"{_known_head(kb, entity).name}: latest: {rest.strip()}"


def _after_title(kb: KnowledgeBase, text: str) -> tuple[int, int] | None:
    """Where a message names, after "after", a title the articles know, typed in lowercase
    ("lost track of <act> after <record>, what's new?"): what came before the news asked
    for. The span runs from "after" to the title's end."""
    for found in islice(_AFTER.finditer(text), AFTERS_READ):
        clause = _CLAUSE_END.split(text[found.end() :], maxsplit=1)[0]
        opening = [f for f in link(kb, clause).links if f.start == 0 and f.weight >= SURE_LINK]
        if not opening or opening[0].entity.kind not in TITLE_KINDS:
            continue
        words = list(re.finditer(r"\S+", clause))
        if opening[0].end <= len(words):
            return found.start(), found.end() + words[opening[0].end - 1].end()
    return None


def _told_in_full(kb: KnowledgeBase, text: str, named: tuple[Link, ...]) -> tuple[Link, ...]:
    """The names a clause that asks for news links, each as the story names it in full where
    the clause calls it by a word of that name ("<First> <Last> was on tv ... what's new
    with <first>?"): the one-word name the word alone links is someone else's."""
    if all(f.end - f.start > 1 for f in named):
        return named
    told = [g for g in link(kb, text).links if g.weight >= SURE_LINK]

    def in_full(found: Link) -> Link:
        if found.end - found.start > 1:
            return found
        word = norm(found.entity.name)
        fuller = (g for g in told if g.entity.id != found.entity.id)
        return next((g for g in fuller if word in norm(g.entity.name).split()), found)

    return tuple(map(in_full, named))


def _news_after_told(
    kb: KnowledgeBase, sentences: list[str]
) -> tuple[str, tuple[Link, ...]] | None:
    """The clause of a message that asks for news alone ("what's the latest on them?", "any
    recent <act> news"), where another clause tells what the writer saw or remembers of the
    act ("<act> dropped a new single, '<Song>' or something?", "last thing i remember was a
    post about his show"): the question asks what came since, and the story's words would
    pick the very article the writer has seen. With it, the names it links: whom it asks
    about where it names them, though the story names a place or a record too. None where no
    clause tells such a story, or none asks for news alone."""
    clauses = [c for s in sentences for p in _DASHES.split(s) for c in _CLAUSES.split(p)]
    told = [c for c in clauses if _tells_seen(c)]
    if not told:
        return None
    asked = [c for c in clauses if c not in told and _news_alone(c)][:MAX_NEWS_CLAUSES]
    for clause in asked:
        linking = link(kb, clause)
        if all(_asks_for_news(w) or w in linking.described for w in linking.leftover):
            # What says what the act is ("country singer <Name>") asks for no news of its
            # own, and its words would pick a roundup that shares them.
            named = {i for f in linking.links for i in range(f.start, f.end)}
            kept = [
                t for i, t in enumerate(linking.tokens) if i in named or t not in linking.described
            ]
            return " ".join(kept), linking.links
    return None


def _news_alone(clause: str) -> bool:
    """Whether a clause asks for news with no more words beside than a name and a few words
    saying what it is have ("country singer <First> <Last>"): the cheap test before its
    names are linked."""
    if not NEWS.search(clause):
        return False
    words = [t for t in tokens_of(clause) if t not in STOPWORDS and not _asks_for_news(t)]
    return len(words) <= NAME_WORDS + DESCRIBING_WORDS


def _asks_for_news(word: str) -> bool:
    """Whether a word asks for news and nothing more ("latest", "thing", "headline")."""
    return word in _NEWS_ALONE or NEWS.fullmatch(word) is not None


def _tells_seen(clause: str) -> bool:
    """Whether a clause tells what happened as its writer saw it: it holds a verb of the past
    ("was", "saw", "dropped"), and does not open as a question does ("did <act> ..."); a
    title it opens with in quotes ("'What If ...' was the last thing I heard") is no
    opening of a question."""
    tokens = tokens_of(clause)
    if len(tokens) < STORY_WORDS or _asks_opening(tokens_of(_QUOTED.sub(" ", clause))):
        return False
    return any(t in _SEEN or (len(t) > 4 and t.endswith("ed") and t not in NAMING) for t in tokens)


def _asks_opening(tokens: tuple[str, ...]) -> bool:
    """Whether words open as questions do ("whats new", "hows it going")."""
    return any(t in _ASKING_OPENERS or t.removesuffix("s") in _ASKING_OPENERS for t in tokens[:1])


def _owned_act(kb: KnowledgeBase, text: str, sentences: list[str]) -> str | None:
    """A message that asks about someone's band or project by the person ("<First> <Last>'s
    new band", "<A> and <B>'s side project") as the question about the person's act: the
    one the news places them in (`act_of`), else the one the newest article naming them
    calls theirs ("<First> <Last>'s Band <Act> Returns", `owned_act`), else the headline's
    name (`title_subjects`) of the newest such article; not the person's, nor a name the
    message gives otherwise ("(not <band>)", "with the <band> guys"), whose news the
    question would otherwise get. An aside in brackets goes with the person. None where the
    message asks no such thing, where what the person owns is a name of its own ("<Name>'s
    Outfit"), where another of its sentences names an act surely ("anything new from
    <band>? <person>'s project"), where no article names the person, or where a "thing" is
    asked of a person the articles name as an act: "<person>'s newest thing" is their news."""
    found = _OWNED.search(text)
    if found is None:
        return None
    owners = [
        _in_full(kb, " ".join(_unasked(p.split())))
        for p in re.split(r"\s+(?:and|&)\s+", found.group("owner"))
    ]
    if not owners or any(len(p.split()) < 2 for p in owners):
        return None
    if kb.names.exact(norm(f"{owners[-1]} {found.group('act')}")) is not None:
        return None
    # Someone's newest "thing" is their own news where the articles name them as an act.
    known = kb.names.exact(norm(owners[0])) if len(owners) == 1 else None
    if found.group("act").lower() == "thing" and known is not None and known.kind == "artist":
        return None
    elsewhere = " ".join(s for s in sentences if found.group(0) not in s)
    if elsewhere and any(f.weight >= SURE_LINK for f in link(kb, elsewhere).links):
        return None
    if _named_beside(kb, text[: found.start()], text[found.end() :]):
        return None
    people = {norm(p) for p in owners}
    others = {norm(f.entity.name) for f in link(kb, text).links} | people
    rest = " ".join(_ASIDE.sub(" ", f"{text[: found.start()]} {text[found.end() :]}").split())
    said = said_of(kb, owners)
    played_in = act_of(kb, owners[0], others, said) if len(owners) == 1 else None
    if played_in is not None:
        return f"{played_in}: {rest}"
    rows = (
        kb.newest_about(known.id, OWNED_READ)
        if known
        else list({row.id: row for row, _ in said}.values())
    )
    newest = sorted(rows, key=lambda r: r.date, reverse=True)
    theirs = [owned_act(row.title) for row in newest]
    acts = [o[1] for o in theirs if o is not None and norm(o[0]) in people]
    acts += [s for row in newest for s in title_subjects(unstyled(row.title))[:1]]
    for act in acts:
        if norm(act) not in others and not any(norm(act).startswith(p) for p in people):
            return f"{act}: {rest}"
    return None


def _named_beside(kb: KnowledgeBase, before: str, after: str) -> bool:
    """Whether the message names the act beside the words that describe it: right after them
    ("<person>'s garage project <act>", a name known or capitalised), or before them and a
    comma or a bracket ("<Act>, <person>'s home-recording thing", "<Act> (<person>'s duo)")."""
    words = after.split()[:NAMED_AFTER]
    if words and words[0][:1].isupper():
        return True
    if any(f.start == 0 and f.weight >= SURE_LINK for f in link(kb, " ".join(words)).links):
        return True
    if not before.rstrip().endswith((",", "(")):
        return False
    preceding = link(kb, before)
    return any(f.end == len(preceding.tokens) and f.weight >= SURE_LINK for f in preceding.links)


def _in_full(kb: KnowledgeBase, owner: str) -> str:
    """A person's full name where the owner is a first name that names them alone ("<first
    name>'s band"), as linking reads one; else the owner as written."""
    if len(owner.split()) != 1:
        return owner
    links = link(kb, owner).links
    return links[0].entity.name if len(links) == 1 else owner


def _unasked(words: list[str]) -> list[str]:
    """A name's words without the question words a match ran into before it ("any news on
    <First> <Last>")."""
    while words and fold(words[0]) in STOPWORDS:
        words = words[1:]
    return words


def _known_head(kb: KnowledgeBase, entity: Entity) -> Entity:
    """The longest name of two words or more that a name of one article opens with, where
    more articles are about it: a headline quoted whole ("<Act> Awakens From ...") may link
    a name made of its first words that runs on past the act's ("<Act> Awakens"), the name
    of that one headline."""
    words = entity.name.split()
    if entity.articles > 1:
        return entity
    for size in range(len(words) - 1, 1, -1):
        head = kb.names.exact(" ".join(words[:size]))
        if head is not None and head.articles > entity.articles:
            return head
    return entity


def _inside_longer(linking: Linking, found: Link, owned: frozenset[str]) -> bool:
    """Whether the message writes a word beside a linked name capitalised, as it writes the
    names it links (`Linking.capitalised`): the name is then part of a longer one, unless
    the name is written as owning what follows ("<Name>'s <Record>")."""
    capitalised = linking.capitalised or frozenset()
    tokens = linking.tokens
    before = tokens[found.start - 1 : found.start]
    after = () if tokens[found.end - 1] in owned else tokens[found.end : found.end + 1]
    return not capitalised.isdisjoint(before + after)
