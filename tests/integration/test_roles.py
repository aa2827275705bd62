"""Need-to-know and who may do what (issue 19.12), through the real command line.

The workspace fixture opens as a team lead ("lead"); the other staff are added as the workspace's
own bookkeeping (tests/support/staff.py) with the same password, so each command runs as them with
`--user NAME`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.services.cases import create_case
from app.services.conflicts import resolve_conflict
from app.services.records import add_note
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, cli_env
from tests.support.staff import add_staff

CASE = "ROL-000001"


@pytest.fixture
def staffed(ws: Workspace) -> Workspace:
    """A case, and one person of each role on the laptop besides the team lead."""
    create_case(
        ws,
        {"case_number": CASE, "priority": "P-2", "stage": "interview-scheduled", "site": "Lima"},
        [{"role": "principal_applicant", "family_name": "Quillon", "given_names": "Maro", "dob": "1980"}],
    )
    add_staff(ws, "ines", "interviewer", PASSWORD)
    add_staff(ws, "ada", "adjudication_support", PASSWORD)
    add_staff(ws, "root", "admin", PASSWORD)
    ws.lock()
    return ws


def as_user(cli, user: str):  # noqa: ANN001, ANN202 - the cli fixture's runner, bound to a user
    return lambda *args, **kw: cli("--user", user, *args, **kw)


def shown(cli, user: str) -> dict:  # noqa: ANN001
    r = as_user(cli, user)("case", "show", CASE, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_an_interviewer_may_not_record_an_outcome_or_a_security_result(staffed: Workspace, cli) -> None:
    ines, ada = as_user(cli, "ines"), as_user(cli, "ada")
    r = ines("case", "set", CASE, "stage=approved")
    assert r.returncode == 1 and "may not record adjudication outcomes" in r.stderr, r.stderr
    r = ines("case", "set", CASE, "security_check_status=cleared")
    assert r.returncode == 1 and "may not record security-check results" in r.stderr, r.stderr
    assert shown(cli, "ines")["stage"] == "interview-scheduled"
    assert shown(cli, "ines")["security_check_status"] == "not_started"
    # the ordinary course of an interview is theirs
    assert ines("case", "set", CASE, "stage=interviewed").returncode == 0
    # adjudication support records the officer's decision and the checks
    r = ada("case", "set", CASE, "stage=approved", "security_check_status=cleared")
    assert r.returncode == 0, r.stderr
    # taking a case past an outcome is a decision too: an interviewer cannot undo an approval by
    # moving it on, nor move a denied case along
    assert ines("case", "set", CASE, "stage=medical").returncode == 0  # approved → medical is the course
    assert ada("case", "set", CASE, "stage=on-hold", "--reason", "officer asked for evidence").returncode == 1
    # (on-hold ranks below medical: a stage moved back is a team lead's)
    lead = as_user(cli, "lead")
    assert lead("case", "set", CASE, "stage=on-hold", "--reason", "officer asked for evidence").returncode == 0
    r = ines("case", "set", CASE, "stage=medical")
    assert r.returncode == 1 and "may not record adjudication outcomes" in r.stderr, r.stderr


def test_a_stage_moves_back_only_by_a_team_lead_with_a_reason(staffed: Workspace, cli) -> None:
    lead, ines = as_user(cli, "lead"), as_user(cli, "ines")
    assert lead("case", "set", CASE, "stage=interviewed").returncode == 0
    r = ines("case", "set", CASE, "stage=pre-screening", "--reason", "typo")
    assert r.returncode == 1 and "may not move a case's stage backwards" in r.stderr, r.stderr
    r = lead("case", "set", CASE, "stage=pre-screening")
    assert r.returncode == 1 and "needs a reason" in r.stderr and "--reason" in r.stderr, r.stderr
    assert shown(cli, "lead")["stage"] == "interviewed"
    r = lead("case", "set", CASE, "stage=pre-screening", "--reason", "interview recorded on the wrong case")
    assert r.returncode == 0, r.stderr
    doc = shown(cli, "lead")
    assert doc["stage"] == "pre-screening"
    (event,) = [e for e in doc["history"] if "stage" in (e["details"] or {}).get("changes", {})][-1:]
    assert event["details"]["changes"]["stage"] == ["interviewed", "pre-screening"]
    assert event["details"]["reason"] == "interview recorded on the wrong case"
    assert event["actor"] == "lead"


def test_restricted_and_medical_notes_are_read_by_those_who_need_them(staffed: Workspace, cli) -> None:
    lead, ines = as_user(cli, "lead"), as_user(cli, "ines")
    assert lead("note", CASE, "Security interview: see file", "--confidentiality", "restricted").returncode == 0
    assert lead("note", CASE, "Panel physician: follow-up", "--confidentiality", "medical").returncode == 0
    assert lead("note", CASE, "Family arrived on time").returncode == 0
    assert ines("note", CASE, "Asked about medication", "--confidentiality", "medical").returncode == 0

    def texts(user: str) -> tuple[set[str], int]:
        doc = shown(cli, user)
        return {n["text"] for n in doc["notes"]}, doc["notes_withheld"]

    everything = {
        "Security interview: see file",
        "Panel physician: follow-up",
        "Family arrived on time",
        "Asked about medication",
    }
    assert texts("lead") == (everything, 0)
    assert texts("ada") == (everything, 0)
    # an interviewer reads the normal notes and their own
    assert texts("ines") == ({"Family arrived on time", "Asked about medication"}, 2)
    # the administrator runs the laptop, not the cases
    assert texts("root") == ({"Family arrived on time"}, 3)
    doc = shown(cli, "ines")
    dumped = json.dumps(doc)
    assert "Security interview" not in dumped and "Panel physician" not in dumped
    r = as_user(cli, "ines")("case", "show", CASE)
    assert "Security interview" not in r.stdout + r.stderr


def test_the_administrator_and_the_team_lead_have_different_jobs(staffed: Workspace, cli, tmp_path: Path) -> None:
    lead, root = as_user(cli, "lead"), as_user(cli, "root")
    env = cli_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD="a new colleague's passphrase")
    r = lead("user", "add", "nadia", "--role", "interviewer", env=env)
    assert r.returncode == 1 and "may not manage users" in r.stderr and "administrator" in r.stderr, r.stderr
    r = root("user", "add", "nadia", "--role", "interviewer", env=env)
    assert r.returncode == 0, r.stderr
    r = root("case", "set", CASE, "priority=P-1")
    assert r.returncode == 1 and "may not edit cases" in r.stderr, r.stderr
    ws = Workspace(staffed.path)
    ws.unlock(PASSWORD, "root")
    try:
        with pytest.raises(PermissionDenied, match="may not resolve sync conflicts"):
            resolve_conflict(ws, "0190", take="local")
        with pytest.raises(PermissionDenied, match="may not write notes"):
            add_note(ws, CASE, "an administrator's note")
    finally:
        ws.lock()


def test_user_list_set_role_and_deactivate(staffed: Workspace, cli, tmp_path: Path) -> None:
    root = as_user(cli, "root")
    r = root("user", "list", "--json")
    assert r.returncode == 0, r.stderr
    users = {u["username"]: u for u in json.loads(r.stdout)["users"]}
    assert {k: (u["role"], u["active"]) for k, u in users.items()} == {
        "ada": ("adjudication_support", True),
        "ines": ("interviewer", True),
        "lead": ("team_lead", True),
        "root": ("admin", True),
    }
    text = root("user", "list").stdout
    assert "ines" in text and "interviewer" in text and "adjudication support" in text

    r = root("user", "set-role", "ines", "adjudication_support")
    assert r.returncode == 0 and "ines is now adjudication support" in r.stderr, r.stderr
    assert as_user(cli, "ines")("case", "set", CASE, "stage=approved").returncode == 0
    assert as_user(cli, "lead")("user", "set-role", "ines", "team_lead").returncode == 1

    # the only administrator stays one
    r = root("user", "set-role", "root", "team_lead")
    assert r.returncode == 1 and "only administrator" in r.stderr, r.stderr
    r = root("user", "deactivate", "root")
    assert r.returncode == 1 and "yourself" in r.stderr, r.stderr

    r = root("user", "deactivate", "ines")
    assert r.returncode == 0 and "no longer opens" in r.stderr, r.stderr
    r = as_user(cli, "ines")("case", "show", CASE)
    assert r.returncode == 3, r.stderr  # the key slot is gone: same answer as a wrong password
    users = {u["username"]: u for u in json.loads(root("user", "list", "--json").stdout)["users"]}
    assert users["ines"]["active"] is False and users["ines"]["can_unlock"] is False
    assert "deactivated" in root("user", "list").stdout

    # given a password again, the account is active again, in the role given now
    env = cli_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=PASSWORD)
    assert root("user", "add", "ines", "--role", "interviewer", env=env).returncode == 0
    users = {u["username"]: u for u in json.loads(root("user", "list", "--json").stdout)["users"]}
    assert (users["ines"]["role"], users["ines"]["active"]) == ("interviewer", True)
    assert as_user(cli, "ines")("case", "show", CASE).returncode == 0


def test_a_new_workspace_is_set_up_by_its_administrator(cli, tmp_path: Path) -> None:
    path = tmp_path / "fresh"
    r = cli("init", "--user", "setup", data_dir=path)
    assert r.returncode == 0, r.stderr
    assert "(admin)" in r.stderr and "user add" in r.stderr
    users = json.loads(cli("user", "list", "--json", data_dir=path).stdout)["users"]
    assert [(u["username"], u["role"]) for u in users] == [("setup", "admin")]
