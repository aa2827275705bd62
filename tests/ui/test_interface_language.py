"""What a user reads in their interface language beyond the UI's own strings (issue 19.8): the
services' refusals, English plural forms, country and language names from CLDR, and Qt's own
buttons and dialogs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from app.services.case_list import case_rows
from app.services.cases import create_case
from app.store.workspace import Workspace
from app.ui import i18n
from app.ui.case import labels
from app.ui.case.person_fields import CountryBox
from app.ui.case.view import CaseView
from app.ui.context import Events, UiContext, settings
from app.ui.shell import MainWindow
from app.ui.tasks import TaskRunner
from tests.ui.waiting import settle

ROOT = Path(__file__).resolve().parents[2]
CASE = "LIM-000300"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[object]:
    """i18n.install for the test; English again afterwards, as the other tests expect."""
    yield i18n.install
    i18n.install("en")


def _person(given: str, dob: str = "1980-01-01", role: str = "child") -> dict[str, object]:
    return {"role": role, "family_name": "Quispe", "given_names": given, "dob": dob}


def _cases(ws: Workspace, count: int) -> None:
    for i in range(count):
        create_case(
            ws, {"case_number": f"LIM-{i + 1:06d}", "site": "Lima"}, [_person(f"Ana{i}", role="principal_applicant")]
        )


# ----- the services' messages ---------------------------------------------------------------------
def test_an_invalid_date_of_birth_is_refused_in_ukrainian_under_its_field(qtbot, ws: Workspace, language) -> None:
    create_case(ws, {"case_number": CASE, "site": "Lima"}, [_person("Rosa", "1975-03-02", "principal_applicant")])
    language("uk")
    tasks = TaskRunner()
    view = CaseView(UiContext(ws, tasks, settings(), Events()))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_case(CASE)
    settle(tasks)
    panel = view.panel
    qtbot.mouseClick(panel.edit_button, LEFT)
    panel.dob_editor.date.clear()
    qtbot.keyClicks(panel.dob_editor.date, "1975-13-01")
    qtbot.mouseClick(panel.save_button, LEFT)
    error = panel.rows["dob"].error
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == "«1975-13-01» — не справжня календарна дата"
    assert not panel.error.isVisible()
    tasks.wait()


def test_a_bad_manifest_imported_from_the_menu_is_refused_in_ukrainian(
    qtbot, ws: Workspace, tmp_path: Path, language
) -> None:
    language("uk")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    errors: list[str] = []
    window.ctx.show_error = errors.append
    path = tmp_path / "cases.json"
    manifest = {"cases": [{"case_number": CASE, "site": "Lima", "persons": [_person("Rosa", "1988-13-01")]}]}
    path.write_text(json.dumps(manifest), "utf-8")
    window.workspace_actions.import_cases(str(path))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == [
        f"cases[0] ({CASE}).persons[0].dob: «1988-13-01» — не справжня календарна дата. Нічого не імпортовано."
    ]
    assert case_rows(ws) == []
    window.tasks.wait()


def test_a_csv_manifests_row_and_column_are_named_in_spanish(qtbot, ws: Workspace, tmp_path: Path, language) -> None:
    language("es")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    errors: list[str] = []
    window.ctx.show_error = errors.append
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_number,site,person_role,person_nationality\nLIM-000301,Lima,principal_applicant,Peru\n", "utf-8"
    )
    window.workspace_actions.import_cases(str(path))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == [
        "fila 2, columna person_nationality: 'Peru' no parece un código de país de dos letras como VE. "
        "No se importó nada."
    ]
    window.tasks.wait()


def test_a_message_not_translated_yet_is_shown_in_english(language) -> None:
    language("uk")
    assert i18n.service_text(ValueError("Something only English knows.")) == "Something only English knows."


# ----- English plural forms -----------------------------------------------------------------------
@pytest.mark.parametrize(("count", "expected"), [(1, "1 of 1 case"), (2, "2 of 2 cases")])
def test_the_english_case_count_says_case_or_cases(qtbot, ws: Workspace, language, count: int, expected: str) -> None:
    _cases(ws, count)
    language("en")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == count, timeout=10_000)
    window.tasks.wait()
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=5000)


def test_english_counts_have_no_plural_marker(language) -> None:
    language("en")
    assert QCoreApplication.translate("HouseholdView", "%n person(s) in the household", "", 1) == (
        "1 person in the household"
    )
    assert QCoreApplication.translate("HouseholdView", "%n person(s) in the household", "", 4) == (
        "4 people in the household"
    )
    assert QCoreApplication.translate("WorkspaceActions", "%n new case(s)", "", 300) == "300 new cases"


# ----- CLDR names -----------------------------------------------------------------------------------
def test_country_names_come_from_cldr_in_spanish(qtbot, language) -> None:
    language("es")
    assert labels.country_text("AF") == "Afganistán (AF)"
    box = CountryBox()
    qtbot.addWidget(box)
    texts = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert texts["AF"] == "AF — Afganistán"
    assert texts["DE"] == "DE — Alemania"
    assert "EU" not in texts and "ZZ" not in texts  # not countries a person comes from
    assert list(texts)[1:] == sorted(list(texts)[1:])  # by code, as the text starts


def test_language_names_come_from_cldr_in_ukrainian_with_fallbacks(language) -> None:
    language("uk")
    assert labels.language_name("uk") == "Українська"
    assert labels.language_name("prs") == "Дарі"  # CLDR's alias: prs is fa_AF
    assert labels.language_name("guc") == "Wayuu"  # English CLDR only
    assert labels.language_name("kmr") == "Курдська"  # CLDR's alias: kmr is ku
    assert labels.language_name("aii") == "Ассирійська новоарамейська"  # named here, translated
    assert labels.language_name("qqq") == ""


# ----- Qt's own strings -----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "uk", "ru"])
def test_qts_own_translations_are_on_this_machine(lang: str) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{lang}.qm").is_file()
    assert (folder / f"qt_{lang}.qm").is_file()


def test_qt_standard_buttons_are_translated_in_ukrainian(qtbot, language) -> None:
    language("uk")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Скасувати"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Зберегти"
    box = QMessageBox(QMessageBox.Icon.Question, "Circuit Ride", "?", QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Ні"


def test_qts_file_dialog_is_translated_in_spanish(qtbot, language) -> None:
    language("es")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "Cancelar" in texts
    assert "Cancel" not in texts


def test_the_catalogues_of_qts_other_modules_are_loaded_too(language) -> None:
    """qt_<lang>.qm brings qtbase's catalogue and those of the other modules (the camera's
    QtMultimedia among them); qtbase_<lang>.qm alone left those English."""
    language("uk")
    assert QCoreApplication.translate("BbCameraSession", "Unable to open camera") != "Unable to open camera"
    language("en")
    assert QCoreApplication.translate("BbCameraSession", "Unable to open camera") == "Unable to open camera"


def _unfinished_numerus(path: Path) -> list[str]:
    out = []
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our own .ts file
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms):
            out.append(message.findtext("source") or "")
    return out


def test_every_english_plural_has_its_two_forms(tmp_path: Path) -> None:
    """circuitride_en.ts holds the plural forms only; a new "%n …(s)" string without them would show
    "(s)" again. Re-extracted as `make translations` does, nothing may be left unfinished."""
    english = ROOT / "app" / "ui" / "translations" / "circuitride_en.ts"
    assert not _unfinished_numerus(english)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / english.name
    shutil.copy(english, copy)
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py")) + [str(ROOT / "app/services/history.py")]
    subprocess.run(
        [tool, "-silent", "-no-obsolete", "-pluralonly", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    missing = _unfinished_numerus(copy)
    assert not missing, (
        "plural strings without English forms (run `make translations`, then fill circuitride_en.ts): " + repr(missing)
    )
