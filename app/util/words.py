"""English words for the command line (the UI translates through Qt, with its own plural forms)."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 case', '300 cases', '2 dates of birth': English plurals, never 'case(s)'."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
