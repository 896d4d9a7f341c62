"""Presenting results: terminal safety, number formatting, the machine contract, Rich tables.

``safety``, ``formatting`` and ``contract`` never import Rich; ``tables`` alone does, and the
command line imports it only when it prints a table.
"""
