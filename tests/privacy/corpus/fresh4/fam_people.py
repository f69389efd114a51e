"""CRM, helpdesk, dating, social moderation, e-mail and call-centre payloads."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, envelope, lang_of, name_block
from .gen import Ctx
from .lexicon import COMPANIES

SPECIALS = ("health", "genetic", "racial_ethnic_origin", "political_opinion",
            "religious_belief", "trade_union", "sex_life_orientation", "criminal_record")
GREET = {"en": ("Hi,", "Hello team,", "Hey there,"), "de": ("Hallo,", "Guten Tag,", "Moin,"),
         "fr": ("Bonjour,", "Bonsoir,"), "es": ("Hola,", "Buenas tardes,")}
CLOSE = {"en": ("Cheers", "Thanks", "Best"), "de": ("Viele Grüße", "LG", "Beste Grüße"),
         "fr": ("Cordialement", "Merci"), "es": ("Saludos", "Un saludo")}
SUBJECTS = {"en": ("Login loop on Android", "Charged twice", "Change of details",
                   "Question about my schedule", "Account access"),
            "de": ("Rechnung doppelt abgebucht", "Änderung meiner Daten", "Frage zum Dienstplan"),
            "fr": ("Problème de livraison", "Modification de mon dossier", "Question planning"),
            "es": ("No puedo cambiar la contraseña", "Cambio de datos", "Consulta sobre turnos")}


def _message(c: Ctx, lang: str, author: Any, special: str | None,
             secret: bool = False, card: bool = False) -> str:
    parts = [c.pick(GREET[lang]), T.neutral(c, lang)]
    if special:
        parts.append(T.special(c, special, lang if c.chance(0.8) else None))
    if card:
        parts.append(c.pick(("Card on file is {} if you need it.", "Meine Kartennummer: {}",
                             "Ma carte : {}", "Tarjeta: {}")).format(c.card()))
    if secret:
        s = c.secret(c.pick(("password", "github", "stripe", "aws_key", "openai", "slack")))
        parts.append(c.pick((f"In case it helps, the key we use is {s}",
                             f"Mein Passwort ist übrigens {s} falls ihr testen wollt.",
                             f"Voici le token : {s}", f"La clave es {s}")))
    if c.chance(0.5):
        parts.append(T.neutral(c, lang))
    sign = c.pick(CLOSE[lang])
    if author is not None:
        sign += f",\n{author.first}"
        if c.chance(0.3):
            sign += f" {author.last}\n{c.phone(lang)}"
    parts.append(sign)
    return "\n\n".join(parts)


def helpdesk_ticket(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    lang = lang_of(p)
    special = c.pick(SPECIALS) if c.chance(0.75) else None
    comments = [{k("id"): c.r.randint(100000, 999999), k("public"): True,
                 k("author"): "requester",
                 k("body"): _message(c, lang, p, special, secret=c.chance(0.12),
                                    card=c.chance(0.08))}]
    if c.chance(0.5):
        agent = c.person(lang, tag="agent name")
        comments.append({k("id"): c.r.randint(100000, 999999), k("public"): c.chance(0.6),
                         k("author"): f"{agent.first} {agent.last[0]}.",
                         k("body"): T.neutral(c, lang)})
    ticket = {k("id"): c.r.randint(10000, 99999), k("subject"): c.pick(SUBJECTS[lang]),
              k("status"): c.pick(("new", "open", "pending")),
              k("requester"): {k("name"): p.full, k("email"): c.email(p)},
              k("via"): {k("channel"): c.pick(("email", "web", "mobile_sdk"))},
              k("tags"): c.r.sample(["billing", "vip", "android", "schedule", "de", "urgent"],
                                    2),
              k("comments"): comments}
    return envelope(c, "ticket.updated", {k("ticket"): ticket}, "helpdesk")


def crm_contact(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    lang = lang_of(p)
    props: dict[str, Any] = {**name_block(c, p, lang), **contact_block(c, p, lang),
                             k("company"): c.pick(COMPANIES),
                             k("lifecycle_stage"): c.pick(("lead", "customer", "opportunity")),
                             k("owner_id"): c.r.randint(1000, 9999)}
    notes = []
    for _ in range(c.r.randint(1, 3)):
        if c.chance(0.55):
            notes.append({k("type"): "NOTE", k("created"): c.ts(),
                          k("body"): T.special(c, c.pick(SPECIALS), lang)})
        else:
            notes.append({k("type"): c.pick(("CALL", "NOTE")), k("created"): c.ts(),
                          k("body"): T.neutral(c, lang)})
    if c.chance(0.3):
        props[k("mailing_address")] = c.address_text(p.loc if p.loc != "xx" else "en")
    if c.chance(0.2):
        props[k("utm_campaign")] = c.pick(("spring_refresh", "black-friday-24", "webinar_q3"))
        c.neg("marketing campaign")
    return {k("object_type"): "contact", k("id"): str(c.r.randint(10000, 999999)),
            k("properties"): props, k("engagements"): notes}


ORIENTATION = {"en": ("Straight", "Gay", "Lesbian", "Bisexual", "Pansexual", "Queer",
                      "Asexual"),
               "de": ("heterosexuell", "schwul", "lesbisch", "bisexuell"),
               "fr": ("hétéro", "gay", "lesbienne", "bisexuel·le"),
               "es": ("heterosexual", "gay", "lesbiana", "bisexual")}
RELIGION = {"en": ("Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Agnostic",
                   "Protestant", "Sikh", "Latter-day Saint"),
            "de": ("katholisch", "evangelisch", "muslimisch", "jüdisch", "orthodox"),
            "fr": ("catholique", "musulmane", "juif", "protestante", "bouddhiste"),
            "es": ("católica", "evangélico", "musulmana", "judía", "agnóstico")}
ETHNICITY = {"en": ("Black", "East Asian", "Hispanic/Latino", "Middle Eastern", "South Asian",
                    "White", "Mixed", "Pacific Islander"),
             "de": ("türkischstämmig", "afrodeutsch", "kurdisch"),
             "fr": ("maghrébine", "antillais", "asiatique"),
             "es": ("latina", "gitano", "afrodescendiente", "indígena")}
POLITICS = {"en": ("Liberal", "Conservative", "Moderate", "Very liberal", "Socialist"),
            "de": ("links", "konservativ", "grün"),
            "fr": ("de gauche", "centriste", "de droite"),
            "es": ("de izquierdas", "conservador", "progresista")}
DATING_KEYS = {"en": ("orientation", "religion", "ethnicity", "politics"),
               "de": ("sexuelle_orientierung", "religion", "ethnische_zugehoerigkeit",
                      "politische_einstellung"),
               "fr": ("orientation_sexuelle", "religion", "origine_ethnique", "opinion_politique"),
               "es": ("orientacion_sexual", "religion", "etnia", "ideologia")}
DECLINE = {"en": "Prefer not to say", "de": "Keine Angabe", "fr": "Je préfère ne pas répondre",
           "es": "Prefiero no decirlo"}


def dating_profile(c: Ctx) -> Any:
    k = c.k
    lang = c.loc()
    p = c.person(lang, tag="display name")
    keys = DATING_KEYS[lang]
    prof: dict[str, Any] = {k("profile_id"): c.obj_id("pr", 12), k("display_name"): p.first,
                            k("birthdate"): c.dob("iso", c.birth(1975, 2004)),
                            k("gender"): c.pick(("woman", "man", "non-binary"))}
    c.neg("gender")
    fields = [("sex_life_orientation", ORIENTATION), ("religious_belief", RELIGION),
              ("racial_ethnic_origin", ETHNICITY), ("political_opinion", POLITICS)]
    for (kind, pool), key in zip(fields, keys, strict=True):
        roll = c.r.random()
        if roll < 0.6:
            prof[k(key)] = c.pick(pool[lang])
            c.mark(kind, f"profile {key}")
        elif roll < 0.72:
            prof[k(key)] = DECLINE[lang]
            c.neg(f"declined {key}")
    if c.chance(0.15):
        prof[k("hiv_status")] = c.pick(("Negative, on PrEP", "Positive, undetectable"))
        c.mark("health", "hiv status")
    if c.chance(0.55):
        lat, lon = c.point()
        prof[k("location")] = {k("lat"): lat, k("lng"): lon}
    else:
        lat, lon = c.point(decimals=2)
        prof[k("approx_location")] = {k("lat"): lat, k("lng"): lon}
    bio_kind = c.pick(("sex_life_orientation", "religious_belief", "racial_ethnic_origin",
                       "political_opinion", "none", "none"))
    prof[k("bio")] = T.special(c, bio_kind, lang) if bio_kind != "none" else c.pick((
        "Sunday markets, bad puns, good coffee.", "Kletterhalle > Fitnessstudio.",
        "Toujours partante pour un ciné.", "Me encanta el monte y las croquetas."))
    prof[k("photos")] = [f"https://cdn.example-dating.app/p/{c.hexs(20)}.jpg"
                         for _ in range(c.r.randint(1, 3))]
    if c.chance(0.2):
        prof[k("face_verification")] = {k("status"): "verified", k("match_score"): round(
            c.r.uniform(0.91, 0.99), 3)}
        c.neg("face match score")
    return {k("event"): "profile.updated", k("at"): c.ts(), k("profile"): prof}


HANDLES = ("@nightowl_88", "@kesselflicker", "@petit_gecko", "@la_morena_azul", "@quietrain",
           "@brotundspiele")


def social_report(c: Ctx) -> Any:
    k = c.k
    lang = c.loc()
    kind = c.pick(("sex_life_orientation", "political_opinion", "religious_belief",
                   "racial_ethnic_origin", "health", "criminal_record"))
    text = T.special(c, kind, lang)
    c.neg("handles")
    return {k("report_id"): c.uuid(), k("queue"): "trust_safety",
            k("reported_content"): {k("type"): c.pick(("comment", "post", "dm")),
                                    k("author_handle"): c.pick(HANDLES), k("text"): text,
                                    k("lang"): lang},
            k("reason"): c.pick(("harassment", "doxxing", "hate", "spam")),
            k("reporter_handle"): c.pick(HANDLES), k("created"): c.ts()}


def email_thread(c: Ctx) -> Any:
    k = c.k
    a = c.person()
    b = c.person(tag="correspondent name")
    lang = lang_of(a)
    msgs = []
    special = c.pick(SPECIALS)
    for i in range(c.r.randint(2, 3)):
        sender, rcpt = (a, b) if i % 2 == 0 else (b, a)
        body = _message(c, lang, sender, special if i == 0 else None)
        msgs.append({k("from"): f"{sender.full} <{c.email(sender)}>",
                     k("to"): [c.email(rcpt, work=True)], k("date"): c.ts(),
                     k("subject"): ("Re: " if i else "") + c.pick(SUBJECTS[lang]),
                     k("body_text"): body})
    return {k("thread_id"): c.hexs(16), k("mailbox"): "shared-inbox", k("messages"): msgs}


def call_transcript(c: Ctx) -> Any:
    k = c.k
    lang = c.loc()
    agent = c.person(lang, tag="agent name")
    greeting = {"en": f"Thanks for calling, this is {agent.first}.",
                "de": f"Guten Tag, mein Name ist {agent.first}.",
                "fr": f"Bonjour, {agent.first} à l'appareil.",
                "es": f"Buenas, le atiende {agent.first}."}[lang]
    segs = [{k("speaker"): "agent", k("start"): 0.0, k("text"): greeting}]
    t = 3.2
    for kind in c.r.sample(SPECIALS, c.r.randint(1, 2)):
        segs.append({k("speaker"): "caller", k("start"): round(t, 1),
                     k("text"): T.special(c, kind, lang)})
        t += c.r.uniform(4, 12)
    segs.append({k("speaker"): "agent", k("start"): round(t, 1), k("text"):
                 T.neutral(c, lang)})
    return {k("call_id"): c.uuid(), k("queue"): c.pick(("benefits", "claims", "hr-helpline")),
            k("caller_number"): c.phone(lang), k("duration_s"): c.r.randint(60, 900),
            k("transcript"): segs}


IDENTITY = {"en": ("Gay", "Lesbian", "Bisexual", "Queer", "Pansexual"),
            "de": ("schwul", "lesbisch", "bi", "queer"),
            "fr": ("gay", "lesbienne", "bi", "pansexuel"),
            "es": ("gay", "lesbiana", "bisexual", "queer")}
CLUBS = ("Leeds Frontrunners", "Queerbeet Kassel e.V.", "Les Dégommeuses Rennes",
         "Club Deportivo Arcoíris Zaragoza", "Tacoma Pride Volleyball")


def community_signup(c: Ctx) -> Any:
    """A membership form of an LGBTQ+ sports club or community group."""
    k = c.k
    lang = c.loc()
    p = c.person(lang)
    form: dict[str, Any] = {**name_block(c, p, lang), **contact_block(c, p, lang,
                                                                     phone=c.chance(0.5)),
                            k("pronouns"): c.pick(("she/her", "he/him", "they/them", "sie/ihr",
                                                   "elle", "él")),
                            k("identity"): c.pick(IDENTITY[lang])}
    c.neg("pronouns")
    c.mark("sex_life_orientation", "self-described orientation")
    if c.chance(0.4):
        form[k("birth_date")] = c.dob("iso", c.birth(1970, 2005))
    if c.chance(0.3):
        form[k("emergency_contact")] = {k("name"): c.person(lang, tag="emergency contact").full,
                                        k("phone"): c.phone(lang)}
    return {k("club"): c.pick(CLUBS), k("form"): "membership-2025", k("submitted"): c.ts(),
            k("answers"): form}
