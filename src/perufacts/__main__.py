"""Entry point for ``python -m perufacts``."""

from perufacts.cli import main

main()
