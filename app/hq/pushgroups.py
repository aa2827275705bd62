"""Group commit for pushes: those that arrive while one is being merged are merged together.

Every push takes the server sequence counter's lock, so pushes run one after another whatever
the database. Run one transaction each, fifty laptops pushing at once wait for fifty rounds of
lock, merge and commit (a disk flush each on PostgreSQL). Here the first push to find HQ idle
merges alone; the pushes that arrived meanwhile are merged by the next one to get the turn, all
in arrival order and in one transaction.

A group is first merged in one pass (`merge.apply_pushes`): the nonces of all its requests are
checked and recorded in two statements, its devices read in one, the rows it touches in one, and
so on, so a group of fifty costs about as many round trips to the database as a single push. A
push refused there (replayed or revoked, unknown device, a gap in its changes) is answered with
its own error before anything of it is written, and the others go on.

Should that pass fail in any other way (a constraint, a lost connection), its transaction is rolled
back whole and the group is merged again the careful way: each push in its own savepoint, so a
push that fails is rolled back to its savepoint and answered with its own error, and the others are
kept. A failed commit fails the whole group, and each device pushes again (pushes are idempotent by
device sequence number).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol

from sqlalchemy import select

from app.hq import merge
from app.hq.models import Device
from app.util.gcpause import no_gc_pauses
from app.wire import protocol as p

log = logging.getLogger(__name__)

IDLE_SECONDS = 30.0
# At most this many pushes merged together: the first ones are answered (and those laptops send their
# next batch, parsed while the rest merge) instead of all waiting for one long merge. The value was
# chosen on the 50-device push benchmark (bench/sync_bench.py; docs/benchmarks.md).
MAX_GROUP = 32
Seen = tuple[str, str, int]  # a signed request's (device id, nonce, timestamp)


class Nonces(Protocol):
    """Where HQ remembers request nonces and reads revocation (app.hq.api.DbNonces)."""

    def record_in_savepoint(self, session: Any, device_id: str, nonce: str, timestamp: int) -> None: ...

    def record_group(self, session: Any, seen: list[Seen | None]) -> list[BaseException | None]: ...


class _Queued:
    __slots__ = ("device_id", "request", "seen", "result", "error", "future")

    def __init__(self, device_id: str, request: p.PushRequest, seen: Seen | None) -> None:
        self.device_id = device_id
        self.request = request
        self.seen = seen
        self.result: p.PushResponse | None = None
        self.error: BaseException | None = None
        self.future: Future[p.PushResponse] = Future()


class PushGroups:
    def __init__(
        self,
        session_factory: Callable[[], Any],
        unknown_device: Callable[[], BaseException],
        nonces: Nonces | None = None,
    ) -> None:
        self._session = session_factory  # a context manager: one transaction, committed at its end
        self._unknown_device = unknown_device
        self._nonces = nonces
        self._turn = threading.Lock()  # held while a group is merged (a test holds it to gather a group)
        self._guard = threading.Condition()  # protects _waiting and _merger
        self._waiting: list[_Queued] = []
        self._merger: threading.Thread | None = None
        self.groups = 0  # merged so far (for tests and benchmarks)
        self.retried = 0  # groups merged again push by push after failing as one

    def submit(self, device_id: str, request: p.PushRequest, seen: Seen | None = None) -> Future[p.PushResponse]:
        """Queue this push; it is merged (alone or with others that arrived meanwhile) by the merging
        thread, and the future is answered once it is committed or refused. `seen` is the signed
        request's nonce: recorded, and the device's revocation read, in the push's own transaction (a
        replay or a revoked device is refused and changes nothing).

        A waiting push holds no thread: HQ's request threads go on checking signatures and parsing the
        next pushes while a group is merged (with a thread each, fifty waiting pushes took the
        server's whole thread pool and the next requests queued behind them)."""
        item = _Queued(device_id, request, seen)
        with self._guard:
            self._waiting.append(item)
            if self._merger is None:
                self._merger = threading.Thread(target=self._run, name="hq-push-groups", daemon=True)
                self._merger.start()
            self._guard.notify()
        return item.future

    def push(self, device_id: str, request: p.PushRequest, seen: Seen | None = None) -> p.PushResponse:
        """`submit`, then wait for the answer (raises the push's refusal)."""
        return self.submit(device_id, request, seen).result()

    def _run(self) -> None:
        """The merging thread: takes everything waiting, merges it as one group, answers, again. It
        ends after a while with nothing to do (the next push starts another)."""
        try:
            self._merge_waiting()
        finally:  # also if it died of a bug: the next push starts a new one instead of waiting forever
            with self._guard:
                if self._merger is threading.current_thread():
                    self._merger = None

    def _merge_waiting(self) -> None:
        while True:
            with self._guard:
                if not self._waiting:
                    self._guard.wait(timeout=IDLE_SECONDS)
                if not self._waiting:
                    self._merger = None  # under the guard: a push queued from now on starts a new thread
                    return
            with self._turn:
                with self._guard:
                    group, self._waiting = self._waiting[:MAX_GROUP], self._waiting[MAX_GROUP:]
                # A push whose request was dropped before its turn (the laptop hung up) is not merged;
                # from here on, the others cannot be called off: they are merged and answered.
                group = [item for item in group if item.future.set_running_or_notify_cancel()]
                if not group:
                    continue
                try:
                    self._merge(group)
                except BaseException as exc:  # noqa: BLE001 - never leave a push unanswered
                    for item in group:
                        if item.result is None and item.error is None:
                            item.error = exc
            for item in group:
                if item.error is not None:
                    item.future.set_exception(item.error)
                else:  # _merge leaves each push of the group with its error or its result
                    item.future.set_result(item.result)  # type: ignore[arg-type]

    def _merge(self, group: list[_Queued]) -> None:
        try:
            try:
                with no_gc_pauses(), self._session() as session:
                    self._merge_together(session, group)
                return
            except Exception as exc:  # noqa: BLE001 - merged again below, push by push
                log.warning(
                    "a group of %d pushes failed as one (%s); merging them one by one", len(group), type(exc).__name__
                )
                for item in group:
                    item.result, item.error = None, None
            self.retried += 1
            self._merge_each(group)
        finally:
            self.groups += 1

    def _merge_together(self, session: Any, group: list[_Queued]) -> None:
        counter = merge.lock_counter(session)
        if self._nonces is not None:
            refused = self._nonces.record_group(session, [item.seen for item in group])
            for item, error in zip(group, refused, strict=True):
                item.error = error
        live = [item for item in group if item.error is None]
        ids = {item.device_id for item in live}
        devices = {d.device_id: d for d in session.scalars(select(Device).where(Device.device_id.in_(ids)))}
        for item in live:
            if item.device_id not in devices:
                item.error = self._unknown_device()
        live = [item for item in live if item.error is None]
        answers = merge.apply_pushes(session, [(devices[item.device_id], item.request) for item in live], counter)
        for item, answer in zip(live, answers, strict=True):
            if isinstance(answer, BaseException):
                item.error = answer
            else:
                item.result = answer

    def _merge_each(self, group: list[_Queued]) -> None:
        try:
            with no_gc_pauses(), self._session() as session:
                counter = merge.lock_counter(session)
                for item in group:
                    savepoint = session.begin_nested()
                    try:
                        if item.seen is not None and self._nonces is not None:
                            self._nonces.record_in_savepoint(session, *item.seen)
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
