"""Dating, gaming, adtech and fitness-community payloads."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def dating_profile(c: Ctx) -> Any:
    if c.clean:
        return {
            "flags": {
                "incognito": False,
                "pride_badge_campaign": "2026-06",
                "verification": "selfie_liveness",
            },
            "app": {"version": c.version(), "locale": c.pick(("de-DE", "es-ES"))},
            "interests_catalog": ["hiking", "Religion & Spirituality books", "board games"],
        }
    f, _ = c.person("display_name")
    p: dict[str, Any] = {"id": c.hex(16), "name": f, "age": c.rng.randint(21, 59), "bio": c.trap()}
    if c.chance(0.7):
        p["orientation"] = c.pick(("gay", "bisexual", "lesbian", "queer"))
        c.add("sex_life_orientation", "profile_field")
    if c.chance(0.4):
        p["religion"] = c.pick(("Muslim", "Jewish", "Hindu", "Christian - Orthodox"))
        c.add("religious_belief", "profile_field")
    if c.chance(0.25):
        p["politics"] = c.pick(("Liberal", "Conservative", "Left-wing", "Green voter"))
        c.add("political_opinion", "profile_field")
    if c.chance(0.3):
        p["ethnicity"] = c.pick(("South Asian", "Black", "Latina"))
        c.add("racial_ethnic_origin", "profile_field")
    if c.chance(0.4):
        lat, lon = c.coords("last_seen")
        p["location"] = {"lat": lat, "lon": lon}
    else:
        lat, lon = c.coarse()
        p["location"] = {"lat": lat, "lon": lon, "precision": "city"}
    if c.chance(0.3):
        p["bio"] = c.text(c.pick(("sex_life_orientation", "religious_belief", "political_opinion")))
    return {"user": p}


def game_event(c: Ctx) -> Any:
    ev: dict[str, Any] = {
        "event": c.pick(("match_end", "chat_message", "report")),
        "player": {
            "id": c.hex(10),
            "gamertag": "xX_" + c.hex(4) + "_Xx",
            "health": c.rng.randint(0, 100),
            "race": "Elf",
        },
    }
    if c.clean:
        ev["server"] = {"region": "eu-west", "build": "10.0.19045.3803", "tick": 64}
        ev["chat"] = c.pick(("gg wp", "anyone up for a race on Rainbow Road?", "brb"))
        return ev
    ev["client_ip"] = c.ip()
    if c.chance(0.5):
        ev["chat"] = c.text(
            c.pick(("sex_life_orientation", "religious_belief", "racial_ethnic_origin", "health")),
            c.pick(("en", "es")),
        )
    if c.chance(0.3):
        ev["account"] = {"email": c.email(), "dob": c.dob()}
    return ev


def ad_event(c: Ctx) -> Any:
    ev: dict[str, Any] = {
        "event": "page_view",
        "anonymous_id": c.uuid(),
        "ts": c.epoch(),
        "page": {"path": "/checkout", "referrer": "https://search.example"},
        "context": {
            "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
            "library": {"version": c.version()},
        },
    }
    if c.clean:
        ev["context"]["geo"] = {"country": "FR", "city": "Lyon"}
        ev["traits"] = {"email_sha256": c.hex(64), "segment": "returning"}
        return ev
    ev["context"]["ip"] = c.ip()
    if c.chance(0.5):
        lat, lon = c.coords("device_geo")
        ev["context"]["location"] = {"latitude": lat, "longitude": lon}
    if c.chance(0.4):
        ev["page"]["url"] = f"https://shop.example/confirm?email={c.email(detail='url_param')}"
    if c.chance(0.3):
        ev["traits"] = {
            "interest_segments": ["lgbtq_travel_intender"],
            "declared": c.text("sex_life_orientation", "en"),
        }
    return ev
