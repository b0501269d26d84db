"""The deployment files agree with pyproject.toml: the lock pins every runtime dependency inside
its declared range, and CI's minimum-versions run pins every dependency to its declared minimum."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).parent.parent


def _declared() -> tuple[list[Requirement], list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = [Requirement(text) for text in project["dependencies"]]
    dev = [Requirement(text) for text in project["optional-dependencies"]["dev"]]
    return runtime, dev


def _pins(name: str) -> dict[str, str]:
    """`name==version` lines of a requirements file (hashes and markers ignored)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    found = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, flags=re.MULTILINE)
    return {canonicalize_name(package): version for package, version in found}


def _minimum(requirement: Requirement) -> str:
    (lowest,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    return lowest


def test_the_minimum_versions_run_pins_each_dependency_to_its_declared_minimum() -> None:
    runtime, dev = _declared()
    pins = _pins("constraints-min.txt")
    for requirement in [*runtime, *dev]:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"constraints-min.txt does not pin {requirement.name}"
        assert Version(pins[name]) == Version(_minimum(requirement)), (
            f"pyproject says {requirement}, but CI tests {requirement.name}=={pins[name]}"
        )


def test_the_lock_pins_every_runtime_dependency_inside_its_range() -> None:
    runtime, _ = _declared()
    pins = _pins("requirements.lock")
    for requirement in runtime:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"requirements.lock does not pin {requirement.name}"
        assert pins[name] in requirement.specifier, (
            f"{requirement.name}=={pins[name]} is outside {requirement}"
        )


def test_one_process_runs_everything() -> None:
    lines = [line for line in (ROOT / "Procfile").read_text().splitlines() if line.strip()]
    assert lines == ["web: ROADIE_HTTP_PORT=$PORT python -m bot run --no-console"]
