"""Redis cache for hot catalogue reads."""
import pickle
from typing import Any

import redis

redis_client = redis.Redis(
    host="cache.internal",
    port=6379,
    password="r3d1s-DEMO-pw-41c9",  # expect: PBP201
    socket_timeout=0.5,
)


def get_cached(key):  # expect: PBP401
    try:
        raw = redis_client.get(key)
    except Exception:  # expect: PBP602
        return None
    return pickle.loads(raw) if raw else None  # expect: PBP209


def set_cached(key: str, value: Any) -> None:
    redis_client.set(key, pickle.dumps(value))  # expect: PBP107
