"""The perufacts command line (docs/layout.md): parse, call the core, pick a presenter.

``app`` (Typer's app, every command registered) and ``main`` (the console script's entry
point) are its two public names; ``app`` holds the app and its options, ``output`` the
emission of results and errors, ``process`` the handling of signals and stdout, and
``commands`` the commands alone.
"""

from perufacts.cli.commands import app
from perufacts.cli.process import main

__all__ = ["app", "main"]
