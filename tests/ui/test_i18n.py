"""The UI in Spanish, Ukrainian and Russian: every main view renders, no English is left in the
Spanish screens, plural forms follow each language's rules, and the translation files are complete.

The expectations come from the .ts files themselves (English source -> translation), so a string
added to the code without a translation fails here with a list of what is missing.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.services.attachments import attach, attach_document
from app.services.cases import create_case
from app.services.records import add_note, move_file
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from app.ui import i18n
from app.ui.shell import MainWindow
from app.ui.unlock.first_run import FirstRunDialog
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "app" / "ui" / "translations"
TRANSLATED = ("es", "uk", "ru")
LANGUAGES = ("en", *TRANSLATED)
# Plural forms Qt expects in a .ts file for each language (one/other; one/few/many).
NUMERUS_FORMS = {"es": 2, "uk": 3, "ru": 3}
CASE = "LIM-000101"
SMALL_SCREEN = (1366, 768)
WAIT_MS = 10_000


# ----- the .ts files ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # one translation, or every plural form


def ts_path(lang: str) -> Path:
    return TS_DIR / f"circuitride_{lang}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own .ts files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(name, message.findtext("source") or "", numerus, kind == "unfinished" or not all(forms), forms)
            )
    return messages


def describe(messages: list[Message]) -> str:
    return "\n".join(f"  [{m.context or '(no context)'}] {m.source!r}" for m in messages)


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}|%L?n|%\d|%s")


@dataclass
class EnglishLeftovers:
    """English texts that must not be seen in a translated UI: sources translated differently."""

    exact: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)

    def matches(self, text: str) -> bool:
        return text in self.exact or any(p.fullmatch(text) for p in self.patterns)


def english_leftovers(lang: str) -> EnglishLeftovers:
    out = EnglishLeftovers()
    for m in read_ts(ts_path(lang)):
        if all(form == m.source for form in m.forms):
            continue  # the same in both languages (product name, "P-1", "{field}:")
        for source in {m.source, m.source.replace("&", "")}:
            if _PLACEHOLDER.search(source):
                # Filled in at run time ("Case {case}", "&Notes (%n)"): match the English shape,
                # but only when enough English words remain to make the shape unmistakable.
                literal = _PLACEHOLDER.sub("", source)
                if len(re.findall(r"[A-Za-z]", literal)) >= 3:
                    parts = _PLACEHOLDER.split(source)
                    out.patterns.append(re.compile(".+?".join(re.escape(p) for p in parts)))
            elif re.search(r"[A-Za-z]{2}", source):
                out.exact.add(source)
    return out


def translation(lang: str, context: str, source: str) -> tuple[str, ...]:
    for m in read_ts(ts_path(lang)):
        if (m.context, m.source) == (context, source):
            return m.forms
    raise AssertionError(f"{source!r} is not in context {context!r} of {ts_path(lang).name}")


# ----- a workspace worth looking at ---------------------------------------------------------------
def _png(width: int = 600, height: int = 800) -> bytes:
    image = Image.new("RGB", (width, height), (200, 210, 220))
    ImageDraw.Draw(image).ellipse((150, 150, 450, 550), fill=(120, 80, 60))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _person(role: str, family: str, given: str, dob: str, **more: object) -> dict[str, object]:
    return {"role": role, "family_name": family, "given_names": given, "dob": dob, **more}


def _seed(ws: Workspace) -> str:
    """One full case (native scripts, notes, a moved file, a photo, a document) and a few small ones."""
    case_id = create_case(
        ws,
        {
            "case_number": CASE,
            "site": "Lima",
            "priority": "P-2",
            "stage": "interview-scheduled",
            "expedited": True,
            "expedite_reason": "Medical need",
            "security_check_status": "pending",
            "medical_status": "scheduled",
        },
        [
            _person(
                "principal_applicant",
                "Kovalenko",
                "Olena",
                "1984-05-02",
                relationship_to_pa="self",
                native_family_name="Коваленко",
                native_given_names="Олена",
                sex="F",
                nationality="UA",
                languages=["uk", "ru"],
                marital_status="married",
            ),
            _person("spouse", "Kovalenko", "Taras", "1980", relationship_to_pa="spouse", sex="M"),
            _person("child", "Kovalenko", "Marta", "2025-09", relationship_to_pa="daughter", sex="F"),
        ],
    )
    assert case_id
    add_note(ws, CASE, "First visit.")
    add_note(ws, CASE, "Needs a ground-floor room.", confidentiality="medical")
    add_note(ws, CASE, "Protection concern noted.", confidentiality="restricted")
    move_file(ws, CASE, "Lima office, cabinet 2", reason="Interview preparation")
    attach(ws, CASE, _png(), filename="face.png", kind="photo", source="file")
    attach_document(
        ws,
        CASE,
        [("page1.png", _png(850, 1100)), ("page2.png", _png(850, 1100))],
        document_type="passport",
        language="uk",
    )
    create_case(
        ws,
        {"case_number": "LIM-000102", "site": "Lima"},
        [_person("principal_applicant", "Quispe", "Ana", "1990-01-01")],
    )
    create_case(
        ws,
        {"case_number": "KBL-000103", "site": "Islamabad", "stage": "on-hold"},
        [
            _person(
                "principal_applicant", "Ahmadi", "Farid", "1975", native_family_name="احمدی", native_given_names="فرید"
            )
        ],
    )
    return CASE


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[object]:
    """i18n.install for the test; English again afterwards so later tests read English."""
    yield i18n.install
    i18n.install("en")


def _window(qtbot, ws: Workspace, lang: str) -> MainWindow:
    assert i18n.install(lang) == lang
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(*SMALL_SCREEN)
    window.show()
    return window


def _settle(qtbot, window: MainWindow) -> None:
    window.tasks.wait()
    qtbot.wait(20)


def _case_views(window: MainWindow) -> Iterator[str]:
    """Open every tab of the case screen (and both media tabs) in turn, naming what is shown."""
    tabs = window.case.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.currentWidget() is window.case.media:
            for inner in range(window.case.media.tabs.count()):
                window.case.media.tabs.setCurrentIndex(inner)
                yield f"case tab {index}, media tab {inner}"
        else:
            yield f"case tab {index}"


def _all_views(qtbot, window: MainWindow, case: str) -> Iterator[str]:
    """Walk a user through every main view: unlock, case list, each page, the case and its tabs."""
    window.lock()
    yield "unlock"
    window.ws.unlock(PASSWORD)
    window.unlocked()
    _settle(qtbot, window)
    yield "case list"
    for row in range(1, window.nav.count()):
        window.nav.setCurrentRow(row)
        yield f"navigation page {row}"
    window.open_case(case)
    _settle(qtbot, window)
    for where in _case_views(window):
        _settle(qtbot, window)
        yield where


# ----- what a user sees ---------------------------------------------------------------------------
def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if re.search(r"<[A-Za-z/][^>]*>", text) else text


def _menu_texts(menu: QMenu, out: set[str]) -> None:
    for action in menu.actions():
        out.add(action.text())
        if action.menu() is not None:
            _menu_texts(action.menu(), out)


def visible_texts(window: QWidget) -> set[str]:
    """The user-facing texts of a window as it is now: labels, buttons, tabs, placeholders,
    menus, list items, table headers, tooltips, accessible names and the window title."""
    texts = {window.windowTitle()}
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.add(action.text())
            if action.menu() is not None:
                _menu_texts(action.menu(), texts)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts.update((widget.toolTip(), widget.accessibleName()))
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QCommandLinkButton):
            texts.update((widget.text(), widget.description()))
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts.update((widget.tabText(i), widget.tabToolTip(i)))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts.update((widget.tabText(i), widget.tabToolTip(i)))
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(_columns(model)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        texts.add(value)
    return {_plain(t).strip() for t in texts if t and t.strip()} | {t for t in texts if t and t.strip()}


def _columns(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    try:
        return model.columnCount(parent or QModelIndex())
    except TypeError:  # list models keep columnCount private in PySide6: one column
        return 1


def model_cells(window: MainWindow) -> set[str]:
    """The displayed cell texts of every visible table or tree (stage labels, relationships…)."""
    texts: set[str] = set()
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisibleTo(window) or view.model() is None:
            continue
        model = view.model()
        root = QModelIndex()
        pending = [model.index(r, c) for r in range(min(model.rowCount(root), 200)) for c in range(_columns(model))]
        while pending:
            index = pending.pop()
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value.strip():
                texts.add(value)
            if index.column() == 0:
                pending.extend(
                    model.index(r, c, index)
                    for r in range(model.rowCount(index))
                    for c in range(_columns(model, index))
                )
    return texts


# ----- tests: rendering ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_main_view_renders_in_each_language(qtbot, ws: Workspace, language, lang: str) -> None:
    case = _seed(ws)
    window = _window(qtbot, ws, lang)
    expected_cases = "Cases" if lang == "en" else translation(lang, "MainWindow", "Cases")[0]
    seen = []
    for where in _all_views(qtbot, window, case):
        shot = window.grab()
        assert not shot.isNull() and shot.width() >= SMALL_SCREEN[0] - 1, where
        seen.append(where)
    assert "unlock" in seen and "case list" in seen
    assert len([w for w in seen if w.startswith("navigation page")]) == window.nav.count() - 1
    assert len([w for w in seen if w.startswith("case tab")]) >= window.case.tabs.count()
    assert window.nav.item(0).text() == expected_cases  # the language really was loaded
    window.tasks.wait()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_fits_a_1366_by_768_screen_in_each_language(qtbot, ws: Workspace, language, lang: str) -> None:
    case = _seed(ws)
    window = _window(qtbot, ws, lang)
    window.unlocked()
    window.open_case(case)
    _settle(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1], (
        f"the {lang} window needs at least {hint.width()}×{hint.height()}: shorten the longest labels "
        "of the filter bar or the case header"
    )
    assert window.size().width() == SMALL_SCREEN[0]


# ----- tests: no English left ---------------------------------------------------------------------
# Stage labels come from app/ui/case/labels.py like every other label; none may stay English.
KNOWN_UNTRANSLATED_STAGES: frozenset[str] = frozenset()


def _leak_report(title: str, leaks: dict[str, str]) -> str:
    return title + "\n" + "\n".join(f"  {text!r}  — {where}" for text, where in sorted(leaks.items()))


def test_spanish_main_views_show_no_untranslated_english(qtbot, ws: Workspace, language) -> None:
    case = _seed(ws)
    english = english_leftovers("es")
    window = _window(qtbot, ws, "es")
    leaks: dict[str, str] = {}
    for where in _all_views(qtbot, window, case):
        for text in visible_texts(window) - KNOWN_UNTRANSLATED_STAGES:
            if english.matches(text):
                leaks.setdefault(text, where)
    assert not leaks, _leak_report("English left in the Spanish UI (wrap it in tr(), or translate the .ts):", leaks)


def test_spanish_table_cells_are_translated(qtbot, ws: Workspace, language) -> None:
    case = _seed(ws)
    english = english_leftovers("es")
    window = _window(qtbot, ws, "es")
    window.unlocked()
    _settle(qtbot, window)
    leaks = {text: "case list" for text in model_cells(window) - KNOWN_UNTRANSLATED_STAGES if english.matches(text)}
    window.open_case(case)
    for where in _case_views(window):
        _settle(qtbot, window)
        leaks.update({text: where for text in model_cells(window) if english.matches(text)})
    assert not leaks, _leak_report("English in the Spanish tables:", leaks)


def test_case_list_stage_labels_are_translated(qtbot, ws: Workspace, language) -> None:
    _seed(ws)
    window = _window(qtbot, ws, "es")
    window.unlocked()
    _settle(qtbot, window)
    english_stages = {
        "Pre-screening",
        "Interview scheduled",
        "Interviewed",
        "Adjudicated",
        "Approved",
        "Denied",
        "On hold",
        "Cultural orientation",
        "Ready for departure",
        "Departed",
        "Closed",
    }
    shown = (visible_texts(window) | model_cells(window)) & english_stages
    assert not shown, f"English stage labels in the Spanish case list: {sorted(shown)}"


def _first_run_leaks(qtbot, tmp_path: Path, page: str) -> dict[str, str]:
    english = english_leftovers("es")
    assert i18n.install("es") == "es"
    dialog = FirstRunDialog(tmp_path / "new-data", kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    leaks: dict[str, str] = {}
    for where, show in (("choice", dialog.show_choice), ("create", dialog.show_create), ("demo", dialog.show_demo)):
        if where != page and not (page == "all but demo" and where != "demo"):
            continue
        show()
        qtbot.wait(10)
        leaks.update({text: where for text in visible_texts(dialog) if english.matches(text)})
    return leaks


def test_spanish_first_run_dialog_shows_no_untranslated_english(qtbot, tmp_path: Path, language) -> None:
    leaks = _first_run_leaks(qtbot, tmp_path, "all but demo")
    assert not leaks, _leak_report("English left in the Spanish first-run dialog:", leaks)


def test_spanish_demo_page_shows_no_untranslated_english(qtbot, tmp_path: Path, language) -> None:
    leaks = _first_run_leaks(qtbot, tmp_path, "demo")
    assert not leaks, _leak_report("English left in the Spanish demo page:", leaks)


def test_spanish_window_title_and_menus_are_translated(qtbot, ws: Workspace, language) -> None:
    window = _window(qtbot, ws, "es")
    menu = window.menuBar().actions()[0]
    assert menu.text() == translation("es", "MainWindow", "&Workspace")[0]
    texts: set[str] = set()
    _menu_texts(menu.menu(), texts)
    for source in ("&Find case", "&Lock", "&Language", "&Quit"):
        assert translation("es", "MainWindow", source)[0] in texts
    # Each language names itself in the Language menu, in every UI language.
    assert set(i18n.LANGUAGES.values()) <= texts


# ----- tests: plural forms ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("persons", "expected"),
    [(1, "У складі сім'ї 1 особа"), (3, "У складі сім'ї 3 особи"), (5, "У складі сім'ї 5 осіб")],
)
def test_household_count_uses_the_ukrainian_plural_form(
    qtbot, ws: Workspace, language, persons: int, expected: str
) -> None:
    people = [_person("principal_applicant", "Shevchenko", "Ivan", "1970-01-01")]
    people += [_person("child", "Shevchenko", f"Child{i}", f"20{10 + i}-01-01") for i in range(persons - 1)]
    create_case(ws, {"case_number": "KIV-000200", "site": "Kyiv"}, people)
    window = _window(qtbot, ws, "uk")
    window.unlocked()
    window.open_case("KIV-000200")
    _settle(qtbot, window)
    assert window.case.household.title.text() == expected
    assert window.case.tabs.tabText(0) == f"Склад с&ім'ї ({persons})"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("uk", 1, "1 сторінка"),
        ("uk", 3, "3 сторінки"),
        ("uk", 5, "5 сторінок"),
        ("uk", 11, "11 сторінок"),
        ("uk", 21, "21 сторінка"),
        ("uk", 22, "22 сторінки"),
        ("ru", 1, "1 страница"),
        ("ru", 4, "4 страницы"),
        ("ru", 12, "12 страниц"),
        ("ru", 101, "101 страница"),
        ("es", 1, "1 página"),
        ("es", 2, "2 páginas"),
        ("es", 0, "0 páginas"),
    ],
)
def test_page_counts_follow_each_languages_plural_rules(language, lang: str, n: int, expected: str) -> None:
    language(lang)
    assert QCoreApplication.translate("DocumentsModel", "%n page(s)", "", n) == expected


@pytest.mark.parametrize(("total", "expected"), [(1, "1 з 1 справи"), (3, "3 з 3 справ"), (5, "5 з 5 справ")])
def test_case_list_count_uses_the_ukrainian_plural_form(
    qtbot, ws: Workspace, language, total: int, expected: str
) -> None:
    for i in range(total):
        create_case(
            ws,
            {"case_number": f"ODS-{i + 1:06d}", "site": "Odesa"},
            [_person("principal_applicant", "Bondar", f"Name{i}", "1990-01-01")],
        )
    window = _window(qtbot, ws, "uk")
    window.unlocked()
    _settle(qtbot, window)
    assert window.cases.count.text() == expected


# ----- tests: the translation files ---------------------------------------------------------------
@pytest.mark.parametrize("lang", TRANSLATED)
def test_translation_file_has_no_unfinished_messages(lang: str) -> None:
    messages = read_ts(ts_path(lang))
    unfinished = [m for m in messages if m.unfinished]
    assert messages, f"{ts_path(lang)} has no messages: run `make translations`"
    assert not unfinished, (
        f"{len(unfinished)} message(s) without a finished {lang} translation in {ts_path(lang).name}:\n"
        + describe(unfinished)
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translation_file_is_up_to_date_with_the_source(lang: str, tmp_path: Path) -> None:
    """A string added to the code but never extracted would pass the check above unnoticed:
    re-extract into a copy (as `make translations` does) and require nothing new or unfinished."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / ts_path(lang).name
    shutil.copy(ts_path(lang), copy)
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py")) + [str(ROOT / "app/services/history.py")]
    subprocess.run([tool, "-silent", "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True)
    unfinished = [m for m in read_ts(copy) if m.unfinished]
    assert not unfinished, (
        f"{len(unfinished)} string(s) in the code have no {lang} translation yet "
        f"(run `make translations`, then translate them in {ts_path(lang).name}):\n" + describe(unfinished)
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_plural_forms_and_mnemonics(lang: str) -> None:
    problems = []
    for m in read_ts(ts_path(lang)):
        if m.numerus and len(m.forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{m.source!r}: {len(m.forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
        wanted = sorted(_PLACEHOLDER.findall(m.source))
        for form in m.forms:
            # A plural form may spell the number out ("%n" is optional), everything else must stay.
            have = sorted(_PLACEHOLDER.findall(form))
            if m.numerus:
                wanted_here = [p for p in wanted if p not in ("%n", "%Ln")]
                have = [p for p in have if p not in ("%n", "%Ln")]
            else:
                wanted_here = wanted
            if have != wanted_here:
                problems.append(f"{m.source!r} -> {form!r}: placeholders {have} instead of {wanted_here}")
            if re.findall(r"<[^>]+>", m.source) != re.findall(r"<[^>]+>", form):
                problems.append(f"{m.source!r} -> {form!r}: HTML tags differ")
            if m.source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"{m.source!r} -> {form!r}: keyboard mnemonic lost or added")
            if m.source.endswith("…") != form.endswith("…"):
                problems.append(f"{m.source!r} -> {form!r}: trailing … differs")
    assert not problems, "\n".join(problems)
