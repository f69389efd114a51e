"""LLM / AI gateway traffic families (personal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import (
    OPENERS,
    REPLIES,
    SYS_PROMPTS,
    add_focus,
    base_lang,
    focus_text,
    jdump,
    model,
    put,
    split_sentences,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .ctx import Ctx


def _pasted_block(c: Ctx, lang: str) -> str:
    """A pasted document (payslip, CV, summons, visa letter) as free text; \
every value tagged as text."""
    kind = c.pick(["payslip", "cv", "summons", "visa"])
    t = c.lang if c.lang == "mix" else lang
    if kind == "payslip":
        lines = [
            {
                "en": "PAYSLIP March 2026",
                "de": "Entgeltabrechnung März 2026",
                "fr": "Bulletin de paie mars 2026",
                "es": "Nómina marzo 2026",
            }[lang],
            f"{c.name(t=t)}",
        ]
        if c.chance(0.6):
            lines.append(f"IBAN {c.iban(t=t)}")
        if lang == "de" and c.chance(0.7):
            c.tag("religious_belief", "", t)
            lines.append(f"Kirchensteuer {c.pick(['rk', 'ev'])} 9 %")
        if c.chance(0.5):
            c.tag("trade_union", "", t)
            lines.append(
                {
                    "en": "Union dues (Unite) 14.20",
                    "de": "Gewerkschaftsbeitrag ver.di 24,50",
                    "fr": "Cotisation syndicale CGT 12,00",
                    "es": "Cuota sindical CCOO 11,30",
                }[lang]
            )
        lines.append(
            {
                "en": "Net pay 2,184.55",
                "de": "Netto 2.184,55",
                "fr": "Net à payer 2 184,55",
                "es": "Líquido 2.184,55",
            }[lang]
        )
    elif kind == "cv":
        lines = [f"CV – {c.name(t=t)}", f"{c.email(t=t)} | {c.phone(c.country(lang), t=t)}"]  # noqa: RUF001
        if c.chance(0.5):
            lines.append(
                {"en": "Born", "de": "Geboren am", "fr": "Né(e) le", "es": "Nacido/a el"}[lang]
                + " "
                + c.dob(lang, t=t, iso=False)
            )
        if c.chance(0.4):
            lines.append(c.address(c.country(lang), t=t))
        lines.append(
            {
                "en": "Experience: 6 years in logistics planning.",
                "de": "Erfahrung: 6 Jahre Disposition.",
                "fr": "Expérience : 6 ans en logistique.",
                "es": "Experiencia: 6 años en logística.",
            }[lang]
        )
    elif kind == "summons":
        c.tag("criminal_record", "", t)
        lines = [
            {
                "en": "SUMMONS – Magistrates' Court",  # noqa: RUF001
                "de": "Ladung – Amtsgericht",  # noqa: RUF001
                "fr": "CITATION – Tribunal correctionnel",  # noqa: RUF001
                "es": "CITACIÓN – Juzgado de lo Penal",  # noqa: RUF001
            }[lang],
            f"{c.name(t=t)}",
            {
                "en": "You are charged with common assault (s.39 CJA 1988).",
                "de": "Ihnen wird Diebstahl gemäß § 242 StGB vorgeworfen.",
                "fr": "Vous êtes poursuivi(e) pour vol simple (art. 311-1 C. pén.).",
                "es": "Se le imputa un delito leve de hurto (art. 234 CP).",
            }[lang],
        ]
        if c.chance(0.5):
            lines.append(c.address(c.country(lang), t=t))
    else:
        lines = [
            {
                "en": "Visa decision letter",
                "de": "Visumbescheid",
                "fr": "Décision de visa",
                "es": "Resolución de visado",
            }[lang],
            f"{c.name(t=t)}",
            {
                "en": "Passport",
                "de": "Reisepass",
                "fr": "Passeport",
                "es": "Pasaporte",
            }[lang]
            + f" {c.passport_no(t=t)}",
        ]
        if c.chance(0.5):
            lines.append(
                {
                    "en": "Date of birth",
                    "de": "Geburtsdatum",
                    "fr": "Date de naissance",
                    "es": "Fecha de nacimiento",
                }[lang]
                + ": "
                + c.dob(lang, t=t)
            )
    return "\n".join(lines)


def chat_request(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    user = c.pick(OPENERS[lang])
    if c.chance(0.35):
        user += "\n\n" + _pasted_block(c, lang)
    ft = focus_text(c)
    if ft:
        user += "\n\n" + ft
    if not c.tags or c.chance(0.3):
        user += " " + c.text(c.pick(["phone", "email", "person_name", "date_of_birth"]), c.lang)
    msgs = [{"role": "system", "content": SYS_PROMPTS[lang]}, {"role": "user", "content": user}]
    if "biometric" in c.focus:
        k, v = c.biometric()
        msgs.append(
            {"role": "tool", "tool_call_id": "call_" + c.alnum(20), "content": jdump({k: v})}
        )
    return {
        "model": model(c),
        "messages": msgs,
        "temperature": c.pick([0, 0.2, 0.7]),
        "max_tokens": c.pick([512, 1024, 2048]),
        "user": "u_" + c.hexs(16),
        "metadata": {
            "request_id": c.uuid(),
            "route": c.pick(["/v1/chat/completions", "/llm/chat"]),
        },
    }


def chat_response(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    body = c.pick(REPLIES[lang])
    if c.chance(0.5):
        body = (
            {"en": "Thanks", "de": "Danke", "fr": "Merci", "es": "Gracias"}[lang]
            + f" {c.first(t=c.lang)}. "
            + body
        )
    ft = focus_text(c)
    body += "\n\n" + (ft or c.text(c.pick(["postal_address", "email", "phone"]), c.lang))
    doc: dict[str, Any] = {
        "id": "chatcmpl-" + c.alnum(24),
        "object": "chat.completion",
        "created": 1767225600 + c.n(0, 9999999),
        "model": model(c),
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": body}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": c.n(80, 900), "completion_tokens": c.n(40, 400)},
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        doc["choices"][0]["message"]["content"] += "\n" + jdump({k: v})
    return doc


TOOLS = {
    "en": ["create_appointment", "file_benefit_claim", "update_customer", "book_visa_slot"],
    "de": ["termin_anlegen", "antrag_erfassen", "kunde_aktualisieren"],
    "fr": ["creer_rendez_vous", "deposer_demande", "maj_usager"],
    "es": ["crear_cita", "registrar_solicitud", "actualizar_cliente"],
}


def tool_call(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    args: dict[str, Any] = {}
    p = c.person(lang)
    put(args, c.key("first_name", lang), c.name(p, "split"))
    put(args, c.key("last_name", lang), p.last)
    for kind in c.focus or [c.pick(["date_of_birth", "phone", "email"])]:
        k, v = c.field(kind, lang)
        put(args, k, v)
    if c.chance(0.4):
        k, v = c.field(c.pick(["phone", "email", "date_of_birth"]), lang)
        put(args, k, v)
    call: dict[str, Any] = {
        "id": "call_" + c.alnum(24),
        "type": "function",
        "function": {"name": c.pick(TOOLS[lang]), "arguments": jdump(args)},
    }
    return {
        "model": model(c),
        "messages": [
            {
                "role": "user",
                "content": c.pick(
                    [
                        "Book it for me please.",
                        "Bitte erledige das.",
                        "Fais-le pour moi.",
                        "Hazlo, por favor.",
                    ]
                ),
            },
            {"role": "assistant", "content": None, "tool_calls": [call]},
        ],
        "tool_choice": "auto",
    }


def sse_stream(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    text = (
        c.pick(REPLIES[lang])
        + " "
        + (focus_text(c) or c.text(c.pick(["email", "person_name", "phone"]), c.lang))
    )
    cid = "chatcmpl-" + c.alnum(20)
    m = model(c)
    lines = []
    for piece in split_sentences(text):
        chunk: dict[str, Any] = {
            "id": cid,
            "object": "chat.completion.chunk",
            "model": m,
            "choices": [{"index": 0, "delta": {"content": piece + " "}, "finish_reason": None}],
        }
        lines.append("data: " + jdump(chunk))
    lines.append(
        "data: "
        + jdump(
            {
                "id": cid,
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
        )
    )
    lines.append("data: [DONE]")
    return {
        "stream": True,
        "upstream": c.pick(["openai", "azure-eu", "bedrock", "vertex"]),
        "latency_ms": c.n(200, 4000),
        "chunks": lines,
    }


def embeddings_request(c: Ctx) -> dict[str, Any]:
    inputs = []
    for k in c.focus:
        if k != "biometric":
            inputs.append(c.text(k))
    inputs.append(c.clean_text())
    if c.chance(0.5):
        inputs.append(c.text(c.pick(["email", "phone", "person_name", "postal_address"])))
    c.r.shuffle(inputs)
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": [round(c.r.uniform(-0.09, 0.09), 4) for _ in range(6)],
        }
        for i in range(len(inputs))
    ]
    doc: dict[str, Any] = {
        "request": {
            "model": c.pick(["text-embedding-3-small", "bge-m3", "e5-large-v2"]),
            "input": inputs,
            "encoding_format": "float",
        },
        "response": {"object": "list", "data": data, "usage": {"prompt_tokens": c.n(20, 300)}},
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        doc["request"]["metadata"] = {k: v}
    return doc


def rag_retrieval(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    results: list[dict[str, Any]] = []
    kinds = [k for k in c.focus if k != "biometric"] or [
        c.pick(["person_name", "postal_address", "email"])
    ]
    for k in kinds:
        results.append(
            {
                "chunk_id": c.uuid(),
                "score": round(c.r.uniform(0.55, 0.95), 4),
                "text": c.text(k),
                "metadata": {
                    "source": f"crm/notes/{c.n(2023, 2026)}/{c.hexs(10)}.pdf",
                    "page": c.n(1, 40),
                },
            }
        )
    results.append(
        {
            "chunk_id": c.uuid(),
            "score": round(c.r.uniform(0.3, 0.55), 4),
            "text": c.clean_text(),
            "metadata": {"source": "kb/policies/retention.md", "page": 1},
        }
    )
    doc: dict[str, Any] = {
        "query": {
            "en": "what did the client tell us last time?",
            "de": "was hat die Person beim letzten Mal gesagt?",
            "fr": "qu'a dit l'usager la dernière fois ?",
            "es": "¿qué nos contó la persona la última vez?",
        }[lang],
        "index": c.pick(["casework-v3", "support-kb", "claims-notes"]),
        "top_k": len(results),
        "results": results,
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        results[0]["metadata"][k] = v
    return doc


def transcription(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    agent_intro = {
        "en": "Good morning, you're through to the benefits line, my name is {first}.",
        "de": "Guten Tag, Servicecenter Familienkasse, mein Name ist {first}.",
        "fr": "Bonjour, service des prestations, {first} à l'appareil.",
        "es": "Buenos días, le atiende {first}, de la oficina de prestaciones.",
    }[lang]
    segs = [("SPEAKER_00", c.fill(agent_intro, c.lang) if c.chance(0.5) else c.clean_text(lang))]
    for k in c.focus:
        if k != "biometric":
            segs.append(("SPEAKER_01", c.text(k)))
    if len(segs) == 1 or c.chance(0.3):
        segs.append(
            (
                "SPEAKER_01",
                c.text(c.pick(["date_of_birth", "postal_address", "phone", "national_id"])),
            )
        )
    out, t0 = [], 0.0
    for i, (spk, txt) in enumerate(segs):
        dur = round(2 + len(txt) / 15, 1)
        out.append(
            {"id": i, "start": round(t0, 1), "end": round(t0 + dur, 1), "speaker": spk, "text": txt}
        )
        t0 += dur + 0.4
    doc: dict[str, Any] = {
        "task": "transcribe",
        "language": lang,
        "duration": round(t0, 1),
        "model": c.pick(["whisper-large-v3", "nova-3"]),
        "segments": out,
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        doc["speaker_enrolment"] = {"speaker": "SPEAKER_01", k: v}
    return doc


def agent_trace(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    record: dict[str, Any] = {"customer_id": "cus_" + c.alnum(14)}
    put(record, c.key("full_name", lang), c.name())
    add_focus(c, record, lang, p_text=0.3)
    steps = [
        {"type": "thought", "text": "Need the customer record before answering."},
        {
            "type": "tool_call",
            "tool": c.pick(["crm.lookup", "case.get", "claims.fetch"]),
            "input": {"id": record["customer_id"]},
        },
        {"type": "observation", "output": record},
        {"type": "final", "text": c.clean_text(lang)},
    ]
    return {
        "trace_id": c.hexs(32),
        "agent": c.pick(["casework-assistant", "claims-copilot", "hr-helpdesk-bot"]),
        "model": model(c),
        "steps": steps,
        "duration_ms": c.n(800, 9000),
    }


def eval_feedback(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    conv = [
        {"role": "user", "content": focus_text(c) or c.text(c.pick(["person_name", "phone"]))},
        {"role": "assistant", "content": c.clean_text(lang)},
    ]
    doc: dict[str, Any] = {
        "eval_run": "run-" + c.hexs(8),
        "sample_id": c.n(1, 5000),
        "rating": c.n(1, 5),
        "labels": c.pick([["unhelpful"], ["hallucination"], ["pii_leak", "escalate"], []]),
        "conversation": conv,
        "rater": "rater-" + c.hexs(6),
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        doc["attachment"] = {k: v}
    if c.chance(0.3):
        doc["rater_comment"] = c.text("person_name")
    return doc


def moderation_input(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    txt = focus_text(c) or c.text("health")
    cats = ["harassment", "hate", "self-harm", "sexual", "violence", "illicit"]
    scores = {k: round(c.r.uniform(0, 0.2), 4) for k in cats}
    return {
        "id": "modr-" + c.alnum(16),
        "model": "omni-moderation-latest",
        "input": txt,
        "lang": lang,
        "results": [
            {
                "flagged": any(v > 0.15 for v in scores.values()),
                "categories": {k: v > 0.15 for k, v in scores.items()},
                "category_scores": scores,
            }
        ],
    }


def prompt_registry(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    ex: dict[str, Any] = {}
    put(ex, "client_name", c.name())
    for k in c.focus or ["date_of_birth"]:
        kk, v = c.field(k, lang)
        put(ex, kk, v)
    return {
        "registry": "prompts-prod",
        "templates": [
            {
                "id": c.pick(["case_summary", "letter_draft", "intake_triage"]),
                "version": f"{c.n(1, 4)}.{c.n(0, 9)}.{c.n(0, 9)}",
                "template": (
                    "Summarise the case for {{client_name}} in plain language. Context: {{context}}"
                ),
                "few_shot_example": {"variables": ex, "expected": c.clean_text(lang)},
            }
        ],
        "updated": c.ts(),
    }


FAMILIES: list[tuple[str, Callable[[Ctx], dict[str, Any]], int]] = [
    ("chat_request", chat_request, 22),
    ("chat_response", chat_response, 13),
    ("tool_call", tool_call, 13),
    ("sse_stream", sse_stream, 10),
    ("embeddings_request", embeddings_request, 9),
    ("rag_retrieval", rag_retrieval, 10),
    ("transcription", transcription, 12),
    ("agent_trace", agent_trace, 10),
    ("eval_feedback", eval_feedback, 9),
    ("moderation_input", moderation_input, 8),
    ("prompt_registry", prompt_registry, 7),
]
