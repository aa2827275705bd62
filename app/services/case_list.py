"""Rows for the case list: one plain tuple per case, cheap enough to load 50,000 at once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.services.uow import reading
from app.store.workspace import Workspace


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


_SQL = """
SELECT c.id, c.case_number, c.priority, c.stage, c.site, c.expedited, c.file_location,
       COALESCE(r.name, '') AS ride,
       COALESCE(pa.given_names || ' ' || pa.family_name, '') AS principal,
       TRIM(COALESCE(pa.native_given_names, '') || ' ' || COALESCE(pa.native_family_name, '')) AS native,
       (SELECT count(*) FROM persons p WHERE p.case_id = c.id AND p.deleted = 0) AS persons
FROM cases c
LEFT JOIN circuit_rides r ON r.id = c.ride_id
LEFT JOIN persons pa ON pa.case_id = c.id AND pa.role = 'principal_applicant' AND pa.deleted = 0
WHERE c.deleted = 0
ORDER BY c.case_number
"""


def case_rows(ws: Workspace) -> list[CaseRow]:
    with reading(ws) as session:
        return [
            CaseRow(
                r.id,
                r.case_number,
                r.principal.strip(),
                r.native,
                r.persons,
                r.priority,
                r.stage,
                r.site,
                r.ride,
                bool(r.expedited),
                r.file_location or "",
            )
            for r in session.execute(text(_SQL))
        ]
