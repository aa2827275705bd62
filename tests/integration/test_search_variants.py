"""Finding people whose names are spelt otherwise than they were recorded (issue 19, points 5 and 6).

An interviewer typing "Fiseha" for Fisseha, "Mohammed Niazi" for Mohammad Niazi or "Romanyuk" for
Romaniuk must find the family, ranked after exact matches, with the member and the reason; a name
recorded in Cyrillic or Ethiopic is found by its Latin spelling. Registering someone who is
probably on file already warns (never refuses) and the warning is in the audit trail. The variant
index follows every path a person changes by: an edit, a deletion, a sync pull, an upgrade.
All names are invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.models import AuditEvent, Case, Person
from app.services.cases import add_person_checked, create_case, set_person_fields
from app.services.likely_matches import likely_matches
from app.services.search import find_cases, search
from app.services.uow import unit_of_work
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD


def _p(role: str, given: str, family: str, dob: str | None = "1980-01-02", **extra: Any) -> dict[str, Any]:
    return {"role": role, "given_names": given, "family_name": family, "dob": dob, **extra}


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": "ADD-000101", "site": "Addis Ababa"},
        [
            _p("principal_applicant", "Tesfaye", "Bekele", "1979-05-01"),
            _p("spouse", "Fisseha", "Tesfaye", "1985-03-04", native_given_names="ፍስሃ", native_family_name="ተስፋይ"),
        ],
    )
    create_case(
        ws,
        {"case_number": "KBL-000102", "site": "Kabul"},
        [
            _p(
                "principal_applicant",
                "Mohammad",
                "Niazi",
                "1975",
                dob_precision="year",
                native_given_names="محمد",
                native_family_name="نیازی",
            )
        ],
    )
    create_case(ws, {"case_number": "KIV-000103", "site": "Kyiv"}, [_p("principal_applicant", "Olha", "Romaniuk")])
    create_case(ws, {"case_number": "KIV-000104", "site": "Kyiv"}, [_p("principal_applicant", "Petro", "Romanyuk")])
    # Names whose Latin spelling differs from the one typed, but whose Cyrillic or Ethiopic one reads so
    create_case(
        ws,
        {"case_number": "KHK-000105", "site": "Kharkiv"},
        [_p("principal_applicant", "Ganna", "Kovalchuk", native_given_names="Ганна", native_family_name="Ковальчук")],
    )
    create_case(
        ws,
        {"case_number": "ASM-000106", "site": "Asmara"},
        [_p("principal_applicant", "Fsaha", "Gebru", native_given_names="ፍስሃ", native_family_name="ገብሩ")],
    )
    create_case(
        ws,
        {"case_number": "KBL-000107", "site": "Kabul"},
        [_p("principal_applicant", "Hassan", "Karimi"), _p("child", "Mahmoud", "Karimi", "2010-01-01")],
    )


@pytest.fixture
def vws(ws: Workspace) -> Workspace:
    _seed(ws)
    return ws


def numbers(ws: Workspace, query: str) -> list[str]:
    return [h.case_number for h in search(ws, query)]


def _numbers_of(ws: Workspace, ids: list[str]) -> list[str]:
    with ws.session() as s:
        by_id = dict(s.execute(select(Case.id, Case.case_number)).all())
    return [by_id[i] for i in ids]


# ----- point 5: search finds spelling variants -------------------------------------------------
@pytest.mark.parametrize(
    ("query", "number", "typed", "recorded"),
    [
        ("Fiseha Tesfaye", "ADD-000101", "fiseha", "Fisseha"),
        ("Mohammed Niazi", "KBL-000102", "mohammed", "Mohammad"),
        ("Romanyuk Olha", "KIV-000103", "romanyuk", "Romaniuk"),
    ],
)
def test_a_name_spelt_otherwise_finds_the_recorded_person_and_says_which_word(
    vws: Workspace, query: str, number: str, typed: str, recorded: str
) -> None:
    [hit] = search(vws, query)
    assert (hit.case_number, hit.matched_on) == (number, "variant")
    [person] = hit.persons
    assert person.variants == ((typed, recorded),)  # type: ignore[attr-defined]


def test_a_single_word_finds_every_person_it_is_a_variant_of(vws: Workspace) -> None:
    # Fisseha Tesfaye, and Fsaha Gebru whose Ethiopic name ፍስሃ reads Fisseha
    assert numbers(vws, "Fiseha") == ["ADD-000101", "ASM-000106"]


def test_the_three_spellings_of_the_issue_are_found_by_the_case_list_search_too(vws: Workspace) -> None:
    for query, number in (("Fiseha", "ADD-000101"), ("Mohammed Niazi", "KBL-000102"), ("Romanyuk", "KIV-000103")):
        found = find_cases(vws, query, 500)
        assert number in _numbers_of(vws, found.case_ids)


def test_an_exact_match_comes_before_a_spelling_variant(vws: Workspace) -> None:
    assert numbers(vws, "Romanyuk") == ["KIV-000104", "KIV-000103"]  # Romanyuk as typed, then Romaniuk
    assert numbers(vws, "Romaniuk") == ["KIV-000103", "KIV-000104"]
    found = find_cases(vws, "Romanyuk", 500)
    assert _numbers_of(vws, found.case_ids) == ["KIV-000104", "KIV-000103"]
    assert _numbers_of(vws, sorted(found.variant_ids)) == ["KIV-000103"]
    assert [m.variant for m in (found.members[i] for i in found.case_ids)] == [False, True]


def test_a_latin_spelling_finds_a_name_recorded_in_cyrillic(vws: Workspace) -> None:
    # The Latin record says "Ganna" (Russian г); the Cyrillic Ганна also reads "Hanna" (Ukrainian г)
    [hit] = search(vws, "Hanna Kovalchuk")
    assert (hit.case_number, hit.matched_on) == ("KHK-000105", "variant")
    assert hit.persons[0].variants == (("hanna", "Ганна"),)  # type: ignore[attr-defined]
    [hit] = search(vws, "Ковальчук Hanna")  # typed half in Cyrillic
    assert hit.case_number == "KHK-000105"


def test_a_latin_spelling_finds_a_name_recorded_in_ethiopic(vws: Workspace) -> None:
    # Fsaha Gebru is ፍስሃ ገብሩ: "Fisseha" (the usual spelling) finds him through the Ethiopic name
    assert numbers(vws, "Fisseha Gebru") == ["ASM-000106"]
    [hit] = search(vws, "Fisseha Gebru")
    assert hit.matched_on == "variant"
    assert hit.persons[0].variants == (("fisseha", "ፍስሃ"),)  # type: ignore[attr-defined]


def test_a_clearly_different_name_is_not_a_variant(vws: Workspace) -> None:
    assert "KBL-000107" not in numbers(vws, "Hussein")  # Hassan is another name
    assert numbers(vws, "Mohammed Karimi") == []  # Mahmoud is another name
    assert numbers(vws, "Fatima") == []
    assert "ADD-000101" not in numbers(vws, "Fasil")
    assert numbers(vws, "Romanenko") == []


def test_a_date_narrows_spelling_variants_as_it_narrows_exact_matches(vws: Workspace) -> None:
    assert numbers(vws, "Fiseha 1985") == ["ADD-000101"]
    assert numbers(vws, "Fiseha 1990") == []
    assert numbers(vws, "mohammed 1975") == ["KBL-000102"]


def test_search_json_shows_the_variant_words_of_a_variant_match(vws: Workspace, cli, ws_path: Path) -> None:
    vws.lock()
    r = cli("search", "Fiseha", "--json")
    assert r.returncode == 0, r.stderr
    hit = json.loads(r.stdout)["results"][0]
    assert hit["matched_on"] == "variant"
    assert hit["persons"][0]["variants"] == [["fiseha", "Fisseha"]]


# ----- the index stays in step ----------------------------------------------------------------
def test_an_edited_name_is_found_by_the_variants_of_its_new_spelling_only(vws: Workspace) -> None:
    with vws.session() as s:
        pid = s.scalar(select(Person.id).where(Person.family_name == "Romaniuk"))
    assert pid is not None
    set_person_fields(vws, "KIV-000103", pid, {"family_name": "Savchenko"})
    assert "KIV-000103" not in numbers(vws, "Romanyuk")
    assert numbers(vws, "Sawchenko") == ["KIV-000103"]


def test_a_deleted_person_is_not_found_by_a_variant(vws: Workspace) -> None:
    with unit_of_work(vws, "edit_cases") as uow:
        person = uow.session.scalar(select(Person).where(Person.family_name == "Romaniuk"))
        assert person is not None
        uow.delete(person, case_id=person.case_id)
    assert numbers(vws, "Romanyuk") == ["KIV-000104"]
    with vws.session() as s:
        orphans = s.execute(
            text(
                "SELECT count(*) FROM person_name_keys n WHERE NOT EXISTS "
                "(SELECT 1 FROM person_search_keys k WHERE k.fts_rowid = n.fts_rowid)"
            )
        ).scalar()
    assert orphans == 0


def test_a_name_pulled_from_hq_is_found_by_its_variants_on_the_other_laptop(tmp_path: Path) -> None:
    from app.hq.hub import Hub
    from app.sync.engine import sync
    from tests.support.inprocess import InProcessTransport, client_for, enroll_in_process

    hub = Hub(tmp_path / "hq")
    client = client_for(hub)
    laptops, transports = [], []
    for i in range(2):
        ws = create_workspace(tmp_path / f"ws{i}", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
        transports.append(InProcessTransport(client, ws.meta.device_id, enroll_in_process(hub, ws, f"laptop-{i}")))
        laptops.append(ws)
    first, second = laptops
    create_case(
        first, {"case_number": "ADD-000201", "site": "Addis Ababa"}, [_p("principal_applicant", "Fisseha", "Haile")]
    )
    for ws, transport in zip(laptops, transports, strict=True):
        sync(ws, transport=transport)
    assert numbers(second, "Fiseha") == ["ADD-000201"]  # a new person pulled
    with first.session() as s:
        pid = s.scalar(select(Person.id))
    assert pid is not None
    set_person_fields(first, "ADD-000201", pid, {"given_names": "Romaniuk"})
    sync(first, transport=transports[0])
    sync(second, transport=transports[1])
    assert numbers(second, "Fiseha") == []  # a pulled edit replaces the old keys
    assert numbers(second, "Romanyuk") == ["ADD-000201"]


def test_a_workspace_of_the_previous_schema_gets_the_variant_keys_on_unlock(tmp_path: Path) -> None:
    from alembic import command

    from app.store import migrate

    path = tmp_path / "workspace"
    ws = create_workspace(path, "lead", PASSWORD, kdf=TEST_KDF)
    _seed(ws)
    cfg = migrate._config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    ws.lock()
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    try:
        assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
        assert numbers(ws, "Fiseha Tesfaye") == ["ADD-000101"]
        assert numbers(ws, "Hanna Kovalchuk") == ["KHK-000105"]
        from app.store.check import check_workspace

        assert check_workspace(ws).ok
    finally:
        ws.lock()


# ----- point 6: registering someone probably on file warns ---------------------------------------
def test_a_person_probably_on_file_is_a_likely_match_across_cases_and_scripts(vws: Workspace) -> None:
    [match] = likely_matches(vws, {"given_names": "Fiseha", "family_name": "Tesfay", "dob": "1985-03-04"})
    assert (match.case_number, match.name_match, match.dob_match) == ("ADD-000101", "variant", "same")
    assert match.name == "Fisseha Tesfaye"
    # the name registered in Ethiopic only finds the Latin and Ethiopic record
    [match] = likely_matches(vws, {"native_given_names": "ፍስሃ", "native_family_name": "ተስፋይ", "dob": "1985"})
    assert (match.case_number, match.dob_match) == ("ADD-000101", "compatible")
    # a year of birth recorded is compatible with a full date in that year
    [match] = likely_matches(vws, {"given_names": "Mohammed", "family_name": "Niazi", "dob": "1975-06-01"})
    assert match.case_number == "KBL-000102"


def test_a_different_date_of_birth_or_name_is_not_a_likely_match(vws: Workspace) -> None:
    assert likely_matches(vws, {"given_names": "Fiseha", "family_name": "Tesfay", "dob": "1990-03-04"}) == []
    assert likely_matches(vws, {"given_names": "Mahmoud", "family_name": "Niazi", "dob": "1975"}) == []  # not محمد
    assert likely_matches(vws, {"given_names": "Fisseha"}) == []  # one word: too many people share it


def test_adding_a_likely_duplicate_warns_saves_and_records_the_warning_with_ids_only(vws: Workspace) -> None:
    added = add_person_checked(
        vws, "KIV-000104", {"role": "other_dependent", "given_names": "Fiseha", "family_name": "Tesfaye"}
    )
    [match] = added.likely
    assert match.case_number == "ADD-000101"
    with vws.session() as s:
        assert s.get(Person, added.person_id) is not None  # never refused
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "likely_match_warning"))
    assert event is not None and event.entity_id == added.person_id
    recorded = json.dumps(event.details)
    assert match.person_id in recorded and "Fisseha" not in recorded and "Tesfaye" not in recorded


def test_case_add_person_through_the_cli_records_the_likely_match(vws: Workspace, cli) -> None:
    vws.lock()
    r = cli("case", "add-person", "KIV-000104", "role=child", "given_names=Fiseha", "family_name=Tesfaye")
    assert r.returncode == 0, r.stderr
    assert "may be recorded already" in r.stderr  # a warning on the command line, and the person added
    vws.unlock(PASSWORD)
    with vws.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "likely_match_warning")).all()
    assert [e.entity_id for e in events] == [r.stdout.strip()]


def test_the_variant_keys_out_of_step_with_the_names_are_counted_for_check(vws: Workspace) -> None:
    from app.services.search_index import name_keys_out_of_step

    with vws.session() as s:
        assert name_keys_out_of_step(s) == 0
    with vws.engine.begin() as conn:
        conn.execute(text("DELETE FROM person_name_keys WHERE key = 'vfasaha'"))  # Fisseha's keys lost
        conn.execute(text("INSERT INTO person_name_keys (key, fts_rowid) VALUES ('vnobody', 999999)"))  # astray
    with vws.session() as s:
        assert name_keys_out_of_step(s) == 2


def test_check_reports_variant_keys_out_of_step(vws: Workspace, cli) -> None:
    vws.lock()
    assert cli("check").returncode == 0
    vws.unlock(PASSWORD)
    with vws.engine.begin() as conn:
        conn.execute(text("DELETE FROM person_name_keys WHERE key = 'vfasaha'"))
    vws.lock()
    r = cli("check")
    assert r.returncode == 1 and "spelling-variant search index is out of step" in r.stderr


def test_the_likely_match_warning_is_told_in_the_case_history(vws: Workspace) -> None:
    from app.services.cases import add_person_checked
    from app.services.history import case_history

    added = add_person_checked(vws, "KIV-000104", {"role": "child", "given_names": "Fiseha", "family_name": "Tesfaye"})
    assert added.likely
    lines = [row.text for row in case_history(vws, "KIV-000104")]
    assert any("may be recorded already" in line for line in lines), lines


def test_an_import_warns_of_persons_probably_recorded_already(vws: Workspace, cli, tmp_path) -> None:
    import json as _json

    doc = {
        "cases": [
            {
                "case_number": "ADD-000900",
                "site": "Addis Ababa",
                "persons": [
                    {
                        "role": "principal_applicant",
                        "given_names": "Fiseha",
                        "family_name": "Tesfaye",
                        "dob": "1985-03-04",
                    },
                    {"role": "child", "given_names": "Selam", "family_name": "Unrelatedname", "dob": "2015-01-01"},
                ],
            }
        ]
    }
    path = tmp_path / "new.json"
    path.write_text(_json.dumps(doc), "utf-8")
    vws.lock()
    r = cli("import", str(path))
    assert r.returncode == 0, r.stderr
    warnings = [line for line in r.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and "persons[0] may be recorded already" in warnings[0]
    assert "ADD-000101" in warnings[0]
