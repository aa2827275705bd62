"""Form-engine parity with ODK: `python -m bench.parity [NAME-FILTER ...]`.

Runs PARITY_INTERVIEWS (default 50) seeded random interviews on every form of the corpus
(tests/forms_odk/corpus) and the bundled forms through our engine and ODK's reference engine
(tests/odk, installed by `npm ci --prefix tests/odk --no-audit --no-fund`), compares every node
(tests/forms_odk/interviews.py) and prints: forms, interviews, node checks, the share of checks that
agree, the disagreements grouped by cause (with one reproducible example each), the forms ODK's
engine cannot load, and the features for which our engine rejected forms, with counts.

Arguments, when given, keep only the forms whose name contains one of them. PARITY_SEED changes
every seed, PARITY_TZ the time zone (default UTC); PARITY_JSON=path also writes every disagreement
(with its steps) as JSON lines. Causes are grouped by symptom (field, kind of node, how the values
differ): one engine bug usually shows under several.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
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


def main(argv: list[str] | None = None) -> int:
    from app.forms.model import FormError
    from tests.forms_odk import interviews as iv
    from tests.support.odk import LOAD_ERROR, OdkError, OdkRunner, install_command, odk_available

    args = sys.argv[1:] if argv is None else argv
    if not odk_available():
        print(f"ODK's engine is not installed: run `{install_command()}`")
        return 2
    per_form = int(os.environ.get("PARITY_INTERVIEWS", "50"))
    base_seed = int(os.environ.get("PARITY_SEED", "0"))
    json_out = os.environ.get("PARITY_JSON")
    paths = [p for p in iv.corpus_paths() if not args or any(a in iv.form_name(p) for a in args)]
    exceptions = iv.documented_exceptions()

    rejected: dict[str, list[str]] = {}
    odk_cannot: dict[str, str] = {}
    compared: list[str] = []
    interviews = checks = disagreeing_checks = bad_interviews = excused = 0
    by_cause: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, tuple[Any, Any]] = {}
    seconds: dict[str, float] = {}
    by_form_bad: dict[str, int] = {}
    started = time.perf_counter()
    sink = open(json_out, "w", encoding="utf-8") if json_out else None  # noqa: SIM115 - closed below
    print(f"Form parity with ODK's engine: {len(paths)} forms, {per_form} interviews each, seed {base_seed}, "
          f"time zone {iv.TZ}")  # fmt: skip
    with OdkRunner(tz=iv.TZ) as odk:
        for path in paths:
            name = iv.form_name(path)
            try:
                cf = iv.prepare(path)
            except FormError as exc:
                odk_cannot[name] = f"pyxform cannot convert it: {exc}"
                continue
            try:
                form = cf.load_ours()
            except FormError as exc:
                rejected[name] = sorted({feature(p.message) for p in exc.problems})
                continue
            try:
                odk.fill_xml(cf.xform, [], attachments=cf.attachments)
            except OdkError as exc:
                if exc.returncode != LOAD_ERROR:
                    raise
                odk_cannot[name] = exc.stderr.strip()
                continue
            compared.append(name)
            rules = iv.node_rules(form)
            t = time.perf_counter()
            for index in range(per_form):
                seed = iv.interview_seed(base_seed, name, index)
                out = iv.run_interview(cf, form, rules, odk, seed)
                interviews += 1
                checks += max(out.checks, 1 if out.diffs else 0)
                kept = [d for d in out.diffs if not iv.excused(d, exceptions)]
                excused += len(out.diffs) - len(kept)
                if kept:
                    bad_interviews += 1
                    by_form_bad[name] = by_form_bad.get(name, 0) + 1
                    disagreeing_checks += len({d.ref for d in kept})
                for d in kept:
                    cause = d.cause()
                    by_cause[cause]["nodes"] += 1
                    by_cause[cause][f"interview {name} {seed}"] = 1
                    by_cause[cause][f"form {name}"] = 1
                    if cause not in examples or len(out.interview.steps) < len(examples[cause][0].interview.steps):
                        examples[cause] = (out, d)
                if kept and sink is not None:
                    sink.write(json.dumps({"form": name, "seed": seed, "now": out.interview.now,
                                           "steps": out.interview.steps,
                                           "diffs": [d.__dict__ for d in kept]}, ensure_ascii=False) + "\n")  # fmt: skip
            seconds[name] = time.perf_counter() - t
            print(f"  [{len(compared) + len(rejected) + len(odk_cannot):>3}/{len(paths)}] {name}: {per_form} interviews, "
                  f"{by_form_bad.get(name, 0)} with a disagreement, {seconds[name]:.1f} s", file=sys.stderr, flush=True)  # fmt: skip
    if sink is not None:
        sink.close()

    agree = 100.0 * (checks - disagreeing_checks) / checks if checks else 100.0
    print(f"\n  forms in the corpus            {len(paths):>8}")
    print(f"  compared (both engines load)   {len(compared):>8}")
    print(f"  rejected by our engine         {len(rejected):>8}")
    print(f"  ODK's engine cannot load       {len(odk_cannot):>8}")
    print(f"  interviews                     {interviews:>8}   ({bad_interviews} with a disagreement)")
    print(f"  node checks                    {checks:>8}")
    print(f"  agreeing                       {agree:>8.2f} %")
    if excused:
        print(f"  excused (docs/forms-compatibility.md: ODK's engine wrong) {excused}")
    print(f"  time                           {time.perf_counter() - started:>8.1f} s")

    if by_cause:
        print("\nDisagreements by cause (nodes, interviews, forms), with the shortest example:")
        for cause, counts in sorted(by_cause.items(), key=lambda kv: -kv[1]["nodes"]):
            n_int = sum(1 for k in counts if k.startswith("interview "))
            n_forms = sum(1 for k in counts if k.startswith("form "))
            out, d = examples[cause]
            print(f"  {counts['nodes']:>6} {n_int:>5} {n_forms:>4}  {cause}")
            print(f"         e.g. {d.form} seed {d.seed} clock {out.interview.now}: {d.describe()}")
            print(f"         steps: {json.dumps(out.interview.steps, ensure_ascii=False)[:600]}")
    else:
        print("\nNo disagreements.")

    if odk_cannot:
        print("\nForms ODK's engine cannot load (excluded):")
        for name, why in sorted(odk_cannot.items()):
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

    slow = sorted(seconds.items(), key=lambda kv: -kv[1])[:5]
    print("\nSlowest forms: " + ", ".join(f"{n} {s / max(per_form, 1) * 1000:.0f} ms/interview" for n, s in slow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
