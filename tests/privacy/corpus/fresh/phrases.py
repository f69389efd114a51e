"""Free-text sentences for the fresh split, by kind and language.

Placeholders: {cond} a condition in that language, {rel} a relative, {drug} a medication,
{party} a party, {union} a union, {relig} a religion, {orient} an orientation,
{offence} an offence, {date} a date. Sentences under NEUTRAL and TRAPS hold no kind.
"""

from __future__ import annotations

SPECIAL: dict[str, dict[str, list[str]]] = {
    "health": {
        "en": [
            "I've had {cond} since I was a teenager, so the stairs at your venue are a real "
            "problem for me.",
            "Can I move my booking? {rel} was diagnosed with {cond} last week and I need to "
            "be at the hospital.",
            "Please note I'm on {drug} and can't drink alcohol at the tasting.",
            "Off sick until Thursday — doctor signed me off with a chest infection.",
            "FYI I'm 24 weeks pregnant, so I'd rather not do the warehouse shift.",
            "No history of depression or self-harm, patient says, but reports poor sleep "
            "for about a month.",
            "Patient denies chest pain; mild shortness of breath on exertion.",
            "I'm deaf in my left ear — could the interviewer please face me when speaking?",
            "Allergic to penicillin (rash + swelling), carry an EpiPen for peanuts.",
            "My therapist suggested I ask for a quieter desk because of my PTSD.",
            "Tested HIV negative in March, PrEP refill due.",
        ],
        "de": [
            "Ich bin seit Montag krankgeschrieben, Diagnose {cond}, die AU kommt per Post.",
            "{rel} hat seit letztem Jahr {cond} und ich muss sie zu den Terminen fahren.",
            "Bitte beachten: ich nehme {drug} und darf nicht Auto fahren.",
            "Ich habe einen Schwerbehindertenausweis (GdB 50) und brauche einen Sitzplatz.",
            "Keine bekannten Allergien, keine Vorerkrankungen laut Anamnese.",
            "Nach meiner Knie-OP bin ich noch sechs Wochen auf Krücken unterwegs.",
            "Ich bin in der 30. Schwangerschaftswoche, daher bitte keine Nachtschichten.",
            "Seit der Chemo vertrage ich keine Milchprodukte mehr.",
        ],
        "fr": [
            "Je suis en arrêt maladie jusqu'au 14, mon médecin a diagnostiqué {cond}.",
            "{rel} a {cond} et je dois l'accompagner à ses rendez-vous.",
            "Je prends {drug} tous les jours, est-ce compatible avec le vaccin ?",
            "Je suis enceinte de quatre mois et je voudrais adapter mon poste.",
            "Pas d'antécédents cardiaques, pas d'allergie connue.",
            "Mon fils est dyslexique et a besoin d'un tiers-temps pour l'examen.",
            "Suite à mon burn-out, je reprends à mi-temps thérapeutique.",
        ],
        "es": [
            "Tengo {cond} desde hace años y necesito una silla adaptada en la oficina.",
            "{rel} está ingresada en el hospital por un infarto, no podré ir el lunes.",
            "Estoy tomando {drug}; ¿puedo donar sangre igualmente?",
            "Estoy embarazada de cinco meses, ¿hay asientos reservados en el evento?",
            "Niega alergias medicamentosas. Sin antecedentes de diabetes.",
            "Me dieron la baja por una lumbalgia, adjunto el parte médico.",
            "Soy celíaca, por favor que el menú sea sin gluten por motivos médicos.",
        ],
    },
    "genetic": {
        "en": [
            "My 23andMe-style report says I'm heterozygous for the MTHFR C677T variant.",
            "Whole-exome sequencing found a pathogenic variant in PALB2 (c.3113G>A) in the "
            "patient.",
            "I carry one copy of the HFE C282Y allele according to my DNA test.",
        ],
        "de": [
            "Laut Gentest bin ich Trägerin einer BRCA2-Mutation (c.5946delT).",
            "Mein Genotyp für CYP2D6 ist *4/*4, das steht im Befund vom Labor.",
        ],
        "fr": [
            "Le test génétique a montré que je suis porteur hétérozygote de la mutation "
            "F508del du gène CFTR.",
            "Mon génotype APOE est e3/e4 d'après l'analyse ADN.",
        ],
        "es": [
            "El estudio genético confirmó que soy portadora de la variante c.68_69delAG en BRCA1.",
            "Según mi análisis de ADN, mi genotipo para el rs1801133 es CT.",
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            "As a Black woman in tech I'd love to join the mentoring circle.",
            "My family is of Kurdish descent and my grandmother only speaks Kurmanji.",
            "I identify as mixed race (White and Asian) if that matters for the survey.",
            "Being Romani, I've been turned away from two campsites already this summer.",
            "He's Aboriginal and wants an Aboriginal liaison officer present.",
        ],
        "de": [
            "Ich bin Sinto und möchte, dass das im Bericht korrekt bezeichnet wird.",
            "Als Schwarze Deutsche werde ich ständig nach meiner Herkunft gefragt.",
            "Meine Eltern sind Kurden aus dem Südosten der Türkei.",
        ],
        "fr": [
            "Je suis d'origine maghrébine et j'ai eu des remarques pendant l'entretien.",
            "Ma mère est d'origine vietnamienne, mon père est antillais.",
            "En tant que femme noire, je voulais signaler ce commentaire du recruteur.",
        ],
        "es": [
            "Soy gitana y me negaron la entrada al local sin explicación.",
            "Mi familia es de origen mapuche, de la zona de Temuco.",
            "Como persona afrodescendiente, me preocupa cómo se usan estos datos.",
        ],
    },
    "political_opinion": {
        "en": [
            "I've been a paid-up {party} member for ten years and I'm fed up with these emails.",
            "I'll be voting {party} again this time, but not if they keep this policy.",
            "Please stop sending me fundraising texts, I already gave $50 to the campaign "
            "last month.",
            "I volunteer as a canvasser for the {party} branch in my ward.",
        ],
        "de": [
            "Ich bin seit 2015 Mitglied der {party} und Kassierer im Ortsverband.",
            "Bei der Landtagswahl habe ich {party} gewählt, aber diesmal eher nicht.",
            "Ich habe im Wahlkampf 200 € an die {party} gespendet, bitte Quittung schicken.",
        ],
        "fr": [
            "Je suis militant chez {party} depuis la présidentielle.",
            "J'ai voté {party} au premier tour et je le referai.",
            "Je ne veux plus recevoir d'appels, j'ai déjà fait un don à la campagne de {party}.",
        ],
        "es": [
            "Estoy afiliado a {party} desde hace años y soy interventor en las elecciones.",
            "Voy a votar a {party} en las municipales, como siempre.",
            "Doné 100 euros a la campaña de {party} y no he recibido el certificado.",
        ],
    },
    "religious_belief": {
        "en": [
            "I'm a practising {relig}, so I can't work Friday evenings.",
            "I'll be fasting for Ramadan, could we move the team lunch to after sunset?",
            "We're members of St Aidan's parish and would like the christening there.",
            "As a Sikh I wear a kara and a turban — is that OK with the site PPE rules?",
            "I left the Jehovah's Witnesses two years ago and don't want contact from them.",
        ],
        "de": [
            "Ich bin {relig} und möchte an Jom Kippur frei nehmen.",
            "Ich bin letztes Jahr aus der katholischen Kirche ausgetreten, die Kirchensteuer "
            "wird trotzdem abgezogen.",
            "Als gläubige Muslimin trage ich Kopftuch, ist das mit der Kleiderordnung vereinbar?",
            "Wir gehören zur evangelischen Gemeinde und spenden jedes Jahr das Kirchgeld.",
        ],
        "fr": [
            "Je suis {relig} pratiquante et je ne travaille pas le jour du sabbat.",
            "Nous sommes paroissiens à Saint-Nizier et souhaitons y célébrer le mariage.",
            "Je fais le ramadan, je préférerais un créneau de visite en fin de journée.",
        ],
        "es": [
            "Soy {relig} practicante y los domingos voy a misa, no puedo hacer ese turno.",
            "Pertenezco a la comunidad evangélica de mi barrio y colaboro con el diezmo.",
            "Me di de baja de la Iglesia católica (apostasía) y quiero que borren mis datos.",
        ],
    },
    "trade_union": {
        "en": [
            "I'm the {union} rep for the night shift and I'd like to attend the hearing.",
            "Union dues have been taken twice from my pay this month.",
            "I joined {union} in January, please start the payroll deduction.",
            "As a shop steward I'm asking for the overtime records for our team.",
        ],
        "de": [
            "Ich bin Vertrauensfrau bei {union} und begleite die Kollegin zum Gespräch.",
            "Mein Gewerkschaftsbeitrag für {union} wurde doppelt abgebucht.",
            "Ich bin seit März Mitglied bei {union} und möchte das im Personalbogen ändern.",
        ],
        "fr": [
            "Je suis délégué syndical {union} et je demande communication du planning.",
            "Je viens d'adhérer à la {union}, la cotisation syndicale doit être déduite.",
        ],
        "es": [
            "Soy delegada de {union} en el centro y quiero asistir a la reunión.",
            "Estoy afiliado a {union} y me han cobrado dos veces la cuota sindical.",
        ],
    },
    "sex_life_orientation": {
        "en": [
            "I'm gay and would like my husband listed as my emergency contact, not my mum.",
            "We're a same-sex couple looking for a double room, hope that's fine.",
            "As a bisexual man I felt the question on the form was intrusive.",
            "I'm asexual, so please stop recommending me 'hot singles' ads.",
        ],
        "de": [
            "Ich bin lesbisch und lebe mit meiner Partnerin zusammen.",
            "Als schwuler Mann wünsche ich mir einen sensibleren Umgang in der Praxis.",
            "Wir sind ein gleichgeschlechtliches Paar und möchten ein Kind adoptieren.",
        ],
        "fr": [
            "Je suis homosexuel et je souhaite que mon compagnon soit mon ayant droit.",
            "Ma compagne et moi, couple lesbien, cherchons un logement à deux.",
            "Je suis bisexuelle et ce commentaire du manager m'a mise mal à l'aise.",
        ],
        "es": [
            "Soy lesbiana y mi pareja debería figurar como beneficiaria.",
            "Somos una pareja gay y queremos reservar la suite nupcial.",
            "Como hombre bisexual, no quiero que esto conste en mi expediente.",
        ],
    },
    "criminal_record": {
        "en": [
            "I have a spent conviction from 2011 for {offence} — do I need to declare it?",
            "My brother was arrested last night and I need to move my shift to go to court.",
            "I'm on probation until next spring, so I can't leave the state for the trip.",
            "Basic DBS came back clear, no unspent convictions.",
        ],
        "de": [
            "Mein Führungszeugnis ist ohne Eintragungen, ich schicke es nächste Woche.",
            "Ich wurde 2019 wegen Fahrens ohne Fahrerlaubnis verurteilt, Geldstrafe.",
            "Gegen mich läuft ein Ermittlungsverfahren, deshalb kann ich nicht aussagen.",
        ],
        "fr": [
            "Mon casier judiciaire (bulletin n°3) est vierge, je le joins au dossier.",
            "J'ai été condamné avec sursis en 2016 pour vol, c'est réhabilité depuis.",
            "Mon fils est en garde à vue depuis hier soir, je ne pourrai pas venir.",
        ],
        "es": [
            "Tengo antecedentes penales por un delito de lesiones de 2014, ya cancelados.",
            "Adjunto el certificado de antecedentes penales: sin antecedentes.",
            "Estuve en libertad condicional hasta 2022 y necesito saber si afecta al visado.",
        ],
    },
}

NEUTRAL = {
    "en": [
        "The parcel arrived with a torn box but everything inside seems fine.",
        "Could you resend the invoice with our VAT number on it?",
        "The app logs me out every time I switch to another tab.",
        "Is there a discount for annual billing?",
        "Your checkout page keeps spinning after I press pay.",
        "Thanks for the quick fix, closing this from my side.",
        "We'd like to add three more seats to the team plan.",
        "The export to CSV drops the last column.",
    ],
    "de": [
        "Die Lieferung kam zwei Tage zu spät, bitte um Gutschrift der Versandkosten.",
        "Kann ich die Rechnung auf die Firma umschreiben lassen?",
        "Seit dem letzten Update stürzt die App beim Start ab.",
        "Vielen Dank, das Problem ist gelöst.",
        "Wie kann ich mein Abo pausieren?",
    ],
    "fr": [
        "Le colis est arrivé abîmé, pouvez-vous m'envoyer une étiquette de retour ?",
        "Je n'arrive pas à télécharger ma facture depuis l'espace client.",
        "Merci pour votre réponse rapide.",
        "Est-il possible de changer la date de livraison ?",
    ],
    "es": [
        "El pedido llegó incompleto, falta una de las dos cajas.",
        "No encuentro la opción para cambiar el método de pago.",
        "Gracias, ya funciona correctamente.",
        "¿Podéis enviarme la factura con el CIF de la empresa?",
    ],
}

# sentences that look close to a special category but are not one
TRAPS = {
    "en": [
        "The health check on the payments service flaps every few minutes.",
        "Since the UK left the European Union, customs paperwork takes longer.",
        "Our query uses UNION ALL across the two tables and times out.",
        "Your character's health drops to zero after the boss fight even with the potion.",
        "Looking for a good ethnic grocery near the office — any tips?",
        "The holiday party is on the 19th, bring a dish to share.",
        "The vendor's background check for SOC 2 is still pending.",
        "We moved our account to a local credit union.",
        "Gluten-free and nut-free options are marked on the menu.",
        "The race starts at the church on the market square at 9.",
    ],
    "de": [
        "Der Health-Endpoint liefert seit dem Deployment 503.",
        "Ist die Lieferung in andere Länder der Europäischen Union versandkostenfrei?",
        "Das Sommerfest der Abteilung findet dieses Jahr im Biergarten statt.",
        "Die Kirche am Marktplatz ist ein schönes Fotomotiv für den Katalog.",
    ],
    "fr": [
        "Le tableau de bord indique que la santé du cluster est dégradée.",
        "La livraison est-elle gratuite dans toute l'Union européenne ?",
        "La fête du service aura lieu jeudi sur la terrasse.",
    ],
    "es": [
        "El panel muestra que la salud del clúster está en amarillo.",
        "¿Hacéis envíos a toda la Unión Europea?",
        "La fiesta de fin de año será en el restaurante de siempre.",
    ],
}
