from tests.ratelimit.servers import own_redis

__all__ = ["own_redis"]
