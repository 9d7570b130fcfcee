"""WSGI entry point, served by Granian through deploy/serve.py (`make serve`, deploy/campaign.service)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")

django_application = get_wsgi_application()

# Fresh pages from the page cache are answered here, before Django builds a request (pagecache/wsgi.py).
from pagecache.wsgi import CachedPagesWSGI  # noqa: E402 - needs the settings loaded above

application = CachedPagesWSGI(django_application)
