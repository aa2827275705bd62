"""The synthetic demo data generator: deterministic, realistic enough, always within the vocabularies."""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import io
import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageOps

from app.services.demo.names import FAMOUS
from app.services.demo.translit import transliterate
from app.services.demo_data import DEFAULT_TODAY, DemoData, DemoFile, generate
from app.util.text import normalise

TODAY = dt.date(2026, 11, 1)

PRIORITIES = {"P-1", "P-2", "P-3"}
STAGES = {
    "pre-screening", "interview-scheduled", "interviewed", "adjudicated", "approved", "denied",
    "on-hold", "medical", "cultural-orientation", "ready-for-departure", "departed", "closed",
}  # fmt: skip
ROLES = {"principal_applicant", "spouse", "child", "other_dependent"}
RELATIONSHIPS = {
    "self", "spouse", "son", "daughter", "stepson", "stepdaughter", "mother", "father", "sister",
    "brother", "grandchild", "nephew", "niece", "other",
}  # fmt: skip
PRECISIONS = {"exact", "month", "year", "estimated"}
SEXES = {"F", "M", "X"}
MARITAL = {"single", "married", "widowed", "divorced", "separated"}
SECURITY = {"not_started", "pending", "cleared", "hit", "expired"}
MEDICAL = {"not_started", "scheduled", "cleared", "deferred"}
APPOINTMENT_TYPES = {"interview", "medical", "fingerprints", "cultural_orientation", "adjudication", "other"}
APPOINTMENT_STATUSES = {"tentative", "notified", "confirmed", "attended", "no_show", "rescheduled", "cancelled"}
CONFIDENTIALITY = {"normal", "restricted", "medical"}
DOCUMENT_TYPES = {"passport", "unhcr_registration", "birth_certificate", "marriage_certificate", "national_id"}
# Every ISO 3166-1 alpha-2 code the generator may use, and every ISO 639 code (639-1, else 639-3).
COUNTRIES = {"VE", "CO", "PE", "EC", "UA", "BY", "MD", "PL", "AF", "PK", "TJ", "ER", "ET", "KE"}
LANGUAGES = {"es", "en", "guc", "uk", "ru", "be", "pl", "ro", "prs", "ps", "ur", "tg", "uz", "ti",
             "tig", "am", "om", "ar", "sw"}  # fmt: skip
ISO_639_3_ONLY = {"guc", "prs", "tig"}  # no ISO 639-1 code exists for these

CASE_NUMBER = re.compile(r"^[A-Z]{3}-\d{6}$")
UNHCR_ID = re.compile(r"^\d{3}-\d{2}[A-Z]\d{5}$")
DOB = {
    "exact": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "estimated": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
LOCAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

SCRIPT_RANGES = {
    "cyrillic": ((0x0400, 0x04FF),),
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "ethiopic": ((0x1200, 0x137F), (0x1380, 0x139F), (0x2D80, 0x2DDF)),
}


def in_script(text: str, script: str) -> bool:
    letters = [ch for ch in text if not ch.isspace() and ch not in "-'"]
    return bool(letters) and all(any(lo <= ord(ch) <= hi for lo, hi in SCRIPT_RANGES[script]) for ch in letters)


# Latin letters: ASCII, Latin-1 Supplement and Latin Extended-A/B letters, Latin Extended Additional.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_NAME = re.compile(rf"^[{_LATIN}][{_LATIN}' .-]*$")


def is_latin(text: str) -> bool:
    return bool(_LATIN_NAME.match(text))


def age_bounds(dob: str, precision: str, today: dt.date = TODAY) -> tuple[int, int]:
    """(youngest, oldest) age a person can be, given what the date of birth says."""
    if precision in ("exact", "estimated"):
        born = dt.date.fromisoformat(dob)
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return age, age
    year = int(dob[:4])
    return today.year - year - 1, today.year - year


def persons(data: DemoData):
    for case in data.manifest["cases"]:
        for index, person in enumerate(case["persons"]):
            yield case, index, person


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big() -> DemoData:
    """20,000 cases without photos: the invariants are checked over all of them."""
    start = time.perf_counter()
    data = generate(20_000, 11, photos=False)
    print(f"\n20,000 cases / {sum(len(c['persons']) for c in data.manifest['cases'])} persons "
          f"without photos: {time.perf_counter() - start:.2f} s")  # fmt: skip
    return data


@pytest.fixture(scope="module")
def small() -> DemoData:
    """Enough cases with photos to get photos, EXIF variants and scans of every kind."""
    return generate(250, 5, photos=True)


# --- determinism ----------------------------------------------------------------------------------


def test_same_seed_and_today_give_byte_identical_manifest_and_files():
    a = generate(40, 123, today=dt.date(2026, 3, 15))
    b = generate(40, 123, today=dt.date(2026, 3, 15))
    assert json.dumps(a.manifest, ensure_ascii=False) == json.dumps(b.manifest, ensure_ascii=False)
    assert a.files and [f for f in a.files] == [f for f in b.files]
    assert [f.data for f in a.files] == [f.data for f in b.files]


def test_a_different_seed_gives_different_data():
    a = generate(40, 1, photos=False)
    b = generate(40, 2, photos=False)
    names_a = {(p["given_names"], p["family_name"]) for _, _, p in persons(a)}
    names_b = {(p["given_names"], p["family_name"]) for _, _, p in persons(b)}
    assert a.manifest != b.manifest
    assert names_a != names_b


def test_default_today_is_a_fixed_date_not_the_clock():
    assert DEFAULT_TODAY == dt.date(2026, 11, 1)
    assert generate(15, 9, photos=False).manifest == generate(15, 9, today=TODAY, photos=False).manifest


def test_photos_flag_does_not_change_the_manifest():
    with_photos = generate(30, 4)
    without = generate(30, 4, photos=False)
    assert with_photos.manifest == without.manifest
    assert with_photos.files and without.files == []


def test_the_first_cases_of_a_larger_demo_are_the_same_cases():
    small_demo = generate(50, 8, photos=False).manifest
    large_demo = generate(300, 8, photos=False).manifest
    assert large_demo["cases"][:50] == small_demo["cases"]
    assert large_demo["rides"] == small_demo["rides"]
    assert large_demo["interpreters"] == small_demo["interpreters"]


def test_the_package_exports_the_same_generator():
    from app.services import demo

    assert demo.generate is generate and demo.DemoFile is DemoFile and demo.DemoData is DemoData


def test_generation_leaves_the_garbage_collector_as_it_was():
    assert gc.isenabled()
    generate(5, 1, photos=False)
    assert gc.isenabled()


def test_negative_case_count_is_refused_and_zero_gives_reference_data_only():
    with pytest.raises(ValueError):
        generate(-1, 1)
    empty = generate(0, 1)
    assert empty.manifest["cases"] == [] and empty.files == []
    assert empty.manifest["sites"] and empty.manifest["rides"] and empty.manifest["interpreters"]


# --- counts and identifiers -------------------------------------------------------------------


def test_twenty_thousand_cases_without_photos_have_unique_case_numbers_and_unhcr_ids(big):
    cases = big.manifest["cases"]
    assert len(cases) == 20_000
    numbers = [c["case_number"] for c in cases]
    unhcr = [c["unhcr_id"] for c in cases]
    assert len(set(numbers)) == len(numbers)
    assert len(set(unhcr)) == len(unhcr)
    assert all(CASE_NUMBER.match(n) for n in numbers)
    assert all(UNHCR_ID.match(u) for u in unhcr)
    assert big.files == []


def test_case_numbers_use_the_prefix_of_the_case_site(big):
    prefix = {s["name"]: s["prefix"] for s in big.manifest["sites"]}
    assert all(c["case_number"].split("-")[0] == prefix[c["site"]] for c in big.manifest["cases"])


def test_manifest_header_and_reference_data(big):
    m = big.manifest
    assert m["format"] == "circuitride-manifest" and m["version"] == 1
    assert list(m) == ["format", "version", "sites", "rides", "interpreters", "cases"]
    sites = {s["name"] for s in m["sites"]}
    assert all(s["country"] in COUNTRIES and re.match(r"^[A-Z]{3}$", s["prefix"]) for s in m["sites"])
    assert len({s["prefix"] for s in m["sites"]}) == len(m["sites"])
    ride_names = [r["name"] for r in m["rides"]]
    assert len(set(ride_names)) == len(ride_names)
    for ride in m["rides"]:
        assert set(ride["sites"]) <= sites and ride["team"]
        assert dt.date.fromisoformat(ride["start"]) <= dt.date.fromisoformat(ride["end"])
    names = [i["name"] for i in m["interpreters"]]
    assert len(set(names)) == len(names)
    for it in m["interpreters"]:
        assert set(it["sites"]) <= sites and isinstance(it["active"], bool)
        assert it["contact"].endswith("@interpreters.example.org")  # a reserved domain: no real address
        assert {lang["code"] for lang in it["languages"]} <= LANGUAGES
        assert {lang["proficiency"] for lang in it["languages"]} <= {"native", "fluent", "working", "basic"}


def test_manifest_is_json_serialisable(big, small):
    assert json.loads(json.dumps(small.manifest, ensure_ascii=False, allow_nan=False)) == small.manifest
    # Every case is built by the same code; a fifth of the big demo covers every variant, faster.
    sample = dict(big.manifest, cases=big.manifest["cases"][::5])
    assert json.dumps(sample, ensure_ascii=False, allow_nan=False)


# --- households -----------------------------------------------------------------------------------


def test_every_case_has_exactly_one_principal_applicant_listed_first(big):
    for case in big.manifest["cases"]:
        roles = [p["role"] for p in case["persons"]]
        assert 1 <= len(roles) <= 9
        assert roles.count("principal_applicant") == 1 and roles[0] == "principal_applicant"
        assert case["persons"][0]["relationship_to_pa"] == "self"
        assert roles.count("spouse") <= 1


def test_children_are_at_least_15_years_younger_than_the_principal_applicant(big):
    checked = 0
    for case in big.manifest["cases"]:
        pa = case["persons"][0]
        pa_young, _ = age_bounds(pa["dob"], pa["dob_precision"])
        for p in case["persons"]:
            if p["role"] != "child":
                continue
            _, child_old = age_bounds(p["dob"], p["dob_precision"])
            assert pa_young - child_old >= 15, (case["case_number"], pa["dob"], p["dob"])
            checked += 1
    assert checked > 10_000


def test_ages_are_within_range_and_no_one_is_born_after_today(big):
    for case, _, p in persons(big):
        assert DOB[p["dob_precision"]].match(p["dob"]), p
        young, old = age_bounds(p["dob"], p["dob_precision"])
        assert young >= -1 and old <= 100
        assert p["dob"] <= TODAY.isoformat()
        if p["role"] == "principal_applicant":
            assert young <= 70 and old >= 18, (case["case_number"], p["dob"], p["dob_precision"])
            if p["dob_precision"] in ("exact", "estimated"):
                assert 18 <= young <= 70
        if p["role"] == "spouse":
            assert old >= 18


def test_ages_follow_the_today_argument():
    later = dt.date(2030, 6, 1)
    a = generate(20, 3, photos=False)
    b = generate(20, 3, today=later, photos=False)
    for ca, cb in zip(a.manifest["cases"], b.manifest["cases"], strict=True):
        assert ca["persons"][0]["given_names"] == cb["persons"][0]["given_names"]
        pa = cb["persons"][0]
        young, old = age_bounds(pa["dob"], pa["dob_precision"], later)
        assert young <= 70 and old >= 18


def test_person_values_are_within_the_allowed_vocabularies(big):
    for _, _, p in persons(big):
        assert p["role"] in ROLES
        assert p["relationship_to_pa"] in RELATIONSHIPS
        assert p["dob_precision"] in PRECISIONS
        assert p["sex"] in SEXES
        assert p["marital_status"] in MARITAL
        assert p["nationality"] in COUNTRIES and p["country_of_birth"] in COUNTRIES
        assert p["languages"] and set(p["languages"]) <= LANGUAGES
        assert len(set(p["languages"])) == len(p["languages"])
        assert p["place_of_birth"]
        assert isinstance(p["aliases"], list) and all(isinstance(a, str) and a for a in p["aliases"])
        assert p["family_name"] and p["given_names"]


def test_language_codes_are_iso_639_1_or_639_3_where_there_is_no_639_1():
    for code in LANGUAGES:
        assert re.match(r"^[a-z]{2}$", code) or code in ISO_639_3_ONLY


def test_roles_match_relationships_and_sex_matches_relationship(big):
    role_of = {"self": "principal_applicant", "spouse": "spouse", "son": "child", "daughter": "child",
               "stepson": "child", "stepdaughter": "child"}  # fmt: skip
    male = {"son", "stepson", "father", "brother", "nephew"}
    female = {"daughter", "stepdaughter", "mother", "sister", "niece"}
    for _, _, p in persons(big):
        rel = p["relationship_to_pa"]
        assert p["role"] == role_of.get(rel, "other_dependent")
        if rel in male:
            assert p["sex"] == "M"
        if rel in female:
            assert p["sex"] == "F"


def test_spouses_are_married_and_young_children_single(big):
    for case in big.manifest["cases"]:
        ps = case["persons"]
        if len(ps) > 1 and ps[1]["role"] == "spouse":
            assert ps[0]["marital_status"] == ps[1]["marital_status"] == "married"
        for p in ps:
            if p["role"] == "child":
                assert p["marital_status"] == "single"


def test_household_sizes_and_shares_are_plausible(big):
    cases = big.manifest["cases"]
    sizes = Counter(len(c["persons"]) for c in cases)
    assert sum(sizes[n] for n in (2, 3, 4, 5)) / len(cases) > 0.6
    assert set(sizes) == set(range(1, 10))
    priorities = Counter(c["priority"] for c in cases)
    assert 0.05 < priorities["P-1"] / len(cases) < 0.25
    assert priorities["P-2"] + priorities["P-3"] > 0.75 * len(cases)
    expedited = sum(c["expedited"] for c in cases) / len(cases)
    assert 0.03 < expedited < 0.07
    assert set(Counter(c["stage"] for c in cases)) == STAGES
    precision = Counter(p["dob_precision"] for _, _, p in persons(big))
    assert precision["exact"] > 0.75 * sum(precision.values())
    assert all(precision[k] > 0 for k in PRECISIONS)
    afghan = Counter(p["dob_precision"] for _, _, p in persons(big) if p["nationality"] == "AF")
    latam = Counter(p["dob_precision"] for _, _, p in persons(big) if p["nationality"] == "VE")
    assert afghan["exact"] / sum(afghan.values()) < latam["exact"] / sum(latam.values())


def test_case_values_are_within_the_allowed_vocabularies(big):
    m = big.manifest
    sites = {s["name"] for s in m["sites"]}
    rides = {r["name"]: r for r in m["rides"]}
    interpreters = {i["name"] for i in m["interpreters"]}
    for case in m["cases"]:
        assert case["priority"] in PRIORITIES and case["stage"] in STAGES
        assert case["site"] in sites
        assert case["ride"] is None or case["site"] in rides[case["ride"]]["sites"]
        assert isinstance(case["expedited"], bool)
        assert (case["expedite_reason"] is not None) == case["expedited"]
        assert case["security_check_status"] in SECURITY
        assert case["medical_status"] in MEDICAL
        assert case["file_location"] is None or isinstance(case["file_location"], str)
        assert isinstance(case["us_ties"], str) and isinstance(case["flags"], str)
        assert all(isinstance(x, str) for x in case["resettlement_preferences"])
        if case["priority"] == "P-3":
            assert "anchor" in case["us_ties"]
        for note in case["notes"]:
            assert note["text"] and note["confidentiality"] in CONFIDENTIALITY
        for appt in case["appointments"]:
            assert appt["type"] in APPOINTMENT_TYPES and appt["status"] in APPOINTMENT_STATUSES
            assert LOCAL_TIME.match(appt["start"]) and LOCAL_TIME.match(appt["end"])
            assert appt["start"] < appt["end"] and appt["site"] == case["site"]
            assert appt["interpreter"] is None or appt["interpreter"] in interpreters
            assert appt["language"] in LANGUAGES and appt["staff"]


def test_case_values_are_within_the_model_vocabularies_when_present(big):
    path = Path(__file__).resolve().parents[2] / "app" / "models" / "vocab.py"
    if not path.exists():
        pytest.skip("app/models/vocab.py not present")
    spec = importlib.util.spec_from_file_location("_vocab_for_demo_test", path)
    vocab = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vocab)  # the file alone: app.models itself needs SQLAlchemy
    checks = [
        ("STAGES", {c["stage"] for c in big.manifest["cases"]}),
        ("PRIORITIES", {c["priority"] for c in big.manifest["cases"]}),
        ("PERSON_ROLES", {p["role"] for _, _, p in persons(big)}),
        ("RELATIONSHIPS", {p["relationship_to_pa"] for _, _, p in persons(big)}),
        ("MARITAL_STATUSES", {p["marital_status"] for _, _, p in persons(big)}),
        ("DOB_PRECISIONS", {p["dob_precision"] for _, _, p in persons(big)}),
        ("APPOINTMENT_TYPES", {a["type"] for c in big.manifest["cases"] for a in c["appointments"]}),
        ("APPOINTMENT_STATUSES", {a["status"] for c in big.manifest["cases"] for a in c["appointments"]}),
    ]
    for name, values in checks:
        if hasattr(vocab, name):
            assert values <= set(getattr(vocab, name)), name


def test_appointment_interpreters_speak_the_appointment_language(big):
    speaks = {i["name"]: {lang["code"] for lang in i["languages"]} for i in big.manifest["interpreters"]}
    with_interpreter = needing = 0
    for case in big.manifest["cases"]:
        pa_languages = case["persons"][0]["languages"]
        for appt in case["appointments"]:
            if appt["interpreter"] is not None:
                assert appt["language"] in speaks[appt["interpreter"]]
                assert appt["language"] in pa_languages
            if "en" in pa_languages:
                assert appt["language"] == "en" and appt["interpreter"] is None
            else:
                needing += 1
                with_interpreter += appt["interpreter"] is not None
    assert needing and with_interpreter / needing > 0.9


def test_file_movements_form_a_chain_of_custody_ending_at_the_file_location(big):
    with_moves = 0
    for case in big.manifest["cases"]:
        moves = case["file_movements"]
        if not moves:
            continue
        with_moves += 1
        for prev, move in zip(moves, moves[1:], strict=False):
            assert move["from"] == prev["to"] and move["at"] > prev["at"]
        assert all(UTC_TIME.match(m["at"]) and m["at"][:10] < TODAY.isoformat() and m["by"] for m in moves)
        assert case["file_location"] in (moves[-1]["to"], None)
    assert with_moves > 0.3 * len(big.manifest["cases"])


# --- names ----------------------------------------------------------------------------------------


def test_native_script_names_are_present_for_cyrillic_arabic_and_ethiopic_populations(big):
    expected = {"UA": "cyrillic", "BY": "cyrillic", "AF": "arabic", "ER": "ethiopic", "ET": "ethiopic"}
    seen = Counter()
    for _, _, p in persons(big):
        script = expected.get(p["nationality"])
        assert is_latin(p["family_name"]) and is_latin(p["given_names"]), p
        if script is None:
            assert p["native_family_name"] is None and p["native_given_names"] is None
            continue
        if p["native_given_names"] is None:  # only Oromo records may be Latin (Qubee) only
            assert p["nationality"] == "ET" and "om" in p["languages"], p
            continue
        assert in_script(p["native_given_names"], script), p
        assert in_script(p["native_family_name"], script), p
        seen[script] += 1
    assert all(seen[s] > 1000 for s in ("cyrillic", "arabic", "ethiopic")), seen


def test_ukrainian_latin_names_are_the_transliteration_of_the_native_names(big):
    checked = 0
    for _, _, p in persons(big):
        if p["nationality"] == "UA":
            assert p["given_names"] == transliterate(p["native_given_names"], "uk")
            assert p["family_name"] == transliterate(p["native_family_name"], "uk")
            checked += 1
    assert checked > 1000


def test_transliteration_follows_the_passport_systems():
    assert transliterate("Олександр", "uk") == "Oleksandr"
    assert transliterate("Юлія", "uk") == "Yuliia"
    assert transliterate("Євгенія", "uk") == "Yevheniia"
    assert transliterate("Згурський", "uk") == "Zghurskyi"
    assert transliterate("Юрий", "ru") == "Iurii"
    assert transliterate("Татьяна", "ru") == "Tatiana"
    assert transliterate("Юрий", "ru_popular") == "Yuriy"
    assert transliterate("Наталья", "ru_popular") == "Natalya"


def test_accented_names_and_aliases_occur(big):
    latin = [p["given_names"] + " " + p["family_name"] for _, _, p in persons(big) if p["nationality"] == "VE"]
    assert any("Núñez" in n for n in latin) and any("José" in n for n in latin)
    assert any(ch in "".join(latin) for ch in "ÁÉÍÓÚáéíóúñ")
    with_alias = sum(1 for _, _, p in persons(big) if p["aliases"])
    assert with_alias > 0.05 * sum(1 for _ in persons(big))


def test_family_names_follow_the_household_naming_customs(big):
    spanish = ethiopic = 0
    for case in big.manifest["cases"]:
        ps = case["persons"]
        pa = ps[0]
        couple = [pa] + ([ps[1]] if len(ps) > 1 and ps[1]["role"] == "spouse" else [])
        father = next((p for p in couple if p["sex"] == "M"), None)
        if father is None:
            continue
        for child in (p for p in ps if p["relationship_to_pa"] in ("son", "daughter")):
            if pa["nationality"] in ("VE", "CO"):  # first surname from the father
                assert child["family_name"].split()[0] == father["family_name"].split()[0]
                spanish += 1
            elif pa["nationality"] in ("ER", "ET"):  # the father's given name
                assert child["family_name"].split()[0] == father["given_names"].split()[0]
                if child["native_family_name"] and father["native_given_names"]:
                    assert child["native_family_name"].split()[0] == father["native_given_names"].split()[0]
                ethiopic += 1
    assert spanish > 1000 and ethiopic > 500


def test_names_are_unique_within_a_household_as_import_compares_them(big):
    for case in big.manifest["cases"]:
        keys = [normalise(f"{p['given_names']} {p['family_name']}") for p in case["persons"]]
        assert len(set(keys)) == len(keys), case["case_number"]


def test_no_generated_person_has_a_famous_name_combination(big):
    for _, _, p in persons(big):
        key = (p["given_names"].split()[0], p["family_name"].split()[0])
        assert key not in FAMOUS


# --- images ---------------------------------------------------------------------------------------


def test_files_belong_to_generated_cases_and_are_named_uniquely(small):
    cases = {c["case_number"]: c for c in small.manifest["cases"]}
    seen = set()
    kinds = Counter()
    for f in small.files:
        assert isinstance(f, DemoFile)
        case = cases[f.case_number]
        assert f.person_index is None or 0 <= f.person_index < len(case["persons"])
        assert (f.case_number, f.filename) not in seen
        seen.add((f.case_number, f.filename))
        kinds[f.kind] += 1
        if f.kind == "photo":
            assert f.person_index is not None and f.document_type is None and f.language is None
            assert re.match(r"^photo_\d+\.(jpg|png)$", f.filename)
        else:
            assert f.kind == "scan" and f.document_type in DOCUMENT_TYPES and f.language in LANGUAGES
            assert re.match(rf"^{f.document_type}_p\d+\.(jpg|png)$", f.filename)
    assert kinds["photo"] > 50 and kinds["scan"] > 10


def test_image_bytes_decode_with_pillow(small):
    for f in small.files:
        with Image.open(io.BytesIO(f.data)) as im:
            im.load()
            assert im.format == ("PNG" if f.filename.endswith(".png") else "JPEG")
            upright = ImageOps.exif_transpose(im)
            assert upright.size == ((480, 600) if f.kind == "photo" else (850, 1100))


def test_some_photos_are_sideways_jpegs_with_exif_orientation_gps_and_a_comment(small):
    found = 0
    for f in small.files:
        if f.kind != "photo" or not f.filename.endswith(".jpg"):
            continue
        with Image.open(io.BytesIO(f.data)) as im:
            exif = im.getexif()
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            if exif.get(ExifTags.Base.Orientation) == 6 and gps:
                assert im.size == (600, 480)  # stored sideways; exif_transpose makes it upright
                assert ExifTags.GPS.GPSLatitude in gps and ExifTags.GPS.GPSLongitude in gps
                assert im.info.get("comment")
                found += 1
    assert found >= 3


def test_even_a_one_case_demo_exercises_the_metadata_stripping():
    data = generate(1, 77)
    photo = next(f for f in data.files if f.kind == "photo")
    with Image.open(io.BytesIO(photo.data)) as im:
        assert im.getexif().get(ExifTags.Base.Orientation) == 6
        assert im.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert any(f.kind == "scan" for f in data.files)


def test_scans_cover_the_document_types(small):
    types = {f.document_type for f in small.files if f.kind == "scan"}
    assert {"passport", "national_id", "unhcr_registration"} <= types
