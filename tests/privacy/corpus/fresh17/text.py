"""Hand-written free-text sentences for fresh17.

SENT[kind][lang]: sentences that carry exactly that special category about a person (and no
other kind: no names, numbers, addresses or contact details inside).
NEG[kind]: sentences that use the vocabulary of the kind without being data about a person.
"""

SENT = {
    "health": {
        "en": [
            "Customer mentioned she is type 2 diabetic and needs the sugar-free option.",
            "pt denies chest pain, no hx of MI, NKDA.",
            "I've been off work since Monday with a slipped disc, doctor's note attached.",
            "He told us his father has Parkinson's and he is now the main carer.",
            "Caller is 24 weeks pregnant and asked whether the upgrade includes extra legroom.",
            "No, I do not have a disability, but my anxiety flares up on crowded trains.",
            "Please note I'm on warfarin, so no extraction without checking with my GP first.",
        ],
        "de": [
            (
                "Kundin ist laut eigener Aussage Diabetikerin Typ 1 und bittet um Rückruf vor der "
                "Lieferung."
            ),
            "Mitarbeiter ist wegen Bandscheibenvorfall krankgeschrieben, AU liegt vor.",
            "Ich nehme zurzeit Antidepressiva und vertrage die Nachtschichten nicht.",
            "Keine bekannten Allergien, keine Vorerkrankungen laut Anamnesebogen.",
            "Seine Mutter hat Demenz, deshalb beantragt er kurzfristig Pflegezeit.",
            "hab ne laktoseintoleranz, bitte keine sahne drauf",
        ],
        "fr": [
            "Le client signale une allergie sévère aux arachides, prévoir un repas sans traces.",
            "Arrêt maladie de deux semaines suite à une dépression, certificat reçu.",
            "Patiente enceinte de cinq mois, souhaite un créneau en début de matinée.",
            "Je suis asthmatique et la moquette de la chambre m'a déclenché une crise.",
            "Pas d'antécédents cardiaques, ne prend aucun traitement.",
            "son fils est autiste et a besoin d'une salle calme pendant l'examen",
        ],
        "es": [
            "El cliente indica que es celíaco y pide que no haya contaminación cruzada.",
            "Baja médica por ansiedad desde el lunes, adjunta el parte de baja.",
            "Tengo reconocida una discapacidad y necesito una plaza de aparcamiento adaptada.",
            "Niega alergias medicamentosas, sin antecedentes quirúrgicos.",
            "mi madre tiene alzheimer y no puedo hacer el turno de noche",
            "Está en tratamiento con insulina y necesita nevera en la habitación.",
        ],
    },
    "genetic": {
        "en": [
            "Raw data shows rs4680 AG and rs1801133 CT for this customer.",
            (
                "Customer is upset that her BRCA2 variant result was visible in the shared family "
                "account."
            ),
            "Pharmacogenomic panel: CYP2D6 *1/*4, intermediate metabolizer.",
            (
                "He asked us to delete his genotype file after learning he carries one copy of "
                "HFE C282Y."
            ),
            (
                "Paternity test: the child's STR profile (D8S1179 13/14, TH01 6/9.3) matches the "
                "alleged father."
            ),
            "apoe came back e3/e4 and she wants to know who can see that",
        ],
        "de": [
            "Genotyp laut Befund: MTHFR C677T heterozygot.",
            "Kunde möchte seine Rohdaten löschen lassen, darin u. a. rs53576 GG.",
            "Die Abstammungsanalyse ergab ein STR-Profil, das zum Vater passt (D3S1358 15/16).",
            "Trägerstatus: heterozygot für CFTR F508del, die Partnerin wird ebenfalls getestet.",
            "Pharmakogenetik: CYP2C19 *1/*2, intermediärer Metabolisierer.",
        ],
        "fr": [
            "Résultat du test : génotype rs429358 TC pour ce client.",
            "La cliente est porteuse hétérozygote du variant GJB2 35delG.",
            "Profil ADN (STR) transmis au laboratoire : D21S11 29/30, FGA 22/24.",
            "Pharmacogénétique : DPYD c.1905+1G>A détecté à l'état hétérozygote.",
            (
                "il veut savoir si son variant BRCA1 sera visible par ses cousins via la fonction "
                "de correspondance"
            ),
        ],
        "es": [
            "El informe genético indica genotipo rs1815739 CT en ACTN3.",
            "Según el cribado, es portadora de la variante c.1521_1523delCTT en CFTR.",
            "Perfil STR de la muestra: D7S820 10/11, vWA 17/18, compatible con el presunto padre.",
            "Resultado farmacogenético: SLCO1B1 *1/*5.",
            "quiere borrar sus datos crudos de adn porque sale heterocigoto para HFE H63D",
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            "Applicant self-identified as Black or African American on the voluntary form.",
            "She mentioned she is of Kurdish descent and asked for a Kurmanji interpreter.",
            "Caller said he is Roma and felt the agent treated him differently because of it.",
            "I'm mixed race (white and Asian) and none of the survey options fit me.",
            "Member identifies as Aboriginal and Torres Strait Islander.",
            "customer says she's latina and the shade finder never works for her skin tone",
        ],
        "de": [
            "Bewerberin gibt an, Sintiza zu sein, und bittet um vertrauliche Behandlung.",
            (
                "Der Kunde ist nach eigener Aussage türkischstämmig und fühlte sich vom Vermieter "
                "diskriminiert."
            ),
            "Ich bin Afrodeutscher und wurde beim Einlass als Einziger kontrolliert.",
            "Mitarbeiterin hat sich in der Umfrage als asiatischstämmig eingeordnet.",
            "er ist kurde und will nicht dass das im profil steht",
        ],
        "fr": [
            "La candidate indique être d'origine maghrébine dans le questionnaire diversité.",
            (
                "Le client, d'origine antillaise, signale un refus de location qu'il juge "
                "discriminatoire."
            ),
            "Je suis métisse et je ne me reconnais dans aucune case du formulaire.",
            "L'adhérent se déclare issu de la communauté rom.",
            "elle dit qu'elle est berbère et que le vigile l'a suivie dans tout le magasin",
        ],
        "es": [
            "Se identifica como hispano o latino en el formulario voluntario.",
            "La clienta es afrodescendiente y pide que conste la queja por trato racista.",
            "Soy mestiza, de origen quechua, y no encuentro mi opción en la encuesta.",
            "El empleado se declara de etnia wayuu.",
            "dice que es gitano y que el portero no le dejó entrar por eso",
        ],
    },
    "political_opinion": {
        "en": [
            "Voter says he will back the Greens again at the next general election.",
            (
                "Caller has been a paid-up Labour member for years and wants off the party "
                "mailing list."
            ),
            "Strong Democrat, volunteered for the campaign last cycle - mark as support level 1.",
            "I donated to the Conservative leadership campaign and now get three mailings a week.",
            "He told the driver he votes Reform and they got into an argument about it.",
            "canvassed: leaning lib dem, wants a postal vote form",
        ],
        "de": [
            (
                "Kunde ist nach eigener Aussage SPD-Mitglied und möchte, dass das nicht in der "
                "Akte steht."
            ),
            (
                "Ich habe bei der letzten Bundestagswahl die Grünen gewählt und bekomme trotzdem "
                "FDP-Werbung."
            ),
            "Haustürgespräch: wählt vermutlich CDU, Unterstützungsgrad 2.",
            "Spende an Die Linke, Zuwendungsbestätigung angefordert.",
            "sie ist bei der afd aktiv und beschwert sich, dass ihr beitrag gelöscht wurde",
        ],
        "fr": [
            "L'adhérent milite à La France insoumise depuis plusieurs années.",
            "Électrice indécise, penche pour les Écologistes au second tour.",
            "Il a fait un don au parti Renaissance et demande son reçu fiscal.",
            "Je vote RN depuis toujours et je n'ai pas à m'en justifier auprès de vous.",
            "client encarté au PS, ne veut plus recevoir les mails de la campagne",
        ],
        "es": [
            "El votante manifiesta que votará al PSOE en las generales.",
            (
                "Afiliada al Partido Popular desde hace años, pide la baja de la lista de "
                "simpatizantes."
            ),
            "Donación a Sumar para la campaña municipal, solicita certificado.",
            "Soy votante de Vox y me han bloqueado la cuenta por decirlo.",
            "dice que es de podemos y que no quiere publicidad de otros partidos",
        ],
    },
    "religious_belief": {
        "en": [
            "Guest is observing Ramadan and asked for breakfast to be served after sunset.",
            "Employee requested Yom Kippur off; she is an observant Jew.",
            "Customer is a practising Catholic and wants the Sunday delivery moved to Saturday.",
            "He converted to Buddhism last year and no longer wants the Christmas mailing.",
            "I'm a Jehovah's Witness, so please stop sending me birthday vouchers.",
            "sings in the parish choir and pays the church levy by standing order",
        ],
        "de": [
            "Mitarbeiter ist evangelisch und möchte am Reformationstag frei nehmen.",
            (
                "Kundin ist aus der katholischen Kirche ausgetreten, Kirchensteuermerkmal bitte "
                "löschen."
            ),
            "Ich bin Muslim und faste gerade, bitte keine Termine zur Mittagszeit.",
            "Er gehört der neuapostolischen Gemeinde an und singt dort im Chor.",
            "sie ist zeugin jehovas und will keine geburtstagsgutscheine mehr",
        ],
        "fr": [
            "Le salarié est musulman pratiquant et demande une pause pour la prière du vendredi.",
            (
                "La cliente est catholique pratiquante et ne souhaite pas recevoir d'offres le "
                "dimanche."
            ),
            "Je suis de confession juive et je ne peux pas signer le bail un samedi.",
            "Il fréquente le temple protestant du quartier et y donne le catéchisme.",
            "elle s'est convertie à l'islam et veut mettre à jour son profil",
        ],
        "es": [
            "El empleado es musulmán practicante y solicita flexibilidad durante el Ramadán.",
            "La clienta es testigo de Jehová y no quiere felicitaciones de cumpleaños.",
            "Soy católico practicante y voy a misa los domingos, no puedo trabajar esa mañana.",
            "Pertenece a la comunidad evangélica del barrio y es catequista.",
            "apostató de la iglesia el año pasado y pide que borremos lo del bautismo",
        ],
    },
    "trade_union": {
        "en": [
            "Employee is the Unite shop steward for the warehouse night shift.",
            "She asked that her Unison dues keep being deducted after the transfer.",
            "I'm a Teamsters member and my rep will join the disciplinary hearing.",
            "He is not in any union and asked to be left off the collective bargaining mailing.",
            "caller is the GMB rep, wants a copy of the rota changes for the members",
        ],
        "de": [
            "Mitarbeiterin ist Mitglied bei ver.di und Vertrauensfrau im Lager.",
            "Der Gewerkschaftsbeitrag an die IG Metall soll weiter über die Lohnabrechnung laufen.",
            "Ich bin in der GEW und lasse mich vom gewerkschaftlichen Rechtsschutz vertreten.",
            "er ist seit letztem monat bei der IG BCE und will die beitragsbescheinigung",
            "IG-Metall-Vertrauensmann, bitte bei Kündigungsfragen einbinden.",
        ],
        "fr": [
            "Le salarié est délégué syndical CGT sur le site.",
            "Elle est adhérente à la CFDT et souhaite être accompagnée à l'entretien.",
            "Je suis syndiqué chez FO depuis dix ans.",
            "il demande le remboursement de sa cotisation syndicale SUD",
            "Représentante UNSA au CSE, prévenir avant toute modification de planning.",
        ],
        "es": [
            "El trabajador está afiliado a CCOO y es delegado sindical del turno de tarde.",
            "Afiliada a UGT, pide que la cuota sindical se siga descontando de la nómina.",
            "Soy delegado de CGT en el almacén y quiero el cuadrante de turnos.",
            "no está afiliado a ningún sindicato, marcar como no sindicado",
            "La empleada es representante de ELA en el comité de empresa.",
        ],
    },
    "sex_life_orientation": {
        "en": [
            (
                "Customer mentioned she is in a same-sex relationship and wants both partners on "
                "the policy."
            ),
            "I'm gay and the ads you keep showing me assume I have a girlfriend.",
            "Member identifies as bisexual in the profile text.",
            "He came out as asexual to his manager and asked that it stay confidential.",
            "user says she's a lesbian and the match filter keeps showing her men",
        ],
        "de": [
            "Ich bin schwul und möchte meinen Partner als Mitversicherten eintragen.",
            "Kundin lebt in einer gleichgeschlechtlichen Partnerschaft.",
            "Mitglied beschreibt sich im Profil als pansexuell.",
            "er hat sich bei der arbeit als bi geoutet und wird seitdem gemobbt",
            "Laut Chat ist der Kunde heterosexuell und wünscht sich passendere Vorschläge.",
        ],
        "fr": [
            "Je suis lesbienne et je vis avec ma compagne depuis six ans.",
            "Le client est homosexuel et signale des messages insultants.",
            "L'adhérente se définit comme bisexuelle dans sa bio.",
            "couple de deux hommes mariés, demandent un lit double",
            "il s'est déclaré gay sur l'appli et depuis il reçoit des menaces",
        ],
        "es": [
            "Soy gay y quiero que mi marido figure como beneficiario.",
            "La clienta tiene una relación con otra mujer y pide habitación de matrimonio.",
            "El usuario se describe como bisexual en su perfil.",
            "es lesbiana y denuncia comentarios homófobos en el chat",
            "pareja del mismo sexo, solicitan póliza conjunta",
        ],
    },
    "criminal_record": {
        "en": [
            "Driver background check came back clear: no criminal record found.",
            "Applicant disclosed a conviction for drink driving.",
            "Tenant is currently on probation and has to report weekly.",
            "He was arrested last month for shoplifting at one of our stores.",
            "Enhanced DBS check shows a caution for possession.",
            "she said she did 18 months inside for fraud and wants a fresh start",
        ],
        "de": [
            "Führungszeugnis ohne Eintragungen, liegt der Personalakte bei.",
            "Gegen den Mitarbeiter läuft ein Ermittlungsverfahren wegen Betrugs.",
            "Bewerber ist wegen Körperverletzung vorbestraft (Geldstrafe).",
            "Kunde steht unter Bewährung und darf das Land nicht verlassen.",
            "er wurde letzte woche wegen ladendiebstahl festgenommen",
        ],
        "fr": [
            "Extrait de casier judiciaire (bulletin n°3) : néant.",
            "Le candidat a été condamné pour conduite en état d'ivresse.",
            "Le locataire est sous contrôle judiciaire jusqu'en mars.",
            "une enquête pénale est en cours contre lui pour escroquerie",
            "Je sors de prison après deux ans et je cherche un logement.",
        ],
        "es": [
            "Certificado de antecedentes penales: no constan antecedentes.",
            "El conductor fue condenado por un delito contra la seguridad vial.",
            "Está en libertad condicional y debe presentarse cada quince días.",
            "lo detuvieron el mes pasado por hurto en la tienda",
            "Tiene antecedentes por lesiones, según el informe de verificación.",
        ],
    },
}

NEG = {
    "health": [
        "Contains: milk, eggs, wheat. May contain traces of nuts and sesame.",
        "Ibuprofen 400 mg, 20 tablets, for the relief of headache and fever.",
        "All services healthy; database latency within SLO.",
        "Flu cases in the region rose 12% compared with last week, health authorities said.",
        "Our dental plan covers two check-ups per year; orthodontics is excluded.",
        "Tipp: Trinken Sie bei Hitze mindestens zwei Liter Wasser am Tag.",
        "Le taux de vaccination contre la grippe atteint 54 % chez les plus de 65 ans.",
        "Nuestra política de bajas médicas se rige por el convenio colectivo vigente.",
    ],
    "genetic": [
        (
            "The optimizer runs a genetic algorithm with tournament selection and a mutation rate "
            "of 0.02."
        ),
        "BRCA1 is located on chromosome 17q21 and encodes a tumour suppressor protein.",
        "Innovation is in our DNA: discover the new spring collection.",
        "Unser Grundkurs Genetik behandelt die Mendelschen Regeln und Genkopplung.",
        "Le séquençage d'un génome coûte aujourd'hui moins de 500 dollars, selon l'étude.",
        "La genética de poblaciones estudia la variación alélica entre grupos.",
    ],
    "biometric": [
        "User signed in with Touch ID.",
        "Host key fingerprint verified, connection established.",
        "Face ID is supported on all devices running iOS 17 or later.",
        "Der Fingerabdrucksensor des Modells entsperrt in 0,3 Sekunden.",
        "La reconnaissance faciale est désactivée par défaut dans l'application.",
        "El lector de huellas del torno del gimnasio está averiado.",
    ],
    "racial_ethnic_origin": [
        "Top-rated ethnic cuisine near you: Ethiopian, Lebanese, Vietnamese.",
        "Citizens of EU member states do not need a visa for stays under 90 days.",
        "Race day: start corrals open at 7:30, bag drop closes at 8:15.",
        "Unser Restaurant bietet afrikanische und asiatische Spezialitäten.",
        "La nationalité française s'acquiert notamment par naturalisation.",
        "La encuesta de población clasifica a los residentes por país de nacimiento.",
    ],
    "political_opinion": [
        "The Greens unveiled their manifesto on Tuesday, pledging a rail expansion.",
        "Party size 6, please reserve the terrace.",
        "Conservative portfolio: 70% bonds, 30% equities.",
        "Die Wahlbeteiligung lag bei 76,6 Prozent.",
        "Le parti a présenté son programme pour les élections européennes.",
        "El Congreso aprobó la ley con 176 votos a favor.",
    ],
    "religious_belief": [
        "Bestsellers in Religion & Spirituality this week.",
        "Stores closed on Good Friday and Easter Monday.",
        "Der Kirchensteuersatz beträgt in Bayern und Baden-Württemberg 8 %, sonst 9 %.",
        "Produit certifié halal par un organisme indépendant.",
        "Visite guidée de la cathédrale à 15 h, réservation conseillée.",
        "La procesión de Semana Santa cortará el tráfico en el centro.",
    ],
    "trade_union": [
        "SELECT id FROM orders UNION ALL SELECT id FROM archived_orders",
        "union SearchResult = Product | Category | Article",
        "Intra-community supply within the European Union, VAT exempt.",
        "Members of our credit union get a rate discount on auto loans.",
        "Der Tarifvertrag gilt für alle Beschäftigten der Branche.",
        "La grève nationale perturbera les transports jeudi.",
        "Los sindicatos convocan una huelga general para el día 12.",
    ],
    "sex_life_orientation": [
        "Unisex fit, true to size.",
        "Pride collection: part of the proceeds goes to LGBTQ+ youth charities.",
        "Das Geschlecht im Reisepass muss mit der Buchung übereinstimmen.",
        "Le mariage pour tous a été adopté en France en 2013.",
        "Talla unisex, tejido reciclado.",
        "Please add your pronouns to your profile if you like.",
    ],
    "criminal_record": [
        "Burglaries in the district fell 8% year on year, police figures show.",
        "Background check includes employment and education verification only.",
        "Sanctions screening: no match against the consolidated list.",
        "Eviction history: none reported in the last 7 years.",
        "Kurs: Einführung in das Strafrecht, 5 ECTS.",
        "Podcast : les grandes affaires criminelles du XXe siècle.",
        "Las estadísticas de criminalidad del tercer trimestre ya están disponibles.",
    ],
}

# Ordinary filler sentences with no kind at all.
PLAIN = {
    "en": [
        "The parcel arrived with a dented corner, can you send a replacement?",
        "Thanks for the quick reply, that solved it.",
        "I was charged twice for the same order this month.",
        "The app logs me out every time I switch networks.",
        "Could you move the delivery to the afternoon slot?",
    ],
    "de": [
        "Das Paket kam beschädigt an, bitte um Ersatz.",
        "Die Rechnung stimmt nicht mit der Bestellung überein.",
        "Ich möchte mein Abo zum Monatsende kündigen.",
        "App stürzt beim Öffnen des Warenkorbs ab.",
    ],
    "fr": [
        "Le colis est arrivé ouvert, il manque un article.",
        "Je n'arrive pas à télécharger ma facture.",
        "Merci de décaler la livraison à demain.",
        "Le code promo ne fonctionne pas sur mon panier.",
    ],
    "es": [
        "El pedido llegó incompleto, falta una talla.",
        "No puedo cambiar el método de pago en la app.",
        "Quiero cancelar la suscripción a final de mes.",
        "La factura sale con la dirección antigua de la empresa.",
    ],
}
