# ruff: noqa: E501
"""Value generators for the fresh7 corpus. Each returns a value and the kind it carries."""

from __future__ import annotations

import base64
import json
import random
import string

KINDS = (
    "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
    "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
    "payment_card", "bank_account", "national_id", "passport", "credential", "precise_location",
    "email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name",
)
SPECIAL = KINDS[:9]

FIRST = ["Marisol", "Tobiah", "Elodie", "Kasimir", "Yolanda", "Bertrand", "Ottilie", "Ramón", "Signe",
         "Dunstan", "Fenna", "Aurelio", "Gwenaëlle", "Thaddeus", "Ilse", "Benedikta", "Cormac",
         "Maëlys", "Ingolf", "Rosalba", "Quentin", "Wiebke", "Esperanza", "Lysander", "Henrike",
         "Anatole", "Consuelo", "Rutger", "Philippa", "Eusebio", "Mirabel", "Leopold", "Ximena"]
LAST = ["Okonkwo-Brandt", "Vasseur", "Quintanilla", "Hallgren", "Oberhuber", "Delacroix-Moreau",
        "Trebitsch", "Albarracín", "Penhaligon", "Schwertfeger", "Lefebvre", "Echeverría",
        "Macaulay", "Wendelin", "Duchesne", "Pfannkuch", "Arrieta", "Winterbottom", "Grünewald",
        "Carvalhal", "Kettleborough", "Rousselot", "Ibargüen", "Stoltenberg", "Marchetti"]
STREETS = [("Lindenhofweg", "de"), ("Kastanienallee", "de"), ("Am Mühlbach", "de"),
           ("rue des Tanneurs", "fr"), ("avenue Jean-Moulin", "fr"), ("Calle del Almendro", "es"),
           ("Avenida de los Tilos", "es"), ("Wexford Crescent", "en"), ("Harrowgate Road", "en"),
           ("Maple Hollow Drive", "en"), ("Ropewalk Lane", "en"), ("Paseo de la Ribera", "es")]
CITIES = {"de": [("10437", "Berlin"), ("50667", "Köln"), ("80331", "München")],
          "fr": [("69002", "Lyon"), ("31000", "Toulouse"), ("44000", "Nantes")],
          "es": [("28014", "Madrid"), ("46002", "Valencia"), ("41001", "Sevilla")],
          "en": [("LS6 2QT", "Leeds"), ("BS8 1TH", "Bristol"), ("02139", "Cambridge MA")]}
DOMAINS = ["posteo.example", "mailbox.example.org", "kundenmail.example.de", "correo.example.es",
           "courriel.example.fr", "acme-hr.example.com"]


def ident(r: random.Random, prefix: str = "", n: int = 10) -> str:
    """Filler id: letters with at most 2 digits in a row (never forms a number kind)."""
    out = []
    run = 0
    for _ in range(n):
        if run >= 2 or r.random() < 0.6:
            out.append(r.choice(string.ascii_lowercase))
            run = 0
        else:
            out.append(r.choice(string.digits))
            run += 1
    return prefix + "".join(out)


def name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def email(r: random.Random, nm: str | None = None) -> str:
    import unicodedata
    base = nm or name(r)
    s = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode().lower()
    s = s.replace(" ", r.choice([".", "_", ""])).replace("-", "")
    return f"{s}@{r.choice(DOMAINS)}"


def phone(r: random.Random) -> str:
    f = r.choice([
        lambda: f"+49 {r.randint(151, 179)} {r.randint(1000000, 9999999)}",
        lambda: f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        lambda: f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        lambda: f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
        lambda: f"(617) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
        lambda: f"0{r.randint(30, 89)} {r.randint(1000000, 9999999)}",
    ])
    return f()


def ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return f"2001:db8:{r.randint(1, 0xfff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xff):x}"
    return f"{r.choice([10, 172, 192, 81, 93, 185])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def dob(r: random.Random, style: str = "iso") -> str:
    y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "de": f"{d:02d}.{m:02d}.{y}", "fr": f"{d:02d}/{m:02d}/{y}",
            "us": f"{m:02d}/{d:02d}/{y}"}[style]


def address(r: random.Random) -> tuple[str, str, str, str]:
    st, lang = r.choice(STREETS)
    no = r.randint(2, 140)
    pc, city = r.choice(CITIES[lang])
    if lang == "fr":
        line = f"{no} {st}"
    elif lang == "en":
        line = f"{no} {st}"
    else:
        line = f"{st} {no}"
    return line, pc, city, lang


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return tot % 10 == 0


def card(r: random.Random, valid: bool = True, fmt: str | None = None) -> str:
    pre, ln = r.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16)])
    body = pre + "".join(r.choice(string.digits) for _ in range(ln - len(pre) - 1))
    good = next(str(c) for c in range(10) if luhn_ok(body + str(c)))
    chk = good if valid else str((int(good) + r.randint(1, 9)) % 10)
    num = body + chk
    fmt = fmt or r.choice(["plain", "space", "dash"])
    if fmt == "plain" or ln == 15:
        return num if fmt == "plain" or ln != 15 else f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = " " if fmt == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def iban(r: random.Random, valid: bool = True, spaced: bool | None = None) -> str:
    c = r.choice(["DE", "FR", "ES", "GB", "NL", "AT"])
    dg = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
    bban = {"DE": lambda: dg(18), "FR": lambda: dg(23), "ES": lambda: dg(20), "AT": lambda: dg(16),
            "GB": lambda: r.choice(["NWBK", "BARC", "MIDL"]) + dg(14),
            "NL": lambda: r.choice(["ABNA", "RABO", "INGB"]) + dg(10)}[c]()
    ck = _iban_check(c, bban)
    if not valid:
        ck = f"{(int(ck) + r.randint(1, 40)) % 97 + 2:02d}"
        if iban_ok(c + ck + bban):
            ck = f"{(int(ck) + 1) % 99:02d}"
    out = c + ck + bban
    if spaced if spaced is not None else r.random() < 0.5:
        out = " ".join(out[i:i + 4] for i in range(0, len(out), 4))
    return out


def ssn(r: random.Random, dashed: bool = True) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if dashed else f"{a:03d}{g:02d}{s:04d}"


def nino(r: random.Random) -> str:
    p = r.choice(["AB", "CE", "JG", "KL", "PR", "SN", "WT", "HM", "ZE"])
    n = "".join(r.choice(string.digits) for _ in range(6))
    return f"{p}{n}{r.choice('ABCD')}" if r.random() < .5 else f"{p} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}"


def dni(r: random.Random, valid: bool = True) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if r.random() < 0.3:
        pre = r.choice("XYZ")
        n = r.randint(1000000, 9999999)
        v = int(str("XYZ".index(pre)) + f"{n:07d}")
        ch = letters[v % 23] if valid else letters[(v + 5) % 23]
        return f"{pre}{n:07d}{ch}"
    n = r.randint(10000000, 99999999)
    ch = letters[n % 23] if valid else letters[(n + 3) % 23]
    return f"{n}{ch}"


def nir(r: random.Random) -> str:
    base = f"{r.choice('12')}{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.choice(['75', '69', '31', '44'])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f"{base}{key:02d}"


def steuer_id(r: random.Random) -> str:
    while True:
        first = str(r.randint(1, 9))
        rest = [r.choice(string.digits) for _ in range(9)]
        ds = first + "".join(rest)
        counts = {c: ds.count(c) for c in set(ds)}
        if sorted(counts.values(), reverse=True)[0] in (2, 3) and sum(1 for v in counts.values() if v > 1) == 1:
            break
    prod = 10
    for c in ds:
        s = (int(c) + prod) % 10 or 10
        prod = (s * 2) % 11
    chk = (11 - prod) % 10
    return ds + str(chk)


def passport(r: random.Random) -> str:
    return r.choice([
        lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        lambda: f"{r.randint(10, 99)}{r.choice(['AB', 'CK', 'FR'])}{r.randint(10000, 99999)}",
        lambda: "PA" + "".join(r.choice("ABCDEFGH") for _ in range(1)) + f"{r.randint(100000, 999999)}",
        lambda: f"{r.randint(100000000, 999999999)}",
    ])()


def _alnum(r: random.Random, n: int, alpha: str = string.ascii_letters + string.digits) -> str:
    """Random filler with no run of more than three digits and no vendor key prefix inside."""
    while True:
        s = _alnum_once(r, n, alpha)
        if not any(p in s for p in ("AIza", "AKIA", "ghp_", "npm_", "eyJ", "glpat")):
            return s


def _alnum_once(r: random.Random, n: int, alpha: str) -> str:
    out, run = [], 0
    while len(out) < n:
        c = r.choice(alpha)
        run = run + 1 if c.isdigit() else 0
        if run > 3:
            run = 0
            continue
        out.append(c)
    return "".join(out)


def b64u(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def secret(r: random.Random, kind: str | None = None) -> tuple[str, str]:
    """A credential; returns (label, value)."""
    kinds = ["aws", "ghp", "ghpat", "slack", "stripe", "rk", "gitlab", "google", "npm", "sendgrid",
             "jwt", "bearer", "pem", "pgurl", "basic", "password", "whsec"]
    k = kind or r.choice(kinds)
    v = {
        "aws": lambda: "AKIA" + _alnum(r, 16, string.ascii_uppercase + "234567"),
        "ghp": lambda: "ghp_" + _alnum(r, 36),
        "ghpat": lambda: "github_pat_" + _alnum(r, 22) + "_" + _alnum(r, 59),
        "slack": lambda: f"xoxb-{r.randint(1000000000, 9999999999)}-{r.randint(1000000000, 9999999999)}-{_alnum(r, 24)}",
        "stripe": lambda: "sk_live_" + _alnum(r, 32),
        "rk": lambda: "rk_live_" + _alnum(r, 30),
        "gitlab": lambda: "glpat-" + _alnum(r, 20),
        "google": lambda: "AIza" + _alnum(r, 35, string.ascii_letters + string.digits + "-_"),
        "npm": lambda: "npm_" + _alnum(r, 36),
        "sendgrid": lambda: "SG." + _alnum(r, 22) + "." + _alnum(r, 43),
        "jwt": lambda: b64u({"alg": "HS256", "typ": "JWT"}) + "." + b64u({"sub": ident(r, "usr_"), "scope": "read write", "exp": 1790000000}) + "." + _alnum(r, 43, string.ascii_letters + string.digits + "-_"),
        "bearer": lambda: "Bearer " + _alnum(r, 40),
        "pem": lambda: "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + _alnum(r, 58, string.ascii_letters + string.digits + "+/") + "\n" + _alnum(r, 64, string.ascii_letters + string.digits + "+/") + "\n-----END RSA PRIVATE KEY-----",
        "pgurl": lambda: f"postgresql://svc_{ident(r, '', 4)}:{_alnum(r, 14)}@db-{ident(r, '', 4)}.internal.example:5432/app",
        "basic": lambda: "Basic " + base64.b64encode(f"integ:{_alnum(r, 12)}".encode()).decode(),
        "password": lambda: r.choice(["Sommer2024!", "hunter2-but-longer", "Ma$qu3rade#77", "contraseña_Segura9", "Tr0ub4dor&3x"]),
        "whsec": lambda: "whsec_" + _alnum(r, 32),
    }[k]()
    return k, v


def coord(r: random.Random, precise: bool = True) -> tuple[float, float]:
    d = r.choice([4, 5, 6]) if precise else r.choice([1, 2])
    lat, lon = round(r.uniform(36.0, 55.0), d), round(r.uniform(-9.0, 16.0), d)
    while precise and (len(repr(lat).split(".")[1]) < 4 or len(repr(lon).split(".")[1]) < 4):
        lat, lon = round(r.uniform(36.0, 55.0), d), round(r.uniform(-9.0, 16.0), d)
    return lat, lon


def hexs(r: random.Random, n: int) -> str:
    return _alnum(r, n, "abcdef0123456789")
