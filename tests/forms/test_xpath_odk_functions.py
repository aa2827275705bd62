"""The ODK functions real XLSForms use (coalesce, area, distance, geofence, digest, base64-decode,
randomize, pulldata, checklist, weighted-checklist), each against the numbers JavaRosa's own tests
pin (GeoUtilsTest, FisherYatesExamplesTest, RandomizeTypesTest, XPathFuncAsSomethingTest) or values
worked out by hand from its algorithm, on the small instance tree of test_xpath.py and, end to end,
on XLSForms through the real engine."""

from __future__ import annotations

import base64
import math
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.forms.geodesy import EARTH_RADIUS_M, area_m2, inside, length_m
from app.forms.model import FormError
from app.forms.xpath import XPathError, compile_xpath
from tests.forms.builders import open_form, values
from tests.forms.test_xpath import FakeEnv, ev, is_nan, names, tree

# JavaRosa's GeoUtilsTest: three plots in Patras drawn on mapdevelopers.com, with the area (m²) and
# path length (m) JavaRosa must give within 0.5.
PATH1 = [
    (38.253094215699576, 21.756382658677467),
    (38.25021274773806, 21.756382658677467),
    (38.25007793942195, 21.763892843919166),
    (38.25290886154963, 21.763935759263404),
    (38.25146813817506, 21.758421137528785),
]
PATH2 = [
    (38.25304740874071, 21.75644703234866),
    (38.25308110946615, 21.763377860443143),
    (38.25078942453431, 21.763399318115262),
    (38.25090738066984, 21.756640151397733),
    (38.25197740258244, 21.75892539347842),
]
PATH3 = [
    (38.252845204059824, 21.763313487426785),
    (38.25303055837213, 21.755867675201443),
    (38.25072202094234, 21.755803302185086),
    (38.25062091543717, 21.76294870700076),
    (38.25183417221606, 21.75692982997134),
]
FENCE = [*PATH1, PATH1[0]]  # JavaRosa's geofence tests: PATH1 closed


def text(points: list[tuple[float, float]]) -> str:
    return ";".join(f"{lat} {lon}" for lat, lon in points)


@pytest.fixture
def env() -> FakeEnv:
    return FakeEnv()


# ------------------------------------------------------------------------------------------ coalesce


def test_coalesce_keeps_the_type_of_the_argument_it_returns(env: FakeEnv) -> None:
    # The REACH fault: selected() is a boolean; made a string "false" it was true and NaN.
    assert ev(env, "coalesce(selected(/data/colors, 'pink'), 0)") is False
    assert ev(env, "coalesce(selected(/data/colors, 'blue'), 0)") is True
    assert ev(env, "/data/age + coalesce(selected(/data/colors, 'pink'), 0)") == 20.0
    assert ev(env, "/data/age + coalesce(selected(/data/colors, 'blue'), 0)") == 21.0
    assert ev(env, "boolean(coalesce(selected(/data/colors, 'pink'), 0))") is False
    assert ev(env, "coalesce(/data/empty, 7) * 2") == 14.0  # blank node: the second, a number
    assert ev(env, "coalesce(0 div 0, 'n')") == "n"  # NaN is no value, as in JavaRosa
    assert ev(env, "coalesce(0, 'n')") == 0.0  # zero is a value


@given(st.text(alphabet="abc '", max_size=6), st.text(alphabet="xyz", max_size=6))
def test_coalesce_of_two_strings_is_the_first_unless_it_is_empty(a: str, b: str) -> None:
    env = FakeEnv()
    quote = lambda s: "'" + s + "'" if "'" not in s else '"' + s + '"'  # noqa: E731
    assert ev(env, f"coalesce({quote(a)}, {quote(b)})") == (a if a != "" else b)


REACH_FORM_HEADER = ["type", "name", "label", "calculation", "choice_filter"]


def test_reach_pattern_summed_over_repeat_members(tmp_path: Path) -> None:
    """`${a} + coalesce(selected(${q}, 'x'), 0)` per member, summed: each member counts its `a`
    plus one when it ticked `x`; a member who did not tick it adds its `a` alone (not NaN)."""
    survey = [
        REACH_FORM_HEADER,
        ["begin_repeat", "member", "Member", "", ""],
        ["integer", "a", "A", "", ""],
        ["select_multiple needs", "q", "Needs", "", ""],
        ["calculate", "score", "", "${a} + coalesce(selected(${q}, 'x'), 0)", ""],
        ["end_repeat", "", "", "", ""],
        ["calculate", "total", "", "sum(${score})", ""],
    ]
    choices = [["list_name", "name", "label"], ["needs", "x", "Shelter"], ["needs", "y", "Food"]]
    inst = open_form(tmp_path, survey, choices)
    inst.add_repeat("/data/member", 2)  # a form opens with one member: three in all
    for i, (a, q) in enumerate([("2", "x"), ("5", "y"), ("1", "x y")], start=1):
        inst.set_value(f"/data/member[{i}]/a", a)
        inst.set_value(f"/data/member[{i}]/q", q)
    got = values(inst)
    assert [got[f"/data/member[{i}]/score"] for i in (1, 2, 3)] == ["3", "5", "2"]
    assert got["/data/total"] == "10"


# --------------------------------------------------------------------------------- area, distance


@pytest.mark.parametrize(
    ("points", "area", "length"), [(PATH1, 151_452, 1_801), (PATH2, 122_755, 1_685), (PATH3, 93_912, 2_076)]
)
def test_area_and_distance_match_javarosa(
    env: FakeEnv, points: list[tuple[float, float]], area: int, length: int
) -> None:
    got_area = ev(env, f"area('{text(points)}')")
    got_length = ev(env, f"distance('{text(points)}')")
    assert isinstance(got_area, float) and abs(got_area - area) <= 0.5
    assert isinstance(got_length, float) and abs(got_length - length) <= 0.5


def test_distance_along_the_equator_and_at_the_pole(env: FakeEnv) -> None:
    circumference = 2 * math.pi * EARTH_RADIUS_M
    assert ev(env, "distance('0 0', '0 1')") == pytest.approx(circumference / 360, abs=1e-6)
    assert ev(env, "distance('0 0; 0 90')") == pytest.approx(circumference / 4, abs=1e-6)
    assert ev(env, "distance('90 0', '90 1')") == pytest.approx(0, abs=1e-6)
    assert ev(env, "distance('1 2', '1 2')") == 0.0  # the same point twice: 0 m, never NaN


def test_area_and_distance_read_nodes_as_javarosa_does() -> None:
    points = "".join(f"<p>{lat} {lon} 100 5</p>" for lat, lon in PATH1)
    env = FakeEnv()
    env.root = tree(f"<data><shape>{text(FENCE)}</shape>{points}<blank/><bad>north</bad></data>")
    # One node holding a shape; several nodes holding a geopoint each (a repeat's locations).
    assert ev(env, "area(/data/shape)") == pytest.approx(area_m2(PATH1), rel=1e-12)
    assert ev(env, "area(/data/p)") == pytest.approx(area_m2(PATH1), rel=1e-12)
    assert ev(env, "distance(/data/p)") == pytest.approx(length_m(PATH1), rel=1e-12)
    assert ev(env, "distance(/data/p[1], /data/p[2], /data/p[3])") == pytest.approx(length_m(PATH1[:3]), rel=1e-12)
    assert ev(env, "area(/data/nothing)") == 0.0  # no node, no point
    assert ev(env, "area('1 2; 1 3')") == 0.0  # fewer than three points
    # A blank or unreadable value: no number (a blank answer), never an exception.
    for expr in ("area(/data/blank)", "area(/data/bad)", "distance(/data/blank)", "distance('1 2', 'x')"):
        assert is_nan(ev(env, expr)), expr
    assert is_nan(ev(env, "area(/data/p | /data/bad)"))


@given(
    st.lists(
        st.tuples(st.floats(-60, 60), st.floats(-170, 170)),
        min_size=3,
        max_size=8,
    )
)
def test_area_and_length_do_not_depend_on_the_direction_of_travel(corners: list[tuple[float, float]]) -> None:
    shape = [*corners, corners[0]]
    # The rounding of a sum of cross products of metre coordinates grows with the square of the
    # shape's size: a near-flat shape thousands of kilometres long has an area of 0 give or take
    # micro-square-metres either way round.
    slack = 1e-6 + 1e-15 * length_m(shape) ** 2
    assert area_m2(shape[::-1]) == pytest.approx(area_m2(shape), rel=1e-9, abs=slack)
    assert length_m(shape[::-1]) == pytest.approx(length_m(shape), rel=1e-9, abs=1e-6)
    assert area_m2(shape) >= 0


def test_a_rectangle_at_the_equator_has_its_planar_area() -> None:
    # 0.001° x 0.001° at the equator: JavaRosa's plane gives (0.001 · 2πR / 360)² · cos(0.001°).
    side = 0.001 * 2 * math.pi * EARTH_RADIUS_M / 360
    square = [(0.0, 0.0), (0.0, 0.001), (0.001, 0.001), (0.001, 0.0), (0.0, 0.0)]
    assert area_m2(square) == pytest.approx(side * side, rel=1e-6)


# ------------------------------------------------------------------------------------------ geofence


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (38.25081280703969, 21.760299116099116, True),
        (38.251790, 21.756845, True),
        (38.252062644683356, 21.758894013612437, False),
    ],
)
def test_geofence_matches_javarosa(env: FakeEnv, lat: float, lon: float, expected: bool) -> None:
    assert ev(env, f"geofence('{lat} {lon} 0 0', '{text(FENCE)}')") is expected
    assert inside((lat, lon), FENCE) is expected


def test_geofence_of_a_blank_or_unreadable_value_is_false(env: FakeEnv) -> None:
    assert ev(env, f"geofence('', '{text(FENCE)}')") is False
    assert ev(env, f"geofence('north', '{text(FENCE)}')") is False
    assert ev(env, "geofence('38.2508 21.7603', '')") is False


# ------------------------------------------------------------------------------ digest, base64-decode


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("digest('abc', 'MD5', 'hex')", "900150983cd24fb0d6963f7d28e17f72"),
        ("digest('abc', 'MD5')", "kAFQmDzST7DWlj99KOF/cg=="),  # base64 when no encoding is named
        ("digest('abc', 'SHA-1', 'hex')", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("digest('abc', 'sha-256', 'HEX')", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("digest('', 'SHA-256', 'base64')", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
        ("string-length(digest('abc', 'SHA-384', 'hex'))", 96.0),
        ("string-length(digest('abc', 'SHA-512', 'hex'))", 128.0),
        ("digest('é', 'MD5', 'hex')", "66ddcd97cfdeabb2f6fb8a999b4bc76f"),  # the UTF-8 bytes C3 A9
    ],
)
def test_digest(env: FakeEnv, expr: str, expected: object) -> None:
    assert ev(env, expr) == expected


def test_digest_refuses_an_unknown_algorithm_or_encoding() -> None:
    with pytest.raises(XPathError, match="no algorithm 'SHA-3'.*'SHA-256'"):
        compile_xpath("digest(/data/x, 'SHA-3')")
    with pytest.raises(XPathError, match="no encoding 'base32'.*'hex'"):
        compile_xpath("digest(/data/x, 'MD5', 'base32')")
    env = FakeEnv()
    with pytest.raises(XPathError, match="no algorithm 'ke'"):
        ev(env, "digest('a', /data/state)")  # named by an answer: refused when evaluated


def test_base64_decode(env: FakeEnv) -> None:
    # Web Forms' examples (corpus web-forms/base64-decode.xml).
    assert ev(env, "base64-decode('8J+lsA==')") == "🥰"
    assert ev(env, "base64-decode('SMOpbMOobmU=')") == "Hélène"
    assert ev(env, "base64-decode('')") == ""
    assert ev(env, "base64-decode('not base64!')") == ""  # not base64: blank, not an error
    assert ev(env, "base64-decode('/w==')") == "\ufffd"  # a byte that is not UTF-8


@given(st.text(max_size=40))
def test_base64_decode_undoes_base64(value: str) -> None:
    encoded = base64.b64encode(value.encode("utf-8", "surrogatepass")).decode("ascii")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return  # a lone surrogate is not text UTF-8 can carry
    assert ev(FakeEnv(), f"base64-decode('{encoded}')") == value


# ----------------------------------------------------------------------------------------- randomize

LETTERS = "<data>" + "".join(f"<i>{c}</i>" for c in "ABCDEF") + "<seed>42</seed><word>Hello</word></data>"


def shuffled(expr: str, xml: str = LETTERS) -> str:
    env = FakeEnv()
    env.root = tree(xml)
    got = ev(env, expr)
    return got if isinstance(got, str) else "".join(names(got))


@pytest.mark.parametrize(
    ("seed", "expected"),
    [("42", "AFCBDE"), ("-42", "EDAFBC"), ("1", "BFEACD"), ("11111111", "ACDBFE")],  # FisherYatesExamplesTest
)
def test_randomize_with_a_seed_gives_javarosas_order(seed: str, expected: str) -> None:
    assert shuffled(f"randomize(/data/i, {seed})") == expected


def test_randomize_seed_1_worked_by_hand() -> None:
    # ParkMiller(1): 16807, 16807² mod (2³¹-1) = 282475249, then 1622650073; each double is
    # (state - 1) / (2³¹ - 2): 0.0000078, 0.1315, 0.7556. Inside-out Fisher-Yates on A B C:
    # i=0: j=int(0.0000078·1)=0 -> [A]; i=1: j=int(0.1315·2)=0 -> B takes 0, A moves to 1 -> [B A];
    # i=2: j=int(0.7556·3)=2 -> [B A C].
    assert shuffled("randomize(/data/i, 1)", "<data><i>A</i><i>B</i><i>C</i></data>") == "BAC"


def test_randomize_seed_from_a_node_a_string_and_a_hash() -> None:
    assert shuffled("randomize(/data/i, /data/seed)") == "AFCBDE"  # the node's value, 42
    assert shuffled("randomize(/data/i, '42')") == "AFCBDE"
    assert shuffled("randomize(/data/i, 42.9)") == "AFCBDE"  # truncated, as Java's longValue()
    eight = "<data>" + "".join(f"<i>{c}</i>" for c in "abcdefgh") + "</data>"
    assert shuffled("randomize(/data/i, 1234)", eight) == "gfedahbc"  # RandomizeTypesTest
    assert shuffled("randomize(/data/i, '1234')", eight) == "gfedahbc"
    # A seed that is not a number: the first 8 bytes of its SHA-256 (toLongHash("Hello") is
    # 1756278180214341157 in XPathFuncAsSomethingTest), so the same word gives the same order.
    from app.forms.xpath import _long_hash

    assert _long_hash("Hello") == 1756278180214341157
    assert _long_hash("") == 0
    assert shuffled("randomize(/data/i, /data/word)") == shuffled("randomize(/data/i, 1756278180214341157)")
    assert shuffled("randomize(/data/i, '')") == shuffled("randomize(/data/i, 0)")


@given(st.integers(-(2**40), 2**40), st.integers(0, 12))
def test_randomize_is_a_permutation_and_repeatable(seed: int, size: int) -> None:
    xml = "<data>" + "".join(f"<i>{n}</i>" for n in range(size)) + "</data>"
    first = shuffled(f"join(',', randomize(/data/i, {seed}))", xml)
    assert first == shuffled(f"join(',', randomize(/data/i, {seed}))", xml)
    assert sorted(first.split(",") if first else [], key=int) == [str(n) for n in range(size)]


def test_randomize_without_a_seed_is_a_permutation_and_needs_a_node_set() -> None:
    xml = "<data>" + "".join(f"<i>{n}</i>" for n in range(30)) + "</data>"
    orders = {shuffled("join(',', randomize(/data/i))", xml) for _ in range(5)}
    assert all(sorted(o.split(","), key=int) == [str(n) for n in range(30)] for o in orders)
    assert len(orders) > 1  # 30! orders: five equal draws would be a broken generator
    with pytest.raises(XPathError, match="randomize"):
        shuffled("randomize('a b c', 1)")


# ------------------------------------------------------------------------------------------ pulldata


def test_pulldata_reads_the_first_matching_row(env: FakeEnv) -> None:
    assert ev(env, "pulldata('cities', 'label', 'name', 'msa')") == "Mombasa"
    assert ev(env, "pulldata('cities', 'label', 'state', /data/state)") == "Nairobi"  # first of two
    assert ev(env, "pulldata('cities', 'label', 'name', 'nowhere')") == ""
    assert ev(env, "pulldata('nolist', 'label', 'name', 'msa')") == ""


def test_pulldata_from_a_csv_beside_an_xlsform(tmp_path: Path) -> None:
    (tmp_path / "households.csv").write_text("hh_id,head age,village\nH1,34,Lakeside\nH2,61,Hilltop\n", "utf-8")
    survey = [
        ["type", "name", "label", "calculation"],
        ["text", "hh", "Household", ""],
        ["calculate", "village", "", "pulldata('households', 'village', 'hh_id', ${hh})"],
        ["calculate", "age", "", "pulldata('households', 'head age', 'hh_id', ${hh})"],
    ]
    inst = open_form(tmp_path, survey)
    inst.set_value("/data/hh", "H2")
    assert values(inst)["/data/village"] == "Hilltop"
    assert values(inst)["/data/age"] == "61"
    inst.set_value("/data/hh", "H9")
    assert values(inst)["/data/village"] == ""


def test_pulldata_without_its_csv_is_a_load_problem(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "calculation"], ["calculate", "v", "", "pulldata('absent', 'a', 'b', 'c')"]]
    with pytest.raises(FormError, match="absent.csv"):
        open_form(tmp_path, survey)


# --------------------------------------------------------------------------- checklist, weighted-checklist


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("checklist(2, -1, true(), false(), 1)", True),  # at least two
        ("checklist(3, -1, true(), false(), 1)", False),
        ("checklist(-1, 1, true(), false(), 1)", False),  # at most one
        ("checklist(-1, -1)", True),
        ("checklist(1, 1, /data/hh/member/mage)", False),  # nodes: true when not blank (4 of 5)
        ("checklist(4, 4, /data/hh/member/mage)", True),
        ("weighted-checklist(3, 5, true(), 2, true(), 2, false(), 10)", True),
        ("weighted-checklist(5, 10, true(), 2, true(), 2, false(), 10)", False),
        ("weighted-checklist(0, 0)", True),
        ("weighted-checklist(140, 141, /data/hh/member/mage, /data/hh/member/mage)", True),  # 30+41+7+63
    ],
)
def test_checklists(env: FakeEnv, expr: str, expected: bool) -> None:
    assert ev(env, expr) is expected


def test_weighted_checklist_needs_pairs() -> None:
    with pytest.raises(XPathError, match="in pairs"):
        compile_xpath("weighted-checklist(1, 2, true())")
    env = FakeEnv()
    with pytest.raises(XPathError, match="not as many"):
        ev(env, "weighted-checklist(1, 2, /data/hh/member/mage, /data/hh/hname)")


# ------------------------------------------------------------------------------------- math functions


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("exp(0)", 1.0),
        ("exp10(2)", 100.0),
        ("log10(1000)", 3.0),
        ("sqrt(16)", 4.0),
        ("abs(-2.5)", 2.5),
        ("int(-2.7)", -2.0),
        ("ceiling(1.2)", 2.0),
        ("floor(-1.2)", -2.0),
        ("round(sin(pi() div 2))", 1.0),
        ("max(/data/hh/member/mage[. != ''])", 63.0),
        ("min(/data/hh/member/mage[. != ''])", 7.0),
        ("count-non-empty(/data/hh/member/mage)", 4.0),
        ("boolean-from-string('true')", True),
        ("string-length()", 9.0),  # the context node: "Ana María"
    ],
)
def test_spec_math_and_helpers_are_there(env: FakeEnv, expr: str, expected: object) -> None:
    node = env.root.children[0].children[0]  # <name>
    assert ev(env, expr, node=node) == expected
    assert is_nan(ev(env, "log(-1)")) and is_nan(ev(env, "sqrt(-1)"))


def test_a_seeded_randomized_choice_list_shows_javarosas_order(tmp_path: Path) -> None:
    """XLSForm `parameters: randomize=true seed=${s}`: the choices in the order ODK Collect shows
    for that seed (RandomizeTypesTest: a..h with seed 1234 is g f e d a h b c)."""
    survey = [
        ["type", "name", "label", "parameters"],
        ["integer", "s", "Seed", ""],
        ["select_one letters", "pick", "Pick", "randomize=true seed=${s}"],
    ]
    choices = [["list_name", "name", "label"]] + [["letters", c, c.upper()] for c in "abcdefgh"]
    inst = open_form(tmp_path, survey, choices)
    inst.set_value("/data/s", "1234")
    assert [value for value, _ in inst.choices(inst.node_at("/data/pick"))] == list("gfedahbc")


# ------------------------------------------------- decimal-time, extract-signed, version, property
# Every expected value below is what JavaRosa 5.1 (the engine in pyxform's ODK_Validate.jar) gives
# for the same expression with the same clock (checked with tests/javarosa's harness).


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("decimal-time('2026-01-01T06:00:00Z')", 0.25),
        ("decimal-time('2026-01-01T12:00:00.000+05:00')", 0.2916666666678793),  # 07:00 UTC, to the digit
        ("decimal-time('2026-01-01')", 0.0),  # a date is its midnight
        ("decimal-time(1.25)", 0.25),  # a number of days keeps its fraction
        ("decimal-time(0.3)", 0.3),
        ("decimal-time('04:00:00.000Z')", 0.16666666666787933),  # a time question's value: that time today
        ("decimal-time('18:30:00')", 0.7708333333321207),
    ],
)
def test_decimal_time_in_utc(expr: str, expected: float) -> None:
    class UtcEnv(FakeEnv):
        def now(self) -> datetime:
            return datetime(2026, 11, 25, 10, 30, tzinfo=UTC)

    assert ev(UtcEnv(), expr) == expected


def test_decimal_time_reads_the_laptops_clock(env: FakeEnv) -> None:
    # FakeEnv's clock is 10:30:45.123 at +03:00.
    assert ev(env, "decimal-time(now())") == pytest.approx((10 * 3600 + 30 * 60 + 45.123) / 86400)
    assert ev(env, "decimal-time('2024-03-15T06:00:00Z')") == pytest.approx(0.375)  # 09:00 here
    assert ev(env, "decimal-time('06:00:00.000+03:00')") == pytest.approx(0.25)
    assert ev(env, "decimal-time('03:00:00.000Z')") == pytest.approx(0.25)
    assert is_nan(ev(env, "decimal-time('')")) and is_nan(ev(env, "decimal-time('soon')"))
    assert is_nan(ev(env, "decimal-time(/data/empty)"))


def _signed(message: bytes, seed: bytes = bytes(range(32))) -> tuple[str, str]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(seed)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(key.sign(message) + message).decode(), base64.b64encode(public).decode()


def test_extract_signed_returns_the_message_only_when_the_signature_verifies(env: FakeEnv) -> None:
    signed, key = _signed("héllo wörld".encode())
    assert ev(env, f"extract-signed('{signed}', '{key}')") == "héllo wörld"
    assert ev(env, f"extract-signed(' {signed} ', '{key}')") == "héllo wörld"  # spaces around are ignored
    raw = bytearray(base64.b64decode(signed))
    raw[-1] ^= 1  # the message changed after signing
    tampered = base64.b64encode(bytes(raw)).decode()
    _, other_key = _signed(b"x", bytes(range(1, 33)))
    assert ev(env, f"extract-signed('{tampered}', '{key}')") == ""
    assert ev(env, f"extract-signed('{signed}', '{other_key}')") == ""
    assert ev(env, f"extract-signed('{signed}', 'abc')") == ""  # not a key
    assert ev(env, f"extract-signed('!!', '{key}')") == "" and ev(env, f"extract-signed('', '{key}')") == ""


def test_version_is_the_forms_version(env: FakeEnv) -> None:
    assert ev(env, "version()") == "7"  # <data id="household" version="7">
    assert ev(env, "concat('v', version())") == "v7"


def test_property_of_a_laptop(env: FakeEnv) -> None:
    assert ev(env, "property('deviceid')") == ""  # an environment that gives no device properties

    class Device(FakeEnv):
        def device_property(self, name: str) -> str:
            return {"deviceid": "cr:laptop-7", "username": "ana"}.get(name, "")

    device = Device()
    assert ev(device, "property('deviceid')") == "cr:laptop-7"
    assert ev(device, "property('uri:username')") == "ana"
    assert ev(device, "property('phonenumber')") == ""  # a laptop has no telephone number
    assert ev(device, "property(/data/name)") == ""  # a computed name it does not know: blank


def test_itext_version_and_property_in_a_real_form(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label::English (en)", "label::Français (fr)", "calculation"],
        ["text", "q", "Your name", "Votre nom", ""],
        ["note", "hello", "Hello ${q}", "Bonjour ${q}", ""],
        ["calculate", "greeting", "", "", "jr:itext('/data/hello:label')"],
        ["calculate", "ver", "", "", "version()"],
        ["calculate", "decimal", "", "", "decimal-time(now())"],
        ["calculate", "who", "", "", "property('username')"],
    ]
    settings = {"version": "2026-07", "default_language": "English (en)"}
    english = open_form(tmp_path, survey, settings=settings)
    english.set_value("/data/q", "Ana")
    got = values(english)
    assert got["/data/greeting"] == "Hello Ana"  # its output worked out
    assert got["/data/ver"] == "2026-07"
    assert got["/data/decimal"] == "0.4375"  # the fixed clock, 10:30 UTC
    assert got["/data/who"] == ""
    french = open_form(tmp_path, survey, settings=settings, lang="Français (fr)", name="fr.xlsx")
    french.set_value("/data/q", "Ana")
    assert values(french)["/data/greeting"] == "Bonjour Ana"
