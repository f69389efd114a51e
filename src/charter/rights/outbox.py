"""Delivering messages to requesters: a file outbox or SMTP.

The file outbox writes one JSON document per message (`{id, to, subject, text, created}`),
mode 0600, atomically (written under a temporary name, then renamed), into a directory a
mail relay empties, or that a person reads in the demo. SMTP sends at once; its password
comes from the environment variable the settings name, never from the configuration file.
A message may carry a one-time code: nothing here logs a message's text or its recipient.

Queued files are a store like any other (`outbox_messages` in the privacy inventory): an
erasure deletes those addressed to the person (`FileOutbox.delete_to`), and retention deletes
those older than their class (`FileOutbox.purge`), so nothing waits forever for a relay that
never comes. SMTP keeps nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import smtplib
import ssl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Protocol

from charter.rights.models import OUTBOX_MESSAGES
from charter.rights.settings import OutboxSettings, rights_settings


class OutboxError(Exception):
    """A message could not be handed over (the text says how, never to whom or what)."""


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    text: str


@dataclass(frozen=True)
class Queued:
    """A message file in the outbox: its path, its address (None when unreadable) and when
    it was written (the file's own time when its document does not say)."""

    path: Path
    to: str | None
    created: datetime


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

    def queued(self) -> Iterator[Queued]:
        """The messages waiting, written or half-written (`.msg_*.tmp`); a file the relay
        takes meanwhile is left out. Links are not followed."""
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return
        for entry in entries:
            name = entry.name
            if not ((name.startswith("msg_") and name.endswith(".json"))
                    or (name.startswith(".msg_") and name.endswith(".tmp"))):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                written = datetime.fromtimestamp(entry.stat(follow_symlinks=False).st_mtime,
                                                 UTC)
                document = _document(Path(entry.path))
            except FileNotFoundError:
                continue
            to = document.get("to") if isinstance(document.get("to"), str) else None
            yield Queued(Path(entry.path), to, _created(document) or written)

    def delete_to(self, addresses: Iterable[str]) -> int:
        """Delete the messages addressed to any of `addresses` (compared without case);
        returns how many were deleted."""
        wanted = {normal for address in addresses if (normal := normal_address(address))}
        if not wanted:
            return 0
        return sum(_unlink(message.path) for message in self.queued()
                   if message.to is not None and normal_address(message.to) in wanted)

    def purge(self, cutoff: datetime, *, dry_run: bool = False,
              keep: Callable[[datetime], bool] = lambda created: False) -> int:
        """Delete (with `dry_run`, count) the messages written before `cutoff`, except those
        `keep` keeps (by the time they were written); returns how many."""
        old = [message for message in self.queued()
               if message.created < cutoff and not keep(message.created)]
        if dry_run:
            return len(old)
        return sum(_unlink(message.path) for message in old)

    def written(self) -> list[datetime]:
        """When each message waiting was written."""
        return [message.created for message in self.queued()]


def normal_address(value: str) -> str:
    """The address part of `value` (`Ada <ada@example.com>` too), stripped, without case."""
    return parseaddr(value)[1].strip().casefold() or value.strip().casefold()


def _document(path: Path) -> dict[str, Any]:
    """The file's JSON object; empty when it is not one (a half-written file)."""
    try:
        with path.open("rb") as handle:
            found = json.loads(handle.read(1 << 20))
    except (ValueError, UnicodeDecodeError, IsADirectoryError, PermissionError):
        return {}
    return found if isinstance(found, dict) else {}


def _created(document: dict[str, Any]) -> datetime | None:
    value = document.get("created")
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False  # the relay took it first
    return True


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
    return file_outbox(settings, keyring_path) or FileOutbox(default_directory(keyring_path))


def file_outbox(settings: OutboxSettings,
                keyring_path: str | os.PathLike[str] | None) -> FileOutbox | None:
    """The file outbox the settings name, whose queued messages erasure and retention
    delete; None for SMTP, which keeps nothing."""
    if settings.kind != "file":
        return None
    return FileOutbox(Path(settings.directory) if settings.directory
                      else default_directory(keyring_path))


def file_stores(config: Any, keyring_path: str | os.PathLike[str] | None
                ) -> dict[str, FileOutbox]:
    """The record types `config` keeps as files, by inventory name, for retention to purge:
    the file outbox's messages, or nothing with SMTP."""
    outbox = file_outbox(rights_settings(config).outbox, keyring_path)
    return {OUTBOX_MESSAGES.table: outbox} if outbox is not None else {}
