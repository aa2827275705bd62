"""A case's audit events told as sentences: "changed date of birth of Ana QUISPE from … to …".

Plain Python, so the case screen, reports and the command line tell the same story. Rows are
(time, actor, text); `format_line` joins them the way the screen shows them. Values appear in the
text (this is read inside the encrypted application or in an encrypted report), so nothing here may
be logged.

Every phrase is a literal marked with `QT_TRANSLATE_NOOP("History", ...)`: this module must not
import Qt, but pyside6-lupdate finds the markers by name, and the Qt layer passes a `tr` callable
that looks the phrase up (`QCoreApplication.translate("History", s)`). Phrases are translated
first and filled in afterwards (`{person}`, `{old}` …), so a translation may reorder them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.services.case_view import display_name, show_case
from app.store.audit import RECEIVED_NEW, received_records
from app.store.workspace import Workspace

Translate = Callable[[str], str]
CONTEXT = "History"
MAX_VALUE_CHARS = 80


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


def _n(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class HistoryRow:
    seq: int
    at: dt.datetime  # UTC
    actor: str
    text: str


PERSON_FIELDS = {
    "role": QT_TRANSLATE_NOOP("History", "role"),
    "family_name": QT_TRANSLATE_NOOP("History", "family name"),
    "given_names": QT_TRANSLATE_NOOP("History", "given names"),
    "native_family_name": QT_TRANSLATE_NOOP("History", "native-script family name"),
    "native_given_names": QT_TRANSLATE_NOOP("History", "native-script given names"),
    "aliases": QT_TRANSLATE_NOOP("History", "aliases"),
    "dob": QT_TRANSLATE_NOOP("History", "date of birth"),
    "dob_precision": QT_TRANSLATE_NOOP("History", "precision of the date of birth"),
    "sex": QT_TRANSLATE_NOOP("History", "sex"),
    "nationality": QT_TRANSLATE_NOOP("History", "nationality"),
    "country_of_birth": QT_TRANSLATE_NOOP("History", "country of birth"),
    "place_of_birth": QT_TRANSLATE_NOOP("History", "place of birth"),
    "languages": QT_TRANSLATE_NOOP("History", "languages"),
    "marital_status": QT_TRANSLATE_NOOP("History", "marital status"),
    "relationship_to_pa": QT_TRANSLATE_NOOP("History", "relationship to the principal applicant"),
    "documents": QT_TRANSLATE_NOOP("History", "documents held"),
}
CASE_FIELDS = {
    "case_number": QT_TRANSLATE_NOOP("History", "case number"),
    "unhcr_id": QT_TRANSLATE_NOOP("History", "UNHCR id"),
    "priority": QT_TRANSLATE_NOOP("History", "priority"),
    "stage": QT_TRANSLATE_NOOP("History", "stage"),
    "site": QT_TRANSLATE_NOOP("History", "site"),
    "expedited": QT_TRANSLATE_NOOP("History", "expedited"),
    "expedite_reason": QT_TRANSLATE_NOOP("History", "reason for expediting"),
    "us_ties": QT_TRANSLATE_NOOP("History", "US ties"),
    "resettlement_preferences": QT_TRANSLATE_NOOP("History", "resettlement preferences"),
    "security_check_status": QT_TRANSLATE_NOOP("History", "security check status"),
    "medical_status": QT_TRANSLATE_NOOP("History", "medical status"),
    "file_location": QT_TRANSLATE_NOOP("History", "file location"),
    "file_holder": QT_TRANSLATE_NOOP("History", "file holder"),
    "file_held_since": QT_TRANSLATE_NOOP("History", "file held since"),
    "file_due": QT_TRANSLATE_NOOP("History", "file due back"),
    "file_home": QT_TRANSLATE_NOOP("History", "file's home location"),
    "flags": QT_TRANSLATE_NOOP("History", "flags"),
}
VALUES = {
    "principal_applicant": QT_TRANSLATE_NOOP("History", "principal applicant"),
    "spouse": QT_TRANSLATE_NOOP("History", "spouse"),
    "child": QT_TRANSLATE_NOOP("History", "child"),
    "other_dependent": QT_TRANSLATE_NOOP("History", "other dependent"),
    "F": QT_TRANSLATE_NOOP("History", "female"),
    "M": QT_TRANSLATE_NOOP("History", "male"),
    "X": QT_TRANSLATE_NOOP("History", "unspecified (X)"),
    "exact": QT_TRANSLATE_NOOP("History", "exact"),
    "month": QT_TRANSLATE_NOOP("History", "year and month"),
    "year": QT_TRANSLATE_NOOP("History", "year only"),
    "estimated": QT_TRANSLATE_NOOP("History", "estimated"),
    "single": QT_TRANSLATE_NOOP("History", "single"),
    "married": QT_TRANSLATE_NOOP("History", "married"),
    "widowed": QT_TRANSLATE_NOOP("History", "widowed"),
    "divorced": QT_TRANSLATE_NOOP("History", "divorced"),
    "separated": QT_TRANSLATE_NOOP("History", "separated"),
    "not_started": QT_TRANSLATE_NOOP("History", "not started"),
    "pending": QT_TRANSLATE_NOOP("History", "pending"),
    "cleared": QT_TRANSLATE_NOOP("History", "cleared"),
    "hit": QT_TRANSLATE_NOOP("History", "hit"),
    "expired": QT_TRANSLATE_NOOP("History", "expired"),
    "scheduled": QT_TRANSLATE_NOOP("History", "scheduled"),
    "deferred": QT_TRANSLATE_NOOP("History", "deferred"),
    "pre-screening": QT_TRANSLATE_NOOP("History", "pre-screening"),
    "interview-scheduled": QT_TRANSLATE_NOOP("History", "interview scheduled"),
    "interviewed": QT_TRANSLATE_NOOP("History", "interviewed"),
    "adjudicated": QT_TRANSLATE_NOOP("History", "adjudicated"),
    "approved": QT_TRANSLATE_NOOP("History", "approved"),
    "denied": QT_TRANSLATE_NOOP("History", "denied"),
    "on-hold": QT_TRANSLATE_NOOP("History", "on hold"),
    "medical": QT_TRANSLATE_NOOP("History", "medical"),
    "cultural-orientation": QT_TRANSLATE_NOOP("History", "cultural orientation"),
    "ready-for-departure": QT_TRANSLATE_NOOP("History", "ready for departure"),
    "departed": QT_TRANSLATE_NOOP("History", "departed"),
    "closed": QT_TRANSLATE_NOOP("History", "closed"),
}
VOCABULARY_FIELDS = frozenset(
    {
        "role",
        "sex",
        "dob_precision",
        "marital_status",
        "relationship_to_pa",
        "stage",
        "security_check_status",
        "medical_status",
    }
)
KINDS = {
    "photo": QT_TRANSLATE_NOOP("History", "photo"),
    "scan": QT_TRANSLATE_NOOP("History", "scan"),
    "signature": QT_TRANSLATE_NOOP("History", "signature"),
    "translation": QT_TRANSLATE_NOOP("History", "translation"),
    "other": QT_TRANSLATE_NOOP("History", "file"),
}
DOCUMENTS = {
    "passport": QT_TRANSLATE_NOOP("History", "passport"),
    "unhcr_registration": QT_TRANSLATE_NOOP("History", "UNHCR registration"),
    "birth_certificate": QT_TRANSLATE_NOOP("History", "birth certificate"),
    "marriage_certificate": QT_TRANSLATE_NOOP("History", "marriage certificate"),
    "national_id": QT_TRANSLATE_NOOP("History", "national id"),
    "other": QT_TRANSLATE_NOOP("History", "other document"),
}
APPOINTMENTS = {
    "interview": QT_TRANSLATE_NOOP("History", "interview"),
    "medical": QT_TRANSLATE_NOOP("History", "medical appointment"),
    "fingerprints": QT_TRANSLATE_NOOP("History", "fingerprints appointment"),
    "cultural_orientation": QT_TRANSLATE_NOOP("History", "cultural orientation"),
    "adjudication": QT_TRANSLATE_NOOP("History", "adjudication interview"),
    "other": QT_TRANSLATE_NOOP("History", "appointment"),
}
# An officer's result, as the history tells it (app/services/results.py).
RESULTS = {
    ("interview", "approve"): QT_TRANSLATE_NOOP("History", "recorded that {officer} recommended approval ({date})"),
    ("interview", "deny"): QT_TRANSLATE_NOOP("History", "recorded that {officer} recommended denial ({date})"),
    ("interview", "hold"): QT_TRANSLATE_NOOP("History", "recorded that {officer} put the case on hold ({date})"),
    ("interview", "request_for_evidence"): QT_TRANSLATE_NOOP(
        "History", "recorded that {officer} requested further evidence ({date})"
    ),
    ("fingerprints", "cleared"): QT_TRANSLATE_NOOP("History", "recorded the fingerprint check as cleared ({date})"),
    ("fingerprints", "pending"): QT_TRANSLATE_NOOP("History", "recorded the fingerprint check as pending ({date})"),
    ("fingerprints", "hit"): QT_TRANSLATE_NOOP("History", "recorded a hit in the fingerprint check ({date})"),
    ("fingerprints", "retake"): QT_TRANSLATE_NOOP(
        "History", "recorded that the fingerprints must be taken again ({date})"
    ),
    ("medical", "cleared"): QT_TRANSLATE_NOOP("History", "recorded the medical clearance ({date})"),
    ("medical", "deferred"): QT_TRANSLATE_NOOP("History", "recorded that the medical clearance was deferred ({date})"),
}
NOTICES = {
    "appointment": QT_TRANSLATE_NOOP("History", "an appointment notice"),
    "briefing": QT_TRANSLATE_NOOP("History", "a briefing notice"),
    "result": QT_TRANSLATE_NOOP("History", "a result notice"),
}
# The case's fields a file movement sets in the same change (the movement's sentence says it all).
FILE_FIELDS = frozenset({"file_location", "file_holder", "file_held_since", "file_due", "file_home"})
ENTITIES = {
    "interviews": QT_TRANSLATE_NOOP("History", "an interview"),
    "form_submissions": QT_TRANSLATE_NOOP("History", "a form"),
    "adjudication_results": QT_TRANSLATE_NOOP("History", "an adjudication result"),
}
# A case's records as a receipt from HQ names them (persons and the case itself are named in full).
RECEIVED = {
    **ENTITIES,
    "attachments": QT_TRANSLATE_NOOP("History", "an attachment"),
    "appointments": QT_TRANSLATE_NOOP("History", "an appointment"),
    "notices": QT_TRANSLATE_NOOP("History", "a notice"),
    "stage_changes": QT_TRANSLATE_NOOP("History", "a stage change"),
    "qc_findings": QT_TRANSLATE_NOOP("History", "a quality finding"),
    "file_movements": QT_TRANSLATE_NOOP("History", "a file movement"),
    "notes": QT_TRANSLATE_NOOP("History", "a note"),
}
# Fields a receipt does not name: bookkeeping a reader would not recognise (the sentence names the record).
UNTOLD_FIELDS = frozenset({"deleted", "case_id", "stage_since", "profile_photo_id", "verified"})
MAX_RECEIVED_LINES = 8  # lines one receipt from HQ gets in a case's history; the rest are counted


class _Teller:
    """Turns one case document's events into sentences (one per changed field)."""

    def __init__(self, doc: dict[str, Any], tr: Translate) -> None:
        self.tr = tr
        self.persons = {p["id"]: p for p in doc.get("persons", [])}
        self.attachments = {a["id"]: a for a in doc.get("attachments", [])}
        self.movements = {m["id"]: m for m in doc.get("file_movements", [])}
        self.notes = {n["id"]: n for n in doc.get("notes", [])}
        self.appointments = {a["id"]: a for a in doc.get("appointments", [])}
        self.notices = {n["id"]: n for n in doc.get("notices", [])}
        self.results = {r["id"]: r for r in doc.get("results", []) if "id" in r}

    # ----- words -------------------------------------------------------------------------------
    def say(self, phrase: str, **values: str) -> str:
        return self.tr(phrase).format(**values)

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return self.tr(QT_TRANSLATE_NOOP("History", "(empty)"))
        if isinstance(value, bool):
            return self.tr(QT_TRANSLATE_NOOP("History", "yes") if value else QT_TRANSLATE_NOOP("History", "no"))
        if isinstance(value, list):
            return ", ".join(self.value(field, v) for v in value)
        text = str(value)
        if field in VOCABULARY_FIELDS:
            return self.tr(VALUES[text]) if text in VALUES else text.replace("_", " ")
        return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"

    def person(self, person_id: str | None) -> str:
        person = self.persons.get(person_id or "")
        if person is None:
            return self.tr(QT_TRANSLATE_NOOP("History", "a person no longer in the case"))
        return display_name(person) or self.tr(QT_TRANSLATE_NOOP("History", "a person without a name"))

    def field(self, labels: dict[str, str], key: str) -> str:
        return self.tr(labels[key]) if key in labels else key.replace("_", " ")

    # ----- events ------------------------------------------------------------------------------
    def tell(self, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        entity, action = event["entity"], event["action"]
        if action == "sync_receive":
            return self._received(event)
        teller: Callable[[str, dict[str, Any], dict[str, Any] | None], list[str]] | None = getattr(
            self, f"_{entity}", None
        )
        if teller is not None:
            return teller(action, event, previous)
        label = ENTITIES.get(entity)
        what = self.tr(label) if label else entity.replace("_", " ")
        phrases = {
            "create": QT_TRANSLATE_NOOP("History", "added {what}"),
            "update": QT_TRANSLATE_NOOP("History", "changed {what}"),
            "delete": QT_TRANSLATE_NOOP("History", "removed {what}"),
        }
        if action in phrases:
            return [self.say(phrases[action], what=what)]
        return [self.say(QT_TRANSLATE_NOOP("History", "{action} ({what})"), action=action.replace("_", " "), what=what)]

    def _received(self, event: dict[str, Any]) -> list[str]:
        """What this laptop received from HQ: the case, when it came whole for the first time; else
        a line per record (the fields that changed), at most MAX_RECEIVED_LINES, then how many more."""
        records = received_records(event["entity"], event.get("entity_id"), event.get("details") or {})
        if any(table == "cases" and what == RECEIVED_NEW for (table, _), what in records.items()):
            return [self.tr(QT_TRANSLATE_NOOP("History", "received the case from HQ"))]
        order = {"cases": 0, "persons": 1}
        lines = []
        for (table, row_id), what in sorted(records.items(), key=lambda item: (order.get(item[0][0], 2), item[0])):
            # The fields that changed are named for the case and its persons; other records by kind.
            named = ""
            if table in ("cases", "persons") and what != RECEIVED_NEW and isinstance(what, list):
                labels = CASE_FIELDS if table == "cases" else PERSON_FIELDS
                named = ", ".join(self.field(labels, str(f)) for f in what if f not in UNTOLD_FIELDS)
            if table == "cases":
                whole = self.tr(QT_TRANSLATE_NOOP("History", "the case"))
            elif table == "persons":
                whole = self.person(row_id)
            else:
                label = RECEIVED.get(table)
                whole = self.tr(label) if label else table.replace("_", " ")
            if what == RECEIVED_NEW:
                lines.append(self.say(QT_TRANSLATE_NOOP("History", "received {what} from HQ"), what=whole))
            elif named and table == "cases":
                lines.append(
                    self.say(QT_TRANSLATE_NOOP("History", "received changes to {fields} from HQ"), fields=named)
                )
            elif named:
                phrase = QT_TRANSLATE_NOOP("History", "received changes to {fields} of {person} from HQ")
                lines.append(self.say(phrase, fields=named, person=whole))
            else:
                lines.append(self.say(QT_TRANSLATE_NOOP("History", "received a change to {what} from HQ"), what=whole))
        if len(lines) > MAX_RECEIVED_LINES:
            more = len(lines) - (MAX_RECEIVED_LINES - 1)
            lines = lines[: MAX_RECEIVED_LINES - 1] + [
                self.say(
                    QT_TRANSLATE_NOOP("History", "received more changes from HQ (records: {count})"), count=str(more)
                )
            ]
        return lines

    def _changes(self, event: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        changes = (event.get("details") or {}).get("changes") or {}
        return {k: (v[0], v[1]) for k, v in changes.items() if isinstance(v, list | tuple) and len(v) == 2}

    def _field_change(self, labels: dict[str, str], key: str, old: Any, new: Any, person: str | None) -> str:
        values = {"field": self.field(labels, key), "old": self.value(key, old), "new": self.value(key, new)}
        empty: tuple[object, ...] = (None, "", [])
        if person is None:
            if old in empty:
                return self.say(QT_TRANSLATE_NOOP("History", "set {field} to {new}"), **values)
            if new in empty:
                return self.say(QT_TRANSLATE_NOOP("History", "cleared {field} (was {old})"), **values)
            return self.say(QT_TRANSLATE_NOOP("History", "changed {field} from {old} to {new}"), **values)
        if old in empty:
            return self.say(QT_TRANSLATE_NOOP("History", "set {field} of {person} to {new}"), person=person, **values)
        if new in empty:
            return self.say(
                QT_TRANSLATE_NOOP("History", "cleared {field} of {person} (was {old})"), person=person, **values
            )
        return self.say(
            QT_TRANSLATE_NOOP("History", "changed {field} of {person} from {old} to {new}"), person=person, **values
        )

    def _verification(self, person: str, old: Any, new: Any, edited: set[str]) -> list[str]:
        old, new = old or {}, new or {}
        lines = []
        for key in [k for k in new if new[k] != old.get(k)]:
            mark = new[key] if isinstance(new[key], dict) else {}
            doc_type = mark.get("document_type")
            reference = mark.get("reference")
            if doc_type in DOCUMENTS:
                document = self.tr(DOCUMENTS[doc_type]) + (f" {reference}" if reference else "")
            else:
                document = str(mark.get("document") or "?")
            lines.append(
                self.say(
                    QT_TRANSLATE_NOOP("History", "verified {field} of {person} against {document}"),
                    field=self.field(PERSON_FIELDS, key),
                    person=person,
                    document=document,
                )
            )
        for key in [k for k in old if k not in new]:
            # A value edited in the same change loses its tick by rule; otherwise someone withdrew it.
            phrase = (
                QT_TRANSLATE_NOOP("History", "the verification of {field} of {person} was cleared: the value changed")
                if key in edited
                else QT_TRANSLATE_NOOP("History", "withdrew the verification of {field} of {person}")
            )
            lines.append(self.say(phrase, field=self.field(PERSON_FIELDS, key), person=person))
        return lines

    def _cases(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        if action == "create":
            return [self.tr(QT_TRANSLATE_NOOP("History", "created the case"))]
        if action == "delete":
            return [self.tr(QT_TRANSLATE_NOOP("History", "deleted the case"))]
        moved_just_before = previous is not None and (previous["entity"], previous["action"]) == (
            "file_movements",
            "create",
        )
        lines = []
        for key, (old, new) in self._changes(event).items():
            if key in FILE_FIELDS and moved_just_before:
                continue  # the file movement right before already says where the file went and to whom
            if key == "stage_since":
                continue  # the date of the stage change, told by the stage's own line
            if key == "ride_id":
                lines.append(self.tr(QT_TRANSLATE_NOOP("History", "changed the circuit ride")))
            elif key == "profile_photo_id":
                lines.append(self.tr(QT_TRANSLATE_NOOP("History", "changed the case photo")))
            elif key == "assignee" and new:
                lines.append(self.say(QT_TRANSLATE_NOOP("History", "assigned the case to {user}"), user=str(new)))
            elif key == "assignee":
                lines.append(
                    self.say(QT_TRANSLATE_NOOP("History", "took the case off {user}'s work"), user=str(old or "?"))
                )
            else:
                lines.append(self._field_change(CASE_FIELDS, key, old, new, None))
        return lines

    def _stage_changes(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        return []  # the dated record of a stage change: the case's own line already tells the move

    def _persons(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        person = self.person(event.get("entity_id"))
        if action == "create":
            role = self.persons.get(event.get("entity_id") or "", {}).get("role")
            if role:
                return [
                    self.say(
                        QT_TRANSLATE_NOOP("History", "added {person} ({role})"),
                        person=person,
                        role=self.value("role", role),
                    )
                ]
            return [self.say(QT_TRANSLATE_NOOP("History", "added {person}"), person=person)]
        if action == "delete":
            return [self.say(QT_TRANSLATE_NOOP("History", "removed {person} from the case"), person=person)]
        if action == "likely_match_warning":
            return [
                self.say(
                    QT_TRANSLATE_NOOP("History", "was warned that {person} may be recorded already (a likely match)"),
                    person=person,
                )
            ]
        lines = []
        changes = self._changes(event)
        edited = {"dob" if k == "dob_precision" else k for k in changes}
        for key, (old, new) in changes.items():
            if key == "verified":
                lines.extend(self._verification(person, old, new, edited))
            elif key == "profile_photo_id":
                phrase = (
                    QT_TRANSLATE_NOOP("History", "set the profile photo of {person}")
                    if new
                    else QT_TRANSLATE_NOOP("History", "removed the profile photo of {person}")
                )
                lines.append(self.say(phrase, person=person))
            elif key in ("search_latin", "search_native"):
                continue
            else:
                lines.append(self._field_change(PERSON_FIELDS, key, old, new, person))
        return lines

    def _attachments(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        attachment = self.attachments.get(event.get("entity_id") or "")
        if attachment is None:
            phrase = {
                "create": QT_TRANSLATE_NOOP("History", "attached a file (since removed)"),
                "delete": QT_TRANSLATE_NOOP("History", "removed an attachment"),
            }.get(action, QT_TRANSLATE_NOOP("History", "changed an attachment"))
            return [self.tr(phrase)]
        kind = self.tr(KINDS.get(attachment["kind"], KINDS["other"]))
        if attachment.get("document_type") in DOCUMENTS:
            kind = self.say(
                QT_TRANSLATE_NOOP("History", "{kind} ({document})"),
                kind=kind,
                document=self.tr(DOCUMENTS[attachment["document_type"]]),
            )
        if action == "create":
            if attachment.get("person_id"):
                return [
                    self.say(
                        QT_TRANSLATE_NOOP("History", "attached a {kind} of {person}"),
                        kind=kind,
                        person=self.person(attachment["person_id"]),
                    )
                ]
            return [self.say(QT_TRANSLATE_NOOP("History", "attached a {kind}"), kind=kind)]
        if action == "delete":
            return [self.say(QT_TRANSLATE_NOOP("History", "removed a {kind}"), kind=kind)]
        return [self.say(QT_TRANSLATE_NOOP("History", "changed the details of a {kind}"), kind=kind)]

    def _file_movements(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        move = self.movements.get(event.get("entity_id") or "")
        if move is None or action != "create":
            return [self.tr(QT_TRANSLATE_NOOP("History", "changed a record of the file's movements"))]
        kind = move.get("kind") or "move"
        if kind == "checkout" and move.get("due"):
            line = self.say(
                QT_TRANSLATE_NOOP("History", "checked the file out to {holder} (due {due})"),
                holder=self.value("holder", move.get("holder")),
                due=str(move["due"]),
            )
        elif kind == "checkout":
            line = self.say(
                QT_TRANSLATE_NOOP("History", "checked the file out to {holder}"),
                holder=self.value("holder", move.get("holder")),
            )
        elif kind == "checkin":
            line = self.say(QT_TRANSLATE_NOOP("History", "checked the file in to {location}"), location=move["to"])
        elif move.get("from"):
            line = self.say(
                QT_TRANSLATE_NOOP("History", "moved the file from {old} to {new}"), old=move["from"], new=move["to"]
            )
        else:
            line = self.say(QT_TRANSLATE_NOOP("History", "moved the file to {new}"), new=move["to"])
        if move.get("reason"):
            line = self.say(
                QT_TRANSLATE_NOOP("History", "{text} ({reason})"),
                text=line,
                reason=self.value("reason", move["reason"]),
            )
        return [line]

    def _notes(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        note = self.notes.get(event.get("entity_id") or "")
        if action == "create":
            level = (note or {}).get("confidentiality", "normal")
            phrase = {
                "restricted": QT_TRANSLATE_NOOP("History", "added a restricted note"),
                "medical": QT_TRANSLATE_NOOP("History", "added a medical note"),
            }.get(level, QT_TRANSLATE_NOOP("History", "added a note"))
            return [self.tr(phrase)]
        if action == "delete":
            return [self.tr(QT_TRANSLATE_NOOP("History", "deleted a note"))]
        return [self.tr(QT_TRANSLATE_NOOP("History", "edited a note"))]

    def _appointments(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        appointment = self.appointments.get(event.get("entity_id") or "")
        if appointment is None:
            return [self.tr(QT_TRANSLATE_NOOP("History", "changed an appointment (since removed)"))]
        what = self.tr(APPOINTMENTS.get(appointment["type"], APPOINTMENTS["other"]))
        when = str(appointment.get("start") or "").replace("T", " ")[:16]
        if action == "create":
            return [self.say(QT_TRANSLATE_NOOP("History", "scheduled {what} for {when}"), what=what, when=when)]
        changes = self._changes(event)
        if set(changes) == {"status"}:
            return [
                self.say(
                    QT_TRANSLATE_NOOP("History", "marked the {what} of {when} as {status}"),
                    what=what,
                    when=when,
                    status=str(changes["status"][1]).replace("_", " "),
                )
            ]
        return [self.say(QT_TRANSLATE_NOOP("History", "changed the {what} of {when}"), what=what, when=when)]

    def _adjudication_results(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        result = self.results.get(event.get("entity_id") or "")
        phrase = RESULTS.get((result["kind"], result["outcome"])) if result and action == "create" else None
        if result is None or phrase is None:
            return [self.tr(QT_TRANSLATE_NOOP("History", "changed the record of an officer's result"))]
        return [self.say(phrase, officer=result["officer"] or "?", date=result["date"])]

    def _notices(self, action: str, event: dict[str, Any], previous: dict[str, Any] | None) -> list[str]:
        notice = self.notices.get(event.get("entity_id") or "")
        if notice is None or action != "create":
            return [self.tr(QT_TRANSLATE_NOOP("History", "changed the record of a notice"))]
        what = self.tr(NOTICES.get(notice["kind"], NOTICES["appointment"]))
        phrase = (
            QT_TRANSLATE_NOOP("History", "put the family on the SMS and call list for {what} ({language})")
            if notice.get("channel") == "sms"
            else QT_TRANSLATE_NOOP("History", "issued {what} to the family ({language})")
        )
        return [self.say(phrase, what=what, language=self.value("language", notice.get("language")))]


def _at(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def describe_case(doc: dict[str, Any], tr: Translate | None = None) -> list[HistoryRow]:
    """The history rows of a case document from `show_case` (oldest first)."""
    teller = _Teller(doc, tr or _n)
    rows: list[HistoryRow] = []
    previous = None
    for event in doc.get("history", []):
        at = _at(event["at"])
        rows.extend(HistoryRow(event["seq"], at, event["actor"], text) for text in teller.tell(event, previous))
        previous = event
    return rows


def case_history(ws: Workspace, case_number: str, tr: Translate | None = None) -> list[HistoryRow]:
    return describe_case(show_case(ws, case_number), tr)


def format_time(at: dt.datetime) -> str:
    """Local wall-clock time to the minute, as people read it on the laptop."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def format_line(row: HistoryRow) -> str:
    return f"{format_time(row.at)} · {row.actor} {row.text}"
