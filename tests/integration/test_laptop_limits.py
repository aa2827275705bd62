"""The laptop's limits (issue 19, points 16-18), through the real command line in a child process.

16. Every file or stream a command reads on a user's word (a manifest, a password file, an
    attachment, a form, a steps file, a reply bundle) is read within a limit: a regular file is
    measured before it is read, a device or pipe is read only up to the limit, and the refusal names
    the limit and what to do. The child runs with a memory ceiling, so reading `/dev/zero` whole
    fails here instead of eating the machine.
17. A password opens however its accents are typed (NFC before Argon2id); a slot made before that
    rule opens with the password as it was typed and is rewrapped under the NFC form.
18. A manifest cannot give a record of one case the id of a record of another case, nor one id to
    two records; and nothing a command echoes reaches the terminal with its control characters.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.services.manifest import import_manifest
from app.services.workspaces import create_workspace
from app.store import keyslots
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, cli_env
from tests.integration.conftest import jpeg_bytes, scalar, unlocked, write_json
from tests.support.hq import enrolled, running_hq

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BYTES = 1536 * 1024**2  # a pass needs a few hundred MB; reading /dev/zero whole needs it all
SAFETY_SECONDS = 90
CASE_A, CASE_B = "LIM-000101", "LIM-000202"
PERSON_A = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a01"
NOTE_A = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a02"
MOVE_A = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a03"
APPT_A = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a04"
CASE_A_ID = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a05"
FRESH_ID = "0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a06"
COMPOSED = "caf\u00e9 r\u00e9sum\u00e9 na\u00efve"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)
ESC_NAME = "m\x1b[2J\x1b]0;owned\x07.json"  # clears the screen and retitles the terminal


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run(
    tmp_path: Path, ws_path: Path, *args: str, stdin: Any = subprocess.DEVNULL, **env: str
) -> subprocess.CompletedProcess[str]:
    """`circuitride --data-dir WS ARGS` in a child process bounded in time and memory."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(ws_path), *args],
            cwd=ROOT,
            env=cli_env(tmp_path, **env),
            capture_output=True,
            text=True,
            timeout=SAFETY_SECONDS,
            stdin=stdin,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`circuitride {' '.join(args[:2])}` still ran after {SAFETY_SECONDS} s")


def refused(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr[-2000:])
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "unexpected problem" not in result.stderr


def sparse(path: Path, size: int) -> Path:
    """A file that says it is `size` bytes long and takes no disk: reading it would take minutes."""
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@contextlib.contextmanager
def endless_fifo(path: Path) -> Iterator[Path]:
    """A named pipe fed zeros until its reader goes away."""
    os.mkfifo(path)

    def feed() -> None:
        with contextlib.suppress(OSError), path.open("wb") as fh:
            while True:
                fh.write(bytes(1024 * 1024))

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        writer.join(timeout=5)


def manifest_a() -> dict[str, Any]:
    return {
        "cases": [
            {
                "id": CASE_A_ID,
                "case_number": CASE_A,
                "site": "Lima",
                "persons": [
                    {"id": PERSON_A, "role": "principal_applicant", "family_name": "Testa", "given_names": "Ana"}
                ],
                "notes": [{"id": NOTE_A, "text": "Synthetic note."}],
                "file_movements": [{"id": MOVE_A, "to": "Cabinet 1", "at": "2026-11-03T09:15:00Z"}],
                "appointments": [{"id": APPT_A, "type": "interview", "start": "2026-11-05T09:00:00"}],
            }
        ]
    }


def case_b(**records: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "case_number": CASE_B,
        "site": "Lima",
        "persons": [{"role": "principal_applicant", "family_name": "Testb", "given_names": "Bea"}],
    }
    case.update(records)
    return {"cases": [case]}


@pytest.fixture
def empty(ws: Workspace) -> Path:
    """An empty workspace, locked."""
    ws.lock()
    return ws.path


@pytest.fixture
def seeded(ws: Workspace) -> Path:
    """A workspace holding case A, locked: the commands under test run in their own process."""
    import_manifest(ws, manifest_a())
    ws.lock()
    return ws.path


def counts(ws_path: Path) -> tuple[int, ...]:
    tables = ("cases", "persons", "notes", "file_movements", "appointments", "outbox", "audit_events")
    with unlocked(ws_path) as ws:
        return tuple(int(scalar(ws, f"SELECT count(*) FROM {t}")) for t in tables)


# ----- 16: every input by size -------------------------------------------------------------------
@pytest.mark.parametrize("source", ["/dev/zero", "sparse 100 GB", "a 100 MB note", "endless pipe"])
def test_import_reads_at_most_the_manifest_limit_and_says_so(
    tmp_path: Path, ws_path: Path, seeded: Path, source: str
) -> None:
    before = counts(seeded)
    with contextlib.ExitStack() as stack:
        if source == "/dev/zero":
            path = Path(source)
        elif source == "sparse 100 GB":
            path = sparse(tmp_path / "huge.json", 100 * 1024**3)
        elif source == "endless pipe":
            path = stack.enter_context(endless_fifo(tmp_path / "pipe.json"))
        else:  # a manifest like any other, but for one note of 100 MB
            path = tmp_path / "note.json"
            head, tail = json.dumps(case_b(notes=[{"text": "@"}])).split("@")
            with path.open("w", encoding="utf-8") as fh:
                fh.write(head)
                for _ in range(100):
                    fh.write("n" * 1024**2)
                fh.write(tail)
        result = run(tmp_path, ws_path, "import", str(path))
    refused(result, 1, "is larger than 64 MB", "split it into several manifests", "nothing was imported")
    assert counts(seeded) == before


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        ("contrase\u00f1a de prueba".encode("latin-1"), ("is not UTF-8 text", "save it as plain text in UTF-8")),
        (b"", ("is empty", "write the password on its first line")),
        ("\n", ("is empty",)),
        ("/dev/zero", ("is larger than 4 KB", "the password on one line")),
    ],
    ids=["latin-1", "empty", "blank-line", "dev-zero"],
)
def test_password_file_that_cannot_be_a_password_is_refused_with_what_to_do(
    tmp_path: Path, ws_path: Path, empty: Path, content: bytes | str, fragments: tuple[str, ...]
) -> None:
    if content == "/dev/zero":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "password.txt"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = run(tmp_path, ws_path, "--password-file", str(path), "check", CIRCUITRIDE_PASSWORD="")
    refused(result, 2, "The password file", *fragments)


def test_attaching_a_device_stops_at_the_attachment_limit(tmp_path: Path, ws_path: Path, seeded: Path) -> None:
    before = counts(seeded)
    result = run(tmp_path, ws_path, "attach", CASE_A, "/dev/zero")
    refused(result, 1, "zero is larger than 200 MB", "scan at a lower resolution")
    assert counts(seeded) == before


@pytest.mark.parametrize("source", ["/dev/zero", "sparse"])
def test_forms_check_and_install_refuse_a_form_file_past_the_limit(
    tmp_path: Path, ws_path: Path, empty: Path, source: str
) -> None:
    path = Path("/dev/zero") if source == "/dev/zero" else sparse(tmp_path / "form.xlsx", 40 * 1024**3)
    checked = run(tmp_path, ws_path, "forms", "check", str(path))
    refused(checked, 2, f"{path.name}: the file is larger than 16 MB", "is it the right file?")
    installed = run(tmp_path, ws_path, "forms", "install", str(path))
    refused(installed, 1, f"{path.name} cannot be installed: the file is larger than 16 MB")


@pytest.mark.parametrize("source", ["/dev/zero", "stdin"])
def test_forms_fill_reads_at_most_the_steps_limit(tmp_path: Path, ws_path: Path, source: str) -> None:
    form = tmp_path / "form.xml"
    form.write_text("<h:html/>", "utf-8")  # never reached: the steps are read first
    with open("/dev/zero", "rb") as zeros:
        if source == "stdin":
            result = run(tmp_path, ws_path, "forms", "fill", str(form), "--steps", "-", stdin=zeros)
        else:
            result = run(tmp_path, ws_path, "forms", "fill", str(form), "--steps", "/dev/zero")
    refused(result, 2, "the steps file is larger than 8 MB", "give fewer answers per run")


def test_sync_import_refuses_a_device_a_pipe_and_a_file_past_the_limit_at_once(tmp_path: Path) -> None:
    ws_path = tmp_path / "laptop"
    with running_hq(tmp_path / "hq") as hq:
        enrolled(hq, ws_path, "laptop-1").lock()
    os.mkfifo(tmp_path / "reply.crbundle")  # no writer: reading it would wait for ever
    for path, fragment in (
        (Path("/dev/zero"), "The bundle zero is not a regular file"),
        (tmp_path / "reply.crbundle", "The bundle reply.crbundle is not a regular file"),
        (sparse(tmp_path / "huge.crbundle", 65 * 1024**3), "The bundle huge.crbundle is larger than 64 GB"),
    ):
        refused(run(tmp_path, ws_path, "--user", "lead", "sync", "import", str(path)), 2, fragment)


# ----- 17: passwords however their accents are typed ----------------------------------------------
@pytest.mark.parametrize(("set_as", "typed_as"), [(DECOMPOSED, COMPOSED), (COMPOSED, DECOMPOSED)])
def test_password_opens_the_workspace_however_its_accents_are_typed(
    tmp_path: Path, ws_path: Path, set_as: str, typed_as: str
) -> None:
    create_workspace(ws_path, "lead", set_as, kdf=TEST_KDF, role="team_lead").lock()
    password_file = tmp_path / "password.txt"
    password_file.write_text(typed_as + "\n", "utf-8")
    assert run(tmp_path, ws_path, "check", CIRCUITRIDE_PASSWORD=typed_as).returncode == 0
    result = run(tmp_path, ws_path, "--password-file", str(password_file), "check", CIRCUITRIDE_PASSWORD="")
    assert result.returncode == 0, result.stderr


def test_slot_made_before_normalisation_opens_and_is_rewrapped_under_nfc(
    tmp_path: Path, ws_path: Path, ws: Workspace
) -> None:
    slot_path = ws_path / "keyslots" / "user-lead.json"
    dek = keyslots.open_password_slot(keyslots.read_slot(slot_path), PASSWORD, ws.meta.binding)
    ws.lock()
    # The slot as the code before this change wrote it: Argon2id over the decomposed text as typed.
    old = keyslots.make_password_slot(dek, "lead", "placeholder password", ws.meta.binding, TEST_KDF)
    header = {k: v for k, v in old.items() if k not in ("nonce", "wrapped")}
    kek = TEST_KDF.derive(DECOMPOSED, base64.b64decode(header["salt"]))
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, dek, keyslots._aad(header))
    keyslots.write_slot(
        slot_path, {**header, "nonce": base64.b64encode(nonce).decode(), "wrapped": base64.b64encode(wrapped).decode()}
    )
    before = slot_path.read_bytes()

    assert run(tmp_path, ws_path, "check", CIRCUITRIDE_PASSWORD=DECOMPOSED).returncode == 0

    upgraded = json.loads(slot_path.read_bytes())
    assert slot_path.read_bytes() != before
    kek = TEST_KDF.derive(COMPOSED, base64.b64decode(upgraded["salt"]))
    header = {k: v for k, v in upgraded.items() if k not in ("nonce", "wrapped")}
    opened = AESGCM(kek).decrypt(
        base64.b64decode(upgraded["nonce"]), base64.b64decode(upgraded["wrapped"]), keyslots._aad(header)
    )
    assert opened == dek
    assert run(tmp_path, ws_path, "check", CIRCUITRIDE_PASSWORD=COMPOSED).returncode == 0
    assert run(tmp_path, ws_path, "check", CIRCUITRIDE_PASSWORD="caf\u00e9 r\u00e9sum\u00e9 naive").returncode == 3


# ----- 18: record ids stay in their case ----------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "doc", "where", "record_id"),
    [
        (
            "person",
            case_b(
                persons=[{"id": PERSON_A, "role": "principal_applicant", "family_name": "Testb", "given_names": "Bea"}]
            ),
            "persons[0].id",
            PERSON_A,
        ),
        ("note", case_b(notes=[{"id": NOTE_A, "text": "Another synthetic note."}]), "notes[0].id", NOTE_A),
        (
            "file movement",
            case_b(file_movements=[{"id": MOVE_A, "to": "Cabinet 2", "at": "2026-11-04T09:15:00Z"}]),
            "file_movements[0].id",
            MOVE_A,
        ),
        (
            "appointment",
            case_b(appointments=[{"id": APPT_A, "type": "medical", "start": "2026-11-06T09:00:00"}]),
            "appointments[0].id",
            APPT_A,
        ),
        ("case", case_b(id=CASE_A_ID), "id", CASE_A_ID),
    ],
    ids=["person", "note", "file-movement", "appointment", "case"],
)
def test_manifest_giving_a_record_the_id_of_another_cases_record_is_refused(
    tmp_path: Path, ws_path: Path, seeded: Path, kind: str, doc: dict[str, Any], where: str, record_id: str
) -> None:
    before = counts(seeded)
    result = run(tmp_path, ws_path, "import", str(write_json(tmp_path / "b.json", doc)))
    refused(
        result,
        1,
        f"cases[0] ({CASE_B}).{where}: ",
        f"{kind} {record_id} is a record of case {CASE_A} in this workspace, not of case {CASE_B}",
        f"put it under case {CASE_A}, or remove its id",
        "Nothing was imported.",
    )
    assert counts(seeded) == before


def test_csv_manifest_giving_a_person_the_id_of_another_cases_person_is_refused(
    tmp_path: Path, ws_path: Path, seeded: Path
) -> None:
    # The ordinary cases still pass: case A's own ids again (matched, nothing new), a case without ids.
    again = write_json(tmp_path / "a.json", {"cases": [*manifest_a()["cases"], case_b()["cases"][0]]})
    assert run(tmp_path, ws_path, "import", str(again)).returncode == 0
    before = counts(seeded)
    assert run(tmp_path, ws_path, "import", str(again)).returncode == 0
    assert counts(seeded) == before

    path = tmp_path / "b.csv"
    path.write_text(
        "case_number,site,person_id,person_role,person_family_name,person_given_names\r\n"
        f"{CASE_B},Lima,{PERSON_A},principal_applicant,Testb,Bea\r\n",
        "utf-8",
    )
    result = run(tmp_path, ws_path, "import", str(path))
    refused(result, 1, f"person {PERSON_A} is a record of case {CASE_A} in this workspace, not of case {CASE_B}")
    assert counts(seeded) == before


def test_the_same_id_given_to_two_records_of_a_manifest_is_refused(tmp_path: Path, ws_path: Path, empty: Path) -> None:
    person = {"id": FRESH_ID, "role": "principal_applicant", "family_name": "Testa", "given_names": "Ana"}
    doc = {
        "cases": [
            {"case_number": CASE_A, "site": "Lima", "persons": [person]},
            {"case_number": CASE_B, "site": "Lima", "persons": [{**person, "given_names": "Bea"}]},
        ]
    }
    result = run(tmp_path, ws_path, "import", str(write_json(tmp_path / "two.json", doc)))
    refused(
        result,
        1,
        f"cases[1] ({CASE_B}).persons[0].id: {FRESH_ID} is also the id of cases[0] ({CASE_A}).persons[0] "
        f"(person of case {CASE_A})",
    )
    doc = case_b(
        notes=[{"id": FRESH_ID, "text": "One."}],
        appointments=[{"id": FRESH_ID, "type": "medical", "start": "2026-11-06T09:00:00"}],
    )
    refused(
        run(tmp_path, ws_path, "import", str(write_json(tmp_path / "kinds.json", doc))),
        1,
        "two records cannot share an id",
    )

    path = tmp_path / "two.csv"
    path.write_text(
        "case_number,site,person_id,person_role,person_family_name,person_given_names\r\n"
        f"{CASE_A},Lima,{FRESH_ID},principal_applicant,Testa,Ana\r\n"
        f"{CASE_B},Lima,{FRESH_ID},principal_applicant,Testb,Bea\r\n",
        "utf-8",
    )
    refused(
        run(tmp_path, ws_path, "import", str(path)),
        1,
        f"row 3, column person_id: {FRESH_ID} is also the id of the person on row 2 (case {CASE_A})",
    )
    assert counts(ws_path)[:5] == (0, 0, 0, 0, 0)


# ----- 18: nothing echoed reaches the terminal with its control characters -------------------------
def _no_controls(text: str) -> None:
    bad = [hex(ord(ch)) for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F]
    assert not bad, (bad, text[-500:])


def test_file_names_with_escape_sequences_are_echoed_defused(tmp_path: Path, ws_path: Path, seeded: Path) -> None:
    bad_json = tmp_path / ESC_NAME
    bad_json.write_text("{not json", "utf-8")
    result = run(tmp_path, ws_path, "import", str(bad_json))
    refused(result, 1, "m\\x1b[2J\\x1b]0;owned\\x07.json is not valid JSON")
    _no_controls(result.stderr)

    photo = tmp_path / "\x1b[31mred\x9b2J.jpg"
    photo.write_bytes(jpeg_bytes(64, 48))
    result = run(tmp_path, ws_path, "attach", CASE_A, str(photo), "--kind", "photo")
    assert result.returncode == 0, result.stderr
    assert "Attached \\x1b[31mred\\x9b2J.jpg" in result.stderr
    _no_controls(result.stderr + result.stdout)


def test_values_with_escape_sequences_are_echoed_defused_and_kept_exact_in_json(
    tmp_path: Path, ws_path: Path, seeded: Path
) -> None:
    result = run(tmp_path, ws_path, "case", "show", "LIM\x1b[8m-\x9b31m000999")
    refused(result, 1, "LIM\\x1b[8M-\\x9b31M000999")
    _no_controls(result.stderr)

    # A byte that is not UTF-8 (a Latin-1 terminal): refused as text, and shown, not sent back raw.
    result = run(tmp_path, ws_path, "case", "show", os.fsdecode(b"LIM-\x9b31m000999"))
    refused(result, 2, "The argument 'LIM-\\x9b31m000999' is not UTF-8 text")
    _no_controls(result.stderr)

    query = "Ana\x1b]0;owned\x07\x9b2J\x7f"
    result = run(tmp_path, ws_path, "search", query, "--json")
    assert result.returncode == 0, result.stderr
    _no_controls(result.stdout + result.stderr)
    assert json.loads(result.stdout)["query"] == query
