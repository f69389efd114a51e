"""Records of services people use and messages they send: a vet's visit, a family tree, a
form service's response, a mailbox's message, a drug's monograph and a clinic's own page."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.cases import case_tests
from tests.privacy.scanner.conftest import kinds

_VET_VISIT: dict[str, Any] = {
    "clinic": "Tierarztpraxis am Deich",
    "patient": {"name": "Tofu", "species": "feline", "breed": "British Shorthair",
                "birthDate": "2015-12-12"},
    "visit": {"date": "2025-09-09", "diagnosis": "Hüftdysplasie",
              "prescribed": ["meloxicam 1.5 mg/ml oral suspension"]},
    "owner": {"fullName": "Lukas Winkler", "phone": "+43 664 8645662"},
}

_FORM_RESPONSE: dict[str, Any] = {
    "event_type": "form_response",
    "form_response": {
        "form_id": "Tik1MBmp", "token": "hm26mn49ndtbwzf4wxdx9cb8jxhrfdf7",
        "landed_at": "2025-12-17T16:45:00Z", "submitted_at": "2025-12-17T17:00:00Z",
        "definition": {"id": "vbUR7NRr", "title": "Member feedback", "fields": [
            {"id": "k3Cue3JXjybn", "type": "multiple_choice",
             "title": "¿Con qué grupo étnico se identifica?"},
            {"id": "7fJAKPLgD3uS", "type": "yes_no",
             "title": "¿Está afiliado/a a un sindicato?"},
        ]},
        "answers": [
            {"field": {"id": "k3Cue3JXjybn", "type": "multiple_choice"}, "type": "choice",
             "choice": {"label": "wayuu"}},
            {"field": {"id": "7fJAKPLgD3uS", "type": "yes_no"}, "type": "boolean",
             "boolean": True},
        ],
    },
}

_GMAIL_MESSAGE: dict[str, Any] = {
    "id": "56ce8fd93386ec17", "labelIds": ["INBOX", "IMPORTANT"],
    "payload": {"mimeType": "text/plain", "body": {
        "text": "Hi Dragan,\n\nIch wurde nach einer Schlägerei festgenommen. Sie ist "
                "Vertrauensfrau der GEW an ihrer Schule."}},
}

FOUND: list[tuple[str, Any, str]] = [
    # peoples and cautions
    ("identifies-as-roma", {"note": "Client identifies as Roma and asked for an interpreter."},
     "racial_ethnic_origin"),
    ("irish-travellers", {"note": "Family are Irish Travellers, moved sites twice this year."},
     "racial_ethnic_origin"),
    ("spent-caution", {"note": "Candidate has a spent caution for shoplifting (2015)."},
     "criminal_record"),
    ("angezeigt", {"note": "Wurde wegen Ladendiebstahls angezeigt, Verfahren eingestellt."},
     "criminal_record"),
    # "none" under a special category's key is a statement about the person
    ("convictions-none", {"visa": {"criminal_convictions": "None"}}, "criminal_record"),
    ("medikamente-keine", {"patient": {"medikamente": "keine"}}, "health"),
    # injuries and treatments in claims, conditions as adjectives
    ("schleudertrauma", {"claim": {"cause": "Schleudertrauma nach Auffahrunfall"}}, "health"),
    ("root-canal", {"claim": {"type": "dental", "procedure": "root canal, tooth 36"}},
     "health"),
    ("dyspraxique", {"student": {"notes": "Élève dyspraxique, ordinateur autorisé aux "
                                          "examens."}}, "health"),
    ("epileptique", {"note": "épileptique, traitement par Dépakine"}, "health"),
    ("positivo-covid", {"note": "Ha dado positivo en COVID y está aislado en casa."},
     "health"),
    ("has-type-1", {"comment": "my son has type 1 so we need the fridge in the room"},
     "health"),
    ("hla-typing", {"sample": {"donor": "D-9", "hla_typing": {"A": ["02:01", "24:02"],
                                                              "B": ["07:02", "44:02"]}}},
     "genetic"),
    # a message's sender by first name, and a sender's full name
    ("message-from-first-name", {"messages": [{"from": "Jonas", "text": "Bin heute krank."}]},
     "person_name"),
    ("message-from-full-name", {"message": {"from": "Jonas Weber", "text": "ok"}},
     "person_name"),
    ("on-hrt", {"ticket": {"description": "My wife and I are both on HRT, can we get a joint "
                                          "appointment?"}}, "health"),
    # a pupil's support plans
    ("iep", {"student": {"iep": True, "grade": 7}}, "health"),
    ("plan-504", {"student": {"plan_504": "extended time, preferential seating"}}, "health"),
    ("foerderbedarf", {"schueler": {"foerderbedarf": "emotionale und soziale Entwicklung"}},
     "health"),
    # the person a bequest or a gift in memory is about
    ("in-memory-of", {"gift": {"amount": 50, "in_memory_of": "Margaret Holt"}},
     "person_name"),
    ("testator", {"legacy": {"testator": "Peter Shaw", "pledge": "residuary"}},
     "person_name"),
    # a vector under an object whose key names the body part it measures
    ("voice-profile-embedding", {"voice_profile": {"speaker": "spk_22", "embedding": [
        0.0123, -0.2231, 0.1184, 0.0456, -0.0912, 0.3321, 0.0021, -0.1178]}}, "biometric"),
    # abuse aimed at a group does not hide what is said of a person
    ("attacked-for-faith", {"note": "Sie wurde angegriffen, weil sie Muslima ist."},
     "religious_belief"),
    ("harassed-for-orientation", {"note": "She was harassed at work because she is gay."},
     "sex_life_orientation"),
    # the owner's data in a vet's record is still a person's
    ("vet-owner-name", _VET_VISIT, "person_name"),
    ("vet-owner-health", {**_VET_VISIT, "owner": {"fullName": "Lukas Winkler",
                                                   "allergies": "penicillin"}}, "health"),
    ("human-species", {"patient": {"name": "Ann Lee", "species": "human",
                                   "birthDate": "1985-12-12", "diagnosis": "asthma"}},
     "health"),
    # a family tree's birth event
    ("birth-event", {"persons": [{"name": {"given": "Óscar", "surname": "El Amrani"},
                                  "birth": {"date": "1927-02-10", "place": "Málaga"}}]},
     "date_of_birth"),
    # the name a patient goes by
    ("preferred-name", {"patient": {"preferredName": "Lukas"}}, "person_name"),
    # a form service's answers, judged by their fields' titles
    ("form-response-origin", _FORM_RESPONSE, "racial_ethnic_origin"),
    ("form-response-union", _FORM_RESPONSE, "trade_union"),
    # a mailbox's message whose labels are tags, not a form's
    ("mail-labels-criminal", _GMAIL_MESSAGE, "criminal_record"),
    ("mail-labels-union", _GMAIL_MESSAGE, "trade_union"),
    # leaving a union, campaigning for a party, standing for one, an open relationship
    ("left-union-fr", {"text": "Il a quitté la CFE-CGC."}, "trade_union"),
    ("left-union-de", {"text": "Er ist aus der IG Metall ausgetreten."}, "trade_union"),
    ("campaigns-for", {"text": "She campaigns for Plaid Cymru every election."},
     "political_opinion"),
    ("kandidiert", {"text": "Sie kandidiert für Die Linke bei der Kommunalwahl."},
     "political_opinion"),
    ("open-relationship", {"text": "wir führen eine offene beziehung"},
     "sex_life_orientation"),
    # an iris template written into a note
    ("iris-code-text", {"Body": "Appel avec Gaëtan : Code iris (œil gauche) : 79d75abdfc506"
                                "68fd84c554c27349ed56fb96c6345a090c9f23455fbc4b7d1ea"},
     "biometric"),
    # parties' youth wings and polling agents, leaning towards a party, leaving one
    ("jusos", {"notes": "Sie ist Schatzmeisterin bei den Jusos."}, "political_opinion"),
    ("interventora", {"comment": "Es interventora del BNG en las elecciones."},
     "political_opinion"),
    ("tendiert", {"notes": "Unentschlossen, tendiert zu Volt."}, "political_opinion"),
    ("left-party", {"notes": "He left the Labour Party in 2019."}, "political_opinion"),
    ("vote-ecolo", {"comment": "J'ai voté écolo aux dernières élections."},
     "political_opinion"),
    # descent, a people, the only brown kid
    ("ascendencia", {"caseNote": "Es de ascendencia china."}, "racial_ethnic_origin"),
    ("they-are-uyghur", {"note": "They are Uyghur and left the region years ago."},
     "racial_ethnic_origin"),
    ("only-brown-kid", {"self": "being the only brown kid in my class wasn't easy"},
     "racial_ethnic_origin"),
    # time served, a driving ban, a bail hearing
    ("served-months", {"Body": "Served eighteen months for possession with intent."},
     "criminal_record"),
    ("cumplio", {"msg": "cumplió tres años por robo con fuerza."}, "criminal_record"),
    ("driving-ban", {"text": "Conviction: driving with excess alcohol, fined and banned."},
     "criminal_record"),
    # unprotected sex, a stated heterosexuality; not in a union; a stretcher on a flight
    ("rapport-non-protege", {"c": "Rapport non protégé avec un nouveau partenaire."},
     "sex_life_orientation"),
    ("hetero", {"Body": "Rappel. Il est hétéro."}, "sex_life_orientation"),
    ("not-in-a-union", {"c": "He's not in a union and doesn't want to join one."},
     "trade_union"),
    ("elu-fo", {"Body": "Il est élu FO au CSE."}, "trade_union"),
    ("stretcher", {"freeText": "STRETCHER CASE, MEDICAL ESCORT ON BOARD"}, "health"),
    # a typed fact (a family tree's GEDCOM events), a cause of death
    ("gedcom-religion", {"person": {"name": "Sophie Zimmermann"}, "events": [
        {"type": "RELI", "value": "alevitisch"}]}, "religious_belief"),
    ("gedcom-cause", {"person": {"name": "Sophie Zimmermann"}, "events": [
        {"type": "DEAT_CAUSE", "value": "Herzversagen"}]}, "health"),
    ("cause-of-death", {"deceased": {"FullName": "Hugo Labbé", "causeOfDeath": "AVC"}},
     "health"),
    # what a player writes in a game's chat still counts
    ("game-chat-origin", {"player": "z883", "chatExcerpt": [
        {"msg": "herkunft: Roma, speaks Romani at home"}]}, "racial_ethnic_origin"),
    # more of people's own words
    ("extrait-casier", {"s": "Extrait de casier, bulletin n°3 : néant."}, "criminal_record"),
    ("afroecuatoriana", {"s": "Pertenece a la comunidad afroecuatoriana."},
     "racial_ethnic_origin"),
    ("armario", {"s": "Desde que salí del armario con mis padres todo es más fácil."},
     "sex_life_orientation"),
    ("adventista", {"s": "Guarda el sábado como adventista."}, "religious_belief"),
    ("casher", {"s": "On mange casher à la maison."}, "religious_belief"),
    ("fsu", {"s": "Adhérente de la FSU depuis son premier poste."}, "trade_union"),
    ("generation-s", {"s": "Adhérent de Génération.s depuis le début."}, "political_opinion"),
    ("done-pp", {"s": "Doné cincuenta euros a la campaña del PP."}, "political_opinion"),
    ("knie-op", {"s": "Nach der Knie-OP darf er nur leicht trainieren."}, "health"),
    ("penicillinallergie", {"requirements": "Penicillinallergie, Hautausschlag.",
                            "visitor": {"name": "Jana Weber"}}, "health"),
    ("dni-good-letter", {"documento": {"tipo": "DNI", "numero": "12345678Z"}},
     "national_id"),
    # someone's own story with the same words
    ("own-symptoms", {"t": "I have had asthma since 2019, symptoms include a dry cough."},
     "health"),
    ("own-price", {"t": "He takes ibuprofen 400 mg for his back, it cost him $5."},
     "health"),
    ("voted-psoe", {"t": "Voté al PSOE en las generales."}, "political_opinion"),
    ("allergic-self", {"t": "Ich bin Allergiker und brauche Bettwäsche ohne Daunen."},
     "health"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    # abuse aimed at a group: a moderation queue's reasons are about no one's faith or origin
    ("hate-at-muslims", {"moderation": {"reason": "hate speech targeting Muslims"}},
     "religious_belief"),
    ("hetze-gegen-juden", {"moderation": {"reason": "Hetze gegen Muslime und Juden"}},
     "religious_belief"),
    ("propos-contre-musulmans", {"moderation": {"reason": "propos haineux contre les "
                                                          "musulmans"}}, "religious_belief"),
    ("slur-against-roma", {"moderation": {"reason": "Slur against Roma people"}},
     "racial_ethnic_origin"),
    ("abuse-against-gay-people", {"note": "He posted abuse against gay people after being "
                                          "banned."}, "sex_life_orientation"),
    ("product-embedding", {"product": {"sku": "A1", "embedding": [
        0.0123, -0.2231, 0.1184, 0.0456, -0.0912, 0.3321, 0.0021, -0.1178]}}, "biometric"),
    # a body's name, a study's title: about no one
    ("charity-name", {"charity": {"name": "Catholic Children's Society", "city": "London"}},
     "religious_belief"),
    ("centre-name", {"org": {"name": "Jewish Community Centre", "city": "Leeds"}},
     "religious_belief"),
    ("study-title", {"research": {"study": "Effect of metformin on aging", "phase": "II"}},
     "health"),
    ("conditions-studied", {"biobank": {"samples": 12000,
                                        "conditions_studied": ["diabetes", "asthma"]}},
     "health"),
    # `from` that is a side, a place, an account or a date
    ("from-agent", {"message": {"from": "agent", "text": "Ticket closed."}}, "person_name"),
    ("from-city", {"flight": {"from": "Frankfurt", "to": "Madrid"}}, "person_name"),
    ("from-station", {"route": {"from": "Victoria Station", "to": "Gatwick Airport"}},
     "person_name"),
    ("from-account", {"transfer": {"from": "Main Account", "to": "Savings"}}, "person_name"),
    # "angezeigt" is also "displayed"
    ("angezeigt-displayed", {"ui": {"hint": "Die Meldung wird wegen eines Timeouts "
                                            "angezeigt."}}, "criminal_record"),
    # "none" under a need's key is no need at all
    ("special-needs-none", {"student": {"special_needs": "none"}}, "health"),
    # a record's name that is a document's or a process's
    ("grant-application", {"fields": {"Name": "Grant Application", "Status": "Open"}},
     "person_name"),
    # a pet's birth date, diagnosis and name are no person's
    ("vet-dob", _VET_VISIT, "date_of_birth"),
    ("vet-health", _VET_VISIT, "health"),
    ("vet-pet-name", {"patient": {"name": "Tofu", "species": "feline"}}, "person_name"),
    # an answer whose type is not a name (an object, a list): nothing to read, no error
    ("odd-answer-type", {"definition": {"fields": [
        {"id": "a", "title": "Are you a union member?"}]}, "answers": [
        {"field": {"id": "a"}, "type": {"x": 1}, "boolean": True},
        {"field": {"id": ["a"]}, "type": ["boolean"]}]}, "trade_union"),
    # a form response's token is its id
    ("form-token", _FORM_RESPONSE, "credential"),
    # a drug's monograph and a clinic's own page are about no one
    ("monograph", {"monograph": {"name": "Sertraline",
                                 "indications": "depression, panic disorder",
                                 "pregnancy": "use only if clearly needed"}}, "health"),
    ("clinic-page", {"service": "Harbour Sexual Health",
                     "openingTimes": [{"day": "Mon", "open": "09:00", "close": "17:00"}],
                     "services": ["HIV testing", "PrEP", "STI screening"]}, "health"),
    # an umbrella left at a party's office, a nurse volunteering, a way straight ahead, a
    # certificate's fingerprint
    ("left-umbrella", {"notes": "I left my umbrella at the Labour office."},
     "political_opinion"),
    ("rn-volunteered", {"notes": "The RN volunteered for the night shift."},
     "political_opinion"),
    ("straight-ahead", {"notes": "Go straight ahead, then left at the union building."},
     "sex_life_orientation"),
    ("tls-fingerprint", {"notes": "TLS certificate fingerprint: 5E7A9C0D4B3F2A1E8D7C6B5A4F3E"
                                  "2D1C0B9A8F7E"}, "biometric"),
    # statistics, an epidemic, a condition's symptoms: about no one
    ("statistic-de", {"d": "Laut Statistik haben rund sieben Prozent der Erwachsenen "
                           "Diabetes."}, "health"),
    ("statistic-en", {"d": "Diabetes affects about one in eleven adults worldwide."},
     "health"),
    ("symptoms-fr", {"d": "Les symptômes de l'asthme comprennent une toux sèche."},
     "health"),
    ("epidemic-fr", {"d": "L'épidémie de grippe a atteint son pic en janvier."}, "health"),
    # a pharmacy's offer, hypoallergenic bedding
    ("priced-drug", {"msg": "Ibuprofen 200 mg tablets, pack of 24, now 3.49."}, "health"),
    ("allergy-bedding", {"msg": "Allergiker-Bettwäsche auf Anfrage an der Rezeption."},
     "health"),
    # a party in the news, a privacy notice in Spanish, a country's entry requirements
    ("party-news", {"d": "El PSOE presenta hoy su programa electoral."},
     "political_opinion"),
    ("notice-es", {"t": "No recogemos datos de salud, origen étnico, opiniones políticas, "
                        "convicciones religiosas ni afiliación sindical."}, "trade_union"),
    ("entry-requirements", {"requirements": [
        "Bei Vorstrafen kann die Einreise verweigert werden.",
        "Der Reisepass muss noch sechs Monate gültig sein."]}, "criminal_record"),
    # a technology's name is no one's template
    ("biometric-passport", {"note": "Le passeport biométrique est délivré depuis 2009."},
     "biometric"),
    ("face-recognition-debate", {"d": "Der Bundestag debattiert über Gesichtserkennung an "
                                      "Bahnhöfen."}, "biometric"),
    # a game character's race
    ("game-character-race", {"player": "z883", "character": {"race": "Elf", "level": 5}},
     "racial_ethnic_origin"),
    # a DNI with the wrong check letter under its document type
    ("dni-bad-letter", {"documento": {"tipo": "DNI", "numero": "31215206M"}}, "national_id"),
    # a game item's typed value
    ("typed-game-health", {"items": [{"type": "health", "value": 87}]}, "health"),
    # a lane on the left is no party
    ("linke-spur", {"text": "Die linke Spur ist wegen Bauarbeiten gesperrt."},
     "political_opinion"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_records() -> None:
    python, auto = Scanner(engine="python"), Scanner()
    for _, doc, _ in (*FOUND, *NOT_FOUND):
        assert kinds(python.scan_value(doc)) == kinds(auto.scan_value(doc)), doc
