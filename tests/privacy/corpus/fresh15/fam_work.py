"""Productivity and messaging families: e-mail, calendar, chat, voice, OCR,
surveys, CRM notes and performance reviews."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, SPECIAL, Ctx
from .texts_neg import BYE, GREET

ORG_DOMAINS = ["nordwind-logistik.example", "acme-retail.example", "groupe-lac.example",
               "ribera-salud.example", "harbourview.example", "brightpath.example"]
SUBJECTS = {"en": ["Quick update", "Re: next week", "Following up", "Re: schedule", "FYI",
                   "Catching up"],
            "de": ["Kurzes Update", "AW: nächste Woche", "Rückmeldung", "Termin", "Kurze Info"],
            "fr": ["Petit point", "RE: semaine prochaine", "Suite à notre échange",
                   "Planning", "Pour info"],
            "es": ["Actualización", "RE: la semana que viene", "Seguimiento", "Agenda",
                   "Para que lo sepas"]}


def _parts(c: Ctx, lang: str, kinds: list[str], chat: bool = False) -> list[str]:
    out = []
    for kind in kinds:
        if kind == "neg":
            out.append(c.neg(c.deck(("negk", c.family), SPECIAL), lang, chat))
        elif kind == "neutral":
            out.append(c.neutral(lang, chat))
        else:
            out.append(c.say(kind, lang, chat))
    return out


def _multi(c: Ctx, lang: str, n: int, kinds: list[str] | None = None,
           chat: bool = False) -> list[str]:
    """n free-text statements of different special kinds, balanced by Ctx.slot."""
    out = []
    for _ in range(n):
        k, _l = c.slot(kinds, lang)
        out.append(c.say(k, lang, chat))
    return out


def email_message(c: Ctx, i: int) -> Any:
    neg_only = i % 5 in (2, 4)
    if neg_only:
        lang = c.deck(("fl", "email"), LANGS)
    else:
        lang = c.slot()[1]
    c.set_lang(lang, 0)
    s, r = c.person(lang), c.person(lang)
    dom = c.pick(ORG_DOMAINS) if c.chance(0.5) else None
    s_addr, r_addr = c.email(s, dom), c.email(r, dom)
    if neg_only:
        body_parts = _parts(c, lang, ["neg", "neutral"])
    else:
        body_parts = [*_multi(c, lang, c.pick([2, 3, 3])), c.neutral(lang)]
    body = (c.pick(GREET[lang]).format(n=c.first(r)) + "\n\n" + " ".join(body_parts) + "\n\n"
            + c.pick(BYE[lang]) + "\n" + c.first(s))
    if c.chance(0.4):
        body += "\n" + c.full(s) + "\n" + c.phone()
    subject = c.pick(SUBJECTS[lang])
    if i % 2 == 0:
        return {"@odata.etag": 'W/"' + c.b64(20) + '"', "id": "AAMk" + c.b64url(60),
                "createdDateTime": c.ts(style="z"), "receivedDateTime": c.ts(style="z"),
                "hasAttachments": False, "subject": subject, "bodyPreview": body[:90],
                "importance": "normal", "isRead": c.pick([True, False]),
                "internetMessageId": f"<{c.hexs(24)}@{(dom or 'mail.example')}>",
                "body": {"contentType": "text", "content": body},
                "from": {"emailAddress": {"name": c.full(s), "address": s_addr}},
                "toRecipients": [{"emailAddress": {"name": c.full(r), "address": r_addr}}],
                "ccRecipients": [], "flag": {"flagStatus": "notFlagged"}}
    headers = [{"name": "From", "value": f"{c.full(s)} <{s_addr}>"},
               {"name": "To", "value": r_addr}, {"name": "Subject", "value": subject},
               {"name": "Date", "value": c.ts(style="rfc")},
               {"name": "Message-ID", "value": f"<{c.hexs(20)}@mail.example>"}]
    if c.chance(0.5):
        headers.append({"name": "X-Originating-IP", "value": f"[{c.ip(False)}]"})
    return {"id": c.hexs(16), "threadId": c.hexs(16),
            "labelIds": ["INBOX", c.pick(["UNREAD", "IMPORTANT", "CATEGORY_PERSONAL"])],
            "snippet": body[:80], "payload": {"mimeType": "text/plain", "headers": headers,
                                              "body": {"size": len(body), "text": body}},
            "sizeEstimate": len(body) + c.rint(800, 3000)}


CAL = {
    "health": {"en": ["Chemo - cycle 3", "Physio (knee rehab)", "Therapy with {dr}", "Dialysis",
                      "20-week anomaly scan", "AA meeting"],
               "de": ["Chemo Zyklus 3", "Physio Knie", "Psychotherapie bei {dr}", "Dialyse",
                      "Feindiagnostik 20. SSW"],
               "fr": ["Chimio - cure 3", "Kiné genou", "Psy avec {dr}", "Dialyse",
                      "Échographie du 2e trimestre"],
               "es": ["Quimio - ciclo 3", "Fisio rodilla", "Psicóloga {dr}", "Diálisis",
                      "Ecografía de la semana 20"]},
    "religious_belief": {
        "en": ["Jumu'ah prayers", "Sunday Mass", "Bible study group", "Shabbat - offline"],
        "de": ["Freitagsgebet", "Gottesdienst", "Kirchenchor Probe", "Schabbat - offline"],
        "fr": ["Prière du vendredi", "Messe", "Répétition chorale paroissiale"],
        "es": ["Oración del viernes", "Misa del domingo", "Catequesis (soy catequista)"]},
    "trade_union": {"en": ["Union branch meeting (I'm steward)", "Unite reps training"],
                    "de": ["ver.di Vertrauensleutetreffen"], "fr": ["Réunion de ma section CGT"],
                    "es": ["Asamblea de delegados CCOO"]},
    "criminal_record": {"en": ["Probation appointment"],
                        "de": ["Termin bei der Bewährungshelferin"],
                        "fr": ["RDV SPIP (suivi sursis probatoire)"],
                        "es": ["Presentación en el juzgado (libertad condicional)"]},
    "political_opinion": {"en": ["Canvassing with the local Labour branch"],
                          "de": ["SPD-Ortsvereinssitzung"], "fr": ["Réunion de mon comité LFI"],
                          "es": ["Reunión de mi agrupación del PSOE"]},
}
CAL_NEG = {"en": [("Sprint review", None), ("Offsite at Union Square", "trade_union"),
                  ("Orientation for new starters", "sex_life_orientation"),
                  ("Health check dashboard review", "health"),
                  ("Election night coverage planning", "political_opinion")],
           "de": [("Sprint-Review", None), ("Health-Check der Server", "health"),
                  ("Orientierungswoche Azubis", "sex_life_orientation")],
           "fr": [("Revue de sprint", None), ("Point santé des serveurs", "health"),
                  ("Journée d'orientation", "sex_life_orientation")],
           "es": [("Revisión del sprint", None), ("Chequeo de salud de los servidores", "health"),
                  ("Jornada de orientación", "sex_life_orientation")]}


def calendar_event(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "cal"), LANGS)
    c.set_lang(lang, 0)
    owner = c.person(lang)
    variant = i % 3
    desc = ""
    if variant == 0:
        kind = c.deck(("cal_k",), ["health", "religious_belief", "health", "trade_union",
                                   "criminal_record", "political_opinion"])
        pool = CAL[kind][lang]
        summary = pool[c.rint(0, len(pool) - 1)]
        summary = summary.replace("{dr}", c.doctor(lang)) if "{dr}" in summary else summary
        c.rec(kind, "calendar_summary", None)
        desc = c.neutral(lang)
    elif variant == 1:
        summary = c.pick(["1:1", "Catch-up", "Coffee", "Abgleich", "Point hebdo", "Café"])
        desc = " ".join(_multi(c, lang, c.pick([1, 2])))
    else:
        summary, nk = c.pick(CAL_NEG[lang])
        if nk:
            c.negtag(nk, "calendar_summary")
        desc = c.neg(c.deck(("negk", "cal"), SPECIAL), lang)
    tz = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris",
          "es": "Europe/Madrid"}[lang]
    created = c.moment(2024, 2024)
    start = c.moment(2025, 2025)
    owner_mail = c.email(owner)
    ev: dict[str, Any] = {
        "kind": "calendar#event", "etag": f'"{c.hexs(16)}"', "id": c.lref(26),
        "status": "confirmed", "htmlLink": "https://calendar.example.com/event?eid=" + c.b64url(40),
        "created": c.ts(style="ms", at=created),
        "updated": c.ts(style="ms", at=c.later(created, c.rint(5, 9000))), "summary": summary,
        "description": desc, "creator": {"email": owner_mail, "self": True},
        "organizer": {"email": owner_mail, "self": True},
        "start": {"dateTime": c.ts(style="off", at=start).replace("+00:00", "+01:00"),
                  "timeZone": tz},
        "end": {"dateTime": c.ts(style="off", at=c.later(start, c.pick([30, 45, 60, 90])))
                            .replace("+00:00", "+01:00"),
                "timeZone": tz},
        "reminders": {"useDefault": True}, "eventType": "default"}
    r = c.rng.random()
    if r < 0.35:
        ev["location"] = c.address(c.country())
    elif r < 0.55:
        lat, lon = c.geo()
        ev["location"] = f"{lat},{lon}"
    else:
        ev["location"] = c.pick(["Room 2.14", "Teams", "Online", "Zoom"])
    if c.chance(0.5):
        a = c.person(lang)
        ev["attendees"] = [{"email": c.email(a),
                            "responseStatus": c.pick(["accepted", "needsAction", "tentative"])}]
    return ev


AGENT = {"en": ["Thanks for letting us know, I've added a note to your account.",
                "I've updated the booking for you.",
                "Sorry about that! Anything else I can help with?",
                "I'll pass this on to the team."],
         "de": ["Danke für den Hinweis, ich habe es im Konto vermerkt.",
                "Ich habe die Buchung angepasst.", "Kann ich sonst noch helfen?"],
         "fr": ["Merci, j'ai ajouté une note à votre dossier.", "J'ai modifié la réservation.",
                "Puis-je vous aider pour autre chose ?"],
         "es": ["Gracias por avisar, lo he anotado en tu cuenta.", "He modificado la reserva.",
                "¿Te ayudo con algo más?"]}


def helpdesk_transcript(c: Ctx, i: int) -> Any:
    variant = i % 4
    if variant in (0, 1):
        lang = c.slot()[1]
    else:
        lang = c.deck(("fl", "helpdesk"), LANGS)
    c.set_lang(lang, 0)
    agent = c.person(lang)
    parts = []
    t = c.ts()
    bot = variant == 3
    if not bot:
        cust = c.person(lang)
        author: dict[str, str | None] = {"type": "user",
                                         "name": c.first(cust) if c.chance(0.5) else c.full(cust),
                                         "email": c.email(cust)}
        if i % 3 == 0:
            author["last_seen_ip"] = c.ip()
    else:
        author = {"type": "lead", "name": None, "email": None, "pseudonym": c.handle()}
    msgs = []
    if variant in (0, 1):
        msgs += _multi(c, lang, c.pick([2, 3, 3]), chat=c.chance(0.5))
    if variant == 1:
        msgs.append(c.say(c.deck(("mix_k", "helpdesk"),
                                 ["health", "genetic", "trade_union", "biometric",
                                  "criminal_record", "political_opinion"]),
                          "mix", chat=True))
    if variant in (1, 2, 3):
        msgs += _parts(c, lang, ["neg"], chat=c.chance(0.5))
    msgs.append(c.neutral(lang, chat=True))
    for m in msgs:
        parts.append({"part_type": "comment", "author": {"type": author["type"]},
                      "body": f"<p>{m}</p>", "created_at": c.ts()})
        parts.append({"part_type": "comment",
                      "author": {"type": "admin", "name": None if bot else c.first(agent)},
                      "body": f"<p>{c.pick(AGENT[lang])}</p>", "created_at": c.ts()})
    return {"type": "conversation", "id": c.lref(12), "created_at": t, "state": "closed",
            "source": {"type": "conversation", "delivered_as": "customer_initiated",
                       "author": author},
            "conversation_parts": {"type": "conversation_part.list", "conversation_parts": parts,
                                   "total_count": len(parts)},
            "tags": {"tags": [{"name": c.pick(["booking", "billing", "account", "feedback"])}]}}


VA_PREFIX = {
    "en": ["note to self: ", "remind me tomorrow that ", "add to my journal: ", "text my sister: "],
    "de": ["notiz: ", "erinnere mich morgen: ", "schreib in mein tagebuch: ",
           "schick meiner schwester: "],
    "fr": ["note : ", "rappelle-moi demain que ", "ajoute à mon journal : ", "envoie à ma sœur : "],
    "es": ["nota: ", "recuérdame mañana que ", "apunta en mi diario: ", "mándale a mi hermana: "]}
VA_OK = {"en": ["Okay, saved.", "Done.", "Sent."], "de": ["Okay, gespeichert.", "Erledigt."],
         "fr": ["D'accord, c'est noté.", "C'est fait."], "es": ["Vale, guardado.", "Hecho."]}
VA_PLAIN = {"en": ["set a timer for ten minutes", "what's the weather tomorrow", "play some jazz"],
            "de": ["stell einen timer auf zehn minuten", "wie wird das wetter morgen"],
            "fr": ["mets un minuteur de dix minutes", "quel temps fera-t-il demain"],
            "es": ["pon un temporizador de diez minutos", "qué tiempo hará mañana"]}


def voice_assistant(c: Ctx, i: int) -> Any:
    variant = i % 4
    if variant in (0, 1):
        lang = c.slot([k for k in SPECIAL if k != "biometric"])[1]
    else:
        lang = c.deck(("fl", "voice"), LANGS)
    c.set_lang(lang, 0)
    turns = []
    turns.append(("USER", c.pick(VA_PLAIN[lang])))
    turns.append(("ASSISTANT", c.pick(VA_OK[lang])))
    if variant in (0, 1):
        for txt in _multi(c, lang, c.pick([1, 2]),
                          [k for k in SPECIAL if k != "biometric"], chat=True):
            turns.append(("USER", c.pick(VA_PREFIX[lang]) + txt))
            turns.append(("ASSISTANT", c.pick(VA_OK[lang])))
    else:
        turns.append(("USER", c.pick(VA_PREFIX[lang])
                      + c.neg(c.deck(("negk", "va"), SPECIAL), lang, chat=True)))
        turns.append(("ASSISTANT", c.pick(VA_OK[lang])))
    if variant == 0:
        lines = []
        for who, txt in turns:
            lines.append(f"[{c.ts(2025, 2025, 'z')}] {who}: {txt}")
        return "\n".join(lines)
    doc: dict[str, Any] = {"sessionId": c.uuid(), "deviceId": "dev-" + c.lref(10),
                           "locale": {"en": "en-GB", "de": "de-DE", "fr": "fr-FR",
                                      "es": "es-ES"}[lang],
                           "utterances": [{"speaker": w.lower(), "text": t,
                                           "asrConfidence": round(c.rng.uniform(0.7, 0.99), 2)}
                                          for w, t in turns]}
    if variant == 1:
        doc["speakerProfile"] = {"enrolled": True, "voiceprint": c.bio("voice"),
                                 "model": "spk-ecapa-v3"}
    else:
        doc["speakerProfile"] = {"enrolled": True,
                                 "recognisedSpeakerScore": round(c.rng.uniform(0.6, 0.98), 2)}
        c.negtag("biometric", "speaker_score")
    return doc


LETTER_ORGS = {"en": ("St Columba's Hospital", "uk"), "de": ("Klinikum Nordhafen", "de"),
               "fr": ("Centre hospitalier du Val", "fr"), "es": ("Hospital Ribera", "es")}
LETTER_ORG_BY_TYPE = {
    "court": {"en": "Northmoor Magistrates' Court", "de": "Amtsgericht Nordhafen",
              "fr": "Tribunal judiciaire du Val", "es": "Juzgado de lo Penal n.º 3"},
    "union": {"en": "Unite - Regional Office", "de": "ver.di Bezirk Nord", "fr": "Union locale CGT",
              "es": "CCOO Federación de Servicios"},
    "church": {"en": "Holy Trinity Parish Office", "de": "Standesamt Nordhafen - Kirchenaustritte",
               "fr": "Paroisse de la Sainte-Trinité", "es": "Parroquia de la Asunción"},
    "party": {"en": "Green Party - Membership Team", "de": "SPD Unterbezirk Nordhafen",
              "fr": "Fédération départementale EELV", "es": "Agrupación Socialista Centro"},
    "genetic": {"en": "Helix Diagnostics", "de": "Genlabor Nord", "fr": "Laboratoire Génome Val",
                "es": "Laboratorio Genética Ribera"},
    "eeo": {"en": "Acme Retail - HR", "de": "Nordwind Logistik GmbH - Personal",
            "fr": "Groupe du Lac - RH", "es": "Hospital Ribera - RR. HH."},
    "police_cert": {"en": "Disclosure Service", "de": "Bundesamt für Justiz",
                    "fr": "Casier judiciaire national", "es": "Registro Central de Penados"},
    "biometric": {"en": "Greystone Visa Application Centre", "de": "Bürgeramt Nordhafen",
                  "fr": "Mairie du Val - Titres d'identité", "es": "Oficina de Documentación"},
}
LTYPES: dict[str, dict[str, Any]] = {
    "hospital": {"kind": "health",
                 "subj": {"en": "Discharge summary", "de": "Entlassungsbrief",
                          "fr": "Compte rendu d'hospitalisation", "es": "Informe de alta"}},
    "court": {"kind": "criminal_record",
              "subj": {"en": "Notice of hearing - criminal case",
                       "de": "Ladung zur Hauptverhandlung in der Strafsache",
                       "fr": "Convocation - affaire pénale", "es": "Citación a juicio penal"}},
    "union": {"kind": "trade_union",
              "subj": {"en": "Welcome to the union", "de": "Willkommen in der Gewerkschaft",
                       "fr": "Bienvenue au syndicat", "es": "Bienvenida al sindicato"}},
    "church": {"kind": "religious_belief",
               "subj": {"en": "Confirmation of church membership",
                        "de": "Bestätigung des Kirchenaustritts",
                        "fr": "Attestation de la paroisse", "es": "Certificado parroquial"}},
    "party": {"kind": "political_opinion",
              "subj": {"en": "Your party membership", "de": "Ihre Parteimitgliedschaft",
                       "fr": "Votre adhésion au parti", "es": "Tu afiliación al partido"}},
    "genetic": {"kind": "genetic",
                "subj": {"en": "Genetic test report", "de": "Befund der genetischen Untersuchung",
                         "fr": "Compte rendu d'analyse génétique",
                         "es": "Informe de estudio genético"}},
    "eeo": {"kind": "racial_ethnic_origin",
            "subj": {"en": "Equal opportunities monitoring form", "de": "Fragebogen Vielfalt",
                     "fr": "Questionnaire diversité", "es": "Cuestionario de diversidad"}},
    "police_cert": {"kind": "criminal_record",
                    "subj": {"en": "Basic disclosure certificate", "de": "Führungszeugnis",
                             "fr": "Extrait de casier judiciaire",
                             "es": "Certificado de antecedentes penales"}},
    "letter": {"kind": "sex_life_orientation",
               "subj": {"en": "(handwritten letter)", "de": "(handschriftlicher Brief)",
                        "fr": "(lettre manuscrite)", "es": "(carta manuscrita)"}},
    "biometric": {"kind": "biometric",
                  "subj": {"en": "Enrolment record", "de": "Erfassungsprotokoll",
                           "fr": "Procès-verbal d'enrôlement", "es": "Acta de enrolamiento"}},
}


def _ocr(c: Ctx, s: str) -> str:
    s = s.replace("fi", "ﬁ") if c.chance(0.5) else s
    return s


def ocr_letter(c: Ctx, i: int) -> Any:
    names = list(LTYPES)
    lt = names[i % len(names)]
    spec = LTYPES[lt]
    lang = c.slot([spec["kind"]])[1]
    c.set_lang(lang, 0)
    country = {"en": c.pick(["uk", "ie"]), "de": "de", "fr": "fr", "es": "es"}[lang]
    p = c.person(lang)
    org = LETTER_ORG_BY_TYPE.get(lt, {}).get(lang) or LETTER_ORGS[lang][0]
    if lt == "letter":
        text = "\n".join([c.pick(GREET[lang]).format(n=c.first(c.person(lang))), "",
                          c.say("sex_life_orientation", lang), c.neutral(lang), "",
                          c.pick(BYE[lang]), c.first(p)])
        return text if i % 3 == 0 else {
            "fileName": f"scan_{c.lref(8)}.jpg",
            "pages": [{"page": 1, "text": text, "confidence": round(c.rng.uniform(0.55, 0.8), 2)}],
            "engine": "handwriting-ocr v1", "processedAt": c.ts()}
    lines = []
    lines.append(_ocr(c, org.upper()) + "  |  " + c.address(country))
    lines.append(c.date(2025, 2025))
    lines.append("")
    lines.append(c.full(p))
    lines.append(c.address(country, "multi"))
    lines.append("")
    lines.append(_ocr(c, spec["subj"][lang]))
    lab = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance",
           "es": "Fecha de nacimiento"}[lang]
    if lt in ("hospital", "court", "genetic", "police_cert", "biometric"):
        lines.append(f"{lab}: {c.dob(lang if lang != 'en' else 'uk')}")
    if lt == "hospital":
        code, label = c.pick(P.ICD10[lang])
        c.rec("health", "icd10", None)
        lines.append(f"Dx: {code} {label}")
        lines.append(c.say("health", lang))
    elif lt == "court":
        lines.append(c.rec("criminal_record", "charge", c.pick(P.OFFENCE[lang])))
        lines.append(c.say("criminal_record", lang))
    elif lt == "union":
        lines.append(f"{c.pick(P.UNION[lang])} - No. {c.ref(7)}")
        c.rec("trade_union", "membership_letter", None)
        lines.append("IBAN: " + c.iban(spaced=True))
        lines.append(c.say("trade_union", lang))
    elif lt == "church":
        c.rec("religious_belief", "church_letter", None)
        lines.append(c.say("religious_belief", lang))
    elif lt == "party":
        lines.append(c.rec("political_opinion", "party_letter", c.pick(P.PARTY[lang])))
        lines.append(c.say("political_opinion", lang))
    elif lt == "genetic":
        g, v, z = c.pick(P.VARIANTS)
        c.rec("genetic", "variant", None)
        lines.append(f"{g} {v} {z}")
        lines.append(c.say("genetic", lang))
        lines.append(c.doctor(lang))
    elif lt == "eeo":
        lines.append(c.rec("racial_ethnic_origin", "eeo_form", "[x] " + c.pick(P.ETHNICITY[lang])))
        lines.append(c.say("racial_ethnic_origin", lang))
    elif lt == "police_cert":
        lines.append(c.say("criminal_record", lang))
    elif lt == "biometric":
        lines.append(c.say("biometric", lang))
    lines.append("")
    lines.append(c.pick(BYE[lang]))
    lines.append(c.full(c.person(lang)))
    lines.append(f"- {c.rint(1, 3)} -")
    text = "\n".join(lines)
    if i % 3 == 0:
        return text
    return {"fileName": f"scan_{c.lref(8)}.pdf",
            "pages": [{"page": 1, "text": text, "confidence": round(c.rng.uniform(0.78, 0.97), 2)}],
            "engine": c.pick(["tesseract 5.3", "cloud-ocr v2"]), "processedAt": c.ts()}


def ocr_notice(c: Ctx, i: int) -> Any:
    """Clean OCR: a public notice or leaflet."""
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    kinds = c.rng.sample(SPECIAL, 3)
    text = "\n".join(_ocr(c, c.neg(k, lang)) for k in kinds) + f"\n- {c.rint(1, 4)} -"
    if i % 2 == 0:
        return text
    return {"fileName": f"leaflet_{c.lref(6)}.png",
            "pages": [{"page": 1, "text": text, "confidence": round(c.rng.uniform(0.8, 0.97), 2)}]}


EEO_Q = {"en": {"eth": "Which best describes your ethnic group?",
                "dis": "Do you consider yourself to have a disability?",
                "ori": "What is your sexual orientation?",
                "rel": "What is your religion or belief?",
                "uni": "Are you a member of a trade union?", "yes": "Yes",
                "no": "No, I do not have a disability",
                "free": "Anything else you'd like to tell us?"},
         "de": {"eth": "Welcher ethnischen Gruppe fühlen Sie sich zugehörig?",
                "dis": "Haben Sie eine Behinderung?",
                "ori": "Wie würden Sie Ihre sexuelle Orientierung beschreiben?",
                "rel": "Welcher Religion gehören Sie an?", "uni": "Sind Sie Gewerkschaftsmitglied?",
                "yes": "Ja", "no": "Nein, ich habe keine Behinderung",
                "free": "Möchten Sie uns noch etwas mitteilen?"},
         "fr": {"eth": "À quel groupe ethnique vous identifiez-vous ?",
                "dis": "Êtes-vous en situation de handicap ?",
                "ori": "Quelle est votre orientation sexuelle ?",
                "rel": "Quelle est votre religion ?", "uni": "Êtes-vous syndiqué(e) ?",
                "yes": "Oui", "no": "Non, je ne suis pas en situation de handicap",
                "free": "Souhaitez-vous ajouter quelque chose ?"},
         "es": {"eth": "¿Con qué grupo étnico se identifica?", "dis": "¿Tiene alguna discapacidad?",
                "ori": "¿Cuál es su orientación sexual?", "rel": "¿Cuál es su religión?",
                "uni": "¿Está afiliado/a a un sindicato?", "yes": "Sí",
                "no": "No, no tengo ninguna discapacidad", "free": "¿Quiere añadir algo más?"}}
PNTS = {"en": "Prefer not to say", "de": "Keine Angabe", "fr": "Je préfère ne pas répondre",
        "es": "Prefiero no contestar"}


def survey_response(c: Ctx, i: int) -> Any:
    variant = i % 4
    if variant == 1:
        lang = c.slot()[1]
    else:
        lang = c.deck(("fl", "survey"), LANGS)
    c.set_lang(lang, 0)
    q = EEO_Q[lang]
    fields, answers = [], []

    def add(qkey: str, ftype: str, ans: Any) -> None:
        fid = c.alnum(12)
        ref = c.lref(8) + "-" + c.lref(4)
        fields.append({"id": fid, "ref": ref, "type": ftype, "title": q.get(qkey, qkey)})
        a: dict[str, Any] = {"field": {"id": fid, "type": ftype, "ref": ref}}
        if ftype == "multiple_choice":
            a.update({"type": "choice", "choice": {"label": ans}})
        elif ftype == "yes_no":
            a.update({"type": "boolean", "boolean": ans})
        else:
            a.update({"type": "text", "text": ans})
        answers.append(a)

    hidden = {}
    if variant == 0:
        for qk, kind, pool in [("eth", "racial_ethnic_origin", P.ETHNICITY[lang]),
                               ("ori", "sex_life_orientation", P.ORIENTATION[lang]),
                               ("rel", "religious_belief", P.RELIGION[lang])]:
            if c.chance(0.7):
                add(qk, "multiple_choice", c.rec(kind, "survey_choice", c.pick(pool)))
            else:
                add(qk, "multiple_choice", PNTS[lang])
                c.negtag(kind, "prefer_not")
        add("dis", "multiple_choice",
            c.rec("health", "disability_answer", c.pick([q["yes"], q["no"]])))
        add("uni", "yes_no", c.rec("trade_union", "union_answer", c.pick([True, False])))
        hidden["respondent_id"] = c.lref(10)
    elif variant == 1:
        for txt in _multi(c, lang, c.pick([3, 3, 4]), chat=c.chance(0.4)):
            add("free", "long_text", txt)
        hidden["email"] = c.email(c.person(lang))
    elif variant == 2:
        for qk, kind in [("eth", "racial_ethnic_origin"), ("ori", "sex_life_orientation"),
                         ("rel", "religious_belief"), ("dis", "health"), ("uni", "trade_union")]:
            add(qk, "multiple_choice", PNTS[lang])
            c.negtag(kind, "prefer_not")
        add("free", "long_text", c.neutral(lang))
    else:
        add("free", "long_text", c.neg(c.deck(("negk", "survey"), SPECIAL), lang))
        add("free", "long_text", c.neutral(lang))
        hidden["email"] = c.email(c.person(lang))
    landed = c.moment()
    return {"event_id": c.alnum(26), "event_type": "form_response",
            "form_response": {
                "form_id": c.alnum(8), "token": c.lref(32), "landed_at": c.ts(style="z", at=landed),
                "submitted_at": c.ts(style="z", at=c.later(landed, c.rint(2, 25))),
                "hidden": hidden,
                "definition": {"id": c.alnum(8),
                               "title": c.pick(["Staff survey 2025",
                                                "Diversity monitoring", "Member feedback"]),
                               "fields": fields},
                "answers": answers}}


CRM_PREFIX = {"en": ["Call with {n}: ", "Met {n} at the branch. ", "{n} mentioned: ",
                     "Follow-up call. "],
              "de": ["Telefonat mit {n}: ", "{n} erwähnte: ", "Rückruf. "],
              "fr": ["Appel avec {n} : ", "{n} a mentionné : ", "Rappel. "],
              "es": ["Llamada con {n}: ", "{n} comentó: ", "Seguimiento. "]}


def crm_note(c: Ctx, i: int) -> Any:
    if i % 3 == 2:
        lang = c.deck(("fl", "crm"), LANGS)
    else:
        lang = c.slot()[1]
    c.set_lang(lang, 0)
    country = c.country()
    p = c.person(lang)
    pre = c.pick(CRM_PREFIX[lang])
    if "{n}" in pre:
        pre = pre.format(n=c.first(p))
    if i % 3 == 2:
        body = pre + " ".join(_parts(c, lang, ["neg", "neutral"]))
    else:
        body = pre + " ".join([*_multi(c, lang, c.pick([2, 3, 3])), c.neutral(lang)])
    nid = c.alnum(15)
    contact = {"attributes": {"type": "Contact"}, "Name": c.full(p), "Email": c.email(p),
               "Phone": c.phone(country)}
    if c.chance(0.5):
        street, pc, city, iso = c.address_parts(country)
        contact.update({"MailingStreet": street, "MailingPostalCode": pc, "MailingCity": city,
                        "MailingCountry": iso})
    return {"attributes": {"type": "Note", "url": "/services/data/v59.0/sobjects/Note/002" + nid},
            "Id": "002" + nid, "ParentId": "003" + c.alnum(15),
            "Title": c.pick(["Call notes", "Visit", "Follow-up", "Gesprächsnotiz",
                             "Compte rendu", "Nota"]),
            "Body": body, "IsPrivate": c.pick([True, False]), "CreatedDate": c.ts(style="ms"),
            "Parent": contact}


ABS_REASON = {"en": ["sick leave - migraine", "post-operative recovery",
                     "stress-related absence", "flu"],
              "de": ["Arbeitsunfähigkeit - Rückenleiden", "Reha nach Knie-OP", "Burn-out"],
              "fr": ["arrêt maladie - lombalgie", "convalescence post-opératoire",
                     "épuisement professionnel"],
              "es": ["baja por lumbalgia", "recuperación tras cirugía", "baja por ansiedad"]}


def performance_review(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "review"), LANGS)
    c.set_lang(lang, 0.3)
    e, m = c.person(lang), c.person(lang)
    variant = i % 4
    comments = {"manager": c.neutral(lang), "self": c.neutral(lang)}
    absence: dict[str, Any] = {"days": c.rint(0, 4)}
    if variant == 0:
        absence = {"days": c.rint(5, 30),
                   "reason": c.rec("health", "absence_reason", c.pick(ABS_REASON[lang]))}
    elif variant == 1:
        comments["manager"] = (c.neg(c.pick(["religious_belief", "criminal_record",
                                             "political_opinion", "trade_union"]), lang)
                               + " " + c.neutral(lang))
    elif variant == 2:
        comments["self"] = c.say("trade_union", lang)
    else:
        comments["self"] = c.say(c.slot(["religious_belief", "health", "racial_ethnic_origin",
                                         "sex_life_orientation"], lang)[0], lang)
    return {"reviewId": "PR-" + c.ref(6), "cycle": f"{c.rint(2024, 2025)}-H{c.rint(1, 2)}",
            "employee": {"name": c.full(e), "employeeId": "E" + c.ref(5),
                         "jobTitle": c.pick(["Warehouse lead", "Data analyst", "Staff nurse",
                                             "Sales associate"]),
                         "department": c.pick(["Ops", "Finance", "Care", "Retail"])},
            "reviewer": {"name": c.full(m)},
            "ratings": {"delivery": c.rint(2, 5), "collaboration": c.rint(2, 5),
                        "growth": c.rint(2, 5)},
            "comments": comments, "absence": absence,
            "goals": [{"title": c.pick(["Cut picking errors", "Automate month-end",
                                        "Mentor a junior", "Improve NPS"]),
                       "progress": c.rint(0, 100)}]}
