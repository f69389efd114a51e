"""Free-text sentences: special-category statements, innocent look-alikes and filler.

No sentence here contains a name, a number that could be read as an identifier, an e-mail
address or any other ordinary personal data: those are inserted by the value generators.
"""

from __future__ import annotations

SPECIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "health": {
        "en": (
            "Patient reports worsening asthma since spring, uses the inhaler four times a day.",
            "Denies chest pain. No history of depression.",
            "Her father has Parkinson's and she worries it runs in the family.",
            "pt c/o migraine w/ aura, hx T2DM, on metformin bid",
            "I'm 14 weeks pregnant so I can't lift the boxes myself.",
            "Off sick until Monday - flare-up of my Crohn's.",
            "NKDA. BP elevated at triage, referred to GP.",
        ),
        "de": (
            "Ich bin seit Montag krankgeschrieben, Bandscheibenvorfall.",
            "Diagnose: Diabetes mellitus Typ 2, nimmt Metformin.",
            "Meine Tochter hat Zöliakie, bitte glutenfrei liefern.",
            "Keine bekannten Allergien, Blutdruck erhöht.",
            "Er ist nach dem Burnout noch in Therapie.",
        ),
        "fr": (
            "Je suis en arrêt maladie pour une dépression depuis deux semaines.",
            "Antécédents : asthme, allergie à la pénicilline.",
            "Mon mari est sous chimiothérapie en ce moment.",
            "Pas d'antécédent cardiaque, séropositif sous traitement.",
        ),
        "es": (
            "Estoy de baja por una lumbalgia desde el lunes.",
            "Paciente hipertenso, toma enalapril.",
            "Soy celíaca, por favor nada de gluten en el pedido.",
            "Mi hijo tiene autismo y necesita asistencia en el embarque.",
        ),
    },
    "genetic": {
        "en": (
            "Raw data shows rs4988235 CT, so lactase persistence is likely.",
            "Carrier status: heterozygous for CFTR F508del.",
            "Pharmacogenomic panel: CYP2C19 *2/*2, poor metabolizer.",
        ),
        "de": (
            "Der Gentest ergab: Trägerin einer BRCA2-Variante.",
            "Genotyp APOE e3/e4 laut Labor.",
            "Y-DNA-Haplogruppe R1b-U106 laut Abstammungstest.",
        ),
        "fr": (
            "Le test génétique montre que je suis porteur hétérozygote de CFTR.",
            "Génotype HLA-B*57:01 positif selon le laboratoire.",
        ),
        "es": (
            "El análisis genético confirma que soy portadora de una variante en BRCA1.",
            "Genotipo MTHFR C677T homocigoto.",
        ),
    },
    "racial_ethnic_origin": {
        "en": (
            "I'm of Kurdish descent and would like a Kurmanji interpreter.",
            "Self-identified as Black or African American on the EEO form.",
            "Candidate identifies as Hispanic/Latina.",
            "As a Romani woman I was refused entry twice.",
        ),
        "de": (
            "Ich bin Sinteza und möchte nicht, dass das in der Akte steht.",
            "Herkunft laut Selbstauskunft: kurdisch.",
        ),
        "fr": (
            "Je suis d'origine berbère, ma famille vient de Kabylie.",
            "Elle se décrit comme métisse.",
        ),
        "es": ("Me identifico como gitana.", "Es de origen indígena mapuche."),
    },
    "political_opinion": {
        "en": (
            "I've voted Labour all my life but not this time.",
            "Strong Democrat, volunteered for canvassing in the primary.",
            "Gave to the Green Party campaign again this year.",
        ),
        "de": ("Ich bin seit Jahren Mitglied der SPD.", "Diesmal wähle ich die Grünen."),
        "fr": (
            "Militante au Parti socialiste depuis dix ans.",
            "Adhérent de La France insoumise, il tracte le samedi.",
        ),
        "es": (
            "Soy afiliado al PSOE desde la universidad.",
            "Votaré a Sumar en las próximas elecciones.",
        ),
    },
    "religious_belief": {
        "en": (
            "No longer practising Catholic, but still go to Christmas mass.",
            "Requesting halal meals; I observe Ramadan.",
            "Member of St. Mary's congregation and sings in the choir.",
        ),
        "de": (
            "Ich bin aus der katholischen Kirche ausgetreten.",
            "Konfession: evangelisch, Kirchgeld wird separat gezahlt.",
        ),
        "fr": (
            "Je suis musulman pratiquant, pas de réunion le vendredi midi.",
            "Il s'est converti au judaïsme l'an dernier.",
        ),
        "es": (
            "Soy testigo de Jehová, en casa no celebramos cumpleaños.",
            "Católica practicante, voy a misa los domingos.",
        ),
    },
    "trade_union": {
        "en": (
            "As shop steward for Unite I'd like to attend the hearing.",
            "Not in the union any more, stopped paying dues last year.",
        ),
        "de": (
            "Ich bin ver.di-Mitglied und Vertrauensfrau im Betrieb.",
            "Mitgliedsbeitrag IG Metall bitte ab Juli anpassen.",
        ),
        "fr": ("Délégué syndical CGT sur le site.", "Je suis adhérente à la CFDT."),
        "es": ("Soy delegado de CCOO en el centro.", "Afiliada a UGT desde hace años."),
    },
    "sex_life_orientation": {
        "en": (
            "We're a same-sex couple looking for a two-bedroom flat.",
            "He came out as gay to his team last year.",
            "I'm bisexual and it's relevant to my asylum claim.",
        ),
        "de": ("Ich lebe in einer gleichgeschlechtlichen Partnerschaft.", "Sie ist lesbisch."),
        "fr": ("Mon compagnon et moi sommes un couple homosexuel.", "Je suis bisexuelle."),
        "es": (
            "Soy gay y busco un compañero de piso respetuoso.",
            "Mi mujer y yo somos pareja lesbiana.",
        ),
    },
    "criminal_record": {
        "en": (
            "Applicant disclosed a prior DUI conviction.",
            "Currently on probation until June, officer contact on file.",
            "Background check clear: no criminal record found.",
        ),
        "de": (
            "Führungszeugnis ohne Eintragungen.",
            "Wegen Betrugs verurteilt, Bewährung läuft noch.",
        ),
        "fr": ("Casier judiciaire vierge (bulletin n°3).", "Condamné pour vol avec sursis."),
        "es": (
            "Certificado de antecedentes penales: sin antecedentes.",
            "Detenido el año pasado por conducción temeraria.",
        ),
    },
}

TRAPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Health check passed for all replicas.",
        "Use a SQL UNION to merge both result sets.",
        "The party starts at 8pm on the rooftop.",
        "Registration for the 10K race closes Friday.",
        "Our genetic algorithm converged after 300 generations.",
        "Biometric login is enabled for this device.",
        "Browse our Religion & Spirituality bestsellers.",
        "Ships to all European Union countries.",
        "Try the new ethnic cuisine menu.",
        "The credit union branch closes early today.",
        "Patch notes: the boss now has more health in hard mode.",
        "Third party cookies are disabled by default.",
    ),
    "de": (
        "Die Party beginnt um 20 Uhr.",
        "Gesundheitsprüfung des Dienstes erfolgreich.",
        "Lieferung in alle Länder der Europäischen Union.",
        "Das Rennen am Nürburgring wurde verschoben.",
        "Der genetische Algorithmus nutzt eine Population von 200.",
        "Fingerabdruck-Entsperrung ist auf diesem Gerät aktiviert.",
    ),
    "fr": (
        "La fête de fin d'année aura lieu vendredi.",
        "Contrôle de santé du service : OK.",
        "Livraison dans toute l'Union européenne.",
        "La course de 10 km est complète.",
        "Le rayon Religion et spiritualité est au deuxième étage.",
    ),
    "es": (
        "La fiesta de la empresa es el viernes.",
        "Chequeo de salud del servicio correcto.",
        "Envíos a toda la Unión Europea.",
        "La carrera popular empieza a las nueve.",
        "Nuevo menú de cocina étnica los jueves.",
    ),
}

NEUTRAL: dict[str, tuple[str, ...]] = {
    "en": (
        "Order arrived two days late, box slightly damaged.",
        "Can you resend the invoice for March?",
        "Thanks, that fixed it!",
        "Please change the delivery slot to the afternoon.",
        "The export keeps timing out after a few minutes.",
    ),
    "de": (
        "Die Lieferung kam zwei Tage zu spät.",
        "Können Sie die Rechnung erneut senden?",
        "Danke, das hat geholfen!",
        "Der Export bricht nach ein paar Minuten ab.",
    ),
    "fr": (
        "La commande est arrivée avec deux jours de retard.",
        "Pouvez-vous renvoyer la facture ?",
        "Merci, c'est réglé !",
    ),
    "es": (
        "El pedido llegó con dos días de retraso.",
        "¿Pueden reenviar la factura?",
        "¡Gracias, ya funciona!",
    ),
}

BIOMETRIC_TEXT = {
    "en": "Enrolment complete, fingerprint template {0}",
    "de": "Fingerabdruck-Template gespeichert: {0}",
    "fr": "Gabarit d'empreinte enregistré : {0}",
    "es": "Plantilla de huella registrada: {0}",
}
