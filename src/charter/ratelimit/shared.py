"""What users of the Redis limiter need without the Redis client installed."""

PREFIX = "charter:rl:"
CONNECT_TIMEOUT = 0.05  # seconds: Redis is near; a slow connect means it is not there
TIMEOUT = 0.25  # seconds per operation: past this, the failure mode serves a request better
MAX_CONNECTIONS = 16  # one round trip is ~0.1 ms: 16 in flight serve a busy process


class LimiterUnavailable(Exception):
    """A shared limiter gave no decision (unreachable, too slow, or known to be down)."""
