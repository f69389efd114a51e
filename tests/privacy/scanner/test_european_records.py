"""Records of German, French and Spanish organisations whose APIs speak their own language:
people named under their role (`mitarbeiter`, `salarié`, `interno`), log lines with the
person as a field, templates named in French and Spanish, canvassing, prisons and courts,
a laboratory's genetic findings, and the statistics, offers and laws that are about no one."""

from __future__ import annotations

import random

from tests.privacy.scanner.cases import case_tests

_RNG = random.Random(18)
_VECTOR = [round(_RNG.uniform(-0.2, 0.2), 6) for _ in range(64)]

FOUND = [
    # a person named under their role, in German, French and Spanish records
    ("mitarbeiter", {"mitarbeiter": "Karl-Heinz Kowalski", "abteilung": "Pflege"},
     "person_name"),
    ("empfaenger", {"empfaenger": "Annegret Lehmann", "status": "zugestellt"}, "person_name"),
    ("vertragspartner", {"vertragspartner": "Matthias Lehmann", "abschlag": 117.28},
     "person_name"),
    ("convive", {"convive": "Chantal Perrin", "badge": "BD48043"}, "person_name"),
    ("personne-suivie", {"personne_suivie": "Mamadou Morel"}, "person_name"),
    ("interno-surname-first", {"interno": "HERRERA IGLESIAS Yolanda", "nis": "868912"},
     "person_name"),
    ("participante", {"participante": "Rafael Sánchez Aguirre", "programa": "Promociona"},
     "person_name"),
    ("candidats-list", {"candidats": [{"rang": 1, "nom": "GIRARD, Sophie"}]}, "person_name"),
    ("detenido-nombre", {"detenido": {"nombre": "Noelia Etxeberria Navarro"}},
     "person_name"),
    ("anzeigename", {"patient": {"anzeigename": "Uwe Kowalski"}}, "person_name"),
    # a log line's field holding a person, surname first or quoted
    ("log-person", "2024-10-13T01:57:23Z VERMERK person=NOWAK Svenja text=Eintrag",
     "person_name"),
    ("log-mis-en-cause", ["2024-01-07T20:40:16Z PV mis_en_cause=LEMAIRE Loïc motif=SPIP"],
     "person_name"),
    ("log-user-quoted", "ts=2024-10-13 user=\"Svenja Nowak\" action=login", "person_name"),
    # a French CSV export: `NOM` beside `PRENOM` is the surname; CIM-10 is ICD-10
    ("csv-nom-prenom", {"contenu": "NOM;PRENOM;DDN\nHADDAD;Jérôme;27/10/1971\n"},
     "person_name"),
    ("cim10-column", {"contenu": "NOM;PRENOM;CIM10\nHADDAD;Jérôme;F41.0\n"}, "health"),
    # templates named in French, Spanish and German, beside what measured them
    ("gabarit-visage", {"evenement": "enrolement", "gabarit_visage": _VECTOR}, "biometric"),
    ("vector-facial", {"evento": "alta_facial", "vectorFacial": _VECTOR}, "biometric"),
    ("gesichts-template", {"gesichtsTemplate": _VECTOR}, "biometric"),
    ("merkmalsvektor", {"ereignis": "gesicht_erkannt", "merkmalsvektor": _VECTOR},
     "biometric"),
    ("plantilla-palma", {"identificacion": {"metodo": "venas de la palma",
                                            "plantilla": "UFZQAa+yAis3H6Y/VhW/Y4Hu+sVB3R+ISKk"
                                                         "dJJ2Bqjb1K/K4ltf7UXazuz59Va3hAj1"}},
     "biometric"),
    # canvassing: a campaign for an election, its visits; a support level; party agents
    ("kampagne-besuche", {"kampagne": "Kommunalwahl", "besuche": [
        {"adresse": "Wiesenstraße 105", "unterstuetzung": 2}]}, "political_opinion"),
    ("campagne-visites", {"campagne": "Municipales", "visites": [
        {"adresse": "109 rue du Moulin", "soutien": "indécis"}]}, "political_opinion"),
    ("support-level", {"data": [{"address": "129 Bridge Street",
                                 "supportLevel": "3 - undecided"}]}, "political_opinion"),
    ("interventores", {"eleccion": "Municipales", "candidatura": "PNV", "interventores": [
        {"nombre": "Lucía Ortega García", "mesa": "33-B"}]}, "political_opinion"),
    # prisons, courts and the police
    ("haftgrund", {"name": "Weißenborn, Katrin", "haftgrund": "Strafhaft"},
     "criminal_record"),
    ("bulletin3", {"personne": {"nom": "LEMAIRE, Yannick"}, "bulletin3": "néant"},
     "criminal_record"),
    ("arrest-reason", {"name": "AHMED, Patrick", "arrestReason": "burglary"},
     "criminal_record"),
    ("police-records-none", {"applicant": {"name": "Zoe Hughes"},
                             "policeRecords": "None recorded"}, "criminal_record"),
    ("penado", {"interno": "SERRANO DELGADO Andrés", "situacion": "penado"},
     "criminal_record"),
    ("str-charged", {"subject": "Thomas Campbell", "profile": {"vWA": "21/24", "FGA": "14/15"},
                     "status": "charged"}, "criminal_record"),
    ("registro-delincuentes-sexuales",
     {"hechos": "Certificado negativo del Registro Central de Delincuentes Sexuales."},
     "criminal_record"),
    # an origin said of a person, at a sentence's start, or in a German key without umlauts
    ("d-origine", {"notes": "Il est d'origine arménienne, ses grands-parents ont fui."},
     "racial_ethnic_origin"),
    ("de-origen", {"entrevista": "De origen saharaui, vivió en los campamentos de Tinduf."},
     "racial_ethnic_origin"),
    ("herkunft", {"notiz": "Verneint Thoraxschmerz. Russlanddeutscher Herkunft, die Eltern "
                           "kamen aus Kasachstan."}, "racial_ethnic_origin"),
    ("volkszugehoerigkeit", {"person": {"name": "HOFFMANN Ursula",
                                        "volkszugehoerigkeit": "kurdisch"}},
     "racial_ethnic_origin"),
    # care levels, therapies and prescriptions by their French, German and Spanish names
    ("grado-dependencia", {"residente": "María Vidal Aguirre", "gradoDependencia": "Grado II"},
     "health"),
    ("gir", {"resident": "Margaux Dubois", "gir": "GIR 4"}, "health"),
    ("orthophonie", {"acte": "Séance d'orthophonie", "montantRembourse": 75.04}, "health"),
    ("prep-beratung", {"vermerk": "Kommt zur PrEP-Beratung."}, "health"),
    ("marcumar", {"inhalt": "Der Kollege nimmt dauerhaft Marcumar."}, "health"),
    ("hemochromatose", {"conseil": "Variant HFE C282Y homozygote, hémochromatose traitée par "
                                   "saignées."}, "health"),
    # numbers written the German and Spanish way; a secret of a webhook's signature
    ("mobil-slash", {"mobil": "0171/6020834"}, "phone"),
    ("kontakt-mobile", {"klient": "Inès Faure", "kontakt": "0177 0346031"}, "phone"),
    ("nie-hyphen", {"documento": "X8325413-B"}, "national_id"),
    ("whsec", ["2024-07-20T01:44:19Z webhook firmado secreto=whsec_N3k7P3LD1heHpyT8Etn81Jksr"
               "vXpwMTa"], "credential"),
    ("geb", {"patient": {"name": "Florian Vogt", "geb": "06.03.1969"}}, "date_of_birth"),
    # the list someone stands on: a union's in a works council election, a party's
    ("candidatura-union", {"comite": [{"nombre": "Iñaki Sánchez Aguirre", "cargo": "vocal",
                                       "candidatura": "UGT"}]}, "trade_union"),
    ("liste-cse", {"scrutin": "CSE 2025", "liste": "SUD",
                   "candidats": [{"rang": 1, "nom": "GIRARD, Sophie"}]}, "trade_union"),
    # partners, a list a union won seats on, a parish collection, a pregnancy's week
    ("sexualpartner", {"vermerk": "Hat wechselnde Sexualpartner und kommt zur Beratung."},
     "sex_life_orientation"),
    ("sur-la-liste", {"note": "Élu au CSE sur la liste CFE-CGC."}, "trade_union"),
    ("quete-paroissiale", {"affectation": "Quête paroissiale", "montant": 98.92},
     "religious_belief"),
    ("ssw", {"sachverhalt": "Die Versicherte ist in der 24. SSW, Verlauf bisher "
                            "komplikationslos."}, "health"),
    ("crises-d-angoisse", {"resultats": "depuis le burn-out j'ai des crises d'angoisse"},
     "health"),
    # a laboratory's genetic finding that names a condition is health data too
    ("befund-genetic-condition", {"patient": {"name": "Florian Vogt"},
                                  "befund": "BRCA1-Variante, familiäres Mammakarzinom"},
     "health"),
    ("befund-genotype", {"patient": {"name": "Florian Vogt"},
                         "befund": "CYP2C19 *1/*2, intermediärer Metabolisierer"}, "genetic"),
]

NOT_FOUND = [
    # a product family, a release candidate
    ("famille-produit", {"famille": "Produits laitiers", "sku": "X1"}, "person_name"),
    ("release-candidate", {"candidate": "Release Candidate 2"}, "person_name"),
    ("log-status", "2024-10-13T01:57:23Z status=Abgeschlossen Ende", "person_name"),
    ("log-region", "level=INFO msg=Started Server region=Europe West", "person_name"),
    # a template that is an e-mail's, an analytics event's vector
    ("plantilla-email", {"template": {"name": "welcome"}, "plantilla": "Hola {{nombre}}"},
     "biometric"),
    ("event-embedding", {"event": "page_view", "embedding": _VECTOR[:20]}, "biometric"),
    # a help desk's support level, a shop's campaign, a municipality's comptroller
    ("support-level-plan", {"account": {"plan": "pro", "supportLevel": "gold"}},
     "political_opinion"),
    ("campaign-sale", {"campaign": "Spring Sale 2024", "visits": [{"support": "chat"}]},
     "political_opinion"),
    ("interventor-municipal", {"interventor": "María López", "ayuntamiento": "Getafe"},
     "political_opinion"),
    # a payment charged, maintenance that prevents
    ("payment-charged", {"payment": {"status": "charged"}}, "criminal_record"),
    ("order-charged", {"order": "A1", "status": "charged", "amount": 12.5},
     "criminal_record"),
    ("mantenimiento-preventivo", {"situacion": "preventivo"}, "criminal_record"),
    # a laboratory's genotype that names no condition is no health data
    ("befund-str", {"patient": {"name": "Florian Vogt"},
                    "befund": "STR-Profil der Spur: D8S1179 13/14, TH01 6/9.3."}, "health"),
    ("befund-carrier", {"patient": {"name": "Jana Schäfer"},
                        "befund": "Heterozygote Trägerin der CFTR-Variante F508del."},
     "health"),
    # a meal's prep, an order's reference, a shopping list, an election's results table
    ("meal-prep", {"meal": "prep for lunch", "note": "meal prep consultation"}, "health"),
    ("order-ref-letter", {"ref": "ORD-1234567-A"}, "national_id"),
    ("lista-compras", {"lista": "compras", "items": ["pan", "leche"]}, "trade_union"),
    ("results-table", {"resultats": [{"liste": "CGT", "voix": 120, "sieges": 3}]},
     "trade_union"),
    # a dog's breed, a condominium's agency name, initials, a crime statistic's counts
    ("raza-labrador", {"text": "Raza: labrador retriever, macho, vacunado."},
     "racial_ethnic_origin"),
    ("france-travail", {"comment": "France Travail annonce une baisse du nombre de "
                                   "demandeurs d'emploi."}, "person_name"),
    ("initials", {"betroffener": {"vorname": "J.", "nachname": "K."}}, "person_name"),
    ("offences-counted", {"data": [{"district": "York", "offences": 7279,
                                    "clearance_rate": 11.9}]}, "criminal_record"),
    # how a register answers, a law on data that reveals a category
    ("auf-antrag", {"hinweis": "Das Bundeszentralregister erteilt Auskünfte nur auf "
                               "schriftlichen Antrag."}, "criminal_record"),
    ("donnees-revelant", {"verweise": ["La loi Informatique et Libertés interdit en principe "
                                       "de traiter des données révélant les opinions "
                                       "politiques ou les convictions religieuses."]},
     "political_opinion"),
    # a certificate's number after `00`, an employer's social security code, an algorithm
    ("certificate-00", {"certificate": "00650064", "level": "Enhanced"}, "phone"),
    ("ccc-employer", {"empresa": {"ccc": "28613117"}}, "bank_account"),
    ("genetische-optimierung", {"changes": ["Der Algorithmus nutzt eine genetische "
                                            "Optimierung zur Routenplanung."]}, "genetic"),
    # the wind from south-southwest
    ("wind-ssw", {"wetter": "Wind in der Nacht aus SSW, 12 km/h"}, "health"),
    # a product's and a food's origin
    ("huile-d-origine", {"produit": "Huile d'olive d'origine espagnole, 1 L"},
     "racial_ethnic_origin"),
    ("origine-animale", {"text": "Produits d'origine animale interdits."},
     "racial_ethnic_origin"),
    ("tierischer-herkunft", {"text": "Lebensmittel tierischer Herkunft müssen gekühlt "
                                     "werden."}, "racial_ethnic_origin"),
    # a parish's timetable, a congregation's news, a population's share
    ("mass-times", {"parroquia": "Sevilla", "termine": [{"art": "Misa", "tag": "domingo",
                                                         "zeit": "11:00"}]},
     "religious_belief"),
    ("kirchengemeinde-ladt", {"text": "Die Kirchengemeinde lädt zum Sommerfest auf dem "
                                      "Gemeindeplatz ein."}, "religious_belief"),
    ("part-des-catholiques", {"text": "La part des catholiques pratiquants a encore reculé "
                                      "selon l'enquête."}, "religious_belief"),
    # statistics, offers to everyone, a pharmacy's shelf, a law on data processing
    ("indicator-series", {"series": [{"indicator": "diabetes prevalence", "region": "Wales",
                                      "value": 10.1}]}, "health"),
    ("pharmacy-shelf", {"text": "Die Apotheke führt rezeptfreie Mittel gegen Erkältung und "
                                "Heuschnupfen."}, "health"),
    ("reduced-mobility", {"a": "Los viajeros con movilidad reducida pueden solicitar "
                               "asistencia en la estación."}, "health"),
    ("voyageurs", {"text": "Les voyageurs à mobilité réduite peuvent réserver une assistance "
                           "en gare."}, "health"),
    ("tratamiento-de-datos", {"text": "El artículo 9 de la LOPDGDD regula el tratamiento de "
                                      "categorías especiales de datos."}, "health"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
