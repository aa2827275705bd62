"""Workspace menu actions that take time: import a manifest, export one, back up.

Each runs on the shared worker thread with a progress dialog; Cancel on an import rolls the whole
import back (it is one transaction); errors arrive as their own messages, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.ui.context import UiContext
from app.ui.i18n import service_text
from app.ui.tasks import Task


class WorkspaceActions(QObject):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent

    def _progress(self, label: str, task_holder: list[Task]) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def cancel() -> None:
            if task_holder:
                task_holder[0].cancel()

        dialog.canceled.connect(cancel)
        return dialog

    # ----- import ----------------------------------------------------------------------------
    def import_cases(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Import cases"), "", self.tr("Case manifests (*.json *.csv)")
            )
        if not path:
            return
        ws = self.ctx.ws
        holder: list[Task] = []
        dialog = self._progress(self.tr("Importing cases…"), holder)

        def work(task: Task) -> Any:
            from app.errors import InvalidManifest
            from app.services.manifest import MAX_MANIFEST_BYTES, import_manifest, parse_json
            from app.services.manifest_csv import from_csv
            from app.util.files import read_limited

            # The same cap as the command line: a huge file (or a device) is refused, not read.
            raw = read_limited(
                path,
                MAX_MANIFEST_BYTES,
                f"The manifest {Path(path).name}",
                "split it into several manifests",
                error=InvalidManifest,
            )
            doc = from_csv(raw, Path(path).name) if path.lower().endswith(".csv") else parse_json(raw, Path(path).name)

            def progress(done: int, total: int) -> None:
                task.check()
                task.progress(done, total)

            return import_manifest(ws, doc, progress=progress)

        def done(report: Any) -> None:
            dialog.reset()
            self.ctx.events.cases_reloaded.emit()
            # One count per phrase: each takes its own plural form ("1 new case", "3 updated")
            self.ctx.show_status(
                self.tr("Imported: {created}, {updated}, {unchanged}.").format(
                    created=self.tr("%n new case(s)", "", report.cases_created),
                    updated=self.tr("%n updated", "", report.cases_updated),
                    unchanged=self.tr("%n unchanged", "", report.cases_unchanged),
                )
            )

        def failed(exc: Any) -> None:
            dialog.reset()
            self.ctx.show_error(service_text(exc))

        def progress(done_: int, total: int, _label: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done_)

        holder.append(self.ctx.tasks.run(work, on_done=done, on_failed=failed, on_progress=progress))

    # ----- export ----------------------------------------------------------------------------
    def export_cases(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Export cases"), "cases.json", self.tr("JSON (*.json);;CSV (*.csv)")
            )
        if not path:
            return
        ws = self.ctx.ws
        holder: list[Task] = []
        dialog = self._progress(self.tr("Exporting cases…"), holder)

        def work(task: Task) -> int:
            from app.services.manifest import export_manifest
            from app.services.manifest_csv import to_csv
            from app.util.files import atomic_write

            doc = export_manifest(ws)
            task.check()
            if path.lower().endswith(".csv"):
                data = to_csv(doc).encode("utf-8-sig")
            else:
                data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
            atomic_write(Path(path), data, 0o600)
            return len(doc["cases"])

        def done(count: int) -> None:
            dialog.reset()
            self.ctx.show_status(
                self.tr("Exported %n case(s). The file is not encrypted: keep it on an encrypted drive.", "", count)
            )

        def failed(exc: Any) -> None:
            dialog.reset()
            self.ctx.show_error(service_text(exc))

        holder.append(self.ctx.tasks.run(work, on_done=done, on_failed=failed))

    # ----- backup ----------------------------------------------------------------------------
    def backup(self, path: str | None = None) -> None:
        if path is None:
            path = QFileDialog.getExistingDirectory(
                self.parent_widget, self.tr("Choose an empty folder for the backup")
            )
        if not path:
            return
        ws = self.ctx.ws
        holder: list[Task] = []
        dialog = self._progress(self.tr("Writing an encrypted backup…"), holder)

        def work(_task: Task) -> str:
            return str(ws.backup(Path(path)))

        def done(dest: str) -> None:
            dialog.reset()
            self.ctx.events.cases_reloaded.emit()  # the status bar's backup warning clears
            self.ctx.show_status(self.tr("Encrypted backup written to %1.").replace("%1", dest))

        def failed(exc: Any) -> None:
            dialog.reset()
            self.ctx.show_error(service_text(exc))

        holder.append(self.ctx.tasks.run(work, on_done=done, on_failed=failed))
