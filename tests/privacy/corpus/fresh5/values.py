"""Value generators for fresh5. Every generator that inserts personal data records its kind."""

from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from . import pools
from .validators import DNI_LETTERS, iban_ok, luhn_digit, luhn_ok, make_iban, steuer_id_check

T = TypeVar("T")
STYLES = ("snake", "camel", "kebab", "pascal", "upper")


def style(key: str, how: str) -> str:
    parts = key.split("_")
    if how == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if how == "kebab":
        return "-".join(parts)
    if how == "pascal":
        return "".join(p.capitalize() for p in parts)
    if how == "upper":
        return "_".join(parts).upper()
    return key


class Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.kinds: set[str] = set()
        self.balance_kinds: set[str] = set()
        self.what: list[str] = []
        self.how = rng.choice(STYLES)

    # --- filler (never forms a kind) ---
    def k(self, key: str) -> str:
        return style(key, self.how)

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def hexs(self, n: int) -> str:
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{6}", s):
                return s

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not re.search(r"\d{5}", s):
                return s

    def uid(self) -> str:
        while True:
            u = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            if not re.search(r"\d{5}", u.replace("-", "")):
                return u

    def ts(self) -> str:
        r = self.rng
        return (
            f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        )

    def b64(self, nbytes: int) -> str:
        while True:
            s = base64.b64encode(self.rng.randbytes(nbytes)).decode()
            if not re.search(r"\d{5}", s):
                return s

    def small(self, lo: int = 1, hi: int = 9999) -> int:
        return self.rng.randint(lo, hi)

    def mark(self, kind: str, what: str, balance: bool = True) -> None:
        """Record a kind; ``balance`` kinds steer which special category the next
        document plants (a relabel with ``balance=False`` leaves the documents unchanged)."""
        self.kinds.add(kind)
        if balance:
            self.balance_kinds.add(kind)
        self.what.append(what)

    # --- ordinary personal data ---
    def first(self) -> str:
        return self.pick(pools.FIRST)

    def name(self, fmt: str = "full") -> str:
        f, last = self.first(), self.pick(pools.LAST)
        self.mark("person_name", "name")
        if fmt == "last_first":
            return f"{last.upper()}, {f}"
        if fmt == "initial":
            return f"{f[0]}. {last}"
        return f"{f} {last}"

    def email(self, first: str | None = None) -> str:
        first = first or self.first()
        local = self.pick(
            [
                first.lower(),
                f"{first.lower()}.{self.pick(pools.LAST).split()[0].lower()}",
                f"{first[0].lower()}{self.small(10, 99)}",
                "info",
                "hr-desk",
            ]
        )
        local = (
            local.replace("é", "e")
            .replace("í", "i")
            .replace("ñ", "n")
            .replace("ö", "o")
            .replace("ą", "a")
            .replace("ń", "n")
            .replace("ú", "u")
            .replace("á", "a")
            .replace("-", "")
        )
        self.mark("email", "email")
        return f"{local}@{self.pick(pools.DOMAINS)}"

    def phone(self) -> str:
        r = self.rng
        fmt = r.randrange(8)
        self.mark("phone", "phone")
        d = self.digits
        return [
            f"+49 {r.randint(151, 179)} {d(7)}",
            f"0{r.randint(30, 89)}/{d(6)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"(415) 555-{d(4)}",
            f"+1-312-{d(3)}-{d(4)}",
            f"+44 7700 {d(6)}",
        ][fmt]

    def ip(self, v6: bool | None = None) -> str:
        r = self.rng
        self.mark("ip_address", "ip")
        if v6 or (v6 is None and r.random() < 0.25):
            return f"2a02:{self.hexs(4)}:{self.hexs(3)}:{r.randint(1, 9)}::{self.hexs(2)}"
        return self.pick(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                f"{r.choice([81, 88, 91, 145, 178, 203])}.{r.randint(0, 255)}."
                f"{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )

    def dob(self, style_: str | None = None) -> str:
        r = self.rng
        y, m, d = r.randint(1948, 2007), r.randint(1, 12), r.randint(1, 28)
        self.mark("date_of_birth", "dob")
        s = style_ or r.choice(["iso", "de", "us", "fr"])
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "de": f"{d:02d}.{m:02d}.{y}",
            "us": f"{m}/{d}/{y}",
            "fr": f"{d:02d}/{m:02d}/{y}",
        }[s]

    def address(self, church: bool = False) -> dict[str, str]:
        street, city, cc = self.pick(pools.CHURCH_STREETS if church else pools.STREETS)
        self.mark("postal_address", "address")
        return {"street": street.format(n=self.small(1, 188)), "city": city, "country": cc}

    def address_line(self) -> str:
        a = self.address()
        return f"{a['street']}, {a['city']}"

    def coords(self) -> tuple[float, float]:
        r = self.rng
        self.mark("precise_location", "coords")
        dec = r.randint(4, 6)
        return (round(r.uniform(36.0, 59.0), dec), round(r.uniform(-9.0, 24.0), dec))

    # --- high-risk ---
    def card(self, sep: str = "") -> str:
        r = self.rng
        brand = r.randrange(4)
        while True:
            if brand == 0:
                body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
            elif brand == 1:
                body = f"5{r.randint(1, 5)}" + "".join(str(r.randint(0, 9)) for _ in range(13))
            elif brand == 2:
                body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
            else:
                body = "6011" + "".join(str(r.randint(0, 9)) for _ in range(11))
            num = body + luhn_digit(body)
            break
        self.mark("payment_card", "card")
        if sep:
            if len(num) == 15:
                return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
            return sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return num

    def bad_card(self) -> str:
        r = self.rng
        while True:
            num = "4" + "".join(str(r.randint(0, 9)) for _ in range(15))
            if not luhn_ok(num):
                return num

    def iban(self, spaced: bool = False) -> str:
        r = self.rng
        cc = r.choice(["DE", "FR", "ES", "NL", "GB", "AT"])
        d = self.digits
        bban = {
            "DE": lambda: d(18),
            "FR": lambda: d(10) + "0" + d(10) + d(2),
            "ES": lambda: d(20),
            "NL": lambda: "RABO" + d(10),
            "GB": lambda: "NWBK" + d(14),
            "AT": lambda: d(16),
        }[cc]()
        iban = make_iban(cc, bban)
        assert iban_ok(iban)
        self.mark("bank_account", "iban")
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban

    def bad_iban(self) -> str:
        while True:
            sub = Ctx(self.rng)
            good = sub.iban()
            bad = good[:2] + f"{(int(good[2:4]) + self.small(1, 40)) % 100:02d}" + good[4:]
            if not iban_ok(bad):
                return bad

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def ssn(self, dashed: bool = True) -> str:
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        self.mark("national_id", "ssn")
        return s if dashed else s.replace("-", "")

    def nino(self) -> str:
        r = self.rng
        p = r.choice(["AB", "CE", "JH", "KL", "PR", "SW", "TM", "WA", "NE", "HR"])
        self.mark("national_id", "nino")
        return f"{p} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.choice('ABCD')}"

    def steuer_id(self) -> str:
        r = self.rng
        while True:
            digs = r.sample("0123456789", 9)
            digs.append(r.choice(digs))
            r.shuffle(digs)
            if digs[0] != "0":
                break
        first10 = "".join(digs)
        self.mark("national_id", "steuer-id")
        return first10 + steuer_id_check(first10)

    def nir(self) -> str:
        r = self.rng
        n13 = (
            f"{r.randint(1, 2)}{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            f"{r.choice([13, 33, 44, 59, 69, 75, 92]):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"  # noqa: E501
        )
        self.mark("national_id", "nir")
        return f"{n13}{97 - int(n13) % 97:02d}"

    def dni(self) -> str:
        r = self.rng
        self.mark("national_id", "dni/nie")
        if r.random() < 0.3:
            p = r.randrange(3)
            n = r.randint(1000000, 9999999)
            return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[int(f'{p}{n:07d}') % 23]}"
        n = r.randint(10000000, 99999999)
        return f"{n}{DNI_LETTERS[n % 23]}"

    def national_id(self) -> tuple[str, str]:
        which = self.rng.randrange(5)
        return [
            ("ssn", self.ssn),
            ("nino", self.nino),
            ("steuer_id", self.steuer_id),
            ("nir", self.nir),
            ("dni", self.dni),
        ][which][0], [self.ssn, self.nino, self.steuer_id, self.nir, self.dni][which]()

    def passport(self) -> str:
        r = self.rng
        self.mark("passport", "passport")
        return r.choice(
            [
                f"C{self.alnum(8, 'CFGHJKLMNPRTVWXYZ0123456789')}",
                f"{r.randint(10, 99)}{self.alnum(2, string.ascii_uppercase)}{r.randint(10000, 99999)}",  # noqa: E501
                f"{self.alnum(3, string.ascii_uppercase)}{r.randint(100000, 999999)}",
                f"5{r.randint(10000000, 99999999)}",
            ]
        )

    def credential(self) -> tuple[str, str]:
        r = self.rng
        which = r.randrange(13)
        self.mark("credential", "credential")
        up = string.ascii_uppercase + string.digits
        if which == 0:
            return "aws_access_key_id", "AKIA" + self.alnum(16, up)
        if which == 1:
            return "aws_secret_access_key", self.alnum(
                40, string.ascii_letters + string.digits + "/+"
            )
        if which == 2:
            return "github_token", "ghp_" + self.alnum(36)
        if which == 3:
            return (
                "slack_bot_token",
                f"xoxb-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{self.alnum(24)}",
            )
        if which == 4:
            return "stripe_key", "sk_live_" + self.alnum(24)
        if which == 5:
            return "gitlab_token", "glpat-" + self.alnum(
                20, string.ascii_letters + string.digits + "-_"
            )
        if which == 6:
            return "api_key", "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_")
        if which == 7:
            return "sendgrid_key", f"SG.{self.alnum(22)}.{self.alnum(43)}"
        if which == 8:
            return "npm_token", "npm_" + self.alnum(36)
        if which == 9:
            return "password", r.choice(
                [
                    "Sommer2026!",
                    "hunter2-but-longer",
                    "P@ssw0rd#Lyon",
                    "correct-horse-battery-9",
                    "Tr0mb0ne&Tuba",
                    "qwerty!Madrid77",
                ]
            )
        if which == 10:
            return "access_token", self.jwt()
        if which == 11:
            return "client_secret", self.alnum(32)
        return "webhook_secret", "whsec_" + self.alnum(32)

    def jwt(self) -> str:
        def enc(o: Any) -> str:
            return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")

        return ".".join(
            [
                enc({"alg": "RS256", "typ": "JWT", "kid": self.hexs(8)}),
                enc({"sub": self.uid(), "scope": "read write", "exp": 1795000000}),
                self.alnum(43, string.ascii_letters + string.digits + "-_"),
            ]
        )

    def pem_private(self) -> str:
        self.mark("credential", "pem")
        body = "\n".join(self.b64(48) for _ in range(4))
        return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"

    def conn_string(self) -> str:
        self.mark("credential", "conn-string")
        pw = self.alnum(14)
        return self.pick(
            [
                f"postgres://app_rw:{pw}@db-primary.internal:5432/orders",
                f"mongodb+srv://svc-sync:{pw}@cluster0.mongo.example.net/crm",
                f"amqp://broker:{pw}@mq.internal:5672/%2F",
            ]
        )

    def basic_auth(self) -> str:
        self.mark("credential", "basic-auth")
        return "Basic " + base64.b64encode(f"svc-export:{self.alnum(12)}".encode()).decode()

    def bearer(self) -> str:
        self.mark("credential", "bearer")
        return "Bearer " + self.pick([self.jwt(), self.alnum(40)])

    # --- special categories ---
    def text(self, kind: str, lang: str | None = None) -> str:
        options = [t for t in pools.TEXT[kind] if lang is None or t[1] == lang] or pools.TEXT[kind]
        kinds, lang_, sentence = self.pick(options)
        for k in kinds:
            self.mark(k, f"text:{k}/{lang_}")
        if sentence in pools.CLINICAL_ALSO_HEALTH:
            self.mark("health", "text:health (clinical note)/en", balance=False)
        return sentence

    def field(self, kind: str) -> tuple[str, Any]:
        """A structured (key, value) revealing the kind."""
        r = self.rng
        self.mark(kind, f"field:{kind}")
        if kind == "health":
            return r.choice(
                [
                    (
                        "diagnosis",
                        {
                            "code": r.choice(["J45.909", "E11.9", "F32.1", "M54.5", "K50.90"]),
                            "system": "ICD-10",
                            "text": r.choice(
                                ["asthma", "T2DM", "depressive episode", "low back pain", "Crohn's"]
                            ),
                        },
                    ),
                    (
                        "allergies",
                        r.choice(
                            [
                                ["penicillin", "latex"],
                                ["NKDA"],
                                ["sulfonamides"],
                                ["Nüsse", "Wespengift"],
                            ]
                        ),
                    ),
                    (
                        "medications",
                        [
                            {
                                "name": r.choice(
                                    [
                                        "sertraline",
                                        "levothyroxine",
                                        "metformin",
                                        "Ramipril",
                                        "Seroquel",
                                    ]
                                ),
                                "dose": r.choice(["50 mg", "25mcg", "500mg bid", "5mg"]),
                            }
                        ],
                    ),
                    (
                        "Diagnose",
                        r.choice(
                            ["Hypertonie", "Migräne mit Aura", "Long-COVID", "Burn-out-Syndrom"]
                        ),
                    ),
                    ("hba1c_pct", round(r.uniform(5.8, 9.5), 1)),
                    (
                        "disability_status",
                        r.choice(
                            [
                                "Yes, I have a disability (or previously had a disability)",
                                "No, I do not have a disability",
                            ]
                        ),
                    ),
                    ("hiv_status", r.choice(["negative", "positive"])),
                    ("embarazada", r.choice([True, False])),
                    (
                        "motif_arret",
                        r.choice(["gastro-entérite", "entorse cheville", "dépression"]),
                    ),
                    ("blood_type_and_conditions", "A+, epilepsy (controlled)"),
                ]
            )
        if kind == "genetic":
            return r.choice(
                [
                    (
                        "genotype",
                        {
                            "rs429358": r.choice(["CT", "TT", "CC"]),
                            "rs7412": r.choice(["CC", "CT"]),
                            "rs1815739": r.choice(["CC", "CT", "TT"]),
                        },
                    ),
                    (
                        "str_profile",
                        {
                            "D8S1179": "13,14",
                            "D21S11": "29,30.2",
                            "TH01": "6,9.3",
                            "FGA": "21,24",
                            "vWA": "16,17",
                            "Amelogenin": "X,Y",
                        },
                    ),
                    (
                        "pgx",
                        {
                            "gene": "CYP2D6",
                            "diplotype": "*1/*4",
                            "phenotype": "intermediate metabolizer",
                        },
                    ),
                    (
                        "variants",
                        [{"gene": "BRCA1", "hgvs": "c.5266dupC", "zygosity": "heterozygous"}],
                    ),
                    ("snp_calls", "rs4988235:AG;rs12913832:GG;rs1426654:AA"),
                    ("genotipo", {"HLA-B": "*57:01", "resultado": "presente"}),
                ]
            )
        if kind == "biometric":
            return r.choice(
                [
                    (
                        "face_embedding",
                        [round(r.uniform(-0.3, 0.3), 5) for _ in range(r.choice([16, 24, 32]))],
                    ),
                    (
                        "fingerprint_template",
                        {
                            "format": "ISO/IEC 19794-2",
                            "finger": "right_index",
                            "data": "Rk1SACAyMAAA" + self.b64(72),
                        },
                    ),
                    (
                        "minutiae",
                        [
                            {
                                "x": r.randint(20, 400),
                                "y": r.randint(20, 500),
                                "angle": r.randint(0, 359),
                                "type": r.choice(["ending", "bifurcation"]),
                            }
                            for _ in range(6)
                        ],
                    ),
                    ("voiceprint", {"model": "ecapa-v2", "vector_b64": self.b64(96)}),
                    ("iris_code", self.hexs(96)),
                    ("palm_vein_template", self.b64(80)),
                    ("gesichtsmerkmale", {"vorlage": self.b64(64), "version": 3}),
                ]
            )
        if kind == "racial_ethnic_origin":
            return r.choice(
                [
                    (
                        "race_ethnicity",
                        r.choice(
                            [
                                "Hispanic or Latino",
                                "Black or African American",
                                "Asian",
                                "Two or More Races",
                                "American Indian or Alaska Native",
                            ]
                        ),
                    ),
                    (
                        "ethnicity",
                        r.choice(
                            [
                                "White - Irish Traveller",
                                "Mixed: White and Black Caribbean",
                                "Asian or Asian British: Bangladeshi",
                            ]
                        ),
                    ),
                    ("ethnische_herkunft", r.choice(["kurdisch", "Sinti", "türkisch-arabisch"])),
                    ("origine_ethnique", r.choice(["maghrébine", "antillaise"])),
                    ("etnia", r.choice(["gitana", "quechua", "afrodescendiente"])),
                    (
                        "race",
                        [
                            r.choice(["Asian", "White", "Black"]),
                            "Native Hawaiian or Other Pacific Islander",
                        ],
                    ),
                ]
            )
        if kind == "political_opinion":
            return r.choice(
                [
                    (
                        "party_membership",
                        r.choice(
                            [
                                "SPD",
                                "Die Linke",
                                "Parti socialiste",
                                "PSOE",
                                "Reform UK",
                                "Democratic Party",
                            ]
                        ),
                    ),
                    (
                        "canvass_support_level",
                        r.choice(["1 - strong support", "2 - lean support", 4, 5]),
                    ),
                    (
                        "voting_intention",
                        r.choice(["Greens", "undecided-leaning Con", "Vox", "Renaissance"]),
                    ),
                    ("parteimitglied", True),
                    ("militant", {"parti": "EELV", "depuis": 2018}),
                    (
                        "contribution",
                        {
                            "committee": "Friends of Dana Whitcombe for Congress",
                            "amount_usd": r.choice([50, 250, 1000]),
                            "cycle": 2026,
                        },
                    ),
                ]
            )
        if kind == "religious_belief":
            return r.choice(
                [
                    (
                        "religion",
                        r.choice(
                            [
                                "Muslim",
                                "Hindu",
                                "Roman Catholic",
                                "Jewish",
                                "Buddhist",
                                "none (atheist)",
                            ]
                        ),
                    ),
                    ("konfession", r.choice(["ev", "rk", "islamisch", "orthodox"])),
                    ("kirchensteuermerkmal", r.choice(["rk", "ev", "lt"])),
                    ("confession", r.choice(["catholique", "protestante", "musulmane"])),
                    ("religión", r.choice(["evangélica", "católica", "musulmana"])),
                    (
                        "congregation",
                        {"name": "Beth Shalom Reform Congregation", "member_since": 2011},
                    ),
                    ("donation_type", r.choice(["zakat", "tzedakah", "Kirchgeld"])),
                ]
            )
        if kind == "trade_union":
            return r.choice(
                [
                    ("union_member", r.choice([True, False])),
                    ("gewerkschaft", r.choice(["ver.di", "IG Metall", "GEW", "EVG"])),
                    ("union_dues", round(r.uniform(9, 48), 2)),
                    ("syndicat", r.choice(["CGT", "CFDT", "FO", "SUD Rail"])),
                    ("afiliacion_sindical", r.choice(["CCOO", "UGT", "CGT"])),
                    (
                        "union_role",
                        r.choice(["shop steward", "branch delegate", "health & safety rep"]),
                    ),
                    (
                        "local_number",
                        {
                            "union": "UFCW",
                            "local": r.randint(100, 999),
                            "status": "member in good standing",
                        },
                    ),
                ]
            )
        if kind == "sex_life_orientation":
            return r.choice(
                [
                    (
                        "sexual_orientation",
                        r.choice(
                            ["bisexual", "gay", "lesbian", "heterosexual", "asexual", "pansexual"]
                        ),
                    ),
                    ("orientation", r.choice(["gay", "straight", "bi", "queer"])),
                    (
                        "sexuelle_orientierung",
                        r.choice(["homosexuell", "bisexuell", "heterosexuell"]),
                    ),
                    ("orientation_sexuelle", r.choice(["homosexuelle", "bisexuel"])),
                    ("orientacion_sexual", r.choice(["gay", "bisexual", "heterosexual"])),
                    ("sexual_partners_last_12m", r.randint(0, 6)),
                ]
            )
        if kind == "criminal_record":
            return r.choice(
                [
                    ("criminal_record", r.choice(["none", "clear", "1 conviction (2014, theft)"])),
                    (
                        "convictions",
                        [
                            {
                                "offence": r.choice(["DUI", "burglary", "possession", "assault"]),
                                "year": r.randint(2005, 2024),
                                "sentence": "12 months suspended",
                            }
                        ],
                    ),
                    ("fuehrungszeugnis", r.choice(["ohne Eintragungen", "2 Eintragungen"])),
                    ("casier_judiciaire", r.choice(["néant", "condamnation 2017 (vol)"])),
                    ("antecedentes_penales", r.choice([False, True, "no constan"])),
                    (
                        "criminal_check",
                        {"type": "county criminal", "result": r.choice(["clear", "record found"])},
                    ),
                    (
                        "probation",
                        {"status": "active", "ends": "2027-03-01", "supervision_level": "medium"},
                    ),
                    ("arrests", [{"date": "2021-07-04", "charge": "disorderly conduct"}]),
                ]
            )
        raise KeyError(kind)
