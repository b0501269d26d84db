"""Log set-up: plain lines for a terminal, one JSON object per line for a log collector.

`ROADIE_LOG_FORMAT=json` makes every record a single line that Loki, CloudWatch or `jq` read
without a parsing rule; the message text is the same in both formats, and neither ever holds a
secret (nothing Roadie logs does).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonLines(logging.Formatter):
    """A record as `{"time", "level", "logger", "message"}`, plus `"error"` with the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure(level: str | int, log_format: str) -> None:
    """Send every log record to stderr, as text or as JSON lines."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level, handlers=[handler], force=True)
