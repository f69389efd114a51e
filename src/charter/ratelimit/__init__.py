"""Rate limiting: GCRA decisions, kept in process (`local`) or shared through Redis (`redis`).

`Limiters` is what a gateway process builds once and hands to the `rate_limit` stage.
"""

from charter.ratelimit.gcra import Decision, Outcome, Rate
from charter.ratelimit.limiters import Limiters
from charter.ratelimit.local import LocalLimiter

__all__ = ["Decision", "Limiters", "LocalLimiter", "Outcome", "Rate"]
