"""Keeps the name search index in step with persons, in the caller's transaction.

Each person has normalised Latin and native-script names (columns on the row, for short queries
and exact lookups) and one row in the FTS5 trigram table `person_search` (partial matches in any
script). Only app/services writes either.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models import Person
from app.util.text import normalise

NAME_FIELDS = frozenset({"family_name", "given_names", "native_family_name", "native_given_names", "aliases"})


def searchable(person: Person) -> tuple[str, str]:
    latin = normalise(f"{person.given_names or ''} {person.family_name or ''}")
    native = normalise(f"{person.native_given_names or ''} {person.native_family_name or ''}")
    return latin, native


def reindex_person(session: Session, person: Person) -> None:
    latin, native = searchable(person)
    aliases = " ".join(normalise(a) for a in (person.aliases or []))
    person.search_latin = latin
    person.search_native = native
    session.flush([person])
    session.execute(text("DELETE FROM person_search WHERE person_id = :id"), {"id": person.id})
    if not person.deleted:
        names = " | ".join(part for part in (latin, native, aliases) if part)
        session.execute(
            text("INSERT INTO person_search (person_id, case_id, names) VALUES (:id, :case, :names)"),
            {"id": person.id, "case": person.case_id, "names": names},
        )
