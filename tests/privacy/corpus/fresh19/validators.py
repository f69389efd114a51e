"""Checksums of the formats the README names: Luhn, IBAN, ABA and national ids."""

import re

CARD_PREFIX = re.compile(
    r"^(4|5[1-5]|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65|64[4-9])"
)
IBAN_LENGTHS: dict[str, int] = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "GB": 22,
    "NL": 18,
    "IT": 27,
    "BE": 16,
    "AT": 20,
}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_BAD_FIRST = frozenset("DFIQUV")
NINO_BAD_SECOND = frozenset("DFIOQUV")
NINO_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def digits_of(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def luhn_ok(value: str) -> bool:
    digits = digits_of(value)
    if not digits:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def is_card(value: str) -> bool:
    """A Luhn-valid number with a card brand prefix and a card length."""
    digits = digits_of(value)
    if not 13 <= len(digits) <= 19 or not CARD_PREFIX.match(digits):
        return False
    return luhn_ok(digits)


def _iban_number(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_check_digits(country: str, bban: str) -> str:
    return f"{98 - _iban_number(bban + country + '00') % 97:02d}"


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return _iban_number(s[4:] + s[:4]) % 97 == 1


def iban_shaped(value: str) -> bool:
    s = value.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and IBAN_LENGTHS.get(s[:2]) == len(s)


def aba_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{9}", value):
        return False
    d = [int(c) for c in value]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def ssn_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{9}", value):
        return False
    d = digits_of(value)
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def nino_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in NINO_BAD_FIRST or s[1] in NINO_BAD_SECOND:
        return False
    return s[:2] not in NINO_BAD_PREFIX


def steuer_id_check_digit(first10: str) -> int:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    head = s[:10]
    counts = sorted((head.count(c) for c in set(head)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if counts[0] == 3:
        tripled = next(c for c in sorted(set(head)) if head.count(c) == 3)
        if tripled * 3 in head:
            return False
    return steuer_id_check_digit(head) == int(s[10])


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def dni_nie_ok(value: str) -> bool:
    s = value.replace("-", "").upper()
    if re.fullmatch(r"\d{8}[A-Z]", s):
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", s):
        num = int("XYZ".index(s[0]).__str__() + s[1:8])
        return DNI_LETTERS[num % 23] == s[8]
    return False


def national_id_ok(value: str) -> bool:
    return any(check(value) for check in (ssn_ok, nino_ok, steuer_id_ok, nir_ok, dni_nie_ok))
