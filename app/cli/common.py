"""What every part of the command line shares: its argument parser, how it speaks (`say` on stderr,
`emit_json` on stdout, everything a person reads made `terminal_safe`), the secrets it reads
(passwords from the environment, a file or the terminal) and the workspace it opens for a command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TextIO

from app.errors import CircuitRideError, UsageError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_PASSWORD = 0, 1, 2, 3


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


def say(message: str) -> None:
    print(message, file=sys.stderr)


# C0 controls but line feed and tab, DEL and C1 controls (a terminal may take U+009B as ESC [),
# and lone surrogates: bytes of a non-UTF-8 file name or argument, which Python keeps as
# U+DC80-U+DCFF and would write back as those raw bytes (0x9B is CSI on an 8-bit terminal).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_RAW_CONTROL_RE = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes the C0 ones itself


def terminal_safe(text: str) -> str:
    """`text` with every control character shown as a visible escape (ESC as `\\x1b`).

    Replacing the characters one by one is enough to defuse every escape sequence (what follows
    ESC is then plain text) and works on text written in pieces. Line feeds and tabs are layout.
    """
    return _CONTROL_RE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, shown as that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class _TerminalSafe:
    """A text stream that passes everything written to it through `terminal_safe`."""

    def __init__(self, stream: TextIO) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        self.raw.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Any) -> None:  # noqa: ANN401 - any iterable of str
        for text in lines:
            self.write(text)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - flush, isatty, encoding, buffer...
        return getattr(self.raw, name)


def unwrapped(stream: Any) -> TextIO:  # noqa: ANN401 - sys.stdout, wrapped or not
    return stream.raw if isinstance(stream, _TerminalSafe) else stream


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(saved[0]), _TerminalSafe(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def emit_json(doc: Any) -> None:
    text = json.dumps(doc, ensure_ascii=False, indent=2, default=str)
    # Outside strings JSON has only ASCII punctuation, so these can only be inside a string, where
    # \u escapes keep the value exactly while no raw control character reaches a terminal.
    text = _JSON_RAW_CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    out = unwrapped(sys.stdout)
    out.write(text)
    out.write("\n")


# ----- passwords --------------------------------------------------------------------------------
# A password (or passphrase) file holds one line; a key file one PEM block. Anything larger is a
# wrong file (or /dev/zero), refused before it fills memory.
MAX_SECRET_FILE_BYTES = 4 * 1024
MAX_KEY_FILE_BYTES = 64 * 1024


def read_secret_file(path: str) -> str:
    from app.util.files import read_limited

    what = f"The password file {path}"
    try:
        raw = read_limited(
            path, MAX_SECRET_FILE_BYTES, what, "it should hold the password on one line.", error=UsageError
        )
    except OSError as exc:
        raise UsageError(f"Cannot read the password file {path}: {exc.strerror}.") from None
    try:
        secret = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise UsageError(
            f"{what} is not UTF-8 text: save it as plain text in UTF-8 (the password on one line)."
        ) from None
    if not secret:
        raise UsageError(f"{what} is empty: write the password on its first line.")
    return secret


def password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file)
    env = os.environ.get("CIRCUITRIDE_PASSWORD")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise UsageError("No password given: set CIRCUITRIDE_PASSWORD, pass --password-file FILE, or run in a terminal.")


def new_password(args: argparse.Namespace, what: str = "New password") -> str:
    if getattr(args, "new_password_file", None):
        return read_secret_file(args.new_password_file)
    env = os.environ.get("CIRCUITRIDE_NEW_PASSWORD")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(f"{what} (at least 12 characters; a passphrase is best): ")
        if getpass.getpass("Repeat it: ") != first:
            raise UsageError("The two passwords differ. Nothing was changed.")
        return first
    raise UsageError("No new password given: set CIRCUITRIDE_NEW_PASSWORD or pass --new-password-file FILE.")


def data_dir(args: argparse.Namespace) -> Path:
    from app.store.workspace import default_data_dir

    return Path(args.data_dir) if args.data_dir else default_data_dir()


def open_workspace(args: argparse.Namespace) -> Any:
    from app.store.workspace import Workspace

    ws = Workspace(data_dir(args))
    ws.unlock(password(args), args.user)
    if ws.upgraded is not None:  # the first command after an application upgrade migrated the workspace
        say(f"circuitride: {ws.upgraded.sentence()}")
    return ws


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Any]:
    """The workspace unlocked for one command, locked again however the command ends."""
    ws = open_workspace(args)
    try:
        yield ws
    finally:
        ws.lock()


def read_bytes(
    path: str,
    max_bytes: int = MAX_KEY_FILE_BYTES,
    advice: str = "is it the right file?",
    *,
    what: str | None = None,
    error: type[CircuitRideError] = UsageError,
) -> bytes:
    from app.util.files import read_limited

    try:
        return read_limited(path, max_bytes, what or path, advice, error=error)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from None


def assignments(pairs: list[str], *, lists: Collection[str] = ()) -> dict[str, Any]:
    """`FIELD=VALUE` arguments as {field: value}: an empty value is None (clears the field); the
    fields in `lists` are read as comma-separated lists."""
    out: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"'{pair}' is not FIELD=VALUE.")
        key, value = pair.split("=", 1)
        key = key.strip()
        if key in lists:
            out[key] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            out[key] = value if value != "" else None
    return out


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A day given on the command line (`--from 2026-12-01`), or None when not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            "{option} '{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.", option=option, value=value
        ) from None
