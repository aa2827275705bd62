"""Cases and the persons in them: create, edit field by field, look up, show.

Every change goes through a unit of work (role check, audit event, outbox entry). Case numbers and
UNHCR ids are unique per workspace, checked here rather than by a database constraint (see
app/models/entities.py for why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import DuplicateValue, InvalidInput, Message, NotFound
from app.models import Case, CircuitRide, Person, limits, vocab
from app.models import fields as F
from app.models.base import utcnow
from app.services.likely_matches import LikelyMatch, likely_matches
from app.services.search_index import reindex_person
from app.services.uow import UnitOfWork, plain, reading, unit_of_work
from app.store.workspace import Workspace
from app.util.ids import uuid7

# A verification vouches for a value as read from a document. The precision is part of what a
# date of birth says ("1988" is not "1988-04-12"), so changing either clears the tick on "dob".
VERIFICATION_KEY = {"dob_precision": "dob"}


def find_case(session: Session, case_number: str) -> Case:
    number = case_number.strip().upper()
    case = session.scalar(
        select(Case).where(Case.case_number == number, Case.deleted.is_(False)).order_by(Case.id).limit(1)
    )
    if case is None:
        raise NotFound(f"No case {number} in this workspace. Check the number, or search with `circuitride search`.")
    return case


def find_person(session: Session, case: Case, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.case_id != case.id or person.deleted:
        raise NotFound(f"Case {case.case_number} has no person with id {person_id}.")
    return person


def find_ride(session: Session, key: str) -> CircuitRide:
    """A ride by its exact name or its id (what the schedule, file labels, packets and the ride
    briefing are asked for); refused when none or several rides answer to it."""
    wanted = (key or "").strip()
    rides = list(
        session.scalars(
            select(CircuitRide)
            .where(CircuitRide.deleted.is_(False), or_(CircuitRide.name == wanted, CircuitRide.id == wanted))
            .order_by(CircuitRide.id)
        )
    )
    if not wanted or not rides:
        raise NotFound("No circuit ride named '{ride}' in this workspace.", ride=wanted)
    if len(rides) > 1:
        raise InvalidInput(
            "{count} circuit rides are named '{ride}': give the id of the one you mean ({ids}).",
            count=len(rides),
            ride=wanted,
            ids=", ".join(r.id for r in rides),
        )
    return rides[0]


def ride_id_by_name(session: Session, name: str | None) -> str | None:
    if not name:
        return None
    try:
        name = F.text(limits.MAX_NAME_CHARS)(name)
    except ValueError as exc:
        raise InvalidInput(f"ride: {exc}") from None
    ride = session.scalar(select(CircuitRide).where(CircuitRide.name == name, CircuitRide.deleted.is_(False)))
    if ride is None:
        raise InvalidInput(f"ride: no circuit ride named '{name}' in this workspace")
    return ride.id


def check_unique(session: Session, case: Case | None, number: str | None, unhcr_id: str | None, where: str) -> None:
    own = case.id if case is not None else ""
    if number:
        clash = session.scalar(
            select(Case.id).where(Case.case_number == number, Case.deleted.is_(False), Case.id != own)
        )
        if clash:
            raise DuplicateValue(f"{where}.case_number: {number} already belongs to another case")
    if unhcr_id:
        clash = session.scalar(
            select(Case.case_number).where(Case.unhcr_id == unhcr_id, Case.deleted.is_(False), Case.id != own)
        )
        if clash:
            raise DuplicateValue(f"{where}.unhcr_id: already recorded on case {clash}")


def parse_person(values: dict[str, Any], where: str | Message, *, partial: bool) -> dict[str, Any]:
    plain = {k: v for k, v in values.items() if k not in F.PERSON_DATE_FIELDS}
    out = F.parse_fields(F.PERSON_FIELDS, plain, where, partial=partial)
    if "dob" in values or "dob_precision" in values or not partial:
        try:
            out["dob"], out["dob_precision"] = F.parse_dob(values.get("dob"), values.get("dob_precision"))
        except ValueError as exc:
            raise InvalidInput(f"{where}.dob: {exc}") from None
    return out


def apply_person(
    uow: UnitOfWork,
    case: Case,
    person: Person | None,
    values: dict[str, Any],
    *,
    person_id: str | None = None,
) -> Person:
    if person is None:
        person = Person(case_id=case.id, **values)
        if person_id:
            person.id = person_id
        uow.create(person, case_id=case.id)
        reindex_person(uow, person, is_new=True)
        return person
    if "dob" in values and "dob_precision" not in values:
        values = {**values, "dob_precision": person.dob_precision}
    uow.update(person, values, case_id=case.id)
    return person


def create_case(ws: Workspace, case_values: dict[str, Any], persons: list[dict[str, Any]]) -> str:
    ride = case_values.pop("ride", None)
    parsed = F.parse_fields(F.CASE_FIELDS, case_values, "case", partial=False)
    people = [parse_person(p, f"persons[{i}]", partial=False) for i, p in enumerate(persons)]
    with unit_of_work(ws, "create_cases") as uow:
        check_unique(uow.session, None, parsed["case_number"], parsed.get("unhcr_id"), "case")
        case = Case(**parsed, ride_id=ride_id_by_name(uow.session, ride))
        case.id = uuid7()
        # Filed under its own case id, so the case's history starts with its creation.
        uow.create(case, case_id=case.id)
        uow.session.flush()
        for values in people:
            apply_person(uow, case, None, values)
        return case.id


def set_case_fields(
    ws: Workspace, case_number: str, changes: dict[str, Any], *, reason: str | None = None
) -> dict[str, tuple[Any, Any]]:
    """Change some of a case's fields. A change some roles may not make (an adjudication outcome, a
    stage moved backwards) is refused by the unit of work; `reason` says why a team lead moves a
    stage back and is kept in the case's history."""
    ride = changes.pop("ride", None) if "ride" in changes else ...
    parsed = F.parse_fields(F.CASE_FIELDS, changes, "case", partial=True)
    try:
        reason = F.REASON_TEXT(reason) if reason is not None else None
    except ValueError as exc:
        raise InvalidInput(f"The reason {exc}; shorten it.") from None
    with unit_of_work(ws, "edit_cases", reason=reason) as uow:
        case = find_case(uow.session, case_number)
        check_unique(uow.session, case, parsed.get("case_number"), parsed.get("unhcr_id"), "case")
        if ride is not ...:
            parsed["ride_id"] = ride_id_by_name(uow.session, ride)
        return uow.update(case, parsed, case_id=case.id)


def set_person_fields(
    ws: Workspace, case_number: str, person_id: str, changes: dict[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Change some of a person's fields; returns {field: (old, new)} for the fields that changed.

    A field whose value changes loses its verification tick (in the same audited change): the
    document was checked against the old value, not the new one.
    """
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        person = find_person(uow.session, case, person_id)
        return update_person(uow, case, person, changes)


def update_person(uow: UnitOfWork, case: Case, person: Person, changes: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """`set_person_fields` inside a unit of work the caller holds (a form submission writes its
    verified answers back in the same transaction as the submission)."""
    parsed = parse_person(changes, "person", partial=True)
    if "dob" not in changes and "dob_precision" in changes and person.dob:
        # Changing only the precision re-reads the stored date under the new precision.
        try:
            parsed["dob"], parsed["dob_precision"] = F.parse_dob(person.dob, changes["dob_precision"])
        except ValueError as exc:
            raise InvalidInput(f"person.dob_precision: {exc}") from None
    if parsed.get("role") == "principal_applicant" and person.role != "principal_applicant":
        _check_single_pa(uow.session, case)
    before = {k: getattr(person, k) for k in parsed}
    moving = {k for k in parsed if plain(before[k]) != plain(parsed[k])}
    values = dict(parsed)
    stale = {VERIFICATION_KEY.get(k, k) for k in moving} & set(person.verified or {})
    if stale:
        values["verified"] = {k: v for k, v in (person.verified or {}).items() if k not in stale}
    apply_person(uow, case, person, values)
    return {k: (before[k], getattr(person, k)) for k in parsed if before[k] != getattr(person, k)}


def person_field_problems(changes: dict[str, Any], where: str = "person") -> dict[str, str]:
    """Every field of `changes` that would be refused, with the reason, checked one by one (a form
    can then mark all of them at once instead of one per attempt). Empty when all are valid; the
    rules that involve the stored case (one principal applicant) are still checked when saving."""
    problems: dict[str, str] = {}
    groups = [[k] for k in changes if k not in F.PERSON_DATE_FIELDS]
    dates = [k for k in F.PERSON_DATE_FIELDS if k in changes]
    if dates:
        groups.append(dates)
    for keys in groups:
        try:
            parse_person({k: changes[k] for k in keys}, where, partial=True)
        except InvalidInput as exc:
            field, _sep, reason = exc.message.partition(": ")
            problems[field.removeprefix(f"{where}.") if reason else keys[0]] = reason or exc.message
    return problems


def add_person(ws: Workspace, case_number: str, values: dict[str, Any]) -> str:
    """Add a person to a case; returns the new person's id (see add_person_checked)."""
    return add_person_checked(ws, case_number, values).person_id


@dataclass(frozen=True, slots=True)
class AddedPerson:
    person_id: str
    # Persons already recorded whom the new one probably is again: a warning, never a refusal
    likely: list[LikelyMatch]


def add_person_checked(ws: Workspace, case_number: str, values: dict[str, Any]) -> AddedPerson:
    """Add a person to a case and say who already recorded (in any case, in any script) the new
    person probably is: the caller shows the warning; it is also written to the audit trail."""
    parsed = parse_person(values, "person", partial=False)
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        if parsed["role"] == "principal_applicant":
            _check_single_pa(uow.session, case)
        likely = likely_matches(uow.session, parsed)
        person = apply_person(uow, case, None, parsed)
        note_likely_matches(uow, case.id, person.id, likely)
        return AddedPerson(person.id, likely)


def likely_matches_of_new_person(ws: Workspace, case_number: str, values: dict[str, Any]) -> list[LikelyMatch]:
    """Who already recorded the person about to be added probably is (the Add person dialog asks
    before saving). The values are checked as add_person checks them, so a wrong field is named
    now; nothing is written."""
    parsed = parse_person(values, "person", partial=False)
    with reading(ws) as session:
        find_case(session, case_number)
        return likely_matches(session, parsed)


def note_likely_matches(uow: UnitOfWork, case_id: str, person_id: str, likely: list[LikelyMatch]) -> None:
    """Record in the audit trail that registering `person_id` warned of likely matches (ids, how
    they matched and the score only: the audit trail holds no names)."""
    if likely:
        uow.note(
            "likely_match_warning",
            "persons",
            person_id,
            case_id,
            {
                "likely_matches": [
                    {
                        "person_id": m.person_id,
                        "case_id": m.case_id,
                        "score": m.score,
                        "name": m.name_match,
                        "dob": m.dob_match,
                    }
                    for m in likely
                ]
            },
        )


def _check_single_pa(session: Session, case: Case) -> None:
    count = session.scalar(
        select(func.count())
        .select_from(Person)
        .where(Person.case_id == case.id, Person.role == "principal_applicant", Person.deleted.is_(False))
    )
    if count:
        raise InvalidInput(
            f"Case {case.case_number} already has a principal applicant. Change that person's role first."
        )


def mark_verified(
    ws: Workspace,
    case_number: str,
    person_id: str,
    field: str,
    document: str,
    *,
    document_type: str | None = None,
    reference: str | None = None,
) -> None:
    """Record that `field` was checked against a document: who, when, and which document.

    `document` is the readable description ("passport P1234567", "tazkira 123"); `document_type`
    (one of vocab.DOCUMENT_TYPES) and `reference` (its number or a free description) are kept
    alongside when the caller knows them, so a UI can show the type in the user's language.
    """
    field = VERIFICATION_KEY.get(field, field)
    if field not in F.PERSON_FIELDS and field != "dob":
        raise InvalidInput(f"'{field}' is not a person field that can be verified.")
    try:
        document = F.DOCUMENT_TEXT(document) or ""
        reference = F.DOCUMENT_TEXT(reference)
    except ValueError as exc:
        raise InvalidInput(f"The document description {exc}.") from None
    if not document:
        raise InvalidInput("Say which document the value was checked against (for example 'passport P1234567').")
    if document_type is not None and document_type not in vocab.DOCUMENT_TYPES:
        raise InvalidInput(f"Unknown document type '{document_type}'. Use one of: {', '.join(vocab.DOCUMENT_TYPES)}.")
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        person = find_person(uow.session, case, person_id)
        if getattr(person, field) in (None, "", [], {}):
            raise InvalidInput(f"person.{field}: is empty, so there is nothing to verify yet")
        verified = dict(person.verified or {})
        entry: dict[str, Any] = {"by": uow.actor, "at": utcnow().isoformat(timespec="seconds"), "document": document}
        if document_type:
            entry["document_type"] = document_type
        if reference:
            entry["reference"] = reference
        verified[field] = entry
        uow.update(person, {"verified": verified}, case_id=case.id)


def clear_verified(ws: Workspace, case_number: str, person_id: str, field: str) -> bool:
    """Withdraw the verification of one field (audited); False when it was not verified."""
    field = VERIFICATION_KEY.get(field, field)
    with unit_of_work(ws, "edit_cases") as uow:
        case = find_case(uow.session, case_number)
        person = find_person(uow.session, case, person_id)
        verified = dict(person.verified or {})
        if verified.pop(field, None) is None:
            return False
        uow.update(person, {"verified": verified}, case_id=case.id)
        return True


def batch_case_numbers(case_numbers: Iterable[str], limit: int) -> list[str]:
    """Case numbers as typed or scanned for a batch (surrounding blanks, lower case), each once, in
    order; refused when there is none or more than `limit`."""
    numbers = list(dict.fromkeys(n.strip().upper() for n in case_numbers if n.strip()))
    if not numbers:
        raise InvalidInput("Give at least one case number.")
    if len(numbers) > limit:
        raise InvalidInput(
            "{count:,} case numbers at once is more than {limit:,}: split them into several batches.",
            count=len(numbers),
            limit=limit,
        )
    return numbers
