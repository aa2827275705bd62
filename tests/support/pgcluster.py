"""A throwaway PostgreSQL cluster that the tests start themselves.

CI is a clean Debian machine that runs as root, with PostgreSQL 15's `initdb` and `pg_ctl` on the
PATH and nothing running beforehand (docs: /work/shared/design/PLATFORM.md). `initdb` refuses to run
as root, so as root every server command runs as the `postgres` system user, on a directory under
/dev/shm or /tmp (see default_parent_dir) that this module creates and hands to that user (pytest's
own tmp dirs are 0700 root and not traversable by `postgres`).

The server is tuned for speed, not durability (fsync off, immediate shutdown): it holds only test
data and is deleted on stop().

Skip policy: PostgreSQL is part of this project's CI, so a missing PostgreSQL must make the tests
FAIL, not skip silently. `pg_available()` only explains why; the fixtures in tests.support.fixtures
skip only when the environment variable CIRCUITRIDE_SKIP_PG=1 is set.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

SKIP_ENV = "CIRCUITRIDE_SKIP_PG"
SERVER_USER = "postgres"  # the system account that owns the cluster when we run as root
DEFAULT_USER = "circuitride"  # the database superuser initdb creates (trust auth, no password)
LOG_TAIL_LINES = 40
SHM_MIN_FREE = 2 << 30  # bytes of free tmpfs needed before the cluster goes to /dev/shm


class PgClusterError(RuntimeError):
    """initdb or pg_ctl failed; the message carries their output or the tail of the server log."""


def _is_root() -> bool:
    return os.geteuid() == 0


def _as_server_user() -> list[str]:
    """Prefix that runs a command as `postgres` (as root); empty when we are not root."""
    if not _is_root():
        return []
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVER_USER, "--"]
    raise PgClusterError("running as root but `runuser` is missing; cannot drop to the postgres user")


def pg_available() -> str | None:
    """None when a cluster can be started here, otherwise the reason why not.

    Used by the fixtures to build a failure message. A missing PostgreSQL is a FAILURE in this
    project (CI has it); only CIRCUITRIDE_SKIP_PG=1 turns it into a skip.
    """
    for tool in ("initdb", "pg_ctl"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not on the PATH (install PostgreSQL 15 server binaries)"
    if _is_root():
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no `{SERVER_USER}` system user to run initdb as"
        if shutil.which("runuser") is None:
            return "running as root and `runuser` is missing"
    return None


def default_parent_dir() -> Path:
    """/dev/shm when it is a roomy tmpfs, else /tmp.

    CREATE DATABASE is many times quicker on tmpfs than on the disk behind /tmp, even with
    fsync=off (docs/benchmarks.md), and every test that uses pg_url creates one. Docker's default /dev/shm is only 64 MB,
    too small for a cluster plus a benchmark, hence the free-space check.
    """
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and shm.stat().st_mode & 0o1777 == 0o1777 and shutil.disk_usage(shm).free >= SHM_MIN_FREE:
            return shm
    except OSError:
        pass
    return Path("/tmp")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (start() retries if it is taken)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as exc:
        return f"(no server log at {path}: {exc})"
    return "\n".join(text.splitlines()[-lines:])


class PgCluster:
    """One private PostgreSQL server on 127.0.0.1:<free port>, trust auth, deleted on stop().

    Usable directly (start()/stop()) or as `with PgCluster() as pg: ...`. stop() is idempotent
    and registered with atexit as a backstop, so an aborted session does not leave a server
    running (a SIGKILLed pytest still can: atexit does not run then).
    """

    def __init__(self, user: str = DEFAULT_USER, parent_dir: str | os.PathLike[str] | None = None) -> None:
        self.user = user
        self.parent_dir = Path(parent_dir) if parent_dir is not None else default_parent_dir()
        self.port: int | None = None
        self.base_dir: Path | None = None
        self.start_seconds: float | None = None  # measured, for reports on test-suite cost
        self.stop_seconds: float | None = None
        self.locale_args: list[str] = []

    # ----- paths -------------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self._base() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._base() / "sock"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "server.log"

    @property
    def running(self) -> bool:
        return self.port is not None

    def _base(self) -> Path:
        if self.base_dir is None:
            raise PgClusterError("cluster not started")
        return self.base_dir

    # ----- URLs --------------------------------------------------------------------------------
    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) for one database of this cluster."""
        if self.port is None:
            raise PgClusterError("cluster not started")
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    @property
    def url(self) -> str:
        """URL of the maintenance database `postgres`; tests should prefer create_database()."""
        return self.url_for("postgres")

    def conninfo(self, dbname: str = "postgres") -> str:
        """libpq conninfo for psycopg.connect()."""
        if self.port is None:
            raise PgClusterError("cluster not started")
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={dbname}"

    # ----- lifecycle ---------------------------------------------------------------------------
    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        # cwd inside our own dir: as `postgres`, the caller's cwd (e.g. /root) may be unreadable.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"  # tool messages in English, independent of the host's locale
        return subprocess.run(
            [*_as_server_user(), *args],
            cwd=self._base(),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
            check=False,
        )

    def _make_base_dir(self) -> Path:
        base = Path(tempfile.mkdtemp(prefix="circuitride-pg-", dir=self.parent_dir))
        base.chmod(0o700)
        if _is_root():
            owner = pwd.getpwnam(SERVER_USER)
            os.chown(base, owner.pw_uid, owner.pw_gid)
            # every parent must be traversable by `postgres` (pytest's tmp dirs are not)
            for parent in base.parents:
                if not os.stat(parent).st_mode & 0o001:
                    raise PgClusterError(f"{parent} is not traversable by {SERVER_USER}; pick another parent_dir")
        return base

    def _initdb(self) -> None:
        initdb = shutil.which("initdb") or "initdb"
        # --no-sync: the cluster is thrown away, so the final fsync of every file is pure cost
        common = [initdb, "-D", str(self.data_dir), "-A", "trust", "-U", self.user, "-E", "UTF8", "--no-sync"]
        first = self._run([*common, "--locale=C.UTF-8"])
        if first.returncode == 0:
            self.locale_args = ["--locale=C.UTF-8"]
            return
        # C.UTF-8 missing (older glibc / minimal image): C collation with UTF-8 encoding still works.
        shutil.rmtree(self.data_dir, ignore_errors=True)
        second = self._run([*common, "--no-locale"])
        if second.returncode != 0:
            raise PgClusterError(
                "initdb failed.\n--- with --locale=C.UTF-8:\n"
                f"{first.stdout}{first.stderr}\n--- with --no-locale:\n{second.stdout}{second.stderr}"
            )
        self.locale_args = ["--no-locale"]

    def _pg_ctl_start(self, port: int) -> subprocess.CompletedProcess[str]:
        pg_ctl = shutil.which("pg_ctl") or "pg_ctl"
        options = [
            f"-p {port}",
            f"-k {shlex.quote(str(self.socket_dir))}",
            "-c listen_addresses=127.0.0.1",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",  # the sync benchmark runs 50 devices at once
        ]
        return self._run(
            [
                pg_ctl,
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_path),
                "-o",
                " ".join(options),
                "-w",
                "-t",
                "60",
                "start",
            ],
        )

    def start(self) -> PgCluster:
        """initdb + pg_ctl start; raises PgClusterError with the server log tail on failure."""
        if self.base_dir is not None:
            raise PgClusterError("cluster already started")
        reason = pg_available()
        if reason:
            raise PgClusterError(reason)
        began = time.perf_counter()
        self.base_dir = self._make_base_dir()
        atexit.register(self.stop)
        try:
            self._initdb()
            self.socket_dir.mkdir()
            if _is_root():
                owner = pwd.getpwnam(SERVER_USER)
                os.chown(self.socket_dir, owner.pw_uid, owner.pw_gid)
            for _attempt in range(3):
                port = free_port()
                result = self._pg_ctl_start(port)
                if result.returncode == 0:
                    self.port = port
                    break
                log = _tail(self.log_path)
                if "could not bind" not in log and "Address already in use" not in log:
                    break  # not a port race: report it
            else:
                log = _tail(self.log_path)
            if self.port is None:
                raise PgClusterError(
                    f"pg_ctl start failed (exit {result.returncode}).\n{result.stdout}{result.stderr}\n"
                    f"--- tail of {self.log_path}:\n{log}"
                )
        except BaseException:
            self.stop()
            raise
        self.start_seconds = time.perf_counter() - began
        return self

    def stop(self) -> None:
        """Immediate shutdown and delete everything; safe to call twice or on a failed start."""
        base = self.base_dir
        if base is None:
            return
        began = time.perf_counter()
        try:
            if (base / "data" / "postmaster.pid").exists():
                pg_ctl = shutil.which("pg_ctl") or "pg_ctl"
                self._run([pg_ctl, "-D", str(base / "data"), "-m", "immediate", "-w", "-t", "30", "stop"])
        finally:
            self.base_dir = None
            self.port = None
            shutil.rmtree(base, ignore_errors=True)
            atexit.unregister(self.stop)
            self.stop_seconds = time.perf_counter() - began

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # ----- databases ---------------------------------------------------------------------------
    def create_database(self, name: str) -> str:
        """CREATE DATABASE name (empty, from template0, UTF8) and return its SQLAlchemy URL.

        FILE_COPY: copying a tiny template beats WAL-logging it block by block (PG 15's default)."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' STRATEGY FILE_COPY").format(
                    sql.Identifier(name)
                )
            )
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE ... WITH (FORCE): terminates sessions a test left open (pooled engines)."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
