"""Our sync beside PouchDB's replication (issue 24's yardstick), same data, same machine, same run.

Four measures, each ours against PouchDB's, target ours <= 1.0x theirs:
  1. first push of a whole workspace to an empty HQ,
  2. first pull of the ride on a new laptop,
  3. incremental push of the changed records (one per case, up to BENCH_SYNC_CHANGES, default 10,000),
  4. incremental pull of them on the other laptop.

Fairness, so the ratio means something:
- One manifest (BENCH_SYNC_CASES cases, default 10,000, seed 7 as bench/sync_bench.py) is generated
  once here and written as JSON; our lead laptop imports that file, PouchDB's lead laptop stores one
  document per case record of that same file (plus one per site, ride and interpreter).
- The same records change on both sides: each of the first N cases' principal applicant's marital
  status, to a value they do not have yet, so every change is real.
- Both servers run in their own process on 127.0.0.1 and both store on disk: our HQ its SQLite
  database, PouchDB's an express-pouchdb server over LevelDB (PouchDB's default Node adapter; the
  in-memory adapter would flatter it against our encrypted file). Both laptops are disk-backed too.
- Set-up (import, enrollment, making the edits) is outside every clock; each clock covers one
  sync call on our side and one `replicate.to/from` call on PouchDB's, with PouchDB's default batch
  sizes (what a PouchDB app gets out of the box).
- Our side talks to HQ directly (no byte-counting proxy, which bench/sync_bench.py puts in between).
- The two sides run one after the other, never at once, so neither competes with the other for
  cores; with BENCH_SYNC_ROUNDS=N each side runs N times, alternating which goes first, and the
  medians are compared (the machine's other work varies from minute to minute).
- Not equal, and printed as such: our sync runs over TLS with signed requests, PouchDB over plain
  HTTP (as the reference figures in ARCHITECTURE.md were measured; BENCH_POUCHDB_TLS=1 puts it
  behind HTTPS with a certificate made by our HQ's code); PouchDB's server gzips its responses
  (express-pouchdb's `compression`, part of its minimumForPouchDB mode).

Without node/npm or before `npm ci --prefix bench/pouchdb`, one line says how to install and the
module exits 0 (the rest of `make bench` goes on). `--json` adds the figures as one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.sync_bench import RIDE, enrollment_code, start_hq, stop_hq  # noqa: E402

NODE_DIR = ROOT / "bench" / "pouchdb"
CASES = int(os.environ.get("BENCH_SYNC_CASES", "10000"))
CHANGES = int(os.environ.get("BENCH_SYNC_CHANGES", "10000"))
ROUNDS = max(1, int(os.environ.get("BENCH_SYNC_ROUNDS", "1")))
# PouchDB over HTTPS too (BENCH_POUCHDB_TLS=1), with a certificate made by our HQ's own code: shows
# what TLS costs PouchDB. Off by default, as the reference figures in ARCHITECTURE.md were measured.
TLS = os.environ.get("BENCH_POUCHDB_TLS", "0") == "1"
SEED = 7  # bench/sync_bench.py's manifest seed
MODE = "minimumForPouchDB"  # express-pouchdb's set of routes a PouchDB client needs
INSTALL = "npm ci --prefix bench/pouchdb"
MEASURES = (
    ("first_push_s", "first push of the workspace to an empty HQ"),
    ("first_pull_s", "first pull of the ride on a new laptop"),
    ("incr_push_s", "incremental push of the changed records"),
    ("incr_pull_s", "incremental pull of them"),
)


def missing_node() -> str | None:
    """Why the PouchDB side cannot run here, with what to do; None when it can."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return f"node/npm not found: install Node.js 20 and npm, then run `{INSTALL}`"
    for package in ("pouchdb-node", "express-pouchdb", "express"):
        if not (NODE_DIR / "node_modules" / package / "package.json").exists():
            return f"the PouchDB packages are not installed: run `{INSTALL}`"
    return None


def package_version(name: str) -> str:
    return str(json.loads((NODE_DIR / "node_modules" / name / "package.json").read_text())["version"])


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def make_manifest(cases: int) -> dict[str, Any]:
    """bench/sync_bench.py's manifest: every case in one ride, so the new laptop's ride is all of it."""
    from app.services.demo_data import generate

    manifest: dict[str, Any] = generate(cases, SEED, photos=False).manifest
    manifest["rides"] = [{"name": RIDE, "sites": [s["name"] for s in manifest["sites"]]}]
    for case in manifest["cases"]:
        case["ride"] = RIDE
    return manifest


def make_changes(manifest: dict[str, Any], count: int) -> list[tuple[str, int, str]]:
    """(case number, person index, new marital status): each case's principal applicant, a value
    they do not have yet. One record per case, so on PouchDB's side each change is one document."""
    out: list[tuple[str, int, str]] = []
    for case in manifest["cases"][:count]:
        index = next(i for i, p in enumerate(case["persons"]) if p["role"] == "principal_applicant")
        old = case["persons"][index].get("marital_status")
        out.append((case["case_number"], index, "divorced" if old != "divorced" else "widowed"))
    return out


def start_pouchdb_server(data: Path, tls: Any = None) -> tuple[subprocess.Popen[bytes], int]:
    """The express-pouchdb server in its own Node process; its messages go to a file beside its data
    (a pipe nobody reads while it runs could fill and stall it mid-measure)."""
    port_file = data.with_suffix(".port")
    log = data.with_suffix(".log")
    with log.open("wb") as err:
        proc = subprocess.Popen(
            ["node", str(NODE_DIR / "server.js"), str(data), str(port_file), MODE]
            + ([str(tls.server_cert), str(tls.server_key)] if tls else []),
            cwd=data.parent,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    deadline = time.monotonic() + 60
    while not port_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(
                f"the PouchDB server did not start (rerun `{INSTALL}` if its packages are damaged): "
                + log.read_text(errors="replace")[-800:]
            )
        time.sleep(0.05)
    return proc, int(port_file.read_text())


def theirs(base: Path, manifest_file: Path, changes_file: Path) -> dict[str, Any]:
    """PouchDB's four measures: its server in one Node process, both laptops in another."""
    base.mkdir(parents=True)
    env = dict(os.environ)
    tls = None
    if TLS:
        from app.hq.tls import ensure_tls

        tls = ensure_tls(base / "tls", ["127.0.0.1", "localhost"])
        env["NODE_EXTRA_CA_CERTS"] = str(tls.ca_cert)  # the client trusts that CA, as ours pins HQ's
    server, port = start_pouchdb_server(base / "hq", tls)
    try:
        plan = base / "plan.json"
        plan.write_text(
            json.dumps(
                {
                    "url": f"{'https' if tls else 'http'}://127.0.0.1:{port}",
                    "db": "ride",
                    "manifest": str(manifest_file),
                    "changes": str(changes_file),
                    "workdir": str(base),
                }
            )
        )
        run = subprocess.run(
            ["node", str(NODE_DIR / "client.js"), str(plan)],
            cwd=base,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            raise RuntimeError("the PouchDB replication failed: " + run.stderr[-1500:])
        out: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    out["hq_bytes"] = dir_bytes(base / "hq")
    return out


def timed(ws: Any, out: dict[str, Any], key: str) -> Any:
    """One sync call: its seconds, and its bytes both ways as our transport counts them (bodies plus
    an estimate of the headers; PouchDB's are counted at its server's sockets)."""
    from app.sync.engine import sync

    t = time.perf_counter()
    report = sync(ws)
    out[f"{key}_s"] = time.perf_counter() - t
    out[f"{key}_wire_bytes"] = report.bytes_sent + report.bytes_received
    return report


def ours(base: Path, manifest: dict[str, Any], changes: list[tuple[str, int, str]]) -> dict[str, Any]:
    """Our four measures with the real client against the real HQ (its own process, TLS, loopback)."""
    from sqlalchemy import select

    from app.hq.hub import Hub
    from app.hq.models import CaseScope
    from app.models import Case, Person
    from app.services.manifest import import_manifest
    from app.services.uow import reading, unit_of_work
    from app.sync.engine import enroll_user
    from app.wire.codes import make_user_code
    from tests.support.hq import admin_enroll, new_device

    out: dict[str, Any] = {}
    base.mkdir(parents=True)
    hub = Hub(base / "hq")
    server, port = start_hq(base / "hq")
    url = f"https://127.0.0.1:{port}"
    try:
        lead = new_device(base / "lead")
        admin_enroll(lead, enrollment_code(hub, "bench-lead", None, url))
        enroll_user(lead, make_user_code("lead", hub.add_user("lead", "team_lead") or hub.user_code("lead")))
        import_manifest(lead, manifest)

        report = timed(lead, out, "first_push")
        out["first_push_rows"] = report.pushed

        with hub.store.session() as session:
            ride_id = session.scalar(select(CaseScope.ride_id).limit(1))
        field = new_device(base / "field")
        admin_enroll(field, enrollment_code(hub, "bench-field", ride_id, url))
        report = timed(field, out, "first_pull")
        out["first_pull_rows"] = report.pulled

        wanted = {number: value for number, _, value in changes}
        with unit_of_work(lead, "edit_cases") as uow:
            rows = uow.session.execute(
                select(Person, Case.case_number)
                .join(Case, Person.case_id == Case.id)
                .where(Person.role == "principal_applicant", Case.case_number.in_(list(wanted)))
            ).all()
            changed = sum(
                bool(uow.update(person, {"marital_status": wanted[number]}, case_id=person.case_id))
                for person, number in rows
            )
        out["incr_changed"] = changed
        report = timed(lead, out, "incr_push")
        out["incr_push_rows"] = report.pushed
        report = timed(field, out, "incr_pull")
        out["incr_pull_rows"] = report.pulled

        # Proof that our sync really carried everything: the field laptop's cases and changes.
        with reading(field) as session:
            out["field_cases"] = len(session.scalars(select(Case.id).where(Case.deleted.is_(False))).all())
            got = session.execute(
                select(Case.case_number, Person.marital_status)
                .join(Case, Person.case_id == Case.id)
                .where(Person.role == "principal_applicant", Case.case_number.in_(list(wanted)))
            ).all()
            out["changes_arrived"] = sum(wanted[number] == value for number, value in got)
        lead.lock()
        field.lock()
    finally:
        stop_hq(server)
        hub.store.dispose()
    out["lead_bytes"] = dir_bytes(base / "lead")
    out["field_bytes"] = dir_bytes(base / "field")
    out["hq_bytes"] = dir_bytes(base / "hq")
    return out


def median_of(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The last round's figures with each measure's seconds replaced by the median over the rounds
    (each round's kept beside it), so one round slowed by the machine's other work does not decide."""
    out = dict(rounds[-1])
    for key, _ in MEASURES:
        values = [r[key] for r in rounds]
        out[key] = statistics.median(values)
        out[key + "_rounds"] = values
    return out


def run(cases: int = CASES, changes: int = CHANGES, rounds: int = ROUNDS) -> dict[str, Any]:
    """Both sides on one manifest, `rounds` times (alternating which side goes first); the median
    figures of each side and the four ratios (ours / PouchDB's)."""
    base = Path(tempfile.mkdtemp(prefix="circuitride-vspouch-"))
    try:
        manifest = make_manifest(cases)
        edits = make_changes(manifest, changes)
        manifest_file = base / "manifest.json"
        manifest_file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        changes_file = base / "changes.json"
        changes_file.write_text(json.dumps(edits))
        load = [os.getloadavg()[0]]
        mine: list[dict[str, Any]] = []
        theirs_: list[dict[str, Any]] = []
        for i in range(rounds):
            for side in ("pouchdb", "ours") if i % 2 == 0 else ("ours", "pouchdb"):
                where = base / f"{side}-{i}"
                if side == "pouchdb":
                    theirs_.append(theirs(where, manifest_file, changes_file))
                else:
                    mine.append(ours(where, json.loads(manifest_file.read_text("utf-8")), edits))
                load.append(os.getloadavg()[0])
                shutil.rmtree(where, ignore_errors=True)
        us, pouch = median_of(mine), median_of(theirs_)
        return {
            "cases": cases,
            "persons": sum(len(c["persons"]) for c in manifest["cases"]),
            "changes": len(edits),
            "rounds": rounds,
            "manifest_bytes": manifest_file.stat().st_size,
            "ours": us,
            "pouchdb": pouch,
            "load": load,
            "ratios": {key: us[key] / pouch[key] for key, _ in MEASURES},
            "versions": {
                "node": pouch["node"],
                "pouchdb": pouch["pouchdb"],
                "express-pouchdb": package_version("express-pouchdb"),
                "express": package_version("express"),
                "adapter": f"{pouch['adapter']} (disk), server mode {MODE}, "
                + ("HTTPS (BENCH_POUCHDB_TLS=1)" if TLS else "plain HTTP (BENCH_POUCHDB_TLS=1 for HTTPS)"),
            },
        }
    finally:
        shutil.rmtree(base, ignore_errors=True)


def report(r: dict[str, Any]) -> None:
    us, pouch, v = r["ours"], r["pouchdb"], r["versions"]
    print(
        f"\nSync beside PouchDB ({r['cases']} cases / {r['persons']} persons, BENCH_SYNC_CASES; "
        f"{r['changes']} changed records; loopback, same manifest, same run)"
    )
    print(f"  {'':<44} {'ours':>9} {'PouchDB':>9} {'ratio':>7}   {'target':<8} on the wire, ours / PouchDB")
    for key, name in MEASURES:
        wire = f"{us[key.removesuffix('_s') + '_wire_bytes'] / 1e6:.1f} / {pouch[key.removesuffix('_s') + '_wire_bytes'] / 1e6:.1f} MB"
        print(f"  {name:<44} {us[key]:>7.2f} s {pouch[key]:>7.2f} s {r['ratios'][key]:>6.2f}x   {'<= 1.0x':<8} {wire}")
    details = (
        (
            "data",
            f"{r['manifest_bytes'] / 1e6:.1f} MB of manifest JSON: {pouch['docs']} PouchDB documents (one per case, "
            f"site, ride, interpreter); ours {us['first_push_rows']} rows pushed, {us['first_pull_rows']} pulled",
        ),
        (
            "on disk: lead / new laptop / HQ",
            f"ours {us['lead_bytes'] / 1e6:.1f} / {us['field_bytes'] / 1e6:.1f} / {us['hq_bytes'] / 1e6:.1f} MB "
            f"(encrypted); PouchDB {pouch['lead_bytes'] / 1e6:.1f} / {pouch['field_bytes'] / 1e6:.1f} / "
            f"{pouch['hq_bytes'] / 1e6:.1f} MB",
        ),
        (
            "checked on the new laptop",
            f"ours {us['field_cases']} cases, {us['changes_arrived']} changes; PouchDB {pouch['field_docs_final']} "
            f"documents (HQ {pouch['hq_docs']}), {pouch['changes_arrived']} changes",
        ),
        (
            "versions",
            f"node {v['node']}, pouchdb-node {v['pouchdb']}, express-pouchdb {v['express-pouchdb']}, "
            f"express {v['express']}; {v['adapter']}",
        ),
        (
            "machine",
            f"{os.cpu_count()} cores; load average {' -> '.join(f'{x:.1f}' for x in r['load'])} at the start and "
            f"after each side; {r['rounds']} round(s), medians shown (BENCH_SYNC_ROUNDS)",
        ),
    )
    for name, text in details:
        print(f"  {name:<34} {text}")


def main(argv: list[str] | None = None) -> int:
    from app import logsetup

    args = sys.argv[1:] if argv is None else argv
    reason = missing_node()
    if reason:
        print(f"\nSync beside PouchDB: not run ({reason})")
        return 0
    logsetup.configure()
    try:
        result = run()
    except RuntimeError as exc:  # a server did not start or PouchDB's replication failed: its message, no traceback
        print(f"\nSync beside PouchDB: failed: {exc}")
        return 1
    report(result)
    if "--json" in args:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
