"""The full document context: special-category values and free text on top of `RiskCtx`."""

from __future__ import annotations

import base64
import struct

from . import pools, text
from .risk import RiskCtx


class Ctx(RiskCtx):
    def special(self, kind: str, lang: str = "") -> str:
        lang = lang or self.lang
        self.tag("text", f"{kind}/{lang}")
        if kind == "biometric":
            return text.BIOMETRIC_TEXT[lang].format(self.fingerprint())
        return self.pick(text.SPECIAL[kind][lang])

    def any_special(self) -> str:
        return self.special(self.pick(tuple(text.SPECIAL)))

    # health and genetics ---------------------------------------------------------------
    def condition(self) -> tuple[str, str]:
        self.tag("health", "condition")
        return self.pick(pools.CONDITIONS)

    def medication(self) -> str:
        self.tag("health", "medication")
        return self.pick(pools.MEDICATIONS)

    def allergy(self) -> str:
        self.tag("health", "allergy")
        return self.pick(pools.ALLERGIES)

    def genotypes(self, n: int = 3) -> dict[str, str]:
        self.tag("genetic", "snp")
        picked = self.rng.sample(pools.RSIDS, n)
        return dict(picked)

    def str_profile(self) -> dict[str, str]:
        self.tag("genetic", "str")
        out: dict[str, str] = {}
        for locus in pools.STR_LOCI:
            if locus == "AMEL":
                out[locus] = self.pick(("X,X", "X,Y"))
            else:
                a, b = sorted((self.num(6, 24), self.num(6, 24)))
                out[locus] = f"{a},{b}"
        return out

    # biometrics ------------------------------------------------------------------------
    def fingerprint(self) -> str:
        self.tag("biometric", "minutiae")
        header = b"FMR\x00 20\x00"
        body = bytes(self.num(0, 255) for _ in range(60))
        return base64.b64encode(header + body).decode()

    def face_embedding(self, n: int = 32) -> list[float]:
        self.tag("biometric", "face_embedding")
        return [round(self.rng.uniform(-0.3, 0.3), 6) for _ in range(n)]

    def voiceprint(self) -> str:
        self.tag("biometric", "voiceprint")
        raw = b"".join(struct.pack("<f", self.rng.uniform(-1, 1)) for _ in range(48))
        return base64.b64encode(raw).decode()

    def iris_code(self) -> str:
        self.tag("biometric", "iris_code")
        return self.hexs(128)

    def text_embedding(self, n: int = 16) -> list[float]:
        return [round(self.rng.uniform(-0.2, 0.2), 5) for _ in range(n)]

    # other special categories ----------------------------------------------------------
    def ethnicity(self) -> str:
        self.tag("racial_ethnic_origin", "field")
        return self.pick(pools.ETHNICITY)

    def religion(self) -> str:
        self.tag("religious_belief", "field")
        return self.pick(pools.RELIGIONS)

    def church_tax(self) -> str:
        self.tag("religious_belief", "kirchensteuer")
        return self.pick(("rk", "ev", "ak", "lt", "is"))

    def party(self) -> str:
        self.tag("political_opinion", "party")
        return self.pick(pools.PARTIES)

    def support_level(self) -> int:
        self.tag("political_opinion", "support_level")
        return self.num(1, 5)

    def union(self) -> str:
        self.tag("trade_union", "union")
        return self.pick(pools.UNIONS)

    def union_flag(self) -> bool:
        self.tag("trade_union", "flag")
        return self.chance(0.5)

    def orientation(self) -> str:
        self.tag("sex_life_orientation", "field")
        return self.pick(pools.ORIENTATION)

    def offence(self) -> str:
        self.tag("criminal_record", "offence")
        return self.pick(pools.OFFENSES)

    def criminal_check(self) -> str:
        self.tag("criminal_record", "check_result")
        return self.pick(("clear", "consider", "no_record_found", "record_found"))
