"""XPath 1.0 with the ODK XForms function library, for the form engine.

Standard library only, but for RE2 (``google-re2``), which runs ``regex()`` in linear time.
``compile_xpath(source)`` parses an expression once (cached by string) into a
tree of closures; ``Expr.evaluate(ctx)`` runs it against the engine's instance tree (see ``XNode``).

Values are the four XPath 1.0 types as plain Python objects: ``str``, ``float`` (numbers are always
floats), ``bool`` and node-sets as ``list`` of nodes in document order without duplicates.

ODK specifics (ODK XForms spec, "XPath functions"):

* A string or node value that is an ISO date (``YYYY-MM-DD``) or datetime converts to a number of
  days since 1970-01-01 (datetimes: fractional days in UTC; a datetime without an offset is read as
  UTC) wherever a number is needed *inside* an expression: relational operators, arithmetic,
  ``number()``, ``sum()``, ``min()``... The exported ``to_number`` stays plain XPath 1.0.
* Absolute paths always address the main instance (``env.root``), as in ODK Collect, even inside a
  predicate over a secondary instance.
* Element name tests match the local name (instance nodes carry no namespace), so ``orx:meta``
  matches ``<meta>``; an element whose name is stored with its prefix matches too.

Limits (app/forms/limits.py): a string a function builds (``concat``, ``join``, ``uuid``...) holds at
most ``MAX_VALUE_CHARS``; an evaluation given a ``Budget`` in its context spends it on the nodes it
visits and stops with ``FormTooComplex`` when the answer's time is up.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import operator
import random
import re
import secrets
import string as _string
import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as dtime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Protocol, TypeVar, cast

import re2

from app.forms.errors import FormTooComplex
from app.forms.geo import parse_point, parse_points
from app.forms.geodesy import area_m2, inside, length_m
from app.forms.limits import MAX_VALUE_CHARS, Budget, too_long

__all__ = [
    "FUNCTIONS",
    "AttributeNode",
    "Context",
    "Env",
    "Expr",
    "TextNode",
    "XNode",
    "XPathError",
    "compile_xpath",
    "to_boolean",
    "to_number",
    "to_string",
]

NAN = math.nan
INF = math.inf


class XPathError(Exception):
    """Syntax error, unknown/unsupported function or wrong arity (compile time), or a type error at run time.

    ``position`` is the 1-based character position in ``expression`` when known.
    """

    def __init__(self, message: str, position: int | None = None, expression: str | None = None) -> None:
        self.message = message
        self.position = position
        self.expression = expression
        text = message
        if position is not None:
            text += f" at position {position}"
        if expression is not None:
            text += f" in {expression!r}"
        super().__init__(text)


# --------------------------------------------------------------------------------------------- protocols


class XNode(Protocol):
    # Read-only members (properties), so a node class whose `parent` and `children` are its own
    # class (the engine's Node) is an XNode.
    @property
    def name(self) -> str: ...
    @property
    def parent(self) -> XNode | None: ...
    @property
    def children(self) -> Sequence[XNode]: ...
    @property
    def attrs(self) -> Mapping[str, str]: ...

    def text(self) -> str: ...


class Env(Protocol):
    @property
    def root(self) -> XNode: ...

    def instance(self, id: str) -> XNode | None: ...

    def now(self) -> datetime: ...

    def choice_label(self, node: XNode, value: str) -> str: ...


@dataclass(slots=True)
class Context:
    node: XNode
    env: Env
    position: int = 1
    size: int = 1
    # What current() returns. None means "the node of this (outermost) context"; the evaluator
    # resolves it that way instead of writing to the caller's object, so a reused Context stays correct.
    current: XNode | None = None
    # Values of a predicate's context-free parts, computed once per node list (see _compile_pred).
    memo: dict[Any, Any] | None = None
    # The work the evaluation may still do (the engine gives one per answer); None: unlimited.
    budget: Budget | None = None
    # Absolute paths read in the context's own repeat entries (JavaRosa's contextualisation); off
    # for indexed-repeat()'s paths, which name every entry and pick one by index.
    entries: bool = True


_NO_CHILDREN: list[Any] = []  # shared, never mutated
_NO_ATTRS: dict[str, str] = {}


class AttributeNode:
    """An attribute, as returned by ``@name`` steps. Equal to any other for the same element and name."""

    __slots__ = ("name", "parent")
    children = _NO_CHILDREN
    attrs = _NO_ATTRS

    def __init__(self, parent: XNode, name: str) -> None:
        self.parent = parent
        self.name = name

    def text(self) -> str:
        return self.parent.attrs.get(self.name, "")

    def __eq__(self, other: object) -> bool:
        return type(other) is AttributeNode and other.parent is self.parent and other.name == self.name

    def __hash__(self) -> int:
        return hash((id(self.parent), self.name))

    def __repr__(self) -> str:
        return f"AttributeNode({self.name!r}={self.text()!r})"


class TextNode:
    """The text child of a leaf element, as returned by ``text()`` steps."""

    __slots__ = ("parent",)
    name = ""
    children = _NO_CHILDREN
    attrs = _NO_ATTRS

    def __init__(self, parent: XNode) -> None:
        self.parent = parent

    def text(self) -> str:
        return self.parent.text()

    def __eq__(self, other: object) -> bool:
        return type(other) is TextNode and other.parent is self.parent

    def __hash__(self) -> int:
        return hash(("#text", id(self.parent)))

    def __repr__(self) -> str:
        return f"TextNode({self.text()!r})"


_NON_ELEMENTS = (AttributeNode, TextNode)


def _is_element(n: Any) -> bool:
    return type(n) not in _NON_ELEMENTS and n.name != ""


# ------------------------------------------------------------------------------------------- conversions


def _fmt_num(x: float) -> str:
    if x != x:
        return "NaN"
    if x == INF:
        return "Infinity"
    if x == -INF:
        return "-Infinity"
    if x.is_integer() and -9007199254740992.0 <= x <= 9007199254740992.0:
        return str(int(x))
    r = repr(x)
    if "e" in r:
        r = format(Decimal(r), "f")
    return r


def to_string(v: Any) -> str:
    """XPath 1.0 string(): node-set -> string-value of its first node; 3.0 -> "3"; NaN -> "NaN"."""
    t = type(v)
    if t is str:
        return cast(str, v)
    if t is list:
        return cast(str, v[0].text()) if v else ""
    if t is float:
        return _fmt_num(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if v is None:
        return ""
    raise XPathError(f"cannot convert {t.__name__} to a string")


def _plain_num(s: str) -> float:
    try:
        v = float(s)
    except ValueError:
        return NAN
    if v - v == 0.0:  # finite
        return NAN if "_" in s else v
    t = s.strip()
    if t in ("Infinity", "+Infinity"):
        return INF
    if t == "-Infinity":
        return -INF
    low = t.lower()
    if "inf" in low or "nan" in low:  # Python spellings are not XPath numbers
        return NAN
    return v  # overflow such as 1e999


def _str_num(s: str) -> float:
    """String to number, ODK style: ISO dates/datetimes become days since the epoch."""
    try:
        v = float(s)
    except ValueError:
        return _date_days(s) if len(s) >= 10 else NAN
    if v - v == 0.0 and "_" not in s:
        return v
    return _plain_num(s)


# Question types whose value reads as a number of days since 1970 (JavaRosa keeps them as dates).
_DATED_TYPES = frozenset({"date", "dateTime"})


def _node_num(n: Any) -> float:
    """A node's value as a number, as JavaRosa reads it: a date or dateTime question's value is
    days since 1970; the text of any other node (an untyped or string answer such as `2026-01-15`,
    an item of a secondary instance) is a number only when written as one (XPath 1.0 number())."""
    bind = getattr(n, "bind", None)
    if (bind is not None and getattr(bind, "type", None) in _DATED_TYPES) or getattr(n, "dated", False):
        return _str_num(n.text())
    return _plain_num(n.text())


def to_number(v: Any) -> float:
    """XPath 1.0 number() (no date handling): number("") is NaN, true is 1."""
    t = type(v)
    if t is float:
        return cast(float, v)
    if t is str:
        return _plain_num(v)
    if t is list:
        return _plain_num(v[0].text()) if v else NAN
    if t is bool:
        return 1.0 if v else 0.0
    if t is int:
        return float(v)
    return NAN


def _num(v: Any) -> float:
    t = type(v)
    if t is float:
        return cast(float, v)
    if t is str:
        return _str_num(v)
    if t is list:
        return _node_num(v[0]) if v else NAN
    if t is bool:
        return 1.0 if v else 0.0
    if t is int:
        return float(v)
    return NAN


def _date_num(v: Any) -> float:
    """Like _num, but a node's date-like text is a date whatever its type (decimal-date-time())."""
    if type(v) is list:
        return _str_num(v[0].text()) if v else NAN
    return _num(v)


def to_boolean(v: Any) -> bool:
    """XPath 1.0 boolean(): non-empty string / node-set, non-zero non-NaN number."""
    t = type(v)
    if t is bool:
        return cast(bool, v)
    if t is str or t is list:
        return len(v) > 0
    if t is float or t is int:
        return cast(bool, v != 0 and v == v)
    return bool(v)


# ----------------------------------------------------------------------------------------- dates & times

_EPOCH_ORD = date(1970, 1, 1).toordinal()
_EPOCH_DT = datetime(1970, 1, 1, tzinfo=UTC)
_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*\Z")
_DATETIME_RE = re.compile(r"\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)\s*\Z")
_TIME_RE = re.compile(r"\s*(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*\Z")


def _parse_date(s: str) -> date | None:
    m = _DATE_RE.match(s)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _parse_datetime(s: str) -> datetime | None:
    m = _DATETIME_RE.match(s)
    if m is None:
        return None
    try:
        return datetime.fromisoformat(m[1])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _date_days(s: str) -> float:
    d = _parse_date(s)
    if d is not None:
        return float(d.toordinal() - _EPOCH_ORD)
    dt = _parse_datetime(s)
    if dt is None:
        return NAN
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return (dt - _EPOCH_DT).total_seconds() / 86400.0


def _local_tz(ctx: Context) -> Any:
    return ctx.env.now().tzinfo or UTC


def _days_to_date(x: float) -> date | None:
    if x != x or x in (INF, -INF):
        return None
    try:
        return date.fromordinal(_EPOCH_ORD + math.floor(x))
    except (ValueError, OverflowError):
        return None


def _days_to_local(x: float, ctx: Context) -> datetime | None:
    if x != x or x in (INF, -INF):
        return None
    try:
        return (_EPOCH_DT + timedelta(days=x)).astimezone(_local_tz(ctx))
    except (ValueError, OverflowError):
        return None


def _wall_clock(v: Any, ctx: Context, keep_time: bool) -> datetime | None:
    """Value -> naive local wall-clock datetime for format-date(-time); None if not a date."""
    if type(v) is list:
        v = to_string(v)
    if type(v) is str:
        d = _parse_date(v)
        if d is not None:
            return datetime(d.year, d.month, d.day)
        dt = _parse_datetime(v)
        if dt is not None:
            if dt.tzinfo is not None:
                dt = dt.astimezone(_local_tz(ctx)).replace(tzinfo=None)
            return dt if keep_time else datetime(dt.year, dt.month, dt.day)
        if keep_time:
            m = _TIME_RE.match(v)
            if m is not None:
                us = int((m[4] or "0")[:6].ljust(6, "0"))
                try:
                    return datetime.combine(date(1970, 1, 1), dtime(int(m[1]), int(m[2]), int(m[3] or 0), us))
                except ValueError:
                    return None
        v = _plain_num(v)
        if v != v:
            return None
    x = _num(v)
    if keep_time:
        dt = _days_to_local(x, ctx)
        return None if dt is None else dt.replace(tzinfo=None)
    d = _days_to_date(x)
    return None if d is None else datetime(d.year, d.month, d.day)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FORMAT_CODES: dict[str, Callable[[datetime], str]] = {
    "Y": lambda d: f"{d.year:04d}",
    "y": lambda d: f"{d.year % 100:02d}",
    "m": lambda d: f"{d.month:02d}",
    "n": lambda d: str(d.month),
    "b": lambda d: _MONTHS[d.month - 1],
    "d": lambda d: f"{d.day:02d}",
    "e": lambda d: str(d.day),
    "H": lambda d: f"{d.hour:02d}",
    "h": lambda d: str(d.hour),
    "M": lambda d: f"{d.minute:02d}",
    "S": lambda d: f"{d.second:02d}",
    "3": lambda d: f"{d.microsecond // 1000:03d}",
    "a": lambda d: _WEEKDAYS[d.weekday()],
    "%": lambda d: "%",
}


def _format_dt(dt: datetime, fmt: str) -> str:
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            code = _FORMAT_CODES.get(fmt[i + 1])
            out.append(code(dt) if code is not None else fmt[i : i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------- document order


def _ident(n: Any) -> Any:
    return n if type(n) in _NON_ELEMENTS else id(n)


def _doc_sort(nodes: list[Any]) -> list[Any]:
    """Deduplicate and sort into document order (pre-order; attributes and text before child elements)."""
    if len(nodes) < 2:
        return nodes
    seen: set[Any] = set()
    uniq = []
    for n in nodes:
        k = _ident(n)
        if k not in seen:
            seen.add(k)
            uniq.append(n)
    keys: dict[int, tuple[Any, ...]] = {}
    index_maps: dict[int, dict[int, int]] = {}
    roots: dict[int, int] = {}

    def key(n: Any) -> tuple[Any, ...]:
        t = type(n)
        if t is AttributeNode:
            p = n.parent
            return key(p) + (-1, list(p.attrs).index(n.name) if n.name in p.attrs else -1)
        if t is TextNode:
            return key(n.parent) + (-0.5,)
        k = keys.get(id(n))
        if k is not None:
            return k
        p = n.parent
        if p is None:
            k = (roots.setdefault(id(n), len(roots)),)
        else:
            idx = index_maps.get(id(p))
            if idx is None:
                idx = index_maps[id(p)] = {id(c): i for i, c in enumerate(p.children)}
            k = key(p) + (idx.get(id(n), -2),)
        keys[id(n)] = k
        return k

    uniq.sort(key=key)
    return uniq


def _as_nodes(v: Any, what: str) -> list[Any]:
    if type(v) is not list:
        raise XPathError(f"{what} needs a node-set, got {_type_name(v)}")
    return v


def _type_name(v: Any) -> str:
    return {str: "a string", float: "a number", bool: "a boolean", list: "a node-set"}.get(type(v), type(v).__name__)


def _is_within(n: Any, ancestor: Any) -> bool:
    while n is not None:
        if n is ancestor:
            return True
        n = n.parent
    return False


# ------------------------------------------------------------------------------------------------ lexer

_NCNAME = r"[^\W\d][^\s()\[\]@,:/|+=!<>*'\"${}#%&;?^`~\\]*"
_NAME_RE = re.compile(rf"({_NCNAME})(?::({_NCNAME}|\*))?")
_NUM_RE = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_WS = " \t\r\n"
_OPERATOR_NAMES = frozenset({"and", "or", "mod", "div"})
_NODE_TYPES = frozenset({"node", "text", "comment", "processing-instruction"})
# After these token kinds the next token is an operand: '*' is a name test and a name is not an operator.
_OPERAND_FOLLOWS = frozenset({"@", "::", "(", "[", ",", "op"})
_AXES = frozenset(
    {
        "child",
        "attribute",
        "parent",
        "self",
        "descendant",
        "descendant-or-self",
        "ancestor",
        "ancestor-or-self",
        "following",
        "following-sibling",
        "preceding",
        "preceding-sibling",
        "namespace",
    }
)
_SUPPORTED_AXES = frozenset({"child", "attribute", "parent", "self", "descendant", "descendant-or-self"})


class _Tok:
    __slots__ = ("kind", "value", "start", "end")

    def __init__(self, kind: str, value: Any, start: int, end: int) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end


def _tokenize(src: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(src)

    def err(msg: str, at: int) -> XPathError:
        return XPathError(msg, at + 1, src)

    while True:
        while i < n and src[i] in _WS:
            i += 1
        if i >= n:
            break
        c = src[i]
        operator_expected = bool(toks) and toks[-1].kind not in _OPERAND_FOLLOWS
        if "0" <= c <= "9" or (c == "." and i + 1 < n and "0" <= src[i + 1] <= "9"):
            m = _NUM_RE.match(src, i)
            assert m is not None
            toks.append(_Tok("num", float(m.group()), i, m.end()))
            i = m.end()
            continue
        if c == '"' or c == "'":
            j = src.find(c, i + 1)
            if j < 0:
                raise err("unterminated string literal", i)
            toks.append(_Tok("str", src[i + 1 : j], i, j + 1))
            i = j + 1
            continue
        two = src[i : i + 2]
        if two in ("..", "::"):
            toks.append(_Tok(two, two, i, i + 2))
            i += 2
            continue
        if two in ("//", "!=", "<=", ">="):
            toks.append(_Tok("op", two, i, i + 2))
            i += 2
            continue
        if c == "*":
            toks.append(_Tok("op", "*", i, i + 1) if operator_expected else _Tok("name", "*", i, i + 1))
            i += 1
            continue
        if c in "()[],@.":
            toks.append(_Tok(c, c, i, i + 1))
            i += 1
            continue
        if c in "/|+-=<>":
            toks.append(_Tok("op", c, i, i + 1))
            i += 1
            continue
        if c == "$":
            raise err("variable references are not supported", i)
        m = _NAME_RE.match(src, i)
        if m is None:
            raise err(f"unexpected character {c!r}", i)
        name = m.group()
        end = m.end()
        if operator_expected:
            if name in _OPERATOR_NAMES:
                toks.append(_Tok("op", name, i, end))
                i = end
                continue
            raise err(f"expected an operator, found {name!r}", i)
        j = end
        while j < n and src[j] in _WS:
            j += 1
        if src[j : j + 1] == "(":
            toks.append(_Tok("nodetype" if name in _NODE_TYPES else "func", name, i, end))
        elif src[j : j + 2] == "::":
            if name not in _AXES:
                raise err(f"unknown axis {name!r}", i)
            toks.append(_Tok("axis", name, i, end))
        else:
            toks.append(_Tok("name", name, i, end))
        i = end
    toks.append(_Tok("eof", None, n, n))
    return toks


# ------------------------------------------------------------------------------------------------- AST


class _Lit:
    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


class _Num:
    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value


class _Call:
    __slots__ = ("name", "args", "pos")

    def __init__(self, name: str, args: list[Any], pos: int) -> None:
        self.name = name
        self.args = args
        self.pos = pos


class _Bin:
    __slots__ = ("op", "left", "right")

    def __init__(self, op: str, left: Any, right: Any) -> None:
        self.op = op
        self.left = left
        self.right = right


class _Neg:
    __slots__ = ("operand",)

    def __init__(self, operand: Any) -> None:
        self.operand = operand


class _Union:
    __slots__ = ("parts",)

    def __init__(self, parts: list[Any]) -> None:
        self.parts = parts


class _Filter:
    __slots__ = ("primary", "preds")

    def __init__(self, primary: Any, preds: list[Any]) -> None:
        self.primary = primary
        self.preds = preds


class _Step:
    __slots__ = ("axis", "test", "local", "qname", "preds")

    # test: "name" (local/qname), "any" (*), "prefix" (p:*, qname = prefix), "node", "text"
    def __init__(self, axis: str, test: str, local: str = "", qname: str = "", preds: list[Any] | None = None) -> None:
        self.axis = axis
        self.test = test
        self.local = local
        self.qname = qname
        self.preds = preds or []


class _Path:
    __slots__ = ("start", "steps", "text")

    # start: "root", "context", or an AST node (filter expression)
    def __init__(self, start: Any, steps: list[_Step], text: str) -> None:
        self.start = start
        self.steps = steps
        self.text = text


def _dos() -> _Step:
    return _Step("descendant-or-self", "node")


# ------------------------------------------------------------------------------------------------ parser


class _Parser:
    def __init__(self, src: str) -> None:
        self.src = src
        self.toks = _tokenize(src)
        self.i = 0
        self.last_end = 0
        self.functions: set[str] = set()

    def err(self, msg: str, tok: _Tok | None = None) -> XPathError:
        tok = tok or self.toks[self.i]
        return XPathError(msg, tok.start + 1, self.src)

    def describe(self, tok: _Tok) -> str:
        return "end of expression" if tok.kind == "eof" else repr(self.src[tok.start : tok.end])

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def advance(self) -> _Tok:
        t = self.toks[self.i]
        self.i += 1
        self.last_end = t.end
        return t

    def at_op(self, *ops: str) -> bool:
        t = self.toks[self.i]
        return t.kind == "op" and t.value in ops

    def expect(self, kind: str) -> _Tok:
        t = self.peek()
        if t.kind != kind:
            raise self.err(f"expected {kind!r}, found {self.describe(t)}")
        return self.advance()

    def parse(self) -> Any:
        if self.peek().kind == "eof":
            raise self.err("empty expression")
        e = self.or_expr()
        t = self.peek()
        if t.kind != "eof":
            raise self.err(f"unexpected {self.describe(t)}")
        return e

    def _binary(self, ops: tuple[str, ...], sub: Callable[[], Any]) -> Any:
        left = sub()
        while self.at_op(*ops):
            op = self.advance().value
            left = _Bin(op, left, sub())
        return left

    def or_expr(self) -> Any:
        return self._binary(("or",), self.and_expr)

    def and_expr(self) -> Any:
        return self._binary(("and",), self.eq_expr)

    def eq_expr(self) -> Any:
        return self._binary(("=", "!="), self.rel_expr)

    def rel_expr(self) -> Any:
        return self._binary(("<", "<=", ">", ">="), self.add_expr)

    def add_expr(self) -> Any:
        return self._binary(("+", "-"), self.mul_expr)

    def mul_expr(self) -> Any:
        return self._binary(("*", "div", "mod"), self.unary_expr)

    def unary_expr(self) -> Any:
        if self.at_op("-"):
            self.advance()
            return _Neg(self.unary_expr())
        return self.union_expr()

    def union_expr(self) -> Any:
        first = self.path_expr()
        if not self.at_op("|"):
            return first
        parts = [first]
        while self.at_op("|"):
            self.advance()
            parts.append(self.path_expr())
        return _Union(parts)

    def path_expr(self) -> Any:
        t = self.peek()
        if t.kind in ("num", "str", "func", "("):
            start = t.start
            node = self.primary()
            preds = self.predicates()
            if preds:
                node = _Filter(node, preds)
            if self.at_op("/", "//"):
                steps: list[_Step] = []
                self.more_steps(steps)
                return _Path(node, steps, self.src[start : self.last_end].strip())
            return node
        return self.location_path()

    def location_path(self) -> Any:
        t = self.peek()
        start = t.start
        steps: list[_Step] = []
        if self.at_op("/"):
            self.advance()
            if self.can_start_step():
                self.relative(steps)
            return _Path("root", steps, self.src[start : self.last_end].strip())
        if self.at_op("//"):
            self.advance()
            steps.append(_dos())
            self.relative(steps)
            return _Path("root", steps, self.src[start : self.last_end].strip())
        if self.can_start_step():
            self.relative(steps)
            return _Path("context", steps, self.src[start : self.last_end].strip())
        if t.kind == "eof":
            raise self.err("unexpected end of expression")
        raise self.err(f"unexpected {self.describe(t)}")

    def can_start_step(self) -> bool:
        return self.peek().kind in ("name", ".", "..", "@", "axis", "nodetype")

    def relative(self, steps: list[_Step]) -> None:
        steps.append(self.step())
        self.more_steps(steps)

    def more_steps(self, steps: list[_Step]) -> None:
        while self.at_op("/", "//"):
            if self.advance().value == "//":
                steps.append(_dos())
            steps.append(self.step())

    def step(self) -> _Step:
        t = self.peek()
        if t.kind == ".":
            self.advance()
            return _Step("self", "node")
        if t.kind == "..":
            self.advance()
            return _Step("parent", "node")
        axis = "child"
        if t.kind == "@":
            self.advance()
            axis = "attribute"
        elif t.kind == "axis":
            if t.value not in _SUPPORTED_AXES:
                raise self.err(f"unsupported axis {t.value!r}", t)
            axis = self.advance().value
            self.expect("::")
        t = self.peek()
        if t.kind == "name":
            self.advance()
            name = t.value
            if name == "*":
                step = _Step(axis, "any")
            elif name.endswith(":*"):
                step = _Step(axis, "prefix", qname=name[:-2])
            else:
                step = _Step(axis, "name", local=name.rpartition(":")[2], qname=name)
        elif t.kind == "nodetype":
            if t.value not in ("node", "text"):
                raise self.err(f"unsupported node test {t.value}()", t)
            self.advance()
            self.expect("(")
            self.expect(")")
            step = _Step(axis, t.value)
        else:
            raise self.err(f"expected a node test, found {self.describe(t)}")
        step.preds = self.predicates()
        return step

    def predicates(self) -> list[Any]:
        preds = []
        while self.peek().kind == "[":
            self.advance()
            preds.append(self.or_expr())
            self.expect("]")
        return preds

    def primary(self) -> Any:
        t = self.advance()
        if t.kind == "num":
            return _Num(t.value)
        if t.kind == "str":
            return _Lit(t.value)
        if t.kind == "(":
            e = self.or_expr()
            self.expect(")")
            return e
        return self.call(t)

    def call(self, t: _Tok) -> _Call:
        name = t.value
        spec = _REGISTRY.get(name)
        if spec is None:
            if name in _KNOWN_UNSUPPORTED:
                raise self.err(f"unsupported function {name}()", t)
            raise self.err(f"unknown function {name}()", t)
        self.expect("(")
        args = []
        if self.peek().kind != ")":
            args.append(self.or_expr())
            while self.peek().kind == ",":
                self.advance()
                args.append(self.or_expr())
        self.expect(")")
        lo, hi = spec[0], spec[1]
        if len(args) < lo or (hi is not None and len(args) > hi):
            if hi is None:
                want = f"at least {lo}"
            elif lo == hi:
                want = str(lo)
            else:
                want = f"{lo} to {hi}"
            plural = "" if want == "1" or want.endswith(" 1") else "s"
            raise self.err(f"function {name}() takes {want} argument{plural}, got {len(args)}", t)
        if name == "indexed-repeat" and len(args) % 2 == 0:
            raise self.err("indexed-repeat() takes a path then (repeat, index) pairs", t)
        if name == "weighted-checklist" and len(args) % 2:
            raise self.err(
                "weighted-checklist() needs its factors and weights in pairs (an even number of arguments)", t
            )
        if name == "property" and type(args[0]) is _Lit:
            key = args[0].value.strip()
            if key.removeprefix("uri:") not in PROPERTY_NAMES:
                raise self.err(f"property() knows no property {key!r} (it knows {', '.join(PROPERTY_NAMES)})", t)
        if name == "digest":
            problem = _digest_literal_problem(args)
            if problem is not None:
                raise self.err(problem, t)
        if name == "jr:choice-name" and type(args[1]) is _Lit:
            try:
                compile_xpath(args[1].value.strip())
            except XPathError as e:
                raise self.err(f"jr:choice-name() path {args[1].value!r}: {e.message}", t) from None
        if name == "regex" and type(args[1]) is _Lit:
            try:
                _regex(args[1].value)
            except XPathError as e:
                raise self.err(e.message, t) from None
        self.functions.add(name)
        return _Call(name, args, t.start)


# ------------------------------------------------------------------------------------------- compilation

Fn = Callable[[Context], Any]
_SINGLE, _FLAT, _ORDERED = 0, 1, 2  # node-set shape: one node / ordered & no node inside another / ordered


def _compile(node: Any) -> Fn:
    t = type(node)
    if t is _Lit or t is _Num:
        v = node.value
        return lambda ctx: v
    if t is _Path:
        return _compile_path(node)
    if t is _Bin:
        return _compile_bin(node)
    if t is _Call:
        return _compile_call(node)
    if t is _Neg:
        f = _compile(node.operand)
        return lambda ctx: -_num(f(ctx))
    if t is _Union:
        return _compile_union(node)
    if t is _Filter:
        return _compile_filter(node)
    if t is _Memo:
        return _compile_memo(node)
    raise AssertionError(f"unexpected AST node {node!r}")


_CMP: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _compare(opf: Callable[[Any, Any], bool], eq: bool, a: Any, b: Any) -> bool:
    ta, tb = type(a), type(b)
    if ta is list:
        if tb is list:
            return _compare_sets(opf, eq, a, b)
        if tb is bool:
            return opf(bool(a), b) if eq else opf(1.0 if a else 0.0, 1.0 if b else 0.0)
        if tb is str and eq:
            for n in a:
                if opf(n.text(), b):
                    return True
            return False
        y = _num(b)
        for n in a:
            if opf(_node_num(n), y):
                return True
        return False
    if tb is list:
        if ta is bool:
            return opf(a, bool(b)) if eq else opf(1.0 if a else 0.0, 1.0 if b else 0.0)
        if ta is str and eq:
            for n in b:
                if opf(a, n.text()):
                    return True
            return False
        x = _num(a)
        for n in b:
            if opf(x, _node_num(n)):
                return True
        return False
    if eq:
        if ta is bool or tb is bool:
            return opf(to_boolean(a), to_boolean(b))
        if ta is float or tb is float:
            return opf(_num(a), _num(b))
        return opf(to_string(a), to_string(b))
    return opf(_num(a), _num(b))


def _compare_sets(opf: Callable[[Any, Any], bool], eq: bool, a: list[Any], b: list[Any]) -> bool:
    """Node-set against node-set: true if some pair of their values compares true (XPath 1.0).
    Worked out from each side's set of values or its extremes, in linear time: pair by pair, two
    repeats of 500 entries made 250,000 comparisons for one expression."""
    if not a or not b:
        return False
    if eq:
        xs = {n.text() for n in a}
        if opf is operator.eq:
            return not xs.isdisjoint(n.text() for n in b)
        # `!=`: some pair differs unless both sides hold one and the same value only.
        return len(xs.union(n.text() for n in b)) > 1
    nums_a = [x for x in (_node_num(n) for n in a) if x == x]  # NaN compares false with anything
    nums_b = [y for y in (_node_num(n) for n in b) if y == y]
    if not nums_a or not nums_b:
        return False
    if opf is operator.lt or opf is operator.le:
        return opf(min(nums_a), max(nums_b))
    return opf(max(nums_a), min(nums_b))


def _div(x: float, y: float) -> float:
    try:
        return x / y
    except ZeroDivisionError:
        if x == 0 or x != x:
            return NAN
        return math.copysign(INF, x) * math.copysign(1.0, y)


def _mod(x: float, y: float) -> float:
    try:
        return math.fmod(x, y)
    except ValueError:
        return NAN


def _compile_bin(node: _Bin) -> Fn:
    op = node.op
    left = _compile(node.left)
    right = _compile(node.right)
    if op == "or":
        return lambda ctx: to_boolean(left(ctx)) or to_boolean(right(ctx))
    if op == "and":
        return lambda ctx: to_boolean(left(ctx)) and to_boolean(right(ctx))
    if op in _CMP:
        opf = _CMP[op]
        eq = op in ("=", "!=")
        if type(node.right) is _Num and not eq:
            k = node.right.value

            def cmp_const(ctx: Context) -> bool:
                a = left(ctx)
                if type(a) is list:
                    for n in a:
                        if opf(_node_num(n), k):
                            return True
                    return False
                return opf(_num(a), k)

            return cmp_const
        if op == "=" and (type(node.left) is _Memo or type(node.right) is _Memo):
            return _compile_eq_memo(node, left, right)
        return lambda ctx: _compare(opf, eq, left(ctx), right(ctx))
    if op == "+":
        return lambda ctx: _num(left(ctx)) + _num(right(ctx))
    if op == "-":
        return lambda ctx: _num(left(ctx)) - _num(right(ctx))
    if op == "*":
        return lambda ctx: _num(left(ctx)) * _num(right(ctx))
    if op == "div":
        return lambda ctx: _div(_num(left(ctx)), _num(right(ctx)))
    if op == "mod":
        return lambda ctx: _mod(_num(left(ctx)), _num(right(ctx)))
    raise AssertionError(op)


def _compile_eq_memo(node: _Bin, left: Fn, right: Fn) -> Fn:
    """`a = B` where B is a predicate's context-free node-set: B's strings are put in a set once per
    list, and each item is a membership test instead of a comparison with every node of B."""
    fixed_is_right = type(node.right) is _Memo
    fixed, other = (right, left) if fixed_is_right else (left, right)
    key = ("texts", (node.right if fixed_is_right else node.left).key)

    def eq_memo(ctx: Context) -> bool:
        b = fixed(ctx)
        m = ctx.memo
        if m is None or type(b) is not list:
            return _compare(operator.eq, True, left(ctx), right(ctx))
        a = other(ctx)
        if type(a) is not list:
            return _compare(operator.eq, True, a, b)
        texts = m.get(key)
        if texts is None:
            texts = m[key] = {n.text() for n in b}
        for n in a:
            if n.text() in texts:
                return True
        return False

    return eq_memo


def _compile_union(node: _Union) -> Fn:
    parts = [_compile(p) for p in node.parts]

    def union(ctx: Context) -> list[Any]:
        out: list[Any] = []
        nonempty = 0
        for p in parts:
            v = p(ctx)
            if type(v) is not list:
                raise XPathError(f"'|' needs node-sets, got {_type_name(v)}")
            if v:
                out += v
                nonempty += 1
        return _doc_sort(out) if nonempty > 1 else out

    return union


# Predicate parts that do not depend on the node being tested: `[country = /data/rep/country]` or
# `[city = current()/../city]` compare every item of a list with the same node-set. They are computed
# once per list (lazily, on first use) instead of once per item: on a filtered choice list of a few
# hundred items inside a repeat, that is most of an answer's work (docs/benchmarks.md).
_ZERO_ARG_CONSTANT = frozenset({"true", "false", "pi", "current", "today", "now"})
_VOLATILE = frozenset({"random", "uuid", "once", "position", "last"})


class _Memo:
    __slots__ = ("node", "key")

    def __init__(self, node: Any, key: int) -> None:
        self.node = node
        self.key = key


def _context_free(node: Any) -> bool:
    """True when `node` has the same value for every context node of one predicate evaluation (it may
    still read current(), which is fixed for that evaluation)."""
    t = type(node)
    if t is _Lit or t is _Num:
        return True
    if t is _Path:
        return node.start == "root" or (node.start != "context" and _context_free(node.start))
    if t is _Filter:
        return _context_free(node.primary)  # its predicates test the primary's own nodes
    if t is _Bin:
        return _context_free(node.left) and _context_free(node.right)
    if t is _Neg:
        return _context_free(node.operand)
    if t is _Union:
        return all(_context_free(p) for p in node.parts)
    if t is _Call:
        if node.name in _VOLATILE:
            return False
        if not node.args:
            return node.name in _ZERO_ARG_CONSTANT
        return all(_context_free(a) for a in node.args)
    return False


def _hoist(node: Any, found: list[Any]) -> Any:
    """`node` with its largest context-free parts (other than constants) replaced by _Memo markers.
    Only parts evaluated in the predicate's own context are visited: a path's step predicates test
    other nodes, and special functions may evaluate their arguments elsewhere."""
    t = type(node)
    if t is _Lit or t is _Num:
        return node
    if _context_free(node):
        found.append(node)
        return _Memo(node, len(found) - 1)
    if t is _Bin:
        return _Bin(node.op, _hoist(node.left, found), _hoist(node.right, found))
    if t is _Neg:
        return _Neg(_hoist(node.operand, found))
    if t is _Call and _REGISTRY[node.name][3] != "special" and node.args:
        return _Call(node.name, [_hoist(a, found) for a in node.args], node.pos)
    return node


def _compile_memo(node: _Memo) -> Fn:
    fn = _compile(node.node)
    key = node.key

    def memo(ctx: Context) -> Any:
        m = ctx.memo
        if m is None:
            return fn(ctx)
        if key in m:
            return m[key]
        v = m[key] = fn(ctx)
        return v

    return memo


def _compile_pred(pred: Any) -> Callable[[list[Any], Context], list[Any]]:
    """A predicate as a filter over a node list (positions 1..len in list order)."""
    if type(pred) is _Num:
        k = pred.value
        if k.is_integer() and k >= 1:
            i = int(k) - 1
            return lambda nodes, ctx: nodes[i : i + 1]
        return lambda nodes, ctx: []
    hoisted: list[Any] = []
    pred = _hoist(pred, hoisted)
    fn = _compile(pred)

    def apply(nodes: list[Any], ctx: Context) -> list[Any]:
        size = len(nodes)
        cur = ctx.current if ctx.current is not None else ctx.node
        # one context object, moved along the list
        budget = ctx.budget
        if budget is not None:
            budget.spend(size)
        sub = Context(nodes[0], ctx.env, 1, size, cur, {} if hoisted else None, budget)
        out = []
        for i, n in enumerate(nodes, 1):
            sub.node = n
            sub.position = i
            r = fn(sub)
            t = type(r)
            if t is bool:
                if r:
                    out.append(n)
            elif t is float:
                if r == i:
                    out.append(n)
            elif to_boolean(r):
                out.append(n)
        return out

    return apply


def _compile_filter(node: _Filter) -> Fn:
    prim = _compile(node.primary)
    preds = [_compile_pred(p) for p in node.preds]

    def filt(ctx: Context) -> list[Any]:
        v = _as_nodes(prim(ctx), "a predicate")
        for p in preds:
            if not v:
                break
            v = p(v, ctx)
        return v

    return filt


def _element_matcher(step: _Step) -> Callable[[Any], bool] | None:
    """Node test for axes other than child/attribute (None = everything matches)."""
    if step.test == "node":
        return None
    if step.test == "text":
        return lambda n: type(n) is TextNode
    if step.test in ("any", "prefix"):
        return _is_element
    local, qname = step.local, step.qname
    if qname != local:
        return lambda n: (n.name == local or n.name == qname) and _is_element(n)
    return lambda n: n.name == local and _is_element(n)


def _descend(n: Any, include_self: bool) -> list[Any]:
    out = [n] if include_self else []
    stack = n.children[::-1]
    while stack:
        c = stack.pop()
        out.append(c)
        if c.children:
            stack.extend(reversed(c.children))
    return out


def _leaf_text(n: Any) -> list[Any]:
    if type(n) in _NON_ELEMENTS or n.children or n.name == "":
        return []
    return [TextNode(n)] if n.text() != "" else []


def _expander(step: _Step) -> Callable[[Any], list[Any]]:
    """Nodes selected by axis + node test from one context node, in document order."""
    axis, test, local, qname = step.axis, step.test, step.local, step.qname
    if axis == "child":
        if test == "name":
            if qname != local:
                return lambda n: [c for c in n.children if c.name == local or c.name == qname]
            return lambda n: [c for c in n.children if c.name == local]
        if test == "text":
            return _leaf_text
        return lambda n: list(n.children)
    if axis == "attribute":
        if test in ("any", "node"):
            return lambda n: [AttributeNode(n, k) for k in n.attrs]
        if test == "prefix":
            pre = qname + ":"
            return lambda n: [AttributeNode(n, k) for k in n.attrs if k.startswith(pre)]
        if test == "text":
            return lambda n: []
        if qname != local:

            def prefixed_attr(n: Any) -> list[Any]:
                attrs = n.attrs
                if qname in attrs:
                    return [AttributeNode(n, qname)]
                for k in attrs:
                    if k.rpartition(":")[2] == local:
                        return [AttributeNode(n, k)]
                return []

            return prefixed_attr
        return lambda n: [AttributeNode(n, local)] if local in n.attrs else []
    if axis in ("descendant", "descendant-or-self"):
        incl = axis == "descendant-or-self"
        if test == "text":
            return lambda n: [t for d in _descend(n, incl) for t in _leaf_text(d)]
        below = _element_matcher(step)
        if below is None:
            return lambda n: _descend(n, incl)
        return lambda n: [d for d in _descend(n, incl) if below(d)]
    match = _element_matcher(step)
    if axis == "parent":
        if match is None:
            return lambda n: [] if n.parent is None else [n.parent]
        return lambda n: [n.parent] if n.parent is not None and match(n.parent) else []
    if axis == "self":
        if match is None:
            return lambda n: [n]
        return lambda n: [n] if match(n) else []
    raise AssertionError(axis)


def _compile_step(step: _Step, state: int) -> tuple[Callable[[list[Any], Context], list[Any]], int]:
    axis = step.axis
    if axis == "child":
        sort, new_state = (False, _FLAT) if state != _ORDERED else (True, _ORDERED)
    elif axis == "attribute":
        sort, new_state = False, _FLAT
    elif axis == "self":
        sort, new_state = False, state
    elif axis == "parent":
        sort, new_state = (False, _SINGLE) if state == _SINGLE else (True, _ORDERED)
    else:  # descendant(-or-self)
        sort, new_state = (False, _ORDERED) if state != _ORDERED else (True, _ORDERED)
    expand = _expander(step)
    preds = [_compile_pred(p) for p in step.preds]

    if axis == "self" and step.test == "node" and not preds:
        return (lambda nodes, ctx: nodes), new_state

    if not preds:
        if axis == "child" and step.test == "name" and step.qname == step.local:
            local = step.local

            def child_step(nodes: list[Any], ctx: Context) -> list[Any]:
                if len(nodes) == 1:
                    return [c for c in nodes[0].children if c.name == local]
                out = [c for n in nodes for c in n.children if c.name == local]
                if ctx.budget is not None:
                    ctx.budget.spend(len(out))
                return _doc_sort(out) if sort else out

            return child_step, new_state

        def plain_step(nodes: list[Any], ctx: Context) -> list[Any]:
            if len(nodes) == 1:
                out = expand(nodes[0])
                if ctx.budget is not None:
                    ctx.budget.spend(len(out))
                return out
            out = []
            for n in nodes:
                out += expand(n)
            if ctx.budget is not None:
                ctx.budget.spend(len(out))
            return _doc_sort(out) if sort else out

        return plain_step, new_state

    def pred_step(nodes: list[Any], ctx: Context) -> list[Any]:
        out: list[Any] = []
        budget = ctx.budget
        for n in nodes:
            cands = expand(n)
            if budget is not None:
                budget.spend(len(cands))
            for p in preds:
                if not cands:
                    break
                cands = p(cands, ctx)
            out += cands
        return _doc_sort(out) if sort and len(nodes) > 1 else out

    return pred_step, new_state


def _optimize_steps(steps: list[_Step]) -> list[_Step]:
    """`//x` (descendant-or-self::node()/child::x) without predicates on x -> descendant::x."""
    out: list[_Step] = []
    i = 0
    while i < len(steps):
        s = steps[i]
        if (
            s.axis == "descendant-or-self"
            and s.test == "node"
            and not s.preds
            and i + 1 < len(steps)
            and steps[i + 1].axis == "child"
            and not steps[i + 1].preds
        ):
            nxt = steps[i + 1]
            out.append(_Step("descendant", nxt.test, nxt.local, nxt.qname))
            i += 2
            continue
        out.append(s)
        i += 1
    return out


def _simple_chain(start: Any, steps: list[_Step]) -> Fn | None:
    """Fast path for `../../a/b` and `/data/a/b`: parent steps then plain child name steps."""
    if start not in ("root", "context"):
        return None
    ups = 0
    names: list[str] = []
    for s in steps:
        if s.preds:
            return None
        if s.axis == "parent" and s.test == "node" and not names:
            ups += 1
        elif s.axis == "self" and s.test == "node":
            continue
        elif s.axis == "child" and s.test == "name" and s.qname == s.local:
            names.append(s.local)
        else:
            return None
    root = start == "root"

    def base(ctx: Context) -> Any:
        n = ctx.env.root if root else ctx.node
        for _ in range(ups):
            parent = n.parent
            if parent is None:
                return None
            n = parent
        return n

    if not names:
        if not root and ups == 0:
            return lambda ctx: [ctx.node]
        if not root and ups == 1:
            return lambda ctx: [] if ctx.node.parent is None else [ctx.node.parent]

        def only_base(ctx: Context) -> list[Any]:
            n = base(ctx)
            return [] if n is None else [n]

        return only_base
    if len(names) == 1 and not root:
        name = names[0]
        if ups == 0:
            return lambda ctx: [c for c in ctx.node.children if c.name == name]
        if ups == 1:

            def sibling(ctx: Context) -> list[Any]:
                p = ctx.node.parent
                return [] if p is None else [c for c in p.children if c.name == name]

            return sibling

    def chain(ctx: Context) -> list[Any]:
        n = base(ctx)
        if n is None:
            return []
        if ctx.budget is not None:
            ctx.budget.spend(1)
        nodes = [n]
        # An absolute path is read in the context's own repeat entries (JavaRosa's contextualisation,
        # TreeReference.contextualize): `/data/member/age` in a calculation of member 2 is member 2's
        # age, not the first member's. `along`: the context's ancestors from the root down, followed
        # while the path names them. Inside a predicate the context is still the expression's own
        # node (current()): `item[country = /data/rep/country]` in entry 1's choice filter reads
        # entry 1's country, as JavaRosa does.
        anchor = ctx.node if ctx.current is None else ctx.current
        along = _ancestors_below(anchor, n) if root and ctx.entries else None
        for depth, name in enumerate(names):
            if along is not None:
                if depth < len(along) and along[depth].name == name:
                    nodes = [along[depth]]
                    continue
                along = None
            found: list[Any] = []
            for p in nodes:
                # The engine keeps each element's children by name (`child_index`); other trees
                # (tests, attribute nodes) are scanned.
                index = getattr(p, "child_index", None)
                if index is not None:
                    found.extend(index.get(name, ()))
                else:
                    found.extend(c for c in p.children if c.name == name)
            nodes = found
            if not nodes:
                break
            if ctx.budget is not None:
                ctx.budget.spend(len(nodes))
        return nodes

    return chain


def _ancestors_below(node: Any, top: Any) -> list[Any] | None:
    """`node` and its ancestors below `top`, from the top down; None when `node` is not under it."""
    chain: list[Any] = []
    n = node
    while n is not None and n is not top:
        chain.append(n)
        n = getattr(n, "parent", None)
    if n is None:
        return None
    chain.reverse()
    return chain


def _compile_path(node: _Path) -> Fn:
    steps = _optimize_steps(node.steps)
    simple = _simple_chain(node.start, steps)
    if simple is not None:
        return simple
    start = node.start
    if start == "root":
        state = _SINGLE

        def begin(ctx: Context) -> list[Any]:
            return [ctx.env.root]

    elif start == "context":
        state = _SINGLE

        def begin(ctx: Context) -> list[Any]:
            return [ctx.node]

    else:
        state = _SINGLE if type(start) is _Call and start.name in ("instance", "current") else _ORDERED
        prim = _compile(start)

        def begin(ctx: Context) -> list[Any]:
            return _as_nodes(prim(ctx), "a path step")

    fns = []
    for s in steps:
        fn, state = _compile_step(s, state)
        fns.append(fn)

    def path(ctx: Context) -> list[Any]:
        nodes = begin(ctx)
        for fn in fns:
            if not nodes:
                break
            nodes = fn(nodes, ctx)
        return nodes

    return path


def _compile_call(node: _Call) -> Fn:
    lo, hi, impl, kind = _REGISTRY[node.name]
    args = [_compile(a) for a in node.args]
    if kind == "special":
        special: Fn = impl(args, node)
        return special
    if kind == "ctx_default" and not args:
        args = [_self_nodes]
    return _strict(impl, args)


def _self_nodes(ctx: Context) -> list[Any]:
    return [ctx.node]


def _strict(impl: Callable[..., Any], args: list[Fn]) -> Fn:
    n = len(args)
    if n == 0:
        return impl
    if n == 1:
        (a,) = args
        return lambda ctx: impl(ctx, a(ctx))
    if n == 2:
        a, b = args
        return lambda ctx: impl(ctx, a(ctx), b(ctx))
    if n == 3:
        a, b, c = args
        return lambda ctx: impl(ctx, a(ctx), b(ctx), c(ctx))
    return lambda ctx: impl(ctx, *[f(ctx) for f in args])


# --------------------------------------------------------------------------------------------- functions

# name -> (min args, max args or None, implementation, kind)
# kind "strict": impl(ctx, *evaluated args); "ctx_default": strict, and no args means the context node;
# "special": impl(compiled arg closures, call AST) -> closure (lazy evaluation, node-set handling).
_REGISTRY: dict[str, tuple[int, int | None, Callable[..., Any], str]] = {}

# Functions of the ODK spec or XPath 1.0 that JavaRosa 5.1 (ODK Collect) does not run either: refused
# with a clear message when the form is checked.
_KNOWN_UNSUPPORTED = frozenset(
    {
        "sort",
        "sort-by",
        "lower-case",
        "upper-case",
        "id",
        "lang",
    }
)


_Impl = TypeVar("_Impl", bound=Callable[..., Any])


def _fn(name: str, lo: int, hi: int | None, kind: str = "strict") -> Callable[[_Impl], _Impl]:
    def deco(impl: _Impl) -> _Impl:
        _REGISTRY[name] = (lo, hi, impl, kind)
        return impl

    return deco


# --- booleans, conversions


@_fn("boolean", 1, 1)
def _f_boolean(ctx: Context, v: Any) -> bool:
    return to_boolean(v)


@_fn("not", 1, 1)
def _f_not(ctx: Context, v: Any) -> bool:
    return not to_boolean(v)


@_fn("true", 0, 0)
def _f_true(ctx: Context) -> bool:
    return True


@_fn("false", 0, 0)
def _f_false(ctx: Context) -> bool:
    return False


@_fn("number", 0, 1, "ctx_default")
def _f_number(ctx: Context, v: Any) -> float:
    return _num(v)


@_fn("string", 0, 1, "ctx_default")
def _f_string(ctx: Context, v: Any) -> str:
    return to_string(v)


@_fn("boolean-from-string", 1, 1)
def _f_boolean_from_string(ctx: Context, v: Any) -> bool:
    s = to_string(v).strip()
    return s == "1" or s.lower() == "true"


# --- strings


def _capped(s: str) -> str:
    """A string a function built, refused past MAX_VALUE_CHARS: a chain of calculations each
    doubling the last one's text reached gigabytes within seconds."""
    if len(s) > MAX_VALUE_CHARS:
        raise too_long(len(s))
    return s


@_fn("concat", 1, None)
def _f_concat(ctx: Context, *vals: Any) -> str:
    return _capped("".join([to_string(v) for v in vals]))


def _utf16(text: str) -> str:
    """`text` with every character beyond the Basic Multilingual Plane (an emoji, a rare CJK
    ideograph) as its two UTF-16 surrogates: ODK's engines count and match UTF-16 code units
    (JavaScript strings, Java strings), so `string-length` and `regex` must too to agree with them."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return text
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x10000:
            out.append(ch)
        else:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
    return "".join(out)


@_fn("string-length", 0, 1, "ctx_default")
def _f_string_length(ctx: Context, v: Any) -> float:
    return float(len(_utf16(to_string(v))))


_XML_WS_RE = re.compile(r"[ \t\r\n]+")


@_fn("normalize-space", 0, 1, "ctx_default")
def _f_normalize_space(ctx: Context, v: Any) -> str:
    return _XML_WS_RE.sub(" ", to_string(v)).strip(" \t\r\n")


@_fn("contains", 2, 2)
def _f_contains(ctx: Context, a: Any, b: Any) -> bool:
    return to_string(b) in to_string(a)


@_fn("starts-with", 2, 2)
def _f_starts_with(ctx: Context, a: Any, b: Any) -> bool:
    return to_string(a).startswith(to_string(b))


@_fn("ends-with", 2, 2)
def _f_ends_with(ctx: Context, a: Any, b: Any) -> bool:
    return to_string(a).endswith(to_string(b))


def _xround(x: float) -> float:
    """XPath 1.0 round(): half towards positive infinity."""
    if x != x or x in (INF, -INF):
        return x
    return float(math.floor(x + 0.5))


@_fn("substring", 2, 3)
def _f_substring(ctx: Context, s: Any, start: Any, length: Any = None) -> str:
    text = to_string(s)
    first = _xround(_num(start))
    end = INF if length is None else first + _xround(_num(length))
    if first != first or end != end:
        return ""
    lo = max(first, 1.0)
    hi = min(end, len(text) + 1.0)
    if hi <= lo:
        return ""
    return text[int(lo) - 1 : int(hi) - 1]


@_fn("substring-before", 2, 2)
def _f_substring_before(ctx: Context, a: Any, b: Any) -> str:
    a, b = to_string(a), to_string(b)
    i = a.find(b)
    return a[:i] if i >= 0 else ""


@_fn("substring-after", 2, 2)
def _f_substring_after(ctx: Context, a: Any, b: Any) -> str:
    a, b = to_string(a), to_string(b)
    i = a.find(b)
    return a[i + len(b) :] if i >= 0 else ""


def _to_index(v: Any, default: int) -> int:
    x = _num(v)
    if x != x:
        return default
    if x in (INF, -INF):
        return 2**31 if x > 0 else -(2**31)
    return int(x)


@_fn("substr", 2, 3)
def _f_substr(ctx: Context, s: Any, start: Any, end: Any = None) -> str:
    text = to_string(s)
    i = _to_index(start, 0)
    return text[i:] if end is None else text[i : _to_index(end, len(text))]


@lru_cache(maxsize=256)
def _translate_table(frm: str, to: str) -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for i, c in enumerate(frm):
        if ord(c) not in table:
            table[ord(c)] = ord(to[i]) if i < len(to) else None
    return table


@_fn("translate", 3, 3)
def _f_translate(ctx: Context, s: Any, frm: Any, to: Any) -> str:
    return to_string(s).translate(_translate_table(to_string(frm), to_string(to)))


# ----- regex(): RE2, linear time ------------------------------------------------------------------
#
# Python's `re` backtracks: `regex(., '^(a+)+$')` on a few dozen letters and a "!" runs for ages
# (docs/benchmarks.md). RE2 runs any
# pattern in time linear in the text, and refuses what it cannot run so (backreferences,
# lookahead and lookbehind): such a pattern is refused when the form is loaded, never handed to a
# backtracking engine. Patterns keep the meaning they had under `re` (what forms were written
# and tested against): the syntax `re` accepts, `\d` `\w` `\s` over all scripts (a name in Arabic
# or Cyrillic is made of word characters), `{,n}` as `{0,n}`, search anywhere in the text. Two
# differences remain, both as in ODK Collect and Web Forms: `$` is the end of the text only (not
# also before a final newline), and `\b` knows ASCII word characters only.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # RE2 would print every refused pattern on stderr
_RE2_OPTIONS.never_capture = True  # regex() asks only whether the pattern matches
# RE2 gives up on a pattern whose program would need more memory than this (it is per pattern, and
# compiling takes time in proportion): `\w{1,100}` (a few thousand instructions over all scripts)
# compiles, `\w{1,300}` is refused as too large.
_RE2_OPTIONS.max_mem = 2 * 1024 * 1024
# `re`'s classes over all of Unicode, written for RE2: outside and inside a character class (None:
# RE2's own, ASCII-only class, used inside a class where the Unicode one cannot be written).
_CLASSES: dict[str, tuple[str, str | None]] = {
    "d": (r"\p{Nd}", r"\p{Nd}"),
    "D": (r"\P{Nd}", r"\P{Nd}"),
    "w": (r"[\p{L}\p{N}_]", r"\p{L}\p{N}_"),
    "W": (r"[^\p{L}\p{N}_]", None),
    "s": (r"[\t\n\v\f\r \x{1c}-\x{1f}\x{85}\p{Z}]", r"\t\n\v\f\r \x{1c}-\x{1f}\x{85}\p{Z}"),
    "S": (r"[^\t\n\v\f\r \x{1c}-\x{1f}\x{85}\p{Z}]", None),
}
_HEX = frozenset("0123456789abcdefABCDEF")
_OPEN_COUNT = re.compile(r"\{,(\d+)\}")


_SURROGATES = re.compile("[\ud800-\udfff]")


def _units(text: str) -> str:
    """`text` for RE2, which reads UTF-8 and so cannot take a lone surrogate: each becomes a
    character of plane 15 (private use). A character beyond the Basic Multilingual Plane (an
    emoji) stays one character, so `.` and `{5,15}` count characters, as JavaRosa's (Java's)
    regular expressions and XML Schema's do (XSD 2, appendix F: a regular expression matches
    characters), though `string-length` counts UTF-16 code units as Java does (see `_utf16`)."""
    if text.isascii() or _SURROGATES.search(text) is None:
        return text
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xD800 <= cp <= 0xDFFF:
            out.append(chr(0xF0000 + (cp - 0xD800) if cp < 0xDC00 else 0xF0400 + (cp - 0xDC00)))
        else:
            out.append(ch)
    return "".join(out)


_MULTILINE_FLAG = re.compile(r"\(\?[aiLmsux]*m[aiLmsux]*[:)]")


def _re2_pattern(pattern: str) -> str:
    """A pattern `re` accepts, written for RE2 with the same meaning (see above)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    multiline = _MULTILINE_FLAG.search(pattern) is not None
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            piece, i = _escape(pattern, i, in_class=False)
            out.append(piece)
        elif c == "[":
            piece, i = _char_class(pattern, i)
            out.append(piece)
        elif c == "{" and (m := _OPEN_COUNT.match(pattern, i)) is not None:
            out.append("{0," + m.group(1) + "}")
            i = m.end()
        elif c == "$" and not multiline:
            out.append(r"(?:\n?\z)")  # `re`'s `$`: the end, or just before a newline that ends the text
            i += 1
        else:
            out.append(_units(c))
            i += 1
    return "".join(out)


def _escape(pattern: str, i: int, *, in_class: bool) -> tuple[str, int]:
    """The escape at `pattern[i]` (a backslash) for RE2, and where the pattern goes on."""
    e = pattern[i + 1]
    cls = _CLASSES.get(e)
    if cls is not None:
        inside = cls[1]
        if not in_class:
            return cls[0], i + 2
        return (inside if inside is not None else pattern[i : i + 2]), i + 2
    for letter, digits in (("u", 4), ("U", 8)):
        code = pattern[i + 2 : i + 2 + digits]
        if e == letter and len(code) == digits and all(h in _HEX for h in code):
            return _escape_units(_units(chr(int(code, 16)))), i + 2 + digits
    if e == "Z":
        return r"\z", i + 2  # `re`'s \Z is RE2's \z: the very end of the text
    return pattern[i : i + 2], i + 2


def _char_class(pattern: str, i: int) -> tuple[str, int]:
    """The character class opening at `pattern[i]` for RE2, and where the pattern goes on."""
    n = len(pattern)
    j = i + 1
    negated = j < n and pattern[j] == "^"
    if negated:
        j += 1
    items: list[str] = []
    wide: list[str] = []  # \W and \S: complements of Unicode classes
    first = True
    while j < n and (pattern[j] != "]" or first):
        c = pattern[j]
        first = False
        if c == "\\" and j + 1 < n:
            if pattern[j + 1] in "WS":
                wide.append(pattern[j + 1])
                j += 2
                continue
            piece, j = _escape(pattern, j, in_class=True)
            items.append(piece)
            continue
        items.append("\\" + c if c in "[]" else _units(c))  # `re` reads both literally in a class
        j += 1
    body = "".join(items)
    end = j + 1
    if not wide:
        return ("[^" if negated else "[") + body + "]", end
    if not negated:
        # RE2 cannot put the complement of a Unicode class inside a class: a choice does the same.
        choices = [_CLASSES[w][0] for w in wide] + ([f"[{body}]"] if body else [])
        return "(?:" + "|".join(choices) + ")", end
    if not body and len(wide) == 1:
        return _CLASSES[wide[0].lower()][0], end  # [^\W] is \w
    # [^\W...] would be an intersection, which RE2 has no way to write: its ASCII \W and \S stand in.
    return "[^" + body + "".join("\\" + w for w in wide) + "]", end


def _escape_units(text: str) -> str:
    return "".join(f"\\x{{{ord(ch):x}}}" for ch in text)


@lru_cache(maxsize=128)
def _regex(pattern: str) -> Any:
    """The compiled pattern. XPathError if `re` would not accept it ("invalid regular expression")
    or RE2 cannot run it in linear time ("cannot be used")."""
    try:
        re.compile(pattern)  # only to keep what is a valid pattern as it was; never matched with
    except re.error as e:
        raise XPathError(f"invalid regular expression {pattern!r}: {e}") from None
    except (OverflowError, RecursionError):
        raise XPathError(f"invalid regular expression {pattern!r}: it is too large") from None
    try:
        return re2.compile(_re2_pattern(pattern), _RE2_OPTIONS)
    except re2.error as e:
        why = str(e.args[0].decode("utf-8", "replace") if e.args and isinstance(e.args[0], bytes) else e)
        raise XPathError(
            f"the regular expression {pattern!r} cannot be used ({why}): patterns must run in a time "
            "proportional to the text, so backreferences (\\1), lookahead and lookbehind ((?=, (?!, (?<=, "
            "(?<!) and very large repetitions are not supported"
        ) from None


@_fn("regex", 2, 2)
def _f_regex(ctx: Context, v: Any, pattern: Any) -> bool:
    try:
        compiled = _regex(to_string(pattern))
    except XPathError as e:
        if "cannot be used" in e.message:
            # A pattern made while filling in (from an answer): refused like any other limit, with
            # its reason, instead of ever reaching a backtracking engine.
            raise FormTooComplex(e.message) from None
        raise
    return compiled.search(_units(to_string(v))) is not None


@_fn("selected", 2, 2)
def _f_selected(ctx: Context, lst: Any, v: Any) -> bool:
    return to_string(v).strip() in to_string(lst).split()


@_fn("count-selected", 1, 1)
def _f_count_selected(ctx: Context, lst: Any) -> float:
    return float(len(to_string(lst).split()))


@_fn("selected-at", 2, 2)
def _f_selected_at(ctx: Context, lst: Any, i: Any) -> str:
    parts = to_string(lst).split()
    x = _num(i)
    if x != x or x in (INF, -INF):
        return ""
    k = int(x)
    return parts[k] if 0 <= k < len(parts) else ""


@_fn("join", 1, None)
def _f_join(ctx: Context, sep: Any, *vals: Any) -> str:
    items: list[str] = []
    for v in vals:
        if type(v) is list:
            items.extend(n.text() for n in v)
        else:
            items.append(to_string(v))
    return _capped(to_string(sep).join(items))


_ALNUM = _string.ascii_letters + _string.digits


@_fn("uuid", 0, 1)
def _f_uuid(ctx: Context, n: Any = None) -> str:
    if n is None:
        return str(_uuid.uuid4())
    x = _num(n)
    if x != x or x < 1 or x in (INF, -INF):
        return ""
    if x > MAX_VALUE_CHARS:
        raise too_long(int(x))
    return "".join(secrets.choice(_ALNUM) for _ in range(int(x)))


# --- node-sets


def _relevant_only(nodes: list[Any]) -> list[Any]:
    """The nodes of a node-set that are relevant: ODK Collect's engine (JavaRosa) leaves a
    non-relevant node, or one inside a non-relevant group or repeat entry, out of what count() and
    sum() see (a hidden repeat entry is not counted). Nodes without relevance (secondary
    instances, attributes) always count."""
    return [n for n in nodes if getattr(n, "relevant", True)]


@_fn("count", 1, 1)
def _f_count(ctx: Context, v: Any) -> float:
    return float(len(_relevant_only(_as_nodes(v, "count()"))))


@_fn("count-non-empty", 1, 1)
def _f_count_non_empty(ctx: Context, v: Any) -> float:
    return float(sum(1 for n in _as_nodes(v, "count-non-empty()") if n.text() != ""))


@_fn("sum", 1, 1)
def _f_sum(ctx: Context, v: Any) -> float:
    """The sum of the nodes that hold a number, as JavaRosa (ODK Collect) adds them: a blank or
    text value is left out (0 when none is a number), where XPath 1.0 would give NaN."""
    total = 0.0
    for n in _relevant_only(_as_nodes(v, "sum()")):
        x = _node_num(n)
        if x == x:
            total += x
    return total


@_fn("last", 0, 0)
def _f_last(ctx: Context) -> float:
    return float(ctx.size)


@_fn("position", 0, 1)
def _f_position(ctx: Context, v: Any = None) -> float:
    if v is None:
        return float(ctx.position)
    nodes = _as_nodes(v, "position()")
    if not nodes:
        return NAN
    n = nodes[0]
    p = n.parent
    if p is None or type(n) in _NON_ELEMENTS:
        return 1.0
    i = 0
    for c in p.children:
        if c.name == n.name:
            i += 1
            if c is n:
                return float(i)
    return NAN


@_fn("name", 0, 1, "ctx_default")
def _f_name(ctx: Context, v: Any) -> str:
    nodes = _as_nodes(v, "name()")
    return nodes[0].name if nodes else ""


@_fn("local-name", 0, 1, "ctx_default")
def _f_local_name(ctx: Context, v: Any) -> str:
    nodes = _as_nodes(v, "local-name()")
    return nodes[0].name.rpartition(":")[2] if nodes else ""


@_fn("instance", 1, 1)
def _f_instance(ctx: Context, v: Any) -> list[Any]:
    r = ctx.env.instance(to_string(v))
    return [] if r is None else [r]


@_fn("current", 0, 0)
def _f_current(ctx: Context) -> list[Any]:
    return [ctx.current if ctx.current is not None else ctx.node]


def _choice_name(args: list[Fn], node: _Call) -> Fn:
    """jr:choice-name(value, path). pyxform writes the path as a string literal (`' /data/x '`), which
    ODK resolves as a path from the context; a node-set argument works too."""
    value, path = args
    literal = node.args[1]
    fixed = compile_xpath(literal.value.strip()).evaluate if type(literal) is _Lit else None

    def choice_name(ctx: Context) -> str:
        target = fixed(ctx) if fixed is not None else path(ctx)
        if type(target) is str:
            target = compile_xpath(target.strip()).evaluate(ctx)
        nodes = _as_nodes(target, "jr:choice-name()")
        if not nodes:
            return ""
        return ctx.env.choice_label(nodes[0], to_string(value(ctx)))

    return choice_name


_REGISTRY["jr:choice-name"] = (2, 2, _choice_name, "special")


def _prefix_suffix(outer: Any, inner: Any) -> list[str] | None:
    """Child names leading from `outer` to `inner` when both are plain absolute paths, else None."""

    def names(p: Any) -> list[str] | None:
        if type(p) is not _Path or p.start != "root":
            return None
        out = []
        for s in p.steps:
            if s.preds or s.axis != "child" or s.test != "name" or s.qname != s.local:
                return None
            out.append(s.local)
        return out

    a, b = names(outer), names(inner)
    if a is None or b is None or len(b) < len(a) or b[: len(a)] != a:
        return None
    return b[len(a) :]


def _descend_names(n: Any, names: list[str]) -> list[Any]:
    nodes = [n]
    for name in names:
        nodes = [c for p in nodes for c in p.children if c.name == name]
    return nodes


def _indexed_repeat(args: list[Fn], node: _Call) -> Fn:
    path = args[0]
    pairs = [(args[i], args[i + 1]) for i in range(1, len(args), 2)]
    rep_asts = [node.args[i] for i in range(1, len(args), 2)]
    # Where every argument is a plain absolute path, resolve each one from the previous pick directly.
    suffixes = [None] + [_prefix_suffix(rep_asts[k - 1], rep_asts[k]) for k in range(1, len(rep_asts))]
    path_suffix = _prefix_suffix(rep_asts[-1], node.args[0])

    def indexed_repeat(ctx: Context) -> list[Any]:
        every = replace(ctx, entries=False)  # the paths name all entries; the indexes pick one
        picked = None
        for k, (rep, idx) in enumerate(pairs):
            suffix = suffixes[k]
            if picked is not None and suffix is not None:
                nodes = _descend_names(picked, suffix)
            else:
                nodes = _as_nodes(rep(every), "indexed-repeat()")
                if picked is not None:
                    nodes = [n for n in nodes if _is_within(n, picked)]
            x = _num(idx(ctx))
            if x != x or x < 1 or x > len(nodes):
                return []
            picked = nodes[int(x) - 1]
        if path_suffix is not None:
            return _descend_names(picked, path_suffix)[:1]
        for n in _as_nodes(path(every), "indexed-repeat()"):
            if _is_within(n, picked):
                return [n]
        return []

    return indexed_repeat


_REGISTRY["indexed-repeat"] = (3, None, _indexed_repeat, "special")


# --- numbers


def _math1(name: str, fn: Callable[[float], float]) -> None:
    def impl(ctx: Context, v: Any) -> float:
        x = _num(v)
        try:
            return fn(x)
        except ValueError:
            return NAN
        except OverflowError:
            return INF

    _REGISTRY[name] = (1, 1, impl, "strict")


def _floor(x: float) -> float:
    return x if x != x or x in (INF, -INF) else float(math.floor(x))


def _ceil(x: float) -> float:
    return x if x != x or x in (INF, -INF) else float(math.ceil(x))


def _trunc(x: float) -> float:
    return x if x != x or x in (INF, -INF) else float(math.trunc(x))


def _log(x: float) -> float:
    return -INF if x == 0 else math.log(x)


def _log10(x: float) -> float:
    return -INF if x == 0 else math.log10(x)


for _name, _f in (
    ("floor", _floor),
    ("ceiling", _ceil),
    ("int", _trunc),
    ("abs", abs),
    ("exp", math.exp),
    ("exp10", lambda x: math.pow(10.0, x)),
    ("log", _log),
    ("log10", _log10),
    ("sqrt", math.sqrt),
    ("sin", math.sin),
    ("cos", math.cos),
    ("tan", math.tan),
    ("asin", math.asin),
    ("acos", math.acos),
    ("atan", math.atan),
):
    _math1(_name, _f)


def _round_half_away(x: float, digits: float = 0.0) -> float:
    if x != x or x in (INF, -INF) or digits != digits:
        return x if digits == digits else NAN
    if digits == 0:
        a = abs(x)
        f = math.floor(a)
        r = f + 1.0 if a - f >= 0.5 else float(f)
        return math.copysign(r, x) if r else 0.0  # no -0: 1 div round(-0.4) is Infinity, as in ODK
    if digits in (INF, -INF) or abs(digits) > 400:
        return x if digits > 0 else 0.0
    try:
        q = Decimal(repr(x)).quantize(Decimal(1).scaleb(-int(digits)), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than the decimal context holds: already exact
        return x
    return float(q)


@_fn("round", 1, 2)
def _f_round(ctx: Context, v: Any, digits: Any = None) -> float:
    return _round_half_away(_num(v), 0.0 if digits is None else _num(digits))


@_fn("pow", 2, 2)
def _f_pow(ctx: Context, a: Any, b: Any) -> float:
    x, y = _num(a), _num(b)
    try:
        return math.pow(x, y)
    except OverflowError:
        return -INF if x < 0 and y.is_integer() and y % 2 == 1 else INF
    except ValueError:
        if x == 0:
            return -INF if math.copysign(1.0, x) < 0 and y.is_integer() and y % 2 == 1 else INF
        return NAN


@_fn("atan2", 2, 2)
def _f_atan2(ctx: Context, a: Any, b: Any) -> float:
    return math.atan2(_num(a), _num(b))


@_fn("pi", 0, 0)
def _f_pi(ctx: Context) -> float:
    return math.pi


@_fn("random", 0, 0)
def _f_random(ctx: Context) -> float:
    return random.random()


def _numbers(vals: tuple[Any, ...]) -> list[float]:
    out: list[float] = []
    for v in vals:
        if type(v) is list:
            out.extend(_node_num(n) for n in v)
        else:
            out.append(_num(v))
    return out


@_fn("min", 1, None)
def _f_min(ctx: Context, *vals: Any) -> float:
    """The least of the values that are numbers (a blank or text one is left out, as JavaRosa
    does); NaN when none is."""
    nums = [x for x in _numbers(vals) if x == x]
    return min(nums) if nums else NAN


@_fn("max", 1, None)
def _f_max(ctx: Context, *vals: Any) -> float:
    """The greatest of the values that are numbers, as min()."""
    nums = [x for x in _numbers(vals) if x == x]
    return max(nums) if nums else NAN


# --- dates


@_fn("today", 0, 0)
def _f_today(ctx: Context) -> str:
    return ctx.env.now().date().isoformat()


@_fn("now", 0, 0)
def _f_now(ctx: Context) -> str:
    return ctx.env.now().isoformat(timespec="milliseconds")


@_fn("date", 1, 1)
def _f_date(ctx: Context, v: Any) -> str:
    if type(v) is bool:
        return ""
    if type(v) is not float:
        s = to_string(v).strip()
        d = _parse_date(s)
        if d is not None:
            return d.isoformat()
        dt = _parse_datetime(s)
        if dt is not None:
            if dt.tzinfo is not None:
                dt = dt.astimezone(_local_tz(ctx))
            return dt.date().isoformat()
        v = _plain_num(s)
    d = _days_to_date(v)
    return "" if d is None else d.isoformat()


@_fn("date-time", 1, 1)
def _f_date_time(ctx: Context, v: Any) -> str:
    if type(v) is bool:
        return ""
    if type(v) is not float:
        s = to_string(v).strip()
        d = _parse_date(s)
        if d is not None:
            return datetime(d.year, d.month, d.day, tzinfo=_local_tz(ctx)).isoformat(timespec="milliseconds")
        if _parse_datetime(s) is not None:
            return s
        v = _plain_num(s)
    dt = _days_to_local(v, ctx)
    return "" if dt is None else dt.isoformat(timespec="milliseconds")


@_fn("decimal-date-time", 1, 1)
def _f_decimal_date_time(ctx: Context, v: Any) -> float:
    return _date_num(v)


@_fn("decimal-date", 1, 1)
def _f_decimal_date(ctx: Context, v: Any) -> float:
    return _date_num(v)


_TIME_OF_DAY_RE = re.compile(r"\s*(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?\s*\Z")


def _local_wall_clock(v: Any, ctx: Context) -> datetime | float:
    """decimal-time()'s argument as a naive local wall-clock datetime, or as a number of days
    (a number, or NaN when the value is neither a date, a date-time, a time nor a number)."""
    if type(v) is float or type(v) is bool or type(v) is int:
        return _num(v)
    s = to_string(v).strip()
    if not s:
        return NAN
    d = _parse_date(s)
    if d is not None:
        return datetime(d.year, d.month, d.day)
    dt = _parse_datetime(s)
    if dt is not None:
        return dt.astimezone(_local_tz(ctx)).replace(tzinfo=None) if dt.tzinfo is not None else dt
    m = _TIME_OF_DAY_RE.match(s)
    if m is not None:
        # A time question's value: that time today (JavaRosa keeps a time as a date-time of the day
        # it was read), in the time's own offset, seen on the laptop's clock.
        us = int((m[4] or "0")[:6].ljust(6, "0"))
        zone = _local_tz(ctx) if m[5] is None else _zone_of(m[5])
        try:
            t = dtime(int(m[1]), int(m[2]), int(m[3] or 0), us)
        except ValueError:
            return NAN
        today = ctx.env.now().astimezone(_local_tz(ctx)).date()
        return datetime.combine(today, t, tzinfo=zone).astimezone(_local_tz(ctx)).replace(tzinfo=None)
    return _plain_num(s)


def _zone_of(text: str) -> Any:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


@_fn("decimal-time", 1, 1)
def _f_decimal_time(ctx: Context, v: Any) -> float:
    """The time of day as a fraction of the day, on the laptop's clock (`06:00` -> 0.25), computed
    as JavaRosa does (local milliseconds since 1970 over a day's, minus the whole days), so the
    results agree to the last digit; a number keeps only its fraction, a date gives 0."""
    wall = _local_wall_clock(v, ctx)
    if isinstance(wall, datetime):
        delta = wall - datetime(1970, 1, 1)
        ms = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
        x = ms / 86_400_000
    else:
        x = wall
    if x != x or x in (INF, -INF):
        return NAN
    return x - math.floor(x)


@_fn("format-date", 2, 2)
def _f_format_date(ctx: Context, v: Any, fmt: Any) -> str:
    dt = _wall_clock(v, ctx, keep_time=False)
    return "" if dt is None else _capped(_format_dt(dt, to_string(fmt)))


@_fn("format-date-time", 2, 2)
def _f_format_date_time(ctx: Context, v: Any, fmt: Any) -> str:
    dt = _wall_clock(v, ctx, keep_time=True)
    return "" if dt is None else _capped(_format_dt(dt, to_string(fmt)))


# --- locations: area(), distance(), geofence(), computed by app/forms/geodesy.py as JavaRosa does


def _geo_point(text: str) -> tuple[float, float] | None:
    """One geopoint value as (latitude, longitude), or None when it is not one (blank included)."""
    p = parse_point(text.strip())
    return None if p is None else (p.lat, p.lon)


def _geo_value_points(text: str) -> list[tuple[float, float]] | None:
    """A geotrace or geoshape value (or a single geopoint) as its points; None if it is not one."""
    points = parse_points(text) if text.strip() else None
    return None if points is None else [(p.lat, p.lon) for p in points]


def _geo_arg(v: Any) -> list[tuple[float, float]] | None:
    """The points of area()'s argument, read as JavaRosa reads it: one node (or a string) holding
    a geoshape or geotrace; several nodes holding one geopoint each (the locations of a repeat's
    entries); no node, no point. None when a value is not a location: the result is then NaN, a
    blank answer, where JavaRosa stops the form with an error."""
    if type(v) is list:
        if not v:
            return []
        if len(v) == 1:
            return _geo_value_points(v[0].text())
        out = []
        for n in v:
            point = _geo_point(n.text())
            if point is None:
                return None
            out.append(point)
        return out
    return _geo_value_points(to_string(v))


@_fn("area", 1, 1)
def _f_area(ctx: Context, v: Any) -> float:
    points = _geo_arg(v)
    return NAN if points is None else area_m2(points)


@_fn("distance", 1, None)
def _f_distance(ctx: Context, *vals: Any) -> float:
    """distance(trace or shape or repeat's points) or distance(point, point, ...), in metres."""
    if len(vals) == 1:
        points = _geo_arg(vals[0])
    else:
        read = [_geo_point(to_string(v)) for v in vals]
        points = None if any(p is None for p in read) else [p for p in read if p is not None]
    return NAN if points is None else length_m(points)


@_fn("geofence", 2, 2)
def _f_geofence(ctx: Context, point: Any, shape: Any) -> bool:
    """Whether the geopoint is inside the geoshape; false when either is blank or not a location."""
    where = _geo_point(to_string(point))
    fence = _geo_arg(shape)
    return where is not None and fence is not None and inside(where, fence)


# --- digest() and base64-decode()

_DIGESTS = {"MD5": "md5", "SHA1": "sha1", "SHA256": "sha256", "SHA384": "sha384", "SHA512": "sha512"}
_ENCODINGS = ("BASE64", "HEX")
_DIGEST_NAMES = "'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512'"


def _digest_algorithm(name: str) -> str | None:
    """hashlib's name for a digest() algorithm as JavaRosa reads it (any case, dashes ignored)."""
    return _DIGESTS.get(name.upper().replace("-", ""))


def _digest_literal_problem(args: list[Any]) -> str | None:
    """Why an algorithm or encoding written into a digest() call is not one it has, or None. Checked
    when the form is loaded (by the parser), so a typo is reported to the form's author rather
    than to the person filling it in."""
    algorithm = args[1]
    if type(algorithm) is _Lit and _digest_algorithm(algorithm.value) is None:
        return f"digest() has no algorithm {algorithm.value!r}: use {_DIGEST_NAMES}"
    encoding = args[2] if len(args) == 3 else None
    if type(encoding) is _Lit and encoding.value.upper() not in _ENCODINGS:
        return f"digest() has no encoding {encoding.value!r}: use 'base64' or 'hex'"
    return None


def _digest(args: list[Fn], node: _Call) -> Fn:
    """digest(data, algorithm [, 'base64' | 'hex']): the hash of the data's UTF-8 bytes. One
    computed while filling in (from an answer) is checked when evaluated."""
    data, algorithm = args[0], args[1]
    encoding = args[2] if len(args) == 3 else None

    def digest(ctx: Context) -> str:
        name = to_string(algorithm(ctx))
        hash_name = _digest_algorithm(name)
        if hash_name is None:
            raise XPathError(f"digest() has no algorithm {name!r}: use {_DIGEST_NAMES}")
        enc = "BASE64" if encoding is None else to_string(encoding(ctx)).upper()
        if enc not in _ENCODINGS:
            raise XPathError(f"digest() has no encoding {enc.lower()!r}: use 'base64' or 'hex'")
        raw = hashlib.new(hash_name, to_string(data(ctx)).encode("utf-8")).digest()
        return raw.hex() if enc == "HEX" else base64.b64encode(raw).decode("ascii")

    return digest


_REGISTRY["digest"] = (2, 3, _digest, "special")


_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")


@_fn("base64-decode", 1, 1)
def _f_base64_decode(ctx: Context, v: Any) -> str:
    """The text (UTF-8) a base64 value encodes; "" when it is not base64. As JavaRosa reads it,
    characters outside the base64 alphabet are left out first (`2026-01-15` decodes as
    `20260115`), then the rest must be whole groups of four with padding only at the end. Bytes
    that are not UTF-8 become U+FFFD, as Java's String constructor makes them."""
    text = _NOT_BASE64.sub("", to_string(v))
    if len(text) % 4 or "=" in text.rstrip("=") or len(text) - len(text.rstrip("=")) > 2:
        return ""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return ""
    return _capped(raw.decode("utf-8", errors="replace"))


@_fn("extract-signed", 2, 2)
def _f_extract_signed(ctx: Context, signed: Any, key: Any) -> str:
    """The message of a value signed with Ed25519, as JavaRosa reads it: base64 of the 64-byte
    signature followed by the message, checked against a base64 32-byte public key; "" when
    either is not base64, the key is not a key or the signature does not verify."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode("".join(to_string(signed).split()), validate=True)
        public = base64.b64decode("".join(to_string(key).split()), validate=True)
    except (binascii.Error, ValueError):
        return ""
    if len(raw) < 64 or len(public) != 32:
        return ""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(raw[:64], raw[64:])
    except (InvalidSignature, ValueError):
        return ""
    return _capped(raw[64:].decode("utf-8", errors="replace"))


@_fn("version", 0, 0)
def _f_version(ctx: Context) -> str:
    """The form's version (the `version` attribute of the main instance's element), as JavaRosa."""
    top = next((n for n in ctx.env.root.children if _is_element(n)), None)
    return "" if top is None else top.attrs.get("version", "")


@_fn("jr:itext", 1, 1)
def _f_itext(ctx: Context, text_id: Any) -> str:
    """The text of an itext id in the form's current language (its default language when the
    current one lacks it), as JavaRosa; "" for an id the form does not define."""
    translate = getattr(ctx.env, "itext", None)
    if translate is None:
        return ""
    return _capped(str(translate(to_string(text_id), ctx.current if ctx.current is not None else ctx.node)))


# The names property() answers, as ODK Collect's property manager; `uri:` asks for the same value.
PROPERTY_NAMES = ("deviceid", "username", "email", "phonenumber", "subscriberid", "simserial")


@_fn("property", 1, 1)
def _f_property(ctx: Context, name: Any) -> str:
    """A property of the device: `deviceid` and `username` as the form's metadata gives them, and
    blank for the ones a laptop has not (a telephone's number, SIM, e-mail account). JavaRosa stops
    the form on any other name: a name written in the form is refused when the form is checked,
    naming the ones it knows; a name computed from an answer gives blank."""
    bare = to_string(name).strip().removeprefix("uri:")
    if bare not in PROPERTY_NAMES:
        return ""
    value = getattr(ctx.env, "device_property", None)
    return "" if value is None else str(value(bare))


# --- randomize(): JavaRosa's seeded shuffle, so a seeded order is the one ODK Collect shows

_PM_MODULUS = 2147483647
_PM_MULTIPLIER = 16807


class _ParkMiller:
    """JavaRosa's ParkMiller generator (org.javarosa.xform.parse.ParkMiller): the Lehmer
    "minimal standard" sequence, computed in doubles as JavaRosa does."""

    __slots__ = ("_seed",)

    def __init__(self, seed: int) -> None:
        # Java: Long.valueOf(seed).doubleValue() % MODULUS -- the long is rounded to a double first.
        s = math.fmod(float(seed), float(_PM_MODULUS))
        if s <= 0:
            s += _PM_MODULUS - 1
        self._seed = s

    def next_double(self) -> float:
        self._seed = self._seed * _PM_MULTIPLIER % _PM_MODULUS
        return (int(self._seed) - 1) / (_PM_MODULUS - 1)


def _fisher_yates(items: list[Any], next_double: Callable[[], float]) -> list[Any]:
    """JavaRosa's FisherYates.shuffle ("inside-out"): element i goes to a place j <= i chosen by
    the next double, and the element that was there moves to i."""
    out: list[Any] = [None] * len(items)
    for i, item in enumerate(items):
        j = int(next_double() * (i + 1))
        if j != i:
            out[i] = out[j]
        out[j] = item
    return out


def _java_long(x: float) -> int:
    """Java's (long) of a double: towards zero, saturated; NaN is 0."""
    if x != x:
        return 0
    if x >= 9.223372036854775807e18:
        return 2**63 - 1
    if x <= -9.223372036854775808e18:
        return -(2**63)
    return int(x)


def _jr_numeric(v: Any) -> float:
    """JavaRosa's toNumeric: a string is a number only if made of digits, '-' and '.' (',' read as
    '.'), after trimming; anything else is NaN."""
    if type(v) is bool:
        return 1.0 if v else 0.0
    if type(v) is float:
        return float(v)
    text = to_string(v).replace(",", ".").strip()
    if any(c not in "-.0123456789" for c in text):
        return NAN
    try:
        return float(text)
    except ValueError:
        return NAN


def _long_hash(text: str) -> int:
    """JavaRosa's toLongHash: the first 8 bytes of the SHA-256 of the UTF-8 text as a signed
    big-endian long; "" is 0 (so an empty seed keeps the order it always gave)."""
    if text == "":
        return 0
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big", signed=True)


def _seed_of(v: Any) -> int:
    """The seed randomize() uses for its second argument (JavaRosa's toNumericWithLongHash): the
    number it holds, truncated, or a hash of its text when it is not a number."""
    x = _jr_numeric(v)
    return _long_hash(to_string(v)) if x != x else _java_long(x)


@_fn("randomize", 1, 2)
def _f_randomize(ctx: Context, v: Any, seed: Any = None) -> list[Any]:
    """The nodes in a shuffled order: with a seed, the same order JavaRosa gives for that seed;
    without, a new order each time."""
    nodes = _as_nodes(v, "randomize()")
    if seed is None:
        return _fisher_yates(nodes, random.random)
    return _fisher_yates(nodes, _ParkMiller(_seed_of(seed)).next_double)


# --- pulldata(), checklist(), weighted-checklist()


def _csv_column(name: str) -> str:
    """A CSV column's element name as app/forms/model.py names it when it loads the file."""
    return name.strip().replace("::", "-").replace(" ", "_").replace("(", "").replace(")", "")


@_fn("pulldata", 4, 4)
def _f_pulldata(ctx: Context, instance_id: Any, column: Any, key_column: Any, key: Any) -> str:
    """pulldata(list, column, key column, key): the `column` of the first row of the form's CSV
    list whose `key column` is `key` (compared as text), or "" when no row has it -- the same as
    `instance(list)/root/item[key_column = key]/column`."""
    doc = ctx.env.instance(to_string(instance_id))
    if doc is None:
        return ""
    want, by, value = _csv_column(to_string(column)), _csv_column(to_string(key_column)), to_string(key)
    for root in doc.children:
        for item in root.children:
            if item.name != "item":
                continue
            if any(c.name == by and c.text() == value for c in item.children):
                return next((c.text() for c in item.children if c.name == want), "")
    return ""


def _java_int(x: float) -> int:
    """Java's Double.intValue(): towards zero, saturated to 32 bits; NaN is 0."""
    if x != x:
        return 0
    return max(-(2**31), min(2**31 - 1, int(x))) if x not in (INF, -INF) else (2**31 - 1 if x > 0 else -(2**31))


def _node_flags(nodes: list[Any]) -> list[bool]:
    """Each node's value as a yes/no factor: JavaRosa reads a node's text, true when not blank."""
    return [n.text() != "" for n in nodes]


@_fn("checklist", 2, None)
def _f_checklist(ctx: Context, lo: Any, hi: Any, *factors: Any) -> bool:
    """Whether the number of true factors is between min and max (-1: no bound), as JavaRosa:
    `checklist(2, -1, ${a}, ${b}, ${c})` is "at least two of them"."""
    low, high = _java_int(_num(lo)), _java_int(_num(hi))
    if len(factors) == 1 and type(factors[0]) is list:
        flags = _node_flags(factors[0])
    else:
        flags = [to_boolean(f) for f in factors]
    count = sum(flags)
    return (low < 0 or count >= low) and (high < 0 or count <= high)


@_fn("weighted-checklist", 2, None)
def _f_weighted_checklist(ctx: Context, lo: Any, hi: Any, *pairs: Any) -> bool:
    """weighted-checklist(min, max, factor, weight, ...): whether the summed weights of the true
    factors are between min and max. Factors and weights come in pairs (the parser checks there
    is an even number of arguments), or as two node-sets of the same length."""
    if len(pairs) == 2 and type(pairs[0]) is list and type(pairs[1]) is list:
        if len(pairs[0]) != len(pairs[1]):
            raise XPathError("weighted-checklist(): the factors and the weights are not as many")
        flags = _node_flags(pairs[0])
        weights = [_node_num(n) for n in pairs[1]]
    else:
        flags = [to_boolean(f) for f in pairs[0::2]]
        weights = [_num(w) for w in pairs[1::2]]
    total = 0.0
    for flag, weight in zip(flags, weights, strict=True):
        if flag:
            total += weight
    return total >= _num(lo) and total <= _num(hi)


# --- lazy control flow


def _if(args: list[Fn], node: _Call) -> Fn:
    cond, yes, no = args

    def if_(ctx: Context) -> Any:
        c = cond(ctx)
        if c is True or (c is not False and to_boolean(c)):
            return yes(ctx)
        return no(ctx)

    return if_


def _is_null(v: Any) -> bool:
    """XPath's "no value" as JavaRosa's coalesce() sees it: an empty string, NaN, an empty
    node-set or one whose first node is blank. A boolean is always a value (false included)."""
    t = type(v)
    if t is str or t is list:
        return to_string(v) == ""
    if t is float:
        return cast(bool, v != v)
    return False


def _coalesce(args: list[Fn], node: _Call) -> Fn:
    """coalesce(a, b): `a` if it has a value, else `b`, each *with its own type*, as JavaRosa
    returns it. Converting to a string here turned `coalesce(selected(${q}, 'x'), 0)` into the
    text "false", which counts as true and as NaN in arithmetic, where ODK Collect gives false / 0."""
    first, second = args

    def coalesce(ctx: Context) -> Any:
        v = first(ctx)
        return second(ctx) if _is_null(v) else v

    return coalesce


def _once(args: list[Fn], node: _Call) -> Fn:
    (arg,) = args

    def once(ctx: Context) -> Any:
        cur = ctx.node.text()
        if cur != "":
            return cur
        v = arg(ctx)
        return to_string(v) if type(v) is list else v

    return once


_REGISTRY["if"] = (3, 3, _if, "special")
_REGISTRY["coalesce"] = (2, 2, _coalesce, "special")
_REGISTRY["once"] = (1, 1, _once, "special")

FUNCTIONS: dict[str, tuple[int, int | None]] = {name: (spec[0], spec[1]) for name, spec in sorted(_REGISTRY.items())}


# ------------------------------------------------------------------------------------------------- API


def _walk_refs(node: Any, out: list[str]) -> None:
    t = type(node)
    if t is _Path:
        if node.steps or node.start in ("root", "context"):
            out.append(node.text)
        if node.start not in ("root", "context"):
            _walk_refs(node.start, out)
        for s in node.steps:
            for p in s.preds:
                _walk_refs(p, out)
    elif t is _Filter:
        _walk_refs(node.primary, out)
        for p in node.preds:
            _walk_refs(p, out)
    elif t is _Call:
        for a in node.args:
            _walk_refs(a, out)
    elif t is _Bin:
        _walk_refs(node.left, out)
        _walk_refs(node.right, out)
    elif t is _Neg:
        _walk_refs(node.operand, out)
    elif t is _Union:
        for p in node.parts:
            _walk_refs(p, out)


class Expr:
    """A compiled expression. Immutable and shared (compile_xpath caches by source)."""

    def __init__(self, source: str, fn: Fn, refs: list[str], funcs: set[str]) -> None:
        self.source = source
        self._refs = refs
        self._funcs = frozenset(funcs)
        # The compiled closure itself is `evaluate`, an attribute: saves a Python frame on every call.
        self.evaluate: Callable[[Context], object] = fn
        """Evaluate against `ctx`; returns str | float | bool | list of nodes."""

    def references(self) -> list[str]:
        """Location paths the expression reads, as source text, first occurrence order, no duplicates."""
        return list(self._refs)

    def functions(self) -> set[str]:
        return set(self._funcs)

    def __repr__(self) -> str:
        return f"Expr({self.source!r})"


@lru_cache(maxsize=16384)
def compile_xpath(expr: str) -> Expr:
    """Parse and compile `expr` (cached by string). Raises XPathError."""
    try:
        parser = _Parser(expr)
        ast = parser.parse()
        fn = _compile(ast)
    except RecursionError:
        raise XPathError("expression is nested too deeply", None, expr) from None
    refs: list[str] = []
    _walk_refs(ast, refs)
    return Expr(expr, fn, list(dict.fromkeys(refs)), parser.functions)
