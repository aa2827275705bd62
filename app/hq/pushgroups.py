"""Group commit for pushes: those that arrive while one is being merged are merged together.

Every push takes the server sequence counter's lock, so pushes run one after another whatever
the database. Run one transaction each, fifty laptops pushing at once wait for fifty rounds of
lock, merge and commit (a disk flush each on PostgreSQL). Here the first push to find HQ idle
merges alone; the pushes that arrived meanwhile are merged by the next one to get the turn, all
in arrival order and in one transaction, each inside its own savepoint: a push that is refused
(unknown device, a gap in its changes) or fails is rolled back to its savepoint and answered with
its own error, and the others are kept. A failed commit fails the whole group, and each device
pushes again (pushes are idempotent by device sequence number).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.hq import merge
from app.hq.models import Device
from app.sync import protocol as p
from app.util.gcpause import no_gc_pauses


class _Queued:
    __slots__ = ("device_id", "request", "check", "result", "error", "done")

    def __init__(self, device_id: str, request: p.PushRequest, check: Callable[[Any], None] | None) -> None:
        self.device_id = device_id
        self.request = request
        self.check = check
        self.result: p.PushResponse | None = None
        self.error: BaseException | None = None
        self.done = False


class PushGroups:
    def __init__(self, session_factory: Callable[[], Any], unknown_device: Callable[[], BaseException]) -> None:
        self._session = session_factory  # a context manager: one transaction, committed at its end
        self._unknown_device = unknown_device
        self._turn = threading.Lock()  # held by the thread merging a group
        self._guard = threading.Lock()  # protects _waiting
        self._waiting: list[_Queued] = []
        self.groups = 0  # merged so far (for tests and benchmarks)

    def push(
        self, device_id: str, request: p.PushRequest, check: Callable[[Any], None] | None = None
    ) -> p.PushResponse:
        """Merge this push (alone or with others that arrived meanwhile); blocks until committed.
        `check(session)` runs first in the push's savepoint (HQ records the request's nonce there)."""
        item = _Queued(device_id, request, check)
        with self._guard:
            self._waiting.append(item)
        with self._turn:
            if not item.done:  # nobody took it into their group: merge everything waiting now
                with self._guard:
                    group, self._waiting = self._waiting, []
                self._merge(group)
        if item.error is not None:
            raise item.error
        assert item.result is not None
        return item.result

    def _merge(self, group: list[_Queued]) -> None:
        try:
            with no_gc_pauses(), self._session() as session:
                counter = merge.lock_counter(session)
                for item in group:
                    savepoint = session.begin_nested()
                    try:
                        if item.check is not None:
                            item.check(session)
                        device = session.scalar(select(Device).where(Device.device_id == item.device_id))
                        if device is None:
                            raise self._unknown_device()
                        item.result = merge.apply_push(session, device, item.request, counter)
                        savepoint.commit()
                    except Exception as exc:  # noqa: BLE001 - this push's own answer; the others go on
                        savepoint.rollback()
                        item.error = exc
        except Exception as exc:  # noqa: BLE001 - the lock or the commit failed: nothing of the group was kept
            for item in group:
                if item.error is None:
                    item.result, item.error = None, exc
        finally:
            self.groups += 1
            for item in group:
                item.done = True
