"""What the case screen calls things: field labels, vocabulary values, languages and countries.

Stored values are short stable codes (app/models/vocab.py); people read these labels, in their
language. Built on each call (not at import) so a language switch takes effect on the next view.
Language and country names come from the Unicode CLDR through Babel, in the interface language
(Qt's own names are English only), with the few codes CLDR lacks named here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from PySide6.QtCore import QCoreApplication

from app.services.case_view import Age
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language

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
        "briefing": translate("CaseLabels", "Briefing"),
        "other": translate("CaseLabels", "Other"),
    }


def appointment_statuses() -> dict[str, str]:
    return {
        "proposed": translate("CaseLabels", "Proposed"),
        "booked": translate("CaseLabels", "Booked"),
        "done": translate("CaseLabels", "Done"),
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


# Codes our caseload uses that CLDR names in no language (translated here like any label).
_EXTRA_LANGUAGES = {
    "aii": QT_TRANSLATE_NOOP("CaseLabels", "Assyrian Neo-Aramaic"),
    "kmr": QT_TRANSLATE_NOOP("CaseLabels", "Kurmanji"),
}
# Codes CLDR has that are not countries a person comes from: the EU, the UN, "Unknown Region"…
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


@cache
def _cldr(lang: str) -> Locale:
    try:
        return Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def _ui_locale() -> Locale:
    return _cldr(current_language())


def _first_upper(name: str) -> str:
    # CLDR writes language names in lower case in Spanish, Ukrainian and Russian (as inside a
    # sentence); standing alone in a field or a list they start with a capital (CLDR's uiListOrMenu).
    return name[:1].upper() + name[1:]


def language_name(code: str) -> str:
    """The language's name in the interface language ("Dari", "дарі" -> "Дарі"); "" when unknown.

    Looked up as written, then by CLDR's alias (prs -> fa_AF, Dari), then as its base code, then in
    English CLDR (Wayuu has an English name only), then in the few names kept here."""
    tag = code.strip().replace("-", "_")
    base = tag.split("_")[0].lower()
    alias = get_global("language_aliases").get(base)
    candidates = [tag, base] + ([alias] if alias else [])
    for names in (_ui_locale().languages, _cldr("en").languages):
        for candidate in candidates:
            if candidate in names:
                return _first_upper(names[candidate])
    if base in _EXTRA_LANGUAGES:
        return translate("CaseLabels", _EXTRA_LANGUAGES[base])
    return ""


def languages_text(codes: list[str]) -> str:
    """ "Dari (prs), Tajik (tg)": the name for people, the code for the record."""
    parts = []
    for code in codes:
        name = language_name(code)
        parts.append(f"{name} ({code})" if name else code)
    return ", ".join(parts)


def country_name(code: str | None) -> str:
    """The country's name in the interface language ("Afganistán"); English CLDR's when the
    interface language lacks one; "" for a code CLDR does not know."""
    if not code:
        return ""
    code = code.strip().upper()
    for names in (_ui_locale().territories, _cldr("en").territories):
        if code in names:
            return str(names[code])
    return ""


def country_text(code: str | None) -> str:
    if not code:
        return ""
    name = country_name(code)
    return f"{name} ({code})" if name else code


_COUNTRY_CODE = re.compile(r"^\s*([A-Za-z]{2})\b")


def country_choices() -> list[tuple[str, str]]:
    """(code, "AF — Afganistán") for every country CLDR knows, named in the interface language and
    sorted by code (the text starts with it, so typing the code finds it)."""
    codes = (
        c
        for c in _cldr("en").territories
        if isinstance(c, str) and len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES
    )
    return sorted((code, f"{code} — {country_name(code)}") for code in codes)


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
