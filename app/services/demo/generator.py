"""The generator's main loop: reference data (sites, rides, interpreters), then one case at a time,
each from its own ``Random`` so that the first N cases do not depend on how many follow.
The public entry point is ``app.services.demo_data.generate`` (also ``app.services.demo.generate``).
"""

from __future__ import annotations

import datetime as dt
import gc
from random import Random
from typing import Any

from app.services.demo import casework as cw
from app.services.demo.attachments import case_files
from app.services.demo.households import (
    HOUSEHOLD_SIZE,
    assign_names,
    birth_cities_key,
    build_structure,
    household_languages,
    marital_statuses,
    person_records,
)
from app.services.demo.places import DISPLACEMENT_YEARS, SITES, STAFF
from app.services.demo.rand import Table, pick, randbelow, randint
from app.services.demo.types import DemoData, DemoFile

DEFAULT_TODAY = dt.date(2026, 11, 1)
# Sites whose working day is not the default 08:00-17:00 (the schedule books within them).
_SITE_HOURS = {"Nairobi": {"hours": "07:30-17:30"}, "Warsaw": {"hours": "08:00-18:30"}}
PHOTO_CASES = 2000  # only the first cases get photos and scans, so a 50k demo stays small
MANIFEST_FORMAT = "circuitride-manifest"
MANIFEST_VERSION = 1

_PRIORITY = {
    "latam": Table([("P-1", 10), ("P-2", 55), ("P-3", 35)]),
    "eastern_europe": Table([("P-1", 8), ("P-2", 42), ("P-3", 50)]),
    "central_south_asia": Table([("P-1", 12), ("P-2", 63), ("P-3", 25)]),
    "east_africa": Table([("P-1", 22), ("P-2", 33), ("P-3", 45)]),
}


def generate(cases: int, seed: int, *, today: dt.date | None = None, photos: bool = True) -> DemoData:
    """``cases`` synthetic cases with their households, rides, interpreters and (optionally) images."""
    if cases < 0:
        raise ValueError("cases must be >= 0")
    # Millions of small acyclic dicts and lists: the cyclic collector would rescan them again and
    # again as the heap grows and find nothing to free.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(cases, seed, today or DEFAULT_TODAY, photos)
    finally:
        if was_enabled:
            gc.enable()


def _generate(cases: int, seed: int, today: dt.date, photos: bool) -> DemoData:
    root = f"circuitride-demo:{seed}"
    setup = Random(f"{root}:setup")
    rides = cw.build_rides(setup, today)
    interpreters = cw.build_interpreters(setup)
    for k, it in enumerate(interpreters):  # a few on leave in the coming weeks: the schedule avoids them
        if k % 9 == 4:
            first = today + dt.timedelta(days=3 + k % 5)
            last = first + dt.timedelta(days=4)
            it["away"] = [{"from": first.isoformat(), "to": last.isoformat(), "reason": "Annual leave"}]
    index = cw.InterpreterIndex(interpreters)
    site_table = Table((s, s.weight) for s in SITES)
    pop_tables = {s.name: Table(s.populations) for s in SITES}
    rides_by_site = {s.name: [r for r in rides if s.name in r.sites] for s in SITES}
    sequence = {s.name: 1000 + setup.randrange(9000) for s in SITES}
    unhcr_ids: set[str] = set()
    manifest_cases: list[dict[str, Any]] = []
    files: list[DemoFile] = []
    for i in range(cases):
        rng = Random(f"{root}:case:{i}")
        site = site_table.pick(rng)
        pop = pop_tables[site.name].pick(rng)
        sequence[site.name] += 1 if rng.random() < 0.8 else 2
        case_number = f"{site.prefix}-{sequence[site.name]:06d}"
        while True:
            letter = chr(65 + randbelow(rng, 26))
            unhcr_id = f"{randbelow(rng, 1000):03d}-{randbelow(rng, 100):02d}{letter}{randbelow(rng, 100000):05d}"
            if unhcr_id not in unhcr_ids:
                unhcr_ids.add(unhcr_id)
                break

        # Household.
        members = build_structure(rng, today, pop, HOUSEHOLD_SIZE.pick(rng))
        languages = household_languages(rng, pop, site)
        assign_names(rng, pop, languages[0][0], members)
        marital_statuses(rng, pop, members)
        lo, hi = DISPLACEMENT_YEARS[f"AF:{site.country}" if pop == "AF" else pop]
        displaced = today.year - randint(rng, min(lo, today.year), min(hi, today.year))
        persons = person_records(rng, today, pop, site, members, languages, displaced,
                                 birth_cities_key(pop, languages[0][0]))  # fmt: skip
        pa_languages = persons[0]["languages"]

        # Case work.
        candidates = rides_by_site[site.name]
        ride = pick(rng, candidates) if candidates and rng.random() >= 0.06 else None
        stage = cw.pick_stage(rng, ride, today)
        priority = _PRIORITY[site.region].pick(rng)
        expedited = rng.random() < 0.05
        reason = pick(rng, cw.EXPEDITE_REASONS) if expedited else None
        if expedited and rng.random() < 0.5:
            priority = "P-1"
        team = ride.team if ride is not None else STAFF[site.region]
        movements, location = cw.file_movements(rng, today, site.name, ride, team)
        ties = cw.us_ties(rng, pop, priority, today)
        case = {
            "case_number": case_number,
            "unhcr_id": unhcr_id,
            "priority": priority,
            "site": site.name,
            "stage": stage,
            "ride": ride.name if ride is not None else None,
            "expedited": expedited,
            "expedite_reason": reason,
            "security_check_status": cw.security_status(rng, stage),
            "medical_status": cw.medical_status(rng, stage),
            "file_location": location if rng.random() >= 0.01 else None,
            "us_ties": ties,
            "resettlement_preferences": cw.preferences(rng, pop, pa_languages[0], ties),
            "flags": cw.flags(rng),
            "persons": persons,
            "notes": cw.notes(rng, pa_languages[0]),
            "file_movements": movements,
            "appointments": cw.appointments(rng, today, stage, ride, site.name, pa_languages, index),
        }
        manifest_cases.append(case)
        if photos and i < PHOTO_CASES:
            capture = min(today, ride.start) if ride is not None else today - dt.timedelta(days=30)
            files.extend(case_files(Random(f"{root}:files:{i}"), case, pop, site, capture, today, force=i == 0))

    files = _plant_problems(manifest_cases, files, today)
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "sites": [
            {"name": s.name, "country": s.country, "prefix": s.prefix} | _SITE_HOURS.get(s.name, {}) for s in SITES
        ],
        "rides": [r.manifest() for r in rides],
        "interpreters": interpreters,
        "cases": manifest_cases,
    }
    return DemoData(manifest=manifest, files=files)


def _plant_problems(cases: list[dict[str, Any]], files: list[DemoFile], today: dt.date) -> list[DemoFile]:
    """A few deliberate problems for quality control (issue 22) to find, in the first cases, after
    every case has been drawn (no other case's random draws change): a person registered again in
    another case (the same names, in both scripts when they have a native-script name, and date of
    birth), a mother of the principal
    applicant younger than they are, a paper file out past its due day, a principal applicant
    interviewed without a photo."""
    if len(cases) < 6:
        return files
    # the one registered again: a principal applicant with a native-script name, when one is near
    scripted = [c for c in cases[6:60] if c["persons"][0].get("native_family_name")]
    original = (scripted[0] if scripted else cases[1])["persons"][0]
    again = {k: v for k, v in original.items() if k not in ("role", "relationship_to_pa", "marital_status")}
    cases[2]["persons"].append(again | {"role": "other_dependent", "relationship_to_pa": "other",
                                        "marital_status": original.get("marital_status")})  # fmt: skip
    pa = cases[3]["persons"][0]
    born = str(pa["dob"])
    younger = str(min(int(born[:4]) + 4, today.year - 1)) + born[4:]
    mother = dict(pa) | {"role": "other_dependent", "relationship_to_pa": "mother", "sex": "F", "dob": younger,
                         "given_names": "Maryam", "aliases": []}  # fmt: skip
    mother.pop("documents", None)
    for key in ("native_given_names", "verified"):
        if key in mother:
            mother[key] = {} if key == "verified" else None
    cases[3]["persons"].append(mother)
    cases[4]["file_holder"] = "Interviewer A"
    cases[4]["file_due"] = (today - dt.timedelta(days=9)).isoformat()
    unphotographed = cases[5]
    unphotographed["stage"] = "interviewed"
    return [f for f in files if not (f.case_number == unphotographed["case_number"] and f.kind == "photo")]
