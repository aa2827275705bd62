"""XPath 1.0 + ODK function library (app.forms.xpath) against a small in-memory instance tree."""

from __future__ import annotations

import ast
import math
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.forms.xpath import (
    FUNCTIONS,
    AttributeNode,
    Context,
    XPathError,
    compile_xpath,
    to_boolean,
    to_number,
    to_string,
)

# ----------------------------------------------------------------------------------- tiny XNode + Env


class N:
    def __init__(self, name: str, value: str = "", attrs: dict[str, str] | None = None) -> None:
        self.name = name
        self.value = value
        self.attrs = attrs or {}
        self.parent: N | None = None
        self.children: list[N] = []
        self.bind: Any = None  # as the engine's nodes: the question's bind (its type), None if untyped

    def text(self) -> str:
        if not self.children:
            return self.value
        return "".join(c.text() for c in self.children)

    def __repr__(self) -> str:
        return f"<{self.name}>"


NS = {"http://openrosa.org/javarosa": "jr", "http://openrosa.org/xforms": "orx"}


def _qname(tag: str) -> str:
    if tag.startswith("{"):
        uri, local = tag[1:].split("}")
        return f"{NS[uri]}:{local}"
    return tag


def tree(xml: str) -> N:
    """Document root (name "") above the element parsed from `xml`."""

    def build(el: ET.Element) -> N:
        node = N(el.tag.split("}")[-1], (el.text or "").strip(), {_qname(k): v for k, v in el.attrib.items()})
        for child in el:
            c = build(child)
            c.parent = node
            node.children.append(c)
        return node

    doc = N("")
    top = build(ET.fromstring(xml))  # noqa: S314 -- literal test fixtures only
    top.parent = doc
    doc.children.append(top)
    return doc


MAIN = """
<data id="household" version="7" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
  <name>Ana María</name>
  <age>20</age>
  <score>7.5</score>
  <dob>2000-02-29</dob>
  <visit>2024-03-15T09:30:00.000+03:00</visit>
  <colors>red blue  green</colors>
  <empty/>
  <state>ke</state>
  <city>msa</city>
  <div>4</div>
  <mod>3</mod>
  <hh jr:template=""><hname/><member><mname/><mage/></member></hh>
  <hh><hname>North</hname>
    <member><mname>Ali</mname><mage>30</mage></member>
    <member><mname>Bea</mname><mage>41</mage></member>
  </hh>
  <hh><hname>South</hname>
    <member><mname>Cy</mname><mage>7</mage></member>
    <member><mname>Di</mname><mage></mage></member>
    <member><mname>Ed</mname><mage>63</mage></member>
  </hh>
  <orx:meta><orx:instanceID>uuid:abc</orx:instanceID></orx:meta>
</data>
"""

CITIES = """
<root>
  <item><name>nbo</name><state>ke</state><label>Nairobi</label></item>
  <item><name>msa</name><state>ke</state><label>Mombasa</label></item>
  <item><name>kla</name><state>ug</state><label>Kampala</label></item>
</root>
"""

TZ = timezone(timedelta(hours=3))
NOW = datetime(2024, 3, 15, 10, 30, 45, 123000, tzinfo=TZ)


class FakeEnv:
    def __init__(self) -> None:
        self.root = tree(MAIN)
        # Typed as a form's date and dateTime questions would be; every other node is untyped.
        for name, typ in (("dob", "date"), ("visit", "dateTime")):
            node = next(n for n in self.root.children[0].children if n.name == name)
            node.bind = SimpleNamespace(type=typ)
        self.instances = {"cities": tree(CITIES)}
        self.labels = {("state", "ke"): "Kenya", ("state", "ug"): "Uganda"}
        self.label_calls = 0

    def instance(self, id: str) -> N | None:
        return self.instances.get(id)

    def now(self) -> datetime:
        return NOW

    def choice_label(self, node: N, value: str) -> str:
        self.label_calls += 1
        return self.labels.get((node.name, value), "")


@pytest.fixture
def env() -> FakeEnv:
    return FakeEnv()


def data(env: FakeEnv) -> N:
    return env.root.children[0]


def at(env: FakeEnv, path: str) -> N:
    """The single node at an absolute path (evaluated by the engine under test, checked for uniqueness)."""
    nodes = compile_xpath(path).evaluate(Context(data(env), env))
    assert isinstance(nodes, list) and len(nodes) == 1, (path, nodes)
    return nodes[0]


def ev(env: FakeEnv, expr: str, node: N | None = None, **kw: object) -> object:
    return compile_xpath(expr).evaluate(Context(node if node is not None else data(env), env, **kw))


def names(nodes: object) -> list[str]:
    assert isinstance(nodes, list)
    return [n.text() for n in nodes]


def is_nan(x: object) -> bool:
    return isinstance(x, float) and math.isnan(x)


# ----------------------------------------------------------------------------------------- conversions


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3.0, "3"),
        (-0.0, "0"),
        (0.5, "0.5"),
        (-12.25, "-12.25"),
        (1e-7, "0.0000001"),
        (1e21, "1000000000000000000000"),
        (123456789012.5, "123456789012.5"),
        (float("nan"), "NaN"),
        (float("inf"), "Infinity"),
        (float("-inf"), "-Infinity"),
        (True, "true"),
        (False, "false"),
        ("x", "x"),
        ([], ""),
    ],
)
def test_to_string(value: object, expected: str) -> None:
    assert to_string(value) == expected


def test_to_string_of_node_set_is_first_node_value(env: FakeEnv) -> None:
    assert to_string(ev(env, "//mname")) == ""  # the repeat template comes first
    assert to_string(ev(env, "//mname[. != '']")) == "Ali"
    assert to_string(ev(env, "/data/hh[2]")) == "NorthAli30Bea41"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(" 12 ", 12.0), ("-3.5", -3.5), (".5", 0.5), (True, 1.0), (False, 0.0), ("Infinity", math.inf)],
)
def test_to_number(value: object, expected: float) -> None:
    assert to_number(value) == expected


@pytest.mark.parametrize("value", ["", "abc", "1_000", "inf", "nan", "12abc", "2024-01-01", []])
def test_to_number_nan(value: object) -> None:
    assert is_nan(to_number(value))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", False), ("false", True), (0.0, False), (float("nan"), False), (-2.0, True), ([], False), (True, True)],
)
def test_to_boolean(value: object, expected: bool) -> None:
    assert to_boolean(value) is expected


def test_number_function_and_string_function(env: FakeEnv) -> None:
    assert ev(env, "number('')") != ev(env, "number('')")  # NaN
    assert is_nan(ev(env, "number('')"))
    assert ev(env, "number(' 42 ')") == 42.0
    assert ev(env, "number(true())") == 1.0
    assert ev(env, "number(/data/score)") == 7.5
    assert ev(env, "number()", node=at(env, "/data/age")) == 20.0
    assert ev(env, "number('1970-01-11')") == 10.0  # ODK: dates are numbers of days
    assert ev(env, "string(1 div 4)") == "0.25"
    assert ev(env, "string(10 div 2)") == "5"
    assert ev(env, "string()", node=at(env, "/data/name")) == "Ana María"
    assert ev(env, "string(/data/nothing)") == ""
    assert ev(env, "boolean(/data/empty)") is True  # node exists, value empty
    assert ev(env, "boolean(string(/data/empty))") is False
    assert ev(env, "boolean(/data/nothing)") is False
    assert ev(env, "not(0)") is True
    assert ev(env, "true()") is True and ev(env, "false()") is False


# ------------------------------------------------------------------------------------------- operators


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("2 * 3 mod 4", 2.0),
        ("7 div 2", 3.5),
        ("-5 mod 2", -1.0),
        ("5 mod -2", 1.0),
        ("- - 3", 3.0),
        ("-/data/age + 1", -19.0),
        ("/data/age*2", 40.0),
        ("/data/age * /data/score", 150.0),
        ("div div mod", 4.0 / 3.0),  # element <div> divided by element <mod>
        ("div mod mod", 1.0),
        ("count(*)", 15.0),
        ("count(/data/*)", 15.0),
        ("count(/data/hh/*)", 9.0),
        ("1 = 1 and 2 > 1 or 1 div 0 = 5", True),
        ("1 = 2 or 2 = 3", False),
        ("1 < 2 = true()", True),
    ],
)
def test_operators_and_precedence(env: FakeEnv, expr: str, expected: object) -> None:
    assert ev(env, expr) == expected


def test_division_by_zero_and_nan(env: FakeEnv) -> None:
    assert ev(env, "1 div 0") == math.inf
    assert ev(env, "-1 div 0") == -math.inf
    assert is_nan(ev(env, "0 div 0"))
    assert is_nan(ev(env, "5 mod 0"))
    assert is_nan(ev(env, "/data/name + 1"))
    assert is_nan(ev(env, "/data/empty * 2"))


def test_bind_expression_on_dot(env: FakeEnv) -> None:
    e = compile_xpath(". >= 0 and . < 20")
    age = at(env, "/data/age")
    assert e.evaluate(Context(age, env)) is False
    age.value = "19"
    assert e.evaluate(Context(age, env)) is True
    age.value = ""
    assert e.evaluate(Context(age, env)) is False  # NaN comparisons are false


# ----------------------------------------------------------------------------------------- comparisons


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("//mage = 41", True),  # existential
        ("//mage = 42", False),
        ("//mage != 30", True),  # some node differs
        ("//mage > 60", True),
        ("//mage < 7", False),
        ("60 < //mage", True),
        ("//mage = ''", True),  # Di's age is empty
        ("//mage = //mname", True),  # the template's empty mage and mname
        ("/data/hh[2]//mage = //mname", False),
        ("//hh[2]//mage = //hh[3]/member[1]/mage | //mage[. = 41]", True),
        ("/data/empty = true()", True),  # node-set vs boolean: boolean(node-set)
        ("/data/nothing = false()", True),
        ("/data/nothing = ''", False),  # empty node-set: nothing to compare
        ("/data/nothing != ''", False),
        ("'10' = 10", True),
        ("'10.0' = '10'", False),  # two strings compare as strings
        ("/data/age = '20'", True),
        ("/data/age = 20.0", True),
        ("'abc' = 'abc'", True),
        ("'a' < 'b'", False),  # relational: both NaN
        ("number('x') = number('x')", False),
        ("number('x') != number('x')", True),
        ("true() = 'false'", True),  # non-empty string is true
        ("0 = false()", True),
        ("true() > false()", True),
    ],
)
def test_comparisons(env: FakeEnv, expr: str, expected: bool) -> None:
    assert ev(env, expr) is expected


# ------------------------------------------------------------------------------------ paths, predicates


def test_absolute_relative_parent_and_self(env: FakeEnv) -> None:
    age = at(env, "/data/age")
    assert ev(env, ".", node=age) == [age]
    assert ev(env, "..", node=age) == [data(env)]
    assert names(ev(env, "../name", node=age)) == ["Ana María"]
    assert names(ev(env, "../../data/state", node=age)) == ["ke"]
    assert names(ev(env, "./../age/.", node=age)) == ["20"]
    assert ev(env, "/", node=age) == [env.root]
    assert ev(env, "/..") == []
    assert ev(env, "name(/*)") == "data"
    mage = at(env, "/data/hh[3]/member[2]/mage")
    assert names(ev(env, "../../hname", node=mage)) == ["South"]
    assert names(ev(env, "../../../hh/hname", node=mage)) == ["", "North", "South"]


def test_descendant_abbreviation(env: FakeEnv) -> None:
    assert names(ev(env, "//mname")) == ["", "Ali", "Bea", "Cy", "Di", "Ed"]
    assert names(ev(env, "/data/hh[2]//mage")) == ["30", "41"]
    assert names(ev(env, "//hh//mname")) == ["", "Ali", "Bea", "Cy", "Di", "Ed"]
    # `//x[1]` is the first x of each parent, not the first x overall
    assert names(ev(env, "//member[1]/mname")) == ["", "Ali", "Cy"]
    assert names(ev(env, "(//member)[2]/mname")) == ["Ali"]
    assert names(ev(env, ".//hname", node=at(env, "/data/hh[3]"))) == ["South"]
    assert names(ev(env, "descendant::mage[. > 40]")) == ["41", "63"]
    assert names(ev(env, "/data/hh[2]/descendant-or-self::*[mname = 'Bea']/mage")) == ["41"]
    assert ev(env, "count(//*)") == 38.0


def test_predicates_position_boolean_and_last(env: FakeEnv) -> None:
    assert names(ev(env, "/data/hh[2]/member[2]/mname")) == ["Bea"]
    assert names(ev(env, "/data/hh[last()]/hname")) == ["South"]
    assert names(ev(env, "/data/hh[position() > 1]/hname")) == ["North", "South"]
    assert names(ev(env, "/data/hh[hname = 'South']/member[mage > 10]/mname")) == ["Ed"]
    assert names(ev(env, "//member[mage != ''][2]/mname")) == ["Bea", "Ed"]  # predicates apply in turn, per parent
    assert names(ev(env, "//member[2][mage != '']/mname")) == ["Bea"]
    assert ev(env, "//member[position() = last()]/mname = 'Ed'") is True
    assert names(ev(env, "/data/hh[1 + 1]/hname")) == ["North"]  # numeric expression = position
    assert ev(env, "/data/hh[0]") == []
    assert ev(env, "/data/hh[1.5]") == []
    assert names(ev(env, "/data/hh['x']/hname")) == ["", "North", "South"]  # non-empty string is true
    assert names(ev(env, "(/data/hh/hname)[last() - 1]")) == ["North"]
    assert names(ev(env, "/data/*[self::age or self::score]")) == ["20", "7.5"]


def test_attributes(env: FakeEnv) -> None:
    assert ev(env, "/data/@id") == [AttributeNode(data(env), "id")]
    assert ev(env, "string(/data/@version)") == "7"
    assert ev(env, "count(/data/hh[@jr:template])") == 1.0
    assert ev(env, "count(/data/hh[not(@jr:template)])") == 2.0
    assert ev(env, "count(/data/@*)") == 2.0
    assert ev(env, "name(/data/@*[2])") == "version"
    assert ev(env, "name(/data/hh/@jr:template)") == "jr:template"
    assert ev(env, "local-name(/data/hh/@jr:template)") == "template"
    assert ev(env, "/data/@nope") == []
    assert names(ev(env, "/data/@version/..")) == [data(env).text()]
    assert ev(env, "count(/data/@id | /data/@id | //@id)") == 1.0


def test_prefixed_name_tests_match_local_names(env: FakeEnv) -> None:
    assert names(ev(env, "/data/orx:meta/orx:instanceID")) == ["uuid:abc"]
    assert names(ev(env, "/data/meta/instanceID")) == ["uuid:abc"]
    assert names(ev(env, "/data/orx:*/instanceID")) == ["uuid:abc"]


def test_text_node_test(env: FakeEnv) -> None:
    assert ev(env, "string(/data/age/text())") == "20"
    assert ev(env, "/data/empty/text()") == []
    assert ev(env, "count(/data/hh[2]//text())") == 5.0


def test_unions_are_in_document_order_without_duplicates(env: FakeEnv) -> None:
    assert names(ev(env, "/data/state | /data/age | /data/state")) == ["20", "ke"]
    assert names(ev(env, "//mage[. > 40] | //mname[. = 'Ali'] | /data/hh[2]/member/mage")) == ["Ali", "30", "41", "63"]
    both = ev(env, "/data/state | instance('cities')/root/item[1]/name")
    assert names(both) == ["ke", "nbo"]
    assert ev(env, "count(//member/.. | /data/hh)") == 3.0
    with pytest.raises(XPathError, match="node-set"):
        ev(env, "/data/age | 3")


def test_parent_step_from_many_nodes_is_sorted_and_unique(env: FakeEnv) -> None:
    assert names(ev(env, "//mname/../../hname")) == ["", "North", "South"]
    assert ev(env, "count(//*/..)") == 12.0  # the document root, data, 3 hh, 6 member, meta


def test_filter_expressions(env: FakeEnv) -> None:
    assert names(ev(env, "(/data/age | /data/dob)[2]")) == ["2000-02-29"]
    assert names(ev(env, "(//member)[last()]/mname")) == ["Ed"]
    with pytest.raises(XPathError, match="node-set"):
        ev(env, "concat('a', 'b')/x")
    with pytest.raises(XPathError, match="node-set"):
        ev(env, "('a')[1]")


def test_secondary_instance_with_current(env: FakeEnv) -> None:
    city = at(env, "/data/city")
    expr = "instance('cities')/root/item[state = current()/../state]/label"
    assert names(ev(env, expr, node=city)) == ["Nairobi", "Mombasa"]
    assert ev(env, "instance('cities')/root/item[name = current()]/label", node=city) == [
        at(env, "instance('cities')/root/item[2]/label")
    ]
    # absolute paths inside the predicate still address the main instance
    assert names(ev(env, "instance('cities')/root/item[state = /data/state][last()]/name")) == ["msa"]
    assert ev(env, "count(instance('cities')/root/item)") == 3.0
    assert ev(env, "instance('nope')/root/item") == []
    # current() is the node of the outermost context, even when `current` was left None
    assert ev(env, "current()", node=city) == [city]
    other = at(env, "/data/age")
    assert ev(env, "current()", node=city, current=other) == [other]


def test_context_free_predicate_parts_give_item_by_item_answers(env: FakeEnv) -> None:
    # Parts that do not depend on the item (absolute paths, current(), constant calls) are computed
    # once per list; the answers must be what item-by-item evaluation gives.
    cities = "instance('cities')/root/item"
    assert names(ev(env, f"{cities}[state = /data/state]/name")) == ["nbo", "msa"]
    assert names(ev(env, f"{cities}[/data/state = state]/name")) == ["nbo", "msa"]
    assert names(ev(env, f"{cities}[state != /data/state]/name")) == ["kla"]
    assert names(ev(env, f"{cities}[state = /data/hh/hname]/name")) == []
    assert names(ev(env, f"{cities}[/data/hh[3]/member/mname = 'Ed']/name")) == ["nbo", "msa", "kla"]
    assert names(ev(env, f"{cities}[/data/div - 2]/name")) == ["msa"]  # a number: the position
    assert names(ev(env, f"{cities}[position() = /data/mod]/name")) == ["kla"]
    assert names(ev(env, f"{cities}[not(state = /data/state) or name = /data/city]/name")) == ["msa", "kla"]
    assert names(ev(env, "//member[mage > /data/age and mname != /data/hh[2]/member[1]/mname]/mname")) == [
        "Bea",
        "Ed",
    ]
    # relative parts stay per item, even beside a context-free part
    assert names(ev(env, "//member[mage = ../member[1]/mage and /data/age = 20]/mname")) == ["", "Ali", "Cy"]
    city = at(env, "/data/city")
    assert names(ev(env, f"{cities}[state = current()/../state and name != current()]/label", node=city)) == ["Nairobi"]
    # the same compiled expression on another list gets fresh values
    expr = compile_xpath(f"{cities}[state = /data/state]/name")
    assert names(expr.evaluate(Context(data(env), env))) == ["nbo", "msa"]
    at(env, "/data/state").value = "ug"
    assert names(expr.evaluate(Context(data(env), env))) == ["kla"]


def test_context_free_call_in_a_predicate_runs_once_per_list(env: FakeEnv) -> None:
    env.label_calls = 0
    found = ev(env, "instance('cities')/root/item[label != jr:choice-name(/data/state, '/data/state')]/name")
    assert names(found) == ["nbo", "msa", "kla"]
    assert env.label_calls == 1


def test_current_inside_nested_predicates(env: FakeEnv) -> None:
    hh = at(env, "/data/hh[3]")
    expr = "/data/hh[hname = current()/hname]/member[mname = current()/member[3]/mname]/mage"
    assert names(ev(env, expr, node=hh)) == ["63"]


# ---------------------------------------------------------------------------------------- functions


def test_string_functions(env: FakeEnv) -> None:
    assert ev(env, "concat('a', 1, true(), /data/age)") == "a1true20"
    assert ev(env, "concat('only')") == "only"
    assert ev(env, "string-length('María')") == 5.0
    assert ev(env, "string-length()", node=at(env, "/data/name")) == 9.0
    assert ev(env, "normalize-space('  a \t b\n c  ')") == "a b c"
    assert ev(env, "normalize-space()", node=at(env, "/data/colors")) == "red blue green"
    assert ev(env, "contains(/data/name, 'Mar')") is True
    assert ev(env, "contains('abc', '')") is True
    assert ev(env, "starts-with('abc', 'ab')") is True
    assert ev(env, "starts-with('abc', 'b')") is False
    assert ev(env, "ends-with('abc', 'bc')") is True
    assert ev(env, "ends-with('abc', 'a')") is False
    assert ev(env, "substring-before('1999/04/01', '/')") == "1999"
    assert ev(env, "substring-before('abc', 'x')") == ""
    assert ev(env, "substring-after('1999/04/01', '/')") == "04/01"
    assert ev(env, "substring-after('abc', '')") == "abc"
    assert ev(env, "translate('bar', 'abc', 'ABC')") == "BAr"
    assert ev(env, "translate('--aaa--', 'abc-', 'ABC')") == "AAA"
    assert ev(env, "translate('abc', 'aa', 'xy')") == "xbc"


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("substring('12345', 2, 3)", "234"),
        ("substring('12345', 2)", "2345"),
        ("substring('12345', 1.5, 2.6)", "234"),
        ("substring('12345', 0, 3)", "12"),
        ("substring('12345', 0 div 0, 3)", ""),
        ("substring('12345', 1, 0 div 0)", ""),
        ("substring('12345', -42, 1 div 0)", "12345"),
        ("substring('12345', -1 div 0, 1 div 0)", ""),
        ("substr('hello', 1)", "ello"),
        ("substr('hello', 1, 3)", "el"),
        ("substr('hello', 0, 10)", "hello"),
        ("substr('hello', -3)", "llo"),
        ("substr('hello', 4, 2)", ""),
    ],
)
def test_substring_and_substr(env: FakeEnv, expr: str, expected: str) -> None:
    assert ev(env, expr) == expected


def test_select_functions(env: FakeEnv) -> None:
    colors = at(env, "/data/colors")
    assert ev(env, "selected(/data/colors, 'blue')") is True
    assert ev(env, "selected(/data/colors, ' green ')") is True
    assert ev(env, "selected(/data/colors, 'gre')") is False
    assert ev(env, "selected(/data/colors, '')") is False
    assert ev(env, "selected(., 'red')", node=colors) is True
    assert ev(env, "count-selected(/data/colors)") == 3.0
    assert ev(env, "count-selected(/data/empty)") == 0.0
    assert ev(env, "selected-at(/data/colors, 0)") == "red"
    assert ev(env, "selected-at(/data/colors, 2)") == "green"
    assert ev(env, "selected-at(/data/colors, 3)") == ""
    assert ev(env, "selected-at(/data/colors, -1)") == ""
    assert ev(env, "join(', ', //hh/hname[. != ''])") == "North, South"
    assert ev(env, "join('-', 'a', /data/age, //mage[. > 40])") == "a-20-41-63"
    assert ev(env, "join(',')") == ""


def test_regex_and_boolean_from_string(env: FakeEnv) -> None:
    assert ev(env, r"regex(/data/age, '^\d+$')") is True
    assert ev(env, r"regex(/data/name, '^\d+$')") is False
    assert ev(env, "regex('abc', 'b')") is True  # search semantics
    with pytest.raises(XPathError, match="invalid regular expression"):
        ev(env, "regex('x', concat('(', ''))")
    with pytest.raises(XPathError, match="invalid regular expression"):
        compile_xpath("regex(., '(')")  # literal patterns are checked at compile time
    assert ev(env, "boolean-from-string('true')") is True
    assert ev(env, "boolean-from-string('1')") is True
    assert ev(env, "boolean-from-string('0')") is False
    assert ev(env, "boolean-from-string('yes')") is False
    assert ev(env, "boolean-from-string(/data/empty)") is False


def test_node_set_functions(env: FakeEnv) -> None:
    assert ev(env, "count(//member)") == 6.0
    assert ev(env, "count(/data/nothing)") == 0.0
    assert ev(env, "count-non-empty(//mage)") == 4.0
    assert ev(env, "sum(/data/hh[2]//mage)") == 71.0
    assert ev(env, "sum(/data/nothing)") == 0.0
    assert ev(env, "sum(//mage)") == 141.0  # empty values are left out, as JavaRosa (ODK Collect) adds
    with pytest.raises(XPathError, match="count"):
        ev(env, "count('abc')")
    assert ev(env, "name(/data/hh[2])") == "hh"
    assert ev(env, "name()", node=at(env, "/data/age")) == "age"
    assert ev(env, "name(/)") == ""
    assert ev(env, "local-name(/data/meta)") == "meta"
    assert ev(env, "name(/data/nothing)") == ""


def test_position_and_last(env: FakeEnv) -> None:
    assert ev(env, "position()") == 1.0
    assert ev(env, "position()", position=4, size=9) == 4.0
    assert ev(env, "last()", position=4, size=9) == 9.0
    mage = at(env, "/data/hh[3]/member[3]/mage")
    assert ev(env, "position(../..)", node=mage) == 3.0  # third <hh>, template included
    assert ev(env, "position(..)", node=mage) == 3.0
    assert ev(env, "position(.)", node=mage) == 1.0
    assert ev(env, "position(/data/age)") == 1.0
    assert is_nan(ev(env, "position(/data/nothing)"))
    assert ev(env, "/data/hh[3]/member[position(.) = 2]/mname = 'Di'") is True


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("floor(2.7)", 2.0),
        ("floor(-2.2)", -3.0),
        ("ceiling(2.1)", 3.0),
        ("ceiling(-2.7)", -2.0),
        ("round(2.5)", 3.0),
        ("round(-2.5)", -3.0),  # half away from zero
        ("round(2.4999)", 2.0),
        ("1 div round(-0.4)", math.inf),
        ("round(0.49999999999999994)", 0.0),
        ("round(1.005, 2)", 1.01),
        ("round(2.675, 2)", 2.68),
        ("round(-1.25, 1)", -1.3),
        ("round(1234.5678, -2)", 1200.0),
        ("int(2.9)", 2.0),
        ("int(-2.9)", -2.0),
        ("abs(-4)", 4.0),
        ("pow(2, 10)", 1024.0),
        ("pow(2, -1)", 0.5),
        ("pow(0, -1)", math.inf),
        ("pow(10, 400)", math.inf),
        ("exp(0)", 1.0),
        ("exp10(3)", 1000.0),
        ("log(1)", 0.0),
        ("log(0)", -math.inf),
        ("log10(1000)", 3.0),
        ("sqrt(16)", 4.0),
        ("sin(0)", 0.0),
        ("cos(0)", 1.0),
        ("tan(0)", 0.0),
        ("asin(1) * 2 = pi()", True),
        ("acos(1)", 0.0),
        ("atan(1) * 4 = pi()", True),
        ("atan2(1, 1) * 4 = pi()", True),
        ("min(3, 1, 2)", 1.0),
        ("max(3, 1, 2)", 3.0),
        ("max(/data/hh[2]//mage, 35)", 41.0),
        ("min(/data/hh[2]//mage, /data/age)", 20.0),
        ("min('2', '10')", 2.0),
        ("floor(1 div 0)", math.inf),
    ],
)
def test_numeric_functions(env: FakeEnv, expr: str, expected: object) -> None:
    assert ev(env, expr) == expected


@pytest.mark.parametrize(
    "expr",
    [
        "sqrt(-1)",
        "log(-1)",
        "asin(2)",
        "pow(-8, 0.5)",
        "min('x')",
        "max(/data/nothing)",
        "max(/data/empty)",
        "round(0 div 0)",
    ],
)
def test_numeric_functions_nan(env: FakeEnv, expr: str) -> None:
    assert is_nan(ev(env, expr))


def test_random_and_uuid(env: FakeEnv) -> None:
    r = ev(env, "random()")
    assert isinstance(r, float) and 0.0 <= r < 1.0
    u = ev(env, "uuid()")
    assert isinstance(u, str) and re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u
    )
    assert u != ev(env, "uuid()")
    short = ev(env, "uuid(12)")
    assert isinstance(short, str) and re.fullmatch(r"[A-Za-z0-9]{12}", short)
    assert ev(env, "uuid(0)") == ""


def test_if_coalesce_once(env: FakeEnv) -> None:
    assert ev(env, "if(../age >= 18, 1, 0)", node=at(env, "/data/name")) == 1.0
    assert ev(env, "if(/data/age < 18, 'minor', 'adult')") == "adult"
    assert ev(env, "if(/data/empty, 'y', 'n')") == "y"  # node exists
    assert ev(env, "if(string(/data/empty), 'y', 'n')") == "n"
    # coalesce() returns the argument itself (here a node-set), as JavaRosa does: its value is the node's.
    assert names(ev(env, "coalesce(/data/empty, /data/state)")) == ["ke"]
    assert names(ev(env, "coalesce(/data/age, /data/state)")) == ["20"]
    assert ev(env, "coalesce(/data/nothing, '')") == ""
    age = at(env, "/data/age")
    empty = at(env, "/data/empty")
    assert ev(env, "once(concat('x', 'y'))", node=age) == "20"  # already has a value: kept
    assert ev(env, "once(concat('x', 'y'))", node=empty) == "xy"
    assert ev(env, "once(/data/state)", node=empty) == "ke"
    assert ev(env, "once(2 + 3)", node=empty) == 5.0


def test_if_coalesce_once_are_lazy(env: FakeEnv) -> None:
    # the branch not taken would raise (path step on a string) or call the environment
    assert ev(env, "if(true(), 'ok', concat('a', 'b')/x)") == "ok"
    assert ev(env, "if(false(), concat('a', 'b')/x, 'ok')") == "ok"
    assert ev(env, "if(1 = 2, jr:choice-name('ke', /data/state), 'skip')") == "skip"
    assert ev(env, "coalesce('set', jr:choice-name('ke', /data/state))") == "set"
    assert ev(env, "once(jr:choice-name('ke', /data/state))", node=at(env, "/data/age")) == "20"
    assert env.label_calls == 0
    with pytest.raises(XPathError):
        ev(env, "if(false(), 'ok', concat('a', 'b')/x)")


def test_choice_name(env: FakeEnv) -> None:
    assert ev(env, "jr:choice-name( /data/state , ' /data/state ')") == "Kenya"  # as pyxform writes it
    assert ev(env, "jr:choice-name('ug', concat('/data/', 'state'))") == "Uganda"  # a computed path string
    assert ev(env, "jr:choice-name('ug', '../state')", node=at(env, "/data/city")) == "Uganda"
    assert ev(env, "jr:choice-name(/data/state, /data/state)") == "Kenya"
    assert ev(env, "jr:choice-name('ug', /data/state)") == "Uganda"
    assert ev(env, "jr:choice-name('xx', /data/state)") == ""
    assert ev(env, "jr:choice-name('ke', /data/nothing)") == ""
    assert ev(env, "jr:choice-name('ke', '/data/nothing')") == ""
    assert env.label_calls == 6


def test_choice_name_path_argument_must_be_a_path(env: FakeEnv) -> None:
    with pytest.raises(XPathError, match="node-set"):
        ev(env, "jr:choice-name('ke', 3)")
    with pytest.raises(XPathError, match=r"jr:choice-name\(\) path '/data/': expected a node test") as info:
        compile_xpath("1 + jr:choice-name('ke', '/data/')")
    assert info.value.position == 5


def test_indexed_repeat_nested(env: FakeEnv) -> None:
    # plain absolute paths (as pyxform writes them)
    e = "indexed-repeat(/data/hh/member/mname, /data/hh, 3, /data/hh/member, 2)"
    assert names(ev(env, e)) == ["Di"]
    assert names(ev(env, "indexed-repeat(/data/hh/member/mname, /data/hh, 2, /data/hh/member, 2)")) == ["Bea"]
    assert names(ev(env, "indexed-repeat(/data/hh/hname, /data/hh, 1 + 2)")) == ["South"]
    assert ev(env, "indexed-repeat(/data/hh/member/mage, /data/hh, 3, /data/hh/member, 3) * 2") == 126.0
    assert ev(env, "indexed-repeat(/data/hh/hname, /data/hh, 4)") == []
    assert ev(env, "indexed-repeat(/data/hh/hname, /data/hh, 0)") == []
    assert ev(env, "indexed-repeat(/data/hh/member/mname, /data/hh, 2, /data/hh/member, 3)") == []
    # index taken from another node; relative and predicate paths take the general route
    mage = at(env, "/data/hh[3]/member[1]/mage")
    rel = "indexed-repeat(/data/hh/member/mname, ../../../hh[hname != 'x'], 2, ../../../hh/member, position(..))"
    assert names(ev(env, rel, node=mage)) == ["Ali"]
    assert names(ev(env, "indexed-repeat(//mname, /data/hh, 3, //member, 3)")) == ["Ed"]


def test_instance_and_current(env: FakeEnv) -> None:
    assert ev(env, "instance('cities')") == [env.instances["cities"]]
    assert ev(env, "instance('nope')") == []
    assert names(ev(env, "instance('cities')/root/item[3]/label")) == ["Kampala"]
    assert names(ev(env, "instance('cities')//item[state = 'ug']/name")) == ["kla"]
    age = at(env, "/data/age")
    assert names(ev(env, "current()/../state", node=age)) == ["ke"]


# --------------------------------------------------------------------------------------------- dates


def test_today_now_and_date_comparisons(env: FakeEnv) -> None:
    assert ev(env, "today()") == "2024-03-15"
    assert ev(env, "now()") == "2024-03-15T10:30:45.123+03:00"
    dob = at(env, "/data/dob")
    assert ev(env, ". < today()", node=dob) is True
    assert ev(env, ". > today()", node=dob) is False
    assert ev(env, ". <= '2000-02-29'", node=dob) is True
    assert ev(env, ". = '2000-02-29'", node=dob) is True
    assert ev(env, ". = '2000-2-29'", node=dob) is False  # `=` on strings is string equality
    assert ev(env, "/data/visit < now()") is True
    assert ev(env, "/data/visit > today()") is True  # 06:30Z on the 15th is after the 15th's midnight
    assert ev(env, "'2024-03-15T02:00:00+03:00' < '2024-03-15'") is True  # 23:00Z on the 14th
    assert ev(env, "today() - /data/dob") == 8781.0
    assert ev(env, "(today() - /data/dob) div 365.25 >= 18") is True
    assert ev(env, "'1970-01-02' + 1") == 2.0
    assert ev(env, "max('2020-01-01', '2019-12-31')") == 18262.0


def test_date_text_in_an_untyped_node_is_not_a_number(env: FakeEnv) -> None:
    """As JavaRosa (ODK Collect): only a date or dateTime question's value counts as days since
    1970; the same text in a string answer or a secondary instance is not a number (XPath 1.0)."""
    name = at(env, "/data/name")
    name.value = "2026-01-15"
    assert math.isnan(ev(env, "2 * /data/name"))
    assert math.isnan(ev(env, "number(/data/name)"))
    assert math.isnan(ev(env, "today() - /data/name"))
    assert ev(env, "/data/name < today()") is False and ev(env, "/data/name > 5") is False
    assert ev(env, "/data/name = '2026-01-15'") is True  # `=` on strings is still string equality
    # Functions that read a date read it from any text.
    assert ev(env, "decimal-date-time(/data/name)") == 20468.0
    assert ev(env, "date(/data/name) + 1") == 20469.0
    # The typed question keeps its days.
    assert ev(env, "/data/dob + 1") == 11017.0
    dob = at(env, "/data/dob")
    dob.bind = None
    assert math.isnan(ev(env, "/data/dob + 1"))


def test_date_conversion_functions(env: FakeEnv) -> None:
    assert ev(env, "decimal-date-time('1970-01-02T12:00:00Z')") == 1.5
    assert ev(env, "decimal-date-time('1970-01-02T12:00:00.000+03:00')") == 1.375
    assert ev(env, "decimal-date-time('1970-01-02T12:00:00')") == 1.5  # no offset: UTC
    assert ev(env, "decimal-date('2000-01-01')") == 10957.0
    assert ev(env, "decimal-date(3)") == 3.0
    assert is_nan(ev(env, "decimal-date('not a date')"))
    assert is_nan(ev(env, "decimal-date('2023-02-30')"))
    assert ev(env, "date(0)") == "1970-01-01"
    assert ev(env, "date(19797.9)") == "2024-03-15"
    assert ev(env, "date('2000-02-29')") == "2000-02-29"
    assert ev(env, "date(/data/visit)") == "2024-03-15"
    assert ev(env, "date('2024-03-14T22:00:00Z')") == "2024-03-15"  # local date (UTC+3)
    assert ev(env, "date(today() + 1)") == "2024-03-16"
    assert ev(env, "date('19797')") == "2024-03-15"
    assert ev(env, "date('garbage')") == ""
    assert ev(env, "date-time(0.5)") == "1970-01-01T15:00:00.000+03:00"
    assert ev(env, "date-time('2024-03-15')") == "2024-03-15T00:00:00.000+03:00"
    assert ev(env, "date-time(/data/visit)") == "2024-03-15T09:30:00.000+03:00"
    assert ev(env, "decimal-date-time(date-time(19797.25))") == 19797.25
    assert ev(env, "date-time('x')") == ""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("format-date('2024-03-05', '%Y/%m/%d')", "2024/03/05"),
        ("format-date('2024-03-05', '%y %n %e %b %a')", "24 3 5 Mar Tue"),
        ("format-date(/data/dob, '%e %b %Y')", "29 Feb 2000"),
        ("format-date(/data/visit, '%Y-%m-%d %H:%M')", "2024-03-15 00:00"),  # format-date drops the time
        ("format-date(0, '%Y-%m-%d')", "1970-01-01"),
        ("format-date('', '%Y')", ""),
        ("format-date('nope', '%Y')", ""),
        ("format-date('2024-03-05', '100%% %q')", "100% %q"),
        ("format-date-time(/data/visit, '%Y-%m-%d %H:%M:%S.%3')", "2024-03-15 09:30:00.000"),
        ("format-date-time('2024-03-15T06:30:00.250Z', '%h:%M:%S.%3')", "9:30:00.250"),  # shown in local time
        ("format-date-time(now(), '%a %e %b %H:%M')", "Fri 15 Mar 10:30"),
        ("format-date-time('07:05:09.000+03:00', '%h %H %M %S')", "7 07 05 09"),
        ("format-date-time(0.5, '%Y-%m-%d %H:%M')", "1970-01-01 15:00"),
    ],
)
def test_format_date(env: FakeEnv, expr: str, expected: str) -> None:
    assert ev(env, expr) == expected


# ------------------------------------------------------------------------------------ compile errors


@pytest.mark.parametrize(
    ("expr", "message", "position"),
    [
        ("foo(1)", "unknown function foo()", 1),
        ("1 + bar:baz()", "unknown function bar:baz()", 5),
        ("lower-case('X')", "unsupported function lower-case()", 1),
        ("1 + sort('b a')", "unsupported function sort()", 5),
        ("property('imei')", "property() knows no property 'imei' (it knows deviceid, username", 1),
        ("version(1)", "function version() takes 0 arguments, got 1", 1),
        ("1 + enclosed-area(/data/geo)", "unknown function enclosed-area()", 5),
        ("pulldata('x', 'y', 'z')", "function pulldata() takes 4 arguments, got 3", 1),
        ("x + digest(/data/x, 'SHA-3')", "digest() has no algorithm 'SHA-3'", 5),
        ("digest(/data/x, 'md5', 'base32')", "digest() has no encoding 'base32'", 1),
        ("weighted-checklist(1, 2, true())", "weighted-checklist() needs its factors and weights in pairs", 1),
        ("1 +", "unexpected end of expression", 4),
        ("(1 + 2", "expected ')'", 7),
        ("/data/age ]", "unexpected ']'", 11),
        ("/data/age = 'x", "unterminated string literal", 13),
        ("1 2", "unexpected '2'", 3),
        ("age foo", "expected an operator, found 'foo'", 5),
        ("ancestor::data", "unsupported axis 'ancestor'", 1),
        ("/data/nope::x", "unknown axis 'nope'", 7),
        ("$foo + 1", "variable references are not supported", 1),
        ("", "empty expression", 1),
        ("1 # 2", "unexpected character '#'", 3),
        ("/data/", "expected a node test", 7),
        ("/data//", "expected a node test", 8),
        ("substr('a')", "function substr() takes 2 to 3 arguments, got 1", 1),
        ("today(1)", "function today() takes 0 arguments, got 1", 1),
        ("if(1, 2)", "function if() takes 3 arguments, got 2", 1),
        ("concat()", "function concat() takes at least 1 argument", 1),
        ("x + indexed-repeat(/a, /b, 1, /c)", "indexed-repeat() takes a path then (repeat, index) pairs", 5),
        ("comment()", "unsupported node test comment()", 1),
    ],
)
def test_compile_errors_name_problem_and_position(expr: str, message: str, position: int) -> None:
    with pytest.raises(XPathError) as info:
        compile_xpath(expr)
    assert message in str(info.value)
    assert info.value.position == position
    assert f"at position {position}" in str(info.value)
    assert repr(expr) in str(info.value)


def test_functions_table() -> None:
    expected = {
        "boolean", "not", "true", "false", "number", "string", "concat", "string-length", "normalize-space",
        "contains", "starts-with", "ends-with", "substring", "substring-before", "substring-after", "substr",
        "translate", "count", "sum", "floor", "ceiling", "round", "int", "abs", "pow", "exp", "exp10", "log",
        "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "pi", "min", "max", "position",
        "last", "name", "local-name", "if", "coalesce", "selected", "count-selected", "selected-at", "join",
        "regex", "boolean-from-string", "once", "uuid", "random", "today", "now", "date", "date-time",
        "decimal-date", "decimal-date-time", "format-date", "format-date-time", "jr:choice-name",
        "indexed-repeat", "instance", "current", "count-non-empty", "area", "distance", "geofence", "digest",
        "base64-decode", "randomize", "pulldata", "checklist", "weighted-checklist", "decimal-time", "jr:itext",
        "version", "extract-signed", "property",
    }  # fmt: skip
    assert set(FUNCTIONS) == expected
    assert FUNCTIONS["concat"] == (1, None)
    assert FUNCTIONS["round"] == (1, 2)
    assert FUNCTIONS["indexed-repeat"] == (3, None)
    assert FUNCTIONS["uuid"] == (0, 1)


# ------------------------------------------------------------------------------------ references etc.


def test_references_and_functions() -> None:
    e = compile_xpath("if(../age >= 18, 1, 0)")
    assert e.source == "if(../age >= 18, 1, 0)"
    assert e.references() == ["../age"]
    assert e.functions() == {"if"}
    assert compile_xpath(". >= 0 and . < 20").references() == ["."]
    assert compile_xpath("/data/age + ../name * .").references() == ["/data/age", "../name", "."]
    e = compile_xpath(
        "jr:choice-name(/data/state, '/data/state') != instance('cities')/root/item[name = current()/../city]/label"
    )
    assert e.references() == [
        "/data/state",
        "instance('cities')/root/item[name = current()/../city]/label",
        "name",
        "current()/../city",
    ]
    assert e.functions() == {"jr:choice-name", "instance", "current"}
    e = compile_xpath("count(/data/hh[position() > 1]) + position(..) + sum(//mage | /data/x/@id)")
    assert e.references() == ["/data/hh[position() > 1]", "..", "//mage", "/data/x/@id"]
    assert e.functions() == {"count", "position", "sum"}
    assert compile_xpath("concat('a', 1)").references() == []
    assert compile_xpath("(/a | /b)[1]/c").references() == ["(/a | /b)[1]/c", "/a", "/b"]


def test_compile_is_cached_and_references_are_copies() -> None:
    e = compile_xpath("/data/age + 1")
    assert compile_xpath("/data/age + 1") is e
    e.references().append("junk")
    e.functions().add("junk")
    assert e.references() == ["/data/age"]
    assert e.functions() == set()


def test_unicode_and_hyphenated_names() -> None:
    doc = tree("<data><nom-de_famille>Ngũgĩ</nom-de_famille><उम्र>9</उम्र><a.b>1</a.b></data>")
    ctx = Context(doc.children[0], None)  # type: ignore[arg-type]  # no env needed for relative paths
    assert compile_xpath("nom-de_famille").evaluate(ctx)[0].text() == "Ngũgĩ"  # type: ignore[index]
    assert compile_xpath("उम्र + 1").evaluate(ctx) == 10.0
    assert compile_xpath("a.b - 1").evaluate(ctx) == 0.0
    assert compile_xpath("'x' = \"x\"").evaluate(ctx) is True


# ----------------------------------------------------------------------------------------- properties


@given(st.integers(min_value=-(2**53), max_value=2**53))
def test_integer_number_string_round_trip(i: int) -> None:
    s = to_string(float(i))
    assert s == str(i)
    assert to_number(s) == float(i)
    assert compile_xpath(f"number(string({s}))").evaluate(Context(N("x"), None)) == float(i)  # type: ignore[arg-type]


@given(st.lists(st.text(max_size=8).filter(lambda s: "'" not in s), min_size=1, max_size=5))
def test_concat_of_random_strings(parts: list[str]) -> None:
    expr = "concat(" + ", ".join(f"'{p}'" for p in parts) + ")"
    assert compile_xpath(expr).evaluate(Context(N("x"), None)) == "".join(parts)  # type: ignore[arg-type]


def _reference_eval(node: ast.AST) -> float:
    """Evaluate a Python AST (whose parser fixed the precedence) with XPath number semantics."""
    if isinstance(node, ast.Expression):
        return _reference_eval(node.body)
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_reference_eval(node.operand)
    assert isinstance(node, ast.BinOp)
    a, b = _reference_eval(node.left), _reference_eval(node.right)
    if isinstance(node.op, ast.Add):
        return a + b
    if isinstance(node.op, ast.Sub):
        return a - b
    if isinstance(node.op, ast.Mult):
        return a * b
    if isinstance(node.op, ast.Div):
        if b == 0:
            return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * math.copysign(1.0, b)
        return a / b
    assert isinstance(node.op, ast.Mod)
    return math.nan if b == 0 or math.isinf(a) else math.fmod(a, b)


_OPS = {"+": "+", "-": "-", "*": "*", "div": "/", "mod": "%"}


@given(
    st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=7),
    st.lists(st.sampled_from(list(_OPS)), min_size=6, max_size=6),
    st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_arithmetic_precedence_matches_python(nums: list[int], ops: list[str], negate: list[bool]) -> None:
    xpath, python = [], []
    for k, n in enumerate(nums):
        if k:
            xpath.append(ops[k - 1])
            python.append(_OPS[ops[k - 1]])
        term = f"-{n}" if negate[k] else str(n)
        xpath.append(term)
        python.append(term)
    got = compile_xpath(" ".join(xpath)).evaluate(Context(N("x"), None))  # type: ignore[arg-type]
    want = _reference_eval(ast.parse(" ".join(python), mode="eval"))
    assert isinstance(got, float)
    assert got == want or (math.isnan(got) and math.isnan(want))
