"""Workplace systems: badges, biometric time clocks, chat, calendar, IT and field work."""

from __future__ import annotations

from typing import Any

from .common import brand, employer, gateway, user_agent
from .compose import cyc, extra, typo
from .ctx import Ctx
from .registry import family


def _dev(c: Ctx) -> str:
    return c.pick(["ZK-", "SUP-", "BIO-", "TC-"]) + c.alnum(6, upper=True)


@family(3)
def badge_access_events(c: Ctx) -> Any:
    evs = []
    for _ in range(c.rint(3, 6)):
        p = c.person()
        mode = c.pick(["card", "card+pin", "fingerprint", "face"])
        ev: dict[str, Any] = {
            "ts": c.ts(c.rint(0, 600), "space"),
            "door": c.pick(["Main entrance", "Warehouse gate 3", "Server room", "Pharmacy store"]),
            "card_no": c.alnum(8, upper=True),
            "holder": p.full,
            "result": c.pick(["granted", "granted", "denied"]),
            "verify_mode": mode,
        }
        if mode in ("fingerprint", "face"):
            ev["match_score"] = round(c.rng.uniform(0.82, 0.99), 3)
            c.tag("neg:biometric-mode-and-score")
        evs.append(ev)
    return {"controller": _dev(c), "site": c.city()[1], "firmware": c.version4(), "events": evs}


@family(6)
def timeclock_fp_enrolment(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["fp"], ["fp"], ["fp2"], ["fp"], ["none"], ["fp"]])
    fingers = []
    if ks != ["none"]:
        for fi in [6, 1] if ks == ["fp2"] else [c.pick([1, 6])]:
            fingers.append(
                {
                    "finger_index": fi,
                    "format": "ISO19794-2",
                    "quality": c.rint(55, 99),
                    "template": c.fp_template(),
                }
            )
    else:
        c.tag("neg:enrolment-without-template")
    return {
        "cmd": "USER_ENROLL",
        "device_sn": _dev(c),
        "pin": str(c.rint(1000, 99999)),
        "name": emp.full,
        "privilege": 0,
        "card": c.alnum(10, upper=True),
        "fingers": fingers,
        "enrolled_at": c.ts(0, "space"),
        "status": "pending_operator" if ks == ["none"] else "ok",
    }


@family(6)
def timeclock_face_punch(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(
        c, [["emb", "gps"], ["emb"], ["emb", "gps"], ["emb", "gps"], ["score", "gps"], ["emb"]]
    )
    punch: dict[str, Any] = {
        "employee": {"id": f"E{c.rint(10000, 99999)}", "name": emp.full},
        "type": c.pick(["clock_in", "clock_out", "break_start"]),
        "at": c.ts(0, "offset"),
        "device": {"id": _dev(c), "app": "FieldClock", "os": c.pick(["Android 14", "iOS 17.5"])},
    }
    if "emb" in ks:
        punch["face"] = {
            "model": "arcface-r100",
            "dim": 128,
            "embedding": c.face_embedding(128),
            "liveness": round(c.rng.uniform(0.9, 1), 3),
        }
    if "score" in ks:
        punch["face"] = {"verified": True, "similarity": round(c.rng.uniform(0.8, 0.99), 4)}
        c.tag("neg:match-score-only")
    if "gps" in ks:
        lat, lon = c.geo()
        punch["location"] = {"lat": lat, "lng": lon, "accuracy_m": c.rint(3, 30)}
    else:
        lat, lon = c.geo_coarse()
        punch["location"] = {"lat": lat, "lng": lon, "source": "cell"}
    return {"punch": punch}


@family(5)
def palmvein_enrolment(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["pv"], ["pv"], ["pv"], ["none"], ["pv"]])
    rec: dict[str, Any] = {
        "subject": {
            "badge_id": c.alnum(8, upper=True),
            "display_name": emp.full,
            "department": c.pick(["R&D", "Labor", "Laboratoire", "Laboratorio"]),
        },
        "sensor": {"model": "PalmSecure-F Pro", "serial": c.alnum(10, upper=True)},
        "enrolled": c.ts(0),
    }
    if ks == ["pv"]:
        rec["hands"] = [
            {
                "hand": c.pick(["left", "right"]),
                "vein_template": c.blob_template("palm-vein-template"),
                "quality": c.rint(60, 99),
            }
        ]
    else:
        rec["hands"] = []
        rec["last_auth"] = {
            "method": "palm vein",
            "result": "match",
            "score": round(c.rng.uniform(0.8, 0.99), 3),
        }
        c.tag("neg:biometric-mode-and-score")
    return rec


@family(6)
def iris_enrolment(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["iris"], ["iris"], ["iris"], ["none"], ["iris"], ["iris"]])
    rec: dict[str, Any] = {
        "enrolment_id": c.uuid(),
        "person": {"name": emp.full, "employee_no": str(c.rint(10000, 99999))},
        "zone": "cleanroom B",
    }
    if ks == ["iris"]:
        rec["iris"] = [
            {
                "eye": "left",
                "iris_code": c.blob_template("iris-code"),
                "mask_ratio": round(c.rng.uniform(0.1, 0.3), 2),
            }
        ]
    else:
        rec["iris"] = []
        rec["note"] = "enrolment failed: glasses reflection"
        c.tag("neg:enrolment-without-template")
    return rec


@family(7)
def voice_biometric_enrolment(c: Ctx) -> Any:
    name, _dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["vp"], ["vp"], ["verify"], ["vp"], ["vp"], ["vp"], ["vp"]])
    rec: dict[str, Any] = {
        "customer": {
            "account_ref": f"AC-{c.rint(100000, 999999)}",
            "name": cust.full,
            "phone": cust.phone(),
        },
        "channel": "ivr",
        "consent_recorded": True,
        "brand": name,
    }
    if ks == ["vp"]:
        rec["event"] = "voiceprint.enrolled"
        rec["voiceprint"] = {
            "engine": "vb-engine 9",
            "format": "x-vector/512",
            "data": c.blob_template("voiceprint"),
            "net_speech_sec": round(c.rng.uniform(8, 30), 1),
        }
    else:
        rec["event"] = "voiceprint.verified"
        rec["result"] = {
            "decision": c.pick(["accept", "reject"]),
            "score": round(c.rng.uniform(-2, 9), 2),
            "threshold": 4.5,
        }
        c.tag("neg:biometric-mode-and-score")
    return rec


@family(4)
def timeclock_template_sync(c: Ctx) -> Any:
    users = []
    for _ in range(c.rint(2, 3)):
        p = c.person()
        users.append(
            {
                "pin": str(c.rint(100, 9999)),
                "name": p.full,
                "fp": [
                    {
                        "fid": c.pick([0, 5]),
                        "size": c.rint(400, 1200),
                        "valid": 1,
                        "tmp": c.fp_template(),
                    }
                ],
                "face": {"valid": 0},
            }
        )
    return {
        "device_sn": _dev(c),
        "op": "ATTLOG+USERINFO",
        "push_ver": c.version4(),
        "users": users,
        "attlog": [
            {"pin": u["pin"], "time": c.ts(c.rint(0, 400), "space"), "verify": 1, "status": 0}
            for u in users
        ],
    }


SLACK_LINES = {
    "en": [
        "anyone know if payroll runs early this month?",
        "can someone cover my shift on Sat",
        "heads up, the VPN is flaky again",
        "reminder: timesheets due by 5pm",
    ],
    "de": [
        "weiß jemand, ob die Abrechnung früher kommt?",
        "kann jemand Samstag meine Schicht übernehmen",
        "VPN spinnt schon wieder",
    ],
    "fr": [
        "quelqu'un sait si la paie tombe plus tôt ce mois-ci ?",
        "qui peut me remplacer samedi",
        "le VPN rame encore",
    ],
    "es": [
        "¿alguien sabe si la nómina llega antes este mes?",
        "¿alguien me cubre el turno del sábado?",
        "la VPN va fatal otra vez",
    ],
}


@family(6)
def slack_message_event(c: Ctx) -> Any:
    p = c.person()
    ks = cyc(
        c,
        [
            ["secret"],
            ["~health"],
            ["political_opinion", "trade_union"],
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
            ["masked"],
        ],
    )
    text = typo(c, c.pick(SLACK_LINES[c.lang]), 0.3)
    if ks == ["secret"]:
        k = c.pick(["aws", "github", "slack", "stripe", "sendgrid", "npm"])
        lead = {
            "en": "here's the key for the HRIS sync, don't share",
            "de": "hier der Key für den HRIS-Sync",
            "fr": "voici la clé pour la synchro SIRH",
            "es": "aquí la clave de la sincronización",
        }[c.lang]
        text = f"{lead} `{c.secret(k)}`" + (f" / `{c.secret('aws_secret')}`" if k == "aws" else "")
    elif ks == ["masked"]:
        text = (
            {
                "en": "rotated the token, new one is in the vault:",
                "de": "Token rotiert, neuer liegt im Vault:",
                "fr": "token renouvelé, il est dans le coffre :",
                "es": "token rotado, está en el vault:",
            }[c.lang]
            + " "
            + c.masked_secret()
        )
    else:
        text = " ".join([text, *extra(c, p, ks)])
    c.tag("neg:handle")
    return {
        "type": "event_callback",
        "team_id": "T" + c.alnum(10, upper=True),
        "api_app_id": "A" + c.alnum(10, upper=True),
        "event": {
            "type": "message",
            "channel": "C" + c.alnum(10, upper=True),
            "user": "U" + c.alnum(10, upper=True),
            "text": text,
            "ts": f"{c.epoch(0)}.{c.digits(6)}",
            "channel_type": c.pick(["channel", "im", "group"]),
            "user_profile": {
                "real_name": p.full,
                "display_name": p.fn.lower() + c.alnum(2).lower(),
            },
        },
        "event_id": "Ev" + c.alnum(10, upper=True),
        "event_time": c.epoch(0),
    }


@family(4)
def teams_graph_notification(c: Ctx) -> Any:
    p = c.person()
    ks = cyc(c, [["cs"], ["cs", "religious_belief"], ["cs"], ["masked"]])
    body = typo(c, c.pick(SLACK_LINES[c.lang]))
    body = " ".join([body, *extra(c, p, [k for k in ks if k not in ("cs", "masked")])])
    note: dict[str, Any] = {
        "subscriptionId": c.uuid(),
        "changeType": "created",
        "tenantId": c.uuid(),
        "resource": f"teams('{c.uuid()}')/channels('19:"
        + c.decoy(f"{c.hexs(32)}@thread.tacv2", "decoy:teams-thread-id")
        + f"')/messages('{c.long_id(13)}')",
        "subscriptionExpirationDateTime": c.ts(60 * 24, "offset"),
        "resourceData": {"@odata.type": "#Microsoft.Graph.chatMessage", "id": c.long_id(13)},
        "encryptedContent": None,
        "decrypted": {
            "from": {"user": {"displayName": p.full, "id": c.uuid()}},
            "body": {"contentType": "html", "content": f"<p>{body}</p>"},
            "createdDateTime": c.ts(0, "ms"),
        },
    }
    if "cs" in ks:
        note["clientState"] = c.secret("hex32")
    elif "masked" in ks:
        note["clientState"] = c.masked_secret()
    return {"value": [note]}


@family(4)
def calendar_event(c: Ctx) -> Any:
    _org, dom = employer(c)
    owner = c.person()
    ks = cyc(c, [["health"], [], [], ["~religious_belief"]])
    if ks == ["health"]:
        summary = c.mark(
            "health",
            c.pick(
                {
                    "en": [
                        "Oncology follow-up (Dr appt)",
                        "Physio - knee rehab",
                        "Therapy session",
                    ],
                    "de": ["Termin Onkologie", "Physiotherapie Knie", "Psychotherapie"],
                    "fr": ["RDV oncologue", "Kiné genou", "Séance psy"],
                    "es": ["Cita oncología", "Fisio rodilla", "Psicólogo"],
                }[c.lang]
            ),
            "field:health",
        )
    elif ks == ["religious"]:
        summary = c.mark(
            "religious_belief",
            c.pick(
                {
                    "en": ["Friday prayers (mosque)", "Mass"],
                    "de": ["Freitagsgebet"],
                    "fr": ["Prière du vendredi"],
                    "es": ["Misa"],
                }[c.lang]
            ),
            "field:religious_belief",
        )
    elif ks == ["~religious_belief"]:
        summary = c.pick(
            ["Christmas party planning", "Good Friday - office closed", "Pâques - fermé"]
        )
        c.tag("neg:religious_belief")
    else:
        summary = c.pick(["Sprint review", "1:1", "Budget sync", "Point hebdo", "Reunión semanal"])
    atts = [c.person() for _ in range(c.rint(1, 3))]
    return {
        "kind": "calendar#event",
        "id": c.alnum(26).lower(),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={c.alnum(40)}",
        "created": c.ts(-3000, "ms"),
        "summary": summary,
        "creator": {"email": owner.email(dom)},
        "organizer": {"email": owner.email(dom), "self": True},
        "start": {"dateTime": c.ts(3000, "offset"), "timeZone": "Europe/Berlin"},
        "end": {"dateTime": c.ts(3060, "offset")},
        "visibility": "private" if ks in (["health"], ["religious"]) else "default",
        "attendees": [
            {"email": a.email(dom), "displayName": a.full, "responseStatus": "needsAction"}
            for a in atts
        ]
        if ks not in (["health"], ["religious"])
        else [],
        "location": c.address_text() if c.chance(0.4) else c.pick(["Teams", "Room Everest"]),
    }


@family(4)
def field_tech_gps_ping(c: Ctx) -> Any:
    tech = c.person()
    pts = []
    for j in range(c.rint(2, 4)):
        if c.i % 5 == 4:
            la, lo = c.geo_coarse()
        else:
            la, lo = c.geo()
        pts.append({"t": c.ts(j * 5), "lat": la, "lon": lo, "speed_kmh": c.rint(0, 80)})
    return {
        "vehicle": c.alnum(7, upper=True),
        "driver": tech.full,
        "job": f"WO-{c.rint(10000, 99999)}",
        "pings": pts,
    }


@family(3)
def it_password_reset(c: Ctx) -> Any:
    emp, tech = c.person(), c.person()
    ks = cyc(c, [["pw"], ["masked"], ["pw"], ["hash"]])
    rec: dict[str, Any] = {
        "ticket": f"INC{c.rint(10000, 99999)}",
        "caller": emp.full,
        "upn": emp.email(employer(c)[1]),
        "agent": tech.full,
    }
    if ks == ["pw"]:
        pw = c.password()
        rec["work_notes"] = {
            "en": f"Reset AD password, temp password {pw} - must change at next logon",
            "de": f"AD-Passwort zurückgesetzt, Initialpasswort {pw}",
            "fr": f"MDP AD réinitialisé, provisoire : {pw}",
            "es": f"Contraseña AD reseteada, temporal: {pw}",
        }[c.lang]
    elif ks == ["masked"]:
        rec["work_notes"] = "Reset AD password, temp password sent by SMS: ********"
        c.tag("decoy:masked-secret")
    else:
        rec["audit"] = {"new_hash": c.bcrypt(), "policy": {"min_length": 12, "history": 5}}
    return rec


@family(3)
def sso_login_audit(c: Ctx) -> Any:
    p = c.person()
    geo: dict[str, Any] = {"city": c.city()[1]}
    if c.i < 3:
        lat, lon = c.geo(decimals=4)
        geo["geolocation"] = {"lat": lat, "lon": lon}
    else:
        lat, lon = c.geo_coarse()
        geo["geolocation"] = {"lat": lat, "lon": lon}
    return {
        "eventType": "user.session.start",
        "published": c.ts(0, "ms"),
        "actor": {"alternateId": p.email(employer(c)[1]), "displayName": p.full},
        "client": {
            "ipAddress": c.ip(v6=c.chance(0.3)),
            "userAgent": {"rawUserAgent": user_agent(c)},
            "geographicalContext": geo,
            "device": {"fingerprint": c.hexs(64)},
        },
        "outcome": {"result": c.pick(["SUCCESS", "FAILURE"])},
        "authenticationContext": {
            "credentialType": c.pick(["PASSWORD", "WEBAUTHN", "FINGERPRINT"])
        },
        "securityContext": {"asNumber": c.rint(1000, 60000), "isProxy": False},
    }


@family(3)
def hris_integration_config(c: Ctx) -> Any:
    ks = cyc(c, [["key"], ["conn"], ["key"], ["pem"]])
    cfg: dict[str, Any] = {
        "integration": c.pick(["workday-to-okta", "personio-sync", "bamboohr-export"]),
        "enabled": True,
        "schedule": "*/15 * * * *",
    }
    if ks == ["key"]:
        cfg["auth"] = {
            "type": "api_key",
            "api_key": c.secret(c.pick(["google", "gitlab", "sendgrid", "github_pat"])),
        }
    elif ks == ["conn"]:
        cfg["target"] = {"dsn": c.conn_string()}
    else:
        cfg["auth"] = {"type": "jwt_bearer", "private_key": c.pem_private(), "kid": c.hexs(16)}
    cfg["updated_by"] = "svc-automation"
    return cfg


@family(3)
def webhook_delivery_log(c: Ctx) -> Any:
    p = c.person()
    body = {
        "event": "employee.hired",
        "employee": {
            "name": p.full,
            "work_email": p.email(employer(c)[1]),
            "start_date": str(c.day(14)),
        },
    }
    auth = ["basic", "bearer", "masked", "bearer"][c.i % 4]
    return gateway(c, "/hooks/hris/employee", body, auth=auth, source="Personio-Webhooks/1.0")


@family(3)
def shift_swap_request(c: Ctx) -> Any:
    a, b = c.person(), c.person()
    ks = cyc(c, [[], ["~religious_belief"], ["political_opinion"]])
    msg = " ".join(
        [
            typo(
                c,
                {
                    "en": "Can we swap Saturday for Tuesday?",
                    "de": "Können wir Samstag gegen Dienstag tauschen?",
                    "fr": "On échange samedi contre mardi ?",
                    "es": "¿Cambiamos el sábado por el martes?",
                }[c.lang],
            ),
            *extra(c, a, ks),
        ]
    )
    return {
        "swap": {
            "requester": a.full,
            "with": b.full,
            "give": str(c.day(5)),
            "take": str(c.day(8)),
            "message": msg,
            "status": "awaiting_manager",
        }
    }
