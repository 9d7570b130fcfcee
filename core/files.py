"""What readers are told about a file before they download it: "PDF, 2 pages, 340 KB", from stored facts
only (no file is opened)."""

import os

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def describe_file(document):
    """ "PDF, 2 pages, 340 KB" in the active language; the page count when the document knows it."""
    extension = os.path.splitext(document.file.name)[1].lstrip(".").upper() or "FILE"
    parts = [extension]
    page_count = getattr(document, "page_count", None)
    if page_count:
        parts.append(ngettext("%(count)d page", "%(count)d pages", page_count) % {"count": page_count})
    size = document.file_size or document.get_file_size()
    if size:
        parts.append(filesizeformat(size))
    return _(", ").join(parts)
