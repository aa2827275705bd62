"""Question types real XLSForms use: locations, barcodes, ranges, rankings, acknowledgements,
read from pyxform's XForm and answered as ODK Collect stores them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.forms.engine import AnswerError, FormInstance
from app.forms.xlsform import load_form
from tests.forms.builders import FIXED_NOW, write_xlsform

H = ["type", "name", "label", "parameters", "constraint", "required", "calculation"]
RANKED = [["list_name", "name", "label"], ["needs", "food", "Food"], ["needs", "water", "Water"], ["needs", "shelter", "Shelter"]]  # fmt: skip


def row(typ: str, name: str, label: str = "", **kw: str) -> list[str]:
    cells = {"type": typ, "name": name, "label": label or name, **kw}
    return [cells.get(h, "") for h in H]


def fill(tmp_path: Path, survey: list[list[str]], choices: list[list[str]] | None = None) -> FormInstance:
    form = load_form(write_xlsform(tmp_path / "types.xlsx", [H, *survey], choices))
    return FormInstance(form, now=lambda: FIXED_NOW)


def test_location_questions_keep_their_type_and_take_valid_locations(tmp_path: Path) -> None:
    inst = fill(
        tmp_path, [row("geopoint", "home"), row("geotrace", "road"), row("geoshape", "plot"), row("barcode", "card")]
    )
    assert {p: inst.form.binds[f"/data/{p}"].type for p in ("home", "road", "plot", "card")} == {
        "home": "geopoint", "road": "geotrace", "plot": "geoshape", "card": "barcode",
    }  # fmt: skip
    assert {inst.form.by_ref[f"/data/{p}"].kind for p in ("home", "road", "plot", "card")} == {"input"}
    inst.set_value("/data/home", "-1.2921 36.8219 1650 5")
    inst.set_value("/data/road", "-1.29 36.82 0 0; -1.30 36.83 0 0")
    inst.set_value("/data/plot", "0 0 0 0; 0 1 0 0; 1 1 0 0; 0 0 0 0")
    inst.set_value("/data/card", "ABC-0042 x")
    assert inst.node_at("/data/home").value == "-1.2921 36.8219 1650 5"
    assert inst.node_at("/data/card").value == "ABC-0042 x"
    assert "<plot>0 0 0 0; 0 1 0 0; 1 1 0 0; 0 0 0 0</plot>" in inst.to_xml()


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("home", "95 10", "latitude"),
        ("home", "somewhere", "not a location"),
        ("road", "1 1 0 0", "at least two points"),
        ("plot", "0 0; 0 1; 1 1; 1 0", "end where it starts"),
    ],
)
def test_an_invalid_location_is_refused_saying_why(tmp_path: Path, name: str, value: str, words: str) -> None:
    inst = fill(tmp_path, [row("geopoint", "home"), row("geotrace", "road"), row("geoshape", "plot")])
    with pytest.raises(AnswerError) as err:
        inst.set_value(f"/data/{name}", value)
    assert err.value.code == "bad-value"
    assert words in str(err.value)
    assert inst.node_at(f"/data/{name}").value == ""


def test_a_range_takes_values_between_its_bounds_on_its_steps(tmp_path: Path) -> None:
    inst = fill(
        tmp_path,
        [
            row("range", "pain", parameters="start=0 end=10 step=2"),
            row("range", "down", parameters="start=5 end=1 step=0.5"),
        ],
    )
    pain = inst.form.by_ref["/data/pain"]
    assert (pain.kind, pain.start, pain.end, pain.step) == ("range", "0", "10", "2")
    assert inst.form.binds["/data/pain"].type == "int"
    assert inst.form.binds["/data/down"].type == "decimal"
    inst.set_value("/data/pain", "4")
    inst.set_value("/data/down", "1.5")
    assert (inst.node_at("/data/pain").value, inst.node_at("/data/down").value) == ("4", "1.5")
    for ref, value, code in [
        ("/data/pain", "12", "out-of-range"),
        ("/data/pain", "-2", "out-of-range"),
        ("/data/pain", "3", "off-step"),
        ("/data/down", "5.5", "out-of-range"),
        ("/data/down", "1.25", "off-step"),
        ("/data/pain", "four", "bad-value"),
    ]:
        with pytest.raises(AnswerError) as err:
            inst.set_value(ref, value)
        assert err.value.code == code, (ref, value)
    assert (inst.node_at("/data/pain").value, inst.node_at("/data/down").value) == ("4", "1.5")


def test_a_range_without_parameters_has_the_xlsform_defaults(tmp_path: Path) -> None:
    inst = fill(tmp_path, [row("range", "score")])
    score = inst.form.by_ref["/data/score"]
    assert (score.start, score.end, score.step) == ("1", "10", "1")
    with pytest.raises(AnswerError):
        inst.set_value("/data/score", "0")


def test_a_ranking_is_every_offered_item_once_in_the_order_given(tmp_path: Path) -> None:
    inst = fill(tmp_path, [row("rank needs", "priorities")], RANKED)
    ctl = inst.form.by_ref["/data/priorities"]
    assert ctl.kind == "rank"
    node = inst.node_at("/data/priorities")
    assert [v for v, _ in inst.choices(node)] == ["food", "water", "shelter"]
    assert [label for _, label in inst.choices(node)] == ["Food", "Water", "Shelter"]
    inst.set_value("/data/priorities", "water shelter food")
    assert node.value == "water shelter food"
    for bad, words in [
        ("water food", "`shelter` is not ranked"),
        ("water food food", "`food` is ranked twice"),
        ("water food shelter fuel", "`fuel` is not one of its items"),
    ]:
        with pytest.raises(AnswerError) as err:
            inst.set_value("/data/priorities", bad)
        assert err.value.code == "bad-ranking"
        assert words in str(err.value)
    assert node.value == "water shelter food"
    inst.set_value("/data/priorities", "")
    assert node.value == ""
    assert [s.kind for s in inst.states() if s.path == "/data/priorities"] == ["rank"]


def test_an_acknowledgement_is_ok_or_blank(tmp_path: Path) -> None:
    inst = fill(tmp_path, [row("acknowledge", "consent", required="yes")])
    assert inst.form.by_ref["/data/consent"].kind == "trigger"
    assert inst.node_at("/data/consent").violation == "required"
    inst.set_value("/data/consent", "OK")
    assert inst.node_at("/data/consent").value == "OK"
    assert inst.node_at("/data/consent").violation is None
    with pytest.raises(AnswerError):
        inst.set_value("/data/consent", "yes")
    inst.set_value("/data/consent", "")
    assert inst.node_at("/data/consent").violation == "required"


@pytest.mark.parametrize("typ", ["image", "audio", "video", "file"])
def test_attachment_questions_are_upload_questions_answered_with_a_file_name(tmp_path: Path, typ: str) -> None:
    inst = fill(tmp_path, [row("text", "name"), row(typ, "evidence")])
    assert inst.form.by_ref["/data/evidence"].kind == "upload"
    assert inst.form.binds["/data/evidence"].type == "binary"
    inst.add_file("1733558000123.bin", {"hash": "ab" * 32, "mime": "application/octet-stream", "size": 3})
    inst.set_value("/data/evidence", "1733558000123.bin")
    assert "<evidence>1733558000123.bin</evidence>" in inst.to_xml()
