"""Full-text search whose cost does not grow with the knowledge base.

FTS5 ranks with bm25, and bm25 reads every posting of every phrase in a query (it counts the
rows holding each phrase, for its idf) and scores every matching row before any LIMIT applies:
a question with "new" or "announce" in it costs time in proportion to the corpus. So each
phrase is first probed for whether more than `WINDOW` rows hold it, which reads at most that
many postings, and remembered until the next write (with the rows read, which are all a
common word read on its own needs). A query of rare phrases runs as it is, with
the rows, scores and order of FTS5 alone. A common phrase is never handed to bm25: on its own
(an alternative of the query) it matches among the newest `WINDOW` rows that hold it, each of
which gets the weight bm25 would give it, estimated from how far back those rows reach; as a
condition beside rarer phrases (a fact kind, say) FTS5 applies it over the rows they bound.
The rare phrases' scores are bm25's own.

A tag column (a sentence's fact kinds) is not searched through FTS5 beside a phrase that
bounds the read: a tag on a third of the rows has a posting list FTS5 seeks once per row of
the phrase, which cost more than the rest of a long question's search. The tags of those
rows are read from the content table instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import sub
from typing import Any, NamedTuple

from cachetools import LRUCache

WINDOW = 192
"""The most rows read for any one phrase, and so the most any one phrase costs."""
WINDOWS_REMEMBERED = 4096
"""Words whose rows as probed (at most `WINDOW`, under 8 KB) are kept until the next write:
ordinary words ("tour", "new", "album") and popular names come back question after question."""

Query = Callable[[str, Iterable[Any]], list[tuple[Any, ...]]]

_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*")|([():])|([^\s"():]+))')
_K1 = 1.2
_WORD = re.compile(r"[^\W_]+")


class Unsupported(ValueError):
    """A query shape the bounded plan does not handle (NOT, NEAR, prefixes): run as it is."""


@dataclass(frozen=True)
class Leaf:
    """One phrase, with the column it is restricted to, as FTS5 query text."""

    text: str
    column: str | None

    @property
    def terms(self) -> list[str]:
        """The words of the phrase."""
        return _WORD.findall(self.text.split(" : ", 1)[-1].strip('"').replace('""', '"'))

    @property
    def words(self) -> list[str]:
        """Each word of the phrase as a query of its own, with the same column filter: every
        row the phrase matches holds each of them."""
        prefix = f"{self.column} : " if self.column else ""
        return [f'{prefix}"{word}"' for word in self.terms]


@dataclass(frozen=True)
class Group:
    op: str
    children: tuple[Node, ...]

    @property
    def text(self) -> str:
        return "(" + f" {self.op} ".join(child.text for child in self.children) + ")"


Node = Leaf | Group


def _tokens(match: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    while position < len(match):
        found = _TOKEN.match(match, position)
        if found is None or found.end() == position:
            if match[position:].strip():
                raise Unsupported(match)
            break
        tokens.append(next(group for group in found.groups() if group is not None))
        position = found.end()
    return tokens


class _Parser:
    """FTS5's query grammar without NOT, NEAR, prefixes and column sets: phrases, barewords,
    `column :` filters, AND (also implied), OR and parentheses."""

    def __init__(self, match: str) -> None:
        self.tokens = _tokens(match)
        self.at = 0

    def peek(self, ahead: int = 0) -> str | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise Unsupported("unexpected end")
        self.at += 1
        return token

    def parse(self) -> Node:
        node = self.either(None)
        if self.peek() is not None:
            raise Unsupported(f"unexpected {self.peek()}")
        return node

    def either(self, column: str | None) -> Node:
        parts = [self.both(column)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.both(column))
        return parts[0] if len(parts) == 1 else Group("OR", tuple(parts))

    def both(self, column: str | None) -> Node:
        parts = [self.one(column)]
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
            parts.append(self.one(column))
        return parts[0] if len(parts) == 1 else Group("AND", tuple(parts))

    def one(self, column: str | None) -> Node:
        token = self.take()
        if token in ("NOT", "NEAR", "AND", "OR", ")", ":") or token.startswith(("*", "^", "{")):
            raise Unsupported(token)
        if self.peek() == ":":
            if column is not None or not token.isidentifier():
                raise Unsupported(f"column filter {token}")
            self.take()
            return self.one(token)
        if token == "(":
            node = self.either(column)
            if self.take() != ")":
                raise Unsupported("unbalanced parentheses")
            return node
        if self.peek() == "*" or not (token.startswith('"') or token.isalnum()):
            raise Unsupported(token)
        return Leaf(f"{column} : {token}" if column else token, column)


@lru_cache(maxsize=4096)
def parse(match: str) -> Node:
    """The query as a tree of phrases, or `Unsupported`; remembered, as questions repeat."""
    return _Parser(match).parse()


def _leaves(node: Node) -> list[Leaf]:
    if isinstance(node, Leaf):
        return [node]
    return [leaf for child in node.children for leaf in _leaves(child)]


def _lowest(node: Node, bounds: dict[Leaf, int | None]) -> int:
    """Row ids above this hold at most `WINDOW` rows of each phrase that bounds the node:
    every alternative of an OR, any one condition of an AND."""
    if isinstance(node, Leaf):
        return bounds[node] or 0
    lows = [_lowest(child, bounds) for child in node.children]
    return max(lows) if node.op == "OR" else min(lows)


def _alternatives(tree: Node) -> list[Node]:
    """The query as alternatives, each read over its own range: those of a top-level OR, or
    of the first OR an AND holds, each with the AND's other conditions (a rare name among
    common ones is then read whole)."""
    if isinstance(tree, Leaf):
        return [tree]
    if tree.op == "OR":
        return list(tree.children)
    for index, child in enumerate(tree.children):
        if isinstance(child, Group) and child.op == "OR":
            rest = tree.children[:index] + tree.children[index + 1 :]
            return [Group("AND", (option, *rest)) for option in child.children]
    return [tree]


class Read(NamedTuple):
    """FTS5 query text, the lowest row id read, and tags of which a row must hold one (none:
    no condition). Tags are (column, word) pairs of a tag column."""

    text: str
    lowest: int
    tags: tuple[tuple[str, str], ...] = ()


def _tagged(
    table: Table, parts: list[tuple[Node, int]], bounds: dict[Leaf, int | None]
) -> list[Read]:
    """Reads whose rows together are the parts' rows. An AND that asks for one of some tags
    beside other conditions that alone bound the read (they hold at most `WINDOW` rows above
    its lowest row id) reads the rows of those conditions and keeps those holding a tag, and
    reads the conditions with the OR's other alternatives through FTS5 as before; the tag
    reads of the same conditions are merged."""
    reads: list[Read] = []
    tagged: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for part, lowest in parts:
        split = _tag_split(table, part)
        if split is None:
            reads.append(Read(part.text, lowest))
            continue
        rest, tags, others = split
        if _lowest(rest, bounds) != lowest:
            reads.append(Read(part.text, lowest))
            continue
        tagged.setdefault((rest.text, lowest), []).extend(tags)
        if others:
            either = others[0] if len(others) == 1 else Group("OR", others)
            reads.append(Read(Group("AND", (rest, either)).text, lowest))
    reads += [
        Read(text, lowest, tuple(dict.fromkeys(tags))) for (text, lowest), tags in tagged.items()
    ]
    return reads


def _tag_split(
    table: Table, part: Node
) -> tuple[Node, list[tuple[str, str]], tuple[Node, ...]] | None:
    """An AND of conditions and one tag, or one OR holding tags, as (the other conditions, the
    tags, the OR's other alternatives); None for any other shape."""
    if not isinstance(part, Group) or part.op != "AND":
        return None
    for index, child in enumerate(part.children):
        options = child.children if isinstance(child, Group) and child.op == "OR" else (child,)
        tags = [table.tag(option) for option in options]
        if not any(tags):
            continue
        kept = part.children[:index] + part.children[index + 1 :]
        rest = kept[0] if len(kept) == 1 else Group("AND", kept)
        others = tuple(option for option, tag in zip(options, tags, strict=True) if tag is None)
        return rest, [tag for tag in tags if tag is not None], others
    return None


@dataclass(frozen=True)
class Table:
    """An FTS5 table, the table holding its content (whose integer key is its rowid), the
    bm25 weight of each of its columns, in column order, and its tag columns: columns whose
    content is lowercase words separated by single spaces, which a row is checked for in the
    content table (see the module's docstring)."""

    name: str
    content: str
    weights: tuple[tuple[str, float], ...]
    tags: frozenset[str] = frozenset()

    @property
    def bm25(self) -> str:
        return f"bm25({self.name}, {', '.join(str(w) for _, w in self.weights)})"

    def tag(self, node: Node) -> tuple[str, str] | None:
        """(column, word) when the node is one word of a tag column."""
        if not isinstance(node, Leaf) or node.column not in self.tags:
            return None
        terms = node.terms
        return (node.column, terms[0].lower()) if len(terms) == 1 else None

    def weight(self, leaf: Leaf) -> float:
        """The column weight a match of `leaf` carries, as if it occurred once in each column
        it may occur in."""
        return sum(w for column, w in self.weights if leaf.column in (None, column))


class Search:
    """Bounded bm25 searches over one knowledge base; `forget` after every write."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self._bounds: dict[tuple[str, str], int | None] = {}
        self._windows: LRUCache[tuple[str, str], tuple[int, ...]] = LRUCache(WINDOWS_REMEMBERED)
        self._span: dict[str, tuple[int, int]] = {}

    def forget(self) -> None:
        self._bounds.clear()
        self._windows.clear()
        self._span.clear()

    def hits(self, table: Table, match: str, limit: int) -> list[tuple[int, float]]:
        """Row ids matching `match`, best first by bm25 (lower is better), at most `limit`."""
        try:
            tree = parse(match)
        except Unsupported:
            return self._exact(table, match, limit)
        leaves = list(dict.fromkeys(_leaves(tree)))
        bounds = {leaf: self._bound(table, leaf) for leaf in leaves}
        if all(bound is None for bound in bounds.values()):
            return self._exact(table, match, limit)
        weighted = [leaf for leaf in leaves if table.weight(leaf) > 0]
        rare = " OR ".join(leaf.text for leaf in weighted if bounds[leaf] is None)
        common = [leaf for leaf in weighted if bounds[leaf] is not None]
        parts = _tagged(
            table, [(part, _lowest(part, bounds)) for part in _alternatives(tree)], bounds
        )
        holding = {leaf: [Read(leaf.text, bounds[leaf] or 0)] for leaf in common}
        if rare:
            for leaf in common:
                holding[leaf].append(Read(f"({rare}) AND {leaf.text}", 0))
        read, scores = self._read(
            table, [*parts, *(r for reads in holding.values() for r in reads)], rare
        )
        found: set[int] = set().union(*(read[part] for part in parts))
        for leaf in common:
            share = self._estimate(table, leaf, bounds[leaf] or 0)
            held = list(found & set().union(*(read[r] for r in holding[leaf])))
            less = map(sub, map(scores.get, held, repeat(0.0)), repeat(share))
            scores.update(zip(held, less, strict=True))
        # Hundreds of rows each time, most of them tied: ordered by row id, then by score
        # alone (a stable sort, so ties stay by row id), which sorts plain numbers.
        ids = sorted(found)
        values = list(map(scores.get, ids, repeat(0.0)))
        best = sorted(range(len(ids)), key=values.__getitem__)[:limit]
        return [(ids[i], values[i]) for i in best]

    def _read(
        self, table: Table, reads: list[Read], rare: str
    ) -> tuple[dict[Read, Collection[int]], dict[int, float]]:
        """The rows of every read, in one statement, and the bm25 score of each row the rare
        phrases match; a word's rows, when its probe read them, are not read again."""
        out: dict[Read, Collection[int]] = {}
        scores: dict[int, float] = {}
        todo: dict[Read, list[int]] = {}
        for read in dict.fromkeys(reads):
            window = None if read.tags else self._window(table, read)
            out[read] = todo.setdefault(read, []) if window is None else window
        name, content = table.name, table.content
        selects: list[str] = []
        params: list[Any] = []
        for i, read in enumerate(todo):
            params += [read.text, read.lowest]
            if not read.tags:
                selects.append(
                    f"SELECT {i}, rowid, 0.0 FROM {name} WHERE {name} MATCH ? AND rowid > ?"
                )
                continue
            held = " OR ".join(
                f"instr(' ' || {content}.{column} || ' ', ?) > 0" for column, _ in read.tags
            )
            selects.append(
                f"SELECT {i}, {name}.rowid, 0.0 FROM {name} "
                f"JOIN {content} ON {content}.rowid = {name}.rowid "
                f"WHERE {name} MATCH ? AND {name}.rowid > ? AND ({held})"
            )
            params += [f" {word} " for _, word in read.tags]
        if rare:
            selects.append(f"SELECT -1, rowid, {table.bm25} FROM {name} WHERE {name} MATCH ?")
            params.append(rare)
        if selects:
            lists = list(todo.values())
            for tag, rowid, score in self.query(" UNION ALL ".join(selects), params):
                if tag >= 0:
                    lists[tag].append(rowid)
                else:
                    scores[rowid] = score
        return out, scores

    def _window(self, table: Table, read: Read) -> tuple[int, ...] | None:
        """The rows of `read` when it is a word's newest `WINDOW` rows, or all the rows of a
        word fewer hold, and those are still remembered from its probe."""
        text, lowest, _ = read
        key = (table.name, text)
        if key not in self._bounds or (self._bounds[key] or 0) != lowest:
            return None
        return self._windows.get(key)

    def _exact(self, table: Table, match: str, limit: int) -> list[tuple[int, float]]:
        rows = self.query(
            f"SELECT rowid, {table.bm25} AS score FROM {table.name} WHERE {table.name} MATCH ? "
            "ORDER BY score LIMIT ?",
            [match, limit],
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    def _bound(self, table: Table, leaf: Leaf) -> int | None:
        """None when the phrase has a word at most `WINDOW` rows hold (it is then read
        whole); else the row id above which one of its words is held by `WINDOW` rows, so
        reading the phrase above it reads about that many."""
        bounds = [self._word_bound(table, word) for word in leaf.words]
        if not bounds or None in bounds:
            return None
        return min(bound for bound in bounds if bound is not None)

    def _word_bound(self, table: Table, word: str) -> int | None:
        """None when at most `WINDOW` rows hold the word; else the row id below the newest
        `WINDOW` of them. The rows read (all of a rare word's, a common word's newest) are kept
        for reading the word itself. The probe reads at most `WINDOW` + 1 postings."""
        key = (table.name, word)
        if key not in self._bounds:
            rows = self.query(
                f"SELECT rowid FROM {table.name} WHERE {table.name} MATCH ? "
                "ORDER BY rowid DESC LIMIT ?",
                [word, WINDOW + 1],
            )
            bound = int(rows[WINDOW][0]) if len(rows) > WINDOW else None
            self._windows[key] = tuple(int(r[0]) for r in rows[:WINDOW])
            self._bounds[key] = bound
        return self._bounds[key]

    def _estimate(self, table: Table, leaf: Leaf, bound: int) -> float:
        """bm25's share for one occurrence of a common phrase in a row of average length, its
        idf from how many rows hold it: `WINDOW` of them in the ids above `bound`, as densely
        below."""
        low, high = self._ids(table)
        total = max(high - low + 1, 1)
        holding = min(total, WINDOW * total / max(high - bound, 1))
        idf = math.log((total - holding + 0.5) / (holding + 0.5))
        weight = table.weight(leaf)
        return max(idf, 1e-6) * weight * (_K1 + 1) / (weight + _K1)

    def _ids(self, table: Table) -> tuple[int, int]:
        if table.name not in self._span:
            row = self.query(
                f"SELECT (SELECT min(rowid) FROM {table.content}), "
                f"(SELECT max(rowid) FROM {table.content})",
                [],
            )[0]
            self._span[table.name] = (int(row[0] or 0), int(row[1] or 0))
        return self._span[table.name]
