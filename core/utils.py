"""Small helpers shared by the apps."""

import os

from django.template.defaultfilters import filesizeformat


def describe_file(document):
    """Return "PDF, 340 KB" for a Wagtail document, from stored fields only (no file access)."""
    extension = os.path.splitext(document.file.name)[1].lstrip(".").upper() or "FILE"
    size = document.file_size or document.get_file_size()
    return f"{extension}, {filesizeformat(size)}" if size else extension
