"""Form-engine parity with ODK's two engines: `python -m bench.parity [NAME-FILTER ...]`.

Runs PARITY_INTERVIEWS (default 50) seeded random interviews on every form of the corpus
(tests/forms_odk/corpus) and the bundled forms through our engine, ODK Web Forms' engine
(tests/odk, installed by `npm ci --prefix tests/odk --no-audit --no-fund`) and JavaRosa, ODK
Collect's engine (tests/javarosa, compiled on demand; needs Java 17), compares every node
(tests/forms_odk/interviews.py) and prints, per engine pair (ours vs Web Forms, ours vs JavaRosa,
Web Forms vs JavaRosa): interviews, node checks, the share of checks that agree, and the
disagreements grouped by cause (with one reproducible example each); then the forms each engine
cannot load, the features for which our engine rejected forms, with counts, and per form: accepted
(with the agreement share of each pair) or blocked (with the features). An engine that is not
installed is left out (and said so). An interview an ODK engine's harness does not finish within its
time limit (a very large form on a loaded machine) is left out of every pair and listed.

Arguments, when given, keep only the forms whose name contains one of them. PARITY_SEED changes
every seed, PARITY_TZ the time zone (default UTC); PARITY_JSON=path also writes every disagreement
(with its steps) as JSON lines. Causes are grouped by symptom (field, kind of node, how the values
differ): one engine bug usually shows under several. Differences excused by
docs/forms-compatibility.md (an ODK engine shown wrong there) are counted apart.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any


def feature(message: str) -> str:
    """A rejection message reduced to the feature it names (no rows, paths or expressions)."""
    m = re.search(r"(unsupported|unknown) function ([\w:-]+\(\))", message)
    if m:
        return f"{m.group(1)} function {m.group(2)}"
    m = re.search(r"needs the file (\S+)", message)
    if m and "." not in m.group(1):
        return "a secondary instance that is not a file (jr://instance/last-saved ...)"
    if m:
        return "a list attachment that is missing"
    if "cannot be read" in message:
        return re.sub(r"^the file \S+ cannot be read: ", "list attachment: ", message)
    if "is a relative path" in message:
        return "a bind's nodeset is a relative path"
    if "depend on each other in a circle" in message:
        return "calculations that depend on each other in a circle"
    m = re.search(r"(\w[\w ]*?) `([^`]*)`: (.*)", message)
    if m and m.group(1) in ("calculation", "relevant", "constraint", "required", "choice list", "output", "label",
                            "read_only", "value", "repeat_count", "choice value", "choice label"):  # fmt: skip
        return f"XPath in {m.group(1)}: " + re.sub(r" at position \d+ in .*", "", m.group(3))
    return re.sub(r"`[^`]*/[^`]*`", "`…`", message)


@dataclass
class PairStats:
    """The figures of one engine pair over the run."""

    interviews: int = 0
    checks: int = 0
    disagreeing: int = 0
    bad_interviews: int = 0
    excused: int = 0
    by_cause: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    per_form: dict[str, list[int]] = field(default_factory=dict)  # name -> [checks, disagreeing]

    def agree(self, checks: int, disagreeing: int) -> float:
        return 100.0 * (checks - disagreeing) / checks if checks else 100.0


def _say_pair(pair: str, st: PairStats) -> None:
    print(f"\n== {pair} ==")
    print(f"  interviews                     {st.interviews:>8}   ({st.bad_interviews} with a disagreement)")
    print(f"  node checks                    {st.checks:>8}")
    print(f"  agreeing                       {st.agree(st.checks, st.disagreeing):>8.2f} %")
    if st.excused:
        print(f"  excused (docs/forms-compatibility.md) {st.excused}")
    if not st.by_cause:
        print("  No disagreements.")
        return
    print("  Disagreements by cause (nodes, interviews, forms), with the shortest example:")
    for cause, counts in sorted(st.by_cause.items(), key=lambda kv: -kv[1]["nodes"]):
        n_int = sum(1 for k in counts if k.startswith("interview "))
        n_forms = sum(1 for k in counts if k.startswith("form "))
        out, d = st.examples[cause]
        print(f"  {counts['nodes']:>6} {n_int:>5} {n_forms:>4}  {cause}")
        print(f"         e.g. {d.form} seed {d.seed} clock {out.interview.now}: {d.describe()}")
        print(f"         steps: {json.dumps(out.interview.steps, ensure_ascii=False)[:600]}")


def main(argv: list[str] | None = None) -> int:
    from app.forms.model import FormError
    from tests.forms_odk import interviews as iv
    from tests.forms_odk.javarosa import JavaRosaRunner, missing_reason
    from tests.support.odk import LOAD_ERROR, USAGE_ERROR, OdkError, OdkRunner, install_command, odk_available

    args = sys.argv[1:] if argv is None else argv
    jr_missing = missing_reason()
    if not odk_available() and jr_missing is not None:
        print(f"Neither ODK engine is installed: run `{install_command()}` (Web Forms); {jr_missing} (JavaRosa)")
        return 2
    per_form = int(os.environ.get("PARITY_INTERVIEWS", "50"))
    base_seed = int(os.environ.get("PARITY_SEED", "0"))
    json_out = os.environ.get("PARITY_JSON")
    paths = [p for p in iv.corpus_paths() if not args or any(a in iv.form_name(p) for a in args)]
    pairs = [
        p for p in iv.PAIRS if (odk_available() or "Web Forms" not in p) and (jr_missing is None or "JavaRosa" not in p)
    ]
    exceptions = {pair: iv.pair_exceptions(pair) for pair in pairs}
    stats = {pair: PairStats() for pair in pairs}

    rejected: dict[str, list[str]] = {}
    cannot: dict[str, dict[str, str]] = {"Web Forms": {}, "JavaRosa": {}}
    unconvertible: dict[str, str] = {}
    compared: list[str] = []
    unfinished: list[str] = []  # interviews an ODK engine's harness did not finish in its time limit
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    sink = open(json_out, "w", encoding="utf-8") if json_out else None  # noqa: SIM115 - closed below
    print(f"Form parity with ODK's engines: {len(paths)} forms, {per_form} interviews each, seed {base_seed}, "
          f"time zone {iv.TZ}")  # fmt: skip
    if not odk_available():
        print(f"  (ODK Web Forms' engine is not installed: run `{install_command()}`)")
    if jr_missing is not None:
        print(f"  (JavaRosa left out: {jr_missing})")
    with contextlib.ExitStack() as stack:
        engines: dict[str, Any] = {}
        if odk_available():
            engines["Web Forms"] = stack.enter_context(OdkRunner(tz=iv.TZ))
        if jr_missing is None:
            engines["JavaRosa"] = stack.enter_context(JavaRosaRunner(tz=iv.TZ))
        for done, path in enumerate(paths, 1):
            name = iv.form_name(path)
            try:
                cf = iv.prepare(path)
            except (FormError, OSError) as exc:
                unconvertible[name] = f"pyxform cannot convert it: {exc}"
                continue
            try:
                form = cf.load_ours()
            except FormError as exc:
                rejected[name] = sorted({feature(p.message) for p in exc.problems})
            usable: dict[str, Any] = {}
            for engine, runner in engines.items():
                try:
                    runner.fill_xml(cf.xform, [], attachments=cf.attachments)
                    usable[engine] = runner
                except OdkError as exc:
                    if exc.returncode != LOAD_ERROR:
                        raise
                    cannot[engine][name] = exc.stderr.strip()
            if name in rejected or not usable:
                continue
            compared.append(name)
            rules = iv.node_rules(form)
            t = time.perf_counter()
            bad_here: Counter[str] = Counter()
            for index in range(per_form):
                seed = iv.interview_seed(base_seed, name, index)
                try:
                    outcomes = iv.run_three(cf, form, rules, usable.get("Web Forms"), usable.get("JavaRosa"), seed)
                except OdkError as exc:  # an engine did not answer in time (its harness is restarted)
                    if exc.returncode != USAGE_ERROR:
                        raise
                    unfinished.append(f"{name} seed {seed}: {exc.stderr.strip()[:160]}")
                    continue
                for pair, out in outcomes.items():
                    st = stats[pair]
                    st.interviews += 1
                    checks = max(out.checks, 1 if out.diffs else 0)
                    st.checks += checks
                    kept = [d for d in out.diffs if not iv.excused(d, exceptions[pair])]
                    st.excused += len(out.diffs) - len(kept)
                    bad = len({d.ref for d in kept})
                    st.disagreeing += bad
                    form_row = st.per_form.setdefault(name, [0, 0])
                    form_row[0] += checks
                    form_row[1] += bad
                    if kept:
                        st.bad_interviews += 1
                        bad_here[pair] += 1
                    for d in kept:
                        cause = d.cause()
                        st.by_cause[cause]["nodes"] += 1
                        st.by_cause[cause][f"interview {name} {seed}"] = 1
                        st.by_cause[cause][f"form {name}"] = 1
                        if cause not in st.examples or len(out.interview.steps) < len(
                            st.examples[cause][0].interview.steps
                        ):
                            st.examples[cause] = (out, d)
                    if kept and sink is not None:
                        sink.write(json.dumps({"pair": pair, "form": name, "seed": seed, "now": out.interview.now,
                                               "steps": out.interview.steps,
                                               "diffs": [d.__dict__ for d in kept]}, ensure_ascii=False) + "\n")  # fmt: skip
            seconds[name] = time.perf_counter() - t
            bad_text = ", ".join(f"{pair} {n}" for pair, n in bad_here.items()) or "none"
            print(f"  [{done:>3}/{len(paths)}] {name}: {per_form} interviews, with a disagreement: {bad_text}, "
                  f"{seconds[name]:.1f} s", file=sys.stderr, flush=True)  # fmt: skip
    if sink is not None:
        sink.close()

    print(f"\n  forms in the corpus            {len(paths):>8}")
    print(f"  compared (ours and an ODK engine load it) {len(compared):>3}")
    print(f"  rejected by our engine         {len(rejected):>8}")
    for engine in engines:
        print(f"  {engine + ' cannot load':<31}{len(cannot[engine]):>8}")
    if unconvertible:
        print(f"  pyxform cannot convert         {len(unconvertible):>8}")
    if unfinished:
        print(f"  interviews left out (an ODK engine did not answer in time) {len(unfinished)}")
    print(f"  time                           {time.perf_counter() - started:>8.1f} s")
    for pair in pairs:
        _say_pair(pair, stats[pair])

    for engine in engines:
        if cannot[engine]:
            print(f"\nForms {engine} cannot load (left out of its pairs):")
            for name, why in sorted(cannot[engine].items()):
                print(f"  {name}: {why[:160]}")
    if unfinished:
        print("\nInterviews left out of every pair (an ODK engine's harness did not answer in time):")
        for line in unfinished:
            print(f"  {line}")
    if unconvertible:
        print("\nForms pyxform cannot convert:")
        for name, why in sorted(unconvertible.items()):
            print(f"  {name}: {why[:160]}")

    if rejected:
        counts = Counter(f for feats in rejected.values() for f in feats)
        print(f"\nFeatures our engine rejected ({len(rejected)} forms; a form can lack several):")
        for feat, n in counts.most_common():
            print(f"  {n:>4}  {feat}")
        only = Counter(feats[0] for feats in rejected.values() if len(feats) == 1)
        if only:
            print("\nForms that lack exactly one feature (the cheapest to gain):")
            for feat, n in only.most_common():
                print(f"  {n:>4}  {feat}")

    print("\nPer form (accepted: agreement of each pair; blocked: the features our engine lacks):")
    for path in paths:
        name = iv.form_name(path)
        if name in rejected:
            print(f"  {name}: blocked ({'; '.join(rejected[name])[:200]})")
        elif name in unconvertible:
            print(f"  {name}: not convertible")
        else:
            shares = [f"{pair} {stats[pair].agree(*stats[pair].per_form[name]):.2f} %" for pair in pairs
                      if name in stats[pair].per_form]  # fmt: skip
            missing = [f"{engine} cannot load it" for engine in engines if name in cannot[engine]]
            print(f"  {name}: accepted, " + ", ".join(shares + missing))

    slow = sorted(seconds.items(), key=lambda kv: -kv[1])[:5]
    print("\nSlowest forms: " + ", ".join(f"{n} {s / max(per_form, 1) * 1000:.0f} ms/interview" for n, s in slow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
