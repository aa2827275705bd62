"""Photos and document scans for a generated case (a bounded number: see ``demo_data``)."""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import Any

from app.services.demo import images
from app.services.demo.places import Site
from app.services.demo.rand import Table, pick, randbelow, randint
from app.services.demo.translit import ascii_fold
from app.services.demo.types import DemoFile

PHOTO_RATE = 0.10  # share of persons photographed (in the cases that get files at all)
SCAN_RATE = 1 / 15  # share of cases with scanned documents

COUNTRY_NAMES = {
    "VE": "Venezuela", "CO": "Colombia", "UA": "Ukraine", "BY": "Belarus", "AF": "Afghanistan",
    "ER": "Eritrea", "ET": "Ethiopia", "PE": "Peru", "EC": "Ecuador", "MD": "Moldova", "PL": "Poland",
    "PK": "Pakistan", "TJ": "Tajikistan", "KE": "Kenya",
}  # fmt: skip
_ISO3 = {"VE": "VEN", "CO": "COL", "UA": "UKR", "BY": "BLR", "AF": "AFG", "ER": "ERI", "ET": "ETH",
         "PE": "PER", "EC": "ECU", "MD": "MDA", "PL": "POL", "PK": "PAK", "TJ": "TJK", "KE": "KEN"}  # fmt: skip
# Language in which a country issues its civil documents.
DOCUMENT_LANGUAGE = {"VE": "es", "CO": "es", "PE": "es", "EC": "es", "UA": "uk", "BY": "be", "AF": "prs",
                     "ER": "ti", "ET": "am", "MD": "ro", "PL": "pl", "PK": "en", "TJ": "tg", "KE": "en"}  # fmt: skip
_PRIMARY_ID = {
    "VE": Table([("passport", 60), ("national_id", 40)]),
    "CO": Table([("passport", 40), ("national_id", 60)]),
    "UA": Table([("passport", 70), ("national_id", 30)]),
    "BY": Table([("passport", 80), ("national_id", 20)]),
    "AF": Table([("national_id", 70), ("passport", 30)]),
    "ER": Table([("unhcr_registration", 60), ("national_id", 40)]),
    "ET": Table([("unhcr_registration", 50), ("national_id", 30), ("passport", 20)]),
}
_SCARF_POPULATIONS = frozenset({"AF", "ER", "ET"})


def _age(person: dict[str, Any], today: dt.date) -> int:
    return max(0, today.year - int(person["dob"][:4]))


def _photo_args(rng: Random, person: dict[str, Any], pop: str, today: dt.date) -> tuple[str, int, bool]:
    age = _age(person, today)
    scarf = pop in _SCARF_POPULATIONS and person["sex"] == "F" and age >= 12 and rng.random() < 0.6
    return person["sex"], age, scarf


def case_files(
    rng: Random,
    case: dict[str, Any],
    pop: str,
    site: Site,
    capture_day: dt.date,
    today: dt.date,
    force: bool = False,
) -> list[DemoFile]:
    """Photos for about one person in ten and, for one case in fifteen, one or two scans.

    ``force`` (the first case) guarantees a sideways JPEG with EXIF orientation 6, GPS and a
    comment, and a scan, so even a tiny demo exercises the ingest pipeline.
    """
    out: list[DemoFile] = []
    number = case["case_number"]
    persons = case["persons"]
    for idx, person in enumerate(persons):
        forced = force and idx == 0
        if not forced and rng.random() >= PHOTO_RATE:
            continue
        sex, age, scarf = _photo_args(rng, person, pop, today)
        im = images.portrait(rng, sex, age, headscarf=scarf)
        fmt = "png" if not forced and rng.random() < 0.1 else "jpg"
        if fmt == "jpg" and (forced or rng.random() < 0.45):
            orientation = 6 if forced else pick(rng, (6, 6, 6, 8, 3, 1))
            gps = (site.lat + rng.uniform(-0.05, 0.05), site.lon + rng.uniform(-0.05, 0.05))
            when = dt.datetime.combine(
                capture_day, dt.time(randint(rng, 8, 16), randint(rng, 0, 59), randint(rng, 0, 59))
            )
            comment = f"{number} person {idx + 1} - field capture"
            data = images.encode_photo(im, "jpg", orientation=orientation, gps=gps, when=when, comment=comment)
        else:
            data = images.encode_photo(im, fmt)
        out.append(DemoFile(number, idx, "photo", None, None, f"photo_{idx + 1}.{fmt}", data))
    if force or rng.random() < SCAN_RATE:
        out.extend(_scans(rng, case, pop, site, today))
    return out


def _scans(rng: Random, case: dict[str, Any], pop: str, site: Site, today: dt.date) -> list[DemoFile]:
    persons = case["persons"]
    docs: list[tuple[str, int | None]] = []
    primary = _PRIMARY_ID[pop].pick(rng)
    docs.append((primary, None if primary == "unhcr_registration" else 0))
    children = [i for i, p in enumerate(persons) if p["role"] == "child"]
    r = rng.random()
    if children and r < 0.2:
        docs.append(("birth_certificate", pick(rng, children)))
    elif len(persons) > 1 and persons[1]["relationship_to_pa"] == "spouse" and r < 0.3:
        docs.append(("marriage_certificate", None))
    elif primary != "unhcr_registration" and r < 0.4:
        docs.append(("unhcr_registration", None))
    out = []
    for doc_type, pidx in docs:
        pages = _document(rng, doc_type, case, pidx, pop, site, today)
        fmt = "png" if rng.random() < 0.55 else "jpg"
        for page, (language, im) in enumerate(pages, start=1):
            data = images.encode_scan(rng, im, fmt)
            out.append(DemoFile(case["case_number"], pidx, "scan", doc_type, language,
                                f"{doc_type}_p{page}.{fmt}", data))  # fmt: skip
    return out


def _name(p: dict[str, Any]) -> str:
    return f"{p['given_names']} {p['family_name']}"


def _mrz(doc: str, country: str, p: dict[str, Any], number: str) -> list[str]:
    def clean(s: str) -> str:
        return "".join(ch if ch.isalnum() else "<" for ch in ascii_fold(s).upper())

    line1 = f"{doc}<{_ISO3.get(country, 'XXX')}{clean(p['family_name'])}<<{clean(p['given_names'])}"
    dob = p["dob"].replace("-", "")[2:8].ljust(6, "<")
    line2 = f"{clean(number)}<{_ISO3.get(p['nationality'], 'XXX')}{dob}<{p['sex'] if p['sex'] != 'X' else '<'}"
    return [line1[:44].ljust(44, "<"), line2[:44].ljust(44, "<")]


def _document(
    rng: Random, doc_type: str, case: dict[str, Any], pidx: int | None, pop: str, site: Site, today: dt.date
) -> list[tuple[str, Any]]:
    persons = case["persons"]
    pa = persons[0]
    issued = today - dt.timedelta(days=randint(rng, 200, 3000))
    subtitle = "SPECIMEN - synthetic demo document - not valid for travel or identification"
    if doc_type in ("passport", "national_id"):
        p = persons[pidx or 0]
        country = p["nationality"]
        if doc_type == "passport":
            number = f"{chr(65 + randbelow(rng, 26))}{chr(65 + randbelow(rng, 26))}{randbelow(rng, 10**7):07d}"
            years = 10
        else:
            number = f"{randbelow(rng, 10**4):04d}-{randbelow(rng, 10**4):04d}-{randbelow(rng, 10**5):05d}"
            years = 5
        fields = [
            ("Surname", p["family_name"]),
            ("Given names", p["given_names"]),
            ("Date of birth", p["dob"]),
            ("Sex", p["sex"]),
            ("Nationality", COUNTRY_NAMES.get(country, country)),
            ("Place of birth", p["place_of_birth"]),
            ("Date of issue", issued.isoformat()),
            ("Date of expiry", issued.replace(year=issued.year + years, day=min(issued.day, 28)).isoformat()),
        ]
        title = f"{COUNTRY_NAMES.get(country, country)} - {'Passport' if doc_type == 'passport' else 'Identity card'}"
        mrz = _mrz("P" if doc_type == "passport" else "I", country, p, number)
        photo = _photo_args(rng, p, pop, today)
        page = images.scan(rng, title=title, subtitle=subtitle, number=number, fields=fields, photo=photo, mrz=mrz)
        return [(DOCUMENT_LANGUAGE.get(country, "en"), page)]
    if doc_type == "unhcr_registration":
        rows = [(_name(p)[:22], p["dob"], p["sex"], p["relationship_to_pa"]) for p in persons]
        fields = [
            ("Registration group", case["unhcr_id"]),
            ("Principal applicant", _name(pa)),
            ("Country of asylum", COUNTRY_NAMES.get(site.country, site.country)),
            ("Registered at", f"{site.name} office"),
            ("Date of registration", issued.isoformat()),
        ]
        title = "Refugee registration certificate"
        first = images.scan(rng, title=title, subtitle=subtitle, number=case["unhcr_id"], fields=fields,
                            rows=rows[:8], photo=_photo_args(rng, pa, pop, today))  # fmt: skip
        pages = [("en", first)]
        if len(rows) > 8 or rng.random() < 0.15:
            second = images.scan(rng, title=f"{title} (continued)", subtitle=subtitle, number=case["unhcr_id"],
                                 fields=[("Household size", str(len(persons)))], rows=rows[8:] or None)  # fmt: skip
            pages.append(("en", second))
        return pages
    if doc_type == "birth_certificate":
        p = persons[pidx or 0]
        father = next((q for q in persons[:2] if q["sex"] == "M"), None)
        mother = next((q for q in persons[:2] if q["sex"] == "F"), None)
        country = p["country_of_birth"]
        number = f"{randint(rng, 100, 99999)}/{p['dob'][:4]}"
        fields = [
            ("Name of child", _name(p)),
            ("Date of birth", p["dob"]),
            ("Sex", p["sex"]),
            ("Place of birth", f"{p['place_of_birth']}, {COUNTRY_NAMES.get(country, country)}"),
            ("Father", _name(father) if father else "-"),
            ("Mother", _name(mother) if mother else "-"),
        ]
        title = f"{COUNTRY_NAMES.get(country, country)} - Birth certificate"
        return [(DOCUMENT_LANGUAGE.get(country, "en"),
                 images.scan(rng, title=title, subtitle=subtitle, number=number, fields=fields))]  # fmt: skip
    # marriage_certificate
    sp = persons[1]
    country = pa["nationality"]
    year = max(int(pa["dob"][:4]), int(sp["dob"][:4])) + randint(rng, 19, 26)
    year = min(year, today.year - 1)
    number = f"MC-{year}-{randint(rng, 100, 99999)}"
    fields = [
        ("Spouse", _name(pa)),
        ("Spouse", _name(sp)),
        ("Date of marriage", f"{year}-{randint(rng, 1, 12):02d}-{randint(rng, 1, 28):02d}"),
        ("Place of marriage", pa["place_of_birth"]),
    ]
    title = f"{COUNTRY_NAMES.get(country, country)} - Marriage certificate"
    return [(DOCUMENT_LANGUAGE.get(country, "en"),
             images.scan(rng, title=title, subtitle=subtitle, number=number, fields=fields))]  # fmt: skip
