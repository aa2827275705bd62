"""Property: three replicas editing and deleting the same cases offline, syncing in any order,
end identical once everyone has synced; concurrent different edits of one field are conflicts
that every replica holds identically; nothing is lost (each row's final value is one somebody wrote)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select

from app.hq.hub import Hub
from app.models import Case, Conflict, Person
from app.services.cases import create_case, set_case_fields, set_person_fields
from app.services.uow import unit_of_work
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.support.inprocess import InProcessTransport, client_for, enroll_in_process

PASSWORD = "correct horse battery staple"
CASES = ("LIM-000201", "LIM-000202")
STAGES = ("pre-screening", "interview-scheduled", "interviewed")
NAMES = ("Ana", "Anna", "Ana Maria", "Anita")


def state_of(ws: Workspace) -> dict[str, Any]:
    with ws.session() as s:
        cases = {c.case_number: (c.stage, c.priority, c.deleted) for c in s.scalars(select(Case))}
        persons = {p.id: (p.given_names, p.deleted) for p in s.scalars(select(Person))}
        conflicts = sorted((c.id, c.field, c.resolved) for c in s.scalars(select(Conflict)))
    return {"cases": cases, "persons": persons, "conflicts": conflicts}


class Replicas(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="cr-conv-"))
        self.hub = Hub(self.tmp / "hq")
        self.client = client_for(self.hub)
        self.ws: list[Workspace] = []
        self.transports: list[InProcessTransport] = []
        for i in range(3):
            ws = create_workspace(self.tmp / f"ws{i}", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
            key = enroll_in_process(self.hub, ws, f"laptop-{i}")
            self.ws.append(ws)
            self.transports.append(InProcessTransport(self.client, ws.meta.device_id, key))
        for number in CASES:
            create_case(
                self.ws[0],
                {"case_number": number, "priority": "P-2", "stage": "pre-screening", "site": "Lima"},
                [{"role": "principal_applicant", "family_name": "Synthetic", "given_names": "Ana", "dob": "1990"}],
            )
        for i in range(3):
            self.sync(i)
        self.written: dict[str, set[str]] = {}

    def sync(self, i: int) -> None:
        sync(self.ws[i], transport=self.transports[i])

    def person_id(self, i: int, number: str) -> str | None:
        with self.ws[i].session() as s:
            return s.scalar(select(Person.id).join(Case, Case.id == Person.case_id).where(Case.case_number == number))

    def alive(self, i: int, number: str) -> bool:
        with self.ws[i].session() as s:
            return bool(s.scalar(select(Case.id).where(Case.case_number == number, Case.deleted.is_(False))))

    @rule(i=st.integers(0, 2), c=st.sampled_from(CASES), stage=st.sampled_from(STAGES))
    def edit_stage(self, i: int, c: str, stage: str) -> None:
        if self.alive(i, c):
            # a stage may move back (a team lead, with a reason kept in the history and signed with the change)
            set_case_fields(self.ws[i], c, {"stage": stage}, reason="stage corrected")
            self.written.setdefault(c, {"pre-screening"}).add(stage)

    @rule(i=st.integers(0, 2), c=st.sampled_from(CASES), name=st.sampled_from(NAMES))
    def edit_name(self, i: int, c: str, name: str) -> None:
        pid = self.person_id(i, c)
        if pid and self.alive(i, c):
            set_person_fields(self.ws[i], c, pid, {"given_names": name})

    @rule(i=st.integers(0, 2), c=st.sampled_from(CASES))
    def delete_case(self, i: int, c: str) -> None:
        if not self.alive(i, c):
            return
        with unit_of_work(self.ws[i], "delete_records") as uow:
            case = uow.session.scalar(select(Case).where(Case.case_number == c))
            uow.delete(case, case_id=case.id)

    @rule(i=st.integers(0, 2))
    def sync_one(self, i: int) -> None:
        self.sync(i)

    def teardown(self) -> None:
        if not hasattr(self, "ws"):
            return
        try:
            for _ in range(2):
                for i in range(3):
                    self.sync(i)
            states = [state_of(ws) for ws in self.ws]
            assert states[0] == states[1] == states[2]
            assert set(states[0]["cases"]) == set(CASES)  # nothing lost, nothing duplicated
            for number, (stage, _priority, _deleted) in states[0]["cases"].items():
                assert stage in self.written.get(number, {"pre-screening"})  # a value somebody wrote
        finally:
            for ws in self.ws:
                ws.lock()
            self.client.close()
            self.hub.store.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)


Replicas.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestThreeReplicasConverge = Replicas.TestCase
