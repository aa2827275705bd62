"""Files the app writes where a user asked (Word notices, the docket, the SMS list): written whole
or not at all (app/util/files.py atomic_write), and a failure said in words: a full disk, a folder
the user may not write to, a name that is a folder."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import CircuitRideError, InvalidInput, StorageFull
from app.models import Person, User
from app.reports.model import Name
from app.util.files import atomic_write

DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
NO_RIGHT = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


@dataclass(frozen=True)
class Written:
    """A document written where a user asked: what it is (`kind`: case-summary, interview,
    ride-briefing, team-stats, packet), what it is about (a case number, a submission id, a ride, a
    period) and where it went."""

    kind: str
    subject: str
    path: Path
    pages: int | None = None  # when the writer knows (a PDF)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "path": str(self.path), "pages": self.pages}


def output_path(out: Path | str, suffix: str) -> Path:
    """The file a user named, checked before any work: it ends in `suffix` and is not a folder."""
    path = Path(out).expanduser()
    if path.suffix.lower() != suffix:
        raise InvalidInput("{path}: give a file name ending in {suffix}.", path=str(path), suffix=suffix)
    if path.is_dir():
        raise InvalidInput("{path} is a folder: give a file name ending in {suffix}.", path=str(path), suffix=suffix)
    return path


def save(path: Path, data: bytes) -> None:
    """Write the whole file or leave what was there (readable by its owner only: it names people)."""
    try:
        atomic_write(path, data, mode=0o600)
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise StorageFull(
                "The disk is full: free some space on the drive that holds {path} and try again.", path=str(path)
            ) from None
        if exc.errno in NO_RIGHT:
            raise InvalidInput(
                "Permission denied writing {path}. Choose a folder you can write to.", path=str(path)
            ) from None
        raise CircuitRideError(
            "Could not write {path} ({reason}). Check the drive and the folder, then try again.",
            path=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from None


def household(session: Session, case_ids: Iterable[str]) -> dict[str, list[Person]]:
    """Each case's living household, the principal applicant first, then spouse, children by age."""
    ids = list(case_ids)
    order = {"principal_applicant": 0, "spouse": 1, "child": 2}
    out: dict[str, list[Person]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        for person in session.scalars(
            select(Person).where(Person.case_id.in_(ids[start : start + 500]), Person.deleted.is_(False))
        ):
            out[person.case_id].append(person)
    for members in out.values():
        members.sort(key=lambda p: (order.get(p.role, 3), p.dob or "9999", p.id))
    return out


def name_of(person: Person) -> Name:
    """'Ana QUISPE' (given names, family name in capitals, as on documents) and the name in the
    person's own script, given names first as the Latin one."""
    latin = " ".join(x for x in (person.given_names, (person.family_name or "").upper()) if x)
    native = " ".join(x for x in (person.native_given_names, person.native_family_name) if x)
    return Name(latin=latin or native, native=native if latin else "")


def display_name_of(session: Session, username: str) -> str:
    """A user's name as people know it (the user name when none is recorded)."""
    for user in session.scalars(select(User).where(User.username == username, User.deleted.is_(False))):
        if user.display_name:
            return user.display_name
    return username
