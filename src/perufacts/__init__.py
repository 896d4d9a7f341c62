"""perufacts: figures from the U.S.-Peru fact sheet, each with its source line."""

__version__ = "0.1.0"
