"""Raw value generators for identifiers that carry check digits or a fixed shape.

Every function takes a ``random.Random`` and returns a string. The generators here produce
values that are valid by construction (Luhn, IBAN mod 97, SSN ranges, NINO prefixes, Steuer-ID
MOD 11,10, NIR key, DNI/NIE letter); ``decoys.py`` produces the near-misses.
"""

from __future__ import annotations

import random
import re
import string

UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
_LONG_DIGIT_RUN = re.compile(r"\d{7}")


def rand_str(rng: random.Random, alphabet: str, length: int) -> str:
    """Random string with no run of 7 or more digits (so it never looks like a number)."""
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(length))
        if not _LONG_DIGIT_RUN.search(value):
            return value


def digits(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(length))


# --- payment cards -------------------------------------------------------------------------

def luhn_digit(payload: str) -> str:
    """Check digit that makes ``payload + digit`` pass the Luhn test."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char)
        if position % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str(-total % 10)


CARD_PREFIXES = {
    "visa": (["4"], 16),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2452", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
}


def card_digits(rng: random.Random, brand: str) -> str:
    prefixes, length = CARD_PREFIXES[brand]
    prefix = rng.choice(prefixes)
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def format_card(number: str, style: str) -> str:
    if style == "plain":
        return number
    sep = " " if style == "spaced" else "-"
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


# --- IBAN ----------------------------------------------------------------------------------

# country -> BBAN layout: "n" digit, "a" upper letter, "c" upper alphanumeric
IBAN_LAYOUT = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "FR": "n" * 10 + "c" * 11 + "n" * 2,
    "ES": "n" * 20,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "IT": "a" + "n" * 10 + "c" * 12,
    "PT": "n" * 21,
    "PL": "n" * 24,
}


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, country: str) -> str:
    parts = []
    for slot in IBAN_LAYOUT[country]:
        if slot == "n":
            parts.append(rng.choice(string.digits))
        elif slot == "a":
            parts.append(rng.choice(string.ascii_uppercase))
        else:
            parts.append(rng.choice(UPPER_DIGITS))
    bban = "".join(parts)
    return country + iban_check_digits(country, bban) + bban


def group4(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


# --- national identifiers ------------------------------------------------------------------

def ssn(rng: random.Random, dashed: bool = True) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    if dashed:
        return f"{area:03d}-{group:02d}-{serial:04d}"
    return f"{area:03d}{group:02d}{serial:04d}"


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random, spaced: bool = False) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD_PREFIX:
            break
    number = digits(rng, 6)
    suffix = rng.choice("ABCD")
    if spaced:
        return f"{prefix} {number[:2]} {number[2:4]} {number[4:]} {suffix}"
    return f"{prefix}{number}{suffix}"


def steuer_id_check(first_ten: str) -> str:
    product = 10
    for char in first_ten:
        total = (int(char) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id(rng: random.Random, spaced: bool = False) -> str:
    """German tax id: in the first ten digits exactly one digit appears twice."""
    while True:
        pool = list(string.digits)
        rng.shuffle(pool)
        doubled, others = pool[0], pool[1:9]
        first_ten = [doubled, doubled, *others]
        rng.shuffle(first_ten)
        if first_ten[0] != "0":
            break
    ten = "".join(first_ten)
    value = ten + steuer_id_check(ten)
    if spaced:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return value


def nir(rng: random.Random, spaced: bool = False) -> str:
    """French social security number (numéro de sécurité sociale) with its key."""
    sex = rng.choice("12")
    year = f"{rng.randint(40, 99):02d}"
    month = f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
    commune = f"{rng.randint(1, 990):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + year + month + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    if spaced:
        return " ".join([sex, year, month, dept, commune, order, key])
    return body + key


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    number = rng.randint(10_000_000, 79_999_999)
    return f"{number}{DNI_LETTERS[number % 23]}"


def nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    number = digits(rng, 7)
    numeric = int(str("XYZ".index(lead)) + number)
    return f"{lead}{number}{DNI_LETTERS[numeric % 23]}"


def passport(rng: random.Random, country: str) -> str:
    if country == "DE":
        return rng.choice("CFGHJK") + rand_str(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if country == "FR":
        return digits(rng, 2) + rand_str(rng, string.ascii_uppercase, 2) + digits(rng, 5)
    if country == "ES":
        return rand_str(rng, string.ascii_uppercase, 3) + digits(rng, 6)
    if country == "IN":
        return rng.choice("JKLMNPRSTVZ") + digits(rng, 7)
    return str(rng.randint(1, 9)) + digits(rng, 8)


def aba_routing(rng: random.Random) -> str:
    """US routing number with the ABA 3-7-1 checksum."""
    first = f"{rng.choice([1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]):02d}"
    body = first + digits(rng, 6)
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + str(-total % 10)
