"""Repairs of records that `check` finds inconsistent, as audited changes that sync like any edit.

Only what can be repaired without inventing anything is: a date of birth shorter than its precision
claims ("1981" stored as exact) gets the precision its form has ("year"), which is what the record
really knows. A date longer than its precision claims ("1981-02-01" as year) cannot be repaired
here: either the day is real and the precision wrong, or the day was invented; a person must
check the document. Those are listed by case number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.models import Case, Person
from app.models import fields as F
from app.services.uow import unit_of_work
from app.store.workspace import Workspace

SHAPE_PRECISION = {1: "year", 2: "month", 3: "exact"}  # parts of a YYYY[-MM[-DD]] date


@dataclass
class DateRepairs:
    repaired: list[str] = field(default_factory=list)  # case numbers
    not_repaired: list[str] = field(default_factory=list)  # case numbers: a person must decide


def repair_dates_of_birth(ws: Workspace) -> DateRepairs:
    out = DateRepairs()
    with unit_of_work(ws, "edit_cases") as uow:
        rows = uow.session.execute(
            select(Person, Case.case_number)
            .join(Case, Case.id == Person.case_id)
            .where(Person.deleted.is_(False), Person.dob.is_not(None), Person.dob != "")
        ).all()
        for person, number in rows:
            if person.dob is None:
                continue  # (the query asks for none)
            parts = person.dob.split("-")
            if not all(p.isdigit() for p in parts) or len(parts) > 3:
                out.not_repaired.append(number)
                continue
            needed = F.DOB_PARTS.get(person.dob_precision)
            if needed == len(parts):
                continue
            if needed is not None and len(parts) < needed:
                uow.update(person, {"dob_precision": SHAPE_PRECISION[len(parts)]}, case_id=person.case_id)
                out.repaired.append(number)
            else:
                out.not_repaired.append(number)
    return out
