"""Production: Granian (deploy/serve.py) behind a TLS proxy or CDN, PostgreSQL (DJANGO_DATABASE_URL) and Redis
(DJANGO_REDIS_URL). Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DJANGO_DATABASE_URL. Recommended:
DJANGO_REDIS_URL. docs/deployment.md and docs/configuration.md say more.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, next_database

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY in the environment.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS in the environment (comma-separated).")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# Redis is shared by every app server: the page cache, its purge counter, rate limits and renditions.
# Without DJANGO_REDIS_URL the cache is files on this machine (settings/base.py): fine for one server only.
# The state (the purge counter, the chrome, rate limits) is a Redis database of its own, by default the one
# after DJANGO_REDIS_URL's (/0 -> /1); docs/deployment.md says how to keep Redis from evicting it.
REDIS_URL = env("DJANGO_REDIS_URL", default="")
if REDIS_URL:
    CACHE_KEY_PREFIX = env("DJANGO_CACHE_KEY_PREFIX", default="campaign")
    CACHES = {
        "default": {
            "BACKEND": "pagecache.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        "state": {
            "BACKEND": "pagecache.redis.RedisCache",
            "LOCATION": env("DJANGO_REDIS_STATE_URL", default="") or next_database(REDIS_URL),
            "KEY_PREFIX": CACHE_KEY_PREFIX + "-state",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        "renditions": {
            "BACKEND": "pagecache.redis.RedisCache",
            "LOCATION": env("DJANGO_REDIS_RENDITIONS_URL", default=REDIS_URL),
            "KEY_PREFIX": CACHE_KEY_PREFIX + "-renditions",
            "TIMEOUT": 86400,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }

# whitenoise (in MIDDLEWARE) serves the hashed, compressed static files.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS: the proxy terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # load balancers probe the app servers over plain HTTP
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
# __Host- cookies are sent only over HTTPS, only to this exact host, for the whole site: no subdomain can
# set or read them. Only editors (session) and the school request form (CSRF) ever get a cookie.
# nginx on the same machine (deploy/nginx.conf) appends the client's address to X-Forwarded-For.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=["127.0.0.1", "::1"])
SESSION_COOKIE_NAME = env("DJANGO_SESSION_COOKIE_NAME", default="__Host-sessionid")
CSRF_COOKIE_NAME = env("DJANGO_CSRF_COOKIE_NAME", default="__Host-csrftoken")

WAGTAILADMIN_BASE_URL = env("DJANGO_WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}")  # noqa: F405

EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_URL = env.email_url("DJANGO_EMAIL_URL", default="smtp://localhost:25")
EMAIL_HOST = EMAIL_URL["EMAIL_HOST"]
EMAIL_PORT = EMAIL_URL["EMAIL_PORT"]
EMAIL_HOST_USER = EMAIL_URL["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = EMAIL_URL["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = EMAIL_URL.get("EMAIL_USE_TLS", False)
