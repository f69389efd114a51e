"""Free-text sentences, each tagged with the kinds it carries (empty for neutral text).

A sentence is about one unnamed person (the writer, a patient, an employee, a relative); names
are added by the families through the context, never hidden in these strings.
"""

from __future__ import annotations

from typing import Any

H, G, R, P, F, U, S, C = ("health", "genetic", "racial_ethnic_origin", "political_opinion",
                          "religious_belief", "trade_union", "sex_life_orientation",
                          "criminal_record")

# (language, text, kinds)
Sentence = tuple[str, str, tuple[str, ...]]

SPECIAL: dict[str, list[Sentence]] = {
    H: [
        ("en", "Caller says she has been off her lithium since the pharmacy mix-up and is "
               "barely sleeping.", (H,)),
        ("en", "Pt c/o SOB on exertion x3 wks, hx COPD, on tiotropium daily.", (H,)),
        ("en", "Heads up: my son has a severe tree-nut allergy and carries two EpiPens.", (H,)),
        ("en", "I lost the pregnancy in March and I'm not ready to come back full time yet.",
         (H,)),
        ("en", "Denies chest pain or palpitations. No cardiac history.", (H,)),
        ("en", "Her dad was diagnosed with early-onset Alzheimer's last spring, so she needs the "
               "flexible rota.", (H,)),
        ("en", "Disclosed type 1 diabetes, uses an insulin pump, asked for a fridge in the break "
               "room.", (H,)),
        ("en", "Back from A&E - kidney stone, they've put me on tamsulosin for a week.", (H,)),
        ("en", "He is HIV positive, undetectable, and takes Biktarvy once a day.", (H,)),
        ("en", "Employee is 22 weeks pregnant and has asked for a sit-stand desk.", (H,)),
        ("en", "I've been in therapy for panic attacks since January, so Thursdays at 4 are "
               "off-limits.", (H,)),
        ("en", "NKDA. Non-smoker. Drinks socially.", (H,)),
        ("en", "The rash came back after the amoxicillin course and the GP thinks it's an "
               "allergy.", (H,)),
        ("en", "Still recovering from long COVID; the brain fog is worst in the afternoons.",
         (H,)),
        ("en", "Was admitted for two nights with pneumonia, discharge letter attached.", (H,)),
        ("en", "He has used a wheelchair since the accident, please check the venue has "
               "step-free access.", (H,)),
        ("en", "Bloods: HbA1c 8.1%, LDL 4.2 mmol/L, follow-up booked with the diabetes nurse.",
         (H,)),
        ("en", "My wife just started chemo for breast cancer, I need to work from home on "
               "infusion days.", (H,)),
        ("en", "Tested negative for HIV at the clinic last week.", (H,)),
        ("en", "Our daughter is autistic and finds the noisy canteen overwhelming.", (H,)),
        ("de", "Mitarbeiterin ist wegen eines Bandscheibenvorfalls krankgeschrieben, "
               "voraussichtlich noch zwei Wochen.", (H,)),
        ("de", "Nimmt täglich 5 mg Ramipril, Blutdruck inzwischen gut eingestellt.", (H,)),
        ("de", "Mein Mann hat seit der Chemo kaum Kraft, bitte die Kiste direkt vor die "
               "Wohnungstür stellen.", (H,)),
        ("de", "Keine bekannten Allergien, keine Vorerkrankungen.", (H,)),
        ("de", "Bei mir wurde im Herbst eine mittelgradige Depression festgestellt, ich bin in "
               "ambulanter Therapie.", (H,)),
        ("de", "Schwerbehinderung mit GdB 50 liegt vor, Ausweis hängt an.", (H,)),
        ("de", "Meine Tochter hat Neurodermitis und verträgt keine Wolle.", (H,)),
        ("de", "Nach dem Herzinfarkt im Mai bin ich noch bis Ende Juli in der Reha.", (H,)),
        ("de", "Laut Arztbrief Morbus Crohn, aktuell im Schub, Cortison wird ausgeschlichen.",
         (H,)),
        ("de", "Kein Diabetes, kein Bluthochdruck, Nichtraucherin.", (H,)),
        ("fr", "Migraines avec aura depuis trois semaines, traitement par sumatriptan.", (H,)),
        ("fr", "Ma fille est cœliaque, merci de vérifier que tout est sans gluten.", (H,)),
        ("fr", "Arrêt de travail suite à une fracture du poignet, reprise prévue le 12.", (H,)),
        ("fr", "Aucun antécédent de diabète ni d'hypertension.", (H,)),
        ("fr", "Je suis enceinte de cinq mois et mon médecin déconseille les longs trajets.",
         (H,)),
        ("fr", "Son frère est suivi pour une schizophrénie depuis l'adolescence.", (H,)),
        ("fr", "Le patient est sous apixaban, prudence avant toute extraction dentaire.", (H,)),
        ("fr", "J'ai fait un burn-out l'an dernier et je reprends en mi-temps thérapeutique.",
         (H,)),
        ("es", "Refiere dolor lumbar crónico, toma pregabalina desde hace un año.", (H,)),
        ("es", "Tengo asma y necesito llevar el inhalador en cabina.", (H,)),
        ("es", "Mi madre está en diálisis tres veces por semana, por eso pido el turno de "
               "mañana.", (H,)),
        ("es", "Sin alergias medicamentosas conocidas.", (H,)),
        ("es", "Le diagnosticaron ansiedad generalizada el año pasado y sigue con sertralina.",
         (H,)),
        ("es", "Estoy de baja por una operación de menisco, adjunto el parte.", (H,)),
        ("es", "Niega fiebre y tos; sin antecedentes respiratorios.", (H,)),
        ("es", "Soy hipertenso y tomo enalapril, ¿afecta eso al seguro de viaje?", (H,)),
    ],
    G: [
        ("en", "The lab confirmed he is a heterozygous carrier of the F508del variant.", (G,)),
        ("en", "Genotype at rs1801133 came back TT.", (G,)),
        ("en", "PGx panel result: CYP2D6 *4/*4, CYP2C19 *1/*17.", (G,)),
        ("en", "Her raw data shows two copies of APOE e4.", (G,)),
        ("en", "Sequencing found a pathogenic BRCA1 variant, c.5266dupC.", (G,)),
        ("en", "Diagnosed with hereditary haemochromatosis; HFE C282Y homozygous.", (G, H)),
        ("de", "Der Gentest ergab eine heterozygote Variante im MTHFR-Gen (C677T).", (G,)),
        ("de", "Abstammungsgutachten: an allen 21 STR-Systemen übereinstimmend.", (G,)),
        ("de", "Laut Befund bin ich Trägerin einer BRCA2-Mutation.", (G,)),
        ("fr", "Le séquençage a mis en évidence une variante pathogène de BRCA1 chez la "
               "patiente.", (G,)),
        ("fr", "Le test ADN de paternité confirme la filiation (probabilité 99,99 %).", (G,)),
        ("fr", "Typage HLA : A*02:01, B*08:01, DRB1*03:01.", (G,)),
        ("es", "El estudio genético detectó la mutación C282Y del gen HFE en homocigosis.",
         (G,)),
        ("es", "Mi prueba de ADN dice que soy portadora de atrofia muscular espinal.", (G, H)),
        ("es", "El perfil de ADN coincide con la muestra de referencia en 16 marcadores STR.",
         (G,)),
    ],
    R: [
        ("en", "I'm ethnically Igbo and grew up in Leeds.", (R,)),
        ("en", "As a Black woman in engineering I'd really value the mentoring scheme.", (R,)),
        ("en", "My grandparents were Hmong refugees and I'm the first in the family at "
               "university.", (R,)),
        ("en", "Self-identifies as Mixed - White and Black Caribbean.", (R,)),
        ("en", "He is Tamil, from a family that left Jaffna in the eighties.", (R,)),
        ("en", "Identifies as Native Hawaiian and is happy to be contacted about the cultural "
               "grant.", (R,)),
        ("de", "Ich bin Romni und möchte nicht, dass das in der Akte vermerkt wird.", (R,)),
        ("de", "Sie gehört der sorbischen Minderheit an und spricht zuhause Obersorbisch.",
         (R,)),
        ("de", "Als Schwarzer Deutscher werde ich bei Kontrollen ständig rausgezogen.", (R,)),
        ("fr", "Je suis d'origine kabyle par mon père.", (R,)),
        ("fr", "Elle se décrit comme métisse, mère sénégalaise et père breton.", (R,)),
        ("fr", "Il est d'origine vietnamienne, arrivé en France à six ans.", (R,)),
        ("es", "Soy mapuche y en casa hablamos mapudungun.", (R,)),
        ("es", "Mi familia es gitana, de Triana de toda la vida.", (R,)),
        ("es", "Me identifico como afrodescendiente.", (R,)),
        ("es", "Es de origen quechua, sus abuelos eran de Cusco.", (R,)),
    ],
    P: [
        ("en", "He told me he's been a card-carrying Green Party member for twenty years.",
         (P,)),
        ("en", "Won't vote Conservative again after the hospital closure, leaning Lib Dem.",
         (P,)),
        ("en", "Registered Republican but says he'll split his ticket this year.", (P,)),
        ("en", "She chairs the local Labour branch and asked us not to ring during conference "
               "week.", (P,)),
        ("en", "Gave $250 to the Democratic congressional campaign in March.", (P,)),
        ("de", "Ist seit 2015 SPD-Mitglied und sitzt im Vorstand des Ortsvereins.", (P,)),
        ("de", "Sagt ganz offen, dass er diesmal AfD wählen will.", (P,)),
        ("de", "Sie engagiert sich bei den Grünen und verteilt am Samstag Flyer.", (P,)),
        ("de", "Hab bei der letzten Bundestagswahl FDP gewählt und bereue es inzwischen.",
         (P,)),
        ("fr", "Militante chez Les Écologistes depuis la dernière présidentielle.", (P,)),
        ("fr", "Il votera RN au second tour, il l'a dit franchement au porte-à-porte.", (P,)),
        ("fr", "Adhérente LFI, elle tient le stand au marché le dimanche.", (P,)),
        ("es", "Es afiliado al PP desde los noventa.", (P,)),
        ("es", "Me dijo que votará a Sumar en las generales.", (P,)),
        ("es", "Fue interventor del PSOE en su colegio electoral.", (P,)),
    ],
    F: [
        ("en", "She asked to swap Friday afternoons because she attends Jumu'ah prayers.", (F,)),
        ("en", "We keep Shabbat, so no deliveries from Friday sundown to Saturday night please.",
         (F,)),
        ("en", "I converted to Buddhism a few years ago, which is why I'm asking about retreat "
               "leave.", (F,)),
        ("en", "He's a deacon at Grace Fellowship and runs the food bank there.", (F,)),
        ("en", "As a practising Sikh he wears a kara and asked about the jewellery policy.",
         (F,)),
        ("en", "Left the LDS church in 2019 and wants the membership records removed.", (F,)),
        ("en", "I'm an atheist and would prefer a civil celebrant for the service.", (F,)),
        ("de", "Ich bin letztes Jahr aus der katholischen Kirche ausgetreten, bitte das "
               "Kirchensteuermerkmal korrigieren.", (F,)),
        ("de", "Er ist praktizierender Muslim und fastet im Ramadan, Spätschicht wäre ihm "
               "lieber.", (F,)),
        ("de", "Sie singt im Chor der neuapostolischen Gemeinde.", (F,)),
        ("de", "Wir sind evangelisch und möchten, dass unser Sohn am Religionsunterricht "
               "teilnimmt.", (F,)),
        ("fr", "Protestante pratiquante, elle est au temple tous les dimanches matin.", (F,)),
        ("fr", "Il est témoin de Jéhovah et ne participe pas aux anniversaires au bureau.",
         (F,)),
        ("fr", "Je suis juive pratiquante et je ne peux pas travailler le samedi.", (F,)),
        ("es", "Soy evangélica y los domingos estoy en el culto toda la mañana.", (F,)),
        ("es", "Mi padre es diácono en la parroquia del barrio.", (F,)),
        ("es", "Es musulmán practicante y pide no trabajar el viernes a mediodía.", (F,)),
        ("es", "Me bauticé de adulto en la Iglesia Adventista el año pasado.", (F,)),
    ],
    U: [
        ("en", "I'm the Unite rep for the night shift, please copy me in.", (U,)),
        ("en", "She joined the union after the last round of layoffs.", (U,)),
        ("en", "Not a union member, opted out of dues in April.", (U,)),
        ("en", "He has been a shop steward with the Teamsters since 2017.", (U,)),
        ("en", "NEU member, asking whether strike days affect her pension.", (U,)),
        ("de", "Er ist Vertrauensmann der IG BCE im Werk Süd.", (U,)),
        ("de", "Ich bin seit Januar ver.di-Mitglied.", (U,)),
        ("de", "Sie ist in keiner Gewerkschaft organisiert.", (U,)),
        ("fr", "Elle est déléguée syndicale CGT sur le site de Lyon.", (U,)),
        ("fr", "Je suis adhérent à Force Ouvrière depuis dix ans.", (U,)),
        ("es", "Soy delegado de UGT en el comité de empresa.", (U,)),
        ("es", "Se afilió a Comisiones Obreras el mes pasado.", (U,)),
        ("es", "Está afiliada al sindicato de enfermería SATSE.", (U,)),
    ],
    S: [
        ("en", "I'm in a same-sex marriage and want my husband added as beneficiary.", (S,)),
        ("en", "Came out as bi to the team last year, happy for that to be known.", (S,)),
        ("en", "He's asexual and would rather skip the singles events.", (S,)),
        ("en", "Gay, 34, into climbing and bad puns.", (S,)),
        ("en", "Straight guy, just moved here, looking for hiking buddies.", (S,)),
        ("en", "Reports two new partners in the last three months, condom use inconsistent.",
         (S,)),
        ("de", "Ich lebe offen schwul und möchte mit meinem Partner zur Betriebsfeier kommen.",
         (S,)),
        ("de", "Wir sind ein lesbisches Paar und suchen eine größere Wohnung.", (S,)),
        ("de", "Bin bisexuell, falls das für die Umfrage relevant ist.", (S,)),
        ("fr", "Je suis lesbienne et je cherche quelqu'un de sérieux.", (S,)),
        ("fr", "Il m'a confié être bisexuel mais ne veut pas que ça se sache.", (S,)),
        ("fr", "Pansexuel, 29 ans, fan de randonnée et de jeux de société.", (S,)),
        ("es", "Soy gay y busco algo serio.", (S,)),
        ("es", "Vivo con mi novia; somos pareja lesbiana desde hace seis años.", (S,)),
        ("es", "Es bisexual, aunque en el trabajo no lo sabe nadie.", (S,)),
    ],
    C: [
        ("en", "Disclosed a 2016 conviction for possession, now spent.", (C,)),
        ("en", "He's on probation until October and the supervising officer wants weekly "
               "check-ins.", (C,)),
        ("en", "Arrested in 2021 for shoplifting, charges later dropped.", (C,)),
        ("en", "DBS came back clear, no convictions or cautions.", (C,)),
        ("en", "Served 18 months for burglary, released in 2020.", (C,)),
        ("en", "Pleaded guilty to drink-driving last year, licence back in June.", (C,)),
        ("de", "Er hat eine Vorstrafe wegen Körperverletzung aus dem Jahr 2018.", (C,)),
        ("de", "Gegen die Bewerberin läuft ein Ermittlungsverfahren wegen Betrugs.", (C,)),
        ("de", "Führungszeugnis liegt vor, ohne Eintragungen.", (C,)),
        ("de", "Wurde zu einer Bewährungsstrafe von acht Monaten verurteilt.", (C,)),
        ("fr", "Il a été condamné à six mois avec sursis pour vol en 2019.", (C,)),
        ("fr", "Le bulletin n°3 de son casier judiciaire est vierge.", (C,)),
        ("fr", "Elle a été placée en garde à vue l'an dernier pour outrage à agent.", (C,)),
        ("es", "Tiene antecedentes por un delito de lesiones.", (C,)),
        ("es", "Está en libertad condicional hasta marzo.", (C,)),
        ("es", "Certificado de antecedentes penales: sin antecedentes.", (C,)),
        ("es", "Lo detuvieron en 2022 por conducir ebrio.", (C,)),
    ],
}

NEUTRAL: dict[str, tuple[str, ...]] = {
    "en": ("Thanks in advance for looking into this.",
           "The order arrived two days late but everything was intact.",
           "Could you resend the invoice as a PDF?",
           "The app logs me out every time I switch to the camera.",
           "We'd like to move the kickoff to next Tuesday.",
           "The parcel was left with a neighbour, which is fine.",
           "Happy to jump on a call if that is easier.",
           "Second time this month the export has timed out."),
    "de": ("Vielen Dank schon mal!",
           "Die Rechnung fehlt leider im Anhang.",
           "Seit dem Update stürzt die App beim Öffnen ab.",
           "Könnt ihr den Termin auf nächste Woche schieben?",
           "Die Lieferung kam pünktlich, nur der Karton war eingedrückt.",
           "Bitte um kurze Rückmeldung bis Freitag."),
    "fr": ("Merci d'avance pour votre retour.",
           "Le colis est arrivé abîmé, je joins des photos.",
           "Impossible de me connecter depuis la mise à jour.",
           "Pouvez-vous décaler le rendez-vous à jeudi ?",
           "Je reste disponible pour un appel si besoin."),
    "es": ("Gracias de antemano.",
           "El pedido llegó incompleto, falta una caja.",
           "No me deja iniciar sesión desde ayer.",
           "¿Podemos pasar la reunión al lunes?",
           "Quedo atento a su respuesta."),
}

# hard negatives in prose: each names the category it imitates
NEAR_MISS: dict[str, tuple[tuple[str, str], ...]] = {
    H: (("en", "The status page has shown every service healthy since the 14:00 deploy."),
        ("de", "Der Health-Check des Payment-Service schlägt seit heute Morgen fehl."),
        ("es", "El plan de salud de la empresa cubre fisioterapia para toda la plantilla."),
        ("fr", "Le taux de vaccination de la région dépasse 80 % cette année."),
        ("en", "The boss health bar drains far too fast on level 3.")),
    G: (("en", "The scheduler uses a genetic algorithm with 200 generations."),
        ("en", "Customer obsession is in our DNA."),
        ("fr", "Le gène BRCA1 est situé sur le chromosome 17.")),
    "biometric": (("en", "Log in faster with Face ID or your fingerprint."),
                  ("en", "The TLS fingerprint of the load balancer changed after renewal."),
                  ("de", "Die Anmeldung per Fingerabdruck ist jetzt in der App verfügbar.")),
    R: (("en", "We serve ethnic cuisine from six continents."),
        ("de", "Staatsangehörigkeit: deutsch; Änderungen bitte mit neuer Urkunde melden."),
        ("es", "La carrera popular de 10 km sale a las nueve desde el puerto.")),
    P: (("en", "The party published its manifesto on Monday."),
        ("en", "Our spring marketing campaign goes live on Friday."),
        ("fr", "Le parti a présenté son programme économique ce matin.")),
    F: (("en", "This title sits in the Religion & Spirituality section."),
        ("de", "An Heiligabend haben wir von 10 bis 14 Uhr geöffnet."),
        ("es", "Quedamos en la cafetería junto a la catedral.")),
    U: (("en", "The report query merges both tables with UNION ALL."),
        ("en", "Shipping to the European Union takes three to five days."),
        ("en", "Our credit union pays 4.1% on share certificates.")),
    S: (("en", "Rotate the tablet to landscape orientation for the chart."),
        ("en", "Delivery covers Essex, Middlesex and Sussex."),
        ("fr", "Le formulaire demande le sexe tel qu'indiqué sur la pièce d'identité.")),
    C: (("en", "New hires have a six-month probation period."),
        ("en", "Start your 14-day free trial today."),
        ("de", "Die Probezeit beträgt sechs Monate."),
        ("es", "Reserva tu pista de tenis desde la app.")),
}


def special(ctx: Any, kind: str, lang: str | None = None) -> str:
    """A sentence carrying ``kind`` (in ``lang`` if there is one), marking what it carries."""
    pool = [s for s in SPECIAL[kind] if lang is None or s[0] == lang] or SPECIAL[kind]
    lang_, text, kinds = ctx.pick(pool)
    for k in kinds:
        ctx.mark(k, f"text:{k}/{lang_}")
    return str(text)


def neutral(ctx: Any, lang: str) -> str:
    return str(ctx.pick(NEUTRAL.get(lang, NEUTRAL["en"])))


def near_miss(ctx: Any, kind: str | None = None) -> str:
    kind = kind or ctx.pick(tuple(NEAR_MISS))
    _lang, text = ctx.pick(NEAR_MISS[kind])
    ctx.neg(f"text~{kind}")
    return str(text)
