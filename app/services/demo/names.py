"""Name lists for the synthetic populations. All names are common given and family names,
combined at random; no entry is a real person. ``FAMOUS`` lists combinations that would point
at a well-known person and that the generator redraws.

Native-script entries are (native, latin, alternative latin spellings).
"""

from __future__ import annotations

NativeName = tuple[str, str, tuple[str, ...]]  # (native, latin, alternative latin spellings)

# --- Spanish (Venezuelan and Colombian applicants) -------------------------------------------

ES_FEMALE = (
    "María", "Ana", "Ángela", "Andreína", "Daniela", "Valentina", "Sofía", "Camila", "Génesis",
    "Yulimar", "Yusleidy", "Mariangel", "Luisana", "Oriana", "Carolina", "Gabriela", "Mariana",
    "Isabella", "Fernanda", "Victoria", "Rosa", "Carmen", "Milagros", "Yelitza", "Dayana", "Yenny",
    "Karla", "Paola", "Lucía", "Valeria", "Nathaly", "Josefina", "Beatriz", "Gladys", "Marisol",
    "Ingrid", "Leidy", "Yurany", "Luz", "Alejandra", "Inés", "Mónica", "Zuleima", "Neida",
)  # fmt: skip
ES_MALE = (
    "José", "Luis", "Carlos", "Jesús", "Miguel", "Ángel", "Juan", "Andrés", "Santiago",
    "Sebastián", "Samuel", "Mateo", "Diego", "Alejandro", "Jhonny", "Wilmer", "Franklin", "Yorman",
    "Deiby", "Darwin", "Kleiber", "Eduardo", "Rafael", "Ramón", "Óscar", "Víctor", "Héctor",
    "Julio", "Richard", "Jhon", "Yeferson", "Brayan", "Kevin", "Anderson", "Germán", "Iván",
    "Nelson", "Freddy", "Rubén", "Elías", "Tomás", "Matías", "Joaquín", "Moisés", "Yohandry",
)  # fmt: skip
# Second given names that commonly follow a first one ("María José", "Juan Carlos").
ES_FEMALE_SECOND = ("José", "Fernanda", "Alejandra", "Gabriela", "Lucía", "Isabel", "Victoria", "Elena")
ES_MALE_SECOND = ("Carlos", "José", "Luis", "David", "Alberto", "Antonio", "Manuel", "Enrique", "Andrés")
ES_SURNAMES = (
    "Pérez", "Núñez", "González", "Rodríguez", "Hernández", "Martínez", "López", "García",
    "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales",
    "Jiménez", "Álvarez", "Romero", "Castillo", "Vásquez", "Rojas", "Mendoza", "Guzmán",
    "Quintero", "Villalobos", "Chacón", "Briceño", "Carrasco", "Salazar", "Peña", "Medina",
    "Contreras", "Ortega", "Parra", "Suárez", "Bermúdez", "Araujo", "Ocando", "Urdaneta",
    "Colmenares", "Pineda", "Zambrano", "Montilla", "Acosta", "Fuenmayor", "Graterol", "Marcano",
    "Rangel", "Sulbarán", "Valbuena", "Linares", "Arrieta", "Cárdenas", "Mosquera", "Valencia",
    "Caicedo", "Cuero", "Angulo", "Restrepo", "Londoño", "Henao", "Ocampo", "Giraldo", "Arboleda",
    "Quiñónez", "Ibarra", "Navarro", "Aguilar", "Delgado", "Cabello", "Escalona", "Villegas",
)  # fmt: skip

# --- Ukrainian and Russian (Cyrillic) ----------------------------------------------------------

# (Ukrainian form, Russian form): the Russian form is what a Russian-speaking family often uses.
UK_MALE = (
    ("Олександр", "Александр"), ("Андрій", "Андрей"), ("Сергій", "Сергей"), ("Дмитро", "Дмитрий"),
    ("Володимир", "Владимир"), ("Микола", "Николай"), ("Іван", "Иван"), ("Михайло", "Михаил"),
    ("Олег", "Олег"), ("Юрій", "Юрий"), ("Віктор", "Виктор"), ("Василь", "Василий"),
    ("Богдан", "Богдан"), ("Максим", "Максим"), ("Артем", "Артём"), ("Денис", "Денис"),
    ("Ярослав", "Ярослав"), ("Павло", "Павел"), ("Олексій", "Алексей"), ("Євген", "Евгений"),
    ("Ігор", "Игорь"), ("Роман", "Роман"), ("Назар", "Назар"), ("Тарас", "Тарас"),
    ("Кирило", "Кирилл"), ("Вадим", "Вадим"), ("Степан", "Степан"), ("Григорій", "Григорий"),
    ("Анатолій", "Анатолий"), ("Петро", "Пётр"), ("Матвій", "Матвей"), ("Ілля", "Илья"),
)  # fmt: skip
UK_FEMALE = (
    ("Олена", "Елена"), ("Наталія", "Наталья"), ("Оксана", "Оксана"), ("Ірина", "Ирина"),
    ("Тетяна", "Татьяна"), ("Світлана", "Светлана"), ("Юлія", "Юлия"), ("Ольга", "Ольга"),
    ("Марія", "Мария"), ("Галина", "Галина"), ("Людмила", "Людмила"), ("Анна", "Анна"),
    ("Катерина", "Екатерина"), ("Вікторія", "Виктория"), ("Дарина", "Дарья"), ("Софія", "София"),
    ("Анастасія", "Анастасия"), ("Христина", "Кристина"), ("Валентина", "Валентина"),
    ("Надія", "Надежда"), ("Любов", "Любовь"), ("Лариса", "Лариса"), ("Алла", "Алла"),
    ("Яна", "Яна"), ("Аліна", "Алина"), ("Поліна", "Полина"), ("Мирослава", "Мирослава"),
    ("Соломія", "Соломия"), ("Зоряна", "Зоряна"), ("Євгенія", "Евгения"), ("Єлизавета", "Елизавета"),
)  # fmt: skip
# (male form, female form); equal when the name does not change with gender.
UK_SURNAMES = (
    ("Бондаренко",) * 2, ("Коваленко",) * 2, ("Ткаченко",) * 2, ("Кравченко",) * 2,
    ("Олійник",) * 2, ("Мельник",) * 2, ("Шевчук",) * 2, ("Поліщук",) * 2, ("Бойко",) * 2,
    ("Ткачук",) * 2, ("Лисенко",) * 2, ("Руденко",) * 2, ("Савченко",) * 2, ("Петренко",) * 2,
    ("Марченко",) * 2, ("Мороз",) * 2, ("Павленко",) * 2, ("Левченко",) * 2, ("Харченко",) * 2,
    ("Гончаренко",) * 2, ("Клименко",) * 2, ("Кушнір",) * 2, ("Савчук",) * 2, ("Гаврилюк",) * 2,
    ("Романюк",) * 2, ("Кузьменко",) * 2, ("Остапенко",) * 2, ("Білик",) * 2,
    ("Пономаренко",) * 2, ("Якименко",) * 2, ("Тимченко",) * 2, ("Карпенко",) * 2,
    ("Гордієнко",) * 2, ("Яковенко",) * 2, ("Мазур",) * 2, ("Василенко",) * 2, ("Литвин",) * 2,
    ("Ковальський", "Ковальська"), ("Вишневський", "Вишневська"), ("Головатий", "Головата"),
    ("Савицький", "Савицька"), ("Лозинський", "Лозинська"), ("Згурський", "Згурська"),
    ("Кузнєцов", "Кузнєцова"), ("Іванов", "Іванова"), ("Попов", "Попова"),
    ("Смирнов", "Смирнова"), ("Волков", "Волкова"), ("Новіков", "Новікова"),
    ("Соловйов", "Соловйова"), ("Захарченко",) * 2, ("Дорошенко",) * 2, ("Єременко",) * 2,
)  # fmt: skip
RU_SURNAMES = (
    ("Кузнецов", "Кузнецова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"),
    ("Козлов", "Козлова"), ("Новиков", "Новикова"), ("Морозов", "Морозова"),
    ("Волков", "Волкова"), ("Соловьёв", "Соловьёва"), ("Васильев", "Васильева"),
    ("Зайцев", "Зайцева"), ("Семёнов", "Семёнова"), ("Голубев", "Голубева"),
    ("Виноградов", "Виноградова"), ("Богданов", "Богданова"), ("Воробьёв", "Воробьёва"),
    ("Фёдоров", "Фёдорова"), ("Михайлов", "Михайлова"), ("Беляев", "Беляева"),
    ("Тарасов", "Тарасова"), ("Белов", "Белова"), ("Комаров", "Комарова"), ("Орлов", "Орлова"),
    ("Киселёв", "Киселёва"), ("Макаров", "Макарова"), ("Андреев", "Андреева"),
    ("Ковалёв", "Ковалёва"), ("Гусев", "Гусева"), ("Титов", "Титова"),
    ("Ковалевский", "Ковалевская"), ("Козловский", "Козловская"), ("Климович",) * 2,
    ("Жук",) * 2, ("Новик",) * 2, ("Радкевич",) * 2, ("Лукашевич",) * 2, ("Якубович",) * 2,
    ("Бондарчук",) * 2, ("Ковальчук",) * 2,
)  # fmt: skip

# --- Afghan (Dari / Pashto, Arabic script) -----------------------------------------------------

AF_MALE: tuple[NativeName, ...] = (
    ("محمد", "Mohammad", ("Muhammad", "Mohammed")), ("احمد", "Ahmad", ("Ahmed",)),
    ("فرید", "Farid", ("Fareed",)), ("جاوید", "Jawid", ("Javed", "Jawed")),
    ("نصیر", "Nasir", ("Naseer",)), ("کریم", "Karim", ("Kareem",)), ("رحیم", "Rahim", ("Raheem",)),
    ("بشیر", "Bashir", ("Basheer",)), ("شفیق", "Shafiq", ("Shafique",)), ("ولی", "Wali", ("Vali",)),
    ("عزیز", "Aziz", ()), ("سلیم", "Salim", ("Saleem",)), ("قدیر", "Qadir", ("Qader", "Kadir")),
    ("یوسف", "Yousuf", ("Yusuf", "Yousef")), ("ادریس", "Idris", ("Edris",)),
    ("مصطفی", "Mustafa", ("Mostafa",)), ("حسین", "Hussain", ("Hussein", "Hossein")),
    ("علی", "Ali", ()), ("رضا", "Reza", ("Raza",)), ("سهراب", "Sohrab", ()),
    ("زبیر", "Zubair", ("Zubayr",)), ("نوید", "Navid", ("Naveed",)), ("فواد", "Fawad", ("Fuad",)),
    ("همایون", "Humayun", ("Homayoun",)), ("سمیر", "Samir", ("Sameer",)),
    ("عبدالرحمن", "Abdul Rahman", ("Abdulrahman", "Abdurrahman")),
    ("عصمت الله", "Esmatullah", ("Ismatullah",)), ("حبیب الله", "Habibullah", ("Habibollah",)),
    ("شریف", "Sharif", ("Shareef",)), ("منصور", "Mansoor", ("Mansur",)),
    ("طارق", "Tariq", ("Tareq",)), ("ضیا", "Zia", ("Ziya",)), ("میرویس", "Mirwais", ("Mirways",)),
    ("گل احمد", "Gul Ahmad", ("Gulahmad",)),
)  # fmt: skip
AF_FEMALE: tuple[NativeName, ...] = (
    ("فاطمه", "Fatima", ("Fatema", "Fatemeh")), ("زهرا", "Zahra", ("Zahraa",)),
    ("مریم", "Maryam", ("Mariam",)), ("شکریه", "Shukria", ("Shukriya",)), ("فریبا", "Fariba", ()),
    ("نرگس", "Nargis", ("Narges",)), ("لیلا", "Laila", ("Leila", "Layla")),
    ("زینب", "Zainab", ("Zaynab",)), ("حلیمه", "Halima", ("Haleema",)),
    ("صدیقه", "Sediqa", ("Siddiqa",)), ("شبنم", "Shabnam", ()), ("پروین", "Parwin", ("Parveen",)),
    ("گلالی", "Gulalai", ("Gulalay",)), ("نسرین", "Nasrin", ("Nasreen",)),
    ("سمیرا", "Samira", ("Sameera",)), ("هما", "Homa", ("Huma",)), ("ستاره", "Setara", ("Sitara",)),
    ("مرسل", "Mursal", ()), ("فرشته", "Freshta", ("Fereshta", "Fereshteh")),
    ("رخسار", "Rukhsar", ("Rokhsar",)), ("وحیده", "Wahida", ("Vahida",)),
    ("ملالی", "Malalai", ("Malali",)), ("آمنه", "Amina", ("Amena",)), ("نازنین", "Nazanin", ()),
    ("خدیجه", "Khadija", ("Khadijeh",)), ("سهیلا", "Sohaila", ("Suhaila",)),
)  # fmt: skip
AF_SURNAMES: tuple[NativeName, ...] = (
    ("پوپل", "Popal", ("Popel",)), ("سلطانی", "Sultani", ("Soltani",)),
    ("هاشمی", "Hashimi", ("Hashemi",)), ("رحیمی", "Rahimi", ("Raheemi",)),
    ("نوری", "Noori", ("Nouri", "Nuri")), ("امیری", "Amiri", ("Ameeri",)),
    ("حیدری", "Haidari", ("Haydari", "Heydari")), ("کریمی", "Karimi", ("Kareemi",)),
    ("صافی", "Safi", ()), ("وردک", "Wardak", ("Wardag",)), ("محمدی", "Mohammadi", ("Muhammadi",)),
    ("حسینی", "Hussaini", ("Hosseini", "Husaini")), ("رضایی", "Rezaei", ("Rezayee", "Rezai")),
    ("جعفری", "Jafari", ("Jafary", "Jaafari")), ("سادات", "Sadat", ("Saadat",)),
    ("عزیزی", "Azizi", ()), ("نظری", "Nazari", ("Nazary",)), ("قادری", "Qaderi", ("Qadiri",)),
    ("ستانکزی", "Stanikzai", ("Stanekzai",)), ("شینواری", "Shinwari", ("Shinwary",)),
    ("مومند", "Momand", ("Mohmand",)), ("اکبری", "Akbari", ()), ("نیازی", "Niazi", ("Niyazi",)),
    ("صدیقی", "Siddiqi", ("Sediqi", "Sidiqi")), ("عظیمی", "Azimi", ("Azeemi",)),
    ("یعقوبی", "Yaqoobi", ("Yaqubi",)), ("احمدی", "Ahmadi", ("Ahmady",)),
    ("نجیبی", "Najibi", ("Najeebi",)), ("رسولی", "Rasuli", ("Rasooli",)),
    ("ابراهیمی", "Ebrahimi", ("Ibrahimi",)),
)  # fmt: skip

# --- Eritrean (Tigrinya) and Ethiopian (Amharic, Oromo), Ethiopic script -------------------------
# Family names are the father's given name (optionally followed by the grandfather's).

ER_MALE: tuple[NativeName, ...] = (
    ("ተስፋይ", "Tesfay", ("Tesfaye",)), ("ዮሃንስ", "Yohannes", ("Yohanes",)),
    ("ሰለሞን", "Solomon", ("Selomon",)), ("ዳዊት", "Dawit", ()), ("ሚካኤል", "Mikael", ("Michael",)),
    ("ኣማኑኤል", "Amanuel", ("Emmanuel",)), ("ብርሃነ", "Berhane", ("Birhane",)),
    ("ሃይለ", "Haile", ("Hayle",)), ("ፍስሃ", "Fisseha", ("Fsaha",)), ("ተኽለ", "Tekle", ("Teklay",)),
    ("ኪዳነ", "Kidane", ()), ("መሓሪ", "Mehari", ("Mahari",)), ("ኣብርሃም", "Abraham", ("Abrham",)),
    ("ሰመረ", "Semere", ("Semre",)), ("ሃብተ", "Habte", ()), ("ዓወት", "Awet", ()),
    ("ሄኖክ", "Henok", ("Henock",)), ("ናትናኤል", "Natnael", ("Nathnael",)), ("ሮበል", "Robel", ()),
    ("ፊልሞን", "Filmon", ("Philmon",)), ("ያቆብ", "Yakob", ("Yacob",)),
    ("ገብረመድህን", "Gebremedhin", ("Gebremedhn",)), ("ተወልደ", "Tewelde", ("Tewolde",)),
)  # fmt: skip
ER_FEMALE: tuple[NativeName, ...] = (
    ("ሳባ", "Saba", ()), ("ሉላ", "Lula", ()), ("ሕይወት", "Hiwet", ("Hiwot",)), ("ሰላም", "Selam", ()),
    ("ኤልሳ", "Elsa", ()), ("ሃና", "Hana", ("Hanna",)), ("ፍዮሪ", "Fiori", ("Fyori",)),
    ("ሩታ", "Ruta", ()), ("ዮርዳኖስ", "Yordanos", ()), ("ብርኽቲ", "Brikti", ("Birikti",)),
    ("ኣዜብ", "Azeb", ()), ("ሰናይት", "Senait", ("Senayt",)), ("ለምለም", "Lemlem", ()),
    ("ሳምራዊት", "Samrawit", ()), ("ዊንታ", "Winta", ()), ("ሜሮን", "Meron", ()),
    ("ቤተልሄም", "Betelhem", ("Bethlehem",)), ("ኣስመረት", "Asmeret", ()), ("ጸጋ", "Tsega", ("Sega",)),
    ("ኤደን", "Eden", ()),
)  # fmt: skip
ET_MALE: tuple[NativeName, ...] = (
    ("ታደሰ", "Tadesse", ("Tadese",)), ("ተሾመ", "Teshome", ()), ("በቀለ", "Bekele", ("Bekelle",)),
    ("ግርማ", "Girma", ()), ("ደረጀ", "Dereje", ()), ("አበበ", "Abebe", ()),
    ("ካሳሁን", "Kassahun", ("Kasahun",)), ("ሙሉጌታ", "Mulugeta", ()), ("ሰለሞን", "Solomon", ()),
    ("ዳንኤል", "Daniel", ()), ("ዮናስ", "Yonas", ("Jonas",)), ("ብሩክ", "Biruk", ("Bruk",)),
    ("ኤርሚያስ", "Ermias", ("Ermiyas",)), ("ፍቃዱ", "Fikadu", ("Fekadu",)), ("አለሙ", "Alemu", ()),
    ("ወርቁ", "Worku", ("Werku",)), ("መስፍን", "Mesfin", ()),
)  # fmt: skip
ET_FEMALE: tuple[NativeName, ...] = (
    ("ትዕግስት", "Tigist", ("Tigest",)), ("ሕይወት", "Hiwot", ("Hiwet",)),
    ("ብርቱካን", "Birtukan", ("Birtukane",)), ("ፀሐይ", "Tsehay", ("Tsehai",)),
    ("ሰላማዊት", "Selamawit", ()), ("ቤተልሔም", "Betelhem", ("Bethlehem",)), ("ማርታ", "Marta", ("Martha",)),
    ("ሩት", "Ruth", ("Rut",)), ("ሜሮን", "Meron", ()), ("ሃና", "Hana", ("Hanna",)),
    ("ኤልሳቤጥ", "Elsabet", ("Elizabeth",)), ("ሰናይት", "Senait", ()), ("ሂሩት", "Hirut", ()),
    ("መሰረት", "Meseret", ()), ("ዓለም", "Alem", ()),
)  # fmt: skip
# Oromo names: written in Latin (Qubee) at home, Ethiopic on older federal documents.
OM_MALE: tuple[NativeName, ...] = (
    ("ጫላ", "Chala", ("Cala",)), ("ለሚ", "Lemi", ("Lammii",)), ("ቶላ", "Tola", ("Toolaa",)),
    ("ገመቹ", "Gemechu", ("Gammachuu",)), ("ኦብሳ", "Obsa", ("Obsaa",)), ("ቦንሳ", "Bonsa", ("Bonsaa",)),
    ("ፈይሳ", "Feyisa", ("Fayyisaa",)), ("ጉታ", "Guta", ("Gutaa",)),
)  # fmt: skip
OM_FEMALE: tuple[NativeName, ...] = (
    ("ጫልቱ", "Chaltu", ("Caaltuu",)), ("ሐዊ", "Hawi", ("Hawii",)), ("ፋጡማ", "Fatuma", ("Faatumaa",)),
    ("ለሊሴ", "Lelise", ("Lalisee",)), ("አያንቱ", "Ayantu", ("Ayaantuu",)), ("ቡልቱ", "Bultu", ("Bultuu",)),
    ("ቢሊሴ", "Bilise", ("Bilisee",)),
)  # fmt: skip

# Combinations (first given name, first family-name word) that point at well-known people.
FAMOUS = frozenset(
    {
        ("Carlos", "Pérez"), ("José", "Hernández"), ("Luis", "Díaz"), ("Daniel", "Ortega"),
        ("Félix", "Hernández"), ("Yulimar", "Rojas"),
        ("Kateryna", "Bondarenko"), ("Ivan", "Pavlov"), ("Anna", "Pavlova"), ("Aleksandr", "Popov"),
        ("Oleksandr", "Popov"), ("Laila", "Haidari"), ("Tigist", "Tadesse"), ("Haile", "Gebremedhin"),
        ("Yurii", "Bondarenko"), ("Mohammad", "Nabi"), ("Dmytro", "Kuleba"),
    }
)  # fmt: skip
