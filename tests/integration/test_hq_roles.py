"""Roles at HQ (issue 19.14): a pushed change carries the user who made it, signed with that user's
own key, and HQ judges it by the role it gives that user, with the laptop's own rules.

Against a real HQ on 127.0.0.1 (SQLite and PostgreSQL): an interviewer who can write the laptop's
database forges outbox entries (a conflict resolution, a form installation, a case approved,
claiming to be the team lead), or a raw signed client pushes forged signed groups; HQ refuses them
and says why. A team lead enrolled at HQ with `user enroll` gets their work accepted, through the
network and through sneakernet bundles.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select, update

from app.hq import bundles as hq_bundles
from app.hq.models import Device, Row
from app.models import Case, OutboxEntry, Person
from app.services.authorship import signing_groups
from app.services.cases import set_case_fields, set_person_fields
from app.services.conflicts import list_conflicts, resolve_conflict
from app.services.forms import install_form
from app.services.manifest import import_manifest
from app.services.uow import unit_of_work
from app.store.workspace import Workspace
from app.sync import bundles
from app.sync.engine import sync, sync_state
from app.wire import protocol as p
from app.wire.codes import make_user_code
from app.wire.signing import change_digest, public_key_text, sign_group
from tests.integration.test_sync import manifest, person_of
from tests.support.hq import HQServer, Raw, enroll_user_at_hq, enrolled, new_device, running_hq
from tests.support.staff import add_staff, reopen_as


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


def hq_row(hq: HQServer, table: str, row_id: str) -> dict[str, Any] | None:
    with hq.hub.store.session() as s:
        row = s.get(Row, (table, row_id))
        return dict(row.values) if row is not None else None


def case_id(ws: Workspace, number: str) -> str:
    with ws.session() as s:
        return s.scalar(select(Case.id).where(Case.case_number == number))


def conflict_between(a: Workspace, b: Workspace, number: str, names: tuple[str, str]) -> str:
    """Both laptops rename the same person differently: one conflict, which both receive."""
    pid = person_of(a, number)
    set_person_fields(a, number, pid, {"given_names": names[0]})
    set_person_fields(b, number, pid, {"given_names": names[1]})
    sync(a), sync(b), sync(a)
    (conflict,) = [c for c in list_conflicts(b) if c.row_id == pid]
    return conflict.id


def form_change(tmp_path: Path) -> tuple[str, dict[str, Any]]:
    """The outbox change a team lead's `forms install` writes (row id, fields), made on a scratch
    laptop: what an interviewer would copy into their own laptop's outbox."""
    from tests.integration.test_forms_service import _form

    scratch = new_device(tmp_path / "scratch")
    try:
        install_form(scratch, _form(tmp_path, "7"))
        with scratch.session() as s:
            entry = s.scalar(select(OutboxEntry).where(OutboxEntry.table_name == "forms"))
            assert entry is not None
            return entry.row_id, dict(entry.fields)
    finally:
        scratch.lock()


def forge(ws: Workspace, table: str, row_id: str, fields: dict[str, Any]) -> int:
    """An outbox entry written straight into the laptop's database, as anyone who unlocked it can:
    no role check, no signature. Returns its device_seq."""
    with unit_of_work(ws) as uow:
        uow.outbox_change(table, row_id, fields)
        uow.finish()
        return uow._device_seq  # noqa: SLF001 - the entry just written


# ----- an interviewer's laptop forging the team lead's work --------------------------------------
def test_an_interviewers_forged_resolution_form_and_approval_are_refused_at_hq(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    sync(a)
    b = enrolled(hq, tmp_path / "b", "laptop-b")  # a team lead's laptop, enrolled for reference data
    sync(b)
    conflict = conflict_between(a, b, "LIM-000101", ("Ana Maria", "Anna"))
    add_staff(b, "ines", "interviewer")
    ines = reopen_as(b, "ines")
    try:
        enroll_user_at_hq(hq, ines, "interviewer")
        form_id, form_fields = form_change(tmp_path)
        approved, claimed = case_id(ines, "LIM-000100"), case_id(ines, "LIM-000102")
        with ines.session() as s:  # the rows say the team lead made them, as the push's `by` will
            s.execute(update(Case).where(Case.id.in_([approved, claimed])).values(updated_by="lead"))
        now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        forge(
            ines,
            "conflicts",
            conflict,
            {"resolved": True, "resolution": "Ana", "resolved_by": "lead", "resolved_at": now},
        )
        forge(ines, "forms", form_id, form_fields)
        forge(ines, "cases", approved, {"stage": "approved"})
        # The boldest: a signed group claiming the team lead, with the lead's key and a signature
        # copied from one of the lead's real groups on this laptop.
        seq = forge(ines, "cases", claimed, {"stage": "approved"})
        with ines.session() as s:
            lead_group = s.execute(select(signing_groups).where(signing_groups.c.username == "lead")).first()
            assert lead_group is not None
            entry = s.get(OutboxEntry, seq)
            digest = change_digest(ines.meta.device_id, seq, "cases", claimed, entry.hlc, {"stage": "approved"})
            s.execute(
                insert(signing_groups).values(
                    first_seq=seq,
                    last_seq=seq,
                    username="lead",
                    reason="",
                    public_key=lead_group.public_key,
                    digests=digest,
                    signature=lead_group.signature,
                )
            )
        report = sync(ines)
        reasons = sorted(report.rejected)
        assert len(reasons) == 4, reasons
        assert reasons == sorted(
            [
                "an unsigned change (an interviewer's rights at HQ) may not resolve sync conflicts",
                "an unsigned change (an interviewer's rights at HQ) may not change reference data "
                "(forms, sites, rides, interpreters)",
                "an unsigned change (an interviewer's rights at HQ) may not record adjudication outcomes",
                "the signature of user lead over this change does not verify (altered after signing?)",
            ]
        )
        # Nothing of it reached HQ or the other laptop.
        assert hq_row(hq, "conflicts", conflict)["resolved"] is False  # type: ignore[index]
        assert hq_row(hq, "forms", form_id) is None
        assert hq_row(hq, "cases", approved)["stage"] == hq_row(hq, "cases", claimed)["stage"] == "pre-screening"  # type: ignore[index]
        sync(a)
        assert [c.id for c in list_conflicts(a)] == [conflict]
        # The laptop keeps and shows each refusal with its case (sync status, the Sync page).
        state = sync_state(ines)
        assert state.refused == 4
        described = " | ".join(x.describe() for x in state.details)
        assert "case (case LIM-000100): an unsigned change" in described
        assert "conflict (no case): an unsigned change" in described
    finally:
        ines.lock()
        a.lock()


# ----- forged signed groups, pushed by a raw signed client ---------------------------------------
def _hlc(device_id: str) -> str:
    return f"{int(time.time() * 1000):016d}-0000-{device_id}"


def _group(
    gid: int, user: str, key: Ed25519PrivateKey, digests: list[bytes], *, signer: Ed25519PrivateKey | None = None
) -> p.SignedGroup:
    raw = b"".join(digests)
    return p.SignedGroup(
        id=gid,
        user=user,
        reason="",
        key=public_key_text(key.public_key()),
        digests=base64.b64encode(raw).decode(),
        signature=base64.b64encode(sign_group(signer or key, user, "", raw)).decode(),
    )


def raw_push(hq: HQServer, ws: Workspace, build: Any, *, version: int = 2) -> p.PushResponse:
    """`build(device_id, first_seq) -> (changes, groups)`, pushed as `ws`'s device after what HQ holds."""
    with hq.hub.store.session() as s:
        done = int(s.scalar(select(Device.accepted_through).where(Device.device_id == ws.meta.device_id)) or 0)
    changes, groups = build(ws.meta.device_id, done + 1)
    request = p.PushRequest(
        version=version, after=done, changes=changes, device_head=changes[-1].device_seq, groups=groups
    )
    raw = Raw(hq, ws)
    try:
        response = raw.call("POST", "/v1/push", request.model_dump_json().encode())
    finally:
        raw.client.close()
    assert response.status_code == 200, response.text
    return p.PushResponse.model_validate_json(response.content)


def test_forged_signed_groups_are_refused_and_a_lead_signed_approval_is_taken(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, manifest())
    sync(lead)
    other = enrolled(hq, tmp_path / "other", "other-laptop")  # the same team lead's other laptop
    try:
        target = case_id(lead, "LIM-000100")
        key = lead.user_key
        assert key is not None
        stranger = Ed25519PrivateKey.generate()
        fields = {"stage": "approved"}

        def forged(device_id: str, first: int) -> tuple[list[p.Change], list[p.SignedGroup]]:
            hlc = _hlc(device_id)
            seqs = list(range(first, first + 6))

            def digest(seq: int) -> bytes:
                return change_digest(device_id, seq, "cases", target, hlc, fields)

            groups = [
                _group(1, "lead", key, [digest(seqs[0])], signer=stranger),  # a signature by another key
                _group(2, "lead", key, [digest(seqs[0])]),  # the lead's, over another change
                _group(3, "mallory", stranger, [digest(seqs[2])]),  # a user HQ does not know
                _group(4, "lead", stranger, [digest(seqs[3])]),  # a key HQ has not bound for the lead
            ]
            changes = [
                p.Change(device_seq=s, table="cases", row_id=target, hlc=hlc, fields=fields, group=g, by="lead")
                for s, g in zip(seqs, [1, 2, 3, 4, 99, None], strict=True)
            ]
            return changes, groups

        response = raw_push(hq, lead, forged)
        reasons = [r.reason for r in response.rejected]
        assert reasons == [
            "the signature of user lead over this change does not verify (altered after signing?)",
            "this change is not among those user lead signed (altered after signing?)",
            "user mallory (not enrolled at HQ with this laptop's key, so with an interviewer's rights) "
            "may not record adjudication outcomes",
            "user lead (not enrolled at HQ with this laptop's key, so with an interviewer's rights) "
            "may not record adjudication outcomes",
            "the signed group this change names is not in the push",
            "an unsigned change (an interviewer's rights at HQ) may not record adjudication outcomes",
        ]
        assert hq_row(hq, "cases", target)["stage"] == "pre-screening"  # type: ignore[index]

        # The lead's real key, but pushed by another laptop: the key is bound from the lead's own laptop.
        def elsewhere(device_id: str, first: int) -> tuple[list[p.Change], list[p.SignedGroup]]:
            hlc = _hlc(device_id)
            digest = change_digest(device_id, first, "cases", target, hlc, fields)
            return [p.Change(device_seq=first, table="cases", row_id=target, hlc=hlc, fields=fields, group=7)], [
                _group(7, "lead", key, [digest])
            ]

        (refused,) = raw_push(hq, other, elsewhere).rejected
        assert "user lead (not enrolled at HQ with this laptop's key" in refused.reason

        # An older laptop's push (version 1, no groups) still works, with an interviewer's rights.
        def plain(device_id: str, first: int) -> tuple[list[p.Change], list[p.SignedGroup]]:
            hlc = _hlc(device_id)
            return [
                p.Change(device_seq=first, table="cases", row_id=target, hlc=hlc, fields={"priority": "P-1"}),
                p.Change(device_seq=first + 1, table="cases", row_id=target, hlc=hlc, fields=fields),
            ], []

        (refused,) = raw_push(hq, lead, plain, version=1).rejected
        assert refused.reason.startswith("an unsigned change")
        assert hq_row(hq, "cases", target)["priority"] == "P-1"  # type: ignore[index]

        # The lead's own signed approval, from the lead's laptop: taken, and named as theirs.
        response = raw_push(hq, lead, elsewhere)
        assert response.rejected == []
        assert hq_row(hq, "cases", target)["stage"] == "approved"  # type: ignore[index]
        with hq.hub.store.session() as s:
            row = s.get(Row, ("cases", target))
            assert row is not None and row.meta["stage"][3] == "lead"
    finally:
        other.lock()
        lead.lock()


def test_a_stage_moved_back_needs_the_reason_its_group_carries(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    try:
        import_manifest(lead, manifest())
        set_case_fields(lead, "LIM-000100", {"stage": "interviewed"})
        set_case_fields(lead, "LIM-000100", {"stage": "pre-screening"}, reason="interview to be repeated")
        assert sync(lead).rejected == []
        target = case_id(lead, "LIM-000100")
        assert hq_row(hq, "cases", target)["stage"] == "pre-screening"  # type: ignore[index]
        key = lead.user_key
        assert key is not None

        def without_reason(device_id: str, first: int) -> tuple[list[p.Change], list[p.SignedGroup]]:
            hlc = _hlc(device_id)
            up = change_digest(device_id, first, "cases", target, hlc, {"stage": "interviewed"})
            back = change_digest(device_id, first + 1, "cases", target, hlc, {"stage": "pre-screening"})
            return [
                p.Change(
                    device_seq=first, table="cases", row_id=target, hlc=hlc, fields={"stage": "interviewed"}, group=1
                ),
                p.Change(
                    device_seq=first + 1,
                    table="cases",
                    row_id=target,
                    hlc=hlc,
                    fields={"stage": "pre-screening"},
                    group=1,
                ),
            ], [_group(1, "lead", key, [up, back])]

        (refused,) = raw_push(hq, lead, without_reason).rejected
        assert refused.reason.startswith("user lead (team lead at HQ): ") and "needs a reason" in refused.reason
    finally:
        lead.lock()


# ----- the team lead enrolled at HQ ----------------------------------------------------------------
def test_a_team_leads_resolution_is_refused_until_they_enroll_at_hq_then_taken(hq: HQServer, tmp_path: Path) -> None:
    a = enrolled(hq, tmp_path / "a", "laptop-a")
    import_manifest(a, manifest())
    sync(a)
    b = enrolled(hq, tmp_path / "b", "laptop-b", hq_role=None)  # "lead" here has not enrolled this laptop's key
    try:
        sync(b)
        assert sync_state(b).user_enrolled is False
        first = conflict_between(a, b, "LIM-000101", ("Ana Maria", "Anna"))
        resolve_conflict(b, first, take="local")
        (reason,) = sync(b).rejected
        assert reason == (
            "user lead (not enrolled at HQ with this laptop's key, so with an interviewer's rights) "
            "may not resolve sync conflicts"
        )
        assert hq_row(hq, "conflicts", first)["resolved"] is False  # type: ignore[index]

        done = enroll_user_at_hq(hq, b, "team_lead")
        assert (done.username, done.role, done.role_changed) == ("lead", "team_lead", False)
        assert sync_state(b).user_enrolled is True
        second = conflict_between(a, b, "LIM-000102", ("Bea", "Beatriz"))
        resolve_conflict(b, second, value="Beatriz")
        assert sync(b).rejected == []
        assert hq_row(hq, "conflicts", second)["resolved"] is True  # type: ignore[index]
        sync(a)
        assert second not in [c.id for c in list_conflicts(a)]
        with a.session() as s:
            assert s.get(Person, person_of(a, "LIM-000102")).given_names == "Beatriz"
    finally:
        a.lock()
        b.lock()


def test_hq_role_is_authoritative_and_user_codes_are_one_use_and_per_user(hq: HQServer, tmp_path: Path) -> None:
    from app.errors import UsageError
    from app.services.users import list_users
    from app.sync.client import SyncFailed
    from app.sync.engine import enroll_user

    ws = enrolled(hq, tmp_path / "w", "laptop-w", hq_role=None)
    add_staff(ws, "ines", "interviewer")
    add_staff(ws, "ada", "interviewer")
    ada = reopen_as(ws, "ada")
    ines = ada
    try:
        token = hq.hub.add_user("ines", "adjudication_support")
        assert token is not None and hq.hub.add_user("ines", "adjudication_support") is None  # says so, changes nothing
        with pytest.raises(UsageError, match="exists already"):
            hq.hub.add_user("ines", "team_lead")
        code = make_user_code("ines", token)
        with pytest.raises(UsageError, match="for user ines"):  # the laptop checks before asking HQ
            enroll_user(ada, code)
        hq.hub.add_user("ada", "interviewer")
        with pytest.raises(SyncFailed, match="given to another user"):  # HQ checks too
            enroll_user(ada, make_user_code("ada", token))
        ines = reopen_as(ada, "ines")
        done = enroll_user(ines, code)
        assert (done.role, done.local_role, done.role_changed) == ("adjudication_support",) * 2 + (True,)
        assert {u.username: u.role for u in list_users(ines)}["ines"] == "adjudication_support"
        assert enroll_user(ines, code).role == "adjudication_support"  # the same laptop and key again: answered
        other = enrolled(hq, tmp_path / "x", "laptop-x", hq_role=None)
        add_staff(other, "ines", "interviewer")
        other_ines = reopen_as(other, "ines")
        with pytest.raises(SyncFailed, match="not valid"):  # a used code, from another laptop
            enroll_user(other_ines, code)
        enroll_user(other_ines, make_user_code("ines", hq.hub.user_code("ines")))  # a second laptop: its own code
        other_ines.lock()
        listed = {u["username"]: u for u in hq.hub.users()}
        assert sorted(k["device"] for k in listed["ines"]["keys"]) == ["laptop-w", "laptop-x"]
        assert hq.hub.revoke_user_keys("ines", "laptop-x") == 1
        assert [k["device"] for k in {u["username"]: u for u in hq.hub.users()}["ines"]["keys"]] == ["laptop-w"]
    finally:
        ines.lock()


# ----- sneakernet ------------------------------------------------------------------------------------
def test_a_bundle_carries_the_groups_and_is_judged_like_a_push(hq: HQServer, tmp_path: Path) -> None:
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    try:
        import_manifest(lead, manifest())
        set_case_fields(lead, "LIM-000101", {"stage": "denied"})
        requests, *_ = bundles._batches(lead)  # noqa: SLF001 - what the bundle's push records hold
        assert requests and all(r.groups for r in requests)
        assert {c.group for r in requests for c in r.changes} == {g.id for r in requests for g in r.groups}
        add_staff(lead, "ines", "interviewer")
        ines = reopen_as(lead, "ines")
        forge(ines, "cases", case_id(ines, "LIM-000102"), {"stage": "approved"})
        out = tmp_path / "lead.crbundle"
        bundles.export_bundle(ines, out)
        summary = hq_bundles.import_bundle(hq.hub, out, tmp_path / "reply.crbundle")
        assert summary.rejected == [
            "an unsigned change (an interviewer's rights at HQ) may not record adjudication outcomes"
        ]
        assert hq_row(hq, "cases", case_id(ines, "LIM-000101"))["stage"] == "denied"  # type: ignore[index]
        assert hq_row(hq, "cases", case_id(ines, "LIM-000102"))["stage"] == "pre-screening"  # type: ignore[index]
        got = bundles.import_bundle(ines, tmp_path / "reply.crbundle")
        assert got.rejected == summary.rejected and sync_state(ines).refused == 1
        ines.lock()
    finally:
        lead.lock()


def test_a_laptop_upgraded_before_its_hq_sends_version_1_pushes(
    hq: HQServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An HQ not yet upgraded refuses a version 2 push as malformed (422); the laptop sends the same
    changes again as version 1, without their groups, and syncs."""
    from app.hq import api

    seen: list[int] = []
    parse = api.parse

    def older_hq(model: Any, body: bytes) -> Any:
        if model is p.PushRequest:
            version = json.loads(body).get("version")
            seen.append(version)
            if version != 1:
                raise api.Refused(422, "malformed PushRequest: version: Input should be 1")
        return parse(model, body)

    hub = enrolled(hq, tmp_path / "hub", "hub-laptop")
    import_manifest(hub, manifest())
    sync(hub)
    hub.lock()
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    try:
        sync(lead)
        monkeypatch.setattr(api, "parse", older_hq)
        pid = person_of(lead, "LIM-000100")
        set_person_fields(lead, "LIM-000100", pid, {"given_names": "Olga"})
        report = sync(lead)
        assert report.pushed == 1 and report.rejected == [] and seen == [2, 1]
        assert hq_row(hq, "persons", pid)["given_names"] == "Olga"  # type: ignore[index]
    finally:
        lead.lock()
