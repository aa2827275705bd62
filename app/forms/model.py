"""The compiled form: an XForm (as pyxform writes it from an XLSForm) read into plain Python.

We evaluate the XForm, not the spreadsheet, because that is what ODK Collect and ODK Web Forms
evaluate: pyxform has already turned `${field}` references into paths, `or_other` into a text
question, `choice_filter` into an itemset predicate and `repeat_count` into `jr:count`. Reading its
output keeps our semantics and ODK's on the same definition.

Nothing here evaluates anything: `FormDef` is immutable once built and shared by every
`FormInstance` (app/forms/engine.py) filled against it.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from defusedxml.ElementTree import fromstring as safe_fromstring

from app.forms.geojson import load_geojson
from app.forms.limits import MAX_INSTANCE_NODES, MAX_REPEAT_ENTRIES
from app.forms.xpath import Expr, XPathError, compile_xpath

XF = "http://www.w3.org/2002/xforms"
H = "http://www.w3.org/1999/xhtml"
JR = "http://openrosa.org/javarosa"
ODK = "http://www.opendatakit.org/xforms"
ORX = "http://openrosa.org/xforms"
CR = "https://circuitride.org/xforms"  # our own bind attributes: cr:prefill, cr:writeback
ENTITIES = "http://www.opendatakit.org/xforms/entities"
LAST_SAVED_SRC = "jr://instance/last-saved"  # the last submission of the same form, as a secondary instance

PREFIXES = {XF: "", H: "h", JR: "jr", ODK: "odk", ORX: "orx", CR: "cr", ENTITIES: "entities"}

# XForm data types we evaluate and render. Anything else is rejected when the form is loaded.
# Locations (geopoint, geotrace, geoshape) are checked with app/forms/geo.py; a barcode is text
# (typed or pasted on a laptop); odk:rank holds the ranked item values, space-separated.
SUPPORTED_TYPES = {
    "string", "int", "integer", "decimal", "date", "dateTime", "time", "select1", "select", "boolean",
    "geopoint", "geotrace", "geoshape", "barcode", "odk:rank", "binary",
}  # fmt: skip
GEO_TYPES = {"geopoint", "geotrace", "geoshape"}
TYPE_ALIASES = {"integer": "int", "xsd:string": "string", "xsd:int": "int", "xsd:decimal": "decimal"}
# A binary node is a media question's answer (the file's name; the file itself is kept in the vault,
# app/services/form_media.py) when an <upload> control shows it, or the audit log's node. Anywhere
# else (a hidden or calculated binary node, background audio) nothing could ever fill it: refused
# with a message naming what and where.
OSM_MEDIATYPE = "osm/*"  # an XLSForm `osm` question: ODK Collect hands it to OpenMapKit
REJECTED_TYPES = {
    "binary": "file nodes that no photo, audio, video or file question shows",
}
# A range without start, end or step: the values pyxform writes for an XLSForm range with no
# parameters (the ODK XForms spec makes the three attributes required; forms from elsewhere may
# leave them out).
RANGE_DEFAULTS = {"start": "1", "end": "10", "step": "1"}
SUPPORTED_PRELOADS = {("uid", None), ("timestamp", "start"), ("timestamp", "end"), ("date", "today")}
PROPERTY_PRELOADS = {"deviceid", "username", "email", "phonenumber", "subscriberid", "simserial", "uri:deviceid"}
SETVALUE_EVENTS = {"odk-instance-first-load", "odk-new-repeat", "odk-instance-load", "xforms-value-changed"}


class FormError(Exception):
    """A form that cannot be used, with every problem found (not only the first)."""

    def __init__(self, problems: list[Problem], *, unreadable: bool = False) -> None:
        self.problems = problems
        self.unreadable = unreadable  # not a form at all (corrupt file, not XML), as opposed to unsupported
        super().__init__("; ".join(p.describe() for p in problems))


@dataclass(frozen=True)
class Problem:
    message: str
    ref: str | None = None  # the XForm path the problem is about
    row: int | None = None  # the survey sheet row (1-based, as a spreadsheet shows it), when known

    def describe(self) -> str:
        where = f"survey row {self.row}: " if self.row else (f"{self.ref}: " if self.ref else "")
        return where + self.message

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "ref": self.ref, "message": self.message}


@dataclass(frozen=True)
class Text:
    """A label, hint or message: an itext id (translated), or a literal, with `<output>` parts."""

    itext: str | None = None
    parts: tuple[str | Expr, ...] = ()  # literal text and <output value="..."/> expressions
    dynamic: Expr | None = None  # jr:itext(<expr>) whose id is computed (itemset labels)


@dataclass(frozen=True)
class Bind:
    path: str  # static path, no indexes: /data/household/member/age
    type: str = "string"
    relevant: Expr | None = None
    required: Expr | None = None
    constraint: Expr | None = None
    calculate: Expr | None = None
    readonly: Expr | None = None
    constraint_msg: Text | None = None
    required_msg: Text | None = None
    preload: tuple[str, str | None] | None = None
    prefill: str | None = (
        None  # cr:prefill: case.<field>, person.<field>, interview.<field>, or "household" on a repeat
    )
    writeback: bool = False  # cr:writeback="yes": the answer is written back to the person on submit


@dataclass(frozen=True)
class AuditSettings:
    """What the form's `audit` meta question asks to be logged (the bind's odk: attributes), so the
    app can write the per-submission audit log Collect writes. Durations in seconds, as written."""

    path: str  # the audit node (/data/meta/audit): not a question, never shown
    location_priority: str | None = None  # high-accuracy | balanced | low-power | no-power
    location_min_interval: str | None = None
    location_max_age: str | None = None
    track_changes: bool = False  # old and new value of every answer changed
    track_changes_reasons: str | None = None  # "on-form-edit": a reason asked when a saved form is edited
    identify_user: bool = False  # the interviewer's name asked when the form is opened


@dataclass(frozen=True)
class Item:
    value: str
    label: Text


@dataclass(frozen=True)
class OsmTag:
    """One OpenStreetMap tag an `osm` question asks for (XLSForm's `osm` sheet): its key (`building`,
    `addr:street`), its label, and the values offered for it; OSM tags are free-form, so the
    offered values are suggestions, not a closed list."""

    key: str
    label: Text | None = None
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Itemset:
    nodeset: Expr
    value_ref: Expr
    label_ref: Expr | None  # jr:itext(itextId) -> dynamic itext; else a plain label child
    label_is_itext: bool


@dataclass(frozen=True)
class SetValue:
    event: str
    ref: str  # static path of the target
    value: Expr | None  # None: set to ""
    trigger: str | None = None  # for xforms-value-changed: the static path of the control that triggers it
    geopoint: bool = False  # odk:setgeopoint: the value is the device's location when the event fires


@dataclass
class Control:
    kind: str  # input | select1 | select | group | repeat | trigger | upload | range | rank
    ref: str  # static path ("" for a group without ref)
    label: Text | None = None
    hint: Text | None = None
    appearance: str = ""
    items: list[Item] = field(default_factory=list)
    itemset: Itemset | None = None
    count: Expr | None = None  # jr:count of a repeat
    no_add_remove: bool = False
    children: list[Control] = field(default_factory=list)
    setvalues: list[SetValue] = field(default_factory=list)
    # A range control's bounds and step, as the XForm writes them (RANGE_DEFAULTS when left out).
    # The value lies between start and end (either may be the larger) on a step from start.
    start: str = ""
    end: str = ""
    step: str = ""
    # An upload control (image, audio, video, file): the media type as written ("image/*",
    # "audio/*", "video/*", "application/*", or "" for a `file` question), and the bind's
    # orx:max-pixels (the longer side an image is scaled down to), None when not given.
    mediatype: str = ""
    max_pixels: int | None = None
    # An `osm` question (an upload of mediatype "osm/*"): the tags its answer file is to carry.
    osm_tags: list[OsmTag] = field(default_factory=list)


@dataclass
class TemplateNode:
    """One element of the primary instance as the form defines it (a repeat's template once)."""

    name: str  # qualified name as written (orx:meta keeps its prefix)
    local: str
    path: str  # static path
    value: str = ""  # default value
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[TemplateNode] = field(default_factory=list)
    repeat: bool = False  # this element is a repeat instance
    initial: int = 0  # for a repeat: instances in the form's initial instance (template excluded)
    initial_values: list[TemplateNode] = field(default_factory=list)  # the initial instances themselves
    templated: bool = False  # the form gave a jr:template (else the first entry is the shape, blanked)


@dataclass
class FormDef:
    form_id: str
    version: str
    title: str
    root: TemplateNode
    binds: dict[str, Bind]
    controls: list[Control]
    by_ref: dict[str, Control]
    languages: list[str]
    default_language: str | None
    itext: dict[str, dict[str, dict[str, str | tuple[str | Expr, ...]]]]  # lang -> id -> form -> text
    secondary: dict[str, ET.Element]  # instance id -> <root> element (inline or loaded attachment)
    setvalues: list[SetValue]
    calc_order: list[str]  # static paths of calculate binds, dependencies first
    xml: str  # the XForm itself, as stored and distributed
    instance_name: Expr | None = None
    attachments: dict[str, bytes] = field(default_factory=dict)
    audit: AuditSettings | None = None  # the form's `audit` meta question, if it has one
    last_saved_id: str | None = None  # the secondary instance whose src is jr://instance/last-saved

    def bind(self, path: str) -> Bind | None:
        return self.binds.get(path)

    def with_last_saved(self, xml: str | bytes | None) -> FormDef:
        """This form with `jr://instance/last-saved` reading `xml`, the last submission of the same
        form saved on this laptop (None: none yet, an empty instance, as Collect on a first fill).
        A copy: a FormDef is shared by every instance filled against it, the last submission is not."""
        if self.last_saved_id is None:
            return self
        secondary = dict(self.secondary)
        secondary[self.last_saved_id] = last_saved_root(xml, self.root.local)
        return replace(self, secondary=secondary)


# ----- reading an XForm ---------------------------------------------------------------------------
def qname(tag: str) -> str:
    """`{uri}local` as the prefixed name a form author wrote."""
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        prefix = PREFIXES.get(uri)
        return f"{prefix}:{local}" if prefix else local
    return tag


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(el: ET.Element, name: str, ns: str | None = None) -> str | None:
    return el.get(f"{{{ns}}}{name}" if ns else name)


_STRIP_PREDICATES = re.compile(r"\[[^\[\]]*\]")


_STEP_PREFIX = re.compile(r"(?<=/)[A-Za-z_][\w.-]*:(?=[A-Za-z_])")


def static_path(ref: str) -> str:
    """`/data/member[2]/age` -> `/data/member/age`; `/data/orx:meta/instanceID` -> `/data/meta/instanceID`
    (instance nodes are matched by local name, as the evaluator does)."""
    prev = None
    while prev != ref:
        prev, ref = ref, _STRIP_PREDICATES.sub("", ref)
    return _STEP_PREFIX.sub("", ref.strip())


def resolve_static(base: str, ref: str) -> str | None:
    """A path an expression reads, made absolute against the bound node's static path; None for
    paths into secondary instances or ones we cannot place statically."""
    ref = static_path(ref)
    if ref.startswith("instance(") or "current()" in ref or "//" in ref:
        return None
    if ref.startswith("/"):
        return ref.rstrip("/")
    parts = base.split("/") if base else [""]
    for step in ref.split("/"):
        if step in ("", "."):
            continue
        if step == "..":
            if len(parts) > 1:
                parts.pop()
            continue
        if step.startswith("@") or "(" in step:
            return None
        parts.append(step)
    return "/".join(parts)


class _Compiler:
    def __init__(self, problems: list[Problem], row_of: Callable[[str], int | None]) -> None:
        self.problems = problems
        self.row_of = row_of
        self.bind_ids: dict[str, str] = {}  # <bind id="..."> -> its static path
        self.compiled: list[tuple[str, str | None]] = []  # (source, path) of every expression compiled
        self.top_ref = ""  # the primary instance's root (`/data`): a relative body ref outside any group

    def expr(self, source: str | None, ref: str, what: str) -> Expr | None:
        if source is None or not source.strip():
            return None
        self.compiled.append((source, ref or None))
        try:
            return compile_xpath(source)
        except XPathError as exc:
            self.problems.append(Problem(f"{what} `{source.strip()}`: {exc}", ref, self.row_of(ref)))
            return None

    def problem(self, message: str, ref: str | None) -> None:
        self.problems.append(Problem(message, ref, self.row_of(ref) if ref else None))


_ITEXT_CALL = re.compile(r"^\s*jr:itext\(\s*'([^']*)'\s*\)\s*$")
_ITEXT_DYNAMIC = re.compile(r"^\s*jr:itext\((.*)\)\s*$")


def last_saved_root(xml: str | bytes | None, root_name: str) -> ET.Element:
    """The root element of the last saved submission, or an empty one named as the form's root
    when there is none (or it cannot be read: the form is still filled, with nothing to copy)."""
    if xml:
        try:
            element: ET.Element = safe_fromstring(xml)
            return element
        except (ET.ParseError, ValueError):
            pass
    return ET.Element(root_name)


def parse_xform(
    xml: str | bytes,
    attachments: dict[str, bytes] | None = None,
    row_of: Callable[[str], int | None] = lambda _ref: None,
    *,
    last_saved: str | bytes | None = None,
) -> FormDef:
    """Compile an XForm. Raises FormError listing every unsupported feature (with survey rows when
    `row_of` can map a path to one). `last_saved`: the XML of the last submission of this form
    saved on this laptop, for `jr://instance/last-saved` (see FormDef.with_last_saved)."""
    attachments = dict(attachments or {})
    problems: list[Problem] = []
    c = _Compiler(problems, row_of)
    try:
        html: ET.Element = safe_fromstring(xml)
    except (ET.ParseError, ValueError) as exc:
        raise FormError([Problem(f"the form is not well-formed XML ({exc})")], unreadable=True) from None
    head = html.find(f"{{{H}}}head")
    body = html.find(f"{{{H}}}body")
    model = head.find(f"{{{XF}}}model") if head is not None else None
    if head is None or model is None or body is None:
        raise FormError([Problem("this is not an XForm: it has no <model> or no <body>")], unreadable=True)
    title_el = head.find(f"{{{H}}}title")
    instances = model.findall(f"{{{XF}}}instance")
    primary = next((i for i in instances if i.get("id") is None), instances[0] if instances else None)
    if primary is None or len(primary) == 0:
        raise FormError([Problem("the form has no primary instance")])
    top = primary[0]
    form_id = top.get("id") or local(top.tag)
    version = top.get("version") or ""

    # Itext: every language, every text id, every form (default/guidance/image...).
    itext: dict[str, dict[str, dict[str, Any]]] = {}
    languages: list[str] = []
    default_language = None
    it = model.find(f"{{{XF}}}itext")
    if it is not None:
        for tr in it.findall(f"{{{XF}}}translation"):
            lang = tr.get("lang") or ""
            languages.append(lang)
            if tr.get("default") is not None and default_language is None:
                default_language = lang
            texts: dict[str, dict[str, Any]] = {}
            for t in tr.findall(f"{{{XF}}}text"):
                forms: dict[str, Any] = {}
                for v in t.findall(f"{{{XF}}}value"):
                    form = v.get("form") or "default"
                    if form in ("image", "audio", "video", "big-image"):
                        continue  # media labels: we show the text form
                    forms[form] = _mixed(v, c, t.get("id") or "")
                texts[t.get("id") or ""] = forms
            itext[lang] = texts
    if languages and default_language is None:
        default_language = languages[0]

    # Secondary instances: inline XML, or an attachment (CSV or XML) named by src.
    secondary: dict[str, ET.Element] = {}
    last_saved_id: str | None = None
    for inst in instances:
        iid = inst.get("id")
        if iid is None:
            continue
        src = inst.get("src")
        if src and src.strip() == LAST_SAVED_SRC:
            last_saved_id = iid
            secondary[iid] = last_saved_root(last_saved, local(top.tag))
        elif src:
            name = src.rsplit("/", 1)[-1]
            data = attachments.get(name)
            if data is None:
                c.problem(f"the list `{iid}` needs the file {name} next to the form", None)
                continue
            try:
                secondary[iid] = _load_attachment(name, data)
            except ValueError as exc:
                c.problem(f"the file {name} cannot be read: {exc}", None)
        elif len(inst):
            secondary[iid] = inst[0]

    # Binds.
    binds: dict[str, Bind] = {}
    rejected: dict[str, str] = {}  # path -> data type of questions we cannot fill
    max_pixels: dict[str, int] = {}  # path -> orx:max-pixels of an image question
    audit: AuditSettings | None = None
    for b in model.findall(f"{{{XF}}}bind"):
        path = static_path(b.get("nodeset") or b.get("ref") or "")
        if not path:
            continue
        if b.get("id"):
            c.bind_ids[b.get("id") or ""] = path
        raw_type = b.get("type") or "string"
        typ = TYPE_ALIASES.get(raw_type, raw_type)
        if typ == "binary" and _is_audit(path, top):
            audit = _audit_settings(b, path)
        elif typ in REJECTED_TYPES or raw_type in REJECTED_TYPES:
            rejected[path] = raw_type  # accepted after the body if an upload control shows it
        elif typ not in SUPPORTED_TYPES:
            c.problem(f"the data type `{raw_type}` is not supported", path)
        preload = None
        if b.get(f"{{{JR}}}preload"):
            preload = (b.get(f"{{{JR}}}preload") or "", b.get(f"{{{JR}}}preloadParams"))
            if preload not in SUPPORTED_PRELOADS and not (preload[0] == "property" and preload[1] in PROPERTY_PRELOADS):
                c.problem(f"the preload `{preload[0]} {preload[1] or ''}`".rstrip() + " is not supported", path)
        for unsupported in ("saveIncomplete",):
            if b.get(f"{{{JR}}}{unsupported}"):
                c.problem(f"jr:{unsupported} is not supported", path)
        for attr in b.attrib:
            if attr.startswith(f"{{{ODK}}}") and local(attr) not in ("length",):
                pass  # odk:* bind attributes are rendering hints (e.g. odk:length); ignored safely
        raw_pixels = b.get(f"{{{ORX}}}max-pixels")
        if raw_pixels is not None:
            try:
                max_pixels[path] = int(raw_pixels.strip())
                if max_pixels[path] <= 0:
                    raise ValueError(raw_pixels)
            except ValueError:
                c.problem(f"max-pixels `{raw_pixels}` is not a whole number of pixels above 0", path)
        prefill = b.get(f"{{{CR}}}prefill")
        binds[path] = Bind(
            path=path,
            type=typ,
            relevant=c.expr(b.get("relevant"), path, "relevant"),
            required=c.expr(b.get("required"), path, "required"),
            constraint=c.expr(b.get("constraint"), path, "constraint"),
            calculate=c.expr(b.get("calculate"), path, "calculation"),
            readonly=c.expr(b.get("readonly"), path, "read_only"),
            constraint_msg=_message(b.get(f"{{{JR}}}constraintMsg"), c, path),
            required_msg=_message(b.get(f"{{{JR}}}requiredMsg"), c, path),
            preload=preload,
            prefill=prefill.strip() if prefill else None,
            writeback=(b.get(f"{{{CR}}}writeback") or "").strip().lower() in ("yes", "true", "true()", "1"),
        )

    # Model-level actions (dynamic defaults).
    setvalues: list[SetValue] = []
    for sv in model.findall(f"{{{XF}}}setvalue") + model.findall(f"{{{ODK}}}setgeopoint"):
        setvalues.extend(_setvalue(sv, c, None))
    if model.findall(f"{{{ODK}}}recordaudio"):
        c.problem("background audio recording is not supported", None)

    # Entities (meta/entity with its attributes): kept in the submission as written; cases are not
    # created from them.

    root = _template(top, "", binds)
    c.top_ref = "/" + local(top.tag)
    controls: list[Control] = []
    by_ref: dict[str, Control] = {}
    for el in body:
        ctl = _control(el, c, by_ref, setvalues)
        if ctl is not None:
            controls.append(ctl)
    mark_repeats(root, controls)
    _choice_defaults(root, by_ref)
    for path, raw_type in rejected.items():
        ctl = by_ref.get(path)
        if ctl is None or ctl.kind != "upload":
            c.problem(_rejected_type(raw_type, path), path)
    for path, pixels in max_pixels.items():
        ctl = by_ref.get(path)
        if ctl is not None and ctl.kind == "upload":
            ctl.max_pixels = pixels

    # Expressions name only functions the evaluator has (compile_xpath rejected the others);
    # every path a bind reads must exist in the instance.
    known = _all_paths(root)
    for path in binds:
        element, at, _attribute = path.partition("/@")
        if at and element in known:
            continue  # a bind on an attribute of an element the form has (an entity's @id)
        if path not in known and not path.startswith("/"):
            c.problem(
                f"a bind's nodeset `{path}` is a relative path; write it from the form's root (as pyxform does)",
                path,
            )
        elif path not in known:
            c.problem("a bind refers to a node that is not in the form's instance", path)
    calc_order = _calc_order(binds, c)
    _check_instances(c, {i.get("id") for i in instances if i.get("id") is not None})
    _check_size(root, by_ref, binds, c)

    name_expr: Expr | None = None
    meta = top.find(f"{{{ORX}}}meta") or top.find(f"{{{XF}}}meta")
    if meta is not None:
        iname = meta.find(f"{{{ORX}}}instanceName") or meta.find(f"{{{XF}}}instanceName")
        if iname is not None:
            name_bind = binds.get(f"/{local(top.tag)}/{local(meta.tag)}/{local(iname.tag)}")
            name_expr = name_bind.calculate if name_bind else None

    if problems:
        raise FormError(problems)
    return FormDef(
        form_id=form_id,
        version=version,
        title=(title_el.text or "").strip() if title_el is not None else form_id,
        root=root,
        binds=binds,
        controls=controls,
        by_ref=by_ref,
        languages=languages,
        default_language=default_language,
        itext=itext,
        secondary=secondary,
        setvalues=setvalues,
        calc_order=calc_order,
        xml=xml.decode("utf-8") if isinstance(xml, bytes) else xml,
        instance_name=name_expr,
        attachments=attachments,
        audit=audit,
        last_saved_id=last_saved_id,
    )


def _is_audit(path: str, top: ET.Element) -> bool:
    """The path is the `audit` meta question (/data/meta/audit), the one binary node we accept."""
    return path == f"/{local(top.tag)}/meta/audit"


def _audit_settings(b: ET.Element, path: str) -> AuditSettings:
    def odk(name: str) -> str | None:
        value = b.get(f"{{{ODK}}}{name}")
        return value.strip() if value is not None and value.strip() else None

    def yes(name: str) -> bool:
        return (odk(name) or "").lower() in ("true", "true()", "yes", "1")

    return AuditSettings(
        path=path,
        location_priority=odk("location-priority"),
        location_min_interval=odk("location-min-interval"),
        location_max_age=odk("location-max-age"),
        track_changes=yes("track-changes"),
        track_changes_reasons=odk("track-changes-reasons"),
        identify_user=yes("identify-user"),
    )


_INSTANCE_ID = re.compile(r"""instance\(\s*(?:'([^']*)'|"([^"]*)")\s*\)""")


def _check_instances(c: _Compiler, declared: set[str | None]) -> None:
    """An expression reading `instance('x')` where the form declares no <instance id="x"> is
    refused, naming the instance and where (as ODK Validate does): it would read nothing, silently."""
    reported: set[tuple[str, str | None]] = set()
    for source, ref in c.compiled:
        if "instance" not in source:
            continue
        for m in _INSTANCE_ID.finditer(source):
            iid = m.group(1) if m.group(1) is not None else m.group(2)
            if iid in declared or (iid, ref) in reported:
                continue
            reported.add((iid, ref))
            c.problem(
                f"`{source.strip()}` reads the list `{iid}`, which the form does not declare; add it (a "
                "choices list or an attached file) or correct the name",
                ref,
            )


def _mixed(el: ET.Element, c: _Compiler, ref: str) -> tuple[str | Expr, ...]:
    """Text with <output value="..."/> children as (str | Expr) parts."""
    parts: list[str | Expr] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if local(child.tag) == "output":
            e = c.expr(child.get("value") or child.get("ref"), ref, "output")
            if e is not None:
                parts.append(e)
        elif child.text:
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
    return tuple(parts)


def _message(raw: str | None, c: _Compiler, path: str) -> Text | None:
    if not raw:
        return None
    m = _ITEXT_CALL.match(raw)
    if m:
        return Text(itext=m.group(1))
    return Text(parts=(raw,))


def _text_of(el: ET.Element | None, c: _Compiler, ref: str) -> Text | None:
    if el is None:
        return None
    r = el.get("ref")
    if r:
        m = _ITEXT_CALL.match(r)
        if m:
            return Text(itext=m.group(1))
        m = _ITEXT_DYNAMIC.match(r)
        if m:
            return Text(dynamic=c.expr(m.group(1), ref, "label"))
        return Text(parts=(c.expr(r, ref, "label") or "",))
    return Text(parts=_mixed(el, c, ref))


def _rejected_type(raw_type: str, path: str) -> str:
    """Why a question of a refused data type cannot be used, naming it and saying what to do."""
    typ = TYPE_ALIASES.get(raw_type, raw_type)
    what = REJECTED_TYPES.get(typ) or REJECTED_TYPES.get(raw_type, raw_type)
    return (
        f"`{path.rsplit('/', 1)[-1]}` is one of the {what} (data type {raw_type}): nothing could fill it in. "
        "Make it an image, audio, video or file question, or remove it"
    )


def _setvalue(el: ET.Element, c: _Compiler, trigger: str | None) -> list[SetValue]:
    tag = qname(el.tag)
    bind_id = el.get("bind")
    ref = static_path(el.get("ref") or (c.bind_ids.get(bind_id, "") if bind_id else ""))
    if tag not in ("setvalue", "odk:setgeopoint"):
        c.problem(f"the action `{tag}` is not supported", ref or None)
        return []
    out = []
    for event in (el.get("event") or "").split():
        if event not in SETVALUE_EVENTS:
            c.problem(f"the event `{event}` is not supported", ref or None)
        elif tag == "odk:setgeopoint":
            out.append(SetValue(event, ref, None, trigger, geopoint=True))
        else:
            out.append(_setvalue_value(el, c, event, ref, trigger))
    return out


def _setvalue_value(el: ET.Element, c: _Compiler, event: str, ref: str, trigger: str | None) -> SetValue:
    """A <setvalue>'s value: its value attribute, or its text as a literal, or blank."""
    value = el.get("value")
    expr = c.expr(value, ref, "value") if value is not None else None
    if value is None and (el.text or "").strip():
        expr = c.expr(repr_literal(el.text or ""), ref, "value")
    return SetValue(event, ref, expr, trigger)


def repr_literal(text: str) -> str:
    """An XPath string literal holding `text`."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in text.split("'")) + ")"


def _control(
    el: ET.Element, c: _Compiler, by_ref: dict[str, Control], setvalues: list[SetValue], parent_ref: str = ""
) -> Control | None:
    tag = qname(el.tag)
    if tag in ("label", "hint", "help", "setvalue", "odk:setgeopoint", "item", "itemset", "value", "constraintMsg"):
        if tag in ("setvalue", "odk:setgeopoint"):
            setvalues.extend(_setvalue(el, c, parent_ref or None))
        return None
    bind_id = el.get("bind")
    ref = static_path(el.get("ref") or el.get("nodeset") or (c.bind_ids.get(bind_id, bind_id) if bind_id else ""))
    if ref and not ref.startswith("/") and (parent_ref or c.top_ref):
        # Outside any group a relative ref is read from the instance's root, as JavaRosa reads
        # `<select1 ref="q">` (a question `/data/q`, not a node no control shows).
        ref = resolve_static(parent_ref or c.top_ref, ref) or ref
    kinds = {
        "input": "input",
        "select1": "select1",
        "select": "select",
        "group": "group",
        "repeat": "repeat",
        "trigger": "trigger",
        "upload": "upload",
        "range": "range",
        "odk:rank": "rank",
        "secret": "input",
        "textarea": "input",
    }
    kind = kinds.get(tag)
    if kind is None:
        c.problem(f"the control `<{tag}>` is not supported", ref or None)
        return None
    ctl = Control(kind=kind, ref=ref, appearance=(el.get("appearance") or "").strip())
    if kind == "upload":
        ctl.mediatype = (el.get("mediatype") or "").strip()
        if ctl.mediatype.lower() == OSM_MEDIATYPE:
            ctl.osm_tags = _osm_tags(el, c, ref)
    if kind == "range":
        for bound, default in RANGE_DEFAULTS.items():
            setattr(ctl, bound, (el.get(bound) or "").strip() or default)
    ctl.label = _text_of(el.find(f"{{{XF}}}label"), c, ref)
    ctl.hint = _text_of(el.find(f"{{{XF}}}hint"), c, ref)
    if kind == "repeat":
        ctl.count = c.expr(el.get(f"{{{JR}}}count"), ref, "repeat_count")
        ctl.no_add_remove = (el.get(f"{{{JR}}}noAddRemove") or "").strip() in ("true()", "true")
    if kind in ("select1", "select", "rank"):
        for item in el.findall(f"{{{XF}}}item"):
            v = item.find(f"{{{XF}}}value")
            ctl.items.append(
                Item(
                    (v.text or "").strip() if v is not None else "",
                    _text_of(item.find(f"{{{XF}}}label"), c, ref) or Text(),
                )
            )
        iset = el.find(f"{{{XF}}}itemset")
        if iset is not None:
            nodeset = c.expr(iset.get("nodeset"), ref, "choice list")
            value_el = iset.find(f"{{{XF}}}value")
            label_el = iset.find(f"{{{XF}}}label")
            value_ref = c.expr(value_el.get("ref") if value_el is not None else "name", ref, "choice value")
            label_ref = None
            label_is_itext = False
            if label_el is not None and label_el.get("ref"):
                m = _ITEXT_DYNAMIC.match(label_el.get("ref") or "")
                label_is_itext = bool(m)
                label_ref = c.expr(m.group(1) if m else label_el.get("ref"), ref, "choice label")
            if nodeset is not None and value_ref is not None:
                ctl.itemset = Itemset(nodeset, value_ref, label_ref, label_is_itext)
    for child in el:
        if ctl.osm_tags and child.tag == f"{{{XF}}}tag":
            continue  # read by _osm_tags
        sub = _control(child, c, by_ref, setvalues, ref or parent_ref)
        if sub is not None:
            ctl.children.append(sub)
    if ref and kind != "group":
        by_ref[ref] = ctl
    elif ref and ref not in by_ref:
        by_ref[ref] = ctl
    return ctl


def _osm_tags(el: ET.Element, c: _Compiler, ref: str) -> list[OsmTag]:
    """The `<tag key>` children of an `osm` upload, each with its `<label>` and `<item>`s (label and
    value), as JavaRosa's XFormParser reads them for ODK Collect's OpenMapKit hand-off."""
    tags: list[OsmTag] = []
    seen: set[str] = set()
    for tag in el.findall(f"{{{XF}}}tag"):
        key = (tag.get("key") or "").strip()
        if not key:
            c.problem("an OSM tag has no key (the `name` column of the osm sheet)", ref or None)
            continue
        if key in seen:
            c.problem(f"the OSM tag `{key}` is listed twice", ref or None)
            continue
        seen.add(key)
        items: list[Item] = []
        for item in tag.findall(f"{{{XF}}}item"):
            v = item.find(f"{{{XF}}}value")
            value = (v.text or "").strip() if v is not None else ""
            if value:
                items.append(Item(value, _text_of(item.find(f"{{{XF}}}label"), c, ref) or Text()))
        tags.append(OsmTag(key, _text_of(tag.find(f"{{{XF}}}label"), c, ref), tuple(items)))
    return tags


def _template(el: ET.Element, parent_path: str, binds: dict[str, Bind]) -> TemplateNode:
    name = qname(el.tag)
    path = f"{parent_path}/{local(el.tag)}"
    # A default as written, blanks around it dropped: ODK Build and hand-written forms put values on
    # their own indented lines ("\n  very-certain\n"), which Collect (JavaRosa) reads trimmed.
    value = (el.text or "").strip() if len(el) == 0 else ""
    node = TemplateNode(name=name, local=local(el.tag), path=path, value=value)
    node.attrs = {qname(k): v for k, v in el.attrib.items()}
    seen: dict[str, TemplateNode] = {}
    for child in el:
        lname = local(child.tag)
        is_template = child.get(f"{{{JR}}}template") is not None
        sub = _template(child, path, binds)
        sub.attrs.pop("jr:template", None)
        existing = seen.get(lname)
        if existing is not None:
            # Another instance of a repeat: count it as an initial instance (a template is not one).
            existing.repeat = True
            if not is_template:
                existing.initial += 1
                existing.initial_values.append(sub)
            else:
                # The template defines the shape; keep the first instance's values as initial values.
                _merge_shape(existing, sub)
            continue
        if is_template:
            sub.repeat = True
            sub.templated = True
            sub.initial = 0
        else:
            sub.initial = 1
            sub.initial_values = [_freeze(sub)]
        seen[lname] = sub
        node.children.append(sub)
    return node


def _merge_shape(target: TemplateNode, template: TemplateNode) -> None:
    target.children = template.children
    target.value = template.value
    target.templated = True


def _choice_defaults(t: TemplateNode, by_ref: dict[str, Control]) -> None:
    """A select's default read as JavaRosa reads it when the form loads: against the choices the
    form writes out (not an itemset, whose choices depend on the answers), a select_one's default
    that is none of them is blank, and a select_multiple's or a rank's keeps only the words that are
    choices, in their order (`three, two, one` ranks only `one`)."""
    ctl = by_ref.get(t.path)
    if (
        ctl is not None
        and t.value
        and not t.children
        and ctl.kind in ("select1", "select", "rank")
        and ctl.itemset is None
        and ctl.items
    ):
        offered = {item.value for item in ctl.items}
        if ctl.kind == "select1":
            t.value = t.value.strip() if t.value.strip() in offered else ""
        else:
            t.value = " ".join(word for word in t.value.split() if word in offered)
    for child in t.children:
        _choice_defaults(child, by_ref)
    for entry in t.initial_values:
        _choice_defaults(entry, by_ref)


def _freeze(t: TemplateNode) -> TemplateNode:
    """The values of `t`, a complete element just read, kept apart from `t` itself: `t` goes on to
    be a repeat's shape, which a jr:template replaces and `_blank` empties, while these stay its
    first entry's values.

    Made of its children's own frozen values rather than a copy of its subtree: copying the subtree
    (with each child's frozen values inside it) at every level doubled the work per level of
    nesting. Frozen values are never changed afterwards, so
    sharing them is safe and each element is frozen once (linear in the form's size)."""
    return TemplateNode(
        t.name, t.local, t.path, t.value, dict(t.attrs), [_frozen(c) for c in t.children], t.repeat, t.initial,
        [], t.templated,
    )  # fmt: skip


def _frozen(c: TemplateNode) -> TemplateNode:
    """A child of an element being frozen, as a source of values: its own first entry's frozen values
    (a repeat only lends its list of initial entries, which is complete by now)."""
    base = c.initial_values[0] if c.initial_values else c
    children = base.children if base is not c else []  # a repeat's shape is never a source of values
    return TemplateNode(
        c.name, c.local, c.path, base.value, dict(base.attrs), children, c.repeat, c.initial, list(c.initial_values),
        c.templated,
    )  # fmt: skip


def _blank(t: TemplateNode) -> None:
    """A repeat with no jr:template: new entries start blank, not as copies of the first one."""
    t.value = ""
    for c in t.children:
        _blank(c)


def _all_paths(node: TemplateNode, out: set[str] | None = None) -> set[str]:
    out = out if out is not None else set()
    out.add(node.path)
    for child in node.children:
        _all_paths(child, out)
    return out


def mark_repeats(root: TemplateNode, controls: list[Control]) -> None:
    """Elements with a <repeat> control are repeats even when the form gave no jr:template."""
    paths = set()

    def walk(ctls: list[Control]) -> None:
        for ctl in ctls:
            if ctl.kind == "repeat":
                paths.add(ctl.ref)
            walk(ctl.children)

    walk(controls)

    def mark(node: TemplateNode) -> None:
        if node.path in paths or node.repeat:
            node.repeat = True
            if not node.templated:
                _blank(node)
        for child in node.children:
            mark(child)

    mark(root)


def _fixed_count(ctl: Control, binds: dict[str, Bind]) -> float | None:
    """A repeat's jr:count when the form fixes it: a number, or (as pyxform writes `repeat_count`
    = 500) a path to a calculation that is a number."""
    if ctl.count is None:
        return None
    source = ctl.count.source.strip()
    if not _NUMBER.match(source):
        target = resolve_static(ctl.ref, source)
        bind = binds.get(target) if target else None
        if bind is None or bind.calculate is None:
            return None
        source = bind.calculate.source.strip()
        if not _NUMBER.match(source):
            return None
    return float(source)


_NUMBER = re.compile(r"^[0-9]+(\.[0-9]*)?$")


def _check_size(root: TemplateNode, by_ref: dict[str, Control], binds: dict[str, Bind], c: _Compiler) -> None:
    """Repeat counts the form fixes are held to the engine's limits now, naming the repeat, rather
    than when an interviewer opens the form (500 entries of 500 entries each ran for minutes)."""
    largest: tuple[int, str] = (0, "")  # the repeat whose entries weigh most, to name if the form is too big

    def size(t: TemplateNode) -> int:
        """Elements of `t` once filled in, with the entries its fixed counts (or its own initial
        entries) give every repeat inside it."""
        nonlocal largest
        total = 1
        for child in t.children:
            one = size(child)
            if not child.repeat:
                total += one
                continue
            ctl = by_ref.get(child.path)
            fixed = _fixed_count(ctl, binds) if ctl is not None and ctl.kind == "repeat" else None
            if fixed is not None and fixed > MAX_REPEAT_ENTRIES:
                c.problem(
                    f"the repeat count {fixed:g} is more entries than a repeat may hold ({MAX_REPEAT_ENTRIES:,})",
                    child.path,
                )
                fixed = MAX_REPEAT_ENTRIES
            weight = (int(fixed) if fixed is not None else len(child.initial_values)) * one
            largest = max(largest, (weight, child.path))
            total += weight
        return total

    total = size(root)
    if total > MAX_INSTANCE_NODES:
        c.problem(
            f"with the repeat counts the form fixes it would hold {total:,} questions, groups and entries; "
            f"at most {MAX_INSTANCE_NODES:,} are allowed",
            largest[1] or None,
        )


def _calc_order(binds: dict[str, Bind], c: _Compiler) -> list[str]:
    """Calculate binds in dependency order; a cycle is a load-time problem."""
    calcs = {p: b.calculate for p, b in binds.items() if b.calculate is not None}
    deps: dict[str, set[str]] = {}
    for path, calculate in calcs.items():
        reads = {resolve_static(path, r) for r in _value_references(calculate)}
        if path in reads and "once" not in calculate.functions():
            c.problem("the calculation reads its own value (a circle)", path)
        deps[path] = {
            r
            for r in reads
            if r and r != path and any(r == other or other.startswith(r + "/") for other in calcs)
            for r in [r]
        }
        expanded: set[str] = set()
        for r in deps[path]:
            expanded.update(o for o in calcs if o == r or o.startswith(r + "/"))
        expanded.discard(path)
        deps[path] = expanded
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(p: str, stack: list[str]) -> None:
        if state.get(p) == 2:
            return
        if state.get(p) == 1:
            cycle = stack[stack.index(p) :] + [p]
            c.problem("the calculations depend on each other in a circle: " + " -> ".join(cycle), p)
            return
        state[p] = 1
        for d in sorted(deps[p]):
            visit(d, stack + [p])
        state[p] = 2
        order.append(p)

    for p in calcs:
        visit(p, [])
    return order


# position(..) and position(current()/..): which entry of its repeat a node is in. The path is where
# to count from, not a value read: it depends on the repeat's shape, never on a calculation.
_POSITION_OF = re.compile(r"position\(\s*(?:current\(\)\s*/\s*)?\.\.(?:\s*/\s*\.\.)*\s*\)")


def _value_references(expr: Expr) -> list[str]:
    """The paths whose values `expr` reads: its references, less those only counted by position()."""
    if "position" not in expr.functions() or not _POSITION_OF.search(expr.source):
        return expr.references()
    try:
        return compile_xpath(_POSITION_OF.sub("1", expr.source)).references()
    except XPathError:
        return expr.references()


def _load_attachment(name: str, data: bytes) -> ET.Element:
    """A CSV list (select_one_from_file, pulldata) as <root><item><col>…</col></item></root>, an
    XML list as its root element, a GeoJSON FeatureCollection as JavaRosa builds it (app.forms.geojson)."""
    if name.lower().endswith(".csv"):
        text = data.decode("utf-8-sig")
        reader = csv.reader(io.StringIO(text))
        rows = list(reader)
        if not rows:
            raise ValueError("it is empty")
        header = [h.strip() for h in rows[0]]
        root = ET.Element("root")
        for row in rows[1:]:
            if not any(cell.strip() for cell in row):
                continue
            item = ET.SubElement(root, "item")
            for col, cell in zip(header, row, strict=False):
                if not col:
                    continue
                tag = col.replace("::", "-").replace(" ", "_").replace("(", "").replace(")", "")
                ET.SubElement(item, tag).text = cell
        return root
    if name.lower().endswith(".xml"):
        try:
            element: ET.Element = safe_fromstring(data)  # defusedxml is untyped: this is its type
            return element
        except (ET.ParseError, ValueError) as exc:
            raise ValueError(f"not well-formed XML ({exc})") from None
    if name.lower().endswith(".geojson"):
        return load_geojson(data)
    raise ValueError("only CSV, XML and GeoJSON lists are supported")
