"""Check-digit arithmetic used to *make* identifiers (valid ones and deliberately broken ones).

check.py validates with its own, separately written functions, so a mistake here shows up
there instead of being copied into both.
"""

from __future__ import annotations

import random
import re
import string

DIGITS = string.digits
UPPER = string.ascii_uppercase


def luhn_sum_ok(number: str) -> bool:
    total = 0
    for pos, ch in enumerate(reversed(number)):
        value = int(ch)
        if pos % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """Append the digit that makes ``partial`` Luhn-valid."""
    for digit in DIGITS:
        if luhn_sum_ok(partial + digit):
            return partial + digit
    raise AssertionError("unreachable")


def luhn_break(number: str) -> str:
    """Change the last digit so the number fails Luhn."""
    last = int(number[-1])
    broken = number[:-1] + str((last + 1 + (last == 9)) % 10)
    assert not luhn_sum_ok(broken)
    return broken


# --- cards --------------------------------------------------------------------------------

CARD_PREFIXES = {
    "visa": ("4",),
    "mastercard": ("51", "52", "53", "54", "55", "2221", "2310", "2590", "2720"),
    "amex": ("34", "37"),
    "discover": ("6011", "65", "644"),
}


def card_number(rng: random.Random, brand: str) -> str:
    prefix = rng.choice(CARD_PREFIXES[brand])
    length = 15 if brand == "amex" else 16
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - 1 - len(prefix)))
    return luhn_complete(body)


def group_card(number: str, sep: str) -> str:
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


# --- IBAN ---------------------------------------------------------------------------------

IBAN_BBAN = {  # country: BBAN layout, n = digit, a = upper letter, c = alphanumeric
    "DE": "n" * 18, "FR": "n" * 10 + "c" * 11 + "nn", "ES": "n" * 20, "GB": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10, "IT": "a" + "n" * 10 + "c" * 12, "BE": "n" * 12,
    "AT": "n" * 16, "CH": "n" * 17, "PL": "n" * 24, "IE": "aaaa" + "n" * 14,
    "PT": "n" * 21, "LU": "nnn" + "c" * 13,
}
GB_BANKS = ("NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ")
NL_BANKS = ("INGB", "RABO", "ABNA", "SNSB", "TRIO")
IE_BANKS = ("AIBK", "BOFI", "IPBS")


def _alnum_to_digits(text: str) -> str:
    return "".join(str(int(ch, 36)) for ch in text)


def iban_check(country: str, bban: str) -> str:
    rearranged = _alnum_to_digits(bban + country + "00")
    return f"{98 - int(rearranged) % 97:02d}"


def iban(rng: random.Random, country: str) -> str:
    layout = IBAN_BBAN[country]
    chars = []
    for slot in layout:
        if slot == "n":
            chars.append(rng.choice(DIGITS))
        elif slot == "a":
            chars.append(rng.choice(UPPER))
        else:
            chars.append(rng.choice(DIGITS + DIGITS + UPPER))
    bban = "".join(chars)
    if country == "GB":
        bban = rng.choice(GB_BANKS) + bban[4:]
    elif country == "NL":
        bban = rng.choice(NL_BANKS) + bban[4:]
    elif country == "IE":
        bban = rng.choice(IE_BANKS) + bban[4:]
    return country + iban_check(country, bban) + bban


def iban_break(value: str) -> str:
    """Swap two adjacent distinct digits in the BBAN (a classic typo) so mod 97 fails."""
    for i in range(len(value) - 2, 4, -1):
        a, b = value[i], value[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            broken = value[:i] + b + a + value[i + 2:]
            if not iban_mod97_ok(broken):
                return broken
    raise AssertionError(value)


def iban_mod97_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    return int(_alnum_to_digits(compact[4:] + compact[:4])) % 97 == 1


def group4(text: str) -> str:
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


# --- national identifiers ------------------------------------------------------------------

def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BAD_PREFIX:
            break
    return prefix + "".join(rng.choice(DIGITS) for _ in range(6)) + rng.choice("ABCD")


def steuer_id(rng: random.Random) -> str:
    """German tax id: 10 digits (one digit twice, one missing, no leading 0) + ISO 7064 check."""
    while True:
        missing, doubled = rng.sample(DIGITS, 2)
        pool = [d for d in DIGITS if d != missing] + [doubled]
        rng.shuffle(pool)
        if pool[0] != "0":
            break
    body = "".join(pool)
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return body + str(0 if check == 10 else check)


def nir(rng: random.Random, sex: int, year: int, month: int) -> str:
    """French social security number (15 digits) consistent with sex and birth month."""
    dept = rng.choice([d for d in range(1, 96) if d != 20])
    body = f"{sex}{year % 100:02d}{month:02d}{dept:02d}{rng.randint(1, 990):03d}" \
           f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    number = rng.randint(1_000_000, 99_999_999)
    return f"{number:08d}{DNI_LETTERS[number % 23]}"


def nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    number = rng.randint(0, 9_999_999)
    full = int(str("XYZ".index(lead)) + f"{number:07d}")
    return f"{lead}{number:07d}{DNI_LETTERS[full % 23]}"


def bsn(rng: random.Random) -> str:
    """Dutch citizen service number, 11-proof."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        partial = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = partial % 11
        if last <= 9:
            return "".join(map(str, digits)) + str(last)


def sin_ca(rng: random.Random) -> str:
    """Canadian social insurance number (Luhn over 9 digits, no leading 0 or 8)."""
    first = rng.choice("1234567")
    return luhn_complete(first + "".join(rng.choice(DIGITS) for _ in range(7)))


def cpf(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(9)]
    for weight_top in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(weight_top, 1, -1), strict=False))
        digits.append(total * 10 % 11 % 10)
    s = "".join(map(str, digits))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def aba_routing(rng: random.Random) -> str:
    while True:
        first = rng.choice([f"{n:02d}" for n in (*range(1, 13), *range(21, 33))])
        body = first + "".join(rng.choice(DIGITS) for _ in range(6))
        for last in DIGITS:
            d = [int(c) for c in body + last]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) \
                    % 10 == 0:
                return body + last


def mrz_digit(field: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        if ch == "<":
            value = 0
        elif ch.isdigit():
            value = int(ch)
        else:
            value = ord(ch) - 55
        total += value * weights[i % 3]
    return str(total % 10)


# --- look-alike guard ------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9])+")


def luhn_runs(text: str) -> list[str]:
    """Every whole 13-19 digit sequence (single spaces/dashes allowed) in text passing Luhn."""
    hits = []
    for match in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"[ -]", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_sum_ok(digits):
            hits.append(digits)
    return hits


def npi(rng: random.Random) -> str:
    """US National Provider Identifier: Luhn over '80840' + 10 digits."""
    body = rng.choice("12") + "".join(rng.choice(DIGITS) for _ in range(8))
    full = luhn_complete("80840" + body)
    return full[5:]
