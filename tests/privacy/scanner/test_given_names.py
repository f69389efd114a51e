"""People's names told by a known given name where nothing else says whose a value is: a
`name` beside a face template, a donor, an inviter, a template's greeting, a name in running
text; and the places, products, companies, feasts and ships that look like names but are
not one."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner, given_names, named
from tests.privacy.scanner.conftest import kinds

FOUND: list[Any] = [
    # a `name` key with no personal sibling
    {"subject_id": "sub_1", "name": "Keisha Whitfield", "face": {"model": "arcface-r100"}},
    {"employee_id": "emp_1", "name": "Grace Doyle", "group": "Pride Network"},
    {"id": "u_9", "name": "Björn Brandt"},
    {"id": "u_9", "name": "Bérénice de La Roche"},
    {"id": "u_9", "name": "Jean-Pierre Lefèvre"},
    {"id": "u_9", "name": "Ji-woo Park"},
    {"id": "u_9", "name": "Małgorzata Wiśniewska"},
    # a given name alone beside a personal field
    {"correo_electronico": "a@example.es", "nombre": "Alejandro", "locale": "es-ES"},
    # person-role keys the vocabulary does not name
    {"donation": {"donor": "Rodrigo Medina", "amount": 622.75}},
    {"invites": [{"role": "admin", "invitedBy": "Sabine Baumgärtner"}]},
    {"sample": "smp_1", "subject": "Inès Nguyen", "str_profile": {"TH01": "9,12"}},
    {"export": {"requested_by": "Loïc Rousseau", "file": "raw.txt"}},
    {"court": "Juzgado n.º 3", "judge": "Marta Domínguez"},
    {"dispute": "IR-1", "affected_members": ["Hannelore Hüttenrauch", "Dieter Kowalczyk"]},
    [{"n": "Kerstin Oltmanns", "e": "k@example.de"}],
    # a template's variables, a role's label, a greeting
    {"template": "password_reset", "vars": {"name": "Declan"}},
    {"speaker": {"label": "Kwame", "voiceprint": {"dim": 64}}},
    {"salutation": "Dear Declan,"},
    {"passengers": [{"n": 1, "name": "ARRIETA/IÑAKI MRS"}]},
    # names in running text, in four languages
    {"notes": "Spoke to Keisha Whitfield about the renewal"},
    {"notes": "Hi, it's Callum Hargreaves. Call me back."},
    {"nota": "Hablé con Joaquín Quintero sobre la renovación"},
    {"notiz": "Rückruf von Lena Kühn wegen der Rechnung"},
    {"note": "Rappel demandé par Océane Lemaire pour lundi"},
    {"body": "Oluwaseun Adeyemi es bisexual y lo dice abiertamente"},
    {"body": "afiliado al PP desde los 18, concejal suplente — Pilar Abernathy"},
    {"body": "ist bi und hat das im Team erzählt\n\n-- Lukas"},
    {"notiz": "bitte Herrn Jürgen Weber zurückrufen"},
    # a message that greets its reader, with no other cue to a name in it
    {"message": "Hola Javier, el pedido 4471 sale mañana por la tarde."},
    {"body": "Hi Priya, the invoice batch is exported, 42 lines."},
    {"text": "Chère Bérénice, le dossier est complet."},
    # a letter's greeting, in a letter that gives an address
    {"html": "<p>Dear Tyrone,</p><p>Your parcel goes to 30 Station Road, Bristol BS3 4HX.</p>"},
    {"html": "<p>Chère/Cher Bérénice,</p><p>Livraison au 143 avenue Jean Jaurès, Nantes</p>"},
    {"html": "<p>Estimado/a Joaquín,</p><p>Entrega en Paseo de Gracia, 95, Barcelona</p>"},
    {"notes": "per Siobhan Gallagher, the refund is approved"},
    # a title only a person takes, in a short sentence, after a label, or declined
    {"notes": "Frau Schneider hat angerufen."},
    {"notes": "Rückruf an Herrn Kowalczyk"},
    {"contact": "Ansprechpartner: Herr Kowalczyk"},
    # thanks to a person by name, with a comma, ending the text
    {"reply": "Merci, Anaïs"},
    {"reply": "Gracias, Itziar"},
    {"notes": "Frau Doktor Müller hat heute Sprechstunde bis 12 Uhr."},
]

NOT_FOUND: list[Any] = [
    # products, brands and companies named after people
    {"products": [{"sku": "SKU-1", "name": "Jordan Air Max", "price": 120}]},
    {"id": "p-1", "name": "Jordan Air Max"},
    {"id": "p-1", "name": "Hugo Boss"},
    {"id": "p-1", "name": "Union Jack Mug"},
    {"companies": [{"name": "Tante Emma Logistik KG", "city": "Bremen"}]},
    {"companies": [{"name": "Pablo Motors S.L.", "city": "Sevilla"}]},
    {"id": "c-1", "name": "Marta Foods GmbH"},
    # charities named like people, as a donation's recipient
    {"donation": {"recipient": "Red Cross", "amount": 25.0, "currency": "EUR"}},
    {"gift": {"beneficiary": "Red Crescent", "amount": 10}},
    # places
    {"id": "s-1", "name": "Victoria Station"},
    {"id": "s-1", "name": "San Diego"},
    {"id": "s-1", "name": "Santa Clara"},
    {"id": "s-1", "name": "Saint Denis"},
    {"venues": [{"name": "Anna Freud Centre", "capacity": 40}]},
    {"venues": [{"name": "St Mary's Church Hall", "address": "55 Mill Lane, Bristol"}]},
    # feasts, ships, works, teams
    {"days": [{"name": "Inmaculada Concepción", "date": "2026-12-08"}]},
    {"id": "h-1", "name": "Martin Luther King Day"},
    {"vessel": {"name": "Mary Rose", "imo": "9074729"}},
    {"id": "v-1", "name": "Mary Rose"},
    {"id": "b-1", "name": "Anna Karenina"},
    {"team": {"id": "team_1", "name": "Platform"}},
    {"project": {"name": "Grace Hopper"}},
    # role keys holding no name
    {"subject": "Password Reset Request"},
    {"requested_by": "billing-service"},
    {"donor": "anonymous"},
    {"host": "db-prod-1.internal"},
    {"host": {"label": "Kai", "ip": "10.0.0.7"}},
    {"template": "welcome", "vars": {"name": "Platform"}},
    {"template": "welcome", "vars": {"name": "Jordan"}},
    # words that are also given names, in prose
    {"notes": "Will Smith be there? Grace Period ends Friday, said the Mark Twain fan."},
    {"notes": "Meet at Victoria Station, then the Santa Clara office near the Anna Freud Centre"},
    {"notes": "The new Jordan Air Max arrives in May, and the Max Planck Institut called"},
    {"notes": "walk down Rue Jean Jaurès then left at Saint Denis"},
    {"notes": "Visited the Royal Albert Hall and Hotel Maria Theresia last week"},
    {"notes": "Ship the Union Jack Mug and the Tante Emma Logistik parcel"},
    {"notes": "Long Island and Hong Kong offices are closed; My Account shows nothing"},
    {"notes": "Martin Luther King Day is a holiday; the Grace Hopper Conference too"},
    {"notes": "Ordered a Hugo Boss shirt and a Calvin Klein belt"},
    {"notes": "Anna and Bob went home"},
    {"html": "<p>Dear Customer,</p><p>Your parcel goes to 30 Station Road, Bristol BS3 4HX</p>"},
    {"html": "<p>Hi Team,</p><p>The depot at 12 Mill Lane, Leeds LS6 2QR is closed.</p>"},
    {"html": "<p>Dear Grace,</p><p>The depot at 12 Mill Lane, Leeds LS6 2QR is closed.</p>"},
    {"notes": "meet at Jean Jaurès metro station, then Charlotte Douglas International"},
    {"notes": "awarded the George Cross in 1942; the Elizabeth Line was down"},
    {"notes": "enable the Alexa Skills kit, then watch Harry Potter again"},
    {"notes": "Go to Queen Elizabeth Hospital tomorrow"},
    {"notes": "Die Anna NHS Liste ist leer"},
    {"reply": "Thanks, Team"},
    # German capitalises a role after "Herr" or "Frau": not a surname
    {"ticket": "Der Drucker hat einen Papierstau, bitte Herrn Hausmeister informieren."},
    {"reply": "Hello, World!"},
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("doc", FOUND, ids=[f"found-{i}" for i in range(len(FOUND))])
def test_found(scanner: Scanner, doc: Any) -> None:
    assert "person_name" in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("doc", NOT_FOUND, ids=[f"not-found-{i}" for i in range(len(NOT_FOUND))])
def test_not_found(scanner: Scanner, doc: Any) -> None:
    assert "person_name" not in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
def test_the_name_is_reported_where_it_is(scanner: Scanner) -> None:
    findings = scanner.scan_value(
        {
            "invites": [{"email": "j@example.org", "invitedBy": "Sabine Baumgärtner"}],
            "notes": "Spoke to Keisha Whitfield about the renewal",
        }
    )
    paths = {finding.path for finding in findings if finding.kind == "person_name"}
    assert paths == {"$.invites[0].invitedBy", "$.notes"}


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_names_by_gazetteer() -> None:
    python = Scanner(engine="python")
    auto = Scanner()
    for doc in (*FOUND, *NOT_FOUND):
        assert kinds(python.scan_value(doc)) == kinds(auto.scan_value(doc)), doc


def test_the_gazetteer_folds_accents_and_letters_nfkd_keeps() -> None:
    assert given_names.given("Inès") == given_names.GIVEN
    assert given_names.given("Łukasz") == given_names.GIVEN
    assert given_names.given("Y\u0131ld\u0131z") == given_names.GIVEN
    assert given_names.given("Marie-Josée") == given_names.GIVEN
    assert given_names.given("Platform") == given_names.UNKNOWN


@pytest.mark.parametrize(
    "word",
    [
        "Grace",
        "Will",
        "April",
        "Jordan",
        "Mercedes",
        "Dolores",
        "Victoria",
        "Long",
        "Van",
        "Nur",
        "Christian",
        "German",
    ],
)
def test_given_names_that_are_words_need_more_evidence(word: str) -> None:
    assert given_names.given(word) == given_names.WORDLIKE
    assert not named.lone_given(word)
    assert not named.full_name(f"{word} Whitfield", wordlike=False)


def test_the_gazetteer_is_large_and_checked_by_lookup() -> None:
    assert len(given_names._KIND) > 3000
    assert named.full_name("KEISHA WHITFIELD")
    assert not named.full_name("Keisha")
    assert not named.full_name("keisha whitfield")
