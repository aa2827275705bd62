"""Synthetic households: who is on a case, their ages, names, languages and birth details.

A household is built in three steps: its structure (roles, sexes, ages, so that every child is
at least 17 years younger than the principal applicant and any spouse who is its parent), its
names (by the naming customs of the population: Spanish double surnames, Ukrainian gendered
surnames, Afghan family or father's names, Ethiopian and Eritrean father's and grandfather's
names), then the per-person details (date of birth and its precision, birth place, nationality,
languages, marital status).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from random import Random
from typing import Any

from app.services.demo import names as N
from app.services.demo.places import BIRTH_CITIES, HOST_CITIES, IUS_SOLI, Site
from app.services.demo.rand import Table, pick, randbelow, randint
from app.services.demo.translit import ascii_fold, transliterate

# Household size 1..9: mostly 2-5 (mean about 3.9).
HOUSEHOLD_SIZE = Table([(1, 11), (2, 14), (3, 20), (4, 21), (5, 15), (6, 9), (7, 5), (8, 3), (9, 2)])

# Per population: share of female principal applicants, chance a spouse is on the case,
# share of dates of birth that are not exact (before the age adjustment), naming culture.
POPULATIONS: dict[str, dict[str, Any]] = {
    "VE": {"female_pa": 0.56, "spouse": 0.72, "inexact": 0.03, "culture": "es"},
    "CO": {"female_pa": 0.58, "spouse": 0.68, "inexact": 0.04, "culture": "es"},
    "UA": {"female_pa": 0.68, "spouse": 0.45, "inexact": 0.01, "culture": "uk"},
    "BY": {"female_pa": 0.45, "spouse": 0.70, "inexact": 0.01, "culture": "ru"},
    "AF": {"female_pa": 0.22, "spouse": 0.88, "inexact": 0.40, "culture": "af"},
    "ER": {"female_pa": 0.42, "spouse": 0.70, "inexact": 0.30, "culture": "eth"},
    "ET": {"female_pa": 0.40, "spouse": 0.75, "inexact": 0.25, "culture": "eth"},
}
_INEXACT_SPLIT = {
    "af": Table([("estimated", 45), ("year", 40), ("month", 15)]),
    "eth": Table([("estimated", 40), ("year", 45), ("month", 15)]),
    "other": Table([("month", 40), ("year", 30), ("estimated", 30)]),
}
_MARITAL_ALONE_YOUNG = Table([("single", 80), ("separated", 6), ("divorced", 6), ("married", 8)])
_MARITAL_ALONE = Table([("single", 30), ("divorced", 20), ("widowed", 25), ("separated", 10), ("married", 15)])
_MARITAL_SINGLE_PARENT = Table([("single", 20), ("divorced", 20), ("widowed", 30), ("separated", 20), ("married", 10)])
_MARITAL_UA_MOTHER = Table([("married", 45), ("widowed", 15), ("divorced", 25), ("separated", 5), ("single", 10)])
_MARITAL_ADULT_RELATIVE = Table([("single", 70), ("divorced", 10), ("widowed", 10), ("separated", 10)])


class Member:
    __slots__ = (
        "role", "rel", "sex", "age", "given", "family", "ngiven", "nfamily", "aliases",
        "parts", "marital", "of_spouse", "dob",
    )  # fmt: skip

    def __init__(self, role: str, rel: str, sex: str, age: int, of_spouse: bool = False) -> None:
        self.role, self.rel, self.sex, self.age = role, rel, sex, age
        self.given = self.family = ""
        self.ngiven: str | None = None
        self.nfamily: str | None = None
        self.aliases: list[str] = []
        self.parts: Any = None  # culture-specific name parts, used by relatives' names
        self.marital = "single"
        self.of_spouse = of_spouse  # a stepchild: child of the spouse, not of the principal
        self.dob: dt.date | None = None  # set where it must respect siblings; otherwise drawn from age


# ---------------------------------------------------------------------------------------------
# Structure


def _opposite(rng: Random, sex: str) -> str:
    if sex == "F":
        return "M"
    if sex == "M":
        return "F"
    return "F" if rng.random() < 0.5 else "M"


def build_structure(rng: Random, today: dt.date, pop: str, size: int) -> list[Member]:
    prof = POPULATIONS[pop]
    r = rng.random()
    if pop in ("VE", "CO", "UA", "BY") and r < 0.003:
        pa_sex = "X"
    else:
        pa_sex = "F" if rng.random() < prof["female_pa"] else "M"
    # Age 18..69 (an estimated date of birth on 1 January can add a year: still <= 70).
    pa_age = min(69, int(rng.triangular(18, 70, 32)))
    pa = Member("principal_applicant", "self", pa_sex, pa_age)
    members = [pa]
    spouse = None
    if size >= 2 and rng.random() < prof["spouse"] + (0.1 if size >= 4 else 0.0):
        sp_sex = _opposite(rng, pa_sex)
        gap = randint(rng, -2, 9)
        sp_age = pa_age - gap if sp_sex == "F" else pa_age + gap
        sp_age = max(18, min(85, sp_age))
        spouse = Member("spouse", "spouse", sp_sex, sp_age)
        members.append(spouse)
    parents = 0
    first_parent_sex = ""
    siblings = 0
    n_children = 0
    others: list[Member] = []
    for _ in range(size - len(members)):
        r = rng.random()
        if r < 0.07 and parents < 2 and 25 <= pa_age <= 68:
            if parents == 0:
                sex = first_parent_sex = "F" if rng.random() < 0.7 else "M"
            else:  # the second parent: the other one
                sex = "M" if first_parent_sex == "F" else "F"
            age = min(95, pa_age + randint(rng, 18, 40))
            others.append(Member("other_dependent", "mother" if sex == "F" else "father", sex, age))
            parents += 1
        elif r < 0.12 and siblings < 3:
            others.append(_sibling(rng, pa_age + randint(rng, -14, 12)))
            siblings += 1
        elif r < 0.155 and pa_age >= 30:
            others.append(_nephew_or_niece(rng, pa_age))
        elif r < 0.175 and pa_age >= 38:
            sex = "F" if rng.random() < 0.5 else "M"
            others.append(Member("other_dependent", "grandchild", sex, randint(rng, 0, min(17, pa_age - 36))))
        elif r < 0.185:
            sex = "F" if rng.random() < 0.5 else "M"
            others.append(Member("other_dependent", "other", sex, randint(rng, 0, 70)))
        else:
            n_children += 1
    if n_children:
        children, extra = _children(rng, today, pa, spouse, n_children)
        members.extend(children)
        others.extend(extra)
    members.extend(others)
    return members


def _sibling(rng: Random, age: int) -> Member:
    sex = "F" if rng.random() < 0.5 else "M"
    return Member("other_dependent", "sister" if sex == "F" else "brother", sex, max(0, min(85, age)))


def _nephew_or_niece(rng: Random, pa_age: int) -> Member:
    sex = "F" if rng.random() < 0.5 else "M"
    age = randint(rng, 0, max(0, min(20, pa_age - 14)))
    return Member("other_dependent", "niece" if sex == "F" else "nephew", sex, age)


def _age_on(dob: dt.date, today: dt.date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


def _children(
    rng: Random, today: dt.date, pa: Member, spouse: Member | None, count: int
) -> tuple[list[Member], list[Member]]:
    """The couple's children, oldest first, born at least ~13 months apart (or twins).

    Every child is at least 17 whole years younger than the principal applicant and the spouse,
    so the birth years differ by at least 16 whatever the precision of the dates of birth.
    Children who do not fit (parents too young or too old) become other dependents.
    """
    parents = [pa] + ([spouse] if spouse is not None else [])
    max_age = min(20, min(p.age for p in parents) - 17)
    min_age = 0
    for p in parents:
        if p.sex == "F":
            min_age = max(min_age, p.age - 45)
        elif p.sex == "M":
            min_age = max(min_age, p.age - 62)
    if max_age < min_age:
        return [], [_sibling(rng, pa.age - randint(rng, 1, 12)) if pa.age < 30 or rng.random() < 0.5
                    else _nephew_or_niece(rng, pa.age) for _ in range(count)]  # fmt: skip
    lo = _years_before_ordinal(today, max_age + 1) + 1
    hi = min(_years_before_ordinal(today, min_age), today.toordinal())
    gap = 400  # days between births (twins aside)
    fit = min(count, (hi - lo) // gap + 1)
    extra = [_nephew_or_niece(rng, pa.age) if pa.age >= 30 else _sibling(rng, pa.age - randint(rng, 1, 12))
             for _ in range(count - fit)]  # fmt: skip
    # Younger children are more common on a case than teenagers: bias the free span towards "hi".
    free = hi - lo - (fit - 1) * gap
    offsets = sorted(int(free * (1 - rng.random() ** 1.6)) for _ in range(fit))
    dobs = [lo + off + k * gap for k, off in enumerate(offsets)]
    if fit >= 2 and rng.random() < 0.04:  # twins
        k = randbelow(rng, fit - 1)
        dobs[k + 1] = dobs[k]
    # Stepchildren (the spouse's, from an earlier relationship) are the oldest.
    steps = 0
    if spouse is not None and rng.random() < 0.12:
        steps = 1 if rng.random() < 0.7 else 2
    children = []
    for k, ordinal in enumerate(dobs):
        dob = dt.date.fromordinal(ordinal)
        sex = "F" if rng.random() < 0.49 else "M"
        if k < steps:
            m = Member("child", "stepdaughter" if sex == "F" else "stepson", sex, _age_on(dob, today), True)
        else:
            m = Member("child", "daughter" if sex == "F" else "son", sex, _age_on(dob, today))
        m.dob = dob
        children.append(m)
    return children, extra


def children_parents(members: list[Member]) -> tuple[Member | None, Member | None]:
    """(father, mother) among the principal applicant and spouse, for the couple's children."""
    pa = members[0]
    sp = members[1] if len(members) > 1 and members[1].rel == "spouse" else None
    couple = [pa] + ([sp] if sp else [])
    father = next((p for p in couple if p.sex == "M"), None)
    mother = next((p for p in couple if p.sex == "F"), None)
    if father is None and mother is None:
        father = pa
    return father, mother


# ---------------------------------------------------------------------------------------------
# Names


def _famous(given: str, family: str) -> bool:
    return (given.split(" ", 1)[0], family.split(" ", 1)[0]) in N.FAMOUS


def _name_key(given: str, family: str) -> str:
    """How search and import compare names (accents and case ignored): unique within a household."""
    return f"{ascii_fold(given)} {ascii_fold(family)}".casefold()  # parts repeat: ascii_fold caches them


def _acceptable(given: str, family: str, taken: set[str]) -> bool:
    return _name_key(given, family) not in taken and not _famous(given, family)


def es_given(rng: Random, sex: str) -> str:
    pool = N.ES_FEMALE if sex == "F" or (sex == "X" and rng.random() < 0.5) else N.ES_MALE
    first = pick(rng, pool)
    r = rng.random()
    if r < 0.28:
        second = pick(rng, N.ES_FEMALE_SECOND if pool is N.ES_FEMALE else N.ES_MALE_SECOND)
    elif r < 0.40:
        second = pick(rng, pool)
    else:
        return first
    return first if second == first else f"{first} {second}"


def _name_es(rng: Random, members: list[Member]) -> None:
    sur = N.ES_SURNAMES
    pa = members[0]
    father, mother = children_parents(members)
    pa.parts = (pick(rng, sur), pick(rng, sur))
    for m in members[1:]:
        if m.rel == "spouse":
            m.parts = (pick(rng, sur), pick(rng, sur))
    f_s1 = father.parts[0] if father else pick(rng, sur)
    m_s1 = mother.parts[0] if mother else pick(rng, sur)
    only_mother = father is None and rng.random() < 0.2
    spouse = members[1] if len(members) > 1 and members[1].rel == "spouse" else None
    ex_s1 = pick(rng, sur)
    for m in members[1:]:
        rel = m.rel
        if rel == "spouse":
            continue
        if m.role == "child":
            if m.of_spouse and spouse is not None:
                m.parts = (spouse.parts[0], ex_s1) if spouse.sex == "M" else (ex_s1, spouse.parts[0])
            elif only_mother:
                m.parts = pa.parts
            else:
                m.parts = (f_s1, m_s1)
        elif rel == "father":
            m.parts = (pa.parts[0], pick(rng, sur))
        elif rel == "mother":
            m.parts = (pa.parts[1], pick(rng, sur))
        elif rel in ("sister", "brother"):
            m.parts = pa.parts if rng.random() < 0.85 else (pa.parts[0], pick(rng, sur))
        elif rel in ("niece", "nephew", "grandchild"):
            m.parts = (pick(rng, sur), f_s1) if rng.random() < 0.5 else (f_s1, pick(rng, sur))
        else:
            m.parts = (pick(rng, sur), pick(rng, sur))
    husband_s1 = father.parts[0] if father is not None and spouse is not None else None
    taken: set[str] = set()
    for m in members:
        s1, s2 = m.parts
        m.family = f"{s1} {s2}" if rng.random() < 0.96 else s1
        for _ in range(8):
            m.given = es_given(rng, m.sex)
            if _acceptable(m.given, m.family, taken):
                break
        taken.add(_name_key(m.given, m.family))
        r = rng.random()
        full = f"{m.given} {m.family}"
        if r < 0.22 and ascii_fold(full) != full:
            m.aliases.append(ascii_fold(full))
        elif r < 0.30 and " " in m.family:
            m.aliases.append(f"{m.given} {s1}")
        if husband_s1 and m.sex == "F" and m is mother and m.age >= 18 and rng.random() < 0.2:
            m.aliases.append(f"{m.given} {s1} de {husband_s1}")


def _slavic_given(rng: Random, sex: str) -> tuple[str, str]:
    pool = N.UK_FEMALE if sex == "F" or (sex == "X" and rng.random() < 0.5) else N.UK_MALE
    return pick(rng, pool)


def _name_slavic(rng: Random, members: list[Member], culture: str, russian_speaking: bool) -> None:
    surnames = N.UK_SURNAMES if culture == "uk" else N.RU_SURNAMES
    scheme = "uk" if culture == "uk" else "ru"
    pa = members[0]
    father, _mother = children_parents(members)
    hh = pick(rng, surnames)
    pa.parts = hh
    parent_surname = hh if pa.sex != "F" or rng.random() < 0.5 else pick(rng, surnames)
    children_surname = father.parts if father is not None and father.rel != "self" else hh
    if father is None and rng.random() < 0.15:
        children_surname = pick(rng, surnames)
    for m in members[1:]:
        rel = m.rel
        if rel == "spouse":
            m.parts = hh if rng.random() < 0.85 else pick(rng, surnames)
            if father is m:
                children_surname = m.parts
    for m in members[1:]:
        rel = m.rel
        if rel == "spouse":
            continue
        if m.role == "child":
            m.parts = children_surname if not m.of_spouse or rng.random() < 0.5 else pick(rng, surnames)
        elif rel in ("father", "mother", "sister", "brother"):
            m.parts = parent_surname
        elif rel in ("niece", "nephew", "grandchild"):
            m.parts = parent_surname if rng.random() < 0.5 else pick(rng, surnames)
        else:
            m.parts = pick(rng, surnames)
    alias_rate = 0.6 if russian_speaking else 0.3
    taken: set[str] = set()
    for m in members:
        m.nfamily = m.parts[1] if m.sex == "F" else m.parts[0]
        m.family = transliterate(m.nfamily, scheme)
        for _ in range(8):
            pair = _slavic_given(rng, m.sex)
            m.ngiven = pair[0] if culture == "uk" else pair[1]
            m.given = transliterate(m.ngiven, scheme)
            if _acceptable(m.given, m.family, taken):
                break
        taken.add(_name_key(m.given, m.family))
        r = rng.random()
        if r < alias_rate:
            alt = transliterate(pair[1], "ru" if culture == "uk" else "ru_popular")
            if alt != m.given:
                m.aliases.append(f"{alt} {m.family}")
        elif r < alias_rate + 0.1 and culture == "uk":
            alt = transliterate(pair[1], "ru_popular")
            if alt != m.given:
                m.aliases.append(f"{alt} {m.family}")


def _alias_from_parts(rng: Random, given: list[Any], family: list[Any]) -> str | None:
    """An alternative Latin spelling: some parts spelt with one of their known variants."""
    out = []
    changed = False
    for entry in given + family:
        alts = entry[2]
        if alts and rng.random() < 0.6:
            out.append(pick(rng, alts))
            changed = True
        else:
            out.append(entry[1])
    return " ".join(out) if changed else None


def _render_parts(m: Member, given: list[Any], family: list[Any], native: bool) -> None:
    m.given = " ".join(e[1] for e in given)
    m.family = " ".join(e[1] for e in family)
    if native:
        m.ngiven = " ".join(e[0] for e in given)
        m.nfamily = " ".join(e[0] for e in family)


def _parts_given(rng: Random, sex: str, female: Any, male: Any, family: list[Any], taken: set[str]) -> list[Any]:
    pool = female if sex == "F" or (sex == "X" and rng.random() < 0.5) else male
    family_latin = " ".join(e[1] for e in family)
    for _ in range(8):
        given = [pick(rng, pool)]
        if pool is N.AF_MALE and rng.random() < 0.15 and given[0][1] not in ("Mohammad", "Ahmad"):
            given.insert(0, N.AF_MALE[0] if rng.random() < 0.7 else N.AF_MALE[1])
        given_latin = " ".join(e[1] for e in given)
        if _acceptable(given_latin, family_latin, taken):
            break
    taken.add(_name_key(given_latin, family_latin))
    return given


def _name_afghan(rng: Random, members: list[Member]) -> None:
    pa = members[0]
    father, _mother = children_parents(members)
    male, female = N.AF_MALE, N.AF_FEMALE
    patronymic = rng.random() < 0.35
    taken: set[str] = set()
    fam: dict[int, list[Any]] = {}
    if patronymic:
        pa_father = pick(rng, male)
        fam[id(pa)] = [pa_father]
        absent_father = [pick(rng, male)]
    else:
        hh = pick(rng, N.AF_SURNAMES)
        fam[id(pa)] = [hh]
    for m in members[1:]:
        if m.rel == "spouse":
            if patronymic:
                fam[id(m)] = [pick(rng, male)]
            else:
                fam[id(m)] = [hh] if rng.random() < 0.5 else [pick(rng, N.AF_SURNAMES)]
    given: dict[int, list[Any]] = {}
    # The couple's given names first: children's names may derive from the father's.
    for m in members[:2]:
        if id(m) in fam:
            given[id(m)] = _parts_given(rng, m.sex, female, male, fam[id(m)], taken)
    for m in members[1:]:
        if m.rel == "spouse":
            continue
        rel = m.rel
        if patronymic:
            if m.role == "child" and not m.of_spouse:
                fam[id(m)] = given[id(father)][-1:] if father is not None else absent_father
            elif rel == "father":
                fam[id(m)] = [pick(rng, male)]
                given[id(m)] = fam[id(pa)]
            elif rel in ("sister", "brother"):
                fam[id(m)] = fam[id(pa)]
            else:
                fam[id(m)] = [pick(rng, male)]
        else:
            if m.role == "child" or rel in ("sister", "brother", "grandchild"):
                fam[id(m)] = [hh]
            elif rel == "father":
                fam[id(m)] = [hh] if rng.random() < 0.7 else [pick(rng, N.AF_SURNAMES)]
            elif rel == "nephew" or rel == "niece":
                fam[id(m)] = [hh] if rng.random() < 0.5 else [pick(rng, N.AF_SURNAMES)]
            else:
                fam[id(m)] = [pick(rng, N.AF_SURNAMES)]
        if id(m) not in given:
            given[id(m)] = _parts_given(rng, m.sex, female, male, fam[id(m)], taken)
    for m in members:
        g, f = given[id(m)], fam[id(m)]
        _render_parts(m, g, f, True)
        if rng.random() < 0.45:
            alias = _alias_from_parts(rng, g, f)
            if alias:
                m.aliases.append(alias)


def _name_ethiopic(rng: Random, members: list[Member], lang: str) -> None:
    if lang in ("ti", "tig"):
        male, female = N.ER_MALE, N.ER_FEMALE
    elif lang == "om":
        male, female = (N.OM_MALE, N.OM_FEMALE) if rng.random() < 0.7 else (N.ET_MALE, N.ET_FEMALE)
    else:
        male, female = N.ET_MALE, N.ET_FEMALE
    native = not (lang == "om" and rng.random() < 0.5)  # many Oromo records are Latin (Qubee) only
    grand = rng.random() < 0.35
    taken: set[str] = set()
    pa = members[0]
    father, _mother = children_parents(members)
    fathers: dict[int, Any] = {}  # member -> their father's given-name entry
    grands: dict[int, Any] = {}
    given: dict[int, list[Any]] = {}

    def family(m: Member) -> list[Any]:
        return [fathers[id(m)], grands[id(m)]] if grand else [fathers[id(m)]]

    for m in members[:2]:
        if m is pa or m.rel == "spouse":
            fathers[id(m)] = pick(rng, male)
            grands[id(m)] = pick(rng, male)
            given[id(m)] = _parts_given(rng, m.sex, female, male, family(m), taken)
    absent = (pick(rng, male), pick(rng, male))
    for m in members[1:]:
        if m.rel == "spouse":
            continue
        rel = m.rel
        if m.role == "child" and not m.of_spouse and father is not None:
            fathers[id(m)] = given[id(father)][0]
            grands[id(m)] = fathers[id(father)]
        elif m.role == "child":
            fathers[id(m)], grands[id(m)] = absent
        elif rel == "father":
            given[id(m)] = [fathers[id(pa)]]
            fathers[id(m)] = grands[id(pa)]
            grands[id(m)] = pick(rng, male)
        elif rel in ("sister", "brother"):
            fathers[id(m)], grands[id(m)] = fathers[id(pa)], grands[id(pa)]
        else:
            fathers[id(m)], grands[id(m)] = pick(rng, male), pick(rng, male)
        if id(m) not in given:
            given[id(m)] = _parts_given(rng, m.sex, female, male, family(m), taken)
    for m in members:
        g, f = given[id(m)], family(m)
        _render_parts(m, g, f, native)
        if rng.random() < 0.4:
            alias = _alias_from_parts(rng, g, f)
            if alias:
                m.aliases.append(alias)


def assign_names(rng: Random, pop: str, lang: str, members: list[Member]) -> None:
    culture = POPULATIONS[pop]["culture"]
    if culture == "es":
        _name_es(rng, members)
    elif culture in ("uk", "ru"):
        _name_slavic(rng, members, culture, russian_speaking=(lang == "ru"))
    elif culture == "af":
        _name_afghan(rng, members)
    else:
        _name_ethiopic(rng, members, lang)


# ---------------------------------------------------------------------------------------------
# Languages


def household_languages(
    rng: Random, pop: str, site: Site
) -> tuple[list[str], list[tuple[str, float]], list[tuple[str, float]]]:
    """(base languages of the household, extra languages for adults, extras for school-age children)."""
    if pop in ("VE", "CO"):
        base = ["guc", "es"] if pop == "VE" and rng.random() < 0.01 else ["es"]
        return base, [("en", 0.07)], []
    if pop == "UA":
        if rng.random() < (0.35 if site.country == "MD" else 0.3):
            base = ["ru", "uk"] if rng.random() < 0.75 else ["ru"]
        else:
            base = ["uk", "ru"] if rng.random() < 0.7 else ["uk"]
        host = ("pl", 0.12) if site.country == "PL" else ("ro", 0.04)
        kids = ("pl", 0.4) if site.country == "PL" else ("ro", 0.1)
        return base, [("en", 0.18), host], [("en", 0.3), kids]
    if pop == "BY":
        base = ["ru", "be"] if rng.random() < 0.6 else ["ru"]
        return base, [("en", 0.25), ("pl", 0.2)], [("pl", 0.5), ("en", 0.3)]
    if pop == "AF":
        r = rng.random()
        if site.country == "TJ":
            base = ["uz", "prs"] if r < 0.1 else ["prs"]
            return base, [("tg", 0.2), ("en", 0.1), ("ps", 0.05)], [("tg", 0.35)]
        base = ["ps", "prs"] if r < 0.25 else (["ps"] if r < 0.6 else ["prs"])
        return base, [("ur", 0.4), ("en", 0.12)], [("ur", 0.5), ("en", 0.15)]
    if pop == "ER":
        base = ["tig", "ti"] if rng.random() < 0.12 else ["ti"]
        hosts = [("am", 0.25)] if site.country == "ET" else [("sw", 0.2)]
        return base, [("ar", 0.1), ("en", 0.12), *hosts], [("en", 0.2), *hosts]
    # Ethiopians (in Kenya): Amharic, Oromo or Tigrinya speakers.
    r = rng.random()
    if r < 0.45:
        base = ["am"]
    elif r < 0.85:
        base = ["om", "am"] if rng.random() < 0.7 else ["om"]
    else:
        base = ["ti", "am"]
    return base, [("en", 0.15), ("sw", 0.2)], [("sw", 0.35), ("en", 0.2)]


def birth_cities_key(pop: str, lang: str) -> str:
    if pop == "VE" and lang == "guc":
        return "VE:guc"
    if pop == "AF":
        return "AF:" + (lang if lang in ("prs", "ps", "uz") else "prs")
    if pop == "ER":
        return "ER:tig" if lang == "tig" else "ER"
    if pop == "ET":
        return "ET:" + (lang if lang in ("am", "om", "ti") else "am")
    return pop


# ---------------------------------------------------------------------------------------------
# Per-person details


@lru_cache(maxsize=4096)
def _years_before_ordinal(today: dt.date, years: int) -> int:
    try:
        return today.replace(year=today.year - years).toordinal()
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28).toordinal()


def marital_statuses(rng: Random, pop: str, members: list[Member]) -> None:
    pa = members[0]
    has_spouse = len(members) > 1 and members[1].rel == "spouse"
    has_children = any(m.role == "child" for m in members)
    if has_spouse:
        pa.marital = members[1].marital = "married"
    elif has_children:
        table = _MARITAL_UA_MOTHER if pop == "UA" and pa.sex == "F" else _MARITAL_SINGLE_PARENT
        pa.marital = table.pick(rng)
    else:
        pa.marital = (_MARITAL_ALONE_YOUNG if pa.age < 35 else _MARITAL_ALONE).pick(rng)
    both_parents = sum(1 for m in members if m.rel in ("mother", "father")) == 2
    for m in members[1:]:
        if m.rel == "spouse":
            continue
        if m.rel in ("mother", "father"):
            m.marital = "married" if both_parents else ("widowed" if rng.random() < 0.75 else "divorced")
        elif m.role == "child" or m.age < 18:
            m.marital = "single"
        elif m.rel in ("sister", "brother", "other"):
            m.marital = _MARITAL_ADULT_RELATIVE.pick(rng)
        else:
            m.marital = "single"


def person_records(
    rng: Random,
    today: dt.date,
    pop: str,
    site: Site,
    members: list[Member],
    languages: tuple[list[str], list[tuple[str, float]], list[tuple[str, float]]],
    displaced_years_ago: int,
    cities_key: str,
) -> list[dict[str, Any]]:
    prof = POPULATIONS[pop]
    inexact_base = prof["inexact"]
    culture = prof["culture"]
    split = _INEXACT_SPLIT.get(culture, _INEXACT_SPLIT["other"])
    base, adult_extra, child_extra = languages
    home_cities = BIRTH_CITIES[cities_key]
    host_cities = HOST_CITIES[site.country]
    today_ord = today.toordinal()
    out = []
    for m in members:
        dob = m.dob
        if dob is None:
            hi = _years_before_ordinal(today, m.age)
            lo = _years_before_ordinal(today, m.age + 1) + 1
            dob = dt.date.fromordinal(min(today_ord, lo + randbelow(rng, hi - lo + 1)))
        inexact = inexact_base * (1.6 if m.age >= 50 else (0.3 if m.age < 5 else 1.0))
        if rng.random() < inexact:
            precision = split.pick(rng)
            if precision == "year":
                dob_s = str(dob.year)
            elif precision == "month":
                dob_s = dob.isoformat()[:7]
            else:  # a guessed date: by convention 1 January of the believed year
                dob_s = f"{dob.year:04d}-01-01"
        else:
            precision = "exact"
            dob_s = dob.isoformat()
        if m.age < displaced_years_ago:
            cob = site.country
            pob = pick(rng, host_cities)
            nationality = site.country if site.country in IUS_SOLI and rng.random() < 0.7 else pop
        else:
            cob = nationality = pop
            pob = pick(rng, home_cities)
        if m.age < 3:
            langs = base[:1]
        else:
            langs = list(base)
            for code, p in adult_extra if m.age >= 16 else (child_extra if m.age >= 6 else ()):
                if code not in langs and rng.random() < p:
                    langs.append(code)
        out.append(
            {
                "role": m.role,
                "family_name": m.family,
                "given_names": m.given,
                "native_family_name": m.nfamily,
                "native_given_names": m.ngiven,
                "aliases": m.aliases,
                "dob": dob_s,
                "dob_precision": precision,
                "sex": m.sex,
                "nationality": nationality,
                "country_of_birth": cob,
                "place_of_birth": pob,
                "languages": langs,
                "marital_status": m.marital,
                "relationship_to_pa": m.rel,
            }
        )
    return out
