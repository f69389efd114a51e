"""Check-digit arithmetic used when generating identifiers.

``check.py`` verifies the generated values with separate implementations, so a mistake here
shows up as a validation failure rather than as silently wrong labels.
"""

from __future__ import annotations

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn check."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    """Whether ``number`` (digits only) passes the Luhn check."""
    return luhn_digit(number[:-1]) == number[-1]


def iban_digits(country: str, bban: str) -> str:
    """The two check digits of an IBAN with this country code and BBAN."""
    moved = bban + country + "00"
    numeric = "".join(str(int(char, 36)) for char in moved)
    return f"{98 - int(numeric) % 97:02d}"


def aba_digit(first8: str) -> str:
    """The ninth digit of an ABA routing number (weights 3, 7, 1)."""
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(d) * w for d, w in zip(first8, weights, strict=True))
    return str((10 - total % 10) % 10)


def dni_letter(number: int) -> str:
    """The control letter of a Spanish DNI (or NIE, after mapping X/Y/Z to 0/1/2)."""
    return DNI_LETTERS[number % 23]


def nir_key(first13: str) -> str:
    """The two-digit key of a French NIR."""
    return f"{97 - int(first13) % 97:02d}"


def steuer_id_digit(first10: str) -> str:
    """The check digit of a German Steuer-ID (ISO 7064 MOD 11,10)."""
    product = 10
    for char in first10:
        total = (int(char) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)
