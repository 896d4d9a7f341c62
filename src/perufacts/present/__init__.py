"""Presenting results: terminal safety, number formatting, the machine contract, Rich tables
and HTML pages.

``safety``, ``formatting`` and ``contract`` never import Rich or Jinja2; ``tables`` alone
imports Rich and ``html`` alone imports Jinja2, and the command line imports each only when
it prints a table or writes a page.
"""
