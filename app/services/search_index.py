"""Keeps the name search index in step with persons, in the caller's transaction.

Each person has normalised Latin and native-script names (columns on the row, for short queries
and exact lookups), one row in the FTS5 trigram table `person_search` (partial matches in any
script) and one in `person_words` (word prefixes), both under the rowid that `person_search_keys`
holds for the person, beside the date of birth (a name and a date are intersected on FTS rowids
before any person row is read). Beside them, `person_name_keys` holds the spelling-variant keys
of every word of the person's names (app/util/text.py `name_keys`) under the same rowid, so
"Fiseha" finds Fisseha and ፍስሃ. Only app/services and app/sync write them, all through this
module: a new, edited, deleted or pulled person is re-indexed here (and `circuitride check`
compares the entries with the persons).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.models import Person

if TYPE_CHECKING:
    from app.services.uow import UnitOfWork
from app.util.text import names_keys, normalise

NAME_FIELDS = frozenset({"family_name", "given_names", "native_family_name", "native_given_names", "aliases"})


def searchable(person: Person) -> tuple[str, str]:
    """A person's search forms: `normalise(f"{given} {family}")` of the Latin and of the native
    names, made of each name normalised alone (the same text: normalising works character by
    character, a space between them parts them, and spaces are collapsed and trimmed), so each
    name is normalised once however many persons share it."""
    return _full_name(person.given_names, person.family_name), _full_name(
        person.native_given_names, person.native_family_name
    )


def _full_name(given: str | None, family: str | None) -> str:
    first, last = normalise(given), normalise(family)
    return f"{first} {last}" if first and last else first or last


def person_name_keys(person: Person) -> list[str]:
    """What `person_name_keys` holds for a person: the keys of its Latin and native names and aliases."""
    fields = (person.given_names, person.family_name, person.native_given_names, person.native_family_name)
    return names_keys((*fields, *(person.aliases or [])))


def reindex_person(uow: UnitOfWork, person: Person, *, is_new: bool = False) -> None:
    """Refresh one person's search entries. New persons' rows are queued and written in one batch
    when the unit of work finishes (a bulk import adds hundreds of thousands)."""
    latin, native = searchable(person)
    aliases = " ".join(normalise(a) for a in (person.aliases or []))
    person.search_latin = latin
    person.search_native = native
    names = " | ".join(part for part in (latin, native, aliases) if part)
    key = None
    if not is_new:
        key = drop_person(uow.session, person.id, keep_key=not person.deleted)
    if person.deleted:  # a deleted person has no entry (search_case_ids relies on it)
        return
    if key is None:
        key = uow.next_fts_rowid()
        uow.defer(_INSERT_KEY, {"id": person.id, "r": key, "dob": person.dob})
    else:
        set_indexed_dob(uow.session, person)
    uow.defer(_INSERT_FTS, {"r": key, "id": person.id, "case": person.case_id, "names": names})
    uow.defer(_INSERT_WORDS, {"r": key, "names": names})
    for name_key in person_name_keys(person):
        uow.defer(_INSERT_NAME_KEY, {"k": name_key, "r": key})


def index_new_persons(uow: UnitOfWork, persons: Iterable[Person]) -> None:
    """`reindex_person(uow, person, is_new=True)` for each of many new persons (a pull page brings
    thousands) whose search forms are set already (`searchable`, written with the row): the same
    index rows, written now with one executemany per index table of plain tuples (no per-row
    statement work), the name keys in key order (neighbours in the index's B-tree)."""
    keys: list[tuple[str, int, str | None]] = []
    entries: list[tuple[int, str, str, str]] = []
    words: list[tuple[int, str]] = []
    name_keys: list[tuple[str, int]] = []
    for person in persons:
        latin, native = person.search_latin, person.search_native
        if person.deleted:  # a deleted person has no entry (search_case_ids relies on it)
            continue
        aliases = " ".join(normalise(a) for a in (person.aliases or []))
        names = " | ".join(part for part in (latin, native, aliases) if part)
        key = uow.next_fts_rowid()
        keys.append((person.id, key, person.dob))
        entries.append((key, person.id, person.case_id, names))
        words.append((key, names))
        name_keys.extend((name_key, key) for name_key in person_name_keys(person))
    if not keys:
        return
    name_keys.sort()
    connection = uow.session.connection()
    for sql, rows in (
        (_INSERT_KEY_ROWS, keys),
        (_INSERT_FTS_ROWS, entries),
        (_INSERT_WORDS_ROWS, words),
        (_INSERT_NAME_KEY_ROWS, name_keys),
    ):
        if rows:  # (an empty list would be one execution without parameters)
            connection.exec_driver_sql(sql, rows)


def person_changed(uow: UnitOfWork, person: Person, changed: Iterable[str]) -> None:
    """Keep the index in step after an update of `changed` fields of an existing person."""
    fields = set(changed)
    if NAME_FIELDS & fields or "deleted" in fields or "case_id" in fields:  # the FTS row holds the case id
        reindex_person(uow, person)
    elif "dob" in fields:
        set_indexed_dob(uow.session, person)


def set_indexed_dob(session: Session, person: Person) -> None:
    """The date of birth beside the person's search key (a dob-only change leaves the names alone)."""
    session.execute(
        text("UPDATE person_search_keys SET dob = :dob WHERE person_id = :id"), {"dob": person.dob, "id": person.id}
    )


def drop_person(session: Session, person_id: str, *, keep_key: bool = False) -> int | None:
    """Remove one person's search entries; returns their FTS rowid (kept for reuse when `keep_key`)."""
    key = session.execute(
        text("SELECT fts_rowid FROM person_search_keys WHERE person_id = :id"), {"id": person_id}
    ).scalar()
    if key is not None:
        session.execute(text("DELETE FROM person_search WHERE rowid = :r"), {"r": key})
        session.execute(text("DELETE FROM person_words WHERE rowid = :r"), {"r": key})
        session.execute(text("DELETE FROM person_name_keys WHERE fts_rowid = :r"), {"r": key})
    if not keep_key:
        session.execute(text("DELETE FROM person_search_keys WHERE person_id = :id"), {"id": person_id})
    return key


_INSERT_KEY = "INSERT INTO person_search_keys (person_id, fts_rowid, dob) VALUES (:id, :r, :dob)"
_INSERT_WORDS = "INSERT INTO person_words (rowid, names) VALUES (:r, :names)"
_INSERT_NAME_KEY = "INSERT INTO person_name_keys (key, fts_rowid) VALUES (:k, :r)"
_INSERT_FTS = "INSERT INTO person_search (rowid, person_id, case_id, names) VALUES (:r, :id, :case, :names)"
# The same, with positional parameters (index_new_persons)
_INSERT_KEY_ROWS = "INSERT INTO person_search_keys (person_id, fts_rowid, dob) VALUES (?, ?, ?)"
_INSERT_FTS_ROWS = "INSERT INTO person_search (rowid, person_id, case_id, names) VALUES (?, ?, ?, ?)"
_INSERT_WORDS_ROWS = "INSERT INTO person_words (rowid, names) VALUES (?, ?)"
_INSERT_NAME_KEY_ROWS = "INSERT INTO person_name_keys (key, fts_rowid) VALUES (?, ?)"


def name_keys_out_of_step(session: Session | Connection) -> int:
    """How many live persons' spelling-variant keys differ from what their names give now, plus
    the persons no longer live that still have keys (for `circuitride check`). Works every
    person's keys out again, names being common enough for the key caches to do most of it."""
    rows = session.execute(
        text(
            "SELECT p.given_names, p.family_name, p.native_given_names, p.native_family_name, p.aliases, "
            "(SELECT group_concat(n.key, char(31)) FROM person_name_keys n WHERE n.fts_rowid = k.fts_rowid) "
            "FROM persons p JOIN person_search_keys k ON k.person_id = p.id WHERE p.deleted = 0"
        )
    )
    wrong = sum(
        1
        for given, family, native_given, native_family, aliases, stored in rows
        if set(names_keys((given, family, native_given, native_family, *_aliases(aliases))))
        != set(stored.split("\x1f") if stored else ())
    )
    astray = session.execute(
        text(
            "SELECT count(DISTINCT n.fts_rowid) FROM person_name_keys n WHERE n.fts_rowid NOT IN "
            "(SELECT k.fts_rowid FROM person_search_keys k JOIN persons p ON p.id = k.person_id WHERE p.deleted = 0)"
        )
    ).scalar()
    return wrong + int(astray or 0)


def _aliases(value: object) -> list[str]:
    if value == "[]":
        return []  # most persons: no JSON to parse
    if isinstance(value, str):
        text = value
        try:
            value = json.loads(text)
        except ValueError:
            return [text]
    return [a for a in value if isinstance(a, str)] if isinstance(value, list) else []
