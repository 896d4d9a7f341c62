"""The README's promises: its set-up commands are the ones CI runs."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv .*?)\n```", README)


def test_readme_gives_the_two_setup_commands() -> None:
    install, tests = _commands()[:2]
    assert install.endswith(".venv/bin/perufacts topic migration")
    assert tests.endswith(".venv/bin/python -m pytest")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = _commands()[1]
    assert test_command in CI.splitlines()
