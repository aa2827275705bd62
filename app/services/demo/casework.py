"""Case-level synthetic data: circuit rides, interpreters, stages and statuses, appointments,
the physical file's chain of custody, notes, US ties and preferences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from random import Random
from typing import Any

from app.services.demo import names as N
from app.services.demo.households import es_given
from app.services.demo.places import LANGUAGE_NAMES, REGIONS, SITE_BY_NAME, SITES, STAFF, US_CITIES
from app.services.demo.rand import Table, pick, randint
from app.services.demo.translit import ascii_fold, transliterate

# ---------------------------------------------------------------------------------------------
# Circuit rides


@dataclass(frozen=True, slots=True)
class Ride:
    name: str
    region: str
    sites: tuple[str, ...]
    start: dt.date
    end: dt.date
    team: tuple[str, ...]

    def manifest(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "sites": list(self.sites),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "team": list(self.team),
        }


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def build_rides(rng: Random, today: dt.date) -> list[Ride]:
    """A ride or two per region and month, from six months back to next month."""
    rides: list[Ride] = []
    used: set[str] = set()
    first = today.replace(day=1)
    for k in range(-6, 2):
        month = _add_months(first, k)
        for region in REGIONS:
            sites = [s.name for s in SITES if s.region == region]
            if len(sites) <= 2:
                groups = [sites]
            elif len(sites) == 3:
                groups = [sites] if rng.random() < 0.3 else [[s for s in sites if s != sites[k % 3]]]
            else:
                shuffled = sites[:]
                rng.shuffle(shuffled)
                groups = [shuffled[:2], shuffled[2:]]
            for group in groups:
                start = month + dt.timedelta(days=randint(rng, 0, 9))
                end = start + dt.timedelta(days=randint(rng, 9, 20))
                name = f"{'-'.join(group)} {month:%Y-%m}"
                n = 2
                while name in used:
                    name = f"{'-'.join(group)} {month:%Y-%m} ({n})"
                    n += 1
                used.add(name)
                team = tuple(rng.sample(STAFF[region], randint(rng, 2, 4)))
                rides.append(Ride(name, region, tuple(group), start, end, team))
    return rides


# ---------------------------------------------------------------------------------------------
# Interpreters

# language -> (how many, sites, extra languages: (code, proficiency, probability))
_INTERPRETER_PLAN: tuple[tuple[str, int, tuple[str, ...], tuple[tuple[str, str, float], ...]], ...] = (
    ("es", 8, ("Lima", "Quito", "Bogotá", "Cúcuta"), ()),
    ("guc", 1, ("Cúcuta", "Bogotá"), (("es", "native", 1.0),)),
    ("uk", 4, ("Chisinau", "Warsaw"), (("ru", "fluent", 0.7), ("pl", "working", 0.2))),
    ("ru", 3, ("Chisinau", "Warsaw"), (("uk", "fluent", 0.6), ("ro", "working", 0.2))),
    ("be", 1, ("Warsaw",), (("ru", "native", 1.0), ("pl", "fluent", 0.6))),
    ("prs", 5, ("Islamabad", "Peshawar", "Dushanbe"), (("ps", "working", 0.4), ("tg", "fluent", 0.2))),
    ("ps", 4, ("Islamabad", "Peshawar"), (("prs", "fluent", 0.6), ("ur", "working", 0.3))),
    ("uz", 1, ("Dushanbe",), (("prs", "fluent", 1.0),)),
    ("ti", 5, ("Nairobi", "Addis Ababa", "Shire"), (("am", "fluent", 0.3),)),
    ("tig", 1, ("Shire", "Addis Ababa"), (("ti", "fluent", 1.0), ("ar", "working", 0.4))),
    ("am", 3, ("Nairobi", "Addis Ababa"), (("om", "working", 0.2), ("ti", "working", 0.1))),
    ("om", 2, ("Nairobi",), (("am", "fluent", 0.9),)),
    ("ar", 1, ("Shire", "Addis Ababa"), (("ti", "fluent", 0.8),)),
)


def _interpreter_name(rng: Random, lang: str) -> tuple[str, str]:
    sex = "F" if rng.random() < 0.5 else "M"
    if lang in ("es", "guc"):
        return es_given(rng, sex), f"{pick(rng, N.ES_SURNAMES)} {pick(rng, N.ES_SURNAMES)}"
    if lang in ("uk", "ru", "be"):
        pair = pick(rng, N.UK_FEMALE if sex == "F" else N.UK_MALE)
        if lang == "uk":
            fam = pick(rng, N.UK_SURNAMES)
            return transliterate(pair[0], "uk"), transliterate(fam[sex == "F"], "uk")
        fam = pick(rng, N.RU_SURNAMES)
        return transliterate(pair[1], "ru"), transliterate(fam[sex == "F"], "ru")
    if lang in ("prs", "ps", "uz", "ar"):
        given = pick(rng, N.AF_FEMALE if sex == "F" else N.AF_MALE)[1]
        return given, pick(rng, N.AF_SURNAMES)[1]
    male, female = {
        "am": (N.ET_MALE, N.ET_FEMALE),
        "om": (N.OM_MALE, N.OM_FEMALE),
    }.get(lang, (N.ER_MALE, N.ER_FEMALE))
    return pick(rng, female if sex == "F" else male)[1], pick(rng, male)[1]


def build_interpreters(rng: Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    contacts: set[str] = set()
    for lang, count, sites, extras in _INTERPRETER_PLAN:
        for k in range(count):
            while True:
                given, family = _interpreter_name(rng, lang)
                name = f"{given} {family}"
                if name not in names:
                    break
            names.add(name)
            langs = [{"code": lang, "proficiency": "native"}]
            for code, prof, p in extras:
                if rng.random() < p:
                    langs.append({"code": code, "proficiency": prof})
            langs.append({"code": "en", "proficiency": "fluent" if rng.random() < 0.8 else "working"})
            own = [sites[k % len(sites)]]
            if len(sites) > 1 and rng.random() < 0.4:
                other = pick(rng, sites)
                if other not in own:
                    own.append(other)
            base = ascii_fold(f"{given.split()[0]}.{family.split()[0]}").lower().replace("'", "")
            contact, n = base, 2
            while contact in contacts:
                contact, n = f"{base}{n}", n + 1
            contacts.add(contact)
            out.append(
                {
                    "name": name,
                    "languages": langs,
                    "sites": own,
                    "contact": f"{contact}@interpreters.example.org",
                    "active": rng.random() < 0.92 or k == 0,
                }
            )
    return out


class InterpreterIndex:
    """Active interpreters by (language, site), for assigning one to an appointment."""

    def __init__(self, interpreters: list[dict[str, Any]]) -> None:
        self.by_site: dict[tuple[str, str], list[str]] = {}
        self.by_lang: dict[str, list[str]] = {}
        for it in interpreters:
            if not it["active"]:
                continue
            for lang in it["languages"]:
                if lang["proficiency"] not in ("native", "fluent"):
                    continue
                self.by_lang.setdefault(lang["code"], []).append(it["name"])
                for site in it["sites"]:
                    self.by_site.setdefault((lang["code"], site), []).append(it["name"])

    def find(self, rng: Random, languages: list[str], site: str) -> tuple[str, str | None]:
        """(language of the appointment, interpreter name or None)."""
        for code in languages:
            names = self.by_site.get((code, site))
            if names:
                return code, pick(rng, names)
        for code in languages:
            names = self.by_lang.get(code)
            if names:
                return code, pick(rng, names)
        return (languages[0] if languages else "en"), None


# ---------------------------------------------------------------------------------------------
# Stages and statuses

_STAGE_FUTURE = Table([("pre-screening", 55), ("interview-scheduled", 45)])
_STAGE_CURRENT = Table(
    [("pre-screening", 10), ("interview-scheduled", 35), ("interviewed", 30), ("adjudicated", 15),
     ("on-hold", 5), ("approved", 5)]
)  # fmt: skip
_STAGE_PAST = Table(
    [("interview-scheduled", 3), ("interviewed", 16), ("adjudicated", 10), ("approved", 14),
     ("denied", 4), ("on-hold", 9), ("medical", 12), ("cultural-orientation", 9),
     ("ready-for-departure", 8), ("departed", 9), ("closed", 6)]
)  # fmt: skip
_STAGE_ANY = Table(
    [("pre-screening", 18), ("interview-scheduled", 12), ("interviewed", 12), ("adjudicated", 6),
     ("approved", 8), ("denied", 3), ("on-hold", 7), ("medical", 8), ("cultural-orientation", 6),
     ("ready-for-departure", 6), ("departed", 8), ("closed", 6)]
)  # fmt: skip
_SECURITY = {
    "pre-screening": Table([("not_started", 70), ("pending", 30)]),
    "interview-scheduled": Table([("not_started", 30), ("pending", 70)]),
    "interviewed": Table([("pending", 80), ("cleared", 18), ("hit", 2)]),
    "adjudicated": Table([("pending", 40), ("cleared", 57), ("hit", 3)]),
    "approved": Table([("cleared", 92), ("pending", 5), ("expired", 3)]),
    "denied": Table([("cleared", 60), ("hit", 30), ("pending", 10)]),
    "on-hold": Table([("pending", 50), ("hit", 15), ("expired", 25), ("cleared", 10)]),
    "medical": Table([("cleared", 90), ("expired", 10)]),
    "cultural-orientation": Table([("cleared", 92), ("expired", 8)]),
    "ready-for-departure": Table([("cleared", 96), ("expired", 4)]),
    "departed": Table([("cleared", 1)]),
    "closed": Table([("cleared", 50), ("hit", 20), ("not_started", 10), ("expired", 20)]),
}
_MEDICAL = {
    "approved": Table([("not_started", 60), ("scheduled", 40)]),
    "on-hold": Table([("not_started", 70), ("deferred", 30)]),
    "medical": Table([("scheduled", 60), ("deferred", 25), ("cleared", 15)]),
    "cultural-orientation": Table([("cleared", 1)]),
    "ready-for-departure": Table([("cleared", 1)]),
    "departed": Table([("cleared", 1)]),
    "closed": Table([("not_started", 60), ("cleared", 40)]),
}
_NOT_STARTED = Table([("not_started", 1)])
PRIORITY = Table([("P-1", 12), ("P-2", 48), ("P-3", 40)])
_FUTURE_STATUS = Table([("tentative", 35), ("notified", 35), ("confirmed", 30)])
_MISSED_STATUS = Table([("no_show", 40), ("rescheduled", 45), ("cancelled", 15)])


def pick_stage(rng: Random, ride: Ride | None, today: dt.date) -> str:
    if ride is None:
        return _STAGE_ANY.pick(rng)
    if ride.start > today:
        return _STAGE_FUTURE.pick(rng)
    if ride.end >= today:
        return _STAGE_CURRENT.pick(rng)
    return _STAGE_PAST.pick(rng)


def security_status(rng: Random, stage: str) -> str:
    return _SECURITY[stage].pick(rng)


def medical_status(rng: Random, stage: str) -> str:
    return _MEDICAL.get(stage, _NOT_STARTED).pick(rng)


# ---------------------------------------------------------------------------------------------
# Appointments

_DURATION = {"interview": 90, "medical": 60, "fingerprints": 30, "cultural_orientation": 180,
             "adjudication": 60, "other": 30}  # fmt: skip
_ROOM = {"medical": ("Clinic",), "fingerprints": ("Biometrics desk",),
         "cultural_orientation": ("Training hall",), "adjudication": ("Officer room 1", "Officer room 2")}  # fmt: skip
_ROOMS = ("Room 1", "Room 2", "Room 3", "Room 4")
# Visiting officers (synthetic names): one interviews at a site on a given day.
_OFFICERS = ("Officer M. Ardent", "Officer T. Velloran", "Officer S. Quillfield", "Officer R. Demaris")
_WITH_OFFICER = frozenset({"interview", "adjudication"})

# What appointments a case has had by its stage: (type, when) with when "past" or "future".
_PLAN = {
    "pre-screening": (),
    "interview-scheduled": (("interview", "future"),),
    "interviewed": (("interview", "past"), ("fingerprints", "either")),
    "adjudicated": (("interview", "past"), ("fingerprints", "past"), ("adjudication", "past")),
    "approved": (("interview", "past"), ("fingerprints", "past"), ("adjudication", "past")),
    "denied": (("interview", "past"), ("fingerprints", "past"), ("adjudication", "past")),
    "on-hold": (("interview", "past"), ("adjudication", "past"), ("other", "future")),
    "medical": (("interview", "past"), ("adjudication", "past"), ("medical", "future")),
    "cultural-orientation": (("interview", "past"), ("medical", "past"), ("cultural_orientation", "future")),
    "ready-for-departure": (("interview", "past"), ("medical", "past"), ("cultural_orientation", "past")),
    "departed": (("interview", "past"), ("adjudication", "past")),
    "closed": (("interview", "past"),),
}  # fmt: skip


@cache
def iso_day(ordinal: int) -> str:
    """ISO date of a proleptic Gregorian ordinal (a few hundred distinct days per demo: cached)."""
    return dt.date.fromordinal(ordinal).isoformat()


def _weekday(day: int, forward: bool) -> int:
    """The ordinal itself if it is Monday-Friday, else the next (or previous) weekday."""
    while (day - 1) % 7 >= 5:  # ordinal 1 (0001-01-01) is a Monday
        day += 1 if forward else -1
    return day


def appointments(
    rng: Random,
    today: dt.date,
    stage: str,
    ride: Ride | None,
    site: str,
    pa_languages: list[str],
    interpreters: InterpreterIndex,
) -> list[dict[str, Any]]:
    plan = _PLAN[stage]
    if stage == "pre-screening":
        plan = (("interview", "future"),) if rng.random() < 0.3 else ()
    elif stage in ("departed", "closed") and rng.random() < 0.5:
        plan = ()
    if not plan:
        return []
    now = today.toordinal()
    if ride is not None:
        win_lo, win_hi = ride.start.toordinal(), ride.end.toordinal()
        team = ride.team
    else:
        win_lo, win_hi = now - 90, now + 60
        team = STAFF[SITE_BY_NAME[site].region]
    if "en" in pa_languages:
        language, interpreter = "en", None
    else:
        language, interpreter = interpreters.find(rng, pa_languages, site)
        if rng.random() < 0.03:  # QC finds these: an appointment in a language with no interpreter
            interpreter = None
    out: list[dict[str, Any]] = []
    last_past = None
    for kind, when in plan:
        if when == "either":
            when = "past" if rng.random() < 0.6 else "future"
        if when == "past":
            hi = min(win_hi, now - 1)
            lo = win_lo if win_lo <= hi else hi - 60
            if last_past is not None and last_past <= hi:
                lo = max(lo, last_past)
            day = _weekday(randint(rng, lo, hi), forward=False)
            status = "attended"
            last_past = day
        else:
            lo = max(win_lo, now + 1)
            hi = win_hi if win_hi >= lo else lo + 45
            day = _weekday(randint(rng, lo, hi), forward=True)
            status = _FUTURE_STATUS.pick(rng)
        if kind == "interview" and rng.random() < 0.08:  # an earlier slot that did not happen
            missed = _weekday(day - randint(rng, 3, 20), forward=False)
            missed_status = _MISSED_STATUS.pick(rng)
            if missed >= now and missed_status == "no_show":
                missed_status = "rescheduled"
            out.append(_appointment(rng, kind, missed, missed_status, site, team, interpreter, language))
        out.append(_appointment(rng, kind, day, status, site, team, interpreter, language))
    return out


def _appointment(
    rng: Random, kind: str, day: int, status: str, site: str, team: tuple[str, ...],
    interpreter: str | None, language: str,
) -> dict[str, Any]:  # fmt: skip
    latest = 13 if kind == "cultural_orientation" else 15
    start = 60 * randint(rng, 8, latest) + 30 * randint(rng, 0, 1)  # minutes; ends by 18:30
    end = start + _DURATION[kind]
    iso = iso_day(day)
    return {
        "type": kind,
        "start": f"{iso}T{start // 60:02d}:{start % 60:02d}:00",
        "end": f"{iso}T{end // 60:02d}:{end % 60:02d}:00",
        "site": site,
        "room": pick(rng, _ROOM.get(kind, _ROOMS)),
        "staff": pick(rng, team),
        "interpreter": interpreter,
        "language": language,
        "status": status,
        "officer": _OFFICERS[(day + len(site)) % len(_OFFICERS)] if kind in _WITH_OFFICER else None,
    }


# ---------------------------------------------------------------------------------------------
# The physical file


def file_movements(
    rng: Random, today: dt.date, site: str, ride: Ride | None, team: tuple[str, ...]
) -> tuple[list[dict[str, Any]], str]:
    """(chain of custody, current location of the paper file)."""
    cabinet = f"{site} field office, cabinet {randint(rng, 1, 6)}"
    if rng.random() >= 0.55:
        return [], cabinet
    places = [
        (f"Interview room {randint(rng, 1, 4)}, {site}", "Interview preparation"),
        (f"Adjudication support desk, {site}", "Adjudication docket"),
        ("HQ registry", "Quality check at HQ"),
        (cabinet, "Returned to cabinet"),
    ]
    if ride is not None:
        places.insert(0, (f"Circuit ride team ({ride.name})", "Checked out for circuit ride"))
    current = "HQ registry" if rng.random() < 0.3 else cabinet
    now = today.toordinal()
    day = now - randint(rng, 20, 150)
    out: list[dict[str, Any]] = []
    for _ in range(randint(rng, 1, 4)):
        to, reason = pick(rng, places)
        if to == current:
            to, reason = (cabinet, "Returned to cabinet") if current != cabinet else places[0]
        day += randint(rng, 1, 12)
        if day >= now:
            break
        minute = 60 * randint(rng, 6, 16) + randint(rng, 0, 59)  # UTC
        at = f"{iso_day(day)}T{minute // 60:02d}:{minute % 60:02d}:00Z"
        out.append({"from": current, "to": to, "by": pick(rng, team), "at": at, "reason": reason})
        current = to
    return out, current


# ---------------------------------------------------------------------------------------------
# Free text

_NOTES_NORMAL = (
    "Family requests interview in the morning.",
    "PA works night shifts; prefers appointments after 10:00.",
    "Phone number changed; new number recorded at the registration desk.",
    "Family moved to another district; travel time to the site is about two hours.",
    "Original passports seen and returned to the family.",
    "Awaiting birth certificate for the youngest child.",
    "Household composition confirmed at pre-screening.",
    "Children attend school until 13:00; afternoon appointments preferred.",
    "PA asked about the expected timeline for departure.",
    "Family will bring the original marriage certificate to the interview.",
    "Transport allowance requested for the next appointment.",
)
_NOTES_RESTRICTED = (
    "Protection concern raised by the PA; details in the restricted file.",
    "Possible exploitation risk for a household member; referred to the protection officer.",
    "Discrepancy in a reported relationship; verify at interview.",
)
_NOTES_MEDICAL = (
    "Household member needs follow-up with the panel physician.",
    "Pregnancy reported; expected delivery in about four months.",
    "Chronic condition reported; check medication supply before travel.",
    "Wheelchair user; ground-floor room required.",
)
EXPEDITE_REASONS = (
    "Urgent medical need",
    "Protection risk in the host country",
    "Survivor of violence; referral by protection officer",
    "Child at risk",
    "Elderly principal applicant with deteriorating health",
    "Relative in the US is terminally ill",
)
_FLAGS = (
    "Wheelchair access needed",
    "Pregnant household member",
    "Possible duplicate registration: check UNHCR id",
    "Hearing impairment: sign language interpreter",
    "Identity documents held by host authorities",
    "Requests female interviewer",
    "Literacy support needed for forms",
)
_RELATIVES = ("Brother", "Sister", "Cousin", "Uncle", "Aunt", "Son", "Daughter", "Mother", "Father")
_ANCHORS = ("Son", "Daughter", "Mother", "Father", "Spouse")
_STATUSES = ("US citizen", "lawful permanent resident", "asylee")


def notes(rng: Random, language: str) -> list[dict[str, Any]]:
    if rng.random() >= 0.35:
        return []
    out = []
    for _ in range(randint(rng, 1, 3)):
        r = rng.random()
        if r < 0.1:
            out.append({"text": pick(rng, _NOTES_RESTRICTED), "confidentiality": "restricted"})
        elif r < 0.18:
            out.append({"text": pick(rng, _NOTES_MEDICAL), "confidentiality": "medical"})
        elif r < 0.28:
            out.append({"text": f"Interpreter for {LANGUAGE_NAMES.get(language, language)} requested.",
                        "confidentiality": "normal"})  # fmt: skip
        else:
            out.append({"text": pick(rng, _NOTES_NORMAL), "confidentiality": "normal"})
    return out


def us_ties(rng: Random, pop: str, priority: str, today: dt.date) -> str:
    cities = US_CITIES[pop]
    if priority == "P-3":  # family reunification: a relative admitted as a refugee or asylee
        year = today.year - randint(rng, 1, 9)
        return (f"{pick(rng, _ANCHORS)} in {pick(rng, cities)} "
                f"(refugee admitted {year}; P-3 anchor)")  # fmt: skip
    if rng.random() < 0.22:
        return f"{pick(rng, _RELATIVES)} in {pick(rng, cities)} ({pick(rng, _STATUSES)})"
    return ""


def preferences(rng: Random, pop: str, language: str, ties: str) -> list[str]:
    options = [
        f"{LANGUAGE_NAMES.get(language, language)}-speaking community",
        "Access to specialised medical care",
        "Warm climate",
        "Smaller city",
        "Affordable housing near public transport",
        "Schools with English-language support for children",
        "Employment in construction or agriculture",
        "Employment in health care",
    ]
    first, k = randint(rng, 0, len(options) - 1), pick(rng, (0, 1, 1, 2, 2, 3))
    picks = [options[(first + 3 * j) % len(options)] for j in range(k)]  # 3 and 8 coprime: distinct
    if ties and rng.random() < 0.7:
        city = ties.split(" in ", 1)[1].split(" (", 1)[0]
        picks.insert(0, f"Near relatives in {city}")
    return picks


def flags(rng: Random) -> str:
    if rng.random() >= 0.08:
        return ""
    return "; ".join(rng.sample(_FLAGS, 1 if rng.random() < 0.8 else 2))
