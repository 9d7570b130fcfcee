from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def describe_document(document):
    """ "PDF, 2 pages, 340 KB" from stored facts only: no file access."""
    parts = [document.file_type]
    if document.page_count:
        parts.append(
            ngettext("%(count)d page", "%(count)d pages", document.page_count) % {"count": document.page_count}
        )
    if document.file_size:
        parts.append(filesizeformat(document.file_size))
    return _(", ").join(parts)
