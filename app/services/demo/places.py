"""Sites, regions and the populations a circuit ride meets there (synthetic but plausible)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    country: str
    prefix: str
    region: str
    lat: float
    lon: float
    weight: int  # share of the generated cases
    populations: tuple[tuple[str, int], ...]  # (population code, weight)


SITES: tuple[Site, ...] = (
    Site("Lima", "PE", "LIM", "latam", -12.046, -77.043, 14, (("VE", 95), ("CO", 5))),
    Site("Quito", "EC", "UIO", "latam", -0.180, -78.467, 9, (("VE", 60), ("CO", 40))),
    Site("Bogotá", "CO", "BOG", "latam", 4.711, -74.072, 10, (("VE", 100),)),
    Site("Cúcuta", "CO", "CUC", "latam", 7.894, -72.508, 5, (("VE", 100),)),
    Site("Chisinau", "MD", "KIV", "eastern_europe", 47.011, 28.863, 8, (("UA", 100),)),
    Site("Warsaw", "PL", "WAW", "eastern_europe", 52.230, 21.012, 10, (("UA", 85), ("BY", 15))),
    Site("Islamabad", "PK", "ISB", "central_south_asia", 33.684, 73.048, 13, (("AF", 100),)),
    Site("Peshawar", "PK", "PEW", "central_south_asia", 34.015, 71.525, 6, (("AF", 100),)),
    Site("Dushanbe", "TJ", "DYU", "central_south_asia", 38.560, 68.787, 4, (("AF", 100),)),
    Site("Nairobi", "KE", "NBO", "east_africa", -1.292, 36.822, 9, (("ET", 65), ("ER", 35))),
    Site("Addis Ababa", "ET", "ADD", "east_africa", 9.030, 38.740, 6, (("ER", 100),)),
    Site("Shire", "ET", "SHC", "east_africa", 14.105, 38.283, 6, (("ER", 100),)),
)
SITE_BY_NAME = {s.name: s for s in SITES}
REGIONS = ("latam", "eastern_europe", "central_south_asia", "east_africa")

# Staff user names per region (synthetic): interviewers, a team lead, adjudication support.
STAFF = {
    "latam": ("interviewer.ana", "interviewer.boris", "interviewer.carmen", "interviewer.diego",
              "lead.elena", "support.fabio"),
    "eastern_europe": ("interviewer.irina", "interviewer.jonas", "interviewer.kasia", "lead.lukas",
                       "support.marta", "interviewer.nadia"),
    "central_south_asia": ("interviewer.omar", "interviewer.parisa", "interviewer.quinn",
                           "lead.rahel", "support.samir", "interviewer.tomas"),
    "east_africa": ("interviewer.uma", "interviewer.victor", "interviewer.wanjiru", "lead.xavier",
                    "support.yonas", "interviewer.zara"),
}  # fmt: skip

# Where applicants of each nationality were born, by first language where it matters.
BIRTH_CITIES = {
    "VE": ("Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Ciudad Guayana",
           "Barcelona", "Maturín", "Cumaná", "Mérida", "San Cristóbal", "Barinas", "Ciudad Bolívar",
           "Los Teques", "Punto Fijo", "Coro"),
    "VE:guc": ("Maracaibo", "Paraguaipoa", "Sinamaica", "Guarero"),
    "CO": ("Cali", "Medellín", "Pasto", "Tumaco", "Buenaventura", "Popayán", "Cúcuta", "Florencia",
           "Mocoa", "Ipiales", "Quibdó"),
    "UA": ("Kharkiv", "Mariupol", "Kherson", "Zaporizhzhia", "Odesa", "Mykolaiv", "Donetsk",
           "Luhansk", "Dnipro", "Kyiv", "Chernihiv", "Sumy", "Bakhmut", "Kramatorsk", "Melitopol",
           "Izium", "Lviv", "Vinnytsia"),
    "BY": ("Minsk", "Homel", "Hrodna", "Brest", "Vitsebsk", "Mahilyow", "Babruysk"),
    "AF:prs": ("Kabul", "Herat", "Mazar-i-Sharif", "Bamyan", "Kunduz", "Taloqan", "Faizabad",
               "Pul-e-Khumri", "Ghazni"),
    "AF:ps": ("Kandahar", "Jalalabad", "Khost", "Lashkar Gah", "Maidan Shahr", "Ghazni", "Kabul",
              "Gardez"),
    "AF:uz": ("Mazar-i-Sharif", "Sheberghan", "Maimana", "Andkhoy"),
    "ER": ("Asmara", "Keren", "Massawa", "Mendefera", "Dekemhare", "Adi Keyh", "Barentu", "Assab",
           "Adi Quala", "Senafe", "Tesseney"),
    "ER:tig": ("Keren", "Massawa", "Afabet", "Nakfa"),
    "ET:am": ("Addis Ababa", "Gondar", "Bahir Dar", "Dessie", "Debre Markos", "Debre Birhan"),
    "ET:om": ("Adama", "Jimma", "Nekemte", "Shashamane", "Ambo", "Bishoftu", "Dembi Dolo"),
    "ET:ti": ("Mekelle", "Adigrat", "Axum", "Humera", "Adwa"),
}  # fmt: skip

# Where children born after the family fled were born (host country of the site).
HOST_CITIES = {
    "PE": ("Lima", "Trujillo", "Arequipa", "Piura", "Tumbes"),
    "EC": ("Quito", "Guayaquil", "Cuenca", "Ibarra", "Tulcán"),
    "CO": ("Bogotá", "Cúcuta", "Barranquilla", "Medellín", "Bucaramanga"),
    "MD": ("Chisinau", "Bălți", "Cahul"),
    "PL": ("Warszawa", "Kraków", "Przemyśl", "Lublin", "Wrocław"),
    "PK": ("Islamabad", "Peshawar", "Quetta", "Rawalpindi", "Haripur"),
    "TJ": ("Dushanbe", "Vahdat", "Khujand"),
    "KE": ("Nairobi", "Kakuma", "Dadaab"),
    "ET": ("Addis Ababa", "Shire", "Mai Aini", "Adi Harush", "Hitsats"),
}
# Host countries whose nationality a child born there acquires (ius soli).
IUS_SOLI = frozenset({"PE", "EC", "CO"})

# Years in which families of each population left home (range, inclusive), by site country.
DISPLACEMENT_YEARS = {
    "VE": (2015, 2023),
    "CO": (2004, 2021),
    "UA": (2022, 2025),
    "BY": (2020, 2023),
    "AF:PK": (1996, 2023),
    "AF:TJ": (2021, 2023),
    "ER": (2008, 2023),
    "ET": (2016, 2023),
}

# US cities where relatives of each population commonly live (for "US ties").
US_CITIES = {
    "VE": ("Doral, FL", "Miami, FL", "Houston, TX", "Orlando, FL", "Weston, FL"),
    "CO": ("Miami, FL", "Queens, NY", "Newark, NJ", "Houston, TX"),
    "UA": ("Sacramento, CA", "Chicago, IL", "Seattle, WA", "Brooklyn, NY", "Philadelphia, PA",
           "Spokane, WA"),
    "BY": ("Chicago, IL", "Brooklyn, NY", "Sacramento, CA"),
    "AF": ("Sacramento, CA", "Fremont, CA", "Alexandria, VA", "Houston, TX", "Manassas, VA"),
    "ER": ("Washington, DC", "Oakland, CA", "Seattle, WA", "Dallas, TX", "Denver, CO"),
    "ET": ("Silver Spring, MD", "Washington, DC", "Minneapolis, MN", "Seattle, WA", "Columbus, OH"),
}  # fmt: skip

LANGUAGE_NAMES = {
    "es": "Spanish", "en": "English", "guc": "Wayuu", "uk": "Ukrainian", "ru": "Russian",
    "be": "Belarusian", "pl": "Polish", "ro": "Romanian", "prs": "Dari", "ps": "Pashto",
    "ur": "Urdu", "tg": "Tajik", "uz": "Uzbek", "ti": "Tigrinya", "tig": "Tigre", "am": "Amharic",
    "om": "Oromo", "ar": "Arabic", "sw": "Swahili",
}  # fmt: skip
