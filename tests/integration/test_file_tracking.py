"""Paper case files (issue 22): who holds each file, since when, due back when; check-out and
check-in of one file or a ride's batch, all or nothing; the overdue list; a scanned label finds the
file; a ride's labels as a PDF; a chain of custody that is appended, never edited. Through the
services and the real command line on a real encrypted workspace, and across two laptops and a
real HQ: two check-outs of one file made offline meet as a conflict a team lead sees."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import AuditEvent, Case, CircuitRide, FileMovement, OutboxEntry
from app.services.case_view import show_case
from app.services.conflicts import list_conflicts
from app.services.files import CustodyRefused, checkin, checkout, find_scanned, overdue, write_labels
from app.services.history import case_history
from app.services.manifest import export_manifest, import_manifest
from app.services.records import move_file
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.conftest import PASSWORD
from tests.support.hq import HQServer, enrolled, running_hq
from tests.support.staff import add_staff, reopen_as

TODAY = dt.date(2026, 12, 6)
NOW = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
CABINET = "Lima office, cabinet 2"
HOLDER = "Interviewer Synthetic A"
OTHER = "Officer Synthetic B"
CASES = [f"LIM-00{i:04d}" for i in range(1, 31)]  # 30 cases of the ride North: two label pages


def manifest() -> dict[str, Any]:
    return {
        "sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}],
        "rides": [{"name": "North", "sites": ["Lima"]}, {"name": "South", "sites": ["Lima"]}],
        "interpreters": [],
        "cases": [
            {
                "case_number": number,
                "site": "Lima",
                "ride": "North" if i < 30 else "South",
                "file_location": CABINET if i % 2 else "Lima office, cabinet 3",
                "persons": [
                    {"role": "principal_applicant", "family_name": f"Synthetic{i}", "given_names": "Ana"},
                ],
            }
            for i, number in enumerate([*CASES, "LIM-000099"])
        ],
    }


@pytest.fixture
def cases(ws: Workspace) -> Workspace:
    import_manifest(ws, manifest())
    return ws


def state(ws: Workspace) -> dict[str, Any]:
    """What a refused command must leave as it was: every case's custody, the chain, the audit
    trail and what waits to be sent."""
    with ws.session() as s:
        custody = s.execute(
            select(
                Case.case_number, Case.file_location, Case.file_holder, Case.file_held_since, Case.file_due, Case.rev
            ).order_by(Case.case_number)
        ).all()
        return {
            "custody": [tuple(row) for row in custody],
            "movements": s.scalar(select(func.count()).select_from(FileMovement)),
            "audit": s.scalar(select(func.count()).select_from(AuditEvent)),
            "outbox": s.scalar(select(func.count()).select_from(OutboxEntry)),
        }


def movements(ws: Workspace, number: str) -> list[dict[str, Any]]:
    return list(show_case(ws, number)["file_movements"])


# ----- check-out and check-in ---------------------------------------------------------------------
def test_checking_one_file_out_records_holder_since_due_and_home_and_appends_to_the_chain(cases: Workspace) -> None:
    batch = checkout(
        cases, ["LIM-000002"], HOLDER, due="2026-12-10", reason="interview in Huancayo", today=TODAY, now=NOW
    )
    [out] = batch.changed
    assert (out.case_number, out.holder, out.since, out.due, out.home, out.location) == (
        "LIM-000002",
        HOLDER,
        "2026-12-06T09:30:00+00:00",
        "2026-12-10",
        CABINET,
        HOLDER,
    )
    doc = show_case(cases, "LIM-000002")
    assert (doc["file_holder"], doc["file_held_since"], doc["file_due"], doc["file_home"], doc["file_location"]) == (
        HOLDER,
        "2026-12-06T09:30:00+00:00",
        "2026-12-10",
        CABINET,
        HOLDER,
    )
    [move] = doc["file_movements"]
    assert (move["kind"], move["from"], move["to"], move["holder"], move["due"], move["by"], move["reason"]) == (
        "checkout",
        CABINET,
        HOLDER,
        HOLDER,
        "2026-12-10",
        "lead",
        "interview in Huancayo",
    )
    # Audited and waiting to be sent, the case's fields and the movement alike
    with cases.session() as s:
        sent = {(e.table_name, tuple(sorted(e.fields))) for e in s.scalars(select(OutboxEntry))}
    assert ("cases", ("file_due", "file_held_since", "file_holder", "file_home", "file_location")) in sent
    assert any(table == "file_movements" and "holder" in fields for table, fields in sent)
    history = [row.text for row in case_history(cases, "LIM-000002")]
    assert history[-1] == f"checked the file out to {HOLDER} (due 2026-12-10) (interview in Huancayo)"


def test_a_batch_goes_out_and_comes_back_to_each_files_own_home(cases: Workspace) -> None:
    batch = checkout(cases, ["lim-000001 ", "LIM-000002", "LIM-000001"], HOLDER, today=TODAY)
    assert [c.case_number for c in batch.changed] == ["LIM-000001", "LIM-000002"] and not batch.unchanged
    assert {c.due for c in batch.changed} == {None}
    back = checkin(cases, ["LIM-000001", "LIM-000002"])
    assert [(c.case_number, c.location, c.holder, c.due, c.home) for c in back.changed] == [
        ("LIM-000001", "Lima office, cabinet 3", None, None, "Lima office, cabinet 3"),
        ("LIM-000002", CABINET, None, None, CABINET),
    ]
    [_, returned] = movements(cases, "LIM-000001")
    assert (returned["kind"], returned["from"], returned["to"], returned["holder"]) == (
        "checkin",
        HOLDER,
        "Lima office, cabinet 3",
        HOLDER,
    )
    assert [row.text for row in case_history(cases, "LIM-000001")][-1] == (
        "checked the file in to Lima office, cabinet 3"
    )
    # --to puts it elsewhere, which becomes its home
    checkout(cases, ["LIM-000003"], HOLDER, today=TODAY)
    [moved] = checkin(cases, ["LIM-000003"], to="Huancayo field office").changed
    assert (moved.location, moved.home) == ("Huancayo field office", "Huancayo field office")


def test_a_batch_is_refused_whole_with_every_reason_and_nothing_changes(cases: Workspace) -> None:
    checkout(cases, ["LIM-000004"], OTHER, due="2026-12-08", today=TODAY, now=NOW)
    before = state(cases)
    with pytest.raises(CustodyRefused) as refused:
        checkout(cases, ["LIM-000001", "LIM-000004", "LIM-999999", "LIM-000005", "XYZ-000001"], HOLDER, today=TODAY)
    assert [str(r) for r in refused.value.reasons] == [
        "there is no case LIM-999999 in this workspace",
        "there is no case XYZ-000001 in this workspace",
        f"the file of LIM-000004 is checked out to {OTHER} since 2026-12-06",
    ]
    assert refused.value.message.startswith("Nothing was changed: there is no case LIM-999999")
    assert state(cases) == before
    # Checking in: a file that is not out, and an unknown case, refuse the batch too
    with pytest.raises(CustodyRefused) as refused:
        checkin(cases, ["LIM-000004", "LIM-000001", "LIM-999999"])
    assert [str(r) for r in refused.value.reasons] == [
        "there is no case LIM-999999 in this workspace",
        "the file of LIM-000001 is not checked out (it is at Lima office, cabinet 3)",
    ]
    assert state(cases) == before


def test_checking_out_again_to_the_same_holder_changes_nothing(cases: Workspace) -> None:
    checkout(cases, ["LIM-000004"], OTHER, due="2026-12-08", today=TODAY, now=NOW)
    before = state(cases)
    again = checkout(cases, ["LIM-000004"], OTHER.upper(), due="2026-12-20", today=TODAY)
    assert not again.changed and [(c.holder, c.due) for c in again.unchanged] == [(OTHER, "2026-12-08")]
    assert state(cases) == before
    # in a batch, the others go out
    mixed = checkout(cases, ["LIM-000004", "LIM-000005"], OTHER, today=TODAY)
    assert ([c.case_number for c in mixed.changed], [c.case_number for c in mixed.unchanged]) == (
        ["LIM-000005"],
        ["LIM-000004"],
    )


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"due": "2026-12-05"}, "The due date 2026-12-05 is past (today is 2026-12-06)"),
        ({"due": "10/12/2026"}, "due date: '10/12/2026' is not a date such as 2026-11-03"),
        ({"due": "2026-02-30"}, "due date: '2026-02-30' is not a real calendar date"),
        ({"holder": "  "}, "Say who takes the file"),
        ({"holder": "x" * 201}, "holder: is longer than 200 characters"),
        ({"numbers": [" ", ""]}, "Give at least one case number"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(cases: Workspace, kwargs: dict[str, Any], words: str) -> None:
    before = state(cases)
    with pytest.raises(InvalidInput, match=re.escape(words)):
        checkout(
            cases,
            kwargs.pop("numbers", ["LIM-000001"]),
            kwargs.pop("holder", HOLDER),
            today=TODAY,
            **kwargs,
        )
    assert state(cases) == before


def test_a_file_without_a_recorded_home_needs_to_on_checkin(cases: Workspace) -> None:
    import_manifest(cases, {"cases": [{"case_number": "LIM-000500", "site": "Lima", "persons": []}]})
    checkout(cases, ["LIM-000500"], HOLDER, today=TODAY)
    before = state(cases)
    with pytest.raises(CustodyRefused, match="LIM-000500 has no home location recorded: say where it goes with --to"):
        checkin(cases, ["LIM-000500"])
    assert state(cases) == before
    assert checkin(cases, ["LIM-000500"], to=CABINET).changed[0].location == CABINET


def test_a_role_without_move_files_is_refused_and_nothing_changes(cases: Workspace) -> None:
    add_staff(cases, "it.admin", "admin")
    admin = reopen_as(cases, "it.admin")
    try:
        before = state(admin)
        with pytest.raises(PermissionDenied, match=r"Your role \(admin\) may not record file movements"):
            checkout(admin, ["LIM-000001"], HOLDER, today=TODAY)
        with pytest.raises(PermissionDenied, match="record file movements"):
            checkin(admin, ["LIM-000001"])
        assert state(admin) == before
    finally:
        admin.lock()


def test_the_chain_of_custody_is_appended_never_edited(cases: Workspace) -> None:
    move_file(cases, "LIM-000002", "Lima office, front desk", reason="scanning")
    checkout(cases, ["LIM-000002"], HOLDER, due="2026-12-09", today=TODAY)
    first = movements(cases, "LIM-000002")
    checkin(cases, ["LIM-000002"])
    checkout(cases, ["LIM-000002"], OTHER, today=TODAY)
    move_file(cases, "LIM-000002", "Huancayo field office")  # carried by its holder: still checked out to them
    chain = movements(cases, "LIM-000002")
    assert chain[: len(first)] == first  # earlier links as they were
    assert [(m["kind"], m["to"]) for m in chain] == [
        ("move", "Lima office, front desk"),
        ("checkout", HOLDER),
        ("checkin", "Lima office, front desk"),
        ("checkout", OTHER),
        ("move", "Huancayo field office"),
    ]
    doc = show_case(cases, "LIM-000002")
    assert (doc["file_holder"], doc["file_location"], doc["file_home"]) == (
        OTHER,
        "Huancayo field office",
        "Lima office, front desk",
    )
    with cases.session() as s:
        rows = s.scalars(select(FileMovement).where(FileMovement.id.in_([m["id"] for m in chain]))).all()
        assert {r.rev for r in rows} == {1}  # each link written once
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "file_movements")).all()
        assert set(actions) == {"create"}
        assert (
            s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.table_name == "file_movements", OutboxEntry.rev != 1)
            )
            == 0
        )


# ----- overdue, find, labels ---------------------------------------------------------------------
def test_overdue_lists_the_most_overdue_first_with_days(cases: Workspace) -> None:
    checkout(cases, ["LIM-000001"], HOLDER, due="2026-12-10", today=TODAY)
    checkout(cases, ["LIM-000002"], OTHER, due="2026-12-07", today=TODAY)
    checkout(cases, ["LIM-000003"], HOLDER, today=TODAY)  # no due date: never overdue
    checkout(cases, ["LIM-000004"], HOLDER, due="2026-12-20", today=TODAY)
    later = dt.date(2026, 12, 12)
    assert [
        (f.custody.case_number, f.custody.holder, f.custody.due, f.days_overdue) for f in overdue(cases, today=later)
    ] == [
        ("LIM-000002", OTHER, "2026-12-07", 5),
        ("LIM-000001", HOLDER, "2026-12-10", 2),
    ]
    assert [f.custody.case_number for f in overdue(cases, today=dt.date(2026, 12, 10))] == ["LIM-000002"]
    checkin(cases, ["LIM-000002"])
    assert [f.custody.case_number for f in overdue(cases, today=later)] == ["LIM-000001"]


@pytest.mark.parametrize("typed", ["LIM-000002\r\n", "  lim-000002\n", "lim-000002", "\tLIM-000002\r"])
def test_a_scanned_label_finds_the_file_and_who_holds_it(cases: Workspace, typed: str) -> None:
    checkout(cases, ["LIM-000002"], HOLDER, due="2026-12-10", today=TODAY, now=NOW)
    found = find_scanned(cases, typed)
    assert (found.case_number, found.holder, found.since, found.due, found.home) == (
        "LIM-000002",
        HOLDER,
        "2026-12-06T09:30:00+00:00",
        "2026-12-10",
        CABINET,
    )


def test_a_scan_that_is_no_case_number_or_no_case_is_said(cases: Workspace) -> None:
    with pytest.raises(InvalidInput, match="is not a case number from a label"):
        find_scanned(cases, "\x1b[A garbage ##")
    with pytest.raises(NotFound, match="No case LIM-999999"):
        find_scanned(cases, "lim-999999\r\n")


def pdf_text(path: Path) -> tuple[int, list[str]]:
    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf), [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_a_rides_labels_are_a_pdf_with_one_label_per_case_and_no_names(cases: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    assert write_labels(cases, "North", out) == 30
    pages, texts = pdf_text(out)
    assert pages == 2  # 24 labels a sheet
    shown = "\n".join(texts)
    assert all(number in shown for number in CASES) and "LIM-000099" not in shown  # another ride's
    assert [texts[0].count("LIM-"), texts[1].count("LIM-")] == [24, 6]
    assert "Lima" in shown and "Synthetic" not in shown and "Ana" not in shown
    pdf = pdfium.PdfDocument(out)
    try:
        image = pdf[0].render(scale=2).to_pil()
    finally:
        pdf.close()
    image.save(tmp_path / "labels-page-1.png")
    assert image.size == (1191, 1684)  # A4 at 144 dpi
    for bad, error, words in (
        ("Nowhere", NotFound, "No circuit ride named 'Nowhere'"),
        ("North", InvalidInput, "ending in .pdf"),
    ):
        with pytest.raises(error, match=words):
            write_labels(cases, bad, tmp_path / ("x.pdf" if bad == "Nowhere" else "x.docx"))
    import_manifest(cases, {"rides": [{"name": "Empty", "sites": ["Lima"]}], "cases": []})
    with pytest.raises(InvalidInput, match="The ride 'Empty' has no case"):
        write_labels(cases, "Empty", tmp_path / "empty.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "empty.pdf").exists()


def test_custody_travels_in_a_manifest_and_comes_back_as_it_was(cases: Workspace, tmp_path: Path) -> None:
    checkout(cases, ["LIM-000002"], HOLDER, due="2026-12-10", today=TODAY, now=NOW)
    doc = export_manifest(cases)
    [exported] = [c for c in doc["cases"] if c["case_number"] == "LIM-000002"]
    assert (exported["file_holder"], exported["file_due"], exported["file_home"]) == (HOLDER, "2026-12-10", CABINET)
    assert [m["kind"] for m in exported["file_movements"]] == ["checkout"]
    other = create_workspace(tmp_path / "other", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
    try:
        import_manifest(other, json.loads(json.dumps(doc)))
        again = show_case(other, "LIM-000002")
        for key in ("file_location", "file_holder", "file_held_since", "file_due", "file_home"):
            assert again[key] == exported[key], key
        assert [(m["kind"], m["holder"], m["due"]) for m in again["file_movements"]] == [
            ("checkout", HOLDER, "2026-12-10")
        ]
    finally:
        other.lock()


# ----- the command line --------------------------------------------------------------------------
def test_the_command_line_checks_out_finds_lists_and_checks_in(cases: Workspace, cli: Any, tmp_path: Path) -> None:
    cases.lock()
    due = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    out = cli(
        "files",
        "checkout",
        "LIM-000001",
        "lim-000002",
        "--to",
        HOLDER,
        "--due",
        due,
        "--reason",
        "ride North",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert [(c["case_number"], c["holder"], c["due"]) for c in doc["checked_out"]] == [
        ("LIM-000001", HOLDER, due),
        ("LIM-000002", HOLDER, due),
    ]
    again = cli("files", "checkout", "LIM-000001", "--to", HOLDER)
    assert again.returncode == 0 and "already checked out to" in again.stderr and "nothing changed" in again.stderr
    refused = cli("files", "checkout", "LIM-000001", "LIM-000003", "LIM-999999", "--to", OTHER)
    assert refused.returncode == 1, refused.stderr
    assert "nothing was changed" in refused.stderr and "no case LIM-999999" in refused.stderr
    assert f"LIM-000001 is checked out to {HOLDER}" in refused.stderr and "Traceback" not in refused.stderr
    where = cli("files", "where", "LIM-000001", "--json")
    assert where.returncode == 0, where.stderr
    shown = json.loads(where.stdout)
    assert (shown["holder"], shown["due"], shown["home"], shown["since"][:10]) == (
        HOLDER,
        due,
        "Lima office, cabinet 3",
        dt.datetime.now(dt.UTC).date().isoformat(),
    )
    assert [m["kind"] for m in shown["movements"]] == ["checkout"]
    found = cli("files", "find", " lim-000002\r\n", "--json")
    assert found.returncode == 0, found.stderr
    assert (json.loads(found.stdout)["holder"], json.loads(found.stdout)["home"]) == (HOLDER, CABINET)
    plain_find = cli("files", "find", "LIM-000002\n")
    assert plain_find.returncode == 0 and f"checked out to {HOLDER}" in plain_find.stdout
    listed = cli("files", "overdue", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == {"count": 0, "overdue": []}
    back = cli("files", "checkin", "LIM-000001", "LIM-000002", "--json")
    assert back.returncode == 0, back.stderr
    assert [(c["case_number"], c["file_location"]) for c in json.loads(back.stdout)["checked_in"]] == [
        ("LIM-000001", "Lima office, cabinet 3"),
        ("LIM-000002", CABINET),
    ]
    not_out = cli("files", "checkin", "LIM-000001")
    assert not_out.returncode == 1 and "LIM-000001 is not checked out" in not_out.stderr
    labels = cli("files", "labels", "--ride", "North", "--out", str(tmp_path / "north.pdf"))
    assert labels.returncode == 0 and "Wrote 30 labels (2 A4 pages)" in labels.stderr, labels.stderr
    assert pdf_text(tmp_path / "north.pdf")[0] == 2
    for args, code, words in (
        (("files", "checkout", "LIM-000001", "--to", HOLDER, "--due", "2020-01-01"), 1, "is past"),
        (("files", "checkout", "LIM-000001", "--to", HOLDER, "--due", "tomorrow"), 1, "is not a date"),
        (("files", "checkout", "LIM-000001"), 2, "--to"),
        (("files", "find", "###"), 1, "not a case number"),
        (("files", "labels", "--ride", "North", "--out", str(tmp_path / "l.txt")), 1, ".pdf"),
    ):
        bad = cli(*args)
        assert bad.returncode == code and words in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)


def test_the_command_line_lists_overdue_files(cases: Workspace, cli: Any) -> None:
    today = dt.date.today()
    weeks_ago = today - dt.timedelta(days=14)
    earlier, later = today - dt.timedelta(days=5), today - dt.timedelta(days=2)
    checkout(cases, ["LIM-000001"], HOLDER, due=later.isoformat(), today=weeks_ago)
    checkout(cases, ["LIM-000002"], OTHER, due=earlier.isoformat(), today=weeks_ago)
    checkout(cases, ["LIM-000003"], OTHER, due=today.isoformat())  # due today: not overdue yet
    cases.lock()
    listed = cli("files", "overdue", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["overdue"]
    assert [(r["case_number"], r["holder"], r["due"], r["days_overdue"]) for r in rows] == [
        ("LIM-000002", OTHER, earlier.isoformat(), 5),
        ("LIM-000001", HOLDER, later.isoformat(), 2),
    ]
    text = cli("files", "overdue")
    assert text.returncode == 0, text.stderr
    assert [line.split()[0] for line in text.stdout.splitlines()] == ["LIM-000002", "LIM-000001"]
    assert "5 days overdue" in text.stdout.splitlines()[0]


# ----- two laptops, one file ---------------------------------------------------------------------
@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_two_laptops_checking_out_one_file_offline_meet_as_a_conflict_the_team_lead_sees(
    hq: HQServer, tmp_path: Path
) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    with lead.session() as s:
        north = s.scalar(select(CircuitRide.id).where(CircuitRide.name == "North"))
    # its user an interviewer, whose changes HQ takes with an interviewer's rights
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north, role="interviewer", hq_role=None)
    sync(field)
    # Offline, each laptop checks the same file out to someone else
    checkout(lead, ["LIM-000002"], OTHER, due="2030-01-10")
    checkout(field, ["LIM-000002"], HOLDER, due="2030-01-12", reason="ride North")
    for laptop in (field, lead, field):
        report = sync(laptop)
        assert not report.rejected and not report.unsent, report
    conflicts = {c.field: c for c in list_conflicts(lead) if c.case_number == "LIM-000002"}
    assert {"file_holder", "file_due"} <= set(conflicts)
    holder = conflicts["file_holder"]
    assert holder.table == "cases" and sorted(x["value"] for x in holder.candidates) == sorted([HOLDER, OTHER])
    # Not silently overwritten: both laptops show the same provisional holder, flagged as in conflict
    for laptop in (lead, field):
        doc = show_case(laptop, "LIM-000002")
        assert doc["file_holder"] == holder.current
        assert {c["field"] for c in doc["conflicts"]} >= {"file_holder", "file_due"}
        # and both check-outs stay in the chain of custody, on both laptops
        assert sorted((m["kind"], m["holder"]) for m in doc["file_movements"]) == [
            ("checkout", HOLDER),
            ("checkout", OTHER),
        ]
