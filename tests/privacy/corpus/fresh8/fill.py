"""Filler and hard negatives: values that never form a kind.

Random hex and base64 never contain a run of 7 or more digits (``gen.rand_str``), four-part
version strings always have a part above 255, coarse coordinates have at most 3 decimals and
the card- and IBAN-shaped decoys fail their checksums.
"""

from __future__ import annotations

import base64
import random
import string

from . import gen

HEX = "0123456789abcdef"


def uuid(rng: random.Random) -> str:
    raw = gen.rand_str(rng, HEX, 32)
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-{rng.choice('89ab')}{raw[17:20]}-{raw[20:]}"


def hexstr(rng: random.Random, length: int) -> str:
    return gen.rand_str(rng, HEX, length)


def b64(rng: random.Random, length: int) -> str:
    return gen.rand_str(rng, gen.B64, length)


def ident(rng: random.Random, prefix: str, length: int = 10) -> str:
    return prefix + gen.rand_str(rng, gen.ALNUM, length)


def short_code(rng: random.Random, prefix: str = "", length: int = 6) -> str:
    return prefix + gen.rand_str(rng, gen.UPPER_DIGITS, length)


def timestamp(rng: random.Random) -> str:
    return (f"20{rng.randint(23, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z")


def date(rng: random.Random) -> str:
    return f"20{rng.randint(23, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def epoch(rng: random.Random) -> int:
    return rng.randint(1_690_000_000, 1_760_000_000)


def semver(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"


def build_version(rng: random.Random) -> str:
    """Four-part build number; the third part is above 255 so it is never an IPv4 address."""
    major, minor = rng.randint(1, 12), rng.randint(0, 9)
    return f"{major}.{minor}.{rng.randint(1000, 29999)}.{rng.randint(1, 999)}"


def sku(rng: random.Random) -> str:
    letters = gen.rand_str(rng, string.ascii_uppercase, 3)
    return f"{letters}-{rng.randint(100, 9999)}-{rng.choice('SMLX')}"


def ean13(rng: random.Random) -> str:
    body = "40" + gen.digits(rng, 10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str(-total % 10)


def money(rng: random.Random, low: int = 5, high: int = 900) -> float:
    return round(rng.uniform(low, high), 2)


def coarse_coord(rng: random.Random, decimals: int | None = None) -> tuple[float, float]:
    places = decimals if decimals is not None else rng.choice([1, 2, 3])
    return (round(rng.uniform(36.0, 58.0), places), round(rng.uniform(-9.0, 20.0), places))


def luhn_failing_card(rng: random.Random) -> str:
    """Card-shaped number (right prefix and length) whose Luhn check fails."""
    good = gen.card_digits(rng, rng.choice(list(gen.CARD_PREFIXES)))
    wrong = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return good[:-1] + wrong


def bad_iban(rng: random.Random, country: str) -> str:
    good = gen.iban(rng, country)
    check = int(good[2:4])
    wrong = (check + rng.randint(1, 40)) % 97
    wrong = wrong if wrong >= 2 else wrong + 2
    return good[:2] + f"{wrong:02d}" + good[4:]


def last4(rng: random.Random) -> str:
    return gen.digits(rng, 4)


def pm_token(rng: random.Random) -> str:
    return "pm_" + gen.rand_str(rng, gen.ALNUM, 24)


def sha256(rng: random.Random) -> str:
    return hexstr(rng, 64)


def commit_sha(rng: random.Random) -> str:
    return hexstr(rng, 40)


def bcrypt_hash(rng: random.Random) -> str:
    return "$2b$12$" + gen.rand_str(rng, gen.ALNUM + "./", 53)


def argon2_hash(rng: random.Random) -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + gen.rand_str(rng, gen.ALNUM + "+/", 22) + "$"
            + gen.rand_str(rng, gen.ALNUM + "+/", 43))


def masked_secret(rng: random.Random) -> str:
    return rng.choice(["********", "[REDACTED]", "sk_live_****************", "<redacted>", "***"])


def public_key_pem(rng: random.Random) -> str:
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(rng, 300)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def certificate_pem(rng: random.Random) -> str:
    body = "MIIDdzCCAl+gAwIBAgIE" + b64(rng, 360)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_public_key(rng: random.Random) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(rng, 43) + " deploy@ci-runner-07"


def fingerprint(rng: random.Random) -> str:
    raw = hexstr(rng, 64).upper()
    return ":".join(raw[i : i + 2] for i in range(0, 64, 2))


def png_b64(rng: random.Random, length: int = 160) -> str:
    return "iVBORw0KGgoAAAANSUhEUgAA" + b64(rng, length) + "=="


def opaque_b64(rng: random.Random, raw_len: int = 48) -> str:
    """Base64 of random bytes that are not a secret (e.g. a thumbnail or an etag)."""
    while True:
        raw = bytes(rng.randrange(256) for _ in range(raw_len))
        text = base64.b64encode(raw).decode()
        if not any(run for run in _digit_runs(text) if len(run) >= 7):
            return text


def _digit_runs(text: str) -> list[str]:
    runs, current = [], ""
    for char in text:
        if char.isdigit():
            current += char
        else:
            if current:
                runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs
