"""Free-text sentences for the fresh10 corpus, keyed by special category and language.

Each sentence carries exactly one special category and nothing else that could form a kind
(no names, numbers, addresses or dates of birth), so inserting one records exactly one kind.
Negated and third-party statements are included on purpose: they count under the labeling
rules.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es")

SPECIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "health": {
        "en": (
            "I was diagnosed with type 2 diabetes last spring and the new meds make me dizzy.",
            "Patient denies chest pain but reports shortness of breath on exertion.",
            "No history of depression or anxiety, sleeps fine.",
            "My mum has early-stage Alzheimer's, so I need Friday afternoons off.",
            "Off sick this week, the doctor says it's a slipped disc.",
            "FYI I'm pregnant, due in the autumn, so no heavy lifting shifts please.",
        ),
        "de": (
            "Ich habe seit Jahren Asthma und brauche im Büro einen Platz am Fenster.",
            "Bin diese Woche krankgeschrieben, Verdacht auf Bandscheibenvorfall.",
            "Keine Vorerkrankungen, keine Allergien bekannt.",
            "Mein Vater hat Parkinson, deshalb kann ich nur vormittags Termine wahrnehmen.",
            "Ich nehme täglich Metformin, bitte beim Catering auf Zucker achten.",
            "Nach der Chemo bin ich noch schnell erschöpft.",
        ),
        "fr": (
            "Je suis diabétique et je prends de l'insuline trois fois par jour.",
            "Pas d'antécédents de dépression, tension normale.",
            "Ma fille est allergique aux arachides, merci de prévoir un repas adapté.",
            "Je suis en arrêt maladie pour une tendinite jusqu'à la fin du mois.",
            "Suivi pour une hypertension depuis deux ans, traitement par ramipril.",
            "Je suis enceinte de quatre mois, pouvez-vous décaler le rendez-vous ?",
        ),
        "es": (
            "Tengo migrañas crónicas y a veces no puedo mirar pantallas.",
            "Mi madre tiene cáncer de mama y la estoy acompañando a la quimioterapia.",
            "Sin antecedentes de enfermedades cardíacas, niega dolor torácico.",
            "Estoy de baja por depresión, lo siento por el retraso.",
            "Soy celíaco, por favor sin gluten en el menú del evento.",
            "Me han diagnosticado TDAH y tomo metilfenidato.",
        ),
    },
    "genetic": {
        "en": (
            "The test showed I'm a carrier for cystic fibrosis, one copy of the F508del variant.",
            "My 23andMe raw data says I'm rs429358 C/T, is that something to worry about?",
            "Genotype CYP2C19 *2/*2, poor metabolizer.",
        ),
        "de": (
            "Laut Gentest bin ich heterozygote Trägerin der BRCA1-Variante c.68_69del.",
            "Mein Genotyp für rs1801133 ist TT.",
            "Der DNA-Test hat bei mir eine Faktor-V-Leiden-Mutation gefunden, heterozygot.",
        ),
        "fr": (
            "Le séquençage a révélé que je suis porteuse saine de la drépanocytose (HbAS).",
            "Mon génotype HLA-B*57:01 est positif selon le labo.",
            "Le test génétique indique une variante du gène MTHFR, homozygote C677T.",
        ),
        "es": (
            "El análisis genético dice que soy portador de la variante HFE C282Y.",
            "Mi genotipo para APOE es e3/e4 según el informe.",
            "Resultado del test de ADN: heterocigoto para la mutación del gen GJB2.",
        ),
    },
    "racial_ethnic_origin": {
        "en": (
            "As a Black woman in tech I'd love to join the mentoring circle.",
            "I'm of Kurdish descent and my family speaks Kurmanji at home.",
            "Self-identified as Hispanic or Latino on the intake form.",
        ),
        "de": (
            "Ich bin Sinto und habe schon öfter Diskriminierung bei Wohnungsbesichtigungen erlebt.",
            "Als Person mit türkischer Herkunft fühle ich mich im Team manchmal außen vor.",
            "Meine Mutter ist Afrodeutsche, mein Vater kommt aus Ghana.",
        ),
        "fr": (
            "Je suis d'origine maghrébine et je me suis senti visé lors du contrôle.",
            "En tant que femme noire, je voudrais rejoindre le réseau interne.",
            "Ma famille est d'origine vietnamienne, arrivée dans les années soixante-dix.",
        ),
        "es": (
            "Soy de origen gitano y quiero participar en el programa de diversidad.",
            "Me identifico como indígena mapuche.",
            "Como persona afrodescendiente, me interesa el grupo de apoyo.",
        ),
    },
    "political_opinion": {
        "en": (
            "I've been a Labour party member for ten years and volunteer at every election.",
            "Voted Green last time and will again, put me down as a strong supporter.",
            "I donated to the Republican campaign in the primaries.",
        ),
        "de": (
            "Ich bin seit 2015 Mitglied der SPD und aktiv im Ortsverein.",
            "Ich werde diesmal die Grünen wählen, bitte keine Anrufe der anderen Parteien.",
            "Habe letztes Jahr an die FDP gespendet.",
        ),
        "fr": (
            "Je suis adhérent de La France insoumise depuis la dernière présidentielle.",
            "J'ai voté écologiste aux européennes et je compte recommencer.",
            "Militante socialiste, disponible pour le porte-à-porte du samedi.",
        ),
        "es": (
            "Soy afiliado del PSOE y colaboro en la agrupación de mi barrio.",
            "Voy a votar a Sumar en las próximas generales.",
            "He donado a la campaña del Partido Popular este año.",
        ),
    },
    "religious_belief": {
        "en": (
            "I'm a practising Muslim, so I need a short break at sunset during Ramadan.",
            "We're members of Holy Trinity parish and would like the baptism there.",
            "As a Jehovah's Witness I can't accept blood transfusions.",
        ),
        "de": (
            "Ich bin katholisch und möchte an Fronleichnam freinehmen.",
            "Bin letztes Jahr aus der evangelischen Kirche ausgetreten.",
            "Als gläubige Jüdin esse ich nur koscher.",
        ),
        "fr": (
            "Je suis protestante pratiquante et je vais au culte chaque dimanche.",
            "Je suis musulman, merci de prévoir un repas halal.",
            "Je me suis converti au bouddhisme il y a cinq ans.",
        ),
        "es": (
            "Soy católica practicante y voy a misa los domingos.",
            "Como evangélico, no trabajo los domingos.",
            "Soy judío y celebro el Sabbat, no puedo los viernes por la noche.",
        ),
    },
    "trade_union": {
        "en": (
            "I'm the Unite shop steward for the night shift.",
            "I joined the union last month, can dues be taken from payroll?",
            "I'm not a union member, but I'd like the same overtime rules.",
        ),
        "de": (
            "Ich bin Mitglied bei ver.di und Vertrauensfrau in unserer Abteilung.",
            "Bin seit Jahren in der IG Metall, bitte Gewerkschaftsbeitrag berücksichtigen.",
            "Ich bin aus der Gewerkschaft ausgetreten.",
        ),
        "fr": (
            "Je suis délégué syndical CGT sur le site.",
            "Je suis syndiquée à la CFDT depuis mon embauche.",
            "Adhérent FO, je représente l'équipe de nuit.",
        ),
        "es": (
            "Soy delegada sindical de CCOO en la planta.",
            "Estoy afiliado a UGT desde hace años.",
            "Me afilié al sindicato el mes pasado.",
        ),
    },
    "sex_life_orientation": {
        "en": (
            "I'm gay and looking for a landlord who is fine with two dads.",
            "My wife and I are in a same-sex relationship, please update both names on the policy.",
            "Bisexual, been out since college.",
        ),
        "de": (
            "Ich bin lesbisch und lebe mit meiner Partnerin zusammen.",
            "Ich bin schwul und suche eine Selbsthilfegruppe.",
            "Als bisexuelle Frau fühle ich mich hier wohl.",
        ),
        "fr": (
            "Je suis homosexuel et en couple avec mon compagnon depuis dix ans.",
            "Je suis lesbienne, ma compagne viendra au séminaire.",
            "Je suis asexuel et ça n'a jamais été un problème.",
        ),
        "es": (
            "Soy gay y mi pareja también trabaja en la empresa.",
            "Soy bisexual y quiero unirme al grupo LGTBI del trabajo.",
            "Soy lesbiana, mi esposa y yo buscamos piso.",
        ),
    },
    "criminal_record": {
        "en": (
            "I have a conviction for drink driving from years ago, fully spent now.",
            "He's on probation until next summer and reports every two weeks.",
            "Background check came back clean, no criminal record.",
        ),
        "de": (
            "Ich bin vorbestraft wegen Betrugs, die Strafe ist aber abgegolten.",
            "Führungszeugnis ohne Eintragungen liegt bei.",
            "Gegen ihn läuft ein Ermittlungsverfahren wegen Körperverletzung.",
        ),
        "fr": (
            "J'ai été condamné pour vol il y a longtemps.",
            "Casier judiciaire vierge, extrait joint.",
            "Il est en liberté conditionnelle et doit pointer chaque semaine.",
        ),
        "es": (
            "Tengo antecedentes penales por un delito de hurto.",
            "Certificado de antecedentes penales: sin antecedentes.",
            "Fue detenido el año pasado por conducir ebrio.",
        ),
    },
}

# Sentences with no kind at all: tempting words (union, health, religion, party) in senses the
# labeling rules exclude, or plain chatter.
CLEAN: dict[str, tuple[str, ...]] = {
    "en": (
        "The health endpoint returns degraded when the cache is cold.",
        "Great product, arrived quickly and the packaging was fine.",
        "Please merge the two result sets with a UNION ALL instead of a subquery.",
        "The Religion & Spirituality shelf moved to the second floor.",
        "The party press office will publish the manifesto next week.",
        "Love the ethnic cuisine section of the menu!",
        "Can you resend the invoice? The first one had the wrong VAT rate.",
        "Delivery was late but support sorted it out.",
    ),
    "de": (
        "Der Health-Check meldet seit dem Deployment Timeouts.",
        "Tolles Produkt, schnelle Lieferung, gerne wieder.",
        "Die Europäische Union hat die Richtlinie verlängert.",
        "Bitte die Rechnung noch einmal schicken, der Betrag stimmt nicht.",
        "Das Paket kam beschädigt an, aber der Inhalt war in Ordnung.",
        "Die Kirche am Marktplatz ist ab Montag eingerüstet, der Eingang ist hinten.",
    ),
    "fr": (
        "Le bilan de santé du service est vert depuis ce matin.",
        "Produit conforme, livraison rapide, merci !",
        "Le rayon religion et spiritualité est en promotion ce mois-ci.",
        "Pouvez-vous corriger l'adresse de facturation de la société ?",
        "La commande est arrivée avec un jour de retard.",
        "Très bon rapport qualité-prix.",
    ),
    "es": (
        "El chequeo de salud del servicio falla cada noche a las dos.",
        "Muy buen producto, llegó antes de lo previsto.",
        "La Unión Europea publicó nuevas cifras de empleo.",
        "¿Podéis enviar de nuevo la factura? Falta el número de pedido.",
        "La talla es un poco pequeña, pediría una más.",
        "Buen servicio, volveré a comprar.",
    ),
}
