# The tasks of perufacts (CONTRIBUTING.md). All but `ci` use the developer's .venv, made by
# `make venv` when missing; `ci` runs .ci/run in a copy of the checkout, with its own venvs,
# and never touches .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: venv test test-slow lint types bench ci

venv: $(VENV)/bin/perufacts

$(VENV)/bin/perufacts: pyproject.toml
	$(PYTHON) -m venv $(VENV) && $(VENV)/bin/pip install -q -e '.[test]'
	@touch $@

# The default run: slow tests skipped, hypothesis light (docs/layout.md, "Tests").
test: venv
	$(PY) -m pytest -q

# The slow tests alone: fuzzers, real browsers, shells and processes under load.
test-slow: venv
	$(PY) -m pytest -q -m slow

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: venv
	$(VENV)/bin/mypy src

# Start-up and lookups against the floor (bench/run.py), large listings as JSON against the
# stdlib's C encoder (bench/dump.py), then the MCP server's start-up and a tool call against
# the lookup (bench/mcp.py).
bench: venv
	$(PY) bench/run.py
	$(PY) bench/dump.py
	$(PY) bench/mcp.py

# What CI runs (.ci/run: a fresh venv, the README's test command with CI=true, the linters,
# then .ci/matrix), in a copy of the checkout as it is now (uncommitted changes included).
# The programs the slow tests need are not installed here (CI installs them with apt): the
# tests that need a missing one skip and say so.
ci:
	@work=$$(mktemp -d "$${TMPDIR:-/tmp}/perufacts-make-ci.XXXXXX") && \
	trap 'rm -rf "$$work"' EXIT && \
	git ls-files -z --cached --others --exclude-standard \
		| tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$$work" && \
	echo "make ci: running .ci/run in $$work" && \
	cd "$$work" && PERUFACTS_CI_NO_APT=1 .ci/run
