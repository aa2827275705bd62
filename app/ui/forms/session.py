"""Filling a form for a case: the window around the renderer, with autosave, submit and amend.

The answers are autosaved as an encrypted draft a few seconds after each change and whenever the
window closes for any reason (the user's "Save and close", Escape, or the workspace locking: the
shell rejects open dialogs before it drops the keys, and waits for the task runner in between). A
crash loses at most the last few seconds. The answers are copied on the GUI thread and written on
the worker, so a save waiting behind a sync never freezes the window; `finished_with` says "saved"
once the draft is written. Submitting checks every relevant answer first and takes the interviewer
to the first problem.

A form with an `audit` question gets ODK's form audit log (app/forms/audit_log.py): the window
records form start or resume, save, exit and finalize, the reason for changing a saved form when
the form asks for one (`track-changes-reasons=on-form-edit`, as Collect asks it), and the laptop's
location on each event when the form asks for locations and the operating system has a fix: while
the window is open a timer reads the position every `location-min-interval` seconds into the log's
cache, and each event takes the most accurate fix of the last `location-max-age` (Collect's rule);
the location service appearing or going away is logged as Collect logs its providers. The form's
`location-priority` is what the operating system is asked for (PRIORITY_METHODS); no-power starts
nothing and takes the fixes there are. The
log is saved with every draft and submitted as the submission's `audit.csv`. A team lead viewing
the submission opens it with "Form audit…" (app/ui/forms/audit_view.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CircuitRideError
from app.forms import audit_log as A
from app.forms import geo
from app.forms.engine import FormInstance
from app.forms.errors import AnswerError
from app.services import form_media
from app.services import forms as F
from app.ui import i18n
from app.ui.case.widgets import MessageLine
from app.ui.context import UiContext
from app.ui.forms.renderer import FormView
from app.ui.i18n import service_text

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
PREVIEW_CACHE_BYTES = 64 * 1024 * 1024  # answer files kept decrypted in memory for previews and playback


class SessionAnswerFiles:
    """The media questions' files of one form window (media_widgets.AnswerFiles): stored into and
    read from the vault on the task runner's worker, recorded in the instance on the GUI thread
    (`add_file` before the answer is given, so the next draft holds the reference).

    Bytes read back are kept in memory for previews and playback, up to PREVIEW_CACHE_BYTES, and
    dropped when the workspace locks; they are never written to a file."""

    def __init__(self, ctx: UiContext, inst: FormInstance) -> None:
        self.ctx = ctx
        self.inst = inst  # the window's FormView works on this one instance for its whole life
        self._cache: dict[str, bytes] = {}

    def put(
        self,
        data: bytes,
        filename: str,
        *,
        source: str,
        mediatype: str,
        max_pixels: int | None,
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        ws = self.ctx.ws
        if not ws.is_unlocked:
            failed(
                QCoreApplication.translate(
                    "FormDialog", "The workspace is locked: unlock it and attach the file again."
                )
            )
            return

        def work(_task: Any) -> form_media.AnswerFile:
            return form_media.store_answer_file(
                ws, data, filename, mediatype=mediatype, max_pixels=max_pixels, source=source
            )

        def stored(answer: form_media.AnswerFile) -> None:
            self.inst.add_file(answer.name, answer.meta())
            done(answer.name)

        self.ctx.tasks.run(work, on_done=stored, on_failed=lambda exc: failed(service_text(exc)))

    def get(self, name: str, done: Callable[[bytes | None], None]) -> None:
        if name in self._cache:
            done(self._cache[name])
            return
        meta = self.inst.files.get(name)
        ws = self.ctx.ws
        if meta is None or not ws.is_unlocked:
            done(None)
            return
        meta = dict(meta)

        def read(data: bytes) -> None:
            if sum(len(b) for b in self._cache.values()) + len(data) <= PREVIEW_CACHE_BYTES:
                self._cache[name] = data
            done(data)

        self.ctx.tasks.run(
            lambda _task: form_media.read_answer_file(ws, meta),
            on_done=read,
            on_failed=lambda _exc: done(None),
        )

    def info(self, name: str) -> dict[str, Any] | None:
        meta = self.inst.files.get(name)
        return dict(meta) if meta is not None else None

    def forget(self) -> None:
        self._cache.clear()


_Methods = QGeoPositionInfoSource.PositioningMethod
# A form's `location-priority` (ODK's audit setting) as what the operating system is asked for,
# following ODK Collect's location clients: high-accuracy asks for satellites (GPS), falling back to
# the network; balanced asks for the network (Wi-Fi, cell: GeoClue's street level), falling back to
# satellites; low-power asks for the network, falling back only to fixes others asked for; no-power
# asks for nothing and takes only fixes others asked for (Android's passive provider). QtPositioning
# itself falls back to the methods a source has when the preferred ones are not among them.
PRIORITY_METHODS: dict[str, _Methods] = {
    "high-accuracy": _Methods.SatellitePositioningMethods,
    "balanced": _Methods.NonSatellitePositioningMethods,
    "low-power": _Methods.NonSatellitePositioningMethods,
    "no-power": _Methods.NoPositioningMethods,
}


class LaptopLocation(QObject):
    """The laptop's position from the operating system (QtPositioning: GeoClue on Linux, Windows
    and macOS location services), for start-geopoint, odk:setgeopoint and the audit log. It is read
    from any thread (`point()`: the last fix, kept here), so a form opened on the worker reads it
    without touching Qt. No location service, no permission or no fix yet: None, and the questions
    stay blank for the interviewer to type.

    Updates start when something wants a fix (`start`, or an audit's priority that spends power:
    `set_priority`); a passive priority (no-power, or low-power on a laptop whose only method is
    satellites) never starts them, and takes the fixes there are (`poll`)."""

    changed = Signal()  # a fix arrived, or the service failed

    def __init__(
        self, source: QGeoPositionInfoSource | None, parent: QObject | None = None, *, start: bool = True
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._point: geo.GeoPoint | None = None
        self._taken: int | None = None  # when the fix was taken, epoch ms
        self.error = "" if source is not None else "unavailable"
        self.running = False  # updates were asked of the source
        self.priority: str | None = None  # the open form's audit location-priority, if any
        if source is not None:
            source.setParent(self)
            source.positionUpdated.connect(self.update_position)
            source.errorOccurred.connect(self._failed)
            self.poll()
            if start:
                self.start()

    @property
    def available(self) -> bool:
        """The system has a location service this program may use (it may not have a fix yet)."""
        return self.source is not None and not self.error

    def start(self) -> None:
        """Ask the system for fixes from now on (once; they keep coming until the program ends)."""
        if self.source is not None and not self.running:
            self.running = True
            self.source.startUpdates()

    def set_priority(self, priority: str | None) -> None:
        """Follow a form's audit `location-priority` (None: the form closed; the default methods
        again, updates left as they are). An unknown priority is taken as high-accuracy, as the
        tracking is on."""
        self.priority = priority
        source = self.source
        if source is None:
            return
        if priority is None:
            source.setPreferredPositioningMethods(_Methods.AllPositioningMethods)
            return
        methods = PRIORITY_METHODS.get(priority, _Methods.SatellitePositioningMethods)
        if methods == _Methods.NoPositioningMethods:
            return  # passive: whatever the source is already doing for others
        if priority == "low-power" and not (source.supportedPositioningMethods() & methods):
            return  # no network positioning here: Collect falls back to passive, never to GPS
        source.setPreferredPositioningMethods(methods)
        self.start()

    def poll(self) -> None:
        """Take the system's last known fix when it is newer than ours (what a passive priority
        lives on: the fixes other programs, or an earlier start, asked for)."""
        if self.source is None:
            return
        last = self.source.lastKnownPosition()
        if not last.isValid():
            return
        stamp = last.timestamp()
        if self._taken is None or (stamp.isValid() and stamp.toMSecsSinceEpoch() > self._taken):
            self.update_position(last)

    def point(self) -> geo.GeoPoint | None:
        return self._point

    def audit_point(self) -> A.Location | None:
        p = self._point
        return (p.lat, p.lon, p.acc) if p is not None else None

    def taken_at(self) -> int | None:
        """When the last fix was taken (epoch ms; None without a fix), so a stale one is told apart."""
        return self._taken

    def update_position(self, info: QGeoPositionInfo) -> None:
        if not info.isValid():
            return
        c = info.coordinate()
        stamp = info.timestamp()
        self._taken = stamp.toMSecsSinceEpoch() if stamp.isValid() else A.epoch_ms()
        acc = info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy)
        alt = c.altitude()
        self._point = geo.GeoPoint(
            c.latitude(), c.longitude(), alt if alt == alt else 0.0, acc if acc == acc and acc >= 0 else 0.0
        )
        self.changed.emit()

    def _failed(self, error: QGeoPositionInfoSource.Error) -> None:
        self.error = {
            QGeoPositionInfoSource.Error.AccessError: "denied",
            QGeoPositionInfoSource.Error.ClosedError: "closed",
        }.get(error, "failed")
        log.info("laptop location unavailable (%s)", self.error)
        self.changed.emit()


_laptop: LaptopLocation | None = None


def laptop_location(priority: str | None = None) -> LaptopLocation:
    """The one location service of this program, kept updating once started (a fix takes a while:
    the next form has it). Without `priority` (start-geopoint, odk:setgeopoint) it is started; with
    a form's audit `location-priority` it follows that priority, and a passive one starts nothing."""
    global _laptop  # noqa: PLW0603 - one service per process, on the GUI thread
    if _laptop is None:
        app = QCoreApplication.instance()
        source = QGeoPositionInfoSource.createDefaultSource(app) if app is not None else None
        _laptop = LaptopLocation(source, app, start=False)
    if priority is None:
        _laptop.start()
    else:
        _laptop.set_priority(priority)
    return _laptop


class FormDialog(QDialog):
    """One form of one case. Modes: "fill" (new or draft), "amend" (a submitted form), "view"."""

    finished_with = Signal(str)  # "submitted" | "amended" | "saved" | "closed"

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        case_id: str,
        inst: FormInstance,
        *,
        mode: str = "fill",
        draft_key: str | None = None,
        interview_id: str | None = None,
        submission_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.case_id = case_id
        self.mode = mode
        self.interview_id = interview_id
        self.submission_id = submission_id
        self.draft_key = draft_key or F.draft_key(case_id, _new_id())
        self._edits = 0  # changes made to the answers so far
        self._sent = 0  # how many of them the newest draft sent to the worker holds
        self._done = False
        self._resumed = False  # opened from a draft or a submission (the audit log says "form resume")
        self.setWindowTitle(self.tr("%1 — case %2").replace("%1", inst.form.title).replace("%2", case_number))
        self.setModal(True)
        self.files = SessionAnswerFiles(ctx, inst)
        self._where: LaptopLocation | None = None  # the location service the audit log follows
        self._providers: bool | None = None  # what the log last said of the service
        self._location_timer = QTimer(self)
        self.audit = self._start_audit(inst, mode, resumed=draft_key is not None)
        from app.ui.forms.map_layer import MapTiles

        self.maps = MapTiles.for_window(ctx, self)
        here = _laptop.point() if _laptop is not None else None
        if here is not None:  # a location question with no point yet shows the map of this place
            self.maps.hint = (here.lon, here.lat)
        self.view = FormView(inst, read_only=(mode == "view"), files=self.files, audit=self.audit, maps=self.maps)
        self.view.changed.connect(self._changed)
        self.error = MessageLine("error")
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        if mode == "view":
            if inst.form.audit is not None and submission_id is not None:
                self.audit_button = QPushButton(self.tr("Form &audit…"))
                self.audit_button.setToolTip(
                    self.tr("How this form was filled: time on each question, answers changed and why")
                )
                self.audit_button.setAutoDefault(False)
                self.audit_button.clicked.connect(self.show_audit)
                buttons.addWidget(self.audit_button)
            close = QPushButton(self.tr("Close"))
            close.clicked.connect(self.reject)
            buttons.addWidget(close)
        else:
            self.save_button = QPushButton(self.tr("Save draft and c&lose"))
            self.save_button.setToolTip(self.tr("Keep the answers on this laptop and finish later"))
            self.save_button.setAutoDefault(False)  # Return in an answer must never close the form
            self.save_button.clicked.connect(self.reject)
            label = self.tr("&Submit") if mode == "fill" else self.tr("Save &amendment…")
            self.submit_button = QPushButton(label)
            self.submit_button.setDefault(False)
            self.submit_button.setAutoDefault(False)
            self.submit_button.setToolTip(self.tr("Check every answer and lock the form (Ctrl+Enter)"))
            self.submit_button.clicked.connect(self.submit)
            buttons.addWidget(self.save_button)
            buttons.addWidget(self.submit_button)
            QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        self.ctx.events.locked.connect(self._on_locked)
        parent_window = parent.window() if parent is not None else None
        if parent_window is not None:
            size = parent_window.size()
            self.resize(max(900, int(size.width() * 0.92)), max(600, int(size.height() * 0.92)))
        else:
            self.resize(1280, 700)

    def instance(self) -> FormInstance:
        return self.view.instance()

    # ----- the form audit log ------------------------------------------------------------------------
    def _start_audit(self, inst: FormInstance, mode: str, *, resumed: bool) -> A.AuditLog | None:
        settings = inst.form.audit
        if settings is None or mode == "view":
            return None
        saved = F.saved_audit_log(inst)
        where = laptop_location(settings.location_priority) if settings.location_priority else None
        audit = A.AuditLog.from_dict(
            settings,
            saved,
            user=self.ctx.ws.username or "",
            location=where.audit_point if where is not None else None,
            location_time=where.taken_at if where is not None else None,
        )
        self._resumed = resumed or saved is not None or mode == "amend"
        audit.log(A.FORM_RESUME if self._resumed else A.FORM_START)
        if where is not None:
            audit.log(A.LOCATION_TRACKING_ENABLED)
            if where.error == "denied":
                audit.log(A.LOCATION_PERMISSIONS_NOT_GRANTED)
            self._where = where
            self._log_providers(audit)
            where.changed.connect(self._location_changed)
            self._location_timer.setInterval(max(1000, audit.min_interval_ms))
            self._location_timer.timeout.connect(self._location_tick)
            self._location_timer.start()
        return audit

    def _log_providers(self, audit: A.AuditLog) -> None:
        """ "location providers enabled/disabled" when the service's state differs from what the
        log last said (Collect logs its providers being switched, once per change)."""
        available = self._where is not None and self._where.available
        if available != self._providers:
            self._providers = available
            audit.log(A.LOCATION_PROVIDERS_ENABLED if available else A.LOCATION_PROVIDERS_DISABLED)

    def _location_changed(self) -> None:
        if self.audit is not None and not self._done:
            self._log_providers(self.audit)
            self.audit.location_tick()  # a new fix is read as soon as the interval allows

    def _location_tick(self) -> None:
        if self.audit is not None and not self._done:
            if self._where is not None:
                self._where.poll()  # a passive priority lives on the fixes others asked for
            self.audit.location_tick()

    def _stop_location(self) -> None:
        self._location_timer.stop()
        if self._where is not None:
            try:
                self._where.changed.disconnect(self._location_changed)
            except (RuntimeError, TypeError):
                pass
            self._where.set_priority(None)
            self._where = None

    def _question_label(self, ref: str) -> str:
        """A logged node's label in the form language ("" for a group or an entry gone since)."""
        inst = self.instance()
        try:
            return inst.label(inst.node_at(ref)).strip()
        except AnswerError:
            return ""

    def show_audit(self) -> None:
        """The submission's form audit log, read on the worker, in its own window."""
        from app.ui.forms.audit_view import AuditDialog

        if self.submission_id is None:
            return
        ws, sid = self.ctx.ws, self.submission_id

        def shown(data: bytes | None) -> None:
            dialog = AuditDialog(data, title=self.windowTitle(), labels=self._question_label, parent=self)
            dialog.open()
            self.audit_dialog = dialog

        self.ctx.tasks.run(
            lambda _task: F.submission_audit_log(ws, sid),
            on_done=shown,
            on_failed=lambda exc: self.error.show_message(service_text(exc)),
        )

    # ----- saving ----------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._edits += 1
        self.error.clear_message()
        self._timer.start()

    @property
    def unsaved(self) -> bool:
        """Answers changed since the last draft was sent to be written."""
        return self._edits != self._sent

    def autosave(self) -> None:
        """Send the draft to be written now if anything changed (on the worker; see _save_draft)."""
        if self._done:
            return
        self._save_draft(on_saved=self._saved, on_failed=self._not_saved)

    def _save_draft(self, *, on_saved: Callable[[], None], on_failed: Callable[[CircuitRideError], None]) -> bool:
        """Copy the answers here and write them on the worker; False if there was nothing to send."""
        if not self.unsaved or self.mode == "view" or not self.ctx.ws.is_unlocked:
            return False
        inst = self.instance()
        ws, key, snapshot, title, edits = self.ctx.ws, self.draft_key, inst.snapshot(), inst.form.title, self._edits
        interview, amends = self.interview_id, self.submission_id if self.mode == "amend" else None
        audit = self.audit.to_dict() if self.audit is not None else None
        self._sent = edits

        def failed(exc: CircuitRideError) -> None:
            log.error("could not autosave a form draft: %s", type(exc).__name__)
            if self._sent == edits:
                self._sent = -1  # sent again by the next autosave or as the window closes
            on_failed(exc)

        self.ctx.tasks.run(
            lambda _task: F.save_form_draft(
                ws, key, snapshot, title=title, interview_id=interview, amends=amends, audit=audit
            ),
            on_done=lambda _none: on_saved(),
            on_failed=failed,
        )
        return True

    def _saved(self) -> None:
        if not self._done:  # a closed window shows nothing (and may be gone)
            self.status.setText(self.tr("Draft saved on this laptop."))

    def _not_saved(self, exc: CircuitRideError) -> None:
        if not self._done:
            self.error.show_message(service_text(exc))

    def _on_locked(self) -> None:
        self.autosave()
        self.files.forget()

    def reject(self) -> None:  # noqa: D401 - Qt API
        """Closing for any reason keeps the answers as a draft first: "saved" is announced when the
        worker has written it ("closed" if it could not be, or nothing needed saving)."""
        self._timer.stop()
        if not self._done:
            self._done = True
            if self.audit is not None and self.mode != "view":
                self.view.audit_leave_all()
                self.audit.log(A.FORM_SAVE)
                self.audit.log(A.FORM_EXIT)
                if self._edits or self._resumed:
                    self._edits += 1  # the log's new events are saved with the draft, even without new answers
            if not self._save_draft(
                on_saved=lambda: self.finished_with.emit("saved"),
                on_failed=lambda _exc: self.finished_with.emit("closed"),
            ):
                self.finished_with.emit("closed")
        self._disconnect()
        super().reject()

    def _disconnect(self) -> None:
        self._stop_location()
        self.maps.close()
        try:
            self.ctx.events.locked.disconnect(self._on_locked)
        except (RuntimeError, TypeError):
            pass

    # ----- submitting --------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.mode == "view" or self._done:
            return
        inst = self.instance()
        try:
            inst.finish()
        except CircuitRideError as exc:  # FormTooComplex: the form went past the engine's limits
            self.error.show_message(service_text(exc))
            return
        if self.view.show_problems():
            if self.audit is not None:
                problems = self.view.problems()
                self.audit.log(A.CONSTRAINT_ERROR, problems[0] if problems else "", end=True)
            self.error.show_message(
                self.tr("Some answers need attention before the form can be submitted: see the marked questions.")
            )
            return
        reason = ""
        if self.mode == "amend":
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Amend a submitted form"), self.tr("Why is this submitted form being changed?")
            )
            if not ok:
                return
            if not reason.strip():
                self.error.show_message(self.tr("An amendment needs a reason."))
                return
        audit_csv: bytes | None = None
        if self.audit is not None:
            change_reason = reason.strip()
            if self.audit.asks_reasons and self._resumed and not change_reason and self._edits:
                change_reason, ok = QInputDialog.getMultiLineText(
                    self,
                    self.tr("Changes to a saved form"),
                    self.tr("This form was saved before and answers were changed. Why were they changed?"),
                )
                if not ok:
                    return
                if not change_reason.strip():
                    self.error.show_message(self.tr("Say why the answers were changed, then submit again."))
                    return
            self.view.audit_leave_all()
            if self.audit.asks_reasons and change_reason.strip():
                self.audit.log(A.CHANGE_REASON, change_reason=change_reason.strip()[:2000], end=False)
            self.audit.log(A.FORM_SAVE)
            self.audit.log(A.FORM_FINALIZE)
            self.audit.log(A.FORM_EXIT)
            audit_csv = self.audit.to_csv()
            self._edits += 1
        self.autosave()  # the draft stays until the submission is committed
        ws, number, key = self.ctx.ws, self.case_number, self.draft_key
        mode, interview, submission = self.mode, self.interview_id, self.submission_id
        # The worker reads this instance: no answer may change under it until it is done.
        self.submit_button.setEnabled(False)
        self.view.setEnabled(False)

        def work(_task: Any) -> str:
            if mode == "amend":
                assert submission is not None
                F.amend_submission(ws, submission, inst, reason, draft=key, audit=audit_csv)
                return "amended"
            F.submit_form(ws, number, inst, interview_id=interview, draft=key, audit=audit_csv)
            return "submitted"

        def done(outcome: str) -> None:
            self._done = True
            self._sent = self._edits
            self._disconnect()
            self.ctx.show_status(
                self.tr("Form submitted and locked.") if outcome == "submitted" else self.tr("Amendment saved.")
            )
            self.ctx.events.case_changed.emit(number)
            self.finished_with.emit(outcome)
            self.accept()

        def failed(exc: CircuitRideError) -> None:
            if self.audit is not None:
                self.audit.log(A.FINALIZE_ERROR)
                self._edits += 1
            self.submit_button.setEnabled(True)
            self.view.setEnabled(True)
            self.error.show_message(service_text(exc))

        self.ctx.tasks.run(work, on_done=done, on_failed=failed)


class StartInterviewDialog(QDialog):
    """Interview type, form, interpreter, form language and place, then the form opens."""

    def __init__(
        self,
        ctx: UiContext,
        forms: list[F.FormInfo],
        interpreters: list[dict[str, Any]],
        parent: QWidget | None = None,
        *,
        family_languages: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an interview"))
        self._forms = forms
        self._family = list(family_languages or [])
        self.type = QComboBox()
        for code, label in interview_types(self).items():
            self.type.addItem(label, code)
        self.form = QComboBox()
        for info in forms:
            self.form.addItem(
                self.tr("%1  (version %2)").replace("%1", info.title).replace("%2", info.version), info.form_id
            )
        self.interpreter = QComboBox()
        self.interpreter.addItem(self.tr("No interpreter"), None)
        for it in interpreters:
            langs = ", ".join(str(x.get("code", x)) if isinstance(x, dict) else str(x) for x in it["languages"])
            self.interpreter.addItem(f"{it['name']}  ({langs})" if langs else it["name"], it["id"])
        self.language = QComboBox()
        self.form.currentIndexChanged.connect(lambda _i: self._languages(forms))
        # The form offered follows the interview type (a pre-screening opens the pre-screening form).
        self.type.currentIndexChanged.connect(
            lambda _i: self.form.setCurrentIndex(F.suggested_form(forms, self.type.currentData()))
        )
        self.form.setCurrentIndex(F.suggested_form(forms, self.type.currentData()))
        self._languages(forms)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. interview room 2, Lima office"))
        self.location.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Interview &type:"), self.type)
        form.addRow(self.tr("&Form:"), self.form)
        form.addRow(self.tr("&Interpreter:"), self.interpreter)
        form.addRow(self.tr("Form &language:"), self.language)
        form.addRow(self.tr("&Location:"), self.location)
        hint = QLabel(self.tr("The form language is the one questions are read out in; you can switch it at any time."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _languages(self, forms: list[F.FormInfo]) -> None:
        self.language.clear()
        index = self.form.currentIndex()
        langs = forms[index].languages if 0 <= index < len(forms) else []
        for lang in langs:
            self.language.addItem(lang, lang)
        # The family's language where the form has it, else the interface's.
        self.language.setCurrentIndex(F.suggested_language(list(langs), self._family, i18n.current_language()))

    def values(self) -> dict[str, Any]:
        return {
            "type": self.type.currentData(),
            "form_id": self.form.currentData(),
            "interpreter_id": self.interpreter.currentData(),
            "form_lang": self.language.currentData(),
            "location": self.location.text().strip() or None,
        }


def interview_types(_widget: QWidget | None = None) -> dict[str, str]:
    return {
        "pre-screening": QCoreApplication.translate("Interviews", "Pre-screening"),
        "biographic": QCoreApplication.translate("Interviews", "Biographic verification"),
        "medical": QCoreApplication.translate("Interviews", "Medical history"),
        "resettlement": QCoreApplication.translate("Interviews", "Resettlement preferences"),
        "follow-up": QCoreApplication.translate("Interviews", "Follow-up"),
        "other": QCoreApplication.translate("Interviews", "Other"),
    }


def language_code(form_lang: str | None) -> str | None:
    """`Español (es)` -> `es` (the interview record keeps the ISO code)."""
    if form_lang and form_lang.endswith(")") and "(" in form_lang:
        return form_lang.rsplit("(", 1)[1].rstrip(")").strip()[:8] or None
    return None


def _new_id() -> str:
    from app.util.ids import uuid7

    return uuid7()
