"""Help and errors: each command's own help and example, one set of metavars, one-line errors."""

from __future__ import annotations

import re

import pytest

from conftest import COMMANDS

METAVARS = {
    "ID",
    "ID...",
    "TOPIC",
    "UNIT",
    "PATH",
    "TEXT",
    "DATE",
    "N",
    "A-B",
    "SHELL",
    "FIELDS",
    "COMMAND",
    "URL",
}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_its_own_help_and_an_example(run, command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert f"Example: perufacts {command}" in result.stdout
    others = {c: run(c, "--help").stdout for c in COMMANDS if c != command}
    argument_help = _argument_help(result.stdout)
    for other, text in others.items():
        for line in argument_help:
            assert line not in _argument_help(text), f"{command} and {other} share {line!r}"


def _argument_help(help_text: str) -> list[str]:
    """The help lines of a command's arguments."""
    section = (
        help_text.split("Arguments:\n", 1)[1].split("\n\n", 1)[0]
        if "Arguments:" in help_text
        else ""
    )
    lines = [line.strip() for line in section.splitlines()]
    return [line for line in lines if line and not line.startswith("[")]


@pytest.mark.parametrize("command", COMMANDS)
def test_metavars_are_one_set_of_capitals(run, command: str) -> None:
    text = run(command, "--help").stdout
    usage = text.splitlines()[0]
    used = set(re.findall(r"[{\[]([^\]}]+)[}\]]", usage)) - {"OPTIONS"}
    options = set(re.findall(r"^\s+(?:-\w, )?--[\w-]+ ([A-Z][A-Z.-]*)\b", text, re.MULTILINE))
    assert used | options <= METAVARS, (used | options) - METAVARS
    # A choice shows its choices (<csv|jsonl|...>); a type name (<str>, <path>) is no metavar.
    assert not re.search(r"<[a-z]+>", text), text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["cite"],
            "perufacts: give figure ids, --line N, or --document (alone) (see 'perufacts cite --help')\n",
        ),
        (["topic"], "perufacts: Missing argument 'TOPIC'. (see 'perufacts topic --help')\n"),
        (
            ["export"],
            "perufacts: Missing option '--format' / '-f'. Choose from: csv, jsonl, markdown, "
            "sqlite, html (see 'perufacts export --help')\n",
        ),
        (
            ["figures", "--sum", "--unit", "dates"],
            "perufacts: dates cannot be added up (see 'perufacts figures --help')\n",
        ),
    ],
)
def test_usage_errors_are_one_line_in_plain_words(run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_no_python_name_in_a_usage_message(run) -> None:
    for args in (["cite"], ["topic"], ["figure"], ["compare"], ["search"]):
        stderr = run(*args).stderr
        assert not re.search(r"'[a-z]+_[a-z_]+'|'name'|'ids'|'text'", stderr), stderr


def test_a_json_syntax_error_says_each_word_once(run, tmp_path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{"version": 1, "sources": ["unterminated', encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 4
    assert result.stderr == (
        "perufacts: store is invalid: not JSON: Unterminated string starting at line 1 column 28\n"
    )
