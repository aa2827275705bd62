"""Random interviews replayed through Circuit Ride's form engine and ODK's, compared node by node.

The differential test (tests/forms_odk/test_odk_parity.py) and `python -m bench.parity` share this.

An interview is generated adaptively on *our* engine: walk the form in body order, answer each
relevant, writable question with a random value of its type (boundary numbers and dates, decimals,
short texts in several scripts, offered choices, some left blank), add 1-3 entries to repeats that
have no `repeat_count`, and now and then go back and change an earlier answer. Each step is applied
to our instance as it is chosen (a value our engine refuses with AnswerError is not recorded), so
the walk follows the relevance and choice lists our engine computes. The recorded steps are then
replayed through ODK's engine (tests/odk/odk_fill.mjs) with the same fixed clock, and every leaf
is compared: relevance always; value and violation when the node is relevant. Preloaded metadata
(start, end, today, deviceid, instanceID, ...) is excluded; a value computed from now() (or from a
start/end timestamp) is compared with every timestamp in it cut to its date; a value computed from
uuid() or random() is compared for relevance only. A question or repeat whose relevance reads a
random value (`once(random()) < 0.5`) is neither answered nor compared: each engine draws its own
value, so one of them would refuse the answer the other takes; the same for a repeat whose count
reads a random value. Location questions (geopoint, geotrace, geoshape) are answered with valid
locations written as ODK Collect writes them (random_location), now and then with text (which our
engine refuses), so the answers and area(), distance(), geofence() of them are compared.

Nothing here changes either engine: the comparison is what the issue asks for, and a difference is
reported with the form, the seed, the steps and the node.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pyxform.errors import PyXFormError
from pyxform.xls2xform import convert

from app.cli.forms import apply_step, fill_report
from app.forms.engine import FormInstance, Node
from app.forms.errors import AnswerError
from app.forms.model import FormDef, FormError, Problem, resolve_static, static_path
from app.forms.xlsform import load_form, load_form_bytes, xlsform_to_xform
from tests.support.odk import OdkError, OdkRunner

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
BUNDLED = ROOT / "resources" / "forms"
COMPAT_DOC = ROOT / "docs" / "forms-compatibility.md"

# The time zone both engines express now(), today() and dates in (PARITY_TZ, e.g. America/New_York).
TZ = os.environ.get("PARITY_TZ", "UTC")
# The fixed clocks an interview runs at (one per interview, chosen by its seed): an ordinary
# morning, just before midnight, a leap day, the first instant of a year.
CLOCKS = (
    "2026-11-25T10:30:00Z",
    "2026-06-30T23:59:30Z",
    "2028-02-29T12:00:00Z",
    "2027-01-01T00:00:00Z",
)
MAX_STEPS = 600  # per interview: a safety net for a walk that would not end
# The walk ends at a question of a repeat entry past this one: a count the form computes from the
# answers (a new flat while "was this the last flat?" is not yes) can grow as long as the random
# answers say no, and every entry makes each later answer dearer for both engines.
MAX_ENTRY_INDEX = 8
_ENTRY_INDEX = re.compile(r"\[(\d+)\]")
# ODK's engine takes about a second to reset an instance of a very large form (a 300 kB XForm with
# thousands of choices): the test suite runs a quarter of its interviews on those.
LARGE_XFORM = 250_000

# ----- the corpus ------------------------------------------------------------------------------------


@dataclass
class CorpusForm:
    """One form to compare: its file, the XForm both engines evaluate, and where its lists are."""

    name: str  # path relative to the corpus (or `bundled/<file>`), the id in reports and test ids
    path: Path
    xform: str
    attachments: Path  # the folder jr://file/NAME attachments are read from

    def load_ours(self) -> FormDef:
        """Our engine's compiled form; raises FormError when our engine rejects it."""
        if self.path.suffix.lower() in (".xlsx", ".xls", ".xml"):
            return load_form(self.path)
        return load_form_bytes(self.xform.encode("utf-8"), self.path.stem + ".xml", search_dir=self.attachments)


def interviews_for(cf: CorpusForm, n: int) -> int:
    """How many of `n` interviews the test suite runs on a form (all but on a very large one)."""
    return n if len(cf.xform) < LARGE_XFORM else max(1, n // 4)


def is_xform(path: Path) -> bool:
    """An .xml file that is an XForm (not a secondary-instance attachment beside one)."""
    head = path.read_bytes()[:4000]
    return b"http://www.w3.org/2002/xforms" in head and (b"<h:html" in head or b"<html" in head)


def corpus_paths() -> list[Path]:
    """Every form of the corpus and the bundled forms, sorted by name."""
    paths = []
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file() or p.name.startswith("~$") or p.name == "SOURCES.md":
            continue
        suffix = p.suffix.lower()
        if suffix in (".xlsx", ".xls", ".md") or (suffix == ".xml" and is_xform(p)):
            paths.append(p)
    paths.extend(sorted(BUNDLED.glob("*.xlsx")))
    return paths


def form_name(path: Path) -> str:
    try:
        return path.relative_to(CORPUS).as_posix()
    except ValueError:
        return "bundled/" + path.name


def prepare(path: Path) -> CorpusForm:
    """The XForm of a corpus file: pyxform's for a spreadsheet or markdown XLSForm, else the file.
    Raises FormError when pyxform cannot convert it."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls"):
        xml = xlsform_to_xform(path.read_bytes(), path.name)[0]
    elif suffix == ".md":
        try:
            xml = convert(xlsform=path.read_text("utf-8"), file_type=".md").xform
        except PyXFormError as exc:
            raise FormError([Problem(str(exc))]) from None
    else:
        xml = path.read_text("utf-8")
    return CorpusForm(form_name(path), path, xml, path.parent)


_PREPARED: dict[tuple[Path, int], tuple[CorpusForm | None, FormDef | Exception]] = {}


def prepared(path: Path) -> tuple[CorpusForm | None, FormDef | Exception]:
    """(CorpusForm, our FormDef) of a corpus file, converted and loaded once per process (the
    Web Forms and the JavaRosa test modules share it: converting the corpus is most of their
    set-up). (None, the error) when pyxform cannot convert it or the file went away; (CorpusForm,
    FormError) when our engine rejects it."""
    try:
        key = (path, path.stat().st_mtime_ns)
    except OSError as exc:
        return None, exc
    if key not in _PREPARED:
        try:
            cf = prepare(path)
        except (FormError, OSError) as exc:
            _PREPARED[key] = (None, exc)
            return _PREPARED[key]
        try:
            ours: FormDef | Exception = cf.load_ours()
        except FormError as exc:
            ours = exc
        _PREPARED[key] = (cf, ours)
    return _PREPARED[key]


# ----- the clock ---------------------------------------------------------------------------------------


def our_clock(now: str) -> datetime:
    """`now` as our engine's clock, in TZ (the ODK runner is started with the same TZ)."""
    return datetime.fromisoformat(now.replace("Z", "+00:00")).astimezone(ZoneInfo(TZ))


def new_instance(form: FormDef, now: str) -> FormInstance:
    clock = our_clock(now)
    return FormInstance(form, now=lambda: clock)


# ----- values ------------------------------------------------------------------------------------------

TEXTS = (
    "Ana",
    "José Núñez",
    "Дмитро Коваленко",
    "محمد عبد الله",
    "張偉",
    "नमस्ते",
    "Tesfay ተስፋይ",
    "Nguyễn Thị Hồng",
    "ok 😀",
    " padded ",
    "  ",
    "12",
    "3.5",
    "2026-01-15",
    "yes",
    "O'Brien",
    'say "hi"',
    "a < b & c",
    "line one\nline two",
    "x" * 80,
)
INTEGERS = ("0", "1", "-1", "2", "3", "5", "7", "10", "12", "17", "18", "19", "21", "64", "65", "99", "100",
            "101", "120", "121", "150", "999", "1000", "-100", "2147483647", "-2147483648", "007")  # fmt: skip
# Values past the ends of xsd:int (ODK's `int`): offered to our engine, which must refuse them or
# treat them as ODK does.
INTEGERS_OUT_OF_RANGE = ("2147483648", "-2147483649", "99999999999")
DECIMALS = ("0", "0.5", "1", "1.5", "2", "2.25", "-3.75", "10", "0.1", "0.001", "99.99", "100", "120.5",
            "1234.5678", "-0.5", "3.14159", "1000000", "18")  # fmt: skip
TIMES = ("00:00:00", "08:00:00", "09:30:00.000", "12:00:00", "13:45:30", "17:59:59", "23:59:59", "10:15:00.000+01:00",
         "06:30:00.000-05:00")  # fmt: skip
# Boundary spellings that are not the canonical lexical form of the type: our engine must refuse
# them or store them as ODK does.
LOOSE = {"time": ("10:30",), "dateTime": ("2026-11-25T10:30",), "decimal": ("-0", "1e3", ".5"), "int": ("+5",)}


def _dates(now: datetime) -> list[str]:
    today = now.date()
    out = {today, today - timedelta(days=1), today + timedelta(days=1), date(2000, 2, 29), date(1970, 1, 1),
           date(1900, 1, 1), date(1999, 12, 31), date(2024, 12, 31)}  # fmt: skip
    for years in (1, 5, 17, 18, 65):  # birthdays exactly at a boundary, and a day either side
        try:
            d = today.replace(year=today.year - years)
        except ValueError:
            d = today.replace(year=today.year - years, day=28)
        out.update({d, d - timedelta(days=1), d + timedelta(days=1)})
    return sorted(x.isoformat() for x in out)


def _datetimes(now: datetime) -> list[str]:
    stamp = now.isoformat(timespec="milliseconds")
    return [stamp, "2026-11-25T10:30:00.000Z", "2000-01-01T00:00:00.000+00:00", "2026-03-08T02:30:00.000-05:00",
            "2025-12-31T23:59:59.999+02:00", "1999-06-15T12:00:00.000Z"]  # fmt: skip


def random_value(rnd: random.Random, typ: str, now: datetime) -> str:
    """A value for an input question of XForm type `typ` (canonical, sometimes a boundary case)."""
    if typ == "int":
        if rnd.random() < 0.05:
            return rnd.choice(INTEGERS_OUT_OF_RANGE)
        return rnd.choice(INTEGERS) if rnd.random() < 0.7 else str(rnd.randint(-20, 200))
    if typ == "decimal":
        if rnd.random() < 0.6:
            return rnd.choice(DECIMALS)
        return f"{rnd.uniform(-50, 500):.{rnd.randint(0, 4)}f}"
    if typ == "date":
        if rnd.random() < 0.6:
            return rnd.choice(_dates(now))
        return (date(1930, 1, 1) + timedelta(days=rnd.randint(0, 40000))).isoformat()
    if typ == "time":
        return rnd.choice(TIMES)
    if typ == "dateTime":
        return rnd.choice(_datetimes(now))
    if typ == "boolean":
        return rnd.choice(("true", "false", "1", "0"))
    if typ in ("geopoint", "geotrace", "geoshape"):
        if rnd.random() < 0.1:
            # Text typed into a location, which our engine refuses; never only blanks, which
            # JavaRosa's harness takes as an answer and we as none.
            return rnd.choice(_GEO_TEXTS)
        return random_location(rnd, typ)
    return rnd.choice(TEXTS)


_GEO_TEXTS = tuple(t for t in TEXTS if t.strip())
# Places a location answer is drawn around: Nairobi, Patras (JavaRosa's own geo tests), Kharkiv,
# near the antimeridian, near the equator and the prime meridian.
_PLACES = ((-1.2921, 36.8219), (38.253094, 21.756382), (49.9935, 36.2304), (-16.5, 179.99), (0.5, -0.5))


def _java_number(value: float) -> str:
    """A coordinate as ODK Collect writes it (Java's Double.toString: `100.0`, `0.0`)."""
    from app.forms.geojson import _java_double

    return _java_double(value)


def random_location(rnd: random.Random, typ: str) -> str:
    """A valid geopoint, geotrace or geoshape answer as ODK Collect writes one: every point as
    latitude, longitude, altitude and accuracy in Java's spelling (`-1.2921 36.8219 1650.0 5.0`),
    points joined by "; " (JavaRosa writes a location answer that way whatever it was given, so the
    three engines store the same text). A trace or shape stays within about a kilometre."""
    lat0, lon0 = rnd.choice(_PLACES)

    def point(lat: float, lon: float) -> str:
        alt = rnd.choice((0.0, 0.0, 12.5, 1650.0))
        acc = rnd.choice((0.0, 3.9, 5.0, 20.0))
        lat = max(-90.0, min(90.0, round(lat, 6)))
        lon = max(-180.0, min(180.0, round(lon, 6)))
        return " ".join(_java_number(v) for v in (lat, lon, alt, acc))

    def near() -> tuple[float, float]:
        return lat0 + rnd.uniform(-0.005, 0.005), lon0 + rnd.uniform(-0.005, 0.005)

    if typ == "geopoint":
        return point(*near()) if rnd.random() < 0.8 else point(lat0, lon0)
    corners = [near() for _ in range(rnd.randint(2, 4) if typ == "geotrace" else rnd.randint(3, 5))]
    if typ == "geoshape":
        corners.append(corners[0])
    return "; ".join(point(lat, lon) for lat, lon in corners)


def maybe_loose(rnd: random.Random, typ: str, value: str) -> str:
    """Now and then, a non-canonical spelling of a value of that type (see LOOSE)."""
    loose = LOOSE.get(typ)
    return rnd.choice(loose) if loose and rnd.random() < 0.05 else value


# ----- generating an interview -------------------------------------------------------------------------


@dataclass
class Interview:
    form: str
    seed: int
    now: str
    steps: list[dict[str, Any]]
    refused: int = 0  # values our engine refused while generating (not recorded as steps)
    crash: str | None = None  # our engine raised something other than AnswerError


def count_sources(form: FormDef) -> set[str]:
    """Static paths a repeat count reads, directly or through calculations: answered with small
    numbers only (a count of 2147483647 makes ODK's engine build that many entries)."""
    reads: dict[str, set[str]] = {}
    for path, b in form.binds.items():
        if b.calculate is not None:
            reads[path] = {_abs(path, static_path(r)) for r in b.calculate.references()}
    todo = [
        _abs(ctl.ref, static_path(r))
        for ctl in form.by_ref.values()
        if ctl.kind == "repeat" and ctl.count is not None
        for r in ctl.count.references()
    ]
    out: set[str] = set()
    while todo:
        path = todo.pop()
        if path not in out:
            out.add(path)
            todo.extend(reads.get(path, ()))
    return out


def _node_type(node: Node) -> str:
    return node.bind.type if node.bind is not None else "string"


def _writable(node: Node) -> bool:
    return node.relevant and not node.readonly


def _walk_items(inst: FormInstance) -> list[tuple[str, str, Any]]:
    """The form in body order, as it stands now: ("q", ref, node) for each relevant writable
    question, ("repeat", add-ref, None) after the entries of each relevant repeat without a count."""
    out: list[tuple[str, str, Any]] = []

    def visit(fields: list[Any]) -> None:
        for f in fields:
            if f.kind == "group":
                if f.node is None or f.node.relevant:
                    visit(f.children)
            elif f.kind == "repeat":
                parent = f.parent_node
                if parent is None or not parent.relevant:
                    continue
                entries = f.children
                for entry in entries:
                    if entry.node is not None and entry.node.relevant:
                        visit(entry.children)
                ctl = f.control
                if ctl.count is None and not ctl.no_add_remove and ctl.ref:
                    if not entries or any(e.node is not None and e.node.relevant for e in entries):
                        out.append(("repeat", inst.ref(parent) + "/" + ctl.ref.rsplit("/", 1)[1], None))
            elif f.kind in ("input", "select1", "select") and f.node is not None and _writable(f.node):
                out.append(("q", f.ref, f.node))

    visit(inst.layout())
    return out


class _Walker:
    def __init__(self, form: FormDef, seed: int, name: str) -> None:
        self.rnd = random.Random(seed)
        self.now = CLOCKS[seed % len(CLOCKS)]
        self.clock = our_clock(self.now)
        self.inst = new_instance(form, self.now)
        self.interview = Interview(name, seed, self.now, [])
        self.answered: list[str] = []
        # How this interview behaves: some people skip more, some fill repeats generously.
        self.p_blank = self.rnd.choice((0.0, 0.1, 0.25))
        self.max_add = self.rnd.choice((1, 2, 3))
        self.counts = count_sources(form)
        # Questions and repeats whose relevance reads a random value (`once(random()) < 0.5`): each
        # engine draws its own, so one of them would refuse the answer; left unanswered (they are
        # not compared either, see node_rules).
        preloaded = {p for p, b in form.binds.items() if b.preload is not None}
        self.by_chance = {p for p, r in node_rules(form).items() if r.mode == "skip" and p not in preloaded}

    def step_for(self, ref: str, node: Node, *, revisit: bool = False) -> dict[str, Any] | None:
        rnd = self.rnd
        ctl = self.inst.control(node)
        kind = ctl.kind if ctl is not None else "input"
        if kind == "select":
            offered = [v for v, _ in self.inst.choices(node)]
            k = rnd.randint(0, min(3, len(offered)))
            return {"ref": ref, "values": rnd.sample(offered, k)}
        if kind == "select1":
            offered = [v for v, _ in self.inst.choices(node)]
            if not offered or (revisit and rnd.random() < 0.2):
                return {"ref": ref, "value": ""} if node.value else None
            return {"ref": ref, "value": rnd.choice(offered)}
        if revisit and rnd.random() < 0.2:
            return {"ref": ref, "value": ""}
        typ = _node_type(node)
        if node.path in self.counts and typ in ("int", "decimal", "string"):
            return {"ref": ref, "value": str(rnd.randint(0, 4))}
        return {"ref": ref, "value": maybe_loose(rnd, typ, random_value(rnd, typ, self.clock))}

    def apply(self, step: dict[str, Any]) -> bool:
        try:
            apply_step(self.inst, step)
        except AnswerError:
            self.interview.refused += 1
            return False
        self.interview.steps.append(step)
        return True

    def run(self) -> Interview:
        seen: set[str] = set()
        try:
            while len(self.interview.steps) < MAX_STEPS:
                item = next((i for i in _walk_items(self.inst) if i[1] not in seen), None)
                if item is None:
                    break
                what, ref, node = item
                seen.add(ref)
                if any(int(i) > MAX_ENTRY_INDEX for i in _ENTRY_INDEX.findall(ref)):
                    break
                if static_path(ref) in self.by_chance:
                    continue
                if what == "repeat":
                    if self.rnd.random() < 0.85:
                        self.apply({"ref": ref, "add": self.rnd.randint(1, self.max_add)})
                    continue
                if self.rnd.random() < self.p_blank:
                    continue
                step = self.step_for(ref, node)
                if step is not None and self.apply(step):
                    self.answered.append(ref)
            self.revisit()
        except Exception:  # noqa: BLE001 - any crash of our engine is a finding, reported with its steps
            self.interview.crash = traceback.format_exc(limit=6)
        return self.interview

    def revisit(self) -> None:
        """Go back and change (or clear) a few earlier answers, as a person correcting a form."""
        if not self.answered or self.rnd.random() < 0.4:
            return
        for ref in self.rnd.sample(self.answered, min(len(self.answered), self.rnd.randint(1, 3))):
            try:
                node = self.inst.node_at(ref)
            except AnswerError:
                continue  # its repeat entry went away
            if not _writable(node):
                continue
            step = self.step_for(ref, node, revisit=True)
            if step is not None:
                self.apply(step)


def generate_interview(form: FormDef, seed: int, name: str = "") -> Interview:
    """A reproducible random interview of `form` (same seed, same steps)."""
    return _Walker(form, seed, name).run()


def interview_seed(base: int, form: str, index: int) -> int:
    """A seed per (form, interview number) that does not depend on the order forms run in."""
    h = 0
    for ch in f"{base}:{form}:{index}":
        h = (h * 131 + ord(ch)) % (2**31 - 1)
    return h


# ----- comparing ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeRule:
    """How a node is compared: skipped (preloaded metadata), relevance only (random values), by
    date (timestamps from the clock), or in full."""

    mode: str  # "skip" | "relevance" | "date" | "full"
    role: str  # "question <type>", "select_one", "select_multiple", "calculate <type>", "note", "hidden <type>"


_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_VOLATILE_FUNCTIONS = {"uuid", "random", "randomize"}


def node_rules(form: FormDef) -> dict[str, NodeRule]:
    """A rule for every static path with a bind or a control."""
    rules: dict[str, NodeRule] = {}
    preload_modes: dict[str, str] = {}
    for path, b in form.binds.items():
        if b.preload is not None:
            preload_modes[path] = "relevance" if b.preload[0] == "uid" else "date"
    # Calculations and dynamic defaults that read the clock or a random source, directly or through
    # another node: iterate to a fixed point over what each expression reads.
    exprs: dict[str, list[Any]] = {}
    for path, b in form.binds.items():
        if b.calculate is not None:
            exprs.setdefault(path, []).append(b.calculate)
    for sv in form.setvalues:
        if sv.value is not None:
            exprs.setdefault(sv.ref, []).append(sv.value)
    taint: dict[str, str] = dict(preload_modes)
    changed = True
    while changed:
        changed = False
        for path, es in exprs.items():
            mode = taint.get(path)
            for e in es:
                funcs = e.functions()
                reads = [static_path(r) for r in e.references()]
                new = None
                if funcs & _VOLATILE_FUNCTIONS or any(taint.get(_abs(path, r)) == "relevance" for r in reads):
                    new = "relevance"
                elif "now" in funcs or any(taint.get(_abs(path, r)) == "date" for r in reads):
                    new = "date"
                if new and mode != "relevance" and new != mode:
                    mode = new
            if mode and taint.get(path) != mode:
                taint[path] = mode
                changed = True
    # Relevance that reads a random value (`${rand} < 0.5`) differs between engines by design: such a
    # node, and everything under it, is not compared at all.
    by_chance = [
        path
        for path, b in form.binds.items()
        if b.relevant is not None
        and (
            b.relevant.functions() & _VOLATILE_FUNCTIONS
            or any(taint.get(_abs(path, static_path(r))) == "relevance" for r in b.relevant.references())
        )
    ]
    # So does the number of entries of a repeat whose count reads a random value (sofala_s3m's
    # children of a mother drawn at random): each engine makes its own number of entries.
    by_chance += [
        ctl.ref
        for ctl in form.by_ref.values()
        if ctl.kind == "repeat"
        and ctl.count is not None
        and (
            ctl.count.functions() & _VOLATILE_FUNCTIONS
            or any(taint.get(_abs(ctl.ref, static_path(r))) == "relevance" for r in ctl.count.references())
        )
    ]

    def chance(path: str) -> bool:
        return any(path == p or path.startswith(p + "/") for p in by_chance)

    for path, b in form.binds.items():
        ctl = form.by_ref.get(path)
        if ctl is not None and ctl.kind in ("select1", "select"):
            role = "select_one" if ctl.kind == "select1" else "select_multiple"
        elif ctl is not None and ctl.kind == "input":
            note = b.readonly is not None and b.readonly.source.strip() == "true()" and b.calculate is None
            role = "note" if note and b.type == "string" else f"question {b.type}"
        elif b.calculate is not None:
            role = f"calculate {b.type}"
        else:
            role = f"hidden {b.type}"
        mode = "skip" if path in preload_modes or chance(path) else taint.get(path, "full")
        rules[path] = NodeRule(mode, role)
    if by_chance:  # nodes without a bind under such a group too
        todo = [form.root]
        while todo:
            node = todo.pop()
            todo.extend(node.children)
            if node.path not in rules and chance(node.path):
                rules[node.path] = NodeRule("skip", "relevant by chance")
    return rules


METADATA = NodeRule("skip", "metadata")
_PREFIX = re.compile(r"(?<=/)[A-Za-z_][\w.-]*:")


def local_ref(ref: str) -> str:
    """A reference with namespace prefixes dropped (`/data/orx:meta/orx:instanceID` ->
    `/data/meta/instanceID`): ODK spells an element with the prefix it has in the form."""
    return _PREFIX.sub("", ref)


def _is_metadata(ref: str) -> bool:
    """meta/instanceID, which ODK's engine adds to a form that lacks it (Collect does the same)."""
    return static_path(ref).split("/")[-2:] == ["meta", "instanceID"]


def _abs(base: str, ref: str) -> str:
    return resolve_static(base, ref) or ref


def _by_date(value: Any) -> Any:
    return _TIMESTAMP.sub(r"\1", value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Diff:
    form: str
    seed: int
    ref: str
    field: str  # relevant | value | violation | node (present in one engine only) | step | crash
    ours: Any
    odk: Any
    role: str
    engines: tuple[str, str] = ("ours", "ODK")  # what `ours` and `odk` hold (e.g. Web Forms vs JavaRosa)

    def cause(self) -> str:
        """A short class for grouping: the field, the kind of node and how the values differ."""
        return f"{self.field} of {self.role}: {_shape(self.field, self.ours, self.odk)}"

    def describe(self) -> str:
        a, b = self.engines
        return f"{self.ref} {self.field}: {a} {json.dumps(self.ours, ensure_ascii=False)} " + (
            f"vs {b} {json.dumps(self.odk, ensure_ascii=False)}"
        )


def _num(v: Any) -> float | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _shape(field_: str, ours: Any, odk: Any) -> str:
    if field_ == "node":
        return "only ours" if odk is None else "only ODK"
    if field_ == "step":
        return re.sub(r"^step \d+: ", "", str(odk))[:100]
    if field_ == "crash":
        return str(ours)[:100]
    if field_ in ("relevant", "violation"):
        return f"ours {ours}, ODK {odk}"
    if isinstance(ours, list) or isinstance(odk, list):
        if sorted(ours or []) == sorted(odk or []):
            return "same choices, other order"
        return "ours blank" if not ours else ("ODK blank" if not odk else "other choices")
    if ours == "":
        return "ours blank"
    if odk == "":
        return "ODK blank"
    a, b = _num(ours), _num(odk)
    if a is not None and b is not None:
        return "same number, other spelling" if a == b else "other number"
    if ours.strip() == odk.strip():
        return "whitespace"
    return "other text"


def _same_spelled_otherwise(rule: NodeRule, engines: tuple[str, str], a: Any, b: Any) -> bool:
    """Two spellings of one value that only Web Forms writes otherwise: a number with a trailing
    `.0` (Web Forms writes a decimal answer or a copy of one as `297.0` where JavaRosa, Collect's
    submission and we write a computed `297`) and a trace or shape with `;` between points where
    JavaRosa (Collect) and we write `; `. Any pair with JavaRosa compares the text, so our
    spelling is held to Collect's."""
    if "JavaRosa" in engines or not isinstance(a, str) or not isinstance(b, str):
        return False
    if a + ".0" == b or b + ".0" == a:
        return _num(a) is not None
    if rule.role.endswith((" geotrace", " geoshape")):
        return re.sub(r"\s*;\s*", ";", a) == re.sub(r"\s*;\s*", ";", b)
    return False


def compare(
    form: FormDef,
    rules: dict[str, NodeRule],
    ours: dict[str, Any],
    odk: dict[str, Any],
    name: str,
    seed: int,
    engines: tuple[str, str] = ("ours", "ODK"),
) -> tuple[int, list[Diff]]:
    """(nodes compared, differences) between two `forms fill` documents of the same interview
    (`engines` names the two, for the report: ours and ODK's by default)."""
    a = {local_ref(n["ref"]): n for n in ours["nodes"]}
    b = {local_ref(n["ref"]): n for n in odk["nodes"]}
    checks = 0
    diffs: list[Diff] = []
    for ref in dict.fromkeys([*a, *b]):
        rule = rules.get(static_path(ref), METADATA if _is_metadata(ref) else NodeRule("full", "node"))
        if rule.mode == "skip":
            continue
        checks += 1
        x, y = a.get(ref), b.get(ref)
        if x is None or y is None:
            diffs.append(Diff(name, seed, ref, "node", x and "present", y and "present", rule.role, engines))
            continue
        if x["relevant"] != y["relevant"]:
            diffs.append(Diff(name, seed, ref, "relevant", x["relevant"], y["relevant"], rule.role, engines))
            continue
        if not x["relevant"]:
            continue
        if rule.mode != "relevance":
            xv, yv = x["value"], y["value"]
            if rule.mode == "date":
                xv, yv = _by_date(xv), _by_date(yv)
            # A ranking is a list in `forms fill` and Web Forms' output, the stored text ("a b c")
            # in the JavaRosa harness's: the same items in the same order are the same answer.
            if isinstance(xv, list) and isinstance(yv, str):
                yv = yv.split()
            elif isinstance(yv, list) and isinstance(xv, str):
                xv = xv.split()
            if xv != yv and not _same_spelled_otherwise(rule, engines, xv, yv):
                diffs.append(Diff(name, seed, ref, "value", x["value"], y["value"], rule.role, engines))
        if x["violation"] != y["violation"]:
            diffs.append(Diff(name, seed, ref, "violation", x["violation"], y["violation"], rule.role, engines))
    return checks, diffs


# ----- one interview, both engines ---------------------------------------------------------------------


@dataclass
class Outcome:
    interview: Interview
    checks: int = 0
    diffs: list[Diff] = field(default_factory=list)

    def report(self, limit: int = 12) -> str:
        lines = [f"form {self.interview.form}, seed {self.interview.seed}, clock {self.interview.now} ({TZ})"]
        lines += [f"  {d.describe()}" for d in self.diffs[:limit]]
        if len(self.diffs) > limit:
            lines.append(f"  ... and {len(self.diffs) - limit} more")
        lines.append("  steps: " + json.dumps(self.interview.steps, ensure_ascii=False))
        if self.interview.crash:
            lines.append("  our engine crashed:\n" + self.interview.crash)
        return "\n".join(lines)


class Reference(Protocol):
    """An ODK engine runner: tests.support.odk.OdkRunner (Web Forms) or
    tests.forms_odk.javarosa.JavaRosaRunner (JavaRosa)."""

    def fill_xml(
        self,
        xform_xml: str,
        steps: list[dict[str, Any]],
        attachments: Path | str | None = None,
        *,
        now: str | None = None,
    ) -> dict[str, Any]: ...


def engine_name(runner: Reference) -> str:
    """ "JavaRosa" for the JavaRosa runner, "ODK" (Web Forms, the first reference) otherwise."""
    return str(getattr(runner, "name", "ODK"))


def our_report(form: FormDef, interview: Interview) -> dict[str, Any]:
    """Our engine's document for the interview, replayed on a fresh instance. A crash of our engine
    in the replay (e.g. its time limit on a loaded machine) is recorded on the interview."""
    try:
        inst = new_instance(form, interview.now)
        for step in interview.steps:
            apply_step(inst, step)
        return fill_report(inst)
    except Exception:  # noqa: BLE001 - any crash of our engine is a finding, reported with its steps
        interview.crash = traceback.format_exc(limit=6)
        return {"nodes": []}


def _crashed(cf: CorpusForm, interview: Interview) -> Outcome:
    out = Outcome(interview)
    crash = (interview.crash or "").strip().splitlines()[-1:] or [""]
    out.diffs.append(Diff(cf.name, interview.seed, "", "crash", crash[0], None, "engine"))
    return out


def replay(cf: CorpusForm, runner: Reference, interview: Interview) -> dict[str, Any] | OdkError:
    """The runner's document for the interview, or the OdkError of a step it refused."""
    try:
        return runner.fill_xml(cf.xform, interview.steps, attachments=cf.attachments, now=interview.now)
    except OdkError as exc:
        if exc.returncode != 1:
            raise
        return exc


def _pair(
    cf: CorpusForm,
    form: FormDef,
    rules: dict[str, NodeRule],
    interview: Interview,
    a: dict[str, Any] | OdkError,
    b: dict[str, Any] | OdkError,
    engines: tuple[str, str],
) -> Outcome:
    out = Outcome(interview)
    seed = interview.seed
    if isinstance(a, OdkError) or isinstance(b, OdkError):
        msg_a = a.stderr if isinstance(a, OdkError) else "accepted"
        msg_b = b.stderr if isinstance(b, OdkError) else "accepted"
        if msg_a != msg_b:
            ref = _step_ref(msg_b if isinstance(b, OdkError) else msg_a, interview.steps)
            out.diffs.append(Diff(cf.name, seed, ref, "step", msg_a, msg_b, "step", engines))
        return out
    out.checks, out.diffs = compare(form, rules, a, b, cf.name, seed, engines)
    return out


def run_interview(
    cf: CorpusForm, form: FormDef, rules: dict[str, NodeRule], odk: Reference | OdkRunner, seed: int
) -> Outcome:
    """Generate an interview on our engine, replay it on a fresh instance of ours and on an ODK
    engine (Web Forms' or JavaRosa's runner), and compare."""
    interview = generate_interview(form, seed, cf.name)
    if interview.crash:
        out = Outcome(interview)
        out.diffs.append(Diff(cf.name, seed, "", "crash", interview.crash.strip().splitlines()[-1], None, "engine"))
        return out
    ours = our_report(form, interview)
    if interview.crash:
        return _crashed(cf, interview)
    return _pair(cf, form, rules, interview, ours, replay(cf, odk, interview), ("ours", engine_name(odk)))


PAIRS = ("ours/Web Forms", "ours/JavaRosa", "Web Forms/JavaRosa")


def run_three(
    cf: CorpusForm,
    form: FormDef,
    rules: dict[str, NodeRule],
    webforms: Reference | None,
    javarosa: Reference | None,
    seed: int,
) -> dict[str, Outcome]:
    """One interview replayed through our engine, Web Forms' and JavaRosa's (either may be None:
    not installed, or it cannot load the form): an Outcome per engine pair of PAIRS."""
    interview = generate_interview(form, seed, cf.name)
    if interview.crash:
        out = Outcome(interview)
        out.diffs.append(Diff(cf.name, seed, "", "crash", interview.crash.strip().splitlines()[-1], None, "engine"))
        return {p: out for p in PAIRS[:2]}
    docs: dict[str, dict[str, Any] | OdkError] = {"ours": our_report(form, interview)}
    if interview.crash:
        out = _crashed(cf, interview)
        return {p: out for p in PAIRS[:2]}
    if webforms is not None:
        docs["Web Forms"] = replay(cf, webforms, interview)
    if javarosa is not None:
        docs["JavaRosa"] = replay(cf, javarosa, interview)
    outcomes = {}
    for pair in PAIRS:
        a, b = pair.split("/")
        if a in docs and b in docs:
            outcomes[pair] = _pair(cf, form, rules, interview, docs[a], docs[b], (a, b))
    return outcomes


def _step_ref(message: str, steps: list[dict[str, Any]]) -> str:
    m = re.match(r"step (\d+):", message)
    if m and int(m.group(1)) < len(steps):
        return str(steps[int(m.group(1))].get("ref"))
    return ""


# ----- ODK's engine wrong: the documented exceptions ---------------------------------------------------

_EXCEPTION_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*(\w+)\s*\|")
# The tables of docs/forms-compatibility.md, by the heading above them: rows before any `## `
# heading are Web Forms' faults; `## JavaRosa ...` JavaRosa's; `## Web Forms and JavaRosa ...`
# disagreements between the two ODK engines.
WEBFORMS_WRONG = "webforms"
JAVAROSA_WRONG = "javarosa"
ODK_ENGINES_DISAGREE = "odk-pair"


def _table_of(heading: str) -> str:
    if heading.startswith("## JavaRosa"):
        return JAVAROSA_WRONG
    if heading.startswith("## Web Forms and JavaRosa"):
        return ODK_ENGINES_DISAGREE
    return "other"


def documented_exceptions(doc: Path = COMPAT_DOC, table: str = WEBFORMS_WRONG) -> set[tuple[str, str, str]]:
    """(form, static node path, field) rows of one table of docs/forms-compatibility.md: by
    default the table where ODK's Web Forms engine is shown to be wrong; `table=JAVAROSA_WRONG`
    where JavaRosa is; `table=ODK_ENGINES_DISAGREE` where the two ODK engines differ.
    Rows look like: | `form` | `/data/node` | value | why ... |"""
    if not doc.is_file():
        return set()
    out = set()
    current = WEBFORMS_WRONG
    for line in doc.read_text("utf-8").splitlines():
        if line.startswith("## "):
            current = _table_of(line)
            continue
        m = _EXCEPTION_ROW.match(line.strip())
        if m and current == table:
            out.add((m.group(1), m.group(2), m.group(3)))
    return out


def pair_exceptions(pair: str, doc: Path = COMPAT_DOC) -> set[tuple[str, str, str]]:
    """The documented rows that excuse a difference between the engines of `pair` (one of PAIRS):
    ours vs an ODK engine only where that engine is wrong; the two ODK engines where either is
    wrong or where they are known to disagree."""
    if pair == "ours/Web Forms":
        return documented_exceptions(doc, WEBFORMS_WRONG)
    if pair == "ours/JavaRosa":
        return documented_exceptions(doc, JAVAROSA_WRONG)
    return (documented_exceptions(doc, WEBFORMS_WRONG) | documented_exceptions(doc, JAVAROSA_WRONG)
            | documented_exceptions(doc, ODK_ENGINES_DISAGREE))  # fmt: skip


def excused(diff: Diff, exceptions: set[tuple[str, str, str]]) -> bool:
    """Whether a row excuses the difference: the same form, field and node, or a row whose node
    ends in `/*` (every node under that path, for one cause that touches a whole repeat)."""
    path = static_path(diff.ref)
    if (diff.form, path, diff.field) in exceptions:
        return True
    return any(
        form == diff.form and field_ == diff.field and node.endswith("/*") and path.startswith(node[:-1])
        for form, node, field_ in exceptions
    )


def main(argv: list[str]) -> int:
    """`python -m tests.forms_odk.interviews [--javarosa] FORM SEED`: replay one interview and print its
    differences (FORM as the test ids name it, e.g. `collect/repeat_groups.xml` or
    `bundled/pre_screening.xlsx`), against Web Forms' engine or, with --javarosa, JavaRosa."""
    javarosa = argv[:1] == ["--javarosa"]
    if javarosa:
        argv = argv[1:]
    if len(argv) != 2:
        print(main.__doc__)
        return 2
    path = next((p for p in corpus_paths() if form_name(p) == argv[0]), None)
    if path is None:
        print(f"no form {argv[0]!r} in the corpus")
        return 2
    cf = prepare(path)
    form = cf.load_ours()
    if javarosa:
        from tests.forms_odk.javarosa import JavaRosaRunner

        with JavaRosaRunner(tz=TZ) as jr:
            outcome = run_interview(cf, form, node_rules(form), jr, int(argv[1]))
    else:
        with OdkRunner(tz=TZ) as odk:
            outcome = run_interview(cf, form, node_rules(form), odk, int(argv[1]))
    print(outcome.report(limit=200))
    return 1 if outcome.diffs else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
