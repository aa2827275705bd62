"""Logging set-up shared by the CLI, the GUI and HQ.

Our own modules log ids, counts and error types only. Third-party loggers that would print SQL
parameters (SQLAlchemy's engine logger echoes bound values: names, dates of birth) are pinned at
WARNING whatever level the user asks for, and unexpected errors are logged without their message
(a database error's message can quote the row it failed on).
"""

from __future__ import annotations

import logging
import traceback

QUIET_LOGGERS = ("sqlalchemy", "alembic.runtime.migration", "PIL", "asyncio", "urllib3", "httpx", "uvicorn.access")


def configure(level: int = logging.WARNING) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))


def safe_traceback(exc: BaseException) -> str:
    """Where it failed, without what it failed on: frames and exception types, no messages."""
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append("caused by " + safe_traceback(cause))
    return "\n".join(lines)
