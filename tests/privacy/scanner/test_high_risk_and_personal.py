"""High-risk and ordinary personal data: positives, and the hard negatives beside them."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ"
       ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"

HIGH_RISK: list[tuple[dict[str, Any], str]] = [
    ({"payment": {"cardNumber": "4111 1111 1111 1111"}}, "payment_card"),
    ({"note": "charge card 5555555555554444 please"}, "payment_card"),
    ({"card": 4111111111111111}, "payment_card"),
    ({"payout": {"iban": "DE89 3704 0044 0532 0130 00"}}, "bank_account"),
    ({"memo": "send it to FR1420041010050500013M02606"}, "bank_account"),
    ({"account_number": "000123456789", "routing_number": "021000021"}, "bank_account"),
    ({"Kontonummer": "0532013000"}, "bank_account"),
    ({"ssn": "123-45-6789"}, "national_id"),
    ({"notes": "SSN on file: 123-45-6789"}, "national_id"),
    ({"nino": "AB 12 34 56 C"}, "national_id"),
    ({"dni": "12345678Z"}, "national_id"),
    ({"numero_securite_sociale": "1 85 05 78 006 084 91"}, "national_id"),
    ({"steuer_id": "86095742719"}, "national_id"),
    ({"passportNumber": "C01X00T47"}, "passport"),
    ({"numero_de_pasaporte": "PAA123456"}, "passport"),
    ({"password": "hunter2!"}, "credential"),
    ({"db": {"url": "postgres://app:s3cr3t@db.internal:5432/app"}}, "credential"),
    ({"headers": {"Authorization": f"Bearer {JWT}"}}, "credential"),
    ({"id_token": JWT}, "credential"),
    ({"service_account": {"private_key": PEM}}, "credential"),
    ({"aws": {"access_key_id": "AKIAIOSFODNN7EXAMPLE"}}, "credential"),
    ({"config": "GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345"}, "credential"),
    ({"stripe": {"key": "sk_live_4eC39HqLyjWDarjtT1zdp7dc"}}, "credential"),
    ({"Passwort": "Sommer2024!"}, "credential"),
    ({"mot_de_passe": "azerty123"}, "credential"),
    ({"contraseña": "hola1234"}, "credential"),
    ({"location": {"lat": 48.858844, "lng": 2.294351}}, "precise_location"),
    ({"geometry": {"type": "Point", "coordinates": [2.294351, 48.858844]}}, "precise_location"),
    ({"note": "pickup at 40.748817, -73.985428"}, "precise_location"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), HIGH_RISK, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(HIGH_RISK)])
def test_high_risk_data_is_found(scanner: Scanner, doc: dict[str, Any], kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


PERSONAL: list[tuple[dict[str, Any], str]] = [
    ({"contact": "jane.doe@example.com"}, "email"),
    ({"phone": "+49 30 1234567"}, "phone"),
    ({"notes": "call me back on +33 6 12 34 56 78"}, "phone"),
    ({"telefono": "612 34 56 78"}, "phone"),
    ({"client_ip": "203.0.113.7"}, "ip_address"),
    ({"log": "login failed from 2001:db8::17 at 10:21"}, "ip_address"),
    ({"dateOfBirth": "1986-04-12"}, "date_of_birth"),
    ({"Geburtsdatum": "12.04.1986"}, "date_of_birth"),
    ({"fecha_de_nacimiento": "12/04/1986"}, "date_of_birth"),
    ({"notes": "Patient born on 12 March 1971."}, "date_of_birth"),
    ({"address": {"street": "221B Baker Street", "city": "London"}}, "postal_address"),
    ({"Anschrift": "Hauptstraße 5, 10115 Berlin"}, "postal_address"),
    ({"notes": "Deliver to 12 rue de la Paix, Paris"}, "postal_address"),
    ({"firstName": "Jane", "lastName": "Doe"}, "person_name"),
    ({"customer": {"name": "Jane Doe", "tier": "gold"}}, "person_name"),
    ({"user": {"name": "Lukas Müller", "email": "lukas@example.de"}}, "person_name"),
    ({"nombre": "Lucía", "apellidos": "García López"}, "person_name"),
    ({"notes": "Spoke with Mrs. Dubois about the refund."}, "person_name"),
    ({"encounter": {"attending": "Mme Inès Gauthier"}}, "person_name"),
    ({"conversation": {"agent_name": "Ryan Hughes"}}, "person_name"),
    ({"gps": {"driver": "Brandon Kowalski", "lat": 40.46}}, "person_name"),
    ({"notes": "Je suis née le 17 juillet 1964."}, "date_of_birth"),
    ({"notes": "My date of birth is 1947-05-03."}, "date_of_birth"),
    ({"notes": "Sie erreichen mich unter 0171 7421618."}, "phone"),
    ({"employee": {"residence": "Hauptstraße 80, 10115 Berlin"}}, "postal_address"),
]


@pytest.mark.parametrize(("doc", "kind"), PERSONAL, ids=[f"{k}-{i}" for i, (_, k)
                                                         in enumerate(PERSONAL)])
def test_personal_data_is_found(scanner: Scanner, doc: dict[str, Any], kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


CLEAN: list[dict[str, Any]] = [
    {"order_id": "4111111111111112", "amount": 1250},                    # Luhn fails
    {"tracking": "1234567812345678"},
    {"iban": "DE89370400440532013001"},                                   # checksum fails
    {"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"},                       # UUID
    {"sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
    {"commit": "e83c5163316f89bfbde7d9ab23ca2e25604af290"},
    {"version": "1.2.3.4", "build": "10.0.19041.1", "sdk": "v2.14.0"},
    {"sku": "WM-1234-5678-BLK", "ean": "4006381333931", "isbn": "978-3-16-148410-0"},
    {"product": {"name": "Wireless Mouse", "sku": "SKU-88812", "price": 24.99}},
    {"file": {"name": "Quarterly Report.pdf", "size": 182733}},
    {"service": {"name": "Billing Service", "owner": "platform-team"}},
    {"location": {"lat": 48.85, "lng": 2.35}},                            # coarse
    {"geo": {"city": "Paris", "country": "FR"}, "coords": "48.9, 2.3"},
    {"publicKey": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
                  "-----END PUBLIC KEY-----"},
    {"ssh_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 deploy@build"},
    {"avatar": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
               "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="},
    {"token_type": "Bearer", "expires_in": 3600, "password_policy": "min 12 chars"},
    {"password": "********", "api_key": "${API_KEY}", "secret": "<redacted>"},
    {"api_key": "sk_live_************************", "password": None},
    {"seller": {"name": "Acme Logistics GmbH", "vat_id": "DE085966002"},
     "buyer": {"name": "Bluewater Analytics Ltd"}},
    {"screen": {"orientation": "portrait"}, "query": {"union": "all"}},
    {"lab": "Labor Dr. Meyer MVZ", "sample_id": "S-90079BF0"},
    {"next_page_token": "eyJvZmZzZXQiOjEwMH0", "csrf_token": "a" * 32},
    {"publishable_key": "pk_live_51H8abcdefghijklmnopqrstuvwx"},
    {"created_at": "2024-05-14T10:21:33Z", "updated": "14/05/2024", "duration": "00:01:30"},
    {"count": 12345678, "total_bytes": 987654321012},
    {"release_date": "1986-04-12", "startDate": "2020-01-01"},
    {"oid": "1.3.6.1.4.1.311.21.8"},
    {"event": "page_view", "viewport": "1440x900", "duration_ms": 5321},
    {"checks": {"health": "pass"}, "status": "ok", "uptime": 99.98},
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("doc", CLEAN, ids=[str(i) for i in range(len(CLEAN))])
def test_hard_negatives_find_nothing(scanner: Scanner, doc: dict[str, Any]) -> None:
    assert scanner.scan_value(doc) == []
