"""`python -m bot run`: every adapter configured in the environment, the announcer and the HTTP
server, in one event loop, until SIGTERM or SIGINT.

The console runs when no platform token is set (unless `--no-console`), so a fresh checkout
answers at once. Discord and Slack start when their tokens are set; the announcer ticks beside
them and pushes through each adapter's own client, once Discord is ready, so no push fails only
because the bot was still logging in. `python -m bot announce` is the same process with the
announcer alone, pushing over REST. Only one announcer may run per database: the second is
refused at start (`bot.announcer_lock`).

Stopping (a platform's SIGTERM, or Ctrl-C): readiness turns false; the announcer stops taking
work and its sends in flight are put back in the queue at once, marked as possibly sent, so the
next start sends them without waiting out a lease and the platforms' deduplication (Discord's
nonce, the Slack history check) keeps each to one copy; requests in flight on the HTTP server
get a moment to finish; the gateways close; the exit code is 0. A watchdog ends the process if
all that takes longer than `SHUTDOWN_SECONDS`: whatever was left is crash-safe anyway.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AsyncExitStack, nullcontext
from typing import Any

from aiohttp import web

from bot import http_server
from bot.adapters.console import chat
from bot.announcer import outbox
from bot.announcer.tick import TickReport, run_forever
from bot.announcer_lock import AnnouncerBusy, announcer_lock
from bot.core.messages import Sender, utc_now
from bot.observability import metrics
from bot.observability.health import Health, Ticks, database, gateway, socket_mode
from bot.settings import Settings, SettingsError
from bot.wiring import platform_senders
from knowledge.backup import file_of
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)

SHUTDOWN_SECONDS = 9.0
"""Platforms send SIGKILL 10 s after SIGTERM (Docker, Heroku, Kubernetes by default)."""
PART_CLOSE_SECONDS = 3.0
"""How long a closed gateway client may take to finish before its task is cancelled."""


class Service:
    """The running parts of one process: adapters, announcer, HTTP server, and their health."""

    def __init__(
        self,
        settings: Settings,
        kb: KnowledgeBase,
        *,
        slack_http: bool = False,
        adapters: bool = True,
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.slack_http = slack_http
        self.adapters = adapters
        self.health = Health()
        self.ticks = Ticks(limit=3 * settings.announce_interval_seconds + 60)
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.http: web.AppRunner | None = None
        self._closers = AsyncExitStack()

    async def serve(self, stop: asyncio.Event) -> None:
        """Start every part, run until `stop` is set or a part ends, then close in order."""
        try:
            await self.start()
            await self._until(stop)
        finally:
            await self.close()

    async def start(self) -> None:
        settings = self.settings
        senders: dict[str, Sender] = {}
        ready: list[Callable[[], Awaitable[None]]] = []
        slack_events: http_server.Handler | None = None
        self.health.checks["database"] = database(file_of(self.kb))
        if not self.adapters:
            senders = await self._closers.enter_async_context(platform_senders(settings))
        if self.adapters and settings.discord_token:
            from bot.adapters.discord.client import build_discord

            discord = build_discord(settings, self.kb)
            senders["discord"] = discord.sender
            ready.append(lambda: _logged_in(discord.client))
            self.health.checks["discord"] = gateway(discord.client)
            self._closers.push_async_callback(discord.client.close)
            self._spawn("discord", discord.run())
            log.info("Discord: starting")
        if self.adapters and settings.slack_bot_token:
            from bot.adapters.slack.app import build_slack

            slack = build_slack(settings, self.kb)
            senders["slack"] = slack.sender
            if self.slack_http or not settings.slack_app_token:
                slack_events = await _slack_events(slack, settings)
            else:
                self.health.checks["slack"] = socket_mode(lambda: slack.socket_mode)
                self._spawn("slack", slack.run_socket_mode())
            log.info("Slack: starting (%s)", "HTTP mode" if slack_events else "Socket Mode")
        if settings.announcer:
            self.health.checks["announcer"] = self.ticks.probe
            self._spawn("announcer", self._announce(senders, ready))
        ports = set() if settings.http_port is None else {settings.http_port}
        if slack_events is not None:
            ports.add(settings.port)
        if ports:
            app = http_server.web_app(self.health, slack_events)
            self.http = await http_server.start(app, settings.http_host, ports)

    def _spawn(self, name: str, work: Coroutine[Any, Any, None]) -> None:
        self.tasks[name] = asyncio.create_task(work, name=name)

    async def _announce(
        self, senders: dict[str, Sender], ready: list[Callable[[], Awaitable[None]]]
    ) -> None:
        for wait in ready:
            await wait()
        log.info("announcer: running every %s s", self.settings.announce_interval_seconds)
        await run_forever(self.kb, senders, self.settings, on_tick=self._ticked)

    def _ticked(self, report: TickReport) -> None:
        self.ticks.ticked()
        metrics.ticked(
            sent=report.delivered,
            failed=report.failed,
            parked=report.parked,
            feed_failures=report.failed_feeds,
            waiting=report.waiting,
        )

    async def _until(self, stop: asyncio.Event) -> None:
        """Wait for `stop`; a part that ends first stops the rest, and its error is raised."""
        stopped = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait(
            [stopped, *self.tasks.values()], return_when=asyncio.FIRST_COMPLETED
        )
        stopped.cancel()
        for name, task in self.tasks.items():
            if task in done:
                error = task.exception()
                if error is not None:
                    raise error
                log.warning("%s stopped by itself; stopping Roadie", name)

    async def close(self) -> None:
        """Stop taking work, put back what is in flight, close the sockets; never raises."""
        self.health.stopping = True
        announcer = self.tasks.pop("announcer", None)
        if announcer is not None:
            announcer.cancel()
            await asyncio.gather(announcer, return_exceptions=True)
            self._release_claims()
        if self.http is not None:
            await self.http.cleanup()
        try:
            await self._closers.aclose()
        except Exception:
            log.exception("closing a platform client failed")
        parts = list(self.tasks.values())
        if parts:
            _, late = await asyncio.wait(parts, timeout=PART_CLOSE_SECONDS)
            for task in late:
                task.cancel()
            await asyncio.gather(*parts, return_exceptions=True)
        log.info("stopped")

    def _release_claims(self) -> None:
        """Every claim left is this process's own (it holds the announcer lock): a lease of 0
        puts them all back in the queue now, still marked as claimed once, so the next start
        checks before it resends."""
        try:
            released = outbox.recover_abandoned(self.kb, utc_now(), lease_seconds=0)
        except Exception:
            log.exception("could not put back the sends in flight; they wait out their lease")
            return
        if released:
            log.info("announcer: deliveries in flight put back for the next start: %s", released)


async def _logged_in(client: Any) -> None:
    """Wait for the Discord client's READY (its wait_until_ready fails before it has started)."""
    while not client.is_ready():
        await asyncio.sleep(1)


async def _slack_events(slack: Any, settings: Settings) -> http_server.Handler:
    """Slack's request handler for the shared HTTP server, once Slack accepts the bot token."""
    from bot.adapters.slack.credentials import check_with_slack
    from bot.adapters.slack.http import SlackRequests

    if not settings.slack_signing_secret:
        raise SettingsError(
            "Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN to use Socket Mode)"
        )
    await check_with_slack(slack.client, None)
    return SlackRequests(slack.app, settings.slack_signing_secret).handle


def run(
    settings: Settings,
    open_kb: Callable[[], KnowledgeBase],
    slack_http: bool = False,
    console: bool = True,
) -> int:
    """Start the configured adapters, or the console chat when none is configured; the
    knowledge base is opened (built, the first time) only once there is something to run."""
    if not (settings.discord_token or settings.slack_bot_token):
        if not console:
            log.error(
                "no DISCORD_TOKEN or SLACK_BOT_TOKEN is set, so there is nothing to run: set "
                "one (see .env.example), or leave out --no-console to chat in the terminal"
            )
            return 2
        log.info("no DISCORD_TOKEN or SLACK_BOT_TOKEN set: starting the console chat")
        chat(open_kb())
        return 0
    return until_signalled(Service(settings, open_kb(), slack_http=slack_http))


def run_announcer(settings: Settings, kb: KnowledgeBase) -> int:
    """`python -m bot announce`: the announcer alone, pushing over REST (no chat adapters)."""
    return until_signalled(Service(settings, kb, adapters=False))


def until_signalled(service: Service) -> int:
    """Serve until SIGTERM or SIGINT, holding the database's announcer lock when it runs one;
    0 after a clean stop, 1 when another announcer already runs."""
    lock = announcer_lock(file_of(service.kb)) if service.settings.announcer else nullcontext()
    try:
        with lock:
            asyncio.run(_serve_with_signals(service))
    except AnnouncerBusy as error:
        log.error("not starting: %s", error)
        return 1
    return 0


async def _serve_with_signals(service: Service) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, _stopping, signal.Signals(signum), stop)
    await service.serve(stop)


def _stopping(signum: signal.Signals, stop: asyncio.Event) -> None:
    if stop.is_set():
        log.info("%s again: still stopping", signum.name)
        return
    log.info("%s: stopping (at most %.0f s)", signum.name, SHUTDOWN_SECONDS)
    watchdog = threading.Timer(SHUTDOWN_SECONDS, _leave_now)
    watchdog.daemon = True
    watchdog.start()
    stop.set()


def _leave_now() -> None:
    """The watchdog's way out: the stop took too long, so leave without the rest of it."""
    log.error(
        "stopping took over %.0f s; leaving now (sends still claimed are taken over after "
        "ROADIE_DELIVERY_LEASE_SECONDS)",
        SHUTDOWN_SECONDS,
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(0)
