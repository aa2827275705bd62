"""Finding cases: by case number, UNHCR id, any person's name in any script, or date of birth.

A query is split into words. A word that looks like a date (1988, 1988-04, 1988-04-12, 12/04/1988)
filters on date of birth; every other word must appear, accent- and case-insensitively, somewhere
in a person's names (Latin, native script or aliases). Words of three characters or more use the
FTS5 trigram index (anywhere in a name); shorter ones match the start of a name's words through a
second FTS5 index with prefix indexes (a substring scan of every name is far too slow).
The whole query is also tried as a case-number or UNHCR-id prefix, and those matches come first.
A name with a date is answered from indexes alone (see _dob_and_words).

Spelling variants come after: when the exact matches do not fill a page (DEFAULT_LIMIT cases), a
person is also found when each name word of the query is a word of their names or a spelling
variant of one (the same key in `person_name_keys`, app/util/text.py `name_keys`): "Fiseha" finds
Fisseha and ፍስሃ, "Mohammed Niazi" finds Mohammad Niazi, "Romanyuk" finds Romaniuk and Романюк.
The last word of the query may be unfinished (it is matched as the start of a key, from four
letters on). Such matches say which words were variants of which (`VariantMatch.variants`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.case_list import CaseRow
from app.services.uow import reading
from app.store.workspace import Workspace
from app.util.text import lookup_keys, name_keys, normalise

DEFAULT_LIMIT = 50
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ID_LIKE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9/_.-]*\d[A-Za-z0-9/_.-]*|[A-Za-z]{2,6}-)$")
# Spelling variants: persons read per query at most (a name as common as Mohammad has
# thousands of variants), and the length from which the last, perhaps unfinished, word is
# matched as the start of a key.
VARIANT_CANDIDATES = 1000
PREFIX_KEY_MIN_CHARS = 4
PREFIX_KEY_MIN_SYMBOLS = 3  # and the key of such a word, from which it is matched as a prefix


@dataclass(frozen=True, slots=True)
class PersonMatch:
    person_id: str
    role: str
    name: str
    native_name: str
    dob: str | None


@dataclass(frozen=True, slots=True)
class VariantMatch(PersonMatch):
    """A person found through spelling variants of the query's words (`search --json` shows the
    extra field only on these, so the documented shape of other matches stays as it was)."""

    # (word typed, word of the record it stands for, as the record writes it) for each query word
    # the names do not hold as typed; empty when the variant is in an alias
    variants: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    case_id: str
    case_number: str
    unhcr_id: str | None
    priority: str
    stage: str
    site: str
    matched_on: str  # "case_number" | "unhcr_id" | "person" | "variant" (a spelling variant of a person's name)
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
    if len(hits) < min(limit, DEFAULT_LIMIT):  # variants while the exact matches fill less than a page
        _variant_person_matches(session, query, limit, hits)
    by_id = [h for h in hits.values() if h.matched_on not in ("person", "variant")]
    by_person = sorted((h for h in hits.values() if h.matched_on == "person"), key=lambda h: h.case_number)
    by_variant = sorted((h for h in hits.values() if h.matched_on == "variant"), key=lambda h: h.case_number)
    return (by_id + by_person + by_variant)[:limit]


def id_prefix(query: str) -> str | None:
    """The case-number / UNHCR-id prefix a query stands for (upper case, no spaces), if it looks like one."""
    compact = (query or "").replace(" ", "")
    return compact.upper() if compact and _ID_LIKE.match(compact) else None


class IdPrefixIndex:
    """The case numbers and UNHCR ids of the cases a list holds, sorted, for prefix look-ups by
    bisection: scanning every row for a typed case number cost too much of each such keystroke.
    Built once per list, on the worker thread (docs/benchmarks.md)."""

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


@dataclass(frozen=True, slots=True)
class MemberMatch:
    """The member of a case whose name a search found, for the case list to say who and why."""

    person_id: str
    role: str
    name: str  # given and family names
    native_name: str
    variant: bool  # found by a spelling variant (variant_words(query, names) says which)


@dataclass(frozen=True, slots=True)
class CaseMatches:
    """What the case list shows for a query: the matching cases, exact matches first."""

    case_ids: list[str]  # case number / UNHCR id / names as typed first, then spelling variants
    variant_ids: frozenset[str] = frozenset()  # the cases found only through spelling variants
    members: dict[str, MemberMatch] = field(default_factory=dict)  # case id -> the member found
    # case id -> person id of members found but not read yet (read_members reads them)
    pending: dict[str, str] = field(default_factory=dict)


def search_case_ids(
    ws: Workspace,
    query: str,
    limit: int = DEFAULT_LIMIT,
    *,
    rows: Sequence[CaseRow] | IdPrefixIndex | None = None,
) -> list[str]:
    """Only the ids of matching cases (see find_cases)."""
    return find_cases(ws, query, limit, rows=rows, shown_first=lambda _ids, _variants: ()).case_ids


# How many members find_cases reads at once when told which cases are shown first: a full
# screen (about 25 rows). Reading all the members of a long list cost every keystroke; the others
# are read when the list is scrolled to them.
MEMBERS_AT_ONCE = 40


def find_cases(
    ws: Workspace,
    query: str,
    limit: int = DEFAULT_LIMIT,
    *,
    rows: Sequence[CaseRow] | IdPrefixIndex | None = None,
    shown_first: Callable[[list[str], frozenset[str]], Sequence[str]] | None = None,
) -> CaseMatches:
    """The matching cases for the case list, with the member each name match found: the same
    matching as search(), read from the search indexes and, for the members, one look-up of the
    persons found by id. The FTS table holds each live person's case id, so no case row is read:
    a one-letter search collecting thousands of cases read as many person rows and their cases,
    slow with a cold cache in the encrypted workspace. Deleted persons have no index entry; a deleted
    case is not in the case list, which shows only the ids it has. Spelling variants are looked
    for when the exact matches do not fill a page (DEFAULT_LIMIT cases): a longer list is
    narrowed by typing more, and then its variants come.

    `rows`: every case the caller lists (the case list has them loaded), best as an IdPrefixIndex
    of them. Case-number and UNHCR-id prefixes are then matched in memory instead of reading 2,000
    case rows. `shown_first(case_ids, variant_ids)`: the ids in the order the caller shows them
    (after its filters); only the first MEMBERS_AT_ONCE of those have their member read, the
    others are `pending` (default: every member is read)."""
    query = (query or "").strip()
    if not query:
        return CaseMatches([])
    ids: dict[str, None] = {}
    found: dict[str, str] = {}  # case id -> the person id shown for it
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
            # One row per matching person, no DISTINCT: the first person of each case is the one
            # shown, and reading stops once `limit` cases are found.
            sql = f"SELECT s.case_id, s.person_id FROM {source} WHERE {' AND '.join(where)}"  # noqa: S608 - fixed fragments
            # Read through the driver's cursor in batches: a search of one letter goes through
            # thousands of persons, and a result row object for each costs measurably more.
            cursor = session.connection().connection.cursor()
            try:
                cursor.execute(sql, params)
                while len(ids) < limit and (batch := cursor.fetchmany(256)):
                    for case_id, person_id in batch:
                        if case_id not in ids:
                            ids[case_id] = None
                            found[case_id] = person_id
                            if len(ids) >= limit:
                                break
            finally:
                cursor.close()
        variant_ids: list[str] = []
        if words and len(ids) < min(limit, DEFAULT_LIMIT):
            for case_id, person_id in _variant_persons(session, words, limit - len(ids), ids):
                if case_id not in ids:
                    ids[case_id] = None
                    variant_ids.append(case_id)
                    found[case_id] = person_id
        variants = frozenset(variant_ids)
        pending: dict[str, str] = {}
        if shown_first is not None and len(found) > MEMBERS_AT_ONCE:
            first = set(list(shown_first(list(ids), variants))[:MEMBERS_AT_ONCE])
            pending = {cid: pid for cid, pid in found.items() if cid not in first}
            found = {cid: pid for cid, pid in found.items() if cid in first}
        members = _members(session, found, variants)
    return CaseMatches(list(ids)[:limit], variants, members, pending)


def read_members(ws: Workspace, pending: dict[str, str], variant_ids: frozenset[str]) -> dict[str, MemberMatch]:
    """The members find_cases left `pending` (the list was scrolled or sorted to show them)."""
    with reading(ws) as session:
        return _members(session, pending, variant_ids)


def _members(session: Session, found: dict[str, str], variant_ids: frozenset[str]) -> dict[str, MemberMatch]:
    """The names and roles of the members found, read by id in one query."""
    if not found:
        return {}
    case_of = {pid: cid for cid, pid in found.items()}
    rows = session.execute(
        text(
            "SELECT id, role, given_names, family_name, native_given_names, native_family_name "
            "FROM persons WHERE id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(list(case_of))},
    )
    out: dict[str, MemberMatch] = {}
    for pid, role, given, family, native_given, native_family in rows:
        case_id = case_of[pid]
        name = f"{given or ''} {family or ''}".strip()
        native = f"{native_given or ''} {native_family or ''}".strip()
        out[case_id] = MemberMatch(pid, role, name, native, case_id in variant_ids)
    return out


def aliases_of(value: object) -> list[str]:
    """A person's aliases as stored (a JSON list), as a list of strings."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return [a for a in value if isinstance(a, str)] if isinstance(value, list) else []


@dataclass(frozen=True, slots=True)
class _Words:
    """A query split the way the indexes answer it."""

    dobs: list[str]  # ISO prefixes of dates of birth
    long: list[str]  # normalised words of three characters or more: trigram index
    short: list[str]  # shorter ones: word-prefix index
    last: str = ""  # the query's last word when it is part of a name (perhaps not finished)

    @classmethod
    def parse(cls, query: str) -> _Words | None:
        dobs: list[str] = []
        long_words: list[str] = []
        short_words: list[str] = []
        last = ""
        for word in query.split():
            prefix = _dob_prefix(word)
            if prefix:
                dobs.append(prefix)
                last = ""
                continue
            for part in normalise(word).split():
                (long_words if len(part) >= 3 else short_words).append(part)
                last = part
        if not (dobs or long_words or short_words):
            return None
        return cls(dobs, long_words, short_words, last)

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
            # collected every person with a word starting with g (docs/benchmarks.md).
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
    test the date: thousands of random page reads in the encrypted workspace."""
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


# ----- spelling variants ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _VariantWord:
    """A query word as its spelling variants are looked up: by its keys, or (the unfinished last
    word) by keys starting with its keys."""

    word: str
    keys: tuple[str, ...]
    prefix: bool

    @classmethod
    def of(cls, word: str, last: str) -> _VariantWord:
        return cls(word, lookup_keys(word), word == last and len(word) >= PREFIX_KEY_MIN_CHARS)

    def _as_prefix(self, key: str) -> bool:
        # A key of one or two symbols would start thousands of others ("nune" has consonants n-n).
        return self.prefix and len(key) > PREFIX_KEY_MIN_SYMBOLS

    def matches(self, recorded_word: str) -> bool:
        return any(
            k.startswith(mine) if self._as_prefix(mine) else k == mine
            for k in name_keys(recorded_word)
            for mine in self.keys
        )

    def condition(self, params: dict[str, object], tag: str) -> str:
        """SQL over `person_name_keys` that finds this word's variants (ranges of its index)."""
        terms = []
        for i, key in enumerate(self.keys):
            if self._as_prefix(key):
                params[f"{tag}lo{i}"], params[f"{tag}hi{i}"] = key, key + "\uffff"
                terms.append(f"(key >= :{tag}lo{i} AND key < :{tag}hi{i})")
            else:
                params[f"{tag}k{i}"] = key
                terms.append(f"key = :{tag}k{i}")
        return " OR ".join(terms)


def _variant_persons(session: Session, words: _Words, need: int, skip_cases: Iterable[str]) -> list[tuple[str, str]]:
    """(case id, person id) of persons each of whose query words is a word of their names or a
    spelling variant of one, in cases not in `skip_cases` (those the exact search found), until
    `need` cases. The persons sharing a key with every word (and born on the dates typed) are
    intersected in the indexes alone, and only those read their case: checking 2,000 candidates
    of a common name word by word in Python was too slow for a keystroke."""
    if not words.long or need <= 0:
        return []
    checks = [_VariantWord.of(w, words.last) for w in words.long]
    if not all(c.keys for c in checks):
        return []  # a word that normalises to nothing has no variants
    params: dict[str, object] = {"cap": VARIANT_CANDIDATES}
    parts = [
        f"SELECT DISTINCT fts_rowid FROM person_name_keys WHERE {c.condition(params, f'w{i}')}"  # noqa: S608 - fixed fragments
        for i, c in enumerate(checks)
    ]
    # A date of birth is one more set of rowids from an index alone: (dob, fts_rowid).
    parts += [f"SELECT fts_rowid FROM person_search_keys k WHERE {r}" for r in _dob_ranges("k", words.dobs, params)]
    # At most VARIANT_CANDIDATES persons go on to read their case: a name as common as Mohammad
    # has thousands of variants, and each look-up costs a few microseconds.
    keyed = " INTERSECT ".join(parts) + " LIMIT :cap"
    # The case and person ids are read from the FTS table's own content table (person_search's
    # columns person_id, case_id, names are its c0, c1, c2): a plain rowid look-up, where going
    # through the virtual table is several times slower (docs/benchmarks.md).
    where = ["1"]
    for i, word in enumerate(words.short):
        # One- and two-letter words start a word of the names, as in the exact search; tested
        # on the candidates' names (as an FTS query it would list every "n…" first).
        params[f"short{i}"] = "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(f"(' ' || c.c2) LIKE :short{i} ESCAPE '\\'")
    sql = f"SELECT c.c1, c.c0 FROM ({keyed}) v JOIN person_search_content c ON c.id = v.fts_rowid WHERE {' AND '.join(where)}"  # noqa: S608 - fixed fragments
    skip = set(skip_cases)
    out: list[tuple[str, str]] = []
    cases: set[str] = set()
    for case_id, person_id in session.execute(text(sql), params):
        if case_id in skip:
            continue
        if case_id not in cases:
            if len(cases) >= need:
                break
            cases.add(case_id)
        out.append((case_id, person_id))
    return out


def written_words(names: Iterable[str | None]) -> list[str]:
    """The words of names as written (split where normalise() splits them: spaces, hyphens,
    apostrophes, dots, commas)."""
    return [part for value in names for word in (value or "").split() for part in re.split(r"[-'’`.,]", word) if part]


def variant_words(query: str, names: Iterable[str | None]) -> tuple[tuple[str, str], ...]:
    """Which words of `query` a person's names hold only as spelling variants, and which word of
    the names each stands for, as the names write it: (("fiseha", "Fisseha"),). Empty when the
    names hold every word as typed, or when the variant is in a name not given here (an alias)."""
    words = _Words.parse(query)
    if words is None:
        return ()
    raw = written_words(names)
    written = " ".join(normalise(w) for w in raw)
    pairs = []
    for check in (_VariantWord.of(w, words.last) for w in words.long):
        if check.word in written:
            continue
        recorded = next((w for w in raw if check.matches(normalise(w))), None)
        if recorded is not None:
            pairs.append((check.word, recorded))
    return tuple(pairs)


def _variant_person_matches(session: Session, query: str, limit: int, hits: dict[str, SearchHit]) -> None:
    """search(): persons found by spelling variants, after the exact matches, with their cases."""
    words = _Words.parse(query)
    if words is None:
        return
    found = _variant_persons(session, words, limit - len(hits), hits)
    if not found:
        return
    rows = session.execute(
        text(
            "SELECT p.id AS pid, p.role, p.given_names, p.family_name, p.native_given_names, p.native_family_name, "
            "p.aliases, p.dob, c.id AS cid, c.case_number, c.unhcr_id, c.priority, c.stage, c.site "
            "FROM persons p JOIN cases c ON c.id = p.case_id "
            "WHERE p.id IN (SELECT value FROM json_each(:ids)) AND p.deleted = 0 AND c.deleted = 0"
        ),
        {"ids": json.dumps([pid for _cid, pid in found])},
    )
    for r in rows:
        hit = hits.get(r.cid)
        if hit is None:
            hit = hits[r.cid] = SearchHit(r.cid, r.case_number, r.unhcr_id, r.priority, r.stage, r.site, "variant")
        names = [r.given_names, r.family_name, r.native_given_names, r.native_family_name, *aliases_of(r.aliases)]
        native = " ".join(x for x in (r.native_given_names, r.native_family_name) if x)
        hit.persons.append(
            VariantMatch(
                r.pid, r.role, f"{r.given_names} {r.family_name}".strip(), native, r.dob, variant_words(query, names)
            )
        )
