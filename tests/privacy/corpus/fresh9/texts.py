"""Free-text sentences, by kind and language.

Each sentence in ``SPECIAL[kind][lang]`` states data of exactly that kind and no other kind,
except through the ``{first}`` placeholder, which the context fills with a given name and
records as ``person_name``. ``NEAR_MISS`` sentences talk about a person without containing
any kind (nationality, pronouns, an eviction, a watch-list flag); ``FILLER`` sentences are
ordinary chatter, some of it built from hard negatives.
"""

from __future__ import annotations

SPECIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "health": {
        "en": (
            "been on sertraline since the divorce, GP says stay on it till spring",
            "{first} mentioned her dad has early-onset Parkinson's and she's his main carer",
            "no history of depression or self-harm per client, denies suicidal ideation",
            "T2 diabetic, insulin pen is in the staff fridge pls dont move it",
            "she's 24 wks pregnant so no heavy lifting on the rota",
            "client is HIV+, undetectable, taking his meds every day",
            "NKDA. BP 142/91 today, asked GP to review",
            "off work w/ long covid again, brain fog is awful",
            "uses a wheelchair since the accident, needs step-free access",
            "in recovery from alcohol, 14 months sober as of last week",
        ),
        "de": (
            "sie ist trockene Alkoholikerin, seit 2019 kein Tropfen mehr",
            "hab seit der Trennung Panikattacken, nehm jetzt Escitalopram",
            "Kind hat ADHS-Diagnose, bekommt morgens Medikinet",
            "keine Vorerkrankungen, keine Allergien bekannt (laut Patientin)",
            "Schwerbehindertenausweis GdB 50 wegen MS",
            "ihr Vater hat Demenz, sie pflegt ihn zu Hause",
            "AU bis Freitag, Bandscheibenvorfall L4/L5",
            "war 6 Wochen in der Klinik wegen Depression, jetzt ambulant",
            "Diabetes Typ 1, Insulinpumpe, bitte bei Ausflügen dran denken",
        ),
        "fr": (
            "sous antidépresseurs depuis son licenciement, suivi par un psy au CMP",
            "elle est enceinte de 5 mois, pas de port de charges svp",
            "pas d'antecedents cardiaques, ne fume pas",
            "diabete type 1 depuis l'enfance, pompe a insuline",
            "son frère est schizophrène, {first} s'inquiète pour leur mère",
            "arrêt maladie pour burn-out jusqu'au 15",
            "allergique à la pénicilline !!",
            "il est sous méthadone depuis 2 ans, ça se passe bien",
            "dyslexique + dyspraxique, tiers temps aux examens",
        ),
        "es": (
            "lleva años con depresión, ahora toma sertralina",
            "tiene fibromialgia y algunos días no puede ni levantarse",
            "según ella no hay antecedentes de cáncer en la familia",
            "mi hijo tiene TEA grado 1, necesita apoyo en el aula",
            "de baja por ansiedad desde marzo",
            "es celíaca, ojo con el menú de la cena",
            "su madre tiene alzhéimer y vive con ellos",
            "le pusieron un marcapasos el año pasado",
            "esta embarazada de gemelos, sale de cuentas en agosto",
        ),
    },
    "genetic": {
        "en": (
            "raw data export shows rs429358 C/C and rs7412 C/C",
            "test came back heterozygous for the CFTR F508del variant",
            "pharmacogenomics panel: CYP2C19 *2/*2, poor metaboliser",
            "we share 1,742 cM across 58 segments so probably half-siblings",
            "Y-DNA haplogroup came back as R1b-L21",
        ),
        "de": (
            "Trägerin einer MTHFR-Variante (C677T heterozygot)",
            "laut DNA-Test mtDNA-Haplogruppe H1a",
            "Vaterschaftsgutachten: Vaterschaft praktisch erwiesen (99,99 %)",
            "Gentest ergab: HFE C282Y homozygot",
            "teilen laut Ahnenforschung-Plattform 870 cM, also Cousine 1. Grades",
        ),
        "fr": (
            "porteuse hétérozygote de la mutation HFE C282Y",
            "test ADN : 1 240 cM partagés avec mon cousin présumé",
            "génotype CYP2D6 *4/*4 d'après le labo",
            "le séquençage a trouvé une variante BRCA2 c.5946delT",
            "haplogroupe mitochondrial U5b d'après le kit",
        ),
        "es": (
            "portador de la variante GJB2 35delG",
            "genotipo APOE e3/e4 según el informe",
            "el test de ADN dice haplogrupo R1b",
            "compartimos 3.400 cM, o sea que es mi padre biológico",
            "el panel genético salió: factor V Leiden heterocigoto",
        ),
    },
    "racial_ethnic_origin": {
        "en": (
            "she's of Kurdish descent and says the team makes jokes about it",
            "identifies as mixed race (Black Caribbean and White)",
            "my mum's side is Punjabi and my dad's side is Irish Traveller",
            "he's Aboriginal, Wiradjuri on his mother's side",
            "client is Roma and was refused at two letting agents",
        ),
        "de": (
            "sie gehört der Minderheit der Sinti an",
            "er ist Kurde aus Afrin, spricht Kurmandschi",
            "ich bin Afrodeutsche und werde ständig auf meine Haare angesprochen",
            "Familie ist türkischstämmig, Oma kam 1971 als Gastarbeiterin",
            "Mandant ist Rom und wurde bei der Wohnungssuche abgewiesen",
        ),
        "fr": (
            "elle est d'origine kabyle par son père",
            "il est noir et dit subir des contrôles au faciès",
            "famille d'origine rom, installée à Montreuil",
            "je suis métisse, mère vietnamienne d'origine et père breton",
            "il se présente comme Peul",
        ),
        "es": (
            "es de etnia gitana y su familia vive en el barrio",
            "soy mestiza, mi abuela era quechua",
            "origen mapuche por parte de madre",
            "se identifica como afrodescendiente",
            "él es amazigh, nacido en Nador",
        ),
    },
    "political_opinion": {
        "en": (
            "votes Green every time, won't shut up about it",
            "canvassed for Labour in 2019 and is still a paid-up member",
            "gave £50 to the Lib Dem campaign in the by-election",
            "card-carrying SNP member, branch treasurer too",
            "says he'll never vote Tory again after what happened",
        ),
        "de": (
            "ist seit Jahren SPD-Mitglied",
            "wählt AfD, hat er beim Grillen offen gesagt",
            "spendet monatlich an die Grünen",
            "war Kreisvorsitzende der Linken",
            "hat bei der Wahl FDP gewählt, sagt sie",
        ),
        "fr": (
            "militant LFI depuis 2017",
            "vote RN aux européennes d'après lui",
            "adhérente chez EELV, elle colle des affiches",
            "a fait un don à la campagne de Renaissance",
            "encarté au PS depuis la fac",
        ),
        "es": (
            "afiliado al PSOE desde joven",
            "vota a Podemos siempre",
            "es concejal suplente de Vox en su pueblo",
            "dona cada mes a Sumar",
            "interventora del PP en las últimas municipales",
        ),
    },
    "religious_belief": {
        "en": (
            "keeps kosher and needs Friday afternoons off for Shabbat",
            "devout Catholic, Mass every Sunday without fail",
            "converted to Islam last year, fasting in Ramadan so lunch meetings are tricky",
            "left the Jehovah's Witnesses in 2015 and the family cut contact",
            "she's Hindu, please no beef in the catering for her",
            "{first} is Sikh and wears a turban, asked about the hard-hat policy",
        ),
        "de": (
            "ist 2021 aus der Kirche ausgetreten",
            "trägt Kopftuch, praktizierende Muslimin",
            "Zeuge Jehovas, geht deshalb nicht zu Geburtstagsfeiern",
            "ist in der Freikirche aktiv, leitet den Jugendkreis",
            "Familie ist jüdisch, feiert Pessach",
        ),
        "fr": (
            "elle est musulmane pratiquante, elle fait le ramadan",
            "catho pratiquant, messe le dimanche",
            "ils sont témoins de Jéhovah",
            "il s'est converti au bouddhisme l'an dernier",
            "elle a demandé à être débaptisée",
        ),
        "es": (
            "es testigo de Jehová",
            "somos evangélicos, vamos al culto los domingos",
            "musulmán practicante, necesita un espacio para rezar",
            "apostató de la Iglesia católica el año pasado",
            "es judía y no trabaja en sábado",
        ),
    },
    "trade_union": {
        "en": (
            "shop steward at the depot, handles the night shift cases",
            "Unite member since 2012",
            "she's the GMB rep for the warehouse",
            "not in a union, never has been, he says",
            "pays union dues through payroll",
        ),
        "de": (
            "ist Vertrauensfrau bei ver.di",
            "IG-Metall-Mitglied, will sich beraten lassen",
            "ist letztes Jahr aus der GEW ausgetreten",
            "kein Gewerkschaftsmitglied, sagt er",
        ),
        "fr": (
            "délégué syndical CGT sur le site",
            "adhérente FO depuis 10 ans",
            "il n'est pas syndiqué",
            "elle est élue SUD au CSE et encartée",
        ),
        "es": (
            "delegada de CCOO en el centro",
            "afiliado a UGT desde 2009",
            "no estoy afiliada a ningún sindicato",
            "paga la cuota de CGT por nómina",
        ),
    },
    "sex_life_orientation": {
        "en": (
            "she's gay and out at work",
            "{first} and his husband adopted last year",
            "identifies as bisexual, hasn't told his parents",
            "in a same-sex relationship for six years",
            "says she's asexual and fed up with being set up on dates",
        ),
        "de": (
            "er ist schwul und hat Angst vorm Coming-out in der Familie",
            "{first} lebt mit ihrer Frau zusammen",
            "lesbisch, seit 8 Jahren verpartnert",
            "ist bi und hat das im Team erzählt",
        ),
        "fr": (
            "il est homo mais pas out au boulot",
            "{first} vit avec sa compagne depuis 10 ans",
            "je suis bi et ma famille ne le sait pas",
            "elle est lesbienne, sa mère l'a mal pris",
        ),
        "es": (
            "mi pareja y yo somos dos chicas",
            "es gay y su familia no lo acepta",
            "se declara bisexual",
            "{first} vive con su marido en Lavapiés",
        ),
    },
    "criminal_record": {
        "en": (
            "did a stint in Wormwood Scrubs, out since 2021",
            "on licence till March, sees his probation officer weekly",
            "two priors for shoplifting",
            "DBS came back clear",
            "was arrested after a fight outside the pub but released without charge",
            "has a spent conviction for drink-driving",
        ),
        "de": (
            "saß 3 Jahre in Tegel wegen Betrug",
            "Führungszeugnis ohne Eintragungen",
            "steht unter Bewährung bis 2026",
            "gegen ihn läuft ein Ermittlungsverfahren wegen Körperverletzung",
            "vorbestraft wegen Diebstahl",
        ),
        "fr": (
            "casier judiciaire vierge",
            "a fait de la prison pour trafic",
            "sous contrôle judiciaire jusqu'au procès",
            "condamné avec sursis en 2020",
            "en garde à vue hier soir pour outrage",
        ),
        "es": (
            "tiene antecedentes penales por robo",
            "estuvo en Soto del Real dos años",
            "certificado de antecedentes penales negativo",
            "en libertad condicional",
            "lo detuvieron por conducir borracho",
        ),
    },
}

NEAR_MISS: dict[str, tuple[str, ...]] = {
    "en": (
        "pronouns they/them",
        "Polish national, settled status",
        "had an eviction in 2019 over arrears",
        "authenticated with Face ID, match score fine",
        "vegetarian, no other dietary needs",
        "PEP screening negative",
    ),
    "de": (
        "Staatsangehörigkeit: syrisch",
        "Räumungsklage 2020 wegen Mietschulden",
        "hat sich per Fingerabdruck am Terminal angemeldet",
        "Geschlecht: divers",
        "isst kein Fleisch, sonst keine Wünsche",
    ),
    "fr": (
        "il est fiché S d'après la presse locale",
        "nationalité marocaine, titre de séjour valide",
        "expulsion locative en 2021",
        "pronom : iel",
        "végétarienne, rien d'autre",
    ),
    "es": (
        "nacionalidad colombiana, con NIE en trámite",
        "tuvo un desahucio en 2018",
        "se identifica con la huella en el móvil",
        "vegetariano, sin más",
        "sexo: mujer",
    ),
}

FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "will follow up next week",
        "sent the form again, second time lucky",
        "the portal's health check was failing so the upload timed out",
        "tbc after the team meeting",
        "asked about the European Union settlement scheme deadline, signposted",
        "cheers, speak soon",
        "left a voicemail, no answer",
    ),
    "de": (
        "melde mich nächste Woche nochmal",
        "Unterlagen unvollständig, Nachreichung angefordert",
        "Termin verschoben wg. Streik im ÖPNV",
        "Rückruf vereinbart",
        "das Portal war wieder down, daher per Mail",
        "LG und schönes Wochenende",
    ),
    "fr": (
        "je relance la semaine prochaine",
        "dossier incomplet, pièces manquantes demandées",
        "rdv reporté à cause des grèves",
        "merci pour votre retour",
        "le site était en panne, envoi par courrier",
        "bonne journée",
    ),
    "es": (
        "vuelvo a llamar la semana que viene",
        "falta documentación, se la he pedido",
        "cita aplazada por la huelga de metro",
        "gracias por todo",
        "la web no funcionaba, lo mandó por correo",
        "un saludo",
    ),
}
