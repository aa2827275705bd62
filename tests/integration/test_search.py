"""Finding cases the way a caseworker types: numbers, ids, names in any script, dates of birth.

Contract (app/services/search.py): the whole query is tried as a case-number / UNHCR-id prefix;
every other word must appear (accent- and case-insensitively, in part) in a person's names in Latin
or native script; date-shaped words (1988, 1988-04, 1988-04-12, 12/04/1988) filter on date of birth;
deleted cases and persons are never found. `search --json` prints one document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import Case, Person
from app.services.manifest import import_manifest
from app.services.search import search
from app.services.uow import unit_of_work
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD


def _person(role: str, given: str, family: str, dob: str | None, precision: str = "exact", **extra: object) -> dict:
    return {"role": role, "given_names": given, "family_name": family, "dob": dob, "dob_precision": precision, **extra}


PEOPLE = {
    "cases": [
        {
            "case_number": "LIM-000123",
            "unhcr_id": "123-45C67890",
            "priority": "P-2",
            "site": "Lima",
            "persons": [
                _person("principal_applicant", "Ana Lucia", "Quispe", "1988-04-12"),
                _person("spouse", "Jorge", "Núñez", "1985-11-02"),
            ],
        },
        {
            "case_number": "LIM-000124",
            "unhcr_id": "123-45C67891",
            "site": "Lima",
            "persons": [_person("principal_applicant", "Ana María", "Ortega", "1990-04-12")],
        },
        {
            "case_number": "KBL-000001",
            "unhcr_id": "555-00A00001",
            "site": "Kabul",
            "persons": [
                _person(
                    "principal_applicant",
                    "Mohammed",
                    "Al-Hassan",
                    "1975",
                    "year",
                    native_given_names="مُحَمَّد",
                    native_family_name="الحسن",
                )
            ],
        },
        {
            "case_number": "KHK-000777",
            "unhcr_id": "777-99B00001",
            "site": "Kharkiv",
            "persons": [
                _person(
                    "principal_applicant",
                    "Olena",
                    "Kozhenko",
                    "2001-07-30",
                    native_given_names="Олена",
                    native_family_name="Коженко",
                )
            ],
        },
        {
            "case_number": "ADD-000042",
            "site": "Addis Ababa",
            "persons": [
                _person(
                    "principal_applicant",
                    "Tesfaye",
                    "Gebremedhin",
                    "1992-01",
                    "month",
                    native_given_names="ተስፋዬ",
                    native_family_name="ገብረመድህን",
                )
            ],
        },
        {
            "case_number": "SHA-000008",
            "site": "Shanghai",
            "persons": [_person("principal_applicant", "Na", "Li", "1999-12-31", aliases=["Lina Lee"])],
        },
        {
            "case_number": "DEL-000001",
            "unhcr_id": "666-00D00001",
            "site": "Lima",
            "persons": [_person("principal_applicant", "Deletia", "Vanishova", "1988-04-13")],
        },
    ]
}


def _delete_case(ws: Workspace, number: str) -> None:
    with unit_of_work(ws, "delete_records") as uow:
        case = uow.session.scalar(select(Case).where(Case.case_number == number))
        assert case is not None
        for person in uow.session.scalars(select(Person).where(Person.case_id == case.id)):
            uow.delete(person, case_id=case.id)
        uow.delete(case, case_id=case.id)


@pytest.fixture(scope="module")
def search_ws_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("search") / "workspace"
    ws = create_workspace(path, "lead", PASSWORD, kdf=TEST_KDF)
    import_manifest(ws, PEOPLE)
    _delete_case(ws, "DEL-000001")
    ws.lock()
    yield path


@pytest.fixture(scope="module")
def sws(search_ws_path: Path) -> Iterator[Workspace]:
    ws = Workspace(search_ws_path)
    ws.unlock(PASSWORD)
    yield ws
    ws.lock()


def numbers(ws: Workspace, query: str) -> list[str]:
    return [h.case_number for h in search(ws, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("LIM-0001", ["LIM-000123", "LIM-000124"]),
        ("lim-000123", ["LIM-000123"]),
        ("KHK-000777", ["KHK-000777"]),
        ("123-45C67890", ["LIM-000123"]),
        ("123-45c6789", ["LIM-000123", "LIM-000124"]),
    ],
)
def test_case_number_and_unhcr_id_prefixes_find_their_cases(sws: Workspace, query: str, expected: list[str]) -> None:
    assert sorted(numbers(sws, query)) == expected


def test_id_matches_say_what_they_matched_on(sws: Workspace) -> None:
    [by_number] = search(sws, "LIM-000123")
    assert by_number.matched_on == "case_number"
    [by_unhcr] = search(sws, "123-45C67890")
    assert by_unhcr.matched_on == "unhcr_id"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nunez", "LIM-000123"),  # no accents typed
        ("NÚÑEZ", "LIM-000123"),
        ("Núñez", "LIM-000123"),
        ("quispe", "LIM-000123"),
        ("ozhen", "KHK-000777"),  # part of a name
        ("Kozhenko Olena", "KHK-000777"),  # any word order
        ("Коженко", "KHK-000777"),  # native Cyrillic
        ("оженк", "KHK-000777"),  # part of it
        ("ОЛЕНА", "KHK-000777"),
        ("محمد", "KBL-000001"),  # Arabic typed without vowel marks
        ("مُحَمَّد", "KBL-000001"),  # and with them
        ("الحسن", "KBL-000001"),
        ("al hassan", "KBL-000001"),
        ("ገብረ", "ADD-000042"),  # Ethiopic, partial
        ("ተስፋዬ", "ADD-000042"),
        ("gebremedhin", "ADD-000042"),
        ("lina lee", "SHA-000008"),  # an alias
    ],
)
def test_names_are_found_in_any_script_without_accents_and_in_part(sws: Workspace, query: str, expected: str) -> None:
    assert numbers(sws, query) == [expected]


def test_short_words_match_inside_names(sws: Workspace) -> None:
    assert "SHA-000008" in numbers(sws, "li na")
    assert numbers(sws, "li 1999") == ["SHA-000008"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("1988", ["LIM-000123"]),
        ("1988-04", ["LIM-000123"]),
        ("1988-04-12", ["LIM-000123"]),
        ("12/04/1988", ["LIM-000123"]),
        ("12.04.1988", ["LIM-000123"]),
        ("1990-04-12", ["LIM-000124"]),
        ("1975", ["KBL-000001"]),  # year-only precision
        ("1992-01", ["ADD-000042"]),  # month precision
        ("1992-01-15", []),  # a day the record does not claim to know
    ],
)
def test_dates_of_birth_filter_by_prefix(sws: Workspace, query: str, expected: list[str]) -> None:
    assert numbers(sws, query) == expected


def test_name_and_year_combine(sws: Workspace) -> None:
    assert sorted(numbers(sws, "ana")) == ["LIM-000123", "LIM-000124"]
    assert numbers(sws, "ana 1988") == ["LIM-000123"]
    assert numbers(sws, "ana 1990") == ["LIM-000124"]
    assert numbers(sws, "ana 1975") == []
    assert numbers(sws, "jorge 1985-11") == ["LIM-000123"]


def test_person_hits_list_only_the_persons_that_matched(sws: Workspace) -> None:
    [hit] = search(sws, "jorge")
    assert hit.matched_on == "person"
    assert [(p.name, p.role, p.dob) for p in hit.persons] == [("Jorge Núñez", "spouse", "1985-11-02")]


@pytest.mark.parametrize("query", ["Vanishova", "deletia", "DEL-000001", "666-00D00001", "1988-04-13"])
def test_deleted_cases_and_persons_are_never_found(sws: Workspace, query: str) -> None:
    assert numbers(sws, query) == []


@pytest.mark.parametrize("query", ["", "   ", "zzqxw", "Quispe 1999", "ZZZ-999999", "ana quispe ortega"])
def test_queries_that_match_nothing_return_nothing(sws: Workspace, query: str) -> None:
    assert numbers(sws, query) == []


# Lone surrogates cannot come from a keyboard, a file or argv; NUL has its own test below.
_TYPED = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=_TYPED, max_size=40))
def test_any_text_is_a_valid_query(sws: Workspace, query: str) -> None:
    hits = search(sws, query)  # FTS operators, quotes, any script: never an error
    assert all(h.case_number != "DEL-000001" for h in hits)


@pytest.mark.parametrize("query", ["ana\x00", "\x00", "00\x00", "qui\x00spe"])
def test_a_nul_character_pasted_into_a_query_is_not_an_error(sws: Workspace, query: str) -> None:
    search(sws, query)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.from_regex(r"\A[\"*^():+-]{0,3}(ana|AND|OR|NOT|NEAR)[\"*^():+-]{0,3}\Z"))
def test_fts_syntax_in_a_query_is_taken_literally(sws: Workspace, query: str) -> None:
    search(sws, query)  # must not raise an FTS5 syntax error


# ----- the CLI ----------------------------------------------------------------------------------
def test_search_json_prints_one_document_with_the_documented_shape(search_ws_path: Path, cli) -> None:
    r = cli("search", "ana 1988", "--json", data_dir=search_ws_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) == {"query", "count", "results"}
    assert doc["query"] == "ana 1988"
    assert doc["count"] == len(doc["results"]) == 1
    [hit] = doc["results"]
    assert set(hit) == {"case_id", "case_number", "unhcr_id", "priority", "stage", "site", "matched_on", "persons"}
    assert (hit["case_number"], hit["unhcr_id"], hit["priority"], hit["stage"], hit["site"], hit["matched_on"]) == (
        "LIM-000123",
        "123-45C67890",
        "P-2",
        "pre-screening",
        "Lima",
        "person",
    )
    assert hit["persons"] == [
        {
            "person_id": hit["persons"][0]["person_id"],
            "role": "principal_applicant",
            "name": "Ana Lucia Quispe",
            "native_name": "",
            "dob": "1988-04-12",
        }
    ]


def test_search_human_output_shows_cases_and_matching_persons(search_ws_path: Path, cli) -> None:
    r = cli("search", "Коженко", data_dir=search_ws_path)
    assert r.returncode == 0, r.stderr
    assert "KHK-000777" in r.stdout
    assert "Olena Kozhenko" in r.stdout
    assert "Олена Коженко" in r.stdout


def test_search_with_no_match_exits_0_and_says_so(search_ws_path: Path, cli) -> None:
    r = cli("search", "Vanishova", data_dir=search_ws_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert "No case matches" in r.stderr
    r = cli("search", "Vanishova", "--json", data_dir=search_ws_path)
    assert json.loads(r.stdout) == {"query": "Vanishova", "count": 0, "results": []}


@pytest.mark.parametrize(
    "query",
    [
        "LIM-",
        "nunez",
        "ольг",
        "1988",
        "jo",
        "ana 1988",
        "فرید",
        "zz-none",
        "ana jo",
        "a qu 1988-04",
        "1988-04-13",
        "del",
    ],
)
def test_case_id_search_finds_the_same_cases_as_full_search(sws: Workspace, query: str) -> None:
    from app.services.case_list import case_rows
    from app.services.search import search, search_case_ids

    expected = sorted(h.case_id for h in search(sws, query, 500))
    assert sorted(search_case_ids(sws, query, 500)) == expected
    # the case list matches id prefixes against the rows it holds, with the same result
    assert sorted(search_case_ids(sws, query, 500, rows=case_rows(sws))) == expected


# ----- the index follows edits and upgrades ------------------------------------------------------
@pytest.fixture
def small_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "workspace", "lead", PASSWORD, kdf=TEST_KDF)
    import_manifest(ws, PEOPLE)
    yield ws
    ws.lock()


def _person_id(ws: Workspace, number: str, given: str) -> str:
    with ws.session() as s:
        pid = s.scalar(
            select(Person.id)
            .join(Case, Case.id == Person.case_id)
            .where(Case.case_number == number, Person.given_names == given)
        )
    assert pid is not None
    return pid


def test_a_name_and_a_date_follow_an_edited_date_of_birth(small_ws: Workspace) -> None:
    from app.services.cases import set_person_fields

    set_person_fields(small_ws, "LIM-000123", _person_id(small_ws, "LIM-000123", "Jorge"), {"dob": "1979-02-03"})
    assert numbers(small_ws, "jorge 1979") == ["LIM-000123"]
    assert numbers(small_ws, "nunez 1979-02-03") == ["LIM-000123"]
    assert numbers(small_ws, "jo 1979") == ["LIM-000123"]  # a short word and a year
    assert numbers(small_ws, "jorge 1985") == []
    set_person_fields(small_ws, "LIM-000123", _person_id(small_ws, "LIM-000123", "Jorge"), {"given_names": "Jorgelino"})
    assert numbers(small_ws, "jorgelino 1979") == ["LIM-000123"]  # a name edit keeps the date beside it


def test_a_workspace_of_the_previous_schema_is_upgraded_with_its_dates_indexed(tmp_path: Path) -> None:
    """Revision 0004 put the date of birth beside each search key; an older workspace gets it on unlock."""
    from alembic import command

    from app.store import migrate

    path = tmp_path / "workspace"
    ws = create_workspace(path, "lead", PASSWORD, kdf=TEST_KDF)
    import_manifest(ws, PEOPLE)
    cfg = migrate._config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert migrate.current_revision(ws.engine) == "0003"
    ws.lock()
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    try:
        assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
        assert numbers(ws, "ana 1988") == ["LIM-000123"]
        assert numbers(ws, "jo 1985-11") == ["LIM-000123"]
        assert numbers(ws, "ana 1975") == []
    finally:
        ws.lock()


def test_check_names_a_search_index_out_of_step_with_the_persons(small_ws: Workspace) -> None:
    from sqlalchemy import text

    from app.store.check import check_workspace

    assert check_workspace(small_ws).ok
    with small_ws.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE person_search_keys SET dob = '1900-01-01' WHERE rowid = (SELECT min(rowid) FROM person_search_keys)"
            )
        )
    report = check_workspace(small_ws)
    assert [p for p in report.problems if "search index" in p] == [
        "database: the search index is out of step with 1 person record, so search can miss them; "
        "restore the workspace from a backup or contact HQ support"
    ]


def _has(names: str, word: str) -> bool:
    """Three characters or more: anywhere in a name; shorter: the start of a name's word."""
    return word in names if len(word) >= 3 else any(t.startswith(word) for t in names.split())


def _oracle(query: str) -> list[str]:
    """What the search contract says a name-and-date query finds, computed from the fixture alone."""
    from app.services.search import _dob_prefix
    from app.util.text import normalise

    words = query.split()
    dates = [_dob_prefix(w) for w in words if _dob_prefix(w)]
    names = [part for w in words if not _dob_prefix(w) for part in normalise(w).split()]
    found = set()
    for case in PEOPLE["cases"]:
        if case["case_number"] == "DEL-000001":
            continue
        for person in case["persons"]:
            text_ = " ".join(
                normalise(x or "")
                for x in (
                    person["given_names"],
                    person["family_name"],
                    person.get("native_given_names"),
                    person.get("native_family_name"),
                    *person.get("aliases", []),
                )
            )
            if all(_has(text_, w) for w in names) and all((person["dob"] or "").startswith(d) for d in dates):
                found.add(case["case_number"])
    return sorted(found)


_NAME_PARTS = ["ana", "an", "a", "jo", "nunez", "ispe", "qu", "ortega", "li", "na", "olena", "hassan", "zz"]
_DATES = ["1988", "1988-04", "1988-04-12", "12/04/1988", "1990", "1985-11", "1999-12-31", "1975", "2001"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=2), date=st.sampled_from(_DATES))
def test_names_with_a_date_find_exactly_what_the_contract_says(sws: Workspace, names: list[str], date: str) -> None:
    from app.services.search import search_case_ids

    query = " ".join([*names, date])
    expected = _oracle(query)
    assert sorted(numbers(sws, query)) == expected
    with sws.session() as s:
        by_id = dict(s.execute(select(Case.id, Case.case_number)).all())
    assert sorted(by_id[i] for i in search_case_ids(sws, query, 500)) == expected
