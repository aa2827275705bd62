"""Loading forms: an XLSForm spreadsheet (through pyxform) or an XForm, with the files it declares.

Problems are reported with the survey row a person can find in the spreadsheet. pyxform's own
errors already carry one; for ours (an unsupported function, a GPS question) the XForm path is
mapped back to the row that defined it.

Media and list files are read only from the places a form declares them (the media forms of its
itext, the `src` of its secondary instances) and only from inside the form's folder: a form is
sent to HQ and every laptop, so a name that reached outside that folder would publish any file
of the laptop that installed it (issue 18). The same name rules guard attachments that arrive by
sync (`attachment_name_problem`).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import logging
import os
import re
import stat
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from defusedxml.ElementTree import fromstring as safe_fromstring

from app.errors import InvalidInput
from app.forms.model import XF, FormDef, FormError, H, Problem, parse_xform
from app.util.files import read_limited

log = logging.getLogger(__name__)

XLSFORM_SUFFIXES = (".xlsx", ".xls")
_ROW_IN_PYXFORM = re.compile(r"\[row\s*:\s*(\d+)\]", re.IGNORECASE)
MEDIA_FORMS = ("image", "audio", "video", "big-image")
# pyxform writes media as jr://images|audio|video/NAME; hand-written XForms also use jr://file/NAME.
_MEDIA_PREFIXES = ("jr://images/", "jr://audio/", "jr://video/", "jr://file/", "jr://file-csv/")
_LIST_PREFIXES = ("jr://file/", "jr://file-csv/")
_DRIVE = re.compile(r"^[A-Za-z]:")
_INSTANCE_CALL = re.compile(r"""^\s*instance\(\s*['"]([^'"]+)['"]\s*\)""")
# One declared file larger than this is refused before it is read: a form and its files travel to
# every laptop as one synced row of a few hundred KB, so only a mistake (or a device file) is bigger.
MAX_ATTACHMENT_BYTES = 16 * 1024 * 1024
_SHOWN_NAME_CHARS = 120


@dataclass(frozen=True, slots=True)
class DeclaredFile:
    """A file a form declares: its name (relative to the form's folder) and where it is declared."""

    name: str
    what: str  # for messages: "the list `cities`", "an image of a label"
    ref: str | None = None  # the question it belongs to, when known (for the survey row)


MAX_FORM_FILE_BYTES = 16 * 1024 * 1024  # a form with its lists is far smaller: a bigger file is another file


def load_form(path: Path | str, attachments: dict[str, bytes] | None = None) -> FormDef:
    """An XLSForm (.xlsx/.xls) or XForm (.xml) file, with attachments (CSV or XML lists) taken
    from `attachments` or, failing that, from files of those names beside it."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_FORM_FILE_BYTES, f"The form file {path.name}", "is it the right file?")
    except InvalidInput as exc:
        raise FormError([Problem(exc.message)], unreadable=True) from None
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

    def row_of(ref: str) -> int | None:
        return rows.get(ref.split("/", 2)[-1] if ref and root else "")

    attachments = _gather_attachments(xml, dict(attachments or {}), search_dir, row_of)
    return parse_xform(xml, attachments, row_of=row_of)


def declared_files(xml: str) -> list[DeclaredFile]:
    """The media and list files an XForm declares, in the places parse_xform reads them from.

    Text anywhere else (comments, labels, hints, constraint messages, calculations) is never a
    file name, whatever it looks like. An XForm that is not well-formed declares nothing here;
    parse_xform reports it.
    """
    try:
        html: ET.Element = safe_fromstring(xml)
    except (ET.ParseError, ValueError):
        return []
    head = html.find(f"{{{H}}}head")
    model = head.find(f"{{{XF}}}model") if head is not None else None
    if model is None:
        return []
    out: list[DeclaredFile] = []
    itext = model.find(f"{{{XF}}}itext")
    for tr in itext.findall(f"{{{XF}}}translation") if itext is not None else []:
        for text in tr.findall(f"{{{XF}}}text"):
            text_id = text.get("id") or ""
            for value in text.findall(f"{{{XF}}}value"):
                form = value.get("form")
                # A value built with <output> is computed at fill time, not a file we could read now.
                if form not in MEDIA_FORMS or len(value):
                    continue
                name = _name_after(value.text or "", _MEDIA_PREFIXES)
                if name is not None:
                    ref = text_id.split(":", 1)[0] if text_id.startswith("/") else None
                    out.append(DeclaredFile(name, f"the {form} of the text `{text_id}`", ref))
    users = _list_users(html.find(f"{{{H}}}body"))
    for inst in model.findall(f"{{{XF}}}instance"):
        iid, src = inst.get("id"), inst.get("src")
        if iid is None or not src:
            continue  # the primary instance, or an inline list
        name = _name_after(src, _LIST_PREFIXES)
        if name is not None:
            out.append(DeclaredFile(name, f"the list `{iid}`", users.get(iid)))
    return out


def _list_users(body: ET.Element | None) -> dict[str, str]:
    """Instance id -> the first question choosing from it (select_one_from_file), so a refused
    list file is reported at that question's survey row."""
    users: dict[str, str] = {}
    for control in body.iter() if body is not None else []:
        itemset = control.find(f"{{{XF}}}itemset")
        ref = control.get("ref")
        m = _INSTANCE_CALL.match(itemset.get("nodeset") or "") if itemset is not None else None
        if m and ref:
            users.setdefault(m.group(1), ref)
    return users


def _name_after(uri: str, prefixes: tuple[str, ...]) -> str | None:
    """The file name of a jr:// reference to a form file; None for anything else (a URL, a
    jr://instance/..., plain text), which names no file of the form's folder."""
    uri = uri.strip()
    for prefix in prefixes:
        if uri.startswith(prefix):
            return uri[len(prefix) :]
    return None


def attachment_name_problem(name: str) -> str | None:
    """Why `name` is not a plain relative file name inside a form's folder, or None if it is.

    Checked on the text alone, so it also guards names that arrive in a synced form row."""
    if not name:
        return "it is empty"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return "it contains a control character"
    if "\\" in name:
        return "it contains a backslash"
    if name.startswith("/"):
        return "it is an absolute path"
    if _DRIVE.match(name):
        return "it names a drive"
    parts = name.split("/")
    if ".." in parts:
        return "it climbs out of the form's folder (`..`)"
    if any(part in ("", ".") for part in parts):
        return "it has an empty or `.` part"
    return None


def shown_name(name: str) -> str:
    """A name as a message can show it: control characters escaped, and not too long."""
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)
    return text if len(text) <= _SHOWN_NAME_CHARS else text[:_SHOWN_NAME_CHARS] + "…"


def _gather_attachments(
    xml: str,
    attachments: dict[str, bytes],
    search_dir: Path | None,
    row_of: Callable[[str], int | None],
) -> dict[str, bytes]:
    """`attachments` (names checked) plus every declared file found in `search_dir`. Every
    refused name is reported; a declared file that is missing is left out, as before: parse_xform
    says so for a list, and a missing image only means the label shows its text."""
    problems: list[Problem] = []
    for name in sorted(attachments):
        reason = attachment_name_problem(name)
        if reason:
            problems.append(Problem(f"the attachment `{shown_name(name)}` cannot be used: {reason}."))
    seen: set[str] = set()
    for declared in declared_files(xml):
        name = declared.name
        if name in seen:
            continue
        seen.add(name)
        reason = attachment_name_problem(name)
        if reason is None and name not in attachments and search_dir is not None:
            data, reason = _read_inside(search_dir, name)
            if data is not None:
                attachments[name] = data
        if reason:
            problems.append(
                Problem(
                    f"{declared.what} names the file `{shown_name(name)}`, which cannot be used: {reason}. "
                    "Put the file itself in the form's folder (or a folder inside it) and name it from there.",
                    ref=declared.ref,
                    row=row_of(declared.ref) if declared.ref else None,
                )
            )
    if problems:
        raise FormError(problems)
    return attachments


def _read_inside(folder: Path, name: str) -> tuple[bytes | None, str | None]:
    """(bytes, None) for a regular file inside `folder`; (None, None) when it is not there;
    (None, reason) when it must not be read. `name` has passed attachment_name_problem."""
    try:
        base = folder.resolve(strict=True)
        real = base.joinpath(*name.split("/")).resolve(strict=True)
    except (OSError, RuntimeError):
        return None, None  # missing, a dangling link or a link loop: not there, as before
    # The name itself is plain, but a symbolic link (the file, or a folder on its way) may point
    # anywhere; only where it really leads counts.
    if not real.is_relative_to(base):
        return None, "it is a link to a file outside the form's folder"
    try:
        # O_NOFOLLOW: the file cannot be swapped for a link between the check above and the read;
        # O_NONBLOCK: a FIFO put there does not hang the command (it is refused just below).
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return None, f"it cannot be read ({exc.strerror or type(exc).__name__})"
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if stat.S_ISDIR(info.st_mode):
            return None, None  # a folder of that name: no file there, as before
        if not stat.S_ISREG(info.st_mode):
            return None, "it is not a regular file"
        if info.st_size > MAX_ATTACHMENT_BYTES:
            return None, f"it is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB"
        return fh.read(MAX_ATTACHMENT_BYTES + 1), None


# pyxform's words when none of its readers could open the data (it tries them all, then says so).
_PYXFORM_UNREADABLE = "was not recognized as a supported type"
_ON_SHEET = re.compile(r"On the '([^']+)' sheet", re.IGNORECASE)


# Converting a spreadsheet is most of opening it (about 1.5 s for a 600-row form): each version of
# a form is converted once and the result kept in the user's cache folder, named by the file's
# SHA-256, pyxform's version and CONVERSION (raise it when what this module makes of pyxform's
# output changes). Only form definitions are kept there, never answers. CIRCUITRIDE_FORM_CACHE
# names another folder, or `off`.
CONVERSION = 1
FORM_CACHE_ENV = "CIRCUITRIDE_FORM_CACHE"


def _conversion_cache(data: bytes, filename: str) -> Path | None:
    setting = os.environ.get(FORM_CACHE_ENV, "")
    if setting.lower() == "off":
        return None
    try:
        from importlib.metadata import version

        import platformdirs

        pyxform_version = version("pyxform")
        folder = Path(setting) if setting else platformdirs.user_cache_path("CircuitRide", appauthor=False) / "xforms"
    except Exception:  # noqa: BLE001 - no cache is only slower
        return None
    key = hashlib.sha256(f"{pyxform_version}\x00{CONVERSION}\x00{Path(filename).suffix.lower()}\x00".encode())
    key.update(data)
    return folder / f"{key.hexdigest()}.json"


def xlsform_to_xform(data: bytes, filename: str) -> tuple[str, dict[str, int], str]:
    """`convert_xlsform`, each version of a form converted once (`_conversion_cache`)."""
    cached = _conversion_cache(data, filename)
    if cached is not None:
        try:
            kept = json.loads(cached.read_text(encoding="utf-8"))
            return str(kept["xform"]), {str(k): int(v) for k, v in kept["rows"].items()}, str(kept["root"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # not converted yet, or a damaged entry: convert again
    xform, rows, root = convert_xlsform(data, filename)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"xform": xform, "rows": rows, "root": root}), encoding="utf-8")
            os.replace(tmp, cached)
        except OSError:
            log.debug("the converted form could not be kept in the cache folder")
    return xform, rows, root


def convert_xlsform(data: bytes, filename: str) -> tuple[str, dict[str, int], str]:
    """pyxform's XForm for a spreadsheet, the survey row of every element (by path below the
    root, e.g. `household/member/age`) and the root element's name.

    Three failures are told apart, because each asks something different of the person:
    a file that is no spreadsheet at all (unreadable: open it and save it again); a form pyxform
    refuses (its own message, at the row it names: fix the form); and a fault inside pyxform
    (nothing wrong need be in the form: report it). Never a traceback."""
    from pyxform.errors import PyXFormError, PyXFormReadError
    from pyxform.xls2xform import convert

    magic = {".xlsx": b"PK\x03\x04", ".xls": b"\xd0\xcf\x11\xe0"}.get(Path(filename).suffix.lower())
    if magic and not data.startswith(magic):
        raise FormError([_unreadable(filename)], unreadable=True)
    warnings: list[str] = []
    try:
        result = convert(xlsform=data, warnings=warnings, file_type=Path(filename).suffix.lower())
    except PyXFormReadError:
        raise FormError([_unreadable(filename)], unreadable=True) from None
    except PyXFormError as exc:
        if _PYXFORM_UNREADABLE in str(exc):
            raise FormError([_unreadable(filename)], unreadable=True) from None
        raise FormError([_pyxform_problem(str(exc))]) from None
    except Exception as exc:  # noqa: BLE001 - a fault in pyxform must reach the person as a message
        # The type only: pyxform's text can quote the form's cells.
        log.warning("pyxform failed on a form: %s", type(exc).__name__)
        raise FormError([_pyxform_fault(filename, exc)]) from None
    for w in warnings:
        log.debug("pyxform warning: %s", w)
    rows, root = _survey_rows(data, filename)
    xform = result.xform
    if 'mediatype="osm/*"' in xform:
        xform = _with_osm_items(xform, data, Path(filename).suffix.lower())
    return xform, rows, root


_OSM_UPLOAD = re.compile(r'<upload\b[^>]*\bmediatype="osm/\*"[^>]*>.*?</upload>', re.DOTALL)
_OSM_TAG = re.compile(r'(<tag key="([^"]*)">)(.*?)(</tag>)', re.DOTALL)


def _with_osm_items(xform: str, data: bytes, suffix: str) -> str:
    """The XForm with each OSM tag's values from the `osm` sheet as `<item>`s (label, value).

    pyxform 4 reads those rows (a list named after a tag's key) but no longer writes them, so an
    `osm` question would offer no values; older pyxform wrote them as items, which is what
    JavaRosa's parser (and OpenMapKit through ODK Collect) reads. Item labels are the sheet's
    `label` column (or its first `label::language` column): OpenMapKit shows one label per value."""
    from pyxform.xls2json_backends import get_xlsform

    try:
        rows = get_xlsform(xlsform=data, file_type=suffix).osm or []
    except Exception:  # noqa: BLE001 - the form already converted; values offered are a courtesy
        log.warning("the osm sheet of a form could not be read again for its tag values")
        return xform
    by_list: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        lowered = {str(k).strip().lower(): "" if v is None else str(v).strip() for k, v in row.items() if k}
        list_name = lowered.get("list name") or lowered.get("list_name") or ""
        value = lowered.get("name", "")
        label = lowered.get("label") or next((v for k, v in lowered.items() if k.startswith("label") and v), "")
        if list_name and value:
            by_list.setdefault(list_name, []).append((value, label or value))

    def fill_tag(m: re.Match[str]) -> str:
        key = html.unescape(m.group(2))
        if "<item" in m.group(3) or key not in by_list:
            return m.group(0)
        items = []
        for value, label in by_list[key]:
            item = ET.Element("item")
            ET.SubElement(item, "label").text = label
            ET.SubElement(item, "value").text = value
            items.append(ET.tostring(item, encoding="unicode"))
        return m.group(1) + m.group(3) + "".join(items) + m.group(4)

    return _OSM_UPLOAD.sub(lambda up: _OSM_TAG.sub(fill_tag, up.group(0)), xform)


def _unreadable(filename: str) -> Problem:
    return Problem(
        f"{filename} is not a readable spreadsheet (damaged, or another kind of file renamed). "
        "Open it in a spreadsheet program and save it again as .xlsx."
    )


def _pyxform_fault(filename: str, exc: Exception) -> Problem:
    detail = " ".join(str(exc).split())
    if len(detail) > 300:
        detail = detail[:300] + "…"
    return Problem(
        f"pyxform could not convert this form (a fault in pyxform, not necessarily in your form): "
        f"{type(exc).__name__}: {detail or 'no details'}. "
        f"Please report it with the file {filename}; meanwhile, try changing the rows you edited last."
    )


def _pyxform_problem(message: str) -> Problem:
    """pyxform's refusal as a Problem: the survey row it names as the Problem's row, or, for a
    row of another sheet (choices, settings, entities), that sheet and row in the text, since a
    Problem's row is a survey row."""
    text = " ".join(message.split())
    m = _ROW_IN_PYXFORM.search(text)
    if m is None:
        return Problem(text)
    rest = _ROW_IN_PYXFORM.sub("", text, count=1).strip(" :")
    sheet = _ON_SHEET.search(rest)
    if sheet is not None and sheet.group(1).strip().lower() != "survey":
        return Problem(f"{sheet.group(1)} sheet, row {m.group(1)}: {rest}")
    return Problem(rest, row=int(m.group(1)))


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
