"""Value generators for fresh22. Every generator that inserts a kind records it in the context."""

from __future__ import annotations

import base64
import json
import random
import string
from collections import Counter
from typing import Any

from . import pools, texts
from . import validators as v

SPECIAL = ("health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
           "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
HIGH_RISK = ("payment_card", "bank_account", "national_id", "passport", "credential",
             "precise_location")
ORDINARY = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = SPECIAL + HIGH_RISK + ORDINARY
TEXT_SPECIAL = tuple(k for k in SPECIAL if k != "biometric")

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


class Stats:
    """Corpus-wide counters used to balance which special category a free text carries."""

    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()


class Ctx:
    def __init__(self, rng: random.Random, lang: str, style: str, stats: Stats) -> None:
        self.rng = rng
        self.lang = lang
        self.style = style
        self.stats = stats
        self.kinds: set[str] = set()
        self.tags: list[str] = []

    # ---- bookkeeping ----
    def add(self, kind: str, how: str = "field") -> None:
        assert kind in KINDS, kind
        if kind not in self.kinds:
            self.stats.kinds[kind] += 1
        self.kinds.add(kind)
        tag = f"{how}:{kind}"
        if tag not in self.tags:
            self.tags.append(tag)

    def decoy(self, what: str) -> None:
        tag = f"decoy:{what}"
        if tag not in self.tags:
            self.tags.append(tag)

    # ---- language and keys ----
    def t(self, spec: str) -> str:
        parts = spec.split("|")
        if len(parts) == 1:
            return parts[0]
        return parts[pools.LANGS.index(self.lang)]

    def k(self, spec: str) -> str:
        words = self.t(spec).split(" ")
        if self.style == "camel":
            return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
        if self.style == "pascal":
            return "".join(w[:1].upper() + w[1:] for w in words)
        if self.style == "kebab":
            return "-".join(words)
        return "_".join(words)

    # ---- random helpers ----
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def sample(self, seq: Any, n: int) -> list[Any]:
        return self.rng.sample(list(seq), n)

    # ---- filler (never forms a kind) ----
    def _chars(self, alphabet: str, n: int, max_digits: int = 3) -> str:
        out: list[str] = []
        run = 0
        letters = [c for c in alphabet if not c.isdigit()]
        for _ in range(n):
            ch = self.rng.choice(alphabet)
            if ch.isdigit():
                if run >= max_digits:
                    ch = self.rng.choice(letters)
                    run = 0
                else:
                    run += 1
            else:
                run = 0
            out.append(ch)
        return "".join(out)

    def hexs(self, n: int) -> str:
        return self._chars(HEX, n)

    def b64(self, n: int) -> str:
        return self._chars(B64, n)

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self._chars(alphabet, n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def sha256(self) -> str:
        return self.hexs(64)

    def sku(self) -> str:
        return f"{self.alnum(3, UPPER)}-{self.num(100, 9999)}-{self.alnum(2, UPPER)}"

    def order_no(self) -> str:
        return f"{self.alnum(2, UPPER)}{self.num(10000, 999999)}"

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.alnum(8, UPPER + '23456789')}"

    def day(self, year: int | None = None) -> str:
        y = year or self.num(2023, 2025)
        return f"{y}-{self.num(1, 12):02d}-{self.num(1, 28):02d}"

    def ts(self) -> str:
        return f"{self.day()}T{self.num(0, 23):02d}:{self.num(0, 59):02d}:{self.num(0, 59):02d}Z"

    def hhmm(self) -> str:
        return f"{self.num(5, 22):02d}:{self.pick(['00', '05', '15', '20', '30', '45', '50'])}"

    def epoch(self) -> int:
        return self.num(1_690_000_000, 1_740_000_000)

    def version(self) -> str:
        return f"{self.num(1, 12)}.{self.num(0, 40)}.{self.num(0, 20)}"

    def build_no(self) -> str:
        self.decoy("version_4part")
        return f"{self.num(2, 9)}.{self.num(0, 9)}.{self.num(0, 9)}.{self.num(1000, 9999)}"

    def price(self, lo: float = 5, hi: float = 400) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def money(self) -> dict[str, Any]:
        return {"amount": self.price(), "currency": {"en": "GBP", "de": "EUR", "fr": "EUR",
                                                      "es": "EUR"}[self.lang]}

    def flight(self) -> str:
        return f"{self.pick(pools.AIRLINES)}{self.num(10, 9899)}"

    def pnr(self) -> str:
        return self.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def eticket(self) -> str:
        self.decoy("eticket_non_luhn")
        n = v.make_non_luhn(self.rng, 13, self.pick(["220", "057", "075", "125"]))
        return f"{n[:3]}-{n[3:]}"

    def loyalty(self) -> str:
        self.decoy("loyalty_non_luhn")
        return v.make_non_luhn(self.rng, self.pick([9, 12, 16]), str(self.num(1, 9)))

    def giftcard(self) -> str:
        self.decoy("giftcard_non_luhn")
        n = v.make_non_luhn(self.rng, 16, "6")
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def txn_id(self) -> str:
        self.decoy("txn_non_luhn")
        return v.make_non_luhn(self.rng, self.pick([15, 16]))

    def ean13(self) -> str:
        self.decoy("ean13")
        while True:
            body = "40" + "".join(self.pick("0123456789") for _ in range(10))
            check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
            ean = body + str(check)
            if not v.luhn_ok(ean):
                return ean

    def seat(self) -> str:
        return f"{self.num(1, 38)}{self.pick('ABCDEF')}"

    def room(self) -> str:
        return str(self.num(1, 9) * 100 + self.num(1, 40))

    def airport(self) -> tuple[str, str, float, float]:
        a: tuple[str, str, float, float] = self.pick(pools.AIRPORTS)
        return a

    def coarse(self, decimals: int | None = None) -> tuple[float, float]:
        self.decoy("coarse_coords")
        lat0, lon0 = pools.CITY_CENTRES[self.lang]
        d = decimals or self.pick([1, 2, 3])
        return (round(lat0 + self.rng.uniform(-0.2, 0.2), d),
                round(lon0 + self.rng.uniform(-0.2, 0.2), d))

    def vin(self) -> str:
        self.decoy("vin")
        return self.alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def plate(self) -> str:
        self.decoy("fleet_plate")
        if self.lang == "de":
            return f"{self.pick(['B', 'M', 'HH', 'K'])}-{self.alnum(2, UPPER)} {self.num(10, 9999)}"
        if self.lang == "fr":
            return f"{self.alnum(2, UPPER)}-{self.num(100, 999)}-{self.alnum(2, UPPER)}"
        if self.lang == "es":
            return f"{self.num(1000, 9999)} {self.alnum(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        return f"{self.alnum(2, UPPER)}{self.num(10, 74)} {self.alnum(3, UPPER)}"

    def imei_like(self) -> str:
        self.decoy("imei_like_non_luhn")
        return v.make_non_luhn(self.rng, 15, "35")

    def iccid_like(self) -> str:
        self.decoy("iccid_like")
        return "8944" + "".join(self.pick("0123456789") for _ in range(16))

    def masked_card(self) -> str:
        self.decoy("masked_card")
        return self.pick(["**** ", "•••• ", "XXXX-XXXX-XXXX-", "************"]) + str(
            self.num(1000, 9999))

    def last4(self) -> str:
        self.decoy("last4")
        return f"{self.num(0, 9999):04d}"

    def bad_iban(self) -> str:
        self.decoy("iban_bad_checksum")
        good = self.iban(record=False)
        check = int(good[2:4])
        bad = (check + self.num(1, 40)) % 97
        bad = bad if bad >= 2 else bad + 2
        return f"{good[:2]}{bad:02d}{good[4:]}"

    def pm_token(self) -> str:
        self.decoy("payment_token")
        return f"{self.pick(['pm_', 'tok_', 'card_'])}{self.alnum(24)}"

    def vat_id(self) -> str:
        self.decoy("vat_id")
        return {"en": f"GB{self.num(100000000, 999999999)}",
                "de": f"DE{self.num(100000000, 999999999)}",
                "fr": f"FR{self.num(10, 99)}{self.num(100000000, 999999999)}",
                "es": f"ESB{self.num(10000000, 99999999)}"}[self.lang]

    def public_key(self) -> str:
        self.decoy("public_key")
        body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + self.b64(300)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"

    def ssh_pub(self) -> str:
        self.decoy("ssh_public_key")
        return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{self.b64(43)} ci-deploy"

    def bcrypt(self) -> str:
        self.decoy("password_hash")
        return "$2b$12$" + self._chars(string.ascii_letters + "./", 53)

    def blob(self, n: int = 48) -> str:
        self.decoy("base64_blob")
        return base64.b64encode(self.rng.randbytes(n)).decode()

    def neutral(self) -> str:
        s: str = self.pick(texts.NEUTRAL[self.lang])
        return s

    def decoy_text(self) -> str:
        self.decoy("decoy_text")
        s: str = self.pick(texts.DECOY[self.lang])
        return s

    # ---- ordinary personal data ----
    def first(self) -> str:
        self.add("person_name")
        s: str = self.pick(pools.FIRST[self.lang])
        return s

    def last(self) -> str:
        self.add("person_name")
        s: str = self.pick(pools.LAST[self.lang])
        return s

    def name(self) -> str:
        return f"{self.first()} {self.last()}"

    def email(self, name: str | None = None, role: bool = False) -> str:
        self.add("email")
        if role:
            local = self.pick(["support", "reservations", "billing", "noreply", "care", "ops"])
            return f"{local}@{self.pick(pools.ROLE_DOMAINS)}"
        if name:
            base = name.lower().replace(" ", self.pick([".", "_", ""]))
            base = base.translate(str.maketrans("áéíóúüöäßèçëïâ", "aeiouuoasecsia"))
        else:
            base = self.alnum(self.num(5, 9), LOWER) + str(self.num(1, 99))
        return f"{base}@{self.pick(pools.MAIL_DOMAINS[self.lang])}"

    def _safe_phone(self, fmt: Any) -> str:
        while True:
            s: str = fmt()
            ds = v.digits_of(s)
            if not (13 <= len(ds) <= 19 and v.luhn_ok(ds)):
                return s

    def phone(self) -> str:
        self.add("phone")
        d = self.num
        fmts = {
            "en": [lambda: f"+44 7{d(100, 999)} {d(100000, 999999)}",
                   lambda: f"07{d(100, 999)} {d(100, 999)} {d(100, 999)}",
                   lambda: f"+1 ({d(201, 989)}) {d(200, 989)}-{d(1000, 9999)}",
                   lambda: f"+1-{d(201, 989)}-{d(200, 989)}-{d(1000, 9999)}"],
            "de": [lambda: f"+49 1{d(51, 79)} {d(1000000, 99999999)}",
                   lambda: f"0{d(151, 179)} {d(1000000, 9999999)}",
                   lambda: f"+49 (0)30 {d(1000000, 99999999)}",
                   lambda: f"089 {d(100, 999)} {d(100, 999)}-{d(10, 99)}"],
            "fr": [lambda: f"+33 6 {d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                   lambda: f"07 {d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                   lambda: f"+33 (0)1 {d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                   lambda: f"06.{d(10, 99)}.{d(10, 99)}.{d(10, 99)}.{d(10, 99)}"],
            "es": [lambda: f"+34 6{d(10, 99)} {d(100, 999)} {d(100, 999)}",
                   lambda: f"6{d(10, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}",
                   lambda: f"+34 91 {d(100, 999)} {d(10, 99)} {d(10, 99)}",
                   lambda: f"(+34) 7{d(10, 99)}-{d(100, 999)}-{d(100, 999)}"],
        }
        return self._safe_phone(self.pick(fmts[self.lang]))

    def phone_e164(self) -> str:
        self.add("phone")
        cc, n = {"en": ("+447", 9), "de": ("+4915", 9), "fr": ("+336", 8),
                 "es": ("+346", 8)}[self.lang]
        return self._safe_phone(lambda: cc + "".join(self.pick("0123456789") for _ in range(n)))

    def ip(self, v6: bool | None = None) -> str:
        self.add("ip_address")
        if v6 or (v6 is None and self.chance(0.2)):
            groups = [self.hexs(4).lstrip("0") or "0" for _ in range(5)]
            return "2001:db8:" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])
        kind = self.num(0, 3)
        if kind == 0:
            return f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        if kind == 1:
            return f"192.168.{self.num(0, 255)}.{self.num(1, 254)}"
        return f"{self.pick([81, 84, 90, 109, 151, 176, 185, 212, 37, 62])}.{self.num(0, 255)}." \
               f"{self.num(0, 255)}.{self.num(1, 254)}"

    def dob_parts(self) -> tuple[int, int, int]:
        return self.num(1945, 2005), self.num(1, 12), self.num(1, 28)

    def dob(self, iso: bool | None = None) -> str:
        self.add("date_of_birth")
        y, m, d = self.dob_parts()
        if iso or (iso is None and self.chance(0.5)):
            return f"{y}-{m:02d}-{d:02d}"
        if self.lang == "de":
            return f"{d:02d}.{m:02d}.{y}"
        if self.lang == "en":
            return self.pick([f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}"])
        return f"{d:02d}/{m:02d}/{y}"

    def street_line(self) -> str:
        self.add("postal_address")
        st = self.pick(pools.STREETS[self.lang])
        n = self.num(1, 180)
        if self.lang in ("en", "fr"):
            return f"{n} {st}"
        return f"{st} {n}"

    def address(self) -> str:
        self.add("postal_address")
        city, pc = self.pick(pools.CITIES[self.lang])
        line = self.street_line()
        if self.lang == "en":
            if "," in city:
                return f"{line}, {city} {pc}"
            return f"{line}, {city} {pc}"
        if self.lang == "es" and self.chance(0.5):
            line += f", {self.num(1, 8)}º {self.pick('ABCD')}"
        return f"{line}, {pc} {city}"

    def address_obj(self) -> dict[str, Any]:
        self.add("postal_address")
        city, pc = self.pick(pools.CITIES[self.lang])
        return {self.k("street|straße|rue|calle"): self.street_line(),
                self.k("postcode|plz|code postal|código postal"): pc,
                self.k("city|ort|ville|ciudad"): city,
                self.k("country|land|pays|país"): pools.COUNTRY[self.lang]}

    def city(self) -> str:
        c: str = self.pick(pools.CITIES[self.lang])[0]
        return c

    # ---- high-risk ----
    def card(self, fmt: str | None = None, brand: str | None = None) -> str:
        self.add("payment_card")
        b = brand or self.pick(["visa", "visa", "mastercard", "amex", "discover"])
        n = v.make_card(self.rng, b)
        f = fmt or self.pick(["plain", "spaced", "dashed"])
        if f == "plain":
            return n
        sep = " " if f == "spaced" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def expiry(self) -> str:
        return f"{self.num(1, 12):02d}/{self.num(26, 31)}"

    def iban(self, record: bool = True, country: str | None = None,
             spaced: bool | None = None) -> str:
        if record:
            self.add("bank_account")
        cc = country or self.pick([pools.COUNTRY[self.lang]] * 3 + ["NL", "AT", "BE"])
        ds = lambda n: "".join(self.pick("0123456789") for _ in range(n))  # noqa: E731
        bban = {"DE": lambda: ds(18), "FR": lambda: ds(23), "ES": lambda: ds(20),
                "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + ds(14),
                "NL": lambda: self.pick(["ABNA", "INGB", "RABO"]) + ds(10),
                "AT": lambda: ds(16), "BE": lambda: ds(12), "CH": lambda: ds(17)}[cc]()
        iban = v.iban_make(cc, bban)
        assert v.iban_ok(iban)
        if spaced or (spaced is None and self.chance(0.4)):
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self) -> str:
        self.decoy("bic")
        return self.pick(["DEUTDEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "NWBKGB2L", "COBADEFFXXX"])

    def us_bank(self) -> tuple[str, str]:
        self.add("bank_account")
        digits = self.pick([10, 12])
        return v.make_aba(self.rng), str(self.num(10 ** (digits - 1), 10**digits - 1))

    def uk_bank(self) -> tuple[str, str]:
        self.add("bank_account")
        return (f"{self.num(10, 99)}-{self.num(10, 99)}-{self.num(10, 99)}",
                f"{self.num(10_000_000, 99_999_999)}")

    def ssn(self, dashed: bool = True) -> str:
        self.add("national_id")
        s = v.make_ssn(self.rng)
        return s if dashed else s.replace("-", "")

    def nino(self) -> str:
        self.add("national_id")
        s = v.make_nino(self.rng)
        return s if self.chance(0.5) else f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"

    def steuer_id(self) -> str:
        self.add("national_id")
        s = v.make_steuer_id(self.rng)
        return s if self.chance(0.6) else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"

    def nir(self) -> str:
        self.add("national_id")
        s = v.make_nir(self.rng)
        if self.chance(0.5):
            return s
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"

    def dni(self) -> str:
        self.add("national_id")
        return v.make_nie(self.rng) if self.chance(0.3) else v.make_dni(self.rng)

    def national_id(self) -> tuple[str, str]:
        """Returns (key spec, value) suited to the record language."""
        if self.lang == "de":
            return "tax id|steuer id|numéro fiscal|número fiscal", self.steuer_id()
        if self.lang == "fr":
            return "ssn|sozialversicherungsnummer|numéro sécu|número seguridad social", self.nir()
        if self.lang == "es":
            return "id number|ausweisnummer|numéro identité|dni", self.dni()
        if self.chance(0.5):
            return "ssn|ssn|ssn|ssn", self.ssn(dashed=self.chance(0.7))
        return "ni number|ni nummer|numéro ni|número ni", self.nino()

    def passport_no(self, country: str | None = None) -> str:
        self.add("passport")
        cc = country or pools.COUNTRY[self.lang]
        if cc == "DE":
            return "C" + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return f"{self.num(10, 24)}{self.alnum(2, UPPER)}{self.num(10000, 99999)}"
        if cc == "ES":
            return f"{self.alnum(3, UPPER)}{self.num(100000, 999999)}"
        return f"{self.pick('ABCEGHKLMNPRSTUVWXYZ')}{self.num(10_000_000, 99_999_999)}"

    def password(self) -> str:
        self.add("credential")
        w = self.pick(["Sommer", "Bellamar", "sunshine", "Madrid", "Dragon", "Velo", "Marathon",
                       "Tulipe", "Azul", "Fenster"])
        return f"{w}{self.pick(['#', '!', '$', '_', '.'])}{self.num(10, 2025)}{self.alnum(2)}"

    def secret(self, kind: str | None = None) -> str:
        self.add("credential")
        k = kind or self.pick(["aws", "ghp", "slack", "stripe", "sendgrid", "google", "npm",
                               "gitlab", "whsec", "generic"])
        a = self.alnum
        return {
            "aws": lambda: "AKIA" + a(16, UPPER + "234567"),
            "aws_secret": lambda: self._chars(string.ascii_letters + string.digits + "/+", 40),
            "ghp": lambda: "ghp_" + a(36),
            "slack": lambda: f"xoxb-{self.num(10**10, 10**11 - 1)}-{self.num(10**11, 10**12 - 1)}"
                             f"-{a(24)}",
            "stripe": lambda: self.pick(["sk_live_", "rk_live_"]) + a(24),
            "sendgrid": lambda: f"SG.{a(22)}.{a(43)}",
            "google": lambda: "AIza" + a(35, string.ascii_letters + string.digits + "-_"),
            "npm": lambda: "npm_" + a(36),
            "gitlab": lambda: "glpat-" + a(20),
            "whsec": lambda: "whsec_" + a(32),
            "generic": lambda: a(40),
        }[k]()

    def jwt(self) -> str:
        self.add("credential")
        header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
        body = json.dumps({"sub": self.uuid(), "scope": "read write", "exp": self.epoch()},
                          separators=(",", ":")).encode()
        payload = base64.urlsafe_b64encode(body).rstrip(b"=").decode()
        return f"{header}.{payload}.{self._chars(B64URL, 43)}"

    def bearer(self) -> str:
        return "Bearer " + (self.jwt() if self.chance(0.5) else self.secret("generic"))

    def basic_auth(self) -> str:
        self.add("credential")
        user = self.pick(["api", "svc-sync", "integration", "webhook"])
        raw = f"{user}:{self.alnum(14)}".encode()
        return "Basic " + base64.b64encode(raw).decode()

    def pem(self) -> str:
        self.add("credential")
        body = "MIIEowIBAAKCAQEA" + self.b64(320)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines)
                + "\n-----END RSA PRIVATE KEY-----")

    def conn_string(self) -> str:
        self.add("credential")
        user = self.pick(["app", "booking_rw", "svc_payments", "etl"])
        host = self.pick(["db-prod.internal", "pg-main.cluster.local", "mysql-eu"])
        return (f"{self.pick(['postgres', 'mysql', 'mongodb'])}://{user}:{self.alnum(16)}@"
                f"{host}:{self.pick([5432, 3306, 27017])}/{self.pick(['bookings', 'core', 'crm'])}")

    def precise(self, decimals: int | None = None) -> tuple[float, float]:
        self.add("precise_location")
        lat0, lon0 = pools.CITY_CENTRES[self.lang]

        def one(center: float) -> float:
            while True:
                d = decimals or self.pick([4, 5, 6])
                s = f"{center + self.rng.uniform(-0.15, 0.15):.{d}f}"
                if s[-1] != "0":
                    return float(s)

        return one(lat0), one(lon0)

    def precise_str(self) -> str:
        lat, lon = self.precise()
        return f"{lat},{lon}" if self.chance(0.5) else f"{lat}, {lon}"

    # ---- special categories ----
    def special(self, kind: str, how: str = "text") -> str:
        self.add(kind, how)
        s: str = self.pick(texts.SPECIAL[kind][self.lang])
        return s

    def note(self, p: float = 0.75, allowed: tuple[str, ...] = TEXT_SPECIAL) -> str:
        return self.special_any(allowed) if self.chance(p) else self.neutral()

    def special_any(self, allowed: tuple[str, ...] = TEXT_SPECIAL) -> str:
        fresh = tuple(k for k in allowed if k not in self.kinds) or allowed
        low = min(self.stats.kinds[k] for k in fresh)
        cands = [k for k in fresh if self.stats.kinds[k] == low]
        return self.special(self.pick(cands))

    def _val(self, kind: str, pool: dict[str, list[str]]) -> str:
        self.add(kind)
        s: str = self.pick(pool[self.lang])
        return s

    def condition(self) -> str:
        return self._val("health", texts.CONDITIONS)

    def allergy(self) -> str:
        return self._val("health", texts.ALLERGIES)

    def medication(self) -> str:
        self.add("health")
        s: str = self.pick(texts.MEDICATIONS)
        return s

    def icd10(self) -> str:
        self.add("health")
        s: str = self.pick(texts.ICD10)
        return s

    def religion(self) -> str:
        return self._val("religious_belief", texts.RELIGIONS)

    def ethnicity(self) -> str:
        return self._val("racial_ethnic_origin", texts.ETHNICITIES)

    def party(self) -> str:
        return self._val("political_opinion", texts.PARTIES)

    def union(self) -> str:
        return self._val("trade_union", texts.UNIONS)

    def orientation(self) -> str:
        return self._val("sex_life_orientation", texts.ORIENTATIONS)

    def offence(self) -> str:
        return self._val("criminal_record", texts.OFFENCES)

    def prefer_not(self) -> str:
        self.decoy("prefer_not_to_say")
        return texts.PREFER_NOT[self.lang]

    def genotype(self) -> dict[str, str]:
        self.add("genetic")
        snps = self.sample(["rs4988235", "rs1815739", "rs1801133", "rs429358", "rs7412",
                            "rs762551", "rs1042713", "rs12913832"], self.num(2, 4))
        return {s: self.pick(["AA", "AG", "GG", "CT", "CC", "TT"]) for s in snps}

    def str_profile(self) -> dict[str, str]:
        self.add("genetic")
        loci = self.sample(["D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01",
                            "D13S317", "D16S539", "vWA", "TPOX", "FGA"], self.num(4, 7))
        return {locus: f"{self.num(6, 16)}/{self.num(9, 31)}" for locus in loci}

    def fingerprint_template(self) -> str:
        self.add("biometric")
        return "Rk1SACAyMAAAAAE" + self.b64(self.num(180, 260))

    def face_embedding(self, n: int = 16) -> list[float]:
        self.add("biometric")
        return [round(self.rng.uniform(-0.3, 0.3), 4) for _ in range(n)]

    def voiceprint(self) -> str:
        self.add("biometric")
        return "VP1:" + self.b64(self.num(160, 220))

    def iris_code(self) -> str:
        self.add("biometric")
        return self.hexs(256)

    def palm_vein(self) -> str:
        self.add("biometric")
        return "PV2;" + self.b64(200)

    def biometric_any(self) -> tuple[str, Any]:
        k = self.pick(["fingerprint", "face", "voice", "iris", "palm"])
        val: Any = {"fingerprint": self.fingerprint_template, "face": self.face_embedding,
                    "voice": self.voiceprint, "iris": self.iris_code, "palm": self.palm_vein}[k]()
        return k, val

    def embedding(self, n: int = 12) -> list[float]:
        self.decoy("product_embedding")
        return [round(self.rng.uniform(-1, 1), 4) for _ in range(n)]


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
