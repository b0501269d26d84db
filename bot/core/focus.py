"""What a chatty message asks: its asking sentences, and the name its story gives them.

People tell a story around a question ("Saw <Band> open a show years ago, loved them. What have
they been up to?", "Is <Band> touring? Asking for my roommate."). The story's words are neither
what is asked nor a name the knowledge base must know, yet they read as both: they pull the
ranking to articles that share them ("road trip", "high school") and form runs that a decline
names ("my roommate"). A message of several sentences is therefore answered from the sentences
that ask, and, when those name nothing surely ("they", "her"), from the names the story gives.
"""

from __future__ import annotations

import re

from bot.core.names import SURE_LINK, link
from knowledge.store import KnowledgeBase
from knowledge.text import norm

# Sentences end at a full stop, "!" or "?" before a space, but not a full stop after an
# initial ("t.v. <word>"), and at a dash between words.
_SENTENCES = re.compile(r"(?<![\s.]\w\.)(?<=[.!?])\s+|\s+[-–—]+\s+")
# How a sentence that asks opens, when it does not end with a question mark.
_ASKING = re.compile(
    r"(?:what|who|when|where|why|how|which|is|are|did|does|do|has|have|will|can|could|any"
    r"|anything)(?:['’]?s)?\b",
    re.IGNORECASE,
)
# Fewer words than this are no story but part of the question ("(2022)", "Thanks!").
STORY_WORDS = 3
# Words written capitalised one after another, through the small words names hold.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’]*(?:\s+(?:(?:of|the|and|&)\s+)?[A-Z][\w'’]*)*")


def asking(sentence: str) -> bool:
    return sentence.endswith("?") or _ASKING.match(sentence) is not None


def focused(kb: KnowledgeBase, text: str) -> str:
    """The message as the question it asks: unchanged unless it has sentences that ask and
    sentences that tell a story. Then the asking ones, if they link a name surely; otherwise
    the names the story surely links, then the asking ones. Where the story links nothing
    surely, writes a name no article spells ("a band called <Word> <Word>"), or writes a
    linked name inside a longer capitalised one ("The <Word> <Name> played my friend's
    wedding"), the whole message is the question: its story may hold the unknown name asked
    about."""
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    asks = [asking(s) or len(s.split()) < STORY_WORDS for s in sentences]
    if all(asks) or not any(asks):
        return text
    asked = " ".join(s for s, a in zip(sentences, asks, strict=True) if a)
    if any(found.weight >= SURE_LINK for found in link(kb, asked).links):
        return asked
    story = [s for s, a in zip(sentences, asks, strict=True) if not a]
    told = link(kb, " ".join(story))
    sure = [f for f in told.links if f.weight >= SURE_LINK]
    longer = _capitalised_runs(kb, story)
    if (
        not sure
        or told.written
        or any(
            len(run) > f.end - f.start
            and f" {' '.join(told.tokens[f.start : f.end])} " in f" {' '.join(run)} "
            for f in sure
            for run in longer
        )
    ):
        return text
    return f"{', '.join(dict.fromkeys(f.entity.name for f in sure))}: {asked}"


def _capitalised_runs(kb: KnowledgeBase, sentences: list[str]) -> list[list[str]]:
    """The runs of capitalised words in the sentences, normalised, without a first word that
    capitalises an ordinary word only because it opens the sentence ("Saw", "The")."""
    runs: list[list[str]] = []
    for sentence in sentences:
        for match in _CAPITALISED_RUN.finditer(sentence):
            words = [norm(word) for word in match[0].split()]
            if match.start() == 0 and words and kb.lowercase_uses(words[0]):
                words = words[1:]
            runs.append(words)
    return runs
