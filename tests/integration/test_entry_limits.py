"""The limits of what can sync are enforced where data enters: import, the command line, services.

Contract (app/models/limits.py, app/models/fields.py): a record id must be a canonical UUID and
every value must fit the protocol's limits or a tighter per-field one. Whatever enters by one door
is refused or accepted the same way by every other, with a message naming the record and field
(never the unit of work's backstop, never "unexpected problem"), exit 1 and nothing stored. And
what is accepted can be sent: an import at the largest accepted values syncs to a real HQ.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput
from app.models import SYNCED_MODELS
from app.models import fields as F
from app.services.case_view import show_case
from app.services.cases import set_person_fields
from app.services.manifest import build_export, import_manifest
from app.services.uow import reading
from app.services.users import ensure_user
from app.services.workspaces import create_workspace
from app.store.workspace import Workspace
from app.sync.engine import sync, sync_state
from tests.conftest import cli_env
from tests.integration.conftest import scalar, write_json
from tests.support.hq import enrolled, running_hq
from tests.support.staff import add_staff

CASE = "LIM-000123"
PERSON_ID = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77"


def _manifest(**case: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "cases": [
            {
                "case_number": CASE,
                "site": "Lima",
                "persons": [{"role": "principal_applicant", "family_name": "Testperson", "given_names": "Ana"}],
            }
        ]
    }
    doc["cases"][0].update(case)
    return doc


def _snapshot(ws: Workspace) -> dict[str, int]:
    counts = {m.__tablename__: scalar(ws, f"SELECT count(*) FROM {m.__tablename__}") for m in SYNCED_MODELS}
    counts["outbox"] = scalar(ws, "SELECT count(*) FROM outbox")
    counts["audit"] = scalar(ws, "SELECT count(*) FROM audit_events")
    counts["revs"] = scalar(ws, "SELECT coalesce(sum(rev), 0) FROM cases") + scalar(
        ws, "SELECT coalesce(sum(rev), 0) FROM persons"
    )
    return counts


def _refused(r: Any, *fragments: str) -> None:  # noqa: ANN401 - the cli fixture's Result
    assert r.returncode == 1, r.stderr
    for fragment in fragments:
        assert fragment in r.stderr, r.stderr[:2000]
    # The rule at the door caught it, not the unit of work's backstop or the last line of defence.
    assert "cannot be saved" not in r.stderr and "not a valid identifier" not in r.stderr
    assert "unexpected problem" not in r.stderr and "Traceback" not in r.stderr + r.stdout


@pytest.fixture
def seeded(ws: Workspace) -> Workspace:
    import_manifest(ws, _manifest())
    return ws


def _with_note(note: dict[str, Any]) -> dict[str, Any]:
    return _manifest(notes=[note])


def _with_person_id(pid: str) -> dict[str, Any]:
    doc = _manifest()
    doc["cases"][0]["persons"][0]["id"] = pid
    return doc


# ----- record ids --------------------------------------------------------------------------------
BAD_IDS: list[tuple[str, dict[str, Any], str]] = [
    ("person-path", _with_person_id("../../etc/passwd"), f"cases[0] ({CASE}).persons[0].id: '../../etc/passwd'"),
    (
        "person-sql",
        _with_person_id("not-a-uuid; DROP TABLE persons;--"),
        f"cases[0] ({CASE}).persons[0].id: 'not-a-uuid; DROP TABLE persons;--'",
    ),
    ("person-not-text", _with_person_id(12345), f"cases[0] ({CASE}).persons[0].id"),  # type: ignore[arg-type]
    ("note", _with_note({"id": "note-1", "text": "Called."}), f"cases[0] ({CASE}).notes[0].id: 'note-1'"),
    (
        "note-person",
        _with_note({"text": "Called.", "person_id": "../x"}),
        f"cases[0] ({CASE}).notes[0].person_id: '../x'",
    ),
    (
        "file-movement",
        _manifest(file_movements=[{"id": "42", "to": "Lima office", "at": "2026-11-02T10:00:00Z"}]),
        f"cases[0] ({CASE}).file_movements[0].id: '42'",
    ),
    (
        "appointment",
        _manifest(appointments=[{"id": "a b", "type": "interview", "start": "2026-11-05T09:00:00"}]),
        f"cases[0] ({CASE}).appointments[0].id: 'a b'",
    ),
]


@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in BAD_IDS], ids=[n for n, _, _ in BAD_IDS])
def test_import_refuses_a_record_id_that_is_not_a_uuid_naming_the_record(
    seeded: Workspace, cli, tmp_path: Path, doc: dict[str, Any], expected: str
) -> None:
    before = _snapshot(seeded)
    r = cli("import", str(write_json(tmp_path / "bad.json", doc)))
    _refused(r, expected, "is not a UUID", "Nothing was imported")
    assert _snapshot(seeded) == before


def test_csv_import_refuses_a_person_id_that_is_not_a_uuid_naming_row_and_column(
    seeded: Workspace, cli, tmp_path: Path
) -> None:
    before = _snapshot(seeded)
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_number,site,person_role,person_id\nLIM-000124,Lima,child,not-a-uuid; DROP TABLE persons;--\n", "utf-8"
    )
    _refused(cli("import", str(path)), "row 2, column person_id", "is not a UUID", "Nothing was imported")
    assert _snapshot(seeded) == before


def test_import_reads_an_upper_case_uuid_as_its_lower_case_form(ws: Workspace, cli, tmp_path: Path) -> None:
    r = cli("import", str(write_json(tmp_path / "upper.json", _with_person_id(PERSON_ID.upper()))))
    assert r.returncode == 0, r.stderr
    assert [p["id"] for p in show_case(ws, CASE)["persons"]] == [PERSON_ID]


# ----- oversized values --------------------------------------------------------------------------
OVERSIZED: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    (
        "note-150k",
        _with_note({"text": "n" * 150_000}),
        (f"cases[0] ({CASE}).notes[0].text", "is longer than 20,000 characters"),
    ),
    (
        "site-name-200k",
        {**_manifest(), "sites": [{"name": "S" * 200_000, "country": "PE"}]},
        ("sites[0].name", "is longer than 120 characters"),
    ),
    (
        "ride-name",
        {**_manifest(), "rides": [{"name": "R" * 201}]},
        ("rides[0].name", "is longer than 200 characters"),
    ),
    (
        "interpreter-availability",
        {**_manifest(), "interpreters": [{"name": "Interp One", "availability": "a" * 150_000}]},
        ("interpreters[0].availability", "is longer than 4,000 characters"),
    ),
    (
        "ride-sites-list",
        {**_manifest(), "rides": [{"name": "North", "sites": [f"site {i}" for i in range(51)]}]},
        ("rides[0].sites", "at most 50"),
    ),
    (
        "aliases-list",
        _manifest(persons=[{"role": "child", "aliases": [f"alias {i}" for i in range(2000)]}]),
        (f"cases[0] ({CASE}).persons[0].aliases", "at most 50"),
    ),
    (
        "movement-reason",
        _manifest(file_movements=[{"to": "Lima office", "at": "2026-11-02T10:00:00Z", "reason": "r" * 100_001}]),
        (f"cases[0] ({CASE}).file_movements[0].reason", "is longer than 2,000 characters"),
    ),
    (
        "appointment-room-not-text",
        _manifest(appointments=[{"type": "interview", "start": "2026-11-05T09:00:00", "room": {"a": 1}}]),
        (f"cases[0] ({CASE}).appointments[0].room", "expected text"),
    ),
    (
        "verification-document",
        _manifest(persons=[{"role": "child", "verified": {"dob": {"by": "lead", "document": "d" * 5000}}}]),
        (f"cases[0] ({CASE}).persons[0].verified.dob.document", "is longer than 200 characters"),
    ),
    (
        "note-author",
        _with_note({"text": "Called.", "author": "u" * 65}),
        (f"cases[0] ({CASE}).notes[0].author", "is longer than 64 characters"),
    ),
    (
        "lone-surrogate",
        _manifest(flags="\ud800"),
        (f"cases[0] ({CASE}).flags", "invalid text"),
    ),
]


@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in OVERSIZED], ids=[n for n, _, _ in OVERSIZED])
def test_import_refuses_a_value_beyond_its_limit_naming_record_and_field_and_stores_nothing(
    seeded: Workspace, cli, tmp_path: Path, doc: dict[str, Any], expected: tuple[str, ...]
) -> None:
    before = _snapshot(seeded)
    export_before = _export(seeded)
    path = tmp_path / "big.json"
    # ensure_ascii keeps a lone surrogate as the JSON escape a foreign system would write.
    path.write_text(json.dumps(doc), "utf-8")
    _refused(cli("import", str(path)), *expected, "Nothing was imported")
    assert _snapshot(seeded) == before
    assert _export(seeded) == export_before


def test_csv_import_refuses_a_200000_character_site_naming_the_line(seeded: Workspace, cli, tmp_path: Path) -> None:
    before = _snapshot(seeded)
    path = tmp_path / "cases.csv"
    path.write_text("case_number,site,person_role\nLIM-000124," + "S" * 200_000 + ",child\n", "utf-8")
    _refused(cli("import", str(path)), "cases.csv, line 2", "Nothing was imported")
    assert _snapshot(seeded) == before


def _export(ws: Workspace) -> dict[str, Any]:
    with reading(ws) as s:
        doc = build_export(s)
    doc.pop("exported_at")
    return doc


# ----- the same note limit through every door ---------------------------------------------------
def test_a_note_is_limited_to_20000_characters_by_the_note_command_and_by_import_alike(
    seeded: Workspace, cli, tmp_path: Path
) -> None:
    too_long, longest = "x" * 21_000, "y" * 20_000
    before = _snapshot(seeded)
    by_command = cli("note", CASE, too_long)
    by_import = cli("import", str(write_json(tmp_path / "n.json", _with_note({"text": too_long}))))
    _refused(by_command, "is longer than 20,000 characters")
    _refused(by_import, f"cases[0] ({CASE}).notes[0].text: is longer than 20,000 characters")
    assert _snapshot(seeded) == before

    assert cli("note", CASE, longest).returncode == 0
    r = cli("import", str(write_json(tmp_path / "ok.json", _with_note({"text": longest.replace("y", "z")}))))
    assert r.returncode == 0, r.stderr
    texts = sorted(n["text"] for n in show_case(seeded, CASE)["notes"])
    assert texts == [longest, "z" * 20_000]


# ----- case set and services ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("assignment", "expected"),
    [
        ("resettlement_preferences=" + ",".join(f"state {i}" for i in range(1001)), "case.resettlement_preferences"),
        ("flags=first\x01second", "case.flags: holds a control character"),
    ],
    ids=["list-of-1001", "control-character"],
)
def test_case_set_refuses_a_value_the_protocol_could_not_carry_naming_the_field(
    seeded: Workspace, cli, assignment: str, expected: str
) -> None:
    before = _snapshot(seeded)
    _refused(cli("case", "set", CASE, assignment), expected)
    assert _snapshot(seeded) == before


def test_a_persons_list_fields_are_bounded_for_the_app_as_for_import(seeded: Workspace) -> None:
    pid = show_case(seeded, CASE)["persons"][0]["id"]
    with pytest.raises(InvalidInput, match=r"person\.aliases: holds 51 items; at most 50"):
        set_person_fields(seeded, CASE, pid, {"aliases": [f"alias {i}" for i in range(51)]})
    set_person_fields(seeded, CASE, pid, {"aliases": [f"alias {i}" for i in range(50)]})
    assert len(show_case(seeded, CASE)["persons"][0]["aliases"]) == 50


def test_a_user_name_longer_than_a_change_can_carry_is_refused(ws: Workspace, cli, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="1 to 64 characters"):
        ensure_user(ws, "a" * 65, role="interviewer")
    add_staff(ws, "b" * 64, "interviewer")
    env = {"CIRCUITRIDE_NEW_PASSWORD": "another long passphrase here", "CIRCUITRIDE_USER": "lead"}
    r = cli("user", "add", "c" * 65, "--role", "interviewer", env=cli_env(tmp_path, **env))
    _refused(r, "1 to 64 characters")
    r = cli("user", "add", "dana", "--role", "interviewer", "--display-name", "D" * 201, env=cli_env(tmp_path, **env))
    _refused(r, "display name is longer than 200 characters")
    assert "dana" not in ws.users()


# ----- accepted at entry means sendable ------------------------------------------------------------
WIDE = "𝄞"  # one character, four bytes of UTF-8: the most bytes a character takes on the wire


def _text(n: int, tag: str = "") -> str:
    return (tag + WIDE * n)[:n]


def _largest_manifest() -> dict[str, Any]:
    items = lambda n, size: [_text(size, f"{i:03d}") for i in range(n)]  # noqa: E731 - distinct items
    site = _text(120, "site")
    ride = _text(200, "ride")
    interpreter = _text(200, "interp")
    language = "abc-abcdefgh-abcdefgh-abcdefgh-abcd"  # 35 characters, a valid BCP 47 shape
    entry = {"by": "u" * 64, "at": "2026-11-02T10:00:00+00:00", "document": _text(200), "reference": _text(200)}
    verifiable = [*F.PERSON_FIELDS, "dob"]
    return {
        "sites": [{"name": site, "country": "PE", "prefix": "P" * 8}],
        "rides": [
            {"name": ride, "sites": items(50, 120), "start": "2026-11-01", "end": "2026-11-20", "team": items(50, 64)}
        ],
        "interpreters": [
            {
                "name": interpreter,
                "languages": [{"code": language, "proficiency": _text(200, str(i))} for i in range(50)],
                "sites": items(50, 120),
                "contact": _text(200),
                "active": True,
                "availability": _text(4000),
            }
        ],
        "cases": [
            {
                "case_number": "LIM-" + "9" * 28,
                "unhcr_id": "1" * 40,
                "site": site,
                "ride": ride,
                "expedited": True,
                "expedite_reason": _text(2000),
                "us_ties": _text(4000),
                "resettlement_preferences": items(50, 200),
                "file_location": _text(200),
                "flags": _text(4000),
                "persons": [
                    {
                        "id": PERSON_ID.upper(),  # accepted, and stored in its canonical lower-case form
                        "role": "principal_applicant",
                        "family_name": _text(200, "f"),
                        "given_names": _text(200, "g"),
                        "native_family_name": _text(200),
                        "native_given_names": _text(200),
                        "aliases": items(50, 200),
                        "dob": "1988-04-12",
                        "sex": "F",
                        "place_of_birth": _text(200),
                        "languages": [f"{language[:-4]}{i:04d}" for i in range(50)],
                        "verified": {k: dict(entry) for k in verifiable},
                    }
                ],
                "notes": [{"text": _text(20_000), "author": "u" * 64, "person_id": PERSON_ID.upper()}],
                "file_movements": [
                    {
                        "from": _text(200),
                        "to": _text(200, "to"),
                        "by": "u" * 64,
                        "at": "2026-11-02T10:00:00Z",
                        "reason": _text(2000),
                    }
                ],
                "appointments": [
                    {
                        "type": "interview",
                        "start": "2026-11-05T09:00:00",
                        "site": site,
                        "room": _text(60),
                        "staff": "u" * 64,
                        "interpreter": interpreter,
                        "language": language,
                    }
                ],
            }
        ],
    }


def test_an_import_at_the_largest_accepted_values_syncs_to_a_real_hq(tmp_path: Path, hq_db_url: str | None) -> None:
    doc = _largest_manifest()
    with running_hq(tmp_path / "hq", hq_db_url) as hq:
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        report = import_manifest(lead, copy.deepcopy(doc))
        assert report.cases_created == 1 and report.records_added == 3
        pushed = sync(lead)
        assert pushed.rejected == []
        assert sync_state(lead).pending_changes == 0
        assert sync_state(lead).last_error == ""
        other = enrolled(hq, tmp_path / "other", "other-laptop")
        sync(other)
        assert _export(other) == _export(lead)
        lead.lock()
        other.lock()


def test_a_workspace_with_an_overlong_display_name_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from app.store.keyslots import TEST_KDF

    target = tmp_path / "ws"
    with pytest.raises(InvalidInput, match="display name"):
        create_workspace(target, "lead", "correct horse battery staple", kdf=TEST_KDF, display_name="x" * 201)
    assert not target.exists() or not any(target.iterdir())
