"""The maintained list of interpreters: who speaks which languages (and how well), at which sites,
how to reach them, and when they are away.

Interpreters are reference data: every laptop of a ride receives them, and changing them is a team
lead's or an administrator's act (`manage_reference_data`). An interpreter who no longer works with
the team is deactivated, never deleted: past interviews and appointments keep naming them.
The values follow the same field rules as a manifest's and HQ's (app/models/fields.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DuplicateValue, InvalidInput, NotFound
from app.models import Interpreter
from app.models import fields as F
from app.services.uow import reading, unit_of_work
from app.store.workspace import Workspace


@dataclass(frozen=True)
class InterpreterInfo:
    id: str
    name: str
    languages: list[dict[str, str]]  # [{"code": "ti", "proficiency": "native"}]
    sites: list[str]
    contact: str
    availability: str
    away: list[dict[str, str]]  # [{"from": "2026-12-01", "to": "2026-12-03", "reason": ""}]
    active: bool

    def speaks(self, code: str) -> bool:
        return code in spoken(self.languages)

    def away_on(self, day: dt.date | str) -> dict[str, str] | None:
        """The period this interpreter is away on `day` (None: not away)."""
        return next(iter(away_on(self.away, day)), None)


def spoken(languages: list[Any] | None) -> set[str]:
    """The language codes of an interpreter's `languages` as stored ([{"code", "proficiency"}])."""
    return {str(e.get("code")) for e in languages or [] if isinstance(e, dict)}


def away_on(periods: list[Any] | None, day: dt.date | str) -> list[dict[str, str]]:
    """The periods of an interpreter's `away`, as stored, that include `day`."""
    text = day.isoformat() if isinstance(day, dt.date) else day
    return [p for p in periods or [] if isinstance(p, dict) and p.get("from", "") <= text <= p.get("to", "")]


def _info(row: Interpreter) -> InterpreterInfo:
    return InterpreterInfo(
        id=row.id,
        name=row.name,
        languages=[
            {"code": str(e.get("code", "")), "proficiency": str(e.get("proficiency") or "")}
            for e in (row.languages or [])
            if isinstance(e, dict)
        ],
        sites=[str(s) for s in (row.sites or [])],
        contact=row.contact or "",
        availability=row.availability or "",
        away=[dict(p) for p in (row.away or []) if isinstance(p, dict)],
        active=row.active,
    )


def list_interpreters(
    ws: Workspace, *, include_inactive: bool = False, site: str | None = None, language: str | None = None
) -> list[InterpreterInfo]:
    """The interpreters by name; only active ones unless asked. `site` and `language` narrow the list
    to those who work at that site (or at any site: no sites listed) and speak that language."""
    code = _language_filter(language)
    with reading(ws) as session:
        query = select(Interpreter).where(Interpreter.deleted.is_(False))
        if not include_inactive:
            query = query.where(Interpreter.active.is_(True))
        rows = [_info(row) for row in session.scalars(query)]
    if site:
        wanted = site.strip().casefold()
        rows = [r for r in rows if not r.sites or any(s.casefold() == wanted for s in r.sites)]
    if code:
        rows = [r for r in rows if r.speaks(code)]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def show_interpreter(ws: Workspace, key: str) -> InterpreterInfo:
    with reading(ws) as session:
        return _info(find_interpreter(session, key))


def add_interpreter(
    ws: Workspace,
    name: str,
    languages: Any,
    *,
    sites: Any = None,
    contact: str | None = None,
    availability: str | None = None,
) -> str:
    """A new interpreter; returns its id. `languages`: codes with optional levels ("ti:native, am")
    or a list of {"code", "proficiency"}. Refused when another interpreter has the same name."""
    values = F.parse_fields(
        F.INTERPRETER_FIELDS,
        {"name": name, "languages": languages, "sites": sites, "contact": contact, "availability": availability},
        "interpreter",
        partial=False,
    )
    with unit_of_work(ws, "manage_reference_data") as uow:
        _check_unique_name(uow.session, values["name"], None)
        row = Interpreter(**values, active=True, away=[])
        uow.create(row, case_id=None)
        return row.id


def set_interpreter_fields(ws: Workspace, key: str, changes: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Change some fields of an interpreter (by id or exact name); returns {field: (old, new)}.
    `active=no` deactivates one; periods away are changed with `mark_away` and `clear_away`."""
    if "away" in changes:
        raise InvalidInput("Periods away are set with `interpreters away`, one period at a time.")
    values = F.parse_fields(F.INTERPRETER_FIELDS, changes, "interpreter", partial=True)
    with unit_of_work(ws, "manage_reference_data") as uow:
        row = find_interpreter(uow.session, key)
        if "name" in values:
            _check_unique_name(uow.session, values["name"], row.id)
        return uow.update(row, values, case_id=None)


def mark_away(ws: Workspace, key: str, start: str, end: str, *, reason: str | None = None) -> list[dict[str, str]]:
    """Record that an interpreter is away from `start` to `end` (both days included); returns the
    interpreter's periods away. A period overlapping one already recorded is merged with it."""
    period = _period(start, end, reason)
    with unit_of_work(ws, "manage_reference_data") as uow:
        row = find_interpreter(uow.session, key)
        periods = _merged([*(row.away or []), period])
        uow.update(row, {"away": F.away_periods(periods)}, case_id=None)
        return list(row.away)


def clear_away(ws: Workspace, key: str, start: str, end: str) -> list[dict[str, str]]:
    """Take the days from `start` to `end` out of an interpreter's periods away (a cancelled leave)."""
    cut = _period(start, end, None)
    with unit_of_work(ws, "manage_reference_data") as uow:
        row = find_interpreter(uow.session, key)
        kept: list[dict[str, str]] = []
        for period in row.away or []:
            if period["to"] < cut["from"] or period["from"] > cut["to"]:
                kept.append(period)
                continue
            if period["from"] < cut["from"]:
                kept.append({**period, "to": _day_before(cut["from"])})
            if period["to"] > cut["to"]:
                kept.append({**period, "from": _day_after(cut["to"])})
        uow.update(row, {"away": F.away_periods(kept)}, case_id=None)
        return list(row.away)


def find_interpreter(session: Session, key: str) -> Interpreter:
    """An interpreter by id, or by exact name (letter case aside) when exactly one has it."""
    key = (key or "").strip()
    if not key:
        raise InvalidInput("Name the interpreter by id or by name.")
    row = session.get(Interpreter, key)
    if row is not None and not row.deleted:
        return row
    named = [
        r
        for r in session.scalars(select(Interpreter).where(Interpreter.deleted.is_(False)))
        if r.name.casefold() == key.casefold()
    ]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise InvalidInput(
            "{count} interpreters are named '{name}': use the id (`circuitride interpreters list --all`).",
            count=len(named),
            name=key,
        )
    raise NotFound(
        "No interpreter '{key}' in this workspace; `circuitride interpreters list --all` shows them.", key=key
    )


def _check_unique_name(session: Session, name: str, own: str | None) -> None:
    for row in session.scalars(select(Interpreter).where(Interpreter.deleted.is_(False))):
        if row.id != own and row.name.casefold() == name.casefold():
            raise DuplicateValue("interpreter.name: another interpreter is already named '{name}'", name=name)


def _language_filter(language: str | None) -> str | None:
    if not language:
        return None
    return str(F.checked(F.language, language, "language"))


def _period(start: str, end: str, reason: str | None) -> dict[str, str]:
    periods = F.checked(F.away_periods, [{"from": start, "to": end, "reason": reason or ""}], "interpreter.away")
    return dict(periods[0])


def _merged(periods: list[dict[str, str]]) -> list[dict[str, str]]:
    """Periods in date order, those that overlap or touch joined into one (the first reason kept)."""
    out: list[dict[str, str]] = []
    for period in sorted(periods, key=lambda p: (p["from"], p["to"])):
        if out and period["from"] <= _day_after(out[-1]["to"]):
            last = out[-1]
            last["to"] = max(last["to"], period["to"])
            last["reason"] = last.get("reason") or period.get("reason") or ""
        else:
            out.append(dict(period))
    return out


def _day_after(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _day_before(day: str) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
