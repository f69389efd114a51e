"""Free-text snippets per special category, as staff and people actually write them."""

from __future__ import annotations

TEXT: dict[str, dict[str, list[str]]] = {
    "health": {
        "en": [
            "pt c/o chest pain since tues, hx of type 2 diabetes, on metformin 500mg bd",
            "Called in sick - migraine again, says the new meds arent helping",
            "she's 24 wks pregnant so pls no heavy lifting shifts",
            "NKDA. denies SOB. BP 150/95, advised GP f/u re hypertension",
            "diagnosed with HIV last year, wants the refill shipped discreetly",
            "my son has severe peanut allergy + asthma, carries an epipen",
            "off work 2 weeks, burnout / depression per doctors note",
            "no history of depression or anxiety reported at intake",
        ],
        "de": [
            "Mitarbeiterin ist seit Montag krankgeschrieben, Bandscheibenvorfall",
            "Pat. hat Diabetes Typ 1, Insulinpumpe, bitte beim Termin beachten",
            "AU bis 14.3. wg. Depression, Wiedereingliederung geplant",
            "keine Allergien bekannt, Blutdruck leicht erhöht",
            "Kunde hat MS und braucht barrierefreien Zugang zur Filiale",
            "Vater hat Parkinson, deshalb Pflegezeit beantragt",
        ],
        "fr": [
            "patient diabetique sous insuline, a revoir dans 3 mois",
            "arret maladie pour depression, retour prevu fin du mois",
            "elle est enceinte de 5 mois, eviter les deplacements",
            "allergie a la penicilline !! noter dans le dossier",
            "suivi psy depuis 2023 pour troubles anxieux",
        ],
        "es": [
            "paciente con asma cronica, usa inhalador salbutamol",
            "baja medica por ansiedad, vuelve el lunes si todo va bien",
            "tiene cancer de mama en tratamiento con quimio, pide teletrabajo",
            "alergica al latex, avisar a enfermeria",
            "le diagnosticaron epilepsia hace dos años",
        ],
    },
    "genetic": {
        "en": [
            "23andMe raw data shows rs429358 C/C, APOE e4/e4 homozygous",
            "carrier status: heterozygous for CFTR F508del",
            "BRCA2 c.5946delT pathogenic variant detected",
        ],
        "de": [
            "Gentest ergab Trägerstatus für Mukoviszidose (CFTR)",
            "Genotyp CYP2C19 *2/*2, schlechter Metabolisierer",
        ],
        "fr": [
            "test genetique: porteur sain de la drepanocytose (HbS)",
            "genotype HLA-B*57:01 positif",
        ],
        "es": [
            "estudio genetico: variante patogenica en BRCA1",
            "portadora de la mutacion del gen HFE",
        ],
    },
    "racial_ethnic_origin": {
        "en": [
            "she mentioned she's of Kurdish descent and wants an interpreter at the hearing",
            "applicant self-identified as Black / African American on the EEO form",
            "family is Roma, council flagged the case for outreach",
        ],
        "de": [
            "Familie ist kurdischer Abstammung",
            "gibt an, Sinti zu sein, bittet um Ansprechpartner",
        ],
        "fr": [
            "elle est d'origine maghrebine, selon le formulaire",
            "se declare d'origine antillaise",
        ],
        "es": [
            "se identifica como indigena mapuche",
            "es de origen gitano, pide apoyo escolar para los hijos",
        ],
    },
    "political_opinion": {
        "en": [
            "strong Labour supporter, will vote in the by-election",
            "donated $250 to the state senate campaign (Dem)",
            "is a card-carrying member of the Green Party",
            "said hes voting Reform this time, undecided on locals",
        ],
        "de": [
            "ist Mitglied bei den Grünen seit 2015",
            "wählt diesmal die Linke, sagt er",
            "hat 100 EUR an die FDP gespendet",
        ],
        "fr": [
            "militant LFI, actif dans la section locale",
            "a vote RN aux dernieres europeennes d'apres lui",
        ],
        "es": [
            "afiliada al PSOE desde hace años",
            "simpatizante de Podemos, voluntaria en campaña",
            "vota al PP siempre",
        ],
    },
    "religious_belief": {
        "en": [
            "needs Fridays off for Jummah prayer",
            "he's Jehovah's Witness so no blood transfusion pls",
            "observes Shabbat, no meetings after sundown Friday",
            "recently converted to Catholicism",
        ],
        "de": [
            "ist aus der katholischen Kirche ausgetreten",
            "gehört der evangelischen Gemeinde St. Lukas an",
            "fastet im Ramadan, bitte Pausen anpassen",
        ],
        "fr": [
            "pratiquante musulmane, demande un repas halal",
            "juif pratiquant, pas de deplacement le samedi",
        ],
        "es": [
            "es testigo de Jehova",
            "catolica practicante, va a misa todos los domingos",
            "es musulman y hace el ramadan",
        ],
    },
    "trade_union": {
        "en": [
            "she's the Unite shop steward on the night shift",
            "member of the NEU, wants a rep present at the meeting",
            "joined the Teamsters local last month",
        ],
        "de": [
            "ist ver.di-Mitglied und Vertrauensfrau",
            "IG Metall Mitglied, Beitrag wird vom Lohn abgezogen",
        ],
        "fr": ["delegue syndical CGT depuis 2019", "adherent FO, a demande un accompagnement"],
        "es": [
            "es delegada sindical de CCOO",
            "afiliado a UGT, quiere que este presente el sindicato",
        ],
    },
    "sex_life_orientation": {
        "en": [
            "client is gay and worried about disclosure to family",
            "she's in a same-sex relationship, partner is the emergency contact",
            "identifies as bisexual",
            "asked about PrEP, sexually active with multiple partners",
        ],
        "de": [
            "er ist schwul, lebt mit Partner zusammen",
            "lesbisch, möchte das nicht in der Akte haben",
        ],
        "fr": [
            "il est homosexuel, craint des remarques de l'equipe",
            "en couple avec une femme depuis 5 ans (elle-meme femme)",
        ],
        "es": ["es lesbiana y vive con su pareja", "se declara bisexual en la entrevista"],
    },
    "criminal_record": {
        "en": [
            "prior conviction for DUI 2019, completed probation",
            "arrested last week for shoplifting, charges pending",
            "background check: no criminal record found",
            "served 18 months for burglary, released 2022",
        ],
        "de": [
            "Führungszeugnis ohne Eintragungen",
            "vorbestraft wegen Körperverletzung, Bewährung bis 2027",
            "Ermittlungsverfahren wegen Betrug läuft noch",
        ],
        "fr": [
            "casier judiciaire vierge",
            "condamne en 2020 pour vol, sursis",
            "garde a vue le mois dernier",
        ],
        "es": [
            "antecedentes penales: ninguno",
            "condenado por robo en 2018, en libertad condicional",
        ],
    },
}

CLEAN_TEXT = {
    "en": [
        "thanks for the quick reply, the invoice is attached",
        "pls reship, the box arrived crushed",
        "can we move the meeting to thursday? the projector in room 4 is broken",
        "great service, will order again",
        "the app crashes when I open settings on android 14",
    ],
    "de": [
        "Lieferung kam beschädigt an, bitte Ersatz schicken",
        "Danke, hat alles super geklappt!",
        "Rechnung doppelt bekommen, bitte prüfen",
        "wann ist der Artikel wieder lieferbar?",
    ],
    "fr": [
        "le colis n'est toujours pas arrive, merci de verifier",
        "super produit, je recommande",
        "impossible de me connecter depuis la mise a jour",
    ],
    "es": [
        "el pedido llego incompleto, falta una pieza",
        "gracias por la atencion, todo perfecto",
        "no puedo descargar la factura desde la web",
    ],
}
