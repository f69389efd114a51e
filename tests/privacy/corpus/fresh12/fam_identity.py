"""Identity providers (SCIM, OIDC) and CRM contact lists."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def scim_user(c: Ctx) -> Any:
    if c.clean:
        return {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "id": c.uuid(),
            "displayName": c.pick(("Payroll", "Admissions", "Field Ops")),
            "members": [{"value": c.uuid(), "display": "svc-sync"}],
            "meta": {"resourceType": "Group", "version": 'W/"' + c.hex(8) + '"'},
        }
    f, last = c.person("scim_name")
    mail = c.email(f, last, "scim")
    u: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": c.uuid(),
        "userName": mail,
        "name": {"givenName": f, "familyName": last},
        "displayName": f"{f} {last}",
        "emails": [{"value": mail, "primary": True}],
        "active": True,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": str(c.rng.randint(1000, 99999)),
            "department": "Payroll",
            "manager": {"displayName": c.name("manager")},
        },
    }
    if c.chance(0.4):
        u["phoneNumbers"] = [{"value": c.phone(), "type": "work"}]
    if c.chance(0.3):
        u["password"] = c.secret("password")
    if c.chance(0.4):
        u["urn:example:audit"] = {"lastLoginIp": c.ip(detail="last_login"), "lastLogin": c.ts()}
    return u


def oidc_tokens(c: Ctx) -> Any:
    if c.clean:
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "kid": c.hex(8),
                    "use": "sig",
                    "alg": "RS256",
                    "n": c.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-", 86),
                    "e": "AQAB",
                }
            ],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            "client_secret": "[REDACTED]",
            "access_token": None,
        }
    out: dict[str, Any] = {
        "token_type": "Bearer",
        "expires_in": 3600,
        "access_token": c.secret("jwt"),
        "scope": "openid profile email",
    }
    if c.chance(0.5):
        out["refresh_token"] = c.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh", 40)
    if c.chance(0.5):
        f, last = c.person("userinfo")
        out["userinfo"] = {
            "sub": c.uuid(),
            "given_name": f,
            "family_name": last,
            "email": c.email(f, last),
            "email_verified": True,
            "birthdate": c.dob(detail="oidc_claim"),
            "locale": c.pick(("de-DE", "fr-FR")),
        }
    return out


def crm_contacts(c: Ctx) -> Any:
    results: list[dict[str, Any]] = []
    for _ in range(c.rng.randint(2, 4)):
        if c.clean or c.chance(0.3):
            results.append(
                {
                    "id": str(c.rng.randint(100, 9999)),
                    "properties": {
                        "name": c.pick(
                            (
                                "Dr. Oetker",
                                "Morgan Stanley",
                                "Fundación Vicente Ferrer",
                                "Casa Mariana Hostel",
                            )
                        ),
                        "type": "company",
                        "domain": "example.org",
                        "city": c.pick(("Bilbao", "Lyon", "Bremen")),
                        "lifecyclestage": "customer",
                    },
                }
            )
            continue
        f, last = c.person("contact")
        props: dict[str, Any] = {
            "firstname": f,
            "lastname": last,
            "jobtitle": c.pick(("Buyer", "Head of Facilities")),
        }
        if c.chance(0.6):
            props["email"] = c.email(f, last)
        if c.chance(0.4):
            props["notes_last_contacted"] = (
                c.pick(("left voicemail", "met at trade fair")) + ". " + c.trap()
            )
        results.append({"id": str(c.rng.randint(100, 9999)), "properties": props})
    return {
        "results": results,
        "paging": {"next": {"after": str(c.rng.randint(10, 99))}},
        "total": len(results),
    }
