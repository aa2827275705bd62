"""Logging set-up shared by the CLI, the GUI and HQ.

Our own modules log ids, counts and error types only. Third-party loggers that would print SQL
parameters (SQLAlchemy's engine logger echoes bound values: names, dates of birth) are pinned at
WARNING whatever level the user asks for, and unexpected errors are logged without their message
(a database error's message can quote the row it failed on).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

LOG_FILE_BYTES = 2_000_000  # a few days of a laptop's log; support asks for the file, not a folder of them
LOG_FILE_COUNT = 3
QUIET_LOGGERS = ("sqlalchemy", "alembic.runtime.migration", "PIL", "asyncio", "urllib3", "httpx", "uvicorn.access")


_file_handler: logging.FileHandler | None = None  # the one configure() added
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def default_log_file() -> Path:
    """Where the desktop keeps its log when asked to (`configure(log_file=...)`): the platform's
    log folder, or CIRCUITRIDE_LOG_DIR (a bundle, a test)."""
    env = os.environ.get("CIRCUITRIDE_LOG_DIR")
    if env:
        return Path(env) / "circuitride.log"
    import platformdirs

    return platformdirs.user_log_path("CircuitRide", appauthor=False) / "circuitride.log"


def configure(level: int = logging.WARNING, *, log_file: Path | None = None) -> None:
    """Logging to standard error, and to `log_file` too (rotated) when given: a desktop started
    from a menu has no terminal, and support needs somewhere to look."""
    logging.basicConfig(level=level, format=FORMAT)
    root = logging.getLogger()
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    global _file_handler
    if log_file is not None and current_log_file() != log_file:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
            )
        except OSError as exc:  # a read-only home: standard error still has it
            logging.getLogger(__name__).warning("no log file (%s): logging to standard error only", exc.strerror)
            return
        handler.setFormatter(logging.Formatter(FORMAT))
        if _file_handler is not None:
            root.removeHandler(_file_handler)
            _file_handler.close()
        root.addHandler(handler)
        _file_handler = handler


def current_log_file() -> Path | None:
    """The file this process logs to, or None when it logs to standard error only (Help → About)."""
    if _file_handler is None or _file_handler not in logging.getLogger().handlers:
        return None
    return Path(_file_handler.baseFilename)


def safe_traceback(exc: BaseException) -> str:
    """Where it failed, without what it failed on: frames and exception types, no messages."""
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append("caused by " + safe_traceback(cause))
    return "\n".join(lines)
