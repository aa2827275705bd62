"""Finding cases: by case number, UNHCR id, any person's name in any script, or date of birth.

A query is split into words. A word that looks like a date (1988, 1988-04, 1988-04-12, 12/04/1988)
filters on date of birth; every other word must appear, accent- and case-insensitively, somewhere
in a person's names (Latin, native script or aliases). Words of three characters or more use the
FTS5 trigram index (anywhere in a name); shorter ones match the start of a name's words through a
second FTS5 index with prefix indexes (a substring scan of every name was seconds at 50,000 cases).
The whole query is also tried as a case-number or UNHCR-id prefix, and those matches come first.
A name with a date is answered from indexes alone (see _dob_and_words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.case_list import CaseRow
from app.services.uow import reading
from app.store.workspace import Workspace
from app.util.text import normalise

DEFAULT_LIMIT = 50
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ID_LIKE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9/_.-]*\d[A-Za-z0-9/_.-]*|[A-Za-z]{2,6}-)$")


@dataclass(frozen=True, slots=True)
class PersonMatch:
    person_id: str
    role: str
    name: str
    native_name: str
    dob: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: str
    case_number: str
    unhcr_id: str | None
    priority: str
    stage: str
    site: str
    matched_on: str  # "case_number" | "unhcr_id" | "person"
    persons: list[PersonMatch] = field(default_factory=list)


def _dob_prefix(word: str) -> str | None:
    if _ISO_DATE.match(word):
        return word
    m = _DMY_DATE.match(word)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search(ws: Workspace, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    with reading(ws) as session:
        return search_session(session, query, limit)


def search_session(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    query = (query or "").strip()
    if not query:
        return []
    hits: dict[str, SearchHit] = {}
    ident = id_prefix(query)
    if ident:
        _id_matches(session, ident, limit, hits)
    if len(hits) < limit:  # case-number and UNHCR-id matches come first: when they fill the list, names add nothing
        _person_matches(session, query, limit, hits)
    by_id = [h for h in hits.values() if h.matched_on != "person"]
    by_person = sorted((h for h in hits.values() if h.matched_on == "person"), key=lambda h: h.case_number)
    return (by_id + by_person)[:limit]


def id_prefix(query: str) -> str | None:
    """The case-number / UNHCR-id prefix a query stands for (upper case, no spaces), if it looks like one."""
    compact = (query or "").replace(" ", "")
    return compact.upper() if compact and _ID_LIKE.match(compact) else None


class IdPrefixIndex:
    """The case numbers and UNHCR ids of the cases a list holds, sorted, for prefix look-ups by
    bisection: scanning 50,000 rows for a typed case number took 10-20 ms of every such keystroke.
    Built once per list (about 0.1 s for 50,000 cases, on the worker thread)."""

    def __init__(self, rows: Sequence[CaseRow]) -> None:
        self._numbers = sorted((r.case_number, r.case_id) for r in rows)
        self._unhcr = sorted((r.unhcr_id, r.case_id) for r in rows if r.unhcr_id)

    def matches(self, prefix: str, limit: int) -> dict[str, None]:
        """Ids of the cases whose number or UNHCR id starts with `prefix` (at most `limit`)."""
        found: dict[str, None] = {}
        for keys in (self._numbers, self._unhcr):
            at = bisect_left(keys, (prefix, ""))
            while at < len(keys) and len(found) < limit and keys[at][0].startswith(prefix):
                found[keys[at][1]] = None
                at += 1
        return found


def search_case_ids(
    ws: Workspace,
    query: str,
    limit: int = DEFAULT_LIMIT,
    *,
    rows: Sequence[CaseRow] | IdPrefixIndex | None = None,
) -> list[str]:
    """Only the ids of matching cases, for the case list: the same matching as search(), read from
    the search indexes alone. The FTS table holds each live person's case id, so no person or case
    row is read: a one-letter search collecting 2,000 cases read 2,000 person rows and their cases,
    100-200 ms with a cold cache in the encrypted workspace. Deleted persons have no index entry;
    a deleted case is not in the case list, which shows only the ids it has.

    `rows`: every case the caller lists (the case list has them loaded), best as an IdPrefixIndex
    of them. Case-number and UNHCR-id prefixes are then matched in memory instead of reading 2,000
    case rows."""
    query = (query or "").strip()
    if not query:
        return []
    ids: dict[str, None] = {}
    ident = id_prefix(query)
    if ident and rows is not None:
        index = rows if isinstance(rows, IdPrefixIndex) else IdPrefixIndex(rows)
        ids.update(index.matches(ident, limit))
    with reading(ws) as session:
        if ident and rows is None:
            hits: dict[str, SearchHit] = {}
            _id_matches(session, ident, limit, hits)
            ids.update(dict.fromkeys(hits))
        words = _Words.parse(query)
        if words and len(ids) < limit:
            source, where, params = _index_filter(words)
            sql = f"SELECT DISTINCT s.case_id FROM {source} WHERE {' AND '.join(where)} LIMIT :limit"  # noqa: S608 - fixed fragments
            ids.update(dict.fromkeys(row[0] for row in session.execute(text(sql), {**params, "limit": limit})))
    return list(ids)[:limit]


@dataclass(frozen=True, slots=True)
class _Words:
    """A query split the way the indexes answer it."""

    dobs: list[str]  # ISO prefixes of dates of birth
    long: list[str]  # normalised words of three characters or more: trigram index
    short: list[str]  # shorter ones: word-prefix index

    @classmethod
    def parse(cls, query: str) -> _Words | None:
        dobs: list[str] = []
        long_words: list[str] = []
        short_words: list[str] = []
        for word in query.split():
            prefix = _dob_prefix(word)
            if prefix:
                dobs.append(prefix)
                continue
            for part in normalise(word).split():
                (long_words if len(part) >= 3 else short_words).append(part)
        if not (dobs or long_words or short_words):
            return None
        return cls(dobs, long_words, short_words)

    def trigram_match(self) -> str:
        return " AND ".join(_fts_phrase(w) for w in self.long)

    def prefix_match(self) -> str:
        return " AND ".join(_fts_phrase(w) + "*" for w in self.short)


# The FTS rowids that match each kind of word, read from an index alone.
_LONG_ROWIDS = "SELECT rowid FROM person_search WHERE person_search MATCH :match"
_SHORT_ROWIDS = "SELECT rowid FROM person_words WHERE person_words MATCH :words"


def _index_filter(words: _Words) -> tuple[str, list[str], dict[str, object]]:
    """FROM and WHERE over the search indexes only, exposing each match's person_search row as `s`."""
    params: dict[str, object] = {}
    where: list[str] = []
    if words.long:
        params["match"] = words.trigram_match()
    if words.short:
        params["words"] = words.prefix_match()
    if words.dobs:  # the date range drives; the name matches are built once and looked up (see _dob_and_words)
        source = "person_search_keys k JOIN person_search s ON s.rowid = k.fts_rowid"
        where += _dob_ranges("k", words.dobs, params)
        if words.long:
            where.append(f"+k.fts_rowid IN ({_LONG_ROWIDS})")
        if words.short:
            where.append(f"+k.fts_rowid IN ({_SHORT_ROWIDS})")
    elif words.long:
        source = "person_search s"
        where.append("person_search MATCH :match")
        if words.short:
            where.append(f"+s.rowid IN ({_SHORT_ROWIDS})")
    else:
        source = "person_words w JOIN person_search s ON s.rowid = w.rowid"
        where.append("person_words MATCH :words")
    return source, where, params


def _dob_ranges(alias: str, dobs: list[str], params: dict[str, object]) -> list[str]:
    # A range on the partial ISO date uses the index; LIKE 'prefix%' would scan every person.
    out = []
    for i, dob in enumerate(dobs):
        out.append(f"{alias}.dob >= :dlo{i} AND {alias}.dob < :dhi{i}")
        params[f"dlo{i}"] = dob
        params[f"dhi{i}"] = dob + "\uffff"
    return out


def _id_matches(session: Session, ident: str, limit: int, hits: dict[str, SearchHit]) -> None:
    # A prefix range (>= prefix, < prefix + U+10FFFF) uses the B-tree index; LIKE would scan.
    upper = ident + "\U0010ffff"
    for column in ("case_number", "unhcr_id"):
        rows = session.execute(
            text(
                f"SELECT id, case_number, unhcr_id, priority, stage, site FROM cases "  # noqa: S608 - column from a fixed tuple
                f"WHERE {column} >= :lo AND {column} < :hi AND deleted = 0 ORDER BY {column} LIMIT :limit"
            ),
            {"lo": ident, "hi": upper, "limit": limit},
        ).all()
        for r in rows:
            hits.setdefault(r.id, SearchHit(r.id, r.case_number, r.unhcr_id, r.priority, r.stage, r.site, column))


def _person_filter(words: _Words, limit: int) -> tuple[str, list[str], dict[str, object]]:
    """FROM source, WHERE terms and parameters for the person part of a query."""
    where = ["p.deleted = 0", "c.deleted = 0"]
    params: dict[str, object] = {"limit": limit * 4}
    if words.dobs and (words.long or words.short):
        return _dob_and_words(words, where, params)
    source = "persons p"
    if words.long:
        source = "person_search s JOIN persons p ON p.id = s.person_id"
        where.append("person_search MATCH :match")
        params["match"] = words.trigram_match()
    if words.short:
        # One- and two-letter words match the start of a name's words ("jo" finds José).
        params["words"] = words.prefix_match()
        if words.long:  # the longer words narrow most: the short ones filter what they found
            where.append(
                "p.id IN (SELECT k.person_id FROM person_words w JOIN person_search_keys k ON k.fts_rowid = w.rowid "
                "WHERE person_words MATCH :words)"
            )
        else:
            # The word index drives the query, so the LIMIT stops it early: "g" as a subquery first
            # collected every person with a word starting with g (130-280 ms on 200,000 persons;
            # 15 ms this way).
            source = (
                "person_words w JOIN person_search_keys k ON k.fts_rowid = w.rowid JOIN persons p ON p.id = k.person_id"
            )
            where.append("person_words MATCH :words")
    where += _dob_ranges("p", words.dobs, params)
    return source, where, params


def _dob_and_words(
    words: _Words, where: list[str], params: dict[str, object]
) -> tuple[str, list[str], dict[str, object]]:
    """A name and a date ("andr 1981"): both sides are read as FTS rowids from indexes alone (the
    name index, and (dob, fts_rowid) beside each search key) and intersected before any person row
    is read. Driven from the name index, each of thousands of name matches read its person row to
    test the date: 100 ms in the encrypted workspace at 50,000 cases; this way under 20 ms."""
    # The unary + keeps SQLite from driving the query from the IN list: the date range scans the
    # (dob, fts_rowid) index and each rowid is tested against the FTS matches, built once.
    source = "person_search_keys k JOIN persons p ON p.id = k.person_id"
    where += _dob_ranges("k", words.dobs, params)
    if words.long:
        where.append(f"+k.fts_rowid IN ({_LONG_ROWIDS})")
        params["match"] = words.trigram_match()
    if words.short:
        where.append(f"+k.fts_rowid IN ({_SHORT_ROWIDS})")
        params["words"] = words.prefix_match()
    return source, where, params


def _person_matches(session: Session, query: str, limit: int, hits: dict[str, SearchHit]) -> None:
    words = _Words.parse(query)
    if words is None:
        return
    source, where, params = _person_filter(words, limit)
    # No ORDER BY: sorting every match before the limit is what made common words slow; the few
    # rows kept are ordered below.
    sql = (
        "SELECT p.id AS pid, p.role, p.given_names, p.family_name, p.native_given_names, "
        "p.native_family_name, p.dob, c.id AS cid, c.case_number, c.unhcr_id, c.priority, c.stage, c.site "
        f"FROM {source} JOIN cases c ON c.id = p.case_id WHERE {' AND '.join(where)} "  # noqa: S608 - fixed fragments
        "LIMIT :limit"
    )
    for r in session.execute(text(sql), params):
        hit = hits.get(r.cid)
        if hit is None:
            if len(hits) >= limit:
                continue
            hit = SearchHit(r.cid, r.case_number, r.unhcr_id, r.priority, r.stage, r.site, "person")
            hits[r.cid] = hit
        native = " ".join(x for x in (r.native_given_names, r.native_family_name) if x)
        hit.persons.append(PersonMatch(r.pid, r.role, f"{r.given_names} {r.family_name}".strip(), native, r.dob))
