"""Constants the tests share: fixture paths and the fixed "now" answers are relative to."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
CORE = FIXTURES / "core"
INVENTED = FIXTURES / "invented" / "articles.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
NOW = datetime(2026, 8, 23, 12, 0, tzinfo=UTC)


async def start_bot(*command: str, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """`python -m bot COMMAND...` as its own process, with this checkout's code and `env` on
    top of the environment; stdout and stderr are piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *command,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
