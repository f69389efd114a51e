"""Free text carrying one special category, inside the containers APIs actually send:
support tickets, chat and messaging events, HR case notes, CRM activities, survey answers,
call transcripts, e-mail threads, form submissions and social posts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import phrases
from .gen import Ctx
from .lexicon import COMPANIES

Doc = Any

GREETING = {"en": "Thanks for calling, you're through to customer care, how can I help?",
            "de": "Guten Tag, Kundenservice, was kann ich für Sie tun?",
            "fr": "Bonjour, service client, que puis-je faire pour vous ?",
            "es": "Buenos días, atención al cliente, ¿en qué puedo ayudarle?"}
CLOSING = {"en": "Okay, I've noted that on your file.", "de": "Alles klar, ich habe das notiert.",
           "fr": "Très bien, je l'ai noté dans votre dossier.",
           "es": "De acuerdo, lo dejo anotado en su ficha."}
QUESTIONS = {"en": ["Is there anything else you would like us to know?",
                    "What could we do to better support you at work?",
                    "Any comments on your experience with the service?"],
             "de": ["Möchten Sie uns noch etwas mitteilen?", "Was können wir für Sie verbessern?"],
             "fr": ["Souhaitez-vous ajouter quelque chose ?", "Comment pourrions-nous mieux vous "
                    "accompagner ?"],
             "es": ["¿Quiere añadir algo más?", "¿Qué podríamos mejorar para apoyarle?"]}


def zendesk(ctx: Ctx, lang: str, body: str) -> Doc:
    first, last = ctx.name_parts(lang)
    return {"ticket": {
        "id": ctx.r.randint(20000, 99999), "subject": ctx.pick(phrases.SUBJECTS[lang]),
        "description": body, "priority": ctx.pick(["low", "normal", "high"]),
        "status": "new", "tags": ctx.r.sample(["web", "mobile", "billing", "account", "vip"], 2),
        "requester": {"name": f"{first} {last}", "email": ctx.email(first, last, lang),
                      "locale": lang},
        "via": {"channel": ctx.pick(["web", "email", "mobile_sdk"])},
        "created_at": ctx.ts()}}


def intercom(ctx: Ctx, lang: str, body: str) -> Doc:
    first, last = ctx.name_parts(lang)
    return {"type": "notification_event", "topic": "conversation.user.created",
            "data": {"item": {
                "type": "conversation", "id": ctx.hex(12), "created_at": 1718000000 +
                ctx.r.randint(0, 9000000),
                "source": {"type": "conversation", "delivered_as": "customer_initiated",
                           "body": f"<p>{body}</p>",
                           "author": {"type": "user", "id": ctx.hex(24),
                                      "name": f"{first} {last}",
                                      "email": ctx.email(first, last, lang)}}}}}


def slack(ctx: Ctx, lang: str, body: str) -> Doc:
    doc: dict[str, Any] = {
        "token": "verification-disabled", "team_id": "T" + ctx.upper(8),
        "event": {"type": "message", "channel": "C" + ctx.upper(8),
                  "user": "U" + ctx.upper(8), "text": body,
                  "ts": f"{1700000000 + ctx.r.randint(0, 60000000)}.{ctx.r.randint(0, 999):03d}"
                        "100"},
        "type": "event_callback", "event_id": "Ev" + ctx.upper(9)}
    if ctx.chance(0.5):
        doc["event"]["user_profile"] = {"real_name": ctx.name(lang),
                                        "display_name": ctx.pick(["night-owl", "pm_lead", "ops"])}
    return doc


def hr_case(ctx: Ctx, lang: str, body: str) -> Doc:
    keys = {"en": ("caseId", "employee", "notes", "author", "text"),
            "de": ("fallnummer", "mitarbeiter", "vermerke", "verfasser", "text"),
            "fr": ("dossier", "salarie", "notes", "auteur", "texte"),
            "es": ("expediente", "empleado", "notas", "autor", "texto")}[lang]
    return {keys[0]: ctx.ref("HR"), "category": ctx.pick(["employee_relations", "accommodation",
                                                            "absence", "grievance"]),
            keys[1]: {"id": ctx.ref("E"), "name": ctx.name(lang),
                      "department": ctx.pick(["Warehouse", "Finance", "Pflege", "Atelier"])},
            keys[2]: [{keys[3]: ctx.name(lang), "at": ctx.ts(), keys[4]: body}],
            "confidential": True}


def salesforce(ctx: Ctx, lang: str, body: str) -> Doc:
    first, last = ctx.name_parts(lang)
    return {"attributes": {"type": "Task",
                           "url": f"/services/data/v59.0/sobjects/Task/00T{ctx.alnum(12)}"},
            "Subject": ctx.pick(["Call", "Inbound call", "Follow-up", "Visit"]),
            "Description": body, "Status": "Completed", "ActivityDate": ctx.day(),
            "Who": {"attributes": {"type": "Contact"}, "FirstName": first, "LastName": last,
                    "Phone": ctx.phone(lang)}}


def survey(ctx: Ctx, lang: str, body: str) -> Doc:
    return {"response_id": "R_" + ctx.alnum(15), "survey_id": "SV_" + ctx.alnum(12),
            "finished": True, "recorded_date": ctx.ts(),
            "values": {"QID1": ctx.r.randint(1, 5), "QID2": ctx.r.randint(0, 10),
                       "QID7_TEXT": body},
            "labels": {"QID7_TEXT": ctx.pick(QUESTIONS[lang])}}


def transcript(ctx: Ctx, lang: str, body: str) -> Doc:
    return {"call_id": ctx.uuid(), "queue": ctx.pick(["billing", "general", "claims"]),
            "caller": {"number": ctx.phone(lang)}, "language": lang,
            "duration_s": ctx.r.randint(60, 900),
            "segments": [{"speaker": "agent", "start": 0.4, "text": GREETING[lang]},
                         {"speaker": "caller", "start": 5.2, "text": body},
                         {"speaker": "agent", "start": 31.8, "text": CLOSING[lang]}]}


def email_thread(ctx: Ctx, lang: str, body: str) -> Doc:
    first, last = ctx.name_parts(lang)
    company, domain = ctx.pick(COMPANIES[lang])
    sender = ctx.email(first, last, lang)
    return {"thread_id": ctx.hex(16), "messages": [
        {"from": f"{first} {last} <{sender}>",
         "to": [ctx.role_email(domain)], "subject": ctx.pick(phrases.SUBJECTS[lang]),
         "date": ctx.ts(), "text": body},
        {"from": f"{company} <{ctx.role_email(domain)}>", "to": [sender],
         "subject": "Re: " + ctx.pick(phrases.SUBJECTS[lang]), "date": ctx.ts(),
         "text": {"en": "We've received your message and will get back to you shortly.",
                  "de": "Wir haben Ihre Nachricht erhalten und melden uns in Kürze.",
                  "fr": "Nous avons bien reçu votre message et revenons vers vous rapidement.",
                  "es": "Hemos recibido su mensaje y le responderemos en breve."}[lang]}]}


def form(ctx: Ctx, lang: str, body: str) -> Doc:
    keys = {"en": ("full_name", "email", "message"), "de": ("name", "e_mail", "nachricht"),
            "fr": ("nom_complet", "courriel", "message"),
            "es": ("nombre", "correo", "mensaje")}[lang]
    first, last = ctx.name_parts(lang)
    return {"form_id": ctx.pick(["contact-us", "feedback", "accommodation-request"]),
            "submitted_at": ctx.ts(), "client_ip": ctx.ip(),
            "fields": {keys[0]: f"{first} {last}", keys[1]: ctx.email(first, last, lang),
                       keys[2]: body}}


def social(ctx: Ctx, lang: str, body: str) -> Doc:
    if ctx.chance(0.4):
        lat, lon = ctx.coord()
        geo: dict[str, Any] = {"type": "Point", "coordinates": [lon, lat]}
    else:
        geo = {"place": ctx.pick(["Leipzig", "Lyon", "Bilbao", "Leeds"])}
    return {"geo": geo, "post": {"id": ctx.hex(18), "author": {"handle": "@" + ctx.pick(
        ["quietfox", "lunes_lento", "brummbaer", "lamouette", "pixel_wren", "kaffeeklatsch"]),
        "followers": ctx.r.randint(3, 4000)}, "lang": lang, "content": body,
        "created_at": ctx.ts(), "visibility": ctx.pick(["public", "followers"])}}


CONTAINERS: list[tuple[str, Callable[[Ctx, str, str], Doc]]] = [
    ("zendesk_ticket", zendesk), ("intercom_event", intercom), ("slack_event", slack),
    ("hr_case_note", hr_case), ("crm_task", salesforce), ("survey_response", survey),
    ("call_transcript", transcript), ("email_thread", email_thread), ("web_form", form),
    ("social_post", social)]


def free_text(ctx: Ctx, category: str) -> Doc:
    lang = ctx.lang
    langs = [la for la in ("en", "de", "fr", "es") if phrases.SPECIAL_TEXT[category].get(la)]
    if lang not in langs:
        lang = ctx.pick(langs)
    body = phrases.around(ctx, lang, phrases.special(ctx, category, lang))
    name, build = ctx.pick(CONTAINERS)
    ctx.note(name)
    return build(ctx, lang, body)


def make(category: str) -> Callable[[Ctx], Doc]:
    def family(ctx: Ctx) -> Doc:
        return free_text(ctx, category)
    family.__name__ = f"text_{category}"
    return family
