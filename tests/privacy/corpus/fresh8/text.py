"""Free-text sentences, informal and multilingual.

``SENTENCES[kind][lang]`` reveal exactly one special category each (``{n}`` is replaced by a
person name, recorded as ``person_name``). Negated and third-party statements are included
where the labeling rules count them (health, trade_union, criminal_record). ``NEUTRAL``
sentences carry no kind; ``TEMPTING`` ones use a look-alike word and carry no kind either.
"""

from __future__ import annotations

SENTENCES: dict[str, dict[str, list[str]]] = {
    "health": {
        "en": [
            "hey can i swap my shift? migraine since yesterday and the dr says no screens",
            "{n} is on PrEP, pls make sure the refill goes out before the 15th",
            "been going to AA meetings twice a week since january, so no pub quiz for me",
            "pt denies chest pain, no hx of depression. NKDA.",
            "my daughter has type 1 diabetes so she has to keep her insulin pen on the trip",
            "her dad has Parkinson's and she's his main carer, hence the flexible hours",
            "I'm 22 wks pregnant, is the extra legroom seat covered?",
            "tested HIV negative last month, the clinic can confirm",
            "on sertraline 50mg since the burnout, doing a lot better now tbh",
            "I use a wheelchair, please make sure the venue has step-free access",
            "{n} called in sick again, says its the long covid fatigue",
            "No, I do not have a disability.",
        ],
        "de": [
            "bin seit Montag krankgeschrieben, Bandscheibenvorfall, AU kommt per Post",
            "{n} hat Epilepsie, bitte beim Ausflug dran denken",
            "nehme seit 3 jahren antidepressiva, nur zur info wg. der Betriebsärztin",
            "keine Vorerkrankungen, keine Allergien bekannt",
            "meine Mutter hat Demenz, brauch naechste Woche 2 Tage Pflegezeit",
            "bin schwanger (12. SSW), darf ich noch Nachtschichten machen?",
            "wegen meiner Depression bin ich in Therapie, daher die Termine Di nachmittags",
            "GdB 50, Schwerbehindertenausweis liegt der Personalabteilung vor",
            "{n} ist nach der Chemo noch nicht belastbar, bitte Homeoffice ermöglichen",
        ],
        "fr": [
            "je suis en arret maladie jusqu'a vendredi, hernie discale",
            "{n} est diabetique, faut prevoir ses repas pour la sortie",
            "pas d'antécédents cardiaques, pas d'allergie connue",
            "ma mere a Alzheimer, je dois l'accompagner a ses rdv le mardi",
            "sous traitement pour le VIH depuis 2015, charge virale indetectable",
            "enceinte de 5 mois, je peux plus porter de charges lourdes",
            "je vois un psy pour ma depression depuis l'an dernier",
            "{n} a fait un AVC en mars, il reprend a mi-temps therapeutique",
        ],
        "es": [
            "estoy de baja por ansiedad, el medico me dio 2 semanas",
            "{n} tiene asma, lleva siempre el inhalador",
            "sin antecedentes de hipertension, niega dolor toracico",
            "mi padre tiene cancer de colon, por eso pido el permiso",
            "estoy embarazada de 3 meses y tengo nauseas todo el dia",
            "tomo metformina para la diabetes desde hace años",
            "voy a terapia por un trastorno alimentario, los jueves no puedo",
            "{n} es celiaco diagnosticado, ojo con el menu",
        ],
    },
    "genetic": {
        "en": [
            "23andme says I carry a BRCA1 variant, no idea what to do with that info",
            "my DNA results came back APOE e3/e4, the counselor wants a follow-up",
            "{n}'s genotype at rs4680 is A/G per the lab printout",
        ],
        "de": [
            "laut Gentest bin ich Trägerin einer BRCA2-Variante",
            "Gentest: MTHFR C677T homozygot (TT), Befund hängt an",
            "{n} hat den DNA-Test gemacht, mütterliche Haplogruppe H1",
        ],
        "fr": [
            "le test genetique montre que je suis porteuse d'une variante BRCA2",
            "genotypage CYP2D6 *1/*4, metaboliseur intermediaire d'apres le labo",
        ],
        "es": [
            "el test genetico dice que soy portadora de una variante en BRCA1",
            "genotipo CYP2C19 *1/*2, metabolizador intermedio segun el informe",
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            "I'm of Kurdish descent and the form only had 'White' or 'Other'",
            "as a Black woman in tech this keeps happening to me",
            "he's Roma and the landlord suddenly said the flat was gone",
            "{n} identifies as Latina, put that in the mentoring match",
            "I'm mixed race (white and East Asian) fwiw",
        ],
        "de": [
            "ich bin Sinto und werde bei Bewerbungen ständig aussortiert",
            "meine Eltern sind Kurden aus Diyarbakır",  # noqa: RUF001
            "als Schwarze Deutsche erlebe ich das leider andauernd",
            "{n} ist Roma, der Vermieter hat dann plötzlich abgesagt",
        ],
        "fr": [
            "je suis d'origine maghrebine et le proprio m'a dit que c'etait deja loue",
            "ma famille est kabyle, on parle tamazight a la maison",
            "en tant que femme noire j'ai vecu ca plusieurs fois",
            "{n} est d'origine vietnamienne, elle peut aider pour la traduction",
        ],
        "es": [
            "mi abuela es gitana y siempre nos miraban raro en las tiendas",
            "soy de origen mapuche por parte de madre",
            "mi padre es afrodescendiente, de Esmeraldas",
            "{n} es de etnia quechua, habla el idioma con sus abuelos",
        ],
    },
    "political_opinion": {
        "en": [
            "I've been a paid-up Labour member since 2017",
            "voted Green last time and will again, sorry not sorry",
            "{n} canvasses for the Republicans every cycle",
            "put me down as a strong supporter, happy to donate again",
            "lifelong Tory here but I'm done with them",
        ],
        "de": [
            "er ist seit der Wende in der Partei",
            "ich wähl seit Jahren die Grünen",
            "bin Mitglied bei der FDP, Ortsverband Nord",
            "{n} sitzt für die Linke im Stadtrat und macht Wahlkampf",
            "hab der AfD nie meine Stimme gegeben und werd es auch nicht",
        ],
        "fr": [
            "il vote RN depuis toujours",
            "je suis adherente LFI depuis 2019",
            "j'ai fait un don a la campagne de Renaissance l'an dernier",
            "{n} milite au PS depuis la fac",
        ],
        "es": [
            "voto al PSOE desde siempre",
            "soy afiliado de Podemos desde el 15M",
            "{n} es militante del PP en su pueblo",
            "doné 50€ a la campaña de Sumar",
        ],
    },
    "religious_belief": {
        "en": [
            "fasting for Ramadan so I'll skip the team lunch this month",
            "I'm Catholic, can we avoid Sunday morning slots? mass at 10",
            "{n} converted to Judaism last year, no meetings on shabbat",
            "need the quiet room for Friday prayers around 1pm",
            "I left the church in 2019, please take me off the parish mailing",
        ],
        "de": [
            "bin 2018 aus der Kirche ausgetreten",
            "wir sind evangelisch, die Kinder gehen in den Reli-Unterricht",
            "er ist Muslim und fastet gerade, bitte kein Mittagessen-Meeting",
            "{n} singt im Kirchenchor von St. Marien und ist im Kirchenvorstand",
        ],
        "fr": [
            "je fais le ramadan cette annee, pas de dejeuner d'equipe pour moi",
            "on est catholiques pratiquants, messe tous les dimanches",
            "{n} s'est convertie a l'islam l'ete dernier",
            "je suis juif pratiquant, pas de reunion le samedi svp",
        ],
        "es": [
            "soy testigo de Jehova, no celebro cumpleaños",
            "vamos a misa todos los domingos con los niños",
            "mi marido es musulman y no come cerdo",
            "{n} se bautizó de adulto en la iglesia evangélica",
        ],
    },
    "trade_union": {
        "en": [
            "I'm a Unite member, can the dues come off my payslip?",
            "{n} is our shop steward at the Leeds depot",
            "joined the union last month after the layoffs were announced",
            "not in a union, never have been, so leave me off that list",
        ],
        "de": [
            "bin seit 20 jahren bei ver.di",
            "{n} ist Vertrauensfrau der IG Metall bei uns im Werk",
            "Gewerkschaftsbeitrag bitte direkt vom Lohn abziehen",
            "ich bin in keiner Gewerkschaft, bitte austragen",
        ],
        "fr": [
            "je suis syndique a la CGT depuis 2012",
            "{n} est deleguee syndicale FO sur le site",
            "j'ai adhere a la CFDT l'an dernier",
        ],
        "es": [
            "estoy afiliada a CCOO desde 2010",
            "{n} es delegado sindical de UGT en el almacen",
            "pago la cuota sindical cada mes por nomina",
        ],
    },
    "sex_life_orientation": {
        "en": [
            "we're gay and married, so put both of us on the policy",
            "I'm bi fwiw, not that it matters for the team",
            "{n} came out as lesbian to the team last year",
            "asexual here, not interested in hookups",
            "my bf and I (I'm a guy too) are looking for a 1-bed",
        ],
        "de": [
            "bin schwul, mein Mann kommt mit zur Weihnachtsfeier",
            "{n} ist lesbisch und lebt mit ihrer Frau in Köln",
            "bin bi und hab das auch so im Profil stehen",
        ],
        "fr": [
            "je suis gay et en couple avec {n} depuis 6 ans",
            "elle est lesbienne, sa compagne viendra au repas",
            "on est un couple de deux femmes, c'est un probleme pour le bail?",
        ],
        "es": [
            "soy gay y vivo con mi pareja desde 2020",
            "{n} es bisexual y lo dice abiertamente",
            "somos dos chicos casados, queremos la habitacion doble",
        ],
    },
    "criminal_record": {
        "en": [
            "was inside for 2 yrs for burglary, been clean since",
            "{n} got a DUI in 2021, license back now",
            "he's on probation till next March, has to check in weekly",
            "background check came back clear, no criminal record",
            "arrested last weekend, charges still pending",
        ],
        "de": [
            "er hat 2 Vorstrafen wegen Körperverletzung",
            "Führungszeugnis ohne Eintragungen liegt vor",
            "{n} sitzt gerade in U-Haft",
            "wurde wegen Betrugs zu 1 Jahr auf Bewährung verurteilt",
        ],
        "fr": [
            "il a fait 18 mois de prison pour vol",
            "casier judiciaire vierge, bulletin n°3 joint",
            "{n} est sous controle judiciaire jusqu'au proces",
            "condamne pour conduite en etat d'ivresse en 2020",
        ],
        "es": [
            "estuvo en la carcel por trafico, ya cumplio",
            "certificado de antecedentes penales: sin antecedentes",
            "lo detuvieron la semana pasada por robo",
            "{n} tiene una condena por estafa de 2018",
        ],
    },
}

NEUTRAL: dict[str, list[str]] = {
    "en": ["can you resend the invoice pls", "app crashes right after login on android 14",
           "thanks, that fixed it!", "parcel arrived but the box was crushed",
           "any update on this? it's been a week", "ok see you at standup"],
    "de": ["Paket kam beschädigt an", "könnt ihr die Rechnung nochmal schicken?",
           "danke, hat geklappt", "login geht seit heute morgen nicht", "passt, bis morgen"],
    "fr": ["commande pas recue", "merci c'est regle", "l'appli plante au demarrage",
           "vous pouvez renvoyer la facture ?", "ok a demain"],
    "es": ["no me llega el codigo de verificacion", "gracias, ya funciona",
           "el pedido llego incompleto", "me pueden reenviar la factura?", "vale, hasta mañana"],
}

TEMPTING: dict[str, list[str]] = {
    "en": ["the /health endpoint returns 503 since the deploy",
           "SELECT id FROM a UNION SELECT id FROM b is really slow on prod",
           "moved 'Religion & Spirituality' under Non-fiction in the nav",
           "the European Union tariff table is out of date",
           "TLS cert fingerprint changed after the renewal, pin needs updating",
           "character health drops to 0 but respawn never fires",
           "genetic algorithm converges after ~200 generations, bump mutation rate?",
           "district crime stats widget shows last quarter only"],
    "de": ["Healthcheck schlägt seit dem Update fehl",
           "UNION ALL statt UNION nehmen, sonst wird dedupliziert",
           "Kategorie 'Religion' im Shop umbenennen",
           "die Europäische Union hat neue Zollsätze veröffentlicht",
           "Gesundheitsprodukte-Katalog bitte neu importieren"],
    "fr": ["le healthcheck du service paiement est rouge",
           "la requete avec UNION plante en prod",
           "rayon religion et spiritualite reorganise",
           "l'Union europeenne publie les nouveaux taux"],
    "es": ["el endpoint de health devuelve 503",
           "la consulta con UNION tarda muchisimo",
           "la seccion de religion de la libreria se ve mal en movil",
           "la Union Europea cambio los aranceles"],
}
