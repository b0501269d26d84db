"""The command line: argument parsing only; every command calls into the core.

`python -m bot ingest|ask|chat|run|aliases`; the commands are the contract scripts rely on.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from dotenv import find_dotenv, load_dotenv

from bot.adapters.console import HELP_COMMANDS
from bot.adapters.plain_text import render_plain
from bot.announcer.subscriptions import TARGET_HELP
from bot.core.answer import answer
from bot.core.messages import Message, Reply
from bot.observability import logs
from bot.settings import Settings, SettingsError
from knowledge.ingest.opening import load_aliases_file, open_or_build
from knowledge.store import KnowledgeBase, KnowledgeBaseError

log = logging.getLogger("roadie")


def _db_path(args: argparse.Namespace, settings: Settings) -> Path:
    db = getattr(args, "db", None)
    return Path(db) if db else settings.db_path


def _unusable(problem: KnowledgeBaseError) -> int:
    """One line saying what is wrong with the knowledge base file and what to do; exit code 2."""
    fix = (
        "make it and its folder writable, or pass another --db"
        if problem.read_only
        else "pass another --db, restore a backup, or move the file away to build a new one"
    )
    print(f"{problem}. To go on: {fix}.", file=sys.stderr)
    return 2


def _open(args: argparse.Namespace, settings: Settings) -> KnowledgeBase:
    kb = open_or_build(_db_path(args, settings))
    if settings.aliases_path:
        load_aliases_file(kb, settings.aliases_path)
    return kb


def _now(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise SystemExit(
            f"--now must be an ISO date or time such as 2026-08-22, got {text!r}"
        ) from None


def _as_json(question: str, reply: Reply) -> str:
    article = reply.article
    return json.dumps(
        {
            "question": question,
            "intent": reply.intent,
            "text": reply.text,
            "url": article.url if article else None,
            "title": article.title if article else None,
            "date": article.date if article else None,
            "source": article.source if article else None,
            "links": [link.url for link in reply.links],
        },
        ensure_ascii=False,
    )


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from knowledge.ingest.addresses import AddressPolicy
    from knowledge.ingest.fetch import Fetcher
    from knowledge.ingest.pipeline import ingest_paths

    kb = KnowledgeBase.open(_db_path(args, settings))
    if args.aliases:
        count = load_aliases_file(kb, Path(args.aliases))
        print(f"aliases: {count} loaded from {args.aliases}")
    fetch = None
    if any(source.startswith(("http://", "https://")) for source in args.sources):
        policy = AddressPolicy.allowing(settings.fetch_allow)
        fetch = Fetcher(policy=policy, user_agent=settings.user_agent)
    try:
        report = ingest_paths(kb, args.sources, progress=True, fetch=fetch)
    finally:
        if fetch is not None:
            fetch.close()
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    print(report.summary())
    if not report.read_anything and args.sources:
        print("Nothing could be read: check the paths and URLs above.", file=sys.stderr)
        return 1
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    kb = _open(args, settings)
    now = _now(args.now)
    questions = (
        (line.rstrip("\n") for line in sys.stdin) if args.question == "-" else [args.question]
    )
    for question in questions:
        reply = answer(Message(text=question, platform="cli"), kb, now=now, commands=HELP_COMMANDS)
        print(_as_json(question, reply) if args.json else render_plain(reply), flush=True)
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.console import chat

    chat(_open(args, settings))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.run import run

    return run(
        settings, lambda: _open(args, settings), args.slack_http, console=not args.no_console
    )


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from knowledge.backup import backup

    size = backup(_db_path(args, settings), Path(args.file))
    print(f"backed up {_db_path(args, settings)} to {args.file} ({size:,} bytes, integrity ok)")
    return 0


def cmd_reindex(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from knowledge.ingest.reindex import reindex

    kb = KnowledgeBase.open(_db_path(args, settings))
    with tqdm(
        total=kb.article_count(),
        unit=" articles",
        desc="Reindexing",
        disable=not sys.stderr.isatty(),
        file=sys.stderr,
    ) as bar:
        report = reindex(kb, on_item=lambda: bar.update(1))
    print(f"reindexed {report.updated + report.added:,} articles")
    return 0


def cmd_aliases(args: argparse.Namespace, settings: Settings) -> int:
    kb = KnowledgeBase.open(_db_path(args, settings))
    print(f"aliases: {load_aliases_file(kb, Path(args.file))} loaded from {args.file}")
    return 0


Handler = Callable[[argparse.Namespace, Settings], int]
Command = Callable[[str, str], argparse.ArgumentParser]


def _announcing(name: str) -> Handler:
    """An announcer command's handler, imported when it runs: the announcer's feed, HTTP and
    platform libraries would otherwise cost every `ask` a quarter of a second to start."""

    def handler(args: argparse.Namespace, settings: Settings) -> int:
        commands = importlib.import_module("bot.cli_announce")
        return int(getattr(commands, name)(args, settings))

    return handler


def _leaf(actions: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    leaf: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=help_text)
    leaf.add_argument("--db", default=argparse.SUPPRESS, help="knowledge base file")
    return leaf


def _add_announce_commands(command: Command) -> None:
    """Add `feeds`, `subscriptions` and `announce` to the `python -m bot` parser."""
    feeds = command("feeds", "follow feeds and see their health")
    actions = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _leaf(actions, "add", "follow a feed URL (its current items are not posted)")
    add.add_argument("url")
    add.add_argument("--every", type=int, metavar="MINUTES", help="poll interval in minutes")
    add.set_defaults(handler=_announcing("feeds_add"))
    _leaf(actions, "list", "feeds with last fetch, status, failures").set_defaults(
        handler=_announcing("feeds_list")
    )
    for name, handler, text in (
        ("remove", _announcing("feeds_remove"), "stop following a feed"),
        ("resume", _announcing("feeds_resume"), "resume a paused feed"),
    ):
        leaf = _leaf(actions, name, text)
        leaf.add_argument("feed", metavar="URL_OR_ID")
        leaf.set_defaults(handler=handler)

    subs = command("subscriptions", "which channels follow which artists, topics and kinds")
    actions = subs.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, handler, text in (
        ("add", _announcing("subs_add"), "make a channel follow TARGET"),
        ("remove", _announcing("subs_remove"), "stop a channel following TARGET"),
    ):
        leaf = _leaf(actions, name, text)
        leaf.add_argument("channel", metavar="PLATFORM:CHANNEL_ID", help="discord:ID or slack:ID")
        leaf.add_argument("target", metavar="TARGET", help=TARGET_HELP)
        leaf.set_defaults(handler=handler)
    listing = _leaf(actions, "list", "list subscriptions, of one channel or all")
    listing.add_argument("channel", nargs="?", metavar="PLATFORM:CHANNEL_ID")
    listing.set_defaults(handler=_announcing("subs_list"))

    tick = command("announce", "poll feeds and deliver pushes (loops unless --once)")
    tick.add_argument("--once", action="store_true", help="one tick, then exit")
    tick.set_defaults(handler=_announcing("announce"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Roadie: a music-news bot for Discord, Slack and the terminal.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", help="knowledge base file (default: $ROADIE_DB or the data dir)")
        return sub

    ingest = command("ingest", "add articles from files, directories or feed/page URLs")
    ingest.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    ingest.add_argument("--aliases", help="also load an aliases file (alias = Canonical Name)")
    ingest.set_defaults(handler=cmd_ingest)

    ask = command("ask", "answer one question, or one per line from stdin with '-'")
    ask.add_argument("question", help="the question, or - to read questions from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument("--now", help="answer as if it were this ISO date/time (for 'this week')")
    ask.set_defaults(handler=cmd_ask)

    command("chat", "chat with Roadie in the terminal").set_defaults(handler=cmd_chat)

    run = command("run", "start every adapter configured in the environment")
    run.add_argument("--slack-http", action="store_true", help="serve Slack over HTTP on $PORT")
    run.add_argument(
        "--no-console",
        action="store_true",
        help="fail instead of opening the console chat when no token is set (deployments)",
    )
    run.set_defaults(handler=cmd_run)

    copy = command("backup", "write a consistent copy of the knowledge base, even while it runs")
    copy.add_argument("file", help="the new file to write (it must not exist yet)")
    copy.set_defaults(handler=cmd_backup)

    command(
        "reindex", "extract entities, facts and kinds again after an upgrade (articles kept)"
    ).set_defaults(handler=cmd_reindex)

    aliases = command("aliases", "load an aliases file: one `alias = Canonical Name` per line")
    aliases.add_argument("file")
    aliases.set_defaults(handler=cmd_aliases)
    _add_announce_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    load_dotenv(find_dotenv(usecwd=True))
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Setting error: {error}", file=sys.stderr)
        return 2
    logs.configure(logging.DEBUG if args.verbose else settings.log_level, settings.log_format)
    try:
        return int(args.handler(args, settings))
    except KnowledgeBaseError as problem:
        return _unusable(problem)
    except sqlite3.DatabaseError as error:
        about_file = KnowledgeBaseError.of_file(_db_path(args, settings), error)
        if about_file is None:
            raise
        return _unusable(about_file)
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("\nBye.", file=sys.stderr)
        return 130
    except (OSError, ValueError, SettingsError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
