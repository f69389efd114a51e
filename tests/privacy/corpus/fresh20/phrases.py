"""Phrases that carry a special category, per kind and language, and hard-negative phrases.

Each phrase is ``(text, flags)``. Flags: ``f``/``m`` the speaker's gender when the grammar
or the content needs it, ``neg`` a negated statement, ``3p`` a statement about a third party.
Phrases are first person unless ``3p``; they are inserted verbatim and recorded as marks.
"""

from __future__ import annotations

Bank = dict[str, dict[str, list[tuple[str, str]]]]

SP: Bank = {
    "health": {
        "en": [
            ("I've been signed off sick for two weeks with a slipped disc", ""),
            (
                "my doctor diagnosed me with type 2 diabetes in March, so I need short breaks "
                "to check my blood sugar",
                "",
            ),
            ("I'm currently 26 weeks pregnant", "f"),
            ("I have no known drug allergies", "neg"),
            ("I have no history of depression or anxiety", "neg"),
            ("my daughter has epilepsy and had two seizures this week", "3p"),
            ("I'm on sertraline 100mg and it makes me really drowsy in the mornings", ""),
            ("I'm severely allergic to penicillin", ""),
            ("I was in hospital with pneumonia last week", ""),
            ("I have ADHD and open-plan noise is really hard for me", ""),
            ("I'm hard of hearing and rely on captions for calls", ""),
            ("my husband just started chemo for bowel cancer", "3p"),
            ("No, I do not have a disability", "neg"),
            ("I tested positive for COVID-19 yesterday", ""),
            ("I get migraines with aura, sometimes 3-4 a month", ""),
            ("I'm recovering from ACL surgery on my left knee", ""),
            ("I've been dealing with burnout and panic attacks since the restructure", ""),
            ("my mum was diagnosed with early-onset Alzheimer's", "3p"),
            ("I'm coeliac so the catered lunch was a problem again", ""),
            ("I'm type 1 diabetic and wear an insulin pump", ""),
            ("I don't have any long-term health conditions", "neg"),
            ("I had a miscarriage last month", "f"),
        ],
        "de": [
            ("ich bin seit Montag wegen eines Bandscheibenvorfalls krankgeschrieben", ""),
            ("bei mir wurde letztes Jahr eine Depression diagnostiziert", ""),
            ("ich bin in der 20. Schwangerschaftswoche", "f"),
            ("ich habe einen anerkannten GdB von 50", ""),
            ("ich habe keine bekannten Allergien", "neg"),
            ("meine Mutter hat Parkinson und ich pflege sie zu Hause", "3p"),
            ("ich nehme Metformin wegen meines Diabetes", ""),
            ("ich hatte eine Meniskus-OP und laufe noch an Krücken", ""),
            ("ich habe ein Burnout und bin in therapeutischer Behandlung", ""),
            ("mein Sohn hat Asthma und lag zwei Tage im Krankenhaus", "3p"),
            ("ich habe seit gestern eine heftige Migräne", ""),
            ("ich habe Long Covid und bin sehr schnell erschöpft", ""),
            ("Nein, ich habe keine Schwerbehinderung", "neg"),
            ("ich bin Diabetikerin (Typ 1)", "f"),
            ("ich habe eine Glutenunverträglichkeit (Zöliakie)", ""),
            ("ich habe keine psychischen Vorerkrankungen", "neg"),
        ],
        "fr": [
            ("je suis en arrêt maladie jusqu'au 14 pour une sciatique", ""),
            ("mon médecin m'a diagnostiqué un burn-out", ""),
            ("je suis enceinte de cinq mois", "f"),
            ("je suis diabétique de type 1", ""),
            ("j'ai une reconnaissance RQTH depuis 2021", ""),
            ("mon fils est autiste et je l'accompagne à ses séances d'orthophonie", "3p"),
            ("je n'ai aucun antécédent de dépression", "neg"),
            ("je suis allergique à la pénicilline", ""),
            ("j'ai été opéré du genou (ligament croisé)", "m"),
            ("mon mari a été hospitalisé pour un AVC", "3p"),
            ("je fais des crises d'angoisse depuis la réorganisation", ""),
            ("je suis sous antidépresseurs depuis janvier", ""),
            ("Non, je n'ai pas de handicap", "neg"),
            ("je suis asthmatique", ""),
        ],
        "es": [
            ("estoy de baja por una lumbalgia desde el lunes", ""),
            ("me diagnosticaron ansiedad generalizada el año pasado", ""),
            ("estoy embarazada de 20 semanas", "f"),
            ("tengo reconocida una discapacidad del 33%", ""),
            ("soy celíaca y no puedo comer lo del catering", "f"),
            ("mi padre tiene alzhéimer y estoy a cargo de él", "3p"),
            ("no tengo antecedentes de depresión", "neg"),
            ("tomo levotiroxina por hipotiroidismo", ""),
            ("me operaron de apendicitis la semana pasada", ""),
            ("mi hija tiene asma y ha estado ingresada", "3p"),
            ("tengo migrañas muy fuertes", ""),
            ("sufro de fibromialgia", ""),
            ("No, no tengo ninguna discapacidad", "neg"),
            ("me han detectado hipertensión y estoy con enalapril", ""),
        ],
    },
    "genetic": {
        "en": [
            ("my raw data shows rs1801133 as CT and rs4988235 as AG", ""),
            ("the report says I'm heterozygous for MTHFR C677T", ""),
            ("I'm a carrier of one CFTR F508del variant", ""),
            ("my APOE genotype came back as e3/e4", ""),
            ("my pharmacogenomic panel says CYP2C19 *1/*2, intermediate metaboliser", ""),
            ("my CYP2D6 result is *4/*4 (poor metaboliser)", ""),
            ("HLA-B*57:01 came back positive", ""),
            ("the lab found a BRCA2 c.5946delT variant", ""),
            ("the STR profile they sent is D8S1179 13,14; D21S11 29,30; TH01 6,9.3; FGA 21,24", ""),
            ("my Y-STR markers are DYS391 10, DYS389I 13, DYS19 14", ""),
            ("my brother's test showed he carries the same GJB2 c.35delG variant", "3p"),
        ],
        "de": [
            ("laut Gentest bin ich heterozygot für MTHFR C677T", ""),
            ("ich bin Anlageträgerin für die CFTR-Variante F508del", "f"),
            ("mein CYP2D6-Genotyp ist *1/*4 (intermediärer Metabolisierer)", ""),
            ("mein APOE-Genotyp ist e3/e4", ""),
            ("mein DNA-Profil (STR) lautet D3S1358 15,16; vWA 17,18; TH01 7,9.3", ""),
            ("in meinen Rohdaten steht rs429358 TC und rs7412 CC", ""),
            ("meine Schwester trägt dieselbe BRCA1-Variante c.5266dupC", "3p"),
        ],
        "fr": [
            ("mon génotype CYP2C19 est *2/*2 (métaboliseur lent)", ""),
            ("je suis porteuse saine d'une variante du gène CFTR", "f"),
            ("le test ADN indique APOE e4/e4", ""),
            ("mon profil STR est D8S1179 12,13 ; TH01 6,7 ; FGA 22,23", ""),
            ("on m'a trouvé la variante BRCA1 c.68_69delAG", ""),
            ("mes données brutes indiquent rs1801133 TT", ""),
        ],
        "es": [
            ("soy portador de la variante c.35delG en GJB2", "m"),
            ("soy portadora de la variante c.35delG en GJB2", "f"),
            ("mi genotipo APOE es e3/e4", ""),
            ("el informe farmacogenético dice CYP2C19 *2/*2", ""),
            ("mi perfil de ADN (STR) es D21S11 28,30; vWA 16,17; TH01 8,9", ""),
            ("salgo heterocigoto para MTHFR C677T", "m"),
            ("en los datos en bruto sale rs4988235 GG y rs1815739 CT", ""),
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            ("I'm the only Black woman on this team", "f"),
            ("I'm of Kurdish descent", ""),
            ("I'm the only Latino engineer on the floor", "m"),
            ("I'm of Vietnamese heritage", ""),
            ("he made a comment about me being Roma", ""),
            ("I identify as mixed race (White and Black Caribbean)", ""),
            ("I'm a South Asian woman and that seems to matter here", "f"),
            ("I'm Aboriginal and Torres Strait Islander", ""),
            ("my son is biracial and got singled out", "3p"),
            ("I'm a Black man and I get stopped at the gate more than anyone else", "m"),
            ("I'm Hispanic and the only Spanish speaker on nights", ""),
        ],
        "de": [
            ("ich bin die einzige Schwarze Frau im Team", "f"),
            ("ich bin kurdischer Abstammung", ""),
            ("ich bin Sinto", "m"),
            ("ich bin Sintiza", "f"),
            ("ich bin türkischstämmig", ""),
            ("ich bin die einzige Person of Color in der Abteilung", ""),
            ("es gibt ständig Sprüche über meine arabische Herkunft", ""),
        ],
        "fr": [
            ("je suis une femme noire", "f"),
            ("je suis d'origine maghrébine", ""),
            ("je suis d'origine vietnamienne", ""),
            ("j'ai droit à des remarques sur mes origines antillaises", ""),
            ("je suis issu de la communauté rom", "m"),
            ("ma fille est métisse et on lui a fait une remarque", "3p"),
        ],
        "es": [
            ("soy gitano", "m"),
            ("soy gitana", "f"),
            ("soy de origen bereber", ""),
            ("soy una mujer afrodescendiente", "f"),
            ("soy de ascendencia quechua", ""),
            ("soy de origen chino y me llaman cosas por mis rasgos", ""),
        ],
    },
    "political_opinion": {
        "en": [
            ("I'm a paid-up member of the Labour Party", ""),
            ("I've been volunteering for the Democratic campaign in our county", ""),
            ("I voted Conservative at the last election", ""),
            ("I'm a Green Party councillor in my spare time", ""),
            ("I donated $250 to the Sanders campaign", ""),
            ("I'm a registered Republican", ""),
            ("I'm a member of the Liberal Democrats", ""),
            ("my brother is standing as the Reform UK candidate for our ward", "3p"),
            ("I canvass for the SNP most weekends", ""),
        ],
        "de": [
            ("ich bin Mitglied der SPD", ""),
            ("ich engagiere mich bei den Grünen im Ortsverband", ""),
            ("ich kandidiere bei der Kommunalwahl für die CDU", ""),
            ("ich habe bei der letzten Wahl die Linke gewählt", ""),
            ("ich bin seit Jahren FDP-Mitglied", ""),
            ("ich sitze für die Freien Wähler im Gemeinderat", ""),
        ],
        "fr": [
            ("je suis adhérent au Parti socialiste", "m"),
            ("je suis adhérente au Parti socialiste", "f"),
            ("je milite chez Les Écologistes", ""),
            ("je suis candidate sur la liste LFI aux municipales", "f"),
            ("j'ai voté pour le Rassemblement national", ""),
            ("je suis encarté chez Les Républicains", "m"),
        ],
        "es": [
            ("soy afiliado al PSOE", "m"),
            ("soy afiliada al PSOE", "f"),
            ("voté a Sumar en las generales", ""),
            ("soy concejal del PP en mi pueblo", ""),
            ("milito en Podemos desde 2015", ""),
            ("hice una donación a Vox en la campaña", ""),
        ],
    },
    "religious_belief": {
        "en": [
            ("I'm Muslim and will be fasting for Ramadan", ""),
            ("I observe Shabbat so I can't work Friday evenings", ""),
            ("I'm a practising Catholic", ""),
            ("I'm a Jehovah's Witness", ""),
            ("Diwali is a big festival for us as Hindus", ""),
            ("I pray five times a day and need a quiet space at lunchtime", ""),
            ("I'm Sikh and wear a turban", "m"),
            ("I pay my zakat through the payroll giving scheme", ""),
            ("I left the church last year", ""),
            ("I wear a hijab", "f"),
            ("I'm a Seventh-day Adventist and keep the Sabbath", ""),
        ],
        "de": [
            ("ich bin zum 1. März aus der Kirche ausgetreten", ""),
            ("ich bin Muslima und faste im Ramadan", "f"),
            ("ich bin gläubiger Christ", "m"),
            ("an Jom Kippur arbeite ich nicht", ""),
            ("ich bin evangelisch und im Kirchenvorstand", ""),
            ("ich gehe freitags zum Gebet in die Moschee", ""),
        ],
        "fr": [
            ("je suis musulman pratiquant", "m"),
            ("je fais le ramadan", ""),
            ("je suis de confession juive et je ne travaille pas le samedi", ""),
            ("je porte le voile", "f"),
            ("je suis catholique pratiquante", "f"),
            ("je suis bouddhiste", ""),
        ],
        "es": [
            ("soy musulmana y llevo hiyab", "f"),
            ("soy testigo de Jehová", ""),
            ("soy católico practicante", "m"),
            ("voy a misa todos los domingos", ""),
            ("soy judía y celebro Yom Kipur", "f"),
            ("ayuno en Ramadán", ""),
            ("soy evangélico y colaboro en mi iglesia", "m"),
        ],
    },
    "trade_union": {
        "en": [
            ("I'm a member of Unite", ""),
            ("I've been the GMB rep for our depot since 2019", ""),
            ("my union, UNISON, is supporting me with this", ""),
            ("I'm not a union member", "neg"),
            ("I pay dues to SEIU Local 32BJ", ""),
            ("I'm the Teamsters steward on second shift", ""),
            ("I joined the RCN union last month", ""),
        ],
        "de": [
            ("ich bin Mitglied bei ver.di", ""),
            ("ich bin Vertrauensfrau der IG Metall", "f"),
            ("ich bin kein Gewerkschaftsmitglied", "neg"),
            ("ich bin seit 2015 in der NGG", ""),
            ("ich bin Vertrauensmann der IG BCE", "m"),
        ],
        "fr": [
            ("je suis syndiqué à la CGT", "m"),
            ("je suis syndiquée à la CGT", "f"),
            ("je suis déléguée syndicale CFDT", "f"),
            ("je ne suis pas syndiqué", "neg m"),
            ("je suis adhérent FO depuis dix ans", "m"),
        ],
        "es": [
            ("estoy afiliado a CCOO", "m"),
            ("estoy afiliada a CCOO", "f"),
            ("soy delegada sindical de UGT", "f"),
            ("no estoy afiliado a ningún sindicato", "neg m"),
            ("soy delegado de CGT en el almacén", "m"),
        ],
    },
    "sex_life_orientation": {
        "en": [
            ("I'm gay and my manager keeps making jokes about it", ""),
            ("I'm bisexual", ""),
            ("my wife and I are a same-sex couple", "f"),
            ("I'm a lesbian", "f"),
            ("I came out as gay to my team last year", ""),
            ("I'm asexual", ""),
            ("I'm in a same-sex relationship", ""),
            ("my husband and I are a same-sex couple", "m"),
        ],
        "de": [
            ("ich bin schwul", "m"),
            ("ich lebe in einer gleichgeschlechtlichen Partnerschaft", ""),
            ("ich bin lesbisch", "f"),
            ("ich bin bisexuell", ""),
        ],
        "fr": [
            ("je suis homosexuel", "m"),
            ("je suis en couple homosexuel", ""),
            ("je suis bisexuelle", "f"),
            ("j'ai fait mon coming out en tant que lesbienne", "f"),
        ],
        "es": [
            ("soy gay", "m"),
            ("soy lesbiana", "f"),
            ("tengo pareja del mismo sexo", ""),
            ("soy bisexual", ""),
        ],
    },
    "criminal_record": {
        "en": [
            ("I have a 2014 conviction for possession", ""),
            ("I was arrested last weekend for drink driving", ""),
            ("I'm on probation until next year", ""),
            ("I have no criminal record", "neg"),
            ("I was charged with assault in 2019 but acquitted", ""),
            ("I served 18 months for burglary", ""),
        ],
        "de": [
            ("mein Führungszeugnis ist ohne Eintragungen", "neg"),
            ("ich bin wegen Betrugs vorbestraft", ""),
            ("gegen mich läuft ein Ermittlungsverfahren wegen Untreue", ""),
            ("ich bin noch auf Bewährung", ""),
        ],
        "fr": [
            ("mon casier judiciaire est vierge", "neg"),
            ("j'ai été condamné pour vol en 2017", "m"),
            ("je suis mis en examen pour abus de biens sociaux", "m"),
            ("j'ai fait une garde à vue le mois dernier", ""),
        ],
        "es": [
            ("no tengo antecedentes penales", "neg"),
            ("me condenaron por hurto en 2018", ""),
            ("me están investigando por estafa", ""),
            ("estoy en libertad condicional", ""),
        ],
    },
}

# Third-person versions for case notes written by HR, managers or investigators.
SP3: Bank = {
    "health": {
        "en": [
            ("employee reports chronic lower back pain (sciatica)", ""),
            ("employee has been experiencing panic attacks on the night shift", ""),
            ("recurrent tendonitis in the right wrist", ""),
            ("employee disclosed type 1 diabetes and needs regular meal breaks", ""),
            ("she disclosed a diagnosis of bipolar disorder", "f"),
            ("he has been off with stress-related illness since the 4th", "m"),
            ("employee is pregnant, due date in the autumn", "f"),
            ("no known medical conditions reported", "neg"),
        ],
        "de": [
            ("Mitarbeiterin berichtet von wiederkehrenden Panikattacken", "f"),
            ("wiederkehrende Sehnenscheidenentzündung rechts", ""),
            ("Zustand nach Bandscheibenvorfall, kein schweres Heben", ""),
            ("Mitarbeiter ist nach einem Herzinfarkt in der Reha", "m"),
            ("laut Attest besteht eine Schwangerschaft", "f"),
        ],
        "fr": [
            ("le salarié signale des douleurs lombaires chroniques", "m"),
            ("tendinite récidivante du poignet droit", ""),
            ("diabète de type 1 déclaré, pauses repas nécessaires", ""),
            ("la salariée est enceinte", "f"),
            ("souffre d'un syndrome dépressif", ""),
        ],
        "es": [
            ("el trabajador refiere una hernia discal", "m"),
            ("tendinitis de repetición en la muñeca derecha", ""),
            ("diabetes tipo 1, necesita pausas para comer", ""),
            ("la empleada está embarazada", "f"),
            ("padece ansiedad", ""),
        ],
    },
    "criminal_record": {
        "en": [
            ("he was arrested on site and charged with theft", "m"),
            ("she is under police investigation for fraud", "f"),
            ("employee disclosed a prior conviction for shoplifting (2016)", ""),
        ],
        "de": [
            ("gegen den Mitarbeiter läuft ein Ermittlungsverfahren wegen Diebstahls", "m"),
            ("die Staatsanwaltschaft ermittelt wegen Untreue", ""),
        ],
        "fr": [
            ("le salarié a été placé en garde à vue pour vol", "m"),
            ("une plainte pénale pour détournement est en cours d'instruction", ""),
        ],
        "es": [
            ("el empleado fue detenido por la policía por hurto", "m"),
            ("consta una condena por apropiación indebida", ""),
        ],
    },
}

# short structured values
FIELD: Bank = {
    "health": {
        "en": [
            ("Lumbago (M54.5)", ""),
            ("Generalised anxiety disorder", ""),
            ("Pregnancy, 24 weeks", "f"),
            ("Type 2 diabetes", ""),
            ("Asthma", ""),
            ("Fractured wrist", ""),
            ("Post-operative recovery (knee)", ""),
            ("COVID-19 (U07.1)", ""),
            ("Migraine", ""),
            ("Depression (F32.1)", ""),
            ("Hearing impairment", ""),
            ("Carpal tunnel syndrome (G56.0)", ""),
        ],
        "de": [
            ("Akute Bronchitis (J20.9)", ""),
            ("Rückenschmerzen (M54.5)", ""),
            ("Depressive Episode (F32.1)", ""),
            ("Schwangerschaft", "f"),
            ("Grippaler Infekt", ""),
            ("Bandscheibenvorfall (M51.2)", ""),
            ("Tinnitus", ""),
            ("Zustand nach Knie-OP", ""),
        ],
        "fr": [
            ("Lombalgie", ""),
            ("Syndrome d'épuisement professionnel", ""),
            ("Grossesse", "f"),
            ("Grippe", ""),
            ("Entorse de la cheville", ""),
            ("Dépression (F32)", ""),
            ("Tendinite de l'épaule", ""),
        ],
        "es": [
            ("Lumbalgia", ""),
            ("Ansiedad", ""),
            ("Gripe (J11.1)", ""),
            ("Embarazo", "f"),
            ("Esguince de tobillo", ""),
            ("Depresión", ""),
            ("Túnel carpiano", ""),
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            ("Hispanic or Latino", ""),
            ("Black or African American", ""),
            ("Asian", ""),
            ("White", ""),
            ("Two or More Races", ""),
            ("Native Hawaiian or Other Pacific Islander", ""),
            ("American Indian or Alaska Native", ""),
        ],
        "uk": [
            ("Asian or Asian British: Pakistani", ""),
            ("Black or Black British: Caribbean", ""),
            ("White: Gypsy or Irish Traveller", ""),
            ("Mixed: White and Black African", ""),
            ("White: British", ""),
            ("Asian or Asian British: Indian", ""),
            ("Other ethnic group: Arab", ""),
        ],
    },
    "sex_life_orientation": {
        "en": [
            ("Gay", ""),
            ("Lesbian", "f"),
            ("Bisexual", ""),
            ("Heterosexual or straight", ""),
            ("Queer", ""),
            ("Asexual", ""),
        ],
        "es": [("Homosexual", ""), ("Bisexual", ""), ("Heterosexual", ""), ("Lesbiana", "f")],
        "fr": [("Homosexuel(le)", ""), ("Bisexuel(le)", ""), ("Hétérosexuel(le)", "")],
        "de": [("schwul", "m"), ("lesbisch", "f"), ("bisexuell", ""), ("heterosexuell", "")],
    },
    "religious_belief": {
        "en": [
            ("Christian", ""),
            ("Muslim", ""),
            ("Hindu", ""),
            ("Sikh", ""),
            ("Jewish", ""),
            ("Buddhist", ""),
            ("No religion", ""),
            ("Roman Catholic", ""),
        ],
        "es": [("Católica", ""), ("Musulmana", ""), ("Evangélica", ""), ("Ninguna", "")],
        "fr": [("Catholique", ""), ("Musulmane", ""), ("Juive", ""), ("Sans religion", "")],
        "de": [
            ("römisch-katholisch", ""),
            ("evangelisch", ""),
            ("muslimisch", ""),
            ("konfessionslos", ""),
        ],
    },
    "political_opinion": {
        "en": [
            ("Democratic", ""),
            ("Republican", ""),
            ("Labour", ""),
            ("Conservative", ""),
            ("Green", ""),
            ("Liberal Democrat", ""),
        ],
        "de": [
            ("SPD", ""),
            ("CDU", ""),
            ("Bündnis 90/Die Grünen", ""),
            ("FDP", ""),
            ("Die Linke", ""),
        ],
        "fr": [
            ("Parti socialiste", ""),
            ("Les Républicains", ""),
            ("Les Écologistes", ""),
            ("Renaissance", ""),
        ],
        "es": [("PSOE", ""), ("PP", ""), ("Sumar", ""), ("Podemos", ""), ("PNV", "")],
    },
}

# unions per country for dues lines and structured fields
UNIONS = {
    "en": [
        "SEIU Local 1199",
        "Teamsters Local 705",
        "UFCW Local 400",
        "Unite the Union",
        "UNISON",
        "GMB",
        "Usdaw",
        "RCN",
    ],
    "de": ["ver.di", "IG Metall", "NGG", "IG BCE", "GEW"],
    "fr": ["CGT", "CFDT", "FO", "CFE-CGC", "UNSA"],
    "es": ["CCOO", "UGT", "CGT", "ELA", "USO"],
}

# Hard negatives: trigger words that do not make the kind (asides that fit customer and
# employee messages alike).
HN: Bank = {
    "health": {
        "en": [
            ("my employer's health plan renews in January so I need this sorted before then", ""),
            ("the health & wellbeing page on the portal just spins", ""),
            ("the menu doesn't even list the allergens any more", ""),
            ("the health check on the status page has been red all morning", ""),
        ],
        "de": [
            ("der Bereich Gesundheit & Wohlbefinden im Portal lädt auch nicht", ""),
            ("auf der Speisekarte fehlt die Allergenkennzeichnung komplett", ""),
            ("mein Tarif in der betrieblichen Krankenversicherung wechselt im Januar", ""),
        ],
        "fr": [
            ("ma mutuelle santé passe en formule Confort en janvier", ""),
            ("la rubrique santé et bien-être du portail ne charge pas", ""),
        ],
        "es": [
            ("el seguro médico de la empresa se renueva en enero", ""),
            ("la sección de salud y bienestar del portal no carga", ""),
        ],
    },
    "genetic": {
        "en": [
            ("good service used to be in the company's DNA", ""),
            ("the carrier says it's not their problem", ""),
            ("it's like a genetic algorithm picked the time slot", ""),
        ],
        "de": [
            ("guter Service war mal Teil der Firmen-DNA", ""),
            ("der Paketdienst sagt, er sei nicht zuständig", ""),
        ],
        "fr": [
            ("le service client était dans l'ADN de la maison", ""),
            ("le transporteur dit que ce n'est pas son problème", ""),
        ],
        "es": [
            ("la atención al cliente estaba en el ADN de la empresa", ""),
            ("la transportista dice que no es cosa suya", ""),
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            ("it's the Black Friday rush again", ""),
            ("the ethnic cuisine night last year was great though", ""),
        ],
        "de": [
            ("es ist wieder Black-Friday-Stress", ""),
            ("ich bin deutsche Staatsbürgerin, falls das wichtig ist", "f"),
        ],
        "fr": [
            ("c'est encore la folie du Black Friday", ""),
            ("je suis de nationalité française si ça compte", ""),
        ],
        "es": [
            ("otra vez el lío del Black Friday", ""),
            ("tengo nacionalidad española por si hace falta", ""),
        ],
    },
    "political_opinion": {
        "en": [
            ("I need it before our Christmas party", ""),
            ("three weeks is a conservative estimate of how long I've waited", ""),
            ("it was Labour Day weekend anyway", ""),
        ],
        "de": [
            ("ich brauche es vor unserer Weihnachtsfeier", ""),
            ("die Partyartikel für die Weihnachtsfeier kamen kaputt an", ""),
        ],
        "fr": [
            ("il me le faut avant la fête de fin d'année", ""),
            ("c'est un parti pris bizarre", ""),
        ],
        "es": [
            ("lo necesito antes de la fiesta de Navidad", ""),
            ("era para ver el partido del domingo", ""),
        ],
    },
    "religious_belief": {
        "en": [
            ("the FAQ is not exactly the bible on this", ""),
            ("I know everything's closed on Good Friday", ""),
        ],
        "de": [
            ("ich weiß, dass am Karfreitag alles zu ist", ""),
            ("das Handbuch ist ja nicht gerade die Bibel", ""),
        ],
        "fr": [
            ("je sais que tout est fermé le lundi de Pâques", ""),
            ("la FAQ n'est pas vraiment la bible", ""),
        ],
        "es": [
            ("ya sé que en Semana Santa está todo cerrado", ""),
            ("la web no es precisamente la biblia", ""),
        ],
    },
    "trade_union": {
        "en": [
            ("everything to and from the European Union takes longer now", ""),
            ("my salary goes into my credit union account", ""),
        ],
        "de": [
            ("alles aus der Europäischen Union dauert jetzt länger", ""),
            ("wegen der Zollunion dauert alles länger", ""),
        ],
        "fr": [
            ("tout ce qui vient de l'Union européenne prend plus de temps", ""),
            ("l'union fait la force, paraît-il", ""),
        ],
        "es": [
            ("todo lo que viene de la Unión Europea tarda más", ""),
            ("mi nómina va a una cooperativa de crédito", ""),
        ],
    },
    "sex_life_orientation": {
        "en": [
            ("my pronouns are she/her by the way", ""),
            ("it was meant as a present for the Pride party", ""),
        ],
        "de": [
            ("meine Pronomen sind er/ihm", ""),
            ("es war als Geschenk fürs Pride-Sommerfest gedacht", ""),
        ],
        "fr": [("mes pronoms sont elle", ""), ("c'était un cadeau pour le mois des fiertés", "")],
        "es": [("mis pronombres son ella", ""), ("era un regalo para la fiesta del Orgullo", "")],
    },
    "criminal_record": {
        "en": [
            ("honestly the wait times are criminal", ""),
            ("the credit check came back fine", ""),
            ("the sanctions screening flagged me by mistake, it says no match now", ""),
        ],
        "de": [
            ("die SCHUFA-Auskunft war unauffällig", ""),
            ("die Wartezeit ist echt kriminell", ""),
        ],
        "fr": [("l'attente est criminelle", ""), ("la vérification de solvabilité était OK", "")],
        "es": [("la espera es de delito", ""), ("el informe de solvencia salió bien", "")],
    },
}
