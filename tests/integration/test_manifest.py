"""Case manifests through the real CLI: import, upsert, export round trips, all-or-nothing refusal.

Contract (app/services/manifest.py): the whole document is validated before anything is written and
applied in one transaction; cases are upserted by case number, persons by id (exports carry ids)
or by name within the case; export writes what import reads back without loss; a bad manifest
exits 1, names the first bad record and field, and changes nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import vocab
from app.services.case_view import show_case
from app.services.cases import mark_verified, set_case_fields
from app.services.manifest import export_manifest, import_manifest
from app.services.records import add_note, move_file
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.integration.conftest import scalar, write_json

# The manifest from the brief, byte for byte.
BRIEF_MANIFEST = (
    '{"cases": [{"case_number": "LIM-000123", "unhcr_id": "123-45C67890", "priority": "P-2", "site": "Lima", '
    '"stage": "pre-screening", "persons": [{"role": "principal_applicant", "family_name": "Quispe", '
    '"given_names": "Ana Lucia", "native_family_name": null, "native_given_names": null, "dob": "1988-04-12", '
    '"dob_precision": "exact", "sex": "F", "nationality": "VE", "languages": ["es"]}]}]}'
)


def _brief() -> dict[str, Any]:
    return json.loads(BRIEF_MANIFEST)


def _snapshot(ws: Workspace) -> dict[str, int]:
    return {
        "cases": scalar(ws, "SELECT count(*) FROM cases"),
        "persons": scalar(ws, "SELECT count(*) FROM persons"),
        "notes": scalar(ws, "SELECT count(*) FROM notes"),
        "audit": scalar(ws, "SELECT count(*) FROM audit_events"),
        "outbox": scalar(ws, "SELECT count(*) FROM outbox"),
        "revs": scalar(ws, "SELECT coalesce(sum(rev), 0) FROM cases")
        + scalar(ws, "SELECT coalesce(sum(rev), 0) FROM persons"),
    }


def _data_events(ws: Workspace, after_seq: int = 0) -> list[tuple[str, str, dict[str, Any]]]:
    with ws.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, entity, details FROM audit_events WHERE seq > ? AND action IN ('create', 'update', 'delete') "
            "ORDER BY seq",
            (after_seq,),
        ).all()
    return [(a, e, json.loads(d) if isinstance(d, str) else d) for a, e, d in rows]


def _max_seq(ws: Workspace) -> int:
    return int(scalar(ws, "SELECT coalesce(max(seq), 0) FROM audit_events"))


def _fresh_workspace(path: Path) -> Path:
    create_workspace(path, "lead", PASSWORD, kdf=TEST_KDF).lock()
    return path


# ----- the brief's manifest ---------------------------------------------------------------------
def test_brief_manifest_imports_with_every_field(ws: Workspace, cli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(BRIEF_MANIFEST, "utf-8")
    r = cli("import", str(path), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["cases_created"] == 1
    assert json.loads(r.stdout)["persons_created"] == 1
    r = cli("case", "show", "LIM-000123", "--json")
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)
    assert {k: case[k] for k in ("case_number", "unhcr_id", "priority", "site", "stage")} == {
        "case_number": "LIM-000123",
        "unhcr_id": "123-45C67890",
        "priority": "P-2",
        "site": "Lima",
        "stage": "pre-screening",
    }
    [person] = case["persons"]
    expected = _brief()["cases"][0]["persons"][0]
    assert {k: person[k] for k in expected} == expected


def test_reimport_of_the_same_manifest_changes_nothing(ws: Workspace, cli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(BRIEF_MANIFEST, "utf-8")
    assert cli("import", str(path)).returncode == 0
    before, seq = _snapshot(ws), _max_seq(ws)
    r = cli("import", str(path), "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["cases_unchanged"] == 1
    assert report["cases_created"] == report["cases_updated"] == report["persons_updated"] == 0
    assert _snapshot(ws) == before  # no new rows, revisions, outbox entries or audit events
    assert _data_events(ws, seq) == []


def test_upsert_by_case_number_changes_only_the_changed_fields(ws: Workspace, cli, tmp_path: Path) -> None:
    assert cli("import", str(write_json(tmp_path / "a.json", _brief()))).returncode == 0
    set_case_fields(ws, "LIM-000123", {"file_location": "Lima office, cabinet 2"})  # not in the manifest
    before = show_case(ws, "LIM-000123")
    seq = _max_seq(ws)
    changed = _brief()
    changed["cases"][0]["priority"] = "P-1"
    changed["cases"][0]["persons"][0]["languages"] = ["es", "qu"]
    r = cli("import", str(write_json(tmp_path / "b.json", changed)), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["cases_updated"] == 1
    assert json.loads(r.stdout)["persons_updated"] == 1
    after = show_case(ws, "LIM-000123")
    assert after["id"] == before["id"]
    assert [p["id"] for p in after["persons"]] == [p["id"] for p in before["persons"]]
    assert after["priority"] == "P-1"
    assert after["persons"][0]["languages"] == ["es", "qu"]
    assert after["file_location"] == "Lima office, cabinet 2"  # fields absent from the manifest stay
    assert after["rev"] == before["rev"] + 1
    events = _data_events(ws, seq)
    assert sorted((a, e, tuple(sorted(d["changes"]))) for a, e, d in events) == [
        ("update", "cases", ("priority",)),
        ("update", "persons", ("languages",)),
    ]
    case_event = next(d for _, e, d in events if e == "cases")
    assert case_event["changes"]["priority"] == ["P-2", "P-1"]


def test_reimport_without_ids_keeps_two_persons_who_share_a_name(ws: Workspace, cli, tmp_path: Path) -> None:
    # Father and son both named José Núñez: a manifest from another system carries no person ids.
    doc = _brief()
    doc["cases"][0]["persons"] = [
        {"role": "principal_applicant", "family_name": "Núñez", "given_names": "José", "dob": "1970-05-01"},
        {"role": "child", "family_name": "Núñez", "given_names": "José", "dob": "2010-09-09"},
    ]
    path = write_json(tmp_path / "same-name.json", doc)
    assert cli("import", str(path)).returncode == 0
    before = show_case(ws, "LIM-000123")["persons"]
    r = cli("import", str(path), "--json")
    assert r.returncode == 0, r.stderr
    after = show_case(ws, "LIM-000123")["persons"]
    assert [(p["id"], p["role"], p["dob"]) for p in after] == [(p["id"], p["role"], p["dob"]) for p in before]
    assert json.loads(r.stdout)["cases_unchanged"] == 1


# ----- round trips ------------------------------------------------------------------------------
RICH_MANIFEST: dict[str, Any] = {
    "sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}],
    "rides": [{"name": "Lima ride 7", "sites": ["Lima"], "start": "2026-11-01", "end": "2026-11-20", "team": ["lead"]}],
    "interpreters": [
        {
            "name": "Rosa Huamán",
            "languages": [{"code": "es", "proficiency": "native"}, {"code": "qu", "proficiency": "fluent"}],
            "sites": ["Lima"],
            "contact": "+51 999 000 111",
            "active": True,
            "availability": "mornings",
        }
    ],
    "cases": [
        {
            **_brief()["cases"][0],
            "ride": "Lima ride 7",
            "expedited": True,
            "expedite_reason": "medical condition",
            "us_ties": "brother in Columbus, Ohio",
            "resettlement_preferences": ["Ohio", "Texas"],
            "security_check_status": "pending",
            "medical_status": "scheduled",
            "flags": "needs Quechua interpreter",
            "notes": [{"text": "Family arrived early.", "confidentiality": "restricted"}],
            "file_movements": [
                {"from": "HQ", "to": "Lima office", "by": "lead", "at": "2026-11-02T10:00:00Z", "reason": "ride"}
            ],
            "appointments": [
                {
                    "type": "interview",
                    "start": "2026-11-05T09:00:00",
                    "end": "2026-11-05T10:30:00",
                    "site": "Lima",
                    "room": "3",
                    "staff": "lead",
                    "interpreter": "Rosa Huamán",
                    "language": "qu",
                    "status": "confirmed",
                }
            ],
        },
        {
            "case_number": "KBL-000042",
            "unhcr_id": "555-00A00042",
            "priority": "P-1",
            "site": "Kabul",
            "stage": "interviewed",
            "persons": [
                {
                    "role": "principal_applicant",
                    "family_name": "Ahmadi",
                    "given_names": "Farid",
                    "native_family_name": "احمدی",
                    "native_given_names": "فرید",
                    "aliases": ["Farid Ahmady"],
                    "dob": "1979",
                    "dob_precision": "year",
                    "sex": "M",
                    "nationality": "AF",
                    "country_of_birth": "AF",
                    "place_of_birth": "Herat",
                    "languages": ["ps", "fa"],
                    "marital_status": "married",
                    "relationship_to_pa": "self",
                },
                {
                    "role": "spouse",
                    "family_name": "Ahmadi",
                    "given_names": "Laila",
                    "native_given_names": "لیلا",
                    "dob": "1983-06",
                    "dob_precision": "month",
                    "sex": "F",
                    "relationship_to_pa": "spouse",
                },
                {
                    "role": "child",
                    "family_name": "Ahmadi",
                    "given_names": "Omid",
                    "dob": "2012-02-29",
                    "dob_precision": "estimated",
                    "sex": "M",
                    "relationship_to_pa": "son",
                },
            ],
        },
    ],
}


def _export(cli, data_dir: Path, out: Path) -> dict[str, Any]:  # noqa: ANN001
    r = cli("export", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "NOT encrypted" in r.stderr
    return json.loads(out.read_text("utf-8"))


def _comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """The export without its own timestamp and without note times (see the note-time test)."""
    out = copy.deepcopy(doc)
    out.pop("exported_at", None)
    for case in out["cases"]:
        for note in case.get("notes", []):
            note.pop("at", None)
    return out


@pytest.fixture
def rich_ws(ws: Workspace) -> Workspace:
    import_manifest(ws, copy.deepcopy(RICH_MANIFEST))
    kbl = show_case(ws, "KBL-000042")
    pa = kbl["persons"][0]["id"]
    mark_verified(ws, "KBL-000042", pa, "dob", "tazkira 123")
    move_file(ws, "KBL-000042", "Kabul office, shelf 4", reason="interview")
    add_note(ws, "KBL-000042", "Interpreter needed for Pashto.", confidentiality="normal")
    return ws


def test_export_then_import_into_a_fresh_workspace_then_export_gives_the_same_cases(
    rich_ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    first = _export(cli, ws_path, tmp_path / "first.json")
    other = _fresh_workspace(tmp_path / "other")
    r = cli("import", str(tmp_path / "first.json"), data_dir=other)
    assert r.returncode == 0, r.stderr
    second = _export(cli, other, tmp_path / "second.json")
    assert [c["case_number"] for c in first["cases"]] == ["KBL-000042", "LIM-000123"]
    assert _comparable(second) == _comparable(first)
    # Persons keep their ids across workspaces.
    assert [p["id"] for c in second["cases"] for p in c["persons"]] == [
        p["id"] for c in first["cases"] for p in c["persons"]
    ]
    assert first["cases"][0]["persons"][0]["verified"]["dob"]["document"] == "tazkira 123"


def test_round_trip_keeps_a_note_attached_to_its_person(rich_ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    pa = show_case(rich_ws, "KBL-000042")["persons"][0]["id"]
    add_note(rich_ws, "KBL-000042", "Says the tazkira was issued in Herat.", person_id=pa)
    first = _export(cli, ws_path, tmp_path / "first.json")
    assert {n["text"]: n["person_id"] for n in first["cases"][0]["notes"]}[
        "Says the tazkira was issued in Herat."
    ] == pa
    other = _fresh_workspace(tmp_path / "other")
    assert cli("import", str(tmp_path / "first.json"), data_dir=other).returncode == 0
    second = _export(cli, other, tmp_path / "second.json")
    notes = {n["text"]: n["person_id"] for n in second["cases"][0]["notes"]}
    assert notes["Says the tazkira was issued in Herat."] == pa


def test_round_trip_keeps_two_notes_with_the_same_text(rich_ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    add_note(rich_ws, "KBL-000042", "Called, no answer.")
    add_note(rich_ws, "KBL-000042", "Called, no answer.")  # two calls, two notes
    first = _export(cli, ws_path, tmp_path / "first.json")
    assert [n["text"] for n in first["cases"][0]["notes"]].count("Called, no answer.") == 2
    other = _fresh_workspace(tmp_path / "other")
    assert cli("import", str(tmp_path / "first.json"), data_dir=other).returncode == 0
    second = _export(cli, other, tmp_path / "second.json")
    assert [n["text"] for n in second["cases"][0]["notes"]].count("Called, no answer.") == 2


def test_round_trip_keeps_when_each_note_was_written(rich_ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    first = _export(cli, ws_path, tmp_path / "first.json")
    other = _fresh_workspace(tmp_path / "other")
    assert cli("import", str(tmp_path / "first.json"), data_dir=other).returncode == 0
    second = _export(cli, other, tmp_path / "second.json")
    written = {n["id"]: n["at"] for c in first["cases"] for n in c["notes"]}
    assert len(written) == 2
    assert {n["id"]: n["at"] for c in second["cases"] for n in c["notes"]} == written


def test_importing_an_export_back_into_its_own_workspace_is_a_no_op(
    rich_ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    _export(cli, ws_path, tmp_path / "first.json")
    before, seq = _snapshot(rich_ws), _max_seq(rich_ws)
    r = cli("import", str(tmp_path / "first.json"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["cases_unchanged"] == 2
    assert _snapshot(rich_ws) == before
    assert _data_events(rich_ws, seq) == []


# ----- malformed manifests ----------------------------------------------------------------------
def _good_case(number: str, unhcr: str | None = None) -> dict[str, Any]:
    case = copy.deepcopy(_brief()["cases"][0])
    case["case_number"] = number
    case["unhcr_id"] = unhcr
    return case


def _two_cases(**second: Any) -> dict[str, Any]:
    """cases[0] is valid (and would be created); cases[1] is LIM-000201 with `second` applied."""
    bad = _good_case("LIM-000201")
    for key, value in second.items():
        if key.startswith("person_"):
            bad["persons"][0][key[len("person_") :]] = value
        else:
            bad[key] = value
    return {"cases": [_good_case("LIM-000200"), bad]}


def _second_pa() -> list[dict[str, Any]]:
    pa = _good_case("X")["persons"][0]
    return [pa, {**pa, "given_names": "Rosa"}]


MALFORMED: list[tuple[str, Any, tuple[str, ...]]] = [
    ("bad-json", '{"cases": [{"case_number": "LIM-000200",', ("not valid JSON", "line 1")),
    ("not-an-object", "[1, 2, 3]", ("must be a JSON object",)),
    ("cases-not-a-list", {"cases": {"LIM-000200": {}}}, ("cases", "must be a list")),
    ("persons-not-a-list", _two_cases(persons={"role": "child"}), ("cases[1] (LIM-000201).persons", "must be a list")),
    ("dob-not-text", _two_cases(person_dob=19880412), ("cases[1] (LIM-000201).persons[0].dob", "must be text")),
    ("bad-date", _two_cases(person_dob="1988-13-01"), ("cases[1] (LIM-000201).persons[0].dob", "1988-13-01")),
    ("unknown-priority", _two_cases(priority="P-9"), ("cases[1] (LIM-000201).priority", "P-9")),
    ("two-principals", _two_cases(persons=_second_pa()), ("cases[1] (LIM-000201).persons", "principal applicant")),
    (
        "duplicate-case-number",
        {"cases": [_good_case("LIM-000200"), _good_case("LIM-000200")]},
        ("cases[1] (LIM-000200).case_number", "cases[0]"),
    ),
    (
        "unknown-case-field",
        _two_cases(favourite_colour="red"),
        ("cases[1] (LIM-000201).favourite_colour", "unknown field"),
    ),
    (
        "unknown-person-field",
        _two_cases(person_shoe_size=42),
        ("cases[1] (LIM-000201).persons[0].shoe_size", "unknown field"),
    ),
    ("bad-case-number", _two_cases(case_number="lim 201!"), ("cases[1]", "case_number")),
    ("missing-site", _two_cases(site=None), ("cases[1] (LIM-000201).site",)),
    ("bad-sex", _two_cases(person_sex="female"), ("cases[1] (LIM-000201).persons[0].sex", "female")),
    ("bad-language", _two_cases(person_languages=["Spanish!"]), ("cases[1] (LIM-000201).persons[0].languages",)),
    ("ride-not-found", _two_cases(ride="No such ride"), ("cases[1] (LIM-000201).ride", "No such ride")),
    # Found only while writing (the id belongs to a case already in the workspace): still nothing kept.
    ("unhcr-id-taken", _two_cases(unhcr_id="100-00A00001"), ("cases[1] (LIM-000201).unhcr_id", "LIM-000100")),
]


@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in MALFORMED], ids=[n for n, _, _ in MALFORMED])
def test_malformed_manifest_exits_1_names_the_bad_record_and_changes_nothing(
    ws: Workspace, cli, tmp_path: Path, doc: Any, expected: tuple[str, ...]
) -> None:
    existing = _good_case("LIM-000100", "100-00A00001")
    import_manifest(ws, {"cases": [existing]})
    before = _snapshot(ws)
    path = tmp_path / "bad.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), "utf-8")
    r = cli("import", str(path))
    assert r.returncode == 1, r.stderr
    for fragment in expected:
        assert fragment in r.stderr
    assert "Nothing was imported" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert "unexpected problem" not in r.stderr
    assert _snapshot(ws) == before


# ----- property: any small valid manifest survives export/import ------------------------------
_latin = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñçüøłÁÉÑ' -", min_size=0, max_size=20)
_native = st.text(alphabet="абвгдежзийклмнопрстуфхцчшщыэюяёїієґمحدعليسنفራገብረተስፋዬ ", min_size=0, max_size=15)


@st.composite
def _dob(draw: st.DrawFn) -> tuple[str | None, str]:
    precision = draw(st.sampled_from(vocab.DOB_PRECISIONS))
    if draw(st.booleans()) and precision == "exact":
        return None, "exact"
    date = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)))
    text = {
        "exact": date.isoformat(),
        "estimated": date.isoformat(),
        "month": date.isoformat()[:7],
        "year": date.isoformat()[:4],
    }
    return text[precision], precision


@st.composite
def _person(draw: st.DrawFn, role: str) -> dict[str, Any]:
    dob, precision = draw(_dob())
    person: dict[str, Any] = {
        "role": role,
        "family_name": draw(_latin),
        "given_names": draw(_latin),
        "dob": dob,
        "dob_precision": precision,
    }
    optional = {
        "native_family_name": _native.map(lambda s: s.strip() or None),
        "native_given_names": _native.map(lambda s: s.strip() or None),
        "aliases": st.lists(_latin.map(str.strip).filter(bool), max_size=2, unique=True),
        "sex": st.sampled_from(vocab.SEXES),
        "nationality": st.sampled_from(["VE", "AF", "UA", "SY", "ER"]),
        "languages": st.lists(st.sampled_from(["es", "uk", "ar", "ps", "ti", "prs"]), max_size=3, unique=True),
        "marital_status": st.sampled_from(vocab.MARITAL_STATUSES),
        "relationship_to_pa": st.sampled_from(vocab.RELATIONSHIPS),
        "place_of_birth": _latin.map(lambda s: s.strip() or None),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            person[key] = draw(strategy)
    return person


_counter = itertools.count(1)


@st.composite
def _manifest(draw: st.DrawFn) -> dict[str, Any]:
    cases = []
    for _ in range(draw(st.integers(1, 3))):
        n = next(_counter)
        roles = draw(st.lists(st.sampled_from(["spouse", "child", "other_dependent"]), max_size=3))
        if draw(st.booleans()):
            roles.insert(0, "principal_applicant")
        case: dict[str, Any] = {
            "case_number": f"PRP-{n:06d}",
            "site": draw(st.sampled_from(["Lima", "Quito", "Kakuma", "Amman"])),
            "persons": [draw(_person(role)) for role in roles],
        }
        optional = {
            "unhcr_id": st.just(f"{n:03d}-99P{n:05d}"),
            "priority": st.sampled_from(vocab.PRIORITIES),
            "stage": st.sampled_from(vocab.STAGES),
            "expedited": st.booleans(),
            "resettlement_preferences": st.lists(st.sampled_from(["Ohio", "Texas", "Maine"]), max_size=2, unique=True),
            "security_check_status": st.sampled_from(vocab.SECURITY_CHECK_STATUSES),
            "medical_status": st.sampled_from(vocab.MEDICAL_STATUSES),
            "us_ties": _latin.map(lambda s: s.strip() or None),
            "notes": st.lists(
                st.fixed_dictionaries(
                    {
                        "text": _latin.map(str.strip).filter(bool),
                        "confidentiality": st.sampled_from(vocab.CONFIDENTIALITY),
                    }
                ),
                max_size=2,
                unique_by=lambda n: n["text"],
            ),
        }
        for key, strategy in optional.items():
            if draw(st.booleans()):
                case[key] = draw(strategy)
        cases.append(case)
    return {"cases": cases}


def _only(doc: dict[str, Any], numbers: set[str]) -> list[dict[str, Any]]:
    cases = [c for c in _comparable(doc)["cases"] if c["case_number"] in numbers]
    return cases


@pytest.fixture
def second_ws(tmp_path: Path) -> Workspace:
    other = create_workspace(tmp_path / "second", "lead", PASSWORD, kdf=TEST_KDF)
    yield other
    other.lock()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(manifest=_manifest())
def test_any_small_valid_manifest_round_trips_through_export_and_import(
    ws: Workspace, second_ws: Workspace, manifest: dict[str, Any]
) -> None:
    numbers = {c["case_number"] for c in manifest["cases"]}
    import_manifest(ws, copy.deepcopy(manifest))
    first = export_manifest(ws)
    exported = _only(first, numbers)
    assert len(exported) == len(manifest["cases"])
    for given_case, out in zip(sorted(manifest["cases"], key=lambda c: c["case_number"]), exported, strict=True):
        assert len(out["persons"]) == len(given_case["persons"])
        assert sorted(p["role"] for p in out["persons"]) == sorted(p["role"] for p in given_case["persons"])
        assert sorted((p["dob"] or "", p["dob_precision"]) for p in out["persons"]) == sorted(
            (p["dob"] or "", p["dob_precision"]) for p in given_case["persons"]
        )
        assert sorted(n["text"] for n in out["notes"]) == sorted(n["text"] for n in given_case.get("notes", []))
    import_manifest(second_ws, copy.deepcopy({"cases": exported}))
    assert _only(export_manifest(second_ws), numbers) == exported
    # And the export read back into its own workspace changes nothing.
    report = import_manifest(ws, copy.deepcopy({"cases": exported}))
    assert report.cases_unchanged == len(exported)
    assert report.cases_updated == report.cases_created == 0
