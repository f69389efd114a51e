"""Per-document context and value generators for fresh17.

Every generator that inserts personal data records (kind, literal, label) in the context, so the
labels are known by construction.  Filler generators never produce 7+ digit runs.
"""

from __future__ import annotations

import base64
import json
import re
import string
from dataclasses import dataclass

from . import validators as V
from .text import NEG, SENT

SPECIAL = [
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
]
HIGH = ["payment_card", "bank_account", "national_id", "passport", "credential", "precise_location"]
ORDINARY = ["email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name"]
KINDS = SPECIAL + HIGH + ORDINARY

# ------------------------------------------------------------------ pools

FIRST = {
    "en": [
        "Olivia",
        "Liam",
        "Amelia",
        "Noah",
        "Grace",
        "Oliver",
        "Chloe",
        "Ethan",
        "Hannah",
        "Daniel",
        "Megan",
        "Ryan",
        "Priya",
        "Marcus",
        "Aisha",
        "Connor",
    ],
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Marie",
        "Tobias",
        "Katharina",
        "Jan",
        "Sophie",
        "Florian",
        "Johanna",
        "Mehmet",
        "Svenja",
        "Henrik",
    ],
    "fr": [
        "Camille",
        "Louis",
        "Chloé",
        "Hugo",
        "Léa",
        "Julien",
        "Manon",
        "Théo",
        "Inès",
        "Mathieu",
        "Élodie",
        "Nicolas",
        "Yasmine",
        "Baptiste",
    ],
    "es": [
        "Lucía",
        "Hugo",
        "Martina",
        "Pablo",
        "Sofía",
        "Alejandro",
        "Carmen",
        "Javier",
        "Paula",
        "Diego",
        "Elena",
        "Álvaro",
        "Nerea",
        "Iker",
    ],
}
LAST = {
    "en": [
        "Thompson",
        "Walker",
        "Patel",
        "Hughes",
        "Bennett",
        "O'Connor",
        "Reyes",
        "Fletcher",
        "Nguyen",
        "Carter",
        "Sullivan",
        "Okafor",
        "Kowalski",
        "Ashworth",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Brandt",
        "Lehmann",
        "Schröder",
        "Y\u0131lmaz",
        "Krüger",
        "Vogel",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Durand",
        "Leroy",
        "Moreau",
        "Lefèvre",
        "Girard",
        "Benali",
        "Fontaine",
        "Rousseau",
        "Garnier",
        "Chevalier",
        "Lemaire",
    ],
    "es": [
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Jiménez",
        "Ruiz",
        "Iglesias",
        "Navarro",
        "Ortega",
    ],
}
STREETS = {
    "de": [
        "Lindenallee",
        "Gartenweg",
        "Bergstraße",
        "Kastanienweg",
        "Am Mühlbach",
        "Rosenstraße",
        "Kirchgasse",
        "Hauptstraße",
        "Bahnhofstraße",
        "Ahornring",
    ],
    "uk": [
        "High Street",
        "Church Lane",
        "Station Road",
        "Mill Lane",
        "Park Avenue",
        "Orchard Close",
        "Meadow Way",
    ],
    "us": [
        "Maple Avenue",
        "Oak Street",
        "Elm Street",
        "Lakeview Drive",
        "Pine Street",
        "Union Street",
        "Cedar Court",
    ],
    "fr": [
        "rue des Lilas",
        "place de l'Église",
        "chemin des Vignes",
        "rue du Moulin",
        "avenue des Tilleuls",
        "impasse des Cerisiers",
        "rue de la Gare",
    ],
    "es": [
        "Calle Mayor",
        "Calle de la Iglesia",
        "Calle del Sol",
        "Avenida de los Olmos",
        "Calle Real",
        "Camino de los Olivos",
        "Plaza del Mercado",
    ],
}
CITIES = {
    "de": [
        ("10115", "Berlin"),
        ("80331", "München"),
        ("50667", "Köln"),
        ("20095", "Hamburg"),
        ("60311", "Frankfurt am Main"),
        ("04109", "Leipzig"),
        ("28195", "Bremen"),
    ],
    "uk": [
        ("M1 2AB", "Manchester"),
        ("LS1 4DY", "Leeds"),
        ("BS1 5TR", "Bristol"),
        ("EH2 2ER", "Edinburgh"),
        ("SW1A 2AA", "London"),
    ],
    "us": [
        ("94110", "San Francisco, CA"),
        ("10027", "New York, NY"),
        ("60614", "Chicago, IL"),
        ("78704", "Austin, TX"),
        ("98103", "Seattle, WA"),
    ],
    "fr": [
        ("75011", "Paris"),
        ("69003", "Lyon"),
        ("13006", "Marseille"),
        ("31000", "Toulouse"),
        ("44000", "Nantes"),
        ("33000", "Bordeaux"),
    ],
    "es": [
        ("28013", "Madrid"),
        ("08012", "Barcelona"),
        ("46001", "Valencia"),
        ("41004", "Sevilla"),
        ("48001", "Bilbao"),
        ("29015", "Málaga"),
    ],
}
CITY_LL = {
    "Berlin": (52.52, 13.405),
    "München": (48.137, 11.575),
    "Köln": (50.938, 6.96),
    "Hamburg": (53.551, 9.994),
    "Frankfurt am Main": (50.11, 8.682),
    "Leipzig": (51.34, 12.375),
    "Bremen": (53.079, 8.802),
    "Manchester": (53.48, -2.243),
    "Leeds": (53.801, -1.549),
    "Bristol": (51.455, -2.588),
    "Edinburgh": (55.953, -3.188),
    "London": (51.507, -0.128),
    "San Francisco, CA": (37.775, -122.419),
    "New York, NY": (40.713, -74.006),
    "Chicago, IL": (41.878, -87.63),
    "Austin, TX": (30.267, -97.743),
    "Seattle, WA": (47.606, -122.332),
    "Paris": (48.857, 2.352),
    "Lyon": (45.764, 4.836),
    "Marseille": (43.296, 5.37),
    "Toulouse": (43.605, 1.444),
    "Nantes": (47.218, -1.554),
    "Bordeaux": (44.838, -0.579),
    "Madrid": (40.417, -3.704),
    "Barcelona": (41.387, 2.17),
    "Valencia": (39.47, -0.376),
    "Sevilla": (37.389, -5.984),
    "Bilbao": (43.263, -2.935),
    "Málaga": (36.721, -4.421),
}
CITY_COORDS = list(CITY_LL.values())
MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
}
COMPANIES = [
    "Brightcart",
    "Nordlicht Logistik",
    "Vela Outdoor",
    "Casa Lumen",
    "Quillmark",
    "Hafenblick Versand",
    "Atelier Sorbet",
    "Pixelhof",
    "Tiendas Brisa",
    "Kestrel Labs",
    "Maison Orme",
    "Lumora Health Tech",
    "Fernweh Reisen",
    "Parcelo",
]
UA = [
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0 Safari/537.36"
    ),
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
    ),
    (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.4 Safari/605.1.15"
    ),
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A)",
]

LANGS = ["en", "de", "fr", "es"]
# Languages in which each special kind appears as free text
# (every one gets >= 5 distinct sentences).
TEXT_PLAN = {
    "health": ["en", "de", "fr", "es"],
    "genetic": ["en", "de", "fr"],
    "racial_ethnic_origin": ["en", "fr"],
    "political_opinion": ["en", "de", "fr"],
    "religious_belief": ["de", "fr", "es"],
    "trade_union": ["en", "de", "es"],
    "sex_life_orientation": ["en", "de", "es"],
    "criminal_record": ["en", "de", "fr"],
}
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"


@dataclass
class Person:
    first: str
    last: str
    lang: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class State:
    """Corpus-wide rotation counters (sentence use), shared by all contexts."""

    def __init__(self):
        self.counters: dict[tuple[str, str], int] = {}

    def next(self, key: tuple[str, str], n: int) -> int:
        c = self.counters.get(key, 0)
        self.counters[key] = c + 1
        return c % n


_FIRST = re.compile(
    r"\b(I|I'm|I've|[Mm]y|[Ii]ch|mich|[Mm]ein|[Mm]eine|[Mm]einen|hab|[Jj]e|moi|ma|mon|[Ss]oy|[Tt]engo|mi|[Vv]oy)\b"
)
QUOTE = {"en": 'Quote: "{}"', "de": "Zitat: „{}“", "fr": "Citation : « {} »", "es": 'Cita: "{}"'}


def first_person(s: str) -> bool:
    return bool(_FIRST.search(s.replace("j'", "j' ")))


def _max_digit_run(s: str) -> int:
    runs = re.findall(r"\d+", s)
    return max((len(r) for r in runs), default=0)


class Ctx:
    def __init__(self, rng, family: str, state: State):
        self.rng = rng
        self.family = family
        self.state = state
        self.tags: list[tuple[str, str, str]] = []  # (kind, literal, label)
        self.hns: list[tuple[str, str]] = []  # (kind, label)
        self.negs: list[tuple[str | None, str]] = []  # (validator name, literal)
        self.city = None  # city of the last address / coarse location generated

    # -- bookkeeping -------------------------------------------------------------
    def v(self, kind, value, label, lit=None):
        assert kind in KINDS, kind
        if lit is None:
            lit = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        self.tags.append((kind, lit, label))
        return value

    def hn(self, kind, label):
        assert kind in KINDS, kind
        self.hns.append((kind, label))

    def neg(self, check, value, kind, label):
        """A deliberate look-alike (must fail `check`, if given); also a hard negative."""
        self.negs.append((check, value))
        self.hn(kind, label)
        return value

    # -- basic randomness ------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def randstr(self, n, alphabet=ALNUM, max_run=4):
        while True:
            s = "".join(alphabet[self.rng.randrange(len(alphabet))] for _ in range(n))
            if _max_digit_run(s) <= max_run:
                return s

    def hexs(self, n):
        return self.randstr(n, "0123456789abcdef", 4)

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def b64(self, n):
        return self.randstr(n, B64, 4)

    def ts(self, year=None):
        y = year or self.pick([2024, 2025])
        return (
            f"{y}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}T"
            f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"
            f":{self.rng.randint(0, 59):02d}Z"
        )

    def day(self, year=None):
        y = year or self.pick([2024, 2025])
        return f"{y}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def amount(self, lo=5, hi=400):
        return round(self.rng.randint(lo * 100, hi * 100) / 100, 2)

    def ref(self, prefix, digits=6):
        return f"{prefix}-{self.rng.randint(10 ** (digits - 1), 10**digits - 1)}"

    def sku(self):
        return (
            f"{self.randstr(3, string.ascii_uppercase)}-{self.rng.randint(100, 999)}"
            f"-{self.pick(['S', 'M', 'L', 'XL', '38', '42'])}"
        )

    # -- sentences ---------------------------------------------------------------
    def text_lang(self, kind, hint=None):
        """Language for a document that will carry free text of `kind`: the hint when it is in the
        plan and not ahead of the others, else the least-used plan language (keeps >= 5 each)."""
        plan = TEXT_PLAN[kind]
        counts = [self.state.counters.get((kind, lg), 0) for lg in plan]
        if hint in plan and self.state.counters.get((kind, hint), 0) <= min(counts):
            return hint
        return plan[counts.index(min(counts))]

    def text(self, kind, lang):
        assert lang in TEXT_PLAN[kind], (kind, lang, self.family)
        pool = SENT[kind][lang]
        idx = self.state.next((kind, lang), len(pool))
        return self.v(kind, pool[idx], f"text:{kind}/{lang}#{idx}")

    def other_kind(self, first, lang):
        """A second special kind for the same document.

        Avoids two contradicting statements of one kind.
        """
        cands = [k for k in TEXT_PLAN if k not in (first, "genetic") and lang in TEXT_PLAN[k]]
        counts = [self.state.counters.get((k, lang), 0) for k in cands]
        return cands[counts.index(min(counts))]

    def note(self, kind, lang):
        """A sentence for a notes field: first-person statements are recorded as quotes."""
        s = self.text(kind, lang)
        return QUOTE[lang].format(s) if first_person(s) else s

    def neg_text(self, kind, choices=None):
        pool = NEG[kind]
        if choices:
            idx = choices[self.state.next((kind, "neg", tuple(choices)), len(choices))]
        else:
            idx = self.state.next((kind, "neg"), len(pool))
        self.hn(kind, f"text:{kind}#{idx}")
        return pool[idx]

    # -- people --------------------------------------------------------------------
    def person(self, lang):
        p = Person(self.pick(FIRST[lang]), self.pick(LAST[lang]), lang)
        return p

    def name(self, p: Person, style="full"):
        """Insert a person's name; returns the literal inserted."""
        if style == "full":
            s = p.full
        elif style == "last_first":
            s = f"{p.last}, {p.first}"
        elif style == "initial":
            s = f"{p.first[0]}. {p.last}"
        elif style == "dr":
            s = f"Dr. {p.last}" if p.lang != "es" else f"Dra. {p.last}"
        else:
            raise ValueError(style)
        if "Iglesias" in s:
            self.hn("religious_belief", "surname_iglesias")
        return self.v("person_name", s, f"name/{style}")

    def first_last(self, p: Person):
        if "Iglesias" in p.last:
            self.hn("religious_belief", "surname_iglesias")
        self.v("person_name", p.first, "name/first")
        self.v("person_name", p.last, "name/last")
        return p.first, p.last

    def email(self, p: Person | None = None, domain=None, role=None):
        if role:
            e = f"{role}@{domain}"
        else:
            tr = str.maketrans(
                {
                    "ä": "ae",
                    "ö": "oe",
                    "ü": "ue",
                    "ß": "ss",
                    "é": "e",
                    "è": "e",
                    "ê": "e",
                    "ë": "e",
                    "á": "a",
                    "í": "i",
                    "ó": "o",
                    "ú": "u",
                    "ñ": "n",
                    "ç": "c",
                    "ï": "i",
                    "É": "e",
                    "Á": "a",
                    "\u0131": "i",
                    "'": "",
                }
            )
            f = p.first.lower().translate(tr).replace(" ", "")
            la = p.last.lower().translate(tr).replace(" ", "").replace("ss", "ss")
            style = self.rng.randrange(4)
            local = [
                f"{f}.{la}",
                f"{f[0]}{la}",
                f"{f}_{la}{self.rng.randint(1, 99)}",
                f"{la}.{f[0]}",
            ][style]
            e = f"{local}@{domain or self.pick(MAIL_DOMAINS[p.lang])}"
        return self.v("email", e, "email/role" if role else "email")

    def phone(self, loc, fmt=None):
        r = self.rng
        while True:
            if loc == "de":
                f = fmt or r.randrange(3)
                s = [
                    (
                        f"+49 {r.choice(['151', '160', '171', '176'])} {r.randint(1000, 9999)} "
                        f"{r.randint(1000, 9999)}"
                    ),
                    f"030 {r.randint(1000, 9999)}{r.randint(100, 999)}",
                    f"+49{r.choice(['151', '172'])}{r.randint(1000000, 9999999)}",
                ][f]
            elif loc == "fr":
                f = fmt or r.randrange(2)
                g = [f"{r.randint(10, 99)}" for _ in range(4)]
                s = [f"+33 6 {' '.join(g)}", f"07 {' '.join(g)}"][f]
            elif loc == "es":
                f = fmt or r.randrange(2)
                s = [
                    f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"9{r.randint(10, 19)} {r.randint(100, 999)} {r.randint(100, 999)}",
                ][f]
            elif loc == "uk":
                f = fmt or r.randrange(2)
                s = [f"+44 7700 900{r.randint(100, 999)}", f"020 7946 0{r.randint(100, 999)}"][f]
            else:  # us
                f = fmt or r.randrange(3)
                s = [
                    f"+1 (415) 555-01{r.randint(10, 99)}",
                    f"212-555-01{r.randint(10, 99)}",
                    f"+1 646 555 01{r.randint(10, 99)}",
                ][f]
            if not V.has_card_like(s):
                return self.v("phone", s, f"phone/{loc}")

    def ipv4(self, private=False):
        r = self.rng
        if private:
            s = r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                ]
            )
        else:
            s = r.choice(
                [
                    f"203.0.113.{r.randint(2, 254)}",
                    f"198.51.100.{r.randint(2, 254)}",
                    f"81.{r.randint(10, 200)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                    f"92.{r.randint(100, 200)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                ]
            )
        return self.v("ip_address", s, "ipv4")

    def ipv6(self):
        s = (
            f"2001:db8:{self.hexs(4).lstrip('0') or '1'}:{self.hexs(3)}"
            f"::{self.hexs(4).lstrip('0') or '2'}"
        )
        return self.v("ip_address", s, "ipv6")

    def dob(self, fmt="iso"):
        y, m, d = self.rng.randint(1954, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28)
        s = {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "de": f"{d:02d}.{m:02d}.{y}",
            "fr": f"{d:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{d:02d}/{y}",
        }[fmt]
        return self.v("date_of_birth", s, f"dob/{fmt}")

    def street(self, loc):
        st = self.pick(STREETS[loc])
        n = self.rng.randint(1, 180)
        if loc == "de":
            line = f"{st} {n}"
        elif loc == "es":
            line = f"{st} {n}, {self.rng.randint(1, 6)}º {self.pick('ABCD')}"
        elif loc == "us":
            line = f"{self.rng.randint(100, 4999)} {st}"
        else:
            line = f"{n} {st}"
        if st in ("Church Lane", "Kirchgasse", "place de l'Église", "Calle de la Iglesia"):
            self.hn("religious_belief", "street_church")
        if st == "Union Street":
            self.hn("trade_union", "street_union")
        return self.v("postal_address", line, f"address/{loc}")

    def address(self, loc, keys=("street", "postal_code", "city", "country")):
        line = self.street(loc)
        pc, city = self.pick(CITIES[loc])
        self.city = city
        country = {"de": "DE", "uk": "GB", "us": "US", "fr": "FR", "es": "ES"}[loc]
        return dict(zip(keys, [line, pc, city, country], strict=False))

    def address_line(self, loc):
        line = self.street(loc)
        pc, city = self.pick(CITIES[loc])
        self.city = city
        return f"{line}, {pc} {city}" if loc in ("de", "fr", "es") else f"{line}, {city} {pc}"

    def city_only(self, loc):
        self.hn("postal_address", "city_only")
        pc, city = self.pick(CITIES[loc])
        self.city = city
        return pc, city

    # -- high risk ---------------------------------------------------------------
    def card(self, brand=None, fmt=None):
        r = self.rng
        brand = brand or r.choice(["visa", "mastercard", "amex", "discover"])
        if brand == "visa":
            body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
        elif brand == "mastercard":
            body = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13))
        elif brand == "amex":
            body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        else:
            body = "6011" + "".join(str(r.randint(0, 9)) for _ in range(11))
        num = body + V.luhn_check_digit(body)
        fmt = fmt or r.choice(["plain", "spaced", "dashed"])
        if fmt != "plain":
            sep = " " if fmt == "spaced" else "-"
            if brand == "amex":
                num = sep.join([num[:4], num[4:10], num[10:]])
            else:
                num = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        assert V.find_cards(num)
        return self.v("payment_card", num, f"card/{brand}/{fmt}")

    def bad_card_ref(self, label="ref_luhn_fail", n=16):
        r = self.rng
        while True:
            body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
            if not V.luhn_ok(body):
                return self.neg("luhn", body, "payment_card", label)

    def last4(self):
        self.hn("payment_card", "last4")
        return f"{self.rng.randint(0, 9999):04d}"

    def pm_token(self):
        self.hn("payment_card", "pm_token")
        return "pm_" + self.randstr(24)

    def _bban(self, country):
        r = self.rng

        def dig(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        if country == "DE":
            return dig(18)
        if country == "FR":
            return dig(23)
        if country == "ES":
            return dig(20)
        if country == "GB":
            return r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + dig(14)
        if country == "NL":
            return r.choice(["ABNA", "INGB", "RABO"]) + dig(10)
        if country == "IT":
            return r.choice("ABCDEFGHJ") + dig(10) + dig(12)
        if country == "AT":
            return dig(16)
        raise ValueError(country)

    def iban(self, country="DE", spaced=None, label="iban"):
        while True:
            ib = V.iban_make(country, self._bban(country))
            if V.iban_ok(ib) and not V.has_card_like(ib) and not V.has_card_like(V.iban_spaced(ib)):
                break
        if spaced is None:
            spaced = self.chance(0.4)
        s = V.iban_spaced(ib) if spaced else ib
        return self.v("bank_account", s, f"{label}/{country}")

    def bad_iban(self, country="DE"):
        while True:
            ib = V.iban_make(country, self._bban(country))
            wrong = (int(ib[2:4]) + self.rng.randint(1, 9)) % 100
            bad = f"{ib[:2]}{wrong:02d}{ib[4:]}"
            if (
                not V.iban_ok(bad)
                and not V.has_card_like(bad)
                and not V.has_card_like(V.iban_spaced(bad))
            ):
                return self.neg("iban", bad, "bank_account", "iban_bad_check")

    def bic(self):
        self.hn("bank_account", "bic_only")
        return self.pick(
            ["COBADEFFXXX", "DEUTDEFF", "BNPAFRPPXXX", "CAIXESBBXXX", "INGDDEFFXXX", "NWBKGB2L"]
        )

    def vat_id(self):
        self.hn("bank_account", "vat_id")
        r = self.rng
        v = self.pick(
            [
                f"DE{r.randint(100000, 999999)}{r.randint(100, 999)}",
                f"FR{r.randint(10, 99)}{r.randint(100000, 999999)}{r.randint(100, 999)}",
                f"ESB{r.randint(1000000, 9999999)}{r.randint(0, 9)}",
            ]
        )
        return self.neg(None, v, "national_id", "vat_id")

    def routing(self):
        r = self.rng
        while True:
            s = f"{r.choice(['02', '03', '06', '07', '11', '12'])}{r.randint(1000000, 9999999)}"
            if V.aba_ok(s):
                return s

    def us_account(self):
        """Routing plus account number in named bank fields; returns (routing, account)."""
        rt = self.routing()
        acct = str(self.rng.randint(10**8, 10**10 - 1))
        self.v("bank_account", rt, "us_routing")
        self.v("bank_account", acct, "us_account")
        return rt, acct

    def uk_account(self):
        r = self.rng
        sc = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        acct = f"{r.randint(10000000, 99999999)}"
        self.v("bank_account", sc, "uk_sort_code")
        self.v("bank_account", acct, "uk_account")
        return sc, acct

    def ssn(self, dashed=True):
        r = self.rng
        while True:
            s = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
            if V.ssn_ok(s):
                break
        if not dashed:
            s = s.replace("-", "")
        return self.v("national_id", s, "ssn")

    def nino(self):
        r = self.rng
        while True:
            s = (
                f"{r.choice('ABCEHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')}"
                f"{r.randint(0, 999999):06d}{r.choice('ABCD')}"
            )
            if V.nino_ok(s):
                break
        if self.chance(0.5):
            s = f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"
        return self.v("national_id", s, "nino")

    def steuer_id(self):
        r = self.rng
        while True:
            digits = r.sample("0123456789", 9)
            if digits[0] == "0":
                continue
            dup = r.choice(digits[1:])
            pos = r.randint(1, 9)
            d10 = [*digits[:pos], dup, *digits[pos:]]
            s = "".join(d10)
            if s[0] == "0":
                continue
            s += str(V.steuer_check_digit(s))
            if V.steuer_id_ok(s):
                break
        if self.chance(0.4):
            s = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        return self.v("national_id", s, "steuer_id")

    def nir(self, female=None):
        r = self.rng
        while True:
            sex = "2" if female else ("1" if female is False else r.choice("12"))
            body = (
                f"{sex}{r.randint(55, 99):02d}{r.randint(1, 12):02d}"
                f"{r.choice(['75', '69', '13', '33', '44', '59'])}{r.randint(1, 350):03d}"
                f"{r.randint(1, 400):03d}"
            )
            key = 97 - int(body) % 97
            s = f"{body}{key:02d}"
            if V.nir_ok(s) and not V.has_card_like(s):
                break
        if self.chance(0.5):
            s = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        return self.v("national_id", s, "nir")

    def dni(self, nie=False):
        r = self.rng
        if nie:
            p = r.choice("XYZ")
            n = r.randint(0, 9999999)
            s = f"{p}{n:07d}{V.DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"
        else:
            n = r.randint(10000000, 79999999)
            s = f"{n}{V.DNI_LETTERS[n % 23]}"
        assert V.dni_ok(s)
        return self.v("national_id", s, "nie" if nie else "dni")

    def bad_dni(self):
        n = self.rng.randint(10000000, 79999999)
        good = V.DNI_LETTERS[n % 23]
        wrong = self.pick([c for c in V.DNI_LETTERS if c != good])
        return self.neg("dni", f"{n}{wrong}", "national_id", "dni_bad_letter")

    def ssn_last4(self):
        self.hn("national_id", "ssn_last4")
        return f"{self.rng.randint(1, 9999):04d}"

    def passport_no(self, country):
        r = self.rng
        if country == "DE":
            s = "C" + self.randstr(8, "CFGHJKLMNPRTVWXYZ0123456789", 4)
        elif country == "FR":
            s = (
                f"{r.randint(10, 99)}{self.randstr(2, string.ascii_uppercase)}"
                f"{r.randint(10000, 99999)}"
            )
        elif country == "ES":
            s = f"{self.randstr(3, string.ascii_uppercase)}{r.randint(100000, 999999)}"
        elif country == "GB":
            s = f"{r.randint(100000, 999999)}{r.randint(100, 999)}"
        else:
            s = f"{self.randstr(1, 'ACEGHJ')}{r.randint(10000000, 99999999)}"
        return self.v("passport", s, f"passport/{country}")

    # -- credentials -------------------------------------------------------------
    def secret(self, kind=None):
        r = self.rng
        kind = kind or r.choice(
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
                "whsec",
                "password",
                "bearer",
            ]
        )
        if kind == "aws":
            s = "AKIA" + self.randstr(16, string.ascii_uppercase + "234567", 3)
        elif kind == "aws_secret":
            s = self.randstr(40, ALNUM + "/+", 3)
        elif kind == "github":
            s = "ghp_" + self.randstr(36, ALNUM, 3)
        elif kind == "github_pat":
            s = (
                "github_pat_11"
                + self.randstr(20, UPPER_ALNUM, 3)
                + "_"
                + self.randstr(59, ALNUM, 3)
            )
        elif kind == "slack":
            s = (
                f"xoxb-{r.randint(100000, 999999)}-{r.randint(100000, 999999)}"
                f"-{self.randstr(24, ALNUM, 3)}"
            )
        elif kind == "stripe":
            s = r.choice(["sk_live_", "rk_live_"]) + self.randstr(32, ALNUM, 3)
        elif kind == "gitlab":
            s = "glpat-" + self.randstr(20, ALNUM + "-_", 3)
        elif kind == "google":
            s = "AIza" + self.randstr(35, ALNUM + "-_", 3)
        elif kind == "npm":
            s = "npm_" + self.randstr(36, ALNUM, 3)
        elif kind == "sendgrid":
            s = "SG." + self.randstr(22, ALNUM + "-_", 3) + "." + self.randstr(43, ALNUM + "-_", 3)
        elif kind == "jwt":
            s = self.jwt_raw()
        elif kind == "whsec":
            s = "whsec_" + self.randstr(32, ALNUM, 3)
        elif kind == "client_secret":
            s = self.randstr(40, ALNUM + "~._-", 3)
        elif kind == "password":
            s = r.choice(
                [
                    "Sommer2024!",
                    "Hunter#Blau77",
                    "P@ssw0rd-Lyon",
                    "correct-horse-battery-9",
                    "Kalimera!88",
                    "Tq7!vLm2#ws",
                    "Girasol_2023",
                    "MiGato*Felix",
                ]
            )
        elif kind == "bearer":
            s = self.randstr(48, ALNUM + "-_", 3)
        else:
            raise ValueError(kind)
        return self.v("credential", s, f"secret/{kind}")

    def jwt_raw(self):
        def enc(o):
            return (
                base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode())
                .decode()
                .rstrip("=")
            )

        while True:
            hdr = enc({"alg": "RS256", "typ": "JWT", "kid": self.hexs(8)})
            body = enc(
                {
                    "sub": "usr_" + self.hexs(10),
                    "scope": "orders:read",
                    "iat": 1712000000 + 0,
                    "exp": 1712003600,
                }
            )
            tok = f"{hdr}.{body}.{self.randstr(43, ALNUM + '-_', 3)}"
            if _max_digit_run(tok) < 7:
                return tok

    def pem_private(self):
        body = "\n".join(self.randstr(64, B64, 3) for _ in range(5))
        s = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
        return self.v("credential", s, "secret/pem_private")

    def basic_auth(self, user):
        pw = self.pick(["s3cr3t-Pa55", "Winter!2025", "deploy#42x", "k8sAdmin!9"])
        tok = base64.b64encode(f"{user}:{pw}".encode()).decode()
        return self.v("credential", f"Basic {tok}", "secret/basic_auth")

    def conn_string(self, scheme="postgres"):
        pw = self.randstr(14, ALNUM, 3)
        user = self.pick(["app", "svc_orders", "reporting", "api_rw"])
        host = self.pick(
            [
                "db-prod.internal",
                "orders-db.cluster-ro.eu-central-1.rds.amazonaws.com",
                "mongo-0.mongo.svc",
                "redis-primary.cache.local",
            ]
        )
        port = {"postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379}[scheme]
        s = f"{scheme}://{user}:{pw}@{host}:{port}/{self.pick(['orders', 'shop', 'crm', '0'])}"
        self.v("credential", pw, "secret/conn_password")
        return s

    # hard negatives for credentials
    def bcrypt(self):
        self.hn("credential", "bcrypt_hash")
        return "$2b$12$" + self.randstr(53, ALNUM + "./", 3)

    def argon2(self):
        self.hn("credential", "argon2_hash")
        return (
            f"$argon2id$v=19$m=65536,t=3,p=4${self.randstr(22, ALNUM + '+/', 3)}"
            f"${self.randstr(43, ALNUM + '+/', 3)}"
        )

    def masked(self):
        self.hn("credential", "masked")
        return self.pick(
            [
                "********",
                "[REDACTED]",
                "sk_live_****************" + self.randstr(4, ALNUM, 3),
                "***",
            ]
        )

    def sha(self, n=40):
        self.hn("credential", "digest")
        return self.hexs(n)

    def pubkey(self):
        self.hn("credential", "public_key")
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + self.randstr(43, ALNUM + "+/", 3)

    # -- location --------------------------------------------------------------
    def latlon(self, dec=None, near=None):
        r = self.rng
        base = near or CITY_LL.get(self.city) or self.pick(CITY_COORDS)
        dec = dec or r.choice([5, 6, 6, 4])
        while True:
            lat = round(base[0] + r.uniform(-0.05, 0.05), dec)
            lon = round(base[1] + r.uniform(-0.05, 0.05), dec)
            ls, os_ = json.dumps(lat), json.dumps(lon)
            if len(ls.split(".")[1]) == dec and len(os_.split(".")[1]) == dec:
                break
        self.v("precise_location", lat, f"latlon/{dec}")
        self.v("precise_location", lon, f"latlon/{dec}")
        return lat, lon

    def coarse(self, dec=None):
        self.city = self.pick(list(CITY_LL))
        base = CITY_LL[self.city]
        dec = dec or self.rng.choice([1, 2, 3])
        self.hn("precise_location", f"coarse/{dec}")
        return round(base[0], dec), round(base[1], dec)

    # -- biometric payloads ----------------------------------------------------
    def embedding(self, n, dec=4):
        return [round(self.rng.uniform(-0.3, 0.3), dec) for _ in range(n)]

    def template_b64(self, nbytes):
        return self.b64(nbytes * 4 // 3)


def restyle(obj, style):
    """Rewrite snake_case keys to camelCase / PascalCase / kebab-case."""

    def conv(k):
        parts = k.split("_")
        if style == "camel":
            return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        if style == "pascal":
            return "".join(p[:1].upper() + p[1:] for p in parts)
        if style == "kebab":
            return "-".join(parts)
        return k

    if isinstance(obj, dict):
        return {conv(k): restyle(v, style) for k, v in obj.items()}
    if isinstance(obj, list):
        return [restyle(v, style) for v in obj]
    return obj
