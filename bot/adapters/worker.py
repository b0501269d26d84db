"""The one way an adapter runs the answering core: in a worker thread, never on the event loop.

The core and the knowledge base are synchronous (SQLite, rapidfuzz). Run on the loop, one slow
question would hold up every other event: the gateway heartbeat, Slack's 3-second acks, the
health check. Discord and Slack both go through `off_loop`, so neither can forget.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


async def off_loop(work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`work(*args, **kwargs)` in a worker thread, awaited without blocking the loop."""
    return await asyncio.to_thread(work, *args, **kwargs)
