"""Quality control (issue 22): rules run over the whole workspace, each thing they find kept as a
`qc_findings` record a team lead works (assigns, resolves, dismisses with a reason).

A finding's id is made from what it is about (app/models/natural_keys.py `finding_id`: rule, case,
person, a duplicate's other case and person, or the appointment or submission it names), so running
the checks again, on this laptop or another, finds the same record: nothing is duplicated, a
finding that no longer holds is closed (fixed, "no longer found"), a fixed one that holds again is
opened again, and a dismissed one stays dismissed.

The rules (RULES) read the workspace in a few queries and work in memory: possible duplicate
persons across cases (spelling- and script-aware name keys, app/util/text.py, blocked by date of
birth and key so that only persons sharing both are compared), a principal applicant without a
photo and dates of birth not verified against a document from the interview on, households whose
ages do not fit, families no booked interpreter speaks to, expedited cases idle in their stage,
paper files out past their due date, submitted forms whose answers break their form's rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Message, NotFound, PermissionDenied
from app.models import Person, QcFinding
from app.models.natural_keys import _NAMESPACE
from app.models.roles import STAGE_RANK, allowed, refusal_text
from app.services.documents import name_of
from app.services.interpreters import spoken
from app.services.likely_matches import _dob_match
from app.services.schedule import ACTIVE_STATUSES
from app.services.uow import NewRow, UnitOfWork, plain, reading, unit_of_work
from app.store.workspace import Workspace
from app.util.gcpause import no_gc_pauses
from app.util.jsoncodec import loads as json_loads
from app.util.text import name_keys, normalise

log = logging.getLogger(__name__)

RULES = (
    "duplicate_person",
    "missing_photo",
    "dob_unverified",
    "household",
    "interpreter_language",
    "expedited_idle",
    "file_overdue",
    "form_constraints",
)
SEVERITY = {
    "duplicate_person": "high",
    "missing_photo": "medium",
    "dob_unverified": "low",
    "household": "high",
    "interpreter_language": "high",
    "expedited_idle": "medium",
    "file_overdue": "medium",
    "form_constraints": "medium",
}
EXPEDITED_IDLE_DAYS = 14  # an expedited case this many days in one stage is idle
MIN_PARENT_GAP_YEARS = 12  # a parent at least this much older than their child
DUPLICATE_MIN_SCORE = 50  # likeness (0-100) below which two persons are not put to the team lead
INTERVIEW_RANK = STAGE_RANK["interviewed"]
_DONE_STAGES = frozenset({"departed", "closed"})
_NAME_SCORE = {"same": 1.0, "variant": 0.8, "script": 0.75}
_DOB_SCORE = {"same": 1.0, "compatible": 0.85}
_CHILD_RELATIONSHIPS = frozenset({"son", "daughter"})
_PARENT_OF_PA = frozenset({"mother", "father"})
OPEN = ("open", "assigned")


@dataclass(frozen=True, slots=True)
class Found:
    """What one rule found now (not yet a record)."""

    rule: str
    case_id: str
    person_id: str | None
    detail: Message
    other: str | None = None  # the appointment or submission a finding names (part of its id)
    other_case_id: str | None = None
    other_person_id: str | None = None
    score: int | None = None

    @property
    def id(self) -> str:
        return _finding_id(self.rule, self.case_id, self.person_id, self.other_person_id or self.other)


_FINDING_NAME = _NAMESPACE.bytes + b"qc_finding\x1f"  # what natural_id hashes before a finding's parts


def _finding_id(rule: str, case_id: str, person_id: str | None, other: str | None) -> str:
    """`finding_id(rule, case_id, person_id, other)`, the same text, made without a `uuid.UUID`
    object: a UUID version 5 is the SHA-1 of the namespace and the name, its version and variant
    bits set (RFC 4122); uuid5 and its text cost about three times this, for every finding of a run."""
    digest = bytearray(
        hashlib.sha1(_FINDING_NAME + "\x1f".join((rule, case_id, person_id or "", other or "")).encode()).digest()[:16]  # noqa: S324 - uuid5's own hash
    )
    digest[6] = digest[6] & 0x0F | 0x50  # version 5
    digest[8] = digest[8] & 0x3F | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class QcSummary:
    found: int = 0
    new: int = 0
    closed: int = 0
    reopened: int = 0
    by_rule: dict[str, int] = field(default_factory=dict)
    forms_skipped: int = 0  # submissions whose form could not be loaded

    def as_json(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "new": self.new,
            "closed": self.closed,
            "reopened": self.reopened,
            "by_rule": dict(self.by_rule),
            "forms_skipped": self.forms_skipped,
        }


@dataclass(frozen=True, slots=True)
class FindingInfo:
    id: str
    rule: str
    severity: str
    status: str
    case_number: str
    person_id: str | None
    detail: str
    other_case_number: str | None
    other_person_id: str | None
    score: int | None
    assignee: str | None
    note: str | None
    found_on: dt.date | None = None  # the day it was first found
    person_name: str = ""  # whom it is about, as printed (Latin script, else the person's own)

    def as_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "status": self.status,
            "case_number": self.case_number,
            "person_id": self.person_id,
            "detail": self.detail,
        }
        if self.rule == "duplicate_person":
            doc |= {
                "other_case_number": self.other_case_number,
                "other_person_id": self.other_person_id,
                "score": self.score,
            }
        return doc


# ----- the duplicate rule (pure) ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonNames:
    """What the duplicate rule compares of a person."""

    id: str
    case_id: str
    latin: tuple[str, ...]  # normalised words of the Latin names
    native: tuple[str, ...]  # normalised words of the native-script names
    dob: str | None
    dob_precision: str = "exact"


@dataclass(frozen=True, slots=True)
class _Word:
    """What the duplicate rule compares of one word of a name, worked out once per word (name_keys):
    its keys that identify a spelling on their own (vowel-class "v", Arabic-script "A", Ethiopic
    "C"), its consonants (of "c" and "C" keys), whether it is Ethiopic, and its script's kind."""

    strong: frozenset[str]
    consonants: frozenset[str]
    ethiopic: bool
    script: str  # "v" alphabet, "A" Arabic, "C" Ethiopic ("" for a word without keys)
    blocks: frozenset[str]  # the keys persons are blocked by


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> _Word:
    keys = name_keys(word)
    return _Word(
        strong=frozenset(k for k in keys if k[0] != "c"),
        consonants=frozenset(k[1:] for k in keys if k[0] in "cC"),
        ethiopic=bool(keys) and keys[0][0] == "C",
        script=keys_prefix(keys),
        # A vowel-class key is made from a reading whose consonant key the word has too, so two
        # words sharing one share a consonant key: blocking by consonants (as Ethiopic's) and
        # Arabic-script keys alone puts together every pair the vowel keys would.
        blocks=frozenset(("C" + k[1:]) if k[0] == "c" else k for k in keys if k[0] != "v"),
    )


def _words_match(a: _Word, b: _Word) -> bool:
    """Two words are spellings of one name: they share a vowel-class, Arabic-script or Ethiopic
    key, or an Ethiopic word's consonants are the other's. Two words of an alphabet sharing only
    their consonants are not enough (Rahimi is not Rahma)."""
    if a.strong & b.strong:
        return True
    return a.ethiopic != b.ethiopic and bool(a.consonants & b.consonants)


def _name_kind(words: tuple[str, ...], other: tuple[str, ...], others: list[_Word]) -> str | None:
    """How every word of `words` (two at least) is a word of `other` (`others`: their _word): "same",
    "variant" (a spelling variant in the same script), "script" (another script); None when one is not."""
    if len(words) < 2:
        return None
    kind = "same"
    for word in words:
        if word in other:
            continue
        mine = _word(word)
        match = next((theirs for theirs in others if _words_match(mine, theirs)), None)
        if match is None:
            return None
        if mine.script != match.script:
            kind = "script"
        elif kind == "same":
            kind = "variant"
    return kind


def keys_prefix(keys: tuple[str, ...]) -> str:
    """The kind of script a word's keys are of: "v" alphabet, "A" Arabic, "C" Ethiopic."""
    return keys[0][0] if keys else ""


def likeness(a: PersonNames, b: PersonNames) -> int | None:
    """How alike two persons are, 0-100 (None: their names or dates of birth disagree): the best
    way every word of one's Latin or native names is a word of the other's names, times how well
    the dates of birth agree. Symmetric."""
    if not a.dob or not b.dob:
        return None
    dob = _dob_match(a.dob, a.dob_precision, b.dob, b.dob_precision)
    if dob not in _DOB_SCORE:
        return None
    best = 0.0
    for one, two in ((a, b), (b, a)):
        everything = two.latin + two.native
        others = [_word(w) for w in everything]
        for words in (one.latin, one.native):
            kind = _name_kind(words, everything, others)
            if kind is not None:
                best = max(best, _NAME_SCORE[kind])
    if not best:
        return None
    return round(100 * best * _DOB_SCORE[dob])


def _may_match(words: tuple[list[frozenset[str]], list[frozenset[str]]], other: frozenset[str]) -> bool:
    """Whether every word of one of a person's names (two words at least: its Latin, its native)
    may be a word of the other person's (`other`: all their words' block keys). Two words that
    match share a block key (`_Word.blocks`), so when a word has keys and shares none with the
    other person, that name cannot be theirs; a word without keys is given the benefit of the doubt.
    False only when `likeness` would find no name in common in this direction."""
    for name in words:  # plain loops and isdisjoint: called for every candidate pair, no set made per test
        if len(name) < 2:
            continue
        for key in name:
            if key and key.isdisjoint(other):
                break
        else:
            return True
    return False


def duplicate_pairs(persons: Iterable[PersonNames]) -> list[tuple[PersonNames, PersonNames, int]]:
    """Pairs of persons of different cases who are possibly one person, the likeliest first. Only
    persons sharing a date of birth as recorded and a name key (a word's consonants, or its
    Arabic-script key) are compared: no comparison of everyone with everyone (an estimated date of
    birth a year off is not compared)."""
    by_dob: dict[str, list[PersonNames]] = defaultdict(list)
    for p in persons:
        if p.dob and len(p.latin) + len(p.native) >= 2:
            by_dob[p.dob].append(p)
    out: list[tuple[PersonNames, PersonNames, int]] = []
    for born in by_dob.values():
        if len(born) < 2:
            continue
        # each person's words' block keys (Latin, native) and all of them together
        words = [([_word(w).blocks for w in p.latin], [_word(w).blocks for w in p.native]) for p in born]
        keys = [frozenset().union(*latin, *native) for latin, native in words]
        blocks: dict[str, list[int]] = defaultdict(list)  # persons born that day, by name key
        for i, mine in enumerate(keys):
            for key in mine:
                blocks[key].append(i)
        seen: set[tuple[int, int]] = set()
        for group in blocks.values():
            if len(group) < 2:
                continue
            for n, i in enumerate(group):
                a = born[i]
                for j in group[n + 1 :]:
                    b = born[j]
                    if a.case_id == b.case_id or a.id == b.id or (i, j) in seen:
                        continue
                    seen.add((i, j))
                    if not (_may_match(words[i], keys[j]) or _may_match(words[j], keys[i])):
                        continue  # likeness would say None: spare it the word-by-word comparison
                    score = likeness(a, b)
                    if score is not None and score >= DUPLICATE_MIN_SCORE:
                        out.append((a, b, score) if a.id < b.id else (b, a, score))
    out.sort(key=lambda t: (-t[2], t[0].id, t[1].id))
    return out


# ----- running the rules --------------------------------------------------------------------------
@functools.lru_cache(maxsize=65536)
def _value_words(value: str) -> tuple[str, ...]:
    return tuple(normalise(value).split())


def _words(first: str | None, second: str | None) -> tuple[str, ...]:
    """The normalised words of two name parts, the first's first (a person's given and family names)."""
    if first and second:
        return _value_words(first) + _value_words(second)
    if first or second:
        return _value_words(first or second or "")
    return ()


def _years(older: str, younger: str) -> int:
    """Whole years from `older` to `younger` (partial ISO dates: missing month or day count as
    the middle of the year)."""
    a, b = _ymd(older), _ymd(younger)
    return b[0] - a[0] - (1 if (b[1], b[2]) < (a[1], a[2]) else 0)


@functools.lru_cache(maxsize=65536)  # dates of birth repeat: parsed once each
def _ymd(day: str) -> tuple[int, int, int]:
    return (int(day[:4]), int(day[5:7]) if len(day) >= 7 else 6, int(day[8:10]) if len(day) >= 10 else 15)


def _dob_verified(verified: Any) -> bool:
    return isinstance(verified, dict) and "dob" in verified


def _json(value: Any) -> Any:
    """A JSON column's value as a raw query returns it (its text), parsed (None when it is not JSON)."""
    if isinstance(value, str | bytes):
        try:
            return json_loads(value)
        except ValueError:
            return None
    return value


def _verified_dob(verified: Any) -> bool:
    """Whether a person's stored `verified` markers include the date of birth: `_dob_verified` of
    the parsed value, without parsing a text that cannot hold a "dob" key (one that has neither
    those letters nor an escape that could spell them): most persons' markers, read for every
    person of every case from the interview on."""
    if isinstance(verified, str) and "dob" not in verified and "\\" not in verified:
        return False
    return _dob_verified(_json(verified))


def _languages(value: Any) -> frozenset[str]:
    """The language codes of a person's stored `languages` (the text strings of the parsed value)."""
    if isinstance(value, str):
        return _languages_of_text(value)
    return frozenset(str(c) for c in (_json(value) or []) if isinstance(c, str))


@functools.lru_cache(maxsize=4096)  # a few distinct lists ("[\"es\"]", "[\"uk\",\"ru\"]"), parsed once each
def _languages_of_text(value: str) -> frozenset[str]:
    return frozenset(str(c) for c in (_json(value) or []) if isinstance(c, str))


def _days_since(when: Any, today: dt.date) -> int | None:
    if when is None:
        return None
    if isinstance(when, str):
        try:
            when = dt.datetime.fromisoformat(when)
        except ValueError:
            return None
    day = when.date() if isinstance(when, dt.datetime) else when
    return (today - day).days


def _rows(session: Session, sql: str) -> list[tuple[Any, ...]]:
    """All rows of a fixed query, read on the session's own connection (its transaction) as the
    driver returns them: the values a `text()` query gives (it converts none), without a Row object
    made per row, which cost more than SQLCipher's reading for 194,000 persons."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _check(ws: Workspace, session: Session, today: dt.date, idle_days: int, summary: QcSummary) -> list[Found]:
    found: list[Found] = []
    cases: dict[str, dict[str, Any]] = {}
    for cid, number, stage, expedited, since, updated, holder, due, photo in _rows(
        session,
        "SELECT id, case_number, stage, expedited, stage_since, updated_at, file_holder, file_due, "
        "profile_photo_id FROM cases WHERE deleted = 0",
    ):
        cases[cid] = {"number": number, "stage": stage, "photo": photo}
        rank = STAGE_RANK.get(stage, 0)
        # 6. expedited and idle
        if expedited and stage not in _DONE_STAGES:
            days = _days_since(since or updated, today)
            if days is not None and days > idle_days:
                found.append(
                    Found(
                        "expedited_idle",
                        cid,
                        None,
                        Message(
                            "Expedited case {days} days in stage {stage} (more than {limit}).",
                            {"days": days, "stage": stage, "limit": idle_days},
                        ),
                    )  # fmt: skip
                )
        # 7. paper file overdue
        if holder and due and due < today.isoformat():
            found.append(
                Found(
                    "file_overdue",
                    cid,
                    None,
                    Message("The paper file is with {holder}, due back on {due}.", {"holder": holder, "due": due}),
                )  # fmt: skip
            )
        cases[cid]["rank"] = rank

    photographed = {
        pid for (pid,) in _rows(
            session, "SELECT DISTINCT person_id FROM attachments WHERE deleted = 0 AND kind = 'photo' AND person_id IS NOT NULL"
        )
    }  # fmt: skip
    persons_by_case: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names: list[PersonNames] = []
    for row in _rows(
        session,
        "SELECT id, case_id, role, relationship_to_pa, given_names, family_name, native_given_names, "
        "native_family_name, dob, dob_precision, verified, profile_photo_id, languages FROM persons "
        "WHERE deleted = 0",
    ):
        pid, cid, role, rel, given, family, ngiven, nfamily, dob, precision, verified, photo, languages = row
        if cid not in cases:
            continue
        persons_by_case[cid].append(
            {"id": pid, "role": role, "rel": rel, "dob": dob, "precision": precision or "exact",
             "verified": verified, "photo": photo, "languages": languages}
        )  # fmt: skip
        names.append(PersonNames(pid, cid, _words(given, family), _words(ngiven, nfamily), dob, precision or "exact"))

    # 1. possible duplicates across cases
    for a, b, score in duplicate_pairs(names):
        for one, two in ((a, b), (b, a)):
            found.append(
                Found("duplicate_person", one.case_id, one.id,
                      Message("Possibly the same person as one in case {other} (likeness {score}).",
                              {"other": cases[two.case_id]["number"], "score": score}),
                      other_case_id=two.case_id, other_person_id=two.id, score=score)
            )  # fmt: skip

    for cid, people in persons_by_case.items():
        case = cases[cid]
        pas = [p for p in people if p["role"] == "principal_applicant"]
        # 2. principal applicant without a photo, 3. dates of birth not verified
        if case["rank"] >= INTERVIEW_RANK:
            for pa in pas:
                if not (case["photo"] or pa["photo"] or pa["id"] in photographed):
                    found.append(
                        Found(
                            "missing_photo",
                            cid,
                            pa["id"],
                            Message("No photo of the principal applicant at stage {stage}.", {"stage": case["stage"]}),
                        )  # fmt: skip
                    )
            unverified = [p for p in people if not _verified_dob(p["verified"])]
            if unverified:
                found.append(
                    Found(
                        "dob_unverified",
                        cid,
                        None,
                        Message(
                            "Dates of birth not verified against a document at stage {stage}: {n} of {of} persons.",
                            {"stage": case["stage"], "n": len(unverified), "of": len(people)},
                        ),
                    )  # fmt: skip
                )
        # 4. households
        if len(pas) > 1:
            found.append(
                Found(
                    "household",
                    cid,
                    None,
                    Message("{n} principal applicants in one case.", {"n": len(pas)}),
                    other="two_principals",
                )  # fmt: skip
            )
        parents = [p for p in people if p["role"] in ("principal_applicant", "spouse") and p["dob"]]
        children = [p for p in people if p["dob"] and (p["role"] == "child" or p["rel"] in _CHILD_RELATIONSHIPS)]
        for child in children:
            for parent in parents:
                gap = _years(parent["dob"], child["dob"])
                if parent["dob"][:4] > child["dob"][:4] or gap < 0:
                    detail = Message("A child ({child}) is older than a parent ({parent}).",
                                     {"child": child["dob"], "parent": parent["dob"]})  # fmt: skip
                elif gap < MIN_PARENT_GAP_YEARS:
                    detail = Message("A parent (born {parent}) is only {gap} years older than a child (born {child}).",
                                     {"gap": gap, "child": child["dob"], "parent": parent["dob"]})  # fmt: skip
                else:
                    continue
                found.append(Found("household", cid, child["id"], detail, other=parent["id"]))
        for pa in pas:
            for elder in (p for p in people if p["rel"] in _PARENT_OF_PA and p["dob"]):
                if pa["dob"] and _years(elder["dob"], pa["dob"]) < MIN_PARENT_GAP_YEARS:
                    found.append(
                        Found(
                            "household",
                            cid,
                            elder["id"],
                            Message(
                                "A parent of the principal applicant (born {parent}) is less than {gap} "
                                "years older than them (born {child}).",
                                {"gap": MIN_PARENT_GAP_YEARS, "child": pa["dob"], "parent": elder["dob"]},
                            ),
                            other=pa["id"],
                        )  # fmt: skip
                    )

    # 5. a family no booked interpreter speaks to
    interpreters = {
        iid: spoken(_json(langs)) for iid, langs in session.execute(text("SELECT id, languages FROM interpreters"))
    }
    marks = ", ".join(f"'{s}'" for s in sorted(ACTIVE_STATUSES))
    families: dict[str, frozenset[str]] = {}
    for aid, cid, iid, start in _rows(
        session,
        "SELECT id, case_id, interpreter_id, start FROM appointments WHERE deleted = 0 "  # noqa: S608 - fixed vocabulary
        f"AND interpreter_id IS NOT NULL AND status IN ({marks})",
    ):
        if cid not in cases:
            continue
        family = families.get(cid)
        if family is None:  # a case's languages, worked out once for all its appointments
            family = families[cid] = frozenset().union(
                *(_languages(p["languages"]) for p in persons_by_case.get(cid, []))
            )
        if family and not (family & interpreters.get(iid, set())):
            found.append(
                Found(
                    "interpreter_language",
                    cid,
                    None,
                    Message(
                        "The interpreter booked for {start} speaks none of the family's languages ({languages}).",
                        {"start": start, "languages": ", ".join(sorted(family))},
                    ),
                    other=aid,
                )  # fmt: skip
            )

    # 8. submitted forms against their form's rules
    found.extend(_form_findings(ws, session, cases, summary))
    return found


def _form_findings(ws: Workspace, session: Session, cases: dict[str, Any], summary: QcSummary) -> list[Found]:
    from app.errors import CircuitRideError
    from app.forms.engine import FormInstance
    from app.services.forms import load_installed

    out: list[Found] = []
    rows = session.execute(
        text(
            "SELECT id, case_id, form_id, form_version, answers FROM form_submissions "
            "WHERE deleted = 0 AND status IN ('complete', 'amended')"  # an amended form is still submitted
        )
    ).all()

    for sid, cid, form_id, version, answers in rows:
        if cid not in cases:
            continue
        try:
            form = load_installed(ws, form_id, version)
            saved = json_loads(answers) if isinstance(answers, str | bytes) else dict(answers or {})
            snapshot = {"form_id": form_id, "version": version, "xml": saved.get("draft_xml") or saved.get("xml", ""),
                        "persons": saved.get("persons", []), "lang": saved.get("lang")}  # fmt: skip
            inst = FormInstance.from_snapshot(form, snapshot)
            bad = inst.violations()
        except (CircuitRideError, ValueError, KeyError, TypeError):
            summary.forms_skipped += 1
            log.info("qc: a submitted form could not be checked against its form")
            continue
        if bad:
            first = bad[0]
            out.append(
                Found(
                    "form_constraints",
                    cid,
                    None,
                    Message(
                        "Form {form} has {n} answers that break its rules; the first: {question}: {problem}",
                        {
                            "form": form_id,
                            "n": len(bad),
                            "question": inst.label(first) or inst.ref(first),
                            "problem": inst.message(first),
                        },
                    ),
                    other=sid,
                )  # fmt: skip
            )
    return out


def run_qc(ws: Workspace, today: dt.date | None = None, *, idle_days: int = EXPEDITED_IDLE_DAYS) -> QcSummary:
    """Run every rule over the workspace and bring the findings up to date: new ones recorded
    (open), those that no longer hold closed (fixed, "no longer found"), fixed ones that hold again
    opened again; a dismissed finding is left as it is."""
    today = today or dt.date.today()
    summary = QcSummary()
    # Tens of thousands of short-lived objects and no cycle among them: no collector pauses.
    with no_gc_pauses():
        with reading(ws, "edit_cases") as session:
            found = _check(ws, session, today, idle_days, summary)
        now: dict[str, Found] = {}
        for f in found:
            now.setdefault(f.id, f)
        summary.found = len(now)
        for f in now.values():
            summary.by_rule[f.rule] = summary.by_rule.get(f.rule, 0) + 1
        with unit_of_work(ws, "edit_cases") as uow:
            _bring_up_to_date(uow, now, summary)
    log.info("qc: %d findings, %d new, %d closed", summary.found, summary.new, summary.closed)
    return summary


def _bring_up_to_date(uow: UnitOfWork, now: dict[str, Found], summary: QcSummary) -> None:
    """Compare what holds now with the stored findings (read in one query) and write the
    difference: the new ones in one insert, the changed ones loaded together and updated."""
    stamp = dt.datetime.now(dt.UTC)
    stored = {r[0]: r[1:] for r in _rows(uow.session, "SELECT id, status, detail, score, deleted FROM qc_findings")}
    new: dict[str, Found] = {}
    changes: dict[str, dict[str, Any]] = {}
    for fid, f in now.items():
        known = stored.get(fid)
        if known is None:
            new[fid] = f
            continue
        status, old_detail, score, deleted = known
        change: dict[str, Any] = {}
        if deleted:
            change["deleted"] = False
        if old_detail != str(f.detail):
            change["detail"] = str(f.detail)
        if score != f.score:
            change["score"] = f.score
        if status == "fixed" or deleted:
            change |= {"status": "open", "closed_at": None, "note": None}
            summary.reopened += 1
        if change:
            changes[fid] = change
    for fid, (status, _detail, _score, deleted) in stored.items():
        if fid not in now and not deleted and status in OPEN:
            changes[fid] = {"status": "fixed", "closed_at": stamp, "note": "no longer found"}
            summary.closed += 1
    _record_new(uow, new, stamp)
    summary.new = len(new)
    ids = sorted(changes)
    for start in range(0, len(ids), 500):
        for row in uow.session.scalars(select(QcFinding).where(QcFinding.id.in_(ids[start : start + 500]))):
            uow.update(row, changes[row.id], case_id=row.case_id)


def _record_new(uow: UnitOfWork, new: dict[str, Found], stamp: dt.datetime) -> None:
    """Record new findings in one go (`UnitOfWork.create_many`): a first run over a large workspace
    finds tens of thousands."""
    found_at = plain(stamp)
    rows = [
        NewRow(
            id=fid,
            case_id=f.case_id,
            fields={
                "case_id": f.case_id,
                "person_id": f.person_id,
                "rule": f.rule,
                "severity": SEVERITY[f.rule],
                "status": "open",
                "detail": str(f.detail),
                "other_case_id": f.other_case_id,
                "other_person_id": f.other_person_id,
                "score": f.score,
                "assignee": None,
                "note": None,
                "found_at": found_at,
                "closed_at": None,
                "deleted": False,
            },
            stored={"found_at": stamp},
            summary="quality finding " + f.rule,
        )
        for fid, f in new.items()
    ]
    uow.create_many(QcFinding, rows)


# ----- working the findings ---------------------------------------------------------------------
def list_findings(ws: Workspace, status: str | None = None, rule: str | None = None) -> list[FindingInfo]:
    """The findings, open first, then by severity, rule and case."""
    from app.models import vocab

    if status is not None and status not in vocab.QC_STATUSES:
        raise InvalidInput("Status {status} is not one of: {known}.", status=status, known=", ".join(vocab.QC_STATUSES))
    if rule is not None and rule not in RULES:
        raise InvalidInput("Rule {rule} is not one of: {known}.", rule=rule, known=", ".join(RULES))
    sql = (
        "SELECT f.id, f.rule, f.severity, f.status, c.case_number, f.person_id, f.detail, o.case_number, "
        "f.other_person_id, f.score, f.assignee, f.note, f.found_at FROM qc_findings f JOIN cases c ON c.id = f.case_id "
        "LEFT JOIN cases o ON o.id = f.other_case_id WHERE f.deleted = 0"
    )
    params: dict[str, Any] = {}
    if status:
        sql += " AND f.status = :status"
        params["status"] = status
    if rule:
        sql += " AND f.rule = :rule"
        params["rule"] = rule
    with reading(ws) as session:
        found = session.execute(text(sql), params).all()
        names = _person_names(session, {r[5] for r in found if r[5]})
    rows = [
        replace(FindingInfo(*r[:12]), found_on=_found_day(r[12]), person_name=names.get(r[5] or "", "")) for r in found
    ]
    order = {s: i for i, s in enumerate(("open", "assigned", "fixed", "dismissed"))}
    rank = {s: i for i, s in enumerate(vocab.QC_SEVERITIES)}
    return sorted(rows, key=lambda f: (order.get(f.status, 9), rank.get(f.severity, 9), f.rule, f.case_number, f.id))


def _found_day(value: Any) -> dt.date | None:
    """The day of a stored finding time (a datetime, or its text as a raw query returns it)."""
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _person_names(session: Session, person_ids: set[str]) -> dict[str, str]:
    """The names of the persons findings are about, by id, as documents print them."""

    names: dict[str, str] = {}
    wanted = sorted(person_ids)
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        for member in session.scalars(select(Person).where(Person.id.in_(wanted[start : start + 500]))):
            name = name_of(member)
            names[member.id] = name.latin or name.native
    return names


def _finding(session: Session, finding: str) -> QcFinding:
    row = session.get(QcFinding, finding)
    if row is None:
        matches = (
            session.scalars(select(QcFinding).where(QcFinding.id.like(finding + "%")).limit(2)).all()
            if len(finding) >= 8
            else []
        )
        row = matches[0] if len(matches) == 1 else None
    if row is None or row.deleted:
        raise NotFound("No quality finding {id} on this laptop.", id=finding)
    return row


def assign_finding(ws: Workspace, finding: str, to: str) -> FindingInfo:
    """Give a finding to a team member (a team lead's act)."""
    to = (to or "").strip()
    if not to:
        raise InvalidInput("Say whom to assign the finding to.")
    with unit_of_work(ws, "assign_work") as uow:
        if to not in {
            u for (u,) in uow.session.execute(text("SELECT username FROM users WHERE deleted = 0 AND active = 1"))
        }:
            raise InvalidInput("No user {user} on this laptop.", user=to)
        row = _finding(uow.session, finding)
        if row.status in ("fixed", "dismissed"):
            raise InvalidInput("The finding is already {status}.", status=row.status)
        uow.update(row, {"assignee": to, "status": "assigned"}, case_id=row.case_id)
        fid = row.id
    return _info(ws, fid)


def resolve_finding(ws: Workspace, finding: str, note: str) -> FindingInfo:
    """Mark a finding fixed, saying how: its assignee or a team lead."""
    note = (note or "").strip()
    if not note:
        raise InvalidInput("Say how the finding was fixed (a note).")
    with unit_of_work(ws, "edit_cases") as uow:
        row = _finding(uow.session, finding)
        if row.assignee != uow.actor and not allowed(uow.role, "quality_control"):
            raise PermissionDenied(refusal_text(uow.role, "quality_control"))
        if row.status in ("fixed", "dismissed"):
            raise InvalidInput("The finding is already {status}.", status=row.status)
        uow.update(row, {"status": "fixed", "note": note, "closed_at": dt.datetime.now(dt.UTC)}, case_id=row.case_id)
        fid = row.id
    return _info(ws, fid)


def dismiss_finding(ws: Workspace, finding: str, reason: str) -> FindingInfo:
    """Dismiss a finding (not a problem after all), with the reason: a team lead's act. Running the
    checks again leaves it dismissed."""
    reason = (reason or "").strip()
    with unit_of_work(ws, "quality_control") as uow:
        if not reason:
            raise InvalidInput("Dismissing a finding needs a reason.")
        row = _finding(uow.session, finding)
        if row.status == "dismissed":
            raise InvalidInput("The finding is already {status}.", status=row.status)
        uow.update(
            row, {"status": "dismissed", "note": reason, "closed_at": dt.datetime.now(dt.UTC)}, case_id=row.case_id
        )
        fid = row.id
    return _info(ws, fid)


def _info(ws: Workspace, fid: str) -> FindingInfo:
    return next(f for f in list_findings(ws) if f.id == fid)
