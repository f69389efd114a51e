"""Constructors for checksummed identifiers, valid and deliberately wrong.

The validators in `validators.py` are written separately; `check.py` makes sure both agree.
"""

from __future__ import annotations

import random
import string

IBAN_BBAN = {  # country: (length, bban layout: 'n' digit, 'a' upper letter, 'c' alnum)
    "DE": (22, "n" * 18),
    "GB": (22, "aaaa" + "n" * 14),
    "FR": (27, "n" * 23),
    "ES": (24, "n" * 20),
    "NL": (18, "aaaa" + "n" * 10),
    "IT": (27, "a" + "n" * 22),
    "BE": (16, "n" * 12),
    "AT": (20, "n" * 16),
    "IE": (22, "aaaa" + "n" * 14),
}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_check(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def card(rng: random.Random, brand: str, valid: bool = True) -> str:
    prefix, length = {
        "visa": (rng.choice(("4", "4")), 16),
        "mastercard": (rng.choice(("51", "53", "55", "2221", "2720")), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "discover": ("6011", 16),
    }[brand]
    body = prefix + digits(rng, length - 1 - len(prefix))
    check = luhn_check(body)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def iban(rng: random.Random, country: str, valid: bool = True) -> str:
    _, layout = IBAN_BBAN[country]
    bban = "".join(
        rng.choice(string.digits if k == "n" else string.ascii_uppercase) for k in layout
    )
    moved = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in moved))
    check = 98 - num % 97
    if not valid:
        check = (check + rng.randint(1, 50)) % 97 + 2
        if check == 98 - num % 97:
            check = check % 97 + 2
    return f"{country}{check:02d}{bban}"


def aba(rng: random.Random, valid: bool = True) -> str:
    body = rng.choice(("0", "1", "2", "3")) + digits(rng, 7)
    w = (3, 7, 1, 3, 7, 1, 3, 7)
    s = sum(int(d) * k for d, k in zip(body, w, strict=True))
    check = (10 - s % 10) % 10
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def ssn(rng: random.Random, valid: bool = True) -> str:
    if valid:
        area = rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        area, group, serial = rng.choice(
            (
                (0, rng.randint(1, 99), rng.randint(1, 9999)),
                (666, rng.randint(1, 99), rng.randint(1, 9999)),
                (rng.randint(900, 999), rng.randint(1, 99), rng.randint(1, 9999)),
                (rng.randint(1, 665), 0, rng.randint(1, 9999)),
                (rng.randint(1, 665), rng.randint(1, 99), 0),
            )
        )
    return f"{area:03d}-{group:02d}-{serial:04d}"


def nino(rng: random.Random, valid: bool = True) -> str:
    while True:
        pair = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if pair not in NINO_BAD_PAIRS:
            break
    if not valid:
        pair = rng.choice(("GB", "BG", "ZZ", "DQ", "NT"))
    return pair + digits(rng, 6) + rng.choice("ABCD")


def steuer_id_check(ten: str) -> int:
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10


def steuer_id(rng: random.Random, valid: bool = True) -> str:
    while True:
        pool = rng.sample(string.digits, 9)
        twice = pool[0]
        ten = [*pool, twice]
        rng.shuffle(ten)
        body = "".join(ten)
        if body[0] != "0":
            break
    check = steuer_id_check(body)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def nir(rng: random.Random, valid: bool = True) -> str:
    body = (
        rng.choice("12")
        + f"{rng.randint(40, 99):02d}"
        + f"{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 95):02d}"
        + f"{rng.randint(1, 999):03d}"
        + f"{rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    if not valid:
        key = (key + rng.randint(1, 5) - 1) % 97 + 1
    return body + f"{key:02d}"


def dni(rng: random.Random, valid: bool = True) -> str:
    n = rng.randint(10_000_000, 99_999_999)
    letter = DNI_LETTERS[n % 23]
    if not valid:
        letter = DNI_LETTERS[(n + rng.randint(1, 22)) % 23]
    return f"{n:08d}{letter}"


def nie(rng: random.Random, valid: bool = True) -> str:
    lead = rng.choice("XYZ")
    n = rng.randint(1_000_000, 9_999_999)
    full = int(str("XYZ".index(lead)) + f"{n:07d}")
    letter = DNI_LETTERS[full % 23]
    if not valid:
        letter = DNI_LETTERS[(full + rng.randint(1, 22)) % 23]
    return f"{lead}{n:07d}{letter}"
