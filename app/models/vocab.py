"""Controlled vocabularies: the values a field may hold, in one place for models, services,
manifests and the UI. Stored as short stable strings (never translated); the UI translates labels.
"""

from __future__ import annotations

PRIORITIES = ("P-1", "P-2", "P-3")
STAGES = (
    "pre-screening",
    "interview-scheduled",
    "interviewed",
    "adjudicated",
    "approved",
    "denied",
    "on-hold",
    "medical",
    "cultural-orientation",
    "ready-for-departure",
    "departed",
    "closed",
)
PERSON_ROLES = ("principal_applicant", "spouse", "child", "other_dependent")
RELATIONSHIPS = (
    "self",
    "spouse",
    "son",
    "daughter",
    "stepson",
    "stepdaughter",
    "mother",
    "father",
    "sister",
    "brother",
    "grandchild",
    "nephew",
    "niece",
    "other",
)
DOB_PRECISIONS = ("exact", "month", "year", "estimated")
SEXES = ("F", "M", "X")
MARITAL_STATUSES = ("single", "married", "widowed", "divorced", "separated")
SECURITY_CHECK_STATUSES = ("not_started", "pending", "cleared", "hit", "expired")
MEDICAL_STATUSES = ("not_started", "scheduled", "cleared", "deferred")
# form_file: a photo, recording or file answering a form's media question (attachments.submission_id)
ATTACHMENT_KINDS = ("photo", "scan", "signature", "translation", "other", "form_file")
DOCUMENT_TYPES = (
    "passport",
    "unhcr_registration",
    "birth_certificate",
    "marriage_certificate",
    "national_id",
    "other",
)
APPOINTMENT_TYPES = (
    "interview",
    "medical",
    "fingerprints",
    "cultural_orientation",
    "adjudication",
    "briefing",
    "other",
)
# The schedule's statuses: proposed (by a bulk proposal), booked, confirmed (by the family), done,
# no_show, cancelled (with a reason). The others are the statuses of appointments imported or made
# before the schedule existed, still accepted: tentative (as proposed), notified (as booked),
# attended (as done), rescheduled (as cancelled: a new appointment replaced it).
APPOINTMENT_STATUSES = (
    "proposed",
    "booked",
    "confirmed",
    "done",
    "no_show",
    "cancelled",
    "tentative",
    "notified",
    "attended",
    "rescheduled",
)
# Notices to a family: to come to an appointment, to a briefing, or what a result means for them;
# as a Word document handed over or a line of the day's SMS and call list.
NOTICE_KINDS = ("appointment", "result", "briefing")
NOTICE_CHANNELS = ("document", "sms")
# Quality control (issue 22): a finding's severity and where it stands; a team lead's review of a
# submitted form, as ODK Central has it.
QC_SEVERITIES = ("high", "medium", "low")
QC_STATUSES = ("open", "assigned", "fixed", "dismissed")
REVIEW_STATUSES = ("approved", "has_issues", "rejected")
CONFIDENTIALITY = ("normal", "restricted", "medical")
DECISIONS = ("approve", "deny", "hold", "request_for_evidence")
FINGERPRINT_RESULTS = ("cleared", "pending", "hit", "retake")
MEDICAL_RESULTS = ("cleared", "deferred")
# What an adjudication result records, by its kind: the interview's recommendation, the fingerprint
# check, the medical clearance.
RESULT_OUTCOMES = {"interview": DECISIONS, "fingerprints": FINGERPRINT_RESULTS, "medical": MEDICAL_RESULTS}
ROLES = ("interviewer", "adjudication_support", "team_lead", "admin")
PROFICIENCIES = ("native", "fluent", "working", "basic")
