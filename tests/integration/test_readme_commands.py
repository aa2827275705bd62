"""Every command in the README's command blocks runs as written against the demo workspace (issue 19.11).

What counts as a command: every line of a fenced block tagged `sh`, `bash`, `shell`, `console` or
not tagged at all, blank lines and `#` comment lines aside. Such a line must start with
`circuitride` or `make`; `a / b` on one line is two commands (`import cases.json / export
cases.json`), the second one a `circuitride` command too. Optional parts in `[...]` are run with
the option given (the brackets dropped), so every option the README names is exercised once. Other
fenced blocks (`json` samples) are not commands, and a `circuitride` line in one of them fails
`test_the_readme_has_only_commands_this_test_understands`, as does any line of a command block it
cannot read. The parametrisation is the parse, so a command added to the README is a command run.

How they run: each through the real command line in its own process (`python -m app`, as the
`cli` fixture does), in a scratch directory that holds the files the README names (photo.jpg,
passport.pdf, cases.json, form.xlsx, steps.json), with the workspace given by
`CIRCUITRIDE_DATA_DIR` and the password by `CIRCUITRIDE_PASSWORD` (new passwords by
`CIRCUITRIDE_NEW_PASSWORD`), as the README's "Global options" say. The demo workspace is made once
for the module by `circuitride demo --cases 20 --no-photos` in a workspace created with the test
suite's cheap key derivation (keyslots.TEST_KDF, which no option of the app selects). Only what
must change is changed, word for word, by SUBSTITUTIONS: the README's example case and person,
paths outside the scratch directory, HQ's address and port, one value from each `a|b` choice, and
what the README's own earlier commands printed (the enrollment code, the conflict's id).

HQ is the README's own `hq serve` line, started as a process on a free port of 127.0.0.1. The
README's sync block runs on "the laptop": the workspace its `init` line creates (it has the
recovery slot that `recover` needs and is the fresh laptop the "Two laptops" paragraph enrolls).
A second, test-made laptop enrolled without a ride ("the hub") gives HQ a ride's cases, so
RIDE_ID is real, the laptop receives something, and a change both make to one name becomes the
conflict that `conflicts` lists and `conflicts resolve` settles.

Exit codes: every command is expected to exit 0. The README names other codes for `check` (1 on
a problem), `forms check` (1 rejected, 2 unreadable) and `sync` (1 when a change was refused), but
on the sound demo workspace, with the bundled pre-screening form and a laptop whose changes HQ
takes, the code it implies is 0. A command given `--json` must print one JSON document.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Case, CircuitRide, Person
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT, Result, cli_env
from tests.integration.conftest import jpeg_bytes
from tests.support.hq import HQServer, enrolled
from tests.unit.test_pdf_sanitise import scan_pdf, to_bytes

pytestmark = pytest.mark.slow

README = ROOT / "README.md"
COMMAND_BLOCK_TAGS = frozenset({"", "sh", "bash", "shell", "console"})
# Commands whose first word is a group take their second word too ("case show", "sync enroll").
GROUPS = frozenset({"case", "files", "user", "hq", "forms", "sync", "conflicts", "interpreters", "schedule", "qc"})
GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--user", "--data-dir", "--password-file"})
SUBGROUPS = frozenset({"hq user"})

DEMO_PASSWORD = "demo-circuit-ride-2026"  # the README's (and the Makefile's) demo password
NEW_PASSWORD = "a new synthetic passphrase for the ride"  # CIRCUITRIDE_NEW_PASSWORD, for passwd/recover
# The laptop's users all have this one (`user add` takes CIRCUITRIDE_NEW_PASSWORD), so each command
# there runs with CIRCUITRIDE_PASSWORD whichever user it names
LAPTOP_PASSWORD = NEW_PASSWORD

# ----- the README, read --------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    line: int  # in README.md
    source: str  # the README line as written
    words: tuple[str, ...]  # the command: optional [parts] included, brackets dropped, quotes parsed

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def verb(self) -> str:
        """`make run`, `circuitride` (no command), `search`, `case show`, `sync`, `sync enroll`...
        (a global option before the command, `--user LEAD sync`, is not part of it)."""
        if self.words[0] == "make":
            return self.text
        rest = list(self.words[1:])
        while len(rest) > 1 and rest[0] in GLOBAL_OPTIONS_WITH_VALUE:
            rest = rest[2:]
        if not rest:
            return "circuitride"
        if rest[0] in GROUPS and len(rest) > 1 and re.fullmatch(r"[a-z][a-z-]*", rest[1]):
            if f"{rest[0]} {rest[1]}" in SUBGROUPS and len(rest) > 2:  # `hq user add`
                return f"{rest[0]} {rest[1]} {rest[2]}"
            return f"{rest[0]} {rest[1]}"
        return rest[0]

    @property
    def test_id(self) -> str:
        shown = self.text.removeprefix("circuitride ")
        return re.sub(r"[^\w .:=/,|+@-]", "", shown)


def fenced_blocks(text: str) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """(tag, [(line number, line)]) for every fenced block."""
    tag: str | None = None
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        fence = re.match(r"^\s*```\s*(\S*)", line)
        if fence and tag is None:
            tag, lines = fence.group(1).lower(), []
        elif fence:
            yield tag, lines
            tag = None
        elif tag is not None:
            lines.append((number, line))


def _unbracket(word: str) -> str:
    return word.removeprefix("[").removesuffix("]")


def parse_readme(text: str) -> tuple[list[Command], list[str]]:
    """The commands of the README's command blocks, and every line this test cannot account for."""
    commands: list[Command] = []
    problems: list[str] = []
    for tag, lines in fenced_blocks(text):
        for number, line in lines:
            stripped = line.strip()
            if tag not in COMMAND_BLOCK_TAGS:
                if re.match(r"(circuitride|make)\b", stripped):
                    problems.append(f"README.md:{number}: a command in a ```{tag} block: {stripped}")
                continue
            if not stripped or stripped.startswith("#"):
                continue
            try:
                words = shlex.split(stripped, comments=True)
            except ValueError as exc:
                problems.append(f"README.md:{number}: cannot read ({exc}): {stripped}")
                continue
            parts: list[list[str]] = [[]]
            for word in words:
                if word == "/":
                    parts.append([])
                else:
                    parts[-1].append(_unbracket(word))
            for index, part in enumerate(parts):
                if index and part and part[0] != "circuitride" and parts[0][:1] == ["circuitride"]:
                    part.insert(0, "circuitride")  # `passwd / user add NAME`: both are circuitride commands
                if not part or part[0] not in ("circuitride", "make"):
                    problems.append(f"README.md:{number}: not a circuitride or make command: {stripped}")
                    continue
                command = Command(number, stripped, tuple(part))
                if command.words[0] == "make" and command.text not in SKIPPED:
                    problems.append(
                        f"README.md:{number}: `{command.text}` is new to this test: run it here or add it to SKIPPED"
                    )
                    continue
                commands.append(command)
    return commands, problems


# ----- what the test does with them --------------------------------------------------------------

# Not run, by name (the exact command text), with the reason.
SKIPPED: dict[str, str] = {
    "make run": "opens the desktop app (a window); tests/ui drives the app",
    "make test": "runs the whole test suite, this module included",
    "make bench": "benchmarks run for minutes; they are not a check of the README",
    "circuitride": "with no command it opens the desktop app (a window)",
}

# The workspace a command runs on, when not the demo workspace.
ON_THE_LAPTOP = frozenset(
    {
        "init",
        "recover",
        "sync enroll",
        "sync",
        "sync status",
        "conflicts",
        "conflicts resolve",
        # the laptop's administrator (the user `init` made) manages its users; the team lead enrolls
        "user add",
        "user list",
        "user set-role",
        "user deactivate",
        "user enroll",
    }
)
# The laptop's administrator, as the README's `init --user NAME` makes them; CIRCUITRIDE_USER names
# them once the laptop has several users (README, "Global options"), `--user LEAD` anyone else.
LAPTOP_ADMIN = "field.user"
LAPTOP_LEAD = "ride.lead"

# The order is the README's, but for these (the README reads top-down, not as one session).
RUN_FIRST = {
    "hq keygen": "its key pair is the hq-recovery-public.pem that `init` reads and the private key `recover` uses",
}
RUN_LAST = {
    "hq revoke-device": "laptop-07 is refused by HQ from then on; its sync commands come first",
}

# Commands that fail today, by verb, with what each one is waiting for. strict: the day one
# passes, its mark has to go.
XFAIL: dict[str, str] = {}


@dataclass
class Hub:
    """The second laptop (its user a team lead, enrolled without a ride) whose cases HQ holds."""

    path: Path
    user: str
    case_number: str
    person_id: str
    ride_id: str

    @contextmanager
    def opened(self) -> Iterator[Workspace]:
        with opened(self.path, PASSWORD, self.user) as ws:
            yield ws


@dataclass
class Session:
    """The module's state: directories, passwords, HQ, and what earlier commands printed."""

    cwd: Path  # the scratch directory every command runs in
    tmp: Path
    workspaces: dict[str, Path]
    passwords: dict[str, str]
    case_number: str = ""  # the demo case standing for the README's LIM-000123
    person_id: str = ""
    ride_name: str = ""  # the ride of that case, standing for the README's RIDE_NAME
    port: int = 0
    printed: dict[str, str] = field(default_factory=dict)  # placeholder -> value an earlier command printed
    hq_process: subprocess.Popen[bytes] | None = None
    hq_answer: int = 0
    hub: Hub | None = None

    @property
    def hq_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def env(self, workspace: str) -> dict[str, str]:
        extra = {"CIRCUITRIDE_USER": LAPTOP_ADMIN} if workspace == "laptop" else {}
        return cli_env(
            self.tmp,
            CIRCUITRIDE_DATA_DIR=str(self.workspaces[workspace]),
            CIRCUITRIDE_PASSWORD=self.passwords[workspace],
            CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD,
            **extra,
        )

    def run(self, args: list[str] | tuple[str, ...], workspace: str = "demo") -> Result:
        """`circuitride ARGS` as a process, like the `cli` fixture, but in the scratch directory
        (the README's relative file names) with the workspace given by CIRCUITRIDE_DATA_DIR."""
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=self.env(workspace),
            cwd=self.cwd,
            stdin=subprocess.DEVNULL,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def found(self, placeholder: str, made_by: str) -> str:
        if placeholder not in self.printed:
            pytest.fail(f"{placeholder} comes from the output of `{made_by}`, which has not run successfully")
        return self.printed[placeholder]

    # ----- HQ, as the README's `hq serve` line starts it
    def hq(self) -> Session:
        if self.hq_process is None:
            self._start_hq()
        assert self.hq_process is not None
        if self.hq_process.poll() is not None:
            pytest.fail(f"HQ stopped (exit {self.hq_process.returncode}): {self._hq_log()}")
        return self

    def _hq_log(self) -> str:
        log = self.tmp / "hq.log"
        return log.read_text("utf-8", "replace")[-2000:] if log.exists() else ""

    def _start_hq(self) -> None:
        (serve,) = [c for c in COMMANDS if c.verb == "hq serve"]
        args = substitute(serve, self)[1:]
        home = self.cwd / args[args.index("--home") + 1]
        with open(self.tmp / "hq.log", "wb") as log:
            self.hq_process = subprocess.Popen(
                [sys.executable, "-m", "app", *args],
                cwd=self.cwd,
                env=self.env("demo"),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.hq_answer = self._wait_for_hq(home / "tls" / "ca.pem")
        self.hub = self._hub(home)

    def _wait_for_hq(self, ca: Path) -> int:
        from app.wire.tls import client_ssl_context

        assert self.hq_process is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.hq_process.poll() is not None:
                pytest.fail(f"`hq serve` exited with {self.hq_process.returncode}: {self._hq_log()}")
            if ca.exists():
                with (
                    suppress(httpx.TransportError, OSError),
                    httpx.Client(verify=client_ssl_context(ca.read_bytes()), trust_env=False, timeout=5) as client,
                ):
                    return client.get(f"{self.hq_url}/v1/status").status_code
            time.sleep(0.1)
        pytest.fail(f"HQ did not answer on {self.hq_url} within 60 s: {self._hq_log()}")

    def _hub(self, home: Path) -> Hub:
        """A second laptop with three synthetic cases, enrolled without a ride (by the shared test
        helper, as its administrator) and synced, so HQ holds a ride's cases."""
        from app.hq.hub import Hub as HQHub
        from app.services.demo_load import load_demo
        from app.sync.engine import sync

        hq = HQHub(home)  # HQ's own admin commands open it so while it serves
        try:
            server = HQServer(hq)
            server.port = self.port  # the address the code names: the running `hq serve`
            ws = enrolled(server, self.tmp / "hub", "hub-laptop")
        finally:
            hq.store.dispose()
        try:
            load_demo(ws, cases=3, seed=11, photos=False)
            report = sync(ws)
            assert not report.rejected and not report.unsent, report
            with ws.session() as s:
                case = s.scalars(select(Case).where(Case.ride_id.is_not(None)).order_by(Case.case_number)).first()
                assert case is not None, "the hub's demo cases have no ride"
                person = principal_applicant(s, case)
                return Hub(ws.path, ws.username or "", case.case_number, person.id, str(case.ride_id))
        finally:
            ws.lock()

    def stop_hq(self) -> None:
        if self.hq_process is None or self.hq_process.poll() is not None:
            return
        self.hq_process.send_signal(signal.SIGINT)  # Ctrl+C in the README's terminal
        try:
            self.hq_process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.hq_process.kill()
            self.hq_process.wait(timeout=15)


@contextmanager
def opened(path: Path, password: str, user: str | None = None) -> Iterator[Workspace]:
    ws = Workspace(path)
    ws.unlock(password, user)
    try:
        yield ws
    finally:
        ws.lock()


def principal_applicant(session: Any, case: Case) -> Person:
    person = session.scalars(
        select(Person).where(Person.case_id == case.id, Person.role == "principal_applicant", Person.deleted.is_(False))
    ).first()
    assert person is not None, f"{case.case_number} has no principal applicant"
    return person


# Placeholder (an exact word of the README) -> its value here, with why it must change.
SUBSTITUTIONS: dict[str, Callable[[Session], str]] = {
    # The README's example case: a demo case of Lima at a stage before "interviewed" (the README
    # sets stage=interviewed; moving a stage back needs --reason), and its principal applicant.
    "LIM-000123": lambda s: s.case_number,
    "PERSON_ID": lambda s: s.person_id,
    "RIDE_NAME": lambda s: s.ride_name,
    # `init --user NAME` and `user add NAME`: a user name
    "NAME": lambda s: LAPTOP_ADMIN,
    # the laptop's other users: its team lead (enrolled at HQ too) and a colleague
    "LEAD": lambda s: LAPTOP_LEAD,
    "COLLEAGUE": lambda s: "ride.interviewer",
    # `demo --cases 500`: 500 cases with photos take too long here; the same command with 5
    "500": lambda s: "5",
    # paths outside the scratch directory; DIR for `hq keygen --out` and `forms export --out`:
    # here, where `init --recovery-public-key hq-recovery-public.pem` looks for the key
    "/media/usb/backup-2026-11-25": lambda s: "backup-2026-11-25",
    # `restore` makes a workspace in an empty folder of its own
    "NEW_DIR": lambda s: str(s.tmp / "restored-laptop"),
    "DIR": lambda s: ".",
    "/srv/cr-hq": lambda s: "cr-hq",
    # HQ on this machine: loopback only, a free port, the address the laptop reaches it at
    "0.0.0.0": lambda s: "127.0.0.1",  # noqa: S104 - the README's address, replaced by loopback
    "8443": lambda s: str(s.port),
    "https://hq.example.org:8443": lambda s: s.hq_url,
    # the ride of the case HQ holds
    "RIDE_ID": lambda s: s.hq().hub.ride_id,  # type: ignore[union-attr]
    # printed by the README's own commands
    "CR1-...": lambda s: s.found("CR1-...", "hq enroll-device"),
    "CRU1-...": lambda s: s.found("CRU1-...", "hq user add"),
    "ID": lambda s: s.found("ID", "conflicts --json"),
    "APPOINTMENT_ID": lambda s: s.found("APPOINTMENT_ID", "schedule add --json"),
    "FINDING_ID": lambda s: s.found("FINDING_ID", "qc list --json"),
    "SUBMISSION_ID": lambda s: s.found("SUBMISSION_ID", "forms submit --json"),
    # one of each choice
    "local|remote": lambda s: "local",
    "csv|json": lambda s: "csv",
}

PLACEHOLDER = re.compile(r"[A-Z][A-Z_]+|.*\.\.\..*|.*\|.*")


def substitute(command: Command, s: Session) -> list[str]:
    words = [SUBSTITUTIONS[w](s) if w in SUBSTITUTIONS else w for w in command.words]
    left = [w for w in words if PLACEHOLDER.fullmatch(w)]
    assert not left, f"README.md:{command.line}: no value for {left} in SUBSTITUTIONS: {command.source}"
    return words


# ----- what some commands need before, and give after ---------------------------------------------
FORM_ID = "cr_pre_screening"
FIRST_ANSWERS = [
    {"ref": "/data/consent_section/consent", "value": "yes"},
    {"ref": "/data/interview/interview_start", "value": "2026-12-06T09:00:00"},
    {"ref": "/data/interview/interview_language", "value": "es"},
    {"ref": "/data/interview/interpreter_used", "value": "no"},
    {"ref": "/data/interview_end", "value": "10:00:00"},
]


def steps_to_fill(s: Session, command: Command) -> None:
    """`forms fill form.xlsx --steps steps.json`: a form without a case; one answer."""
    (s.cwd / "steps.json").write_text(json.dumps(FIRST_ANSWERS[:1]), "utf-8")


def steps_to_submit(s: Session, command: Command) -> None:
    """`forms submit CASE cr_pre_screening --steps steps.json`: every answer the form requires for
    this household (its repeat has one entry per person of the case), as an interviewer gives them."""
    from app.cli.forms import apply_step
    from app.services.forms import new_form

    steps: list[dict[str, Any]] = []
    with opened(s.workspaces["demo"], s.passwords["demo"]) as ws:
        inst = new_form(ws, s.case_number, FORM_ID)

        def answer(step: dict[str, Any]) -> None:
            apply_step(inst, step)
            steps.append(step)

        for step in FIRST_ANSWERS:
            answer(step)
        for _ in range(5):
            inst.finish()
            missing = [n for n in inst.violations() if not n.value]
            for node in missing:
                ref = inst.ref(node)
                options = [value for value, _ in inst.choices(node)]
                if ref.endswith(("documents_seen", "specific_needs")):  # multiple choice, "none" last
                    answer({"ref": ref, "values": [options[-1]]})
                elif ref.endswith("languages"):
                    answer({"ref": ref, "values": [options[0]]})
                else:
                    answer({"ref": ref, "value": options[0] if options else "synthetic"})
            if not missing:
                break
        assert not inst.violations(), [inst.ref(n) for n in inst.violations()]
    (s.cwd / "steps.json").write_text(json.dumps(steps), "utf-8")


def edits_on_both_laptops(s: Session, command: Command) -> None:
    """Before the README's `sync` on the laptop: it has its ride's cases (a first sync), and its user
    (a team lead, as the README's `init` makes it) and the hub change the same name differently,
    the hub's change reaching HQ first. The README's `sync` then brings a conflict, which
    `conflicts` lists and `conflicts resolve` settles."""
    from app.services.cases import set_person_fields
    from app.sync.engine import sync

    hub = s.hq().hub
    assert hub is not None
    with opened(s.workspaces["laptop"], s.passwords["laptop"], LAPTOP_LEAD) as laptop:
        sync(laptop)
        set_person_fields(laptop, hub.case_number, hub.person_id, {"given_names": "Rosa Maria"})
    with hub.opened() as ws:
        set_person_fields(ws, hub.case_number, hub.person_id, {"given_names": "Rosa Elena"})
        report = sync(ws)
        assert not report.rejected, report


PREPARE: dict[str, Callable[[Session, Command], None]] = {
    "forms fill": steps_to_fill,
    "forms submit": steps_to_submit,
    "sync": edits_on_both_laptops,
}


def take_enrollment_code(s: Session, result: Result) -> None:
    code = result.stdout.strip().splitlines()[-1]
    assert code.startswith("CR1-"), result.stdout
    s.printed["CR1-..."] = code


def take_user_code(s: Session, result: Result) -> None:
    code = result.stdout.strip().splitlines()[-1]
    assert code.startswith("CRU1-"), result.stdout
    s.printed["CRU1-..."] = code


def take_conflict_id(s: Session, result: Result) -> None:
    conflicts = json.loads(result.stdout)
    if conflicts:  # the name both laptops changed (none when the laptop could not sync)
        s.printed["ID"] = conflicts[0]["id"]


def take_appointment_id(s: Session, result: Result) -> None:
    s.printed["APPOINTMENT_ID"] = json.loads(result.stdout)["id"]


def take_finding_id(s: Session, result: Result) -> None:
    findings = json.loads(result.stdout)
    if findings:  # the demo's planted household problem (app/services/demo/generator.py)
        s.printed["FINDING_ID"] = findings[0]["id"]


def take_submission_id(s: Session, result: Result) -> None:
    s.printed["SUBMISSION_ID"] = json.loads(result.stdout)["id"]


def new_password_on(workspace: str) -> Callable[[Session, Result], None]:
    def changed(s: Session, result: Result) -> None:
        s.passwords[workspace] = NEW_PASSWORD

    return changed


AFTER: dict[str, Callable[[Session, Result], None]] = {
    "hq enroll-device": take_enrollment_code,
    "hq user add": take_user_code,
    "conflicts": take_conflict_id,
    "schedule add": take_appointment_id,
    "qc list": take_finding_id,
    "forms submit": take_submission_id,
    "passwd": new_password_on("demo"),
    "recover": new_password_on("laptop"),
}

# ----- the files the README names ------------------------------------------------------------------


def readme_manifest_sample(text: str) -> dict[str, Any]:
    """The README's manifest example (its ```json block): what `import cases.json` imports."""
    (sample,) = [lines for tag, lines in fenced_blocks(text) if tag == "json"]
    return json.loads("\n".join(line for _, line in sample))


def write_readme_files(cwd: Path, text: str) -> None:
    (cwd / "photo.jpg").write_bytes(jpeg_bytes(640, 480))
    (cwd / "passport.pdf").write_bytes(to_bytes(scan_pdf()))
    (cwd / "cases.json").write_text(json.dumps(readme_manifest_sample(text)), "utf-8")
    shutil.copyfile(ROOT / "resources" / "forms" / "pre_screening.xlsx", cwd / "form.xlsx")
    (cwd / "steps.json").write_text(json.dumps(FIRST_ANSWERS[:1]), "utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


README_TEXT = README.read_text("utf-8")
COMMANDS, PROBLEMS = parse_readme(README_TEXT)


def _order(command: Command) -> tuple[int, int]:
    phase = 0 if command.verb in RUN_FIRST else 2 if command.verb in RUN_LAST else 1
    return phase, COMMANDS.index(command)


def _params() -> list[Any]:
    params = []
    for command in sorted(COMMANDS, key=_order):
        marks: list[Any] = []
        if command.text in SKIPPED:
            marks.append(pytest.mark.skip(reason=SKIPPED[command.text]))
        elif command.verb in XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[command.verb]))
        params.append(pytest.param(command, id=command.test_id, marks=marks))
    return params


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    root = tmp_path_factory.mktemp("readme")
    cwd = root / "here"
    cwd.mkdir()
    write_readme_files(cwd, README_TEXT)
    s = Session(
        cwd=cwd,
        tmp=root,
        workspaces={"demo": root / "demo", "laptop": root / "laptop-07"},
        passwords={"demo": DEMO_PASSWORD, "laptop": LAPTOP_PASSWORD},
        port=free_port(),
    )
    create_workspace(
        s.workspaces["demo"], "team.lead", DEMO_PASSWORD, kdf=TEST_KDF, role="team_lead", name="Demo workspace"
    ).lock()
    demo = s.run(["demo", "--cases", "20", "--no-photos"])
    assert demo.returncode == 0, demo.stderr
    with opened(s.workspaces["demo"], DEMO_PASSWORD) as ws, ws.session() as db:
        cases = db.scalars(
            select(Case)
            .where(
                Case.case_number.startswith("LIM-"),
                Case.stage.in_(("pre-screening", "interview-scheduled")),
                Case.deleted.is_(False),
            )
            .order_by(Case.case_number)
        ).all()
        assert cases, "the demo workspace has no Lima case before the interview"
        s.case_number, s.person_id = cases[0].case_number, principal_applicant(db, cases[0]).id
        ride = db.scalar(select(CircuitRide.name).where(CircuitRide.id == cases[0].ride_id))
        assert ride, f"{s.case_number} has no circuit ride"
        s.ride_name = ride
    try:
        yield s
    finally:
        s.stop_hq()


# ----- the tests --------------------------------------------------------------------------------


def test_the_readme_has_only_commands_this_test_understands() -> None:
    assert not PROBLEMS, "\n".join(PROBLEMS)
    verbs = {c.verb for c in COMMANDS}
    assert {"init", "demo", "search", "hq serve", "sync", "forms submit"} <= verbs  # the parse found the blocks


def test_every_substitution_and_rule_names_something_in_the_readme() -> None:
    """The tables stay honest: a placeholder or verb the README no longer has is an error here."""
    words = {w for c in COMMANDS for w in c.words}
    assert not set(SUBSTITUTIONS) - words, f"not in the README any more: {set(SUBSTITUTIONS) - words}"
    verbs = {c.verb for c in COMMANDS}
    for table in (ON_THE_LAPTOP, RUN_FIRST, RUN_LAST, XFAIL, PREPARE, AFTER):
        assert not set(table) - verbs, f"not in the README any more: {set(table) - verbs}"


@pytest.mark.parametrize("command", _params())
def test_readme_command(command: Command, session: Session) -> None:
    s = session
    if command.verb == "hq serve":  # a server: it runs until stopped, so it must be up and answering
        s.hq()
        assert s.hq_process is not None and s.hq_process.poll() is None
        assert 200 <= s.hq_answer < 500, f"HQ answered {s.hq_answer}: {s._hq_log()}"
        return
    if command.verb in PREPARE:
        PREPARE[command.verb](s, command)
    args = substitute(command, s)
    workspace = "laptop" if command.verb in ON_THE_LAPTOP else "demo"
    result = s.run(args[1:], workspace)
    shown = f"README.md:{command.line}: {command.source}\nran: {shlex.join(args)}\nstderr: {result.stderr}"
    assert result.returncode == 0, shown
    assert "Traceback" not in result.stderr and "unexpected problem" not in result.stderr, shown
    if "--json" in args:
        json.loads(result.stdout)  # one JSON document on stdout
    if command.verb in AFTER:
        AFTER[command.verb](s, result)
