"""Build Circuit Ride's XLSForms (resources/forms/*.xlsx) and us_states.csv from their sources.

    .venv/bin/python tools/build_forms.py                 build, then validate with pyxform
    .venv/bin/python tools/build_forms.py --check         validate the committed files only
    .venv/bin/python tools/build_forms.py --odk-validate  also run ODK Validate (JavaRosa; needs java)
    .venv/bin/python tools/build_forms.py --odk-engine    also load each form in ODK's reference
                                                          engine (tests/odk/odk_fill.mjs; needs node)

The forms' source is resources/forms/src/, plain UTF-8 text:

- <form>/survey.csv, <form>/choices.csv, <form>/settings.csv: the XLSForm's three sheets, one
  directory per form (the directory name is the .xlsx name), with the column headers exactly as in
  the .xlsx (`label::English (en)`, `bind::cr:prefill`, ...). Read and diff them as a spreadsheet.
- us_states.csv: the file list for `select_one_from_file us_states.csv`, in the four languages.
- same_in_spanish.txt: the Spanish texts that may be the English ones (proper nouns, acronyms).

To change a form, edit its sources, run this script and commit the sources with the files it
writes. The script holds no form content: it writes each form's sheets into an .xlsx, copies the
state list and checks the result. Re-running it writes byte-identical files (fixed workbook
properties, fixed zip timestamps, openpyxl's ElementTree XML writer even where lxml is installed),
so a diff of the .xlsx files only shows up when a source changes. --check also reports a committed
file that no longer matches its source.

Conventions (see the forms brief; they are checked by validate()):

- Every label, hint, constraint_message and required_message has four columns, one per language,
  in LANGS order (`label::English (en)`, `label::Español (es)`, ...).
- `bind::cr:prefill` (namespace `cr`, declared in settings) prefills a question from the case
  record: `case.<field>`, `person.<field>` or `interview.<field>` (what the start of the interview
  said). On a begin_repeat, `household` means one instance per household member of the case; inside
  it `person.*` is that member, outside it the principal applicant. `bind::cr:writeback` = yes
  writes the verified answer back to the person's record. Which fields can be prefilled and written
  back is the app's (app/services/forms.py), read from it when the forms are checked.
- Content is synthetic. Names in the `name` column are short snake_case English.
- us_states.csv is written with plain `name,label` columns (English labels), not
  `label::<language>` columns: pyxform compiles `select_one_from_file x.csv` to
  `<itemset ...><label ref="label"/>`, and ODK engines turn CSV headers into XML element names, so a
  `label::English (en)` header makes the whole form fail to load (ODK Web Forms: "Expression has
  syntax error"; Collect: getodk/collect #4266). The translated state names are kept in
  src/us_states.csv for when our engine supports translated file lists.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "resources" / "forms"
SRC_DIR = FORMS_DIR / "src"
STATES_FILE = "us_states.csv"
SAME_IN_SPANISH_FILE = "same_in_spanish.txt"

SHEETS = ("survey", "choices", "settings")
LANGS = ("English (en)", "Español (es)", "Українська (uk)", "Русский (ru)")
FIXED_TIME = dt.datetime(2026, 11, 25, 0, 0, 0)
AUTHOR = "Circuit Ride (tools/build_forms.py)"

# Survey columns a form may use (translatable ones appear once per language) and their headers.
TRANSLATABLE = ("label", "hint", "required_message", "constraint_message")
SURVEY_COLUMNS = (
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "calculation",
    "default",
    "read_only",
    "appearance",
    "choice_filter",
    "repeat_count",
    "prefill",
    "writeback",
)
COLUMN_HEADERS = {"prefill": "bind::cr:prefill", "writeback": "bind::cr:writeback"}
SETTINGS_COLUMNS = ("form_id", "version", "form_title", "default_language", "namespaces", "instance_name")
STATES_CSV_HEADER = ("name", "label")
# Column widths by header prefix, per sheet (16 otherwise).
WIDTHS = {
    "survey": {
        "type": 34,
        "name": 24,
        "label": 48,
        "hint": 36,
        "relevant": 36,
        "constraint": 36,
        "calculation": 44,
        "choice_filter": 28,
        "bind::": 22,
    },
    "choices": {"list_name": 22, "name": 22, "label": 40},
    "settings": {"form_": 28, "namespaces": 44, "instance_name": 56, "default": 20},
}
# How many survey rows (header excluded) each bundled form is meant to have; other forms: unchecked.
ROW_BOUNDS = {"pre_screening": (40, 60), "medical_history": (40, 60), "resettlement_preferences": (30, 50)}

FORBIDDEN_TYPES = {
    "geopoint",
    "geotrace",
    "geoshape",
    "image",
    "audio",
    "video",
    "file",
    "barcode",
    "rank",
    "range",
    "trigger",
    "acknowledge",
    "select_one_external",
    "select_multiple_external",
    "background-audio",
    "background-geopoint",
}
FORBIDDEN_TEXT = ("pulldata(", "search(", "digest(")

Table = list[list[str | None]]

# ---- sources -----------------------------------------------------------------------------------


def read_csv(path: Path) -> Table:
    """A CSV sheet as rows of cells, blank cells as None, every row as wide as the header."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [[cell or None for cell in row] for row in csv.reader(f)]
    width = len(rows[0]) if rows else 0
    return [row + [None] * (width - len(row)) for row in rows]


def form_dirs(src: Path = SRC_DIR) -> list[Path]:
    return sorted(d for d in src.iterdir() if d.is_dir())


def read_sheets(form_dir: Path) -> dict[str, Table]:
    return {sheet: read_csv(form_dir / f"{sheet}.csv") for sheet in SHEETS}


def settings_of(sheets: dict[str, Table]) -> dict[str, str | None]:
    header, *rows = sheets["settings"]
    return dict(zip(header, rows[0] if rows else [], strict=False))


def same_in_spanish(src: Path = SRC_DIR) -> set[str]:
    lines = (line.strip() for line in (src / SAME_IN_SPANISH_FILE).read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


# ---- writing -----------------------------------------------------------------------------------


def _fill(ws, table: Table, widths: dict[str, int]) -> None:
    from openpyxl.styles import Font

    for line in table:
        ws.append(line)
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        letter = cell.column_letter
        head = str(cell.value)
        ws.column_dimensions[letter].width = next((w for prefix, w in widths.items() if head.startswith(prefix)), 16)
    ws.freeze_panes = "C2"


def _deterministic_zip(data: bytes) -> bytes:
    """Re-pack an xlsx with fixed entry timestamps and a fixed dcterms:modified."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def write_form(form_dir: Path, path: Path) -> None:
    from openpyxl import Workbook

    sheets = read_sheets(form_dir)
    wb = Workbook()
    wb.active.title = SHEETS[0]
    for sheet in SHEETS[1:]:
        wb.create_sheet(sheet)
    for sheet in SHEETS:
        _fill(wb[sheet], sheets[sheet], WIDTHS[sheet])
    props = wb.properties
    props.creator = AUTHOR
    props.lastModifiedBy = AUTHOR
    props.title = settings_of(sheets).get("form_title")
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue()))


def write_states(src: Path, path: Path) -> None:
    """The state list with its code and English name only (see the module docstring)."""
    header, *rows = read_csv(src)
    columns = [header.index("name"), header.index(f"label::{LANGS[0]}")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(STATES_CSV_HEADER)
    for row in rows:
        w.writerow([row[i] for i in columns])
    path.write_text(buf.getvalue(), encoding="utf-8")


def build(out_dir: Path = FORMS_DIR, src: Path = SRC_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for form_dir in form_dirs(src):
        write_form(form_dir, out_dir / f"{form_dir.name}.xlsx")
    write_states(src / STATES_FILE, out_dir / STATES_FILE)


def workbook_values(path: Path) -> dict[str, list[list[str | None]]]:
    """Every sheet's cell values, row by row (trailing blank cells dropped), to compare workbooks."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return {ws.title: [_trim(list(row)) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def source_values(form_dir: Path) -> dict[str, list[list[str | None]]]:
    return {sheet: [_trim(row) for row in table] for sheet, table in read_sheets(form_dir).items()}


def _trim(row: list) -> list:
    while row and row[-1] is None:
        row.pop()
    return row


# ---- what the app accepts ------------------------------------------------------------------------


class AppRules(NamedTuple):
    prefill: dict[str, frozenset[str]]  # scope (case, person, interview) -> fields the app prefills
    writeback: frozenset[str]  # person fields the app writes back
    cr: str  # the namespace URI of cr:prefill and cr:writeback


def app_rules() -> AppRules:
    """What the app prefills and writes back, read from app/services/forms.py and app/forms/model.py."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.forms.model import CR
    from app.services import forms as app_forms

    prefill = {
        "case": frozenset(app_forms.CASE_PREFILL),
        "person": frozenset(app_forms.PERSON_PREFILL),
        "interview": frozenset(app_forms.INTERVIEW_PREFILL),
    }
    return AppRules(prefill, frozenset(app_forms.WRITEBACK_FIELDS), CR)


# ---- validation --------------------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
REFERENCE = re.compile(r"\$\{[^}]*\}")
FEATURES = {
    # name -> predicate over one row
    "relevant": lambda r: bool(r.get("relevant")),
    "required + required_message": lambda r: r.get("required") == "yes" and "required_message" in r,
    "constraint + constraint_message": lambda r: bool(r.get("constraint")) and "constraint_message" in r,
    "calculate": lambda r: r["type"] == "calculate",
    "default": lambda r: bool(r.get("default")),
    "read_only": lambda r: r.get("read_only") == "yes",
    "choice_filter": lambda r: bool(r.get("choice_filter")),
    "select_one": lambda r: r["type"].startswith("select_one "),
    "select_multiple": lambda r: r["type"].startswith("select_multiple "),
    "or_other": lambda r: r["type"].endswith(" or_other"),
    "select_one_from_file us_states.csv": lambda r: r["type"] == "select_one_from_file us_states.csv",
    "integer": lambda r: r["type"] == "integer",
    "decimal": lambda r: r["type"] == "decimal",
    "text": lambda r: r["type"] == "text",
    "date": lambda r: r["type"] == "date",
    "datetime": lambda r: r["type"] == "dateTime",
    "time": lambda r: r["type"] == "time",
    "note with ${field}": lambda r: r["type"] == "note" and bool(REFERENCE.search(r["label"][0] or "")),
    "group": lambda r: r["type"] == "begin_group",
    "field-list": lambda r: r.get("appearance") == "field-list",
    "repeat with repeat_count": lambda r: r["type"] == "begin_repeat" and bool(r.get("repeat_count")),
    "household repeat": lambda r: r["type"] == "begin_repeat" and r.get("prefill") == "household",
    "bind::cr:prefill": lambda r: bool(r.get("prefill")),
    "bind::cr:writeback": lambda r: r.get("writeback") == "yes",
}
FUNCTIONS = (
    "selected(",
    "count-selected(",
    "string-length(",
    "regex(",
    "today()",
    "if(",
    "coalesce(",
    "concat(",
    "jr:choice-name(",
    "position(..)",
    "indexed-repeat(",
    "sum(",
    "count(",
)


class Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


class Form:
    """One form's sources as the checks read them: survey rows as {column: value}, translatable
    columns as a tuple in LANGS order; choice lists as {list_name: [(name, labels)]}."""

    def __init__(self, form_dir: Path, problems: Problems) -> None:
        self.key = form_dir.name
        self.sheets = read_sheets(form_dir)
        self.settings = settings_of(self.sheets)
        self.rows = self._records("survey", SURVEY_COLUMNS, problems)
        self.choices: dict[str, list[tuple[str, tuple]]] = {}
        for c in self._records("choices", ("list_name", "name", "label"), problems, extra_ok=True):
            self.choices.setdefault(c.get("list_name") or "", []).append((c.get("name") or "", c.get("label")))

    def _records(self, sheet: str, known: tuple[str, ...], problems: Problems, extra_ok: bool = False) -> list[dict]:
        header, *lines = self.sheets[sheet]
        by_header = {v: k for k, v in COLUMN_HEADERS.items()}
        columns: list[tuple[str, int | None]] = []  # (column, language index) per header cell
        for head in header:
            col, sep, lang = (head or "").partition("::")
            if head in by_header:
                columns.append((by_header[head], None))
            elif sep and col in TRANSLATABLE and col in known and lang in LANGS:
                columns.append((col, LANGS.index(lang)))
            elif head and not sep and head not in TRANSLATABLE and (head in known or extra_ok):
                columns.append((head, None))
            else:
                problems.add(f"{self.key} {sheet}", f"unknown column {head!r}")
                columns.append(("", None))
        for head, n in Counter(header).items():
            if n > 1:
                problems.add(f"{self.key} {sheet}", f"column {head!r} appears {n} times")
        for col in {c for c, i in columns if i is not None}:
            if [i for c, i in columns if c == col] != list(range(len(LANGS))):
                problems.add(f"{self.key} {sheet}", f"{col} needs one column per language, in the order {LANGS}")
        records = []
        for line in lines:
            r: dict = {"type": "", "name": ""} if sheet == "survey" else {}
            texts: dict[str, list[str | None]] = {}
            for (col, i), value in zip(columns, line, strict=False):
                if i is not None:
                    texts.setdefault(col, [None] * len(LANGS))[i] = value
                elif col and value:
                    r[col] = value
            r.update({col: tuple(t) for col, t in texts.items() if any(t)})
            records.append(r)
        return records


def _list_name(type_: str) -> str | None:
    parts = type_.split()
    if parts and parts[0] in ("select_one", "select_multiple") and len(parts) >= 2:
        return parts[1]
    return None


def _expressions(r: dict) -> str:
    keys = ("relevant", "constraint", "calculation", "choice_filter", "repeat_count", "default")
    return " ".join(r.get(k) or "" for k in keys)


def _has_function(text: str, fn: str) -> bool:
    # "if(" must not match inside another name; "count(" must not match "count-selected(".
    return re.search(r"(?<![\w:-])" + re.escape(fn), text) is not None


def feature_matrix(forms: list[Form]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for form in forms:
        rows = form.rows
        for feature, pred in FEATURES.items():
            if any(pred(r) for r in rows):
                found.setdefault(feature, []).append(form.key)
        nested = depth = 0
        for r in rows:
            if r["type"] == "begin_repeat":
                depth += 1
                nested = max(nested, depth)
            elif r["type"] == "end_repeat":
                depth -= 1
        if nested >= 2:
            found.setdefault("nested repeat", []).append(form.key)
        text = " ".join(_expressions(r) for r in rows) + " " + (form.settings.get("instance_name") or "")
        for fn in FUNCTIONS:
            if _has_function(text, fn):
                found.setdefault(fn, []).append(form.key)
    return found


def check_rows(form: Form, rules: AppRules, spanish: set[str], problems: Problems) -> None:
    key, rows = form.key, form.rows
    names = Counter(r["name"] for r in rows if r["name"])
    for name, n in names.items():
        if n > 1:
            problems.add(key, f"name {name!r} used {n} times")
    for i, r in enumerate(rows, start=2):
        where = f"{key} survey row {i} ({r['name'] or r['type']})"
        base = r["type"].split()[0] if r["type"] else ""
        if not base:
            problems.add(where, "has no type")
        if base in FORBIDDEN_TYPES:
            problems.add(where, f"type {base} is not allowed")
        if any(t in _expressions(r) for t in FORBIDDEN_TEXT):
            problems.add(where, "uses a function that is not allowed")
        if r["name"] and not re.fullmatch(r"[a-z][a-z0-9_]*", r["name"]):
            problems.add(where, "name is not snake_case")
        for col in TRANSLATABLE:
            if col in r:
                check_translation(where + f" {col}", r[col], spanish, problems)
        needs_label = base not in ("calculate", "end_group", "end_repeat")
        if needs_label and "label" not in r:
            problems.add(where, "has no label")
        if r.get("required") == "yes" and "required_message" not in r:
            problems.add(where, "required without required_message")
        if r.get("constraint") and "constraint_message" not in r:
            problems.add(where, "constraint without constraint_message")
        prefill = r.get("prefill")
        if prefill:
            if r["type"] == "begin_repeat":
                if prefill != "household":
                    problems.add(where, "a repeat can only be prefilled with 'household'")
                if r.get("repeat_count"):
                    problems.add(where, "the household repeat must not have a repeat_count")
            else:
                scope, _, field = prefill.partition(".")
                if field not in rules.prefill.get(scope, ()):
                    problems.add(where, f"unknown prefill {prefill!r}")
        if r.get("writeback"):
            field = (prefill or "").partition(".")[2]
            if r["writeback"] != "yes" or not (prefill or "").startswith("person.") or field not in rules.writeback:
                problems.add(where, f"writeback not allowed for prefill {prefill!r}")
        list_name = _list_name(r["type"])
        if list_name and list_name not in form.choices:
            problems.add(where, f"no choice list {list_name!r}")
    used = {_list_name(r["type"]) for r in rows}
    for list_name in form.choices:
        if list_name not in used:
            problems.add(f"{key} choices", f"list {list_name!r} is not used by any question")
    low, high = ROW_BOUNDS.get(key, (1, 10_000))
    if not low <= len(rows) <= high:
        problems.add(key, f"{len(rows)} survey rows, expected {low}-{high}")


def check_settings(form: Form, rules: AppRules, problems: Problems) -> None:
    header = tuple(form.sheets["settings"][0])
    if header != SETTINGS_COLUMNS or len(form.sheets["settings"]) != 2:
        problems.add(f"{form.key} settings", f"expected the columns {SETTINGS_COLUMNS} and one row")
    s = form.settings
    if not all(s.get(c) for c in SETTINGS_COLUMNS):
        problems.add(f"{form.key} settings", "a setting is blank")
    if s.get("default_language") != LANGS[0]:
        problems.add(f"{form.key} settings", f"default_language is not {LANGS[0]!r}")
    if f'cr="{rules.cr}"' not in (s.get("namespaces") or "").split():
        problems.add(f"{form.key} settings", f'namespaces does not declare cr="{rules.cr}"')


def check_translation(where: str, texts, spanish: set[str], problems: Problems) -> None:
    if not isinstance(texts, tuple) or len(texts) != len(LANGS):
        problems.add(where, "needs one text per language")
        return
    en, es, uk, ru = texts
    if not all(t and t.strip() == t for t in texts):
        problems.add(where, "blank text or stray whitespace")
        return
    if es == en and en not in spanish:
        problems.add(where, f"Spanish text is the English one: {en!r}")
    for lang, text in (("uk", uk), ("ru", ru)):
        if not CYRILLIC.search(REFERENCE.sub("", text)) and not re.fullmatch(r"[A-Z0-9-]+", text):
            problems.add(where, f"{lang} text has no Cyrillic: {text!r}")
    refs = [sorted(REFERENCE.findall(t)) for t in texts]
    if any(r != refs[0] for r in refs):
        problems.add(where, "the languages interpolate different ${fields}")


def check_choices(form: Form, spanish: set[str], problems: Problems) -> None:
    for list_name, items in form.choices.items():
        if not list_name:
            problems.add(f"{form.key} choices", "a choice has no list_name")
        seen = Counter(n for n, _ in items)
        for n, c in seen.items():
            if c > 1:
                problems.add(f"{form.key} choices {list_name}", f"duplicate choice {n!r}")
        for n, label in items:
            check_translation(f"{form.key} choices {list_name}/{n}", label, spanish, problems)


def check_states(src: Path, path: Path, spanish: set[str], problems: Problems) -> None:
    header, *source = read_csv(src)
    if tuple(header) != ("name", *(f"label::{lang}" for lang in LANGS)):
        problems.add(src.name, f"unexpected header {header}")
    for code, *names in source:
        check_translation(f"src/{src.name} {code}", tuple(names), spanish, problems)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if tuple(rows[0]) != STATES_CSV_HEADER:
        problems.add(path.name, f"unexpected header {rows[0]}")
    if len(rows) - 1 != 51 or len({r[0] for r in rows[1:]}) != 51:
        problems.add(path.name, f"expected 51 distinct states (50 + DC), got {len(rows) - 1}")
    if any(not all(r) or len(r) != len(STATES_CSV_HEADER) for r in rows[1:]):
        problems.add(path.name, "a row has blank or missing cells")
    if rows[1:] != [[r[0], r[1]] for r in source]:
        problems.add(path.name, f"differs from src/{src.name}: run tools/build_forms.py")


def check_xform(form: Form, xml: str, rules: AppRules, problems: Problems) -> None:
    key = form.key
    ns = {
        "x": "http://www.w3.org/2002/xforms",
        "h": "http://www.w3.org/1999/xhtml",
        "jr": "http://openrosa.org/javarosa",
    }
    root = ET.fromstring(xml)  # noqa: S314 (pyxform output for our own forms)
    model = root.find("h:head/x:model", ns)
    translations = model.findall("x:itext/x:translation", ns)
    langs = [t.get("lang") for t in translations]
    if sorted(langs) != sorted(LANGS):
        problems.add(key, f"itext languages {langs}, expected {list(LANGS)}")
    ids = [{t.get("id") for t in tr.findall("x:text", ns)} for tr in translations]
    if any(i != ids[0] for i in ids):
        problems.add(key, "itext languages do not define the same texts")
    prefill_attr = f"{{{rules.cr}}}prefill"
    writeback_attr = f"{{{rules.cr}}}writeback"
    binds = {b.get("nodeset"): b for b in model.findall("x:bind", ns)}
    prefilled = {n: b.get(prefill_attr) for n, b in binds.items() if b.get(prefill_attr)}
    expected = [r for r in form.rows if r.get("prefill")]
    if len(prefilled) != len(expected):
        problems.add(key, f"{len(prefilled)} binds carry cr:prefill, expected {len(expected)}")
    written = [n for n, b in binds.items() if b.get(writeback_attr) == "yes"]
    if len(written) != sum(1 for r in form.rows if r.get("writeback")):
        problems.add(key, "cr:writeback binds do not match the rows")
    for r in form.rows:
        if r["type"] == "begin_repeat" and r.get("prefill") == "household":
            path = next((n for n in prefilled if n.endswith("/" + r["name"])), None)
            if path is None or prefilled[path] != "household":
                problems.add(key, f"repeat {r['name']} has no cr:prefill='household' bind")
            for rep in root.iter("{http://www.w3.org/2002/xforms}repeat"):
                if rep.get("nodeset") == path and rep.get(f"{{{ns['jr']}}}count"):
                    problems.add(key, f"household repeat {r['name']} has a jr:count")


def untranslated_labels(xml: str) -> list[str]:
    """Body controls whose label is plain text rather than itext (pyxform's or_other input)."""
    root = ET.fromstring(xml)  # noqa: S314 (pyxform output for our own forms)
    found = []
    for el in root.iter():
        label = el.find("{http://www.w3.org/2002/xforms}label")
        if el.get("ref") and label is not None and label.get("ref") is None and label.text:
            found.append(f"{el.get('ref')}: {label.text!r}")
    return found


def load_in_odk_engine(key: str, xml: str, states: Path, problems: Problems) -> None:
    """Load the form (with us_states.csv) in ODK's reference engine via tests/odk/odk_fill.mjs."""
    with tempfile.TemporaryDirectory() as tmp:
        form, steps = Path(tmp, f"{key}.xml"), Path(tmp, "steps.json")
        form.write_text(xml, encoding="utf-8")
        steps.write_text("[]", encoding="utf-8")
        shutil.copy(states, tmp)
        run = subprocess.run(
            ["node", str(ROOT / "tests" / "odk" / "odk_fill.mjs"), str(form), str(steps), tmp],
            capture_output=True,
            text=True,
            timeout=120,
        )
    if run.returncode != 0:
        problems.add(key, f"ODK reference engine: {run.stderr.strip()}")


def validate(odk_validate: bool = False, odk_engine: bool = False, src: Path = SRC_DIR, out: Path = FORMS_DIR) -> int:
    """Check the sources in `src` and the files built from them in `out`; 0 if all is well."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    problems = Problems()
    rules = app_rules()
    spanish = same_in_spanish(src)
    forms = [Form(d, problems) for d in form_dirs(src)]
    check_states(src / STATES_FILE, out / STATES_FILE, spanish, problems)
    print("file                               rows  choices  warnings")
    for form in forms:
        path = out / f"{form.key}.xlsx"
        check_rows(form, rules, spanish, problems)
        check_choices(form, spanish, problems)
        check_settings(form, rules, problems)
        if not path.exists() or workbook_values(path) != source_values(src / form.key):
            problems.add(path.name, f"differs from src/{form.key}/: run tools/build_forms.py")
            continue
        try:
            result = convert(xlsform=str(path), validate=odk_validate)
        except PyXFormError as e:
            problems.add(form.key, f"pyxform: {e}")
            continue
        check_xform(form, result.xform, rules, problems)
        if odk_engine:
            load_in_odk_engine(form.key, result.xform, out / STATES_FILE, problems)
        n_choices = sum(len(items) for items in form.choices.values())
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{shown!s:34} {len(form.rows):4}  {n_choices:7}  {len(result.warnings):8}")
        for w in result.warnings:
            print(f"    warning: {' '.join(w.split())}")
        for label in untranslated_labels(result.xform):
            print(f"    untranslated (generated by pyxform): {label}")
    print("\nfeature / function                  forms")
    matrix = feature_matrix(forms)
    for feature in [*FEATURES, "nested repeat", *FUNCTIONS]:
        print(f"  {feature:34} {', '.join(matrix.get(feature, [])) or 'MISSING'}")
        if feature not in matrix:
            problems.add("features", f"{feature} is not used in any form")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("\nall forms valid")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, do not rebuild")
    parser.add_argument(
        "--odk-validate", action="store_true", help="also run ODK Validate through pyxform (needs java)"
    )
    parser.add_argument(
        "--odk-engine",
        action="store_true",
        help="also load each form in ODK's reference engine (needs node and tests/odk/node_modules)",
    )
    args = parser.parse_args(argv)
    # openpyxl writes XML with lxml when it is installed and with ElementTree otherwise, and the two
    # differ byte for byte: always use ElementTree (read when openpyxl is first imported).
    os.environ["OPENPYXL_LXML"] = "False"
    if args.odk_validate and shutil.which("java") is None:
        parser.error("--odk-validate needs java on PATH")
    if args.odk_engine and shutil.which("node") is None:
        parser.error("--odk-engine needs node on PATH")
    if not args.check:
        build()
    return validate(odk_validate=args.odk_validate, odk_engine=args.odk_engine)


if __name__ == "__main__":
    sys.exit(main())
