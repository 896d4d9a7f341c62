"""Entry point for ``python -m perufacts`` and the ``perufacts`` command.

The signal handlers go in before anything else is imported: the command line's imports take
most of a lookup's time, and Ctrl-C during them printed a KeyboardInterrupt traceback.
"""

from perufacts import signals


def main() -> None:
    """Install the signal handlers, then load and run the command line."""
    signals.install()
    from perufacts.cli import main as run

    run()


if __name__ == "__main__":
    main()
