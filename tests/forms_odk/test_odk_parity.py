"""Differential test: Circuit Ride's form engine against ODK's reference engine, form by form.

For every form of the corpus (tests/forms_odk/corpus, see SOURCES.md there) and every bundled form,
seeded random interviews are generated on our engine and replayed through ODK's
(tests/forms_odk/interviews.py says how). Every question and calculation must agree with ODK's
engine: relevance, and for relevant nodes value and violation. A form our engine rejects when it is
loaded is skipped with the features it lacks; a form ODK's engine cannot load is skipped too.

The only disagreements allowed are those listed by form and node in docs/forms-compatibility.md,
where ODK's engine is shown to be wrong. A failure prints the form, the seed, the clock, the
differing nodes and the steps; rerun one form with more interviews:

    PARITY_INTERVIEWS=200 .venv/bin/pytest tests/forms_odk/test_odk_parity.py -k whova

Replay one interview of a failure (form and seed as printed):

    .venv/bin/python -m tests.forms_odk.interviews collect/repeat_groups.xml 1423080331

PARITY_SEED changes every seed (default 0), PARITY_TZ the time zone (default UTC).
`python -m bench.parity` runs the whole corpus with 50 interviews per form and prints the parity
figure, the disagreements grouped by cause and the features our engine rejected.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.forms.model import FormError
from tests.forms_odk import interviews as iv
from tests.support.odk import LOAD_ERROR, OdkError, OdkRunner, install_command, odk_available

if not odk_available():
    pytest.skip(f"ODK oracle not installed: run `{install_command()}`", allow_module_level=True)

INTERVIEWS = int(os.environ.get("PARITY_INTERVIEWS", "8"))
BASE_SEED = int(os.environ.get("PARITY_SEED", "0"))
PATHS = iv.corpus_paths()


@pytest.fixture(scope="module")
def odk() -> Any:
    with OdkRunner(tz=iv.TZ) as runner:
        yield runner


@pytest.fixture(scope="module")
def loaded(odk: OdkRunner) -> Any:
    """Each form prepared once per module run: (CorpusForm, our FormDef or FormError, ODK's load error)."""
    cache: dict[Path, tuple[iv.CorpusForm, Any, str | None]] = {}

    def get(path: Path) -> tuple[iv.CorpusForm, Any, str | None]:
        if path not in cache:
            cf, ours = iv.prepared(path)
            if cf is None:
                assert isinstance(ours, Exception)
                raise ours  # pyxform cannot convert a corpus file: as before, an error of the test
            try:
                odk.fill_xml(cf.xform, [], attachments=cf.attachments)
                odk_error = None
            except OdkError as exc:
                if exc.returncode != LOAD_ERROR:
                    raise
                odk_error = exc.stderr.strip()
            cache[path] = (cf, ours, odk_error)
        return cache[path]

    return get


@pytest.mark.parametrize("path", PATHS, ids=iv.form_name)
def test_interviews_agree_with_odk(path: Path, odk: OdkRunner, loaded: Any) -> None:
    cf, form, odk_error = loaded(path)
    if isinstance(form, FormError):
        pytest.skip("rejected by our engine: " + "; ".join(sorted({p.message for p in form.problems}))[:300])
    if odk_error is not None:
        pytest.skip(f"ODK's engine cannot load it: {odk_error[:200]}")
    rules = iv.node_rules(form)
    exceptions = iv.documented_exceptions()
    failures = []
    count = iv.interviews_for(cf, INTERVIEWS)
    for index in range(count):
        seed = iv.interview_seed(BASE_SEED, cf.name, index)
        outcome = iv.run_interview(cf, form, rules, odk, seed)
        outcome.diffs = [d for d in outcome.diffs if not iv.excused(d, exceptions)]
        if outcome.diffs:
            failures.append(outcome.report())
    if failures:
        pytest.fail(
            f"{len(failures)} of {count} interviews of {cf.name} disagree with ODK's engine "
            f"(PARITY_SEED={BASE_SEED}):\n\n" + "\n\n".join(failures[:3]),
            pytrace=False,
        )


# ----- the corpus itself ---------------------------------------------------------------------------------


def test_corpus_has_enough_forms_that_both_engines_load(loaded: Any) -> None:
    both = [p for p in PATHS if not isinstance(loaded(p)[1], FormError) and loaded(p)[2] is None]
    assert len(both) >= 30, f"only {len(both)} forms load in both engines"


def test_every_corpus_file_is_in_sources() -> None:
    """SOURCES.md names the origin and licence of every file in the corpus."""
    sources = (iv.CORPUS / "SOURCES.md").read_text("utf-8")
    missing = [
        p.relative_to(iv.CORPUS).as_posix()
        for p in sorted(iv.CORPUS.rglob("*"))
        if p.is_file() and p.name != "SOURCES.md" and f"`{p.relative_to(iv.CORPUS).as_posix()}`" not in sources
    ]
    assert not missing, f"files in the corpus without a line in SOURCES.md: {missing}"


# ----- the generator -------------------------------------------------------------------------------------

TOUR = iv.CORPUS / "circuitride" / "feature_tour.md"


def test_an_interview_is_reproducible_from_its_seed(loaded: Any) -> None:
    cf, form, _ = loaded(TOUR)
    first = iv.generate_interview(form, 1234, cf.name)
    again = iv.generate_interview(form, 1234, cf.name)
    other = iv.generate_interview(form, 1235, cf.name)
    assert first.steps == again.steps and first.now == again.now
    assert first.steps != other.steps


def test_interviews_answer_every_kind_of_question_and_add_repeat_entries(loaded: Any) -> None:
    cf, form, _ = loaded(TOUR)
    kinds: set[str] = set()
    for seed in range(20):
        interview = iv.generate_interview(form, seed, cf.name)
        assert interview.crash is None, interview.crash
        for step in interview.steps:
            if "add" in step:
                kinds.add("add")
            elif "values" in step:
                kinds.add("select_multiple")
            else:
                path = iv.static_path(step["ref"])
                ctl, bind = form.by_ref.get(path), form.binds.get(path)
                kinds.add("select1" if ctl is not None and ctl.kind == "select1" else bind.type if bind else "string")
    assert {"add", "select_multiple", "select1", "int", "decimal", "date", "string"} <= kinds


def test_preloads_are_skipped_and_clock_values_compare_by_date(loaded: Any) -> None:
    _, form, _ = loaded(TOUR)
    rules = iv.node_rules(form)
    assert rules["/data/meta/instanceID"].mode == "skip"
    assert rules["/data/started"].mode == "skip"
    assert rules["/data/stamp"].mode == "date"  # concat('at ', now())
    assert rules["/data/token"].mode == "relevance"  # uuid()
    assert rules["/data/age_next_year"].mode == "full"
    ours = {"nodes": [{"ref": "/data/stamp", "relevant": True, "value": "at 2026-11-25T10:30:00.000+00:00",
                       "violation": None}]}  # fmt: skip
    theirs = {"nodes": [{"ref": "/data/stamp", "relevant": True, "value": "at 2026-11-25T10:30:00.000Z",
                         "violation": None}]}  # fmt: skip
    assert iv.compare(form, rules, ours, theirs, "tour", 0) == (1, [])


# ----- the command line, end to end ----------------------------------------------------------------------

CLI_FORM = iv.CORPUS / "pyxform" / "tutorial.xls"


def test_forms_fill_command_matches_odk(tmp_path: Path, odk: OdkRunner, loaded: Any) -> None:
    """`circuitride forms fill --json` (the real command, its own process) on a generated interview
    reports what ODK's engine reports, and what the in-process functions report."""
    cf, form, _ = loaded(CLI_FORM)
    interview = iv.generate_interview(form, 7, cf.name)
    steps_file = tmp_path / "steps.json"
    steps_file.write_text(json.dumps(interview.steps), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "app", "forms", "fill", str(CLI_FORM), "--steps", str(steps_file), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=iv.ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    ours = json.loads(proc.stdout)
    theirs = odk.fill_xml(cf.xform, interview.steps, attachments=cf.attachments, now=interview.now)
    rules = iv.node_rules(form)
    checks, diffs = iv.compare(form, rules, ours, theirs, cf.name, 7)
    assert checks > 5
    assert not diffs, "\n".join(d.describe() for d in diffs)
    assert ours["form_id"] == theirs["form_id"]
