"""What infrastructure and industry send (utilities, smart homes, logistics, vehicles, sites
and security): people by their role on a job, a site or a claim; faces as vectors under a
body part's key; tracks and centroids; priority-services needs, injuries and casualties;
persons' ids that are whole NINOs; and the badges, account references and methods of
authentication that are not what they seemed."""

from __future__ import annotations

from tests.privacy.scanner.cases import case_tests

FOUND = [
    # people by their role on a site, a job, a claim or a case
    ("besucher-gastgeber", {"besuch": "VIS-655595", "besucher": "Jannik Kühn",
                            "gastgeber": "Torsten Kessler"}, "person_name"),
    ("injured-person", {"incident": "HS-994387", "injured_person": "Owen Osei"},
     "person_name"),
    ("from-user", {"InviteId": "d1c22a7b", "FromUser": "Priya Abernathy"}, "person_name"),
    ("karteninhaber", {"karteninhaber": "Niklas Vogt", "kartennummer": "DB855402ABC70"},
     "person_name"),
    ("candidates-list", {"election": "2023-07-22", "list": "Unite slate",
                         "candidates": ["Shauna Ashworth", "Imogen Osei"]}, "person_name"),
    ("eigentuemer-given-name", {"eigentumer": "Florian"}, "person_name"),
    ("nom-affiche", {"id-profil": "6789ea20", "nom-affiche": "Maëlle"}, "person_name"),
    ("lock-event-by", {"Eventos": [{"Accion": "lock", "By": "Rubén", "Metodo": "fingerprint"}]},
     "person_name"),
    ("im-full-name", {"body": "My camera stopped recording. I'm Imogen Okafor, call me."},
     "person_name"),
    # faces as vectors under a body part's key, in three languages
    ("driver-face", {"event": "eyes_off_road", "driverFace": [
        -0.0173, 0.0341, 0.0038, -0.0455, -0.1235, -0.0156, 0.0089, 0.2098, 0.0747, -0.0432,
        0.1943, -0.0059, 0.0406, -0.1282, -0.0225, -0.0941]}, "biometric"),
    ("visage-conducteur", {"visage_conducteur": [
        0.0812, 0.2128, -0.2651, -0.0505, -0.0739, 0.0818, 0.1421, 0.1041, -0.0467, -0.0742,
        0.2656, -0.1923, -0.0403, -0.1594, 0.0762, -0.0315]}, "biometric"),
    ("embedding-visage", {"salarie": "Inès Fontaine", "embeddingVisage": [
        -0.0987, 0.092, 0.0779, -0.1278, 0.0297, 0.0824, -0.1631, -0.1013]}, "biometric"),
    # a pendant's position, a parcel's centroid, a bodycam's track
    ("position-medaillon", {"resident": "Inès Rousseau",
                            "position-medaillon": [47.26787, -1.49071]}, "precise_location"),
    ("parcel-centroid", {"parcels": [{"crop": "maize", "centroid": [53.855492, -1.52345]}]},
     "precise_location"),
    ("gps-spur", {"clip": "x", "gpsSpur": [[51.497998, -2.663384], [43.62375, 1.48775]]},
     "precise_location"),
    # a priority-services need, a household's dependence denied, injuries, a casualty
    ("psr-needs-desc", {"records": [{"needs_code": "24", "surname": "Okafor",
                                     "needs_desc": "Stair lift, hoist, electric bed"}]},
     "health"),
    ("medical-equipment", {"vulnerabilityCheck": "Nobody in the household depends on medical "
                                                 "equipment."}, "health"),
    ("blessure", {"blesse": "Hervé Mercier", "blessure": "Coupure à l'avant-bras, 4 points."},
     "health"),
    ("lesion", {"herido": "Ainhoa Ibáñez", "lesion": "Corte en el antebrazo, 4 puntos."},
     "health"),
    ("ecall-casualty", {"NoteOperateur": "Conducteur conscient, douleurs cervicales."},
     "health"),
    ("history-and-a-sum", {"reason": "No history of depression noted at the occupational "
                                     "health review. Donated £250 to a party last year."},
     "health"),
    # a person's id that is a whole valid NINO
    ("buyer-id-nino", {"seller": "Callum Okafor", "buyer_id": "ON413023D"}, "national_id"),
]

NOT_FOUND = [
    # a CI job's actor, a badge under `Ausweis`, a customer account's reference
    ("deploy-by-jenkins", {"events": [{"action": "deploy", "by": "Jenkins"}]}, "person_name"),
    ("ausweis-badge", [{"leser": "RD-43", "ausweis": "B85212", "auth": "fingerprint"}],
     "national_id"),
    ("konto-reference", {"konto": "ACC-757990", "inhaber": "Lena Hoffmann"}, "bank_account"),
    # methods of authentication, combined
    ("auth-card-pin", {"auth": "card+pin"}, "credential"),
    # a passport's number is not a phone number too
    ("passport-not-phone", {"passport_number": "960107630", "nationality": "NG"}, "phone"),
    # an order's id shaped like a NINO, a route of small integers
    ("order-id-nino-shape", {"order_id": "AB123456C"}, "national_id"),
    ("route-integers", {"route": [[1, 2], [3, 4]]}, "precise_location"),
    # "I am" and two capitalised words that are no name
    ("i-am-very-happy", {"body": "I am Very Happy with it"}, "person_name"),
    # a pharmacy's offer keeps its price
    ("pharmacy-offer", {"text": "Ibuprofen 200mg, now 3.49"}, "health"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
