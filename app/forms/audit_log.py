"""The per-submission form audit log ODK Collect writes when a form has an `audit` meta question.

Written as ODK's client audit log CSV (getodk.github.io/xforms-spec/client-audit-logs and
docs.getodk.org/form-audit-log), so ODK Central, KoboToolbox and the team's own analysis read it as
they read Collect's: a header row `event,node,start,end`, then `latitude,longitude,accuracy` when
the form asks for locations, `old-value,new-value` with `track-changes`, `user` with
`identify-user`, `change-reason` with `track-changes-reasons`; times in milliseconds since
1970-01-01 UTC; UTF-8, commas, `\\n` line ends; a value holding a comma or a line break is wrapped
in double quotes, and only then are its double quotes doubled (Collect's own rule, not RFC 4180's).

Locations are kept as Collect keeps them (docs.getodk.org/form-audit-log, "Location tracking"):
the laptop's position is sampled no more often than every `location-min-interval` seconds (the
form window's timer calls `location_tick`, and every event may take a sample too) into a cache of
timestamped fixes; an event gets the most accurate fix of the last `location-max-age` seconds, or
blank coordinates when there is none (no location service, no fix yet, or only stale ones). Collect
writes no event of its own for a new position, and neither does this log: positions ride on the
events, and the same one is often repeated.

The log is plain data: the form window feeds it (app/ui/forms), the draft keeps it (`to_dict`), and
submitting stores its bytes as the submission's `audit.csv` (app/services/forms.py). It holds
answers' old and new values when the form asks for them, so it is encrypted like the answers and
never written to a log file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.forms.model import AuditSettings

AUDIT_FILE_NAME = "audit.csv"  # the name Collect gives it and the audit node's value
MAX_EVENTS = 50_000  # a day-long interview is a few thousand; past this the oldest question events go

# The event names ODK defines (Collect's AuditEvent.AuditEventType), as written in the `event` column.
FORM_START = "form start"
FORM_RESUME = "form resume"
FORM_SAVE = "form save"
FORM_EXIT = "form exit"
FORM_FINALIZE = "form finalize"
QUESTION = "question"
GROUP = "group questions"
JUMP = "jump"
ADD_REPEAT = "add repeat"
DELETE_REPEAT = "delete repeat"
END_SCREEN = "end screen"
SAVE_ERROR = "save error"
FINALIZE_ERROR = "finalize error"
CONSTRAINT_ERROR = "constraint error"
CHANGE_REASON = "change reason"
LOCATION_TRACKING_ENABLED = "location tracking enabled"
LOCATION_TRACKING_DISABLED = "location tracking disabled"
LOCATION_PROVIDERS_ENABLED = "location providers enabled"
LOCATION_PROVIDERS_DISABLED = "location providers disabled"
LOCATION_PERMISSIONS_GRANTED = "location permissions granted"
LOCATION_PERMISSIONS_NOT_GRANTED = "location permissions not granted"
EVENTS = frozenset(
    {
        FORM_START,
        FORM_RESUME,
        FORM_SAVE,
        FORM_EXIT,
        FORM_FINALIZE,
        QUESTION,
        GROUP,
        JUMP,
        ADD_REPEAT,
        DELETE_REPEAT,
        END_SCREEN,
        SAVE_ERROR,
        FINALIZE_ERROR,
        CONSTRAINT_ERROR,
        CHANGE_REASON,
        LOCATION_TRACKING_ENABLED,
        LOCATION_TRACKING_DISABLED,
        LOCATION_PROVIDERS_ENABLED,
        LOCATION_PROVIDERS_DISABLED,
        LOCATION_PERMISSIONS_GRANTED,
        LOCATION_PERMISSIONS_NOT_GRANTED,
        "beginning of form",
        "prompt new repeat",
        "unknown event",
    }
)
# Events with a duration (Collect's "interval" events): their end is set when they are left.
_INTERVALS = frozenset({QUESTION, GROUP, END_SCREEN, "prompt new repeat", "beginning of form"})

Location = tuple[float, float, float]  # latitude, longitude, accuracy in metres
# Used when the form's location-min-interval / location-max-age are missing or unreadable (pyxform
# requires both; these are the values of ODK's documented example).
DEFAULT_MIN_INTERVAL_S = 60.0
DEFAULT_MAX_AGE_S = 120.0
MAX_FIXES = 1000  # the cache holds at most max-age / min-interval fixes; this bounds a strange form


def epoch_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class AuditEvent:
    event: str
    node: str = ""
    start: int = 0
    end: int | None = None
    location: Location | None = None
    old_value: str | None = None
    new_value: str | None = None
    user: str = ""
    change_reason: str = ""

    def to_list(self) -> list[Any]:
        return [
            self.event,
            self.node,
            self.start,
            self.end,
            list(self.location) if self.location else None,
            self.old_value,
            self.new_value,
            self.user,
            self.change_reason,
        ]

    @classmethod
    def from_list(cls, row: list[Any]) -> AuditEvent:
        loc = row[4]
        return cls(
            str(row[0]),
            str(row[1] or ""),
            int(row[2]),
            None if row[3] is None else int(row[3]),
            (float(loc[0]), float(loc[1]), float(loc[2])) if loc else None,
            None if row[5] is None else str(row[5]),
            None if row[6] is None else str(row[6]),
            str(row[7] or ""),
            str(row[8] or ""),
        )


@dataclass
class AuditLog:
    """One submission's audit log. `clock` gives epoch milliseconds (a test passes its own);
    `location` the laptop's latest position when the form asks for locations (None: no fix), and
    `location_time` when that position was taken, in epoch ms (None, or no callable: taken now)."""

    settings: AuditSettings
    user: str = ""
    clock: Callable[[], int] = epoch_ms
    location: Callable[[], Location | None] | None = None
    location_time: Callable[[], int | None] | None = None
    events: list[AuditEvent] = field(default_factory=list)
    _open: dict[str, tuple[AuditEvent, str]] = field(default_factory=dict)  # node -> (event, value when entered)
    _fixes: list[tuple[int, Location]] = field(default_factory=list)  # (taken at, position), oldest first
    _sampled: int | None = None  # when the position was last read

    # ----- what the columns are ----------------------------------------------------------------------
    @property
    def tracks_location(self) -> bool:
        return self.settings.location_priority is not None

    @property
    def min_interval_ms(self) -> int:
        return int(_seconds(self.settings.location_min_interval, DEFAULT_MIN_INTERVAL_S) * 1000)

    @property
    def max_age_ms(self) -> int:
        """Never shorter than the interval (ODK: max-age must be at least min-interval)."""
        return max(int(_seconds(self.settings.location_max_age, DEFAULT_MAX_AGE_S) * 1000), self.min_interval_ms)

    @property
    def asks_reasons(self) -> bool:
        return (self.settings.track_changes_reasons or "").strip().lower() == "on-form-edit"

    def header(self) -> list[str]:
        cols = ["event", "node", "start", "end"]
        if self.tracks_location:
            cols += ["latitude", "longitude", "accuracy"]
        if self.settings.track_changes:
            cols += ["old-value", "new-value"]
        if self.settings.identify_user:
            cols.append("user")
        if self.asks_reasons:
            cols.append("change-reason")
        return cols

    # ----- recording -------------------------------------------------------------------------------
    def log(self, event: str, node: str = "", *, end: bool = False, change_reason: str = "") -> AuditEvent:
        """An event happening now (with its end now too when `end`: a moment, not a stay)."""
        now = self.clock()
        e = AuditEvent(
            event,
            node,
            now,
            now if end else None,
            self._where(now),
            user=self.user if self.settings.identify_user else "",
            change_reason=change_reason,
        )
        self.events.append(e)
        if len(self.events) > MAX_EVENTS:
            drop = next((i for i, old in enumerate(self.events) if old.event == QUESTION), 0)
            del self.events[drop]
        return e

    def enter(self, event: str, node: str, value: str = "") -> None:
        """A question (or a group's page) came into view or took the focus: its stay starts."""
        if node in self._open:
            return
        self._open[node] = (self.log(event, node), value)

    def leave(self, node: str, value: str = "") -> None:
        """Its stay ends; a question whose answer changed meanwhile gets the old and new value
        when the form tracks changes (Collect fills them on the question event itself)."""
        opened = self._open.pop(node, None)
        if opened is None:
            return
        e, before = opened
        e.end = self.clock()
        if e.location is None:
            e.location = self._where(e.end)
        if self.settings.track_changes and e.event == QUESTION and value != before:
            e.old_value, e.new_value = before, value

    def close_all(self, values: Callable[[str], str] | None = None) -> None:
        """Every open stay ends now (the form saved, left or finalized)."""
        for node in list(self._open):
            self.leave(node, values(node) if values is not None else self._open[node][1])

    def is_open(self, node: str) -> bool:
        return node in self._open

    # ----- locations -----------------------------------------------------------------------------
    def location_tick(self, now: int | None = None) -> bool:
        """Read the laptop's position into the cache, unless it was read less than
        location-min-interval ago. True when a fix was added (a position not older than
        location-max-age, and not the one already cached)."""
        if not self.tracks_location or self.location is None:
            return False
        now = self.clock() if now is None else now
        if self._sampled is not None and 0 <= now - self._sampled < self.min_interval_ms:
            return False
        self._sampled = now
        try:
            fix = self.location()
            taken = self.location_time() if self.location_time is not None else None
        except Exception:  # noqa: BLE001 - a location service failing never stops an interview
            return False
        if fix is None:
            return False
        taken = now if taken is None else min(int(taken), now)  # a clock ahead of ours is "now"
        if now - taken > self.max_age_ms or (taken, fix) in self._fixes:
            return False
        self._fixes.append((taken, fix))
        del self._fixes[:-MAX_FIXES]
        return True

    def fixes(self, now: int | None = None) -> list[tuple[int, Location]]:
        """The cached fixes still young enough for an event at `now`, oldest first."""
        now = self.clock() if now is None else now
        self._fixes = [(t, f) for t, f in self._fixes if now - t <= self.max_age_ms]
        return list(self._fixes)

    def _where(self, now: int) -> Location | None:
        """The most accurate fix of the last location-max-age (Collect's rule); None without one."""
        if not self.tracks_location or self.location is None:
            return None
        self.location_tick(now)
        young = self.fixes(now)
        if not young:
            return None
        # An accuracy of 0 means "unknown": any measured one is better; among equals, the newest.
        return min(young, key=lambda tf: (tf[1][2] if tf[1][2] > 0 else float("inf"), -tf[0]))[1]

    # ----- draft -----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """What the draft keeps (open stays are closed by `form save` first, as Collect does)."""
        return {"events": [e.to_list() for e in self.events]}

    @classmethod
    def from_dict(
        cls,
        settings: AuditSettings,
        saved: dict[str, Any] | None,
        *,
        user: str = "",
        clock: Callable[[], int] = epoch_ms,
        location: Callable[[], Location | None] | None = None,
        location_time: Callable[[], int | None] | None = None,
    ) -> AuditLog:
        out = cls(settings, user=user, clock=clock, location=location, location_time=location_time)
        for row in (saved or {}).get("events", []) if isinstance(saved, dict) else []:
            try:
                out.events.append(AuditEvent.from_list(list(row)))
            except (TypeError, ValueError, IndexError):
                continue  # a damaged row is dropped, never the whole log
        return out

    # ----- the CSV ---------------------------------------------------------------------------------
    def to_csv(self) -> bytes:
        cols = self.header()
        lines = [",".join(cols)]
        for e in self.events:
            row = [e.event, e.node, str(e.start), "" if e.end is None else str(e.end)]
            if self.tracks_location:
                row += [_number(v) for v in e.location] if e.location else ["", "", ""]
            if self.settings.track_changes:
                row += [e.old_value or "", e.new_value or ""]
            if self.settings.identify_user:
                row.append(e.user)
            if self.asks_reasons:
                row.append(e.change_reason)
            lines.append(",".join(_quote(v) for v in row))
        return ("\n".join(lines) + "\n").encode("utf-8")


def _seconds(text: str | None, default: float) -> float:
    try:
        value = float((text or "").strip())
    except ValueError:
        return default
    return value if value > 0 and value == value and value != float("inf") else default


def _number(v: float) -> str:
    return repr(float(v)) if v != int(v) else f"{int(v)}.0"


def _quote(value: str) -> str:
    """Collect's rule: wrap a value holding a comma or line break in quotes, and only then double
    its quotes (a lone quote in a plain value is written as it is)."""
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


# ----- reading one back (to show it to QC) -----------------------------------------------------------
@dataclass(frozen=True)
class AuditRow:
    event: str
    node: str
    start: int | None
    end: int | None
    latitude: str = ""
    longitude: str = ""
    accuracy: str = ""
    old_value: str = ""
    new_value: str = ""
    user: str = ""
    change_reason: str = ""

    @property
    def duration_ms(self) -> int | None:
        return self.end - self.start if self.start is not None and self.end is not None else None


def read_csv(data: bytes) -> list[AuditRow]:
    """An audit log's rows, from Collect's CSV or ours (columns by header name, any order; unknown
    columns ignored). Raises ValueError for something that is not an audit log."""
    text = data.decode("utf-8-sig", errors="replace")
    records = _split(text)
    if not records or "event" not in records[0]:
        raise ValueError("not a form audit log (no `event` column in the first row)")
    cols = records[0]
    out = []
    for rec in records[1:]:
        if not any(rec):
            continue
        get = dict(zip(cols, rec, strict=False))
        out.append(
            AuditRow(
                get.get("event", ""),
                get.get("node", ""),
                _int(get.get("start", "")),
                _int(get.get("end", "")),
                get.get("latitude", ""),
                get.get("longitude", ""),
                get.get("accuracy", ""),
                get.get("old-value", ""),
                get.get("new-value", ""),
                get.get("user", ""),
                get.get("change-reason", ""),
            )
        )
    return out


def _int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _split(text: str) -> list[list[str]]:
    """Records of Collect's CSV: quoted fields may hold commas and line breaks; a quote inside an
    unquoted field is literal."""
    records: list[list[str]] = []
    row: list[str] = []
    cur: list[str] = []
    i, n = 0, len(text)
    quoted = False
    at_start = True
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"' and at_start:
            quoted = True
            at_start = False
        elif ch == ",":
            row.append("".join(cur))
            cur, at_start = [], True
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cur))
            records.append(row)
            row, cur, at_start = [], [], True
        else:
            cur.append(ch)
            at_start = False
        i += 1
    if cur or row:
        row.append("".join(cur))
        records.append(row)
    return records


@dataclass(frozen=True)
class QuestionTime:
    node: str
    visits: int
    total_ms: int


@dataclass(frozen=True)
class AuditSummary:
    """What a team lead checks: how long the interview took, where the time went, what changed."""

    started: int | None
    ended: int | None
    total_ms: int  # the sum of the time spent on questions
    questions: list[QuestionTime]  # the longest first
    changes: list[AuditRow]  # question events whose answer changed
    reasons: list[AuditRow]  # change reason events
    events: int
    sessions: int  # form start + form resume


def summarize(rows: list[AuditRow]) -> AuditSummary:
    times: dict[str, list[int]] = {}
    for r in rows:
        if r.event == QUESTION and r.duration_ms is not None and r.duration_ms >= 0:
            times.setdefault(r.node, []).append(r.duration_ms)
    questions = sorted(
        (QuestionTime(node, len(d), sum(d)) for node, d in times.items()), key=lambda q: (-q.total_ms, q.node)
    )
    starts = [r.start for r in rows if r.start is not None]
    ends = [r.end if r.end is not None else r.start for r in rows if r.start is not None]
    return AuditSummary(
        min(starts) if starts else None,
        max(e for e in ends if e is not None) if ends else None,
        sum(q.total_ms for q in questions),
        questions,
        [r for r in rows if r.event == QUESTION and (r.old_value or r.new_value) and r.old_value != r.new_value],
        [r for r in rows if r.event == CHANGE_REASON],
        len(rows),
        sum(1 for r in rows if r.event in (FORM_START, FORM_RESUME)),
    )


def saved_from_csv(data: bytes) -> dict[str, Any]:
    """A submitted log read back into what `AuditLog.from_dict` takes, so an amendment carries on
    the submission's own log rather than starting a new one."""
    events = []
    for r in read_csv(data):
        if r.start is None:
            continue
        try:
            loc = [float(r.latitude), float(r.longitude), float(r.accuracy)] if r.latitude else None
        except ValueError:
            loc = None
        changed = bool(r.old_value or r.new_value)
        events.append(
            [r.event, r.node, r.start, r.end, loc, r.old_value if changed else None,
             r.new_value if changed else None, r.user, r.change_reason]
        )  # fmt: skip
    return {"events": events}
