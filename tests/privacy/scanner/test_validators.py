"""Checksums and formats: valid numbers pass, near misses fail."""

from __future__ import annotations

import pytest

from charter.privacy.scanner import validators as v


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("number", [
    "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
    "378282246310005", "6011111111111117", "3530111333300000", "2223003122003222",
])
def test_card_numbers_that_pass(number: str) -> None:
    assert v.card_ok(number)


@pytest.mark.parametrize("number", [
    "4111111111111112",      # Luhn fails
    "1234567812345678",      # no network starts with 1
    "0000000000000000",      # one digit
    "41111111111111",        # Visa of 14 digits
    "490154203237518",       # an IMEI: Luhn-valid, 15 digits, no network of that length
])
def test_card_numbers_that_fail(number: str) -> None:
    assert not v.card_ok(number)


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("iban", [
    "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819",
    "FR1420041010050500013M02606", "ES9121000418450200051332", "NL91ABNA0417164300",
])
def test_valid_ibans(iban: str) -> None:
    assert v.iban_ok(iban)


@pytest.mark.parametrize("iban", [
    "DE89370400440532013001",  # checksum
    "DE8937040044053201300",   # length for DE
    "XX89370400440532013000",  # no such country
    "GB29NWBK6016133192681",
])
def test_invalid_ibans(iban: str) -> None:
    assert not v.iban_ok(iban)


def test_national_identifiers() -> None:
    assert v.ssn_ok("123-45-6789") and v.ssn_ok("078051120")
    assert not v.ssn_ok("000-12-3456") and not v.ssn_ok("666-12-3456")
    assert not v.ssn_ok("912-12-3456") and not v.ssn_ok("123-00-4567")
    assert v.nino_ok("AB123456C") and v.nino_ok("AB 12 34 56 C")
    assert not v.nino_ok("QQ123456C") and not v.nino_ok("GB123456A")
    assert not v.nino_ok("AB123456E")
    assert v.dni_ok("12345678Z") and v.dni_ok("X1234567L")
    assert not v.dni_ok("12345678A")
    assert v.nir_ok("1 85 05 78 006 084 91") and not v.nir_ok("1 85 05 78 006 084 92")
    assert v.bsn_ok("111222333") and not v.bsn_ok("111222334")
    assert v.steuer_id_ok("86095742719") and not v.steuer_id_ok("86095742711")
    assert v.sin_ok("046 454 286") and not v.sin_ok("046 454 287")
    assert v.aba_routing_ok("021000021") and not v.aba_routing_ok("021000022")


def test_ip_and_decimals() -> None:
    assert v.ip_ok("203.0.113.7") and v.ip_ok("2001:db8::1")
    assert not v.ip_ok("1.2.3") and not v.ip_ok("256.1.1.1") and not v.ip_ok("10:30:00")
    assert v.decimals(48.8566) == 4 and v.decimals(48.85) == 2 and v.decimals("2.294351") == 6
