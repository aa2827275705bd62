"""The bundled program's entry point (PyInstaller runs this file as __main__).

The same `app.cli.main` as the `circuitride` console script: the GUI without a command, the command
line with one, `hq serve` for HQ. `--version` is answered here as well, because a field IT team's
first check of an installed bundle is "which version is this" and it must answer without opening a
workspace or a window.
"""

from __future__ import annotations

import multiprocessing
import sys


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("circuitride")
    except PackageNotFoundError:
        return "unknown"


def run() -> int:
    multiprocessing.freeze_support()  # a frozen program that spawns workers must stop here in the child
    if sys.argv[1:] == ["--version"]:
        print(f"circuitride {_version()}")
        return 0
    from app.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
