"""What the form renderer writes into the form audit log (issue 23): a `group questions` event for
the time a group's page is shown, a `question` event from focus to focus with old and new answers,
`add repeat` and `delete repeat` with the entry's path. Real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

from app.forms import audit_log as A
from app.forms.engine import FormInstance
from app.forms.xlsform import load_form
from app.ui.forms.questions import TextQuestion
from app.ui.forms.renderer import FormView
from tests.forms.builders import write_xlsform

ROWS = [
    ["type", "name", "label", "parameters"],
    ["begin_group", "home", "Home", ""],
    ["text", "street", "Street", ""],
    ["text", "town", "Town", ""],
    ["end_group", "", "", ""],
    ["begin_repeat", "kids", "Children", ""],
    ["text", "kid", "Name", ""],
    ["end_repeat", "", "", ""],
    ["audit", "audit", "", "track-changes=true"],
]


def _answer(view: FormView, ref: str, text: str) -> None:
    widget = view.question_widget(ref)
    assert isinstance(widget, TextQuestion) and isinstance(widget.edit, QLineEdit)
    widget.focus_editor()
    QApplication.processEvents()
    widget.edit.setText(text)
    widget.commit()


def test_groups_questions_and_repeats_are_logged(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = load_form(write_xlsform(tmp_path / "home.xlsx", ROWS, settings={"form_id": "home"}))
    assert form.audit is not None
    inst = FormInstance(form)
    ticks = iter(range(1_700_000_000_000, 1_700_001_000_000, 1000))
    log = A.AuditLog(form.audit, clock=lambda: next(ticks))
    view = FormView(inst, audit=log)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    assert [(e.event, e.node) for e in log.events] == [("group questions", "/data/home")]

    _answer(view, "/data/home/street", "Calle 1")
    _answer(view, "/data/home/town", "Lima")
    _answer(view, "/data/home/street", "Calle 2")
    view.next_page()  # the group's page is left
    page = view.current_page()
    repeat = next(e for e in view._pages[page].elements if e.kind == "repeat")  # noqa: SLF001
    assert repeat.add is not None
    repeat.add.click()  # a second child (the form starts with one entry)
    assert len(inst.node_at("/data").children) and inst.ref(inst.node_at("/data/kids[2]")) == "/data/kids[2]"
    first = repeat.children[0]
    assert first.remove is not None and first.field.node is inst.node_at("/data/kids[1]")
    first.remove.click()  # no answers yet: removed without asking
    view.audit_leave_all()

    events = [(e.event, e.node, e.old_value, e.new_value) for e in log.events]
    assert events[:5] == [
        ("group questions", "/data/home", None, None),
        ("question", "/data/home/street", "", "Calle 1"),
        ("question", "/data/home/town", "", "Lima"),
        ("question", "/data/home/street", "Calle 1", "Calle 2"),
        ("group questions", "/data/kids", None, None),
    ]
    assert events[5:] == [
        ("question", "/data/kids[1]/kid", None, None),  # the page's first question had the keyboard
        ("add repeat", "/data/kids[2]", None, None),
        ("question", "/data/kids[2]/kid", None, None),  # the new entry's question takes it
        ("delete repeat", "/data/kids[1]", None, None),
    ]
    home = log.events[0]
    assert home.end is not None and home.end > home.start  # the page's time: until Next was pressed
    assert all(e.end is not None for e in log.events if e.event in ("question", "group questions"))


def test_picking_an_entry_from_the_index_is_a_jump(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    rows = [
        ["type", "name", "label", "parameters"],
        ["begin_repeat", "member", "Household member", ""],
        *[["text", f"q{i}", f"Question {i}", ""] for i in range(7)],  # long entries: one at a time
        ["end_repeat", "", "", ""],
        ["audit", "audit", "", ""],
    ]
    form = load_form(write_xlsform(tmp_path / "members.xlsx", rows, settings={"form_id": "members"}))
    assert form.audit is not None
    inst = FormInstance(form)
    inst.add_repeat("/data/member", 2)  # three members with the one the form starts with
    ticks = iter(range(1_700_000_000_000, 1_700_001_000_000, 1000))
    log = A.AuditLog(form.audit, clock=lambda: next(ticks))
    view = FormView(inst, audit=log)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.entry_list.count() == 3 and view.entry_panel.isVisible()
    view.next_page()  # Next walks to the second member: not a jump
    assert view.entry_list.currentRow() == 1 and A.JUMP not in [e.event for e in log.events]
    view.entry_list.setCurrentRow(0)  # back to the first from the index: a jump
    view.entry_list.setCurrentRow(2)
    jumps = [e for e in log.events if e.event == A.JUMP]
    assert len(jumps) == 2 and all(j.node == "" and j.end is None for j in jumps)
    assert b"\njump,,17" in log.to_csv()  # in the CSV as Collect writes it: no node, a start, no end
