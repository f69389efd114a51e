"""Free-text sentences. Each sentence carries the kinds it reveals by its wording; slots
({name}, {union}, {party}, {fmr}, ...) are filled through the context, which records the
kinds of whatever it inserts."""

from __future__ import annotations

import base64
from typing import Any

from .gen import Ctx
from .lexicon import PARTIES, UNIONS

S = tuple[str, tuple[str, ...]]
H, G, B, R, P = "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion"
REL, TU, SX, CR = "religious_belief", "trade_union", "sex_life_orientation", "criminal_record"

SPECIAL_TEXT: dict[str, dict[str, list[S]]] = {
    H: {
        "en": [
            ("Can we push my Thursday shift? I've got a follow-up with the oncologist about the "
             "next chemo cycle.", (H,)),
            ("The parcel is urgent, it has her insulin pens in it and she's type 1.", (H,)),
            ("He's been signed off since March with burnout and started on sertraline a few "
             "weeks ago.", (H,)),
            ("Pt denies chest pain or shortness of breath; no history of DVT.", (H,)),
            ("My son has a severe peanut allergy, please make sure the order is nut-free.", (H,)),
            ("I'm 22 weeks pregnant so I can't do the lifting part of the job for now.", (H,)),
            ("Her husband was diagnosed with early-onset Alzheimer's in the spring, so she "
             "manages his account now.", (H,)),
            ("I had a panic attack at the counter last time, could someone meet me at the side "
             "entrance?", (H,)),
            ("Back after knee surgery, cleared for desk duties only until physio signs off.", (H,)),
            ("Tested HIV positive in 2019, undetectable on meds since.", (H,)),
            ("I use a wheelchair; is the venue step-free from the car park?", (H,)),
            ("Got my ADHD diagnosis at 34 and take lisdexamfetamine in the mornings, which is why "
             "calls before nine are hard for me.", (H,)),
            ("No known drug allergies and not currently taking any medication.", (H,)),
            ("I missed the deadline because I was in hospital with pancreatitis for ten days.",
             (H,)),
        ],
        "de": [
            ("Ich bin seit drei Wochen wegen einer Gürtelrose krankgeschrieben und kann den "
             "Termin leider nicht wahrnehmen.", (H,)),
            ("Die Kollegin hat einen GdB von 50 und braucht einen höhenverstellbaren "
             "Schreibtisch.", (H,)),
            ("Mein Vater hat Parkinson und kann nicht mehr selbst unterschreiben.", (H,)),
            ("Kunde gibt an, wegen seiner Depression die Frist versäumt zu haben.", (H,)),
            ("Keine bekannten Allergien, keine Dauermedikation.", (H,)),
            ("Patientin klagt seit Wochen über Schlafstörungen, TSH unauffällig, Verdacht auf "
             "Anpassungsstörung.", (H,)),
            ("Ich bin schwanger, der Entbindungstermin ist im Oktober, und möchte die Elternzeit "
             "rechtzeitig anmelden.", (H,)),
            ("Nach der Chemo bin ich noch nicht wieder voll belastbar, bitte nur halbe Tage "
             "einplanen.", (H,)),
            ("Er nimmt Marcumar, daher vor dem Eingriff bitte Rücksprache mit der Hausärztin.",
             (H,)),
            ("Wegen meiner Epilepsie darf ich zurzeit nicht Auto fahren, deshalb brauche ich die "
             "Lieferung nach Hause.", (H,)),
            ("Unser Sohn ist Autist und kommt mit lauten Wartebereichen schlecht zurecht.", (H,)),
        ],
        "fr": [
            ("Je suis en arrêt maladie jusqu'au 14 suite à une opération de la hanche.", (H,)),
            ("Ma fille est diabétique et doit pouvoir garder son lecteur de glycémie en classe.",
             (H,)),
            ("Le salarié souffre d'une dépression et a demandé un mi-temps thérapeutique.", (H,)),
            ("Pas d'antécédents cardiaques, aucune allergie connue.", (H,)),
            ("Je suis enceinte de cinq mois, est-il possible d'annuler sans frais ?", (H,)),
            ("Patient sous Eliquis, prévoir un relais avant l'extraction dentaire.", (H,)),
            ("Mon mari a fait un AVC en janvier et ne peut plus gérer ses comptes.", (H,)),
            ("Suivi psychiatrique en cours pour trouble bipolaire, traitement par lithium.", (H,)),
            ("J'ai une RQTH pour une surdité partielle, merci de privilégier l'écrit.", (H,)),
            ("Séropositive depuis 2015, charge virale indétectable.", (H,)),
        ],
        "es": [
            ("Estoy de baja por una hernia discal y no puedo cargar peso.", (H,)),
            ("Mi madre tiene alzhéimer y desde ahora gestiono yo su cuenta.", (H,)),
            ("Tengo fibromialgia y hay días en que no puedo conectarme.", (H,)),
            ("Niega alergias medicamentosas; hipertensión en tratamiento con enalapril.", (H,)),
            ("Estoy embarazada de ocho semanas, ¿puedo cambiar la fecha del viaje?", (H,)),
            ("El paciente es VIH positivo y sigue tratamiento antirretroviral.", (H,)),
            ("Le diagnosticaron un trastorno de ansiedad y está en terapia con una psicóloga.",
             (H,)),
            ("Mi hijo es celíaco, necesito saber si el menú escolar es sin gluten.", (H,)),
            ("Tengo reconocida una discapacidad del 45 % por una lesión medular.", (H,)),
            ("Vengo de una depresión fuerte y todavía tomo escitalopram.", (H,)),
        ],
    },
    G: {
        "en": [
            ("The lab confirmed she carries one copy of the HFE C282Y variant.", (G,)),
            ("His consumer DNA results came back APOE e3/e4.", (G,)),
            ("Paternity test result: alleged father not excluded, 21 STR loci tested, probability "
             "of paternity 99.998%.", (G,)),
            ("Sequencing found a heterozygous BRCA2 c.5946delT variant in the proband.", (G,)),
            ("Genotype at rs4988235 is GG, so the lactase persistence allele is absent.", (G,)),
            ("Her PGx panel shows CYP2C19 *2/*2, poor metabolizer, so clopidogrel was switched "
             "to ticagrelor.", (G, H)),
            ("Whole-exome sequencing identified a de novo SCN1A variant consistent with Dravet "
             "syndrome.", (G, H)),
            ("Carrier screening: he is a carrier for cystic fibrosis (F508del), partner testing "
             "recommended.", (G, H)),
            ("The raw data file I uploaded has rs53576 AG and rs1815739 CT, can you tell me what "
             "they mean?", (G,)),
        ],
        "de": [
            ("Die Genanalyse ergab eine heterozygote MTHFR-Variante C677T.", (G,)),
            ("Laut Gentest bin ich Trägerin einer pathogenen BRCA1-Mutation.", (G,)),
            ("Beim Kind wurde eine heterozygote Variante im SCN5A-Gen nachgewiesen.", (G,)),
            ("Der Abstammungstest bestätigt die Vaterschaft mit 99,99 % Wahrscheinlichkeit.", (G,)),
            ("Pharmakogenetik: DPYD-Genotyp *1/*2A, die Capecitabin-Dosis wurde halbiert.",
             (G, H)),
            ("Die Sequenzierung zeigt bei ihm eine Variante unklarer Signifikanz im TTN-Gen.",
             (G,)),
        ],
        "fr": [
            ("Le séquençage a mis en évidence une variante pathogène du gène MLH1 chez la "
             "patiente.", (G,)),
            ("Mon test ADN indique que je suis porteur sain de la mucoviscidose.", (G, H)),
            ("Génotypage HLA-B*57:01 positif, l'abacavir lui est contre-indiqué.", (G, H)),
            ("Le profil génétique de l'enfant montre une délétion hétérozygote du gène PMP22.",
             (G,)),
            ("Résultat du test de paternité : probabilité de 99,998 %, 24 marqueurs analysés.",
             (G,)),
            ("J'ai reçu mes résultats génétiques, APOE e4/e4, et je ne sais pas trop quoi en "
             "penser.", (G,)),
        ],
        "es": [
            ("El estudio genético detectó una variante en heterocigosis en el gen LDLR.", (G,)),
            ("Según el análisis de ADN, soy metabolizador lento del CYP2C19.", (G,)),
            ("La prueba de paternidad confirmó el vínculo con una probabilidad del 99,9 %.", (G,)),
            ("Es portadora de una mutación en BRCA1 y por eso se hace revisiones cada seis "
             "meses.", (G,)),
            ("El exoma mostró una variante patogénica en FBN1 compatible con síndrome de Marfan.",
             (G, H)),
            ("Genotipo rs1801133 TT; me dijeron que revise mis niveles de folato.", (G,)),
        ],
    },
    B: {
        "en": [
            ("Enrolment keeps failing on terminal 3, here is what the log shows: enroll_fail "
             "quality=41 template={fmr}", (B,)),
            ("Re-sending the face template from the onboarding app since the first upload timed "
             "out: {face}", (B,)),
            ("Voice ID enrolment debug, speaker vector follows: {vec}", (B,)),
        ],
        "de": [
            ("Die Registrierung am Zeiterfassungsterminal bricht ab. Auszug aus dem Log: "
             "minutiae_template={fmr}", (B,)),
            ("Gesichtsmerkmale aus der Erstregistrierung, bitte erneut einspielen: {face}", (B,)),
        ],
        "fr": [
            ("L'enrôlement de l'empreinte échoue, voici la trace : gabarit={fmr}", (B,)),
            ("Vecteur facial extrait lors de l'inscription, à réimporter : {vec}", (B,)),
        ],
        "es": [
            ("Falla el registro de la huella, adjunto el volcado: plantilla={fmr}", (B,)),
            ("Plantilla facial capturada en el alta, por favor vuelvan a cargarla: {face}", (B,)),
        ],
    },
    R: {
        "en": [
            ("As a British Bangladeshi woman I felt the panel's questions about my 'fit' were "
             "loaded.", (R,)),
            ("Complainant, who is of Somali heritage, reports being called names by a "
             "supervisor.", (R,)),
            ("I'm half Filipino, half Irish and the form only let me tick one box.", (R,)),
            ("Respondent self-identifies as Black Caribbean.", (R,)),
            ("He's Romani and says the site manager refused to let him sign in.", (R,)),
            ("Tenant states the flat was suddenly 'gone' after she mentioned she is Aboriginal.",
             (R,)),
            ("I'm Māori and my whānau will all attend, so we need the bigger room.", (R,)),
            ("Patient is a 54-year-old Hispanic male presenting for a routine review.", (R,)),
        ],
        "de": [
            ("Als Deutsch-Türkin werde ich bei Wohnungsbesichtigungen regelmäßig anders "
             "behandelt.", (R,)),
            ("Der Bewerber ist Sinto und hat sich über eine Bemerkung im Vorstellungsgespräch "
             "beschwert.", (R,)),
            ("Frau {name} ist kurdischer Abstammung und bittet um eine Dolmetscherin für "
             "Kurmandschi.", (R,)),
            ("Ich bin Schwarz und wurde beim Einlass als Einziger kontrolliert.", (R,)),
            ("Die Mieterin gibt an, sie sei wegen ihrer vietnamesischen Herkunft abgelehnt "
             "worden.", (R,)),
            ("Mein Vater ist Sorbe, meine Mutter hat ghanaische Wurzeln.", (R,)),
        ],
        "fr": [
            ("Je suis d'origine maghrébine et on m'a refusé l'entrée sans explication.", (R,)),
            ("En tant que femme noire, je me suis sentie ciblée par ce contrôle.", (R,)),
            ("Le plaignant, d'origine rom, signale des propos insultants de la part du gardien.",
             (R,)),
            ("Je suis métisse et le formulaire ne propose aucune case qui me corresponde.", (R,)),
            ("L'élève, d'origine kabyle, a été victime de moqueries répétées.", (R,)),
            ("Ma famille est d'origine hmong et mes parents parlent peu le français.", (R,)),
        ],
        "es": [
            ("Soy gitana y en la inmobiliaria me dijeron que ya no quedaban pisos.", (R,)),
            ("El denunciante, de origen mapuche, relata insultos por parte del encargado.", (R,)),
            ("Me identifico como afrodescendiente y quería que constara en el informe.", (R,)),
            ("Es de etnia wayuu y necesita intérprete en la audiencia.", (R,)),
            ("Como mujer indígena quechua, me preguntaron si de verdad tenía estudios.", (R,)),
        ],
    },
    P: {
        "en": [
            ("I've been a paid-up Lib Dem member for years and I'm cancelling my direct debit "
             "over this.", (P,)),
            ("Voter says she'll back the Greens this time and wants a window poster.", (P,)),
            ("He's volunteering three evenings a week for the Republican campaign in the "
             "county.", (P,)),
            ("Strong Labour, has voted Labour at every election since 1997, happy to host a "
             "street stall.", (P,)),
            ("Undecided between the Conservatives and Reform, worried mostly about council "
             "tax.", (P,)),
            ("Please take me off the list, I'm a lifelong Democrat and don't want your "
             "candidate's mailers.", (P,)),
            ("I donated to {party} last month and need the receipt re-sent.", (P,)),
        ],
        "de": [
            ("Ich bin seit 2015 Mitglied bei den Grünen und möchte meinen Beitrag anpassen.",
             (P,)),
            ("Wähler tendiert zur SPD und wünscht ein Plakat am Gartenzaun.", (P,)),
            ("Hat bei der letzten Bundestagswahl FDP gewählt, diesmal unentschlossen.", (P,)),
            ("Ich trete nach 20 Jahren aus der CDU aus, bitte die Mitgliedschaft beenden.", (P,)),
            ("Er engagiert sich im Ortsverband der Linken und organisiert den Infostand.", (P,)),
            ("Ich wähle seit Jahren Volt und würde gern beim Wahlkampf helfen.", (P,)),
        ],
        "fr": [
            ("Je milite chez les Insoumis depuis trois ans et je tiens le stand du marché.", (P,)),
            ("Électeur hésitant entre LR et Renaissance, sensible à la question des retraites.",
             (P,)),
            ("J'ai voté écologiste aux européennes et je compte recommencer.", (P,)),
            ("Adhérente au PS depuis 2012, elle souhaite recevoir les convocations par mail.",
             (P,)),
            ("Il a fait un don de 200 € à la campagne du RN en mai.", (P,)),
            ("Je ne renouvellerai pas mon adhésion à Horizons cette année.", (P,)),
        ],
        "es": [
            ("Soy afiliado al PSOE en mi agrupación local desde hace diez años.", (P,)),
            ("Votó a Sumar en las últimas generales y dice que repetirá.", (P,)),
            ("Simpatizante del PNV, se ofrece como interventor el día de las elecciones.", (P,)),
            ("Quiero darme de baja como militante de Podemos.", (P,)),
            ("Mi voto va a ser para el PP, pero quiero hablar del tema de la vivienda.", (P,)),
            ("Colabora con Bildu en las campañas de su pueblo.", (P,)),
        ],
    },
    REL: {
        "en": [
            ("I can't take Friday evening shifts because I keep Shabbat.", (REL,)),
            ("As a practising Muslim I'd like somewhere quiet to pray during Ramadan.", (REL,)),
            ("She converted to Catholicism last Easter and asked us to update her file.", (REL,)),
            ("I'm Sikh and need to keep my kara on in the cleanroom, is there an alternative?",
             (REL,)),
            ("Member of the Quaker meeting in town, prefers to affirm rather than swear an oath.",
             (REL,)),
            ("We're Jehovah's Witnesses, so please leave our son out of the birthday "
             "celebrations.", (REL,)),
            ("I left the Mormon church two years ago, please stop the mailings from the ward.",
             (REL,)),
            ("He's a devout Hindu and fasts on Ekadashi, so team lunches on those days don't "
             "work.", (REL,)),
        ],
        "de": [
            ("Ich bin letztes Jahr aus der katholischen Kirche ausgetreten, bitte keine "
             "Kirchensteuer mehr abziehen.", (REL,)),
            ("Er ist gläubiger Alevit und nimmt im Muharrem Urlaub.", (REL,)),
            ("Unsere Familie gehört einer evangelischen Freikirche an.", (REL,)),
            ("Ich bin Buddhistin und esse deshalb kein Fleisch, bitte beim Catering "
             "berücksichtigen.", (REL,)),
            ("Als orthodoxer Jude kann ich samstags keine Termine wahrnehmen.", (REL,)),
            ("Die Bewohnerin ist praktizierende Muslima und wünscht Pflege durch weibliches "
             "Personal.", (REL,)),
        ],
        "fr": [
            ("Je suis protestante pratiquante et je ne travaille pas le dimanche matin.", (REL,)),
            ("Il porte la kippa et souhaite des repas casher pendant le séminaire.", (REL,)),
            ("Je suis musulman et je voudrais poser le jour de l'Aïd.", (REL,)),
            ("Ma fille fait sa première communion en mai, nous sommes catholiques pratiquants.",
             (REL,)),
            ("Converti au bouddhisme il y a dix ans, il médite chaque matin au centre.", (REL,)),
            ("Il est pasteur d'une église évangélique et demande un congé pour le synode.",
             (REL,)),
        ],
        "es": [
            ("Soy evangélico y los domingos voy al culto, no puedo hacer ese turno.", (REL,)),
            ("Es musulmana y pide no tener reuniones a mediodía durante el ayuno.", (REL,)),
            ("Somos católicos practicantes y queremos que la niña vaya a clase de religión.",
             (REL,)),
            ("Apostaté formalmente de la Iglesia en 2019, no quiero figurar en sus registros.",
             (REL,)),
            ("Es testigo de Jehová y no celebra cumpleaños, por favor no le incluyáis en la "
             "fiesta.", (REL,)),
            ("Como judío sefardí, quería pedir el día libre por Yom Kipur.", (REL,)),
        ],
    },
    TU: {
        "en": [
            ("I'm the {union} rep for the night shift and I'd like to sit in on the hearing for "
             "{name}.", (TU,)),
            ("She joined the union after the restructuring was announced.", (TU,)),
            ("Please stop the {union} deduction from my pay, I left in June.", (TU,)),
            ("Caller is a shop steward and wants the grievance minutes sent to the branch "
             "secretary.", (TU,)),
            ("I'm not in a union, so I'll come to the meeting on my own.", (TU,)),
            ("As a {union} member I'm entitled to bring a companion to the disciplinary.", (TU,)),
        ],
        "de": [
            ("Ich bin {union}-Mitglied und möchte zum Personalgespräch eine Begleitung "
             "mitbringen.", (TU,)),
            ("Herr {name} ist Vertrauensmann der IG Metall im Werk 2.", (TU,)),
            ("Bitte den Gewerkschaftsbeitrag ab nächstem Monat nicht mehr einbehalten, ich bin "
             "ausgetreten.", (TU,)),
            ("Die Mitarbeiterin ist bei {union} organisiert und hat Rechtsschutz beantragt.",
             (TU,)),
            ("Ich bin in keiner Gewerkschaft, brauche also keine Beitragsbescheinigung.", (TU,)),
        ],
        "fr": [
            ("Le salarié est délégué syndical {union}, toute procédure doit passer par "
             "l'inspection du travail.", (TU,)),
            ("Je suis syndiquée chez {union} depuis 2018.", (TU,)),
            ("Elle a été désignée représentante de section syndicale le mois dernier.", (TU,)),
            ("Merci de ne plus prélever la cotisation syndicale, j'ai quitté {union}.", (TU,)),
        ],
        "es": [
            ("Estoy afiliada a {union} y quiero que el delegado esté presente en la reunión.",
             (TU,)),
            ("El trabajador es delegado sindical de {union} en el centro de Getafe.", (TU,)),
            ("Me di de baja del sindicato en enero, por favor quitad la cuota de la nómina.",
             (TU,)),
            ("Como afiliado a {union} tengo derecho a asesoría jurídica gratuita.", (TU,)),
        ],
    },
    SX: {
        "en": [
            ("I came out as bi last year and my family doesn't know, so please don't post "
             "anything to my parents' house.", (SX,)),
            ("He's in a same-sex relationship and wants his husband listed as beneficiary.",
             (SX,)),
            ("As a gay man I was asked questions in the interview that nobody else was asked.",
             (SX,)),
            ("Patient is sexually active with multiple male partners and uses condoms "
             "inconsistently.", (SX,)),
            ("I'm asexual and find the ice-breaker questions about dating really uncomfortable.",
             (SX,)),
            ("Straight, monogamous, married twelve years.", (SX,)),
            ("I'm a lesbian and my partner and I would like to be seated together.", (SX,)),
        ],
        "de": [
            ("Ich bin lesbisch und suche Leute zum Wandern und für Brettspielabende.", (SX,)),
            ("Er lebt offen schwul, ein Kollege macht deshalb ständig Sprüche.", (SX,)),
            ("Ich bin bisexuell, das spielt für die Wohnungsvergabe hoffentlich keine Rolle.",
             (SX,)),
            ("Meine Partnerin und ich sind ein lesbisches Paar und möchten ein Gemeinschaftskonto "
             "eröffnen.", (SX,)),
            ("Patient berichtet über ungeschützten Geschlechtsverkehr mit wechselnden "
             "Partnerinnen.", (SX,)),
        ],
        "fr": [
            ("Je suis bisexuelle et je ne veux pas que ce soit mentionné dans mon dossier.",
             (SX,)),
            ("Il est homosexuel et a été la cible de remarques à l'atelier.", (SX,)),
            ("Nous sommes un couple de femmes et souhaitons une chambre avec un grand lit.",
             (SX,)),
            ("Je suis pansexuel, ça ne regarde personne, mais votre questionnaire insiste.",
             (SX,)),
            ("Hétéro, divorcé, deux enfants, j'aime la randonnée.", (SX,)),
        ],
        "es": [
            ("Soy gay y mi pareja, {name}, vendrá conmigo a la cena.", (SX,)),
            ("Es lesbiana y ha denunciado comentarios en el equipo.", (SX,)),
            ("Mantiene relaciones sexuales con otros hombres y pide información sobre la PrEP.",
             (SX,)),
            ("Soy bisexual y estoy cansada de que me pregunten por mi 'novio'.", (SX,)),
            ("Somos dos hombres casados y queremos iniciar un proceso de adopción.", (SX,)),
        ],
    },
    CR: {
        "en": [
            ("Applicant disclosed a 2016 conviction for drink-driving; sentence completed.",
             (CR,)),
            ("He's on probation and has to check in every other Tuesday, so he can't do those "
             "shifts.", (CR,)),
            ("Tenant was arrested at the property in June; the case is still pending.", (CR,)),
            ("DBS came back clear, no cautions or convictions.", (CR,)),
            ("My brother got out of prison in March and needs an address for his licence "
             "conditions.", (CR,)),
            ("Candidate has a spent conviction for shoplifting from 2011.", (CR,)),
            ("The employee is under police investigation for fraud and has been suspended.",
             (CR,)),
        ],
        "de": [
            ("Der Bewerber ist wegen Betrugs vorbestraft (Geldstrafe, 2019).", (CR,)),
            ("Gegen den Mitarbeiter läuft ein Ermittlungsverfahren wegen Untreue.", (CR,)),
            ("Das Führungszeugnis wurde vorgelegt, ohne Eintragungen.", (CR,)),
            ("Er hat eine Bewährungsstrafe bis Ende nächsten Jahres und muss sich regelmäßig "
             "melden.", (CR,)),
            ("Mein Sohn saß wegen Körperverletzung ein und sucht jetzt einen "
             "Ausbildungsplatz.", (CR,)),
        ],
        "fr": [
            ("Il a été condamné en 2020 pour vol avec effraction et sort de détention le mois "
             "prochain.", (CR,)),
            ("Mon casier judiciaire est vierge, je peux fournir l'extrait (bulletin n°3).", (CR,)),
            ("Le locataire est placé sous contrôle judiciaire dans l'attente de son procès.",
             (CR,)),
            ("Le candidat a mentionné une condamnation pour conduite en état d'ivresse en 2017.",
             (CR,)),
            ("Mis en examen pour abus de confiance, il conteste les faits.", (CR,)),
        ],
        "es": [
            ("Tiene antecedentes penales por lesiones, cumplió condena en 2018.", (CR,)),
            ("Está en libertad condicional hasta marzo.", (CR,)),
            ("Adjunto el certificado de antecedentes penales: no constan antecedentes.", (CR,)),
            ("Fue detenido el pasado sábado y pasó a disposición judicial.", (CR,)),
            ("Mi exmarido tiene una orden de alejamiento y una condena por violencia de género.",
             (CR,)),
        ],
    },
}

NEUTRAL = {
    "en": ["Thanks in advance.", "Let me know if you need anything else from me.",
           "Sorry for the long message.", "I tried the app again this morning but it still "
           "crashes on the upload screen.", "Please reply by email rather than calling.",
           "The order arrived late again.", "Happy to jump on a call if that's easier."],
    "de": ["Vielen Dank im Voraus.", "Bitte um kurze Rückmeldung.",
           "Die App stürzt beim Hochladen weiterhin ab.", "Die Lieferung kam wieder zu spät.",
           "Ein Rückruf wäre mir lieber als eine Mail."],
    "fr": ["Merci d'avance.", "Je reste disponible pour toute question.",
           "L'application plante toujours au moment de l'envoi.",
           "Le colis est arrivé avec trois jours de retard.", "Bonne journée."],
    "es": ["Gracias de antemano.", "Quedo a la espera de su respuesta.",
           "La aplicación se sigue cerrando al subir el archivo.",
           "El pedido llegó con retraso otra vez.", "Un saludo."],
}

# sentences with trigger words used in their ordinary sense (no kind)
TRAPS = {
    "en": ["The status page said all health checks were green at the time.",
           "Our analyst ran a UNION ALL across both tables and the totals now match.",
           "This came in during the spring campaign, so volume was high.",
           "We changed the party size on the booking to six.",
           "The race condition in the sync job is fixed in the next release.",
           "Your free trial ends on Friday.",
           "Battery health is down to 81% according to the settings page.",
           "Shipping outside the European Union takes longer."],
    "de": ["Der Health-Check der Schnittstelle war zu dem Zeitpunkt grün.",
           "Die Aktion lief im Rahmen der Frühjahrskampagne.",
           "Laut Akkuzustand sind noch 84 % Kapazität vorhanden.",
           "In der Europäischen Union gelten andere Versandregeln.",
           "Die Abfrage mit UNION liefert jetzt doppelte Zeilen."],
    "fr": ["Le test de santé du service était au vert à ce moment-là.",
           "Les frais de livraison hors Union européenne sont différents.",
           "La campagne d'été a généré beaucoup de demandes.",
           "La course de dimanche a été annulée à cause de la pluie."],
    "es": ["El chequeo de salud del servidor estaba en verde.",
           "Los envíos fuera de la Unión Europea tienen otro plazo.",
           "La campaña de verano ha generado muchas consultas.",
           "La carrera popular del domingo se aplazó."],
}

SUBJECTS = {
    "en": ["Question about my account", "Shift change request", "Complaint", "Re: your message",
           "Booking", "Update to my details", "Follow-up", "Access problem"],
    "de": ["Frage zu meinem Konto", "Terminänderung", "Beschwerde", "AW: Ihre Nachricht",
           "Änderung meiner Daten", "Rückfrage"],
    "fr": ["Question sur mon compte", "Demande de changement", "Réclamation", "RE: votre message",
           "Mise à jour de mes informations"],
    "es": ["Consulta sobre mi cuenta", "Cambio de turno", "Reclamación", "RE: su mensaje",
           "Actualización de mis datos"],
}


def fmr_template(ctx: Ctx) -> str:
    """Base64 of an ISO/IEC 19794-2 finger minutiae record: magic, version, random body."""
    body = bytes(ctx.r.randint(0, 255) for _ in range(ctx.r.randint(90, 180)))
    return base64.b64encode(b"FMR\x00 20\x00" + body).decode()


def face_template(ctx: Ctx) -> str:
    body = bytes(ctx.r.randint(0, 255) for _ in range(ctx.r.randint(120, 220)))
    return base64.b64encode(b"FAC\x00010\x00" + body).decode()


def vector(ctx: Ctx, n: int) -> list[float]:
    return [round(ctx.r.gauss(0, 0.12), ctx.pick([4, 5, 6])) for _ in range(n)]


def fill(ctx: Ctx, text: str, lang: str) -> str:
    if "{name}" in text:
        text = text.replace("{name}", ctx.name(lang))
    if "{union}" in text:
        text = text.replace("{union}", ctx.pick(UNIONS[lang]))
    if "{party}" in text:
        text = text.replace("{party}", ctx.pick(PARTIES[lang]))
    if "{fmr}" in text:
        text = text.replace("{fmr}", fmr_template(ctx))
    if "{face}" in text:
        text = text.replace("{face}", face_template(ctx))
    if "{vec}" in text:
        text = text.replace("{vec}", "[" + ", ".join(str(v) for v in vector(ctx, 24)) + ", ...]")
    return text


def special(ctx: Ctx, category: str, lang: str) -> str:
    text, kinds = ctx.pick(SPECIAL_TEXT[category][lang])
    ctx.add(*kinds)
    ctx.note(f"text:{category}/{lang}")
    return fill(ctx, text, lang)


def around(ctx: Ctx, lang: str, core: str) -> str:
    """Wrap a sentence in neutral and trap sentences of the same language."""
    before: list[Any] = []
    after: list[Any] = []
    if ctx.chance(0.5):
        before.append(ctx.pick(NEUTRAL[lang] + TRAPS[lang]))
    if ctx.chance(0.6):
        after.append(ctx.pick(NEUTRAL[lang]))
    if ctx.chance(0.25):
        after.insert(0, ctx.pick(TRAPS[lang]))
    return " ".join([*before, core, *after])
