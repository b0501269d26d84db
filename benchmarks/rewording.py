"""How well answers survive rewording: both development sets asked as written, then each
question changed the way chat changes it (shouting, a greeting, emoji, politeness, no
apostrophes, and one typo in its longest word: two letters swapped, one dropped, one
doubled), answered with the shipped weights. A method fitted to the questions' wording
loses here what one that reads names and intents keeps.

    python -m benchmarks.rewording
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from benchmarks.corpus import questions, real_kb
from benchmarks.quality import NOW, SETS, correct
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase


def _longest_word(text: str, change: Callable[[str, int], str]) -> str:
    """`text` with its longest word (of five letters or more) changed at its middle."""
    words = text.split()
    at = max(range(len(words)), key=lambda i: (len(words[i].strip("?.,!'")), -i))
    word = words[at]
    if len(word) < 5:
        return text
    words[at] = change(word, len(word) // 2)
    return " ".join(words)


STYLES: dict[str, Callable[[str], str]] = {
    "as written": lambda q: q,
    "upper case": str.upper,
    "greeting": lambda q: f"hey @Roadie, {q}",
    "emoji": lambda q: f"{q} 🎸🔥",
    "polite": lambda q: f"Could you tell me {q.rstrip('?')}, please?",
    "no apostrophes": lambda q: q.replace("'", "").replace("’", ""),
    "typo: letters swapped": lambda q: _longest_word(
        q, lambda w, i: w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :]
    ),
    "typo: letter dropped": lambda q: _longest_word(q, lambda w, i: w[:i] + w[i + 1 :]),
    "typo: letter doubled": lambda q: _longest_word(q, lambda w, i: w[:i] + w[i] + w[i:]),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    kb = KnowledgeBase.open(real_kb())
    items = [item for path in SETS for item in questions(path)]
    print(f"{len(items)} questions, top-1 link right (unknown: declined)")
    for name, style in STYLES.items():
        right = sum(
            correct(item, answer(Message(style(str(item["question"]))), kb, now=NOW).url)
            for item in items
        )
        print(f"{name:<24}{right:>5}{right / len(items):>9.1%}")


if __name__ == "__main__":
    main()
