"""Every benchmark in one run, each printing its own figures (`make bench`)."""

from __future__ import annotations

import argparse

from benchmarks import (
    announce_tick,
    discord_autocomplete,
    hardening,
    ingest_speed,
    latency,
    memory,
    phrasings,
    quality,
    rewording,
)
from benchmarks.corpus import real_kb, scale_kb


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(
        description="Every benchmark in one run, each printing its own figures."
    ).parse_args(argv)
    real, scale = real_kb(), scale_kb()
    for title, run in [
        ("Answer quality", lambda: quality.main([])),
        ("Answers to reworded questions", lambda: rewording.main([])),
        ("Tour and album questions phrased many ways", lambda: phrasings.main([])),
        ("answer() latency", lambda: latency.main([])),
        ("Memory and start-up", lambda: memory.main([])),
        ("Ingest throughput", lambda: ingest_speed.main([])),
        ("Discord autocomplete (20k)", lambda: discord_autocomplete.main(["--db", str(real)])),
        ("Discord autocomplete (200k)", lambda: discord_autocomplete.main(["--db", str(scale)])),
        ("Announcement tick", lambda: announce_tick.main([])),
        ("Many writers, slow and huge feeds", lambda: hardening.main([])),
    ]:
        print(f"\n## {title}", flush=True)
        run()


if __name__ == "__main__":
    main()
