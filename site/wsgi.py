"""WSGI entry point: `gunicorn --pythonpath site wsgi:application` (see Makefile and deploy/)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")

application = get_wsgi_application()
