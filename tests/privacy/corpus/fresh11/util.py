"""Helpers the payload families share: free-text bodies and contact lines."""

from __future__ import annotations

from typing import Any

from .values import Ctx

CONTACT = {
    "en": (
        "You can reach me on {phone}.",
        "Please reply to {email} instead.",
        "Spoke with {name} earlier today.",
        "New address: {address}.",
        "cc {name}",
        "Logged in from {ip} when it failed.",
        "Card is {card}, exp next year.",
    ),
    "de": (
        "Sie erreichen mich unter {phone}.",
        "Bitte an {email} antworten.",
        "Habe vorhin mit {name} telefoniert.",
        "Neue Anschrift: {address}.",
        "Kartennummer {card}, bitte erneut abbuchen.",
    ),
    "fr": (
        "Vous pouvez me joindre au {phone}.",
        "Merci de répondre à {email}.",
        "J'ai parlé avec {name} ce matin.",
        "Nouvelle adresse : {address}.",
        "Ma carte : {card}.",
    ),
    "es": (
        "Pueden llamarme al {phone}.",
        "Respondan a {email}, por favor.",
        "He hablado con {name} esta mañana.",
        "Nueva dirección: {address}.",
        "Mi tarjeta es la {card}.",
    ),
}


def contact_line(c: Ctx) -> str:
    template = c.pick(CONTACT[c.lang])
    fill: dict[str, str] = {}
    if "{phone}" in template:
        fill["phone"] = c.phone()
    if "{email}" in template:
        fill["email"] = c.email()
    if "{name}" in template:
        fill["name"] = c.name()
    if "{address}" in template:
        fill["address"] = c.address()
    if "{card}" in template:
        fill["card"] = c.card()
    if "{ip}" in template:
        fill["ip"] = c.ip()
    return template.format(**fill)


def body(c: Ctx, specials: tuple[str, ...] = (), p_special: float = 0.6) -> str:
    """A message body; personal parts only when the document is not meant to be clean."""
    parts: list[str] = []
    personal = not c.clean
    if personal and c.chance(0.4):
        parts.append(c.greeting())
    if personal and specials and c.chance(p_special):
        parts.append(c.special(c.pick(specials)))
    elif c.chance(0.5):
        parts.append(c.trap())
    parts.append(c.neutral())
    if personal and c.chance(0.35):
        parts.append(contact_line(c))
    return " ".join(parts)


def page(c: Ctx, items: list[Any], style: str = "") -> dict[str, Any]:
    style = style or c.pick(("cursor", "offset", "links"))
    if style == "cursor":
        return {"data": items, "has_more": c.chance(0.5), "next_cursor": c.b64(24)}
    if style == "offset":
        return {"results": items, "count": len(items), "offset": 0, "limit": 50}
    return {
        "items": items,
        "links": {"self": "/v2/items?page=1", "next": "/v2/items?page=2"},
        "meta": {"total": len(items) + c.num(0, 400)},
    }
