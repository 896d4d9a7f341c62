"""The one error family of perufacts, and the exit codes it maps to."""

from __future__ import annotations

from typing import Any

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_STORE = 4
EXIT_CONTRADICTED = 5


class PerufactsError(Exception):
    """Base of every error the core raises; the CLI turns it into a message and an exit code."""

    exit_code: int = EXIT_FAILURE
    code: str = "failure"

    def __init__(
        self,
        message: str,
        *,
        suggestions: list[str] | None = None,
        problems: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions or []
        self.problems = problems or []


class UsageError(PerufactsError):
    """The call itself makes no sense (for example comparing dollars with people)."""

    exit_code = EXIT_USAGE
    code = "usage"


class NotFoundError(PerufactsError):
    """A topic or figure the user named does not exist (or is ambiguous)."""

    exit_code = EXIT_NOT_FOUND
    code = "not-found"


class StoreError(PerufactsError):
    """The fact store cannot be read or is not valid; ``problems`` lists each reason.

    ``total`` counts the problems: more than ``problems`` lists when there are very many, and
    only a lower bound when ``exact`` is False (counting them all would cost too much).
    """

    exit_code = EXIT_STORE
    code = "store-invalid"

    def __init__(
        self,
        message: str,
        *,
        problems: list[str] | None = None,
        total: int | None = None,
        exact: bool = True,
    ) -> None:
        super().__init__(message, problems=problems)
        self.total = len(self.problems) if total is None else total
        self.exact = exact


def count_problems(n: int, *, exact: bool = True, more: bool = False) -> str:
    """``n`` problems in words: "1 problem", "3,000 more problems", "at least 25,000 problems"."""
    words = f"{n:,} {'more ' if more else ''}{'problem' if n == 1 else 'problems'}"
    return words if exact else f"at least {words}"


def location(parts: list[Any] | tuple[Any, ...]) -> str:
    """``("figures", 3, "value")`` -> ``figures[3].value``: how every problem names its place."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
