"""`python -m bot ... --help` works for the top level and each announcement command group, and
`python -m benchmarks.<name> --help` for every benchmark."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

# Each command, and words its help must show (the subcommands or options it offers).
HELPS = {
    (): ["ingest", "ask", "chat", "run", "feeds", "subscriptions", "announce"],
    ("feeds",): ["add", "list", "remove", "resume"],
    ("subscriptions",): ["add", "list", "remove"],
    ("announce",): ["--once"],
}


def test_help_of_the_cli_and_its_announcement_commands(tmp_path: Path) -> None:
    """Run from an empty directory (no `.env`) and with no Roadie settings, all in parallel."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("ROADIE_", "DISCORD_", "SLACK_"))
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    running = {
        words: subprocess.Popen(
            [sys.executable, "-m", "bot", *words, "--help"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for words in HELPS
    }
    for words, process in running.items():
        out, err = process.communicate(timeout=60)
        command = " ".join(["python -m bot", *words, "--help"])
        assert process.returncode == 0, f"{command} exited {process.returncode}: {err}"
        assert out.startswith(f"usage: python -m bot {' '.join(words)}".rstrip()), out
        for word in HELPS[words]:
            assert word in out, f"{command} does not mention {word}:\n{out}"
        assert not err, err


BENCHMARKS = sorted(
    path.stem
    for path in (ROOT / "benchmarks").glob("*.py")
    if "def main(" in path.read_text(encoding="utf-8")
)


def test_every_benchmark_answers_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m benchmarks.<name> --help` prints its usage and runs nothing."""
    assert "run_all" in BENCHMARKS and "hardening" in BENCHMARKS
    for name in BENCHMARKS:
        module = importlib.import_module(f"benchmarks.{name}")
        with pytest.raises(SystemExit) as exited:
            module.main(["--help"])
        assert exited.value.code == 0, name
        assert capsys.readouterr().out.startswith("usage:"), name
