"""What the case screen calls things: field labels, vocabulary values, languages and countries.

Stored values are short stable codes (app/models/vocab.py); people read these labels, in their
language. Built on each call (not at import) so a language switch takes effect on the next view.
Language and country names come from Qt's CLDR data, with the few codes it lacks added here.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.case_view import Age

# Called by this name with literal arguments, so pyside6-lupdate finds every label.
translate = QCoreApplication.translate


def person_fields() -> dict[str, str]:
    return {
        "role": translate("CaseLabels", "Role"),
        "relationship_to_pa": translate("CaseLabels", "Relationship to principal applicant"),
        "family_name": translate("CaseLabels", "Family name"),
        "given_names": translate("CaseLabels", "Given names"),
        "native_family_name": translate("CaseLabels", "Family name (native script)"),
        "native_given_names": translate("CaseLabels", "Given names (native script)"),
        "aliases": translate("CaseLabels", "Aliases"),
        "dob": translate("CaseLabels", "Date of birth"),
        "dob_precision": translate("CaseLabels", "Precision of the date of birth"),
        "sex": translate("CaseLabels", "Sex"),
        "nationality": translate("CaseLabels", "Nationality"),
        "country_of_birth": translate("CaseLabels", "Country of birth"),
        "place_of_birth": translate("CaseLabels", "Place of birth"),
        "languages": translate("CaseLabels", "Languages"),
        "marital_status": translate("CaseLabels", "Marital status"),
    }


def case_fields() -> dict[str, str]:
    return {
        "case_number": translate("CaseLabels", "Case number"),
        "unhcr_id": translate("CaseLabels", "UNHCR id"),
        "priority": translate("CaseLabels", "Priority"),
        "stage": translate("CaseLabels", "Stage"),
        "site": translate("CaseLabels", "Site"),
        "expedited": translate("CaseLabels", "Expedited"),
        "expedite_reason": translate("CaseLabels", "Reason for expediting"),
        "security_check_status": translate("CaseLabels", "Security check"),
        "medical_status": translate("CaseLabels", "Medical"),
        "file_location": translate("CaseLabels", "Physical file"),
        "flags": translate("CaseLabels", "Flags"),
    }


def roles() -> dict[str, str]:
    return {
        "principal_applicant": translate("CaseLabels", "Principal applicant"),
        "spouse": translate("CaseLabels", "Spouse"),
        "child": translate("CaseLabels", "Child"),
        "other_dependent": translate("CaseLabels", "Other dependent"),
    }


def relationships() -> dict[str, str]:
    return {
        "self": translate("CaseLabels", "Self (principal applicant)"),
        "spouse": translate("CaseLabels", "Spouse"),
        "son": translate("CaseLabels", "Son"),
        "daughter": translate("CaseLabels", "Daughter"),
        "stepson": translate("CaseLabels", "Stepson"),
        "stepdaughter": translate("CaseLabels", "Stepdaughter"),
        "mother": translate("CaseLabels", "Mother"),
        "father": translate("CaseLabels", "Father"),
        "sister": translate("CaseLabels", "Sister"),
        "brother": translate("CaseLabels", "Brother"),
        "grandchild": translate("CaseLabels", "Grandchild"),
        "nephew": translate("CaseLabels", "Nephew"),
        "niece": translate("CaseLabels", "Niece"),
        "other": translate("CaseLabels", "Other relative"),
    }


def sexes() -> dict[str, str]:
    return {
        "F": translate("CaseLabels", "Female"),
        "M": translate("CaseLabels", "Male"),
        "X": translate("CaseLabels", "Unspecified (X)"),
    }


def precisions() -> dict[str, str]:
    return {
        "exact": translate("CaseLabels", "Exact date"),
        "month": translate("CaseLabels", "Year and month"),
        "year": translate("CaseLabels", "Year only"),
        "estimated": translate("CaseLabels", "Estimated"),
    }


def marital_statuses() -> dict[str, str]:
    return {
        "single": translate("CaseLabels", "Single"),
        "married": translate("CaseLabels", "Married"),
        "widowed": translate("CaseLabels", "Widowed"),
        "divorced": translate("CaseLabels", "Divorced"),
        "separated": translate("CaseLabels", "Separated"),
    }


def stages() -> dict[str, str]:
    return {
        "pre-screening": translate("CaseLabels", "Pre-screening"),
        "interview-scheduled": translate("CaseLabels", "Interview scheduled"),
        "interviewed": translate("CaseLabels", "Interviewed"),
        "adjudicated": translate("CaseLabels", "Adjudicated"),
        "approved": translate("CaseLabels", "Approved"),
        "denied": translate("CaseLabels", "Denied"),
        "on-hold": translate("CaseLabels", "On hold"),
        "medical": translate("CaseLabels", "Medical"),
        "cultural-orientation": translate("CaseLabels", "Cultural orientation"),
        "ready-for-departure": translate("CaseLabels", "Ready for departure"),
        "departed": translate("CaseLabels", "Departed"),
        "closed": translate("CaseLabels", "Closed"),
    }


def priorities() -> dict[str, str]:
    return {
        "P-1": translate("CaseLabels", "P-1"),
        "P-2": translate("CaseLabels", "P-2"),
        "P-3": translate("CaseLabels", "P-3"),
    }


def security_statuses() -> dict[str, str]:
    return {
        "not_started": translate("CaseLabels", "Not started"),
        "pending": translate("CaseLabels", "Pending"),
        "cleared": translate("CaseLabels", "Cleared"),
        "hit": translate("CaseLabels", "Hit"),
        "expired": translate("CaseLabels", "Expired"),
    }


def medical_statuses() -> dict[str, str]:
    return {
        "not_started": translate("CaseLabels", "Not started"),
        "scheduled": translate("CaseLabels", "Scheduled"),
        "cleared": translate("CaseLabels", "Cleared"),
        "deferred": translate("CaseLabels", "Deferred"),
    }


def confidentiality() -> dict[str, str]:
    return {
        "normal": translate("CaseLabels", "Normal"),
        "restricted": translate("CaseLabels", "Restricted"),
        "medical": translate("CaseLabels", "Medical"),
    }


def document_types() -> dict[str, str]:
    return {
        "passport": translate("CaseLabels", "Passport"),
        "unhcr_registration": translate("CaseLabels", "UNHCR registration"),
        "birth_certificate": translate("CaseLabels", "Birth certificate"),
        "national_id": translate("CaseLabels", "National id"),
        "marriage_certificate": translate("CaseLabels", "Marriage certificate"),
        "other": translate("CaseLabels", "Other document"),
    }


def appointment_types() -> dict[str, str]:
    return {
        "interview": translate("CaseLabels", "Interview"),
        "medical": translate("CaseLabels", "Medical"),
        "fingerprints": translate("CaseLabels", "Fingerprints"),
        "cultural_orientation": translate("CaseLabels", "Cultural orientation"),
        "adjudication": translate("CaseLabels", "Adjudication"),
        "other": translate("CaseLabels", "Other"),
    }


def appointment_statuses() -> dict[str, str]:
    return {
        "tentative": translate("CaseLabels", "Tentative"),
        "notified": translate("CaseLabels", "Notified"),
        "confirmed": translate("CaseLabels", "Confirmed"),
        "attended": translate("CaseLabels", "Attended"),
        "no_show": translate("CaseLabels", "No-show"),
        "rescheduled": translate("CaseLabels", "Rescheduled"),
        "cancelled": translate("CaseLabels", "Cancelled"),
    }


def label(labels: dict[str, str], code: str | None) -> str:
    """The label of a code; an unknown code is shown as it is stored rather than hidden."""
    if code is None or code == "":
        return ""
    return labels.get(code, code.replace("_", " "))


# Codes CLDR (as shipped with Qt) has no name for but our caseload uses.
_EXTRA_LANGUAGES = {"prs": "Dari", "guc": "Wayuu", "kmr": "Kurmanji", "aii": "Assyrian Neo-Aramaic"}


def language_name(code: str) -> str:
    base = code.split("-")[0].lower()
    if base in _EXTRA_LANGUAGES:
        return _EXTRA_LANGUAGES[base]
    lang = QLocale.codeToLanguage(base)
    return "" if lang == QLocale.Language.AnyLanguage else QLocale.languageToString(lang)


def languages_text(codes: list[str]) -> str:
    """ "Dari (prs), Tajik (tg)": the name for people, the code for the record."""
    parts = []
    for code in codes:
        name = language_name(code)
        parts.append(f"{name} ({code})" if name else code)
    return ", ".join(parts)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    return "" if territory == QLocale.Country.AnyTerritory else QLocale.territoryToString(territory)


def country_text(code: str | None) -> str:
    if not code:
        return ""
    name = country_name(code)
    return f"{name} ({code})" if name else code


_COUNTRY_CODE = re.compile(r"^\s*([A-Za-z]{2})\b")


def country_choices() -> list[tuple[str, str]]:
    """(code, "AF — Afghanistan") for every territory Qt knows, sorted by code."""
    out = {}
    for territory in QLocale.Country:
        if territory == QLocale.Country.AnyTerritory:
            continue
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            out[code] = f"{code} — {QLocale.territoryToString(territory)}"
    return sorted(out.items())


def country_code_from_text(text: str) -> str | None:
    """The code typed or picked in a country box ("af", "AF — Afghanistan"); the raw text when it
    holds no code, so the service explains what is wrong with it."""
    text = text.strip()
    if not text:
        return None
    match = _COUNTRY_CODE.match(text)
    if match and (len(text) == 2 or text[2:3] in (" ", "—", "-")):
        return match.group(1).upper()
    return text


def age_text(age: Age | None) -> str:
    """ "37", "≈ 37", "21 mo" (under two years, months say more than years)."""
    if age is None:
        return ""
    if age.years < 2:
        months = age.years * 12 + age.months
        text = translate("CaseLabels", "{months} mo").format(months=months)
    else:
        text = str(age.years)
    return ("≈ " + text) if age.approximate else text


def is_right_to_left(text: str | None) -> bool:
    """Whether the first strongly directional character is right-to-left (Arabic, Hebrew…)."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
