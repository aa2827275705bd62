"""Case services behind the case screen: verification, drafts, readable history, ages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.services.case_view import age_of, display_name, show_case, verification_of
from app.services.cases import (
    add_person,
    clear_verified,
    create_case,
    mark_verified,
    person_field_problems,
    set_person_fields,
)
from app.services.drafts import (
    discard_draft,
    drafts_with_prefix,
    load_draft,
    person_draft_key,
    save_draft,
)
from app.services.history import case_history, format_line
from app.services.records import add_note, move_file
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.staff import add_staff, reopen_as

CASE = "LIM-000100"


def _seed(ws: Workspace) -> tuple[str, str]:
    case_id = create_case(
        ws,
        {"case_number": CASE, "site": "Lima"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Quispe",
                "given_names": "Ana",
                "dob": "1988-04-12",
                "nationality": "PE",
                "relationship_to_pa": "self",
            },
        ],
    )
    return case_id, show_case(ws, CASE)["persons"][0]["id"]


def _person(ws: Workspace) -> dict:
    return show_case(ws, CASE)["persons"][0]


def test_verification_records_who_when_and_which_document(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "dob", "passport P1234567", document_type="passport", reference="P1234567")
    mark = _person(ws)["verified"]["dob"]
    assert mark["by"] == "lead"
    assert mark["document"] == "passport P1234567"
    assert mark["document_type"] == "passport" and mark["reference"] == "P1234567"
    assert dt.datetime.fromisoformat(mark["at"]) <= dt.datetime.now(dt.UTC)


def test_changing_a_verified_value_clears_only_that_verification(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "dob", "passport P1")
    mark_verified(ws, CASE, pid, "family_name", "passport P1")
    set_person_fields(ws, CASE, pid, {"dob": "1988-04-13", "dob_precision": "exact"})
    person = _person(ws)
    assert person["dob"] == "1988-04-13"
    assert "dob" not in person["verified"]
    assert "family_name" in person["verified"]


def test_saving_the_same_value_keeps_the_verification(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "family_name", "passport P1")
    set_person_fields(ws, CASE, pid, {"family_name": "Quispe", "dob": "1988-04-12", "dob_precision": "exact"})
    assert "family_name" in _person(ws)["verified"]


def test_changing_only_the_precision_clears_the_dob_verification(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "dob", "birth certificate")
    set_person_fields(ws, CASE, pid, {"dob_precision": "year"})
    person = _person(ws)
    assert (person["dob"], person["dob_precision"]) == ("1988", "year")
    assert "dob" not in person["verified"]


def test_verification_needs_a_document_and_a_value(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    with pytest.raises(InvalidInput):
        mark_verified(ws, CASE, pid, "dob", "  ")
    with pytest.raises(InvalidInput, match="person.place_of_birth"):
        mark_verified(ws, CASE, pid, "place_of_birth", "passport P1")
    assert _person(ws)["verified"] == {}


def test_withdrawn_verification_is_gone(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "nationality", "passport P1")
    assert clear_verified(ws, CASE, pid, "nationality") is True
    assert clear_verified(ws, CASE, pid, "nationality") is False
    assert _person(ws)["verified"] == {}
    assert case_history(ws, CASE)[-1].text == "withdrew the verification of nationality of Ana QUISPE"


def test_invalid_dob_names_the_field_and_stores_nothing(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    with pytest.raises(InvalidInput, match=r"^person\.dob: '1988-13-01' is not a real calendar date"):
        set_person_fields(ws, CASE, pid, {"dob": "1988-13-01", "dob_precision": "exact"})
    assert _person(ws)["dob"] == "1988-04-12"


def test_field_problems_are_reported_all_at_once_by_field() -> None:
    problems = person_field_problems(
        {
            "dob": "1988-13-01",
            "dob_precision": "exact",
            "nationality": "Peru",
            "languages": "es, Spanish",
            "family_name": "Quispe",
        }
    )
    assert set(problems) == {"dob", "nationality", "languages"}
    assert problems["dob"] == "'1988-13-01' is not a real calendar date"
    assert person_field_problems({"dob": "1988-04", "dob_precision": "month", "sex": "f"}) == {}


def test_draft_round_trip_inside_the_encrypted_database(ws: Workspace) -> None:
    case_id, pid = _seed(ws)
    key = person_draft_key(case_id, pid)
    save_draft(ws, key, {"dob": "1988-04-13", "native_given_names": "آنا"})
    ws.lock()
    assert b"1988-04-13" not in (ws.path / "db.sqlite").read_bytes()
    reopened = Workspace(ws.path)
    reopened.unlock(PASSWORD)
    try:
        draft = load_draft(reopened, key)
        assert draft is not None
        assert draft.values == {"dob": "1988-04-13", "native_given_names": "آنا"}
        assert draft.by == "lead" and draft.reason == "lock"
        assert [d.key for d in drafts_with_prefix(reopened, f"draft:{case_id}:")] == [key]
        assert discard_draft(reopened, key) is True
        assert load_draft(reopened, key) is None
        assert discard_draft(reopened, key) is False
    finally:
        reopened.lock()


def test_an_administrator_opening_a_case_has_no_drafts_and_may_not_save_one(ws: Workspace) -> None:
    case_id, pid = _seed(ws)
    key = person_draft_key(case_id, pid)
    save_draft(ws, key, {"dob": "1988-04-13"})
    add_staff(ws, "ada.admin", "admin")
    admin = reopen_as(ws, "ada.admin")
    try:
        assert load_draft(admin, key) is None  # the case page opens; nothing to restore
        assert drafts_with_prefix(admin, f"draft:{case_id}:") == []
        with pytest.raises(PermissionDenied, match="may not edit cases"):
            save_draft(admin, key, {"dob": "1990"})
    finally:
        admin.lock()


def test_history_tells_a_dob_change_in_words(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    set_person_fields(ws, CASE, pid, {"dob": "1988-04-13", "dob_precision": "exact"})
    rows = case_history(ws, CASE)
    texts = [r.text for r in rows]
    assert texts[0] == "created the case"
    assert "added Ana QUISPE (principal applicant)" in texts
    assert texts[-1] == "changed date of birth of Ana QUISPE from 1988-04-12 to 1988-04-13"
    assert rows[-1].actor == "lead"
    line = format_line(rows[-1])
    assert line.endswith(" · lead changed date of birth of Ana QUISPE from 1988-04-12 to 1988-04-13")
    assert len(line.split(" · ")[0]) == len("2026-11-25 14:03")


def test_history_tells_verification_notes_files_and_new_persons(ws: Workspace) -> None:
    _case_id, pid = _seed(ws)
    mark_verified(ws, CASE, pid, "dob", "passport P1", document_type="passport", reference="P1")
    set_person_fields(ws, CASE, pid, {"dob": "1988-04-13", "dob_precision": "exact"})
    add_note(ws, CASE, "Asked about the timeline.", confidentiality="restricted")
    move_file(ws, CASE, "Lima office, cabinet 2", reason="interview")
    add_person(ws, CASE, {"role": "child", "family_name": "Quispe", "given_names": "Luis", "dob": "2015"})
    texts = [r.text for r in case_history(ws, CASE)]
    assert "verified date of birth of Ana QUISPE against passport P1" in texts
    assert "the verification of date of birth of Ana QUISPE was cleared: the value changed" in texts
    assert "added a restricted note" in texts
    assert "moved the file to Lima office, cabinet 2 (interview)" in texts
    assert not any(t.startswith("set file location") for t in texts)  # told once, by the movement
    assert "added Luis QUISPE (child)" in texts


def test_history_phrases_can_be_translated() -> None:
    doc = {
        "persons": [{"id": "p1", "given_names": "Ana", "family_name": "Quispe", "role": "spouse"}],
        "history": [
            {
                "seq": 1,
                "at": "2026-11-25T14:03:00+00:00",
                "actor": "ana.rojas",
                "action": "update",
                "entity": "persons",
                "entity_id": "p1",
                "details": {"changes": {"sex": ["F", "X"]}},
            },
        ],
    }
    spanish = {
        "changed {field} of {person} from {old} to {new}": "cambió {field} de {person} de {old} a {new}",
        "sex": "sexo",
        "female": "femenino",
        "unspecified (X)": "no especificado (X)",
    }
    from app.services.history import describe_case

    rows = describe_case(doc, lambda s: spanish.get(s, s))
    assert rows[0].text == "cambió sexo de Ana QUISPE de femenino a no especificado (X)"


def test_age_is_approximate_unless_the_date_is_exact() -> None:
    today = dt.date(2026, 11, 25)
    assert age_of("1988-11-26", "exact", today).years == 37  # type: ignore[union-attr]
    assert age_of("1988-11-25", "exact", today).years == 38  # type: ignore[union-attr]
    assert age_of("1988", "year", today).approximate is True  # type: ignore[union-attr]
    assert age_of("2026-02-25", "exact", today).months == 9  # type: ignore[union-attr]
    assert age_of("2027-01-01", "exact", today) is None
    assert age_of(None, "exact", today) is None


def test_verification_summary_counts_filled_fields_only() -> None:
    person = {
        "family_name": "Quispe",
        "given_names": "Ana",
        "dob": "1988",
        "aliases": [],
        "verified": {"dob": {"by": "x"}, "place_of_birth": {"by": "x"}},
    }
    summary = verification_of(person)
    assert (summary.verified, summary.total) == (1, 3)
    assert display_name(person) == "Ana QUISPE"
    assert display_name({"native_given_names": "ሩታ", "native_family_name": "ናትናኤል"}) == "ሩታ ናትናኤል"
