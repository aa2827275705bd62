"""Build Circuit Ride's XLSForms (resources/forms/*.xlsx) and the us_states.csv file list.

    .venv/bin/python tools/build_forms.py                 build, then validate with pyxform
    .venv/bin/python tools/build_forms.py --check         validate the committed files only
    .venv/bin/python tools/build_forms.py --odk-validate  also run ODK Validate (JavaRosa; needs java)
    .venv/bin/python tools/build_forms.py --odk-engine    also load each form in ODK's reference
                                                          engine (tests/odk/odk_fill.mjs; needs node)

This script is the source of the forms: the .xlsx files are generated from the Python data below
and committed. Re-running it writes byte-identical files (fixed workbook properties, fixed zip
timestamps), so a diff of the .xlsx files only shows up when the data here changes.

Conventions (see the forms brief; they are checked by validate()):

- Every label, hint, constraint_message and required_message has four columns, one per language
  (LANGS). A row gives them as a 4-tuple (English, Spanish, Ukrainian, Russian) built with T().
- `bind::cr:prefill` (namespace `cr`, declared in settings) prefills a question from the case
  record: `case.<field>` or `person.<field>`. On a begin_repeat, `household` means one instance per
  household member of the case; inside it `person.*` is that member, outside it the principal
  applicant. `bind::cr:writeback` = yes writes the verified answer back to the person's record.
- Content is synthetic. Names in the `name` column are short snake_case English.
- us_states.csv has plain `name,label` columns (English labels), not `label::<language>` columns:
  pyxform compiles `select_one_from_file x.csv` to `<itemset ...><label ref="label"/>`, and ODK
  engines turn CSV headers into XML element names, so a `label::English (en)` header makes the
  whole form fail to load (ODK Web Forms: "Expression has syntax error"; Collect: getodk/collect
  #4266). The translated state names are kept in US_STATES below for when our engine supports
  translated file lists.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "resources" / "forms"

LANGS = ("English (en)", "Español (es)", "Українська (uk)", "Русский (ru)")
DEFAULT_LANGUAGE = LANGS[0]
VERSION = "2026112501"
NAMESPACES = 'cr="https://circuitride.org/xforms"'
CR_NS = "https://circuitride.org/xforms"
FIXED_TIME = dt.datetime(2026, 11, 25, 0, 0, 0)

# Survey columns, in sheet order. Translatable ones expand to one column per language.
TRANSLATABLE = ("label", "hint", "required_message", "constraint_message")
SURVEY_COLUMNS = (
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "calculation",
    "default",
    "read_only",
    "appearance",
    "choice_filter",
    "repeat_count",
    "prefill",
    "writeback",
)
COLUMN_HEADERS = {"prefill": "bind::cr:prefill", "writeback": "bind::cr:writeback"}

CASE_FIELDS = {"case_number", "unhcr_id", "priority", "stage", "site", "us_ties", "expedited"}
PERSON_FIELDS = {
    "family_name",
    "given_names",
    "native_family_name",
    "native_given_names",
    "dob",
    "dob_precision",
    "sex",
    "nationality",
    "country_of_birth",
    "place_of_birth",
    "languages",
    "marital_status",
    "relationship_to_pa",
    "role",
}
WRITEBACK_FIELDS = {
    "family_name",
    "given_names",
    "native_family_name",
    "native_given_names",
    "dob",
    "sex",
    "languages",
    "marital_status",
    "place_of_birth",
}
FORBIDDEN_TYPES = {
    "geopoint",
    "geotrace",
    "geoshape",
    "image",
    "audio",
    "video",
    "file",
    "barcode",
    "rank",
    "range",
    "trigger",
    "acknowledge",
    "select_one_external",
    "select_multiple_external",
    "background-audio",
    "background-geopoint",
}
FORBIDDEN_TEXT = ("pulldata(", "search(", "digest(")

# Spanish labels that are legitimately spelled as in English (proper nouns, acronyms).
SAME_IN_SPANISH = {
    "Colombia",
    "Guatemala",
    "Honduras",
    "El Salvador",
    "Venezuela",
    "Somalia",
    "Eritrea",
    "No",
    "Diabetes",
    "Hepatitis B",
    # US states whose Spanish name is the English one.
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Minnesota",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Rhode Island",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
}


def T(en: str, es: str, uk: str, ru: str) -> tuple[str, str, str, str]:
    """One text in the four form languages, in LANGS order."""
    return (en, es, uk, ru)


def q(type_: str, name: str = "", label=None, **kw) -> dict:
    """One survey row. Translatable keys take T(...) tuples; the rest are strings."""
    row = {"type": type_, "name": name}
    if label is not None:
        row["label"] = label
    for key, value in kw.items():
        if key not in SURVEY_COLUMNS:
            raise KeyError(f"unknown survey column {key!r} on row {name!r}")
        row[key] = value
    return row


def end_group() -> dict:
    return {"type": "end_group", "name": ""}


def end_repeat() -> dict:
    return {"type": "end_repeat", "name": ""}


AGE = "int((decimal-date-time(today()) - decimal-date-time(${dob})) div 365.25)"

# ---- shared texts ------------------------------------------------------------------------------

L_INTERVIEW_DETAILS = T("Interview details", "Datos de la entrevista", "Дані про співбесіду", "Данные о собеседовании")
L_CASE_NUMBER = T("Case number", "Número de caso", "Номер справи", "Номер дела")
L_INTERVIEW_DATE = T("Interview date", "Fecha de la entrevista", "Дата співбесіди", "Дата собеседования")
CM_INTERVIEW_DATE = T(
    "The interview date cannot be in the future.",
    "La fecha de la entrevista no puede ser posterior a hoy.",
    "Дата співбесіди не може бути в майбутньому.",
    "Дата собеседования не может быть в будущем.",
)
RM_INTERVIEW_DATE = T(
    "Enter the interview date.",
    "Indique la fecha de la entrevista.",
    "Введіть дату співбесіди.",
    "Введите дату собеседования.",
)
L_HOUSEHOLD_MEMBER = T("Household member", "Miembro del hogar", "Член домогосподарства", "Член домохозяйства")
L_GIVEN_NAMES = T("Given names", "Nombre(s)", "Ім’я", "Имя")
L_FAMILY_NAME = T("Family name", "Apellido(s)", "Прізвище", "Фамилия")
L_SEX = T("Sex", "Sexo", "Стать", "Пол")
L_DOB = T("Date of birth", "Fecha de nacimiento", "Дата народження", "Дата рождения")
L_RELATIONSHIP = T(
    "Relationship to the principal applicant",
    "Parentesco con la persona solicitante principal",
    "Родинний зв’язок з основним заявником",
    "Родственная связь с основным заявителем",
)
RM_RELATIONSHIP = T(
    "Select the relationship.", "Seleccione el parentesco.", "Виберіть родинний зв’язок.", "Выберите родственную связь."
)
RM_ANSWER = T("Select an answer.", "Seleccione una respuesta.", "Виберіть відповідь.", "Выберите ответ.")
H_SELECT_ALL = T(
    "Select all that apply.",
    "Seleccione todas las opciones que correspondan.",
    "Виберіть усі відповідні варіанти.",
    "Выберите все подходящие варианты.",
)
H_BLANK_IF_UNKNOWN = T(
    "Leave blank if unknown.",
    "Déjelo en blanco si no se sabe.",
    "Залиште порожнім, якщо невідомо.",
    "Оставьте пустым, если неизвестно.",
)


def range_message(low: int, high: int, unit: str = "number") -> tuple[str, str, str, str]:
    if unit == "days":
        return T(
            f"Enter a number of days from {low} to {high}.",
            f"Indique un número de días entre {low} y {high}.",
            f"Введіть кількість днів від {low} до {high}.",
            f"Введите количество дней от {low} до {high}.",
        )
    if unit == "weeks":
        return T(
            f"Enter a number of weeks from {low} to {high}.",
            f"Indique un número de semanas entre {low} y {high}.",
            f"Введіть кількість тижнів від {low} до {high}.",
            f"Введите количество недель от {low} до {high}.",
        )
    if unit == "years":
        return T(
            f"Enter a number of years from {low} to {high}.",
            f"Indique un número de años entre {low} y {high}.",
            f"Введіть кількість років від {low} до {high}.",
            f"Введите количество лет от {low} до {high}.",
        )
    return T(
        f"Enter a number from {low} to {high}.",
        f"Indique un número del {low} al {high}.",
        f"Введіть число від {low} до {high}.",
        f"Введите число от {low} до {high}.",
    )


# ---- choice lists ------------------------------------------------------------------------------
# list_name -> [(name, T(...), {extra column: value})]

CHOICES: dict[str, list[tuple[str, tuple, dict]]] = {
    "yes_no": [
        ("yes", T("Yes", "Sí", "Так", "Да"), {}),
        ("no", T("No", "No", "Ні", "Нет"), {}),
    ],
    "yes_no_unknown": [
        ("yes", T("Yes", "Sí", "Так", "Да"), {}),
        ("no", T("No", "No", "Ні", "Нет"), {}),
        ("unknown", T("Don’t know", "No sabe", "Не знає", "Не знает"), {}),
    ],
    "priority": [
        (
            "P-1",
            T(
                "P-1: referral by UNHCR, a US embassy or an NGO",
                "P-1: remisión del ACNUR, de una embajada de EE. UU. o de una ONG",
                "P-1: направлення від УВКБ ООН, посольства США або НУО",
                "P-1: направление от УВКБ ООН, посольства США или НКО",
            ),
            {},
        ),
        (
            "P-2",
            T(
                "P-2: group of special humanitarian concern",
                "P-2: grupo de especial interés humanitario",
                "P-2: група особливого гуманітарного значення",
                "P-2: группа особой гуманитарной значимости",
            ),
            {},
        ),
        (
            "P-3",
            T(
                "P-3: family reunification",
                "P-3: reunificación familiar",
                "P-3: возз’єднання сім’ї",
                "P-3: воссоединение семьи",
            ),
            {},
        ),
    ],
    "sex": [
        ("F", T("Female", "Mujer", "Жінка", "Женщина"), {}),
        ("M", T("Male", "Hombre", "Чоловік", "Мужчина"), {}),
        (
            "X",
            T(
                "Another gender or unspecified (X)",
                "Otro género o no especificado (X)",
                "Інша стать або не зазначено (X)",
                "Другой пол или не указано (X)",
            ),
            {},
        ),
    ],
    "role": [
        (
            "principal_applicant",
            T("Principal applicant", "Solicitante principal", "Основний заявник", "Основной заявитель"),
            {},
        ),
        ("spouse", T("Spouse", "Cónyuge", "Чоловік або дружина", "Супруг или супруга"), {}),
        ("child", T("Child", "Hijo o hija", "Дитина", "Ребёнок"), {}),
        ("other_dependent", T("Other dependent", "Otra persona a cargo", "Інший утриманець", "Другой иждивенец"), {}),
    ],
    # `roles`: the person roles (space-separated) for which a relationship is offered.
    "relationship": [
        (
            "self",
            T("Self (principal applicant)", "La misma persona (solicitante principal)", "Сам заявник", "Сам заявитель"),
            {"roles": "principal_applicant"},
        ),
        ("spouse", T("Spouse", "Cónyuge", "Чоловік або дружина", "Супруг или супруга"), {"roles": "spouse"}),
        ("son", T("Son", "Hijo", "Син", "Сын"), {"roles": "child"}),
        ("daughter", T("Daughter", "Hija", "Донька", "Дочь"), {"roles": "child"}),
        ("stepson", T("Stepson", "Hijastro", "Пасинок", "Пасынок"), {"roles": "child"}),
        ("stepdaughter", T("Stepdaughter", "Hijastra", "Падчерка", "Падчерица"), {"roles": "child"}),
        ("mother", T("Mother", "Madre", "Мати", "Мать"), {"roles": "other_dependent"}),
        ("father", T("Father", "Padre", "Батько", "Отец"), {"roles": "other_dependent"}),
        ("sister", T("Sister", "Hermana", "Сестра", "Сестра"), {"roles": "other_dependent"}),
        ("brother", T("Brother", "Hermano", "Брат", "Брат"), {"roles": "other_dependent"}),
        (
            "grandchild",
            T("Grandchild", "Nieto o nieta", "Онук або онука", "Внук или внучка"),
            {"roles": "child other_dependent"},
        ),
        ("nephew", T("Nephew", "Sobrino", "Племінник", "Племянник"), {"roles": "child other_dependent"}),
        ("niece", T("Niece", "Sobrina", "Племінниця", "Племянница"), {"roles": "child other_dependent"}),
        (
            "other",
            T(
                "Other relative or non-relative",
                "Otro pariente o persona sin parentesco",
                "Інший родич або особа без родинного зв’язку",
                "Другой родственник или лицо без родственной связи",
            ),
            {"roles": "other_dependent"},
        ),
    ],
    "dob_precision": [
        ("exact", T("Exact date", "Fecha exacta", "Точна дата", "Точная дата"), {}),
        ("month", T("Month and year only", "Solo mes y año", "Лише місяць і рік", "Только месяц и год"), {}),
        ("year", T("Year only", "Solo año", "Лише рік", "Только год"), {}),
        ("estimated", T("Estimated", "Estimada", "Приблизна", "Приблизительная"), {}),
    ],
    "marital_status": [
        (
            "single",
            T(
                "Single (never married)",
                "Soltero/a (nunca se ha casado)",
                "Неодружений / неодружена",
                "Холост / не замужем",
            ),
            {},
        ),
        ("married", T("Married", "Casado/a", "Одружений / заміжня", "Женат / замужем"), {}),
        ("divorced", T("Divorced", "Divorciado/a", "Розлучений / розлучена", "Разведён / разведена"), {}),
        ("widowed", T("Widowed", "Viudo/a", "Вдівець / вдова", "Вдовец / вдова"), {}),
        (
            "separated",
            T("Separated", "Separado/a", "Живе окремо (шлюб не розірвано)", "Живёт раздельно (брак не расторгнут)"),
            {},
        ),
    ],
    "language": [
        ("es", T("Spanish", "Español", "Іспанська", "Испанский"), {}),
        ("uk", T("Ukrainian", "Ucraniano", "Українська", "Украинский"), {}),
        ("ru", T("Russian", "Ruso", "Російська", "Русский"), {}),
        ("ar", T("Arabic", "Árabe", "Арабська", "Арабский"), {}),
        (
            "fa",
            T("Dari / Farsi (Persian)", "Dari / farsi (persa)", "Дарі / фарсі (перська)", "Дари / фарси (персидский)"),
            {},
        ),
        ("ps", T("Pashto", "Pastún", "Пушту", "Пушту"), {}),
        ("so", T("Somali", "Somalí", "Сомалі", "Сомалийский"), {}),
        ("ti", T("Tigrinya", "Tigriña", "Тигринья", "Тигринья"), {}),
        ("am", T("Amharic", "Amárico", "Амхарська", "Амхарский"), {}),
        ("sw", T("Swahili", "Suajili", "Суахілі", "Суахили"), {}),
        ("fr", T("French", "Francés", "Французька", "Французский"), {}),
        ("en", T("English", "Inglés", "Англійська", "Английский"), {}),
    ],
    "document": [
        ("passport", T("Passport", "Pasaporte", "Паспорт", "Паспорт"), {}),
        (
            "unhcr_registration",
            T(
                "UNHCR registration document",
                "Documento de registro del ACNUR",
                "Реєстраційний документ УВКБ ООН",
                "Регистрационный документ УВКБ ООН",
            ),
            {},
        ),
        (
            "birth_certificate",
            T("Birth certificate", "Partida de nacimiento", "Свідоцтво про народження", "Свидетельство о рождении"),
            {},
        ),
        (
            "marriage_certificate",
            T("Marriage certificate", "Certificado de matrimonio", "Свідоцтво про шлюб", "Свидетельство о браке"),
            {},
        ),
        (
            "national_id",
            T(
                "National identity card",
                "Documento nacional de identidad",
                "Національне посвідчення особи",
                "Национальное удостоверение личности",
            ),
            {},
        ),
        ("none", T("None seen", "Ninguno", "Жодного", "Ни одного"), {}),
    ],
    "vulnerability": [
        (
            "single_caregiver",
            T(
                "Single parent or caregiver",
                "Madre, padre o persona cuidadora sin pareja",
                "Одинокий батько, мати або опікун",
                "Одинокий родитель или опекун",
            ),
            {},
        ),
        (
            "separated_child",
            T(
                "Unaccompanied or separated child",
                "Niño, niña o adolescente no acompañado o separado",
                "Дитина без супроводу або розлучена з родиною",
                "Несопровождаемый или разлучённый с семьёй ребёнок",
            ),
            {},
        ),
        (
            "older_person",
            T(
                "Older person at risk",
                "Persona mayor en situación de riesgo",
                "Літня особа в групі ризику",
                "Пожилой человек в группе риска",
            ),
            {},
        ),
        (
            "serious_medical",
            T("Serious medical condition", "Problema de salud grave", "Серйозне захворювання", "Серьёзное заболевание"),
            {},
        ),
        ("disability", T("Disability", "Discapacidad", "Інвалідність", "Инвалидность"), {}),
        (
            "violence_survivor",
            T(
                "Survivor of violence or torture",
                "Sobreviviente de violencia o tortura",
                "Особа, яка пережила насильство або катування",
                "Человек, переживший насилие или пытки",
            ),
            {},
        ),
        (
            "woman_at_risk",
            T(
                "Woman or girl at risk",
                "Mujer o niña en situación de riesgo",
                "Жінка або дівчина в групі ризику",
                "Женщина или девочка в группе риска",
            ),
            {},
        ),
        (
            "lgbtiq_at_risk",
            T(
                "LGBTIQ+ person at risk",
                "Persona LGBTIQ+ en situación de riesgo",
                "ЛГБТІК+ особа в групі ризику",
                "ЛГБТИК+ человек в группе риска",
            ),
            {},
        ),
        ("none", T("None identified", "Ninguna detectada", "Не виявлено", "Не выявлено"), {}),
    ],
    "vaccination_record": [
        (
            "card",
            T(
                "Yes, card or certificate seen",
                "Sí, se vio la cartilla o el certificado",
                "Так, картку або сертифікат переглянуто",
                "Да, карта или сертификат просмотрены",
            ),
            {},
        ),
        (
            "reported",
            T(
                "Reported, but no document seen",
                "Lo declara, pero no se vio ningún documento",
                "Зі слів особи, документ не переглянуто",
                "Со слов человека, документ не просмотрен",
            ),
            {},
        ),
        (
            "none",
            T(
                "No vaccination record",
                "Sin registro de vacunación",
                "Записів про щеплення немає",
                "Записей о прививках нет",
            ),
            {},
        ),
        ("unknown", T("Don’t know", "No sabe", "Не знає", "Не знает"), {}),
    ],
    "vaccine": [
        (
            "measles",
            T(
                "Measles, mumps, rubella (MMR)",
                "Sarampión, paperas y rubéola (triple viral)",
                "Кір, паротит, краснуха (КПК)",
                "Корь, паротит, краснуха (КПК)",
            ),
            {},
        ),
        ("polio", T("Polio", "Poliomielitis", "Поліомієліт", "Полиомиелит"), {}),
        (
            "dtp",
            T(
                "Diphtheria, tetanus, pertussis (DTP)",
                "Difteria, tétanos y tos ferina (DTP)",
                "Дифтерія, правець, кашлюк (АКДП)",
                "Дифтерия, столбняк, коклюш (АКДС)",
            ),
            {},
        ),
        ("hepatitis_b", T("Hepatitis B", "Hepatitis B", "Гепатит B", "Гепатит B"), {}),
        ("bcg", T("Tuberculosis (BCG)", "Tuberculosis (vacuna BCG)", "Туберкульоз (БЦЖ)", "Туберкулёз (БЦЖ)"), {}),
        ("varicella", T("Chickenpox (varicella)", "Varicela", "Вітряна віспа", "Ветряная оспа"), {}),
        (
            "covid19",
            T(
                "COVID-19",
                "Enfermedad por coronavirus (COVID-19)",
                "Коронавірусна хвороба (COVID-19)",
                "Коронавирусная инфекция (COVID-19)",
            ),
            {},
        ),
        ("influenza", T("Influenza (flu)", "Gripe (influenza)", "Грип", "Грипп"), {}),
    ],
    "condition_category": [
        ("chronic", T("Chronic disease", "Enfermedad crónica", "Хронічне захворювання", "Хроническое заболевание"), {}),
        (
            "infectious",
            T("Infectious disease", "Enfermedad infecciosa", "Інфекційне захворювання", "Инфекционное заболевание"),
            {},
        ),
        ("mental_health", T("Mental health", "Salud mental", "Психічне здоров’я", "Психическое здоровье"), {}),
        ("injury", T("Injury or surgery", "Lesión o cirugía", "Травма або операція", "Травма или операция"), {}),
        ("other", T("Other", "Otro", "Інше", "Другое"), {}),
    ],
    # `category`: the condition_category the condition belongs to (choice_filter).
    "condition": [
        (
            "hypertension",
            T(
                "High blood pressure",
                "Hipertensión",
                "Підвищений артеріальний тиск",
                "Повышенное артериальное давление",
            ),
            {"category": "chronic"},
        ),
        ("diabetes", T("Diabetes", "Diabetes", "Цукровий діабет", "Сахарный диабет"), {"category": "chronic"}),
        (
            "lung_disease",
            T(
                "Asthma or chronic lung disease",
                "Asma o enfermedad pulmonar crónica",
                "Астма або хронічне захворювання легень",
                "Астма или хроническое заболевание лёгких",
            ),
            {"category": "chronic"},
        ),
        (
            "heart_disease",
            T("Heart disease", "Enfermedad del corazón", "Хвороба серця", "Болезнь сердца"),
            {"category": "chronic"},
        ),
        (
            "kidney_disease",
            T("Kidney disease", "Enfermedad renal", "Хвороба нирок", "Болезнь почек"),
            {"category": "chronic"},
        ),
        ("epilepsy", T("Epilepsy", "Epilepsia", "Епілепсія", "Эпилепсия"), {"category": "chronic"}),
        (
            "cancer",
            T("Cancer", "Cáncer", "Онкологічне захворювання", "Онкологическое заболевание"),
            {"category": "chronic"},
        ),
        (
            "tuberculosis",
            T(
                "Tuberculosis (current or past)",
                "Tuberculosis (actual o pasada)",
                "Туберкульоз (зараз або в минулому)",
                "Туберкулёз (сейчас или в прошлом)",
            ),
            {"category": "infectious"},
        ),
        (
            "hepatitis",
            T("Hepatitis B or C", "Hepatitis B o C", "Гепатит B або C", "Гепатит B или C"),
            {"category": "infectious"},
        ),
        ("hiv", T("HIV", "VIH", "ВІЛ", "ВИЧ"), {"category": "infectious"}),
        (
            "depression_anxiety",
            T(
                "Depression or anxiety",
                "Depresión o ansiedad",
                "Депресія або тривожний розлад",
                "Депрессия или тревожное расстройство",
            ),
            {"category": "mental_health"},
        ),
        (
            "ptsd",
            T(
                "Post-traumatic stress",
                "Estrés postraumático",
                "Посттравматичний стресовий розлад",
                "Посттравматическое стрессовое расстройство",
            ),
            {"category": "mental_health"},
        ),
        (
            "other_mental",
            T(
                "Other mental health condition",
                "Otro problema de salud mental",
                "Інший розлад психічного здоров’я",
                "Другое психическое расстройство",
            ),
            {"category": "mental_health"},
        ),
        (
            "conflict_injury",
            T(
                "Injury from conflict or violence",
                "Lesión causada por un conflicto o por violencia",
                "Травма внаслідок конфлікту або насильства",
                "Травма в результате конфликта или насилия",
            ),
            {"category": "injury"},
        ),
        (
            "other_injury",
            T(
                "Other injury or past surgery",
                "Otra lesión o cirugía previa",
                "Інша травма або перенесена операція",
                "Другая травма или перенесённая операция",
            ),
            {"category": "injury"},
        ),
        (
            "other_condition",
            T(
                "Other condition (describe)",
                "Otro problema de salud (describir)",
                "Інший стан (опишіть)",
                "Другое состояние (опишите)",
            ),
            {"category": "other"},
        ),
    ],
    "difficulty": [
        ("none", T("No difficulty", "Sin dificultad", "Труднощів немає", "Трудностей нет"), {}),
        ("some", T("Some difficulty", "Cierta dificultad", "Деякі труднощі", "Некоторые трудности"), {}),
        ("a_lot", T("A lot of difficulty", "Mucha dificultad", "Значні труднощі", "Значительные трудности"), {}),
        ("cannot", T("Cannot do at all", "No puede hacerlo en absoluto", "Зовсім не може", "Совсем не может"), {}),
    ],
    "assistive_device": [
        ("wheelchair", T("Wheelchair", "Silla de ruedas", "Інвалідний візок", "Инвалидная коляска"), {}),
        (
            "walking_aid",
            T(
                "Crutches, cane or walker",
                "Muletas, bastón o andador",
                "Милиці, ціпок або ходунки",
                "Костыли, трость или ходунки",
            ),
            {},
        ),
        ("hearing_aid", T("Hearing aid", "Audífono", "Слуховий апарат", "Слуховой аппарат"), {}),
        ("glasses", T("Glasses", "Anteojos", "Окуляри", "Очки"), {}),
        ("prosthesis", T("Prosthesis", "Prótesis", "Протез", "Протез"), {}),
        ("none", T("None", "Ninguno", "Жодних", "Никаких"), {}),
    ],
    "us_relationship": [
        ("spouse", T("Spouse", "Cónyuge", "Чоловік або дружина", "Супруг или супруга"), {}),
        ("parent", T("Parent", "Padre o madre", "Батько або мати", "Отец или мать"), {}),
        ("child", T("Son or daughter", "Hijo o hija", "Син або донька", "Сын или дочь"), {}),
        ("sibling", T("Brother or sister", "Hermano o hermana", "Брат або сестра", "Брат или сестра"), {}),
        ("grandparent", T("Grandparent", "Abuelo o abuela", "Дідусь або бабуся", "Дедушка или бабушка"), {}),
        ("aunt_uncle", T("Aunt or uncle", "Tía o tío", "Тітка або дядько", "Тётя или дядя"), {}),
        ("cousin", T("Cousin", "Primo o prima", "Двоюрідний брат або сестра", "Двоюродный брат или сестра"), {}),
        ("in_law", T("Relative by marriage", "Familiar político", "Родич через шлюб", "Родственник по браку"), {}),
        ("other_relative", T("Other relative", "Otro familiar", "Інший родич", "Другой родственник"), {}),
    ],
    "us_status": [
        ("citizen", T("US citizen", "Ciudadano/a estadounidense", "Громадянин США", "Гражданин США"), {}),
        (
            "permanent_resident",
            T(
                "Lawful permanent resident (green card)",
                "Residente permanente legal (tarjeta verde)",
                "Законний постійний мешканець (грін-карта)",
                "Законный постоянный житель (грин-карта)",
            ),
            {},
        ),
        (
            "refugee_asylee",
            T(
                "Refugee or asylee",
                "Refugiado/a o asilado/a",
                "Біженець або особа, яка отримала притулок",
                "Беженец или лицо, получившее убежище",
            ),
            {},
        ),
        ("other_status", T("Other status", "Otra situación", "Інший статус", "Другой статус"), {}),
        ("unknown", T("Don’t know", "No sabe", "Не знає", "Не знает"), {}),
    ],
    "climate": [
        ("warm", T("Warm all year", "Cálido todo el año", "Теплий цілий рік", "Тёплый круглый год"), {}),
        (
            "mild",
            T(
                "Mild, with four seasons",
                "Templado, con cuatro estaciones",
                "Помірний, з чотирма порами року",
                "Умеренный, с четырьмя временами года",
            ),
            {},
        ),
        (
            "cold",
            T(
                "Cold winters are acceptable",
                "Se aceptan inviernos fríos",
                "Холодні зими прийнятні",
                "Холодные зимы допустимы",
            ),
            {},
        ),
        ("no_preference", T("No preference", "Sin preferencia", "Немає побажань", "Нет предпочтений"), {}),
    ],
    "settlement_type": [
        ("large_city", T("Large city", "Ciudad grande", "Велике місто", "Крупный город"), {}),
        (
            "small_city",
            T(
                "Small or medium-sized city",
                "Ciudad pequeña o mediana",
                "Невелике або середнє місто",
                "Небольшой или средний город",
            ),
            {},
        ),
        (
            "town",
            T("Town or suburb", "Pueblo o zona suburbana", "Містечко або передмістя", "Небольшой город или пригород"),
            {},
        ),
        ("rural", T("Rural area", "Zona rural", "Сільська місцевість", "Сельская местность"), {}),
        ("no_preference", T("No preference", "Sin preferencia", "Немає побажань", "Нет предпочтений"), {}),
    ],
    "community_need": [
        (
            "same_language",
            T(
                "People who speak our language",
                "Personas que hablen nuestro idioma",
                "Люди, які розмовляють нашою мовою",
                "Люди, говорящие на нашем языке",
            ),
            {},
        ),
        (
            "faith",
            T(
                "A place of worship of our faith",
                "Un lugar de culto de nuestra religión",
                "Місце богослужіння нашої віри",
                "Место богослужения нашей веры",
            ),
            {},
        ),
        ("schools", T("Good schools", "Buenas escuelas", "Хороші школи", "Хорошие школы"), {}),
        (
            "healthcare",
            T(
                "Access to medical care",
                "Acceso a atención médica",
                "Доступ до медичної допомоги",
                "Доступ к медицинской помощи",
            ),
            {},
        ),
        (
            "jobs",
            T(
                "Job opportunities",
                "Oportunidades de empleo",
                "Можливості працевлаштування",
                "Возможности трудоустройства",
            ),
            {},
        ),
        (
            "public_transport",
            T("Public transport", "Transporte público", "Громадський транспорт", "Общественный транспорт"),
            {},
        ),
        ("affordable_housing", T("Affordable housing", "Vivienda asequible", "Доступне житло", "Доступное жильё"), {}),
    ],
    # Used with `or_other`; the `other` choice is listed (translated) so that pyxform does not
    # append an English-only "Other".
    "skill": [
        (
            "agriculture",
            T(
                "Farming or livestock",
                "Agricultura o ganadería",
                "Сільське господарство або тваринництво",
                "Сельское хозяйство или животноводство",
            ),
            {},
        ),
        (
            "construction",
            T(
                "Construction or building trades",
                "Construcción y oficios de la construcción",
                "Будівництво та будівельні професії",
                "Строительство и строительные профессии",
            ),
            {},
        ),
        (
            "driving",
            T(
                "Driving (car, truck or bus)",
                "Conducción (automóvil, camión o autobús)",
                "Водіння (легковий автомобіль, вантажівка або автобус)",
                "Вождение (легковой автомобиль, грузовик или автобус)",
            ),
            {},
        ),
        (
            "mechanics",
            T(
                "Mechanics or electrical repair",
                "Mecánica o reparaciones eléctricas",
                "Механіка або електроремонт",
                "Механика или электроремонт",
            ),
            {},
        ),
        (
            "food",
            T(
                "Cooking or food processing",
                "Cocina o procesamiento de alimentos",
                "Кулінарія або харчове виробництво",
                "Кулинария или пищевое производство",
            ),
            {},
        ),
        (
            "cleaning",
            T(
                "Cleaning or hospitality",
                "Limpieza u hostelería",
                "Прибирання або готельно-ресторанна справа",
                "Уборка или гостинично-ресторанное дело",
            ),
            {},
        ),
        (
            "tailoring",
            T("Sewing or tailoring", "Costura o sastrería", "Шиття або кравецька справа", "Шитьё или портновское дело"),
            {},
        ),
        ("retail", T("Shop work or sales", "Comercio o ventas", "Торгівля або продажі", "Торговля или продажи"), {}),
        ("healthcare", T("Health care", "Atención de salud", "Охорона здоров’я", "Здравоохранение"), {}),
        (
            "teaching",
            T(
                "Teaching or childcare",
                "Enseñanza o cuidado infantil",
                "Викладання або догляд за дітьми",
                "Преподавание или уход за детьми",
            ),
            {},
        ),
        ("it", T("Computers or IT", "Informática", "Комп’ютери або ІТ", "Компьютеры или ИТ"), {}),
        (
            "office",
            T(
                "Office or administrative work",
                "Trabajo de oficina o administrativo",
                "Офісна або адміністративна робота",
                "Офисная или административная работа",
            ),
            {},
        ),
        (
            "beauty",
            T(
                "Hairdressing or beauty care",
                "Peluquería o estética",
                "Перукарська справа або косметологія",
                "Парикмахерское дело или косметология",
            ),
            {},
        ),
        ("none", T("No work experience", "Sin experiencia laboral", "Немає досвіду роботи", "Нет опыта работы"), {}),
        ("other", T("Other", "Otro", "Інше", "Другое"), {}),
    ],
    "education": [
        (
            "none",
            T("No formal education", "Sin educación formal", "Без формальної освіти", "Без формального образования"),
            {},
        ),
        ("primary", T("Primary school", "Educación primaria", "Початкова школа", "Начальная школа"), {}),
        ("secondary", T("Secondary school", "Educación secundaria", "Середня школа", "Средняя школа"), {}),
        (
            "vocational",
            T(
                "Vocational or technical training",
                "Formación profesional o técnica",
                "Професійно-технічна освіта",
                "Профессионально-техническое образование",
            ),
            {},
        ),
        ("university", T("University degree", "Título universitario", "Вища освіта", "Высшее образование"), {}),
    ],
    "english_level": [
        ("none", T("None", "Ninguno", "Не володіє", "Не владеет"), {}),
        (
            "basic",
            T(
                "Basic (a few words and phrases)",
                "Básico (algunas palabras y frases)",
                "Початковий (кілька слів і фраз)",
                "Начальный (несколько слов и фраз)",
            ),
            {},
        ),
        (
            "conversational",
            T(
                "Can hold a simple conversation",
                "Puede mantener una conversación sencilla",
                "Може підтримати просту розмову",
                "Может поддержать простой разговор",
            ),
            {},
        ),
        ("fluent", T("Fluent", "Con fluidez", "Вільно", "Свободно"), {}),
    ],
}

# ---- form 1: pre-screening ---------------------------------------------------------------------

CM_NO_DIGITS = T(
    "Names cannot contain digits.",
    "Los nombres no pueden contener números.",
    "Ім’я та прізвище не можуть містити цифр.",
    "Имя и фамилия не могут содержать цифр.",
)
H_LATIN_NAME = T(
    "In Latin script, exactly as written in the passport or UNHCR document.",
    "En alfabeto latino, tal como aparece en el pasaporte o en el documento del ACNUR.",
    "Латиницею, точно як у паспорті або документі УВКБ ООН.",
    "Латиницей, точно как в паспорте или документе УВКБ ООН.",
)
H_NATIVE_NAME = T(
    "For example in Arabic, Cyrillic or Ge’ez script. Leave blank if the same as above.",
    "Por ejemplo, en alfabeto árabe, cirílico o ge’ez. Déjelo en blanco si es igual al anterior.",
    "Наприклад, арабським письмом, кирилицею або ефіопським письмом (геез). "
    "Залиште порожнім, якщо збігається з наведеним вище.",
    "Например, арабским письмом, кириллицей или эфиопским письмом (геэз). "
    "Оставьте пустым, если совпадает с указанным выше.",
)

PRE_SCREENING = [
    q("begin_group", "interview", L_INTERVIEW_DETAILS, appearance="field-list"),
    q("text", "case_number", L_CASE_NUMBER, read_only="yes", prefill="case.case_number"),
    q(
        "text",
        "unhcr_id",
        T(
            "UNHCR registration number",
            "Número de registro del ACNUR",
            "Реєстраційний номер УВКБ ООН",
            "Регистрационный номер УВКБ ООН",
        ),
        read_only="yes",
        prefill="case.unhcr_id",
    ),
    q(
        "select_one priority",
        "priority",
        T("Processing priority", "Prioridad de tramitación", "Категорія пріоритету", "Категория приоритета"),
        read_only="yes",
        prefill="case.priority",
    ),
    q(
        "text",
        "site",
        T("Interview site", "Lugar de la entrevista", "Місце проведення співбесіди", "Место проведения собеседования"),
        read_only="yes",
        prefill="case.site",
    ),
    q(
        "select_one yes_no",
        "expedited",
        T("Expedited processing", "Tramitación acelerada", "Прискорений розгляд", "Ускоренное рассмотрение"),
        read_only="yes",
        prefill="case.expedited",
    ),
    q(
        "dateTime",
        "interview_start",
        T(
            "Date and time the interview started",
            "Fecha y hora de inicio de la entrevista",
            "Дата й час початку співбесіди",
            "Дата и время начала собеседования",
        ),
        required="yes",
        required_message=T(
            "Record when the interview started.",
            "Indique cuándo comenzó la entrevista.",
            "Зазначте, коли почалася співбесіда.",
            "Укажите, когда началось собеседование.",
        ),
    ),
    q(
        "select_one language",
        "interview_language",
        T(
            "Main language of the interview",
            "Idioma principal de la entrevista",
            "Основна мова співбесіди",
            "Основной язык собеседования",
        ),
        required="yes",
        required_message=T(
            "Select the language used in the interview.",
            "Seleccione el idioma utilizado en la entrevista.",
            "Виберіть мову, якою проводиться співбесіда.",
            "Выберите язык, на котором проводится собеседование.",
        ),
    ),
    q(
        "select_one yes_no",
        "interpreter_used",
        T(
            "Is an interpreter assisting with this interview?",
            "¿Participa un intérprete en esta entrevista?",
            "Чи допомагає перекладач під час цієї співбесіди?",
            "Помогает ли переводчик на этом собеседовании?",
        ),
        required="yes",
        required_message=RM_ANSWER,
        default="yes",
    ),
    q(
        "text",
        "interpreter_name",
        T(
            "Interpreter’s full name",
            "Nombre completo del intérprete",
            "Повне ім’я перекладача",
            "Полное имя переводчика",
        ),
        relevant="${interpreter_used} = 'yes'",
        required="yes",
        required_message=T(
            "Enter the interpreter’s name.",
            "Escriba el nombre del intérprete.",
            "Введіть ім’я перекладача.",
            "Введите имя переводчика.",
        ),
    ),
    end_group(),
    q("begin_group", "consent_section", T("Consent", "Consentimiento", "Згода", "Согласие"), appearance="field-list"),
    q(
        "note",
        "consent_script",
        T(
            "Explain to the family, through the interpreter if needed: the purpose of this "
            "pre-screening; that their answers are confidential and shared only with the "
            "organizations handling their case; and that they may decline to answer any question "
            "without any effect on their case.",
            "Explique a la familia, con ayuda del intérprete si es necesario: el propósito de esta "
            "entrevista de preselección; que sus respuestas son confidenciales y solo se comparten "
            "con las organizaciones que tramitan su caso; y que pueden negarse a responder "
            "cualquier pregunta sin que esto afecte a su caso.",
            "Поясніть родині (за потреби — через перекладача) мету цієї попередньої співбесіди; "
            "що їхні відповіді конфіденційні й передаються лише організаціям, які опрацьовують "
            "їхню справу; і що вони можуть відмовитися відповідати на будь-яке запитання — це "
            "не вплине на розгляд їхньої справи.",
            "Объясните семье (при необходимости — через переводчика) цель этого предварительного "
            "собеседования; что их ответы конфиденциальны и передаются только организациям, "
            "которые занимаются их делом; и что они могут отказаться отвечать на любой вопрос — "
            "это не повлияет на рассмотрение их дела.",
        ),
    ),
    q(
        "select_one yes_no",
        "consent",
        T(
            "Did the principal applicant give informed consent to continue?",
            "¿La persona solicitante principal dio su consentimiento informado para continuar?",
            "Чи надав основний заявник інформовану згоду на продовження?",
            "Дал ли основной заявитель информированное согласие на продолжение?",
        ),
        required="yes",
        required_message=T(
            "Record whether consent was given.",
            "Indique si se dio el consentimiento.",
            "Зазначте, чи було надано згоду.",
            "Укажите, было ли дано согласие.",
        ),
    ),
    q(
        "note",
        "no_consent_note",
        T(
            "Stop the interview here. Record the reason in the case notes and inform your team lead.",
            "Detenga la entrevista aquí. Anote el motivo en las notas del caso e informe a la "
            "persona responsable del equipo.",
            "Припиніть співбесіду. Зазначте причину в примітках до справи та повідомте керівника групи.",
            "Прекратите собеседование. Укажите причину в заметках по делу и сообщите руководителю группы.",
        ),
        relevant="${consent} = 'no'",
    ),
    end_group(),
    q(
        "begin_group",
        "household_section",
        T("Household members", "Miembros del hogar", "Члени домогосподарства", "Члены домохозяйства"),
        relevant="${consent} = 'yes'",
    ),
    q(
        "note",
        "household_intro",
        T(
            "Check each person against their identity documents. Corrections to names, date of "
            "birth, sex, languages, marital status and place of birth are saved to the case record "
            "when the form is submitted.",
            "Compruebe los datos de cada persona con sus documentos de identidad. Las correcciones "
            "de nombres, fecha de nacimiento, sexo, idiomas, estado civil y lugar de nacimiento se "
            "guardan en el expediente del caso al enviar el formulario.",
            "Звірте дані кожної особи з її документами, що посвідчують особу. Виправлення імен, "
            "дати народження, статі, мов, сімейного стану та місця народження буде збережено у "
            "справі після надсилання форми.",
            "Сверьте данные каждого человека с его документами, удостоверяющими личность. "
            "Исправления имён, даты рождения, пола, языков, семейного положения и места рождения "
            "будут сохранены в деле после отправки формы.",
        ),
    ),
    q("begin_repeat", "household", L_HOUSEHOLD_MEMBER, prefill="household"),
    q("calculate", "member_no", calculation="position(..)"),
    q(
        "select_one role",
        "role",
        T("Role in the case", "Papel en el caso", "Роль у справі", "Роль в деле"),
        read_only="yes",
        prefill="person.role",
    ),
    q("calculate", "role_label", calculation="jr:choice-name(${role}, '${role}')"),
    q(
        "note",
        "member_header",
        T(
            "Member ${member_no} (${role_label}): ${given_names} ${family_name}, age ${age}",
            "Miembro ${member_no} (${role_label}): ${given_names} ${family_name}, edad: ${age}",
            "Особа ${member_no} (${role_label}): ${given_names} ${family_name}, вік: ${age}",
            "Человек ${member_no} (${role_label}): ${given_names} ${family_name}, возраст: ${age}",
        ),
    ),
    q(
        "text",
        "family_name",
        T(
            "Family name (as in documents)",
            "Apellido(s) (como figura en los documentos)",
            "Прізвище (як у документах)",
            "Фамилия (как в документах)",
        ),
        hint=H_LATIN_NAME,
        required="yes",
        required_message=T("Enter the family name.", "Escriba el apellido.", "Введіть прізвище.", "Введите фамилию."),
        constraint="regex(., '^[^0-9]+$')",
        constraint_message=CM_NO_DIGITS,
        prefill="person.family_name",
        writeback="yes",
    ),
    q(
        "text",
        "given_names",
        T(
            "Given names (as in documents)",
            "Nombre(s) (como figura en los documentos)",
            "Ім’я (як у документах)",
            "Имя (как в документах)",
        ),
        hint=H_LATIN_NAME,
        required="yes",
        required_message=T("Enter the given names.", "Escriba el nombre.", "Введіть ім’я.", "Введите имя."),
        constraint="regex(., '^[^0-9]+$')",
        constraint_message=CM_NO_DIGITS,
        prefill="person.given_names",
        writeback="yes",
    ),
    q(
        "text",
        "native_family_name",
        T(
            "Family name in native script",
            "Apellido(s) en la escritura original",
            "Прізвище рідною писемністю",
            "Фамилия в оригинальном написании",
        ),
        hint=H_NATIVE_NAME,
        prefill="person.native_family_name",
        writeback="yes",
    ),
    q(
        "text",
        "native_given_names",
        T(
            "Given names in native script",
            "Nombre(s) en la escritura original",
            "Ім’я рідною писемністю",
            "Имя в оригинальном написании",
        ),
        hint=H_NATIVE_NAME,
        prefill="person.native_given_names",
        writeback="yes",
    ),
    q(
        "select_one sex",
        "sex",
        L_SEX,
        required="yes",
        required_message=T("Select the sex.", "Seleccione el sexo.", "Виберіть стать.", "Выберите пол."),
        prefill="person.sex",
        writeback="yes",
    ),
    q(
        "date",
        "dob",
        L_DOB,
        hint=T(
            "If the exact date is unknown, enter the date recorded by UNHCR (often 1 January of the year of birth).",
            "Si no se conoce la fecha exacta, indique la registrada por el ACNUR (a menudo, el "
            "1 de enero del año de nacimiento).",
            "Якщо точна дата невідома, вкажіть дату, зареєстровану УВКБ ООН (часто це 1 січня року народження).",
            "Если точная дата неизвестна, укажите дату, зарегистрированную УВКБ ООН (часто это "
            "1 января года рождения).",
        ),
        required="yes",
        required_message=T(
            "Enter the date of birth.",
            "Indique la fecha de nacimiento.",
            "Введіть дату народження.",
            "Введите дату рождения.",
        ),
        constraint=". <= today() and . >= date('1900-01-01')",
        constraint_message=T(
            "The date of birth cannot be in the future or before 1900.",
            "La fecha de nacimiento no puede ser posterior a hoy ni anterior a 1900.",
            "Дата народження не може бути в майбутньому або раніше 1900 року.",
            "Дата рождения не может быть в будущем или ранее 1900 года.",
        ),
        prefill="person.dob",
        writeback="yes",
    ),
    q(
        "select_one dob_precision",
        "dob_precision",
        T(
            "Precision of the recorded date of birth",
            "Precisión de la fecha de nacimiento registrada",
            "Точність зареєстрованої дати народження",
            "Точность зарегистрированной даты рождения",
        ),
        read_only="yes",
        prefill="person.dob_precision",
    ),
    q("calculate", "age", calculation=AGE),
    q("calculate", "is_minor", calculation="if(${age} < 18, 1, 0)"),
    q(
        "select_one relationship",
        "relationship_to_pa",
        L_RELATIONSHIP,
        required="yes",
        required_message=RM_RELATIONSHIP,
        choice_filter="selected(roles, ${role})",
        prefill="person.relationship_to_pa",
    ),
    q(
        "select_one marital_status",
        "marital_status",
        T("Marital status", "Estado civil", "Сімейний стан", "Семейное положение"),
        relevant="${age} >= 15 or ${role} != 'child'",
        required="yes",
        required_message=T(
            "Select the marital status.",
            "Seleccione el estado civil.",
            "Виберіть сімейний стан.",
            "Выберите семейное положение.",
        ),
        prefill="person.marital_status",
        writeback="yes",
    ),
    q(
        "text",
        "place_of_birth",
        T("Place of birth", "Lugar de nacimiento", "Місце народження", "Место рождения"),
        hint=T(
            "City or town, and country.",
            "Ciudad o localidad, y país.",
            "Місто або селище та країна.",
            "Город или населённый пункт и страна.",
        ),
        prefill="person.place_of_birth",
        writeback="yes",
    ),
    q(
        "select_multiple language",
        "languages",
        T("Languages spoken", "Idiomas que habla", "Мови, якими володіє", "Языки, которыми владеет"),
        hint=H_SELECT_ALL,
        required="yes",
        required_message=T(
            "Select at least one language.",
            "Seleccione al menos un idioma.",
            "Виберіть принаймні одну мову.",
            "Выберите хотя бы один язык.",
        ),
        prefill="person.languages",
        writeback="yes",
    ),
    q(
        "select_one language",
        "preferred_language",
        T(
            "Preferred language for interviews",
            "Idioma preferido para las entrevistas",
            "Бажана мова для співбесід",
            "Предпочтительный язык для собеседований",
        ),
        relevant="count-selected(${languages}) > 1",
        required="yes",
        required_message=T(
            "Select the preferred language.",
            "Seleccione el idioma preferido.",
            "Виберіть бажану мову.",
            "Выберите предпочтительный язык.",
        ),
        choice_filter="selected(${languages}, name)",
    ),
    q("calculate", "member_language", calculation="coalesce(${preferred_language}, ${languages})"),
    q(
        "select_multiple document",
        "documents_seen",
        T(
            "Identity documents seen for this person",
            "Documentos de identidad revisados de esta persona",
            "Переглянуті документи цієї особи",
            "Просмотренные документы этого человека",
        ),
        hint=H_SELECT_ALL,
        required="yes",
        required_message=T(
            "Select the documents seen, or ‘None seen’.",
            "Seleccione los documentos revisados o «Ninguno».",
            "Виберіть переглянуті документи або «Жодного».",
            "Выберите просмотренные документы или «Ни одного».",
        ),
        constraint="not(selected(., 'none') and count-selected(.) > 1)",
        constraint_message=T(
            "‘None seen’ cannot be combined with other documents.",
            "«Ninguno» no puede combinarse con otros documentos.",
            "«Жодного» не можна поєднувати з іншими документами.",
            "«Ни одного» нельзя сочетать с другими документами.",
        ),
    ),
    q(
        "select_one yes_no",
        "matches_documents",
        T(
            "Do the details above match the documents seen?",
            "¿Coinciden los datos anteriores con los documentos revisados?",
            "Чи збігаються наведені вище дані з переглянутими документами?",
            "Совпадают ли приведённые выше данные с просмотренными документами?",
        ),
        relevant="not(selected(${documents_seen}, 'none'))",
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "text",
        "discrepancy",
        T(
            "Describe the discrepancy and the document it concerns",
            "Describa la discrepancia y el documento al que se refiere",
            "Опишіть розбіжність і документ, якого вона стосується",
            "Опишите расхождение и документ, к которому оно относится",
        ),
        relevant="${matches_documents} = 'no'",
        required="yes",
        required_message=T(
            "Describe the discrepancy.", "Describa la discrepancia.", "Опишіть розбіжність.", "Опишите расхождение."
        ),
        constraint="string-length(.) >= 10",
        constraint_message=T(
            "Give a short description (at least 10 characters).",
            "Escriba una breve descripción (al menos 10 caracteres).",
            "Наведіть короткий опис (щонайменше 10 символів).",
            "Дайте краткое описание (не менее 10 символов).",
        ),
    ),
    end_repeat(),
    q("calculate", "household_size", calculation="count(${household})"),
    q("calculate", "n_minors", calculation="sum(${is_minor})"),
    q(
        "select_one yes_no",
        "household_complete",
        T(
            "The case lists ${household_size} people, ${n_minors} of them under 18. Is everyone who "
            "should be on this case included?",
            "El caso incluye ${household_size} personas, ${n_minors} de ellas menores de 18 años. "
            "¿Están incluidas todas las personas que deberían figurar en este caso?",
            "У справі зазначено осіб: ${household_size}, з них віком до 18 років: ${n_minors}. "
            "Чи включено всіх, хто має бути в цій справі?",
            "В деле указано человек: ${household_size}, из них младше 18 лет: ${n_minors}. "
            "Включены ли все, кто должен быть в этом деле?",
        ),
        required="yes",
        required_message=T(
            "Answer whether the household list is complete.",
            "Indique si la lista del hogar está completa.",
            "Зазначте, чи повний список членів домогосподарства.",
            "Укажите, полон ли список членов домохозяйства.",
        ),
    ),
    q(
        "integer",
        "missing_members",
        T(
            "How many people are missing from the case?",
            "¿Cuántas personas faltan en el caso?",
            "Скільки осіб не включено до справи?",
            "Сколько человек не включено в дело?",
        ),
        relevant="${household_complete} = 'no'",
        required="yes",
        required_message=T(
            "Enter the number of missing people.",
            "Indique el número de personas que faltan.",
            "Введіть кількість осіб, яких бракує.",
            "Введите количество недостающих человек.",
        ),
        constraint=". >= 1 and . <= 15",
        constraint_message=range_message(1, 15),
    ),
    q(
        "text",
        "missing_members_details",
        T(
            "For each missing person: name, relationship and where they are now",
            "Para cada persona que falta: nombre, parentesco y dónde se encuentra ahora",
            "Для кожної відсутньої особи: ім’я, родинний зв’язок і де вона зараз перебуває",
            "Для каждого отсутствующего человека: имя, родственная связь и где он сейчас находится",
        ),
        relevant="${household_complete} = 'no'",
        required="yes",
        required_message=T(
            "Describe the missing people.",
            "Describa a las personas que faltan.",
            "Опишіть осіб, яких бракує.",
            "Опишите недостающих людей.",
        ),
        appearance="multiline",
    ),
    end_group(),
    q(
        "begin_group",
        "protection",
        T(
            "Protection screening",
            "Evaluación de protección",
            "Оцінка потреб у захисті",
            "Оценка потребностей в защите",
        ),
        relevant="${consent} = 'yes'",
        appearance="field-list",
    ),
    q(
        "select_multiple vulnerability",
        "specific_needs",
        T(
            "Specific needs identified in the household",
            "Necesidades específicas detectadas en el hogar",
            "Виявлені особливі потреби в домогосподарстві",
            "Выявленные особые потребности в домохозяйстве",
        ),
        hint=H_SELECT_ALL,
        required="yes",
        required_message=T(
            "Select the specific needs, or ‘None identified’.",
            "Seleccione las necesidades específicas o «Ninguna detectada».",
            "Виберіть особливі потреби або «Не виявлено».",
            "Выберите особые потребности или «Не выявлено».",
        ),
        constraint="not(selected(., 'none') and count-selected(.) > 1)",
        constraint_message=T(
            "‘None identified’ cannot be combined with other answers.",
            "«Ninguna detectada» no puede combinarse con otras respuestas.",
            "«Не виявлено» не можна поєднувати з іншими відповідями.",
            "«Не выявлено» нельзя сочетать с другими ответами.",
        ),
    ),
    q(
        "select_one yes_no",
        "urgent_need",
        T(
            "Does anyone in the household have an urgent protection or medical need that requires immediate referral?",
            "¿Alguna persona del hogar tiene una necesidad urgente de protección o de atención "
            "médica que requiera una derivación inmediata?",
            "Чи має хтось у домогосподарстві нагальну потребу в захисті чи медичній допомозі, що "
            "вимагає негайного направлення?",
            "Есть ли у кого-либо в домохозяйстве срочная потребность в защите или медицинской "
            "помощи, требующая немедленного направления?",
        ),
        required="yes",
        required_message=RM_ANSWER,
        default="no",
    ),
    q(
        "text",
        "urgent_need_details",
        T(
            "Describe the need and the referral made",
            "Describa la necesidad y la derivación realizada",
            "Опишіть потребу та здійснене направлення",
            "Опишите потребность и сделанное направление",
        ),
        relevant="${urgent_need} = 'yes'",
        required="yes",
        required_message=T(
            "Describe the urgent need.",
            "Describa la necesidad urgente.",
            "Опишіть нагальну потребу.",
            "Опишите срочную потребность.",
        ),
        appearance="multiline",
    ),
    end_group(),
    q(
        "text",
        "contact_phone",
        T(
            "Phone number where the family can be reached",
            "Número de teléfono de contacto de la familia",
            "Номер телефону, за яким можна зв’язатися з родиною",
            "Номер телефона, по которому можно связаться с семьёй",
        ),
        hint=T(
            "Include the country code, for example +254 700 000 000.",
            "Incluya el código de país, por ejemplo +254 700 000 000.",
            "Вкажіть код країни, наприклад +254 700 000 000.",
            "Укажите код страны, например +254 700 000 000.",
        ),
        relevant="${consent} = 'yes'",
        constraint="regex(., '^\\+?[0-9][0-9 ]{6,19}$')",
        constraint_message=T(
            "Enter digits and spaces only, optionally starting with +.",
            "Escriba solo números y espacios; puede empezar con +.",
            "Вводьте лише цифри та пробіли; на початку можна поставити +.",
            "Вводите только цифры и пробелы; в начале можно поставить +.",
        ),
    ),
    q(
        "time",
        "interview_end",
        T(
            "Time the interview ended",
            "Hora de finalización de la entrevista",
            "Час завершення співбесіди",
            "Время окончания собеседования",
        ),
        required="yes",
        required_message=T(
            "Record when the interview ended.",
            "Indique cuándo terminó la entrevista.",
            "Зазначте, коли завершилася співбесіда.",
            "Укажите, когда закончилось собеседование.",
        ),
    ),
    q(
        "text",
        "interviewer_notes",
        T("Interviewer’s notes", "Notas de la persona entrevistadora", "Нотатки інтерв’юера", "Заметки интервьюера"),
        hint=T(
            "Observations for the case file. Do not record medical details here.",
            "Observaciones para el expediente. No anote aquí información médica.",
            "Спостереження для справи. Не записуйте тут медичні відомості.",
            "Наблюдения для дела. Не записывайте здесь медицинские сведения.",
        ),
        appearance="multiline",
    ),
    q(
        "note",
        "summary",
        T(
            "Pre-screening of case ${case_number} is ready to submit: ${household_size} household members recorded.",
            "La preselección del caso ${case_number} está lista para enviarse: ${household_size} "
            "miembros del hogar registrados.",
            "Попередню співбесіду за справою ${case_number} готово до надсилання. Зареєстровано "
            "членів домогосподарства: ${household_size}.",
            "Предварительное собеседование по делу ${case_number} готово к отправке. "
            "Зарегистрировано членов домохозяйства: ${household_size}.",
        ),
        relevant="${consent} = 'yes'",
    ),
]

# ---- form 2: medical history -------------------------------------------------------------------

MEDICAL_HISTORY = [
    q("begin_group", "intro", L_INTERVIEW_DETAILS, appearance="field-list"),
    q("text", "case_number", L_CASE_NUMBER, read_only="yes", prefill="case.case_number"),
    q(
        "date",
        "interview_date",
        L_INTERVIEW_DATE,
        required="yes",
        required_message=RM_INTERVIEW_DATE,
        constraint=". <= today()",
        constraint_message=CM_INTERVIEW_DATE,
    ),
    q(
        "note",
        "confidentiality_note",
        T(
            "Health information is confidential. It is shared only with the panel physician and the "
            "resettlement agency’s medical staff. Parents or guardians answer for children; adults "
            "may ask to answer in private.",
            "La información de salud es confidencial. Solo se comparte con el médico del panel y con "
            "el personal médico de la agencia de reasentamiento. Los padres o tutores responden por "
            "los niños; las personas adultas pueden pedir responder en privado.",
            "Інформація про стан здоров’я конфіденційна. Її передають лише лікарю, уповноваженому "
            "проводити медичний огляд, і медичному персоналу агенції з переселення. За дітей "
            "відповідають батьки або опікуни; дорослі можуть попросити відповідати наодинці.",
            "Информация о состоянии здоровья конфиденциальна. Она передаётся только врачу, "
            "уполномоченному проводить медицинский осмотр, и медицинскому персоналу агентства по "
            "переселению. За детей отвечают родители или опекуны; взрослые могут попросить "
            "отвечать наедине.",
        ),
    ),
    q(
        "select_one yes_no",
        "consent",
        T(
            "Has the family agreed to answer health questions?",
            "¿La familia ha aceptado responder a las preguntas sobre salud?",
            "Чи погодилася родина відповісти на запитання про здоров’я?",
            "Согласилась ли семья ответить на вопросы о здоровье?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    end_group(),
    q("begin_repeat", "members", L_HOUSEHOLD_MEMBER, relevant="${consent} = 'yes'", prefill="household"),
    q("calculate", "member_no", calculation="position(..)"),
    q("text", "given_names", L_GIVEN_NAMES, read_only="yes", prefill="person.given_names"),
    q("text", "family_name", L_FAMILY_NAME, read_only="yes", prefill="person.family_name"),
    q("select_one sex", "sex", L_SEX, read_only="yes", prefill="person.sex"),
    q("date", "dob", L_DOB, read_only="yes", prefill="person.dob"),
    q("calculate", "age", calculation=AGE),
    q(
        "note",
        "member_header",
        T(
            "Member ${member_no}: ${given_names} ${family_name}, age ${age}",
            "Miembro ${member_no}: ${given_names} ${family_name}, edad: ${age}",
            "Особа ${member_no}: ${given_names} ${family_name}, вік: ${age}",
            "Человек ${member_no}: ${given_names} ${family_name}, возраст: ${age}",
        ),
    ),
    q(
        "decimal",
        "weight_kg",
        T("Weight (kg)", "Peso (kg)", "Вага (кг)", "Вес (кг)"),
        hint=T(
            "Measured, or as reported by the family.",
            "Medido o declarado por la familia.",
            "Виміряна або зі слів родини.",
            "Измеренный или со слов семьи.",
        ),
        constraint=". >= 0.5 and . <= 250",
        constraint_message=T(
            "Enter a weight between 0.5 and 250 kg.",
            "Indique un peso entre 0,5 y 250 kg.",
            "Введіть вагу від 0,5 до 250 кг.",
            "Введите вес от 0,5 до 250 кг.",
        ),
    ),
    q(
        "select_one yes_no",
        "has_conditions",
        T(
            "Does ${given_names} have any long-term illness or health condition, or take medication regularly?",
            "¿${given_names} tiene alguna enfermedad o problema de salud de larga duración, o toma "
            "medicamentos de forma regular?",
            "Чи має ${given_names} хронічні захворювання або інші тривалі проблеми зі здоров’ям, "
            "чи регулярно приймає ліки?",
            "Страдает ли ${given_names} хроническими заболеваниями или другими длительными "
            "проблемами со здоровьем, принимает ли регулярно лекарства?",
        ),
        required="yes",
        required_message=T(
            "Answer this question for every member.",
            "Responda a esta pregunta para cada miembro.",
            "Дайте відповідь на це запитання для кожної особи.",
            "Ответьте на этот вопрос для каждого человека.",
        ),
    ),
    q(
        "integer",
        "n_conditions",
        T(
            "How many conditions should be recorded?",
            "¿Cuántos problemas de salud hay que registrar?",
            "Скільки захворювань або станів потрібно записати?",
            "Сколько заболеваний или состояний нужно записать?",
        ),
        relevant="${has_conditions} = 'yes'",
        required="yes",
        required_message=T(
            "Enter the number of conditions.",
            "Indique el número de problemas de salud.",
            "Введіть кількість захворювань або станів.",
            "Введите количество заболеваний или состояний.",
        ),
        constraint=". >= 1 and . <= 10",
        constraint_message=range_message(1, 10),
    ),
    q(
        "begin_repeat",
        "conditions",
        T("Health condition", "Problema de salud", "Захворювання або стан", "Заболевание или состояние"),
        relevant="${has_conditions} = 'yes'",
        repeat_count="${n_conditions}",
    ),
    q("calculate", "condition_no", calculation="position(..)"),
    q(
        "select_one condition_category",
        "condition_category",
        T(
            "Condition ${condition_no} of ${n_conditions}: type",
            "Problema de salud ${condition_no} de ${n_conditions}: tipo",
            "Стан ${condition_no} з ${n_conditions}: тип",
            "Состояние ${condition_no} из ${n_conditions}: тип",
        ),
        required="yes",
        required_message=T("Select the type.", "Seleccione el tipo.", "Виберіть тип.", "Выберите тип."),
    ),
    q(
        "select_one condition",
        "condition",
        T("Condition", "Problema de salud", "Захворювання або стан", "Заболевание или состояние"),
        required="yes",
        required_message=T(
            "Select the condition.",
            "Seleccione el problema de salud.",
            "Виберіть захворювання або стан.",
            "Выберите заболевание или состояние.",
        ),
        choice_filter="category = ${condition_category}",
    ),
    q(
        "text",
        "condition_other",
        T("Describe the condition", "Describa el problema de salud", "Опишіть стан", "Опишите состояние"),
        relevant="${condition} = 'other_condition'",
        required="yes",
        required_message=T(
            "Describe the condition.", "Describa el problema de salud.", "Опишіть стан.", "Опишите состояние."
        ),
    ),
    q(
        "integer",
        "diagnosed_year",
        T(
            "Year first diagnosed (approximate)",
            "Año del primer diagnóstico (aproximado)",
            "Рік, коли вперше діагностовано (приблизно)",
            "Год, когда впервые диагностировано (примерно)",
        ),
        hint=H_BLANK_IF_UNKNOWN,
        constraint=". >= 1930 and . <= format-date(today(), '%Y')",
        constraint_message=T(
            "The year must be between 1930 and the current year.",
            "El año debe estar entre 1930 y el año actual.",
            "Рік має бути між 1930 і поточним роком.",
            "Год должен быть между 1930 и текущим годом.",
        ),
    ),
    q(
        "select_one yes_no",
        "on_medication",
        T(
            "Is the person taking medication for this condition?",
            "¿La persona toma medicamentos para este problema de salud?",
            "Чи приймає особа ліки від цього захворювання?",
            "Принимает ли человек лекарства от этого заболевания?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "text",
        "medication",
        T(
            "Medication name and dose",
            "Nombre y dosis del medicamento",
            "Назва та дозування ліків",
            "Название и дозировка лекарства",
        ),
        hint=T(
            "Copy from the package or prescription if available.",
            "Cópielo del envase o de la receta, si los tiene.",
            "Перепишіть з упаковки або рецепта, якщо вони є.",
            "Перепишите с упаковки или рецепта, если они есть.",
        ),
        relevant="${on_medication} = 'yes'",
        required="yes",
        required_message=T(
            "Enter the medication.", "Escriba el medicamento.", "Введіть назву ліків.", "Введите название лекарства."
        ),
    ),
    q(
        "integer",
        "supply_days",
        T(
            "For how many more days does the person have this medication?",
            "¿Para cuántos días más le queda este medicamento?",
            "На скільки днів ще вистачить цих ліків?",
            "На сколько дней ещё хватит этого лекарства?",
        ),
        relevant="${on_medication} = 'yes'",
        constraint=". >= 0 and . <= 365",
        constraint_message=range_message(0, 365, "days"),
    ),
    q(
        "note",
        "low_supply_note",
        T(
            "Less than 14 days of medication left: refer the person to a clinic before the next circuit ride.",
            "Quedan menos de 14 días de medicamento: derive a la persona a una clínica antes de la "
            "próxima visita itinerante.",
            "Ліків залишилося менше ніж на 14 днів: направте особу до клініки до наступного виїзду групи.",
            "Лекарства осталось меньше чем на 14 дней: направьте человека в клинику до следующего выезда группы.",
        ),
        relevant="${supply_days} != '' and ${supply_days} < 14",
    ),
    end_repeat(),
    q("calculate", "condition_count", calculation="if(${has_conditions} = 'yes', coalesce(${n_conditions}, 0), 0)"),
    q(
        "begin_group",
        "vaccination",
        T("Vaccination", "Vacunación", "Вакцинація", "Вакцинация"),
        appearance="field-list",
    ),
    q(
        "select_one vaccination_record",
        "vaccination_record",
        T(
            "Does the person have a vaccination card or record?",
            "¿La persona tiene una cartilla o un registro de vacunación?",
            "Чи має особа картку або запис про щеплення?",
            "Есть ли у человека прививочная карта или запись о прививках?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_multiple vaccine",
        "vaccines",
        T("Vaccines received", "Vacunas recibidas", "Отримані щеплення", "Полученные прививки"),
        hint=H_SELECT_ALL,
        relevant="${vaccination_record} = 'card' or ${vaccination_record} = 'reported'",
        required="yes",
        required_message=T(
            "Select at least one vaccine.",
            "Seleccione al menos una vacuna.",
            "Виберіть принаймні одне щеплення.",
            "Выберите хотя бы одну прививку.",
        ),
    ),
    q(
        "date",
        "last_vaccination",
        T(
            "Date of the most recent vaccination",
            "Fecha de la vacunación más reciente",
            "Дата останнього щеплення",
            "Дата последней прививки",
        ),
        hint=H_BLANK_IF_UNKNOWN,
        relevant="count-selected(${vaccines}) > 0",
        constraint=". <= today() and . >= ${dob}",
        constraint_message=T(
            "The date must be between the date of birth and today.",
            "La fecha debe estar entre la fecha de nacimiento y hoy.",
            "Дата має бути між датою народження та сьогоднішнім днем.",
            "Дата должна быть между датой рождения и сегодняшним днём.",
        ),
    ),
    q(
        "calculate",
        "needs_catch_up",
        calculation="if(${vaccination_record} = 'card' and selected(${vaccines}, 'measles') and "
        "selected(${vaccines}, 'polio'), 'no', 'yes')",
    ),
    q(
        "note",
        "catch_up_note",
        T(
            "Catch-up vaccination review needed at the medical examination (no documented measles and polio vaccines).",
            "Hay que revisar las vacunas pendientes en el examen médico (no hay constancia de las "
            "vacunas contra el sarampión y la poliomielitis).",
            "Під час медичного огляду потрібно перевірити пропущені щеплення (немає документального "
            "підтвердження щеплень від кору та поліомієліту).",
            "Во время медицинского осмотра нужно проверить пропущенные прививки (нет документального "
            "подтверждения прививок от кори и полиомиелита).",
        ),
        relevant="${needs_catch_up} = 'yes'",
    ),
    end_group(),
    q(
        "begin_group",
        "pregnancy",
        T("Pregnancy", "Embarazo", "Вагітність", "Беременность"),
        relevant="${sex} = 'F' and ${age} >= 12 and ${age} <= 55",
        appearance="field-list",
    ),
    q(
        "select_one yes_no_unknown",
        "pregnant",
        T(
            "Is ${given_names} currently pregnant?",
            "¿${given_names} está embarazada actualmente?",
            "Чи вагітна ${given_names} зараз?",
            "Беременна ли ${given_names} сейчас?",
        ),
        required="yes",
        required_message=T(
            "Answer the pregnancy question.",
            "Responda a la pregunta sobre el embarazo.",
            "Дайте відповідь на запитання про вагітність.",
            "Ответьте на вопрос о беременности.",
        ),
    ),
    q(
        "integer",
        "pregnancy_weeks",
        T(
            "How many weeks pregnant?",
            "¿De cuántas semanas está embarazada?",
            "Який термін вагітності (у тижнях)?",
            "Какой срок беременности (в неделях)?",
        ),
        hint=T(
            "Estimate if not known exactly.",
            "Calcule aproximadamente si no se sabe con exactitud.",
            "Вкажіть приблизно, якщо точно невідомо.",
            "Укажите примерно, если точно неизвестно.",
        ),
        relevant="${pregnant} = 'yes'",
        required="yes",
        required_message=T(
            "Enter the number of weeks.",
            "Indique el número de semanas.",
            "Введіть кількість тижнів.",
            "Введите количество недель.",
        ),
        constraint=". >= 1 and . <= 42",
        constraint_message=range_message(1, 42, "weeks"),
    ),
    q(
        "date",
        "due_date",
        T(
            "Expected date of delivery",
            "Fecha prevista del parto",
            "Очікувана дата пологів",
            "Предполагаемая дата родов",
        ),
        hint=H_BLANK_IF_UNKNOWN,
        relevant="${pregnant} = 'yes'",
        constraint=". >= today()",
        constraint_message=T(
            "The expected date of delivery cannot be in the past.",
            "La fecha prevista del parto no puede ser anterior a hoy.",
            "Очікувана дата пологів не може бути в минулому.",
            "Предполагаемая дата родов не может быть в прошлом.",
        ),
    ),
    q(
        "note",
        "late_pregnancy_note",
        T(
            "${pregnancy_weeks} weeks pregnant: inform the team lead. Travel dates and medical "
            "clearance to travel may be affected.",
            "Embarazo de ${pregnancy_weeks} semanas: informe a la persona responsable del equipo. "
            "Las fechas de viaje y la autorización médica para viajar pueden verse afectadas.",
            "Термін вагітності — ${pregnancy_weeks} тиж.: повідомте керівника групи. Це може "
            "вплинути на дати поїздки та медичний дозвіл на переліт.",
            "Срок беременности — ${pregnancy_weeks} нед.: сообщите руководителю группы. Это может "
            "повлиять на даты поездки и медицинское разрешение на перелёт.",
        ),
        relevant="${pregnant} = 'yes' and ${pregnancy_weeks} >= 28",
    ),
    q(
        "select_one yes_no",
        "antenatal_care",
        T(
            "Is she receiving antenatal care?",
            "¿Recibe atención prenatal?",
            "Чи отримує вона допологовий догляд?",
            "Получает ли она дородовое наблюдение?",
        ),
        relevant="${pregnant} = 'yes'",
    ),
    end_group(),
    q(
        "begin_group",
        "functioning",
        T(
            "Functioning (Washington Group short set)",
            "Funcionamiento (conjunto breve de preguntas del Grupo de Washington)",
            "Функціонування (короткий набір запитань Вашингтонської групи)",
            "Функционирование (краткий набор вопросов Вашингтонской группы)",
        ),
        relevant="${age} >= 5",
        appearance="field-list",
    ),
    q(
        "select_one difficulty",
        "seeing",
        T(
            "Does ${given_names} have difficulty seeing, even if wearing glasses?",
            "¿${given_names} tiene dificultad para ver, incluso si usa anteojos?",
            "Чи має ${given_names} труднощі із зором, навіть в окулярах?",
            "Испытывает ли ${given_names} трудности со зрением, даже в очках?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one difficulty",
        "hearing",
        T(
            "Does ${given_names} have difficulty hearing, even if using a hearing aid?",
            "¿${given_names} tiene dificultad para oír, incluso si usa audífono?",
            "Чи має ${given_names} труднощі зі слухом, навіть зі слуховим апаратом?",
            "Испытывает ли ${given_names} трудности со слухом, даже со слуховым аппаратом?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one difficulty",
        "walking",
        T(
            "Does ${given_names} have difficulty walking or climbing steps?",
            "¿${given_names} tiene dificultad para caminar o subir escalones?",
            "Чи має ${given_names} труднощі з ходьбою або підйомом сходами?",
            "Испытывает ли ${given_names} трудности при ходьбе или подъёме по лестнице?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one difficulty",
        "remembering",
        T(
            "Does ${given_names} have difficulty remembering or concentrating?",
            "¿${given_names} tiene dificultad para recordar o concentrarse?",
            "Чи має ${given_names} труднощі із запам’ятовуванням або зосередженням?",
            "Испытывает ли ${given_names} трудности с запоминанием или концентрацией внимания?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one difficulty",
        "self_care",
        T(
            "Does ${given_names} have difficulty with self-care, such as washing all over or dressing?",
            "¿${given_names} tiene dificultad para cuidar de sí, por ejemplo, para bañarse o vestirse?",
            "Чи має ${given_names} труднощі із самообслуговуванням, наприклад, коли миється або одягається?",
            "Испытывает ли ${given_names} трудности с самообслуживанием, например при мытье или одевании?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one difficulty",
        "communicating",
        T(
            "Using their usual language, does ${given_names} have difficulty communicating, for "
            "example understanding or being understood?",
            "Al usar su idioma habitual, ¿${given_names} tiene dificultad para comunicarse, por "
            "ejemplo, para entender a otras personas o para que le entiendan?",
            "Чи має ${given_names} труднощі зі спілкуванням звичною мовою, наприклад, розуміти "
            "інших або бути зрозумілим?",
            "Испытывает ли ${given_names} трудности с общением на привычном языке, например "
            "понимать других или быть понятым?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    # Washington Group cut-off: "a lot of difficulty" or "cannot do at all" in any domain.
    q(
        "calculate",
        "has_disability",
        calculation="if(regex(concat(${seeing}, ' ', ${hearing}, ' ', ${walking}, ' ', "
        "${remembering}, ' ', ${self_care}, ' ', ${communicating}), "
        "'a_lot|cannot'), 'yes', 'no')",
    ),
    q(
        "select_multiple assistive_device",
        "assistive_devices",
        T(
            "Assistive devices used",
            "Productos de apoyo que utiliza",
            "Допоміжні засоби, якими користується",
            "Вспомогательные средства, которыми пользуется",
        ),
        hint=H_SELECT_ALL,
        relevant="${has_disability} = 'yes'",
        constraint="not(selected(., 'none') and count-selected(.) > 1)",
        constraint_message=T(
            "‘None’ cannot be combined with other answers.",
            "«Ninguno» no puede combinarse con otras respuestas.",
            "«Жодних» не можна поєднувати з іншими відповідями.",
            "«Никаких» нельзя сочетать с другими ответами.",
        ),
    ),
    end_group(),
    end_repeat(),
    q("calculate", "n_members", calculation="count(${members})"),
    q("calculate", "total_conditions", calculation="sum(${condition_count})"),
    q(
        "note",
        "summary",
        T(
            "Health information recorded for ${n_members} household members; ${total_conditions} conditions in total.",
            "Información de salud registrada para ${n_members} miembros del hogar; "
            "${total_conditions} problemas de salud en total.",
            "Інформацію про здоров’я записано для членів домогосподарства: ${n_members}. "
            "Усього захворювань або станів: ${total_conditions}.",
            "Информация о здоровье записана для членов домохозяйства: ${n_members}. "
            "Всего заболеваний или состояний: ${total_conditions}.",
        ),
        relevant="${consent} = 'yes'",
    ),
    q(
        "select_one yes_no",
        "urgent_referral",
        T(
            "Does anyone need an urgent medical referral?",
            "¿Alguna persona necesita una derivación médica urgente?",
            "Чи потребує хтось термінового направлення до лікаря?",
            "Нуждается ли кто-либо в срочном направлении к врачу?",
        ),
        relevant="${consent} = 'yes'",
        required="yes",
        required_message=RM_ANSWER,
        default="no",
    ),
    q(
        "text",
        "referral_details",
        T(
            "Who needs the referral, and why?",
            "¿Quién necesita la derivación y por qué?",
            "Хто потребує направлення і чому?",
            "Кому нужно направление и почему?",
        ),
        relevant="${urgent_referral} = 'yes'",
        required="yes",
        required_message=T(
            "Describe the referral.", "Describa la derivación.", "Опишіть направлення.", "Опишите направление."
        ),
        appearance="multiline",
    ),
]

# ---- form 3: resettlement preferences ----------------------------------------------------------

RESETTLEMENT_PREFERENCES = [
    q("begin_group", "intro", L_INTERVIEW_DETAILS, appearance="field-list"),
    q("text", "case_number", L_CASE_NUMBER, read_only="yes", prefill="case.case_number"),
    q(
        "date",
        "interview_date",
        L_INTERVIEW_DATE,
        required="yes",
        required_message=RM_INTERVIEW_DATE,
        constraint=". <= today()",
        constraint_message=CM_INTERVIEW_DATE,
    ),
    q(
        "text",
        "us_ties_on_file",
        T(
            "US ties recorded in the case file",
            "Vínculos en EE. UU. registrados en el expediente",
            "Зв’язки у США, зазначені у справі",
            "Связи в США, указанные в деле",
        ),
        read_only="yes",
        prefill="case.us_ties",
    ),
    end_group(),
    q(
        "select_one yes_no",
        "has_us_relatives",
        T(
            "Does anyone in the household have relatives living in the United States?",
            "¿Alguna persona del hogar tiene familiares que vivan en Estados Unidos?",
            "Чи має хтось із членів домогосподарства родичів, які живуть у США?",
            "Есть ли у кого-либо из членов домохозяйства родственники, проживающие в США?",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "integer",
        "n_relatives",
        T(
            "How many relatives should be recorded?",
            "¿Cuántos familiares hay que registrar?",
            "Скільки родичів потрібно записати?",
            "Сколько родственников нужно записать?",
        ),
        hint=T(
            "Include close relatives and others who could support the family.",
            "Incluya a los familiares cercanos y a otros que puedan apoyar a la familia.",
            "Вкажіть близьких родичів та інших, хто може підтримати родину.",
            "Укажите близких родственников и других, кто может поддержать семью.",
        ),
        relevant="${has_us_relatives} = 'yes'",
        required="yes",
        required_message=T(
            "Enter the number of relatives.",
            "Indique el número de familiares.",
            "Введіть кількість родичів.",
            "Введите количество родственников.",
        ),
        constraint=". >= 1 and . <= 20",
        constraint_message=range_message(1, 20),
    ),
    q(
        "begin_repeat",
        "relatives",
        T("Relative in the United States", "Familiar en Estados Unidos", "Родич у США", "Родственник в США"),
        relevant="${has_us_relatives} = 'yes'",
        repeat_count="${n_relatives}",
    ),
    q("calculate", "relative_no", calculation="position(..)"),
    q(
        "text",
        "relative_name",
        T(
            "Full name of relative ${relative_no}",
            "Nombre completo del familiar ${relative_no}",
            "Повне ім’я родича № ${relative_no}",
            "Полное имя родственника № ${relative_no}",
        ),
        required="yes",
        required_message=T(
            "Enter the relative’s name.",
            "Escriba el nombre del familiar.",
            "Введіть ім’я родича.",
            "Введите имя родственника.",
        ),
        constraint="regex(., '^[^0-9]{2,}$')",
        constraint_message=T(
            "Enter a name without digits.",
            "Escriba un nombre sin números.",
            "Введіть ім’я без цифр.",
            "Введите имя без цифр.",
        ),
    ),
    q(
        "select_one us_relationship",
        "relative_relationship",
        L_RELATIONSHIP,
        required="yes",
        required_message=RM_RELATIONSHIP,
    ),
    q(
        "select_one_from_file us_states.csv",
        "relative_state",
        T(
            "State where the relative lives",
            "Estado donde vive el familiar",
            "Штат проживання родича",
            "Штат проживания родственника",
        ),
        required="yes",
        required_message=T("Select the state.", "Seleccione el estado.", "Виберіть штат.", "Выберите штат."),
    ),
    q(
        "text",
        "relative_city",
        T("City or town", "Ciudad o localidad", "Місто або населений пункт", "Город или населённый пункт"),
        required="yes",
        required_message=T(
            "Enter the city or town.",
            "Escriba la ciudad o localidad.",
            "Введіть місто або населений пункт.",
            "Введите город или населённый пункт.",
        ),
    ),
    q(
        "select_one us_status",
        "relative_status",
        T(
            "Immigration status of the relative",
            "Situación migratoria del familiar",
            "Імміграційний статус родича",
            "Иммиграционный статус родственника",
        ),
    ),
    q(
        "text",
        "relative_phone",
        T("Relative’s phone number", "Teléfono del familiar", "Номер телефону родича", "Номер телефона родственника"),
        hint=T(
            "US number with area code, for example +1 555 010 0199.",
            "Número de EE. UU. con código de área, por ejemplo +1 555 010 0199.",
            "Номер у США з кодом регіону, наприклад +1 555 010 0199.",
            "Номер в США с кодом региона, например +1 555 010 0199.",
        ),
        constraint="regex(., '^(\\+?1[ -]?)?\\(?[0-9]{3}\\)?[ -]?[0-9]{3}[ -]?[0-9]{4}$')",
        constraint_message=T(
            "Enter a 10-digit US number, optionally starting with +1.",
            "Escriba un número de EE. UU. de 10 dígitos; puede empezar con +1.",
            "Введіть 10-значний номер США; на початку можна поставити +1.",
            "Введите 10-значный номер США; в начале можно поставить +1.",
        ),
    ),
    q(
        "select_one yes_no_unknown",
        "relative_can_support",
        T(
            "Could this relative help the family after arrival, for example with housing or orientation?",
            "¿Podría este familiar ayudar a la familia después de su llegada, por ejemplo, con la "
            "vivienda o la orientación?",
            "Чи зможе цей родич допомогти родині після прибуття, наприклад із житлом або адаптацією?",
            "Сможет ли этот родственник помочь семье после приезда, например с жильём или адаптацией?",
        ),
    ),
    q(
        "calculate",
        "relative_label",
        calculation="concat(${relative_name}, ' (', ${relative_city}, ', ', ${relative_state}, ')')",
    ),
    end_repeat(),
    q(
        "integer",
        "main_contact",
        T(
            "Which relative (1–${n_relatives}) should be the main contact for the resettlement agency?",
            "¿Qué familiar (1–${n_relatives}) debe ser el contacto principal de la agencia de reasentamiento?",
            "Який родич (1–${n_relatives}) має бути основною контактною особою для агенції з переселення?",
            "Какой родственник (1–${n_relatives}) должен быть основным контактным лицом для агентства по переселению?",
        ),
        hint=T(
            "Relatives are numbered in the order they were entered.",
            "Los familiares están numerados en el orden en que se registraron.",
            "Родичів пронумеровано в порядку їх запису.",
            "Родственники пронумерованы в порядке записи.",
        ),
        relevant="${has_us_relatives} = 'yes' and ${n_relatives} > 1",
        required="yes",
        required_message=T(
            "Enter the number of the main contact.",
            "Indique el número del contacto principal.",
            "Введіть номер основної контактної особи.",
            "Введите номер основного контактного лица.",
        ),
        constraint=". >= 1 and . <= ${n_relatives}",
        constraint_message=T(
            "Enter the number of one of the relatives listed.",
            "Indique el número de uno de los familiares registrados.",
            "Введіть номер одного із записаних родичів.",
            "Введите номер одного из записанных родственников.",
        ),
        default="1",
    ),
    q(
        "calculate",
        "main_contact_label",
        calculation="if(${has_us_relatives} = 'yes', indexed-repeat(${relative_label}, "
        "${relatives}, coalesce(${main_contact}, 1)), '')",
    ),
    q(
        "note",
        "main_contact_note",
        T(
            "Main contact in the United States: ${main_contact_label}",
            "Contacto principal en Estados Unidos: ${main_contact_label}",
            "Основна контактна особа у США: ${main_contact_label}",
            "Основное контактное лицо в США: ${main_contact_label}",
        ),
        relevant="${has_us_relatives} = 'yes'",
    ),
    q(
        "select_one yes_no",
        "near_relatives",
        T(
            "Does the family want to be resettled near their relatives?",
            "¿La familia desea ser reasentada cerca de sus familiares?",
            "Чи хоче родина переселитися ближче до своїх родичів?",
            "Хочет ли семья переселиться поближе к своим родственникам?",
        ),
        relevant="${has_us_relatives} = 'yes'",
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "begin_group",
        "location",
        T(
            "Location preferences",
            "Preferencias de ubicación",
            "Побажання щодо місця проживання",
            "Пожелания относительно места проживания",
        ),
        appearance="field-list",
    ),
    q(
        "note",
        "location_note",
        T(
            "Explain that preferences are taken into account but cannot be guaranteed: placement "
            "depends on housing, services and family ties.",
            "Explique que las preferencias se tienen en cuenta, pero no pueden garantizarse: la "
            "ubicación depende de la vivienda, los servicios y los vínculos familiares.",
            "Поясніть, що побажання враховуються, але не можуть бути гарантовані: місце "
            "переселення залежить від житла, доступних послуг і родинних зв’язків.",
            "Объясните, что пожелания учитываются, но не могут быть гарантированы: место "
            "переселения зависит от жилья, доступных услуг и родственных связей.",
        ),
    ),
    q(
        "select_one climate",
        "climate",
        T("Preferred climate", "Clima preferido", "Бажаний клімат", "Предпочтительный климат"),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one settlement_type",
        "settlement_type",
        T(
            "Preferred type of place",
            "Tipo de lugar preferido",
            "Бажаний тип населеного пункту",
            "Предпочтительный тип населённого пункта",
        ),
        required="yes",
        required_message=RM_ANSWER,
    ),
    q(
        "select_one_from_file us_states.csv",
        "preferred_state",
        T(
            "Preferred state, if any",
            "Estado preferido, si lo hay",
            "Бажаний штат (якщо є)",
            "Предпочтительный штат (если есть)",
        ),
        hint=T(
            "Leave blank if the family has no preference.",
            "Déjelo en blanco si la familia no tiene preferencia.",
            "Залиште порожнім, якщо родина не має побажань.",
            "Оставьте пустым, если у семьи нет предпочтений.",
        ),
    ),
    q(
        "select_multiple community_need",
        "community_needs",
        T(
            "What matters most to the family in a new community?",
            "¿Qué es lo más importante para la familia en una nueva comunidad?",
            "Що найважливіше для родини в новій громаді?",
            "Что важнее всего для семьи на новом месте?",
        ),
        hint=T(
            "Select up to three.",
            "Seleccione hasta tres.",
            "Виберіть до трьох варіантів.",
            "Выберите до трёх вариантов.",
        ),
        constraint="count-selected(.) <= 3",
        constraint_message=T(
            "Select no more than three.",
            "Seleccione como máximo tres.",
            "Виберіть не більше трьох.",
            "Выберите не более трёх.",
        ),
    ),
    q(
        "text",
        "preference_reason",
        T(
            "Reasons for these preferences",
            "Motivos de estas preferencias",
            "Причини цих побажань",
            "Причины этих пожеланий",
        ),
        appearance="multiline",
    ),
    end_group(),
    q(
        "begin_repeat",
        "employment",
        T("Work and skills", "Trabajo y habilidades", "Робота та навички", "Работа и навыки"),
        prefill="household",
    ),
    q("text", "given_names", L_GIVEN_NAMES, read_only="yes", prefill="person.given_names"),
    q("date", "dob", L_DOB, read_only="yes", prefill="person.dob"),
    q("calculate", "age", calculation=AGE),
    q(
        "begin_group",
        "work",
        T(
            "Work experience: ${given_names}, age ${age}",
            "Experiencia laboral: ${given_names}, edad: ${age}",
            "Досвід роботи: ${given_names}, вік: ${age}",
            "Опыт работы: ${given_names}, возраст: ${age}",
        ),
        relevant="${age} >= 16",
        appearance="field-list",
    ),
    q(
        "select_multiple skill or_other",
        "skills",
        T(
            "Main work skills and experience",
            "Principales habilidades y experiencia laboral",
            "Основні робочі навички та досвід",
            "Основные профессиональные навыки и опыт",
        ),
        hint=T(
            "Select up to five.",
            "Seleccione hasta cinco.",
            "Виберіть до п’яти варіантів.",
            "Выберите до пяти вариантов.",
        ),
        required="yes",
        required_message=T(
            "Select at least one answer.",
            "Seleccione al menos una respuesta.",
            "Виберіть принаймні одну відповідь.",
            "Выберите хотя бы один ответ.",
        ),
        constraint="count-selected(.) <= 5 and not(selected(., 'none') and count-selected(.) > 1)",
        constraint_message=T(
            "Select up to five skills; ‘No work experience’ cannot be combined with other answers.",
            "Seleccione hasta cinco habilidades; «Sin experiencia laboral» no puede combinarse con otras respuestas.",
            "Виберіть до п’яти навичок; «Немає досвіду роботи» не можна поєднувати з іншими відповідями.",
            "Выберите до пяти навыков; «Нет опыта работы» нельзя сочетать с другими ответами.",
        ),
    ),
    q(
        "integer",
        "years_experience",
        T(
            "Total years of work experience",
            "Años de experiencia laboral en total",
            "Загальний стаж роботи (років)",
            "Общий стаж работы (лет)",
        ),
        relevant="not(selected(${skills}, 'none'))",
        constraint=". >= 0 and . <= 60",
        constraint_message=range_message(0, 60, "years"),
    ),
    q(
        "select_one yes_no",
        "professional_license",
        T(
            "Does ${given_names} hold a professional license or diploma in health care or teaching?",
            "¿${given_names} tiene un título o una licencia profesional en el ámbito de la salud o de la enseñanza?",
            "Чи має ${given_names} професійну ліцензію або диплом у галузі охорони здоров’я чи освіти?",
            "Имеет ли ${given_names} профессиональную лицензию или диплом в сфере здравоохранения или образования?",
        ),
        relevant="selected(${skills}, 'healthcare') or selected(${skills}, 'teaching')",
    ),
    q(
        "select_one education",
        "education",
        T(
            "Highest level of education completed",
            "Nivel de estudios más alto completado",
            "Найвищий здобутий рівень освіти",
            "Наивысший полученный уровень образования",
        ),
        required="yes",
        required_message=T(
            "Select the level of education.",
            "Seleccione el nivel de estudios.",
            "Виберіть рівень освіти.",
            "Выберите уровень образования.",
        ),
    ),
    q(
        "select_one english_level",
        "english_level",
        T("English level", "Nivel de inglés", "Рівень англійської мови", "Уровень английского языка"),
        required="yes",
        required_message=T(
            "Select the English level.",
            "Seleccione el nivel de inglés.",
            "Виберіть рівень англійської мови.",
            "Выберите уровень английского языка.",
        ),
    ),
    end_group(),
    end_repeat(),
    q("calculate", "climate_label", calculation="jr:choice-name(${climate}, '${climate}')"),
    q(
        "text",
        "additional_comments",
        T(
            "Other comments from the family",
            "Otros comentarios de la familia",
            "Інші коментарі родини",
            "Другие комментарии семьи",
        ),
        appearance="multiline",
    ),
    q(
        "note",
        "summary",
        T(
            "Preferred climate: ${climate_label}. Review the answers with the family before submitting.",
            "Clima preferido: ${climate_label}. Revise las respuestas con la familia antes de enviar.",
            "Бажаний клімат: ${climate_label}. Перевірте відповіді разом із родиною перед надсиланням.",
            "Предпочтительный климат: ${climate_label}. Проверьте ответы вместе с семьёй перед отправкой.",
        ),
    ),
]

# ---- US states (file list for select_one_from_file) --------------------------------------------
# (postal code, English, Spanish, Ukrainian, Russian); sorted by English name. Only the code and
# the English name are written to us_states.csv (STATES_CSV_HEADER; see the module docstring).
STATES_CSV_HEADER = ("name", "label")
US_STATES = [
    ("AL", "Alabama", "Alabama", "Алабама", "Алабама"),
    ("AK", "Alaska", "Alaska", "Аляска", "Аляска"),
    ("AZ", "Arizona", "Arizona", "Аризона", "Аризона"),
    ("AR", "Arkansas", "Arkansas", "Арканзас", "Арканзас"),
    ("CA", "California", "California", "Каліфорнія", "Калифорния"),
    ("CO", "Colorado", "Colorado", "Колорадо", "Колорадо"),
    ("CT", "Connecticut", "Connecticut", "Коннектикут", "Коннектикут"),
    ("DE", "Delaware", "Delaware", "Делавер", "Делавэр"),
    (
        "DC",
        "District of Columbia (Washington, D.C.)",
        "Distrito de Columbia (Washington D. C.)",
        "Округ Колумбія (Вашингтон)",
        "Округ Колумбия (Вашингтон)",
    ),
    ("FL", "Florida", "Florida", "Флорида", "Флорида"),
    ("GA", "Georgia", "Georgia", "Джорджія", "Джорджия"),
    ("HI", "Hawaii", "Hawái", "Гаваї", "Гавайи"),
    ("ID", "Idaho", "Idaho", "Айдахо", "Айдахо"),
    ("IL", "Illinois", "Illinois", "Іллінойс", "Иллинойс"),
    ("IN", "Indiana", "Indiana", "Індіана", "Индиана"),
    ("IA", "Iowa", "Iowa", "Айова", "Айова"),
    ("KS", "Kansas", "Kansas", "Канзас", "Канзас"),
    ("KY", "Kentucky", "Kentucky", "Кентуккі", "Кентукки"),
    ("LA", "Louisiana", "Luisiana", "Луїзіана", "Луизиана"),
    ("ME", "Maine", "Maine", "Мен", "Мэн"),
    ("MD", "Maryland", "Maryland", "Меріленд", "Мэриленд"),
    ("MA", "Massachusetts", "Massachusetts", "Массачусетс", "Массачусетс"),
    ("MI", "Michigan", "Míchigan", "Мічиган", "Мичиган"),
    ("MN", "Minnesota", "Minnesota", "Міннесота", "Миннесота"),
    ("MS", "Mississippi", "Misisipi", "Міссісіпі", "Миссисипи"),
    ("MO", "Missouri", "Misuri", "Міссурі", "Миссури"),
    ("MT", "Montana", "Montana", "Монтана", "Монтана"),
    ("NE", "Nebraska", "Nebraska", "Небраска", "Небраска"),
    ("NV", "Nevada", "Nevada", "Невада", "Невада"),
    ("NH", "New Hampshire", "Nuevo Hampshire", "Нью-Гемпшир", "Нью-Гэмпшир"),
    ("NJ", "New Jersey", "Nueva Jersey", "Нью-Джерсі", "Нью-Джерси"),
    ("NM", "New Mexico", "Nuevo México", "Нью-Мексико", "Нью-Мексико"),
    ("NY", "New York", "Nueva York", "Нью-Йорк", "Нью-Йорк"),
    ("NC", "North Carolina", "Carolina del Norte", "Північна Кароліна", "Северная Каролина"),
    ("ND", "North Dakota", "Dakota del Norte", "Північна Дакота", "Северная Дакота"),
    ("OH", "Ohio", "Ohio", "Огайо", "Огайо"),
    ("OK", "Oklahoma", "Oklahoma", "Оклахома", "Оклахома"),
    ("OR", "Oregon", "Oregón", "Орегон", "Орегон"),
    ("PA", "Pennsylvania", "Pensilvania", "Пенсильванія", "Пенсильвания"),
    ("RI", "Rhode Island", "Rhode Island", "Род-Айленд", "Род-Айленд"),
    ("SC", "South Carolina", "Carolina del Sur", "Південна Кароліна", "Южная Каролина"),
    ("SD", "South Dakota", "Dakota del Sur", "Південна Дакота", "Южная Дакота"),
    ("TN", "Tennessee", "Tennessee", "Теннессі", "Теннесси"),
    ("TX", "Texas", "Texas", "Техас", "Техас"),
    ("UT", "Utah", "Utah", "Юта", "Юта"),
    ("VT", "Vermont", "Vermont", "Вермонт", "Вермонт"),
    ("VA", "Virginia", "Virginia", "Вірджинія", "Виргиния"),
    ("WA", "Washington", "Washington", "Вашингтон", "Вашингтон"),
    ("WV", "West Virginia", "Virginia Occidental", "Західна Вірджинія", "Западная Виргиния"),
    ("WI", "Wisconsin", "Wisconsin", "Вісконсин", "Висконсин"),
    ("WY", "Wyoming", "Wyoming", "Вайомінг", "Вайоминг"),
]

FORMS = {
    "pre_screening": {
        "form_id": "cr_pre_screening",
        "form_title": "Pre-screening",
        "instance_name": "concat(${case_number}, ' ', substr(${interview_start}, 0, 10))",
        "survey": PRE_SCREENING,
        "rows": (40, 60),
    },
    "medical_history": {
        "form_id": "cr_medical_history",
        "form_title": "Medical history",
        "instance_name": "concat(${case_number}, ' ', ${interview_date})",
        "survey": MEDICAL_HISTORY,
        "rows": (40, 60),
    },
    "resettlement_preferences": {
        "form_id": "cr_resettlement_preferences",
        "form_title": "Resettlement preferences and US ties",
        "instance_name": "concat(${case_number}, ' ', ${interview_date})",
        "survey": RESETTLEMENT_PREFERENCES,
        "rows": (30, 50),
    },
}

# ---- writing -----------------------------------------------------------------------------------


def _list_name(type_: str) -> str | None:
    parts = type_.split()
    if parts[0] in ("select_one", "select_multiple") and len(parts) >= 2:
        return parts[1]
    return None


def _header(col: str) -> list[str]:
    if col in TRANSLATABLE:
        return [f"{col}::{lang}" for lang in LANGS]
    return [COLUMN_HEADERS.get(col, col)]


def survey_table(rows: list[dict]) -> list[list[str | None]]:
    used = [c for c in SURVEY_COLUMNS if any(c in r for r in rows)]
    table = [[h for c in used for h in _header(c)]]
    for r in rows:
        line: list[str | None] = []
        for c in used:
            value = r.get(c)
            if c in TRANSLATABLE:
                line.extend(value if value is not None else (None,) * len(LANGS))
            else:
                line.append(value or None)
        table.append(line)
    return table


def choices_table(rows: list[dict]) -> list[list[str | None]]:
    lists: list[str] = []
    for r in rows:
        name = _list_name(r["type"])
        if name and name not in lists:
            lists.append(name)
    extra: list[str] = []
    for name in lists:
        for _, _, x in CHOICES[name]:
            extra.extend(k for k in x if k not in extra)
    table = [["list_name", "name", *_header("label"), *extra]]
    for name in lists:
        for choice, label, x in CHOICES[name]:
            table.append([name, choice, *label, *(x.get(k) for k in extra)])
    return table


def _fill(ws, table, widths: dict[str, int]) -> None:
    for line in table:
        ws.append(line)
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        letter = cell.column_letter
        head = str(cell.value)
        ws.column_dimensions[letter].width = next((w for prefix, w in widths.items() if head.startswith(prefix)), 16)
    ws.freeze_panes = "C2"


def _deterministic_zip(data: bytes) -> bytes:
    """Re-pack an xlsx with fixed entry timestamps and a fixed dcterms:modified."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def write_form(key: str, spec: dict, path: Path) -> None:
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    _fill(
        survey,
        survey_table(spec["survey"]),
        {
            "type": 34,
            "name": 24,
            "label": 48,
            "hint": 36,
            "relevant": 36,
            "constraint": 36,
            "calculation": 44,
            "choice_filter": 28,
            "bind::": 22,
        },
    )
    choices = wb.create_sheet("choices")
    _fill(choices, choices_table(spec["survey"]), {"list_name": 22, "name": 22, "label": 40})
    settings = wb.create_sheet("settings")
    _fill(
        settings,
        [
            ["form_id", "version", "form_title", "default_language", "namespaces", "instance_name"],
            [spec["form_id"], VERSION, spec["form_title"], DEFAULT_LANGUAGE, NAMESPACES, spec["instance_name"]],
        ],
        {"form_": 28, "namespaces": 44, "instance_name": 56, "default": 20},
    )
    props = wb.properties
    props.creator = "Circuit Ride (tools/build_forms.py)"
    props.lastModifiedBy = "Circuit Ride (tools/build_forms.py)"
    props.title = spec["form_title"]
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue()))


def write_states(path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(STATES_CSV_HEADER)
    for row in US_STATES:
        w.writerow(row[: len(STATES_CSV_HEADER)])
    path.write_text(buf.getvalue(), encoding="utf-8")


def build() -> None:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for key, spec in FORMS.items():
        write_form(key, spec, FORMS_DIR / f"{key}.xlsx")
    write_states(FORMS_DIR / "us_states.csv")


# ---- validation --------------------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
REFERENCE = re.compile(r"\$\{[^}]*\}")
FEATURES = {
    # name -> predicate over one row
    "relevant": lambda r: bool(r.get("relevant")),
    "required + required_message": lambda r: r.get("required") == "yes" and "required_message" in r,
    "constraint + constraint_message": lambda r: bool(r.get("constraint")) and "constraint_message" in r,
    "calculate": lambda r: r["type"] == "calculate",
    "default": lambda r: bool(r.get("default")),
    "read_only": lambda r: r.get("read_only") == "yes",
    "choice_filter": lambda r: bool(r.get("choice_filter")),
    "select_one": lambda r: r["type"].startswith("select_one "),
    "select_multiple": lambda r: r["type"].startswith("select_multiple "),
    "or_other": lambda r: r["type"].endswith(" or_other"),
    "select_one_from_file us_states.csv": lambda r: r["type"] == "select_one_from_file us_states.csv",
    "integer": lambda r: r["type"] == "integer",
    "decimal": lambda r: r["type"] == "decimal",
    "text": lambda r: r["type"] == "text",
    "date": lambda r: r["type"] == "date",
    "datetime": lambda r: r["type"] == "dateTime",
    "time": lambda r: r["type"] == "time",
    "note with ${field}": lambda r: r["type"] == "note" and bool(REFERENCE.search(r["label"][0])),
    "group": lambda r: r["type"] == "begin_group",
    "field-list": lambda r: r.get("appearance") == "field-list",
    "repeat with repeat_count": lambda r: r["type"] == "begin_repeat" and bool(r.get("repeat_count")),
    "household repeat": lambda r: r["type"] == "begin_repeat" and r.get("prefill") == "household",
    "bind::cr:prefill": lambda r: bool(r.get("prefill")),
    "bind::cr:writeback": lambda r: r.get("writeback") == "yes",
}
FUNCTIONS = (
    "selected(",
    "count-selected(",
    "string-length(",
    "regex(",
    "today()",
    "if(",
    "coalesce(",
    "concat(",
    "jr:choice-name(",
    "position(..)",
    "indexed-repeat(",
    "sum(",
    "count(",
)


def _expressions(r: dict) -> str:
    keys = ("relevant", "constraint", "calculation", "choice_filter", "repeat_count", "default")
    return " ".join(r.get(k) or "" for k in keys)


def _has_function(text: str, fn: str) -> bool:
    # "if(" must not match inside another name; "count(" must not match "count-selected(".
    return re.search(r"(?<![\w:-])" + re.escape(fn), text) is not None


def feature_matrix() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, spec in FORMS.items():
        rows = spec["survey"]
        for feature, pred in FEATURES.items():
            if any(pred(r) for r in rows):
                found.setdefault(feature, []).append(key)
        nested = depth = 0
        for r in rows:
            if r["type"] == "begin_repeat":
                depth += 1
                nested = max(nested, depth)
            elif r["type"] == "end_repeat":
                depth -= 1
        if nested >= 2:
            found.setdefault("nested repeat", []).append(key)
        text = " ".join(_expressions(r) for r in rows) + " " + spec["instance_name"]
        for fn in FUNCTIONS:
            if _has_function(text, fn):
                found.setdefault(fn, []).append(key)
    return found


class Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


def check_rows(key: str, spec: dict, problems: Problems) -> None:
    rows = spec["survey"]
    names = Counter(r["name"] for r in rows if r["name"])
    for name, n in names.items():
        if n > 1:
            problems.add(key, f"name {name!r} used {n} times")
    for i, r in enumerate(rows, start=2):
        where = f"{key} survey row {i} ({r['name'] or r['type']})"
        base = r["type"].split()[0]
        if base in FORBIDDEN_TYPES:
            problems.add(where, f"type {base} is not allowed")
        if any(t in _expressions(r) for t in FORBIDDEN_TEXT):
            problems.add(where, "uses a function that is not allowed")
        if r["name"] and not re.fullmatch(r"[a-z][a-z0-9_]*", r["name"]):
            problems.add(where, "name is not snake_case")
        for col in TRANSLATABLE:
            if col in r:
                check_translation(where + f" {col}", r[col], problems)
        needs_label = base not in ("calculate", "end_group", "end_repeat")
        if needs_label and "label" not in r:
            problems.add(where, "has no label")
        if r.get("required") == "yes" and "required_message" not in r:
            problems.add(where, "required without required_message")
        if r.get("constraint") and "constraint_message" not in r:
            problems.add(where, "constraint without constraint_message")
        prefill = r.get("prefill")
        if prefill:
            if r["type"] == "begin_repeat":
                if prefill != "household":
                    problems.add(where, "a repeat can only be prefilled with 'household'")
                if r.get("repeat_count"):
                    problems.add(where, "the household repeat must not have a repeat_count")
            else:
                scope, _, field = prefill.partition(".")
                allowed = {"case": CASE_FIELDS, "person": PERSON_FIELDS}.get(scope, set())
                if field not in allowed:
                    problems.add(where, f"unknown prefill {prefill!r}")
        if r.get("writeback"):
            field = (prefill or "").partition(".")[2]
            if r["writeback"] != "yes" or not (prefill or "").startswith("person.") or field not in WRITEBACK_FIELDS:
                problems.add(where, f"writeback not allowed for prefill {prefill!r}")
        list_name = _list_name(r["type"])
        if list_name and list_name not in CHOICES:
            problems.add(where, f"no choice list {list_name!r}")
    low, high = spec["rows"]
    if not low <= len(rows) <= high:
        problems.add(key, f"{len(rows)} survey rows, expected {low}-{high}")


def check_translation(where: str, texts, problems: Problems) -> None:
    if not isinstance(texts, tuple) or len(texts) != len(LANGS):
        problems.add(where, "needs one text per language")
        return
    en, es, uk, ru = texts
    if not all(t and t.strip() == t for t in texts):
        problems.add(where, "blank text or stray whitespace")
        return
    if es == en and en not in SAME_IN_SPANISH:
        problems.add(where, f"Spanish text is the English one: {en!r}")
    for lang, text in (("uk", uk), ("ru", ru)):
        if not CYRILLIC.search(REFERENCE.sub("", text)) and not re.fullmatch(r"[A-Z0-9-]+", text):
            problems.add(where, f"{lang} text has no Cyrillic: {text!r}")
    refs = [sorted(REFERENCE.findall(t)) for t in texts]
    if any(r != refs[0] for r in refs):
        problems.add(where, "the languages interpolate different ${fields}")


def check_choices(problems: Problems) -> None:
    for list_name, items in CHOICES.items():
        seen = Counter(n for n, _, _ in items)
        for n, c in seen.items():
            if c > 1:
                problems.add(f"choices {list_name}", f"duplicate choice {n!r}")
        for n, label, _ in items:
            check_translation(f"choices {list_name}/{n}", label, problems)


def check_states(path: Path, problems: Problems) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if tuple(rows[0]) != STATES_CSV_HEADER:
        problems.add(path.name, f"unexpected header {rows[0]}")
    if len(rows) - 1 != 51 or len({r[0] for r in rows[1:]}) != 51:
        problems.add(path.name, f"expected 51 distinct states (50 + DC), got {len(rows) - 1}")
    if any(not all(r) or len(r) != len(STATES_CSV_HEADER) for r in rows[1:]):
        problems.add(path.name, "a row has blank or missing cells")
    for code, *names in US_STATES:
        check_translation(f"US_STATES {code}", tuple(names), problems)


def check_xform(key: str, spec: dict, xml: str, problems: Problems) -> None:
    ns = {
        "x": "http://www.w3.org/2002/xforms",
        "h": "http://www.w3.org/1999/xhtml",
        "jr": "http://openrosa.org/javarosa",
    }
    root = ET.fromstring(xml)  # noqa: S314 (pyxform output for our own forms)
    model = root.find("h:head/x:model", ns)
    translations = model.findall("x:itext/x:translation", ns)
    langs = [t.get("lang") for t in translations]
    if sorted(langs) != sorted(LANGS):
        problems.add(key, f"itext languages {langs}, expected {list(LANGS)}")
    ids = [{t.get("id") for t in tr.findall("x:text", ns)} for tr in translations]
    if any(i != ids[0] for i in ids):
        problems.add(key, "itext languages do not define the same texts")
    prefill_attr = f"{{{CR_NS}}}prefill"
    writeback_attr = f"{{{CR_NS}}}writeback"
    binds = {b.get("nodeset"): b for b in model.findall("x:bind", ns)}
    prefilled = {n: b.get(prefill_attr) for n, b in binds.items() if b.get(prefill_attr)}
    expected = [r for r in spec["survey"] if r.get("prefill")]
    if len(prefilled) != len(expected):
        problems.add(key, f"{len(prefilled)} binds carry cr:prefill, expected {len(expected)}")
    written = [n for n, b in binds.items() if b.get(writeback_attr) == "yes"]
    if len(written) != sum(1 for r in spec["survey"] if r.get("writeback")):
        problems.add(key, "cr:writeback binds do not match the rows")
    for r in spec["survey"]:
        if r["type"] == "begin_repeat" and r.get("prefill") == "household":
            path = next((n for n in prefilled if n.endswith("/" + r["name"])), None)
            if path is None or prefilled[path] != "household":
                problems.add(key, f"repeat {r['name']} has no cr:prefill='household' bind")
            for rep in root.iter("{http://www.w3.org/2002/xforms}repeat"):
                if rep.get("nodeset") == path and rep.get(f"{{{ns['jr']}}}count"):
                    problems.add(key, f"household repeat {r['name']} has a jr:count")


def untranslated_labels(xml: str) -> list[str]:
    """Body controls whose label is plain text rather than itext (pyxform's or_other input)."""
    root = ET.fromstring(xml)  # noqa: S314 (pyxform output for our own forms)
    found = []
    for el in root.iter():
        label = el.find("{http://www.w3.org/2002/xforms}label")
        if el.get("ref") and label is not None and label.get("ref") is None and label.text:
            found.append(f"{el.get('ref')}: {label.text!r}")
    return found


def load_in_odk_engine(key: str, xml: str, problems: Problems) -> None:
    """Load the form (with us_states.csv) in ODK's reference engine via tests/odk/odk_fill.mjs."""
    with tempfile.TemporaryDirectory() as tmp:
        form, steps = Path(tmp, f"{key}.xml"), Path(tmp, "steps.json")
        form.write_text(xml, encoding="utf-8")
        steps.write_text("[]", encoding="utf-8")
        shutil.copy(FORMS_DIR / "us_states.csv", tmp)
        run = subprocess.run(
            ["node", str(ROOT / "tests" / "odk" / "odk_fill.mjs"), str(form), str(steps), tmp],
            capture_output=True,
            text=True,
            timeout=120,
        )
    if run.returncode != 0:
        problems.add(key, f"ODK reference engine: {run.stderr.strip()}")


def validate(odk_validate: bool = False, odk_engine: bool = False) -> int:
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    problems = Problems()
    check_choices(problems)
    check_states(FORMS_DIR / "us_states.csv", problems)
    print("file                               rows  choices  warnings")
    for key, spec in FORMS.items():
        path = FORMS_DIR / f"{key}.xlsx"
        check_rows(key, spec, problems)
        try:
            result = convert(xlsform=str(path), validate=odk_validate)
        except PyXFormError as e:
            problems.add(key, f"pyxform: {e}")
            continue
        check_xform(key, spec, result.xform, problems)
        if odk_engine:
            load_in_odk_engine(key, result.xform, problems)
        n_choices = len(choices_table(spec["survey"])) - 1
        print(f"{path.relative_to(ROOT)!s:34} {len(spec['survey']):4}  {n_choices:7}  {len(result.warnings):8}")
        for w in result.warnings:
            print(f"    warning: {' '.join(w.split())}")
        for label in untranslated_labels(result.xform):
            print(f"    untranslated (generated by pyxform): {label}")
    print("\nfeature / function                  forms")
    matrix = feature_matrix()
    for feature in [*FEATURES, "nested repeat", *FUNCTIONS]:
        print(f"  {feature:34} {', '.join(matrix.get(feature, [])) or 'MISSING'}")
        if feature not in matrix:
            problems.add("features", f"{feature} is not used in any form")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("\nall forms valid")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, do not rebuild")
    parser.add_argument(
        "--odk-validate", action="store_true", help="also run ODK Validate through pyxform (needs java)"
    )
    parser.add_argument(
        "--odk-engine",
        action="store_true",
        help="also load each form in ODK's reference engine (needs node and tests/odk/node_modules)",
    )
    args = parser.parse_args(argv)
    if args.odk_validate and shutil.which("java") is None:
        parser.error("--odk-validate needs java on PATH")
    if args.odk_engine and shutil.which("node") is None:
        parser.error("--odk-engine needs node on PATH")
    if not args.check:
        build()
    return validate(odk_validate=args.odk_validate, odk_engine=args.odk_engine)


if __name__ == "__main__":
    sys.exit(main())
