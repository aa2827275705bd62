"""Notices to families and the officers' docket (issue 21), through the services and the command
line, on a real encrypted workspace: the notice's language follows the family's, it is recorded on
the case and marks the appointment as notified; the SMS list has one line per family; the docket has
a section per officer; bad input gets a clear message and changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import CircuitRide
from app.services.case_view import show_case
from app.services.docket import docket_for, write_docket
from app.services.history import case_history, format_line
from app.services.interpreters import add_interpreter
from app.services.manifest import import_manifest
from app.services.notices import issue_notice, list_notices, notice_languages, sms_list
from app.services.results import record_result
from app.services.schedule import book, list_appointments
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.support.hq import HQServer, enrolled, running_hq

NOW = dt.datetime(2026, 12, 1, 12, 0)
TODAY = NOW.date()
DAY = "2026-12-21"  # a Monday, after the real clock's today too (the command line books with it)
ARABIC = "SHI-000001"
TIGRINYA = "SHI-000002"
SPANISH = "SHI-000003"


def person(
    role: str, family: str, given: str, languages: list[str], native: tuple[str, str] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"role": role, "family_name": family, "given_names": given, "languages": languages}
    if native:
        out["native_family_name"], out["native_given_names"] = native
    return out


def manifest() -> dict[str, Any]:
    return {
        "sites": [{"name": "Shire", "country": "ET", "prefix": "SHI"}],
        "rides": [{"name": "North", "sites": ["Shire"]}],
        "interpreters": [],
        "cases": [
            {
                "case_number": ARABIC,
                "site": "Shire",
                "ride": "North",
                "file_location": "Shire field office, cabinet 2",
                "expedited": True,
                "persons": [
                    person("principal_applicant", "Synthal", "Nadia", ["ar", "ti"], ("سنثال", "نادية")),
                    person("child", "Synthal", "Omar", ["ar"], ("سنثال", "عمر")),
                ],
            },
            {
                "case_number": TIGRINYA,
                "site": "Shire",
                "ride": "North",
                "security_check_status": "hit",
                "persons": [person("principal_applicant", "Synthegn", "Abeba", ["ti"], ("ሲንተግን", "ኣበባ"))],
            },
            {
                "case_number": SPANISH,
                "site": "Shire",
                "ride": "North",
                "persons": [person("principal_applicant", "Sintético", "Rosa", ["qu", "es"])],
            },
        ],
    }


@pytest.fixture
def booked(ws: Workspace) -> dict[str, str]:
    import_manifest(ws, manifest())
    add_interpreter(ws, "Synthetic Arabic", "ar:native,ti:fluent")
    return {
        "arabic": book(
            ws,
            ARABIC,
            type="interview",
            start=f"{DAY}T09:00",
            minutes=90,
            room="Room 1",
            interpreter="Synthetic Arabic",
            officer="Officer Synthetic B",
            now=NOW,
        ),  # fmt: skip
        "tigrinya": book(
            ws,
            TIGRINYA,
            type="interview",
            start=f"{DAY}T11:00",
            room="Room 1",
            interpreter="Synthetic Arabic",
            officer="Officer Synthetic A",
            now=NOW,
        ),  # fmt: skip
        "spanish": book(
            ws, SPANISH, type="cultural_orientation", start=f"{DAY}T13:00", minutes=120, room="Training hall", now=NOW
        ),  # fmt: skip
        "spanish_later": book(ws, SPANISH, type="medical", start=f"{DAY}T16:00", now=NOW),
    }


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def bidi_paragraphs(path: Path) -> int:
    document = docx.Document(str(path))
    return sum(1 for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None)


def test_a_notice_is_in_the_familys_language_names_both_scripts_and_is_recorded(
    ws: Workspace, booked: dict[str, str], tmp_path: Path
) -> None:
    default, languages = notice_languages(ws, ARABIC)
    assert default == "ar"
    assert {"en", "es", "uk", "ru", "ar", "prs", "ti"} <= {code for code, _ in languages}
    out = tmp_path / "notice.docx"
    info = issue_notice(ws, ARABIC, kind="appointment", out=out, today=TODAY)
    assert (info.language, info.kind, info.appointment_id, info.channel) == (
        "ar",
        "appointment",
        booked["arabic"],
        "document",
    )
    text = text_of(out)
    assert ARABIC in text and "Nadia SYNTHAL" in text and "نادية سنثال" in text and "Omar SYNTHAL" in text
    assert bidi_paragraphs(out) > 3  # right to left
    notified = {a.id: a.notified for a in list_appointments(ws, day=DAY)}
    assert notified == {booked["arabic"]: True, booked["tigrinya"]: False, booked["spanish"]: False,
                        booked["spanish_later"]: False}  # fmt: skip
    [recorded] = show_case(ws, ARABIC)["notices"]
    assert (recorded["kind"], recorded["language"], recorded["appointment_id"], recorded["by"]) == (
        "appointment",
        "ar",
        booked["arabic"],
        "lead",
    )
    assert any("issued an appointment notice" in line for line in _history(ws, ARABIC))


def test_the_user_picks_another_language_and_english_is_the_fallback(
    ws: Workspace, booked: dict[str, str], tmp_path: Path
) -> None:
    english = issue_notice(ws, ARABIC, kind="appointment", out=tmp_path / "en.docx", language="en", today=TODAY)
    assert english.language == "en" and bidi_paragraphs(tmp_path / "en.docx") == 0
    # Quechua has no template, Spanish (the family's second language) has
    assert notice_languages(ws, SPANISH)[0] == "es"
    briefing = issue_notice(ws, SPANISH, kind="briefing", out=tmp_path / "es.docx", today=TODAY)
    assert (briefing.language, briefing.appointment_id) == ("es", booked["spanish"])
    assert "Rosa SINTÉTICO" in text_of(tmp_path / "es.docx")
    tigrinya = issue_notice(ws, TIGRINYA, kind="appointment", out=tmp_path / "ti.docx", today=TODAY)
    assert tigrinya.language == "ti" and "ኣበባ" in text_of(tmp_path / "ti.docx")


def test_a_result_notice_is_for_the_latest_result(ws: Workspace, booked: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no result recorded yet"):
        issue_notice(ws, ARABIC, kind="result", out=tmp_path / "r.docx", today=TODAY)
    record_result(ws, ARABIC, kind="medical", outcome="cleared", date="2026-11-30", today=TODAY)
    latest = record_result(ws, ARABIC, kind="interview", outcome="approve", date="2026-12-01", today=TODAY)
    info = issue_notice(ws, ARABIC, kind="result", out=tmp_path / "r.docx", language="es", today=TODAY)
    assert (info.result_id, info.appointment_id, info.language) == (latest, None, "es")
    assert ARABIC in text_of(tmp_path / "r.docx")


@pytest.mark.parametrize(
    ("case", "kwargs", "error", "words"),
    [
        ("SHI-999999", {}, NotFound, "No case SHI-999999"),
        (ARABIC, {"kind": "reminder"}, InvalidInput, "kind"),
        (ARABIC, {"language": "xx"}, InvalidInput, "no notice template in 'xx'"),
        (ARABIC, {"kind": "briefing"}, InvalidInput, "no briefing booked"),
        (ARABIC, {"appointment_id": "0190a1b2-0000-7000-8000-000000000000"}, NotFound, "No appointment"),
        (ARABIC, {"out": "notice.pdf"}, InvalidInput, "ending in .docx"),
        (ARABIC, {"out": "."}, InvalidInput, "ending in .docx"),
    ],
)
def test_bad_input_gets_a_clear_message_writes_nothing_and_records_nothing(
    ws: Workspace,
    booked: dict[str, str],
    tmp_path: Path,
    case: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    words: str,
) -> None:
    args: dict[str, Any] = {"kind": "appointment", "out": "notice.docx"} | kwargs
    args["out"] = tmp_path / args["out"]
    with pytest.raises(error, match=words):
        issue_notice(ws, case, **args, today=TODAY)
    assert not list(tmp_path.glob("*.docx")) and not list_notices(ws, ARABIC)


def test_an_appointment_of_another_case_is_refused(ws: Workspace, booked: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=f"No appointment {booked['tigrinya']} for case {ARABIC}"):
        issue_notice(ws, ARABIC, kind="appointment", appointment_id=booked["tigrinya"], out=tmp_path / "n.docx")


def test_the_sms_list_has_one_line_per_family_in_its_language_and_records_each_once(
    ws: Workspace, booked: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "sms.csv"
    assert sms_list(ws, DAY, out, today=TODAY) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read the scripts right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["case_number"], r["time"], r["language"]) for r in rows] == [
        (ARABIC, "09:00", "ar"),
        (TIGRINYA, "11:00", "ti"),
        (SPANISH, "13:00", "es"),  # the family's first appointment of the day
    ]
    assert rows[0]["principal_applicant_native"] == "نادية سنثال" and rows[1]["interpreter"] == "Synthetic Arabic"
    assert all(r["message"] and "\n" not in r["message"] and r["case_number"] in r["message"] for r in rows)
    sms_list(ws, DAY, out, today=TODAY)  # made again: nobody is recorded twice
    channels = [n.channel for n in list_notices(ws, SPANISH)]
    assert channels == ["sms"]
    assert all(a.notified for a in list_appointments(ws, day=DAY) if a.id != booked["spanish_later"])


def test_the_docket_has_a_section_per_officer_with_what_the_officer_needs(
    ws: Workspace, booked: dict[str, str], tmp_path: Path
) -> None:
    docket = docket_for(ws, DAY)
    assert [s.officer for s in docket.sections] == ["Officer Synthetic A", "Officer Synthetic B", ""]
    [tigrinya] = docket.sections[0].rows
    assert (tigrinya.case_number, tigrinya.security, tigrinya.expedited, tigrinya.language) == (
        TIGRINYA,
        True,
        False,
        "ti",
    )
    [arabic] = docket.sections[1].rows
    assert (arabic.principal.latin, arabic.principal.native, arabic.household_size) == (
        "Nadia SYNTHAL",
        "نادية سنثال",
        2,
    )
    assert (arabic.interpreter, arabic.language, arabic.file_location, arabic.expedited, arabic.minutes) == (
        "Synthetic Arabic",
        "ar",
        "Shire field office, cabinet 2",
        True,
        90,
    )
    out = tmp_path / "docket.docx"
    assert write_docket(ws, DAY, out, officer="Officer Synthetic B") == 1
    text = text_of(out)
    assert ARABIC in text and TIGRINYA not in text and "Synthetic Arabic" in text
    with pytest.raises(InvalidInput, match="No appointment on 2026-12-22"):
        write_docket(ws, "2026-12-22", tmp_path / "empty.docx")
    with pytest.raises(InvalidInput, match="date"):
        docket_for(ws, "21/12/2026")
    assert not (tmp_path / "empty.docx").exists()


def test_the_command_line_writes_notices_the_sms_list_and_the_docket(
    ws: Workspace, booked: dict[str, str], tmp_path: Path, cli: Any
) -> None:
    ws.lock()
    notice = cli("notice", ARABIC, "--kind", "appointment", "--out", str(tmp_path / "n.docx"), "--json")
    assert notice.returncode == 0, notice.stderr
    doc = json.loads(notice.stdout)
    assert (doc["language"], doc["appointment_id"], doc["path"]) == ("ar", booked["arabic"], str(tmp_path / "n.docx"))
    assert "نادية" in text_of(tmp_path / "n.docx")
    sms = cli("notice", "sms", "--date", DAY, "--out", str(tmp_path / "day.csv"))
    assert sms.returncode == 0 and "Wrote 3 families" in sms.stderr, sms.stderr
    docket = cli("docket", "--date", DAY, "--out", str(tmp_path / "d.docx"))
    assert docket.returncode == 0 and "4 appointments" in docket.stderr, docket.stderr
    assert len(docx.Document(str(tmp_path / "d.docx")).sections) == 3
    for args, words in [
        (("notice", "SHI-999999", "--kind", "appointment", "--out", str(tmp_path / "x.docx")), "No case SHI-999999"),
        (("notice", ARABIC, "--out", str(tmp_path / "x.docx")), "--kind"),
        (("notice", ARABIC, "--kind", "appointment", "--lang", "zz", "--out", str(tmp_path / "x.docx")), "zz"),
        (("notice", "sms", "--out", str(tmp_path / "x.csv")), "--date"),
        (("docket", "--date", "2026-13-01", "--out", str(tmp_path / "x.docx")), "date"),
        (("docket", "--date", DAY, "--out", str(tmp_path / "no-such-dir" / "x.txt")), ".docx"),
    ]:
        bad = cli(*args)
        assert bad.returncode in (1, 2) and words in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)
    assert not list(tmp_path.glob("x.*"))
    shown = cli("case", "show", ARABIC).stdout
    assert "family notified" in shown and "notice " in shown


def _history(ws: Workspace, case_number: str) -> list[str]:
    return [format_line(row) for row in case_history(ws, case_number)]


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def test_notices_given_on_two_laptops_sync_as_records_of_their_own_without_a_conflict(
    hq: HQServer, tmp_path: Path
) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    day = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    appointment = book(lead, ARABIC, type="interview", start=f"{day}T09:00")
    sync(lead)
    with lead.session() as s:
        north = s.scalar(select(CircuitRide.id).where(CircuitRide.name == "North"))
    field = enrolled(hq, tmp_path / "field", "field-laptop", ride_id=north)
    sync(field)
    # Offline, both laptops give the family a notice for the same appointment.
    issue_notice(lead, ARABIC, kind="appointment", out=tmp_path / "lead.docx", language="en")
    sms_list(field, day, tmp_path / "field.csv")
    sync(field)
    sync(lead)
    sync(field)
    for laptop in (lead, field):
        notices = show_case(laptop, ARABIC)["notices"]
        assert sorted((n["channel"], n["language"], n["appointment_id"]) for n in notices) == [
            ("document", "en", appointment),
            ("sms", "ar", appointment),
        ]
        assert show_case(laptop, ARABIC)["conflicts"] == []
        [shown] = list_appointments(laptop, case_number=ARABIC)
        assert shown.notified
