"""Real practitioners' forms through every step: `python -m bench.forms_corpus [FILTER ...]`.

The parity corpus (tests/forms_odk/corpus) holds ODK's and pyxform's own test forms, each written to
exercise one feature; `practice/` beside them holds forms field teams actually deployed (health
programmes, mapping campaigns, nutrition coverage surveys, UNHCR tools ...; SOURCES.md says where each
comes from). Those measure something the test forms cannot: how much of what is really out there our
engine takes. For every practitioner form this prints one line:

- its survey rows (the size a form author sees);
- whether pyxform converts it (else pyxform's message);
- whether ODK Validate (JavaRosa, run by pyxform) accepts the XForm, when Java is installed;
- whether Circuit Ride's `forms check` accepts it (the same code path as `circuitride forms check`),
  otherwise the features that block it, named as `python -m bench.parity` names them;
- for an accepted form ODK's engine loads, the share of node checks on which our engine agrees with
  ODK's over FORMS_INTERVIEWS (default 8) random interviews (tests/forms_odk/interviews.py).

It ends with the totals and the blocking features ranked by how many forms they block. A step that
crashes is reported on that form's line and the run goes on: one odd spreadsheet must not hide the
other sixty. Arguments keep only the forms whose name contains one of them; FORMS_VALIDATE=0 skips
ODK Validate, FORMS_INTERVIEWS=0 skips the interviews (both are the slow steps).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml.ElementTree import fromstring as safe_fromstring

from bench.parity import feature
from tests.forms_odk import interviews as iv

PRACTICE = iv.CORPUS / "practice"
DEFAULT_INTERVIEWS = 8
CONTROLS = ("input", "select1", "select", "upload", "range", "trigger", "rank")

# Media questions (image, audio, video, file) are filled since issue 23; a binary node that no
# question shows (nothing could fill it) is still refused, named by kind rather than by node.
_BINARY_NODE = re.compile(r"`[^`]*` is one of the file nodes that no photo, audio, video or file question shows")


def blocking_features(messages: list[str]) -> list[str]:
    """Our engine's rejection messages as the features they name, one entry per feature.

    bench.parity's `feature` strips rows, paths and expressions; on top of that a node the engine
    cannot fill (a binary node no question shows) is named by its kind, not by the node, so forty
    forms with one count as forty forms blocked by one feature rather than forty features."""
    out: set[str] = set()
    for message in messages:
        if _BINARY_NODE.search(message):
            out.add("file node that no question shows (data type binary)")
        else:
            out.add(feature(message))
    return sorted(out) or ["refused without a message"]


@dataclass(frozen=True)
class XFormFacts:
    """What a reader of the corpus list wants to know of a form without opening it."""

    title: str
    controls: int
    repeats: int
    languages: tuple[str, ...]


def xform_facts(xform: str) -> XFormFacts:
    """Title, controls (input, select, upload, range, trigger, rank), repeats and languages of an XForm."""
    root: ET.Element = safe_fromstring(xform.encode("utf-8"))
    local = [el.tag.rsplit("}", 1)[-1] for el in root.iter()]
    title = next((el.text or "" for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "title"), "")
    langs = tuple(
        el.get("lang", "") for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "translation" and el.get("lang")
    )
    body = next((el for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "body"), None)
    in_body = [el.tag.rsplit("}", 1)[-1] for el in body.iter()] if body is not None else local
    return XFormFacts(
        title=" ".join(title.split()),
        controls=sum(1 for t in in_body if t in CONTROLS),
        repeats=sum(1 for t in in_body if t == "repeat"),
        languages=langs,
    )


@dataclass
class FormReport:
    """What each step made of one form. `None` for a step means it did not run (or cannot here)."""

    name: str
    rows: int | None = None
    facts: XFormFacts | None = None
    pyxform: str | None = None  # "ok" or pyxform's message
    validate: str | None = None  # "ok", ODK Validate's message, or None when skipped
    accepted: bool | None = None
    features: list[str] = field(default_factory=list)  # what blocks it in our engine
    agreement: str | None = None  # e.g. "99.2 % of 1234 checks, 8 interviews" or why not compared
    disagreeing_interviews: int | None = None  # None when not compared with ODK's engine
    crashed: list[str] = field(default_factory=list)  # steps that raised something unexpected

    def line(self) -> str:
        size = [f"{self.rows} rows"] if self.rows is not None else []
        if self.facts is not None:
            size.append(f"{self.facts.controls} controls")
            if len(self.facts.languages) > 1:
                size.append(f"{len(self.facts.languages)} languages")
        parts = [f"{self.name}: {', '.join(size) or 'size unknown'}", f"pyxform {_short(self.pyxform)}"]
        parts.append(f"ODK Validate {_short(self.validate) if self.validate is not None else 'skipped'}")
        if self.accepted:
            parts.append("ours: accepted")
        elif self.accepted is False:
            parts.append("ours: refused (" + "; ".join(self.features) + ")")
        if self.agreement is not None:
            parts.append(f"agreement {self.agreement}")
        if self.crashed:
            parts.append("CRASHED in " + "; ".join(self.crashed))
        return " | ".join(parts)


def _short(message: str | None, limit: int = 160) -> str:
    if message is None:
        return "not run"
    one = " ".join(message.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def practice_paths(filters: list[str] | None = None) -> list[Path]:
    """The practitioner forms, as the parity test finds them (its corpus_paths, under practice/)."""
    paths = [p for p in iv.corpus_paths() if p.is_relative_to(PRACTICE)]
    if filters:
        paths = [p for p in paths if any(f in iv.form_name(p) for f in filters)]
    return paths


def survey_rows(path: Path) -> int | None:
    """Non-empty rows of the survey sheet (header excluded); None for an XForm or an unreadable sheet."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = next((wb[n] for n in wb.sheetnames if n.strip().lower() == "survey"), None)
            if sheet is None:
                return None
            return sum(
                1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(c not in (None, "") for c in row)
            )
        finally:
            wb.close()
    if suffix == ".xls":
        import xlrd  # type: ignore[import-untyped]

        book = xlrd.open_workbook(str(path), on_demand=True)
        try:
            name = next((n for n in book.sheet_names() if n.strip().lower() == "survey"), None)
            if name is None:
                return None
            sheet = book.sheet_by_name(name)
            return sum(1 for r in range(1, sheet.nrows) if any(str(v).strip() for v in sheet.row_values(r)))
        finally:
            book.release_resources()
    return None


def java_available() -> bool:
    import shutil

    return shutil.which("java") is not None


def odk_validate(xform: str) -> str:
    """ODK Validate's verdict on an XForm: "ok" or its message (pyxform ships and runs the jar)."""
    from pyxform.validators.odk_validate import ODKValidateError, check_xform

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.xml"
        path.write_text(xform, "utf-8")
        try:
            check_xform(str(path))
        except ODKValidateError as exc:
            return str(exc).strip() or "rejected (no message)"
    return "ok"


def our_check(path: Path) -> tuple[bool, list[str], bool]:
    """`circuitride forms check` on the file: (accepted, blocking features, unreadable).

    The command's own steps (app/cli/forms.py): read the file within its size limit, load it with the
    lists beside it, then build an instance, since a form that loads can still be past the engine's
    limits. Features are the rejection messages reduced as bench.parity reduces them."""
    from app.cli.forms import _load
    from app.forms.engine import FormInstance
    from app.forms.errors import FormTooComplex
    from app.forms.model import FormError

    try:
        form = _load(str(path))
    except FormError as exc:
        return False, blocking_features([p.message for p in exc.problems]), exc.unreadable
    try:
        FormInstance(form)
    except FormTooComplex as exc:
        return False, [f"too complex: {exc.reason}"], False
    return True, [], False


def agreement(path: Path, per_form: int, odk: object, base_seed: int = 0) -> tuple[str, int | None]:
    """Share of node checks on which both engines agree over `per_form` interviews of the form, and
    how many interviews had a disagreement (None when ODK's engine cannot load the form)."""
    from tests.support.odk import LOAD_ERROR, OdkError, OdkRunner

    assert isinstance(odk, OdkRunner)
    cf = iv.prepare(path)
    form = cf.load_ours()
    try:
        odk.fill_xml(cf.xform, [], attachments=cf.attachments)
    except OdkError as exc:
        if exc.returncode != LOAD_ERROR:
            raise
        return "not compared: ODK's engine cannot load it (" + _short(exc.stderr, 100) + ")", None
    rules = iv.node_rules(form)
    exceptions = iv.documented_exceptions()  # where ODK's engine is wrong, as the parity test excuses them
    checks = disagreeing = bad = 0
    n = iv.interviews_for(cf, per_form)
    for index in range(n):
        out = iv.run_interview(cf, form, rules, odk, iv.interview_seed(base_seed, cf.name, index))
        checks += max(out.checks, 1 if out.diffs else 0)
        refs = {d.ref for d in out.diffs if not iv.excused(d, exceptions)}
        disagreeing += len(refs)
        bad += 1 if refs else 0
    share = 100.0 * (checks - disagreeing) / checks if checks else 100.0
    return f"{share:.1f} % of {checks} checks, {n} interviews ({bad} with a disagreement)", bad


def examine(path: Path, *, validate: bool, per_form: int, odk: object | None) -> FormReport:
    """Every step on one form; a step that raises is recorded on the report, never propagated."""
    rep = FormReport(iv.form_name(path))
    try:
        rep.rows = survey_rows(path)
    except Exception as exc:  # noqa: BLE001 - a sheet we cannot count still goes through the rest
        rep.crashed.append(f"counting rows: {type(exc).__name__}: {exc}")
    xform: str | None = None
    try:
        xform = iv.prepare(path).xform
        rep.pyxform = "ok"
    except Exception as exc:  # noqa: BLE001 - FormError is pyxform's refusal; anything else too
        rep.pyxform = str(exc) or type(exc).__name__
    if xform is not None:
        try:
            rep.facts = xform_facts(xform)
        except ET.ParseError as exc:
            rep.crashed.append(f"reading the XForm: {exc}")
    if validate and xform is not None:
        try:
            rep.validate = odk_validate(xform)
        except Exception as exc:  # noqa: BLE001
            rep.crashed.append(f"ODK Validate: {type(exc).__name__}: {exc}")
    try:
        rep.accepted, rep.features, _ = our_check(path)
    except Exception as exc:  # noqa: BLE001 - exactly what the corpus is here to find
        rep.crashed.append(f"forms check: {type(exc).__name__}: {exc}")
    if rep.accepted and odk is not None and per_form > 0:
        try:
            rep.agreement, rep.disagreeing_interviews = agreement(path, per_form, odk)
        except Exception as exc:  # noqa: BLE001
            rep.crashed.append(f"interviews: {type(exc).__name__}: {exc}")
    return rep


def summary(reports: list[FormReport], validate: bool) -> list[str]:
    """The totals and the ranked table of blocking features."""
    out = [
        "",
        f"  forms                          {len(reports):>5}",
        f"  converted by pyxform           {sum(r.pyxform == 'ok' for r in reports):>5}",
    ]
    if validate:
        out.append(f"  accepted by ODK Validate       {sum(r.validate == 'ok' for r in reports):>5}")
    else:
        out.append("  accepted by ODK Validate       skipped")
    out.append(f"  accepted by Circuit Ride       {sum(bool(r.accepted) for r in reports):>5}")
    compared = [r for r in reports if r.disagreeing_interviews is not None]
    if compared:
        differ = [r.name for r in compared if r.disagreeing_interviews]
        out.append(f"  compared with ODK's engine     {len(compared):>5}   ({len(differ)} with a disagreement)")
        out.extend(f"      {name}" for name in differ)
    crashed = [r for r in reports if r.crashed]
    if crashed:
        out.append(f"  crashed in a step              {len(crashed):>5}   ({', '.join(r.name for r in crashed)})")
    refused = [r for r in reports if r.accepted is False]
    if refused:
        counts = Counter(f for r in refused for f in r.features)
        out.append(f"\nFeatures that block our engine ({len(refused)} forms refused; a form can lack several):")
        out.extend(f"  {n:>4}  {feat}" for feat, n in counts.most_common())
        only = Counter(r.features[0] for r in refused if len(r.features) == 1)
        if only:
            out.append("\nForms blocked by exactly one feature (the cheapest to gain):")
            out.extend(f"  {n:>4}  {feat}" for feat, n in only.most_common())
    return out


def main(argv: list[str] | None = None) -> int:
    from tests.support.odk import OdkRunner, odk_available

    args = sys.argv[1:] if argv is None else argv
    paths = practice_paths(args)
    if not paths:
        print(f"no practitioner form matches {args!r} under {PRACTICE}")
        return 2
    validate = os.environ.get("FORMS_VALIDATE", "1") != "0" and java_available()
    per_form = int(os.environ.get("FORMS_INTERVIEWS", str(DEFAULT_INTERVIEWS)))
    compare = per_form > 0 and odk_available()
    print(
        f"Practitioners' forms: {len(paths)}; ODK Validate {'on' if validate else 'off (no Java or FORMS_VALIDATE=0)'}; "
        f"{per_form if compare else 'no'} interviews per accepted form"
        + ("" if compare or per_form == 0 else " (ODK's engine is not installed in tests/odk)")
    )
    started = time.perf_counter()
    reports: list[FormReport] = []

    def run(odk: object | None) -> None:
        for path in paths:
            rep = examine(path, validate=validate, per_form=per_form, odk=odk)
            reports.append(rep)
            print(rep.line(), flush=True)

    if compare:
        with OdkRunner(tz=iv.TZ) as odk:
            run(odk)
    else:
        run(None)
    for line in summary(reports, validate):
        print(line)
    print(f"\n  time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
