"""Conflicts HQ found between devices, and their resolution by a team lead.

Resolving sets the field to the chosen value through an ordinary audited change (so it syncs like
any edit and wins over the provisional value everywhere) and marks the conflict resolved, which
syncs back to HQ and from there to every device.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.errors import InvalidInput, NotFound
from app.models import MODEL_BY_TABLE, Case, Conflict, Person, limits
from app.models import fields as F
from app.models.base import utcnow
from app.services.uow import plain, reading, unit_of_work
from app.store.workspace import Workspace
from app.wire.protocol import convert, table_fields


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    case_number: str | None
    table: str
    row_id: str
    field: str
    candidates: list[dict[str, Any]]
    current: Any
    resolved: bool
    resolution: Any
    resolved_by: str | None
    created_at: str
    kind: str = "concurrent"  # or "duplicate": two records hold one case number, UNHCR id or name
    person_name: str = ""  # for a person's field: the name in Latin script, as documents write it
    person_native: str = ""  # and in the native script, so a team lead knows who it is about

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__}

    def describe(self) -> str:
        """What the conflict is about, in one line, for the person deciding it (not for logs: it
        names the person a person's field belongs to)."""
        who = " / ".join(n for n in (self.person_name, self.person_native) if n)
        return (f"person {who}: " if who else "") + self._about()

    def _about(self) -> str:
        if self.kind == "duplicate":
            others = [c.get("case_number") or "a case not on this laptop" for c in self.candidates]
            value = json.dumps(self.current, ensure_ascii=False)
            return (
                f"{self.table}.{self.field} {value} is held by two records ({', '.join(others)}): "
                "give this one another value (conflicts resolve ID --value NEW)"
            )
        values = "; ".join(
            f"{json.dumps(x.get('value'), ensure_ascii=False)} by {x.get('by') or '?'}" for x in self.candidates
        )
        return f"{self.table}.{self.field}: {values}"


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictInfo]:
    with reading(ws) as session:
        query = select(Conflict).order_by(Conflict.created_at, Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved.is_(False))
        out = []
        for c in session.scalars(query):
            out.append(_info(session, c))
        return out


def _info(session: Any, c: Conflict) -> ConflictInfo:
    number = session.scalar(select(Case.case_number).where(Case.id == c.case_id)) if c.case_id else None
    model = MODEL_BY_TABLE.get(c.table_name)
    obj = session.get(model, c.row_id) if model is not None else None
    current = plain(getattr(obj, c.field)) if obj is not None and hasattr(obj, c.field) else None
    candidates = [dict(x) for x in c.candidates or []]
    if c.kind == "duplicate":  # each candidate is a record: say which case it is, where this laptop has it
        for x in candidates:
            case_id = x.get("case_id")
            x["case_number"] = (
                session.scalar(select(Case.case_number).where(Case.id == case_id)) if isinstance(case_id, str) else None
            )
    names = {}
    if isinstance(obj, Person):
        names = {
            "person_name": " ".join(x for x in (obj.given_names, (obj.family_name or "").upper()) if x),
            "person_native": " ".join(x for x in (obj.native_given_names, obj.native_family_name) if x),
        }
    return ConflictInfo(
        **names,
        kind=c.kind,
        id=c.id,
        case_number=number,
        table=c.table_name,
        row_id=c.row_id,
        field=c.field,
        candidates=candidates,
        current=current,
        resolved=c.resolved,
        resolution=c.resolution,
        resolved_by=c.resolved_by,
        created_at=c.created_at,
    )


def resolve_conflict(ws: Workspace, conflict_id: str, *, value: Any = None, take: str | None = None) -> ConflictInfo:
    """Settle a conflict: `take="local"` keeps this device's candidate, `take="remote"` the other
    one (the newest candidate from another device), otherwise `value` is typed by the team lead."""
    # A team lead deciding a conflict: the decision is the reason a stage may move back.
    with unit_of_work(ws, "resolve_conflicts", reason="sync conflict resolved") as uow:
        session = uow.session
        matches = session.scalars(select(Conflict).where(Conflict.id.startswith(conflict_id.strip()))).all()
        if not matches:
            raise NotFound(f"No conflict {conflict_id}. List them with: circuitride conflicts")
        if len(matches) > 1:
            raise InvalidInput(f"{conflict_id} matches several conflicts; give more of its id.")
        conflict = matches[0]
        if conflict.resolved:
            raise InvalidInput("This conflict is resolved already.")
        me = ws.meta.device_id
        candidates = list(conflict.candidates or [])
        if conflict.kind == "duplicate" and take is not None:
            raise InvalidInput(
                "Two records hold this value, so keeping either side changes nothing: give this record "
                "another value with --value."
            )
        if take == "local":
            mine = [c for c in candidates if c.get("device") == me]
            if not mine:
                raise InvalidInput("This laptop made none of the conflicting edits; use --take remote or --value.")
            chosen = mine[-1]["value"]
        elif take == "remote":
            others = sorted((c for c in candidates if c.get("device") != me), key=lambda c: c.get("hlc", ""))
            if not others:
                raise InvalidInput("There is no other device's value to take; use --value.")
            chosen = others[-1]["value"]
        elif take is None:
            chosen = value
        else:
            raise InvalidInput("--take must be local or remote.")
        model = MODEL_BY_TABLE.get(conflict.table_name)
        obj = session.get(model, conflict.row_id) if model is not None else None
        if model is None or obj is None:
            raise NotFound("The record this conflict is about is not on this laptop.")
        if conflict.field not in table_fields(conflict.table_name):
            raise InvalidInput(f"Field {conflict.field} cannot be set here.")
        if conflict.kind == "duplicate":
            chosen = _free_value(session, conflict, chosen)
        values = _checked(conflict, obj, chosen)
        new = convert(model, values, table_fields(conflict.table_name), set())
        uow.update(obj, new, case_id=conflict.case_id)  # a person's search entry follows (UnitOfWork.update)
        now = utcnow().isoformat()
        conflict.resolved, conflict.resolution = True, plain(chosen)
        conflict.resolved_by, conflict.resolved_at = uow.actor, now
        uow.outbox_change(
            "conflicts",
            conflict.id,
            {"resolved": True, "resolution": plain(chosen), "resolved_by": uow.actor, "resolved_at": now},
        )
        uow.note("resolve_conflict", conflict.table_name, conflict.row_id, conflict.case_id, {"field": conflict.field})
        session.flush()
        return _info(session, conflict)


def _free_value(session: Any, conflict: Conflict, value: Any) -> Any:
    """For a duplicate: the typed value, checked as the field's own rules check it, and free."""
    if conflict.table_name == "cases" and conflict.field in F.CASE_FIELDS:
        try:
            value = F.parse_fields(F.CASE_FIELDS, {conflict.field: value}, "case", partial=True)[conflict.field]
        except InvalidInput as exc:
            raise InvalidInput(exc.message) from None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("Type the new value for this record (it must not be empty).")
    model = MODEL_BY_TABLE[conflict.table_name]
    column = getattr(model, conflict.field)
    if conflict.table_name == "cases":
        same = column == value
    else:  # names are compared as HQ compares them: case and spacing do not make another name
        same = func.lower(func.trim(column)) == value.strip().lower()
    holder = session.scalar(
        select(model.id).where(same, model.deleted.is_(False), model.id != conflict.row_id).limit(1)
    )
    if holder is not None:
        raise InvalidInput(f"{value} is held by another record too; choose a value no other record has.")
    return value


DOB_FIELDS = ("dob", "dob_precision")


def _checked(conflict: Conflict, obj: Any, chosen: Any) -> dict[str, Any]:
    """The field values a resolution sets, checked by the rules every record obeys (the same as
    `case set`, an import or HQ apply): a typed "banana" is not a stage. A date of birth and its
    precision are one value: a resolution sets both, and they must agree ("1981" is a year)."""
    table, field = conflict.table_name, conflict.field
    if table == "persons" and field in DOB_FIELDS:
        if isinstance(chosen, dict):
            pair = {"dob": chosen.get("dob"), "dob_precision": chosen.get("dob_precision")}
        else:  # a conflict about one half (made by an older HQ): the other half is the record's own
            pair = {"dob": obj.dob, "dob_precision": obj.dob_precision, field: chosen}
        try:
            dob, precision = F.parse_dob(pair["dob"], pair["dob_precision"])
        except ValueError as exc:
            raise InvalidInput(
                f"Date of birth: {exc}. Give the date with its precision, e.g. "
                '--value \'{"dob": "1981", "dob_precision": "year"}\'.'
            ) from None
        return {"dob": dob, "dob_precision": precision}
    rule = F.RECORD_RULES.get(table, {}).get(field)
    if rule is not None:
        try:
            chosen = rule(chosen)
        except ValueError as exc:
            raise InvalidInput(f"{field}: {exc}.") from None
    else:
        problem = limits.value_problem(chosen)
        if problem:
            raise InvalidInput(f"{field} {problem}.")
    return {field: chosen}
