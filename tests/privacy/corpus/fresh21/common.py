"""Shared building blocks: key styles, equality monitoring answers, letters and signatures."""

from __future__ import annotations

from collections.abc import Sequence

from .ctx import Ctx, Json, Person


def key(style: str, *words: str) -> str:
    w = [x.lower() for x in words]
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "upper":
        return "_".join(x.upper() for x in w)
    return "_".join(w)


PNTS = {
    "en": "Prefer not to say",
    "de": "Keine Angabe",
    "fr": "Je préfère ne pas répondre",
    "es": "Prefiero no contestar",
}

ETHNICITY = {
    "en": (
        "White - British",
        "White - Irish",
        "White - Gypsy or Irish Traveller",
        "Mixed - White and Black Caribbean",
        "Mixed - White and Asian",
        "Asian or Asian British - Pakistani",
        "Asian or Asian British - Bangladeshi",
        "Asian or Asian British - Indian",
        "Black or Black British - African",
        "Black or Black British - Caribbean",
        "Chinese",
        "Arab",
        "Other ethnic group: Kurdish",
    ),
    "us": (
        "Hispanic or Latino",
        "Black or African American",
        "Asian",
        "White",
        "Two or More Races",
        "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander",
    ),
    "de": ("Schwarz / afrodeutsch", "Sinti/Roma", "kurdisch", "weiß", "asiatisch-deutsch"),
    "fr": ("Noire / afro-descendante", "Maghrébine", "Asiatique", "Blanche", "Métisse"),
    "es": ("gitana", "afrodescendiente", "indígena (quechua)", "blanca / caucásica", "mestiza"),
}

RELIGION = {
    "en": (
        "No religion",
        "Christian",
        "Christian - Roman Catholic",
        "Muslim",
        "Hindu",
        "Sikh",
        "Jewish",
        "Buddhist",
        "Any other religion: Pagan",
    ),
    "de": ("römisch-katholisch", "evangelisch", "muslimisch", "jüdisch", "konfessionslos"),
    "fr": ("Catholique", "Musulmane", "Protestante", "Juive", "Sans religion", "Bouddhiste"),
    "es": ("Católica", "Musulmana", "Evangélica", "Judía", "Sin religión", "Testigo de Jehová"),
}

ORIENTATION = {
    "en": (
        "Heterosexual / straight",
        "Gay man",
        "Gay woman / lesbian",
        "Bisexual",
        "Prefer to self-describe: queer",
        "Asexual",
    ),
    "de": ("heterosexuell", "schwul", "lesbisch", "bisexuell", "pansexuell"),
    "fr": ("Hétérosexuel·le", "Gay", "Lesbienne", "Bisexuel·le", "Asexuel·le"),
    "es": ("Heterosexual", "Gay", "Lesbiana", "Bisexual", "Asexual"),
}

DISABILITY = {
    "en": ("Yes", "No", "Yes - mobility", "Yes - mental health condition", "No"),
    "de": ("Ja", "Nein", "Ja, Schwerbehinderung (GdB 50)", "Nein"),
    "fr": ("Oui", "Non", "Oui, RQTH", "Non"),
    "es": ("Sí", "No", "Sí, 33%", "No"),
}

GENDER = {
    "en": ("Woman", "Man", "Non-binary", "Female", "Male"),
    "de": ("weiblich", "männlich", "divers"),
    "fr": ("Femme", "Homme", "Non-binaire"),
    "es": ("Mujer", "Hombre", "No binario"),
}

EDI_KEYS = {
    "en": {
        "ethnicity": ("ethnic", "group"),
        "religion": ("religion", "or", "belief"),
        "orientation": ("sexual", "orientation"),
        "disability": ("disability",),
        "gender": ("gender",),
    },
    "de": {
        "ethnicity": ("selbstbezeichnung",),
        "religion": ("religion",),
        "orientation": ("sexuelle", "orientierung"),
        "disability": ("behinderung",),
        "gender": ("geschlecht",),
    },
    "fr": {
        "ethnicity": ("origine",),
        "religion": ("religion",),
        "orientation": ("orientation", "sexuelle"),
        "disability": ("handicap",),
        "gender": ("genre",),
    },
    "es": {
        "ethnicity": ("origen", "etnico"),
        "religion": ("religion",),
        "orientation": ("orientacion", "sexual"),
        "disability": ("discapacidad",),
        "gender": ("genero",),
    },
}

EDI_KIND = {
    "ethnicity": "racial_ethnic_origin",
    "religion": "religious_belief",
    "orientation": "sex_life_orientation",
    "disability": "health",
}


def edi(
    c: Ctx,
    style: str = "snake",
    fields: Sequence[str] = ("gender", "ethnicity", "religion", "orientation", "disability"),
    pnts: float = 0.3,
    us: bool = False,
    all_pnts: bool = False,
) -> dict[str, Json]:
    """Equality monitoring answers; "prefer not to say" answers reveal nothing and are unmarked."""
    lg = c.lang
    out: dict[str, Json] = {}
    for f in fields:
        k = key(style, *EDI_KEYS[lg][f])
        if f == "gender":
            out[k] = c.pick(GENDER[lg])
            continue
        if all_pnts or c.chance(pnts):
            out[k] = PNTS[lg]
            c.note("edi:pnts")
            continue
        if f == "ethnicity":
            val = c.pick(ETHNICITY["us" if us else lg])
        elif f == "religion":
            val = c.pick(RELIGION[lg])
        elif f == "orientation":
            val = c.pick(ORIENTATION[lg])
        else:
            val = c.pick(DISABILITY[lg])
        out.update(c.kv(EDI_KIND[f], k, val))
    return out


GREET = {
    "en": ("Hi,", "Hello,", "Hi there,", "Dear team,", "Good morning,", "Hiya"),
    "de": ("Hallo,", "Liebes Team,", "Guten Tag,", "Hallo zusammen,"),
    "fr": ("Bonjour,", "Bonjour à toute l'équipe,", "Madame, Monsieur,", "Salut,"),
    "es": ("Hola:", "Buenos días,", "Hola a todos,", "Estimado equipo:"),
}

SIGNOFF = {
    "en": ("Thanks,", "Many thanks,", "Best wishes,", "Kind regards,", "Cheers,", "x"),
    "de": ("Viele Grüße", "LG", "Mit freundlichen Grüßen", "Danke und viele Grüße"),
    "fr": ("Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"),
    "es": ("Un saludo,", "Gracias,", "Saludos cordiales,", "Un abrazo,"),
}

MOBILE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
}


def letter(c: Ctx, body: Sequence[str], signer: Person | None = None, full: bool = False) -> str:
    lg = c.lang
    lines = [c.pick(GREET[lg]), ""]
    lines.extend(body)
    lines.append("")
    lines.append(c.pick(SIGNOFF[lg]))
    if signer is not None:
        lines.append(signer.full if full else signer.first)
    if c.chance(0.25):
        lines.extend(["", MOBILE_SIG[lg]])
    return "\n".join(lines)


WROTE = {
    "en": "On {d}, {who} wrote:",
    "de": "Am {d} schrieb {who}:",
    "fr": "Le {d}, {who} a écrit :",
    "es": "El {d}, {who} escribió:",
}


def quoted(c: Ctx, who: str, text: str) -> str:
    d = c.when(2024, 2025).strftime("%d/%m/%Y %H:%M")
    head = WROTE[c.lang].format(d=d, who=who)
    return head + "\n" + "\n".join("> " + ln for ln in text.splitlines())


def para(c: Ctx, cats: Sequence[str], neutral: int = 1) -> str:
    """A paragraph: the given sentence categories, with neutral sentences around them."""
    parts = [c.say(cat) for cat in cats]
    for _ in range(neutral):
        parts.insert(c.rint(0, len(parts)), c.say("neutral"))
    return " ".join(parts)


REPORTED = {
    "en": ("Client said:", "Caller said:", "Per client -", "Says:"),
    "de": ("Klient:in berichtet:", "Laut Anrufer:in:", "Sagt:"),
    "fr": ("La personne dit :", "Rapporte :", "Selon l'appelant·e :"),
    "es": ("Refiere:", "Según la persona:", "Comenta:"),
}


def reported(c: Ctx, cat: str) -> str:
    """A staff note quoting what the person said."""
    return f"{c.pick(REPORTED[c.lang])} {c.say(cat)}"


def staff_note(c: Ctx, cats: Sequence[str]) -> str:
    """A case note: reported statements followed by a routine action line."""
    parts = [reported(c, cat) for cat in cats]
    parts.append(c.say("note"))
    return " ".join(parts)
