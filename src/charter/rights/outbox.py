"""Delivering messages to requesters: a file outbox or SMTP.

The file outbox writes one JSON document per message (`{id, to, subject, text, created}`),
mode 0600, atomically (written under a temporary name, then renamed), into a directory a
mail relay empties, or that a person reads in the demo. SMTP sends at once; its password
comes from the environment variable the settings name, never from the configuration file.
A message may carry a one-time code: nothing here logs a message's text or its recipient.
"""

from __future__ import annotations

import json
import os
import secrets
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from charter.rights.settings import OutboxSettings


class OutboxError(Exception):
    """A message could not be handed over (the text says how, never to whom or what)."""


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    text: str


class Outbox(Protocol):
    def send(self, message: Message) -> str:
        """Deliver or queue `message`; returns its id. Raises `OutboxError`. Blocking."""
        ...


class FileOutbox:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def send(self, message: Message) -> str:
        message_id = "msg_" + secrets.token_hex(12)
        document = {"id": message_id, "to": message.to, "subject": message.subject,
                    "text": message.text, "created": datetime.now(UTC).isoformat()}
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary = self.directory / f".{message_id}.tmp"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(document, handle, indent=2)
            temporary.rename(self.directory / f"{message_id}.json")
        except OSError as exc:
            raise OutboxError(f"the outbox directory cannot be written "
                              f"({exc.strerror or type(exc).__name__})") from None
        return message_id


class SmtpOutbox:
    def __init__(self, settings: OutboxSettings, env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self._env = env if env is not None else dict(os.environ)

    def send(self, message: Message) -> str:
        settings = self.settings
        message_id = "msg_" + secrets.token_hex(12)
        mail = EmailMessage()
        mail["From"] = settings.sender
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["Message-ID"] = f"<{message_id}@charter>"
        mail.set_content(message.text)
        password = (self._env.get(settings.smtp_password_env)
                    if settings.smtp_password_env else None)
        try:
            with smtplib.SMTP(settings.smtp_host, settings.smtp_port,
                              timeout=settings.timeout) as smtp:
                if settings.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if settings.smtp_username and password:
                    smtp.login(settings.smtp_username, password)
                smtp.send_message(mail)
        except (OSError, smtplib.SMTPException) as exc:
            raise OutboxError(f"the mail server did not take the message "
                              f"({type(exc).__name__})") from None
        return message_id


def default_directory(keyring_path: str | os.PathLike[str] | None) -> Path:
    """`<var>/outbox`, where `var` is the default var directory: next to the keyring."""
    base = Path(keyring_path).parent if keyring_path is not None else Path.cwd()
    return (base / "var" / "outbox").absolute()


def build_outbox(settings: OutboxSettings,
                 keyring_path: str | os.PathLike[str] | None) -> Outbox:
    if settings.kind == "smtp":
        return SmtpOutbox(settings)
    directory = (Path(settings.directory) if settings.directory
                 else default_directory(keyring_path))
    return FileOutbox(directory)
