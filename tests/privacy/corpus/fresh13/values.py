"""Constructors for checksummed identifiers and secrets, valid and deliberately wrong.

Every function takes a ``random.Random`` and returns a string. The check digits are
computed here independently of ``validators.py``.
"""

from __future__ import annotations

import base64
import json
import random
import string
import unicodedata

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _other_digit(rng: random.Random, d: str) -> str:
    return str((int(d) + rng.randint(1, 9)) % 10)


# ---------------------------------------------------------------- payment cards

def _luhn_check_digit(body: str) -> str:
    acc = 0
    for pos, ch in enumerate(reversed(body), start=1):
        v = int(ch) * (2 if pos % 2 else 1)
        acc += v // 10 + v % 10
    return str(-acc % 10)


def _card_prefix(rng: random.Random, brand: str) -> tuple[str, int]:
    if brand == "visa":
        return "4", 16
    if brand == "mastercard":
        if rng.random() < 0.7:
            return str(rng.randint(51, 55)), 16
        return str(rng.randint(2221, 2720)), 16
    if brand == "amex":
        return rng.choice(["34", "37"]), 15
    if brand == "discover":
        return rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16
    raise ValueError(brand)


CARD_BRANDS = ("visa", "mastercard", "amex", "discover")


def card_number(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(CARD_BRANDS)
    prefix, length = _card_prefix(rng, brand)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + _luhn_check_digit(body)


def wrong_card_number(rng: random.Random, brand: str | None = None) -> str:
    """Right brand prefix and length, wrong Luhn check digit."""
    good = card_number(rng, brand)
    return good[:-1] + _other_digit(rng, good[-1])


def format_card(number: str, style: str) -> str:
    if style == "plain":
        return number
    sep = " " if style == "space" else "-"
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


# ---------------------------------------------------------------- IBAN and bank numbers

# country -> (total length, bank-code letters, numeric part)
IBAN_LAYOUT = {
    "DE": (22, 0), "FR": (27, 0), "ES": (24, 0), "IT": (27, 1), "NL": (18, 4),
    "GB": (22, 4), "IE": (22, 4), "BE": (16, 0), "AT": (20, 0), "CH": (21, 0),
    "PT": (25, 0), "PL": (28, 0), "LU": (20, 0), "SE": (24, 0), "DK": (18, 0),
    "FI": (18, 0), "NO": (15, 0),
}
BANK_CODES = {
    "GB": ["MONZ", "SRLG", "NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["BUNQ", "INGB", "RABO", "ABNA", "KNAB", "TRIO"],
    "IE": ["AIBK", "BOFI", "IPBS"],
}


def _iban_check(country: str, bban: str) -> str:
    expanded = "".join(str(int(ch, 36)) for ch in bban + country) + "00"
    return f"{98 - int(expanded) % 97:02d}"


def iban(rng: random.Random, country: str = "DE") -> str:
    length, letters = IBAN_LAYOUT[country]
    if letters == 4:
        head = rng.choice(BANK_CODES[country])
    elif letters == 1:
        head = rng.choice(string.ascii_uppercase)
    else:
        head = ""
    bban = head + _digits(rng, length - 4 - len(head))
    return country + _iban_check(country, bban) + bban


def wrong_iban(rng: random.Random, country: str = "DE") -> str:
    """IBAN with one digit of the account part changed, so mod 97 fails."""
    good = iban(rng, country)
    pos = len(good) - 1 - rng.randrange(6)
    return good[:pos] + _other_digit(rng, good[pos]) + good[pos + 1:]


def format_iban(value: str, grouped: bool) -> str:
    if not grouped:
        return value
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def aba_routing(rng: random.Random) -> str:
    first = rng.choice([f"{n:02d}" for n in list(range(1, 13)) + list(range(21, 33))])
    body = first + _digits(rng, 6)
    d = [int(ch) for ch in body]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return body + str(-partial % 10)


def wrong_aba_routing(rng: random.Random) -> str:
    good = aba_routing(rng)
    return good[:-1] + _other_digit(rng, good[-1])


def us_account_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.randint(8, 11))


def uk_sort_code(rng: random.Random) -> str:
    return f"{rng.randint(1, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def uk_account_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, 7)


# ---------------------------------------------------------------- national ids

def ssn(rng: random.Random, dashed: bool = True) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    sep = "-" if dashed else ""
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def wrong_ssn(rng: random.Random, dashed: bool = True) -> str:
    """Structurally impossible SSN: area 000, 666 or 9xx, group 00 or serial 0000."""
    area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    flaw = rng.choice(["area0", "area666", "area9", "group", "serial"])
    if flaw == "area0":
        area = 0
    elif flaw == "area666":
        area = 666
    elif flaw == "area9":
        area = rng.randint(900, 999)
    elif flaw == "group":
        group = 0
    else:
        serial = 0
    sep = "-" if dashed else ""
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


_NINO_FIRST = [ch for ch in string.ascii_uppercase if ch not in "DFIQUV"]
_NINO_SECOND = [ch for ch in string.ascii_uppercase if ch not in "DFIOQUV"]


def nino(rng: random.Random, spaced: bool = False) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    nums = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    if spaced:
        return f"{prefix} {nums[:2]} {nums[2:4]} {nums[4:]} {suffix}"
    return prefix + nums + suffix


def wrong_nino(rng: random.Random) -> str:
    """NINO-shaped but with a prefix or suffix that is never issued."""
    nums = _digits(rng, 6)
    kind = rng.choice(["first", "pair", "suffix", "qq"])
    if kind == "first":
        return rng.choice("DFIQUV") + rng.choice(_NINO_SECOND) + nums + rng.choice("ABCD")
    if kind == "pair":
        return rng.choice(["BG", "GB", "NK", "TN", "ZZ"]) + nums + rng.choice("ABCD")
    if kind == "suffix":
        return rng.choice(_NINO_FIRST[:6]) + rng.choice("HJKLMN") + nums + rng.choice("EFGXYZ")
    return "QQ" + nums + rng.choice("ABCD")


def _mod11_10(head: str) -> str:
    p = 10
    for ch in head:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = s * 2 % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def steuer_id(rng: random.Random, spaced: bool = False) -> str:
    while True:
        pool = list(string.digits)
        rep = rng.choice(pool)
        others = [d for d in pool if d != rep]
        rng.shuffle(others)
        times = 2 if rng.random() < 0.8 else 3
        body = others[: 10 - times] + [rep] * times
        rng.shuffle(body)
        head = "".join(body)
        if head[0] == "0" or rep * 3 in head:
            continue
        value = head + _mod11_10(head)
        break
    if spaced:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return value


def wrong_steuer_id(rng: random.Random) -> str:
    good = steuer_id(rng)
    if rng.random() < 0.6:
        return good[:-1] + _other_digit(rng, good[-1])
    head = "".join(rng.sample(string.digits[1:], 9)) + "0"
    return head + _mod11_10(head)


NIR_DEPTS = ["75", "69", "13", "31", "33", "59", "44", "67", "06", "35", "92", "93", "99"]


def nir(rng: random.Random, spaced: bool = False) -> str:
    sex = rng.choice("12")
    yy = f"{rng.randint(0, 99):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = rng.choice(NIR_DEPTS)
    commune = f"{rng.randint(1, 499 if dept == '99' else 990):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    value = body + key
    if spaced:
        return " ".join((value[0], value[1:3], value[3:5], value[5:7], value[7:10],
                         value[10:13], value[13:]))
    return value


def wrong_nir(rng: random.Random) -> str:
    good = nir(rng)
    key = int(good[13:])
    return good[:13] + f"{(key + rng.randint(1, 40)) % 97 or 1:02d}"


def dni(rng: random.Random, dashed: bool = False) -> str:
    num = rng.randint(10_000_000, 99_999_999)
    letter = DNI_LETTERS[num % 23]
    return f"{num:08d}{'-' if dashed else ''}{letter}"


def nie(rng: random.Random) -> str:
    first = rng.choice("XYZ")
    rest = rng.randint(1_000_000, 9_999_999)
    number = int(f"{'XYZ'.index(first)}{rest:07d}")
    return f"{first}{rest:07d}{DNI_LETTERS[number % 23]}"


def wrong_dni(rng: random.Random) -> str:
    good = dni(rng)
    idx = DNI_LETTERS.index(good[-1])
    return good[:-1] + DNI_LETTERS[(idx + rng.randint(1, 22)) % 23]


def wrong_nie(rng: random.Random) -> str:
    good = nie(rng)
    idx = DNI_LETTERS.index(good[-1])
    return good[:-1] + DNI_LETTERS[(idx + rng.randint(1, 22)) % 23]


def ean13(rng: random.Random, prefix: str = "40") -> str:
    body = prefix + _digits(rng, 12 - len(prefix))
    weighted = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
    return body + str((10 - weighted % 10) % 10)


def isbn13(rng: random.Random) -> str:
    return ean13(rng, rng.choice(["9783", "9782", "9788", "9781", "97818"]))


# ---------------------------------------------------------------- passports and MRZ

def passport_number(rng: random.Random, country: str) -> str:
    if country == "US":
        return rng.choice(["5", "6", "A"]) + _digits(rng, 8)
    if country == "GB":
        return str(rng.randint(1, 9)) + _digits(rng, 8)
    if country == "DE":
        return rng.choice("CFGHJK") + _chars(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if country == "FR":
        return _digits(rng, 2) + _chars(rng, string.ascii_uppercase, 2) + _digits(rng, 5)
    if country == "ES":
        return _chars(rng, "ABCDEFPX", 3) + _digits(rng, 6)
    if country == "IT":
        return _chars(rng, "ABCDEFGHY", 2) + _digits(rng, 7)
    if country == "IN":
        return rng.choice("JKLMNPRSTUVWZ") + _digits(rng, 7)
    if country == "NG":
        return "A" + _digits(rng, 8)
    if country == "CA":
        return _chars(rng, "ABGHKLMP", 2) + _digits(rng, 6)
    return _chars(rng, string.ascii_uppercase, 2) + _digits(rng, 7)


def _mrz_digit(field: str) -> str:
    values = {**{str(i): i for i in range(10)}, "<": 0}
    values.update({ch: 10 + i for i, ch in enumerate(string.ascii_uppercase)})
    return str(sum(values[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def mrz_name(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalpha() else "<" for ch in plain.upper())


def mrz_td3(surname: str, given: str, number: str, nationality: str, dob: str,
            sex: str, expiry: str) -> list[str]:
    """Two 44-character MRZ lines; ``dob`` and ``expiry`` are YYMMDD."""
    line1 = ("P<" + nationality + mrz_name(surname) + "<<" + mrz_name(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    personal = "<" * 14
    parts = (num + _mrz_digit(num) + nationality + dob + _mrz_digit(dob) + sex + expiry
             + _mrz_digit(expiry) + personal + "<")
    composite = num + _mrz_digit(num) + dob + _mrz_digit(dob) + expiry + _mrz_digit(expiry)
    composite += personal + "<"
    return [line1, parts + _mrz_digit(composite)]


# ---------------------------------------------------------------- secrets

def aws_access_key_id(rng: random.Random) -> str:
    return "AKIA" + _chars(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret_key(rng: random.Random) -> str:
    return _chars(rng, ALNUM + "/+", 40)


def github_token(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return "ghp_" + _chars(rng, ALNUM, 36)
    return "github_pat_11" + _chars(rng, UPPER_ALNUM, 20) + "_" + _chars(rng, ALNUM, 59)


def slack_token(rng: random.Random) -> str:
    kind = rng.choice("bp")
    return (f"xox{kind}-{rng.randint(1, 9)}{_digits(rng, 5)}-{rng.randint(1, 9)}{_digits(rng, 5)}-"
            + _chars(rng, ALNUM, 24))


def stripe_secret(rng: random.Random) -> str:
    return rng.choice(["sk_live_", "rk_live_"]) + "51" + _chars(rng, ALNUM, 60)


def gitlab_token(rng: random.Random) -> str:
    return "glpat-" + _chars(rng, ALNUM + "_-", 20)


def google_api_key(rng: random.Random) -> str:
    return "AIza" + _chars(rng, ALNUM + "_-", 35)


def npm_token(rng: random.Random) -> str:
    return "npm_" + _chars(rng, ALNUM, 36)


def sendgrid_key(rng: random.Random) -> str:
    return "SG." + _chars(rng, B64URL, 22) + "." + _chars(rng, B64URL, 43)


def webhook_secret(rng: random.Random) -> str:
    return "whsec_" + _chars(rng, ALNUM, 32)


def opaque_token(rng: random.Random, n: int = 40) -> str:
    return _chars(rng, ALNUM, n)


def _b64url_json(obj: object) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng: random.Random, sub: str, iss: str, iat: int) -> str:
    header = {"alg": rng.choice(["RS256", "HS256", "ES256"]), "typ": "JWT"}
    payload = {"iss": iss, "sub": sub, "aud": "api", "iat": iat, "exp": iat + 3600,
               "scope": rng.choice(["openid profile", "read:orders", "offline_access"])}
    return ".".join((_b64url_json(header), _b64url_json(payload), _chars(rng, B64URL, 43)))


def pem_private_key(rng: random.Random) -> str:
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [_chars(rng, B64, 64) for _ in range(rng.randint(4, 8))]
    if label == "OPENSSH PRIVATE KEY":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    elif label == "RSA PRIVATE KEY":
        lines[0] = "MIIEpAIBAAKCAQEA" + lines[0][16:]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


PASSWORD_WORDS = ["Sunflower", "Marmalade", "Tigre", "Kaffee", "Bonjour", "Falcon", "Brisa",
                  "Pinguin", "Orchid", "Quokka", "Lavande", "Tormenta", "Zebra", "Mango"]


def password(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return rng.choice(PASSWORD_WORDS) + str(rng.randint(10, 9999)) + rng.choice("!?#$%&*")
    if style == 1:
        words = rng.sample([w.lower() for w in PASSWORD_WORDS], 3)
        return "-".join(words) + str(rng.randint(1, 99))
    return _chars(rng, ALNUM + "!#%&*+=?@^", rng.randint(14, 24)).replace("@", "#")


def basic_auth(rng: random.Random, user: str) -> str:
    raw = f"{user}:{password(rng)}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def b64_blob(rng: random.Random, n: int) -> str:
    body = _chars(rng, B64, n - n % 4)
    return body
