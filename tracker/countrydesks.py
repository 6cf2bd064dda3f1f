"""Country desks: which Department office backstops a country, and which country a post is in.

Geo TAGS are FIPS 10-4 codes (AJ = Azerbaijan). The office of each country is State's
Cablegate-era (c. 2008) organisation as best known, limited to the office symbols the tracker
ships (tracker/deskdata.py): where an office of the time is not shipped (EUR/UBI for the UK,
Benelux and Ireland) its successor is used (EUR/WE). Pure data, no Django.
"""

from __future__ import annotations

# The station of cables the Department sends (08STATE25117).
DEPARTMENT_STATIONS = frozenset({"STATE", "SECSTATE"})

# Office symbol -> FIPS codes of the countries it covers.
_OFFICE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "EUR/CARC": ("AJ", "AM", "GG"),
    "EUR/RUS": ("RS",),
    "EUR/UMB": ("UP", "MD", "BO"),
    "EUR/CE": ("GM", "AU", "SZ", "LS", "PL", "EZ", "LO", "HU", "SI", "RO", "BU"),
    "EUR/NB": ("DA", "FI", "IC", "NO", "SW", "EN", "LG", "LH", "GL", "FO"),
    "EUR/WE": (
        "FR", "IT", "SP", "PO", "BE", "NL", "LU", "MT", "MN", "AN", "SM", "VT", "UK", "EI", "GI",
    ),
    "EUR/SE": ("GR", "TU", "CY"),
    "EUR/SCE": ("AL", "BK", "HR", "KV", "MK", "MJ", "RI", "SR", "YI"),
    "SCA/CEN": ("KZ", "KG", "TI", "TX", "UZ"),
    "SCA/A": ("AF",),
    "SCA/PB": ("PK",),
    "SCA/INSB": ("IN", "NP", "CE", "BG", "BT", "MV"),
    "NEA/ARP": ("SA", "KU", "BA", "QA", "AE", "TC", "MU", "YM"),
    "NEA/ELA": ("EG", "JO", "LE", "SY"),
    "NEA/MAG": ("AG", "MO", "TS", "LY", "WI"),
    "NEA/IPA": ("IS", "GZ", "WE", "GZWE"),
    "NEA/I": ("IZ",),
    "NEA/IR": ("IR",),
    "EAP/CM": ("CH", "MG", "HK", "MC"),
    "EAP/TC": ("TW",),
    "EAP/J": ("JA",),
    "EAP/K": ("KS", "KN"),
    "EAP/MLS": ("TH", "BM", "CB", "LA", "VM"),
    "EAP/MTS": ("ID", "MY", "SN", "BX", "RP", "TT"),
    "EAP/ANP": (
        "AS", "NZ", "FJ", "PP", "WS", "TN", "BP", "NH", "KR", "FM", "RM", "PS", "NR", "TV",
    ),
    "AF/C": ("CM", "CF", "CG", "CT", "CD", "GB", "EK", "TP", "RW", "BY"),
    "AF/E": ("ET", "ER", "KE", "UG", "TZ", "SO", "DJ", "SU", "OD", "SE"),
    "AF/S": ("SF", "BC", "LT", "WZ", "WA", "ZI", "ZA", "MZ", "AO", "MI", "MA", "MP", "CN"),
    "AF/W": (
        "NI", "GH", "IV", "SG", "ML", "UV", "NG", "BN", "TO", "LI", "SL", "GV", "PU", "GA",
        "CV", "MR",
    ),
    "WHA/CAN": ("CA",),
    "WHA/MEX": ("MX",),
    "WHA/CCA": ("CU",),
    "WHA/CAR": (
        "HA", "DR", "JM", "BF", "BB", "TD", "GJ", "AC", "DO", "ST", "VC", "SC", "GY", "NS", "UC",
        "BD",
    ),
    "WHA/CEN": ("GT", "HO", "ES", "NU", "CS", "PM", "BH"),
    "WHA/AND": ("CO", "VE", "EC", "PE", "BL"),
    "WHA/BSC": ("BR", "AR", "CI", "PA", "UY"),
}  # fmt: skip

COUNTRY_DESKS: dict[str, str] = {
    country: office for office, countries in _OFFICE_COUNTRIES.items() for country in countries
}

# FIPS code -> the posts (stations, as in reference ids) in that country.
_COUNTRY_POSTS: dict[str, tuple[str, ...]] = {
    "AJ": ("BAKU",), "AM": ("YEREVAN",), "GG": ("TBILISI",), "RS": ("MOSCOW", "STPETERSBURG",
    "VLADIVOSTOK", "YEKATERINBURG"), "UP": ("KIEV",), "MD": ("CHISINAU",), "BO": ("MINSK",),
    "GM": ("BERLIN", "DUSSELDORF", "FRANKFURT", "HAMBURG", "LEIPZIG", "MUNICH"),
    "AU": ("VIENNA",), "SZ": ("BERN",), "PL": ("WARSAW", "KRAKOW"), "EZ": ("PRAGUE",),
    "LO": ("BRATISLAVA",), "HU": ("BUDAPEST",), "SI": ("LJUBLJANA",), "RO": ("BUCHAREST",),
    "BU": ("SOFIA",), "DA": ("COPENHAGEN",), "FI": ("HELSINKI",), "IC": ("REYKJAVIK",),
    "NO": ("OSLO",), "SW": ("STOCKHOLM",), "EN": ("TALLINN",), "LG": ("RIGA",),
    "LH": ("VILNIUS",), "FR": ("PARIS", "MARSEILLE", "STRASBOURG"),
    "IT": ("ROME", "FLORENCE", "MILAN", "NAPLES"), "SP": ("MADRID", "BARCELONA"),
    "PO": ("LISBON", "PONTADELGADA"), "BE": ("BRUSSELS",), "NL": ("THEHAGUE", "AMSTERDAM"),
    "LU": ("LUXEMBOURG",), "MT": ("VALLETTA",), "VT": ("VATICAN",),
    "UK": ("LONDON", "BELFAST", "EDINBURGH"), "EI": ("DUBLIN",), "GR": ("ATHENS",
    "THESSALONIKI"), "TU": ("ANKARA", "ADANA", "ISTANBUL"), "CY": ("NICOSIA",),
    "AL": ("TIRANA",), "BK": ("SARAJEVO",), "HR": ("ZAGREB",), "KV": ("PRISTINA",),
    "MK": ("SKOPJE",), "MJ": ("PODGORICA",), "RI": ("BELGRADE",), "KZ": ("ASTANA",),
    "KG": ("BISHKEK",), "TI": ("DUSHANBE",), "TX": ("ASHGABAT",), "UZ": ("TASHKENT",),
    "AF": ("KABUL", "HERAT", "MAZARESHARIF"), "PK": ("ISLAMABAD", "KARACHI", "LAHORE",
    "PESHAWAR"), "IN": ("NEWDELHI", "CHENNAI", "HYDERABAD", "KOLKATA", "MUMBAI"),
    "NP": ("KATHMANDU",), "CE": ("COLOMBO",), "BG": ("DHAKA",), "SA": ("RIYADH", "DHAHRAN",
    "JEDDAH"), "KU": ("KUWAIT",), "BA": ("MANAMA",), "QA": ("DOHA",),
    "AE": ("ABUDHABI", "DUBAI"),
    "MU": ("MUSCAT",), "YM": ("SANAA",), "EG": ("CAIRO",), "JO": ("AMMAN",),
    "LE": ("BEIRUT",), "SY": ("DAMASCUS",), "AG": ("ALGIERS",), "MO": ("RABAT",
    "CASABLANCA"), "TS": ("TUNIS",), "LY": ("TRIPOLI",), "IS": ("TELAVIV",),
    "WE": ("JERUSALEM",), "IZ": ("BAGHDAD",), "IR": ("RPODUBAI",),
    "CH": ("BEIJING", "CHENGDU", "GUANGZHOU",
    "SHANGHAI", "SHENYANG"), "MG": ("ULAANBAATAR",), "HK": ("HONGKONG",),
    "TW": ("TAIPEI", "KAOHSIUNG"), "JA": ("TOKYO", "FUKUOKA", "NAGOYA", "NAHA", "OSAKAKOBE",
    "SAPPORO"), "KS": ("SEOUL",), "TH": ("BANGKOK", "CHIANGMAI"), "BM": ("RANGOON",),
    "CB": ("PHNOMPENH",), "LA": ("VIENTIANE",), "VM": ("HANOI", "HOCHIMINHCITY"),
    "ID": ("JAKARTA", "SURABAYA"), "MY": ("KUALALUMPUR",), "SN": ("SINGAPORE",),
    "BX": ("BANDARSERIBEGAWAN",), "RP": ("MANILA",), "TT": ("DILI",), "AS": ("CANBERRA",
    "MELBOURNE", "PERTH", "SYDNEY"), "NZ": ("WELLINGTON", "AUCKLAND"), "FJ": ("SUVA",),
    "PP": ("PORTMORESBY",), "WS": ("APIA",), "FM": ("KOLONIA",), "RM": ("MAJURO",),
    "PS": ("KOROR",), "CM": ("YAOUNDE",), "CF": ("BRAZZAVILLE",), "CG": ("KINSHASA",),
    "CT": ("BANGUI",), "CD": ("NDJAMENA",), "GB": ("LIBREVILLE",), "EK": ("MALABO",),
    "RW": ("KIGALI",), "BY": ("BUJUMBURA",), "ET": ("ADDISABABA",), "ER": ("ASMARA",),
    "KE": ("NAIROBI",), "UG": ("KAMPALA",), "TZ": ("DARESSALAAM",), "DJ": ("DJIBOUTI",),
    "SU": ("KHARTOUM",), "OD": ("JUBA",), "SF": ("PRETORIA", "CAPETOWN", "DURBAN",
    "JOHANNESBURG"), "BC": ("GABORONE",), "LT": ("MASERU",), "WZ": ("MBABANE",),
    "WA": ("WINDHOEK",), "ZI": ("HARARE",), "ZA": ("LUSAKA",), "MZ": ("MAPUTO",),
    "AO": ("LUANDA",), "MI": ("LILONGWE",), "MA": ("ANTANANARIVO",), "MP": ("PORTLOUIS",),
    "NI": ("ABUJA", "LAGOS"), "GH": ("ACCRA",), "IV": ("ABIDJAN",), "SG": ("DAKAR",),
    "ML": ("BAMAKO",), "UV": ("OUAGADOUGOU",), "NG": ("NIAMEY",), "BN": ("COTONOU",),
    "TO": ("LOME",), "LI": ("MONROVIA",), "SL": ("FREETOWN",), "GV": ("CONAKRY",),
    "GA": ("BANJUL",), "CV": ("PRAIA",), "MR": ("NOUAKCHOTT",), "CA": ("OTTAWA", "CALGARY",
    "HALIFAX", "MONTREAL", "QUEBEC", "TORONTO", "VANCOUVER"), "MX": ("MEXICO",
    "CIUDADJUAREZ", "GUADALAJARA", "HERMOSILLO", "MATAMOROS", "MERIDA", "MONTERREY",
    "NOGALES", "NUEVOLAREDO", "TIJUANA"), "CU": ("HAVANA",), "HA": ("PORTAUPRINCE",),
    "DR": ("SANTODOMINGO",), "JM": ("KINGSTON",), "BF": ("NASSAU",), "BB": ("BRIDGETOWN",),
    "TD": ("PORTOFSPAIN",), "GJ": ("GRENADA",), "GY": ("GEORGETOWN",), "NS": ("PARAMARIBO",),
    "UC": ("CURACAO",), "BD": ("HAMILTON",), "GT": ("GUATEMALA",), "HO": ("TEGUCIGALPA",),
    "ES": ("SANSALVADOR",), "NU": ("MANAGUA",), "CS": ("SANJOSE",), "PM": ("PANAMA",),
    "BH": ("BELMOPAN",), "CO": ("BOGOTA",), "VE": ("CARACAS",), "EC": ("QUITO", "GUAYAQUIL"),
    "PE": ("LIMA",), "BL": ("LAPAZ",), "BR": ("BRASILIA", "RECIFE", "RIODEJANEIRO", "SAOPAULO"),
    "AR": ("BUENOSAIRES",), "CI": ("SANTIAGO",), "PA": ("ASUNCION",), "UY": ("MONTEVIDEO",),
}  # fmt: skip

POST_COUNTRIES: dict[str, str] = {
    post: country for country, posts in _COUNTRY_POSTS.items() for post in posts
}

# Missions to international organisations have a functional office, not a country desk.
MISSION_DESKS: dict[str, str] = {
    "USNATO": "EUR/RPM",
    "USOSCE": "EUR/RPM",
    "USEUBRUSSELS": "EUR/ERA",
    "USUNNEWYORK": "IO/UNP",
    "UNVIEVIENNA": "IO",
    "GENEVA": "IO",
    "CDGENEVA": "IO",
    "UNROME": "IO",
    "UNESCOPARIS": "IO",
    "OECDPARIS": "EUR/ERA",
    "USAU": "AF/RSA",
    "ASEANJAKARTA": "EAP/RSP",
}


# Other spellings of post symbols the detector or an addressee line may use.
POST_ALIASES: dict[str, str] = {
    "KYIV": "KIEV",
    "MEXICOCITY": "MEXICO",
    "PANAMACITY": "PANAMA",
    "GUATEMALACITY": "GUATEMALA",
    "BELIZE": "BELMOPAN",
    "BELIZECITY": "BELMOPAN",
    "VATICANCITY": "VATICAN",
    "HOLYSEE": "VATICAN",
    "USINTHAVANA": "HAVANA",
    "USINT": "HAVANA",
    "USUN": "USUNNEWYORK",
    "USEU": "USEUBRUSSELS",
    "UNVIE": "UNVIEVIENNA",
    "KUWAITCITY": "KUWAIT",
    "BAHRAIN": "MANAMA",
}


def post_symbol(name: str) -> str:
    """The desk symbol of a post named ``name`` (an alias resolved, else ``name`` itself)."""
    return POST_ALIASES.get(name.upper(), name.upper())


def country_desk(country: str) -> str | None:
    """The office symbol of the country desk for a FIPS geo tag, if known."""
    return COUNTRY_DESKS.get(country.upper())


def post_desk(station: str) -> str | None:
    """The Department office that backstops a post: its mission office or its country desk."""
    station = station.upper()
    if station in MISSION_DESKS:
        return MISSION_DESKS[station]
    country = POST_COUNTRIES.get(station)
    return COUNTRY_DESKS.get(country) if country else None
