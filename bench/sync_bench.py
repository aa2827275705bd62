"""Sync figures for `make bench` (issue 5), on loopback with the real HQ server over TLS.

- first sync of a ride of BENCH_SYNC_CASES cases (default 5,000) with BENCH_SYNC_PHOTOS photos
  (default 2,000): time, and bytes on the wire (counted by a byte-level proxy) against the same
  payload compressed with zstd in the same run;
- incremental sync of 10,000 changed records (push from one laptop, pull on the other);
- bytes re-sent after the connection is cut at 90% of a 200 MB attachment upload;
- 50 devices pushing concurrently to a PostgreSQL HQ: p95 push latency and errors.
Run alone with `python -m bench.sync_bench`.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES = int(os.environ.get("BENCH_SYNC_CASES", "5000"))
PHOTOS = int(os.environ.get("BENCH_SYNC_PHOTOS", "2000"))
CHANGES = int(os.environ.get("BENCH_SYNC_CHANGES", "10000"))
BIG_MB = int(os.environ.get("BENCH_SYNC_BIG_MB", "200"))
DEVICES = int(os.environ.get("BENCH_SYNC_DEVICES", "50"))
RIDE = "Bench ride"


def line(name: str, value: str, target: str = "") -> None:
    print(f"  {name:<44} {value:>16}   {target}")


def start_hq(home: Path, db: str | None = None) -> tuple[Any, int]:
    """HQ in its own process, as deployed (an in-process server would share the GIL with the laptop)."""
    import subprocess

    port_file = home.with_suffix(".port")
    port_file.unlink(missing_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "app",
        "hq",
        "serve",
        "--home",
        str(home),
        "--port",
        "0",
        "--port-file",
        str(port_file),
    ]
    if db:
        cmd += ["--db", db]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not port_file.exists() or not port_file.read_text().strip():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("HQ did not start: " + (proc.stderr.read().decode()[-500:] if proc.stderr else ""))
        time.sleep(0.05)
    time.sleep(0.3)
    return proc, int(port_file.read_text())


def stop_hq(proc: Any) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except Exception:  # noqa: BLE001 - a benchmark clean-up
        proc.kill()


def enrollment_code(hub: Any, name: str, ride_id: str | None, url: str) -> str:
    from app.wire.codes import make_code
    from app.wire.tls import ca_fingerprint

    _, token = hub.enroll_device(name, ride_id)
    return make_code(url, ca_fingerprint((hub.tls_dir / "ca.pem").read_bytes()), token)


def _photo(rnd: random.Random, index: int) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 480), (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rnd.randrange(640), rnd.randrange(480)
        draw.ellipse(
            (x, y, x + rnd.randrange(20, 160), y + rnd.randrange(20, 160)),
            fill=tuple(rnd.randrange(256) for _ in range(3)),
        )
    draw.text((20, 20), f"SYNTHETIC {index}", fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def first_sync(base: Path) -> dict[str, Any]:
    import zstandard
    from sqlalchemy import select

    from app.hq.hub import Hub
    from app.hq.merge import pull as hq_pull
    from app.hq.models import CaseScope, Device
    from app.services.attachments import attach
    from app.services.demo_data import generate
    from app.services.manifest import import_manifest
    from app.sync.engine import enroll_user, sync
    from app.wire.codes import make_user_code
    from tests.support.hq import admin_enroll as enroll  # enrolling a laptop is its administrator's act
    from tests.support.hq import new_device
    from tests.support.netcut import CutProxy

    out: dict[str, Any] = {}
    hub = Hub(base / "hq")
    server, port = start_hq(base / "hq")
    proxy = CutProxy("127.0.0.1", port)
    proxy.start()
    url = f"https://127.0.0.1:{proxy.port}"
    try:
        lead = new_device(base / "lead")
        enroll(lead, enrollment_code(hub, "bench-lead", None, url))
        # The team lead's key enrolled at HQ: HQ checks each push's signed groups and judges the
        # changes by a team lead's role (issue 19.14).
        enroll_user(lead, make_user_code("lead", hub.add_user("lead", "team_lead") or hub.user_code("lead")))
        manifest = generate(CASES, 7, photos=False).manifest
        manifest["rides"] = [{"name": RIDE, "sites": [s["name"] for s in manifest["sites"]]}]
        for case in manifest["cases"]:
            case["ride"] = RIDE
        t = time.perf_counter()
        import_manifest(lead, manifest)
        out["import_s"] = time.perf_counter() - t
        rnd = random.Random(3)
        t = time.perf_counter()
        photo_bytes = 0
        for i, case in enumerate(manifest["cases"][:PHOTOS]):
            data = _photo(rnd, i)
            photo_bytes += len(data)
            attach(lead, case["case_number"], data, filename=f"photo-{i}.jpg", kind="photo")
        out["attach_s"] = time.perf_counter() - t
        out["persons"] = sum(len(c["persons"]) for c in manifest["cases"])
        del manifest
        up0, down0 = proxy.bytes_up, proxy.bytes_down
        t = time.perf_counter()
        sync(lead)
        out["lead_push_s"] = time.perf_counter() - t
        out["lead_wire_mb"] = (proxy.bytes_up - up0 + proxy.bytes_down - down0) / 1e6

        with hub.store.session() as session:
            ride_id = session.scalar(select(CaseScope.ride_id).limit(1))
        field = new_device(base / "field")
        enroll(field, enrollment_code(hub, "bench-field", ride_id, url))
        up0, down0 = proxy.bytes_up, proxy.bytes_down
        t = time.perf_counter()
        report = sync(field)
        out["first_sync_s"] = time.perf_counter() - t
        out["first_rows"] = report.pulled
        out["first_files"] = report.downloaded_files
        out["first_wire_mb"] = (proxy.bytes_up - up0 + proxy.bytes_down - down0) / 1e6

        # Baseline: the same payload (row states + files) compressed with zstd, no protocol at all.
        compressor = zstandard.ZstdCompressor(level=3)
        size = 0
        with hub.store.session() as session:
            device = session.query(Device).filter(Device.name == "bench-field").one()
            since, rows = 0, []
            while True:
                page = hq_pull(session, device, since)
                rows.append(page.model_dump_json())
                since = page.next
                if not page.more:
                    break
        size += len(compressor.compress("".join(rows).encode()))
        raw_files = 0
        for path in (hub.blobs.root).glob("??/*"):
            data = path.read_bytes()
            raw_files += len(data)
            size += len(compressor.compress(data))
        out["zstd_mb"] = size / 1e6
        out["raw_files_mb"] = raw_files / 1e6

        # Incremental: CHANGES changed records on the lead laptop, pushed, then pulled by the field laptop.
        from app.models import Person
        from app.services.uow import unit_of_work

        with unit_of_work(lead, "edit_cases") as uow:
            persons = uow.session.scalars(select(Person).limit(CHANGES)).all()
            changed = 0
            for person in persons:  # a value each person does not have yet: every record really changes
                new = "divorced" if person.marital_status != "divorced" else "widowed"
                changed += bool(uow.update(person, {"marital_status": new}, case_id=person.case_id))
        t = time.perf_counter()
        sync(lead)
        push_s = time.perf_counter() - t
        t = time.perf_counter()
        report = sync(field)
        pull_s = time.perf_counter() - t
        out.update(incr_changed=changed, incr_push_s=push_s, incr_pull_s=pull_s, incr_received=report.pulled)

        # A 200 MB attachment upload cut at 90%: how much is sent again.
        out.update(cut_resume(lead, proxy, hub))
        lead.lock()
        field.lock()
    finally:
        proxy.stop()
        stop_hq(server)
        hub.store.dispose()
    return out


def cut_resume(ws: Any, proxy: Any, hub: Any) -> dict[str, Any]:
    """Bytes an upload cut at 90 % costs beyond the same upload uncut: the chunk in flight at the cut
    sent again, plus the TLS handshake and requests of the retry (the protocol's own overhead on
    every request is in both runs, so it is not counted as re-sent)."""
    from app.models import Attachment, Case
    from app.services.uow import unit_of_work
    from app.sync.engine import sync

    size = BIG_MB * 1024 * 1024

    def upload(seed: int, cut: bool) -> tuple[int, float]:
        rnd = random.Random(seed)

        def chunks() -> Any:
            left = size
            while left:
                n = min(left, 1024 * 1024)
                yield rnd.randbytes(n)
                left -= n

        info = ws.vault.put_stream(chunks())
        with unit_of_work(ws, "attach_files") as uow:
            case = uow.session.query(Case).first()
            uow.create(
                Attachment(
                    case_id=case.id,
                    kind="scan",
                    content_hash=info.sha256_hex,
                    size=size,
                    mime="application/octet-stream",
                    title="benchmark payload",
                ),
                case_id=case.id,
            )
        up0 = proxy.bytes_up
        if cut:
            proxy.cut_after(upstream=int(size * 0.9), times=1)
        t = time.perf_counter()
        sync(ws)  # after a cut the transport retries and resumes at HQ's offset
        seconds = time.perf_counter() - t
        assert hub.blobs.has(info.sha256_hex)
        return proxy.bytes_up - up0, seconds

    cuts0 = proxy.cuts
    uncut, _ = upload(4, cut=False)
    sent, seconds = upload(5, cut=True)
    return {
        "cut_sent_mb": sent / 1e6,
        "cut_uncut_mb": uncut / 1e6,
        "cut_resent_mb": (sent - uncut) / 1e6,
        "cut_cuts": proxy.cuts - cuts0,
        "cut_s": seconds,
    }


def concurrent_pg(base: Path) -> dict[str, Any]:
    import base64

    import httpx
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.hq.hub import Hub
    from app.hq.models import Device
    from app.models.base import utcnow
    from app.sync.client import NODELAY
    from app.util.ids import uuid7
    from app.wire.signing import sign_request
    from app.wire.tls import client_ssl_context
    from tests.support.hq import new_cases_push
    from tests.support.pgcluster import PgCluster, pg_available

    reason = pg_available()
    if reason:
        return {"pg_error": reason}
    cluster = PgCluster().start()
    try:
        url = cluster.create_database("bench")
        hub = Hub(base / "hqpg", url)
        server, port = start_hq(base / "hqpg", url)
        server_url = f"https://127.0.0.1:{port}"
        keys = []
        with hub.store.session() as session:
            for i in range(DEVICES):
                key = Ed25519PrivateKey.generate()
                device_id = uuid7()
                session.add(
                    Device(
                        id=device_id,
                        name=f"bench-{i}",
                        device_id=device_id,
                        public_key=base64.b64encode(key.public_key().public_bytes_raw()).decode(),
                        enrolled_at=utcnow(),
                    )
                )
                keys.append((device_id, key))
        ca = (hub.tls_dir / "ca.pem").read_bytes()
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        rounds, batch = 10, 50

        # Every push is built and signed before the clock starts: on a real ride each laptop has its
        # own CPU, here the 50 "laptops" share this machine's cores with HQ and PostgreSQL.
        def requests_of(device_id: str, key: Any) -> list[tuple[bytes, dict[str, str]]]:
            out = []
            for round_no in range(rounds):
                request = new_cases_push(device_id, 1 + round_no * batch, batch, prefix="BEN")
                body = request.model_dump_json().encode()
                out.append((body, sign_request(key, device_id, "POST", "/v1/push", body)))
            return out

        prepared = {device_id: requests_of(device_id, key) for device_id, key in keys}

        def device(device_id: str, _key: Any) -> None:
            context = client_ssl_context(ca)
            transport = httpx.HTTPTransport(verify=context, socket_options=NODELAY)
            with httpx.Client(base_url=server_url, verify=context, timeout=60, transport=transport) as client:
                client.get("/v1/health")  # the TLS handshake, as a laptop's sync does before pushing
                ready.wait(timeout=120)
                for body, headers in prepared[device_id]:
                    t = time.perf_counter()
                    try:
                        response = client.post("/v1/push", content=body, headers=headers)
                        ok = response.status_code == 200
                    except httpx.HTTPError as exc:
                        ok, response = False, type(exc).__name__
                    elapsed = time.perf_counter() - t
                    with lock:
                        latencies.append(elapsed)
                        if not ok:
                            errors.append(str(getattr(response, "status_code", response)))

        threads = [threading.Thread(target=device, args=k) for k in keys]
        ready = threading.Barrier(len(threads) + 1)  # every device connected, then all push at once
        for th in threads:
            th.start()
        ready.wait(timeout=120)
        t = time.perf_counter()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t
        stop_hq(server)
        hub.store.dispose()
        ordered = sorted(latencies)
        return {
            "pg_pushes": len(latencies),
            "pg_p50_ms": statistics.median(ordered) * 1000,
            "pg_p95_ms": ordered[int(0.95 * (len(ordered) - 1))] * 1000,
            "pg_errors": len(errors),
            "pg_wall_s": wall,
            "pg_changes": len(latencies) * batch,
        }
    finally:
        cluster.stop()


def report_ride(r: dict[str, Any]) -> None:
    line(
        "lead laptop: import + attach (set-up)",
        f"{r['import_s']:.1f} + {r['attach_s']:.1f} s",
        f"{r['persons']} persons",
    )
    line(
        "lead laptop: first push (rows + files)", f"{r['lead_push_s']:.1f} s", f"{r['lead_wire_mb']:.1f} MB on the wire"
    )
    line(
        "first sync of the ride on a new laptop",
        f"{r['first_sync_s']:.1f} s",
        f"{r['first_rows']} rows, {r['first_files']} files",
    )
    ratio = r["first_wire_mb"] / r["zstd_mb"] if r["zstd_mb"] else float("nan")
    line(
        "  bytes on the wire",
        f"{r['first_wire_mb']:.1f} MB",
        f"same payload zstd-3: {r['zstd_mb']:.1f} MB, ratio {ratio:.2f}x (files {r['raw_files_mb']:.1f} MB raw)",
    )
    total = r["incr_push_s"] + r["incr_pull_s"]
    line(
        f"incremental: {r['incr_changed']} changed records",
        f"{total:.1f} s",
        f"push {r['incr_push_s']:.1f} s + pull {r['incr_pull_s']:.1f} s; target <= 10 s",
    )
    line(
        f"{BIG_MB} MB upload cut at 90%: extra bytes",
        f"{r['cut_resent_mb']:.2f} MB",
        f"{r['cut_cuts']} cut, {r['cut_s']:.1f} s; {r['cut_sent_mb']:.1f} MB sent, {r['cut_uncut_mb']:.1f} MB uncut; "
        "beyond an uncut upload; target <= one 1 MiB chunk (1.05 MB)",
    )


def main() -> int:
    from app import logsetup

    logsetup.configure()
    base = Path(tempfile.mkdtemp(prefix="circuitride-syncbench-"))
    parts = os.environ.get("BENCH_SYNC_PARTS", "ride,pg").split(",")
    try:
        print(f"\nSync (loopback, TLS, real HQ; {CASES} cases in one ride, {PHOTOS} photos)")
        if "ride" in parts:
            report_ride(first_sync(base))
        if "pg" in parts:
            pg = concurrent_pg(base)
            if "pg_error" in pg:
                line(f"{DEVICES} devices pushing to PostgreSQL HQ", "not run", pg["pg_error"])
            else:
                line(
                    f"{DEVICES} devices pushing to PostgreSQL HQ: p95",
                    f"{pg['pg_p95_ms']:.0f} ms",
                    f"p50 {pg['pg_p50_ms']:.0f} ms, {pg['pg_pushes']} pushes of 50, {pg['pg_errors']} errors; "
                    "target <= 500 ms, 0 errors",
                )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
