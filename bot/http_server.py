"""The one HTTP server of `python -m bot run`: health, metrics and, in Slack's HTTP mode,
Slack's requests.

One server, on every port asked for: `ROADIE_HTTP_PORT` for health and metrics, and `PORT`
when Slack's HTTP mode needs it (a platform such as Heroku routes only `$PORT`). Each port
serves every route, so one port is enough wherever the two are the same.

- `GET /healthz`: liveness, 200 while the event loop answers;
- `GET /readyz`: readiness, 200 or 503 with one line per check (`bot.observability.health`);
- `GET /metrics`: Prometheus text format (`bot.observability.metrics`);
- `POST /slack/events`: Slack's events, commands and interactions, in Slack HTTP mode.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.adapters.slack.http import EVENTS_PATH
from bot.observability.health import Health
from bot.observability.metrics import REGISTRY

log = logging.getLogger(__name__)
SHUTDOWN_SECONDS = 3.0
"""How long requests in flight may finish when the server stops."""


Handler = Callable[[web.Request], Awaitable[web.Response]]


def web_app(health: Health, slack_events: Handler | None = None) -> web.Application:
    """The routes above; Slack's only when its request handler is given."""
    app = web.Application()

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(request: web.Request) -> web.Response:
        ready, lines = await health.readiness()
        text = "\n".join(["ready" if ready else "not ready", *lines]) + "\n"
        return web.Response(text=text, status=200 if ready else 503)

    async def metrics(request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    if slack_events is not None:
        app.router.add_post(EVENTS_PATH, slack_events)
    return app


async def start(app: web.Application, host: str, ports: Collection[int]) -> web.AppRunner:
    """Serve `app` on each of `ports` (0 picks a free one); the runner's `cleanup()` stops it."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
    await runner.setup()
    try:
        for port in sorted(set(ports)):
            await web.TCPSite(runner, host, port).start()
    except OSError:
        await runner.cleanup()
        raise
    bound = sorted({address[1] for address in runner.addresses})
    routes = sorted({r.resource.canonical for r in app.router.routes() if r.resource})
    log.info("HTTP: listening on port %s: %s", ", ".join(map(str, bound)), " ".join(routes))
    return runner
