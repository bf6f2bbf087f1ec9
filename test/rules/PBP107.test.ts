import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP107', {
  valid: [
    {
      name: 'setex and set with ex (the guide)',
      code: `
        import redis

        cache = redis.Redis.from_url(REDIS_URL)

        def cache_rate(currency: str, rate: float) -> None:
            cache.set(f"rate:{currency}", rate, ex=3600)
            cache.setex(f"rate:{currency}:previous", 86400, rate)
            cache.set("last", rate, px=500)
            cache.set("sticky", rate, keepttl=True)
      `,
    },
    {
      name: 'Django’s cache framework has a default timeout',
      code: `
        from django.core.cache import cache

        def remember(key, value):
            cache.set(key, value)
      `,
    },
    {
      name: 'ex passed positionally, or options through **kwargs',
      code: `
        async def store(self, key: str, value: bytes, **options) -> None:
            await self.redis.set(key, value, 3600)
            await self.redis.set(key, value, **options)
      `,
    },
    {
      name: 'set() on things that are not redis',
      code: `
        def configure(settings, event, key, value):
            settings.set(key, value)
            event.set()
            os.environ.set(key, value)
            context_var.set(value)
      `,
    },
    {
      name: 'tests',
      path: 'tests/test_cache.py',
      code: `
        def test_roundtrip(redis_client):
            redis_client.set("k", "v")
            assert redis_client.get("k") == b"v"
      `,
    },
  ],
  invalid: [
    {
      name: 'a client created in the module (the demo project)',
      code: `
        import pickle
        import redis

        redis_client = redis.Redis(host="cache.internal", port=6379)

        def set_cached(key: str, value: Any) -> None:
            redis_client.set(key, pickle.dumps(value))
      `,
      errors: [
        {
          line: 7,
          column: 5,
          message: /redis_client\.set\(\) stores this key with no expiry.*setex/,
        },
      ],
    },
    {
      name: 'the guide’s CacheManager, without setex',
      code: `
        from redis.asyncio import Redis

        class CacheManager:
            def __init__(self, redis: Redis):
                self.redis = redis

            async def put(self, key: str, data: dict) -> None:
                await self.redis.set(key, json.dumps(data))
      `,
      errors: [{ line: 8 }],
    },
    {
      name: 'asyncio client from redis.asyncio.from_url, and a pipeline',
      code: `
        import redis.asyncio as aioredis

        r = aioredis.from_url("redis://localhost")

        async def warm(items) -> None:
            await r.set("warm", "1")
            pipe = r.pipeline()
            for item in items:
                pipe.set(f"item:{item.id}", item.json())
            await pipe.execute()
      `,
      errors: [{ line: 6 }, { line: 9 }],
    },
    {
      name: 'a connection from a factory named for redis',
      code: `
        from django_redis import get_redis_connection

        def remember(key: str, value: str) -> None:
            get_redis_connection("default").set(key, value)
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'a parameter named like a redis client',
      code: `
        def save_session(redis_conn, session_id: str, payload: str) -> None:
            redis_conn.set(f"session:{session_id}", payload)
      `,
      errors: [{ line: 2 }],
    },
    {
      name: 'a call split over lines, a comment before its arguments (anchors)',
      code: `
        import redis

        cache = redis.Redis()

        def remember(key, value):
            (cache
                . set  # no expiry
                (key, value))
      `,
      errors: [{ line: 6 }],
    },
  ],
});
