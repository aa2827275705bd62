"""The error hierarchy every layer raises and every front end (CLI, GUI, HQ) shows.

Each error carries a message a person can act on (what went wrong, what to do) and the exit code
the command line returns for it. Messages never contain personal data: they name records by case
number or id, never by a person's name or date of birth.
"""

from __future__ import annotations


class CircuitRideError(Exception):
    """Base class: a problem we expected and can explain."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(CircuitRideError):
    """The command was called wrongly (bad option, missing argument)."""

    exit_code = 2


class WrongPassword(CircuitRideError):
    exit_code = 3


class LockedOut(CircuitRideError):
    """Too many wrong passwords: unlocking is refused until the delay has passed."""

    exit_code = 3

    def __init__(self, message: str, retry_after_seconds: float) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


class WeakPassword(CircuitRideError):
    exit_code = 2


class WorkspaceNotFound(CircuitRideError):
    exit_code = 2


class WorkspaceExists(CircuitRideError):
    exit_code = 2


class WorkspaceLocked(CircuitRideError):
    """An operation needed the data key but the workspace is locked."""

    exit_code = 3


class InvalidManifest(CircuitRideError):
    exit_code = 1


class InvalidInput(CircuitRideError):
    """A value given by the user does not fit (bad date, unknown field, unknown case)."""

    exit_code = 1


class NotFound(CircuitRideError):
    exit_code = 1


class DuplicateValue(CircuitRideError):
    exit_code = 1


class UnsupportedFile(CircuitRideError):
    """An attachment that is not what it claims to be, corrupt, or too large to decode safely."""

    exit_code = 1


class IntegrityProblem(CircuitRideError):
    """Tampering or corruption found in the database, a blob or the audit chain."""

    exit_code = 1


class StorageFull(CircuitRideError):
    exit_code = 1


class PermissionDenied(CircuitRideError):
    exit_code = 1


class SyncRefused(CircuitRideError):
    exit_code = 1
