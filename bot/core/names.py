"""Who or what a question is about: known names first, typos next, then the text itself.

A name is "known" when it is an entity or alias (exactly or within a typo), or when the
articles spell it as a proper name. Anything else is reported as unknown rather than guessed,
so a question about an artist the news never covered gets "nothing found", not a random story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.names import Entity
from knowledge.store import KnowledgeBase
from knowledge.text import fts_phrase, name_words, norm, plain, words_pattern
from knowledge.vocabulary import INTENT_WORDS, NOT_NAMES, STOPWORDS

MAX_GRAM = 6
ORDINARY_USES = 3
PROSE_SAMPLE = 20
WIDER = 4
_POSSESSIVE = re.compile(r"['’]s\b")
_CONNECTORS = frozenset({"and", "of", "the", "&"})
_SKIP = STOPWORDS | INTENT_WORDS


@dataclass(frozen=True)
class Subject:
    """The resolved name: display form, FTS phrase, and the entity when there is one."""

    name: str
    phrase: str
    entity: Entity | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return name_words(self.name)

    @property
    def widen(self) -> int:
        """How many more candidates to fetch than usual: a name like "The National" is looked
        up as "national", and most articles with that word are about something else."""
        return WIDER if len(self.tokens) > len(self.phrase.split()) else 1


@dataclass(frozen=True)
class Resolution:
    """The subjects found, in order of appearance, or the name that was not found."""

    subjects: tuple[Subject, ...]
    unknown: str | None = None
    suggestions: tuple[str, ...] = ()

    @property
    def main(self) -> Subject | None:
        return self.subjects[0] if self.subjects else None


def tokens_of(text: str) -> list[str]:
    """The question's words as names are compared: possessives dropped, dots joined."""
    return norm(_POSSESSIVE.sub("", text)).split()


def content_spans(tokens: list[str]) -> list[str]:
    """Runs of words that could be a name: not stop or intent words, "and"/"of" inside."""
    spans: list[list[str]] = []
    current: list[str] = []
    for token in [*tokens, ""]:
        if token and (token not in _SKIP or (current and token in _CONNECTORS)):
            current.append(token)
            continue
        while current and current[-1] in _CONNECTORS:
            current.pop()
        if current:
            spans.append(current)
        current = []
    return [" ".join(s) for s in sorted(spans, key=len, reverse=True)]


def _entity_subject(entity: Entity) -> Subject:
    return Subject(entity.name, fts_phrase(entity.name), entity)


def ordinary_word(kb: KnowledgeBase, word: str) -> bool:
    """A word the articles use in lowercase, i.e. a plain word rather than part of a name."""
    return any(c.isdigit() for c in word) or kb.lowercase_uses(word) > ORDINARY_USES


def _plain_word(kb: KnowledgeBase, word: str) -> bool:
    """A word the articles use in lowercase at least once, or a number."""
    return any(c.isdigit() for c in word) or kb.lowercase_uses(word) > 0


def _ordinary_name(kb: KnowledgeBase, word: str, entity: Entity) -> bool:
    """A one-word name that is mostly a plain word ("drummer", "won"), or an abbreviation
    that is a word ("hot")."""
    uses = kb.lowercase_uses(word)
    return uses > (ORDINARY_USES if entity.abbreviation else max(ORDINARY_USES, entity.articles))


def _names_more(kb: KnowledgeBase, gram: list[str], before: list[str], after: list[str]) -> bool:
    """Whether the question names something longer than `gram` that the news never mentions.

    "jane dough band" must not become "Jane", nor "red red cup" "Cup": a rare word next to
    a known name extends it, and unless the articles have the two together, the longer name
    is unknown. A possessive between them counts as together ("SNFU's Chi Pig").
    """
    for word, joined in ((after[:1], [*gram, *after[:1]]), (before[-1:], [*before[-1:], *gram])):
        if not word or word[0] in _SKIP or ordinary_word(kb, word[0]):
            continue
        split = [*joined[:-1], "s", joined[-1]]
        if not kb.mentions(f"{fts_phrase(' '.join(joined))} OR {fts_phrase(' '.join(split))}"):
            return True
    return False


def _exact(kb: KnowledgeBase, tokens: list[str]) -> list[tuple[Subject, int]]:
    """Known names in the question, longest first at each place, with their word counts."""
    found: list[tuple[Subject, int]] = []
    start = 0
    while start < len(tokens):
        for size in range(min(MAX_GRAM, len(tokens) - start), 0, -1):
            gram = tokens[start : start + size]
            if all(t in _SKIP for t in gram) or (size == 1 and gram[0] in NOT_NAMES):
                continue
            entity = kb.names.exact(" ".join(gram))
            if entity is None or (size == 1 and _ordinary_name(kb, gram[0], entity)):
                continue
            if _names_more(kb, gram, tokens[:start], tokens[start + size :]):
                start += size
                break
            if all(s.entity is None or s.entity.id != entity.id for s, _ in found):
                found.append((_entity_subject(entity), size))
            start += size
            break
        else:
            start += 1
    return found


def _cutoff(text: str) -> float:
    return 88.0 if len(text) >= 8 else 92.0


def _fuzzy(kb: KnowledgeBase, spans: list[str], longer_than: int = 0) -> Subject | None:
    """The closest known name to a span of more than `longer_than` words, typos allowed."""
    for span in spans:
        if len(span.split()) <= longer_than:
            continue
        hit = kb.names.fuzzy(span, _cutoff(span))
        if hit is not None:
            return _entity_subject(hit[0])
    return None


def _sub_spans(kb: KnowledgeBase, spans: list[str]) -> list[str]:
    """Runs of words inside the spans, longest first, and their singular forms, that leave
    out only context: plain words, or words the articles use near the rest.

    "2024 juno shortlist" may be looked for as "juno", but "jane dough band" never as
    "jane": dropping a name the news never puts beside "sam" would turn an unknown name into
    a different, known one. "arcade fires" is also tried as "arcade fire".
    """
    found: dict[str, None] = {}
    for span in spans:
        words = span.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                kept = " ".join(words[start : start + size])
                dropped = words[:start] + words[start + size :]
                if all(_context_word(kb, kept, w) for w in dropped):
                    found.setdefault(kept)
    singular = [re.sub(r"(?<=\w\w\w)s$", "", span) for span in found if " " in span]
    ordered = sorted(found, key=lambda s: -len(s.split()))
    return ordered + [s for s in singular if s not in found]


def _context_word(kb: KnowledgeBase, kept: str, word: str) -> bool:
    if _plain_word(kb, word):
        return True
    return kb.mentions(f"NEAR({fts_phrase(kept)} {fts_phrase(word)}, 4)")


def _part_of_longer_name(word: str, leading: bool) -> bool:
    """Whether a neighbouring word continues a name: capitalised, and before it not a
    possessive or a word that starts headlines ("Watch", "The")."""
    word = word.strip("\"'“”‘’()[],;.")
    if not (word[:1].isupper() and word[-1:].isalpha()):
        return False
    return not leading or (not word.endswith(("'s", "s'")) and word.lower() not in NOT_NAMES)


def named_alone(text: str, tokens: Sequence[str], in_prose: bool = False) -> bool:
    """Whether the text names exactly these words, not as part of a longer name.

    "Kelly Rowan" and "Cheap Heat" do not name Rowan or Heat. With `in_prose`, the words
    must also be capitalised in mid-sentence, which tells a name from a plain word in text
    (headlines capitalise every word, and so does a sentence's start).
    """
    if not tokens:
        return False
    original = plain(text)
    for match in words_pattern(tuple(tokens)).finditer(original):
        before = original[: match.start()].rstrip(" ")
        after = original[match.end() :].lstrip(" ")
        previous = before.rsplit(" ", 1)[-1] if before else ""
        following = after.split(" ", 1)[0] if after else ""
        if _part_of_longer_name(previous, leading=True) or (
            in_prose and _part_of_longer_name(following, leading=False)
        ):
            continue
        if not in_prose:
            return True
        capitalised = all(
            w[:1].isupper() or w[:1].isdigit() for w in re.findall(r"\w+", match.group(0))
        )
        if capitalised and before and before[-1] not in '.!?:"“\n':
            return True
    return False


def _in_text(kb: KnowledgeBase, spans: list[str]) -> Subject | None:
    """A span the articles spell as a proper name, though no entity was made for it."""
    for span in spans:
        phrase = fts_phrase(span)
        if len(span) < 3 or not phrase or all(ordinary_word(kb, w) for w in span.split()):
            continue
        tokens = span.split()
        for sentence in kb.sentences_matching(phrase, PROSE_SAMPLE):
            if named_alone(sentence.text, tokens, in_prose=True):
                return Subject(span.title(), phrase)
    return None


def resolve(kb: KnowledgeBase, text: str) -> Resolution:
    """Find the subjects of a question, or say which name is unknown and what is close."""
    tokens = tokens_of(text)
    spans = content_spans(tokens)
    found = _exact(kb, tokens)
    if found:
        widest = max(size for _, size in found)
        wider = _fuzzy(kb, spans, longer_than=widest)
        subjects = [s for s, _ in found]
        if wider is not None and all(wider.name != s.name for s in subjects):
            subjects.insert(0, wider)
        return Resolution(tuple(subjects))
    fallback = _fuzzy(kb, spans) or _in_text(kb, _sub_spans(kb, spans))
    if fallback is not None:
        return Resolution((fallback,))
    if not spans:
        return Resolution(())
    asked = _asked_name(kb, tokens)
    close = kb.names.fuzzy(asked, 75.0)
    suggestions = (close[0].name,) if close else ()
    return Resolution((), unknown=asked.title(), suggestions=suggestions)


def _asked_name(kb: KnowledgeBase, tokens: list[str]) -> str:
    """The words most likely meant as a name: between intent words, rare words preferred."""
    windows: list[list[str]] = [[]]
    for token in tokens:
        if token in INTENT_WORDS:
            windows.append([])
        else:
            windows[-1].append(token)
    cleaned: list[list[str]] = []
    for window in windows:
        while window and window[0] in STOPWORDS:
            window = window[1:]
        while window and window[-1] in STOPWORDS:
            window = window[:-1]
        if window:
            cleaned.append(window)
    if not cleaned:
        return " ".join(tokens)
    rare = [w for w in cleaned if not all(ordinary_word(kb, t) for t in w)]
    longest = max(rare or cleaned, key=len)
    return " ".join(longest)
