"""Shell completion in the real shells: bash, zsh and fish each complete ids through perufacts.

Each test sources the script `perufacts --show-completion SHELL` prints into that shell and asks
it for completions the way the shell does on TAB: bash calls the completion function with
COMP_WORDS; fish answers `complete -C`; zsh calls the function, whose `_arguments` (a part of
zsh's completion system that needs a terminal) is replaced by one that prints what it is given.
A shell that is not installed is skipped, with its name (.ci/run installs all three).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def _shell(name: str, script: str) -> list[str]:
    """Run ``script`` in shell ``name`` with perufacts on the PATH; its stdout lines."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    if not (BIN / "perufacts").exists():
        pytest.fail("perufacts is not installed beside this Python: pip install -e '.[test]'")
    flags = {"bash": ["--norc", "--noprofile"], "zsh": ["-f"], "fish": ["--no-config"]}[name]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERUFACTS_")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        [path, *flags, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _bash(*words: str) -> list[str]:
    array = " ".join(f"'{w}'" for w in words)
    return _shell(
        "bash",
        "source <(perufacts --show-completion bash)\n"
        f"COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}\n"
        "_perufacts_completion perufacts\n"
        'printf "%s\\n" "${COMPREPLY[@]}"',
    )


def _fish(line: str) -> list[str]:
    return _shell("fish", f"perufacts --show-completion fish | source; complete -C '{line}'")


def _zsh(*words: str) -> list[str]:
    array = " ".join(f"'{w}'" for w in words)
    return _shell(
        "zsh",
        'compdef() { :; }; _arguments() { print -r -- "$@"; }\n'
        'eval "$(perufacts --show-completion zsh)"\n'
        f"words=({array}); CURRENT={len(words)}\n"
        "_perufacts_completion",
    )


@pytest.mark.slow
def test_bash_completes_figure_ids_topics_units_and_formats() -> None:
    assert _bash("perufacts", "figure", "trade-") == ["trade-growth", "trade-2009", "trade-2021"]
    assert _bash("perufacts", "topic", "mig") == ["migration"]
    assert _bash("perufacts", "figures", "--unit", "p") == [
        "people", "percent", "programs", "projects",
    ]  # fmt: skip
    assert _bash("perufacts", "export", "--format", "c") == ["csv"]
    assert _bash("perufacts", "cite", "trade-2021", "--format", "") == [
        "text", "markdown", "bibtex", "biblatex", "csl-json",
    ]  # fmt: skip


@pytest.mark.slow
def test_bash_quotes_an_alias_with_a_space() -> None:
    assert _bash("perufacts", "topic", "medio") == ["medio\\ ambiente"]
    # What bash then reads from the command line is one word.
    assert _shell("bash", "set -- medio\\ ambiente; echo $#") == ["1"]


@pytest.mark.slow
def test_fish_completes_ids_and_an_alias_whole() -> None:
    assert _fish("perufacts figure trade-") == ["trade-2009", "trade-2021", "trade-growth"]
    assert _fish("perufacts topic medio") == ["medio ambiente"]
    assert _fish("perufacts figures --unit yea") == ["years"]


@pytest.mark.slow
def test_zsh_completes_figure_ids() -> None:
    assert _zsh("perufacts", "figure", "trade-") == [
        '*: :(("trade-growth" "trade-2009" "trade-2021"))'
    ]
    assert _zsh("perufacts", "topic", "medio") == ['*: :(("medio ambiente"))']


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_the_script_of_the_shell_named(run, shell: str) -> None:
    result = run("--show-completion", shell)
    assert result.exit_code == 0, result.output
    first = {"bash": "_perufacts_completion() {", "zsh": "#compdef perufacts", "fish": "complete"}
    assert result.stdout.lstrip().startswith(first[shell])
    assert f"complete_{shell}" in result.stdout


def test_show_completion_refuses_a_shell_it_does_not_know(run) -> None:
    result = run("--show-completion", "tcsh")
    assert result.exit_code == 2
    assert "'tcsh' is not one of 'bash', 'zsh', 'fish'" in result.stderr
