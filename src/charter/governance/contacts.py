"""`GET /.well-known/privacy/contacts` on the gateway listener (clause CONTACT-1).

The designated contacts from the configuration, and the controller they speak for, as JSON.
The document is built once per configuration version: answering costs no I/O.
"""

from __future__ import annotations

import json
from typing import Any, Final

from charter.config.models import CharterConfig
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply

PATH: Final = "/.well-known/privacy/contacts"


def contacts_document(config: CharterConfig) -> dict[str, Any]:
    controller = config.controller
    return {
        "service": config.service.name,
        "controller": controller.model_dump(mode="json") if controller else None,
        "contacts": [contact.model_dump(mode="json") for contact in config.contacts],
    }


def contacts_builtins(config: CharterConfig) -> dict[str, Builtin]:
    body = json.dumps(contacts_document(config), separators=(",", ":")).encode()
    headers = [(b"cache-control", b"public, max-age=300")]

    def contacts(ctx: RequestContext, _body: bytes) -> Reply:
        return Reply(200, body, headers=list(headers))

    return {PATH: Builtin(frozenset({"GET", "HEAD"}), contacts)}
