"""Timestamps as the announcer stores them: UTC ISO text, which sorts and compares as strings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.messages import utc_now


def stamp(moment: datetime) -> str:
    """`2026-08-22T10:00:00+00:00`; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def aware(moment: datetime | None) -> datetime:
    """`moment` as an aware UTC datetime, or the current time when None."""
    if moment is None:
        return utc_now()
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def later(moment: datetime, *, seconds: float = 0, minutes: float = 0) -> str:
    return stamp(moment + timedelta(seconds=seconds, minutes=minutes))
