"""ODK's reference form engine as a differential-testing oracle (see tests/odk/README.md).

`run_odk()` starts one Node process per interview (slow: mostly loading jsdom); `OdkRunner` keeps
one `odk_fill.mjs --batch` process and loads each form once, so an interview costs milliseconds.

Both return the document described in tests/odk/README.md:
{"form_id", "version", "nodes": [{"ref", "relevant", "required", "value", "violation"}...], "submission"}.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[2]
ODK_DIR = ROOT / "tests" / "odk"
SCRIPT = ODK_DIR / "odk_fill.mjs"
ENGINE_PACKAGE = ODK_DIR / "node_modules" / "@getodk" / "xforms-engine" / "package.json"
JSDOM_PACKAGE = ODK_DIR / "node_modules" / "jsdom" / "package.json"

STEP_ERROR = 1  # a step names an unknown node or choice, or the engine refused it
LOAD_ERROR = 2  # the engine cannot load the form
USAGE_ERROR = 3  # bad arguments or request, unreadable file, unexpected internal error


class OdkError(Exception):
    """odk_fill.mjs failed: `returncode` is 1 (bad step), 2 (form not loadable) or 3 (usage/internal)."""

    def __init__(self, returncode: int, stderr: str) -> None:
        super().__init__(f"ODK oracle failed with code {returncode}: {stderr.strip()}")
        self.returncode = returncode
        self.stderr = stderr


def node_binary() -> str | None:
    return shutil.which("node")


def odk_available() -> bool:
    """True when Node is on PATH and `npm ci` has installed tests/odk/node_modules."""
    return node_binary() is not None and ENGINE_PACKAGE.is_file() and JSDOM_PACKAGE.is_file()


def install_command() -> str:
    return "npm ci --prefix tests/odk --no-audit --no-fund"


def _node() -> str:
    node = node_binary()
    if node is None or not odk_available():
        raise RuntimeError(f"the ODK oracle is not installed; run `{install_command()}` in {ROOT}")
    return node


def _env(tz: str | None, now: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("ODK_FILL_NOW", None)
    if tz is not None:
        env["TZ"] = tz
    if now is not None:
        env["ODK_FILL_NOW"] = now
    return env


def run_odk(
    xform_xml: str,
    steps: list[dict[str, Any]],
    attachments: Path | None = None,
    timeout: float = 60,
    *,
    now: str | None = None,
    tz: str | None = None,
) -> dict[str, Any]:
    """Replay `steps` on the XForm `xform_xml` in a fresh Node process and return its JSON result.

    `now` (ISO 8601 with offset, e.g. "2026-11-25T10:30:00Z") fixes the engine's clock (start, end,
    today(), now()); `tz` (e.g. "UTC") is the time zone those are expressed in.
    """
    node = _node()
    with tempfile.TemporaryDirectory(prefix="odk-") as tmp:
        form = Path(tmp) / "form.xml"
        steps_file = Path(tmp) / "steps.json"
        form.write_text(xform_xml, encoding="utf-8")
        steps_file.write_text(json.dumps(steps), encoding="utf-8")
        cmd = [node, str(SCRIPT), str(form), str(steps_file)]
        if attachments is not None:
            cmd.append(str(attachments))
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env=_env(tz, now),
        )
    if proc.returncode != 0:
        raise OdkError(proc.returncode, proc.stderr)
    return json.loads(proc.stdout)


class OdkRunner:
    """One long-lived `odk_fill.mjs --batch` process; forms are loaded once per path (and mtime).

    with OdkRunner() as odk:
        result = odk.fill(form_path, [{"ref": "/data/age", "value": "3"}])

    Not thread-safe for concurrent requests beyond the lock it takes around each exchange.
    """

    def __init__(self, timeout: float = 60, *, tz: str | None = None) -> None:
        """`timeout`: seconds to wait for one answer; `tz`: the engine's time zone (default: ours)."""
        self.timeout = timeout
        self.tz = tz
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._stderr: list[str] = []

    def __enter__(self) -> OdkRunner:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:
        if self._proc is not None:
            return
        self._proc = subprocess.Popen(
            [_node(), str(SCRIPT), "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
            env=_env(self.tz),
        )
        # Drain stderr so a chatty engine can never block the process on a full pipe.
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

    def fill(
        self,
        form_path: Path | str,
        steps: list[dict[str, Any]],
        attachments: Path | str | None = None,
        *,
        now: str | None = None,
    ) -> dict[str, Any]:
        """Replay `steps` on the XForm file `form_path`; raise OdkError(code, message) on failure.

        `now` (ISO 8601 with offset) fixes the engine's clock for this interview.
        """
        return self._request({"form": str(form_path), "steps": steps, "attachments": _str(attachments), "now": now})

    def fill_xml(
        self,
        xform_xml: str,
        steps: list[dict[str, Any]],
        attachments: Path | str | None = None,
        *,
        now: str | None = None,
    ) -> dict[str, Any]:
        """Like fill() with the XForm given as text (cached by content)."""
        return self._request({"xform": xform_xml, "steps": steps, "attachments": _str(attachments), "now": now})

    def _request(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self.start()
            proc = self._proc
            assert proc is not None and proc.stdin is not None and proc.stdout is not None
            line = self._exchange(proc, json.dumps(request) + "\n")
        response = json.loads(line)
        if not response["ok"]:
            raise OdkError(response["code"], response["error"])
        return response["result"]

    def _exchange(self, proc: subprocess.Popen[str], request: str) -> str:
        return batch_exchange(self, proc, request, "odk_fill.mjs")


class BatchRunner(Protocol):
    """What batch_exchange needs of a runner: OdkRunner here, JavaRosaRunner (tests/forms_odk)."""

    timeout: float
    _proc: subprocess.Popen[str] | None
    _stderr: list[str]


def batch_exchange(runner: BatchRunner, proc: subprocess.Popen[str], request: str, name: str) -> str:
    """Send one request line to a `--batch` harness process and read its one answer line; a process
    that dies or does not answer within the runner's timeout is killed (the runner starts a new one
    next time) and reported as OdkError(USAGE_ERROR) with the end of its stderr."""
    assert proc.stdin is not None and proc.stdout is not None
    result: list[str] = []

    def read() -> None:
        result.append(proc.stdout.readline())  # type: ignore[union-attr]

    try:
        proc.stdin.write(request)
        proc.stdin.flush()
    except OSError:
        pass  # the process died; reported below
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(runner.timeout)
    if reader.is_alive() or not result or not result[0]:
        timed_out = reader.is_alive()
        runner._proc = None
        proc.kill()
        proc.wait()
        why = f"no answer within {runner.timeout} s" if timed_out else f"exited {proc.returncode}"
        raise OdkError(USAGE_ERROR, f"{name} --batch {why}: {''.join(runner._stderr[-20:]).strip()}")
    return result[0]


def _str(path: Path | str | None) -> str | None:
    return None if path is None else str(path)
