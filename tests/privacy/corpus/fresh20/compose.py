"""Free-text composition: customer and employee messages, agent replies, quotes, signatures.

Filler sentences never carry a kind. Everything that does is inserted through ``Ctx`` or the
``sp``/``field`` helpers below, which record the marks.
"""

from __future__ import annotations

from .ctx import Ctx, Person
from .phrases import FIELD, HN, SP, SP3, Bank

ISSUE: dict[str, dict[str, list[str]]] = {
    "en": {
        "billing": [
            "I've been charged twice for {product} this month ({amount} each time).",
            "My last bill was {amount} which is way more than usual, can someone explain?",
            "The direct debit went out on the {day} even though I cancelled in time.",
            "Why is there a late fee on my account? I paid on the day I got the reminder.",
        ],
        "delivery": [
            "Order {ref} still hasn't arrived and tracking hasn't moved since {weekday}.",
            (
                "The parcel was marked delivered but there's nothing here, "
                "neighbours haven't got it either."
            ),
            "Half the order turned up, the rest is apparently 'in transit' for a week now.",
        ],
        "cancel": [
            "I'd like to cancel {product} with effect from the end of the month please.",
            "Please close my account, I've tried to do it in the app but the button doesnt work.",
            "We're moving and won't need the service anymore, how do I cancel without the fee?",
        ],
        "login": [
            "I can't log in, the reset link says it has expired every single time.",
            "The 2FA code never arrives so I'm locked out of my account.",
            "Your app logged me out and now it says my account is suspended??",
        ],
        "refund": [
            "I returned {product} on the {day} and still no refund ({amount}).",
            "You promised a refund of {amount} on the phone, it's been 3 weeks.",
            "The refund went to an old card, can you send it again?",
        ],
        "appointment": [
            "I need to move my appointment on {weekday}, is anything free next week?",
            "The engineer didn't show up yesterday between 8 and 12, nobody called.",
            "Can I get a morning slot instead? I work afternoons.",
        ],
        "complaint": [
            "I want to make a formal complaint about how I was treated in your {branch} store.",
            "This is the fourth time I'm contacting you about the same problem (ref {ref}).",
            "Honestly the service has been terrible and nobody takes responsibility.",
        ],
    },
    "de": {
        "billing": [
            "Mir wurde {product} diesen Monat doppelt abgebucht ({amount}).",
            "Die letzte Rechnung über {amount} ist viel zu hoch, bitte um Prüfung.",
            "Warum wurde eine Mahngebühr berechnet? Ich habe pünktlich überwiesen.",
        ],
        "delivery": [
            (
                "Meine Bestellung {ref} ist immer noch nicht da, die Sendungsverfolgung "
                "steht seit {weekday}."
            ),
            "Das Paket wurde als zugestellt markiert, ist aber nicht angekommen.",
            "Es kam nur die Hälfte der Bestellung an.",
        ],
        "cancel": [
            "Hiermit kündige ich {product} fristgerecht zum nächstmöglichen Zeitpunkt.",
            "Bitte bestätigen Sie mir die Kündigung schriftlich.",
            "Wir ziehen um, wie kann ich den Vertrag vorzeitig beenden?",
        ],
        "login": [
            "Ich komme nicht mehr in mein Kundenkonto, der Link zum Zurücksetzen geht nicht.",
            "Der Bestätigungscode per SMS kommt nie an.",
        ],
        "refund": [
            "Ich habe {product} am {day}. zurückgeschickt und noch keine Erstattung erhalten.",
            "Mir wurde am Telefon eine Gutschrift über {amount} zugesagt, bisher nichts.",
        ],
        "appointment": [
            "Ich muss den Termin am {weekday} leider verschieben.",
            "Der Techniker ist gestern nicht gekommen und niemand hat angerufen.",
        ],
        "complaint": [
            "Ich möchte mich offiziell über die Behandlung in Ihrer Filiale {branch} beschweren.",
            (
                "Das ist jetzt das vierte Mal, dass ich mich wegen desselben "
                "Problems melde (Vorgang {ref})."
            ),
        ],
    },
    "fr": {
        "billing": [
            "J'ai été prélevé deux fois pour {product} ce mois-ci ({amount}).",
            "Ma dernière facture de {amount} est anormalement élevée, pouvez-vous vérifier ?",
            "Pourquoi des frais de retard alors que j'ai payé à temps ?",
        ],
        "delivery": [
            "Ma commande {ref} n'est toujours pas arrivée, le suivi est bloqué depuis {weekday}.",
            "Le colis est indiqué livré mais je n'ai rien reçu.",
            "Je n'ai reçu que la moitié de la commande.",
        ],
        "cancel": [
            "Je souhaite résilier {product} à la fin du mois.",
            "Merci de me confirmer la résiliation par écrit.",
            "On déménage, comment résilier sans frais ?",
        ],
        "login": [
            "Je n'arrive plus à me connecter, le lien de réinitialisation a expiré.",
            "Je ne reçois jamais le code par SMS.",
        ],
        "refund": [
            "J'ai renvoyé {product} le {day} et toujours pas de remboursement.",
            "On m'a promis un remboursement de {amount} au téléphone, rien depuis.",
        ],
        "appointment": [
            "Je dois décaler mon rendez-vous de {weekday}.",
            "Le technicien n'est pas venu hier et personne n'a appelé.",
        ],
        "complaint": [
            "Je souhaite déposer une réclamation officielle concernant l'accueil en agence.",
            "C'est la quatrième fois que je vous contacte pour le même problème (dossier {ref}).",
        ],
    },
    "es": {
        "billing": [
            "Me habéis cobrado dos veces {product} este mes ({amount}).",
            "La última factura de {amount} es muchísimo más alta de lo normal.",
            "¿Por qué me cobráis un recargo si pagué a tiempo?",
        ],
        "delivery": [
            "Mi pedido {ref} sigue sin llegar, el seguimiento no se mueve desde el {weekday}.",
            "Pone que está entregado pero aquí no ha llegado nada.",
            "Solo ha llegado la mitad del pedido.",
        ],
        "cancel": [
            "Quiero dar de baja {product} a final de mes.",
            "Por favor confirmadme la baja por escrito.",
            "Nos mudamos, ¿cómo cancelo sin penalización?",
        ],
        "login": [
            "No puedo entrar en mi cuenta, el enlace para cambiar la contraseña caduca.",
            "El código por SMS no me llega nunca.",
        ],
        "refund": [
            "Devolví {product} el día {day} y todavía no me habéis devuelto el dinero.",
            "Me prometieron un reembolso de {amount} por teléfono y nada.",
        ],
        "appointment": [
            "Tengo que cambiar la cita del {weekday}.",
            "El técnico no vino ayer y nadie llamó.",
        ],
        "complaint": [
            "Quiero poner una reclamación formal por el trato recibido en la tienda.",
            "Es la cuarta vez que escribo por lo mismo (expediente {ref}).",
        ],
    },
}

TOPICS = list(ISSUE["en"])

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

GREET = {
    "en": ["Hi {n},", "Hello {n},", "Hi there,", "Hello,", "Dear {n},", "Hey {n}"],
    "de": [
        "Hallo {n},",
        "Sehr geehrte Damen und Herren,",
        "Guten Tag,",
        "Hallo zusammen,",
        "Liebe/r {n},",
    ],
    "fr": ["Bonjour {n},", "Bonjour,", "Madame, Monsieur,", "Bonsoir,"],
    "es": ["Hola {n},", "Buenas,", "Hola,", "Estimados señores:", "Buenos días {n}:"],
}

CLOSE = {
    "en": ["Thanks in advance", "Cheers", "Thanks,", "Kind regards,", "Best,", "Regards", "thx"],
    "de": ["Viele Grüße", "Mit freundlichen Grüßen", "VG", "Danke & best regards", "Beste Grüße"],
    "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance", "Bonne journée", "Cdlt"],
    "es": ["Un saludo,", "Gracias de antemano", "Saludos", "Atentamente,", "Gracias!!"],
}

FRAMES = {
    "en": [
        "Just so you know, {x}.",
        "For context, {x}.",
        "Not sure it matters but {x}.",
        "PS {x}.",
        "I should mention {x}.",
        "To be honest {x}.",
    ],
    "de": [
        "Zur Info: {x}.",
        "Kurz zum Hintergrund: {x}.",
        "Ehrlich gesagt, {x}.",
        "PS: {x}.",
        "Falls das relevant ist: {x}.",
    ],
    "fr": [
        "Pour info, {x}.",
        "Pour être honnête, {x}.",
        "Je précise que {x}.",
        "PS : {x}.",
        "Petite précision : {x}.",
    ],
    "es": [
        "Para que lo sepáis, {x}.",
        "Os cuento: {x}.",
        "La verdad es que {x}.",
        "PD: {x}.",
        "Por si sirve de algo, {x}.",
    ],
}

REPLY = {
    "en": [
        "Thanks for reaching out and sorry for the trouble. I've looked into this and {action}.",
        "I completely understand how frustrating this is. I've gone ahead and {action}.",
        (
            "Thanks for your patience. Our team has {action}, you should "
            "see it within 3-5 working days."
        ),
    ],
    "de": [
        "vielen Dank für Ihre Nachricht und entschuldigen Sie die Umstände. Ich habe {action}.",
        "danke für Ihre Geduld. Wir haben {action}.",
    ],
    "fr": [
        "merci pour votre message et désolé pour la gêne occasionnée. J'ai {action}.",
        "je comprends tout à fait votre agacement. Nous avons {action}.",
    ],
    "es": [
        "gracias por escribirnos y perdona las molestias. He {action}.",
        "entendemos perfectamente la situación. Hemos {action}.",
    ],
}

ACTION = {
    "en": [
        "escalated it to our billing team",
        "issued a credit to your account",
        "reopened the case with the courier",
        "reset your login so you can try again",
        "flagged it for a supervisor callback",
    ],
    "de": [
        "den Vorgang an die Fachabteilung weitergeleitet",
        "eine Gutschrift veranlasst",
        "einen Nachforschungsauftrag beim Versanddienstleister gestellt",
    ],
    "fr": [
        "transmis votre dossier au service facturation",
        "procédé à un geste commercial",
        "ouvert une enquête auprès du transporteur",
    ],
    "es": [
        "pasado el caso al departamento de facturación",
        "tramitado un abono en tu cuenta",
        "abierto una incidencia con la agencia de transporte",
    ],
}

TITLES = {
    "en": ["Customer Support", "Customer Care Team", "Support Specialist", "Team Lead, Care"],
    "de": ["Kundenservice", "Kundenbetreuung", "Teamleitung Service"],
    "fr": ["Service Client", "Conseillère clientèle", "Relation client"],
    "es": ["Atención al Cliente", "Equipo de Soporte", "Responsable de Atención"],
}


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def typo(c: Ctx, text: str, rate: float = 0.18) -> str:
    """Sometimes damage one word (swap, drop or double a letter). Never touches slots or any
    word that is part of a recorded literal (names, phrases...)."""
    if not c.chance(rate):
        return text
    words = text.split(" ")
    idx = [
        i
        for i, w in enumerate(words)
        if len(w) >= 5 and w.isalpha() and not any(w in m.literal for m in c.marks)
    ]
    if not idx:
        return text
    i = c.pick(idx)
    w = words[i]
    j = c.rint(1, len(w) - 3)
    mode = c.rng.randrange(3)
    if mode == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif mode == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _choose(c: Ctx, items: list[tuple[str, str]], who: Person | None, mode: str) -> str:
    pool = []
    for text, flags in items:
        fl = flags.split()
        if who is not None and (("f" in fl and who.g != "f") or ("m" in fl and who.g != "m")):
            continue
        if mode == "neg" and "neg" not in fl:
            continue
        if mode == "3p" and "3p" not in fl:
            continue
        if mode == "pos" and ("neg" in fl or "3p" in fl):
            continue
        pool.append((text, fl))
    if not pool:
        pool = [(t, f.split()) for t, f in items if not ({"f", "m"} & set(f.split()))]
    text, fl = c.pick(pool)
    return text + ("\x00neg" if "neg" in fl else "\x003p" if "3p" in fl else "")


def sp(
    c: Ctx,
    kind: str,
    who: Person | None = None,
    mode: str = "",
    lang: str = "",
    bank: Bank = SP,
    start: bool = False,
) -> str:
    """A special-category phrase, recorded as a mark (``start`` capitalizes it first)."""
    raw = _choose(c, bank[kind][lang or c.lang], who, mode)
    text, _, flag = raw.partition("\x00")
    if start:
        text = cap(text)
    tag = f"text:{kind}" + (f"/{flag}" if flag else "")
    return c.mark(kind, text, tag)


def sp3(c: Ctx, kind: str, who: Person | None = None, mode: str = "", start: bool = False) -> str:
    return sp(c, kind, who, mode, bank=SP3, start=start)


def field(c: Ctx, kind: str, who: Person | None = None, sub: str = "") -> str:
    raw = _choose(c, FIELD[kind][sub or c.lang], who, "")
    text = raw.partition("\x00")[0]
    return c.mark(kind, text, f"field:{kind}")


def hn(c: Ctx, kind: str, who: Person | None = None, lang: str = "") -> str:
    """A hard-negative phrase for ``kind``: it looks related but carries no kind."""
    raw = _choose(c, HN[kind][lang or c.lang], who, "")
    c.tag(f"neg:{kind}")
    return raw.partition("\x00")[0]


def framed(c: Ctx, phrase: str) -> str:
    return c.pick(FRAMES[c.lang]).replace("{x}", phrase)


def slots(c: Ctx) -> dict[str, str]:
    lang = c.lang
    cur = {"en": c.pick(["$", "\u00a3"]), "de": "\u20ac", "fr": "\u20ac", "es": "\u20ac"}[lang]
    amt = f"{c.rint(9, 480)}.{c.rint(0, 99):02d}"
    if lang != "en":
        amt = amt.replace(".", ",")
    amount = f"{cur}{amt}" if lang == "en" else f"{amt} {cur}"
    from .pools import PRODUCTS

    return {
        "product": c.pick(PRODUCTS[lang]),
        "amount": amount,
        "ref": c.pick(["#", "", "Nr. " if lang == "de" else "n\u00b0 " if lang == "fr" else ""])
        + f"{c.pick(['A', 'W', 'R', 'SO'])}{c.rint(10000, 999999)}",
        "day": _day(c, c.rint(2, 27)),
        "weekday": c.pick(WEEKDAYS[lang]),
        "branch": c.pick(["Leeds", "Southside", "Marktplatz", "Part-Dieu", "Gran Vía", "Eastgate"]),
    }


def _day(c: Ctx, d: int) -> str:
    if c.lang != "en":
        return str(d)
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def issue(c: Ctx, topic: str = "", n: int = 1) -> str:
    topic = topic or c.pick(TOPICS)
    bank = ISSUE[c.lang][topic]
    chosen = c.sample(bank, min(n, len(bank)))
    s = slots(c)
    return " ".join(typo(c, t).format(**s) for t in chosen)


def greet(c: Ctx, name: str = "") -> str:
    opts = GREET[c.lang] if name else [g for g in GREET[c.lang] if "{n}" not in g]
    return c.pick(opts).replace("{n}", name)


def close(c: Ctx) -> str:
    return c.pick(CLOSE[c.lang])


def reply(c: Ctx, agent: Person, customer_first: str, brand: str) -> str:
    body = c.pick(REPLY[c.lang]).replace("{action}", c.pick(ACTION[c.lang]))
    hello = greet(c, customer_first) if customer_first else greet(c)
    sig = f"{agent.first}\n{c.pick(TITLES[c.lang])} | {brand}"
    return f"{hello}\n\n{cap(body)}\n\n{close(c)}\n{sig}"


def message(
    c: Ctx,
    author: Person | None,
    topic: str = "",
    extras: tuple[str, ...] = (),
    to_name: str = "",
    sign: str = "first",
    n_issue: int = 2,
) -> str:
    """A customer's or employee's message: greeting, issue, extra sentences, sign-off."""
    parts = [greet(c, to_name), issue(c, topic, n_issue)]
    parts.extend(extras)
    tail = close(c)
    if author is not None and sign == "first":
        tail += "\n" + author.first
    elif author is not None and sign == "full":
        tail += "\n" + author.full
    parts.append(tail)
    sep = "\n\n" if c.chance(0.7) else "\n"
    return sep.join(parts)


def quote_header(c: Ctx, name: str, email: str, minutes: float) -> str:
    when = c.ts(minutes, "rfc2822")
    if c.lang == "de":
        return f"Am {when} schrieb {name} <{email}>:"
    if c.lang == "fr":
        return f"Le {when}, {name} <{email}> a \u00e9crit :"
    if c.lang == "es":
        return f"El {when}, {name} (<{email}>) escribi\u00f3:"
    return f"On {when}, {name} <{email}> wrote:"


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def signature(
    c: Ctx,
    p: Person,
    org: str,
    title: str = "",
    phone: bool = True,
    address: bool = False,
    email_domain: str = "",
) -> str:
    lines = ["--", p.full]
    if title:
        lines.append(title)
    lines.append(org)
    if phone:
        lines.append(("T: " if c.chance(0.5) else "Tel. ") + p.phone(mobile=c.chance(0.5)))
    if email_domain:
        lines.append(p.email(email_domain))
    if address:
        lines.append(c.address_text())
    return "\n".join(lines)


def cyc(c: Ctx, plans: list[list[str]]) -> list[str]:
    """Pick this document's plan of kinds by its index in the family (deterministic cover)."""
    return plans[c.i % len(plans)]


def extra(c: Ctx, who: Person | None, kinds: list[str]) -> list[str]:
    """Framed sentences for each planned kind; ``~kind`` inserts a hard negative instead."""
    out = []
    for k in kinds:
        if k.startswith("~"):
            out.append(cap(hn(c, k[1:], who)) + ".")
        else:
            out.append(framed(c, sp(c, k, who)))
    return out


def neg(c: Ctx, kind: str, texts: dict[str, str]) -> str:
    """A hard negative written for one context, in the document's language."""
    c.tag(f"neg:{kind}")
    return texts[c.lang]
