"""The ODK functions of app/forms/xpath.py against JavaRosa itself (ODK Collect's engine, run by
tests/forms_odk/javarosa.py from pyxform's ODK_Validate.jar): one XForm whose calculations use
coalesce, randomize (seeded), digest, base64-decode, checklist, weighted-checklist, area,
distance and geofence, filled with the same answers by both engines; every value must be equal.

JavaRosa stores a boolean calculation as 1 / 0 where we (and Web Forms) store true / false: that
spelling belongs to the engine's storage of booleans, not to these functions, so booleans are
compared as booleans. Skipped where Java is not installed (see tests/forms_odk/javarosa.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from app.forms.engine import FormInstance
from app.forms.model import parse_xform
from tests.forms_odk.javarosa import JavaRosaRunner, missing_reason

_missing = missing_reason()
if _missing is not None:
    pytest.skip(_missing, allow_module_level=True)

SHAPE = (
    "38.253094215699576 21.756382658677467;38.25021274773806 21.756382658677467;"
    "38.25007793942195 21.763892843919166;38.25290886154963 21.763935759263404;"
    "38.25146813817506 21.758421137528785;38.253094215699576 21.756382658677467"
)
TRACE = (
    "38.253094215699576 21.756382658677467;38.25021274773806 21.756382658677467;38.25007793942195 21.763892843919166"
)

# name -> calculation. Seeds: numbers only (a text seed is hashed with BouncyCastle, which the
# validator's jar leaves out; XPathFuncAsSomethingTest's value pins it in the other test file).
CALCULATIONS = {
    "c_selected": "/data/a + coalesce(selected(/data/q, 'x'), 0)",
    "c_blank": "coalesce(/data/blank, /data/a) * 2",
    "c_nan": "coalesce(0 div 0, 'none')",
    "r_seed": "join('', randomize(/data/letters/l, /data/seed))",
    "r_neg": "join('', randomize(/data/letters/l, -7))",
    "r_frac": "join('', randomize(/data/letters/l, 42.9))",
    "d_hex": "digest(/data/q, 'SHA-256', 'hex')",
    "d_b64": "digest(concat(/data/q, 'é'), 'md5')",
    "d_512": "digest(/data/q, 'SHA-512', 'base64')",
    "b_dec": "base64-decode('SMOpbMOobmU=')",
    "k_at_least": "checklist(2, -1, /data/q = 'x', /data/a > 3, true())",
    "k_nodes": "checklist(1, 3, /data/letters/l)",
    "w_pairs": "weighted-checklist(3, 5, /data/q = 'x', 2, /data/a > 3, 2, false(), 10)",
    "g_in": "geofence(/data/here, /data/shape)",
    "g_edge": "geofence('38.252062644683356 21.758894013612437', /data/shape)",
    "a_shape": "area(/data/shape)",
    "a_points": "area(/data/pts/pt)",
    "t_trace": "distance(/data/trace)",
    "t_points": "distance(/data/pts/pt)",
    "t_args": "distance('0 0', '0 1', /data/here)",
}

XFORM = f"""<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
        xmlns:jr="http://openrosa.org/javarosa">
<h:head><h:title>functions</h:title><model>
<instance><data id="functions">
  <q/><a/><seed/><here/><blank/>
  <shape>{SHAPE}</shape><trace>{TRACE}</trace>
  <pts><pt>38.25 21.76</pt><pt>38.26 21.77</pt><pt>38.25 21.78</pt></pts>
  <letters><l>A</l><l>B</l><l>C</l><l>D</l><l>E</l><l>F</l><l>G</l></letters>
  {"".join(f"<{name}/>" for name in CALCULATIONS)}
  <meta><instanceID/></meta>
</data></instance>
<bind nodeset="/data/q" type="string"/>
<bind nodeset="/data/a" type="int"/>
<bind nodeset="/data/seed" type="int"/>
<bind nodeset="/data/here" type="string"/>
{"".join(f'<bind nodeset="/data/{name}" type="string" calculate="{expr}"/>' for name, expr in CALCULATIONS.items())}
<bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
</model></h:head>
<h:body>
  <input ref="/data/q"><label>q</label></input>
  <input ref="/data/a"><label>a</label></input>
  <input ref="/data/seed"><label>seed</label></input>
  <input ref="/data/here"><label>here</label></input>
</h:body></h:html>"""

INTERVIEWS = [
    {"q": "x", "a": "5", "seed": "1234", "here": "38.25081280703969 21.760299116099116 0 0"},
    {"q": "y", "a": "2", "seed": "-42", "here": "38.251790 21.756845"},
    {"q": "x", "a": "0", "seed": "11111111", "here": "38.3 21.7"},
    {"q": "Hélène", "a": "9", "seed": "0", "here": "0 0"},
]

NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def jr() -> Iterator[JavaRosaRunner]:
    with JavaRosaRunner(tz="UTC") as runner:
        yield runner


def same(ours: str, theirs: str) -> bool:
    booleans = {"true": "1", "false": "0"}
    return ours == theirs or booleans.get(ours) == theirs


@pytest.mark.parametrize("answers", INTERVIEWS, ids=[f"interview{i}" for i in range(len(INTERVIEWS))])
def test_the_functions_give_javarosas_values(jr: JavaRosaRunner, answers: dict[str, str]) -> None:
    steps: list[dict[str, Any]] = [{"ref": f"/data/{k}", "value": v} for k, v in answers.items()]
    theirs = {n["ref"]: n.get("value") for n in jr.fill_xml(XFORM, steps, now=NOW.isoformat())["nodes"]}
    inst = FormInstance(parse_xform(XFORM, {}), now=lambda: NOW)
    for step in steps:
        inst.set_value(step["ref"], step["value"])
    ours = {s.ref: s.value for s in inst.states()}
    differ = {
        name: (ours[f"/data/{name}"], theirs[f"/data/{name}"])
        for name in CALCULATIONS
        if not same(ours[f"/data/{name}"], theirs[f"/data/{name}"])
    }
    assert differ == {}, differ
    assert ours["/data/a_shape"] != ""  # the comparison saw numbers, not two blanks
