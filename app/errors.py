"""The error hierarchy every layer raises and every front end (CLI, GUI, HQ) shows.

Each error carries a message a person can act on (what went wrong, what to do) and the exit code
the command line returns for it. Messages never contain personal data: they name records by case
number or id, never by a person's name or date of birth.

Messages are translatable. An error is raised with an English *template* and its parameters:

    raise InvalidInput("{where}.{field}: is required", where=where, field=key)

The template itself is the message's code: stable text in English, with `str.format` fields (a
literal brace is written twice). `str(exc)` and `exc.message` give the English text, as the command
line prints it and as tests read it; the desktop looks the template up in its translations (Qt
context "ServiceMessages", app/ui/i18n.py `service_text`) and fills the parameters in afterwards, so
a translation may reorder them. Changing a template's English therefore changes its code: run
`make translations` and translate it again (tests/unit/test_service_messages.py says so).

Parameters are values (numbers, case numbers, field names, vocabulary codes, a quoted value), which
appear as they are, or `Message`s, translated in turn: a field's problem inside the sentence that
names the field. An int formatted with `{n:,}` is grouped the interface language's way. A template
raised as a literal string is found by the catalogue (app/ui/service_catalog.py) and listed for the
translators; a message built with an f-string still works, it just stays English everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable text: an English template and the parameters it is filled with."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.template, self.params)


def render(template: str, params: Mapping[str, Any]) -> str:
    """The English text: `template` filled with `params` (nested Messages as their English text).
    A template without parameters is the text itself (its braces are not fields)."""
    if not params:
        return template
    try:
        return template.format_map({k: str(v) if isinstance(v, Message) else v for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        # A template that does not fit its parameters is a programming mistake; the user still gets
        # the sentence rather than a KeyError in place of the error meant. Parameters may hold
        # personal data: only the template is logged.
        log.warning("message template does not fit its parameters: %r", template)
        return template


def message_of(error: BaseException | Message | str) -> Message:
    """The translatable message of any error: its template and parameters when it was raised with
    them, otherwise its text as a template without parameters (found in no translation, so shown
    as it is).

    One bridge for messages not yet converted: an error raised while handling a translatable one
    (`raise InvalidInput(f"{where}.dob: {exc}") from None` keeps `exc` as its context) whose text
    is "<path>: <that error's text>" is read as that path and that translatable message."""
    if isinstance(error, Message):
        return error
    if isinstance(error, str):
        return Message(error)
    template, params = getattr(error, "template", None), getattr(error, "params", None)
    if isinstance(template, str) and params:
        return Message(template, params)
    text = str(error)
    context = error.__context__
    if context is not None and isinstance(getattr(context, "template", None), str):
        inner = str(context)
        head = text[: -len(inner) - 2] if inner and text.endswith(": " + inner) else ""
        if head and ": " not in head:
            return Message("{where}: {problem}", {"where": head, "problem": message_of(context)})
    return Message(template if isinstance(template, str) else text)


class CircuitRideError(Exception):
    """Base class: a problem we expected and can explain.

    `CircuitRideError(template, **params)`: see the module's docstring. `template` may also be a
    Message, whose parameters `params` add to."""

    exit_code = 1

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        if isinstance(template, Message):
            params = dict(template.params) | params
            template = template.template
        self.template = template
        self.params: dict[str, Any] = params
        self.message = render(template, params)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class FieldProblem(ValueError):
    """What is wrong with one value (app/models/fields.py), translatable like an error's message.

    A ValueError, so every caller that catches ValueError from a field rule still does; its text is
    the English problem ("is longer than 200 characters"), which callers put after a field's name."""

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        if isinstance(template, Message):
            params = dict(template.params) | params
            template = template.template
        self.template = template
        self.params: dict[str, Any] = params
        self.message = render(template, params)
        super().__init__(self.message)

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

    def __init__(self, template: str | Message, /, retry_after_seconds: float, **params: Any) -> None:
        super().__init__(template, **params)
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
