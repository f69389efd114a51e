"""Session replay and UX: rrweb, heatmaps, surveys, chatbots, search logs, support widgets."""

from typing import Any

from .common import app, query, slug
from .doc import Doc, Json

SURVEY_Q = {
    "en": [
        "What almost stopped you from signing up?",
        "Anything else we should know?",
        "How can we make the app work better for you?",
    ],
    "de": [
        "Was hätte dich fast von der Anmeldung abgehalten?",
        "Möchtest du uns noch etwas sagen?",
        "Wie können wir die App für dich verbessern?",
    ],
    "fr": [
        "Qu'est-ce qui a failli vous empêcher de vous inscrire ?",
        "Autre chose à nous dire ?",
        "Comment améliorer l'appli pour vous ?",
    ],
    "es": [
        "¿Qué casi te impidió registrarte?",
        "¿Algo más que debamos saber?",
        "¿Cómo podemos mejorar la app para ti?",
    ],
}
BOT = {
    "en": [
        "Hi, I'm the virtual assistant. What's on your mind?",
        "Thanks for sharing that.",
        "I can connect you with a human agent.",
    ],
    "de": [
        "Hallo, ich bin der digitale Assistent. Worum geht es?",
        "Danke, dass du das teilst.",
        "Ich verbinde dich gern mit einer Person aus dem Team.",
    ],
    "fr": [
        "Bonjour, je suis l'assistant virtuel. De quoi s'agit-il ?",
        "Merci de nous l'avoir dit.",
        "Je peux vous mettre en relation avec un conseiller.",
    ],
    "es": [
        "Hola, soy el asistente virtual. ¿En qué te ayudo?",
        "Gracias por contárnoslo.",
        "Puedo pasarte con una persona del equipo.",
    ],
}


def rrweb_full_snapshot(d: Doc) -> Json:
    a = d.address()
    name = d.name()
    nid = 10

    def node(tag: str, text: str, attrs: dict[str, str] | None = None) -> dict[str, Any]:
        nonlocal nid
        nid += 2
        return {
            "type": 2,
            "tagName": tag,
            "attributes": attrs or {},
            "childNodes": [{"type": 3, "textContent": text, "id": nid + 1}],
            "id": nid,
        }

    children = [
        node("h2", d.pick(["Checkout", "Lieferadresse", "Adresse de livraison", "Dirección"])),
        node("span", name, {"class": "recipient"}),
        node("span", a.full, {"class": "address-line"}),
    ]
    inputs = [
        {
            "type": 2,
            "tagName": "input",
            "id": 40,
            "attributes": {"name": "phone", "value": d.phone(), "type": "tel"},
            "childNodes": [],
        },
        {
            "type": 2,
            "tagName": "input",
            "id": 42,
            "attributes": {
                "name": "card",
                "value": "••••",
                "type": "text",
                "rr_is_password": False,
            },
            "childNodes": [],
        },
    ]
    return [
        {
            "type": 4,
            "data": {
                "href": "https://shop.example-store.com/checkout",
                "width": 390,
                "height": 844,
            },
            "timestamp": d.epoch_ms(),
        },
        {
            "type": 2,
            "data": {
                "node": {
                    "type": 0,
                    "childNodes": [
                        {
                            "type": 2,
                            "tagName": "form",
                            "id": 5,
                            "attributes": {"id": "checkout"},
                            "childNodes": children + inputs,
                        }
                    ],
                    "id": 1,
                },
                "initialOffset": {"top": 0, "left": 0},
            },
            "timestamp": d.epoch_ms(),
        },
    ]


def rrweb_input_events(d: Doc) -> Json:
    events: list[dict[str, Any]] = []
    field_text = d.text_any(0.35)
    steps = [field_text[: len(field_text) // 2], field_text]
    for text in steps:
        events.append(
            {
                "type": 3,
                "data": {"source": 5, "text": text, "isChecked": False, "id": 77},
                "timestamp": d.epoch_ms(),
            }
        )
    # the first, partial keystroke snapshot is a prefix of the final one, which carries the data
    if d.chance(0.4):
        events.append(
            {
                "type": 3,
                "data": {"source": 5, "text": d.email(), "isChecked": False, "id": 81},
                "timestamp": d.epoch_ms(),
            }
        )
    events.append(
        {
            "type": 3,
            "data": {"source": 2, "type": 2, "id": 90, "x": 180, "y": 611},
            "timestamp": d.epoch_ms(),
        }
    )
    return {"session": d.uuid(), "page": "/feedback", "events": events}


def heatmap_click_path(d: Doc) -> Json:
    site = slug(app(d, d.pick(["retail", "health", "social"])))
    path = [
        {"url": f"https://www.{site}.com/", "selector": "nav > a.search", "x": 120, "y": 40},
    ]
    kind = d.special_kind(("health", "religious_belief", "sex_life_orientation", "criminal_record"))
    if d.chance(0.35):
        path.append(
            {
                "url": f"https://www.{site}.com/search?{query({'q': d.say_encoded(kind)})}",
                "selector": "ul.results > li:nth-child(1)",
                "x": 200,
                "y": 310,
            }
        )
    else:
        path.append(
            {
                "url": f"https://www.{site}.com/search?{query({'q': d.say_encoded('neutral')})}",
                "selector": "ul.results > li:nth-child(2)",
                "x": 210,
                "y": 330,
            }
        )
    if d.chance(0.5):
        path.append(
            {
                "url": f"https://www.{site}.com/account?{query({'email': d.enc(d.email())})}",
                "selector": "button#save",
                "x": 300,
                "y": 720,
            }
        )
    return {"visitor": d.hex(16), "device": "mobile", "clicks": path, "recorded": d.ts()}


def nps_response(d: Doc) -> Json:
    score = d.rng.randint(0, 10)
    r = d.rng.random()
    if r < 0.35:
        comment = d.say_special()
    elif r < 0.65:
        comment = d.say_ordinary()
    else:
        comment = d.neutral()
    body: dict[str, Any] = {
        "survey": "nps-q" + str(d.rng.randint(1, 4)),
        "score": score,
        "comment": comment,
        "respondent": {"id": f"r_{d.hex(8)}"},
        "answered_at": d.ts(),
    }
    if d.chance(0.5):
        body["respondent"]["email"] = d.email()
    return body


def inapp_survey_multi(d: Doc) -> Json:
    qs = SURVEY_Q[d.lang]
    answers = []
    for i, question in enumerate(d.rng.sample(qs, d.rng.randint(2, 3))):
        text = d.say_special() if (i == 0 or d.chance(0.7)) else d.neutral()
        answers.append({"question": question, "answer": text})
    return {
        "survey_id": f"s-{d.hex(6)}",
        "user": f"u_{d.hex(10)}",
        "answers": answers,
        "app": app(d, d.pick(["health", "social", "fitness"])),
        "locale": d.locale(),
    }


def chatbot_transcript(d: Doc) -> Json:
    bot = BOT[d.lang]
    turns = [
        {"role": "assistant", "content": bot[0]},
        {"role": "user", "content": d.say_special()},
        {"role": "assistant", "content": bot[1]},
        {"role": "user", "content": d.say_special()},
    ]
    if d.chance(0.5):
        turns.append({"role": "user", "content": d.say_special()})
    if d.chance(0.4):
        turns.append({"role": "user", "content": d.say_ordinary()})
    turns.append({"role": "assistant", "content": bot[2]})
    return {
        "conversation_id": d.uuid(),
        "channel": d.pick(["in_app", "web", "whatsapp"]),
        "messages": turns,
        "model": "support-bot-v4",
        "started": d.ts(),
    }


def app_search_log(d: Doc) -> Json:
    queries = [{"q": d.neutral(), "results": d.rng.randint(0, 30), "at": d.ts()}]
    for _ in range(d.rng.randint(2, 3)):
        queries.append({"q": d.say_special(), "results": d.rng.randint(0, 30), "at": d.ts()})
    d.rng.shuffle(queries)
    return {
        "user": f"u_{d.hex(10)}",
        "app": app(d, d.pick(["health", "social", "retail"])),
        "searches": queries,
    }


def support_widget(d: Doc) -> Json:
    parts = d.name_parts()
    body: dict[str, Any] = {
        "ticket": {
            "subject": d.pick(["Help", "Hilfe", "Aide", "Ayuda"]),
            "body": d.text_any(0.35),
            "requester": {"name": f"{parts[0]} {parts[1]}", "email": d.email(parts)},
        },
        "metadata": {"app_version": d.version(), "os": d.pick(["iOS 17.4", "Android 14"])},
    }
    if d.chance(0.4):
        body["ticket"]["requester"]["phone"] = d.phone()
    return body


REVIEWERS = ["lecteur", "nachteule", "gatito", "moonfox"]
FORUM_TITLE = {
    "en": "Does anyone else have this problem?",
    "de": "Hat noch jemand dieses Problem?",
    "fr": "Quelqu'un d'autre a ce souci ?",
    "es": "¿A alguien más le pasa esto?",
}
AGENT = {
    "en": "Customer called about the app.",
    "de": "Kundin hat wegen der App angerufen.",
    "fr": "Le client a appelé au sujet de l'appli.",
    "es": "El cliente llamó por la app.",
}


def community_forum_thread(d: Doc) -> Json:
    handles = ["moonlit", "kaffee_klatsch", "petit_nuage", "sol_y_sombra", "nordlicht", "azahar"]
    posts = [
        {
            "author": f"@{d.pick(handles)}{d.rng.randint(1, 99)}",
            "body": d.say_special(),
            "likes": d.rng.randint(0, 40),
        }
        for _ in range(5)
    ]
    return {
        "thread_id": f"t_{d.hex(10)}",
        "community": app(d, "social"),
        "title": FORUM_TITLE[d.lang],
        "posts": posts,
        "exported": d.ts(),
    }


def voice_assistant_log(d: Doc) -> Json:
    utterances = [
        {
            "asr_text": t,
            "confidence": round(d.rng.uniform(0.71, 0.98), 2),
            "intent": d.pick(["note.create", "search.query", "reminder.create", "fallback"]),
        }
        for t in [*d.say_specials(5), d.neutral()]
    ]
    d.rng.shuffle(utterances)
    return {
        "device": {"type": d.pick(["speaker", "phone", "car"]), "locale": d.locale()},
        "session": d.uuid(),
        "utterances": utterances,
        "retention_days": 30,
    }


def crm_notes_sync(d: Doc) -> Json:
    notes = [{"by": "agent", "text": AGENT[d.lang], "at": d.ts()}]
    for t in d.say_specials(5):
        notes.append({"by": "customer_quote", "text": t, "at": d.ts()})
    return {
        "object": "contact",
        "id": f"ct_{d.hex(10)}",
        "properties": {"email": d.email(), "lifecycle": d.pick(["customer", "lead"])},
        "notes": notes,
    }


def review_export(d: Doc) -> Json:
    """An app-store review export; the review texts are what users typed."""
    reviews = [
        {
            "review_id": d.hex(12),
            "author_handle": f"{d.pick(REVIEWERS)}{d.rng.randint(1, 999)}",
            "rating": d.rng.randint(1, 5),
            "text": t,
            "app_version": d.version(),
        }
        for t in d.say_specials(5)
    ]
    return {
        "app": app(d, d.pick(["health", "social", "dating", "faith"])),
        "store": d.pick(["google_play", "app_store"]),
        "reviews": reviews,
    }
