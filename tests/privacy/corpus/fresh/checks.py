"""Check-digit algorithms and value makers for the fresh split.

Every maker returns a string that passes its own validator; every ``break_*`` returns a
look-alike that fails it. Random filler (hex, base64, ids) never holds seven digits in a row.
"""

from __future__ import annotations

import base64
import random
import re
import string

# --- filler ------------------------------------------------------------------------------

_LONG_DIGITS = re.compile(r"\d{7,}")
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits


def _safe(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not _LONG_DIGITS.search(s):
            return s


def hexs(rng: random.Random, n: int) -> str:
    return _safe(rng, "0123456789abcdef", n)


def b64s(rng: random.Random, n: int) -> str:
    return _safe(rng, B64, n)


def b64url(rng: random.Random, n: int) -> str:
    return _safe(rng, B64URL, n)


def alnum(rng: random.Random, n: int) -> str:
    return _safe(rng, ALNUM, n)


def upper_alnum(rng: random.Random, n: int) -> str:
    return _safe(rng, UPPER_ALNUM, n)


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64encode(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_json(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# --- payment cards -----------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


CARD_PREFIXES = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2720", "2304"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "65", "644"), 16),
}


def card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(("visa", "visa", "mastercard", "mastercard", "amex", "discover"))
    prefixes, length = CARD_PREFIXES[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    return body + _luhn_digit(body)


def break_luhn(number: str) -> str:
    last = int(number[-1])
    return number[:-1] + str((last + rng_offset(number)) % 10)


def rng_offset(seed: str) -> int:
    return 1 + sum(map(ord, seed)) % 9


def format_card(rng: random.Random, number: str) -> str:
    style = rng.choice(("plain", "plain", "space", "dash"))
    if style == "plain":
        return number
    sep = " " if style == "space" else "-"
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


# --- IBAN ----------------------------------------------------------------------------------

# country: (total length, BBAN pattern: d = digit, a = upper letter, c = upper alnum)
IBAN_BBAN = {
    "DE": "dddddddddddddddddd",
    "GB": "aaaadddddddddddddd",
    "FR": "ddddddddddcccccccccccdd",
    "ES": "dddddddddddddddddddd",
    "NL": "aaaadddddddddd",
    "IT": "adddddddddddcccccccccccc",
    "BE": "dddddddddddd",
    "AT": "dddddddddddddddd",
    "CH": "dddddccccccccccccc"[:17],
    "PL": "dddddddddddddddddddddddd",
    "IE": "aaaadddddddddddddd",
    "PT": "ddddddddddddddddddddd",
}


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_BBAN and len(s) != 4 + len(IBAN_BBAN[s[:2]]):
        return False
    return _iban_number(s[4:] + s[:4]) % 97 == 1


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_BBAN))
    pools = {"d": string.digits, "a": string.ascii_uppercase, "c": UPPER_ALNUM}
    bban = "".join(rng.choice(pools[p]) for p in IBAN_BBAN[country])
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def break_iban(value: str) -> str:
    s = value.replace(" ", "")
    pos = max(i for i, ch in enumerate(s) if ch.isdigit() and i >= 4)
    for step in range(1, 10):
        out = s[:pos] + str((int(s[pos]) + step) % 10) + s[pos + 1 :]
        if not iban_ok(out):
            return out
    raise AssertionError(value)


def format_iban(value: str, spaced: bool) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


# --- bank routing --------------------------------------------------------------------------


def aba_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{9}", value):
        return False
    w = (3, 7, 1) * 3
    return sum(int(c) * k for c, k in zip(value, w, strict=True)) % 10 == 0


def aba(rng: random.Random) -> str:
    head = f"{rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31)):02d}"
    body = head + "".join(rng.choice(string.digits) for _ in range(6))
    for d in string.digits:
        if aba_ok(body + d):
            return body + d
    raise AssertionError(body)


def us_account(rng: random.Random) -> str:
    return str(rng.randint(10**8, 10**12 - 1))


def sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randint(0, 99):02d}" for _ in range(3))


def uk_account(rng: random.Random) -> str:
    return f"{rng.randint(10**7, 10**8 - 1)}"


# --- national identifiers ------------------------------------------------------------------


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ssn(rng: random.Random, dashed: bool = True) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if dashed else s.replace("-", "")


BAD_SSNS = ("000-{g}-{s}", "666-{g}-{s}", "9{a2}-{g}-{s}", "{a}-00-{s}", "{a}-{g}-0000")


def bad_ssn(rng: random.Random) -> str:
    pattern = rng.choice(BAD_SSNS)
    out = pattern.format(
        a=f"{rng.randint(100, 665):03d}",
        a2=f"{rng.randint(0, 99):02d}",
        g=f"{rng.randint(10, 99):02d}",
        s=f"{rng.randint(1000, 9999):04d}",
    )
    assert not ssn_ok(out)
    return out


_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b, _ = m.groups()
    return a in _NINO_FIRST and b in _NINO_SECOND and a + b not in _NINO_BAD_PREFIX


def nino(rng: random.Random, spaced: bool | None = None) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD_PREFIX:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    suffix = rng.choice("ABCD")
    spaced = rng.random() < 0.5 if spaced is None else spaced
    if spaced:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return prefix + digits + suffix


def _mod11_10(digits: str) -> int:
    product = 10
    for c in digits:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return _mod11_10(s[:10]) == int(s[10])


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(string.digits, 9)
        digits.append(rng.choice(digits))
        rng.shuffle(digits)
        if digits[0] != "0":
            body = "".join(digits)
            return body + str(_mod11_10(body))


def nir(rng: random.Random, year: int, month: int, sex: str) -> str:
    body = (
        f"{1 if sex == 'M' else 2}{year % 100:02d}{month:02d}{rng.randint(1, 95):02d}"
        f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    )
    return body + f"{97 - int(body) % 97:02d}"


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])


def format_nir(value: str) -> str:
    v = value
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(1_000_000, 99_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    return f"{lead}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(lead)) + f'{n:07d}') % 23]}"


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    lead, digits, letter = m.groups()
    number = int(str("XYZ".index(lead)) + digits) if lead else int(digits)
    if not lead and len(digits) != 8:
        return False
    return DNI_LETTERS[number % 23] == letter


def break_dni(value: str) -> str:
    letter = value[-1]
    out = value[:-1] + DNI_LETTERS[(DNI_LETTERS.index(letter) + 5) % 23]
    assert not dni_ok(out)
    return out


# --- passports and MRZ ---------------------------------------------------------------------


def passport_number(rng: random.Random, country: str) -> str:
    if country in ("US", "GB", "AU", "CA"):
        return (rng.choice("ACEGK") if country in ("AU", "CA") else "") + "".join(
            rng.choice(string.digits) for _ in range(9 if country in ("US", "GB") else 7)
        )
    if country == "DE":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if country == "FR":
        return (
            f"{rng.randint(10, 99)}{rng.choice(string.ascii_uppercase)}"
            f"{rng.choice(string.ascii_uppercase)}{rng.randint(10000, 99999)}"
        )
    if country == "ES":
        return (
            "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            + f"{rng.randint(100000, 999999)}"
        )
    if country == "IN":
        return f"{rng.choice('JKLMNPRSTUVWZ')}{rng.randint(1000000, 9999999)}"
    return f"{rng.choice(string.ascii_uppercase)}{rng.randint(10000000, 99999999)}"


def _mrz_check(field: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        total += v * weights[i % 3]
    return str(total % 10)


def mrz(
    number: str, country3: str, surname: str, given: str, dob: str, sex: str, expiry: str
) -> tuple[str, str]:
    """TD3 (passport) machine readable zone; dob and expiry as YYMMDD."""

    def clean(s: str) -> str:
        return re.sub(r"[^A-Z]", "<", s.upper())

    line1 = f"P<{country3}{clean(surname)}<<{clean(given)}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    body = (
        num
        + _mrz_check(num)
        + country3
        + dob
        + _mrz_check(dob)
        + sex
        + expiry
        + _mrz_check(expiry)
        + "<" * 14
        + "0"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + _mrz_check(composite)
