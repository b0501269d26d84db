# One place for every check; CI (.ci/run) and README's test command both call `make check`.
PY ?= python

.PHONY: check lint types test bench

check: lint types test

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

types:
	$(PY) -m mypy

test:
	$(PY) -m pytest

bench:
	$(PY) -m benchmarks.run_all
