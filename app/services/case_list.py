"""Rows for the case list: one plain value per case, cheap enough to load 50,000 at once.

Also what the list's filter bar offers (the distinct sites and rides in the data, the users work
can be given to), the filters themselves (applied in SQL here; the desktop list applies the same `CaseFilter` to rows it already
holds, so a click never waits on the database), and the provisional "open issues" count per case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from app.services.uow import reading, viewer_of
from app.store.workspace import Workspace

# `CaseFilter.ride` value meaning "cases on no circuit ride" (None means any ride).
NO_RIDE = ""
# `CaseFilter.assignee` value meaning "cases assigned to nobody" (None means anyone or nobody). Not
# app.services.work.NOBODY ("none", what `--to` takes): a row's assignee is "" when there is none,
# so the filter compares as the row stores it.
UNASSIGNED = ""


@dataclass(frozen=True, slots=True)
class CaseRow:
    case_id: str
    case_number: str
    principal: str
    native: str
    persons: int
    priority: str
    stage: str
    site: str
    ride: str
    expedited: bool
    file_location: str
    open_issues: int = 0
    unhcr_id: str = ""  # not a column: the list's search matches id prefixes in memory
    assignee: str = ""  # user name, "" when nobody has the case
    assignee_name: str = ""  # how the list shows them: the display name, else the user name


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """What the list is narrowed to. None / False means "any"; the conditions combine with AND."""

    site: str | None = None
    ride: str | None = None  # a ride name, NO_RIDE for cases on none, None for any
    stage: str | None = None
    priority: str | None = None
    expedited_only: bool = False
    open_issues_only: bool = False
    assignee: str | None = None  # a user name, UNASSIGNED for cases nobody has, None for any

    @property
    def active(self) -> bool:
        return self != CaseFilter()

    def matches(self, row: CaseRow) -> bool:
        """The same test as the SQL in `case_rows`, for rows already in memory."""
        return (
            (self.site is None or row.site == self.site)
            and (self.ride is None or row.ride == self.ride)
            and (self.stage is None or row.stage == self.stage)
            and (self.priority is None or row.priority == self.priority)
            and (not self.expedited_only or row.expedited)
            and (not self.open_issues_only or row.open_issues > 0)
            and (self.assignee is None or row.assignee == self.assignee)
        )


@dataclass(frozen=True, slots=True)
class CaseFacets:
    """The values the filter bar offers, taken from the cases present."""

    sites: tuple[str, ...]
    rides: tuple[str, ...]
    has_cases_without_ride: bool
    # Whom work can be given to, as (user name, display name), by display name: the active users,
    # and the deactivated ones who still hold cases (their work is to be handed on).
    users: tuple[tuple[str, str], ...] = ()
    me: str = ""  # the user name of whoever unlocked the workspace ("" when not known)
    inactive: frozenset[str] = frozenset()  # of `users`, the deactivated ones


def open_issues_sql(case: str = "c") -> str:
    """The provisional "open issues" count of a case, as one SQL expression over `cases AS {case}`.

    Counts, for the case's live (not deleted) persons:
      * each person with no date of birth;
      * each person whose date of birth is not exact (month, year or estimated) and has not been
        verified against a document (no "dob" entry in `persons.verified`);
    and for the case itself:
      * 1 when it has no principal applicant;
      * 1 when the physical file's location is unknown (empty).

    This is the single definition the list, its filter and the tests use; the quality-check rules
    (architecture §7) will replace it with their findings.
    """
    return f"""(
        (SELECT count(*) FROM persons ip
          WHERE ip.case_id = {case}.id AND ip.deleted = 0
            AND (ip.dob IS NULL OR ip.dob = ''
                 OR (ip.dob_precision <> 'exact' AND json_extract(ip.verified, '$.dob') IS NULL)))
        + (NOT EXISTS (SELECT 1 FROM persons ia
          WHERE ia.case_id = {case}.id AND ia.deleted = 0 AND ia.role = 'principal_applicant'))
        + (coalesce(trim({case}.file_location), '') = '')
    )"""


# The principal applicant is picked by a scalar subquery (not a join) so a case that briefly holds
# two (an unresolved sync conflict) still yields one row.
_ROWS = f"""
SELECT c.id, c.case_number, c.priority, c.stage, c.site, c.expedited, c.file_location,
       coalesce(r.name, '') AS ride, coalesce(c.unhcr_id, '') AS unhcr_id,
       coalesce(c.assignee, '') AS assignee,
       trim(coalesce(pa.given_names, '') || ' ' || coalesce(pa.family_name, '')) AS principal,
       trim(coalesce(pa.native_given_names, '') || ' ' || coalesce(pa.native_family_name, '')) AS native,
       (SELECT count(*) FROM persons p WHERE p.case_id = c.id AND p.deleted = 0) AS persons,
       {open_issues_sql("c")} AS open_issues
FROM cases c
LEFT JOIN circuit_rides r ON r.id = c.ride_id
LEFT JOIN persons pa ON pa.id = (
    SELECT p.id FROM persons p
    WHERE p.case_id = c.id AND p.role = 'principal_applicant' AND p.deleted = 0
    ORDER BY p.id LIMIT 1)
WHERE c.deleted = 0
"""


def _where(filters: CaseFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for column in ("site", "stage", "priority"):
        value = getattr(filters, column)
        if value is not None:
            clauses.append(f"{column} = :{column}")
            params[column] = value
    if filters.ride is not None:
        clauses.append("ride = :ride")
        params["ride"] = filters.ride
    if filters.expedited_only:
        clauses.append("expedited = 1")
    if filters.open_issues_only:
        clauses.append("open_issues > 0")
    if filters.assignee is not None:
        clauses.append("assignee = :assignee")
        params["assignee"] = filters.assignee
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _display_names(session: Any) -> dict[str, str]:
    """User name -> how the list shows them (display name, else user name): one small query for the
    whole list, looked up per row in memory (a handful of users against thousands of cases)."""
    rows = session.execute(text("SELECT username, display_name FROM users WHERE deleted = 0 ORDER BY id"))
    names: dict[str, str] = {}
    for username, display in rows:
        names.setdefault(username, (display or "").strip() or username)
    return names


def _rows(result: Any, names: dict[str, str]) -> list[CaseRow]:
    # Unpacking the row tuples: attribute access on every SQLAlchemy row costs several times more.
    # Priority, stage, site, ride, file location and assignee repeat across thousands of cases:
    # each distinct value is kept once (the database hands out a new string per row).
    distinct: dict[Any, Any] = {}
    one = distinct.setdefault
    shown = names.get
    return [
        CaseRow(
            cid,
            number,
            principal,
            native,
            persons,
            one(priority, priority),
            one(stage, stage),
            one(site, site),
            one(ride, ride),
            expedited == 1,
            one(file, file) if file else "",
            issues,
            unhcr,
            one(assignee, assignee),
            shown(assignee, assignee),
        )
        for (
            cid,
            number,
            priority,
            stage,
            site,
            expedited,
            file,
            ride,
            unhcr,
            assignee,
            principal,
            native,
            persons,
            issues,
        ) in result
    ]


def case_rows(ws: Workspace, filters: CaseFilter | None = None, limit: int | None = None) -> list[CaseRow]:
    """Every live case (or those matching `filters`, or the first `limit`), ordered by case number."""
    where, params = _where(filters or CaseFilter())
    if limit is not None:
        # The first few: walking the case-number index stops after `limit` cases.
        sql = f"SELECT * FROM ({_ROWS}) AS rows{where} ORDER BY case_number, id LIMIT :limit"  # noqa: S608 - fixed fragments
        params = {**params, "limit": limit}
    else:
        # All of them: the unary + keeps SQLite from walking the cases in case-number index order,
        # which scatters the per-case person lookups across the file: scanning in storage order and
        # sorting the finished rows is several times quicker (docs/benchmarks.md).
        sql = f"SELECT * FROM ({_ROWS}) AS rows{where} ORDER BY +case_number, +id"  # noqa: S608 - fixed fragments
    with reading(ws) as session:
        return _rows(session.execute(text(sql), params), _display_names(session))


def case_row(ws: Workspace, case_number: str) -> CaseRow | None:
    """One case's row (for refreshing a single list entry), or None if there is no such live case."""
    sql = f"{_ROWS} AND c.case_number = :number ORDER BY c.id LIMIT 1"
    with reading(ws) as session:
        found = session.execute(text(sql), {"number": case_number.strip().upper()})
        rows = _rows(found, _display_names(session))
        return rows[0] if rows else None


def case_facets(ws: Workspace) -> CaseFacets:
    """Distinct sites and ride names among live cases, sorted, and the users cases can be assigned
    to (see CaseFacets.users), for the filter bar."""
    with reading(ws) as session:
        _role, me = viewer_of(session)
        # A deactivated user is offered only while cases are still theirs (the assignee index).
        users = session.execute(
            text(
                "SELECT u.username, u.display_name, u.active FROM users u WHERE u.deleted = 0 AND (u.active = 1 "
                "OR EXISTS (SELECT 1 FROM cases c WHERE c.assignee = u.username AND c.deleted = 0)) ORDER BY u.id"
            )
        ).all()
        sites = session.execute(
            text("SELECT DISTINCT site FROM cases WHERE deleted = 0 AND site <> '' ORDER BY site")
        ).scalars()
        site_list = tuple(sites)
        rides = session.execute(
            text(
                "SELECT DISTINCT r.name FROM cases c JOIN circuit_rides r ON r.id = c.ride_id "
                "WHERE c.deleted = 0 ORDER BY r.name"
            )
        ).scalars()
        ride_list = tuple(rides)
        without = session.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM cases c LEFT JOIN circuit_rides r ON r.id = c.ride_id "
                "WHERE c.deleted = 0 AND r.id IS NULL)"
            )
        ).scalar()
    people: dict[str, tuple[str, bool]] = {}
    for username, display, active in users:
        people.setdefault(username, ((display or "").strip() or username, bool(active)))
    ordered = sorted(people.items(), key=lambda item: (item[1][0].casefold(), item[0]))
    return CaseFacets(
        site_list,
        ride_list,
        bool(without),
        users=tuple((username, shown) for username, (shown, _active) in ordered),
        me=me if me in people else "",  # a user of this workspace, not the "system" bookkeeping
        inactive=frozenset(username for username, (_shown, active) in ordered if not active),
    )
