"""What consumer services send (travel, mobility, telecoms, tenancy, fitness, dating, life
events, marketplaces) and the everyday shapes around them: callers who say who they are, local
numbers, voter files' party letters, leave balances, registers of unions, and leaflets that
are about no one."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # a caller who greets and says who they are, in four languages
    ("hello-this-is", {"msg": "Hello, this is Maria from accounts. Call me back."},
     "person_name"),
    ("hallo-hier-ist", {"msg": "Hallo, hier ist Jonas, ich rufe wegen meiner Bestellung an"},
     "person_name"),
    ("bonjour-c-est", {"msg": "Bonjour, c'est Camille, je vous appelle pour ma commande"},
     "person_name"),
    ("hola-soy", {"msg": "Hola, soy Lucía, llamo por mi pedido"}, "person_name"),
    # a North American local number that the text calls one
    ("call-local-number", {"contact": "Call 555-0143 after 6pm"}, "phone"),
    # a voter file's party of registration, as a letter or a name
    ("vf-party-letter", {"name": "Ann Lee", "vb": {"vf_party": "D"}}, "political_opinion"),
    ("party-code-rep", {"name": "Ann Lee", "party_code": "REP"}, "political_opinion"),
    ("registered-party", {"registered_party": "Democratic"}, "political_opinion"),
    # a member's union named under the membership stays that member's union
    ("member-union-name", {"member": {"first_name": "Ann", "last_name": "Lee",
                                      "affiliation": {"name": "Syndicat CGT Métallurgie"}}},
     "trade_union"),
    # a sick leave taken, with its reason
    ("sick-leave-reason", {"employee_id": "E123",
                           "sick_leave": {"from": "2024-01-02", "reason": "flu"}}, "health"),
    # a health questionnaire's answers, one condition a key (PAR-Q, a tour's intake)
    ("parq-answers", {"answers": {"heart_condition": "yes", "chest_pain": "no",
                                  "dizziness": "no"}, "member_id": "M123"}, "health"),
    ("patient-conditions-map", {"patient": {"name": "Ann Lee",
                                            "conditions": {"asthma": True, "diabetes": False}}},
     "health"),
    ("parq-one-answer", {"parq": {"q1_heart_condition": "no"}}, "health"),
    # a wearable's daily summary of one user, averages included
    ("wearable-averages", {"wearable": {"user_id": "u1", "hrv_ms": 42, "spo2_avg": 96}},
     "health"),
    ("resting-hr", {"wearable": {"user_id": "u1", "hr_resting": 58}}, "health"),
    # senses said with a contraction, in Spanish, or by a guide dog
    ("im-blind", {"note": "I'm blind, please call when you arrive"}, "health"),
    ("soy-sorda", {"note": "Soy sorda, escríbame"}, "health"),
    ("blind-traveller", {"review": {"text": "Driver refused my guide dog. As a blind "
                                            "traveller this happens too often."}}, "health"),
    # a dentist's booking reason, an optician's prescription
    ("root-canal", {"dentist": {"patient": "Ann Lee", "reason": "root canal"}}, "health"),
    ("optician-rx", {"optician": {"patient": "Ann Lee",
                                  "rx": {"od_sph": -2.25, "os_sph": -2.0}}}, "health"),
    # a wedding's couple, by name
    ("wedding-couple", {"wedding": {"couple": ["Ann Lee", "Sarah Lee"],
                                    "venue": "St Mary's"}}, "person_name"),
    ("wedding-bride", {"wedding": {"bride": "Ann Lee", "groom": "Tom Baker"}}, "person_name"),
    # a guest's meal that follows a faith
    ("koscheres-essen", {"buchung": {"gast": "Jonas Müller", "wunsch": "koscheres Essen"}},
     "religious_belief"),
    ("kosher-meal-please", {"booking": {"guest": "Ann Lee", "notes": "Kosher meal please"}},
     "religious_belief"),
    # what a dating profile looks for, in four languages
    ("ich-suche", {"profil": {"pseudo": "lena_b", "ich_suche": "Frau",
                              "geschlecht": "Frau"}}, "sex_life_orientation"),
    ("busco", {"perfil": {"alias": "mar", "busco": "mujeres", "sexo": "mujer"}},
     "sex_life_orientation"),
    ("je-cherche", {"profil": {"pseudo": "cam", "je_cherche": "un homme"}},
     "sex_life_orientation"),
    ("show-me", {"profile": {"handle": "sam", "show_me": "women", "gender": "female"}},
     "sex_life_orientation"),
    # a person's origin that names a people
    ("origine-maghrebine", {"profil": {"origine": "Maghrébine", "taille": 170}},
     "racial_ethnic_origin"),
    ("origin-kurdish", {"person": {"origin": "Kurdish"}}, "racial_ethnic_origin"),
    # a gift to a PAC by its name
    ("pac-by-name", {"donation": {"donor": "Ann Lee", "pac": "ActBlue PAC", "amount": 25}},
     "political_opinion"),
    # a traveller's mobility aid, a disabled person's railcard, a German prescription's drug
    ("mobility-wheelchair", {"manifest": [{"guest": "Ann Lee", "cabin": "8124",
                                           "mobility": "wheelchair"}]}, "health"),
    ("special-assistance-wchr", {"passenger": {"name": "Ann Lee",
                                               "special_assistance": "WCHR"}}, "health"),
    ("disabled-railcard", {"concession": {"holder": "Ann Lee",
                                          "type": "Disabled Persons Railcard"}}, "health"),
    ("rezept-praeparat", {"rezept": {"versicherter": "Jonas Müller",
                                     "praeparat": "Ibuprofen 600"}}, "health"),
    # a criminal investigation "en cours contre lui": no class offered against anything
    ("enquete-en-cours-contre", {"note": "une enquête pénale est en cours contre lui pour "
                                         "escroquerie"}, "criminal_record"),
    # the deceased and a baby's parents, by name
    ("funeral-deceased", {"funeral": {"deceased": "Tom Baker", "ceremony": "humanist"}},
     "person_name"),
    ("registry-parents", {"registry": {"parents": ["Ann Lee", "Sarah Lee"]}}, "person_name"),
    # a gym's face template by its French access mode; a club's child and player by name
    ("reconnaissance-faciale", {"adherent": {"nom": "Camille Dupont", "acces": {
        "mode": "reconnaissance faciale",
        "gabarit": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}}}, "biometric"),
    ("anmeldung-kind", {"anmeldung": {"kind": "Mia Schulz", "geburtsdatum": "2015-06-01"}},
     "person_name"),
    ("inscripcion-jugador", {"inscripcion": {"jugador": "Pablo Ruiz"}}, "person_name"),
    # someone's reason for a class, a German birth date given in a chat
    ("yoga-for-her-back", {"note": "She started yoga for back pain after her fall"},
     "health"),
    ("geburtsdatum-ist-der", {"chat": [{"from": "Kunde",
                                        "text": "Mein Geburtsdatum ist der 14.03.1987"}]},
     "date_of_birth"),
    # an iris code by eye (longer than any digest), a palm's signature, a selfie's template
    ("iris-codes-by-eye", {"passportNumber": "G39095363", "irisCodes": {"left": "2e4d810d" * 64}},
     "biometric"),
    ("palm-signature", {"venue": "Arena Nord", "palm_signature": "PV2;BxHBeiwctHkmFcRNyZZpNSM8"
                                                                "Z91jU7dLgFDKw8pPxdHzxVm8AM"},
     "biometric"),
    ("selfie-embedding", {"fullName": "Declan Patel",
                          "selfie_embedding": [0.0501, -0.1039, -0.2163, 0.157, -0.0557,
                                               0.0235, 0.1977, -0.1802]}, "biometric"),
    # a PNR's passport and birth date without the airline's code, its card form of payment
    ("pnr-docs-no-airline", {"ssr": ["DOCS HK1/P/GBR/H20858387/GBR/27DEC81/M/13MAR31/"
                                     "ASHWORTH/TESSA"]}, "passport"),
    ("pnr-docs-dob", {"ssr": ["DOCS HK1/P/GBR/H20858387/GBR/27DEC81/M/13MAR31/ASHWORTH/TESSA"]},
     "date_of_birth"),
    ("pnr-fop-card", {"fop": "FP CCVI4111111111111111/1028"}, "payment_card"),
    # a boarding pass's bar code, a travel document of type P in three languages
    ("bcbp", "M1FAIRBANKS/ETHAN     E7XTW5H LHRBCNIB 7638 265Y019E0229 100", "person_name"),
    ("reisedokument", {"passagiere": [{"nachname": "Brandt", "reisedokument": {
        "type": "P", "number": "CYXJ9KW69", "issuing_country": "DEU"}}]}, "passport"),
    ("document-de-voyage", {"document_de_voyage": {"type": "P", "number": "15LW88458"}},
     "passport"),
    # people by their role to a service: a tenant, a payee, a lead traveller, a courier
    ("tenant-full-name", {"tenant": "Darnell Patel", "unit": "3.6"}, "person_name"),
    ("payee", {"payee": "Océane Girard", "amount": 153.71}, "person_name"),
    ("voyageur-principal", {"booking": "TB-AIMC8THR", "voyageurPrincipal": "Gaëtan Chevalier"},
     "person_name"),
    ("courier-given-name", {"courier": "Friederike", "at": "2023-06-05T23:49:34Z"},
     "person_name"),
    ("auteur-given-name", {"rating": 3, "auteur": "Yanis", "titre": "Notre séjour"},
     "person_name"),
    ("fahrgast", {"tripId": "f68f9ae3", "fahrgast": "Dominik"}, "person_name"),
    ("chat-by", {"messages": [{"by": "bot", "text": "How can we help?"},
                              {"by": "Gareth", "text": "Noted, I have paused it."}]},
     "person_name"),
    ("name-asked-answered", {"transcript": [
        {"speaker": "agent", "text": "Wie ist Ihr vollständiger Name?"},
        {"speaker": "caller", "text": "Lukas Engel"}]}, "person_name"),
    ("obituary-title", {"title": "Diego Gil", "born": "1993-01-12", "died": "2025-05-20"},
     "person_name"),
    ("log-line-json", {"log": "2025-12-12T03:52:34Z DEBUG payment-adapter request body="
                              "{\"holder\":\"Harriet Greenberg\"} trace=8b7e795d"},
     "person_name"),
    # a karyotype, an eye's and an ear's findings, a disability rate
    ("karyotype", {"patientin": "Lena Krüger", "embryos": [{"id": "E1",
                                                            "karyotype": "47,XY,+21"}]},
     "genetic"),
    ("myopie", {"remarques": "Myopie évolutive"}, "health"),
    ("schwerhoerigkeit", {"ergebnis": "mittelgradige Schwerhörigkeit"}, "health"),
    ("invalidite", {"typeDeRéduction": "invalidité (taux 80 %)"}, "health"),
    # a union member by number, a discount's percentage beside it
    ("gewerkschaft-discount", {"e-mail": "cfkfb86@posteo.de", "gewerkschaft": "ver.di",
                               "mitgliedsnummer": "DC9A3AB8", "discount_pct": 20},
     "trade_union"),
    # motoring convictions declared, a party in a profile's politics, a number to text
    ("verkehrsstrafen", {"name": "Bastian Vogt", "verkehrsstrafen_letzte_5_jahre": "Keine"},
     "criminal_record"),
    ("politique-renaissance", {"pseudo": "Manon", "politique": "Renaissance"},
     "political_opinion"),
    ("text-me-on", [{"from": "a", "text": "Text me on 07946 890 897"}], "phone"),
    # addresses: a street with an apostrophe, a German street by its preposition
    ("queens-parade", {"body": "The viewing is confirmed. 84 Queen's Parade, Denver, CO 80203"},
     "postal_address"),
    ("am-markt", {"service_location": "Am Markt 35, 01067 Dresden"}, "postal_address"),
    ("origine-afro-caribeenne", {"client": {"nom": "Inès Petit",
                                            "origine": "afro-caribéenne"}},
     "racial_ethnic_origin"),
    # a carrier named in a note that mentions a leaflet
    ("leaflet-and-carrier", {"note": "Patient information leaflet given. Patient is a BRCA1 "
                                     "carrier."}, "genetic"),
]

NOT_FOUND = [
    # a city, a word and a department are not people who introduce themselves
    ("hello-this-is-paris", {"msg": "Hello, this is Paris calling"}, "person_name"),
    ("hi-its-support", {"msg": "Hi, it's Support here, your ticket was updated"},
     "person_name"),
    # seven digits that no one called a phone number
    ("ticket-seven-digits", {"note": "ticket 555-0143 closed"}, "phone"),
    # a group booking's code
    ("booking-party-code", {"booking": {"party_code": "GRP-22", "party_size": 4}},
     "political_opinion"),
    # what an entitlement leaves is no one's health
    ("sick-leave-balance", {"employee_id": "E123", "sick_leave_balance": 5.5,
                            "vacation_balance": 12}, "health"),
    # a register of associations lists unions by name: no one's membership
    ("union-register", {"associations": [{"titre": "UNION LOCALE CGT DE VIERZON",
                                          "rna": "W181000123",
                                          "objet": "défense des intérêts des salariés"}]},
     "trade_union"),
    # a plan's cover of conditions, a product for people with one
    ("plan-covers-conditions", {"plan": {"covers": {"asthma": True, "diabetes": True}}},
     "health"),
    ("product-for-diabetes", {"product": {"name": "Sugar-free jam", "diabetes": True}},
     "health"),
    # a treatment on a price list
    ("root-canal-price", {"services": [{"name": "Root canal treatment", "price": 450}]},
     "health"),
    # a page of results shown, a customer's channel, a request's origin
    ("show-me-more", {"ui": {"show_me": "more", "sort": "new"}}, "sex_life_orientation"),
    ("origin-web", {"customer": {"name": "Ann Lee", "origin": "web"}},
     "racial_ethnic_origin"),
    # a city's mobility, a scooter operator's object, a pharmacy's catalogue
    ("mobility-e-scooter", {"city": {"mobility": "e-scooter", "modal_split": 0.3}}, "health"),
    ("mobility-object", {"mobility": {"provider": "Lime", "vehicle": "scooter",
                                      "notes": "blind corner"}}, "health"),
    ("katalog-praeparat", {"katalog": [{"praeparat": "Ibuprofen 600", "preis": 4.99}]},
     "health"),
    # a class offered for a condition; a screen's mode beside a theme's template; a
    # Kubernetes object's kind
    ("yoga-class", {"class": {"name": "Yoga for back pain", "capacity": 20}}, "health"),
    ("settings-mode", {"settings": {"mode": "dark", "template": "AAECAwQFBgcICQoLDA0ODxAREh"
                                                                "MUFRYXGBkaGxwdHh8="}},
     "biometric"),
    ("k8s-kind", {"resource": {"kind": "Pod", "name": "Jonas"}}, "person_name"),
    # a dating app's setting; a gym's coaches by their role; a tour of religious sites
    ("show-me-online", {"user": "6d393ddd", "age_range": [22, 35], "show_me_online": True},
     "sex_life_orientation"),
    ("coach-b", {"classes": [{"class": "Pilates", "coach": "Coach B", "spots": 10}]},
     "person_name"),
    ("religious-sites-tour", {"booking": "TB-D5BN8BT9", "tour": "Religious sites of Rome",
                              "participants": 4}, "religious_belief"),
    # restaurants for a faith's diet, a declined answer in French, a strike fund
    ("halal-restaurants", {"body": "Restaurants halal et casher à proximité."},
     "religious_belief"),
    ("prefere-ne-pas-repondre", {"respondent": "f88", "religion": "Préfère ne pas répondre"},
     "religious_belief"),
    ("strike-fund", {"campaign": "Caisse de grève CGT \u2013 adhérents",
                     "donateur": "Yanis Lemaire", "montant": 96}, "political_opinion"),
    # a community's rules, a site's policy under `politik`, a hash under a body's key
    ("community-rule", {"text": "Ne demandez pas aux membres leur religion, leur santé ou "
                                "leurs opinions politiques."}, "political_opinion"),
    ("politik-policy", {"site": {"politik": "Die Datenschutzrichtlinie"}}, "political_opinion"),
    ("cert-sha256", {"certs": {"sha256": "2e4d810dfc2f5ff623e236e2a2bc1dffb27f047a5c926e1e0cc"
                                         "879aba157f708"}}, "biometric"),
    # a number port's authorisation code
    ("porting-pac", {"porting": {"msisdn": "07700 900123", "donor": "EE", "pac": "ABC123456",
                                 "account_holder": "Ann Lee"}}, "political_opinion"),
    # a leaflet for everyone and a test's panel of genes
    ("information-leaflet", {"panel": "Hereditary conditions - community information leaflet",
                             "genes": [{"symbol": "BRCA1", "chrom": "17"}]}, "genetic"),
    ("panel-tests-genes", {"description": "This hereditary cancer panel tests 30 genes "
                                          "including BRCA1 and BRCA2."}, "genetic"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
