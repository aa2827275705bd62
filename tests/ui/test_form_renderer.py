"""The form renderer driven like an interviewer would: page through the bundled pre-screening form
for a five-person household, type and click answers, break a constraint and fix it, switch the
form language, submit too early, add and remove repeat entries, and read an old submission."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.forms.engine import FormInstance, Prefill
from app.forms.model import FormDef
from app.forms.xlsform import load_form
from app.ui.forms.questions import (
    NoteWidget,
    ReadOnlyQuestion,
    SelectManyQuestion,
    SelectOneQuestion,
    TextQuestion,
)
from app.ui.forms.renderer import FormView
from tests.forms.builders import FIXED_NOW, write_xlsform

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"
SHOTS = Path("/tmp/form_pages")
LEFT = Qt.MouseButton.LeftButton

PERSONS = [
    {
        "id": "p1",
        "role": "principal_applicant",
        "family_name": "Haddad",
        "given_names": "Omar",
        "native_family_name": "حداد",
        "native_given_names": "عمر",
        "dob": "1980-01-02",
        "dob_precision": "exact",  # as the case record gives it
        "sex": "M",
        "marital_status": "married",
        "languages": ["ar", "en"],
        "relationship_to_pa": "self",
    },
    {
        "id": "p2",
        "role": "spouse",
        "family_name": "Tesfaye",
        "given_names": "Rahel",
        "native_family_name": "ተስፋዬ",
        "native_given_names": "ራሔል",
        "dob": "1984-03-04",
        "dob_precision": "exact",  # as the case record gives it
        "sex": "F",
        "languages": ["ti", "am"],
    },
    {
        "id": "p3",
        "role": "child",
        "family_name": "Haddad",
        "given_names": "Sami",
        "dob": "2012-05-06",
        "dob_precision": "exact",  # as the case record gives it
        "sex": "M",
        "languages": ["ar"],
    },
    {
        "id": "p4",
        "role": "child",
        "family_name": "Haddad",
        "given_names": "Rana",
        "dob": "2016-07-08",
        "dob_precision": "exact",  # as the case record gives it
        "sex": "F",
        "languages": ["ar"],
    },
    {
        "id": "p5",
        "role": "other_dependent",
        "family_name": "Kovalenko",
        "given_names": "Olena",
        "native_family_name": "Коваленко",
        "native_given_names": "Олена",
        "dob": "1950-09-10",
        "dob_precision": "exact",  # as the case record gives it
        "sex": "F",
        "languages": ["uk", "ru"],
    },
]
CASE = {"case_number": "LIM-000123", "unhcr_id": "123-45C67890", "priority": "P-2", "site": "Lima"}
HOUSEHOLD = "/data/household_section/household"


@pytest.fixture(scope="module")
def pre_screening() -> FormDef:
    return load_form(FORMS / "pre_screening.xlsx")


def _instance(form: FormDef, persons: list[dict] | None = None) -> FormInstance:
    return FormInstance(form, prefill=Prefill(case=dict(CASE), persons=persons or PERSONS), now=lambda: FIXED_NOW)


def _view(qtbot, inst: FormInstance, **kwargs) -> FormView:  # noqa: ANN001 - pytest-qt fixture
    view = FormView(inst, **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # keyboard focus, focus-out and shortcuts need an active window
    return view


def _q(view: FormView, ref: str):  # noqa: ANN202 - the question widget of `ref`
    widget = view.question_widget(ref)
    assert widget is not None, ref
    return widget


def _type(qtbot, editor: QLineEdit, text: str, *, finish: str = "return") -> None:  # noqa: ANN001
    """Type like a person: select what is there, type over it, then press Return or leave the box."""
    editor.setFocus()
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if finish == "return":
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    else:
        editor.clearFocus()  # focus-out, as when clicking elsewhere


def _radio(question: SelectOneQuestion, label: str) -> QRadioButton:
    return next(b for b in question.radios if b.text() == label)


def _click(qtbot, button: QWidget) -> None:  # noqa: ANN001
    """Click where a person would: on the box or circle of a choice, in the middle of a button."""
    assert button.isVisible(), button.text()
    pos = button.rect().center()
    if isinstance(button, (QRadioButton, QCheckBox)):
        pos.setX(min(pos.x(), 8))
    qtbot.mouseClick(button, LEFT, pos=pos)


def _value(inst: FormInstance, ref: str) -> str:
    return inst.node_at(ref).value


def _page(view: FormView, title: str) -> int:
    return next(i for i in range(view.page_count()) if view.page_title(i) == title)


def _consent(qtbot, view: FormView, *, then: str | None = None) -> None:  # noqa: ANN001
    view.go_to_page(_page(view, "Consent"))
    _click(qtbot, _radio(_q(view, "/data/consent_section/consent"), "Yes"))
    if then is not None:
        view.go_to_page(_page(view, then))


# ----- rendering ----------------------------------------------------------------------------------
def test_pages_follow_the_top_level_groups_and_gather_loose_questions(qtbot, pre_screening) -> None:  # noqa: ANN001
    view = _view(qtbot, _instance(pre_screening))
    titles = [view.page_title(i) for i in range(view.page_count())]
    assert titles == ["Interview details", "Consent", "Household members", "Protection screening", "More questions"]
    assert view.current_page() == 0
    assert view.indicator.text() == "Page 1 of 5: Interview details"
    # Prefilled read-only answers are shown as text, with choice labels rather than codes.
    assert isinstance(_q(view, "/data/interview/case_number"), ReadOnlyQuestion)
    assert _q(view, "/data/interview/case_number").value.text() == "LIM-000123"
    assert _q(view, "/data/interview/priority").value.text() == "P-2: group of special humanitarian concern"
    assert _q(view, "/data/interview/expedited").value.text() == "Not recorded"
    # A note is text, not a box to type in.
    note = _q(view, "/data/consent_section/consent_script")
    assert isinstance(note, NoteWidget) and note.text().startswith("Explain to the family")
    # The kinds of questions get their own widgets.
    assert isinstance(_q(view, "/data/interview/interview_start"), TextQuestion)
    assert _q(view, "/data/interview/interview_start").edit.placeholderText() == "YYYY-MM-DD HH:MM"
    assert _q(view, "/data/interview/interview_language").mode == "combo"  # 13 languages
    assert _q(view, "/data/interview/interpreter_used").mode == "radio"
    assert _q(view, "/data/interviewer_notes").text_edit is not None  # multiline appearance
    assert "*" in _q(view, "/data/interview/interview_start").label.text()  # required marker
    assert _q(view, "/data/interview/interview_start").label.accessibleDescription() == "Required question"


def test_household_page_has_one_framed_entry_per_person_with_their_answers(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    household = _page(view, "Household members")
    assert not view._pages[household].relevant  # noqa: SLF001 - no consent yet: the page is skipped
    _consent(qtbot, view)
    view.next_page()
    assert view.current_page() == household
    page = view.stack.currentWidget()
    titles = [label.text() for label in page.findChildren(QLabel) if label.text().startswith("Household member ")]
    assert titles == [
        "Household member 1 — Haddad",
        "Household member 2 — Tesfaye",
        "Household member 3 — Haddad",
        "Household member 4 — Haddad",
        "Household member 5 — Kovalenko",
    ]
    assert _q(view, f"{HOUSEHOLD}[2]/given_names").edit.text() == "Rahel"
    assert _q(view, f"{HOUSEHOLD}[2]/native_family_name").edit.text() == "ተስፋዬ"
    assert _q(view, f"{HOUSEHOLD}[5]/native_given_names").edit.text() == "Олена"
    assert _q(view, f"{HOUSEHOLD}[1]/role").value.text() == "Principal applicant"
    header = _q(view, f"{HOUSEHOLD}[3]/member_header")
    assert header.text() == "Member 3 (Child): Sami Haddad, age 14"
    languages = _q(view, f"{HOUSEHOLD}[5]/languages")
    assert isinstance(languages, SelectManyQuestion)
    assert {b.text() for b in languages.boxes if b.isChecked()} == {"Ukrainian", "Russian"}
    # The persons come from the case: no Add, no Remove.
    buttons = [b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert not any(text.startswith(("Add", "Remove")) for text in buttons)
    assert page.findChildren(QLabel, "") and any(
        "change the household on the case screen" in label.text() for label in page.findChildren(QLabel)
    )


# ----- a large household, one member at a time -----------------------------------------------------
# Nine synthetic persons: (family name, given names, role, relationship to the principal applicant,
# date of birth, sex).
NINE = [
    ("Haddad", "Omar", "principal_applicant", "self", "1980-01-02", "M"),
    ("Tesfaye", "Rahel", "spouse", "spouse", "1984-03-04", "F"),
    ("Haddad", "Sami", "child", "son", "2012-05-06", "M"),
    ("Haddad", "Rana", "child", "daughter", "2016-07-08", "F"),
    ("Haddad", "Yusuf", "child", "son", "2018-02-11", "M"),
    ("Haddad", "Lina", "child", "daughter", "2020-09-30", "F"),
    ("Kovalenko", "Olena", "other_dependent", "", "1950-09-10", "F"),
    ("Haddad", "Karim", "child", "son", "2022-12-01", "M"),
    ("Tesfaye", "Meron", "other_dependent", "", "1962-04-15", "F"),
]


def _nine() -> list[dict]:
    return [
        {
            "id": f"p{i + 1}",
            "role": role,
            "family_name": family,
            "given_names": given,
            "dob": dob,
            "dob_precision": "exact",
            "sex": sex,
            "marital_status": "married" if role in ("principal_applicant", "spouse") else "single",
            "languages": ["uk"] if family == "Kovalenko" else ["ar"],
            **({"relationship_to_pa": relationship} if relationship else {}),
        }
        for i, (family, given, role, relationship, dob, sex) in enumerate(NINE)
    ]


def _index(view: FormView) -> list[str]:
    return [view.entry_list.item(i).text() for i in range(view.entry_list.count())]


def _marks(view: FormView) -> list[str]:
    return [view.entry_list.item(i).toolTip() for i in range(view.entry_list.count())]


def _shown_members(view: FormView) -> list[str]:
    """The titles of the member cards a person sees on the current page."""
    page = view.stack.currentWidget()
    return [
        label.text()
        for label in page.findChildren(QLabel)
        if label.text().startswith("Household member ") and label.isVisibleTo(page)
    ]


def _shown_text(view: FormView, start: str) -> bool:
    """Whether a question or note beginning with `start` is in view on the current page."""
    page = view.stack.currentWidget()
    labels = [w for w in page.findChildren(QLabel) if w.text().startswith(start) and w.isVisibleTo(page)]
    return bool(labels)


def _focused_in(view: FormView, ref: str) -> bool:
    return view.question_widget(ref).isAncestorOf(QApplication.focusWidget())


def test_a_household_of_nine_is_one_member_at_a_time_and_next_walks_them_then_leaves(qtbot, pre_screening) -> None:  # noqa: ANN001
    view = _view(qtbot, _instance(pre_screening, _nine()))
    _consent(qtbot, view)
    _click(qtbot, view.next_button)
    assert view.page_title(view.current_page()) == "Household members"
    assert view.indicator.text() == "Page 3 of 5: Household members — member 1 of 9"
    assert view.entry_panel.isVisible() and view.entry_label.text() == "&Members"
    assert view.entry_list.accessibleName() == "Members"  # what a screen reader says on reaching it
    index = _index(view)
    assert len(index) == 9
    assert index[:2] == [
        "Member 1 (Principal applicant): Omar Haddad, age 46",
        "Member 2 (Spouse): Rahel Tesfaye, age 42",
    ]
    assert [text.split(" (")[0] for text in index] == [f"Member {k}" for k in range(1, 10)]
    assert _marks(view) == ["Not finished"] * 9  # no document checked yet; nothing red before a submit
    assert _shown_members(view) == ["Household member 1 — Haddad"]
    assert _shown_text(view, "Check each person against their identity documents")  # the page's intro
    assert not _shown_text(view, "The case lists 9 people")  # the closing question waits for the last
    assert _focused_in(view, f"{HOUSEHOLD}[1]/family_name")
    # Next, Page Down and Alt+Right step through the members before leaving the page.
    ways = [
        lambda: _click(qtbot, view.next_button),
        lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown),
        lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
    ]
    for k in range(2, 10):
        ways[k % 3]()
        assert view.indicator.text() == f"Page 3 of 5: Household members — member {k} of 9"
        assert _shown_members(view) == [f"Household member {k} — {NINE[k - 1][0]}"]
        assert view.entry_list.currentRow() == k - 1
        assert not _shown_text(view, "Check each person against their identity documents")
        assert _focused_in(view, f"{HOUSEHOLD}[{k}]/family_name")  # ready to check the next person
    assert _shown_text(view, "The case lists 9 people")
    _click(qtbot, view.next_button)
    assert view.page_title(view.current_page()) == "Protection screening"
    assert view.indicator.text() == "Page 4 of 5: Protection screening"
    assert not view.entry_panel.isVisible()
    # Stepping back retraces: the last member, then the one before.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.indicator.text() == "Page 3 of 5: Household members — member 9 of 9"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert _shown_members(view) == ["Household member 8 — Haddad"]
    # The index: a click, the arrow keys, Return to start answering; Alt+M reaches it.
    row = view.entry_list.visualItemRect(view.entry_list.item(3))
    qtbot.mouseClick(view.entry_list.viewport(), LEFT, pos=row.center())
    assert view.indicator.text() == "Page 3 of 5: Household members — member 4 of 9"
    assert _shown_members(view) == ["Household member 4 — Haddad"]
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Down)
    assert _shown_members(view) == ["Household member 5 — Haddad"]
    assert view.entry_list.hasFocus()  # browsing the index keeps the keyboard there
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Return)
    assert _focused_in(view, f"{HOUSEHOLD}[5]/family_name")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert view.entry_list.hasFocus()
    # An answer shows in the index at once; the index follows the form language.
    _type(qtbot, _q(view, f"{HOUSEHOLD}[5]/given_names").edit, "Yusef")
    assert _index(view)[4] == "Member 5 (Child): Yusef Haddad, age 8"
    view.set_language("uk")
    assert _index(view)[4] == "Особа 5 (Дитина): Yusef Haddad, вік: 8"
    assert view.indicator.text() == "Page 3 of 5: Члени домогосподарства — member 5 of 9"


def test_show_problems_turns_to_the_member_holding_the_first_problem(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening, _nine())
    for ref, value in [
        ("/data/interview/interview_start", "2026-11-25T09:15:00"),
        ("/data/interview/interview_language", "ar"),
        ("/data/interview/interpreter_used", "no"),
        ("/data/consent_section/consent", "yes"),
    ]:
        inst.set_value(ref, value)
    for k, (*_, relationship, _dob, _sex) in enumerate(NINE, start=1):
        if not relationship:
            inst.set_value(f"{HOUSEHOLD}[{k}]/relationship_to_pa", "other")
        inst.set_value(f"{HOUSEHOLD}[{k}]/documents_seen", "passport")
        if k != 6:  # Lina's documents are not compared yet
            inst.set_value(f"{HOUSEHOLD}[{k}]/matches_documents", "yes")
    view = _view(qtbot, inst)
    view.go_to_page(_page(view, "Household members"))
    assert _marks(view) == ["Complete"] * 5 + ["Not finished"] + ["Complete"] * 3
    view.go_to_page(0)
    assert view.show_problems() > 0
    assert view.problems()[0] == f"{HOUSEHOLD}[6]/matches_documents"
    assert view.indicator.text() == "Page 3 of 5: Household members — member 6 of 9"
    assert _shown_members(view) == ["Household member 6 — Haddad"]
    assert view.entry_list.currentRow() == 5
    assert _marks(view)[5] == "Needs attention" and _marks(view)[4] == "Complete"
    matches = _q(view, f"{HOUSEHOLD}[6]/matches_documents")
    assert matches.isVisible() and matches.problem() and matches.isAncestorOf(QApplication.focusWidget())
    _click(qtbot, _radio(matches, "Yes"))
    assert _marks(view) == ["Complete"] * 9
    # The next problem is the question after the roster: it is shown with the last member.
    view.show_problems()
    assert view.problems()[0] == "/data/household_section/household_complete"
    assert view.indicator.text() == "Page 3 of 5: Household members — member 9 of 9"
    closing = _q(view, "/data/household_section/household_complete")
    assert closing.isVisible() and closing.isAncestorOf(QApplication.focusWidget())


def test_a_read_only_household_of_nine_is_read_one_member_at_a_time(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening, _nine())
    inst.set_value("/data/consent_section/consent", "yes")
    view = _view(qtbot, inst, read_only=True)
    view.go_to_page(_page(view, "Household members"))
    assert view.indicator.text() == "Page 3 of 5: Household members — member 1 of 9"
    assert len(_index(view)) == 9
    qtbot.keyClick(view.next_button, Qt.Key.Key_PageDown)
    assert _shown_members(view) == ["Household member 2 — Tesfaye"]
    page = view.stack.currentWidget()
    assert [w for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)] == []
    assert _q(view, f"{HOUSEHOLD}[7]/given_names").value.text() == "Olena"
    assert view.indicator.text() == "Page 3 of 5: Household members — member 7 of 9"


@pytest.fixture
def people_form(tmp_path: Path) -> FormDef:
    """A repeat the person manages whose entries are long: one at a time, as the household."""
    rows = [["type", "name", "label"], ["text", "place", "Place of the visit"], ["begin_repeat", "person", "Person"]]
    rows += [["text", name, name.replace("_", " ").capitalize()] for name in ("name", "town", "street", "phone")]
    rows += [["text", name, name.replace("_", " ").capitalize()] for name in ("work", "school", "health")]
    rows += [["end_repeat", "", ""]]
    return load_form(write_xlsform(tmp_path / "people.xlsx", rows, settings={"form_title": "Visit"}))


def test_a_managed_repeat_of_long_entries_pages_them_and_still_adds_and_removes(qtbot, people_form) -> None:  # noqa: ANN001
    inst = FormInstance(people_form, now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    view.go_to_page(_page(view, "Person"))
    page = view.stack.currentWidget()

    def buttons(prefix: str) -> list[QPushButton]:
        return [b for b in page.findChildren(QPushButton) if b.text().startswith(prefix) and b.isVisibleTo(page)]

    assert not view.entry_panel.isVisible()  # one entry: nothing to step through
    _click(qtbot, buttons("Add Person")[0])
    _click(qtbot, buttons("Add Person")[0])
    assert view.entry_panel.isVisible() and view.entry_label.text() == "&Entries"
    assert view.indicator.text() == "Page 2 of 2: Person — entry 3 of 3"
    assert _focused_in(view, "/data/person[3]/name")  # the new entry, ready to type
    _type(qtbot, _q(view, "/data/person[3]/name").edit, "Ana")
    assert _index(view) == ["Person 1", "Person 2", "Person 3 — Ana"]
    # Remove the middle one (empty: no question asked): its neighbour takes its place.
    view.entry_list.setFocus()
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Up)
    assert view.indicator.text() == "Page 2 of 2: Person — entry 2 of 3"
    assert len(buttons("Remove")) == 1
    _click(qtbot, buttons("Remove")[0])
    assert [c.name for c in inst.node_at("/data").children if c.repeat] == ["person", "person"]
    assert _index(view) == ["Person 1", "Person 2 — Ana"]
    assert view.indicator.text() == "Page 2 of 2: Person — entry 2 of 2"
    assert _q(view, "/data/person[2]/name").edit.text() == "Ana"
    # Down to one entry: the page is whole again.
    qtbot.keyClick(view.entry_list, Qt.Key.Key_Up)
    _click(qtbot, buttons("Remove")[0])
    assert not view.entry_panel.isVisible()
    assert view.indicator.text() == "Page 2 of 2: Person"
    assert _value(inst, "/data/person[1]/name") == "Ana" and _q(view, "/data/person[1]/name").isVisible()


# ----- answering ----------------------------------------------------------------------------------
def test_typed_answers_reach_the_form_when_the_box_is_left_not_per_keystroke(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    changes: list[None] = []
    view.changed.connect(lambda: changes.append(None))
    name = _q(view, "/data/interview/interpreter_name").edit
    name.setFocus()
    qtbot.keyClicks(name, "Yonas Berhe")
    assert _value(inst, "/data/interview/interpreter_name") == ""  # still typing
    assert changes == []
    name.clearFocus()
    assert _value(inst, "/data/interview/interpreter_name") == "Yonas Berhe"
    assert len(changes) == 1
    _type(qtbot, _q(view, "/data/interview/interview_start").edit, "2026-11-25 09:15")
    # Stored as ODK Collect stores it: milliseconds and the zone's offset (Z in UTC); the form's
    # clock (FIXED_NOW) sets the zone here, the laptop's in the app.
    typed = dt.datetime(2026, 11, 25, 9, 15, tzinfo=FIXED_NOW.tzinfo)
    stored = typed.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    assert _value(inst, "/data/interview/interview_start") == stored
    if typed.utcoffset() == typed.astimezone().utcoffset():  # the box shows the laptop's wall clock
        assert _q(view, "/data/interview/interview_start").edit.text() == "2026-11-25 09:15"
    # Radio buttons and drop-down lists answer on each choice.
    _click(qtbot, _radio(_q(view, "/data/interview/interpreter_used"), "No"))
    assert _value(inst, "/data/interview/interpreter_used") == "no"
    combo = _q(view, "/data/interview/interview_language").combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Arabic")
    assert combo.currentText() == "Arabic"
    assert _value(inst, "/data/interview/interview_language") == "ar"
    # Checkboxes: each click is an answer; the engine keeps the list's order.
    _consent(qtbot, view, then="Protection screening")
    needs = _q(view, "/data/protection/specific_needs")
    _click(qtbot, next(b for b in needs.boxes if b.text() == "Disability"))
    _click(qtbot, next(b for b in needs.boxes if b.text() == "Single parent or caregiver"))
    assert _value(inst, "/data/protection/specific_needs") == "single_caregiver disability"
    # A date picked from the calendar.
    view.go_to_page(_page(view, "Household members"))
    dob = _q(view, f"{HOUSEHOLD}[3]/dob")
    dob.open_calendar()
    dob._calendar.activated.emit(QDate(2012, 6, 5))  # noqa: SLF001 - Enter on a day of the popup
    assert _value(inst, f"{HOUSEHOLD}[3]/dob") == "2012-06-05"
    assert dob.edit.text() == "2012-06-05"
    assert len(changes) == 8


def test_a_broken_constraint_shows_the_forms_own_message_until_fixed(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    _consent(qtbot, view, then="Household members")
    given = _q(view, f"{HOUSEHOLD}[2]/given_names")
    _type(qtbot, given.edit, "Rahel2")
    assert inst.node_at(f"{HOUSEHOLD}[2]/given_names").violation == "constraint"
    assert given.problem() == "Names cannot contain digits."
    assert f"{HOUSEHOLD}[2]/given_names" in view.problems()
    _type(qtbot, given.edit, "Rahel", finish="focus-out")
    assert given.problem() == ""
    assert given.message.isHidden()
    assert f"{HOUSEHOLD}[2]/given_names" not in view.problems()
    assert _value(inst, f"{HOUSEHOLD}[2]/given_names") == "Rahel"
    # A date in the future breaks the date-of-birth constraint.
    dob = _q(view, f"{HOUSEHOLD}[4]/dob")
    _type(qtbot, dob.edit, "2030-01-01")
    assert dob.problem() == "The date of birth cannot be in the future or before 1900."


def test_a_malformed_answer_is_refused_inline_and_the_typed_text_kept(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    _consent(qtbot, view, then="Household members")
    dob = _q(view, f"{HOUSEHOLD}[1]/dob")
    _type(qtbot, dob.edit, "1980-02-31")  # no such day
    assert dob.problem() == "Enter a real date as year-month-day, for example 2024-03-31."
    assert dob.edit.text() == "1980-02-31"
    assert _value(inst, f"{HOUSEHOLD}[1]/dob") == "1980-01-02"  # the engine kept the last good answer
    assert f"{HOUSEHOLD}[1]/dob" in view.problems()
    # Another answer elsewhere refreshes the form; the refused text stays for the person to fix.
    _type(qtbot, _q(view, f"{HOUSEHOLD}[1]/place_of_birth").edit, "Aleppo, Syria")
    assert dob.edit.text() == "1980-02-31" and dob.problem()
    _type(qtbot, dob.edit, "1980-02-03")
    assert dob.problem() == "" and _value(inst, f"{HOUSEHOLD}[1]/dob") == "1980-02-03"
    # Whole numbers: a minus sign alone is refused, a number out of range breaks the constraint.
    _click(qtbot, _radio(_q(view, "/data/household_section/household_complete"), "No"))
    missing = _q(view, "/data/household_section/missing_members")
    assert not missing.isHidden()
    _type(qtbot, missing.edit, "-")
    assert missing.problem() == "Enter a whole number, for example 12."
    _type(qtbot, missing.edit, "20")
    assert missing.problem() == "Enter a number from 1 to 15."
    _type(qtbot, missing.edit, "2")
    assert missing.problem() == "" and _value(inst, "/data/household_section/missing_members") == "2"


def test_relevance_hides_and_shows_questions_and_skips_empty_pages(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    name = _q(view, "/data/interview/interpreter_name")
    assert name.isHidden()  # no interview prefill says whether an interpreter is there: not asked yet
    used = _q(view, "/data/interview/interpreter_used")
    _click(qtbot, _radio(used, "Yes"))
    assert not name.isHidden()
    _click(qtbot, _radio(used, "No"))
    assert name.isHidden()
    _click(qtbot, _radio(used, "Yes"))
    assert not name.isHidden()
    # No consent: the stop note shows, and paging skips the household and protection pages.
    view.go_to_page(_page(view, "Consent"))
    stop = _q(view, "/data/consent_section/no_consent_note")
    assert stop.isHidden()
    _click(qtbot, _radio(_q(view, "/data/consent_section/consent"), "No"))
    assert not stop.isHidden()
    view.next_page()
    assert view.page_title(view.current_page()) == "More questions"
    assert _q(view, "/data/contact_phone").isHidden()
    view.previous_page()
    assert view.page_title(view.current_page()) == "Consent"
    # Keyboard paging: Page Down and Alt+Left.
    _click(qtbot, _radio(_q(view, "/data/consent_section/consent"), "Yes"))
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_PageDown)
    assert view.page_title(view.current_page()) == "Household members"
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.page_title(view.current_page()) == "Consent"


def test_switching_the_form_language_changes_the_questions_not_the_program(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    _consent(qtbot, view)
    switched: list[str] = []
    view.language_changed.connect(switched.append)
    consent = _q(view, "/data/consent_section/consent")
    assert consent.label.text().startswith("Did the principal applicant give informed consent")
    index = view.language.findText("Español (es)")
    view.language.setCurrentIndex(index)
    view.language.activated.emit(index)
    assert switched == ["Español (es)"]
    assert inst.lang == "Español (es)"
    assert consent.label.text().startswith("¿La persona solicitante principal dio su consentimiento")
    assert [b.text() for b in consent.radios] == ["Sí", "No"]
    assert view.indicator.text() == "Page 2 of 5: Consentimiento"  # the form's words, the program's frame
    assert view.next_button.text() == "&Next" and view.previous_button.text() == "&Previous"
    header = _q(view, f"{HOUSEHOLD}[1]/member_header")
    assert header.text() == "Miembro 1 (Solicitante principal): Omar Haddad, edad: 46"
    view.set_language("en")  # the code alone also names a language
    assert inst.lang == "English (en)" and switched[-1] == "English (en)"
    assert view.language.currentText() == "English (en)"


def test_show_problems_marks_every_page_and_goes_to_the_first_problem(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    start = _q(view, "/data/interview/interview_start")
    assert start.problem() == ""  # required but untouched: no red before the person tries to submit
    _type(qtbot, start.edit, "2026-11-25 09:15")
    combo = _q(view, "/data/interview/interview_language").combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Spanish")
    _click(qtbot, _radio(_q(view, "/data/interview/interpreter_used"), "Yes"))
    _type(qtbot, _q(view, "/data/interview/interpreter_name").edit, "Yonas Berhe")
    view.go_to_page(view.page_count() - 1)
    inst.finish()
    count = view.show_problems()
    assert count == len(view.problems()) == 2
    assert view.problems() == ["/data/consent_section/consent", "/data/interview_end"]
    assert view.current_page() == _page(view, "Consent")
    consent = _q(view, "/data/consent_section/consent")
    assert consent.problem() == "Record whether consent was given."
    assert consent.isAncestorOf(QApplication.focusWidget())
    # The page not visited yet is marked too.
    assert _q(view, "/data/interview_end").problem() == "Record when the interview ended."
    _type(qtbot, _q(view, "/data/interview_end").edit, "10:45")
    assert _q(view, "/data/interview_end").problem() == ""
    _click(qtbot, _radio(consent, "Yes"))
    # Consent opens the household: its required answers are problems now, marked at once.
    assert view.show_problems() == len(view.problems()) > 0
    first = view.problems()[0]
    assert first == f"{HOUSEHOLD}[1]/preferred_language"  # Omar speaks two languages: which one?
    assert view.page_title(view.current_page()) == "Household members"
    assert _q(view, first).problem() == "Select the preferred language."
    assert [label for _, label in inst.choices(inst.node_at(first))] == ["Arabic", "English"]  # the filter


def test_tab_follows_the_document(qtbot, pre_screening) -> None:  # noqa: ANN001
    view = _view(qtbot, _instance(pre_screening))
    start = _q(view, "/data/interview/interview_start")
    start.edit.setFocus()
    qtbot.waitUntil(lambda: start.edit.hasFocus())
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [start.buttons[0], start.buttons[1], _q(view, "/data/interview/interview_language").combo]
    assert isinstance(order[3], QRadioButton) and order[3].text() == "Yes"


# ----- repeats ------------------------------------------------------------------------------------
@pytest.fixture
def children_form(tmp_path: Path) -> FormDef:
    """A repeat the person manages: Add and Remove."""
    return load_form(
        write_xlsform(
            tmp_path / "children.xlsx",
            [
                ["type", "name", "label", "constraint", "constraint_message"],
                ["text", "family", "Family name", "", ""],
                ["begin_repeat", "child", "Child", "", ""],
                ["text", "child_name", "Name of the child", "", ""],
                ["integer", "child_age", "Age", ". < 18", "A child is under 18."],
                ["end_repeat", "", "", "", ""],
                ["select_one yes_no", "in_school", "Do the children go to school?", "", ""],
            ],
            [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]],
            settings={"form_title": "Children"},
        )
    )


def test_entries_of_a_user_managed_repeat_are_added_and_removed(qtbot, children_form, monkeypatch) -> None:  # noqa: ANN001
    inst = FormInstance(children_form, now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    changes: list[None] = []
    view.changed.connect(lambda: changes.append(None))
    view.go_to_page(_page(view, "Child"))
    page = view.stack.currentWidget()

    def buttons(prefix: str) -> list[QPushButton]:
        return [b for b in page.findChildren(QPushButton) if b.text().startswith(prefix) and b.isVisibleTo(page)]

    assert [len(buttons("Add Child")), len(buttons("Remove"))] == [1, 1]  # pyxform starts with one entry
    _click(qtbot, buttons("Add Child")[0])
    assert [c.name for c in inst.node_at("/data").children if c.repeat] == ["child", "child"]
    assert _q(view, "/data/child[2]/child_name").isAncestorOf(QApplication.focusWidget())  # ready to type
    _type(qtbot, _q(view, "/data/child[2]/child_name").edit, "Sami")
    _type(qtbot, _q(view, "/data/child[2]/child_age").edit, "19")
    assert _q(view, "/data/child[2]/child_age").problem() == "A child is under 18."
    _type(qtbot, _q(view, "/data/child[2]/child_age").edit, "9")
    titles = [label.text() for label in page.findChildren(QLabel) if label.text().startswith("Child ")]
    assert titles == ["Child 1", "Child 2 — Sami"]
    # The empty first entry goes without asking.
    _click(qtbot, buttons("Remove")[0])
    assert [_value(inst, "/data/child[1]/child_name"), _value(inst, "/data/child[1]/child_age")] == ["Sami", "9"]
    assert len(buttons("Remove")) == 1
    assert _q(view, "/data/child[1]/child_name").edit.text() == "Sami"
    # One with answers asks first; No keeps it.
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # noqa: ANN202
        def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    _click(qtbot, buttons("Remove")[0])
    assert asked == ["Remove “Child 1 — Sami” and all its answers?"]
    assert _value(inst, "/data/child[1]/child_name") == "Sami"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _click(qtbot, buttons("Remove")[0])
    assert [c.name for c in inst.node_at("/data").children if c.repeat] == []
    empty = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "No entries yet. Use “Add Child” to add one." in empty
    assert len(changes) == 6  # add, name, two ages, remove, remove


def test_a_repeat_count_answer_builds_and_drops_entries_without_add_or_remove(qtbot) -> None:  # noqa: ANN001
    form = load_form(FORMS / "resettlement_preferences.xlsx")
    inst = FormInstance(form, prefill=Prefill(case=dict(CASE), persons=PERSONS[:2]), now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    relatives = _page(view, "Relative in the United States")
    view.go_to_page(1)
    _click(qtbot, _radio(_q(view, "/data/has_us_relatives"), "Yes"))
    _type(qtbot, _q(view, "/data/n_relatives").edit, "3")
    assert view.page_of("/data/relatives[3]/relative_name") == relatives
    view.next_page()
    assert view.current_page() == relatives
    page = view.stack.currentWidget()
    assert [b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)] == []
    _type(qtbot, _q(view, "/data/relatives[1]/relative_name").edit, "Ahmad Haddad")
    view.go_to_page(1)
    _type(qtbot, _q(view, "/data/n_relatives").edit, "1")
    assert view.question_widget("/data/relatives[2]/relative_name") is None
    assert _q(view, "/data/relatives[1]/relative_name").edit.text() == "Ahmad Haddad"


def test_return_in_an_answer_box_answers_and_does_not_press_the_dialogs_button(
    qtbot,  # noqa: ANN001
    children_form: FormDef,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No
    )
    inst = FormInstance(children_form, now=lambda: FIXED_NOW)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    view = FormView(inst, parent=dialog)
    close = QPushButton("Save draft and close")  # auto-default, as in the form window
    close.clicked.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(view)
    box.addWidget(close)
    dialog.resize(1280, 700)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    family = _q(view, "/data/family").edit
    _type(qtbot, family, "Haddad")
    assert _value(inst, "/data/family") == "Haddad"
    assert dialog.isVisible() and dialog.result() == 0
    view.next_page()
    assert view.page_title(view.current_page()) == "Child"
    _type(qtbot, _q(view, "/data/child[1]/child_name").edit, "Sami")
    assert dialog.isVisible()
    assert asked == []  # no button was pressed behind the person's back
    assert [c.name for c in inst.node_at("/data").children if c.repeat] == ["child"]


def test_an_optional_choice_can_be_cleared(qtbot, children_form) -> None:  # noqa: ANN001
    inst = FormInstance(children_form, now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    view.go_to_page(view.page_count() - 1)
    school = _q(view, "/data/in_school")
    assert school.clear_button.isHidden()  # nothing to clear
    _click(qtbot, _radio(school, "No"))
    assert _value(inst, "/data/in_school") == "no"
    assert not school.clear_button.isHidden()
    _click(qtbot, school.clear_button)
    assert _value(inst, "/data/in_school") == ""
    assert not any(b.isChecked() for b in school.radios)
    assert school.clear_button.isHidden()


# ----- long choices --------------------------------------------------------------------------------
_LONG = (
    "Yes, every member of the household listed above travelled together from the place of first asylum "
    "and has lived at the same address since arrival"
)


@pytest.fixture
def long_choices_form(tmp_path: Path) -> FormDef:
    return load_form(
        write_xlsform(
            tmp_path / "long.xlsx",
            [
                ["type", "name", "label"],
                ["select_one together", "together", "Did the household travel together?"],
                ["select_multiple needs", "needs", "Specific needs"],
            ],
            [
                ["list_name", "name", "label"],
                ["together", "yes", _LONG],
                ["together", "no", "No"],
                ["needs", "disability", "Disability"],
                ["needs", "together", _LONG],
            ],
            settings={"form_title": "Long choices"},
        )
    )


def test_a_long_choice_wraps_inside_the_page_and_its_text_is_clickable(qtbot, long_choices_form) -> None:  # noqa: ANN001
    inst = FormInstance(long_choices_form, now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    view.resize(700, 600)
    qtbot.wait(10)
    together, needs = _q(view, "/data/together"), _q(view, "/data/needs")
    radio, box = _radio(together, _LONG), next(b for b in needs.boxes if b.text() == _LONG)
    page = view.stack.currentWidget()
    for choice in (radio, box):
        label = choice.label
        right = label.mapTo(page, label.rect().topRight()).x()
        assert right <= page.width(), "the text runs past the page"
        assert label.height() >= 2 * label.fontMetrics().height(), "a long text takes two lines or more"
        assert choice.accessibleName() == _LONG
    qtbot.mouseClick(radio.label, LEFT, pos=radio.label.rect().center())  # on the words, not the circle
    assert _value(inst, "/data/together") == "yes" and radio.isChecked()
    qtbot.mouseClick(box.label, LEFT, pos=box.label.rect().center())
    assert _value(inst, "/data/needs") == "together"
    together.set_read_only(True)
    no = _radio(together, "No")
    assert not no.label.isEnabled()
    qtbot.mouseClick(no.label, LEFT, pos=no.label.rect().center())
    assert _value(inst, "/data/together") == "yes"  # a read-only choice's text does nothing


# ----- read-only ----------------------------------------------------------------------------------
def test_a_read_only_view_shows_answers_as_text_and_still_pages(qtbot, pre_screening) -> None:  # noqa: ANN001
    inst = _instance(pre_screening)
    inst.set_value("/data/consent_section/consent", "yes")
    inst.set_value("/data/interview/interpreter_used", "yes")
    inst.set_value("/data/interview/interpreter_name", "Yonas Berhe")
    view = _view(qtbot, inst, read_only=True)
    editors = (QLineEdit, QPlainTextEdit, QRadioButton, QCheckBox)
    for i in range(view.page_count()):
        page = view.stack.widget(i + 1)
        assert [w for cls in editors for w in page.findChildren(cls) if w.isEnabled() and w.isVisibleTo(page)] == []
        assert [w for w in page.findChildren(QComboBox) if w.isEnabled()] == []
        assert [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)] == []
    assert _q(view, "/data/interview/interpreter_name").value.text() == "Yonas Berhe"
    assert _q(view, f"{HOUSEHOLD}[5]/languages").value.text() == "Ukrainian, Russian"
    view.next_page()
    view.next_page()
    assert view.page_title(view.current_page()) == "Household members"
    assert view.language.isEnabled()  # reading it in another language is still possible


# ----- how it looks -------------------------------------------------------------------------------
def test_every_page_renders_at_1366_by_768(qtbot, pre_screening) -> None:  # noqa: ANN001
    """Screenshots for a person to look at (/tmp/form_pages); the test only checks they were made."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    inst = _instance(pre_screening)
    view = _view(qtbot, inst)
    _consent(qtbot, view)
    view.go_to_page(0)
    view.show_problems()  # with the inline messages, as after an early submit
    _type(qtbot, _q(view, f"{HOUSEHOLD}[2]/given_names").edit, "Rahel2")
    for i in range(view.page_count()):
        view.go_to_page(i)
        qtbot.wait(10)
        path = SHOTS / f"page_{i + 1}.png"
        assert view.grab().save(str(path))
        assert path.stat().st_size > 10_000
        full = SHOTS / f"page_{i + 1}_full.png"
        assert view.stack.currentWidget().widget().grab().save(str(full))
    view.set_language("ru")
    view.go_to_page(_page(view, "Члены домохозяйства"))
    assert view.grab().save(str(SHOTS / "household_ru.png"))


# ----- the engine's limits ------------------------------------------------------------------------
LIMITS_SURVEY = [
    ["type", "name", "label", "constraint", "repeat_count"],
    ["text", "pattern", "Pattern", "", ""],
    ["text", "code", "Code", "regex(., ${pattern})", ""],
    ["integer", "n", "How many", "", ""],
    ["begin_repeat", "outer", "Outer", "", "${n}"],
    ["begin_repeat", "inner", "Inner", "", "${n}"],
    ["text", "q", "Q", "", ""],
    ["end_repeat", "", "", "", ""],
    ["end_repeat", "", "", "", ""],
]


def test_an_answer_past_the_engines_limits_is_refused_inline_and_the_form_kept(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = load_form(write_xlsform(tmp_path / "limits.xlsx", LIMITS_SURVEY))
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    view = _view(qtbot, inst)
    pattern = _q(view, "/data/pattern")
    _type(qtbot, _q(view, "/data/code").edit, "aa")
    _type(qtbot, pattern.edit, "^a+$")
    # A backreference would need a backtracking engine: refused where it was typed, nothing changed.
    _type(qtbot, pattern.edit, r"^(a)\1$")
    assert "cannot be used" in pattern.problem() and "backreferences" in pattern.problem()
    assert pattern.edit.text() == r"^(a)\1$" and _value(inst, "/data/pattern") == "^a+$"
    count = _q(view, "/data/n")
    _type(qtbot, count.edit, "2")
    assert view.question_widget("/data/outer[2]/inner[2]/q") is not None
    _type(qtbot, count.edit, "400")  # 160,000 entries
    assert "more than 20,000 questions" in count.problem()
    assert _value(inst, "/data/n") == "2"
    assert view.question_widget("/data/outer[2]/inner[2]/q") is not None
    assert view.question_widget("/data/outer[3]/inner[1]/q") is None
    _type(qtbot, count.edit, "3")  # the form goes on
    assert count.problem() == "" and view.question_widget("/data/outer[3]/inner[3]/q") is not None


def test_a_label_past_the_engines_limits_is_said_above_the_page_buttons(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    survey = [["type", "name", "label"], ["text", "a", "A"], ["note", "twice", "${a} and ${a}"]]
    inst = FormInstance(load_form(write_xlsform(tmp_path / "label.xlsx", survey)), now=lambda: FIXED_NOW)
    inst.set_value("/data/a", "x" * 60_000)  # each fits; the note of both would be 120,000 characters
    view = _view(qtbot, inst)
    assert view.limit_message.isVisible()
    assert "at /data/twice" in view.limit_message.text() and "100,000" in view.limit_message.text()
    _type(qtbot, _q(view, "/data/a").edit, "short")
    assert not view.limit_message.isVisible()
    assert _q(view, "/data/twice").text() == "short and short"


def test_stored_times_show_as_the_laptops_wall_clock_without_milliseconds_or_zone(qtbot) -> None:  # noqa: ANN001
    from app.ui.forms.questions import TextQuestion

    moment = TextQuestion("dateTime")
    qtbot.addWidget(moment)
    moment.set_value("2026-11-25T14:15:00.000Z")
    wall = dt.datetime(2026, 11, 25, 14, 15, tzinfo=dt.UTC).astimezone()
    assert moment.edit.text() == wall.strftime("%Y-%m-%d %H:%M")
    moment.set_value("2026-11-25T14:15:30.250+03:00")
    wall = dt.datetime(2026, 11, 25, 14, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))).astimezone()
    assert moment.edit.text() == wall.strftime("%Y-%m-%d %H:%M:%S")
    moment.set_value("2026-11-25T14:15:00")  # a draft from before times carried a zone
    assert moment.edit.text() == "2026-11-25 14:15"
    clock = TextQuestion("time")
    qtbot.addWidget(clock)
    clock.set_value("08:00:00.000Z")
    wall = dt.datetime.combine(dt.date.today(), dt.time(8, tzinfo=dt.UTC)).astimezone()
    assert clock.edit.text() == wall.strftime("%H:%M")
    clock.set_value("not a time")  # shown as it is, for the interviewer to correct
    assert clock.edit.text() == "not a time"


def test_a_repeat_that_would_refuse_another_entry_offers_no_add(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """As ODK Collect: when a new entry would not be relevant (here: more members than the count
    given), "Add" is not offered (disabled, saying why), and comes back when the answer allows it."""
    form = load_form(
        write_xlsform(
            tmp_path / "members.xlsx",
            [
                ["type", "name", "label", "relevant"],
                ["integer", "n", "How many members?", ""],
                ["begin_repeat", "member", "Member", "position(.) <= ${n}"],
                ["text", "name", "Name", ""],
                ["end_repeat", "", "", ""],
            ],
            settings={"form_title": "Members"},
        )
    )
    inst = FormInstance(form, now=lambda: FIXED_NOW)
    inst.set_value("/data/n", "1")
    view = _view(qtbot, inst)

    def add_button() -> QPushButton:
        return next(b for b in view.findChildren(QPushButton) if b.text() == "Add Member")

    def to_members() -> None:
        view.go_to_page(next(i for i in range(view.page_count()) if view.page_title(i) == "Member"))

    to_members()
    add = add_button()
    assert not add.isEnabled()
    assert add.toolTip() == "The form takes no further “Member” now: its condition for another entry is not met."
    view.go_to_page(next(i for i in range(view.page_count()) if view.page_title(i) != "Member"))
    _type(qtbot, _q(view, "/data/n").edit, "2")
    to_members()
    assert add_button().isEnabled() and add_button().toolTip() == "Add another entry at the end"
    _click(qtbot, add_button())
    assert [c.name for c in inst.node_at("/data").children if c.repeat] == ["member", "member"]
    assert not add_button().isEnabled()
    assert inst.to_xml(submission=False).count("<member>") == 2  # asking changed nothing
