"""Likely matches of a person being registered: someone already recorded, in any case and any
script, whom the new entry probably describes again (issue 19: "Fiseha Tesfay" registered anew
while "Fisseha Tesfaye" is on file).

A recorded person is a likely match when every word of the new person's Latin names, or of their
native-script names, is one of the recorded person's name words or a spelling variant of one
(the keys in `person_name_keys`, app/util/text.py `name_keys`: doubled letters, vowels,
romanisations, other scripts), and the two dates of birth do not disagree (the same date, the
same year or month at a lower precision, an estimate within ESTIMATED_DOB_YEARS, or one of them
missing). The likeliest come first: same names before spelling variants before another script,
the same exact date before a compatible one before none.

Registering is never refused for it: the caller warns (the command line on stderr, the Add
person dialog before saving) and records the warning in the audit trail, ids only
(app/services/cases.py `note_likely_matches`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.search import aliases_of, written_words
from app.services.uow import reading
from app.store.workspace import Workspace
from app.util.text import lookup_keys, name_keys, normalise

LIKELY_MATCHES_SHOWN = 5
LIKELY_CANDIDATES = 200  # persons read per name at most (a common name with a common year)
ESTIMATED_DOB_YEARS = 2  # an estimated date of birth is compatible with one this many years off
_NAME_SCORE = {"same": 1.0, "variant": 0.8, "script": 0.75}
_DOB_SCORE = {"same": 1.0, "compatible": 0.85, "unknown": 0.6}


@dataclass(frozen=True, slots=True)
class LikelyMatch:
    """A person already recorded who is probably the one being registered."""

    case_number: str
    case_id: str
    person_id: str
    score: float  # 0-1: 1 is the same names and the same exact date of birth
    reason: str  # in English, for the command line
    name: str
    native_name: str
    role: str
    dob: str | None
    name_match: str  # "same" | "variant" (spelling) | "script" (written in another script)
    dob_match: str  # "same" | "compatible" (same year or month, or an estimate near it) | "unknown"
    variants: tuple[tuple[str, str], ...] = ()  # (word registered, word recorded) spelt otherwise


def likely_matches(
    where: Workspace | Session, values: dict[str, Any], *, exclude_person_id: str | None = None
) -> list[LikelyMatch]:
    """Persons already recorded (in any live case, this one included) who are probably the person
    `values` describes (a person's fields: names, native names, aliases, dob, dob_precision): every
    word of their Latin names, or of their native-script names, is a word of the other's names or
    a spelling variant of one, in any script (`person_name_keys`), and the dates of birth do not
    disagree. At most LIKELY_MATCHES_SHOWN, the likeliest first. A name of one word is not
    compared (a given name alone matches too many people). Reads the index and the candidates
    only: a few milliseconds on 50,000 cases."""
    if isinstance(where, Workspace):
        with reading(where) as session:
            return likely_matches(session, values, exclude_person_id=exclude_person_id)
    session = where
    sets = [
        [w for value in (values.get("given_names"), values.get("family_name")) for w in normalise(value).split()],
        [
            w
            for value in (values.get("native_given_names"), values.get("native_family_name"))
            for w in normalise(value).split()
        ],
    ]
    dob, precision = values.get("dob"), values.get("dob_precision") or "exact"
    best: dict[str, LikelyMatch] = {}
    for words in sets:
        if len(words) < 2:
            continue
        for match in _likely_for_words(session, words, dob, precision):
            if match.person_id == exclude_person_id:
                continue
            known = best.get(match.person_id)
            if known is None or match.score > known.score:
                best[match.person_id] = match
    return sorted(best.values(), key=lambda m: (-m.score, m.case_number))[:LIKELY_MATCHES_SHOWN]


def _likely_for_words(session: Session, words: list[str], dob: str | None, precision: str) -> list[LikelyMatch]:
    params: dict[str, object] = {"cap": LIKELY_CANDIDATES}
    parts = []
    for i, word in enumerate(words):
        keys = lookup_keys(word)
        if not keys:
            return []  # a word without letters is no name to compare
        params.update({f"w{i}k{j}": key for j, key in enumerate(keys)})
        marks = ", ".join(f":w{i}k{j}" for j in range(len(keys)))
        parts.append(f"SELECT DISTINCT fts_rowid FROM person_name_keys WHERE key IN ({marks})")  # noqa: S608 - fixed fragments
    rows = session.execute(
        text(
            f"SELECT p.id, p.case_id, c.case_number, p.role, p.given_names, p.family_name, p.native_given_names, "  # noqa: S608 - fixed fragments
            "p.native_family_name, p.aliases, p.dob, p.dob_precision "
            f"FROM ({' INTERSECT '.join(parts)} LIMIT :cap) v "
            "JOIN person_search_keys k ON k.fts_rowid = v.fts_rowid JOIN persons p ON p.id = k.person_id "
            "JOIN cases c ON c.id = p.case_id WHERE p.deleted = 0 AND c.deleted = 0"
        ),
        params,
    ).all()
    out = []
    for pid, case_id, number, role, given, family, native_given, native_family, aliases, their_dob, their_prec in rows:
        dob_match = _dob_match(dob, precision, their_dob, their_prec or "exact")
        if dob_match is None:
            continue
        names = [given, family, native_given, native_family, *aliases_of(aliases)]
        name_match, variants = _name_match(words, names)
        score = round(_NAME_SCORE[name_match] * _DOB_SCORE[dob_match], 2)
        name = f"{given or ''} {family or ''}".strip()
        native = f"{native_given or ''} {native_family or ''}".strip()
        out.append(
            LikelyMatch(
                number,
                case_id,
                pid,
                score,
                _reason(name_match, dob_match, variants),
                name,
                native,
                role,
                their_dob,
                name_match,
                dob_match,
                variants,
            )
        )
    return out


def _name_match(words: list[str], names: Sequence[str | None]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """How the registered words match a recorded person's names: "same" (each is one of their
    words), "variant" (a spelling variant in the same kind of script) or "script" (written in
    another script), with the (registered, recorded) pairs that are not the same."""
    recorded = [(normalise(w), w) for w in written_words(names)]
    kind, pairs = "same", []
    for word in words:
        if any(norm == word for norm, _ in recorded):
            continue
        mine = set(lookup_keys(word))
        same_script = next((w for norm, w in recorded if any(k[0] == "v" and k in mine for k in name_keys(norm))), None)
        if same_script is not None:
            pairs.append((word, same_script))
            kind = "variant" if kind == "same" else kind
            continue
        other = next((w for norm, w in recorded if mine & set(name_keys(norm))), word)
        pairs.append((word, other))
        kind = "script"
    return kind, tuple(pairs)


def _dob_match(mine: str | None, my_precision: str, theirs: str | None, their_precision: str) -> str | None:
    """ "same", "compatible", "unknown" (one is missing) or None when the dates of birth disagree."""
    if not mine or not theirs:
        return "unknown"
    if "estimated" in (my_precision, their_precision):
        return "compatible" if abs(int(mine[:4]) - int(theirs[:4])) <= ESTIMATED_DOB_YEARS else None
    if mine == theirs:
        return "same" if my_precision == their_precision == "exact" else "compatible"
    shared = min(len(mine), len(theirs))
    return "compatible" if mine[:shared] == theirs[:shared] else None


def _reason(name_match: str, dob_match: str, variants: tuple[tuple[str, str], ...]) -> str:
    names = {
        "same": "same name",
        "variant": "spelling variant of the name (" + ", ".join(f"{a} / {b}" for a, b in variants) + ")",
        "script": "the name written in another script (" + ", ".join(f"{a} / {b}" for a, b in variants) + ")",
    }[name_match]
    dates = {
        "same": "same date of birth",
        "compatible": "date of birth compatible",
        "unknown": "no date of birth to compare",
    }[dob_match]
    return f"{names}, {dates}"
