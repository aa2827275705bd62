"""The Sync page driven like a team lead would: see that the laptop is not enrolled, keep one of two
conflicting values, and read a failed sync's message (no server: the address is unreachable)."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.hq.tls import new_ca
from app.models import Case, Conflict, OutboxEntry, Person
from app.models.base import utcnow
from app.services.cases import create_case
from app.services.conflicts import list_conflicts
from app.store.settings import write_setting
from app.store.workspace import Workspace
from app.sync import engine
from app.ui.context import Events, UiContext, settings
from app.ui.sync.conflicts import CandidateCard
from app.ui.sync.view import SyncView
from app.ui.tasks import TaskRunner

CASE = "AMM-000310"
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 15_000


@pytest.fixture
def view(qtbot, ws: Workspace) -> Iterator[SyncView]:
    tasks = TaskRunner()
    events = Events()
    ctx = UiContext(ws, tasks, settings(), events)
    widget = SyncView(ctx)
    widget._keep = (tasks, events)  # keep the QObjects alive as long as the view
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    yield widget
    tasks.wait()


def _settle(qtbot, view: SyncView) -> None:
    qtbot.waitUntil(lambda: not view.ctx.tasks.busy, timeout=WAIT_MS)
    qtbot.wait(20)  # new widgets show, replaced ones are deleted


def _show(qtbot, view: SyncView) -> None:
    view.show()
    _settle(qtbot, view)


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _person_conflict(ws: Workspace) -> tuple[str, str]:
    create_case(
        ws,
        {"case_number": CASE, "site": "Amman"},
        [{"role": "principal_applicant", "family_name": "Haddad", "given_names": "Rania", "dob": "1990-01-01"}],
    )
    conflict_id = str(uuid.uuid4())
    with ws.session() as session:
        person = session.scalars(select(Person)).one()
        person_id, case_id = person.id, person.case_id
        session.add(
            Conflict(
                id=conflict_id,
                table_name="persons",
                row_id=person_id,
                case_id=case_id,
                field="given_names",
                candidates=[
                    {"value": "Rania", "hlc": "0001764000000000-0000-dev-a", "device": "dev-a", "by": "amal"},
                    {"value": "Rana", "hlc": "0001764000300000-0000-dev-b", "device": "dev-b", "by": "omar"},
                ],
                winner="Rana",
                created_at=utcnow().isoformat(),
            )
        )
    return conflict_id, person_id


def _enroll_unreachable(ws: Workspace) -> None:
    ca_pem, _key = new_ca()
    b64 = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    with ws.session() as session:
        write_setting(session, engine.S_URL, "https://127.0.0.1:9")
        write_setting(session, engine.S_CA, ca_pem.decode())
        write_setting(session, engine.S_KEY, b64(Ed25519PrivateKey.generate().private_bytes_raw()))
        write_setting(session, engine.S_BOX, b64(X25519PrivateKey.generate().private_bytes_raw()))
        write_setting(session, engine.S_NAME, "Laptop 7")
        write_setting(session, engine.S_RIDE, "ride-2026-11")


def test_not_enrolled_laptop_offers_enrollment_and_cannot_sync(qtbot, view: SyncView) -> None:
    _show(qtbot, view)
    assert view.enroll_button.isVisible()
    assert "Enroll" in view.enroll_button.text()
    assert not view.sync_button.isEnabled()
    assert "not enrolled" in view.connection.text()
    assert view.hint.isVisible() and "Enroll this laptop" in view.hint.text()
    assert view.values["last"].text() == "Never"
    assert view.conflicts.empty.isVisible() and view.conflicts.empty.text().startswith("No conflicts.")


def test_keep_this_value_resolves_the_conflict_through_the_service(qtbot, ws: Workspace, view: SyncView) -> None:
    conflict_id, person_id = _person_conflict(ws)
    _show(qtbot, view)
    assert view.values["conflicts"].text() == "1"
    assert view.conflicts.model.rowCount() == 1
    cards = [c for c in view.conflicts.cards.findChildren(CandidateCard) if c.isVisible()]
    assert [c.value.text() for c in cards] == ["Rania", "Rana"]
    assert "amal" in cards[0].origin.text() and "omar" in cards[1].origin.text()
    assert CASE in view.conflicts.heading.text() and "Given names" in view.conflicts.heading.text()

    qtbot.mouseClick(cards[0].button, LEFT)
    _settle(qtbot, view)
    _settle(qtbot, view)  # the refresh the resolution triggers

    with ws.session() as session:
        assert session.get(Person, person_id).given_names == "Rania"
        conflict = session.get(Conflict, conflict_id)
        assert conflict.resolved and conflict.resolution == "Rania"
        outbox = session.scalars(select(OutboxEntry).where(OutboxEntry.table_name == "conflicts")).all()
        assert [e.row_id for e in outbox] == [conflict_id]
    assert list_conflicts(ws) == []
    assert view.conflicts.empty.isVisible()
    assert view.values["conflicts"].text() == "0"


def test_failed_sync_shows_the_message_and_no_traceback(qtbot, ws: Workspace, view: SyncView) -> None:
    _enroll_unreachable(ws)
    _show(qtbot, view)
    assert not view.enroll_button.isVisible()
    assert view.sync_button.isEnabled()
    assert view.values["device"].text() == "Laptop 7"
    assert view.values["server"].text() == "https://127.0.0.1:9"

    qtbot.mouseClick(view.sync_button, LEFT)
    assert not view.sync_button.isEnabled() and view.progress.isVisible()
    _settle(qtbot, view)
    _settle(qtbot, view)

    assert view.error_box.isVisible()
    shown = view.error_box.text()
    assert "The last sync did not finish" in shown
    assert "Traceback" not in _texts(view) and "Error:" not in shown
    assert engine.sync_state(ws).last_error in shown
    assert view.sync_button.isEnabled() and not view.progress.isVisible()
    assert view.values["last"].text() == "Never"


def test_what_was_not_synced_is_shown_with_its_case(qtbot, view: SyncView, ws: Workspace) -> None:
    from app.sync import problems as sync_problems

    create_case(ws, {"case_number": CASE, "site": "Amman"}, [])
    with ws.session() as session:
        case_id = session.scalar(select(Case.id))
        sync_problems.record(
            session,
            "refused",
            "notes",
            str(uuid.uuid4()),
            "its case is outside this laptop's circuit ride",
            case_id=case_id,
            device_seq=7,
        )
    _show(qtbot, view)
    assert view.problems_box.isVisible()
    text = view.problems_box.text()
    assert "1 change refused by HQ" in text
    assert f"Note (case {CASE}): its case is outside this laptop's circuit ride" in text


def test_a_duplicate_case_number_is_explained_and_asks_for_a_new_value(qtbot, view: SyncView, ws: Workspace) -> None:
    first = create_case(ws, {"case_number": CASE, "site": "Amman"}, [])
    second = create_case(ws, {"case_number": "AMM-000311", "site": "Amman"}, [])
    with ws.session() as session:
        session.get(Case, second).case_number = CASE  # as HQ's sync would leave it: two holders
        session.add(
            Conflict(
                id=str(uuid.uuid4()),
                table_name="cases",
                row_id=second,
                case_id=second,
                field="case_number",
                kind="duplicate",
                candidates=[
                    {
                        "value": CASE,
                        "hlc": "0001764000000000-0000-dev-a",
                        "device": "dev-a",
                        "by": "amal",
                        "case_id": first,
                    },
                    {
                        "value": CASE,
                        "hlc": "0001764000000001-0000-dev-b",
                        "device": "dev-b",
                        "by": "omar",
                        "case_id": second,
                    },
                ],
                winner=CASE,
                created_at=utcnow().isoformat(),
                resolved=False,
            )
        )
    _show(qtbot, view)
    cards = [c for c in view.conflicts.findChildren(CandidateCard) if c.isVisible()]
    assert len(cards) == 2
    assert all(not c.button.isVisible() for c in cards)  # keeping either side would change nothing
    assert "Two records hold this value" in view.conflicts.explain.text()
    assert f"Case {CASE}" in _texts(view.conflicts)
    assert view.conflicts.other.isEnabled()


def test_a_conflict_names_the_person_in_both_scripts_and_shows_values_as_the_app_does(
    qtbot, view: SyncView, ws: Workspace
) -> None:
    create_case(
        ws,
        {"case_number": CASE, "site": "Amman"},
        [
            {
                "role": "principal_applicant",
                "family_name": "Haddad",
                "given_names": "Rania",
                "native_family_name": "حداد",
                "native_given_names": "رانيا",
                "dob": "1981",
                "dob_precision": "year",
            }
        ],
    )
    with ws.session() as session:
        person = session.scalars(select(Person)).one()
        session.add(
            Conflict(
                id=str(uuid.uuid4()),
                table_name="persons",
                row_id=person.id,
                case_id=person.case_id,
                field="dob",
                candidates=[
                    {
                        "value": {"dob": "1981", "dob_precision": "year"},
                        "hlc": "0001764000000000-0000-a",
                        "device": "a",
                    },
                    {
                        "value": {"dob": "1981-03", "dob_precision": "month"},
                        "hlc": "0001764000000001-0000-b",
                        "device": "b",
                    },
                ],
                created_at=utcnow().isoformat(),
                resolved=False,
            )
        )
    _show(qtbot, view)
    model = view.conflicts.model
    record = model.data(model.index(0, model.RECORD))
    assert record == "Person: Rania HADDAD / رانيا حداد"
    values = model.data(model.index(0, model.VALUES))
    assert "Year only" in values and "Year and month" in values and "year" not in values.split("·")[0]
    cards = [c.value.text() for c in view.conflicts.findChildren(CandidateCard) if c.isVisible()]
    assert any(t.startswith("1981 · Year only") for t in cards) and any(
        t.startswith("1981-03 · Year and month") for t in cards
    )


def test_times_are_written_one_unambiguous_way(qtbot, view: SyncView, ws: Workspace) -> None:
    import re

    with ws.session() as session:
        write_setting(session, engine.S_LAST_OK, "2026-12-06T07:27:00+00:00")
    _show(qtbot, view)
    assert re.fullmatch(r"2026-12-0[56] \d\d:\d\d", view.values["last"].text()), view.values["last"].text()
