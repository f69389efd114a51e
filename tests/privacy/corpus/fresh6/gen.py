"""Value generators for the fresh6 corpus; each records the kind it inserts."""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Sequence
from typing import TypeVar

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

FIRST = [
    "Maren",
    "Tobiah",
    "Ines",
    "Kwabena",
    "Solveig",
    "Rafferty",
    "Yasmin",
    "Piet",
    "Lucette",
    "Gonzalo",
    "Henrike",
    "Oluwaseun",
    "Margaux",
    "Teodoro",
    "Ulrike",
    "Dashiell",
    "Amara",
    "Fenna",
    "Leocadia",
    "Bastien",
    "Wilhelmina",
    "Ciarán",
    "Nayeli",
    "Jost",
    "Perrine",
    "Eulalia",
    "Mattis",
    "Zofia",
    "Anouk",
    "Rosendo",
    "Gesa",
    "Thibault",
    "Imogen",
    "Kemal",
]
LAST = [
    "Oberländer",
    "Castellví",
    "Pennywhistle",
    "Dufresnoy",
    "Achterberg",
    "Mbeki-Rowe",
    "Quintanilla",
    "Hagedorn",
    "Vauquelin",
    "Strittmatter",
    "Abernethy",
    "Ferreiro",
    "Lindqvist",
    "Okonkwo",
    "Brandstätter",
    "Roussillon",
    "Villaseñor",
    "Tremayne",
    "Kowalczyk",
    "Heuberger",
    "Larrañaga",
    "Delacroix-Petit",
    "Fairweather",
    "Zimmerlin",
]
STREETS = [
    ("Kastanienallee", "de"),
    ("Hinter der Mühle", "de"),
    ("Rue des Tanneurs", "fr"),
    ("Avenue Jean-Moulin", "fr"),
    ("Calle Almendro", "es"),
    ("Paseo de la Ribera", "es"),
    ("Foxglove Crescent", "en"),
    ("Winterbourne Road", "en"),
    ("Elm Hollow Drive", "en"),
    ("Lerchenweg", "de"),
    ("Chemin du Moulin-Vieux", "fr"),
    ("Carrer de les Oliveres", "es"),
]
CITIES = {
    "de": [("10437", "Berlin"), ("50667", "Köln"), ("79098", "Freiburg")],
    "fr": [("69003", "Lyon"), ("33000", "Bordeaux"), ("44000", "Nantes")],
    "es": [("28014", "Madrid"), ("46002", "Valencia"), ("08012", "Barcelona")],
    "en": [("LS6 2QT", "Leeds"), ("EH6 5JP", "Edinburgh"), ("BS3 4RN", "Bristol")],
}
DOMAINS = [
    "mailbox.example",
    "posteo.example",
    "example.org",
    "kundenmail.example",
    "correo.example",
]
T = TypeVar("T")
ALNUM = string.ascii_letters + string.digits


def safe_token(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """Random string with no run of more than 3 digits (no accidental numbers)."""
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        run = best = 0
        for ch in s:
            run = run + 1 if ch.isdigit() else 0
            best = max(best, run)
        if best <= 3:
            return s


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def steuer_check(d10: str) -> int:
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return 0 if chk == 10 else chk


class Ctx:
    """Collects the kinds inserted into one document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.kinds: set[str] = set()
        self.what: list[str] = []

    def mark(self, kind: str, what: str = "") -> None:
        assert kind in KINDS, kind
        self.kinds.add(kind)
        self.what.append(what or kind)

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    # ---- ordinary
    def first(self) -> str:
        self.mark("person_name", "name")
        return self.pick(FIRST)

    def last(self) -> str:
        self.mark("person_name", "name")
        return self.pick(LAST)

    def name(self) -> str:
        self.mark("person_name", "name")
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def email(self, style: str = "") -> str:
        self.mark("email")
        f, l_ = self.pick(FIRST), self.pick(LAST)
        loc = self.pick(
            [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}_{self.rng.randint(70, 99)}", "kontakt", "hr-team"]
        )
        loc = loc.lower().replace(" ", "")
        for a, b in (
            ("ä", "ae"),
            ("ö", "oe"),
            ("ü", "ue"),
            ("ñ", "n"),
            ("á", "a"),
            ("í", "i"),
            ("é", "e"),
        ):
            loc = loc.replace(a, b)
        loc = "".join(c for c in loc if c.isascii())
        return f"{loc}@{self.pick(DOMAINS)}"

    def phone(self, lang: str = "") -> str:
        self.mark("phone")
        r = self.rng.randint
        lang = lang or self.pick(["de", "fr", "es", "en", "us"])
        return {
            "de": self.pick(
                [f"+49 30 {r(100, 999)} {r(1000, 9999)}", f"0171 {r(100, 999)}{r(1000, 9999)}"]
            ),
            "fr": self.pick(
                [
                    f"+33 6 {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
                    f"06.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}",
                ]
            ),
            "es": self.pick(
                [
                    f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}",
                    f"6{r(10, 99)} {r(10, 99)} {r(10, 99)} {r(100, 999)}",
                ]
            ),
            "en": f"+44 7{r(100, 999)} {r(100000, 999999)}",
            "us": self.pick(
                [f"(503) {r(200, 999)}-{r(1000, 9999)}", f"+1-415-{r(200, 999)}-{r(1000, 9999)}"]
            ),
        }[lang]

    def ip(self) -> str:
        self.mark("ip_address")
        r = self.rng.randint
        return self.pick(
            [
                f"{r(23, 212)}.{r(1, 254)}.{r(0, 254)}.{r(1, 254)}",
                f"10.{r(0, 254)}.{r(0, 254)}.{r(1, 254)}",
                f"2a02:{r(4096, 65000):x}:{r(1, 65000):x}::{r(1, 4000):x}",
            ]
        )

    def dob(self, fmt: str = "") -> str:
        self.mark("date_of_birth", "dob")
        y, m, d = self.rng.randint(1941, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        fmt = fmt or self.pick(["iso", "de", "fr", "us"])
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "de": f"{d:02d}.{m:02d}.{y}",
            "fr": f"{d:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{d:02d}/{y}",
        }[fmt]

    def street(self, lang: str = "") -> tuple[str, str, str]:
        self.mark("postal_address", "address")
        opts = [s for s in STREETS if not lang or s[1] == lang]
        st, lg = self.pick(opts)
        no = self.rng.randint(1, 140)
        line = f"{no} {st}" if lg in ("en", "fr") else f"{st} {no}"
        pc, city = self.pick(CITIES[lg])
        return line, pc, city

    def address_str(self) -> str:
        line, pc, city = self.street()
        return f"{line}, {pc} {city}"

    # ---- high risk
    def card(self, spaced: str = "") -> str:
        self.mark("payment_card", "card")
        pre = self.pick(["4", "51", "55", "2221", "6011", "34", "37"])
        n = 15 if pre in ("34", "37") else 16
        body = pre + "".join(str(self.rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
        num = luhn_complete(body)
        sep = spaced or self.pick(["", " ", "-"])
        if sep and n == 16:
            return sep.join(num[i : i + 4] for i in range(0, 16, 4))
        if sep:
            return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
        return num

    def bad_card(self) -> str:
        body = "4" + "".join(str(self.rng.randint(0, 9)) for _ in range(14))
        good = luhn_complete(body)
        return good[:-1] + str((int(good[-1]) + self.rng.randint(1, 9)) % 10)

    def _bban(self, cc: str) -> str:
        dg = lambda n: "".join(str(self.rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        return {
            "DE": lambda: dg(18),
            "FR": lambda: dg(10) + dg(11) + dg(2),
            "ES": lambda: dg(20),
            "NL": lambda: self.pick(["ABNA", "RABO", "INGB"]) + dg(10),
            "GB": lambda: self.pick(["NWBK", "BARC", "MIDL"]) + dg(14),
        }[cc]()

    def iban(self, spaced: bool | None = None) -> str:
        self.mark("bank_account", "iban")
        cc = self.pick(["DE", "FR", "ES", "NL", "GB"])
        s = iban_make(cc, self._bban(cc))
        if spaced if spaced is not None else self.rng.random() < 0.4:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def bad_iban(self) -> str:
        cc = self.pick(["DE", "FR", "ES", "NL"])
        s = iban_make(cc, self._bban(cc))
        while True:
            chk = f"{self.rng.randint(2, 98):02d}"
            t = s[:2] + chk + s[4:]
            if not iban_ok(t):
                return t

    def ssn(self) -> str:
        self.mark("national_id", "ssn")
        a = self.rng.choice([x for x in range(1, 900) if x != 666])
        s = f"{a:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        return s if self.rng.random() < 0.7 else s.replace("-", "")

    def nino(self) -> str:
        self.mark("national_id", "nino")
        ok1 = "ABCEGHJKLMNOPRSTWXYZ"
        ok2 = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(ok1) + self.pick(ok2)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        s = f"{p}{d}{self.pick('ABCD')}"
        return s if self.rng.random() < 0.6 else f"{p} {d[:2]} {d[2:4]} {d[4:]} {s[-1]}"

    def steuer_id(self) -> str:
        self.mark("national_id", "steuer-id")
        while True:
            digs = self.rng.sample("0123456789", 9)
            dup = self.pick(digs)
            seq = [*digs, dup]
            self.rng.shuffle(seq)
            if seq[0] != "0":
                break
        d10 = "".join(seq)
        return d10 + str(steuer_check(d10))

    def nir(self) -> str:
        self.mark("national_id", "nir")
        r = self.rng.randint
        base = f"{r(1, 2)}{r(45, 99):02d}{r(1, 12):02d}{r(1, 95):02d}{r(1, 999):03d}{r(1, 999):03d}"
        key = 97 - int(base) % 97
        s = f"{base}{key:02d}"
        return (
            s
            if self.rng.random() < 0.5
            else f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        )

    def dni(self) -> str:
        self.mark("national_id", "dni/nie")
        letters = "TRWAGMYFPDXBNJZSQVHLCKE"
        if self.rng.random() < 0.7:
            n = self.rng.randint(10000000, 99999999)
            return f"{n}{letters[n % 23]}"
        p = self.rng.randint(0, 2)
        n = self.rng.randint(1000000, 9999999)
        return f"{'XYZ'[p]}{n}{letters[int(str(p) + str(n)) % 23]}"

    def national_id(self) -> str:
        return self.pick([self.ssn, self.nino, self.steuer_id, self.nir, self.dni])()

    def passport_no(self) -> str:
        self.mark("passport")
        r = self.rng
        return r.choice(
            [
                f"C{safe_token(r, 8, 'CFGHJKLMNPRTVWXYZ0123456789')}",
                f"{r.randint(50, 99)}{safe_token(r, 2, 'ABCDEFGHJK')}{r.randint(10000, 99999)}",
                f"PA{r.randint(100, 999)}{safe_token(r, 1, 'ABCDEF')}{r.randint(100, 999)}",
                f"A{r.randint(50, 59)}{r.randint(100, 999)}{r.randint(100, 999)}",
            ]
        )

    def coord(self) -> tuple[float, float]:
        self.mark("precise_location", "coords")
        nd = self.rng.randint(4, 6)
        return (round(self.rng.uniform(36.0, 55.0), nd), round(self.rng.uniform(-9.0, 16.0), nd))

    def secret(self, which: str = "") -> str:
        self.mark("credential", which or "secret")
        r = self.rng
        t = lambda n, a=ALNUM: safe_token(r, n, a)  # noqa: E731
        up = string.ascii_uppercase + string.digits
        which = which or self.pick(
            [
                "aws",
                "awssecret",
                "ghp",
                "ghpat",
                "slack",
                "stripe",
                "glpat",
                "google",
                "npm",
                "sendgrid",
                "jwt",
                "password",
                "whsec",
                "bearer",
                "client_secret",
            ]
        )
        if which == "aws":
            return "AKIA" + t(16, up)
        if which == "awssecret":
            return t(40, ALNUM + "/+")
        if which == "ghp":
            return "ghp_" + t(36)
        if which == "ghpat":
            return "github_pat_" + t(22) + "_" + t(59)
        if which == "slack":
            return f"xoxb-{t(10, up)}-{t(12, up)}-{t(24)}"
        if which == "stripe":
            return self.pick(["sk_live_", "rk_live_"]) + t(28)
        if which == "glpat":
            return "glpat-" + t(20)
        if which == "google":
            return "AIza" + t(35, ALNUM + "-_")
        if which == "npm":
            return "npm_" + t(36)
        if which == "sendgrid":
            return "SG." + t(22) + "." + t(43)
        if which == "jwt":
            return jwt(r)
        if which == "whsec":
            return "whsec_" + t(32)
        if which == "bearer":
            return "Bearer " + self.pick([jwt(r), t(40)])
        if which == "client_secret":
            return t(40, ALNUM + "~._-")
        return self.pick(
            [
                "Sommer2024!",
                "hunter2-Blau",
                "P@ssw0rt_Kaffee",
                "contraseña-Gato77",
                "Mdp!Lapin#19",
                "Tr0ub4dor&3x",
            ]
        )

    def pem(self) -> str:
        self.mark("credential", "pem")
        body = "\n".join(safe_token(self.rng, 64, ALNUM + "+/") for _ in range(6))
        kind = self.pick(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        )
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"

    def conn(self) -> str:
        self.mark("credential", "conn-string")
        pw = safe_token(self.rng, 14)
        return self.pick(
            [
                f"postgres://svc_report:{pw}@db-primary.internal:5432/ledger",
                f"mongodb+srv://app:{pw}@cluster-eu.mongo.example/crm?retryWrites=true",
                f"amqp://worker:{pw}@mq.internal:5672/%2f",
                f"redis://:{pw}@cache.internal:6379/0",
            ]
        )

    def basic(self) -> str:
        self.mark("credential", "basic-auth")
        raw = f"integration:{safe_token(self.rng, 16)}".encode()
        return "Basic " + base64.b64encode(raw).decode()


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r: random.Random) -> str:
    h = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": safe_token(r, 8)}).encode())
    p = b64url(
        json.dumps(
            {
                "sub": "usr_" + safe_token(r, 12),
                "iss": "https://idp.example",
                "exp": 1798761600,
                "scope": "read write",
            }
        ).encode()
    )
    return f"{h}.{p}.{b64url(bytes(r.randrange(256) for _ in range(64)))}"


def rid(r: random.Random, prefix: str = "", n: int = 12) -> str:
    return prefix + safe_token(r, n, string.ascii_lowercase + string.digits)


def ts(r: random.Random) -> str:
    mo, d = r.randint(1, 11), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return f"2026-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
