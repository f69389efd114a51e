"""Helpers shared by the family modules."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from . import pools as P

if TYPE_CHECKING:
    from .ctx import Ctx

SYS_PROMPTS = {
    "en": (
        "You are a careful assistant for a public service helpline. Answer briefly and never "
        "invent facts."
    ),
    "de": (
        "Du bist ein sorgfältiger Assistent für eine Behördenhotline. Antworte knapp und erfinde "
        "nichts."
    ),
    "fr": (
        "Tu es un assistant prudent pour un guichet de service public. Réponds brièvement, sans "
        "rien inventer."
    ),
    "es": (
        "Eres un asistente cuidadoso de un servicio público. Responde de forma breve y sin "
        "inventar datos."
    ),
}
OPENERS = {
    "en": [
        "Hi, I need help with a form.",
        "Can you help me write a short letter?",
        "Please summarise this for my caseworker.",
        "I'm pasting my details below, what should I do next?",
    ],
    "de": [
        "Hallo, ich brauche Hilfe mit einem Antrag.",
        "Kannst du mir einen kurzen Brief formulieren?",
        "Bitte fasse das für meine Sachbearbeiterin zusammen.",
    ],
    "fr": [
        "Bonjour, j'ai besoin d'aide pour un formulaire.",
        "Pouvez-vous m'aider à rédiger un courrier ?",
        "Merci de résumer ceci pour mon conseiller.",
    ],
    "es": [
        "Hola, necesito ayuda con un trámite.",
        "¿Me ayudas a redactar una carta corta?",
        "Resume esto para mi gestora, por favor.",
    ],
}
REPLIES = {
    "en": [
        "Thanks for the details. Here is a short summary you can send:",
        "Understood. A draft reply follows:",
    ],
    "de": [
        "Danke für die Angaben. Hier eine kurze Zusammenfassung:",
        "Verstanden. Hier ein Entwurf:",
    ],
    "fr": ["Merci pour ces informations. Voici un résumé :", "Compris. Voici une proposition :"],
    "es": [
        "Gracias por los datos. Aquí tienes un resumen:",
        "Entendido. Te propongo este borrador:",
    ],
}


def base_lang(c: Ctx) -> str:
    return "en" if c.lang == "mix" else c.lang


def put(d: dict[str, Any], k: str, v: Any) -> None:
    while k in d:
        k = k + "_2"
    d[k] = v


def add_focus(c: Ctx, d: dict[str, Any], lang: str | None = None, p_text: float = 0.5) -> None:
    """Insert the document's focus kinds as a structured field or a free-text note."""
    lang = lang or c.lg()
    for kind in c.focus:
        if kind != "biometric" and c.chance(p_text):
            put(d, c.key("notes", lang), c.text(kind, c.lang if c.lang == "mix" else lang))
        elif kind == "biometric":
            k, v = c.field(kind, lang)
            wrap = {
                "en": "identity_verification",
                "de": "identitaetspruefung",
                "fr": "verification_identite",
                "es": "verificacion_identidad",
            }[lang]
            put(d, wrap, {"method": c.pick(["selfie", "enrolment", "kiosk"]), k: v})
        else:
            k, v = c.field(kind, lang)
            put(d, k, v)


def focus_text(c: Ctx, lang: str | None = None) -> str:
    """Free text for the focus kinds (biometric cannot be free text: skipped)."""
    parts = [c.text(k, lang or c.lang) for k in c.focus if k != "biometric"]
    return " ".join(parts)


def jdump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[a-zà-ÿ]{3}[.!?])\s+(?=[A-ZÀ-ÝÄÖÜ¿¡])", text)
    return [p for p in parts if p]


def model(c: Ctx) -> str:
    return c.pick(P.MODELS)
