"""Command-line verbs for forms (architecture §9): check, fill; list and install into a workspace.

`forms check` and `forms fill` need no workspace and no password: they are the engine alone, so
a form author (or a test comparing us with ODK) can run them anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import emit_json, say, unlocked

Add = Callable[..., argparse.ArgumentParser]

EXIT_OK, EXIT_PROBLEM, EXIT_UNREADABLE = 0, 1, 2
# A form with its lists travels as one synced row of at most a few hundred KB, and a spreadsheet of
# it is rarely more than a few MB: a larger file is a mistake (or a device) and is not read whole.
MAX_FORM_FILE_BYTES = 16 * 1024 * 1024
# The answers of one filling: the engine holds a form's values to 2,000,000 characters in all.
MAX_STEPS_FILE_BYTES = 8 * 1024 * 1024


def _read_form(path: str) -> bytes:
    """The form file's bytes, read within the limit; a FormError (unreadable) otherwise."""
    from app.errors import InvalidInput
    from app.forms.model import FormError, Problem
    from app.util.files import read_limited

    try:
        return read_limited(
            path, MAX_FORM_FILE_BYTES, "the file", "a form with its lists is far smaller; is it the right file?"
        )
    except OSError as exc:
        raise FormError([Problem(f"cannot read {Path(path).name}: {exc.strerror or exc}")], unreadable=True) from None
    except InvalidInput as exc:
        raise FormError([Problem(exc.message)], unreadable=True) from None


def _load(path: str) -> Any:
    from app.forms.xlsform import load_form_bytes

    # Lists and media the form declares are read beside it, as load_form() does.
    return load_form_bytes(_read_form(path), Path(path).name, search_dir=Path(path).parent)


def cmd_forms_check(args: argparse.Namespace) -> int:
    from app.forms.engine import QUESTION_KINDS, FormInstance
    from app.forms.errors import FormTooComplex
    from app.forms.model import FormError

    try:
        form = _load(args.file)
    except FormError as exc:
        code = EXIT_UNREADABLE if exc.unreadable else EXIT_PROBLEM
        if args.json:
            emit_json({"ok": False, "unreadable": exc.unreadable, "problems": [p.to_json() for p in exc.problems]})
        for p in exc.problems:
            say(f"{Path(args.file).name}: {p.describe()}")
        say("The form cannot be used." if code == EXIT_PROBLEM else "This file is not a form we can read.")
        return code
    try:
        FormInstance(form)  # a form that loads may still be past the limits once its values are worked out
    except FormTooComplex as exc:
        if args.json:
            emit_json(
                {"ok": False, "unreadable": False, "problems": [{"row": None, "ref": exc.ref, "message": exc.reason}]}
            )
        say(f"{Path(args.file).name}: {exc.message}")
        say("The form cannot be used.")
        return EXIT_PROBLEM
    summary = {
        "ok": True,
        "form_id": form.form_id,
        "version": form.version,
        "title": form.title,
        "languages": form.languages,
        "questions": sum(1 for c in form.by_ref.values() if c.kind in QUESTION_KINDS),
        "calculations": len(form.calc_order),
        "repeats": sum(1 for c in form.by_ref.values() if c.kind == "repeat"),
        "media": sum(1 for c in form.by_ref.values() if c.kind == "upload"),
    }
    if args.json:
        emit_json(summary)
    say(
        f"{form.form_id} version {form.version or '(none)'}: {summary['questions']} questions, "
        f"{summary['repeats']} repeats, languages: {', '.join(form.languages) or 'one'}. Supported."
    )
    return EXIT_OK


def _read_steps(path: str) -> list[dict[str, Any]]:
    from app.errors import UsageError
    from app.util.files import read_limited, read_stream_limited

    what, advice = "the steps file", "give fewer answers per run."
    try:
        if path == "-":
            raw = read_stream_limited(sys.stdin.buffer, MAX_STEPS_FILE_BYTES, what, advice, error=UsageError)
        else:
            raw = read_limited(path, MAX_STEPS_FILE_BYTES, what, advice, error=UsageError)
        steps = json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the steps file: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"the steps file is not JSON ({exc})") from None
    if not isinstance(steps, list) or not all(isinstance(s, dict) for s in steps):
        raise UsageError("the steps file must hold a JSON list of objects")
    return steps


FileStore = Callable[[Any, str, str], str]  # (instance, ref, path) -> the answer's file name


def apply_step(inst: Any, step: dict[str, Any], store_file: FileStore | None = None) -> None:
    """One `{"ref", "value" | "values" | "add" | "file"}` step. Raises AnswerError or ValueError
    (or an app.errors exception for a file that cannot be attached). `file` (a photo, recording or
    document for a media question) needs a workspace: `forms submit` stores it in the vault."""
    ref = step.get("ref")
    if not isinstance(ref, str) or not ref.startswith("/"):
        raise ValueError("a step needs a `ref` that is an absolute path such as /data/q")
    if "file" in step:
        path = step["file"]
        if not isinstance(path, str) or not path:
            raise ValueError("`file` must be the path of a file")
        if store_file is None:
            raise ValueError("`file` steps attach a file and need a workspace: use `forms submit`")
        inst.set_value(ref, store_file(inst, ref, path))
    elif "add" in step:
        n = step["add"]
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise ValueError("`add` must be a whole number of entries")
        inst.add_repeat(ref, n)
    elif "values" in step:
        values = step["values"]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError("`values` must be a list of choice names")
        inst.select_values(ref, values)
    elif "value" in step:
        value = step["value"]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueError("`value` must be text or a number")
        inst.set_value(ref, value if isinstance(value, str) else json.dumps(value))
    else:
        raise ValueError("a step needs `value`, `values` or `add`")


def replay(inst: Any, steps: list[dict[str, Any]], store_file: FileStore | None = None) -> bool:
    """Apply the steps in order; on a refused one, say which (by index) and stop: False."""
    from app.errors import InvalidInput, UnsupportedFile
    from app.forms.errors import AnswerError

    for index, step in enumerate(steps):
        try:
            apply_step(inst, step, store_file)
        except (AnswerError, ValueError, InvalidInput, UnsupportedFile) as exc:
            say(f"step {index}: {exc}")
            return False
    return True


def _vault_store(ws: Any) -> FileStore:
    """A `file` step's file, read within the attachment limit and stored as the media answer."""
    from app.services.attachments import read_attachment_file
    from app.services.form_media import store_answer_file

    def store(inst: Any, ref: str, path: str) -> str:
        ctl = inst.form.by_ref.get(inst.node_at(ref).path)
        if ctl is None or ctl.kind != "upload":
            raise ValueError(f"`{ref}` is not a photo, audio, video or file question")
        data = read_attachment_file(Path(path))
        stored = store_answer_file(ws, data, path, mediatype=ctl.mediatype, max_pixels=ctl.max_pixels)
        inst.add_file(stored.name, stored.meta())
        return stored.name

    return store


def fill_report(inst: Any) -> dict[str, Any]:
    """The `forms fill --json` document (issue 11's contract)."""
    nodes = []
    for state in inst.states():
        value: Any = state.value
        if state.kind in ("select1", "select", "rank"):  # a ranking is its items in order, as ODK lists it
            value = state.value.split() if state.kind != "select1" else ([state.value] if state.value else [])
        nodes.append(
            {
                "ref": state.ref,
                "relevant": state.relevant,
                "required": state.required,
                "value": value,
                "violation": state.violation,
            }
        )
    return {
        "form_id": inst.form.form_id,
        "version": inst.form.version,
        "nodes": nodes,
        "submission": inst.to_xml(submission=True),
    }


def cmd_forms_fill(args: argparse.Namespace) -> int:
    from app.forms.engine import FormInstance
    from app.forms.model import FormError

    steps = _read_steps(args.steps)
    try:
        form = _load(args.file)
    except FormError as exc:
        for p in exc.problems:
            say(f"{Path(args.file).name}: {p.describe()}")
        return EXIT_UNREADABLE
    inst = FormInstance(form, lang=args.form_lang)
    if not replay(inst, steps):
        return EXIT_PROBLEM
    report = fill_report(inst)
    if args.json:
        emit_json(report)
    else:
        for node in report["nodes"]:
            flag = "" if node["relevant"] else " (hidden)"
            bad = f"  <- {node['violation']}" if node["violation"] else ""
            print(f"{node['ref']} = {json.dumps(node['value'], ensure_ascii=False)}{flag}{bad}")
    return EXIT_OK


# ----- in a workspace ---------------------------------------------------------------------------
def cmd_forms_install(args: argparse.Namespace) -> int:
    from app.errors import InvalidInput, UsageError
    from app.forms.model import FormError
    from app.services.forms import install_bundled_forms_saying, install_form_bytes

    if not args.bundled and not args.file:
        raise UsageError("name a form file, or --bundled for the forms that ship with Circuit Ride")
    data = b""
    if not args.bundled:
        try:
            data = _read_form(args.file)  # before unlocking: a wrong file costs no password attempt
        except FormError as exc:
            name = Path(args.file).name
            raise InvalidInput(
                f"{name} cannot be installed: " + "; ".join(p.describe() for p in exc.problems)
            ) from None
    with unlocked(args) as ws:
        if args.bundled:
            infos = install_bundled_forms_saying(ws)
        else:
            path = Path(args.file)
            infos = [install_form_bytes(ws, data, path.name, search_dir=path.parent)]
    for info, new in infos:
        say(f"{info.form_id} version {info.version} ({info.title}): {'installed' if new else 'already installed'}.")
    if args.json:
        emit_json([{"id": i.id, "form_id": i.form_id, "version": i.version, "new": new} for i, new in infos])
    return EXIT_OK


def cmd_forms_list(args: argparse.Namespace) -> int:
    from app.services.forms import list_forms

    with unlocked(args) as ws:
        infos = list_forms(ws, all_versions=args.all)
    if args.json:
        emit_json([i.__dict__ for i in infos])
        return EXIT_OK
    if not infos:
        say("No forms installed. Sync with HQ, or `circuitride forms install --bundled`.")
    for i in infos:
        print(f"{i.form_id}\t{i.version}\t{i.title}\t{', '.join(i.languages)}")
    return EXIT_OK


def cmd_forms_submit(args: argparse.Namespace) -> int:
    """Fill a form for a case from steps and submit it (scripts, tests, bulk entry from paper)."""
    from app.services.forms import new_form, submit_form

    steps = _read_steps(args.steps)
    with unlocked(args) as ws:
        inst = new_form(ws, args.case_number, args.form_id)
        if not replay(inst, steps, _vault_store(ws)):
            return EXIT_PROBLEM
        submission_id = submit_form(ws, args.case_number, inst)
    say(f"Submitted {inst.form.form_id} version {inst.form.version} for {args.case_number}.")
    if args.json:
        emit_json({"id": submission_id, "form_id": inst.form.form_id, "version": inst.form.version})
    return EXIT_OK


def cmd_forms_export(args: argparse.Namespace) -> int:
    from app.services.forms import export_submissions

    with unlocked(args) as ws:
        paths = export_submissions(ws, args.form_id, Path(args.out), fmt=args.format)
    for path in paths:
        say(f"wrote {path}")
    return EXIT_OK


def cmd_forms_review(args: argparse.Namespace) -> int:
    from app.services.reviews import review_submission

    with unlocked(args) as ws:
        review = review_submission(ws, args.submission_id, args.status, note=args.note)
    if args.json:
        emit_json({"id": review.submission_id, "review_status": review.status, "review_note": review.note,
                   "reviewed_by": review.by, "reviewed_at": review.at})  # fmt: skip
    else:
        say(f"Reviewed: {review.status.replace('_', ' ')} by {review.by}.")
    return 0


def register(sub: Any, add: Add, parser_class: type[argparse.ArgumentParser]) -> None:
    forms = sub.add_parser("forms", help="XLSForm forms: check, fill, install, list, submit, export")
    f_sub = forms.add_subparsers(dest="forms_command", parser_class=parser_class, metavar="ACTION", required=True)
    sp = add("check", cmd_forms_check, "load and compile a form; exit 0 supported, 1 rejected, 2 unreadable", f_sub)
    sp.add_argument(
        "file",
        help="an XLSForm (.xlsx, .xls) or XForm (.xml); the media and list files it declares are read from its folder",
    )
    sp.add_argument("--json", action="store_true")
    sp = add("fill", cmd_forms_fill, "replay answers on a form and print every node's state", f_sub)
    sp.add_argument("file")
    sp.add_argument("--steps", required=True, metavar="STEPS.json", help='[{"ref": "/data/q", "value": "3"}, ...]')
    sp.add_argument("--form-lang", metavar="LANG", help="the form language for labels (e.g. 'Español (es)')")
    sp.add_argument("--json", action="store_true")
    sp = add("install", cmd_forms_install, "install a form version in this workspace (syncs to HQ)", f_sub)
    sp.add_argument("file", nargs="?")
    sp.add_argument("--bundled", action="store_true", help="install the forms that ship with Circuit Ride")
    sp.add_argument("--json", action="store_true")
    sp = add("list", cmd_forms_list, "installed forms (newest version of each)", f_sub)
    sp.add_argument("--all", action="store_true", help="every installed version")
    sp.add_argument("--json", action="store_true")
    sp = add("submit", cmd_forms_submit, "fill a form for a case from steps and submit it", f_sub)
    sp.add_argument("case_number")
    sp.add_argument("form_id")
    sp.add_argument(
        "--steps",
        required=True,
        metavar="STEPS.json",
        help='[{"ref": "/data/q", "value": "3"}, {"ref": "/data/photo", "file": "shelter.jpg"}, ...]',
    )
    sp.add_argument("--json", action="store_true")
    sp = add(
        "export",
        cmd_forms_export,
        "submissions of a form as CSV (one file per repeat) or JSON, their photos and files in media/",
        f_sub,
    )
    sp.add_argument("form_id")
    sp.add_argument("--out", required=True, metavar="DIR")
    sp.add_argument("--format", choices=("csv", "json"), default="csv")
    sp = add(
        "review",
        cmd_forms_review,
        "a team lead's review of a submitted form (has_issues and rejected need a note)",
        f_sub,
    )
    sp.add_argument("submission_id")
    sp.add_argument("status", choices=("approved", "has_issues", "rejected"))
    sp.add_argument("--note", metavar="TEXT")
    sp.add_argument("--json", action="store_true")
