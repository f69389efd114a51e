"""What charities, campaigns, unions, faith communities and support services send: party
memberships, voter files, phone banks, worship check-ins, brotherhoods and chaplaincies,
prayer requests, shelters' and helplines' notes, DBS checks, union posts and registries, and
the pages, calls for projects, manifestos, timetables and forms that are about no one."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # political opinion: a party's membership renewal, a voter file's score, a phone bank's
    # answers, an asylum claim's basis
    ("party-membership-org", {"membershipNumber": "L881066",
                              "organisation": "Scottish National Party",
                              "member": {"firstName": "Shanice", "lastName": "Adeyemi"}},
     "political_opinion"),
    ("partisan-score", {"vb.vf_party": "Unaffiliated", "ts.tsmart_partisan_score": 64.4},
     "political_opinion"),
    ("phonebank-answered", {"campaign": "GOTV Phonebank - Maricopa",
                            "contact": {"name": "Declan Fraser"},
                            "survey": {"Q2 Support": "2 - Lean Support"}},
     "political_opinion"),
    ("opposition-party", {"basisOfClaim": "Member of opposition party, detained after "
                                          "protests"}, "political_opinion"),
    # religious belief: a worship check-in, a face-recognised attendee, a brotherhood, a
    # chaplaincy's baptism, a prayer request, having one's baptism struck out
    ("kids-church-checkin", {"event": {"name": "Sunday 10:30 Kids Church"},
                             "person": {"first_name": "Rosa"}}, "religious_belief"),
    ("mass-attendance", {"service": "Sunday 9am Mass", "recognised": {"name": "Luis Abbott"}},
     "religious_belief"),
    ("hermandad", {"hermandad": "Cofradía del Santo Entierro", "numero_hermano": 5746},
     "religious_belief"),
    ("baptise-demande", {"aumonerie": "Aumônerie Lyon 3e", "baptise": "non, demande en cours"},
     "religious_belief"),
    ("prayer-request", {"request": "Please pray for my brother, he is in hospital."},
     "religious_belief"),
    ("debaptiser", {"récit": "Je me suis fait débaptiser l'an dernier."}, "religious_belief"),
    # biometric: the embedding a recognition system matched, with its score
    ("recognised-embedding", {"recognised": {"name": "Luis Abbott", "similarity": 0.83,
                                             "embedding": [0.1369, -0.1562, 0.0837, -0.1942,
                                                           -0.1081, 0.2056, -0.2411, 0.1134,
                                                           0.0276, -0.0671, 0.1259, 0.1456]}},
     "biometric"),
    ("iris-code-distribution", {"distribution": {"site": "Kampala", "round": 11},
                                "biometrics": {"modality": "iris", "eye": "right",
                                               "irisCode": "SUlSAH7LsxFplMxVr1CxaVoQWF0CBV"
                                                           "SkOD5z71Fz45+G8qiPpgLop5T6jQ"}},
     "biometric"),
    # health: a check-in's medical notes beside a form's printed label, injuries recorded
    # by a shelter, suicidality assessed, conditions and recoveries said in passing
    ("medical-notes-label-printed", {"person": {"first_name": "Rosa",
                                                "medical_notes": "ADHD"},
                                     "label_printed": True}, "health"),
    ("verletzungen", {"verletzungen": "keine sichtbaren Verletzungen"}, "health"),
    ("suizidalitaet", {"suizidalitaet": "verneint"}, "health"),
    ("ist-dement", {"Bemerkung": "Meine Mutter ist dement."}, "health"),
    ("born-at-weeks", {"lastSession": "my twins were born at 27 weeks"}, "health"),
    ("forum-topic-slug", {"post": {"username": "quietstorm", "topic_slug": "fatigue-tips",
                                   "raw": "Dad had a stroke last March."}}, "health"),
    # genetic: a family's variant, a German registry's genetics
    ("avons-la-mutation", {"contenu": "Ma soeur et moi avons la mutation HTT."}, "genetic"),
    ("genetik-key", {"Genetik": {"Gen": "SMN1", "Befund": "CTG-Repeat 420"},
                     "Patient": {"Name": "Brandt, Jonas"}}, "genetic"),
    # trade union: a union post stood for
    ("union-rep-election", {"election": "CWU Health and Safety Rep election 2025",
                            "nominee": {"name": "Zainab Abbott"}}, "trade_union"),
    # criminal record: a DBS check, a caution, an offending history, a barred list checked
    ("dbs-clear", {"checks": {"references": "2 received", "dbs": "Enhanced - clear"}},
     "criminal_record"),
    ("got-a-caution", {"journal": "I got a caution in 2011 for possession."},
     "criminal_record"),
    ("offending-history", {"offendingHistory": "No offending history"}, "criminal_record"),
    ("barred-list", {"level": "Enhanced with Children's Barred List",
                     "result": "No information disclosed"}, "criminal_record"),
]

NOT_FOUND = [
    # statistics and calls for projects: about a population
    ("una-de-cada", {"texto": "Una de cada cuatro personas tendrá un problema de salud mental "
                              "a lo largo de su vida."}, "health"),
    ("femmes-par-an", {"corps": "Chaque année, environ 60 000 femmes sont diagnostiquées d'un "
                                "cancer du sein en France."}, "health"),
    ("personas-con", {"lineas": [{"linea": "Personas con discapacidad", "importe": 12000}]},
     "health"),
    # bodies by their names, a venue named after a mosque, a street after a union
    ("asociacion-name", {"entidad": {"denominacion": "Asociación Parkinson Sevilla"},
                         "donante": {"nombre": "Dolores Pascual Martínez"}}, "health"),
    ("verein-ev", {"name": "Förderverein der Evangelischen Kirche Linden e.V.",
                   "sitz": "Köln"}, "religious_belief"),
    ("venue-mosque", [{"nombre": "Encuentro vecinal", "lugar": "Mezquita de Córdoba "
                                                               "(exterior)"}],
     "religious_belief"),
    ("street-sindicato", {"socio": "Iker Cruz García",
                          "domicilio": "Calle del Sindicato 23, 8º A"}, "trade_union"),
    # a manifesto, a church's timetable, a press release, form fields in three languages
    ("manifesto", {"party": "Green Party", "document": "Local Election Manifesto 2025",
                   "chapters": [{"title": "Health", "text": "We will fund mental health "
                                                           "support in every school."}]},
     "political_opinion"),
    ("church-timetable", {"church": "Bethel Baptist Church", "services": [
        {"day": "Sunday", "time": "08:00", "name": "Holy Communion"}]}, "religious_belief"),
    ("pressemitteilung", {"pressemitteilung": {"titel": "Tarifrunde: Warnstreiks",
                                               "text": "Die Gewerkschaft ruft zu Warnstreiks "
                                                       "auf."}}, "trade_union"),
    ("felder-definition", {"felder": [{"name": "führungszeugnis", "typ": "upload",
                                       "hinweis": "Erweitertes Führungszeugnis"}]},
     "criminal_record"),
    ("campos-definition", {"campos": [{"nombre": "certificado_delitos_sexuales",
                                       "tipo": "archivo", "obligatorio": True}]},
     "criminal_record"),
    # a phone bank's unanswered call, a Mass that is a bike ride, an aid round's site
    ("phonebank-left-message", {"campaign": "GOTV Phonebank - Maricopa",
                                "contact": {"name": "Aisha Brennan"},
                                "disposition": "Left Message"}, "political_opinion"),
    ("critical-mass", {"event": {"name": "Critical Mass bike ride"},
                       "attendee": {"name": "Sam"}}, "religious_belief"),
    ("caution-sign", {"sign": "Caution for wet floors near the entrance"}, "criminal_record"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
