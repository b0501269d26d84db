"""The console adapter: the embedded default, chat in a terminal with no tokens at all."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.adapters.plain_text import render_plain
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase

HELP_COMMANDS = "ask anything; `python -m bot --help` lists the commands"
PROMPT = "you> "
GREETING = 'Roadie: ask me about music news ("help" for examples, Ctrl-D or "quit" to leave).'


def chat(
    kb: KnowledgeBase,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Read questions line by line and print each answer until end of input."""
    interactive = stdin.isatty()
    print(GREETING, file=stdout)
    while True:
        if interactive:
            print(PROMPT, end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip().lower() in {"quit", "exit", ":q"}:
            break
        if not line.strip():
            continue
        message = Message(text=line.rstrip("\n"), platform="console")
        reply = answer(message, kb, commands=HELP_COMMANDS)
        print(render_plain(reply), file=stdout, flush=True)
