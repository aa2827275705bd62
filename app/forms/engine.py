"""One form being filled: the instance tree, its logic, answers, repeats, drafts and submission.

The evaluation order follows the XForms recalculation a person would expect: relevance from the top
of the document down (a node inside a hidden group is hidden), calculations in dependency order,
repeat counts, then again until nothing changes (a calculation can make a group relevant, a
repeat count can add instances whose calculations feed a total). Then `required` and `constraint`
are judged for relevant nodes only; a non-relevant node is never a violation and its value is left
out of the submission.

Every public call that evaluates runs within the limits of app/forms/limits.py: one time budget per
call (a caller can make several calls share one with `limited()`), values and repeats of bounded
size. A call that goes past a limit raises FormTooComplex and leaves the form as it was before it.
"""

from __future__ import annotations

import math
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from defusedxml.ElementTree import fromstring as safe_fromstring

from app.forms import geo
from app.forms.errors import AnswerError, FormTooComplex
from app.forms.limits import (
    MAX_INSTANCE_CHARS,
    MAX_INSTANCE_NODES,
    MAX_REPEAT_ENTRIES,
    MAX_VALUE_CHARS,
    Budget,
    too_long,
)
from app.forms.model import (
    ENTITIES,
    GEO_TYPES,
    JR,
    ODK,
    ORX,
    Bind,
    Control,
    FormDef,
    SetValue,
    TemplateNode,
    Text,
    local,
    qname,
    resolve_static,
)
from app.forms.xpath import Context, Expr, to_boolean, to_number, to_string

# Controls that take an answer (a trigger's answer is its acknowledgement, "OK").
QUESTION_KINDS = ("input", "select1", "select", "range", "rank", "trigger", "upload")
# A media answer is a file name as ODK Collect writes it (1733558000123.jpg): no folder, no control
# character, short enough for every file system. The file itself lives in the vault
# (app/services/form_media.py); `FormInstance.files` says where.
MAX_FILE_NAME_CHARS = 200
_FILE_NAME = re.compile(r"^[^/\\\x00-\x1f]+$")
MAX_PASSES = 6  # relevance/calculation/count rounds before we accept the state (a real form needs 2)
MAX_REPEAT_INSTANCES = MAX_REPEAT_ENTRIES  # a jr:count beyond this is a mistake in the form or an answer

_INDEXED = re.compile(r"^(?P<name>[^\[\]]+)(?:\[(?P<index>\d+)\])?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Times and date-times as they are typed or read from older drafts (10:30, 10:30:00,
# 2026-11-25T10:30:00+01:00); stored as ODK Collect stores them (see _device_time).
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$")
# Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF): a pasted
# answer may contain them; kept, they would make the draft and the submission unreadable.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_KEEP_CR = {"\r": "&#13;"}  # a carriage return survives XML's line-end normalisation only as a reference
INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # xsd:int, as ODK stores whole numbers


@dataclass
class Prefill:
    """What the case knows: prefilled into `cr:prefill` binds and the household repeat."""

    case: dict[str, Any] = field(default_factory=dict)
    persons: list[dict[str, Any]] = field(default_factory=list)  # principal applicant first; each has "id"
    # The interview the form is filled in (type, interpreter, language, location, date): `interview.*`
    interview: dict[str, Any] = field(default_factory=dict)


class Node:
    """An element of an instance (primary or secondary): the XPath evaluator's node."""

    __slots__ = (
        "name",
        "qname",
        "parent",
        "children",
        "attrs",
        "value",
        "path",
        "bind",
        "repeat",
        "relevant",
        "required",
        "readonly",
        "violation",
        "person_id",
        "child_index",
        "dated",
    )

    def __init__(self, name: str, qname_: str, parent: Node | None, path: str, value: str = "") -> None:
        self.name = name
        self.qname = qname_
        self.parent = parent
        self.children: list[Node] = []
        self.attrs: dict[str, str] = {}
        self.value = value
        self.path = path
        self.bind: Bind | None = None
        self.repeat = False  # this node is an instance of a repeat
        self.relevant = True
        self.required = False
        self.readonly = False
        self.violation: str | None = None
        self.person_id: str | None = None
        self.child_index: dict[str, list[Node]] | None = None  # children by name, for path steps
        # A calculation (or setvalue) of another type that holds a date or date-time value (a date
        # question's value, today()): it counts as days since 1970 in arithmetic, as in JavaRosa.
        self.dated = False

    def text(self) -> str:
        # A non-relevant node reads as blank in expressions (as in ODK), though the answer is kept
        # and comes back when the node is relevant again.
        if not self.relevant:
            return ""
        if not self.children:
            return self.value
        return "".join(c.text() for c in self.children)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Node {self.path} {self.value!r}>"


def node_from_element(el: ET.Element, parent: Node | None = None) -> Node:
    """A secondary instance (choice list) as read-only nodes."""
    name = local(el.tag)
    node = Node(name, qname(el.tag), parent, (parent.path if parent else "") + "/" + name, (el.text or "").strip())
    node.attrs = {qname(k): v for k, v in el.attrib.items()}
    node.children = [node_from_element(c, node) for c in el]
    if node.children:
        node.value = ""
        node.child_index = {}
        for child in node.children:
            node.child_index.setdefault(child.name, []).append(child)
    return node


@dataclass
class Field:
    """One element of the form as a renderer lays it out: a question, a group, a repeat (whose
    `children` are its entries) or one entry of a repeat (whose `children` are its fields)."""

    kind: str  # input | select1 | select | range | rank | trigger | group | repeat | entry
    control: Control
    node: Node | None  # the bound instance node (None for a group without ref, or a repeat)
    ref: str  # instance reference with indexes ("" for an unbound group)
    children: list[Field] = field(default_factory=list)
    parent_node: Node | None = None  # for a repeat: the node its entries live in


@dataclass(frozen=True, slots=True)
class _Saved:
    """The form as it was before a call (see FormInstance._save)."""

    nodes: list[tuple[Node, str, bool, bool, bool, str | None, list[Node], bool]]
    last_calc: dict[Node, str]


@dataclass(frozen=True)
class NodeState:
    """What `forms fill` and the renderer read about one leaf."""

    ref: str
    path: str
    relevant: bool
    required: bool
    readonly: bool
    value: str
    violation: str | None
    kind: str  # question control kind (QUESTION_KINDS) or "" for calculates and hidden fields


class FormInstance:
    """A form being filled. Not thread-safe: one instance belongs to one screen or one command."""

    def __init__(
        self,
        form: FormDef,
        *,
        prefill: Prefill | None = None,
        now: Callable[[], datetime] | None = None,
        lang: str | None = None,
        device_id: str = "",
        username: str = "",
        restore: dict[str, Any] | None = None,
        location: Callable[[], geo.GeoPoint | None] | None = None,
    ) -> None:
        """`location`: where the laptop is now, for odk:setgeopoint (start-geopoint and
        background-geopoint); None, or a provider answering None (no location service, no fix),
        leaves those questions blank, never an error."""
        self.form = form
        self._location = location
        self.prefill = prefill or Prefill()
        self._now = now or (lambda: datetime.now().astimezone())
        # The zone times are stored in: the clock's own zone when one is given (tests, parity runs),
        # else the laptop's zone, with its summer time at each instant (astimezone() without a zone).
        self._system_zone = now is None
        self.lang = lang if lang in form.languages else form.default_language
        self.device_id = device_id
        self.username = username
        self._secondary: dict[str, Node] = _secondary_nodes(form)
        self.doc = Node("", "", None, "")
        self._paths: dict[str, list[Node]] | None = None  # nodes by static path; None: to be rebuilt
        self._nodes = 0  # elements in the instance, held to MAX_INSTANCE_NODES
        self._chars = 0  # characters of all values, as of the latest relevance pass
        self._budget: Budget | None = None  # the time the current call may still take
        self._group: Budget | None = None  # the time calls grouped by `limited()` may still take
        self._saved: _Saved | None = None  # the form as it was before the current call changed it
        self._templates: dict[str, TemplateNode] = {}
        _index_templates(form.root, self._templates)
        self._household = next(
            (p for p, b in form.binds.items() if b.prefill == "household" and p in self._templates), None
        )
        self._pa = _principal(self.prefill.persons)
        self._loading = True
        self._last_calc: dict[Node, str] = {}
        # What the current change set (an answer, an entry added or removed), for the calculations
        # on questions: JavaRosa recomputes a calculation whenever something it reads is set (even
        # to the same answer) and then overwrites an answer typed into its question; the
        # calculations recomputed so count as set in turn. Kept only when the form has such a
        # question (a calculation with a control).
        self._touched: dict[str, set[Node]] = {}  # by static path
        self._touched_repeats: set[str] = set()  # static paths of repeats that gained or lost an entry
        self._calc_reads: dict[str, frozenset[str]] = {
            path: _calc_reads(path, form.binds[path])
            for path in form.calc_order
            if form.binds[path].calculate is not None
        }
        self._calc_questions = any(path in form.by_ref for path in form.calc_order)
        self._priming = restore is not None  # a restored draft keeps edited calculated answers
        self.root = self.doc  # Env protocol: the document root
        # Media answers' files: answer file name -> {"hash", "mime", "size", "width", "height"}.
        self.files: dict[str, dict[str, Any]] = {}
        if restore is not None:
            self.files = _restored_files(restore.get("files"))
        with self._limited(changes=False):
            if restore is not None:
                top = self._restore(restore)
            else:
                top = self._instantiate(form.root, self.doc, form.root, new=True)
            self.doc.children = [top]
            self._reindex()
            if self._nodes > MAX_INSTANCE_NODES:
                raise FormTooComplex(
                    f"it holds {self._nodes:,} questions, groups and entries; at most {MAX_INSTANCE_NODES:,} are allowed"
                )
            if restore is None:
                self._first_load()
            self._loading = False
            self._loading_counts = restore is None
            self._recompute()  # nothing to put back if it fails: there is no form yet
            self._priming = False
            self._loading_counts = False

    # ----- limits ----------------------------------------------------------------------------------
    def limited(self) -> AbstractContextManager[None]:
        """Calls made inside share one time budget (WORK_SECONDS), counted only while the engine
        works: e.g. every label and choice list a screen asks for after an answer. Each call that
        changes the form still puts it back as it was if it fails."""
        return self._grouped()

    @contextmanager
    def _grouped(self) -> Iterator[None]:
        if self._group is not None or self._budget is not None:
            yield
            return
        group = Budget()
        group.pause()  # runs while a call is under way, not while the caller draws its widgets
        self._group = group
        try:
            yield
        finally:
            self._group = None

    @contextmanager
    def _limited(self, *, changes: bool) -> Iterator[None]:
        if self._budget is not None:  # inside another call: its budget, its saved state
            if changes and self._saved is None:
                self._saved = self._save()
            yield
            return
        group = self._group
        if group is not None:
            group.resume()
        self._budget = group or Budget()
        self._saved = self._save() if changes else None
        try:
            yield
        except Exception:
            # Half-worked-out answers would leave the form inconsistent: put it back as it was.
            if self._saved is not None:
                self._put_back(self._saved)
            raise
        finally:
            if group is not None:
                group.pause()
            self._budget = None
            self._saved = None

    def _save(self) -> _Saved:
        """What a call can change, node by node (the tree's shape included): linear in the form's
        size, about a millisecond for a form of a thousand elements."""
        nodes = [
            (n, n.value, n.relevant, n.required, n.readonly, n.violation, n.children[:], n.dated)
            for n in self._walk(self.doc)
        ]
        return _Saved(nodes, dict(self._last_calc))

    def _put_back(self, saved: _Saved) -> None:
        for n, value, relevant, required, readonly, violation, children, dated in saved.nodes:
            n.value, n.relevant, n.required, n.readonly, n.violation, n.dated = (
                value, relevant, required, readonly, violation, dated,
            )  # fmt: skip
            n.children = children
        self._last_calc = saved.last_calc
        self._reindex()

    def _eval(self, expr: Expr, node: Node, current: Node | None = None) -> Any:
        """`expr` at `node`, within the current call's budget; a limit it reaches names `node`."""
        budget = self._budget
        if budget is not None:
            budget.spend(1)
        try:
            return expr.evaluate(Context(node, self, current=current, budget=budget))
        except FormTooComplex as exc:
            raise exc.at(self.ref(node)) from None

    # ----- Env protocol for the XPath evaluator ---------------------------------------------------
    def instance(self, id: str) -> Node | None:  # noqa: A002 - the XPath function's own name
        return self._secondary.get(id)

    def now(self) -> datetime:
        return self._now()

    def itext(self, text_id: str, node: Any) -> str:
        """jr:itext() in a calculation: the default text of an itext id in the form language (the
        default language's when the form language lacks the id), its outputs worked out at `node`,
        as JavaRosa reads it (a translation written `-`, pyxform's mark of a missing one, is `-`);
        "" for an id the form does not define."""
        for lang in (self.lang, self.form.default_language):
            forms = self.form.itext.get(lang or "", {}).get(text_id)
            if forms and "default" in forms:
                return self._parts(forms["default"], node if isinstance(node, Node) else self.doc)
        return ""

    def device_property(self, name: str) -> str:
        """property(): the device id and user name the form's metadata carries; a laptop has no
        telephone number, SIM or e-mail account to give (blank)."""
        if name == "deviceid":
            return self.device_id
        if name == "username":
            return self.username
        return ""

    def choice_label(self, node: Any, value: str) -> str:
        if not isinstance(node, Node):
            return ""
        for v, label in self.choices(node):
            if v == value:
                return label
        return ""

    # ----- building the tree ----------------------------------------------------------------------
    def _instantiate(self, t: TemplateNode, parent: Node, src: TemplateNode, *, new: bool) -> Node:
        node = Node(t.local, t.name, parent, t.path, src.value if not t.children else "")
        node.attrs = dict(src.attrs)  # as written (the root's id and version, an entity's dataset)
        node.bind = self.form.binds.get(t.path)
        src_children = _by_name(src) if src is not t else None
        for child_t in t.children:
            child_src = (src_children.get(child_t.local) if src_children is not None else child_t) or child_t
            if child_t.repeat:
                if child_t.path == self._household and self.prefill.persons:
                    for person in self.prefill.persons:
                        inst = self._instantiate(child_t, node, child_t, new=True)
                        inst.repeat = True
                        inst.person_id = str(person.get("id") or "") or None
                        node.children.append(inst)
                    continue
                # An entry added while filling starts with no entries of the repeats inside it (as
                # in ODK); the form's own initial entries keep theirs.
                # A counted repeat inside an entry added while filling starts empty too: its count
                # makes its entries (ODK), a blank count keeping none rather than the form's own.
                counted = (ctl := self.form.by_ref.get(child_t.path)) is not None and ctl.count is not None
                sources = (
                    []
                    if (src is t or counted) and parent is not self.doc and new and not self._loading
                    else (child_src.initial_values if child_src is not child_t else child_t.initial_values)
                )
                for init in sources:
                    inst = self._instantiate(child_t, node, init, new=new)
                    inst.repeat = True
                    node.children.append(inst)
            else:
                node.children.append(self._instantiate(child_t, node, child_src, new=new))
        return node

    def _restore(self, saved: dict[str, Any]) -> Node:
        try:
            el: ET.Element = safe_fromstring(saved["xml"])
        except (KeyError, TypeError, ValueError, ET.ParseError) as exc:
            raise AnswerError("bad-draft", f"the saved form cannot be read ({exc})") from None
        persons = {ref: pid for ref, pid in saved.get("persons", [])}
        top = self._from_element(self.form.root, self.doc, el)
        self.doc.children = [top]
        for node in self._walk(top):
            if node.repeat and self.ref(node) in persons:
                node.person_id = persons[self.ref(node)]
        return top

    def _from_element(self, t: TemplateNode, parent: Node, el: ET.Element | None) -> Node:
        value = ""
        if el is not None and not t.children:
            value = el.text or ""
        node = Node(t.local, t.name, parent, t.path, value)
        node.attrs = dict(t.attrs)
        if el is not None and parent is not self.doc:
            node.attrs.update({qname(k): v for k, v in el.attrib.items()})  # set while filling (@id)
        node.bind = self.form.binds.get(t.path)
        elements: dict[str, list[ET.Element]] = {}
        for c in el if el is not None else ():
            elements.setdefault(local(c.tag), []).append(c)
        for child_t in t.children:
            found = elements.get(child_t.local, [])
            if child_t.repeat:
                for c in found:
                    inst = self._from_element(child_t, node, c)
                    inst.repeat = True
                    node.children.append(inst)
            else:
                node.children.append(self._from_element(child_t, node, found[0] if found else None))
        return node

    def _reindex(self) -> None:
        """After the tree's shape changed anywhere: nodes by static path, children by name, count."""
        by_path: dict[str, list[Node]] = {}
        count = 0
        for node in self._walk(self.doc):
            if node is not self.doc:
                by_path.setdefault(node.path, []).append(node)
                count += 1
            _index_children(node)
        self._paths = by_path
        self._nodes = count

    @property
    def _by_path(self) -> dict[str, list[Node]]:
        """Nodes by static path in document order, rebuilt when entries came or went since."""
        if self._paths is None:
            by_path: dict[str, list[Node]] = {}
            for node in self._walk(self.doc.children[0]):
                by_path.setdefault(node.path, []).append(node)
            self._paths = by_path
        return self._paths

    def _shape_changed(self, parent: Node, added: list[Node], removed: list[Node]) -> None:
        """Entries added to or removed from `parent`: the indexes brought up to date for those alone
        (a whole reindex per parent made 100 x 100 counted entries take seconds)."""
        _index_children(parent)
        for inst in added:
            for node in self._walk(inst):
                _index_children(node)
                if self._calc_questions:
                    self._touch(node)
        if self._calc_questions:
            self._touched_repeats.update(inst.path for inst in (*added, *removed))
        for inst in removed:
            for node in self._walk(inst):
                self._nodes -= 1
                self._last_calc.pop(node, None)
        self._paths = None

    def _walk(self, node: Node) -> Iterator[Node]:
        """`node` and every node inside it, in document order."""
        stack = [node]
        while stack:
            n = stack.pop()
            yield n
            if n.children:
                stack.extend(reversed(n.children))

    def _first_load(self) -> None:
        """Preloads, case prefill and `odk-instance-first-load` defaults, once, on a new form."""
        top = self.doc.children[0]
        for node in self._walk(top):
            self._preload(node)
            self._prefill(node)
        for sv in self.form.setvalues:
            if sv.event in ("odk-instance-first-load", "odk-instance-load"):
                element, at, attribute = sv.ref.partition("/@")
                for node in self._by_path.get(element if at else sv.ref, []):
                    if at:
                        self._set_attribute(sv, node, attribute)
                    else:
                        self._run_setvalue(sv, node)
        # Defaults in the form's own instance are checked against their types like answers; one
        # that is not a valid value (a date default "1900-01-01 00:00:00") is blank, as in ODK.
        for node in self._walk(top):
            if not node.children and node.value and node.bind is not None and node.bind.type != "string":
                node.value = self._typed(node, node.value)
        # odk-new-repeat is for entries added while filling, not the ones the form starts with.

    def _preload(self, node: Node) -> None:
        b = node.bind
        if b is None or b.preload is None:
            return
        kind, param = b.preload
        if kind == "uid":
            node.value = "uuid:" + str(uuid.uuid4())
        elif kind == "timestamp" and param == "start":
            node.value = _iso(self._now())
        elif kind == "date" and param == "today":
            node.value = self._now().date().isoformat()
        elif kind == "property":
            node.value = (
                self.device_id
                if param in ("deviceid", "uri:deviceid")
                else (self.username if param == "username" else "")
            )

    def _prefill(self, node: Node) -> None:
        b = node.bind
        if b is None or not b.prefill or node.children:
            return
        source, _, name = b.prefill.partition(".")
        if source == "case":
            value = self.prefill.case.get(name)
        elif source == "person":
            person = self._person_for(node)
            value = person.get(name) if person else None
        elif source == "interview":
            value = self.prefill.interview.get(name)
        else:
            return
        text = _as_text(value)
        if node.bind is not None and node.bind.type == "date" and text and not _DATE.match(text):
            text = ""  # a partial date of birth ("1988", "1988-04") is asked, not guessed
        node.value = text

    def _person_for(self, node: Node) -> dict[str, Any] | None:
        cur: Node | None = node.parent
        while cur is not None and cur is not self.doc:
            if cur.repeat and cur.path == self._household:
                return next((p for p in self.prefill.persons if str(p.get("id")) == cur.person_id), None)
            cur = cur.parent
        return self._pa

    def _new_repeat_events(self, scope: Node) -> None:
        events = [sv for sv in self.form.setvalues if sv.event == "odk-new-repeat"]
        if not events:
            return
        nodes = list(self._walk(scope))  # the new entry's own nodes, not every node of the form
        for sv in events:
            for node in nodes:
                if node.path == sv.ref:
                    self._run_setvalue(sv, node)

    def _run_setvalue(self, sv: SetValue, target: Node) -> None:
        if sv.geopoint:
            target.value = self._here()
            return
        expr = sv.value
        result = None if expr is None else self._eval(expr, target)
        target.dated = expr is not None and _dated(expr, result)
        value = "" if expr is None else self._computed(target, result)
        if len(value) > MAX_VALUE_CHARS:
            raise too_long(len(value)).at(self.ref(target))
        target.value = value

    def _set_attribute(self, sv: SetValue, element: Node, name: str) -> None:
        """A setvalue on an attribute (an entity's @id): kept on the element, written out with it."""
        value = self._here() if sv.geopoint else "" if sv.value is None else to_string(self._eval(sv.value, element))
        if len(value) > MAX_VALUE_CHARS:
            raise too_long(len(value)).at(self.ref(element))
        element.attrs[name] = value

    def _here(self) -> str:
        """The laptop's location as a geopoint value, or blank when it has no location service or
        no fix (a provider that fails is no location: the form is still filled)."""
        if self._location is None:
            return ""
        try:
            point = self._location()
        except Exception:  # noqa: BLE001 - a location service's failure must not stop an interview
            return ""
        if point is None or geo.point_problem(point.lat, point.lon, point.acc):
            return ""
        return point.text()

    # ----- references ------------------------------------------------------------------------------
    def ref(self, node: Node) -> str:
        """`/data/household/member[2]/age`: 1-based indexes on repeat instances only."""
        parts: list[str] = []
        cur: Node | None = node
        while cur is not None and cur is not self.doc:
            if cur.repeat and cur.parent is not None:
                parts.append(f"{cur.name}[{_entry_number(cur, cur.parent)}]")
            else:
                parts.append(cur.name)
            cur = cur.parent
        return "/" + "/".join(reversed(parts))

    def node_at(self, ref: str) -> Node:
        """The node a reference names (indexes optional: no index means the first)."""
        steps = [s for s in ref.strip().split("/") if s]
        cur = self.doc
        for step in steps:
            m = _INDEXED.match(step)
            if m is None:
                raise AnswerError("unknown-node", f"`{ref}` is not a reference to a node of this form")
            name, index = m.group("name"), int(m.group("index") or 1)
            matches = [c for c in cur.children if c.name == name or c.qname == name]
            if index < 1 or index > len(matches):
                raise AnswerError("unknown-node", f"`{ref}` names no node of this form")
            cur = matches[index - 1]
        if cur is self.doc:
            raise AnswerError("unknown-node", f"`{ref}` names no node of this form")
        return cur

    # ----- answering ------------------------------------------------------------------------------
    def control(self, node: Node) -> Control | None:
        return self.form.by_ref.get(node.path)

    def set_value(self, ref: str, value: str) -> Node:
        if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            raise AnswerError("too-long", f"an answer holds at most {MAX_VALUE_CHARS:,} characters")
        with self._limited(changes=True):
            return self._set_value(ref, value)

    def _set_value(self, ref: str, value: str) -> Node:
        node = self.node_at(ref)
        ctl = self.control(node)
        if node.children or (ctl is None and (node.bind is None or node.bind.calculate is not None)):
            raise AnswerError("not-a-question", f"`{ref}` is not a question that takes an answer")
        if node.readonly:
            raise AnswerError("read-only", f"`{ref}` is read-only")
        if ctl is not None and ctl.kind == "select":
            return self._select_values(ref, [v for v in str(value).split() if v])
        if ctl is not None and ctl.kind == "select1" and value != "":
            offered = [v for v, _ in self.choices(node)]
            if value not in offered:
                raise AnswerError("unknown-choice", f"`{value}` is not one of the choices of `{ref}`")
        if ctl is not None and ctl.kind == "rank":
            value = self._ranked(node, ref, str(value))
        if ctl is not None and ctl.kind == "trigger" and value not in ("", "OK"):
            raise AnswerError("bad-value", f"`{ref}` is acknowledged with OK (or left blank), not `{value}`")
        if ctl is not None and ctl.kind == "select1":
            typed = value  # the choice's value as written (`89` of a decimal list), as JavaRosa keeps it
        else:
            typed = self._typed(node, _XML_INVALID.sub("", value), strict=True)
        if ctl is not None and ctl.kind == "range" and typed != "":
            _check_range(ctl, typed, ref)
        changed = typed != node.value
        if self._calc_questions and (typed or node.value):
            self._touch(node)  # JavaRosa: setting an answer, even the same one, fires what reads it
        node.value = typed
        node.dated = False  # a typed answer is text of its type (JavaRosa: a string is no date)
        if changed and self._value_changed_actions(node):
            self.recompute()  # ODK runs the actions on the recalculated form (see _value_changed)
            self._value_changed(node)
        self.recompute()
        return node

    def _ranked(self, node: Node, ref: str, value: str) -> str:
        """A ranking: every item offered, each once, in the order given (as ODK stores it)."""
        ranked = value.split()
        if not ranked:
            return ""
        offered = [v for v, _ in self.choices(node, labels=False)]
        if sorted(ranked) != sorted(offered):
            missing = [v for v in offered if v not in ranked]
            unknown = [v for v in ranked if v not in offered]
            twice = sorted({v for v in ranked if ranked.count(v) > 1})
            why = (
                f"`{unknown[0]}` is not one of its items"
                if unknown
                else f"`{twice[0]}` is ranked twice"
                if twice
                else f"`{missing[0]}` is not ranked"
            )
            raise AnswerError("bad-ranking", f"`{ref}` ranks every item once: {why}")
        return " ".join(ranked)

    def select_values(self, ref: str, values: list[str]) -> Node:
        with self._limited(changes=True):
            return self._select_values(ref, values)

    def _select_values(self, ref: str, values: list[str]) -> Node:
        node = self.node_at(ref)
        ctl = self.control(node)
        if ctl is None or ctl.kind not in ("select", "select1"):
            raise AnswerError("not-a-select", f"`{ref}` is not a multiple-choice question")
        if node.readonly:
            raise AnswerError("read-only", f"`{ref}` is read-only")
        offered = {v for v, _ in self.choices(node)}
        for v in values:
            if v not in offered:
                raise AnswerError("unknown-choice", f"`{v}` is not one of the choices of `{ref}`")
        if ctl.kind == "select1" and len(values) > 1:
            raise AnswerError("one-choice", f"`{ref}` takes one choice, not {len(values)}")
        chosen = set(values)
        value = " ".join(v for v, _ in self.choices(node) if v in chosen)  # in the list's order
        changed = value != node.value
        if self._calc_questions and (value or node.value):
            self._touch(node)
        node.value = value
        if changed and self._value_changed_actions(node):
            self.recompute()  # ODK runs the actions on the recalculated form (see _value_changed)
            self._value_changed(node)
        self.recompute()
        return node

    def _value_changed_actions(self, node: Node) -> bool:
        return any(sv.event == "xforms-value-changed" and sv.trigger == node.path for sv in self.form.setvalues)

    def _value_changed(self, node: Node) -> None:
        """xforms-value-changed actions of `node`: run when its value really changed (as ODK), not
        when the same answer is given again; after the calculations that read the new answer, as in
        both ODK engines (`setvalue value="${calc}"` copies the calculation's new value, not its old)."""
        for sv in self.form.setvalues:
            if sv.event == "xforms-value-changed" and sv.trigger == node.path:
                target = self._nearest(sv.ref, node)
                if target is not None:
                    self._run_setvalue(sv, target)

    def add_repeat(self, ref: str, count: int = 1) -> list[Node]:
        """Append `count` instances to the repeat `ref` names (`/data/household/member`, with indexes
        on outer repeats)."""
        parent_ref, _, name = ref.rstrip("/").rpartition("/")
        parent = self.node_at(parent_ref) if parent_ref else self.doc
        indexed = _INDEXED.match(name)
        path = f"{parent.path}/{indexed.group('name') if indexed else name}"
        t = self._templates.get(path)
        if t is None or not t.repeat:
            raise AnswerError("not-a-repeat", f"`{ref}` is not a repeat of this form")
        ctl = self.form.by_ref.get(path)
        if ctl is not None and ctl.count is not None:
            raise AnswerError("counted-repeat", f"`{ref}` takes its number of entries from the form")
        existing = sum(1 for c in parent.children if c.repeat and c.path == path)
        if count < 0 or existing + count > MAX_REPEAT_INSTANCES:
            raise AnswerError("too-many", f"`{ref}` cannot hold {existing + count} entries")
        with self._limited(changes=True):
            added = self._append_instances(parent, t, count)
            self.recompute()
            if any(not node.relevant for node in added):
                # As JavaRosa (ODK Collect): a repeat that is not relevant for a new entry (its
                # relevance read in that entry, or a hidden group around it) offers no entry to
                # add. Refused here, so the form is put back as it was.
                raise AnswerError("not-relevant", f"`{ref}` cannot take an entry now (it is not relevant)")
        return added

    def repeat_refusal(self, ref: str) -> AnswerError | None:
        """Why `add_repeat(ref)` would be refused now, or None when it would add an entry, so a
        window offers no "Add" that cannot work. Tried and put back (nothing changes) only when the
        repeat has a relevance of its own to read in a new entry; otherwise its parent says it."""
        parent_ref, _, name = ref.rstrip("/").rpartition("/")
        try:
            parent = self.node_at(parent_ref) if parent_ref else self.doc
        except AnswerError as exc:
            return exc
        indexed = _INDEXED.match(name)
        path = f"{parent.path}/{indexed.group('name') if indexed else name}"
        bind = self.form.binds.get(path)
        if parent is not self.doc and not parent.relevant:
            return AnswerError("not-relevant", f"`{ref}` cannot take an entry now (it is not relevant)")
        if bind is None or bind.relevant is None:
            return None
        # Saved and put back here, not by _limited: inside a caller's `limited()` block an inner
        # call leaves putting back to the outermost one, which sees no error from a trial.
        saved, outer_saved = self._save(), self._saved
        try:
            with self._limited(changes=True):
                self.add_repeat(ref, 1)
            return None
        except AnswerError as exc:
            return exc
        finally:
            self._put_back(saved)
            self._saved = outer_saved

    def remove_repeat(self, ref: str) -> None:
        node = self.node_at(ref)
        if not node.repeat or node.parent is None:
            raise AnswerError("not-a-repeat", f"`{ref}` is not an entry of a repeat")
        ctl = self.form.by_ref.get(node.path)
        if ctl is not None and ctl.count is not None:
            raise AnswerError("counted-repeat", f"`{ref}` takes its number of entries from the form")
        with self._limited(changes=True):
            parent = node.parent
            parent.children.remove(node)
            self._shape_changed(parent, [], [node])
            self.recompute()

    def _append_instances(self, parent: Node, t: TemplateNode, count: int) -> list[Node]:
        siblings = [c for c in parent.children if c.repeat and c.path == t.path]
        at = parent.children.index(siblings[-1]) + 1 if siblings else _insert_position(parent, t, self._templates)
        counted = (ctl := self.form.by_ref.get(t.path)) is not None and ctl.count is not None
        position = len(siblings)
        added = []
        for _ in range(count):
            # A counted repeat's n-th entry starts as the form's own n-th entry when it has one.
            src = t.initial_values[position] if counted and position < len(t.initial_values) else t
            inst = self._instantiate(t, parent, src, new=True)
            inst.repeat = True
            size = sum(1 for _ in self._walk(inst))
            if self._nodes + size > MAX_INSTANCE_NODES:
                raise FormTooComplex(
                    f"entry {position + 1:,} would make the form more than {MAX_INSTANCE_NODES:,} questions, "
                    "groups and entries",
                    f"{self.ref(parent)}/{t.local}",
                )
            if self._budget is not None:
                self._budget.spend(size)
            self._nodes += size
            parent.children.insert(at, inst)
            at += 1
            position += 1
            added.append(inst)
        self._shape_changed(parent, added, [])
        for inst in added:
            for node in self._walk(inst):
                self._prefill(node)
            self._new_repeat_events(inst)
        return added

    # ----- logic ----------------------------------------------------------------------------------
    def recompute(self) -> None:
        with self._limited(changes=True):
            self._recompute()

    def _recompute(self) -> None:
        try:
            self._recompute_passes()
        finally:
            self._touched.clear()
            self._touched_repeats.clear()

    def _recompute_passes(self) -> None:
        top = self.doc.children[0]
        for _ in range(MAX_PASSES):
            self._chars = 0
            changed = self._relevance(top, True)
            changed |= self._calculate()
            changed |= self._counts()
            if not changed:
                break
        if self._chars > MAX_INSTANCE_CHARS:
            raise FormTooComplex(f"its answers would hold more than {MAX_INSTANCE_CHARS:,} characters in all")
        self._judge()

    def _relevance(self, node: Node, parent_relevant: bool) -> bool:
        b = node.bind
        relevant = parent_relevant
        if relevant and b is not None and b.relevant is not None:
            relevant = to_boolean(self._eval(b.relevant, node))
        changed = relevant != node.relevant
        node.relevant = relevant
        self._chars += len(node.value)
        for child in node.children:
            changed |= self._relevance(child, relevant)
        return changed

    def _calculate(self) -> bool:
        changed = False
        for path in self.form.calc_order:
            b = self.form.binds[path]
            assert b.calculate is not None
            for node in self._by_path.get(path, ()):
                if not node.relevant:
                    continue
                result = self._eval(b.calculate, node)
                node.dated = _dated(b.calculate, result)
                if isinstance(result, float) and math.isnan(result):
                    result = ""  # a calculation that is not a number is blank, as ODK stores it
                value = self._computed(node, result)
                if len(value) > MAX_VALUE_CHARS:
                    raise too_long(len(value)).at(self.ref(node))
                # Recalculated only when its result moves (XForms recalculates what a change
                # touches): a person's own edit of a calculated question stands until then.
                last = self._last_calc.get(node)
                self._last_calc[node] = value
                if self._calc_questions and self._triggered(path, node):
                    self._touch(node)  # recomputed: what reads it is recomputed too
                    last = None  # and an answer typed into its question gives way, as in JavaRosa
                if last == value or (last is None and self._priming and self.control(node) is not None):
                    continue
                if value != node.value:
                    self._chars += len(value) - len(node.value)
                    if self._chars > MAX_INSTANCE_CHARS:
                        raise FormTooComplex(
                            f"its answers and calculations would hold more than {MAX_INSTANCE_CHARS:,} characters "
                            "in all",
                            self.ref(node),
                        )
                    node.value = value
                    changed = True
        return changed

    def _triggered(self, path: str, node: Node) -> bool:
        """Whether the current change set something the calculation at `node` reads: a node at a
        path it reads — in the same entry when both are in one repeat, as JavaRosa
        fires a calculation in a repeat for the entry that changed — or a repeat it reads (its
        entries counted, or position(..)) that gained or lost an entry."""
        if not self._touched and not self._touched_repeats:
            return False
        reads = self._calc_reads.get(path, frozenset())
        if any(r in reads for r in self._touched_repeats):
            return True
        for r in reads:
            for t in self._touched.get(r, ()):
                if t is not node and _same_entries(t, node):
                    return True
        return False

    def _touch(self, node: Node) -> None:
        self._touched.setdefault(node.path, set()).add(node)

    def unoffered(self, node: Node) -> list[str]:
        """The values of a select's answer that its choices do not offer now (a choice filter
        changed by a later answer, or a list file that changed): kept in the answer, as JavaRosa
        (ODK Collect) keeps them, so a screen must say so beside the choices. [] when all are offered."""
        ctl = self.control(node)
        if ctl is None or ctl.kind not in ("select1", "select", "rank") or not node.value:
            return []
        with self._limited(changes=False):
            offered = {v for v, _ in self.choices(node, labels=False)}
        if ctl.kind == "select1":
            # one choice, whole: a list file's value may hold a space (`Township 18`)
            return [] if node.value in offered else [node.value]
        return [v for v in node.value.split() if v not in offered]

    def _counts(self) -> bool:
        changed = False
        for path, t in self._templates.items():
            if not t.repeat:
                continue
            ctl = self.form.by_ref.get(path)
            if ctl is None or ctl.count is None:
                continue
            parent_path = path.rpartition("/")[0]
            for parent in list(self._by_path.get(parent_path, ())):
                probe = Node(t.local, t.name, parent, path)
                want = to_number(self._eval(ctl.count, probe))
                if math.isnan(want):
                    if not self._loading_counts:
                        continue  # a blank or unreadable count keeps the entries there are (as ODK does)
                    want = 0.0  # ... but a form opens with none until its count is known
                if want > MAX_REPEAT_ENTRIES:
                    # Refused, not cut down to the limit: a count of 5,000 is a mistake to show.
                    raise FormTooComplex(
                        f"the repeat count is {want:,.0f} entries; a repeat holds at most {MAX_REPEAT_ENTRIES:,}",
                        f"{self.ref(parent)}/{t.local}",
                    )
                want = 0 if want < 0 else int(want)
                have = [c for c in parent.children if c.repeat and c.path == path]
                if len(have) < want:
                    self._append_instances(parent, t, want - len(have))
                    changed = True
                elif len(have) > want:
                    extra = set(map(id, have[want:]))
                    parent.children = [c for c in parent.children if id(c) not in extra]
                    self._shape_changed(parent, [], have[want:])
                    changed = True
        return changed

    def _judge(self) -> None:
        for node in self._walk(self.doc.children[0]):
            b = node.bind
            node.violation = None
            node.required = False
            node.readonly = bool(node.parent is not None and node.parent.readonly)
            if b is None:
                continue
            if b.readonly is not None:
                node.readonly = to_boolean(self._eval(b.readonly, node))
            node.readonly = node.readonly or bool(node.parent is not None and node.parent.readonly)
            if not node.relevant:
                continue
            if b.required is not None:
                node.required = to_boolean(self._eval(b.required, node))
            if node.children:
                continue
            if node.value == "":
                if node.required:
                    node.violation = "required"
            elif b.constraint is not None and not to_boolean(self._eval(b.constraint, node)):
                node.violation = "constraint"

    def finish(self) -> None:
        """Before submitting: the end timestamp, then the logic once more."""
        with self._limited(changes=True):
            for node in self._walk(self.doc.children[0]):
                b = node.bind
                if b is not None and b.preload == ("timestamp", "end"):
                    node.value = _iso(self._now())
            self._recompute()

    # ----- reading --------------------------------------------------------------------------------
    def leaves(self) -> Iterator[Node]:
        for node in self._walk(self.doc.children[0]):
            if not node.children and not (node.bind is None and self._is_group_path(node)):
                yield node

    def _is_group_path(self, node: Node) -> bool:
        t = self._templates.get(node.path)
        return bool(t and (t.children or t.repeat))

    def states(self) -> list[NodeState]:
        out = []
        for node in self.leaves():
            ctl = self.control(node)
            out.append(
                NodeState(
                    ref=self.ref(node),
                    path=node.path,
                    relevant=node.relevant,
                    required=node.required,
                    readonly=node.readonly,
                    value=node.value,
                    violation=node.violation,
                    kind=ctl.kind if ctl is not None and ctl.kind in QUESTION_KINDS else "",
                )
            )
        return out

    def layout(self) -> list[Field]:
        """The body as fields bound to this instance's nodes, repeats expanded into entries.
        Rebuild it after a repeat changes size; relevance is read live from `field.node.relevant`."""
        return self._layout(self.form.controls, self.doc.children[0])

    def _layout(self, controls: list[Control], context: Node) -> list[Field]:
        out: list[Field] = []
        for ctl in controls:
            if ctl.kind == "repeat":
                parent = self._nearest(ctl.ref.rpartition("/")[0], context) if ctl.ref else None
                rep = Field("repeat", ctl, None, ctl.ref, parent_node=parent)
                if parent is not None:
                    for inst in (c for c in parent.children if c.repeat and c.path == ctl.ref):
                        rep.children.append(Field("entry", ctl, inst, self.ref(inst), self._layout(ctl.children, inst)))
                out.append(rep)
                continue
            t = self._templates.get(ctl.ref) if ctl.ref else None
            # A group bound to a repeat's own path (pyxform wraps every repeat so) is no node of its
            # own: its entries are the repeat's, laid out by the repeat inside it.
            node = None if (t is not None and t.repeat) else (self._nearest(ctl.ref, context) if ctl.ref else None)
            if ctl.kind == "group":
                # A group whose only child is its repeat (pyxform's shape) is that repeat.
                out.append(
                    Field(
                        "group", ctl, node, self.ref(node) if node else "", self._layout(ctl.children, node or context)
                    )
                )
            elif node is not None:
                out.append(Field(ctl.kind, ctl, node, self.ref(node)))
        return out

    def violations(self) -> list[Node]:
        return [n for n in self._walk(self.doc.children[0]) if n.violation]

    def choices(self, node: Node, labels: bool = True) -> list[tuple[str, str]]:
        """(value, label) of the choices offered now, in the form language (labels=False: the labels
        are left blank, for code that needs only the values; rendering them is most of the cost)."""
        with self._limited(changes=False):
            return self._choices(node, labels)

    def _choices(self, node: Node, labels: bool) -> list[tuple[str, str]]:
        ctl = self.control(node)
        if ctl is None:
            return []
        if ctl.itemset is None:
            return [(item.value, self._render(item.label, node) if labels else "") for item in ctl.items]
        iset = ctl.itemset
        found = self._eval(iset.nodeset, node, current=node)
        out = []
        try:
            for item in found if isinstance(found, list) else []:
                ctx = Context(item, self, current=node, budget=self._budget)
                value = to_string(iset.value_ref.evaluate(ctx))
                label = ""
                if labels and iset.label_ref is not None:
                    raw = to_string(iset.label_ref.evaluate(ctx))
                    label = self._itext(raw, node) if iset.label_is_itext else raw
                out.append((value, (label or value) if labels else ""))
        except FormTooComplex as exc:
            raise exc.at(self.ref(node)) from None
        return out

    def render(self, text: Text | None, node: Node, form: str = "default") -> str:
        """A label, hint or message with its `${…}` outputs, in the form language."""
        with self._limited(changes=False):
            return self._render(text, node, form)

    def _render(self, text: Text | None, node: Node, form: str = "default") -> str:
        if text is None:
            return ""
        if text.dynamic is not None:
            return self._itext(to_string(self._eval(text.dynamic, node)), node, form)
        if text.itext is not None:
            return self._itext(text.itext, node, form)
        return self._parts(text.parts, node)

    def _itext(self, text_id: str, node: Node, form: str = "default") -> str:
        for lang in (self.lang, self.form.default_language, *self.form.languages):
            forms = self.form.itext.get(lang or "", {}).get(text_id)
            if forms and form in forms:
                value = self._parts(forms[form], node)
                if value.strip() and value.strip() != "-":
                    return value
        return ""

    def _parts(self, parts: Any, node: Node) -> str:
        if isinstance(parts, str):
            return parts
        out = []
        size = 0
        for part in parts:
            text = part if isinstance(part, str) else to_string(self._eval(part, node))
            size += len(text)
            if size > MAX_VALUE_CHARS:  # a label of megabytes would freeze the screen drawing it
                raise too_long(size).at(self.ref(node))
            out.append(text)
        return " ".join("".join(out).split()) if any(not isinstance(p, str) for p in parts) else "".join(out).strip()

    def label(self, node: Node) -> str:
        ctl = self.control(node)
        return self.render(ctl.label, node) if ctl is not None else ""

    def hint(self, node: Node) -> str:
        ctl = self.control(node)
        return self.render(ctl.hint, node) if ctl is not None else ""

    def form_message(self, node: Node) -> str:
        """The form's own message for the node's violation, in the form language ("" if it has none)."""
        b = node.bind
        if b is None:
            return ""
        if node.violation == "constraint":
            return self.render(b.constraint_msg, node)
        if node.violation == "required":
            return self.render(b.required_msg, node)
        return ""

    def message(self, node: Node) -> str:
        """The form's own message for the node's violation, or a plain English one (the desktop
        app shows its translated default instead: see app/ui/forms/renderer.py)."""
        custom = self.form_message(node)
        if custom or not node.violation:
            return custom
        return "This answer is not allowed." if node.violation == "constraint" else "This question needs an answer."

    # ----- writing out ----------------------------------------------------------------------------
    def to_xml(self, *, submission: bool = True) -> str:
        """The instance as XML. A submission leaves non-relevant nodes out (as ODK submits);
        for a draft, every value is kept so a hidden answer comes back if it becomes relevant."""
        top = self.doc.children[0]
        prefixes = sorted(
            {n.qname.split(":")[0] for n in self._walk(top) if ":" in n.qname}
            | {k.split(":")[0] for n in self._walk(top) for k in n.attrs if ":" in k}
        )
        ns = {"jr": JR, "orx": ORX, "odk": ODK, "cr": "https://circuitride.org/xforms", "entities": ENTITIES}
        extra = "".join(f" xmlns:{p}={quoteattr(ns[p])}" for p in prefixes if p in ns)
        out: list[str] = []
        self._xml(top, out, submission, extra)
        return "".join(out)

    def _xml(self, node: Node, out: list[str], submission: bool, extra: str = "") -> None:
        attrs = "".join(f" {k}={quoteattr(v)}" for k, v in node.attrs.items()) + extra
        if not node.children:
            value = _XML_INVALID.sub("", node.value)
            text = escape(value, _KEEP_CR)
            out.append(f"<{node.qname}{attrs}>{text}</{node.qname}>" if value else f"<{node.qname}{attrs}/>")
            return
        out.append(f"<{node.qname}{attrs}>")
        for child in node.children:
            if submission and not child.relevant:
                continue  # left out of a submission, as ODK Collect and Web Forms do
            self._xml(child, out, submission)
        out.append(f"</{node.qname}>")

    def snapshot(self) -> dict[str, Any]:
        """A draft: every value, which household member each repeat entry is, the form language,
        and the vault references of the media answers' files (never their bytes: a draft is saved
        on every answer). A file no answer names any more (replaced, cleared) is left out, so the
        draft stops keeping its blob from `check`'s orphan sweep."""
        used = self._media_values()
        return {
            "form_id": self.form.form_id,
            "version": self.form.version,
            "xml": self.to_xml(submission=False),
            "persons": [[self.ref(n), n.person_id] for n in self._walk(self.doc.children[0]) if n.person_id],
            "lang": self.lang,
            "files": {name: dict(meta) for name, meta in self.files.items() if name in used},
        }

    # ----- media answers --------------------------------------------------------------------------
    def add_file(self, name: str, meta: dict[str, Any]) -> None:
        """Record where a media answer's file is (its vault hash and what it is), before the answer
        naming it is set with `set_value`."""
        _check_file_name(name)
        if not isinstance(meta.get("hash"), str) or not meta["hash"]:
            raise AnswerError("bad-file", f"the file `{name}` has no stored content")
        self.files[name] = {
            "hash": meta["hash"],
            "mime": str(meta.get("mime") or "application/octet-stream"),
            "size": int(meta.get("size") or 0),
            "width": meta.get("width"),
            "height": meta.get("height"),
        }

    def _media_nodes(self) -> Iterator[Node]:
        for node in self._walk(self.doc.children[0]):
            ctl = self.control(node)
            if ctl is not None and ctl.kind == "upload" and not node.children:
                yield node

    def _media_values(self) -> set[str]:
        return {n.value for n in self._media_nodes() if n.value}

    def submission_files(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(node ref, file name, file meta) for every relevant, answered media question: the files
        a submission carries. An answer whose file was never recorded (a draft from elsewhere, a
        typed name) is an error naming the question, rather than a submission missing its file."""
        out: list[tuple[str, str, dict[str, Any]]] = []
        for node in self._media_nodes():
            if not node.value or not self._relevant_path(node):
                continue
            meta = self.files.get(node.value)
            if meta is None:
                raise AnswerError(
                    "missing-file",
                    f"the file of `{self.ref(node)}` ({node.value}) is not stored on this laptop; attach it again",
                )
            out.append((self.ref(node), node.value, dict(meta)))
        return out

    def _relevant_path(self, node: Node) -> bool:
        cur: Node | None = node
        while cur is not None and cur is not self.doc:
            if not cur.relevant:
                return False
            cur = cur.parent
        return True

    @classmethod
    def from_snapshot(cls, form: FormDef, saved: dict[str, Any], **kwargs: Any) -> FormInstance:
        if saved.get("form_id") not in (None, form.form_id) or saved.get("version") not in (None, form.version):
            raise AnswerError("wrong-form", "the saved answers belong to another form or version")
        if kwargs.get("lang") is None:  # no language asked (or None passed on): the one it was filled in
            kwargs["lang"] = saved.get("lang")
        return cls(form, restore=saved, **kwargs)

    def writebacks(self) -> list[tuple[str, str, str]]:
        """(person id, field, value) for answered, relevant `cr:writeback` questions that differ
        from what the case record holds."""
        out = []
        for node in self.leaves():
            b = node.bind
            if b is None or not b.writeback or not node.relevant or not b.prefill:
                continue
            source, _, name = b.prefill.partition(".")
            if source != "person":
                continue
            person = self._person_for(node)
            if person is None or not person.get("id"):
                continue
            if node.value and node.value != _as_text(person.get(name)):  # a blank answer erases nothing
                out.append((str(person["id"]), name, node.value))
        return out

    # ----- helpers --------------------------------------------------------------------------------
    def _nearest(self, static: str, context: Node) -> Node | None:
        """The node at a static path closest to `context` (inside the same repeat entries)."""
        cur: Node | None = context
        while cur is not None and cur is not self.doc and not (static == cur.path or static.startswith(cur.path + "/")):
            cur = cur.parent
        if cur is None or cur is self.doc:
            cur = self.doc
        rest = static[len(cur.path) :].strip("/") if cur is not self.doc else static.strip("/")
        for step in rest.split("/") if rest else []:
            same = cur.child_index.get(step) if cur.child_index is not None else None
            nxt = same[0] if same else next((c for c in cur.children if c.name == step), None)
            if nxt is None:
                return None
            cur = nxt
        return cur

    def _zone(self) -> tzinfo | None:
        """The zone times are stored in; None: the laptop's own (summer time included)."""
        return None if self._system_zone else self._now().tzinfo

    def _computed(self, node: Node, result: Any) -> str:
        """A calculation's or setvalue's result as its node stores it. A number into a decimal
        node is written as JavaRosa (ODK Collect) writes a computed number, which is what Collect
        submits: a whole number without a decimal point (`297`, where a typed answer is `297.0`).
        A decimal or int question's value taken whole (`/data/q`) into a number or text node is
        that number (`99`, not the answer's text `99.0`); true and false are 1 and 0 in a number
        node, as XPath's number() reads them."""
        typ = node.bind.type if node.bind is not None else "string"
        if typ in ("decimal", "int", "string"):
            if type(result) is list and result and _numeric_node(result[0]):
                result = to_number(result)  # JavaRosa reads the number, not its text `99.0`
                if result != result:
                    return ""  # a blank answer
            elif type(result) is bool and typ != "string":
                result = 1.0 if result else 0.0
            if type(result) is float and typ == "decimal" and result.is_integer() and abs(result) < 2.0**63:
                return str(int(result))
        return self._typed(node, to_string(result))

    def _typed(self, node: Node, value: str, *, strict: bool = False) -> str:
        """A value as the node's type stores it; with `strict`, a malformed answer is an error."""
        typ = node.bind.type if node.bind is not None else "string"
        value = value if isinstance(value, str) else str(value)
        if value == "" or typ in ("string", "select1", "select", "barcode", "odk:rank"):
            return value
        if typ == "binary":
            name = value.strip()
            if strict:
                _check_file_name(name)
            return name
        if typ in GEO_TYPES:
            problem = geo.value_problem(typ, value)
            if problem is None:
                return value.strip()
            if strict:
                what = {"geopoint": "a location", "geotrace": "a trace", "geoshape": "a shape"}[typ]
                raise AnswerError("bad-value", f"`{value}` is not {what}: {problem}")
            return ""
        v = value.strip()
        if typ == "int":
            n: int | None = None
            try:
                n = int(v)
            except ValueError:
                try:
                    f = float(v)
                    if math.isfinite(f) and not strict:
                        n = int(f)  # a calculation's 2.7 stored in a whole-number field: 2, as ODK
                except ValueError:
                    pass
            if n is None:
                if strict:
                    raise AnswerError("bad-value", f"`{value}` is not a whole number")
                return ""
            if not INT_MIN <= n <= INT_MAX:
                if strict:
                    raise AnswerError("bad-value", f"`{value}` is too large for a whole-number question")
                return ""
            return str(n)
        if typ == "decimal":
            try:
                f = float(v)
            except ValueError:
                if strict:
                    raise AnswerError("bad-value", f"`{value}` is not a number") from None
                return ""
            if not math.isfinite(f):
                return "" if not strict else _raise("bad-value", f"`{value}` is not a number")
            return _decimal_text(f)
        if typ == "date":
            if _DATE.match(v):
                try:
                    datetime.strptime(v, "%Y-%m-%d")
                    return v
                except ValueError:
                    pass
            if _DATETIME.match(v):
                return v[:10]
            if strict:
                raise AnswerError("bad-value", f"`{value}` is not a date (YYYY-MM-DD)")
            return ""
        if typ == "dateTime":
            stored = _device_date_time(v, self._zone())
            if stored is not None:
                return stored
            if strict:
                raise AnswerError("bad-value", f"`{value}` is not a date and time (YYYY-MM-DDTHH:MM:SS)")
            return ""
        if typ == "time":
            stored = _device_time(v, self._zone(), self._now())
            if stored is not None:
                return stored
            if strict:
                raise AnswerError("bad-value", f"`{value}` is not a time (HH:MM:SS)")
            return ""
        return value


_DATE_FUNCTIONS = frozenset({"today", "now", "date", "date-time", "dateTime"})


def _dated(expr: Expr, result: Any) -> bool:
    """Whether a calculation's result is a date or date-time value as JavaRosa keeps it (and reads
    it as days since 1970 later, whatever the node's type): a date or dateTime node's value (also
    through if() or coalesce()), or the value of a date function (today(), date(...)) that is the
    whole expression. Text that merely looks like a date (concat(), format-date()) is not."""
    if type(result) is list:
        if not result:
            return False
        first = result[0]
        bind = getattr(first, "bind", None)
        return bool(getattr(first, "dated", False)) or (bind is not None and bind.type in ("date", "dateTime"))
    return type(result) is str and result != "" and _whole_call(expr.source) in _DATE_FUNCTIONS


def _whole_call(source: str) -> str | None:
    """The function's name when `source` is one call (`date(/data/d + 30)`), else None."""
    m = _CALL_HEAD.match(source)
    if m is None or not source.rstrip().endswith(")"):
        return None
    depth, quote = 0, ""
    body = source.rstrip()
    for i in range(m.end() - 1, len(body)):
        ch = body[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return m.group(1) if i == len(body) - 1 else None
    return None


_CALL_HEAD = re.compile(r"\s*([A-Za-z][\w.-]*)\s*\(")


def _numeric_node(n: Any) -> bool:
    bind = getattr(n, "bind", None)
    return bind is not None and bind.type in ("decimal", "int")


def _check_file_name(name: str) -> None:
    """A media answer names a file, never a path: it becomes a file name in exports (media/)."""
    if not name or len(name) > MAX_FILE_NAME_CHARS or not _FILE_NAME.match(name) or name in (".", ".."):
        raise AnswerError(
            "bad-value", f"`{name[:60]}` is not a file name (no folders, at most {MAX_FILE_NAME_CHARS} characters)"
        )


def _restored_files(saved: Any) -> dict[str, dict[str, Any]]:
    """A draft's file references, as saved; anything malformed is dropped (the answer naming it
    then reports its file missing on submit, rather than the draft failing to open)."""
    out: dict[str, dict[str, Any]] = {}
    if not isinstance(saved, dict):
        return out
    for name, meta in saved.items():
        if isinstance(name, str) and isinstance(meta, dict) and isinstance(meta.get("hash"), str):
            out[name] = dict(meta)
    return out


def _decimal_text(f: float) -> str:
    """A decimal as ODK writes it: whole values keep one decimal place (2 -> "2.0", -0 -> "-0.0")."""
    if f.is_integer() and abs(f) < 1e21:
        return ("-" if math.copysign(1.0, f) < 0 and f == 0 else "") + f"{int(f)}.0"
    return to_string(f)


def _check_range(ctl: Control, value: str, ref: str) -> None:
    """A range answer lies between start and end (either order) on a step counted from start."""
    try:
        start, end, step, v = (Decimal(x.strip()) for x in (ctl.start, ctl.end, ctl.step, value))
    except (InvalidOperation, ValueError):
        return  # bounds that are not numbers: the form's business (ODK refuses such a form)
    low, high = min(start, end), max(start, end)
    if not low <= v <= high:
        raise AnswerError("out-of-range", f"`{value}` is outside {ctl.start} to {ctl.end}, the range of `{ref}`")
    if step != 0 and (v - start) % abs(step) != 0:
        raise AnswerError(
            "off-step", f"`{value}` is not on a step of {ctl.step} from {ctl.start}, as `{ref}` takes its values"
        )


def _raise(code: str, message: str) -> str:
    raise AnswerError(code, message)


def _iso(dt: datetime) -> str:
    """A date-time as ODK Collect stores it: milliseconds, and `Z` for UTC (2026-11-25T10:30:00.000Z)."""
    text = dt.isoformat(timespec="milliseconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _offset(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _parts(hour: str, minute: str, second: str | None, fraction: str | None) -> tuple[int, int, int, int] | None:
    h, m, sec = int(hour), int(minute), int(second or 0)
    if h > 23 or m > 59 or sec > 59:
        return None
    return h, m, sec, int(((fraction or "") + "000000")[:6])


def _device_date_time(value: str, zone: tzinfo | None) -> str | None:
    """A date-time as Collect (JavaRosa) stores it: the same instant in the device's zone, with
    milliseconds and that zone's offset at that instant (`2026-03-08T02:30-05:00` typed in UTC is
    `2026-03-08T07:30:00.000Z`); without an offset it is the device's local time. None: not one."""
    match = _DATETIME.match(value)
    if match is None:
        return None
    day, hour, minute, second, fraction, offset = match.groups()
    parts = _parts(hour, minute, second, fraction)
    if parts is None:
        return None
    try:
        naive = datetime.strptime(day, "%Y-%m-%d").replace(
            hour=parts[0], minute=parts[1], second=parts[2], microsecond=parts[3]
        )
    except ValueError:
        return None
    given = _offset(offset)
    if given is not None:
        instant = naive.replace(tzinfo=given)
    elif zone is not None:
        instant = naive.replace(tzinfo=zone)
    else:
        instant = naive.astimezone()  # a naive time read as the laptop's local time
    try:
        return _iso(instant.astimezone(zone))
    except (OverflowError, ValueError):
        return None


def _device_time(value: str, zone: tzinfo | None, now: datetime) -> str | None:
    """A time as Collect (JavaRosa) stores it: milliseconds and the device's offset today
    (`08:00` is `08:00:00.000Z` in UTC, `08:00:00.000-05:00` in New York); a time typed with
    another offset is moved to the device's (`22:02:10.562+07:00` is `15:02:10.562Z`). None: not one."""
    match = _TIME.match(value)
    if match is None:
        return None
    hour, minute, second, fraction, offset = match.groups()
    parts = _parts(hour, minute, second, fraction)
    if parts is None:
        return None
    today = now.astimezone(zone).replace(tzinfo=None)
    naive = today.replace(hour=parts[0], minute=parts[1], second=parts[2], microsecond=parts[3])
    given = _offset(offset)
    if given is not None:
        instant = naive.replace(tzinfo=given)
    elif zone is not None:
        instant = naive.replace(tzinfo=zone)
    else:
        instant = naive.astimezone()
    return _iso(instant.astimezone(zone)).split("T", 1)[1]


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"  # the XLSForm convention: a yes_no list
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


def _principal(persons: list[dict[str, Any]]) -> dict[str, Any] | None:
    for p in persons:
        if p.get("role") == "principal_applicant":
            return p
    return persons[0] if persons else None


def _entry_number(entry: Node, parent: Node) -> int:
    """1-based position of a repeat entry among its parent's entries of that repeat (they are the
    only children of that name): from the index of children by name, not a scan of every child."""
    same = parent.child_index.get(entry.name) if parent.child_index is not None else None
    try:
        if same is not None:
            return 1 + same.index(entry)
    except ValueError:
        pass  # an index not yet brought up to date for a new entry
    return 1 + sum(1 for s in parent.children[: parent.children.index(entry)] if s.repeat and s.name == entry.name)


def _by_name(t: TemplateNode) -> dict[str, TemplateNode]:
    """`t`'s children by name (the first of a name, as the form's instance gives it)."""
    out: dict[str, TemplateNode] = {}
    for c in t.children:
        out.setdefault(c.local, c)
    return out


def _index_children(node: Node) -> None:
    if node.children:
        index: dict[str, list[Node]] = {}
        for child in node.children:
            index.setdefault(child.name, []).append(child)
        node.child_index = index
    else:
        node.child_index = None


def _index_templates(t: TemplateNode, out: dict[str, TemplateNode]) -> None:
    out[t.path] = t
    for c in t.children:
        _index_templates(c, out)


def _insert_position(parent: Node, t: TemplateNode, templates: dict[str, TemplateNode]) -> int:
    """Where the first instance of a repeat goes among its parent's children: after the nodes
    that precede it in the form's own instance."""
    parent_t = templates.get(parent.path)
    if parent_t is None:
        return len(parent.children)
    order = [c.local for c in parent_t.children]
    mine = order.index(t.local)
    before = set(order[:mine])
    at = 0
    for i, child in enumerate(parent.children):
        if child.name in before:
            at = i + 1
    return at


def _calc_reads(path: str, bind: Bind) -> frozenset[str]:
    """The static paths a calculate bind reads (position(..) reads its repeat)."""
    assert bind.calculate is not None
    return frozenset(r for r in (resolve_static(path, ref) for ref in bind.calculate.references()) if r)


def _same_entries(changed: Node, node: Node) -> bool:
    """False when `changed` is inside an entry of a repeat that `node` is inside too (statically)
    but `node` is in another entry of it: JavaRosa does not fire a calculation of one entry for a
    change in another."""
    entry: Node | None = changed
    while entry is not None:
        if entry.repeat and node.path.startswith(entry.path + "/") and not is_within(node, entry):
            return False
        entry = entry.parent
    return True


def is_within(node: Node, scope: Node) -> bool:
    """`node` is `scope` or lies inside it."""
    cur: Node | None = node
    while cur is not None:
        if cur is scope:
            return True
        cur = cur.parent
    return False


def _secondary_nodes(form: FormDef) -> dict[str, Node]:
    """Secondary instances as nodes: built once per form and shared (they are read-only)."""
    cache = getattr(form, "_secondary_cache", None)
    if cache is None:
        cache = {}
        for iid, el in form.secondary.items():
            doc = Node("", "", None, "")
            doc.children = [node_from_element(el, doc)]
            doc.children[0].path = "/" + doc.children[0].name
            cache[iid] = doc
        # Kept on the form itself (not one of FormDef's fields: the engine's cache, not the model's).
        form._secondary_cache = cache  # type: ignore[attr-defined]
    return cache
