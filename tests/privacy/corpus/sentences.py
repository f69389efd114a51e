"""Free-text sentences, by kind and language, split between dev and holdout.

Placeholders in braces are filled from the value pools; a sentence under a kind always
carries data of that kind about a person (including negated and third-party statements).
"""

from __future__ import annotations

from .pools import Pool

S = Pool

SPECIAL = {
    "health": {
        "en": S(dev=(
            "Patient was diagnosed with {cond} in {year}.",
            "Customer mentioned he has {cond} and needs the parcel left at the door.",
            "She is currently taking {med} and reports mild side effects.",
            "Allergic to {allergy}; please make sure the kitchen knows.",
            "No history of {cond} reported during intake.",
            "Caller said her father was recently diagnosed with {cond}.",
            "I'm pregnant and can't lift heavy boxes, can the courier carry it upstairs?",
            "He has been on sick leave since {month} because of {cond}.",
        ), holdout=(
            "The member disclosed a {cond} diagnosis when applying for the plan.",
            "Denies any history of {cond}; takes no regular medication.",
            "My daughter uses a wheelchair, so we need a step-free room.",
            "Per the discharge summary, the patient will continue {med} twice daily.",
            "I was in hospital for two weeks with {cond}, which is why the payment was late.",
            "Requesting a refund because my doctor told me to stop taking {med}.",
            "Our tenant is blind and needs the letters in large print or audio.",
        )),
        "de": S(dev=(
            "Der Patient wurde {year} mit {cond} diagnostiziert.",
            "Die Kundin leidet an {cond} und bittet um Rückruf am Nachmittag.",
            "Nimmt täglich {med}.",
            "Keine Vorgeschichte von {cond} bekannt.",
            "Allergie gegen Penicillin, bitte im Auftrag vermerken.",
        ), holdout=(
            "Mein Mann ist seit {month} wegen {cond} krankgeschrieben.",
            "Ich bin schwanger und kann den Termin leider nicht wahrnehmen.",
            "Laut Arztbrief besteht Verdacht auf {cond}.",
            "Die Versicherte ist schwerbehindert (GdB 60) und benötigt einen Parkausweis.",
        )),
        "fr": S(dev=(
            "Diagnostic posé en {year} pour ce patient : {cond}.",
            "La cliente souffre de {cond} et demande une livraison au rez-de-chaussée.",
            "Aucun antécédent de {cond}.",
            "Il prend {med} tous les matins.",
            "Allergie à la pénicilline, merci de le noter.",
        ), holdout=(
            "Ma mère est atteinte de {cond}, c'est moi qui gère son compte.",
            "Je suis enceinte de six mois et je ne peux pas me déplacer.",
            "Selon le compte rendu, traitement par {med} à poursuivre.",
            "Mon fils est en fauteuil roulant, il nous faut une chambre accessible.",
        )),
        "es": S(dev=(
            "El paciente fue diagnosticado con {cond} en {year}.",
            "La clienta padece {cond} y necesita la entrega en planta baja.",
            "Sin antecedentes de {cond}.",
            "Toma {med} cada mañana.",
            "Alergia a la penicilina, por favor anótenlo.",
        ), holdout=(
            "Mi hijo tiene {cond} y necesita una dieta especial.",
            "Estoy embarazada y no puedo viajar en esas fechas.",
            "Según el informe médico, continuará con {med}.",
            "Mi padre está en silla de ruedas y necesita un asiento de pasillo.",
        )),
    },
    "genetic": {
        "en": S(dev=(
            "Genetic testing confirmed she carries a pathogenic {gene} variant.",
            "His {rsid} genotype is {geno} according to the lab report.",
            "Sequencing found a heterozygous {gene} variant in the applicant's sample.",
        ), holdout=(
            "The paternity test matched the child's DNA profile to the alleged father at 15 of "
            "15 loci.",
            "Pharmacogenomic results show he is a CYP2C19 poor metabolizer.",
            "Her raw genotype file lists {rsid} {geno}.",
        )),
        "de": S(dev=(
            "Der Gentest ergab eine Mutation im {gene}-Gen.",
            "Sie ist Trägerin einer {gene}-Variante.",
        ), holdout=(
            "Das DNA-Gutachten zur Vaterschaft ist eingegangen: Vaterschaft bestätigt.",
            "Genotyp bei {rsid}: {geno}.",
        )),
        "fr": S(dev=(
            "Le test génétique a révélé une mutation du gène {gene}.",
            "Il est porteur d'une variante du gène {gene}.",
        ), holdout=(
            "Le séquençage de son ADN montre une variante {gene} à l'état hétérozygote.",
            "Génotype {rsid} : {geno}.",
        )),
        "es": S(dev=(
            "La prueba genética detectó una mutación en el gen {gene}.",
            "Es portadora de una variante del gen {gene}.",
        ), holdout=(
            "El análisis de ADN del cliente muestra el genotipo {geno} en {rsid}.",
            "La prueba de paternidad por ADN confirmó la relación con el menor.",
        )),
    },
    "racial_ethnic_origin": {
        "en": S(dev=(
            "The applicant self-identified as {eth} on the equal opportunity form.",
            "Customer says she was refused service because she is Roma.",
            "He told the agent his family is of Kurdish descent.",
        ), holdout=(
            "The survey answer for ethnic background was '{eth}'.",
            "She believes the landlord rejected her because she is Black.",
            "Caller explained that as an Irish Traveller he has trouble getting credit.",
        )),
        "de": S(dev=(
            "Der Bewerber gab als ethnische Herkunft '{eth}' an.",
            "Die Kundin ist Romni und fühlt sich diskriminiert.",
        ), holdout=(
            "Er erwähnte, dass seine Familie kurdischer Abstammung ist.",
            "Laut Selbstauskunft ist die Mitarbeiterin {eth}.",
        )),
        "fr": S(dev=(
            "Le candidat déclare une origine ethnique {eth}.",
            "Elle a précisé être d'origine berbère.",
        ), holdout=(
            "Il dit avoir été contrôlé parce qu'il est noir.",
            "La salariée se décrit comme d'origine {eth}.",
        )),
        "es": S(dev=(
            "El solicitante se identificó como de origen {eth}.",
            "Comentó que su familia es de etnia gitana.",
        ), holdout=(
            "La clienta indica que es afrodescendiente y pide un trato sin discriminación.",
            "En el formulario marcó origen étnico '{eth}'.",
        )),
    },
    "political_opinion": {
        "en": S(dev=(
            "He is a registered {party} voter and volunteers for the campaign.",
            "She donated to the {party} campaign last cycle.",
            "Caller said he will never vote {party} again.",
        ), holdout=(
            "The member describes himself as a lifelong socialist.",
            "She is a delegate to the {party} conference this year.",
            "He attended the rally as a {party} activist.",
        )),
        "de": S(dev=(
            "Er ist Mitglied der {party}.",
            "Sie wählt seit Jahren {party}.",
        ), holdout=(
            "Der Kunde engagiert sich im Wahlkampf für {party}.",
            "Sie kandidiert für {party} bei der Kommunalwahl.",
        )),
        "fr": S(dev=(
            "Il est militant de {party}.",
            "Elle soutient {party} depuis des années.",
        ), holdout=(
            "Elle a voté pour {party} aux dernières élections.",
            "Il est adhérent de {party} dans sa circonscription.",
        )),
        "es": S(dev=(
            "Es afiliado a {party}.",
            "Siempre ha votado a {party}.",
        ), holdout=(
            "Votó a {party} en las últimas elecciones.",
            "Es concejal de {party} en su municipio.",
        )),
    },
    "religious_belief": {
        "en": S(dev=(
            "He asked to move the call because of Friday prayers at the mosque.",
            "As a devout {rel}, she cannot work on Saturdays.",
            "The employee is {rel} and asked for a prayer room.",
        ), holdout=(
            "He converted to Islam last year and changed his name.",
            "She is a lay minister at her parish church and volunteers on Sundays.",
            "Guest notes: observant {rel}, please avoid scheduling on religious holidays.",
        )),
        "de": S(dev=(
            "Der Mitarbeiter ist {rel} und bittet um Urlaub an hohen Feiertagen.",
            "Sie ist praktizierende Muslimin und fastet im Ramadan.",
        ), holdout=(
            "Sie ist letztes Jahr aus der katholischen Kirche ausgetreten.",
            "Er ist Mitglied der jüdischen Gemeinde und hält den Schabbat.",
        )),
        "fr": S(dev=(
            "Il est de confession {rel}.",
            "Elle est catholique pratiquante et va à la messe chaque dimanche.",
        ), holdout=(
            "Elle fait le ramadan et demande un aménagement d'horaires.",
            "Il s'est converti au bouddhisme il y a deux ans.",
        )),
        "es": S(dev=(
            "Es {rel} practicante.",
            "Va a misa todos los domingos y colabora con su parroquia.",
        ), holdout=(
            "Se convirtió al budismo hace dos años.",
            "Es testigo de Jehová y rechaza las transfusiones.",
        )),
    },
    "trade_union": {
        "en": S(dev=(
            "He is a shop steward for {union}.",
            "She is a member of {union} and asked for a union rep at the hearing.",
            "The employee joined the union after the strike.",
        ), holdout=(
            "Dues for his {union} local come out of every paycheck.",
            "She is the {union} branch secretary at the depot.",
            "He is not a union member and asked to be left off the strike list.",
        )),
        "de": S(dev=(
            "Sie ist Mitglied bei {union}.",
            "Er ist gewerkschaftlich organisiert ({union}).",
        ), holdout=(
            "Er ist Vertrauensmann der {union} im Werk.",
            "Die Mitarbeiterin ist vor kurzem in die Gewerkschaft eingetreten.",
        )),
        "fr": S(dev=(
            "Il est délégué syndical {union}.",
            "Elle est syndiquée chez {union}.",
        ), holdout=(
            "Elle est adhérente de {union} depuis dix ans.",
            "Il a rejoint le syndicat après la grève.",
        )),
        "es": S(dev=(
            "Está afiliado a {union}.",
            "Es delegada sindical de {union} en la fábrica.",
        ), holdout=(
            "Se afilió al sindicato {union} el año pasado.",
            "Es miembro del comité de empresa por {union}.",
        )),
    },
    "sex_life_orientation": {
        "en": S(dev=(
            "He came out as gay to his manager last month.",
            "She identifies as {orient}.",
            "The user says they are {orient} and looking for a long-term partner.",
        ), holdout=(
            "They asked us not to tell their employer that they are {orient}.",
            "He mentioned he is in a same-sex relationship.",
            "Profile notes: {orient}, open to casual dating.",
        )),
        "de": S(dev=(
            "Er ist {orient} und lebt mit seinem Partner zusammen.",
            "Sie hat sich als {orient} geoutet.",
        ), holdout=(
            "Die Kundin ist {orient} und sucht eine feste Beziehung.",
            "Er bat darum, seine Homosexualität nicht zu erwähnen.",
        )),
        "fr": S(dev=(
            "Il est {orient}.",
            "Elle a fait son coming out en tant que {orient}.",
        ), holdout=(
            "Il est en couple avec un homme depuis cinq ans.",
            "La cliente se dit {orient} et cherche une relation sérieuse.",
        )),
        "es": S(dev=(
            "Es {orient} y busca pareja estable.",
            "Salió del armario como {orient} el año pasado.",
        ), holdout=(
            "Nos pidió no revelar que es {orient}.",
            "Vive con su pareja del mismo sexo desde 2019.",
        )),
    },
    "criminal_record": {
        "en": S(dev=(
            "He was convicted of {offense} in {year} and served {n} months.",
            "Background check shows a {year} conviction for {offense}.",
            "The applicant has no criminal record.",
        ), holdout=(
            "She is on probation after a {offense} charge.",
            "Candidate disclosed a spent conviction for {offense}.",
            "He was arrested for {offense} but the case was dismissed.",
        )),
        "de": S(dev=(
            "Er ist wegen {offense} vorbestraft.",
            "Das Führungszeugnis enthält keine Eintragungen.",
        ), holdout=(
            "Sie wurde {year} wegen {offense} verurteilt.",
            "Gegen den Bewerber läuft ein Ermittlungsverfahren wegen {offense}.",
        )),
        "fr": S(dev=(
            "Il a été condamné pour {offense} en {year}.",
            "Casier judiciaire vierge.",
        ), holdout=(
            "Elle est sous contrôle judiciaire après une plainte pour {offense}.",
            "Son casier judiciaire mentionne une condamnation pour {offense}.",
        )),
        "es": S(dev=(
            "Fue condenado por {offense} en {year}.",
            "Sin antecedentes penales.",
        ), holdout=(
            "Tiene antecedentes penales por {offense}.",
            "Cumplió {n} meses de prisión por {offense}.",
        )),
    },
}

PII = {
    "email": {
        "en": S(dev=("You can reach me at {email}.", "Please send the invoice to {email}."),
                holdout=("My new address for receipts is {email}.",)),
        "de": S(dev=("Meine E-Mail-Adresse lautet {email}.",),
                holdout=("Bitte antworten Sie an {email}.",)),
        "fr": S(dev=("Mon adresse e-mail est {email}.",),
                holdout=("Écrivez-moi plutôt à {email}.",)),
        "es": S(dev=("Mi correo es {email}.",), holdout=("Escríbanme a {email}, por favor.",)),
    },
    "phone": {
        "en": S(dev=("Call me back on {phone}, please.", "My mobile is {phone}."),
                holdout=("Text me at {phone} when the driver is close.",)),
        "de": S(dev=("Sie erreichen mich unter {phone}.",),
                holdout=("Rückruf bitte unter {phone}.",)),
        "fr": S(dev=("Vous pouvez me joindre au {phone}.",),
                holdout=("Mon numéro : {phone}.",)),
        "es": S(dev=("Pueden llamarme al {phone}.",), holdout=("Mi móvil es el {phone}.",)),
    },
    "postal_address": {
        "en": S(dev=("Please ship it to {address} instead.",),
                holdout=("I moved, my new address is {address}.",)),
        "de": S(dev=("Bitte an {address} liefern.",), holdout=("Neue Anschrift: {address}.",)),
        "fr": S(dev=("Merci de livrer au {address}.",),
                holdout=("Ma nouvelle adresse : {address}.",)),
        "es": S(dev=("Envíenlo a {address}.",), holdout=("Mi nueva dirección es {address}.",)),
    },
    "date_of_birth": {
        "en": S(dev=("My date of birth is {dob}.",), holdout=("I was born on {dob}.",)),
        "de": S(dev=("Ich bin am {dob} geboren.",), holdout=("Geburtsdatum: {dob}.",)),
        "fr": S(dev=("Je suis née le {dob}.",), holdout=("Date de naissance : {dob}.",)),
        "es": S(dev=("Nací el {dob}.",), holdout=("Fecha de nacimiento: {dob}.",)),
    },
    "bank_account": {
        "en": S(dev=("Please refund to my IBAN {iban}.",),
                holdout=("Pay the difference into {iban}, thanks.",)),
        "de": S(dev=("Bitte überweisen Sie auf {iban}.",),
                holdout=("Meine neue Bankverbindung: {iban}.",)),
        "fr": S(dev=("Remboursez sur mon IBAN {iban}.",),
                holdout=("Mon RIB a changé : {iban}.",)),
        "es": S(dev=("Devuelvan el dinero a mi IBAN {iban}.",),
                holdout=("Mi nueva cuenta es {iban}.",)),
    },
    "payment_card": {
        "en": S(dev=("I paid with card {card} and was charged twice.",),
                holdout=("The charge on {card} is not mine.",)),
        "de": S(dev=("Die Karte {card} wurde doppelt belastet.",),
                holdout=("Bitte sperren Sie die Karte {card}.",)),
        "fr": S(dev=("Ma carte {card} a été débitée deux fois.",),
                holdout=("Le paiement avec la carte {card} a échoué.",)),
        "es": S(dev=("Me cobraron dos veces en la tarjeta {card}.",),
                holdout=("No reconozco el cargo en la tarjeta {card}.",)),
    },
    "person_name": {
        "en": S(dev=("This is {name}, following up on my earlier message.",),
                holdout=("I'm writing on behalf of my neighbour, {name}.",)),
        "de": S(dev=("Hier ist {name}, ich melde mich wegen meiner Bestellung.",),
                holdout=("Ich schreibe für meine Nachbarin {name}.",)),
        "fr": S(dev=("Bonjour, c'est {name}, je reviens vers vous.",),
                holdout=("J'écris de la part de {name}.",)),
        "es": S(dev=("Soy {name} y escribo por mi pedido.",),
                holdout=("Escribo en nombre de {name}.",)),
    },
}

NEUTRAL = {
    "en": S(common=("Thanks for the quick reply.",), dev=(
        "I ordered last week and the parcel still hasn't arrived.",
        "Can you check the status of my refund?",
        "The app keeps logging me out after the update.",
        "Please cancel the subscription at the end of the month.",
        "The invoice shows the wrong VAT rate.",
    ), holdout=(
        "I'd like to change my delivery slot to the morning.",
        "The discount code was not applied at checkout.",
        "The export button does nothing in the web app.",
        "Could you upgrade us to the annual plan?",
    )),
    "de": S(common=("Vielen Dank für die schnelle Antwort.",), dev=(
        "Meine Bestellung ist noch nicht angekommen.",
        "Bitte stornieren Sie mein Abo zum Monatsende.",
        "Die Rechnung enthält einen falschen Betrag.",
    ), holdout=(
        "Die App stürzt beim Start ab.",
        "Der Gutscheincode wurde nicht angerechnet.",
    )),
    "fr": S(common=("Merci pour votre réponse rapide.",), dev=(
        "Ma commande n'est toujours pas arrivée.",
        "Merci de résilier mon abonnement à la fin du mois.",
        "La facture indique un mauvais montant.",
    ), holdout=(
        "L'application plante au démarrage.",
        "Le code promo n'a pas été pris en compte.",
    )),
    "es": S(common=("Gracias por la rápida respuesta.",), dev=(
        "Mi pedido todavía no ha llegado.",
        "Por favor, cancelen mi suscripción a final de mes.",
        "La factura tiene un importe incorrecto.",
    ), holdout=(
        "La aplicación se cierra al iniciar.",
        "El código de descuento no se aplicó.",
    )),
}

# Special-category words in a non-personal context: no kind is present.
TRAPS = {
    "en": S(dev=(
        "The health check endpoint returned 200 after the deploy.",
        "We added a UNION ALL to the reporting query.",
        "The Religion & Spirituality shelf is being reorganised.",
        "Restock of the ethnic food aisle is scheduled for Monday.",
        "The party size for the reservation is six.",
        "European Union VAT rules apply to this invoice.",
    ), holdout=(
        "Our union type now accepts null as a member.",
        "The TLS certificate fingerprint changed after renewal.",
        "The race starts at 9 am near the harbour.",
        "Gene expression dashboards load twice as fast now.",
        "Count the sentence length in tokens for each sample.",
        "The third-party integration failed its health probe.",
    )),
    "de": S(dev=(
        "Der Health-Check der Datenbank ist wieder grün.",
        "Im Regal Religion und Philosophie fehlen Etiketten.",
    ), holdout=(
        "Die Europäische Union hat neue Zollregeln veröffentlicht.",
        "Die Firmenfeier findet im Innenhof statt.",
    )),
    "fr": S(dev=(
        "Le contrôle de santé du service est revenu au vert.",
        "L'Union européenne publie de nouvelles règles de TVA.",
    ), holdout=(
        "Le rayon religion de la librairie est en travaux.",
        "La sonde de santé du cluster échoue depuis ce matin.",
    )),
    "es": S(dev=(
        "La comprobación de salud del servicio ya está en verde.",
        "La Unión Europea actualizó las normas de IVA.",
    ), holdout=(
        "La sección de religión de la librería está en obras.",
        "La fiesta de la empresa será en la terraza.",
    )),
}

# Neutral filler for documents that are not support conversations.
NEUTRAL_BY_CONTEXT = {
    "clinical": {
        "en": S(dev=("Follow-up in three months.", "Vital signs stable at discharge."),
                holdout=("Reviewed with the attending physician.", "Next review in six weeks.")),
        "de": S(dev=("Kontrolle in drei Monaten.",),
                holdout=("Wiedervorstellung in sechs Wochen.",)),
        "fr": S(dev=("Contrôle dans trois mois.",), holdout=("Revoir dans six semaines.",)),
        "es": S(dev=("Control en tres meses.",), holdout=("Revisión en seis semanas.",)),
    },
    "bio": {
        "en": S(dev=("Love hiking and Sunday markets.", "Coffee first, then adventures."),
                holdout=("Weekend baker and amateur astronomer.", "Always up for a road trip.")),
        "de": S(dev=("Ich liebe Wandern und gutes Essen.",),
                holdout=("Am Wochenende oft auf dem Rad unterwegs.",)),
        "fr": S(dev=("J'aime la randonnée et les bons restaurants.",),
                holdout=("Passionnée de cinéma et de voyages.",)),
        "es": S(dev=("Me encanta viajar y cocinar.",), holdout=("Fan del cine y de la montaña.",)),
    },
    "report": {
        "en": S(dev=("Report generated automatically.",),
                holdout=("Summary prepared by the vendor.",)),
        "de": S(dev=("Bericht automatisch erstellt.",),
                holdout=("Zusammenfassung des Anbieters.",)),
        "fr": S(dev=("Rapport généré automatiquement.",),
                holdout=("Synthèse fournie par le prestataire.",)),
        "es": S(dev=("Informe generado automáticamente.",),
                holdout=("Resumen elaborado por el proveedor.",)),
    },
}
