"""The quality rules as they were before the first run was made faster (app/services/qc.py at
commit 6c4d596, its rule part copied unchanged): the reference the faster rules are compared with
(tests/integration/test_qc_equivalence.py), finding for finding. Not used by the app."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import Message
from app.models.roles import STAGE_RANK
from app.services.interpreters import spoken
from app.services.likely_matches import _dob_match
from app.services.qc import Found, QcSummary
from app.services.schedule import ACTIVE_STATUSES
from app.store.workspace import Workspace
from app.util.text import name_keys, normalise

log = logging.getLogger(__name__)

MIN_PARENT_GAP_YEARS = 12

DUPLICATE_MIN_SCORE = 50  # likeness (0-100) below which two persons are not put to the team lead
INTERVIEW_RANK = STAGE_RANK["interviewed"]
_DONE_STAGES = frozenset({"departed", "closed"})
_NAME_SCORE = {"same": 1.0, "variant": 0.8, "script": 0.75}
_DOB_SCORE = {"same": 1.0, "compatible": 0.85}
_CHILD_RELATIONSHIPS = frozenset({"son", "daughter"})
_PARENT_OF_PA = frozenset({"mother", "father"})
OPEN = ("open", "assigned")


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


def duplicate_pairs(persons: Iterable[PersonNames]) -> list[tuple[PersonNames, PersonNames, int]]:
    """Pairs of persons of different cases who are possibly one person, the likeliest first. Only
    persons sharing a date of birth as recorded and a name key (a word's consonants, or its
    Arabic-script key) are compared: no comparison of everyone with everyone (an estimated date of
    birth a year off is not compared)."""
    by_dob: dict[str, list[PersonNames]] = defaultdict(list)
    for p in persons:
        if p.dob and len(p.latin) + len(p.native) >= 2:
            by_dob[p.dob].append(p)
    seen: set[tuple[str, str]] = set()
    out: list[tuple[PersonNames, PersonNames, int]] = []
    for born in by_dob.values():
        if len(born) < 2:
            continue
        blocks: dict[str, list[PersonNames]] = defaultdict(list)  # persons born that day, by name key
        for p in born:
            for key in frozenset().union(*(_word(w).blocks for w in p.latin + p.native)):
                blocks[key].append(p)
        for group in blocks.values():
            if len(group) < 2:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a.case_id == b.case_id or a.id == b.id:
                        continue
                    pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                    if pair in seen:
                        continue
                    seen.add(pair)
                    score = likeness(a, b)
                    if score is not None and score >= DUPLICATE_MIN_SCORE:
                        out.append((a, b, score) if a.id < b.id else (b, a, score))
    out.sort(key=lambda t: (-t[2], t[0].id, t[1].id))
    return out


# ----- running the rules --------------------------------------------------------------------------
@functools.lru_cache(maxsize=65536)
def _value_words(value: str) -> tuple[str, ...]:
    return tuple(normalise(value).split())


def _words(*values: str | None) -> tuple[str, ...]:
    return tuple(w for v in values if v for w in _value_words(v))


def _years(older: str, younger: str) -> int:
    """Whole years from `older` to `younger` (partial ISO dates: missing month or day count as
    the middle of the year)."""
    a, b = _ymd(older), _ymd(younger)
    return b[0] - a[0] - (1 if (b[1], b[2]) < (a[1], a[2]) else 0)


def _ymd(day: str) -> tuple[int, int, int]:
    return (int(day[:4]), int(day[5:7]) if len(day) >= 7 else 6, int(day[8:10]) if len(day) >= 10 else 15)


def _dob_verified(verified: Any) -> bool:
    return isinstance(verified, dict) and "dob" in verified


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


def _check(ws: Workspace, session: Session, today: dt.date, idle_days: int, summary: QcSummary) -> list[Found]:
    found: list[Found] = []
    cases: dict[str, dict[str, Any]] = {}
    for cid, number, stage, expedited, since, updated, holder, due, photo in session.execute(
        text(
            "SELECT id, case_number, stage, expedited, stage_since, updated_at, file_holder, file_due, "
            "profile_photo_id FROM cases WHERE deleted = 0"
        )
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
        pid for (pid,) in session.execute(
            text("SELECT DISTINCT person_id FROM attachments WHERE deleted = 0 AND kind = 'photo' AND person_id IS NOT NULL")
        )
    }  # fmt: skip
    persons_by_case: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names: list[PersonNames] = []
    for row in session.execute(
        text(
            "SELECT id, case_id, role, relationship_to_pa, given_names, family_name, native_given_names, "
            "native_family_name, dob, dob_precision, verified, profile_photo_id, languages FROM persons "
            "WHERE deleted = 0"
        )
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

    from app.util.jsoncodec import loads as json_loads

    def as_json(value: Any) -> Any:
        if isinstance(value, str | bytes):
            try:
                return json_loads(value)
            except ValueError:
                return None
        return value

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
            unverified = [p for p in people if not _dob_verified(as_json(p["verified"]))]
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
        iid: spoken(as_json(langs)) for iid, langs in session.execute(text("SELECT id, languages FROM interpreters"))
    }
    marks = ", ".join(f"'{s}'" for s in sorted(ACTIVE_STATUSES))
    for aid, cid, iid, start in session.execute(
        text(
            "SELECT id, case_id, interpreter_id, start FROM appointments WHERE deleted = 0 "  # noqa: S608 - fixed vocabulary
            f"AND interpreter_id IS NOT NULL AND status IN ({marks})"
        )
    ):
        if cid not in cases:
            continue
        family = {
            str(c) for p in persons_by_case.get(cid, []) for c in (as_json(p["languages"]) or []) if isinstance(c, str)
        }
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
    from app.util.jsoncodec import loads as json_loads

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
