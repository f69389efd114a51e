"""What an organisation's HR systems and contact centre send: payroll PAC authorisations and
payroll giving, union election lists, time clocks, signed webhooks, Workday and HubSpot
records, coded EEO answers, messages signed with a given name, passwords typed to a help desk,
and the definitions, catalogues, agreements, notices and statistics that are about no one."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # political opinion: a payroll PAC authorisation, a campaign volunteered for, a gift
    ("pac-earmark", {"pac_authorization": {"employee": "Dana Brooks", "election": {
        "committee": "Acme Employees PAC", "per_pay_period": 10,
        "earmark": "Republican candidates only"}}}, "political_opinion"),
    ("volunteering-campaign", {"description": "I've been volunteering for the Democratic "
                                              "campaign in our county"}, "political_opinion"),
    ("dons-ecologistes", {"body": "J'ai fait deux dons à la campagne des Écologistes."},
     "political_opinion"),
    ("party-key-plural", {"name": "Hugo Bernard", "role": "Conseiller municipal",
                          "party": "Les Écologistes"}, "political_opinion"),
    # trade union: a works-council list named with its word, a member saying so
    ("candidatura-ugt", {"resultados": [{"nombre": "Iñaki Romero",
                                         "candidatura": "Candidatura UGT", "votos": 16}]},
     "trade_union"),
    ("liste-unsa", {"listes": [{"liste": "Liste UNSA", "candidats": [
        {"nom": "Manon Leroy", "titulaire": True}]}]}, "trade_union"),
    ("ich-bin-in-der", {"t": "Kurz zum Hintergrund: ich bin seit 2015 in der NGG."},
     "trade_union"),
    # religious belief: payroll giving to a zakat fund or a parish
    ("giving-zakat", {"giving": {"employee": {"name": "Anna Köhler"},
                                 "charity": "National Zakat Foundation", "amount": 5}},
     "religious_belief"),
    ("giving-kirchgeld", {"giving": {"employee": {"name": "Jonas Weber"},
                                     "charity": "Kirchgeld Ev.-luth. Kirchengemeinde"}},
     "religious_belief"),
    # racial or ethnic origin: German "-stämmig", French "mes origines", English heritage, a
    # coded EEO answer
    ("tuerkischstaemmig", {"comment": "Ehrlich gesagt, ich bin türkischstämmig."},
     "racial_ethnic_origin"),
    ("mes-origines", {"comment": "On me fait des remarques sur mes origines antillaises."},
     "racial_ethnic_origin"),
    ("of-heritage", {"text": "Can someone cover Saturday? I'm of Vietnamese heritage."},
     "racial_ethnic_origin"),
    ("eeoc-race-coded", {"eeoc": {"gender": {"id": 4, "description": "Male"},
                                  "race": {"id": 8, "description": "White"}}},
     "racial_ethnic_origin"),
    # sex life: a domestic partnership said with words between
    ("same-sex-domestic", {"partnership_type": "same-sex domestic partnership"},
     "sex_life_orientation"),
    # criminal record: a French record check's bulletin n°3 as a screening's component
    ("casier-b3", {"order": {"subject": {"name": "Yasmine Perrin"}, "components": [
        {"type": "casier_b3", "result": "néant"}]}}, "criminal_record"),
    # health: payslip lines, a fit note, conditions said in passing or denied
    ("absence-maladie", {"rubriques": [{"code": "2100", "libellé": "Absence maladie"}],
                         "salarié": {"nom": "Antoine Faure"}}, "health"),
    ("prestacion-it", {"concepto": "Prestación IT contingencias comunes"}, "health"),
    ("fit-note", {"document": {"type": "fit_note", "condition": "Lumbago",
                               "fitness": "not fit for work"}}, "health"),
    ("vorerkrankungen", {"t": "Ich habe keine psychischen Vorerkrankungen."}, "health"),
    ("long-term-conditions", {"needs": "I don't have any long-term health conditions"},
     "health"),
    ("post-stroke", {"care_plan_note": "post-stroke, needs help with transfers"}, "health"),
    # credentials: typed to a help desk, a Graph subscription's client state
    ("mot-de-passe-c-etait", {"body": "mon mot de passe c'était Pimienta32$Hv si ça aide"},
     "credential"),
    ("temp-password", {"work_notes": "Reset AD password, temp password Dragon19?qi"},
     "credential"),
    ("contrasena-temporal", {"work_notes": "Contraseña AD reseteada, temporal: Winter34$Ta"},
     "credential"),
    ("graph-client-state", {"value": [{"changeType": "created",
                                       "clientState": "1581ef4be8a11cf42c32768fa2ffcb42"}]},
     "credential"),
    # names: Workday's worker, HubSpot's changed property, Twilio's conversation, a sign-off
    ("workday-worker", {"Worker_Data": {"Worker_ID": "W138591", "Worker_Name": "Megan Chen"}},
     "person_name"),
    ("hubspot-firstname", {"propertyName": "firstname", "propertyValue": "Zoe"},
     "person_name"),
    ("twilio-friendly-name", {"friendly_name": "Claire Ahmed", "messages": [
        {"to": "(601) 597-0676", "body": "Reply C to confirm"}]}, "person_name"),
    ("signed-after-blank", {"body": "Hi there,\n\nWhy is there a late fee?\n\nClaire"},
     "person_name"),
    ("signed-after-closing", {"body": "Bonjour,\nJe ne reçois jamais le code.\n"
                                      "Cordialement,\nYanis"}, "person_name"),
    ("signed-sms-dash", {"Body": "Je dois déplacer mon rendez-vous de mercredi. - Nicolas"},
     "person_name"),
    # addresses, IPs, birth dates
    ("us-address-any-street", {"location": "Flat 1, 53 Harbour View, Portland, OR 97205"},
     "postal_address"),
    ("relay-ip", {"Received": "from mail.example.net (81.12.44.9) by mxa.mailgun.org"},
     "ip_address"),
    ("dob-c-est-le", {"Content": "Ma date de naissance c'est le 14 juin 1970"},
     "date_of_birth"),
]

NOT_FOUND = [
    # definitions: a survey's question with its options, a chatbot's training phrases
    ("question-definition", {"questions": [{"key": "syndicat", "text": "Souhaitez-vous être "
                                            "contacté par un représentant syndical ?",
                                            "type": "single_choice",
                                            "options": ["Oui", "Non"]}]}, "trade_union"),
    ("intent-training", {"intents": [{"name": "sick_leave_policy", "training_phrases": [
        "how many sick days do I get", "wie melde ich mich krank"]}]}, "health"),
    # catalogues: leave types, wage types, a pipeline's stages, a help desk's tags
    ("leave-types", {"leave_types": [{"code": "LT03", "name": "Union duties", "paid": False},
                                     {"code": "LT02", "name": "Religious observance"}]},
     "trade_union"),
    ("lohnarten", {"lohnarten": [{"nr": "7310", "text": "Gewerkschaftsbeitrag"},
                                 {"nr": "/404", "text": "Kirchensteuer"}]}, "trade_union"),
    ("pipeline-stages", {"stages": [{"order": 3, "name": "Führungszeugnis", "sla_days": 6}]},
     "criminal_record"),
    ("tag-taxonomy", ["accessibility", "billing", "criminal-record-check-faq", "delivery",
                      "genetic-testing-benefit", "refund", "union-query"], "genetic"),
    # agreements, notices, statistics: about no one
    ("betriebsvereinbarung", "Betriebsvereinbarung über Zeiterfassung\n\n§ 1 Geltungsbereich: "
                             "alle Beschäftigten.\n§ 4 Gewerkschaftliche Rechte: Die Rechte "
                             "der Gewerkschaften bleiben unberührt.", "trade_union"),
    ("accord-article", {"accord": "Accord d'entreprise relatif au droit syndical",
                        "article": 14, "texte": "Chaque organisation syndicale dispose d'un "
                                                "crédit de 20 heures par mois.",
                        "signataires": ["CFDT", "CGT"]}, "trade_union"),
    ("privacy-notice", {"versions": [{"v": "4.0", "text": "We process health data only to "
                                      "manage sickness absence. Genetic test results are "
                                      "never requested."}]}, "genetic"),
    ("gesundheitsdaten-notice", {"text": "Gesundheitsdaten verarbeiten wir nur zur Abwicklung "
                                         "von Arbeitsunfähigkeit. Genetische Daten werden "
                                         "nicht erhoben."}, "genetic"),
    ("reasons-breakdown", {"sick_leave_rate_pct": {"Customer Care": 3.64, "Finance": 2.16},
                           "top_reasons_share": {"musculoskeletal": 0.31,
                                                 "mental health": 0.24}}, "health"),
    # a declined answer, a genetic counsellor's role, a time clock's user number, a nonce
    ("declined-conviction", {"questions": [{"id": "convictions", "text": "Have you been "
                                            "convicted of a criminal offence?",
                                            "answer": "Decline To Self Identify"}]},
     "criminal_record"),
    ("asesor-genetico", {"body": "Gracias, un asesor genético te contactará."}, "genetic"),
    ("time-clock-pin", {"users": [{"pin": "4537", "name": "Rebecca Hughes", "privilege": 0,
                                   "fp": [{"fid": 5, "valid": 1}]}]}, "credential"),
    ("mailgun-token", {"timestamp": "1712395170",
                       "token": "a6cf52c5dd6825f1b9c8c061b7584c40358ef60b6cd1396ec5",
                       "signature": "d2abf7a6c7c12f89a508996c271a0838bb7fa3834be4b3a8908eb58"
                                    "af88ee22f"}, "credential"),
    # a gerund before a year, an IP in brackets, a password reset said in words
    ("mentoring-year", {"programme": "Reach Mentoring 2025"}, "postal_address"),
    ("relay-ip-no-phone", {"Received": "from mail.example.net (31.183.138.32)"}, "phone"),
    ("password-was-reset", {"t": "my password was reset yesterday"}, "credential"),
    # a signature that is a word, a release's month
    ("signed-with-word", {"msg": "Meeting moved to room 4 - Grace"}, "person_name"),
    ("release-notes-month", {"body": "Release notes:\n\n- Fixed login\n\nApril"},
     "person_name"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
