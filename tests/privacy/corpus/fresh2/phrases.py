"""Free-text sentences for the fresh2 split, by kind and language.

Each sentence states data of exactly the kind it is filed under (and nothing else); the
clean sentences mention sensitive-sounding words without stating any such data about a person.
"""

from __future__ import annotations

from .values import Ctx

SAY: dict[str, dict[str, list[str]]] = {
    "health": {
        "en": [
            "I was diagnosed with type 2 diabetes last spring and I'm on metformin now.",
            "Patient reports intermittent chest tightness on exertion; denies syncope.",
            "No history of depression or self-harm. NKDA.",
            "She's been off work since March with long COVID and the fatigue is not improving.",
            "My son has a severe peanut allergy so please make sure the EpiPen is in his bag.",
            "HbA1c 8.1% today, up from 7.4% in January; discussed titrating insulin.",
            "I'm 22 weeks pregnant and can't do the night shifts anymore.",
            "Her father has Parkinson's and she is his main carer at the weekends.",
            "Started sertraline 50mg two weeks ago, sleeping a bit better but still anxious.",
            "Client disclosed a relapse after 14 months sober, drinking daily for a week.",
            "I have MS and the app's tiny buttons are really hard for me to use.",
            "Since the chemo my hands shake and I keep mistyping my PIN.",
            "HIV negative, last tested in October.",
            "He uses a wheelchair after a spinal injury, so we need step-free access.",
        ],
        "de": [
            "Ich bin seit drei Wochen wegen eines Bandscheibenvorfalls krankgeschrieben.",
            "Keine Vorerkrankungen, keine Allergien bekannt.",
            "Meine Mutter hat Demenz und ich pflege sie zuhause.",
            "Diagnose F32.1, mittelgradige depressive Episode; Beginn einer Psychotherapie.",
            "Ich nehme Ramipril gegen Bluthochdruck, bitte bei der Narkose berücksichtigen.",
            "Seit der Chemo bin ich nur noch halbtags belastbar.",
            "Bei unserem Sohn wurde ADHS festgestellt, er braucht mehr Zeit bei Klassenarbeiten.",
        ],
        "fr": [
            "Je suis enceinte de cinq mois et mon médecin m'a arrêtée jusqu'à fin juin.",
            "Antécédents : asthme depuis l'enfance, sous Ventoline à la demande.",
            "Pas d'antécédent de maladie cardiaque, ne fume pas.",
            "Mon conjoint est suivi pour un cancer de la prostate depuis l'an dernier.",
            "Je suis en arrêt maladie pour un burn-out, je ne peux pas reprendre avant septembre.",
            "L'enfant est allergique aux arachides et porte un stylo d'adrénaline.",
        ],
        "es": [
            "Tengo fibromialgia y algunos días no puedo ni levantarme de la cama.",
            "Estoy de baja por una hernia discal desde el 3 de febrero.",
            "Niega alergias medicamentosas. Sin antecedentes de hipertensión.",
            "Mi hija es celíaca, ¿el menú del comedor tiene opciones sin gluten?",
            "Le diagnosticaron epilepsia el año pasado y toma levetiracetam.",
            "Estoy embarazada de ocho semanas y me han recomendado reposo.",
        ],
    },
    "genetic": {
        "en": [
            "The DNA test came back: I'm a heterozygous carrier of the CFTR F508del variant.",
            "My 23andMe raw data shows rs429358 C;T, one copy of APOE e4.",
            "Lab confirmed BRCA2 c.5946delT (pathogenic) in the proband's sample.",
        ],
        "de": [
            "Der Gentest hat ergeben, dass ich heterozygote Anlageträgerin für HFE C282Y bin.",
            "Laut Befund liegt bei mir die Variante MTHFR c.677C>T homozygot vor.",
        ],
        "fr": [
            "Le test génétique montre que je suis porteur hétérozygote de la mutation GJB2 35delG.",
            "Génotype CYP2C19 *1/*2, métaboliseur intermédiaire selon le rapport.",
        ],
        "es": [
            "El estudio genético indica que soy portadora de la variante HBB c.20A>T.",
            "Mi genotipo para rs1801133 es TT según el informe del laboratorio.",
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            "As a Black woman in tech I rarely see people who look like me in leadership.",
            "I'm of Kurdish descent and my grandparents came from Diyarbakır.",  # noqa: RUF001
            "The applicant self-identifies as Hispanic or Latino.",
            "Being mixed race (white British and Caribbean), I never know which box to tick.",
        ],
        "de": [
            "Ich bin Sinti und habe in der Schule oft Diskriminierung erlebt.",
            "Als Kind türkischstämmiger Eltern wurde ich bei der Wohnungssuche abgelehnt.",
        ],
        "fr": [
            "Je suis d'origine maghrébine et on m'a refusé l'entrée de la boîte de nuit.",
            "En tant que femme noire, j'ai souvent été la seule dans les réunions.",
        ],
        "es": [
            "Soy de etnia gitana y en la entrevista me preguntaron por mi apellido.",
            "Me identifico como indígena quechua, mis padres son de Cusco.",
        ],
    },
    "political_opinion": {
        "en": [
            "I've voted Labour my whole life but I can't back them this time.",
            "Strong Republican supporter, wants a yard sign, will volunteer weekends.",
            "I'm a paid-up member of the Green Party and I canvass every Saturday.",
            "Donated $250 to the Democratic campaign after the debate.",
        ],
        "de": [
            "Ich bin seit 2015 Mitglied der SPD und sitze im Ortsverein.",
            "Ich wähle diesmal die Grünen, wegen der Klimapolitik.",
        ],
        "fr": [
            "Je suis militante à La France insoumise depuis les dernières présidentielles.",
            "J'ai voté pour le Rassemblement national aux européennes, je l'assume.",
        ],
        "es": [
            "Soy afiliado al PSOE desde hace veinte años.",
            "Voté a Podemos en las generales, pero ahora me arrepiento.",
        ],
    },
    "religious_belief": {
        "en": [
            "I'm a practising Muslim and need a quiet room to pray during Ramadan.",
            "We are Jehovah's Witnesses and don't celebrate birthdays, so please leave him "
            "out of the party.",
            "Could I swap my Saturday shifts? I'm Seventh-day Adventist and keep the Sabbath.",
            "I left the Catholic Church last year after the abuse report.",
        ],
        "de": [
            "Ich bin evangelisch und singe im Kirchenchor meiner Gemeinde.",
            "Ich bin letztes Jahr aus der katholischen Kirche ausgetreten.",
            "Als gläubige Muslimin trage ich Kopftuch, auch bei der Arbeit.",
        ],
        "fr": [
            "Je suis juive pratiquante et je ne travaille pas pendant le shabbat.",
            "Mon fils fait sa communion à la paroisse Saint-Paul en mai.",
        ],
        "es": [
            "Soy católica practicante y voy a misa todos los domingos.",
            "Somos musulmanes, ¿el comedor ofrece menú halal para nuestro hijo?",
        ],
    },
    "trade_union": {
        "en": [
            "I'm the Unite shop steward for the night shift at the depot.",
            "As a UNISON member I'd like my rep present at the disciplinary hearing.",
            "I joined the Teamsters local in 2019 and pay dues through payroll.",
        ],
        "de": [
            "Ich bin ver.di-Mitglied und Vertrauensfrau in unserer Filiale.",
            "Als IG-Metall-Mitglied bekomme ich Streikgeld für die Warnstreiktage.",
        ],
        "fr": [
            "Je suis adhérent à la CGT et délégué syndical dans l'entrepôt.",
            "Je suis syndiquée à la CFDT depuis mon embauche.",
        ],
        "es": [
            "Estoy afiliada a CCOO y soy delegada sindical en el hospital.",
            "Soy miembro de UGT desde 2012 y pago la cuota cada mes.",
        ],
    },
    "sex_life_orientation": {
        "en": [
            "I'm gay and I'd like my husband listed as my next of kin.",
            "As a bisexual woman I've had weird comments from matches on here.",
            "We're a lesbian couple and both of us should be listed as parents.",
            "Patient reports sexual activity with multiple male partners in the last 3 months.",
        ],
        "de": [
            "Ich bin schwul und lebe seit zehn Jahren mit meinem Partner zusammen.",
            "Wir sind ein lesbisches Paar und wünschen uns ein Kind.",
        ],
        "fr": [
            "Je suis lesbienne et je cherche une colocation safe.",
            "Mon compagnon et moi sommes en couple homosexuel depuis 2016.",
        ],
        "es": [
            "Soy bisexual y prefiero que no se mencione en mi expediente.",
            "Mi pareja y yo somos un matrimonio gay desde 2018.",
        ],
    },
    "criminal_record": {
        "en": [
            "I have a 2016 conviction for drink driving, fully spent now.",
            "He was arrested last month for shoplifting and is out on bail.",
            "DBS check came back clear: no convictions, cautions or reprimands.",
            "Served 18 months for burglary, released on licence in 2021.",
        ],
        "de": [
            "Das Führungszeugnis ist ohne Eintragungen.",
            "Ich bin 2019 wegen Körperverletzung zu einer Bewährungsstrafe verurteilt worden.",
        ],
        "fr": [
            "J'ai été condamné en 2018 pour conduite en état d'ivresse.",
            "Le casier judiciaire (bulletin n° 3) est vierge.",
        ],
        "es": [
            "Tengo antecedentes penales por un delito de hurto de 2017.",
            "Certificado de antecedentes penales: sin antecedentes.",
        ],
    },
}

# sentences with sensitive-sounding words that state nothing about a person
CLEAN = {
    "en": [
        "The health endpoint returned 200 and all pods are ready.",
        "We merged both result sets with a UNION ALL before aggregating.",
        "New EU rules for the European Union single market take effect in April.",
        "Our Thai restaurant guide covers the best ethnic cuisine in town.",
        "Please bring snacks to the office party on Friday.",
        "The Religion & Spirituality shelf moved to the second floor.",
        "Road works on Church Lane will close the junction overnight.",
        "Patch notes: the boss's health bar now regenerates slower.",
        "The credit union branch is closed on bank holidays.",
        "The genetic algorithm converged after 400 generations.",
        "Quarterly figures show sick days per FTE fell to 6.2.",
        "This sprint we fixed the criminally slow CSV export.",
        "Vote for your favourite feature in the roadmap survey!",
        "Gene therapy stocks rallied after the conference.",
    ],
    "de": [
        "Der Health-Check der Datenbank schlägt seit 03:00 Uhr fehl.",
        "Die Kirchengemeinde lädt alle zum Sommerfest auf dem Kirchplatz ein.",
        "Die Europäische Union hat neue Regeln für Zahlungsdienste beschlossen.",
        "Die Wahlbeteiligung lag im Landkreis bei 71,3 Prozent.",
        "Im Tarifvertrag steigt das Entgelt der Entgeltgruppe 5 um 3,2 Prozent.",
    ],
    "fr": [
        "Le bilan de santé du cluster est vert depuis la mise à jour.",
        "La cuisine du monde est à l'honneur au marché de Noël.",
        "L'Union européenne prépare une nouvelle directive sur les données.",
        "Le taux de syndicalisation en France reste autour de 10 %.",
    ],
    "es": [
        "El estado de salud del servicio es correcto en todas las regiones.",
        "La procesión de Semana Santa pasará por la Calle de la Iglesia.",
        "La Unión Europea aprobó el reglamento de inteligencia artificial.",
        "Los resultados electorales por provincia ya están disponibles.",
    ],
}


def say(c: Ctx, kind: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    if lang not in SAY[kind]:
        lang = "en"
    c.mark(kind)
    c.note(f"text:{kind}/{lang}")
    return c.pick(SAY[kind][lang])


def clean(c: Ctx, lang: str | None = None) -> str:
    lang = lang or c.lang
    return c.pick(CLEAN.get(lang, CLEAN["en"]))
