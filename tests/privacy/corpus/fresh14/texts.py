"""Free-text sentences per kind and language (written for this corpus).

Placeholders ({name}, {first}, {dob}, {phone}, {email}, {addr}, {card}, {iban}, {natid},
{passport}, {secret}, {coords}, {ip}) are filled by Ctx generators, which record their kind.
"""

from __future__ import annotations

T = {
    "health": {
        "en": [
            (
                "I was diagnosed with type 2 diabetes last spring and I'm on metformin 500 mg "
                "twice a day."
            ),
            (
                "My daughter has severe asthma and uses a salbutamol inhaler; she is also "
                "allergic to penicillin."
            ),
            (
                "I've been off work since March with major depression, my GP signed me off until "
                "the 30th."
            ),
            (
                "Pt denies chest pain, no history of depression, NKDA. BP 148/92, started "
                "amlodipine 5 mg."
            ),
            (
                "{name} is HIV positive with an undetectable viral load since 2023, please keep "
                "that off the shared notes."
            ),
            "I'm 22 weeks pregnant and the midwife flagged gestational diabetes at my last scan.",
            (
                "No, I do not have a disability, but I do have epilepsy that is controlled with "
                "lamotrigine."
            ),
        ],
        "de": [
            (
                "Ich habe seit 2019 Multiple Sklerose und bekomme Ocrelizumab, deshalb brauche "
                "ich Homeoffice."
            ),
            "Mein Vater hat Parkinson im Anfangsstadium, ich pflege ihn drei Tage pro Woche.",
            "Krankschreibung wegen Bandscheibenvorfall L4/L5, voraussichtlich sechs Wochen.",
            "Befund: HbA1c 8,1 %, Diabetes mellitus Typ 2, Metformin wird auf 1000 mg erhöht.",
            "Keine Vorerkrankungen, keine Allergien bekannt, aktuell schwanger in der 14. SSW.",
        ],
        "fr": [
            (
                "Je suis atteinte d'une sclérose en plaques depuis 2018 et je suis sous "
                "traitement de fond."
            ),
            (
                "Mon fils est autiste et fait des crises d'épilepsie, il prend du valproate matin "
                "et soir."
            ),
            "Arrêt maladie pour burn-out et dépression sévère, prolongé jusqu'au 15 mai.",
            "Je suis enceinte de quatre mois et j'ai une allergie sévère aux arachides.",
            "Ma mère, {name}, est atteinte de la maladie d'Alzheimer et vit désormais en EHPAD.",
        ],
        "es": [
            "Tengo diabetes tipo 1 desde niña y llevo una bomba de insulina.",
            "A mi madre le diagnosticaron alzhéimer el año pasado y necesita ayuda diaria.",
            "Estoy de baja por ansiedad generalizada, tomo sertralina 50 mg.",
            (
                "Soy VIH negativo según la prueba del mes pasado, pero sigo en tratamiento por "
                "hepatitis C."
            ),
            "Tengo reconocida una discapacidad del 45 % por una lesión medular.",
        ],
        "mix": [
            (
                "Hi, quick question – mein Sohn hat ADHS und nimmt Methylphenidat, is that OK for "  # noqa: RUF001
                "the school trip?"
            ),
            "Bonjour, I have coeliac disease y no puedo comer gluten, can you adapt the menu?",
        ],
    },
    "genetic": {
        "en": [
            "My 23andMe raw data says I carry one copy of the CFTR F508del variant.",
            (
                "The PGx panel came back CYP2C19 *1/*2, intermediate metabolizer, and SLCO1B1 "
                "rs4149056 T/C."
            ),
            "Her DNA test showed she is heterozygous for the HFE C282Y variant.",
        ],
        "de": [
            (
                "Der Gentest hat gezeigt, dass ich heterozygote Trägerin einer BRCA2-Variante bin "
                "(c.5946delT)."
            ),
            "Genotyp APOE ε3/ε4 laut Laborbericht, MTHFR C677T heterozygot.",
        ],
        "fr": [
            (
                "Mon test génétique indique que je suis porteur d'une variante HFE C282Y à l'état "
                "hétérozygote."
            ),
            "Le génotypage montre CYP2D6 *4/*4, métaboliseur lent.",
        ],
        "es": [
            (
                "El análisis de ADN mostró el genotipo APOE ε3/ε4 y una variante en MTHFR C677T "
                "homocigota."
            ),
            "Según el estudio genético soy portadora de una variante patogénica en BRCA1.",
        ],
        "mix": ["Mi resultado de 23andMe: rs1801133 A/A, rs429358 T/C – what does that mean?"],  # noqa: RUF001
    },
    "racial_ethnic_origin": {
        "en": [
            (
                "I'm of Kurdish descent and I feel the caseworker treated me differently because "
                "of it."
            ),
            "As a Black Caribbean woman I was the only one asked for extra ID at the branch.",
            "For the EEO form: I identify as Hispanic or Latino, two or more races.",
        ],
        "de": [
            "Als Sinto erlebe ich bei Wohnungsbesichtigungen immer wieder Ablehnung.",
            "Meine Mutter ist Romni und wir wurden beim Jobcenter anders behandelt.",
        ],
        "fr": [
            "Je suis d'origine kabyle et on m'a refusé le logement après avoir entendu mon nom.",
            "En tant que femme noire, je me suis sentie visée lors du contrôle.",
        ],
        "es": [
            "Soy afrodescendiente y en la entrevista me preguntaron de dónde era realmente.",
            "Mi familia es de etnia gitana y el colegio nos puso muchas trabas.",
        ],
        "mix": [
            (
                "I'm mixed race, mi padre es afrodescendiente, et je ne trouve pas la bonne case "
                "sur le formulaire."
            )
        ],
    },
    "political_opinion": {
        "en": [
            "I've been a Labour Party member since 2017 and I canvass in my ward most weekends.",
            "I voted Green in the last two general elections and I'll do it again.",
            "{name} donated £250 to the Liberal Democrats' local campaign in May.",
        ],
        "de": [
            "Ich bin seit 2015 Mitglied der SPD und sitze im Ortsvereinsvorstand.",
            "Bei der Bundestagswahl habe ich Die Linke gewählt, diesmal eher die Grünen.",
        ],
        "fr": [
            "Je suis adhérente de La France insoumise depuis 2020 et je milite dans mon quartier.",
            "J'ai voté écologiste aux européennes et je compte voter pareil aux municipales.",
        ],
        "es": [
            "Soy afiliado al PSOE desde hace diez años y soy interventor en las elecciones.",
            "Doné 50 euros a la campaña de Sumar y voté a Compromís en las autonómicas.",
        ],
        "mix": ["Ich bin Mitglied bei den Grünen, but I voted SNP when I lived in Glasgow."],
    },
    "religious_belief": {
        "en": [
            "I'm a practising Muslim and pray five times a day, so I need a quiet room at work.",
            "We're members of St Aidan's Catholic parish and my son serves at Mass on Sundays.",
            "As a Sikh I wear a kara and a turban, so the uniform policy is a problem for me.",
        ],
        "de": [
            (
                "Ich bin letztes Jahr aus der katholischen Kirche ausgetreten, bitte "
                "Kirchensteuer korrigieren."
            ),
            "Als Zeugin Jehovas lehne ich Bluttransfusionen ab, das soll in die Akte.",
        ],
        "fr": [
            "Je suis de confession juive pratiquante et je ne travaille pas pendant le shabbat.",
            "Je me suis converti à l'islam en 2021 et je jeûne pendant le ramadan.",
        ],
        "es": [
            "Soy evangélica y voy al culto todos los domingos con mis hijos.",
            "Como católico practicante pago mi aportación mensual a la parroquia de San Roque.",
        ],
        "mix": ["Je suis bouddhiste and I'd like a vegetarian meal during the retreat, gracias."],
    },
    "trade_union": {
        "en": [
            "I'm the UNISON steward for our ward and I'll attend the grievance meeting.",
            "I'm not a union member, but I'd still like a rep present at the hearing.",
            "{name} is the GMB branch secretary and wants the rota changes in writing.",
        ],
        "de": [
            "Ich bin Mitglied bei ver.di, die Beiträge werden direkt vom Lohn abgezogen.",
            "Als Vertrauensfrau der IG Metall vertrete ich die Kolleginnen aus der Nachtschicht.",
        ],
        "fr": [
            "Je suis délégué syndical CGT dans l'entrepôt depuis 2021.",
            "J'ai adhéré à la CFDT le mois dernier, merci de prélever la cotisation.",
        ],
        "es": [
            "Estoy afiliada a CCOO y soy delegada de personal en el centro.",
            "Me di de baja de UGT en enero, ya no quiero que me descuenten la cuota.",
        ],
        "mix": ["Soy afiliado a CCOO, mais ici en France je n'ai pas encore de syndicat."],
    },
    "sex_life_orientation": {
        "en": [
            (
                "My husband and I are a same-sex couple, so the mother/father fields don't work "
                "for us."
            ),
            "I came out as bisexual last year and my family doesn't know yet.",
            "I had unprotected sex with a new partner two weeks ago and I'm worried.",
        ],
        "de": [
            "Ich bin schwul und lebe seit acht Jahren mit meinem Partner zusammen.",
            "Meine Frau und ich sind ein lesbisches Paar und planen eine Kinderwunschbehandlung.",
        ],
        "fr": [
            "Je suis lesbienne et ma compagne devrait pouvoir être ma personne de confiance.",
            "Je suis homosexuel et je préfère que ce ne soit pas mentionné à mon employeur.",
        ],
        "es": [
            "Soy gay y mi pareja figura como beneficiario en el seguro.",
            "Soy bisexual y me gustaría que la terapeuta lo tuviera en cuenta.",
        ],
        "mix": ["I'm pansexual, aber das ist für die Bewerbung doch egal, oder?"],
    },
    "criminal_record": {
        "en": [
            "I was convicted of drink-driving in 2019 and got a 14-month ban.",
            "My enhanced DBS came back clear – no convictions, cautions or reprimands.",  # noqa: RUF001
            "{name} was arrested last night for assault and is being held for interview.",
        ],
        "de": [
            "Ich habe eine Vorstrafe wegen Betrugs aus 2016 (Geldstrafe, 90 Tagessätze).",
            "Ein Führungszeugnis ohne Eintragungen liegt der Bewerbung bei.",
        ],
        "fr": [
            "J'ai été condamné en 2018 pour vol aggravé, j'ai purgé ma peine.",
            "Mon casier judiciaire est vierge, le bulletin n°3 est joint au dossier.",
        ],
        "es": [
            "Tengo antecedentes penales por un delito de lesiones de 2015.",
            "Adjunto el certificado de antecedentes penales: sin antecedentes.",
        ],
        "mix": ["J'ai un casier pour possession de cannabis, is that a problem for the visa?"],
    },
    "person_name": {
        "en": [
            "Please forward this to {name}, she handles the account now.",
            "Thanks {first}, that fixed it!",
            "Signed off by {name} (line manager).",
        ],
        "de": ["Ansprechpartnerin ist {name} aus der Buchhaltung.", "Danke {first}, passt so."],
        "fr": ["Le dossier est suivi par {name}.", "Merci {first}, je vous rappelle demain."],
        "es": ["El expediente lo lleva {name}.", "Gracias, {first}, quedo a la espera."],
        "mix": ["Merci beaucoup, {name}, you saved my day!"],
    },
    "email": {
        "en": ["You can reach me at {email} any time.", "Please cc {email} on the reply."],
        "de": ["Bitte antworten Sie an {email}.", "Meine neue Adresse ist {email}."],
        "fr": ["Écrivez-moi à {email}.", "Merci de mettre {email} en copie."],
        "es": ["Pueden escribirme a {email}.", "Mi correo nuevo es {email}."],
        "mix": ["Schick es bitte an {email}, thanks!"],
    },
    "phone": {
        "en": ["Call me back on {phone} after 5pm.", "Best number is {phone}, mornings only."],
        "de": ["Rückruf bitte unter {phone}.", "Ich bin unter {phone} erreichbar."],
        "fr": ["Rappelez-moi au {phone} s'il vous plaît.", "Mon portable : {phone}."],
        "es": ["Llámame al {phone} por la tarde.", "Mi móvil es el {phone}."],
        "mix": ["Ruf mich an, {phone}, anytime after lunch."],
    },
    "date_of_birth": {
        "en": ["My date of birth is {dob}.", "DOB {dob}, if you need it for the lookup."],
        "de": ["Ich bin am {dob} geboren.", "Geburtsdatum: {dob}."],
        "fr": ["Je suis née le {dob}.", "Date de naissance : {dob}."],
        "es": ["Nací el {dob}.", "Mi fecha de nacimiento es {dob}."],
    },
    "postal_address": {
        "en": ["I've moved, my new address is {addr}.", "Please post the letter to {addr}."],
        "de": ["Meine neue Anschrift lautet {addr}.", "Bitte schicken Sie den Bescheid an {addr}."],
        "fr": ["J'habite maintenant au {addr}.", "Merci d'envoyer le courrier au {addr}."],
        "es": ["Vivo en {addr}.", "Envíenlo a {addr}, por favor."],
    },
    "ip_address": {
        "en": [
            "My router's public IP is {ip}, in case you need to whitelist it.",
            "The login came from {ip}, not me.",
        ],
        "de": ["Der Zugriff kam von {ip}, das war ich nicht.", "Meine IP ist {ip}."],
        "fr": ["La connexion venait de {ip}.", "Mon adresse IP est {ip}."],
        "es": ["El acceso vino desde {ip}.", "Mi IP pública es {ip}."],
    },
    "payment_card": {
        "en": [
            "Charge it to my card {card}, expiry 09/28.",
            "Card used was {card}, please refund it.",
        ],
        "de": ["Bitte buchen Sie von meiner Karte {card} ab.", "Die Kartennummer ist {card}."],
        "fr": ["Voici ma carte : {card}, expire en 11/27.", "Remboursez sur la carte {card}."],
        "es": ["Mi tarjeta es la {card}, caduca 03/29.", "Cobren en la tarjeta {card}."],
    },
    "bank_account": {
        "en": ["Please pay the refund into {iban}.", "My IBAN changed to {iban}."],
        "de": ["Bitte überweisen Sie auf {iban}.", "Meine neue IBAN: {iban}."],
        "fr": ["Mon IBAN est {iban}.", "Merci de verser l'aide sur {iban}."],
        "es": ["Mi IBAN es {iban}.", "Ingresen la devolución en {iban}."],
    },
    "national_id": {
        "en": ["My SSN is {ssn} if you need it for the form.", "National Insurance number {nino}."],
        "de": ["Meine Steuer-ID lautet {natid}.", "Steuerliche Identifikationsnummer: {natid}."],
        "fr": ["Mon numéro de sécurité sociale : {natid}.", "NIR {natid}, pour le dossier."],
        "es": ["Mi DNI es {natid}.", "Documento: {natid}."],
    },
    "passport": {
        "en": ["My passport number is {passport}, it expires in 2031.", "Passport no. {passport}."],
        "de": ["Meine Reisepassnummer ist {passport}.", "Reisepass-Nr. {passport}."],
        "fr": ["Mon numéro de passeport est {passport}.", "Passeport n° {passport}."],
        "es": ["Mi número de pasaporte es {passport}.", "Pasaporte: {passport}."],
    },
    "credential": {
        "en": [
            "Here's the key we use in prod, can you see why it fails? {secret}",
            "Token for the test: {secret}",
        ],
        "de": ["Hier der Schlüssel aus der Pipeline: {secret}", "Unser API-Key: {secret}"],
        "fr": ["Voici la clé utilisée : {secret}", "Le jeton qui échoue : {secret}"],
        "es": ["Esta es la clave que usamos: {secret}", "El token es {secret}"],
    },
    "precise_location": {
        "en": ["I'm stuck at {coords}, please send someone.", "Pin dropped at {coords}."],
        "de": ["Mein Standort: {coords}.", "Ich stehe bei {coords}."],
        "fr": ["Je suis à {coords}.", "Position GPS : {coords}."],
        "es": ["Estoy en {coords}.", "Ubicación: {coords}."],
    },
}

# Innocent sentences for clean documents (no person, no kind).
CLEAN_TEXT = {
    "en": [
        "The quarterly report covers regional trends only.",
        "Retry the request with exponential backoff.",
        "This endpoint is deprecated and will be removed in v3.",
        "Results are aggregated and rounded to the nearest ten.",
        "Summaries are generated nightly from the public catalogue.",
    ],
    "de": [
        "Die Auswertung enthält ausschließlich aggregierte Werte.",
        "Bitte die Anfrage später erneut senden.",
        "Der Endpunkt wird zum Jahresende abgeschaltet.",
    ],
    "fr": [
        "Les chiffres sont agrégés par département.",
        "Veuillez réessayer plus tard.",
        "Ce point d'accès sera retiré dans la version 3.",
    ],
    "es": [
        "Los datos están agregados por provincia.",
        "Vuelva a intentarlo más tarde.",
        "Este recurso quedará obsoleto en la versión 3.",
    ],
}
