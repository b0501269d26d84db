"""Install check for CI: a dependency missing from pyproject fails here, not on a newcomer."""

import importlib
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

import bot
import knowledge

for package in (bot, knowledge):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)

with tempfile.TemporaryDirectory() as tmp:
    db = Path(tmp) / "roadie.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(db), "what's new with iggy pop?"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    print(result.stdout)
    if result.returncode != 0 or "http" not in result.stdout:
        print(result.stderr, file=sys.stderr)
        sys.exit(
            f"smoke: the bundled knowledge base gave no linked answer (exit {result.returncode})"
        )
print("smoke: every module imports and a question is answered")
