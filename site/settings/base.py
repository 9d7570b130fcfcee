"""Settings shared by every environment. Safe by default: DEBUG is off and secrets come from the environment.

Every environment variable read here starts with DJANGO_ and is named after the setting it sets
(docs/configuration.md lists them). `site/` is on sys.path (see manage.py, wsgi.py and pyproject.toml), so
this module is imported as `settings.base`: Python reserves the name `site` for a standard-library module.
"""

import datetime
from pathlib import Path

import environ

SITE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SITE_DIR.parent

env = environ.Env()


def next_database(redis_url):
    """The same Redis server, the next database: redis://host:6379/0 (or no number) -> redis://host:6379/1;
    a `?db=` (as unix:// sockets use) wins over the path, as it does for redis-py."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(redis_url)
    query = dict(parse_qsl(parts.query))
    if "db" in query or parts.scheme == "unix":
        query["db"] = str(int(query.get("db", "0")) + 1)
        return f"{redis_url.split('?', 1)[0]}?{urlencode(query)}"
    number = parts.path.strip("/") or "0"
    return urlunsplit(parts._replace(path=f"/{int(number) + 1}"))


DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

# The project's apps first (their templates and translations win), then Wagtail's, then Django's and the
# third-party apps. docs/architecture.md says what each app owns.
INSTALLED_APPS = [
    "core",
    "pagecache",
    "accounts",
    "home",
    "campaigns",
    "materials",
    "help",
    "guidance",
    "figures",
    "news",
    "sitesearch",
    "governance",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # Editors translate pages and snippets field by field, and see what changed since (replaces wagtail.locales).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes
]

MIDDLEWARE = [
    # First, so that what it stores carries every header the layers below add (security, CSP) and a
    # stored page is answered without them running again. site/wsgi.py answers fresh pages even earlier.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Hashed, compressed static files, straight after the security headers (production; `make run`'s
    # runserver serves them itself).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.security.SiteCSPMiddleware",
    # Just inside the CSP middleware: the editor's preview may be framed by the admin.
    "core.security.PreviewFramingMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "core.security.PublicFormFieldLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin speaks each editor's chosen language, else Japanese, whatever the browser asks for.
    "accounts.middleware.AdminLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.RequireSecondFactorMiddleware",
    "core.security.AdminBulkActionInputMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: answers 429 to a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

# The Wagtail admin's address, without the leading slash. Everything that treats the admin differently
# (the page cache, the CSP, the second factor, the admin's language) reads it from here.
ADMIN_URL_PATH = "admin/"

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file inside the project by default, so `make run` needs nothing installed.
# Production sets DJANGO_DATABASE_URL=postgres://user:password@host:5432/name.
DATABASES = {
    "default": env.db("DJANGO_DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` writes from several places at once: the editor's preview and autosave, and the publishing
    # loop. Write-ahead logging lets readers and a writer work together, a write transaction takes its lock
    # when it begins (IMMEDIATE) instead of failing halfway, and a writer waits up to 20 seconds for another
    # instead of answering "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# Reconnect after a database restart without restarting the app servers.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The proxies in front of the app servers (addresses or ranges): only from them is X-Forwarded-For believed,
# read from the right (core/clients.py). Empty: REMOTE_ADDR is the client. production.py trusts loopback,
# for nginx on the same machine; add a load balancer's or CDN's ranges there.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])

# django-axes throttles sign-in: after AXES_FAILURE_LIMIT wrong passwords for one username from one client
# address, that pair is refused (429) for AXES_COOLOFF_TIME; the client address is core.clients', so behind
# nginx one client's wrong passwords never lock out another.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("DJANGO_AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("DJANGO_AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of successful sign-ins; failures are kept only to throttle
AXES_CLIENT_IP_CALLABLE = "core.clients.client_address"

# Everyone who signs in to the admin gives a second factor: a code from an authenticator app (TOTP).
REQUIRE_SECOND_FACTOR = env.bool("DJANGO_REQUIRE_SECOND_FACTOR", default=True)
# Pages and documents restricted to signed-in users send visitors to the two-step sign-in, never to
# Wagtail's password-only form (accounts.views.public_sign_in).
WAGTAIL_FRONTEND_LOGIN_URL = "/sign-in/"
OTP_TOTP_ISSUER = "No!! CSAM campaign"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Japanese first (the default, at /ja/), English second (/en/).
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's own strings, then Japanese for the Wagtail strings its catalogues leave in English (both win over
# the apps' own catalogues).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-wagtail"]
USE_I18N = True
# Dates and times as the site writes them in each language (core/formats/, read by core/dates.py).
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Files on this machine by default, so that every process on it shares one cache: `make run`'s server and
# its scheduled-publishing loop, or the app server's workers. A publish in one process must purge the page cache
# for all of them. Production with several machines shares Redis instead (DJANGO_REDIS_URL, settings/production.py).
# Wagtail keeps image renditions in a cache of their own, so that pages and renditions do not evict each other.
# "state" holds what must never be culled to make room for pages: the page cache's generation number (every
# purge moves it on), the chrome, and the rate-limit counters (docs/performance-and-caching.md, "Two caches").
CACHE_DIR = Path(env("DJANGO_CACHE_DIR", default=str(BASE_DIR / ".cache")))
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(CACHE_DIR / "default"),
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    },
    "state": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(CACHE_DIR / "state"),
        # Culling would drop the generation and the counters: the limit is far above what they ever hold.
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(CACHE_DIR / "renditions"),
        "TIMEOUT": 86400,
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    },
}

# The full-page cache for anonymous visitors (pagecache/). DJANGO_PAGE_CACHE_ENABLED=false turns it off.
PAGE_CACHE_ENABLED = env.bool("DJANGO_PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_ALIAS = "default"
STATE_CACHE_ALIAS = "state"
# How many query-string variants of one page are stored at most (?page=2, ?year=2025, the materials
# filters), besides the page without a query string. Parameters a page does not read are redirected away
# (pagecache/variants.py), so made-up query strings are never stored at all.
PAGE_CACHE_MAX_VARIANTS = env.int("DJANGO_PAGE_CACHE_MAX_VARIANTS", default=64)
# The pieces around every page (menu, footer, breadcrumbs, language links) are kept in the cache too,
# under the same generation number, so a page that is not in the page cache renders with fewer queries.
CHROME_CACHE_ENABLED = env.bool("DJANGO_CHROME_CACHE_ENABLED", default=True)
# How long a page is kept when it sets no expiry of its own. Publishing anything purges every page at
# once, so this only bounds how long a page goes without being rendered again.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=3600)
# How long a proxy or CDN may keep a page (s-maxage). Browsers keep it but revalidate on every visit.
PAGE_CACHE_SHARED_SECONDS = env.int("DJANGO_PAGE_CACHE_SHARED_SECONDS", default=300)
PAGE_CACHE_REVALIDATE_SECONDS = 60
# How long the last good copy of a page is kept to answer while the database is down (stale-if-error).
PAGE_CACHE_STALE_SECONDS = env.int("DJANGO_PAGE_CACHE_STALE_SECONDS", default=86400)
# What never changes what visitors see, so never purges the page cache: rows written on public requests
# (renditions, download counts), editors' own state (sessions, sign-in throttling, second factors,
# drafts, workflow states, logs), and data derived from pages inside the publish that purges anyway
# (occurrences, packs). Over-purging costs a re-render; under-purging would show stale content.
PAGE_CACHE_IGNORED_APPS = [
    "admin",
    "axes",
    "contenttypes",
    "django_otp",
    "otp_static",
    "otp_totp",
    "sessions",
    "wagtail_localize",
    "wagtailadmin",
    "wagtailembeds",
    "wagtailforms",
    "wagtailsearch",
]
PAGE_CACHE_IGNORED_MODELS = [
    "auth.Group",
    "auth.Permission",
    "auth.User",
    "campaigns.Occurrence",
    "materials.DownloadCount",
    "materials.MaterialPack",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.PageLogEntry",
    "wagtailcore.PageSubscription",
    "wagtailcore.ReferenceIndex",
    "wagtailcore.Revision",
    "wagtailcore.TaskState",
    "wagtailcore.UploadedFile",
    "wagtailcore.WorkflowState",
    "wagtailimages.Rendition",
]

# A CDN in front (wagtail.contrib.frontend_cache), off unless configured: every publish purges every
# live page there too (pagecache/purge.py). Feeds and calendar months expire by their short max-age.
WAGTAILFRONTENDCACHE = {}
if env("DJANGO_FRONTEND_CACHE_PURGE_URL", default=""):
    # Varnish, or nginx with a purge module: an HTTP PURGE request per URL.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("DJANGO_FRONTEND_CACHE_PURGE_URL"),
    }
if env("DJANGO_CLOUDFLARE_API_TOKEN", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("DJANGO_CLOUDFLARE_API_TOKEN"),
        "ZONEID": env("DJANGO_CLOUDFLARE_ZONE_ID"),
    }

# Privacy: anonymous visitors get no cookie. Sessions and CSRF tokens exist only for editors.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Editors are signed out after an hour without activity (each request renews the hour).
SESSION_COOKIE_AGE = env.int("DJANGO_SESSION_COOKIE_AGE", default=3600)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SAMESITE = "Lax"
# The school request form's CSRF cookie lasts until the browser closes, not a year: a shared family device
# keeps no trace of the form.
CSRF_COOKIE_AGE = None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp). Public pages are cached and shared, so they carry no nonces:
# no inline scripts or styles anywhere, and every resource comes from this site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "manifest-src": ["'self'"],
        "worker-src": ["'self'"],
    }
}
# The Wagtail admin uses inline scripts and styles, data and blob images, and frames its own previews.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
    }
}

# The admin's page forms (long StreamFields) post thousands of fields; public forms (the school request form,
# Wagtail's privacy-password forms) are refused above PUBLIC_FORM_MAX_FIELDS (core.security).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
PUBLIC_FORM_MAX_FIELDS = 100

EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO"), "propagate": False},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "No!! 児童性的虐待記録物 / No!! Child Sexual Abuse Material"
WAGTAILADMIN_BASE_URL = env("DJANGO_WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Search: Wagtail's database backend (SQLite FTS5, or PostgreSQL full text search), fed with Japanese
# character bigrams (core/search.py) so that words inside Japanese text are found.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
SEARCH_JAPANESE_BIGRAMS = True
# At scale: OpenSearch with the kuromoji analyser (the analysis-kuromoji plugin), off unless
# DJANGO_OPENSEARCH_URL is set. Install requirements-opensearch.txt, set the URL, then run `manage.py update_index`.
if env("DJANGO_OPENSEARCH_URL", default=""):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [env("DJANGO_OPENSEARCH_URL")],
            "INDEX_PREFIX": env("DJANGO_OPENSEARCH_INDEX_PREFIX", default="campaign_"),
            "TIMEOUT": 5,
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {
                            # Every text field is analysed as Japanese (and English words pass through).
                            "default": {"type": "kuromoji"},
                            "default_search": {"type": "kuromoji"},
                        }
                    }
                }
            },
        }
    }
    SEARCH_JAPANESE_BIGRAMS = False  # kuromoji segments Japanese itself
# Documents are PDFs only, checked by extension, magic bytes and content (materials/pdf.py).
WAGTAILDOCS_DOCUMENT_MODEL = "materials.CampaignDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materials.forms.CampaignDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]

# School requests: submissions are deleted after this many days (manage.py purge_form_submissions).
FORM_SUBMISSION_RETENTION_DAYS = env.int("DJANGO_FORM_SUBMISSION_RETENTION_DAYS", default=180)
# At most this many requests per visitor per hour. Visitors are told apart by a salted hash of their
# address, kept only in the cache for that hour.
# Wrong privacy passwords (a page's or a collection's) per client and restriction per hour (core.views).
PRIVACY_PASSWORD_ATTEMPTS_PER_HOUR = env.int("DJANGO_PRIVACY_PASSWORD_ATTEMPTS_PER_HOUR", default=10)
FORM_RATE_LIMIT_PER_HOUR = env.int("DJANGO_FORM_RATE_LIMIT_PER_HOUR", default=5)
# How many personalised materials (materials/personalise.py) one client may make in an hour: a school makes a
# few, each with its own name or date. Each is a PDF rendered on the spot.
PERSONALISE_RATE_LIMIT_PER_HOUR = env.int("DJANGO_PERSONALISE_RATE_LIMIT_PER_HOUR", default=20)
# Images: JPEG, PNG and WebP only (no SVG, which can carry scripts), at most 10 MB and 40 megapixels.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.SignInForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.CampaignImageForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents are always served through Wagtail's view (which checks privacy and collections), never as
# files under media/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    },
}

# iCalendar UIDs end in @<this>. Set it once per deployment and never change it: calendar apps use the
# UIDs to recognise entries they already have.
ICALENDAR_UID_DOMAIN = env("DJANGO_ICALENDAR_UID_DOMAIN", default="no-csam-campaign.jp")

# Guidance review reminders (manage.py send_review_reminders, run daily): pages whose owner has no
# email address, or no longer works here, are reported to this address instead.
REVIEW_REMINDER_FALLBACK_EMAIL = env("DJANGO_REVIEW_REMINDER_FALLBACK_EMAIL", default="")
# Reminders start this many days before a review is due; the dashboard panel uses the same window.
REVIEW_WARNING_DAYS = env.int("DJANGO_REVIEW_WARNING_DAYS", default=30)

# /.well-known/security.txt (RFC 9116): where to report a security problem with this site.
SECURITY_CONTACT = env("DJANGO_SECURITY_CONTACT", default="mailto:security@no-csam-campaign.jp")

# Editorial governance (governance/, docs/editors-guide.md): Wagtail e-mails editors when their page or
# snippet is approved or sent back for changes, and the reviewers when something awaits them; each editor
# can turn these off under Account → Notifications.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env("DJANGO_WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", default=DEFAULT_FROM_EMAIL)
# A change made while a page is in moderation must be approved again at every step: what was fact-checked
# is what goes live.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
