"""Operator roles and what each may do: the permission matrix the admin API enforces.

This module is the source of truth. `docs/admin.md` renders the same matrix, and a test fails
when the two disagree. Every admin endpoint names one permission from `PERMISSIONS`; an
endpoint naming anything else is refused when the admin app is built, so no endpoint can
exist outside the matrix.

Least privilege: each role gets the permissions its job needs and nothing else. Only `owner`
holds `operators.privileged` (managing operators whose role is owner or admin). Every role but
`auditor` logs in with a second factor (TOTP): those roles can change things or read personal
data, and will gain duties in later slices. `auditor` needs none, so it must stay read-only:
building this module fails if a role without the second factor holds a write permission.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# A permission every signed-in operator has: their own session (who am I, log out, change my
# password) and the API description.
SESSION: Final = "session.self"
# Not a permission but a marker for the one endpoint that needs no session: the login itself.
PUBLIC: Final = "public"


@dataclass(frozen=True)
class Permission:
    name: str
    description: str

    @property
    def writes(self) -> bool:
        """True when the permission lets its holder change something."""
        return not (self.name.endswith(".read") or self.name == SESSION)


PERMISSIONS: Final[tuple[Permission, ...]] = (
    Permission(SESSION, "see who they are, log out, change their own password, read the API "
                        "description"),
    Permission("config.read", "read the configuration being served"),
    Permission("config.reload", "re-read and apply the configuration file"),
    Permission("inventory.read", "read the privacy inventory"),
    Permission("routes.read", "read the configured routes"),
    Permission("orgs.read", "read organizations"),
    Permission("orgs.write", "create, change and delete organizations"),
    Permission("clients.read", "read clients (machine integrations)"),
    Permission("clients.write", "create, change and delete clients and their secrets"),
    Permission("keys.read", "read API key metadata (never the secrets)"),
    Permission("keys.write", "create and rotate API keys"),
    Permission("keys.revoke", "revoke API keys (incident response)"),
    Permission("accounts.read", "read developer accounts"),
    Permission("accounts.write", "create, change and disable developer accounts"),
    Permission("signing_keys.read", "read token signing key metadata"),
    Permission("signing_keys.write", "rotate and retire token signing keys"),
    Permission("operators.read", "read operator accounts"),
    Permission("operators.write", "create, change, disable and reset operators below admin"),
    Permission("operators.privileged", "manage operators with the owner or admin role"),
    Permission("operators.unlock", "lift a login lockout"),
    Permission("sessions.revoke", "end another operator's sessions"),
    Permission("audit.read", "read the audit log"),
    Permission("holds.read", "read legal holds"),
    Permission("holds.write", "place and release legal holds (they pause retention purges)"),
    Permission("rights.read", "read data subject rights requests, with the requester's "
                              "identifiers and contact address"),
    Permission("rights.write", "file, verify, advance, deny, extend and complete rights "
                               "requests (advancing carries them out, erasure included)"),
    Permission("consents.read", "read consent records and the people marked as minors"),
    Permission("consents.write", "record and withdraw consents, mark minors and record their "
                                 "guardian authorizations"),
    Permission("governance.read", "read the record of processing, transfers, the "
                                  "disclosure log and who is told of policy changes"),
    Permission("governance.write", "record disclosures to authorities, with their legal "
                                   "reference, and subscribe clients to policy changes"),
    Permission("policy.publish", "publish the privacy policy the served configuration gives, "
                                 "as its approver"),
    Permission("support.read", "read support tickets, with the requester's contact and "
                               "description (reading one is audited)"),
    Permission("support.write", "open and close support tickets"),
    Permission("support.logs.read", "read a requester's access-log rows under their open "
                                    "support ticket (every read audited)"),
    Permission("incidents.read", "read incident records, their description and timeline "
                                 "(reading one is audited)"),
    Permission("incidents.write", "record incidents, change their status, add timeline notes, "
                                  "record notifications and link tickets"),
)

_BY_NAME: Final = {p.name: p for p in PERMISSIONS}

_READ_ALL_IDENTITY = frozenset({
    "config.read", "inventory.read", "routes.read", "orgs.read", "clients.read", "keys.read",
    "accounts.read",
})


@dataclass(frozen=True)
class Role:
    name: str
    description: str
    permissions: frozenset[str]
    requires_totp: bool = True

    @property
    def writes(self) -> bool:
        """True when the role can change anything."""
        return any(_BY_NAME[name].writes for name in self.permissions)


ROLES: Final[tuple[Role, ...]] = (
    Role("owner", "runs the deployment; the only role that manages owners and admins",
         frozenset(p.name for p in PERMISSIONS)),
    Role("admin", "day-to-day administration of tenants, clients, keys and configuration",
         frozenset({SESSION, *_READ_ALL_IDENTITY, "config.reload", "orgs.write",
                    "clients.write", "keys.write", "keys.revoke", "accounts.write",
                    "signing_keys.read", "signing_keys.write", "operators.read",
                    "operators.write", "operators.unlock", "sessions.revoke", "holds.read",
                    "holds.write", "rights.read", "rights.write", "consents.read",
                    "consents.write", "governance.read", "support.read", "support.write",
                    "incidents.read"})),
    Role("security", "incident response: reads everything security-relevant, revokes keys and "
                     "sessions, lifts lockouts, records incidents",
         frozenset({SESSION, *_READ_ALL_IDENTITY, "keys.revoke", "signing_keys.read",
                    "operators.read", "operators.unlock", "sessions.revoke", "audit.read",
                    "support.read", "incidents.read", "incidents.write"})),
    Role("privacy_officer", "oversees personal data: reads the inventory, identities and the "
                            "audit log; places and releases legal holds; handles rights "
                            "requests and the notification of personal data breaches",
         frozenset({SESSION, "config.read", "inventory.read", "routes.read", "orgs.read",
                    "clients.read", "accounts.read", "audit.read", "holds.read",
                    "holds.write", "rights.read", "rights.write", "consents.read",
                    "consents.write", "governance.read", "governance.write",
                    "policy.publish", "support.read", "support.write", "incidents.read",
                    "incidents.write"})),
    Role("support", "helps developers and people: reads organizations, clients, key metadata, "
                    "accounts and support tickets, and a requester's access log under their "
                    "open ticket; changes nothing",
         frozenset({SESSION, "config.read", "routes.read", "orgs.read", "clients.read",
                    "keys.read", "accounts.read", "support.read", "support.logs.read"})),
    Role("auditor", "read-only: the audit log and the configuration",
         frozenset({SESSION, "config.read", "audit.read", "governance.read"}),
         requires_totp=False),
)

ROLE_NAMES: Final[tuple[str, ...]] = tuple(role.name for role in ROLES)
_ROLES: Final = {role.name: role for role in ROLES}
# Roles only an operator with `operators.privileged` may grant, change or reset.
PRIVILEGED_ROLES: Final = frozenset({"owner", "admin"})


def role(name: str) -> Role:
    """The role called `name`; `KeyError` for an unknown one."""
    return _ROLES[name]


def permission(name: str) -> Permission:
    """The permission called `name`; `KeyError` for an unknown one."""
    return _BY_NAME[name]


def is_permission(name: str) -> bool:
    return name in _BY_NAME


def allowed(role_name: str, permission_name: str) -> bool:
    """Whether `role_name` holds `permission_name`. Unknown roles hold nothing."""
    found = _ROLES.get(role_name)
    return found is not None and permission_name in found.permissions


def requires_totp(role_name: str) -> bool:
    """Whether logging in with this role needs a TOTP code (unknown roles: yes)."""
    found = _ROLES.get(role_name)
    return found is None or found.requires_totp


def _check() -> None:
    for each in ROLES:
        unknown = each.permissions - _BY_NAME.keys()
        if unknown:
            raise RuntimeError(f"role {each.name} names unknown permissions {sorted(unknown)}")
        if each.writes and not each.requires_totp:
            raise RuntimeError(f"role {each.name} can change things, so it needs TOTP")


_check()


MATRIX_BEGIN: Final = "<!-- permission-matrix:begin -->"
MATRIX_END: Final = "<!-- permission-matrix:end -->"


def matrix_markdown() -> str:
    """The matrix as the Markdown table `docs/admin.md` carries between the markers."""
    header = ["permission", *(f"`{r.name}`" for r in ROLES), "allows"]
    lines = [MATRIX_BEGIN, "| " + " | ".join(header) + " |",
             "|" + "---|" * len(header)]
    for perm in PERMISSIONS:
        marks = ["✓" if perm.name in r.permissions else "" for r in ROLES]
        lines.append(f"| `{perm.name}` | " + " | ".join(marks) + f" | {perm.description} |")
    marks = ["✓" if r.requires_totp else "" for r in ROLES]
    lines.append("| *TOTP at login* | " + " | ".join(marks) + " | a second factor is required |")
    lines.append(MATRIX_END)
    return "\n".join(lines)
