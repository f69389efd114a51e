"""Identity providers, KYC and background checks, recruiting, rentals and admissions."""

from __future__ import annotations

from typing import Any

from . import pools
from .util import body
from .values import Ctx


def oidc_userinfo(c: Ctx) -> Any:
    p = not c.clean
    info: dict[str, Any] = {
        "sub": c.uuid(),
        "email_verified": True,
        "locale": c.locale,
        "updated_at": c.epoch(),
        "amr": ["pwd", "mfa"],
    }
    if p:
        first, last = c.parts()
        info.update(
            {
                "given_name": first,
                "family_name": last,
                "name": f"{first} {last}",
                "email": c.email(first, last),
            }
        )
        if c.chance(0.4):
            info["birthdate"] = c.dob()
        if c.chance(0.3):
            info["phone_number"] = c.phone()
        if c.chance(0.3):
            info["address"] = {"street_address": c.street_line(), "locality": c.city()[0]}
    else:
        info.update(
            {
                "preferred_username": "svc-reporting",
                "name": "Reporting Service",
                "biometric_login_enabled": True,
            }
        )
    return info


def oidc_token(c: Ctx) -> Any:
    if c.clean:
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "kid": c.hexs(16),
                    "use": "sig",
                    "alg": "RS256",
                    "n": c.b64(86).replace("+", "-").replace("/", "_"),
                    "e": "AQAB",
                }
            ],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            "password_policy": {"min_length": 12, "require_symbols": True},
        }
    out: dict[str, Any] = {"token_type": "Bearer", "expires_in": 3600, "scope": "openid email"}
    out["access_token"] = c.secret("jwt")
    if c.chance(0.5):
        out["id_token"] = c.secret("jwt")
    if c.chance(0.4):
        out["refresh_token"] = c.rid("rt_", 40)
    return out


def scim_user(c: Ctx) -> Any:
    p = not c.clean
    user: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": c.uuid(),
        "active": True,
        "meta": {"resourceType": "User", "created": c.ts(), "version": 'W/"' + c.hexs(8) + '"'},
    }
    if p:
        first, last = c.parts()
        user.update(
            {
                "userName": c.email(first, last),
                "name": {"givenName": first, "familyName": last, "formatted": f"{first} {last}"},
                "displayName": f"{first} {last}",
                "phoneNumbers": [{"value": c.phone(), "type": "work"}],
                "title": "Engineer",
            }
        )
        ext: dict[str, Any] = {"employeeNumber": c.rid("", 6), "department": c.pick(pools.QUEUES)}
        if c.chance(0.3):
            ext["manager"] = {"displayName": c.name("full")}
        if c.chance(0.25):
            ext[c.pick(("unionMember", "union_member"))] = c.union_flag()
        if c.chance(0.2):
            ext["password"] = c.secret("password")
        user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = ext
    else:
        user.update(
            {"userName": "svc-backup", "displayName": "Backup Robot", "password": c.masked()}
        )
    return user


def kyc_check(c: Ctx) -> Any:
    p = not c.clean
    check: dict[str, Any] = {
        "id": c.uuid(),
        "status": "complete",
        "created_at": c.ts(),
        "result": c.pick(("clear", "consider")),
        "breakdown": {
            "sanctions": {"result": "clear"},
            "pep": False,
            "adverse_media": {"result": "clear"},
        },
    }
    if p:
        first, last = c.parts()
        doc_type = c.pick(("passport", "passport", "national_identity_card", "driving_licence"))
        applicant: dict[str, Any] = {
            "first_name": first,
            "last_name": last,
            "dob": c.dob(),
            "address": c.address_obj(),
        }
        document: dict[str, Any] = {
            "type": doc_type,
            "issuing_country": c.locale[-2:].upper(),
            "expiry_date": c.day(),
        }
        if doc_type == "passport":
            document["number"] = c.passport()
        elif doc_type == "national_identity_card":
            document["number"] = c.national_id()[1]
        else:
            document["number"] = c.rid("", 10).upper()
        check["applicant"] = applicant
        check["documents"] = [document]
        if c.chance(0.3):
            check["biometrics"] = {"face_template": c.face_embedding(), "liveness": "pass"}
        elif c.chance(0.5):
            check["biometrics"] = {"face_match_score": 0.973, "liveness": "pass"}
        if c.chance(0.3):
            check["device"] = {"ip": c.ip()}
    else:
        check["breakdown"]["pep"] = False
        check["eviction_history"] = "none"
    return check


def background_check(c: Ctx) -> Any:
    p = not c.clean
    report: dict[str, Any] = {
        "id": c.rid("", 24),
        "package": "driver_pro",
        "status": "complete",
        "completed_at": c.ts(),
        "motor_vehicle_report": {"status": "clear", "licence_class": "B"},
        "employment_verification": {"status": "clear"},
    }
    if p:
        report["candidate"] = {
            "full_name": c.name("full"),
            "dob": c.dob(),
            "ssn" if c.locale == "en_us" else "national_id": c.national_id()[1],
        }
        if c.chance(0.8):
            crim: dict[str, Any] = {"status": c.criminal_check()}
            if c.chance(0.4):
                crim["records"] = [
                    {
                        "offense": c.offence(),
                        "disposition": "convicted",
                        "county": c.coarse_place()["city"],
                    }
                ]
            report["criminal_search"] = crim
        if c.chance(0.3):
            report["adjudicator_note"] = body(c, ("criminal_record",), 0.8)
    else:
        report["sanctions_screening"] = {"status": "clear", "lists": ["OFAC", "EU"]}
        report["eviction_search"] = {"status": "clear"}
    return report


def ats_candidate(c: Ctx) -> Any:
    p = not c.clean
    cand: dict[str, Any] = {
        "id": c.num(10000, 999999),
        "created_at": c.ts(),
        "job": {
            "name": c.pick(("Backend Engineer", "Nurse Practitioner", "Store Manager")),
            "department": c.pick(pools.QUEUES),
        },
        "source": "LinkedIn",
        "tags": ["referral"],
    }
    if p:
        first, last = c.parts()
        cand.update(
            {
                "first_name": first,
                "last_name": last,
                "email_addresses": [{"value": c.email(first, last), "type": "personal"}],
                "phone_numbers": [{"value": c.phone()}],
                "recruiter": {"name": c.name("full")},
            }
        )
        eeo: dict[str, Any] = {}
        if c.chance(0.5):
            eeo["race"] = c.ethnicity() if c.chance(0.7) else "Prefer not to say"
        if c.chance(0.4):
            eeo["disability_status"] = c.pick(
                ("No, I do not have a disability", "Yes, I have a disability")
            )
            c.tag("health", "disability")
        if c.chance(0.3):
            eeo["veteran_status"] = "I am not a protected veteran"
        if eeo:
            cand["eeo"] = eeo
        if c.chance(0.3):
            cand["notes"] = body(c, ("criminal_record", "health", "trade_union"), 0.6)
        if c.chance(0.2):
            cand["right_to_work"] = {"document": "passport", "passport_number": c.passport()}
    else:
        cand["job"]["requirements"] = "Valid driving licence; knowledge of SQL UNION and joins."
        cand["eeo"] = {"race": "Keine Angabe" if c.lang == "de" else "Prefer not to say"}
    return cand


def rental_application(c: Ctx) -> Any:
    p = not c.clean
    app: dict[str, Any] = {
        "application_id": c.uuid(),
        "unit": {"ref": c.rid("U-", 5), "bedrooms": c.num(1, 4), "rent": c.money()},
        "submitted_at": c.ts(),
        "screening": {"credit_band": c.pick(("A", "B", "C")), "eviction_history": "none"},
    }
    if p:
        app["applicant"] = {
            "name": c.name(),
            "dob": c.dob(),
            "phone": c.phone(),
            "current_address": c.address(),
            "employer": c.company(),
            "monthly_income": c.amount(),
        }
        if c.chance(0.3):
            app["applicant"]["id_number"] = c.national_id()[1]
        elif c.chance(0.4):
            app["applicant"]["id_document"] = {"type": "passport", "number": c.passport()}
        if c.chance(0.3):
            app["cover_note"] = body(c, ("sex_life_orientation", "health", "religious_belief"), 0.8)
        if c.chance(0.3):
            app["screening"]["criminal"] = c.criminal_check()
        if c.chance(0.3):
            sort_code, account = c.uk_account()
            app["bank"] = {"sort_code": sort_code, "account_number": account}
    else:
        app["unit"]["address_hint"] = "near Church Lane"
    return app


def student_record(c: Ctx) -> Any:
    p = not c.clean
    rec: dict[str, Any] = {
        "student_id": c.rid("S", 7),
        "programme": "BSc Computer Science",
        "intake": "2026/27",
        "status": "enrolled",
        "modules": [{"code": "CS101", "grade": c.pick(("A", "B+", "C"))}],
    }
    if p:
        first, last = c.parts()
        rec["legalName"] = {"given": first, "family": last}
        rec["dateOfBirth"] = c.dob()
        rec["homeAddress"] = c.address_obj()
        if c.chance(0.4):
            rec["guardian"] = {"name": c.name("title"), "phone": c.phone()}
        if c.chance(0.3):
            rec["support_needs"] = c.pick(
                (
                    "Dyslexia - extra time 25%",
                    "ADHD, quiet room",
                    "Type 1 diabetes, may need breaks",
                )
            )
            c.tag("health", "support_needs")
        if c.chance(0.3):
            rec["equality_monitoring"] = {"ethnicity": c.ethnicity(), "religion": c.religion()}
        if c.chance(0.2):
            rec["personal_statement"] = body(c, ("racial_ethnic_origin", "religious_belief"), 0.8)
    else:
        rec["timetable"] = {"race_day_off": "Sports day - 5K race", "room": "B2.14"}
    return rec
