"""Payload standards and vocabulary families: coded survey answers with their codebook,
airline PNR service requests (DOCS, CTCM),
multipart/form-data bodies, SCIM multi-valued attributes, columnar telemetry, ISO/IEC
19794 records whose version bytes vary, app switches for biometric features, court lists,
prison, probation and prior-conviction wording, and same-sex partners in EN/DE/FR/ES.
Each rule comes with hard negatives that share its words or its shape."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

_IRIS_VENDOR = base64.b64encode(b"IIR\x00" + bytes(range(30, 130))).decode()
_FACE_VENDOR = base64.b64encode(b"FAC\x00" + bytes(range(130, 230))).decode()


def _multipart(fields: dict[str, str]) -> str:
    boundary = "----FormBoundary7MA4YWxk"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
             f"{value}\r\n" for name, value in fields.items()]
    return "".join(parts) + f"--{boundary}--\r\n"


def _survey(question: str, legend: dict[str, str], answers: list[int]) -> dict[str, Any]:
    return {"study": "Panel", "codebook": {"Q7": {"label": question, "values": legend}},
            "responses": [{"resp_id": f"R_{i}", "Q7": code} for i, code in enumerate(answers)]}


_LEGEND = {"1": "Yes", "2": "No", "9": "Prefer not to say"}

FOUND: list[tuple[Any, str]] = [
    # --- coded survey answers with their codebook ----------------------------------------
    (_survey("Religion", {"1": "No religion", "2": "Muslim", "9": "Prefer not to say"}, [2]),
     "religious_belief"),
    (_survey("Ethnic group", {"1": "White British", "2": "Mixed"}, [1]),
     "racial_ethnic_origin"),
    (_survey("Are you a member of a trade union?", _LEGEND, [2]), "trade_union"),
    (_survey("Party voted for at last general election", {"1": "Labour", "2": "Green"}, [1]),
     "political_opinion"),
    (_survey("Orientation sexuelle", {"1": "Hétérosexuel", "2": "Homosexuel"}, [1]),
     "sex_life_orientation"),
    (_survey("Afiliación sindical", {"1": "Sí", "2": "No"}, [1]), "trade_union"),
    (_survey("Religionszugehörigkeit", {"1": "evangelisch", "2": "keine"}, [2]),
     "religious_belief"),
    # --- PNR special service requests ------------------------------------------------------
    ({"ssr": ["DOCS LH HK1 P/DEU/C01X00T47/DEU/12AUG84/M/01JAN30/BRANDT/OLE"]}, "passport"),
    ({"ssr": ["DOCS LH HK1 P/DEU/C01X00T47/DEU/12AUG84/M/01JAN30/BRANDT/OLE"]},
     "date_of_birth"),
    ({"raw": "SSR DOCS IB HK1/P/ESP/PAA123456/ESP/03MAR91/F/04APR31/RUIZ/ANA"}, "passport"),
    ({"remarks": "3DOCS/P/FRA/17AB45678/FRA/21JUN77/M/09SEP29/MARTIN/LUC"}, "passport"),
    ({"contacts": ["CTCM AF HK1/+33 6 12 34 56 78"]}, "phone"),
    ({"osi": "SSR CTCM BA HK1/447700900123"}, "phone"),
    # --- multipart bodies --------------------------------------------------------------------
    ({"body": _multipart({"full_name": "Tilda Brenner", "passport_number": "C4K9L2M7P"})},
     "passport"),
    ({"body": _multipart({"fecha_nacimiento": "1990-04-12", "comentario": "hola"})},
     "date_of_birth"),
    ({"body": _multipart({"telefono": "+34 612 345 678"})}, "phone"),
    # --- SCIM and other multi-valued attributes ---------------------------------------------
    ({"phoneNumbers": [{"type": "work", "value": "0170 0941725"}]}, "phone"),
    ({"phoneNumbers": [{"type": "mobile", "value": "91 615 83 68", "primary": True}]},
     "phone"),
    ({"telefon": {"wert": "030 1234567"}}, "phone"),
    ({"callback": "0113 496 2906"}, "phone"),
    ({"ruckrufnummer": "0221 418 5217"}, "phone"),
    # --- columnar telemetry ------------------------------------------------------------------
    ({"columns": ["ts", "lat", "lon", "kmh"],
      "pings": [["2024-05-22T08:21:12Z", 41.05593, -5.62748, 53]]}, "precise_location"),
    ({"fields": ["Latitude", "Longitude", "speed"], "rows": [[48.137154, 11.576124, 3]]},
     "precise_location"),
    ({"spalten": ["zeit", "breite", "lange"], "werte": [["08:00", 52.52001, 13.40495]]},
     "precise_location"),
    # --- ISO/IEC 19794 records -----------------------------------------------------------------
    ({"iris": [{"eye": "left", "format": "ISO/IEC 19794-6", "code_b64": _IRIS_VENDOR}]},
     "biometric"),
    ({"enrolment": {"blob": _FACE_VENDOR}}, "biometric"),
    # --- court lists -------------------------------------------------------------------------
    ({"court": "Juzgado de lo Penal n.º 3",
      "listings": [{"acusado": "Maite Calvo", "delito": "hurto", "fallo": None}]},
     "criminal_record"),
    ({"gericht": "Amtsgericht Mitte",
      "listings": [{"angeklagter": "Uwe Meier", "tatvorwurf": "Betrug"}]}, "criminal_record"),
    ({"court": "Leeds Magistrates",
      "listings": [{"defendant": "Ann Roe", "offence": "theft from a shop"}]},
     "criminal_record"),
    # --- prison, probation, prior convictions ---------------------------------------------------
    ({"note": "saß 3 Jahre in Tegel wegen Betrug"}, "criminal_record"),
    ({"note": "sass zwei Jahre wegen Raub"}, "criminal_record"),
    ({"note": "steht unter Bewährung bis 2026"}, "criminal_record"),
    ({"note": "il est sous contrôle judiciaire depuis mars"}, "criminal_record"),
    ({"note": "sigue en libertad vigilada"}, "criminal_record"),
    ({"note": "two priors for shoplifting"}, "criminal_record"),
    ({"note": "einschlägig vorbestraft"}, "criminal_record"),
    ({"note": "déjà condamné en 2019"}, "criminal_record"),
    ({"order": "community order", "note": "on a community order until June"},
     "criminal_record"),
    ({"establishment": "HMP Wandsworth", "released": "2024-10-02"}, "criminal_record"),
    ({"establishment": "JVA Tegel"}, "criminal_record"),
    ({"establishment": "Centre pénitentiaire de Fresnes"}, "criminal_record"),
    ({"establishment": "Centro Penitenciario Madrid V"}, "criminal_record"),
    # --- same-sex partners ---------------------------------------------------------------------
    ({"summary": "mi pareja y yo somos dos chicas"}, "sex_life_orientation"),
    ({"summary": "mi pareja y yo somos dos hombres"}, "sex_life_orientation"),
    ({"summary": "my partner and I are two women"}, "sex_life_orientation"),
    ({"summary": "meine Partnerin und ich sind zwei Frauen"}, "sex_life_orientation"),
    ({"summary": "ma compagne et moi sommes deux femmes"}, "sex_life_orientation"),
    ({"summary": "Jana lebt mit ihrer Frau zusammen"}, "sex_life_orientation"),
    ({"summary": "Tom lebt mit seinem Mann in Köln"}, "sex_life_orientation"),
    ({"summary": "elle vit avec sa compagne depuis 10 ans"}, "sex_life_orientation"),
    ({"summary": "il vit avec son mari à Lyon"}, "sex_life_orientation"),
    ({"summary": "ella vive con su esposa en Vigo"}, "sex_life_orientation"),
    ({"summary": "él y su marido adoptaron"}, "sex_life_orientation"),
    ({"summary": "she and her wife moved to Leeds"}, "sex_life_orientation"),
    ({"summary": "ist bi und hat das im Team erzählt"}, "sex_life_orientation"),
    ({"summary": "Ist schwul, Familie weiß Bescheid."}, "sex_life_orientation"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a refusal, a codebook with no answers, an answer to a question of no category
    (_survey("Religion", {"1": "No religion", "9": "Prefer not to say"}, [9]),
     "religious_belief"),
    ({"codebook": {"Q7": {"label": "Religion", "values": {"1": "Muslim", "2": "Jewish"}}}},
     "religious_belief"),
    (_survey("Age band", {"1": "18-24", "2": "25-34"}, [1]), "political_opinion"),
    (_survey("Preferred contact channel", {"1": "Phone", "2": "E-mail"}, [1]),
     "political_opinion"),
    # a DOCS element for an identity card, the word in prose, a CTCM without a number
    ({"ssr": ["DOCS LH HK1 I/DEU/L01X00T47/DEU/12AUG84/M/01JAN30/BRANDT/OLE"]}, "passport"),
    ({"note": "see the DOCS folder for P/DEU/forms"}, "passport"),
    ({"contacts": ["CTCM LH HK1/REFUSED"]}, "phone"),
    # a diff, and a multipart upload of a product sheet
    ({"patch": "--- a/passport.py\n+++ b/passport.py\n@@ -1 +1 @@"}, "passport"),
    ({"body": _multipart({"sku": "AB-1234", "title": "Passport holder, leather"})},
     "passport"),
    # a phone object without a number, a webhook callback
    ({"phone": {"type": "mobile", "carrier": "Vodafone", "verified": True}}, "phone"),
    ({"callback": "https://hooks.example.com/cb"}, "phone"),
    ({"callback": "onLoaded"}, "phone"),
    # exchange rates and two-decimal centroids in columns
    ({"columns": ["date", "eur_usd", "eur_gbp"], "rows": [["2024-01-02", 1.0842, 0.8571]]},
     "precise_location"),
    ({"columns": ["city", "lat", "lon"], "rows": [["Berlin", 52.52, 13.4]]},
     "precise_location"),
    # base64 that merely contains the identifier, and an app's biometric switch
    ({"blob": "QUJD" + _IRIS_VENDOR}, "biometric"),
    ({"features": {"dark_mode": True, "biometric_unlock": False}}, "biometric"),
    ({"settings": {"face_login": True, "fingerprint_auth_allowed": True}}, "biometric"),
    # a shop's listings
    ({"shop": "Bücherstube", "listings": [{"title": "Gesetzbuch", "price": 12}]},
     "criminal_record"),
    # "Ihre Frau" addressed to a customer, a man and his wife, a name before "a"
    ({"text": "Grüße an Ihre Frau"}, "sex_life_orientation"),
    ({"text": "er lebt mit seiner Frau in Bonn"}, "sex_life_orientation"),
    ({"text": "my wife and I are two happy customers"}, "sex_life_orientation"),
    ({"text": "Marie a un homme de confiance au bureau"}, "sex_life_orientation"),
    ({"text": "el equipo ist bi-lingual"}, "sex_life_orientation"),
    ({"text": "we are two women founders"}, "sex_life_orientation"),
    # "prior" in other senses, a board seat, prison as a place of work or a film
    ({"text": "prior authorization required"}, "criminal_record"),
    ({"text": "saß 3 Jahre im Vorstand"}, "criminal_record"),
    ({"text": "order: standing order for rent"}, "criminal_record"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(FOUND)])
def test_the_standard_or_family_is_found(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(NOT_FOUND)])
def test_the_look_alike_is_not(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_documents() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for doc, _ in FOUND + NOT_FOUND:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
