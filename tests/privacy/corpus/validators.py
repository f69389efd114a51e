"""Check-digit algorithms used to build valid and deliberately invalid identifiers.

Each ``make_*`` function draws from a seeded ``random.Random`` so the corpus is reproducible.
"""

from __future__ import annotations

import random
import string

# --- payment cards (Luhn) -------------------------------------------------------------


def luhn_valid(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    for candidate in "0123456789":
        if luhn_valid(partial + candidate):
            return candidate
    raise AssertionError("unreachable")


CARD_BRANDS = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2720"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "65"), 16),
}


def make_card_digits(rng: random.Random, brand: str) -> str:
    prefixes, length = CARD_BRANDS[brand]
    partial = rng.choice(prefixes)
    while len(partial) < length - 1:
        partial += rng.choice(string.digits)
    return partial + luhn_check_digit(partial)


def break_luhn(number: str) -> str:
    """The same digits with a wrong final check digit."""
    body, last = number[:-1], int(number[-1])
    bad = body + str((last + 1 + (sum(map(int, body)) % 8)) % 10)
    assert not luhn_valid(bad)
    return bad


def format_card(rng: random.Random, digits: str, style: str | None = None) -> str:
    style = style or rng.choice(["plain", "plain", "space", "dash"])
    if style == "plain":
        return digits
    sep = " " if style == "space" else "-"
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


# --- IBAN (ISO 13616, mod 97) --------------------------------------------------------

# country: (total length, BBAN pattern) where "n" is a digit and "a" an upper-case letter
IBAN_FORMATS = {
    "DE": (22, "n" * 18),
    "GB": (22, "aaaa" + "n" * 14),
    "FR": (27, "n" * 23),
    "ES": (24, "n" * 20),
    "NL": (18, "aaaa" + "n" * 10),
    "IT": (27, "a" + "n" * 22),
    "AT": (20, "n" * 16),
    "CH": (21, "n" * 17),
    "BE": (16, "n" * 12),
    "IE": (22, "aaaa" + "n" * 14),
}


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_check_digits(country: str, bban: str) -> str:
    return f"{98 - _iban_number(bban + country + '00') % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    country = compact[:2]
    if country not in IBAN_FORMATS or len(compact) != IBAN_FORMATS[country][0]:
        return False
    if not compact.isalnum():
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def make_iban(rng: random.Random, country: str) -> str:
    _, pattern = IBAN_FORMATS[country]
    bban = "".join(
        rng.choice(string.digits) if ch == "n" else rng.choice(string.ascii_uppercase)
        for ch in pattern
    )
    return country + iban_check_digits(country, bban) + bban


def break_iban(iban: str) -> str:
    """The same IBAN with wrong check digits (still the right shape and length)."""
    check = int(iban[2:4])
    bad = iban[:2] + f"{(check - 2 + 37) % 97 + 2:02d}" + iban[4:]
    assert not iban_valid(bad)
    return bad


def format_iban(iban: str, grouped: bool) -> str:
    if not grouped:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --- US routing numbers (ABA) ---------------------------------------------------------


def aba_valid(number: str) -> bool:
    if len(number) != 9 or not number.isdigit():
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 10 == 0


def make_aba(rng: random.Random) -> str:
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                        "21", "22", "26", "31", "32"])
    body = first + "".join(rng.choice(string.digits) for _ in range(6))
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + str((-total) % 10)


# --- national identifiers ------------------------------------------------------------


def ssn_valid(ssn: str) -> bool:
    digits = ssn.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(nino: str) -> bool:
    compact = nino.replace(" ", "").upper()
    if len(compact) != 9:
        return False
    prefix, digits, suffix = compact[:2], compact[2:8], compact[8]
    return (
        prefix[0] in NINO_FIRST
        and prefix[1] in NINO_SECOND
        and prefix not in NINO_BAD_PREFIXES
        and digits.isdigit()
        and suffix in "ABCD"
    )


def make_nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BAD_PREFIXES:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return prefix + digits + rng.choice("ABCD")


def steuer_id_check_digit(first10: str) -> str:
    """ISO 7064 MOD 11,10 as used by the German Steuerliche Identifikationsnummer."""
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id_valid(number: str) -> bool:
    digits = number.replace(" ", "")
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1:] != [1] * len(counts[1:]):
        return False
    return steuer_id_check_digit(digits[:10]) == digits[10]


def make_steuer_id(rng: random.Random) -> str:
    while True:
        pool = rng.sample(string.digits, 9)
        digits = [*pool, rng.choice(pool)]
        rng.shuffle(digits)
        if digits[0] != "0":
            break
    first10 = "".join(digits)
    return first10 + steuer_id_check_digit(first10)


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def nir_valid(nir: str) -> bool:
    digits = nir.replace(" ", "")
    if len(digits) != 15 or not digits.isdigit() or digits[0] not in "12":
        return False
    if not 1 <= int(digits[3:5]) <= 12:
        return False
    return nir_key(digits[:13]) == digits[13:]


def make_nir(rng: random.Random, birth_year: int, birth_month: int, sex: str) -> str:
    dept = rng.choice([d for d in range(1, 96) if d != 20])
    first13 = (
        ("1" if sex == "M" else "2")
        + f"{birth_year % 100:02d}{birth_month:02d}{dept:02d}"
        + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    )
    return first13 + nir_key(first13)


def format_nir(nir: str) -> str:
    parts = (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])
    return " ".join(parts)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: int) -> str:
    return DNI_LETTERS[number % 23]


def dni_valid(dni: str) -> bool:
    text = dni.replace("-", "").replace(" ", "").upper()
    if len(text) != 9:
        return False
    head, letter = text[:8], text[8]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    return head.isdigit() and dni_letter(int(head)) == letter


def make_dni(rng: random.Random) -> str:
    number = rng.randint(1_000_000, 99_999_999)
    return f"{number:08d}{dni_letter(number)}"


def make_nie(rng: random.Random) -> str:
    prefix = rng.choice("XYZ")
    body = rng.randint(0, 9_999_999)
    number = int(str("XYZ".index(prefix)) + f"{body:07d}")
    return f"{prefix}{body:07d}{dni_letter(number)}"


def break_dni(dni: str) -> str:
    letter = dni[-1]
    bad = dni[:-1] + DNI_LETTERS[(DNI_LETTERS.index(letter) + 5) % 23]
    assert not dni_valid(bad)
    return bad


# --- product codes (hard negatives) ---------------------------------------------------


def ean13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def ean13_valid(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


def make_ean13(rng: random.Random) -> str:
    first12 = rng.choice(["400", "590", "871", "300", "841", "500"]) + "".join(
        rng.choice(string.digits) for _ in range(9))
    return first12 + ean13_check_digit(first12)


def isbn13(rng: random.Random) -> str:
    first12 = "978" + rng.choice(["0", "1", "3", "2", "84"]) + "".join(
        rng.choice(string.digits) for _ in range(8))
    first12 = first12[:12]
    code = first12 + ean13_check_digit(first12)
    return f"{code[:3]}-{code[3]}-{code[4:8]}-{code[8:12]}-{code[12]}"
