"""`circuitride packet ...`: a case's travel packet as one PDF (issue 22). Being built."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Add = Callable[..., argparse.ArgumentParser]


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    """Nothing yet: the `packet` command is registered when it is built."""
