"""Per-document context: seeded randomness, value generators that record the kind they insert."""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Sequence
from typing import Any, ClassVar, TypeVar, cast

from . import keys as K
from . import pools as P
from . import texts as TX
from . import validators as V

_T = TypeVar("_T")

LANGS = ["en", "de", "fr", "es"]
KINDS = [
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
    "email",
    "phone",
    "ip_address",
    "date_of_birth",
    "postal_address",
    "person_name",
]
SPECIAL = KINDS[:9]
ALNUM = string.ascii_letters + string.digits
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}
CITY_COORDS = [
    (52.52, 13.40),
    (48.13, 11.57),
    (50.94, 6.96),
    (45.76, 4.83),
    (48.85, 2.35),
    (43.60, 1.44),
    (40.41, -3.70),
    (41.38, 2.17),
    (37.38, -5.98),
    (51.50, -0.12),
    (53.48, -2.24),
    (41.88, -87.63),
    (30.27, -97.74),
    (47.21, -1.55),
]

HEALTH = {
    "en": [
        ("Type 2 diabetes mellitus", "E11.9"),
        ("Asthma, moderate persistent", "J45.40"),
        ("Major depressive disorder, recurrent", "F33.1"),
        ("Epilepsy", "G40.909"),
        ("Essential hypertension", "I10"),
        ("Generalised anxiety disorder", "F41.1"),
        ("HIV disease", "B20"),
        ("Coeliac disease", "K90.0"),
        ("Multiple sclerosis", "G35"),
        ("Chronic kidney disease, stage 3", "N18.3"),
    ],
    "de": [
        ("Diabetes mellitus Typ 2", "E11.9"),
        ("Asthma bronchiale", "J45.9"),
        ("Mittelgradige depressive Episode", "F32.1"),
        ("Lumbaler Bandscheibenvorfall", "M51.2"),
        ("Morbus Crohn", "K50.9"),
        ("Essentielle Hypertonie", "I10"),
    ],
    "fr": [
        ("Diabète de type 2", "E11.9"),
        ("Asthme", "J45.9"),
        ("Épisode dépressif sévère", "F32.2"),
        ("Sclérose en plaques", "G35"),
        ("Trouble bipolaire", "F31.9"),
        ("Maladie de Crohn", "K50.9"),
    ],
    "es": [
        ("Diabetes mellitus tipo 2", "E11.9"),
        ("Asma", "J45.9"),
        ("Trastorno de ansiedad generalizada", "F41.1"),
        ("Hipotiroidismo", "E03.9"),
        ("Migraña crónica", "G43.7"),
        ("Fibromialgia", "M79.7"),
    ],
}
MEDS = [
    "metformin 850 mg 1-0-1",
    "sertraline 50 mg",
    "levothyroxine 75 µg",
    "salbutamol 100 µg inhaler",
    "lamotrigine 200 mg",
    "amlodipine 5 mg",
    "insulin glargine 18 IU",
    "quetiapine 25 mg",
    "Ramipril 5 mg",
    "Ibuprofène 400 mg",
    "Omeprazol 20 mg",
]
ALLERGIES = [
    "penicillin",
    "peanuts",
    "latex",
    "ibuprofen",
    "Penicillin",
    "arachides",
    "frutos secos",
]
ETHNIC = {
    "en": [
        "Black Caribbean",
        "White – Irish",  # noqa: RUF001
        "Asian – Pakistani",  # noqa: RUF001
        "Hispanic or Latino",
        "Mixed – White and Black African",  # noqa: RUF001
        "Gypsy or Irish Traveller",
        "Arab",
        "Black or African American",
    ],
    "de": ["Sinti", "Roma", "kurdisch", "afrodeutsch"],
    "fr": ["maghrébine", "afro-caribéenne", "kabyle", "berbère"],
    "es": ["gitana", "afrodescendiente", "indígena quechua", "mapuche"],
}
RELIGION = {
    "en": [
        "Muslim",
        "Roman Catholic",
        "Church of England",
        "Jewish",
        "Sikh",
        "Hindu",
        "Buddhist",
        "Jehovah's Witness",
    ],
    "de": [
        "römisch-katholisch",
        "evangelisch",
        "muslimisch",
        "jüdisch",
        "neuapostolisch",
        "alevitisch",
    ],
    "fr": ["catholique", "protestante", "musulmane", "juive", "orthodoxe"],
    "es": ["católica", "evangélica", "musulmana", "testigo de Jehová", "judía"],
}
PARTY = {
    "en": [
        "Labour",
        "Conservative",
        "Liberal Democrats",
        "Green Party",
        "Reform UK",
        "SNP",
        "Democratic Party",
        "Republican Party",
    ],
    "de": ["SPD", "CDU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "CSU"],
    "fr": [
        "Renaissance",
        "Les Républicains",
        "Parti socialiste",
        "Les Écologistes",
        "La France insoumise",
    ],
    "es": ["PSOE", "PP", "Sumar", "Vox", "ERC", "PNV"],
}
UNION = {
    "en": ["Unite", "UNISON", "GMB", "RCN", "NEU"],
    "de": ["ver.di", "IG Metall", "GEW", "IG BCE", "NGG"],
    "fr": ["CGT", "CFDT", "FO", "SUD", "UNSA"],
    "es": ["CCOO", "UGT", "CGT", "ELA", "USO"],
}
ORIENT = {
    "en": ["gay", "lesbian", "bisexual", "heterosexual", "asexual", "pansexual"],
    "de": ["homosexuell", "bisexuell", "heterosexuell", "lesbisch"],
    "fr": ["homosexuel", "bisexuelle", "hétérosexuel", "lesbienne"],
    "es": ["gay", "bisexual", "heterosexual", "lesbiana"],
}
DECLINE = {
    "en": "Prefer not to say",
    "de": "Keine Angabe",
    "fr": "Je préfère ne pas répondre",
    "es": "Prefiero no decirlo",
}
CRIM = {
    "en": [
        {"offence": "Theft from a shop", "date": "2019-06", "outcome": "conditional discharge"},
        {
            "offence": "Driving with excess alcohol",
            "date": "2021-02",
            "outcome": "14-month disqualification, fine",
        },
        "Basic DBS: no unspent convictions",
        "Arrested on suspicion of burglary, released under investigation",
    ],
    "de": [
        {"delikt": "Betrug", "urteil": "Geldstrafe, 90 Tagessätze", "jahr": 2016},
        "ohne Eintragungen",
        {"delikt": "Körperverletzung", "urteil": "8 Monate auf Bewährung", "jahr": 2020},
    ],
    "fr": [
        {"infraction": "vol aggravé", "peine": "8 mois avec sursis", "annee": 2018},
        "néant (bulletin n°3)",
        {"infraction": "conduite sans permis", "peine": "amende 800 €", "annee": 2022},
    ],
    "es": [
        {"delito": "lesiones", "condena": "6 meses de prisión", "año": 2015},
        "sin antecedentes penales",
        {"delito": "hurto", "condena": "multa de 3 meses", "año": 2021},
    ],
}
GENETIC = [
    {"gene": "CYP2C19", "diplotype": "*1/*2", "phenotype": "intermediate metabolizer"},
    {"rsid": "rs429358", "genotype": "C/T"},
    {"rsid": "rs4149056", "genotype": "T/C"},
    {"variant": "BRCA2 c.5946delT", "zygosity": "heterozygous"},
    {"variant": "CFTR F508del", "status": "carrier"},
    {"gene": "HFE", "variant": "C282Y", "zygosity": "heterozygous"},
    {"gene": "DPYD", "variant": "c.1905+1G>A", "zygosity": "heterozygous"},
    {"gene": "CYP2D6", "diplotype": "*4/*4", "phenotype": "poor metabolizer"},
]
STR_LOCI = [
    "D8S1179",
    "D21S11",
    "D7S820",
    "CSF1PO",
    "D3S1358",
    "TH01",
    "D13S317",
    "D16S539",
    "vWA",
    "TPOX",
    "D18S51",
    "FGA",
]


class Person:
    def __init__(self, first: str, last: str, culture: str) -> None:
        self.first, self.last, self.culture = first, last, culture

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Ctx:
    def __init__(self, seed: str, lang: str, focus: list[str] | None = None) -> None:
        self.r = random.Random(seed)
        self.lang = lang
        self.focus = list(focus or [])
        self.tags: list[str] = []

    # ---------------------------------------------------------------- basics
    def tag(self, kind: str, detail: str, t: str | None = None) -> None:
        assert kind in KINDS, kind
        s = f"text:{kind}/{t}" if t else f"{kind}:{detail}"
        if s not in self.tags:
            self.tags.append(s)

    def pick(self, seq: Sequence[_T]) -> _T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def lg(self) -> str:
        return self.pick(LANGS) if self.lang == "mix" else self.lang

    def country(self, lang: str | None = None) -> str:
        lang = lang or self.lg()
        return {"en": self.pick(["gb", "us"]), "de": "de", "fr": "fr", "es": "es"}[lang]

    def wants(self, kind: str) -> bool:
        return kind in self.focus

    # ---------------------------------------------------------------- filler (never forms a kind)
    def _guarded(self, alphabet: str, n: int, max_digits: int = 4) -> str:
        letters = [c for c in alphabet if not c.isdigit()]
        out, run = [], 0
        for _ in range(n):
            ch = self.pick(alphabet)
            if ch.isdigit():
                run += 1
                if run > max_digits:
                    ch, run = self.pick(letters), 0
            else:
                run = 0
            out.append(ch)
        return "".join(out)

    def hexs(self, n: int) -> str:
        return self._guarded("0123456789abcdef", n)

    def alnum(self, n: int) -> str:
        return self._guarded(ALNUM, n)

    def b64(self, n: int) -> str:
        return self._guarded(ALNUM + "+/", n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:32]}"

    def ts(self, year: int = 2026) -> str:
        return (
            f"{year}-{self.n(1, 12):02d}-{self.n(1, 28):02d}"
            f"T{self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}Z"
        )

    def day(self, year: int = 2026) -> str:
        return f"{year}-{self.n(1, 12):02d}-{self.n(1, 28):02d}"

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.n(2024, 2026)}-{self.n(1000, 99999):05d}"

    def key(self, concept: str, lang: str | None = None, style: str | None = None) -> str:
        lang = lang or self.lg()
        words = self.pick(K.KEYS[concept][lang])
        return K.render(words, style or self.pick(K.STYLES))

    def ktup(self, *words: str) -> str:
        return K.render(tuple(words), self.pick(K.STYLES))

    # ---------------------------------------------------------------- people
    def person(self, lang: str | None = None) -> Person:
        lang = lang or self.lg()
        cul = self.pick(P.CULTURES[lang])
        firsts, lasts = P.NAMES[cul]
        return Person(self.pick(firsts), self.pick(lasts), cul)

    def name(self, p: Person | None = None, fmt: str | None = None, t: str | None = None) -> str:
        p = p or self.person()
        fmt = fmt or self.pick(["full", "full", "full", "last_first", "upper_last"])
        self.tag("person_name", fmt, t)
        if fmt == "last_first":
            return f"{p.last}, {p.first}"
        if fmt == "upper_last":
            return f"{p.last.upper()} {p.first}"
        if fmt in ("first_only", "split"):
            return p.first
        return p.full

    def first(self, p: Person | None = None, t: str | None = None) -> str:
        return self.name(p, "first_only", t)

    @staticmethod
    def _ascii(s: str) -> str:
        tbl = str.maketrans(
            "äöüßéèêëàâçîïôûùñíóúáÁÉÍÓÚÑıİşŞğĞçÇøæåłŁńśźżćęąōū",
            "aousee eeaaciiouunioua AEIOUNiIsSgGcCoaalLnszzceaou".replace(" ", ""),
        )
        s = s.lower().translate(tbl)
        return re.sub(r"[^a-z]", "", s)

    def email(self, p: Person | None = None, kind: str | None = None, t: str | None = None) -> str:
        kind = kind or self.pick(["personal", "personal", "work", "role"])
        self.tag("email", kind, t)
        if kind == "role":
            return f"{self.pick(P.ROLE_LOCALS)}@{self.pick(P.WORK_DOMAINS)}"
        p = p or self.person()
        first, last = self._ascii(p.first), self._ascii(p.last)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last[:3]}{self.n(10, 99)}",
                f"{last}.{first}",
                f"{first}_{last}",
            ]
        )
        dom = self.pick(P.PERSONAL_DOMAINS if kind == "personal" else P.WORK_DOMAINS)
        return f"{local}@{dom}"

    def _digits(self, n: int) -> str:
        return "".join(str(self.n(0, 9)) for _ in range(n))

    def phone(
        self, country: str | None = None, intl: bool | None = None, t: str | None = None
    ) -> str:
        country = country or self.country()
        intl = self.chance(0.55) if intl is None else intl
        self.tag("phone", f"{country}_{'intl' if intl else 'national'}", t)
        d = self._digits
        if country == "de":
            area = self.pick(["30", "40", "89", "221", "711", "151", "160", "176"])
            rest = f"{d(4)} {d(self.n(3, 4))}"
            return (
                f"+49 {area} {rest}"
                if intl
                else f"0{area} {rest.replace(' ', self.pick(['', ' ', '-']))}"
            )
        if country == "fr":
            pairs = " ".join(d(2) for _ in range(4))
            first = self.pick(["6", "7", "1", "4", "5"])
            return f"+33 {first} {pairs}" if intl else f"0{first} {pairs}"
        if country == "es":
            first = self.pick(["6", "7", "91", "93"])
            body = f"{first}{d(9 - len(first))}"
            g = f"{body[:3]} {body[3:6]} {body[6:]}"
            return f"+34 {g}" if intl else g
        if country == "gb":
            if self.chance(0.5):
                return f"+44 7{d(3)} {d(6)}" if intl else f"07{d(3)} {d(6)}"
            return f"+44 20 {d(4)} {d(4)}" if intl else f"020 {d(4)} {d(4)}"
        area = f"{self.n(2, 9)}{d(2)}"
        ex = f"{self.n(2, 9)}{d(2)}"
        return f"+1 {area}-{ex}-{d(4)}" if intl else f"({area}) {ex}-{d(4)}"

    def msisdn(self, country: str = "de") -> str:
        self.tag("phone", "msisdn")
        cc = {"de": "49", "fr": "33", "es": "34", "gb": "44", "us": "1"}[country]
        return cc + self._digits(10)

    def dob(
        self,
        lang: str | None = None,
        t: str | None = None,
        iso: bool | None = None,
        years: tuple[int, int] = (1941, 2007),
    ) -> str:
        lang = lang or self.lg()
        y, m, dd = self.n(*years), self.n(1, 12), self.n(1, 28)
        iso = (t is None and self.chance(0.6)) if iso is None else iso
        self.tag("date_of_birth", "iso" if iso else f"local_{lang}", t)
        if iso:
            return f"{y}-{m:02d}-{dd:02d}"
        mon = MONTHS[lang][m - 1]
        if lang == "en":
            return self.pick([f"{dd} {mon} {y}", f"{m:02d}/{dd:02d}/{y}", f"{mon} {dd}, {y}"])
        if lang == "de":
            return self.pick([f"{dd:02d}.{m:02d}.{y}", f"{dd}. {mon} {y}"])
        if lang == "fr":
            return self.pick([f"{dd:02d}/{m:02d}/{y}", f"{dd} {mon} {y}"])
        return self.pick([f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mon} de {y}"])

    def _addr_parts(self, country: str) -> tuple[str, str, str, str]:
        street = self.pick(P.STREETS[country])
        num = str(self.n(1, 180)) + self.pick(
            ["", "", "", "a", "b"]
            if country in ("de", "gb")
            else ["", "", " bis"]
            if country == "fr"
            else [""]
        )
        pc, city = self.pick(P.TOWNS[country])
        return street, num, pc, city

    def address(self, country: str | None = None, t: str | None = None) -> str:
        country = country or self.country()
        street, num, pc, city = self._addr_parts(country)
        self.tag("postal_address", f"line_{country}", t)
        if country == "de":
            return f"{street} {num}, {pc} {city}"
        if country == "fr":
            return f"{num} {street}, {pc} {city}"
        if country == "es":
            extra = self.pick(["", f", {self.n(1, 9)}º {self.pick('ABCD')}"])
            return f"{street} {num}{extra}, {pc} {city}"
        if country == "gb":
            return f"{num} {street}, {city} {pc}"
        st, z = pc.split()
        return f"{self.n(100, 9899)} {street}, {city}, {st} {z}"

    def address_parts(self, country: str | None = None) -> tuple[str, str, str]:
        country = country or self.country()
        street, num, pc, city = self._addr_parts(country)
        self.tag("postal_address", f"parts_{country}")
        line = f"{street} {num}" if country in ("de", "es") else f"{num} {street}"
        return line, pc, city

    def address_struct(self, country: str | None = None, lang: str | None = None) -> dict[str, str]:
        country = country or self.country()
        lang = lang or {"gb": "en", "us": "en"}.get(country, country)
        street, num, pc, city = self._addr_parts(country)
        self.tag("postal_address", f"structured_{country}")
        style = self.pick(K.STYLES)
        if self.chance(0.4):
            return {
                self.key("street", lang, style): f"{street} {num}"
                if country in ("de", "es")
                else f"{num} {street}",
                self.key("postcode", lang, style): pc,
                self.key("city", lang, style): city,
            }
        return {
            self.key("street", lang, style): street,
            self.key("house_number", lang, style): num,
            self.key("postcode", lang, style): pc,
            self.key("city", lang, style): city,
        }

    def town(self, country: str | None = None) -> dict[str, str]:
        pc, city = self.pick(P.TOWNS[country or self.country()])
        return {"city": city, "postcode": pc}

    def ip(self, v6: bool | None = None, t: str | None = None) -> str:
        v6 = self.chance(0.25) if v6 is None else v6
        self.tag("ip_address", "v6" if v6 else "v4", t)
        if v6:
            groups = [
                self.pick(["2a02", "2a01", "2001", "2600", "2806"]),
                self.hexs(4).lstrip("0") or "1",
                self.hexs(3),
                self.hexs(4),
            ]
            tail = [self.hexs(self.n(1, 4)).lstrip("0") or "0" for _ in range(self.n(1, 3))]
            return ":".join(groups) + "::" + ":".join(tail)
        kind = self.pick(["pub", "pub", "pub", "10", "192", "172"])
        if kind == "10":
            return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        if kind == "192":
            return f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"
        if kind == "172":
            return f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"
        return (
            f"{self.pick([31, 46, 62, 77, 81, 84, 88, 90, 109, 145, 176, 185, 193, 212, 213, 217])}"
            f".{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        )

    # ---------------------------------------------------------------- finance / ids
    def card_digits(self, brand: str) -> str:
        if brand == "visa":
            body = "4" + self._digits(14)
        elif brand == "mastercard":
            body = self.pick(
                [str(self.n(51, 55)) + self._digits(13), str(self.n(2221, 2720)) + self._digits(11)]
            )
        elif brand == "amex":
            body = self.pick(["34", "37"]) + self._digits(12)
        else:
            body = self.pick(["6011" + self._digits(11), "65" + self._digits(13)])
        return body + V.luhn_digit(body)

    def card(self, brand: str | None = None, fmt: str | None = None, t: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
        num = self.card_digits(brand)
        fmt = fmt or self.pick(["plain", "spaced", "dashed"])
        self.tag("payment_card", brand, t)
        if fmt == "plain":
            return num
        sep = " " if fmt == "spaced" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def iban_raw(self, country: str) -> str:
        d = self._digits
        if country == "DE":
            bban = d(8) + d(10)
        elif country == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif country == "ES":
            bban = d(4) + d(4) + d(2) + d(10)
        elif country == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        elif country == "NL":
            bban = self.pick(["ABNA", "RABO", "INGB"]) + d(10)
        elif country == "AT":
            bban = d(16)
        else:  # BE
            bban = d(12)
        return V.iban_make(country, bban)

    def iban(
        self, country: str | None = None, grouped: bool | None = None, t: str | None = None
    ) -> str:
        country = country or self.pick(["DE", "DE", "FR", "ES", "GB", "NL", "AT", "BE"])
        raw = self.iban_raw(country)
        grouped = self.chance(0.5) if grouped is None else grouped
        self.tag("bank_account", "iban_grouped" if grouped else "iban", t)
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw

    def uk_bank(self) -> dict[str, str]:
        self.tag("bank_account", "uk_sortcode")
        return {
            "sortCode": f"{self.n(10, 99)}-{self.n(10, 99)}-{self.n(10, 99)}",
            "accountNumber": f"{self.n(1, 9)}{self._digits(7)}",
        }

    def us_bank(self) -> dict[str, str]:
        self.tag("bank_account", "us_routing")
        base = self.pick(["02100", "07100", "12100", "26107", "31117"]) + self._digits(3)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        chk = (10 - sum(int(a) * b for a, b in zip(base, w, strict=True)) % 10) % 10
        return {"routing_number": base + str(chk), "account_number": self._digits(self.n(9, 11))}

    def ssn(self, dashed: bool = True, t: str | None = None) -> str:
        while True:
            s = f"{self.n(1, 899):03d}{self.n(1, 99):02d}{self.n(1, 9999):04d}"
            if V.ssn_ok(s):
                break
        self.tag("national_id", "ssn" if dashed else "ssn_bare", t)
        return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s

    def nino(self, t: str | None = None) -> str:
        while True:
            p = self.pick("ABCEGHJKLMNPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        s = f"{p}{self._digits(6)}{self.pick('ABCD')}"
        assert V.nino_ok(s)
        self.tag("national_id", "nino", t)
        return self.pick([s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"])

    def steuer_id(self, t: str | None = None) -> str:
        while True:
            ds = list("0123456789")
            self.r.shuffle(ds)
            dup = ds[0]
            first10 = [*ds[:9], dup]
            self.r.shuffle(first10)
            f = "".join(first10)
            if V.steuer_structure_ok(f):
                break
        s = f + str(V.steuer_check_digit(f))
        assert V.steuer_id_ok(s)
        self.tag("national_id", "steuer_id", t)
        return self.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def nir(self, t: str | None = None) -> str:
        dept = f"{self.pick([n for n in range(1, 96) if n != 20]):02d}"
        s13 = (
            f"{self.pick('12')}{self.n(45, 99):02d}{self.n(1, 12):02d}"
            f"{dept}{self.n(1, 990):03d}{self.n(1, 999):03d}"
        )
        s = s13 + f"{V.nir_key(s13):02d}"
        assert V.nir_ok(s)
        self.tag("national_id", "nir", t)
        return self.pick([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])

    def dni(self, t: str | None = None) -> str:
        if self.chance(0.7):
            num = self.n(10000000, 79999999)
            s = f"{num}{V.dni_letter(num)}"
            self.tag("national_id", "dni", t)
            return self.pick([s, f"{num}-{s[-1]}"])
        pre = self.pick("XYZ")
        num = self.n(1000000, 9999999)
        s = f"{pre}{num}{V.dni_letter(int(str('XYZ'.index(pre)) + str(num)))}"
        assert V.dni_ok(s)
        self.tag("national_id", "nie", t)
        return s

    def natid(self, lang: str | None = None, t: str | None = None) -> str:
        lang = lang or self.lg()
        if lang == "en":
            return self.ssn(t=t) if self.chance(0.5) else self.nino(t=t)
        return {"de": self.steuer_id, "fr": self.nir, "es": self.dni}[lang](t=t)

    def passport_no(self, country: str | None = None, t: str | None = None) -> str:
        country = country or self.country()
        self.tag("passport", country, t)
        if country == "de":
            return self.pick("CFGHJK") + "".join(
                self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
            )
        if country == "fr":
            return (
                f"{self.n(10, 24)}{self.pick(string.ascii_uppercase)}"
                f"{self.pick(string.ascii_uppercase)}{self._digits(5)}"
            )
        if country == "es":
            return "".join(self.pick(string.ascii_uppercase) for _ in range(3)) + self._digits(6)
        return f"{self.n(1, 9)}{self._digits(8)}"

    # ---------------------------------------------------------------- secrets
    SECRET_KINDS: ClassVar[list[str]] = [
        "aws",
        "github",
        "github_pat",
        "slack",
        "stripe",
        "stripe_rk",
        "gitlab",
        "google",
        "npm",
        "sendgrid",
        "jwt",
        "bearer",
        "conn",
    ]

    def jwt(self) -> str:
        def enc(obj: object) -> str:
            return (
                base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
                .decode()
                .rstrip("=")
            )

        head = enc(
            {"alg": self.pick(["RS256", "HS256", "ES256"]), "typ": "JWT", "kid": self.hexs(8)}
        )
        body = enc(
            {
                "sub": self.uuid(),
                "scope": self.pick(["openid profile", "claims:read", "chat:write"]),
                "iat": 1767225600 + self.n(0, 9999),
                "iss": self.pick(
                    ["https://auth.quillfeather.dev", "https://login.aurora-analytics.eu"]
                ),
            }
        )
        return f"{head}.{body}.{self.b64(43).replace('+', '-').replace('/', '_')}"

    def secret(self, kind: str | None = None, t: str | None = None) -> str:
        kind = kind or self.pick(self.SECRET_KINDS)
        self.tag("credential", kind, t)
        a = self.alnum
        if kind == "aws":
            return "AKIA" + "".join(self.pick(string.ascii_uppercase + "234567") for _ in range(16))
        if kind == "aws_secret":
            return self.b64(40)
        if kind == "github":
            return "ghp_" + a(36)
        if kind == "github_pat":
            return (
                "github_pat_11"
                + "".join(self.pick(string.ascii_uppercase + "234567") for _ in range(20))
                + "_"
                + a(59)
            )
        if kind == "slack":
            return (
                f"xoxb-{self.n(1000, 9999)}{self.pick('abcdef')}{self.n(100, 999)}"
                f"-{self.n(1000, 9999)}{self.pick('xyz')}{self.n(10, 99)}-{a(24)}"
            )
        if kind == "stripe":
            return "sk_live_" + a(32)
        if kind == "stripe_rk":
            return "rk_live_" + a(32)
        if kind == "gitlab":
            return "glpat-" + self._guarded(ALNUM + "_-", 20)
        if kind == "google":
            return "AIza" + self._guarded(ALNUM + "_-", 35)
        if kind == "npm":
            return "npm_" + a(36)
        if kind == "sendgrid":
            return "SG." + self._guarded(ALNUM + "_-", 22) + "." + self._guarded(ALNUM + "_-", 43)
        if kind == "jwt":
            return self.jwt()
        if kind == "bearer":
            return "Bearer " + self.pick([self.jwt(), a(40)])
        if kind == "basic":
            user = self.pick(["svc-export", "ingest", "reporting", "admin"])
            return "Basic " + base64.b64encode(f"{user}:{self.pw()}".encode()).decode()
        if kind == "conn":
            scheme = self.pick(["postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
            host = self.pick(
                [
                    "db-primary.internal",
                    "cluster0.q7xke.mongodb.net",
                    "cache.svc.local",
                    "mq.prod.internal",
                ]
            )
            return (
                f"{scheme}://{self.pick(['app', 'svc_claims', 'etl_user', 'rag'])}:{self.pw()}"
                f"@{host}:{self.pick(['5432', '3306', '6379', '5672'])}"
                f"/{self.pick(['claims', 'prod', 'vectors', 'hr'])}"
            )
        if kind == "pem":
            body = "\n".join(self.b64(64) for _ in range(4))
            return f"-----BEGIN PRIVATE KEY-----\nMIIEv{body}\n-----END PRIVATE KEY-----"
        if kind == "webhook":
            return "whsec_" + a(32)
        if kind in ("password", "client_secret"):
            return self.pw() if kind == "password" else a(40)
        raise ValueError(kind)

    def pw(self) -> str:
        words = [
            "Sommer",
            "Falcon",
            "Lavande",
            "Naranja",
            "Kestrel",
            "Tulpe",
            "Orage",
            "Brisa",
            "Copper",
            "Nebel",
        ]
        return f"{self.pick(words)}{self.pick('!#%&*?')}{self.n(10, 99)}{self.pick(words).lower()}"

    def cred_field(self, lang: str | None = None) -> tuple[str, str]:
        kind = self.pick(["password", "password", "client_secret", "webhook", "aws_secret", "api"])
        if kind == "password":
            return self.key("password", lang), self.secret("password")
        if kind == "client_secret":
            return self.ktup("client", "secret"), self.secret("client_secret")
        if kind == "webhook":
            return self.ktup("webhook", "secret"), self.secret("webhook")
        if kind == "aws_secret":
            return self.ktup("aws", "secret", "access", "key"), self.secret("aws_secret")
        return self.ktup("api", "key"), self.secret(
            self.pick(["stripe", "sendgrid", "google", "npm", "github"])
        )

    # ---------------------------------------------------------------- location
    def _coord(self, base: float, spread: float, decimals: int) -> float:
        unit: int = 10**decimals
        k = round(base * unit) + self.n(-int(spread * unit), int(spread * unit))
        if k % 10 == 0:
            k += self.pick([1, 3, 7]) * (1 if k >= 0 else -1)
        return round(k / unit, decimals)

    def latlon(self, t: str | None = None) -> tuple[float, float]:
        la, lo = self.pick(CITY_COORDS)
        d = self.pick([4, 5, 5, 6])
        self.tag("precise_location", f"pair_{d}dp", t)
        return self._coord(la, 0.08, d), self._coord(lo, 0.08, d)

    def coords(self, fmt: str | None = None, t: str | None = None, lang: str | None = None) -> Any:
        fmt = fmt or self.pick(["dict", "string", "geojson", "array"])
        la, lo = self.latlon(t)
        if t:
            return f"{la}, {lo}"
        if fmt == "dict":
            lang = lang or self.lg()
            st = self.pick(K.STYLES)
            return {self.key("lat", lang, st): la, self.key("lon", lang, st): lo}
        if fmt == "string":
            return f"{la},{lo}" if self.chance(0.5) else f"{la}, {lo}"
        if fmt == "geojson":
            return {"type": "Point", "coordinates": [lo, la]}
        return [la, lo]

    def coarse(self) -> tuple[float, float]:
        la, lo = self.pick(CITY_COORDS)
        d = self.pick([1, 2, 2, 3])
        return self._coord(la, 0.05, d), self._coord(lo, 0.05, d)

    # -------------------------------------------------- special categories (structured)
    def condition(self, lang: str | None = None) -> tuple[str, str]:
        self.tag("health", "diagnosis")
        return self.pick(HEALTH[lang or self.lg()])

    def special_field(self, kind: str, lang: str | None = None) -> tuple[str, Any]:
        """(key, value) carrying `kind` as a structured field."""
        lang = lang or self.lg()
        st = self.pick(K.STYLES)
        if kind == "health":
            which = self.pick(["diagnosis", "medication", "allergy", "sick"])
            self.tag("health", f"field_{which}")
            if which == "diagnosis":
                lab, icd = self.pick(HEALTH[lang])
                return self.key("diagnosis", lang, st), self.pick(
                    [lab, {"code": icd, "text": lab}, f"{icd} {lab}"]
                )
            if which == "medication":
                return self.key("medication", lang, st), [
                    self.pick(MEDS) for _ in range(self.n(1, 2))
                ]
            if which == "allergy":
                return {"en": "allergies", "de": "allergien", "fr": "allergies", "es": "alergias"}[
                    lang
                ], [self.pick(ALLERGIES)]
            return {
                "en": "sick_leave_reason",
                "de": "krankheitsgrund",
                "fr": "motif_arret",
                "es": "motivo_baja",
            }[lang], self.pick(HEALTH[lang])[0]
        if kind == "genetic":
            self.tag("genetic", "field")
            if self.chance(0.3):
                return self.pick(["str_profile", "dnaProfile", "perfil_adn", "profil_adn"]), {
                    loc: ",".join(map(str, sorted((self.n(6, 24), self.n(6, 24)))))
                    for loc in STR_LOCI[: self.n(6, 10)]
                }
            return self.pick(
                [
                    "genotype",
                    "pgx_result",
                    "genetischer_befund",
                    "resultat_genetique",
                    "resultado_genetico",
                ]
            ), dict(self.pick(GENETIC))
        if kind == "biometric":
            return self.biometric()
        if kind == "racial_ethnic_origin":
            self.tag("racial_ethnic_origin", "field")
            return self.key("ethnicity", lang, st), self.pick(ETHNIC[lang])
        if kind == "religious_belief":
            self.tag("religious_belief", "field")
            if lang == "de" and self.chance(0.5):
                return self.pick(["kirchensteuermerkmal", "kist_merkmal", "KiSt"]), self.pick(
                    ["rk", "ev", "ak", "lt"]
                )
            return self.key("religion", lang, st), self.pick(RELIGION[lang])
        if kind == "political_opinion":
            self.tag("political_opinion", "field")
            if self.chance(0.3):
                return self.pick(
                    ["voting_intention", "wahlabsicht", "intention_vote", "intencion_voto"]
                ), self.pick(PARTY[lang])
            return self.key("party", lang, st), self.pick(
                [
                    self.pick(PARTY[lang]),
                    {"name": self.pick(PARTY[lang]), "since": self.n(2001, 2025)},
                ]
            )
        if kind == "trade_union":
            self.tag("trade_union", "field")
            if self.chance(0.4):
                return self.pick(
                    [
                        "union_member",
                        "unionMember",
                        "gewerkschaftsmitglied",
                        "syndique",
                        "afiliado_sindicato",
                    ]
                ), self.chance(0.6)
            return self.key("union", lang, st), self.pick(UNION[lang])
        if kind == "sex_life_orientation":
            self.tag("sex_life_orientation", "field")
            return self.key("orientation", lang, st), self.pick(ORIENT[lang])
        if kind == "criminal_record":
            self.tag("criminal_record", "field")
            v = self.pick(CRIM[lang])
            return self.key("criminal", lang, st), [v] if isinstance(v, dict) else v
        raise ValueError(kind)

    def decline_field(self, kind: str, lang: str | None = None) -> tuple[str, str]:
        """A special-category question answered 'prefer not to say': no tag."""
        lang = lang or self.lg()
        concept = {
            "racial_ethnic_origin": "ethnicity",
            "religious_belief": "religion",
            "sex_life_orientation": "orientation",
        }[kind]
        return self.key(concept, lang), DECLINE[lang]

    def biometric(self) -> tuple[str, Any]:
        which = self.pick(["face", "finger", "iris", "voice", "palm"])
        self.tag("biometric", which)
        if which == "face":
            vec = [round(self.r.uniform(-0.3, 0.3), 4) for _ in range(self.n(12, 24))]
            return self.pick(
                [
                    "face_embedding",
                    "faceTemplate",
                    "gesichtsvorlage",
                    "modele_facial",
                    "plantilla_facial",
                ]
            ), {
                "model": self.pick(["arcface-r100", "facenet-512"]),
                "dims": 512,
                "vector_head": vec,
            }
        if which == "finger":
            pts = [
                {
                    "x": self.n(10, 400),
                    "y": self.n(10, 480),
                    "angle": self.n(0, 359),
                    "type": self.pick(["ending", "bifurcation"]),
                }
                for _ in range(self.n(5, 9))
            ]
            return self.pick(
                [
                    "fingerprint_template",
                    "fingerabdruck_template",
                    "empreinte_digitale",
                    "huella_dactilar",
                ]
            ), {
                "format": "ISO/IEC 19794-2:2011",
                "finger": self.pick(["right_index", "left_thumb"]),
                "minutiae": pts,
            }
        if which == "iris":
            return self.pick(["iris_code", "irisCode", "code_iris"]), self.hexs(self.n(96, 160))
        if which == "voice":
            return self.pick(["voiceprint", "stimmprofil", "empreinte_vocale", "huella_de_voz"]), {
                "enrolled": self.day(2025),
                "template": self.b64(self.n(80, 140)),
            }
        return self.pick(["palm_vein_template", "handvenenmuster", "patron_venas_palma"]), self.b64(
            self.n(80, 120)
        )

    # ---------------------------------------------------------------- any kind
    def field(self, kind: str, lang: str | None = None) -> tuple[str, Any]:
        lang = lang or self.lg()
        if kind in SPECIAL:
            return self.special_field(kind, lang)
        st = self.pick(K.STYLES)
        if kind == "person_name":
            return self.key("full_name", lang, st), self.name()
        if kind == "email":
            return self.key("email", lang, st), self.email()
        if kind == "phone":
            return self.key("phone", lang, st), self.phone(self.country(lang))
        if kind == "date_of_birth":
            return self.key("dob", lang, st), self.dob(lang)
        if kind == "postal_address":
            return self.key("address", lang, st), self.pick(
                [self.address(self.country(lang)), self.address_struct(self.country(lang), lang)]
            )
        if kind == "ip_address":
            return self.key("ip", lang, st), self.ip()
        if kind == "payment_card":
            return self.key("card", lang, st), self.card()
        if kind == "bank_account":
            return self.key("iban", lang, st), self.iban(
                {"en": self.pick(["GB", "NL"]), "de": "DE", "fr": "FR", "es": "ES"}[lang]
            )
        if kind == "national_id":
            k = self.key("natid", lang, st)
            if lang == "en":
                if "ssn" in k.lower() or "tax" in k.lower():
                    return k, self.ssn(
                        dashed=self.chance(0.6)
                    ) if "ssn" in k.lower() else self.ssn()
                return k, self.nino()
            return k, self.natid(lang)
        if kind == "passport":
            return self.key("passport", lang, st), self.passport_no(self.country(lang))
        if kind == "credential":
            return self.cred_field(lang)
        if kind == "precise_location":
            return self.pick(["location", "standort", "position", "ubicacion", "geo"]), self.coords(
                self.pick(["dict", "string", "geojson"]), lang=lang
            )
        raise ValueError(kind)

    # ---------------------------------------------------------------- free text
    def text(self, kind: str, lang: str | None = None) -> str:
        lang = lang or self.lang
        if lang == "mix":
            if "mix" not in TX.T[kind] or self.chance(0.3):
                lang = self.pick(LANGS)
        if lang not in TX.T[kind]:
            lang = "en"
        tpl = self.pick(TX.T[kind][lang])
        self.tag(kind, "", lang)
        return self.fill(tpl, lang)

    def fill(self, tpl: str, lang: str) -> str:
        t = lang
        base = "en" if lang == "mix" else lang

        def rep(m: re.Match[str]) -> str:
            ph = m.group(1)
            if ph == "name":
                return self.name(fmt="full", t=t)
            if ph == "first":
                return self.first(t=t)
            if ph == "dob":
                return self.dob(base, t=t, iso=False)
            if ph == "phone":
                return self.phone(self.country(base), t=t)
            if ph == "email":
                return self.email(t=t)
            if ph == "addr":
                return self.address(self.country(base), t=t)
            if ph == "card":
                return self.card(t=t)
            if ph == "iban":
                return self.iban(t=t)
            if ph == "natid":
                return self.natid(base, t=t)
            if ph == "ssn":
                return self.ssn(t=t)
            if ph == "nino":
                return self.nino(t=t)
            if ph == "passport":
                return self.passport_no(self.country(base), t=t)
            if ph == "secret":
                return self.secret(
                    self.pick(
                        [
                            "aws",
                            "github",
                            "slack",
                            "stripe",
                            "gitlab",
                            "google",
                            "npm",
                            "sendgrid",
                            "jwt",
                            "conn",
                        ]
                    ),
                    t=t,
                )
            if ph == "coords":
                return cast(str, self.coords(t=t))
            if ph == "ip":
                return self.ip(t=t)
            raise ValueError(ph)

        return re.sub(r"\{(\w+)\}", rep, tpl)

    def texts(self, kinds: list[str], lang: str | None = None) -> str:
        return " ".join(self.text(k, lang) for k in kinds)

    def clean_text(self, lang: str | None = None) -> str:
        lang = lang or self.lg()
        return self.pick(TX.CLEAN_TEXT[lang])
