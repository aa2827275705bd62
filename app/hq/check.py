"""`circuitride hq check`: what an IT team can verify about an HQ without starting it.

Database: it opens, its schema is at this version's newest migration (an HQ that was not started
since an upgrade is behind; one written by a newer version must not be served by this one), it
can be read, and on SQLite the file passes integrity_check. Blobs: every file HQ recorded a device
as holding (`hq_blob_holders`: uploaded whole, hash checked) must be in the store, and every file
in the store must hash to its name; files attachment records name that no device has uploaded yet
are a notice (the laptop sends them on its next sync), files nothing names are counted as orphans.
Certificates: HQ's CA and server certificate are present, parse, belong to their keys, chain, and
are not expired; expiring within 30 days warns. With an organisation's certificate (org-server.pem,
its key and the CA laptops pin in ca.pem) there is no CA key of HQ's own: the certificate is checked
as HQ checks it when it starts (it belongs to its key and chains up to ca.pem), and both expiries
are watched the same way. Keys: the bundle keys parse and are not readable
by others.

Nothing here writes: the check opens the database without migrating it and creates no key,
certificate or folder (the `Hub` constructor would). Problems name files and hashes, never
anyone's data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, literal_column, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.errors import CircuitRideError
from app.hq.blobaccess import ATTACHMENT_HASH_FIELDS, hash_field
from app.hq.models import BlobHolder, Device, Row
from app.hq.store import MIGRATIONS_DIR, HQStore
from app.hq.tls import (
    CA_CERT_NAME,
    CA_KEY_NAME,
    ORG_CERT_NAME,
    ORG_KEY_NAME,
    SERVER_CERT_NAME,
    SERVER_KEY_NAME,
    organisation_tls,
)
from app.util.words import count
from app.wire.protocol import SHA_RE

log = logging.getLogger(__name__)

EXPIRY_WARNING = dt.timedelta(days=30)
_READ = 1024 * 1024


@dataclass
class HQCheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    revision: str | None = None
    head: str | None = None
    rows: int = 0
    devices: int = 0
    blobs_checked: int = 0
    blobs_missing: int = 0
    blobs_damaged: int = 0
    blobs_not_uploaded: int = 0
    orphan_blobs: int = 0
    partial_uploads: int = 0
    certificates: dict[str, str] = field(default_factory=dict)  # name -> "not after" date (UTC, ISO)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "problems": self.problems,
            "warnings": self.warnings,
            "notices": self.notices,
            "database": {"revision": self.revision, "head": self.head, "rows": self.rows, "devices": self.devices},
            "blobs": {
                "checked": self.blobs_checked,
                "missing": self.blobs_missing,
                "damaged": self.blobs_damaged,
                "not_uploaded_yet": self.blobs_not_uploaded,
                "orphans": self.orphan_blobs,
                "partial_uploads": self.partial_uploads,
            },
            "certificates": self.certificates,
        }


def check_hq(
    home: Path, db_url: str | None = None, blobs: Path | None = None, *, now: dt.datetime | None = None
) -> HQCheckReport:
    report = HQCheckReport()
    moment = now or dt.datetime.now(dt.UTC)
    referenced, held = _check_database(home, db_url, report)
    _check_blobs(blobs or home / "blobs", referenced, held, report)
    _check_tls(home / "tls", moment, report)
    _check_keys(home / "keys", report)
    return report


# ----- database ---------------------------------------------------------------------------------
def _check_database(home: Path, db_url: str | None, report: HQCheckReport) -> tuple[set[str], set[str]]:
    """Returns (hashes attachment records name, hashes a device is recorded as holding)."""
    if db_url is None:
        db_url = f"sqlite:///{home / 'hq.sqlite'}"
    path = _sqlite_file(db_url)
    if path is not None:  # SQLAlchemy would create an empty file where there is none
        if not path.is_file():
            report.problems.append(
                f"database: {path} does not exist. Is --home right? (HQ creates it on its first start.)"
            )
            return set(), set()
    try:
        store = HQStore(db_url)
    except SQLAlchemyError as exc:
        report.problems.append(f"database: cannot be opened ({type(exc).__name__}); check the URL and the server.")
        return set(), set()
    try:
        return _read_database(store, report)
    except DBAPIError as exc:
        log.warning("HQ database check failed: %s", type(exc.orig).__name__)
        report.problems.append(
            f"database: cannot be read ({type(exc.orig).__name__}): the file is damaged or the server refused; "
            "restore it from the last backup or check the database server."
        )
        return set(), set()
    finally:
        store.engine.dispose()


def _sqlite_file(db_url: str) -> Path | None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError:
        return None  # HQStore says what is wrong with it
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _read_database(store: HQStore, report: HQCheckReport) -> tuple[set[str], set[str]]:
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    report.head = script.get_current_head()
    with store.engine.connect() as conn:
        report.revision = MigrationContext.configure(conn).get_current_revision()
        if store.dialect == "sqlite":
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if integrity != ["ok"]:
                report.problems.extend(f"database: {line}" for line in integrity[:20])
    if report.revision is None:
        report.problems.append("database: it holds no HQ schema (an empty or foreign database). Is --db right?")
        return set(), set()
    if report.revision != report.head:
        known = {rev.revision for rev in script.walk_revisions()}
        if report.revision in known:
            report.problems.append(
                f"database: schema {report.revision} is behind this version's {report.head}; "
                "start HQ once (`circuitride hq serve`) and it upgrades the schema."
            )
        else:
            report.problems.append(
                f"database: schema {report.revision} was written by a newer version of Circuit Ride; "
                "run that version (this one must not serve it)."
            )
        return set(), set()
    referenced: set[str] = set()
    with store.session() as session:
        report.rows = session.scalar(select(func.count()).select_from(Row)) or 0
        report.devices = session.scalar(select(func.count()).select_from(Device)) or 0
        for name in ATTACHMENT_HASH_FIELDS:
            column = hash_field(store.dialect, name)
            query = select(column).where(Row.table_name == literal_column("'attachments'"), column.is_not(None))
            referenced.update(str(v) for v in session.scalars(query) if v)
        held = set(session.scalars(select(BlobHolder.hash).distinct()))
    return referenced, held


# ----- blobs ------------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_READ):
            digest.update(chunk)
    return digest.hexdigest()


def _check_blobs(root: Path, referenced: set[str], held: set[str], report: HQCheckReport) -> None:
    if not root.is_dir():
        if held:
            report.problems.append(f"blobs: the store {root} does not exist but HQ holds {count(len(held), 'file')}.")
        else:
            report.notices.append(f"blobs: no store at {root} yet (created when HQ first starts).")
        return
    present: set[str] = set()
    for sub in sorted(root.iterdir()):
        if sub.name in ("partial", "locks") or not sub.is_dir():  # uploads in progress, their locks
            continue
        for path in sorted(sub.iterdir()):
            if not SHA_RE.match(path.name) or path.name[:2] != sub.name or not path.is_file():
                report.warnings.append(f"blobs: {path.relative_to(root)} is not a file HQ wrote; move it away.")
                continue
            present.add(path.name)
            report.blobs_checked += 1
            try:
                actual = _sha256(path)
            except OSError as exc:
                report.problems.append(f"blobs: {path.relative_to(root)} cannot be read ({exc.strerror}).")
                report.blobs_damaged += 1
                continue
            if actual != path.name:
                report.blobs_damaged += 1
                report.problems.append(
                    f"blobs: {path.relative_to(root)} is damaged or was altered (its content does not match "
                    "its hash); restore it from the blob backup."
                )
    missing = sorted(held - present)
    report.blobs_missing = len(missing)
    for sha in missing[:20]:
        report.problems.append(
            f"blobs: file {sha} was uploaded to HQ and is missing from {root}; restore it from the blob backup."
        )
    if len(missing) > 20:
        report.problems.append(f"blobs: {len(missing) - 20} more missing files.")
    waiting = referenced - held - present
    report.blobs_not_uploaded = len(waiting)
    if waiting:
        report.notices.append(
            f"blobs: {count(len(waiting), 'file')} named by attachment records not uploaded yet "
            "(the laptops that made them send them on their next sync)."
        )
    report.orphan_blobs = len(present - referenced - held)
    if report.orphan_blobs:
        report.notices.append(f"blobs: {count(report.orphan_blobs, 'file')} that no record names (orphans).")
    partial = root / "partial"
    report.partial_uploads = sum(1 for p in partial.iterdir() if p.is_file()) if partial.is_dir() else 0
    if report.partial_uploads:
        report.notices.append(f"blobs: {count(report.partial_uploads, 'upload')} in progress.")


# ----- certificates and keys --------------------------------------------------------------------
def _same_key(cert: x509.Certificate, key: object) -> bool:
    if not hasattr(key, "public_key"):
        return False
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return bool(cert.public_key().public_bytes(*fmt) == key.public_key().public_bytes(*fmt))


def _load_pair(cert_path: Path, key_path: Path, what: str, report: HQCheckReport) -> list[x509.Certificate] | None:
    try:
        chain = x509.load_pem_x509_certificates(cert_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        report.problems.append(f"certificates: the {what} file {exc.filename} is missing; restore it from backup.")
        return None
    except (OSError, ValueError, TypeError):
        report.problems.append(f"certificates: the {what} ({cert_path.name}, {key_path.name}) is damaged.")
        return None
    if not _same_key(chain[0], key):
        report.problems.append(f"certificates: the {what} certificate and key do not belong together.")
    return chain


def _expiry(
    cert: x509.Certificate,
    what: str,
    moment: dt.datetime,
    report: HQCheckReport,
    renews: bool,
    advice: str | None = None,
) -> None:
    end = cert.not_valid_after_utc
    report.certificates[what] = end.date().isoformat()
    if end <= moment:
        report.problems.append(f"certificates: the {what} expired on {end:%Y-%m-%d}.")
    elif end - moment < EXPIRY_WARNING:
        advice = advice or (
            "HQ issues a new one when it next starts: restart it."
            if renews
            else "plan a new CA now: every laptop must be enrolled again with it."
        )
        report.warnings.append(f"certificates: the {what} expires on {end:%Y-%m-%d}; {advice}")


def _check_tls(directory: Path, moment: dt.datetime, report: HQCheckReport) -> None:
    if (directory / ORG_CERT_NAME).exists():  # the organisation's certificate: HQ has no CA key of its own
        _check_organisation_tls(directory, moment, report)
        return
    ca_cert, ca_key = directory / CA_CERT_NAME, directory / CA_KEY_NAME
    if not ca_cert.exists() and not ca_key.exists():
        line = f"certificates: none in {directory} (HQ creates its CA on its first start or enrollment)."
        (report.problems if report.devices else report.notices).append(line)
        return
    ca_chain = _load_pair(ca_cert, ca_key, "HQ CA", report)
    if ca_chain is None:
        return
    ca = ca_chain[0]
    _expiry(ca, "HQ CA", moment, report, renews=False)
    chain = _load_pair(directory / SERVER_CERT_NAME, directory / SERVER_KEY_NAME, "server certificate", report)
    if chain is None:
        return
    try:
        chain[0].verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        report.problems.append(
            "certificates: the server certificate is not signed by HQ's CA; move server.pem and "
            "server-key.pem away and HQ issues a new one when it starts."
        )
    _expiry(chain[0], "server certificate", moment, report, renews=True)


def _check_organisation_tls(directory: Path, moment: dt.datetime, report: HQCheckReport) -> None:
    """What HQ checks when it starts with an organisation's certificate (app/hq/tls.py
    organisation_tls, writing nothing), and how long the certificate and the CA laptops pin last."""
    try:
        organisation_tls(directory, write=False)
    except CircuitRideError as exc:
        report.problems.append(f"certificates: {exc.message}")
        return
    pinned = x509.load_pem_x509_certificates((directory / CA_CERT_NAME).read_bytes())[0]
    leaf = x509.load_pem_x509_certificates((directory / ORG_CERT_NAME).read_bytes())[0]
    _expiry(
        leaf,
        "organisation's server certificate",
        moment,
        report,
        renews=False,
        advice=f"ask the organisation for a renewed one and put it in {ORG_CERT_NAME} with its key in "
        f"{ORG_KEY_NAME} (laptops keep working: they pin {CA_CERT_NAME}), then restart HQ.",
    )
    _expiry(
        pinned,
        "organisation's CA (ca.pem)",
        moment,
        report,
        renews=False,
        advice="plan the move to the CA that follows it now: every laptop must be enrolled again with it.",
    )


def _check_keys(directory: Path, report: HQCheckReport) -> None:
    for name, kind in (("hq-box.key", X25519PrivateKey), ("hq-sign.key", Ed25519PrivateKey)):
        path = directory / name
        try:
            raw = path.read_bytes()
            kind.from_private_bytes(raw)
        except FileNotFoundError:
            line = f"keys: {path} is missing (HQ creates it on its first start; if HQ ran before, restore it)."
            (report.problems if report.devices else report.notices).append(line)
            continue
        except (OSError, ValueError):
            report.problems.append(f"keys: {path} is damaged; restore it from backup.")
            continue
        if os.name == "posix" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            report.warnings.append(f"keys: {path} is readable by others; chmod 600 it.")
