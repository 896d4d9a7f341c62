"""perufacts: figures from the U.S.-Peru fact sheet, each with its source line."""

__version__ = "0.1.0"

# Where perufacts is developed and documented; pyproject.toml's [project.urls] name the same
# (tests/test_package.py keeps them equal). The docs are read on the web, so that `--help` can
# point to them from an installed wheel, which does not carry docs/.
REPOSITORY = "https://github.com/perufacts/perufacts"
DOCS_URL = f"{REPOSITORY}/blob/main/docs"
