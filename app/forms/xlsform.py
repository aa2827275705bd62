"""Loading forms: an XLSForm spreadsheet (through pyxform) or an XForm, with the files it names.

Problems are reported with the survey row a person can find in the spreadsheet. pyxform's own
errors already carry one; for ours (an unsupported function, a GPS question) the XForm path is
mapped back to the row that defined it.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from app.forms.model import FormDef, FormError, Problem, parse_xform

log = logging.getLogger(__name__)

XLSFORM_SUFFIXES = (".xlsx", ".xls")
_ROW_IN_PYXFORM = re.compile(r"\[row\s*:\s*(\d+)\]", re.IGNORECASE)
_ATTACHMENT_REF = re.compile(r"jr://(?:file|file-csv)/([^\"'\s<>]+)")


def load_form(path: Path | str, attachments: dict[str, bytes] | None = None) -> FormDef:
    """An XLSForm (.xlsx/.xls) or XForm (.xml) file, with attachments (CSV or XML lists) taken
    from `attachments` or, failing that, from files of those names beside it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormError([Problem(f"cannot read {path.name}: {exc.strerror or exc}")], unreadable=True) from None
    return load_form_bytes(data, path.name, attachments, search_dir=path.parent)


def load_form_bytes(
    data: bytes,
    filename: str,
    attachments: dict[str, bytes] | None = None,
    *,
    search_dir: Path | None = None,
) -> FormDef:
    suffix = Path(filename).suffix.lower()
    rows: dict[str, int] = {}
    if suffix in XLSFORM_SUFFIXES:
        xml, rows, root = xlsform_to_xform(data, filename)
    elif suffix == ".xml":
        xml, root = data.decode("utf-8", errors="replace"), ""
    else:
        raise FormError(
            [Problem(f"{filename}: forms are XLSForm spreadsheets (.xlsx, .xls) or XForms (.xml)")], unreadable=True
        )
    attachments = dict(attachments or {})
    for name in sorted(set(_ATTACHMENT_REF.findall(xml))):
        if name not in attachments and search_dir is not None:
            candidate = search_dir / name
            if candidate.is_file():
                attachments[name] = candidate.read_bytes()

    def row_of(ref: str) -> int | None:
        return rows.get(ref.split("/", 2)[-1] if ref and root else "")

    return parse_xform(xml, attachments, row_of=row_of)


def xlsform_to_xform(data: bytes, filename: str) -> tuple[str, dict[str, int], str]:
    """pyxform's XForm for a spreadsheet, the survey row of every element (by path below the
    root, e.g. `household/member/age`) and the root element's name."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    magic = {".xlsx": b"PK\x03\x04", ".xls": b"\xd0\xcf\x11\xe0"}.get(Path(filename).suffix.lower())
    if magic and not data.startswith(magic):
        raise FormError([Problem(f"{filename} is not a spreadsheet file (damaged or renamed?)")], unreadable=True)
    warnings: list[str] = []
    try:
        result = convert(xlsform=data, warnings=warnings, file_type=Path(filename).suffix.lower())
    except PyXFormError as exc:
        raise FormError([_pyxform_problem(str(exc))]) from None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError) as exc:
        raise FormError(
            [Problem(f"{filename} is not a readable XLSForm spreadsheet ({type(exc).__name__})")], unreadable=True
        ) from None
    except Exception as exc:  # noqa: BLE001 - pyxform raises many things on malformed sheets
        log.warning("pyxform failed on a form: %s", type(exc).__name__)
        raise FormError(
            [Problem(f"{filename} could not be converted ({type(exc).__name__}: {exc})")], unreadable=True
        ) from None
    for w in warnings:
        log.debug("pyxform warning: %s", w)
    rows, root = _survey_rows(data, filename)
    return result.xform, rows, root


def _pyxform_problem(message: str) -> Problem:
    m = _ROW_IN_PYXFORM.search(message)
    text = _ROW_IN_PYXFORM.sub("", message).strip(" :")
    return Problem(text, row=int(m.group(1)) if m else None)


def _survey_rows(data: bytes, filename: str) -> tuple[dict[str, int], str]:
    """Map `group/repeat/name` paths to the spreadsheet row (1-based, header is row 1)."""
    if not filename.lower().endswith(".xlsx"):
        return {}, ""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - row numbers are a courtesy; the form itself already converted
        return {}, ""
    try:
        sheet = next((wb[n] for n in wb.sheetnames if n.strip().lower() == "survey"), None)
        if sheet is None:
            return {}, ""
        rows = sheet.iter_rows(values_only=True)
        header = [str(h).strip().lower() if h is not None else "" for h in next(rows, ())]
        if "type" not in header or "name" not in header:
            return {}, ""
        ti, ni = header.index("type"), header.index("name")
        out: dict[str, int] = {}
        stack: list[str] = []
        for number, row in enumerate(rows, start=2):
            typ = str(row[ti] or "").strip().lower() if ti < len(row) else ""
            name = str(row[ni] or "").strip() if ni < len(row) else ""
            if typ in ("end group", "end_group", "end repeat", "end_repeat"):
                if stack:
                    stack.pop()
                continue
            if not name:
                continue
            path = "/".join([*stack, name])
            out.setdefault(path, number)
            if typ in ("begin group", "begin_group", "begin repeat", "begin_repeat"):
                stack.append(name)
        return out, "data"
    finally:
        wb.close()
