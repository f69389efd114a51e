"""Dating and social app families."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import EMAIL, FULL, MESSAGE, fam


@fam("dating_profile", 5)
def dating_profile(c: Ctx) -> Any:
    doc: dict[str, Any] = {"id": c.uuid(), c.k("display name|anzeigename|pseudo|nombre"):
                           c.first(), c.k("age|alter|âge|edad"): c.num(19, 64),
                           c.k("city|stadt|ville|ciudad"): c.city()}
    fields = [("orientation|orientierung|orientation|orientación", c.orientation),
              ("religion|religion|religion|religión", c.religion),
              ("ethnicity|herkunft|origine|etnia", c.ethnicity),
              ("politics|politik|politique|política", c.party)]
    for key, gen in c.sample(fields, c.num(1, 3)):
        doc[c.k(key)] = gen()
    doc[c.k("bio|über mich|à propos|sobre mí")] = c.note(0.8)
    return doc


@fam("match_preferences", 4, clean=True)
def match_prefs(c: Ctx) -> Any:
    return {"user": c.uuid(), c.k("age range|altersbereich|tranche d'âge|rango de edad"):
            [c.num(18, 30), c.num(31, 60)], c.k("max distance km|max entfernung km|distance max "
                                               "km|distancia máx km"): c.num(5, 100),
            c.k("smoker|raucher|fumeur|fumador"): c.pick(["no", "sometimes", "any"]),
            "show_me_online": c.chance(0.5)}


@fam("dating_moderation_report", 4)
def moderation_report(c: Ctx) -> Any:
    return {"report": c.ref("MOD"), "reporter": f"user_{c.alnum(6, 'abcdefghjkmnpqrs')}",
            "reported": f"user_{c.alnum(6, 'abcdefghjkmnpqrs')}",
            "reason": c.pick(["harassment", "fake_profile", "spam"]), "moderator_note": c.note(0.8),
            "details": c.special_any(("criminal_record", "sex_life_orientation",
                                      "racial_ethnic_origin")),
            "reporter_ip": c.ip()}


@fam("dating_messages", 4)
def dating_messages(c: Ctx) -> Any:
    return [{"from": "a", "text": c.note(0.7)},
            {"from": "b", "text": c.special_any()},
            {"from": "a", "text": c.t("Text me on|Schreib mir an|Écris-moi au|Escríbeme al") + " "
             + c.phone() if c.chance(0.6) else c.t("Mail me:|Mail an:|Mon mail :|Mi correo:")
             + " " + c.email()}]


@fam("social_post_moderation", 4)
def social_post(c: Ctx) -> Any:
    return {"post_id": c.uuid(), "lang": c.lang, "text": c.special_any(
        ("political_opinion", "racial_ethnic_origin", "religious_belief")),
        "classifier": {"toxicity": round(c.rng.uniform(0, 1), 3), "label": "review"}}


@fam("social_analytics", 3, langs="en", clean=True)
def social_analytics(c: Ctx) -> Any:
    c.decoy("aggregate_stats")
    return {"day": c.day(), "dau": c.num(10000, 900000), "retention_d7": round(
        c.rng.uniform(0.1, 0.5), 4), "by_country": {cc: c.num(100, 90000) for cc in
                                                    ["DE", "FR", "ES", "GB"]}}


@fam("photo_verification", 3, langs="en", style="camel")
def photo_verification(c: Ctx) -> Any:
    return {"userId": c.uuid(), "selfie": {"embedding": c.face_embedding(20),
                                           "model": "facenet-512"},
            "matchScore": round(c.rng.uniform(0.5, 1), 3), "verified": True}


@fam("recommender_embeddings", 3, langs="en", clean=True)
def recommender(c: Ctx) -> Any:
    return {"model": "items-v" + c.version(), "items": [
        {"sku": c.sku(), "embedding": c.embedding()} for _ in range(2)]}


@fam("oauth_social_login", 3, langs="en", style="snake")
def oauth_social_login(c: Ctx) -> Any:
    return {"provider": c.pick(["google", "apple", "facebook"]),
            "client_id": f"{c.num(100, 999)}-{c.alnum(20, 'abcdefghijklmnop')}.apps",
            "client_secret": c.secret("generic"), "redirect_uri":
            "https://kindred-dating.app/auth/callback", "profile": {"email": c.email()}}


@fam("event_rsvp", 3)
def event_rsvp(c: Ctx) -> Any:
    return {"event": c.t("Board games night|Spieleabend|Soirée jeux|Noche de juegos"),
            "rsvps": [{c.k(FULL): c.name(), c.k(EMAIL): c.email(), "plus_one": c.chance(0.3),
                       "comment": c.note(0.8)} for _ in range(c.num(2, 3))]}


@fam("dna_match_dating", 3, langs="en")
def dna_match(c: Ctx) -> Any:
    return {"user": c.uuid(), "hla_typing": {"HLA-A": f"*0{c.num(1, 3)}:01",
                                             "HLA-B": f"*{c.num(7, 58)}:01"},
            "snps": c.genotype(), "compatibility": round(c.rng.uniform(0, 1), 2)}


@fam("dating_safety_checkin", 3)
def safety_checkin(c: Ctx) -> Any:
    return {"date_id": c.uuid(), "share_with": c.phone(), c.k(MESSAGE): c.t(
        "I'm here, all good.|Bin da, alles gut.|Je suis arrivée, tout va bien.|Ya he llegado, "
        "todo bien."), "location": c.precise_str()}


@fam("community_guidelines", 3, clean=True)
def guidelines(c: Ctx) -> Any:
    return {"section": c.pick(["respect", "safety"]), "text": c.t(
        "Do not ask other members about their religion, health or politics unless they bring "
        "it up.|Frag andere nicht nach Religion, Gesundheit oder Politik.|Ne demandez pas aux "
        "membres leur religion, leur santé ou leurs opinions politiques.|No preguntes por la "
        "religión, la salud o la política de otros miembros."), "version": c.version()}


@fam("profile_schema", 3, langs="en", clean=True)
def profile_schema(c: Ctx) -> Any:
    c.decoy("form_schema")
    return {"type": "object", "properties": {
        "orientation": {"enum": ["straight", "gay", "lesbian", "bisexual", "prefer_not_to_say"]},
        "religion": {"type": "string", "maxLength": 40},
        "politics": {"enum": ["liberal", "moderate", "conservative", "apolitical"]},
        "email": {"type": "string", "format": "email"}}, "additionalProperties": False}


@fam("dating_subscription_invoice", 3)
def dating_invoice(c: Ctx) -> Any:
    card = c.card() if c.chance(0.7) else c.masked_card()
    return {"invoice": c.order_no(), "bill_to": {c.k(FULL): c.name(),
                                                 c.k("address|anschrift|adresse|dirección"):
                                                     c.address()},
            "card": card, "plan": "Kindred Gold", "total": c.money()}
