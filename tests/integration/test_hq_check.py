"""`circuitride hq check` on a real HQ home (SQLite): a synced laptop's photo uploaded, then the
damage an IT team meets: a deleted file, an altered file, a lost certificate, a database another
version wrote. Each is a problem in words and exit 1; a sound HQ exits 0."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.hq.check import check_hq
from app.hq.hub import Hub
from app.services.attachments import attach
from app.services.manifest import import_manifest
from app.sync.engine import sync
from tests.conftest import ROOT, cli_env
from tests.integration.conftest import jpeg_bytes
from tests.integration.test_sync import manifest
from tests.support.hq import enrolled, running_hq


@pytest.fixture
def hq_home(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """An HQ home with one laptop's cases and one uploaded photo; yields (home, photo hash)."""
    home = tmp_path / "hq"
    with running_hq(home) as hq:
        ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
        import_manifest(ws, manifest())
        result = attach(ws, "LIM-000100", jpeg_bytes(), filename="photo.jpg", kind="photo")
        sync(ws)
        ws.lock()
    yield home, result.content_hash


def blob_path(home: Path, sha: str) -> Path:
    return home / "blobs" / sha[:2] / sha


def hq_check(tmp_path: Path, home: Path) -> tuple[int, dict[str, object], str]:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "hq", "check", "--home", str(home), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(tmp_path),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_sound_hq_passes(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    home, sha = hq_home
    assert blob_path(home, sha).is_file()
    code, doc, err = hq_check(tmp_path, home)
    assert code == 0, err
    assert doc["ok"] is True and doc["problems"] == []
    assert doc["blobs"]["checked"] >= 1 and doc["blobs"]["missing"] == 0  # type: ignore[index]
    assert doc["database"]["revision"] == doc["database"]["head"]  # type: ignore[index]
    assert set(doc["certificates"]) == {"HQ CA", "server certificate"}  # type: ignore[arg-type]
    assert "HQ is sound" in err


def test_deleted_blob_is_a_problem(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    home, sha = hq_home
    blob_path(home, sha).unlink()
    code, doc, err = hq_check(tmp_path, home)
    assert code == 1
    assert doc["blobs"]["missing"] == 1  # type: ignore[index]
    assert any(sha in line and "missing" in line for line in doc["problems"])  # type: ignore[attr-defined]
    assert "PROBLEM" in err and "restore it from the blob backup" in err
    assert "Traceback" not in err


def test_tampered_blob_is_a_problem(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    home, sha = hq_home
    path = blob_path(home, sha)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    code, doc, _ = hq_check(tmp_path, home)
    assert code == 1
    assert doc["blobs"]["damaged"] == 1  # type: ignore[index]
    assert any("damaged or was altered" in line for line in doc["problems"])  # type: ignore[attr-defined]


def test_orphan_is_counted_not_a_problem(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    import hashlib

    home, _ = hq_home
    data = b"a file no record names"
    sha = hashlib.sha256(data).hexdigest()
    blob_path(home, sha).parent.mkdir(exist_ok=True)
    blob_path(home, sha).write_bytes(data)
    report = check_hq(home)
    assert report.ok, report.problems
    assert report.orphan_blobs == 1


def test_missing_server_key_and_expiry_warning(hq_home: tuple[Path, str]) -> None:
    home, _ = hq_home
    # Near the server certificate's end (two years out): a warning, and HQ renews it on start.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=720)
    report = check_hq(home, now=later)
    assert report.ok
    assert any("server certificate expires" in w for w in report.warnings)
    (home / "tls" / "server-key.pem").unlink()
    report = check_hq(home)
    assert not report.ok
    assert any("server-key.pem" in p and "missing" in p for p in report.problems)


def test_mismatched_key_and_damaged_signing_key(hq_home: tuple[Path, str]) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    home, _ = hq_home
    other = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (home / "tls" / "server-key.pem").write_bytes(other)
    (home / "keys" / "hq-sign.key").write_bytes(b"short")
    report = check_hq(home)
    assert any("do not belong together" in p for p in report.problems)
    assert any("hq-sign.key" in p and "damaged" in p for p in report.problems)


def test_schema_from_a_newer_version_is_refused(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = hq_home
    hub = Hub(home)
    with hub.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    hub.store.dispose()
    code, doc, err = hq_check(tmp_path, home)
    assert code == 1
    assert any("newer version" in line for line in doc["problems"])  # type: ignore[attr-defined]


def test_no_hq_here(tmp_path: Path) -> None:
    code, doc, err = hq_check(tmp_path, tmp_path / "nowhere")
    assert code == 1
    assert any("does not exist" in line for line in doc["problems"])  # type: ignore[attr-defined]
    assert not (tmp_path / "nowhere").exists()  # the check created nothing


def test_an_explicit_sqlite_url_that_names_no_file_creates_none(tmp_path: Path) -> None:
    missing = tmp_path / "elsewhere" / "hq.sqlite"
    report = check_hq(tmp_path / "home", f"sqlite:///{missing}")
    assert not report.ok and any("does not exist" in p for p in report.problems)
    assert not missing.exists()


def test_on_postgresql_a_deleted_blob_is_found(tmp_path: Path, pg_url: str) -> None:
    home = tmp_path / "hq"
    with running_hq(home, pg_url) as hq:
        ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
        import_manifest(ws, manifest())
        result = attach(ws, "LIM-000100", jpeg_bytes(), filename="photo.jpg", kind="photo")
        sync(ws)
        ws.lock()
    report = check_hq(home, pg_url)
    assert report.ok, report.problems
    assert report.revision == report.head and report.rows > 0
    blob_path(home, result.content_hash).unlink()
    report = check_hq(home, pg_url)
    assert report.blobs_missing == 1 and not report.ok


# ----- an organisation's certificate ---------------------------------------------------------------
def test_an_organisations_certificate_is_checked_as_hq_uses_it(hq_home: tuple[Path, str], tmp_path: Path) -> None:
    """HQ's IT put the organisation's certificate in (root -> intermediate -> HQ, as test_org_ca
    builds it): no CA key of HQ's own is asked for, the chain and key are checked as HQ checks them
    when it starts, and both expiries are watched."""
    import shutil

    from cryptography.hazmat.primitives import serialization

    from tests.integration.test_org_ca import Org

    home, _ = hq_home
    shutil.rmtree(home / "tls")  # the HQ's own CA is replaced by the organisation's
    org = Org()
    org.install(home / "tls")
    code, doc, _stderr = hq_check(tmp_path, home)
    assert code == 0, doc["problems"]
    assert doc["problems"] == [] and doc["warnings"] == []
    assert set(doc["certificates"]) == {"organisation's server certificate", "organisation's CA (ca.pem)"}  # type: ignore[arg-type]
    assert not any("ca-key.pem" in line for line in doc["notices"])  # type: ignore[attr-defined]

    # near the server certificate's end (a year out): a warning that says what to do
    report = check_hq(home, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=350))
    assert report.ok
    (warning,) = report.warnings
    assert "organisation's server certificate expires" in warning and "org-server.pem" in warning
    assert check_hq(home, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=400)).problems == [
        f"certificates: the organisation's server certificate expired on {org.server[0].not_valid_after_utc:%Y-%m-%d}."
    ]

    # laptops pin ca.pem: a certificate another CA issued is a problem in words
    (home / "tls" / "ca.pem").write_bytes(Org().intermediate[0].public_bytes(serialization.Encoding.PEM))
    code, doc, _stderr = hq_check(tmp_path, home)
    assert code == 1
    (problem,) = doc["problems"]  # type: ignore[misc]
    assert problem.startswith("certificates: ") and "was not issued by the CA in ca.pem" in problem

    # the key missing
    org.install(home / "tls")
    (home / "tls" / "org-server-key.pem").unlink()
    report = check_hq(home)
    assert [p for p in report.problems if p.startswith("certificates:")] == [
        f"certificates: {home / 'tls' / 'org-server-key.pem'} is missing: put there the private key of org-server.pem."
    ]
