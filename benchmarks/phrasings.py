"""How the questions fans ask most often fare in the many ways they are phrased: is an
artist touring, is their new album out, what is their new song, when did they die. For each
kind of news the artists are picked from the knowledge base (those with the most headlines
of that kind, none named in the development questions), so no answer here was tuned on; the
right answer is the newest headline of the kind asked that names the artist (any, for a
death), on the fixed date the development sets are asked on. Every phrasing is also asked
about invented names, which should be declined: ten written by hand, and twelve made from
known names with a word added or put in place of "The" (`sharing_names`).

    python -m benchmarks.phrasings [--artists 12] [--show-misses]
"""

from __future__ import annotations

import argparse

from benchmarks.corpus import questions, real_kb
from benchmarks.quality import NOW, SETS
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.facts import ANNOUNCED, speaks_of
from knowledge.store import KnowledgeBase
from knowledge.text import fold

PHRASINGS: dict[str, tuple[str, ...]] = {
    "tour": (
        "did {a} announce a tour",
        "is {a} touring",
        "{a} tour dates",
        "is {a} going on tour",
        "{a} tour?",
        "any {a} tour news",
        "will {a} tour this year",
        "{a} concerts announced?",
        "has {a} got a tour coming up",
        "{a} upcoming shows",
    ),
    "album": (
        "did {a} announce a new album",
        "when's the new {a} album out",
        "{a} new album release date",
        "is there a new {a} album",
        "{a} album out yet?",
        "new {a} record when",
        "is {a} putting out an album",
        "any news on a new {a} album",
        "{a} next album",
    ),
    "single": (
        "{a} new song",
        "{a} latest single",
        "did {a} drop a new song",
        "new {a} single?",
        "whats the newest {a} track",
        "has {a} released any new songs",
    ),
    "festival": (
        "{a} lineup",
        "who is playing {a}",
        "{a} headliners?",
        "has {a} announced its lineup",
        "any {a} news",
    ),
    "film": (
        "is there a {a} documentary",
        "{a} movie",
        "{a} film news",
        "{a} biopic?",
        "is a {a} film coming",
    ),
    "signing": (
        "what label is {a} on",
        "who did {a} sign with",
        "{a} record label",
        "has {a} signed to a label",
        "{a} new label?",
    ),
    "death": (
        "when did {a} die",
        "is {a} dead?",
        "{a} rip",
        "how did {a} die",
        "{a} cause of death",
        "what happened to {a}",
    ),
}


# Names no article holds, some made of ordinary words, some sharing a word with a known name:
# every phrasing about them should be declined.
INVENTED = (
    "Zorbly Quint",
    "Marrow Finch",
    "Copper Tigers",
    "Glass Orchard",
    "Velvet Harbour",
    "The Tin Gulls",
    "Lanterns of Brasswick",
    "Dana Okafor",
    "Kestrel Moon",
    "Paper Saints",
)


# Words that make an invented name out of a known one: a first name before a one-word name,
# a word after it, a word where the "The" of "The <Word>" stands.
FIRST_NAMES = ("Marisol", "Teodor", "Annika", "Rufus")
AFTER = ("Kettle", "Lanternfly", "Caravan", "Brigade")
INSTEAD_OF_THE = ("Velvet", "Copper", "Tinsel", "Silent")


def _asked() -> str:
    return " ".join(fold(str(item["question"])) for path in SETS for item in questions(path))


def sharing_names(kb: KnowledgeBase) -> list[str]:
    """Invented names that share a word with a known artist's name no development question
    names, those with the most headlines first: "<first name> <Name>", "<Name> <word>",
    "<word> <Word>" for "The <Word>". None is in the knowledge base; each should be declined."""
    asked = set(_asked().split())
    rows = kb.query(
        "SELECT e.name FROM announcements a JOIN entities e ON e.id = a.entity_id "
        "WHERE e.kind = 'artist' AND e.name NOT LIKE '% % %' GROUP BY e.id "
        "ORDER BY count(*) DESC, e.name"
    )
    names = [str(r[0]) for r in rows]
    single = [n for n in names if n.isalpha() and fold(n) not in asked]
    the = [
        n.split()[1]
        for n in names
        if n.startswith("The ") and n.split()[1].isalpha() and fold(n.split()[1]) not in asked
    ]
    count = len(FIRST_NAMES)
    return (
        [f"{first} {name}" for first, name in zip(FIRST_NAMES, single, strict=False)]
        + [f"{name} {word}" for word, name in zip(AFTER, single[count:], strict=False)]
        + [f"{word} {name}" for word, name in zip(INSTEAD_OF_THE, the, strict=False)]
    )


def artists(kb: KnowledgeBase, kind: str, count: int) -> list[str]:
    """The artists with the most headlines of `kind` up to the asking date that no
    development question names."""
    asked = _asked()
    rows = kb.query(
        "SELECT e.name FROM announcements a JOIN entities e ON e.id = a.entity_id "
        "WHERE e.kind = ? AND a.kind = ? AND a.date <= ? GROUP BY e.id "
        "ORDER BY count(*) DESC, e.name",
        ["festival" if kind == "festival" else "artist", kind, NOW.date().isoformat()],
    )
    names = [str(r[0]) for r in rows]
    return [n for n in names if fold(n) not in asked][:count]


def right_answers(kb: KnowledgeBase, name: str, kind: str, announced: bool = False) -> set[str]:
    """The headlines of `kind` naming the artist, as of the asking date: the newest of them,
    or any of them for a death, which happens once however many outlets report it. A
    headline of another kind that tells this one too counts ("<Name>’s Tour Film Hits
    Streaming"). Titles are folded as the name is, so a curly apostrophe in either still
    matches. Asked whether the artist `announced` it, the newest of those that say they
    announce it, where one does: a newer report of a show or a cancellation announces no
    tour."""
    rows = kb.query(
        "SELECT url, title, kind FROM articles WHERE kind IS NOT NULL AND date <= ? "
        "ORDER BY date DESC, id DESC",
        [NOW.date().isoformat()],
    )
    urls = [
        str(url)
        for url, title, stored in rows
        if fold(name) in fold(str(title)) and (stored == kind or speaks_of(str(title), kind))
    ]
    if announced:
        titles = {str(url): str(title) for url, title, _ in rows}
        urls = [url for url in urls if ANNOUNCED.search(titles[url])] or urls
    return set(urls if kind == "death" else urls[:1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--artists", type=int, default=12, help="how many artists to ask about")
    parser.add_argument("--show-misses", action="store_true", help="print each wrong answer")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.open(real_kb())
    print(f"{args.artists} artists a kind; right: the newest headline of the kind naming them")
    right = total = 0
    for kind, phrasings in PHRASINGS.items():
        picked = artists(kb, kind, args.artists)
        expected = {
            (name, announced): right_answers(kb, name, kind, announced)
            for name in picked
            for announced in (False, True)
        }
        for phrasing in phrasings:
            hits = 0
            announced = "announce" in phrasing
            for name in picked:
                reply = answer(Message(phrasing.format(a=name)), kb, now=NOW)
                hit = reply.url in expected[name, announced]
                hits += hit
                if args.show_misses and not hit:
                    got = reply.article.title if reply.article else reply.text
                    print(f"  miss {phrasing.format(a=name)!r}: {got[:80]!r}")
            print(f"{kind:<7}{hits:>3}/{len(picked):<3} {phrasing}")
            right, total = right + hits, total + len(picked)
    print(f"all {right}/{total} ({right / total:.1%})")
    for title, names in (
        ("invented names", INVENTED),
        ("invented names sharing a word with a known one", sharing_names(kb)),
    ):
        declined = asked = 0
        for phrasings in PHRASINGS.values():
            for phrasing in phrasings:
                for name in names:
                    reply = answer(Message(phrasing.format(a=name)), kb, now=NOW)
                    declined += reply.intent == "unknown"
                    asked += 1
                    if args.show_misses and reply.intent != "unknown":
                        print(f"  answered {phrasing.format(a=name)!r}: {reply.text[:80]!r}")
        print(f"{title} declined {declined}/{asked} ({declined / asked:.1%})")


if __name__ == "__main__":
    main()
