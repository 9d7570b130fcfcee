#!/usr/bin/env python
"""Django's command-line utility.

The Django project lives in `site/`. Python reserves the name `site` for a standard-library module,
so the folder is put on sys.path and its modules are imported as `settings`, `urls` and `wsgi`.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
