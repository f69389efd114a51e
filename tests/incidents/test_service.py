"""Incident records on SQLite and PostgreSQL: the 72-hour deadline, forward-only status, an
append-only sealed timeline, notifications on record (clause USE-5; GDPR Art. 33-34)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from charter.incidents.models import incident_notes, incidents
from charter.incidents.service import Changes, IncidentError, IncidentService
from charter.privacy.keyring import Keyring
from tests.support.conftest import NOW

LEAK = "Export of 1,200 customer e-mails, among them ada@example.com, left public for 3 hours"


def _open(service: IncidentService, **fields: object) -> object:
    values: dict[str, object] = {
        "title": "Public bucket held an export", "severity": "high", "description": LEAK,
        "personal_data": True, "opened_by": "acc_sec",
        "detected_at": NOW - timedelta(hours=5), "data_categories": ["user.contact.email"],
        "people_affected": 1200, **fields}
    return service.open(**values)  # type: ignore[arg-type]


@pytest.mark.clause("USE-5")
def test_a_breach_is_due_to_the_authority_72_hours_after_detection(
        service: IncidentService, engine: Engine) -> None:
    incident = service.open(
        title="Public bucket held an export", severity="high", description=LEAK,
        personal_data=True, opened_by="acc_sec", detected_at=NOW - timedelta(hours=5),
        data_categories=["user.contact.email"], people_affected=1200)
    assert incident.status == "open" and incident.id.startswith("inc_")
    assert incident.authority_due_at == NOW - timedelta(hours=5) + timedelta(hours=72)
    assert not incident.authority_overdue(NOW)
    assert incident.authority_overdue(NOW + timedelta(hours=68))
    with engine.connect() as connection:
        stored = " ".join(str(v) for v in connection.execute(select(incidents)).one())
    assert "ada@example.com" not in stored and "1,200" not in stored  # sealed
    read = service.get(incident.id, unseal=True)
    assert read.description == LEAK
    assert [(n.kind, n.author) for n in read.timeline] == [("opened", "acc_sec")]

    told = service.notify(incident.id, "authority", actor="acc_po",
                            at=NOW - timedelta(hours=1), reference="DPA-2026-0042")
    assert told.authority_notified_at == NOW - timedelta(hours=1)
    assert told.authority_reference == "DPA-2026-0042"
    assert not told.authority_overdue(NOW + timedelta(days=10))
    with pytest.raises(IncidentError) as twice:
        service.notify(incident.id, "authority", actor="acc_po")
    assert (twice.value.status, twice.value.code) == (409, "already_notified")
    subjects = service.notify(incident.id, "subjects", actor="acc_po")
    assert subjects.subjects_notified_at == NOW
    timeline = service.get(incident.id, unseal=True).timeline
    assert [n.kind for n in timeline] == ["opened", "authority_notified", "subjects_notified"]
    assert timeline[1].details == {"at": (NOW - timedelta(hours=1)).isoformat(), "late": False}


@pytest.mark.clause("USE-5")
def test_an_incident_without_personal_data_has_no_deadline_until_it_has(
        service: IncidentService) -> None:
    incident = service.open(title="Credential stuffing against the login", severity="medium",
                              description="Blocked by the lockouts", personal_data=False,
                              opened_by="acc_sec")
    assert incident.authority_due_at is None and not incident.authority_overdue(NOW)
    changed = service.update(incident.id, Changes(personal_data=True, people_affected=3),
                               actor="acc_sec")
    assert changed.authority_due_at == incident.detected_at + timedelta(hours=72)
    assert changed.people_affected == 3


@pytest.mark.clause("USE-5")
def test_status_moves_forward_only_and_every_change_is_on_the_timeline(
        service: IncidentService) -> None:
    incident = service.open(title="Upstream outage", severity="low", description="502s",
                              personal_data=False, opened_by="acc_sec")
    contained = service.update(incident.id, Changes(status="contained", severity="medium"),
                                 actor="acc_sec")
    assert (contained.status, contained.contained_at, contained.severity) == (
        "contained", NOW, "medium")
    with pytest.raises(IncidentError) as back:
        service.update(incident.id, Changes(status="open"), actor="acc_sec")
    assert (back.value.status, back.value.code) == (409, "invalid_transition")
    resolved = service.update(incident.id, Changes(status="resolved"), actor="acc_sec")
    assert resolved.resolved_at == NOW
    with pytest.raises(IncidentError):
        service.update(incident.id, Changes(status="contained"), actor="acc_sec")
    timeline = service.get(incident.id, unseal=True).timeline
    assert [(n.kind, n.details) for n in timeline] == [
        ("opened", {"severity": "low", "personal_data": False}),
        ("status", {"from": "open", "to": "contained"}),
        ("changed", {"fields": "severity"}),
        ("status", {"from": "contained", "to": "resolved"}),
    ]


@pytest.mark.clause("USE-5")
def test_notes_are_appended_sealed_with_credentials_redacted(
        service: IncidentService, engine: Engine, keyring: Keyring) -> None:
    incident = service.open(title="Leaked key", severity="high", description="See notes",
                              personal_data=False, opened_by="acc_sec")
    service.add_note(incident.id, "Key sk_live_4eC39HqLyjWDarjtT1zdp7dc revoked at 10:02",
                       author="acc_sec")
    service.add_note(incident.id, "No calls with it after 10:02", author="acc_sec2")
    with engine.connect() as connection:
        texts: list[str] = list(connection.execute(select(incident_notes.c.text).where(
            incident_notes.c.kind == "note")).scalars())
    assert all(text.startswith("sk1.") for text in texts)  # sealed
    notes = [n for n in service.get(incident.id, unseal=True).timeline if n.kind == "note"]
    assert [(n.author, n.text) for n in notes] == [
        ("acc_sec", "Key [redacted] revoked at 10:02"),
        ("acc_sec2", "No calls with it after 10:02")]


@pytest.mark.parametrize(("fields", "code"), [
    ({"title": "Orders of Ada Lovelace sent to ada@example.com"}, "personal_data_in_title"),
    ({"title": "  "}, "invalid_title"),
    ({"severity": "urgent"}, "invalid_severity"),
    ({"data_categories": ["user.unknown"]}, "invalid_data_category"),
    ({"people_affected": -1}, "invalid_people_affected"),
    ({"detected_at": NOW + timedelta(hours=1)}, "invalid_detected_at"),
    ({"description": ""}, "invalid_description"),
])
def test_bad_incidents_are_refused_with_a_code(service: IncidentService,
                                               fields: dict[str, object], code: str) -> None:
    with pytest.raises(IncidentError) as refused:
        _open(service, **fields)
    assert (refused.value.status, refused.value.code) == (422, code)
    if code == "personal_data_in_title":
        assert "email" in refused.value.extra["kinds"]
        assert "ada@example.com" not in str(refused.value)


def test_unknown_incidents_are_404(service: IncidentService) -> None:
    for call in (lambda: service.get("inc_00000000000000000000"),
                 lambda: service.add_note("inc_00000000000000000000", "x", author="a"),
                 lambda: service.notify("inc_00000000000000000000", "subjects", actor="a"),
                 lambda: service.update("inc_00000000000000000000", Changes(), actor="a")):
        with pytest.raises(IncidentError) as missing:
            call()
        assert (missing.value.status, missing.value.code) == (404, "not_found")
