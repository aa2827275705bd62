"""ODK Collect's form engine (JavaRosa) as a second differential-testing oracle (tests/javarosa).

JavaRosa ships inside pyxform's ODK_Validate.jar; tests/javarosa/JavaRosaFill.java is compiled
against it on demand into a cache directory outside the repository (keyed by a hash of the source
and the jar, so a changed harness or a new pyxform rebuilds it and nothing lands in git).

`JavaRosaRunner` keeps one JVM (`--batch`, JSON lines over stdin/stdout) for many forms and
interviews: starting a JVM costs about a second, an interview a few milliseconds. It answers
like tests.support.odk.OdkRunner (same document, same OdkError codes), so
tests/forms_odk/interviews.py can replay an interview through either engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import pyxform

from tests.support.odk import OdkError, batch_exchange

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "javarosa" / "JavaRosaFill.java"
JAR = Path(pyxform.__file__).resolve().parent / "validators" / "odk_validate" / "bin" / "ODK_Validate.jar"
MAIN_CLASS = "javarosafill.JavaRosaFill"
# The harness rewrites JavaRosa's reads of the clock with the JDK's internal copy of ASM.
ASM_EXPORT = ["--add-exports", "java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED"]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "circuitride" / "javarosa"


def missing_reason() -> str | None:
    """Why the JavaRosa oracle cannot run here (None when it can): no Java 17, or no jar."""
    if shutil.which("java") is None or shutil.which("javac") is None:
        return "Java (java and javac, 17 or newer) is not on PATH: install a JDK to run JavaRosa, ODK Collect's engine"
    if not JAR.is_file():
        return f"pyxform's ODK_Validate.jar (which carries JavaRosa) is missing: expected {JAR}"
    return None


def javarosa_available() -> bool:
    return missing_reason() is None


def build_dir() -> Path:
    """The compiled harness, built on first use: cache_root()/<hash of source and jar>."""
    reason = missing_reason()
    if reason is not None:
        raise RuntimeError(reason)
    digest = hashlib.sha256(SOURCE.read_bytes() + JAR.read_bytes()).hexdigest()[:16]
    target = cache_root() / digest
    if (target / "javarosafill" / "JavaRosaFill.class").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="build-", dir=target.parent))
    proc = subprocess.run(
        ["javac", "-nowarn", "-encoding", "UTF-8", *ASM_EXPORT, "-cp", str(JAR), "-d", str(tmp), str(SOURCE)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RuntimeError(f"javac could not compile {SOURCE.name}:\n{proc.stderr}")
    try:
        tmp.rename(target)  # atomic: a concurrent build of the same hash simply loses the race
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


class JavaRosaRunner:
    """One long-lived JVM running JavaRosaFill --batch.

    with JavaRosaRunner(tz="UTC") as jr:
        result = jr.fill_xml(xform, [{"ref": "/data/age", "value": "3"}], now="2026-11-25T10:30:00Z")
    """

    name = "JavaRosa"

    def __init__(self, timeout: float = 120, *, tz: str | None = None) -> None:
        self.timeout = timeout
        self.tz = tz
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._stderr: list[str] = []

    def __enter__(self) -> JavaRosaRunner:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def command(self) -> list[str]:
        tz = ["-Duser.timezone=" + self.tz] if self.tz else []
        # Short-lived, single-threaded work: the serial collector and tiered compilation stopped at
        # C1 start fastest on a small machine.
        return ["java", "-XX:+UseSerialGC", "-Xss8m", *ASM_EXPORT, *tz, "-Dfile.encoding=UTF-8",
                f"-Djavarosafill.jar={JAR}", "-cp", str(build_dir()), MAIN_CLASS, "--batch"]  # fmt: skip

    def start(self) -> None:
        if self._proc is not None:
            return
        self._proc = subprocess.Popen(
            self.command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        threading.Thread(target=self._drain_stderr, args=(self._proc,), daemon=True).start()

    def _drain_stderr(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            self._stderr.append(line)
            del self._stderr[:-50]

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        assert proc.stdin is not None
        try:
            proc.stdin.close()
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()

    def fill_xml(
        self,
        xform_xml: str,
        steps: list[dict[str, Any]],
        attachments: Path | str | None = None,
        *,
        now: str | None = None,
    ) -> dict[str, Any]:
        """Replay `steps` on a new instance of the XForm; raise OdkError(1|2|3, message) on failure.

        `attachments`: the folder jr://file/ and jr://file-csv/ names are read from; `now` (ISO
        8601 with offset) fixes the engine's clock for this interview.
        """
        request = {"xform": xform_xml, "steps": steps, "now": now,
                   "attachments": None if attachments is None else str(attachments)}  # fmt: skip
        with self._lock:
            self.start()
            proc = self._proc
            assert proc is not None
            line = self._exchange(proc, json.dumps(request) + "\n")
        response = json.loads(line)
        if not response["ok"]:
            raise OdkError(response["code"], response["error"])
        result: dict[str, Any] = response["result"]
        return result

    def _exchange(self, proc: subprocess.Popen[str], request: str) -> str:
        return batch_exchange(self, proc, request, "JavaRosaFill")
