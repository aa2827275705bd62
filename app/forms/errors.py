"""The errors of the forms engine a caller handles: an answer refused, a form past the limits.

Both are refusals of what was asked (the form is left as it was), so a caller that handles
AnswerError handles FormTooComplex too; FormTooComplex is also a CircuitRideError (InvalidInput),
which every front end shows as it shows any other: the command line, the desktop and HQ.
"""

from __future__ import annotations

from app.errors import InvalidInput


class AnswerError(ValueError):
    """An answer the form cannot take (unknown question, a choice not offered, a malformed number).
    `code` is stable for callers; the message is for people."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class FormTooComplex(InvalidInput, AnswerError):
    """A form, or an answer to it, that the engine cannot work out within its limits
    (app/forms/limits.py). `reason` says which limit; `ref` names the question when one is known."""

    def __init__(self, reason: str, ref: str | None = None) -> None:
        self.reason = reason
        self.ref = ref
        self.code = "too-complex"
        where = f" at {ref}" if ref else ""
        self.message = (
            f"The form cannot be worked out{where}: {reason}. Check the answers given, or ask the form's "
            "author to simplify the form."
        )
        # Not super().__init__: CircuitRideError's and AnswerError's constructors take different
        # arguments; the exception's own arguments are the message, as for both of them.
        Exception.__init__(self, self.message)

    def at(self, ref: str) -> FormTooComplex:
        """The same refusal, naming the question (kept if an inner evaluation already named one)."""
        return self if self.ref else FormTooComplex(self.reason, ref)
