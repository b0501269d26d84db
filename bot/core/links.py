"""What linking yields: a question's words linked to known names, and the words around them.

The parts of linking (`fuzzy`, `casing`, `context`) make and read links, and every reader of a
question (focus, ranking, declining, the reply) reads one `Linking`: the types stand below all
of them, apart from how linking puts the parts together (`bot.core.names.link`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from knowledge.everyday import foreign
from knowledge.names import Entity
from knowledge.vocabulary import FUNCTION_WORDS

# Links at least this sure name something: their words ask nothing, and an article naming
# them in its headline is about them.
SURE_LINK = 0.9
# Words between a person and the band they are of ("<Person> from the <Band>").
OF_BAND = frozenset({"from", "of"})


@dataclass(frozen=True)
class Link:
    """A span of the question linked to an entity, with how sure the link is (0-1)."""

    start: int
    end: int
    entity: Entity
    weight: float
    exact: bool


@dataclass(frozen=True)
class Linking:
    """A question's tokens (typos in question words corrected), the names found in them, the
    unlinked runs of words that may name what is asked about, the leftover content words
    that say what about the names is asked, and the unlinked word pairs, which may spell a
    name known only from article bodies ("new harbour", where "new" alone is a news word)."""

    tokens: tuple[str, ...]
    links: tuple[Link, ...]
    subjects: tuple[str, ...]
    leftover: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...] = ()
    typed: tuple[str, ...] = ()
    """The tokens as typed, before typo correction."""
    capitalised: frozenset[str] | None = None
    """The words the message writes capitalised, when its writer capitalises names
    (`casing.capitalised`); None when it tells nothing."""
    described: frozenset[str] = frozenset()
    """The words that describe an act the question has named (`context.describing`)."""
    written: tuple[str, ...] = ()
    """Runs of words the message writes as a name (`casing.written_names`) that no sure link
    touches: an unknown name, unless some article spells it."""
    unwritten: frozenset[str] = frozenset()
    """Unlinked words no article writes (`spelling.never_written`), when `capitalised` is known."""
    owning: frozenset[int] = frozenset()
    """The tokens written as a possessive ("<Name>'s"): a name ends there."""
    breaks: frozenset[int] = frozenset()
    """Where the question's clauses meet (`tokens.clause_breaks`): no name runs on there."""
    abroad: bool = False
    """Whether the message is written, or half written, in another language: one Roadie
    reads (`intents.written_in`), or as many of another's everyday words as
    `names.FOREIGN_WORDS_READ`."""
    ruled_out: tuple[str, ...] = ()
    """What the question tells apart from what it asks about ("<act> - not the <other act>",
    "not the <singer>'s album"), as normalised words: news whose headline holds them all is
    what the writer does not mean."""

    @cached_property
    def named_runs(self) -> tuple[str, ...]:
        """The subjects that may be names as typed: all of them, unless the message
        capitalises names and writes a run's words only in lowercase ("sorry for the long
        message, is <Name> touring"). Such a run is still searched for what it says, but is no
        evidence that the question names something unknown (`decline_evidence`)."""
        return tuple(run for run in self.subjects if self._may_name(run.split()))

    @cached_property
    def named_pairs(self) -> tuple[tuple[str, str], ...]:
        """The unlinked word pairs that may be names as typed (as `named_runs`)."""
        return tuple(pair for pair in self.pairs if self._may_name(pair))

    def _may_name(self, words: Sequence[str]) -> bool:
        """A word no article writes may name an act styled in lowercase ("did <lowercase
        act> sign to <Label>?"): chat is made of words the articles write, and of everyday
        words of the other languages fans mix in (`chat_abroad`)."""
        # A small word the message capitalises inside a name ("<Word> To <Word>") says
        # nothing of the same word in the writer's own words.
        capitals = self._capitals([w for w in words if w not in FUNCTION_WORDS] or words)
        unwritten = self.unwritten.intersection(words)
        return capitals is None or any(capitals) or not all(map(self.chat_abroad, unwritten))

    def band_of_someone(self, at: int) -> bool:
        """Whether the words from token `at` name someone's band, right after a sure link to
        them ("<Person> from the <Band>", "<Person> of <Band>"): who they are, not another
        name asked about."""
        before = at - 1 if at and self.tokens[at - 1] == "the" else at
        return (
            before > 0
            and self.tokens[before - 1] in OF_BAND
            and any(f.end == before - 1 and f.weight >= SURE_LINK for f in self.links)
        )

    def chat_abroad(self, word: str) -> bool:
        """Whether a word is an everyday word of another language, in a message written in it,
        that the message does not write capitalised: chat no English article need write
        ("<act> news? alguien sabe"), not a name the knowledge base lacks. In an English
        message such a word is a name's ("<Vertraulich>, the <city> duo")."""
        return self.abroad and foreign(word) and word not in (self.capitalised or ())

    def written_as_name(self, words: Sequence[str]) -> bool:
        """Whether the message writes two or more words all capitalised, as it writes the
        names it links: its writer marks names so ("Did <Label> put anything out by
        <Unknown Band>?")."""
        capitals = self._capitals(words)
        return capitals is not None and len(capitals) > 1 and all(capitals)

    def _capitals(self, words: Sequence[str]) -> list[bool] | None:
        """Whether the message writes each word, as typed, capitalised; None when it does
        not show that it capitalises names (`capitalised`)."""
        typed = self.capitalised
        if typed is None:
            return None
        return [word in typed for word in self.as_typed(" ".join(words)).split()]

    def as_typed(self, words: str) -> str:
        """Words of the question as the user typed them: a reply that names what it did not
        find must echo the name asked about, not the spelling a typo was corrected to."""
        back = {t: r for t, r in zip(self.tokens, self.typed, strict=False) if t != r}
        return " ".join(back.get(w, w) for w in words.split())

    @property
    def entities(self) -> list[Entity]:
        return [link.entity for link in self.links]
