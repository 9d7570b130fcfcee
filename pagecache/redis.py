"""Django's Redis cache backend, keeping one redis-py client per connection pool.

Django builds a new `redis.Redis` client for every cache call; building one costs more than the round trip
to Redis (it fills a table of ~170 response callbacks). The page cache answers from Redis on every request,
so here each pool keeps its client: redis-py clients are thread-safe and share the pool's connections.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
