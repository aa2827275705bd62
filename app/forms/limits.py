"""What one form may cost to fill: the engine's limits, defined once, and the error for going past them.

A form is data from outside (anyone can write an XLSForm), and the engine runs on the interviewer's
screen thread. Without limits a small form took minutes or all the memory (issue 18): nested
groups cost time and memory doubling with each level, a chain of calculations each doubling the
previous one's text exhausted the memory, nested counted repeats of 500 x 500 entries ran for
minutes, and `regex(., '^(a+)+$')` backtracked for ages on a few dozen letters (figures:
docs/benchmarks.md). Now:

* regular expressions run on RE2 (linear time; see `xpath.py`), and patterns it cannot run are
  refused when the form is loaded;
* a value (an answer, a calculation's result, a rendered label) holds at most `MAX_VALUE_CHARS`,
  and all the values of one form together at most `MAX_INSTANCE_CHARS`;
* a repeat holds at most `MAX_REPEAT_ENTRIES`, and a form being filled at most `MAX_INSTANCE_NODES`
  elements (questions, groups and entries, repeats expanded);
* one answer, with everything it makes the engine work out, gets `WORK_SECONDS` (the last line of
  defence: what the other limits did not foresee stops there instead of freezing the screen).

Each limit is far beyond what a real interview form reaches: our biggest forms have about 700
elements with a household of 9, and work out an answer far within `WORK_SECONDS`.

A problem visible in the form itself (a pattern RE2 cannot run, fixed repeat counts that multiply
past the limits) is refused when the form is loaded, as a `FormError` problem naming its survey
row. One that depends on the answers is a `FormTooComplex` (app/forms/errors.py) when it happens:
the engine puts the form back as it was before the answer and says which question and which limit.
"""

from __future__ import annotations

import time

from app.forms.errors import FormTooComplex

# The same figure as app/models/limits.py MAX_TEXT_CHARS (a longer value could not travel);
# not imported from there because app/models pulls in SQLAlchemy.
MAX_VALUE_CHARS = 100_000
MAX_INSTANCE_CHARS = 2_000_000  # all values of one form being filled (memory; a submission syncs at 512 KB)
MAX_REPEAT_ENTRIES = 500  # entries of one repeat (a household, the documents of one person)
MAX_INSTANCE_NODES = 20_000  # elements of one form being filled, every repeat entry expanded
WORK_SECONDS = 1.0  # one answer (or opening a form) and everything it makes the engine work out
# The clock is read once per this many units of work (a unit: a node visited, an expression
# evaluated): often enough to stop within a few milliseconds of the limit, rarely enough to cost
# nothing measurable.
CHECK_EVERY_UNITS = 2_000


def too_long(chars: int) -> FormTooComplex:
    return FormTooComplex(f"a value would hold {chars:,} characters; at most {MAX_VALUE_CHARS:,} are allowed")


class Budget:
    """The work one answer may do. Evaluations `spend` units; every `CHECK_EVERY_UNITS` the clock
    is read and past `WORK_SECONDS` the work stops with FormTooComplex. A budget shared by several
    calls (FormInstance.limited) runs only while the engine works: `pause` between the calls."""

    __slots__ = ("deadline", "left", "remaining", "seconds")

    def __init__(self, seconds: float = WORK_SECONDS) -> None:
        self.seconds = seconds
        self.remaining = seconds
        self.deadline = time.monotonic() + seconds
        self.left = CHECK_EVERY_UNITS

    def pause(self) -> None:
        self.remaining = max(0.0, self.deadline - time.monotonic())

    def resume(self) -> None:
        self.deadline = time.monotonic() + self.remaining
        self.left = CHECK_EVERY_UNITS

    def spend(self, units: int) -> None:
        self.left -= units
        if self.left < 0:
            self.check()

    def check(self) -> None:
        self.left = CHECK_EVERY_UNITS
        if time.monotonic() > self.deadline:
            raise FormTooComplex(f"working it out takes longer than {self.seconds:g} s, the most one answer may take")
