"""The one place that leans on Typer's private modules.

perufacts pins ``typer>=0.26,<0.29`` (pyproject.toml) for two reasons:

1. Speed: typer 0.29 runs every parameter through pydantic at run time (about 100 ms a call),
   while 0.26-0.28 vendor click and start in half the time (docs/speed.md).
2. This import: ``typer._click`` is the click that 0.26-0.28 vendor. It is private and exists
   only in the pinned versions; when the pin moves, this module is the one to change.
"""

from typer._click.core import ParameterSource
from typer._click.exceptions import ClickException, NoArgsIsHelpError

__all__ = ["ClickException", "NoArgsIsHelpError", "ParameterSource"]
