"""Constants the tests share: fixture paths and the fixed "now" answers are relative to."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
CORE = FIXTURES / "core"
SHARED = Path(__file__).resolve().parents[2] / "shared"
NOW = datetime(2026, 8, 23, 12, 0, tzinfo=UTC)
