"""Known names in memory: exact alias lookup and fuzzy matching with rapidfuzz.

Loaded once per knowledge base (a few tens of thousands of short strings), so that resolving
the names in a question costs dictionary lookups, with rapidfuzz only when nothing matches
exactly.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import fuzz, process

from knowledge.text import norm

PREFIX_SCAN = 500


@dataclass(frozen=True)
class Entity:
    """A known name: its id, canonical spelling, kind and how many articles mention it."""

    id: int
    name: str
    kind: str
    articles: int
    abbreviation: bool = False


class NameIndex:
    """Every alias of every entity, each pointing at its most-mentioned owner."""

    def __init__(self, rows: list[tuple[str, int, str, str, int, str]]) -> None:
        self._by_alias: dict[str, Entity] = {}
        for alias, entity_id, name, kind, articles, origin in rows:
            current = self._by_alias.get(alias)
            if current is None or articles > current.articles:
                abbreviation = origin == "initials"
                self._by_alias[alias] = Entity(entity_id, name, kind, articles, abbreviation)
        self._aliases = list(self._by_alias)
        self.starts = {alias.split()[0] for alias in self._aliases if alias}
        self.words = {word for alias in self._aliases for word in alias.split()}
        self._sorted = sorted(self._aliases)
        self._entities = sorted(
            {e.id: e for e in self._by_alias.values()}.values(), key=lambda e: -e.articles
        )

    def __len__(self) -> int:
        return len(self._entities)

    def has_alias(self, key: str) -> bool:
        """Whether an already-normalised key is some entity's alias."""
        return key in self._by_alias

    def exact(self, text: str) -> Entity | None:
        """The entity whose alias is exactly `text` once normalised."""
        return self._by_alias.get(norm(text))

    def fuzzy(self, text: str, cutoff: float) -> tuple[Entity, float] | None:
        """The closest alias to `text` scoring at least `cutoff` (0-100), typos allowed."""
        key = norm(text)
        if len(key) < 4:
            return None
        hit = process.extractOne(key, self._aliases, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None:
            return None
        return self._by_alias[hit[0]], float(hit[1])

    def complete(self, text: str, limit: int = 25) -> list[Entity]:
        """Names for autocomplete: prefix matches first, then fuzzy ones, popular first."""
        key = norm(text)
        if not key:
            return self._entities[:limit]
        start = bisect_left(self._sorted, key)
        chosen: dict[int, Entity] = {}
        for alias in islice(self._sorted, start, None):
            if not alias.startswith(key) or len(chosen) >= PREFIX_SCAN:
                break
            entity = self._by_alias[alias]
            chosen.setdefault(entity.id, entity)
        ranked = sorted(chosen.values(), key=lambda e: -e.articles)[:limit]
        if len(ranked) < limit:
            hits = process.extract(
                key, self._aliases, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=70
            )
            for alias, _score, _index in hits:
                entity = self._by_alias[alias]
                if entity.id not in {e.id for e in ranked}:
                    ranked.append(entity)
                if len(ranked) >= limit:
                    break
        return ranked
