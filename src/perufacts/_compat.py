"""The one place that leans on Typer's private modules.

perufacts pins ``typer>=0.26,<0.29`` (pyproject.toml) for two reasons:

1. Speed: typer 0.29 runs every parameter through pydantic at run time (about 100 ms a call),
   while 0.26-0.28 vendor click and start in half the time (docs/speed.md).
2. This import: ``typer._click`` is the click that 0.26-0.28 vendor. It is private and exists
   only in the pinned versions; when the pin moves, this module is the one to change.
"""

import os
from pathlib import Path

from typer._click.core import ParameterSource
from typer._click.exceptions import ClickException, NoArgsIsHelpError

__all__ = ["ClickException", "NoArgsIsHelpError", "ParameterSource"]


# --- shell completion, through Typer's own scripts and completion classes ---------------------

PROG_NAME = "perufacts"
COMPLETE_VAR = "_PERUFACTS_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


def enable_completion() -> None:
    """Register Typer's completion classes, which read what Typer's scripts send."""
    from typer._completion_classes import completion_init

    completion_init()


def completing_shell() -> str | None:
    """The shell asking for completions in this run ("bash", "zsh", "fish"), or None."""
    instruction = os.environ.get(COMPLETE_VAR, "")
    return instruction.partition("_")[2] or None


def completion_script(shell: str) -> str:
    """The completion script for ``shell``, to be sourced by it."""
    from typer._completion_shared import get_completion_script

    enable_completion()
    return get_completion_script(prog_name=PROG_NAME, complete_var=COMPLETE_VAR, shell=shell)


def install_completion(shell: str) -> Path:
    """Install the completion script for ``shell`` where it loads it; return that file."""
    from typer._completion_shared import install

    enable_completion()
    return install(shell=shell, prog_name=PROG_NAME, complete_var=COMPLETE_VAR)[1]
