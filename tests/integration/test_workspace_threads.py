"""The desktop app starts its worker thread on demand and lets it end when idle, so over a day the
workspace is used from many short-lived threads while the GUI thread holds its own connection."""

from __future__ import annotations

import threading

from sqlalchemy import text

from app.store.workspace import Workspace


def test_a_connection_in_use_survives_many_short_lived_threads(ws: Workspace) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with ws.session() as s:
                s.execute(text("SELECT count(*) FROM cases")).scalar()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    with ws.session() as held:
        held.execute(text("SELECT count(*) FROM persons")).scalar()
        for _ in range(12):  # more threads than any per-thread pool keeps
            t = threading.Thread(target=worker)
            t.start()
            t.join()
        # The GUI thread's connection must still be open and usable.
        assert held.execute(text("SELECT count(*) FROM cases")).scalar() == 0
    assert errors == []
