"""The practitioners' corpus (tests/forms_odk/corpus/practice): there, traced, and never a crash.

These forms measure how much of what field teams really deploy our engine takes
(`python -m bench.forms_corpus`). What is checked here does not depend on how much that is today,
since engineers add features all the time: every form is there with its origin and licence, and our
`forms check` either accepts it or refuses it naming what it lacks. A refusal without a named feature,
an exception, or "not a readable spreadsheet" for a file pyxform reads, would leave a field team with
a form they cannot use and no idea why.
"""

from __future__ import annotations

import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from bench import forms_corpus as fc
from tests.forms_odk import interviews as iv

PATHS = fc.practice_paths()
SOURCES = iv.CORPUS / "SOURCES.md"
ROW = re.compile(r"^\| `(practice/[^`]+)` \| (.+?) \| (.+?) \| (.+?) \|$")
LICENCES = ("MIT", "BSD", "Apache", "GPL", "AGPL", "LGPL", "CC-BY", "CC0", "public domain", "Circuit Ride")


def _sources_rows() -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in SOURCES.read_text("utf-8").splitlines():
        m = ROW.match(line.strip())
        if m:
            rows[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return rows


def test_the_corpus_has_at_least_sixty_practitioner_forms() -> None:
    assert len(PATHS) >= 60, f"only {len(PATHS)} practitioner forms under {fc.PRACTICE}"


def test_the_forms_come_from_several_organisations() -> None:
    """Sixty forms of one organisation would measure one organisation's habits."""
    sources = {p.relative_to(fc.PRACTICE).parts[0] for p in PATHS}
    assert len(sources) >= 6, sources


def test_every_file_has_a_sources_row_with_origin_and_licence() -> None:
    rows = _sources_rows()
    files = [p for p in sorted(fc.PRACTICE.rglob("*")) if p.is_file()]
    assert files
    problems = []
    for p in files:
        rel = p.relative_to(iv.CORPUS).as_posix()
        if rel not in rows:
            problems.append(f"{rel}: no row in SOURCES.md")
            continue
        origin, licence, what = rows[rel]
        if not (origin.startswith("[") and "](https://github.com/" in origin) and origin != "written for this test":
            problems.append(f"{rel}: the origin is not a repository link: {origin}")
        if "/blob/" in origin and not re.search(r"/blob/[0-9a-f]{40}/", origin):
            problems.append(f"{rel}: the link does not pin a commit: {origin}")
        if not any(name.lower() in licence.lower() for name in LICENCES):
            problems.append(f"{rel}: no licence that allows redistribution: {licence}")
        if len(what.strip()) < 10:
            problems.append(f"{rel}: says too little about what it is: {what}")
    assert not problems, "\n".join(problems)


def test_no_row_names_a_file_that_is_not_there() -> None:
    missing = [rel for rel in _sources_rows() if not (iv.CORPUS / rel).is_file()]
    assert not missing, missing


def test_forms_stay_small() -> None:
    """The corpus lives in the repository: no form over 2 MB, all of practice/ under 25 MB."""
    files = [p for p in fc.PRACTICE.rglob("*") if p.is_file()]
    big = [p.name for p in files if p.stat().st_size > 2 * 1024 * 1024]
    assert not big, big
    assert sum(p.stat().st_size for p in files) < 25 * 1024 * 1024


def _pyxform_reads(path: Path) -> bool:
    """pyxform alone (not through our code) converts the spreadsheet."""
    try:
        convert(xlsform=path.read_bytes(), file_type=path.suffix.lower())
    except Exception:  # noqa: BLE001 - any failure means "pyxform cannot read it"
        return False
    return True


@pytest.mark.parametrize("path", PATHS, ids=iv.form_name)
def test_forms_check_accepts_or_names_what_is_missing(path: Path) -> None:
    """The same steps as `circuitride forms check`; never an exception, never a nameless refusal."""
    accepted, features, unreadable = fc.our_check(path)  # an exception here fails the test
    if accepted:
        assert features == []
        return
    assert features, "refused without naming a feature"
    # Issue 23: photo, audio, video and file questions are filled (22 of these forms were blocked
    # by a photo question before, 7 by audio); none is refused for one now.
    assert not [f for f in features if "question" in f and ("photo" in f or "audio" in f or "file" in f)], features
    for feat in features:
        assert feat.strip() and feat != "refused without a message", features
        assert "Traceback" not in feat and "Error:" not in feat, feat
    if path.suffix.lower() in (".xlsx", ".xls") and _pyxform_reads(path):
        assert not unreadable, f"called unreadable although pyxform converts it: {features}"
        assert not any("not a readable" in f or "not a spreadsheet" in f for f in features), features


def test_a_file_node_no_question_shows_is_one_feature_not_one_per_node() -> None:
    """Forty forms with such a node are forty forms blocked by one feature."""
    msgs = [
        "`a` is one of the file nodes that no photo, audio, video or file question shows (data type binary): "
        "nothing could fill it in. Make it an image, audio, video or file question, or remove it",
        "`b` is one of the file nodes that no photo, audio, video or file question shows (data type binary): ...",
        "unsupported function pulldata() in calculation `x`",
    ]
    feats = fc.blocking_features(msgs)
    assert feats == sorted(feats)
    assert sum("file node" in f for f in feats) == 1
    assert not any("`a`" in f or "`b`" in f for f in feats)
    assert any("pulldata()" in f for f in feats)


def test_the_benchmark_runs_on_two_forms_and_reports_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m bench.forms_corpus FILTER` on two real forms: a line each, then the totals."""
    monkeypatch.setenv("FORMS_VALIDATE", "0")  # Java's start-up is the slow part; the step is optional
    monkeypatch.setenv("FORMS_INTERVIEWS", "1")
    names = ["liberiaS3Mforms/liberiaStdForm.xlsx", "osm-fieldwork/archived/cemeteries.xls"]
    out = io.StringIO()
    with redirect_stdout(out):
        code = fc.main(names)
    text = out.getvalue()
    assert code == 0, text
    lines = [ln for ln in text.splitlines() if ln.startswith("practice/")]
    assert [ln.split(":")[0] for ln in lines] == [f"practice/{n}" for n in sorted(names)], text
    assert all("pyxform ok" in ln for ln in lines), text
    assert all(("ours: accepted" in ln) or ("ours: refused (" in ln) for ln in lines), text
    assert "CRASHED" not in text
    assert re.search(r"forms\s+2\b", text) and re.search(r"converted by pyxform\s+2\b", text), text


def test_the_benchmark_reports_a_crashing_step_and_goes_on(tmp_path: Path) -> None:
    """A file no step can read is reported on its line; the run does not stop on it."""
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip archive")
    rep = fc.examine(broken, validate=False, per_form=0, odk=None)
    assert rep.pyxform not in (None, "ok")
    assert rep.accepted is False or rep.crashed
    assert rep.line().startswith(f"{rep.name}: ")
