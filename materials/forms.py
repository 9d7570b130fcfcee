"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): PDFs only, and the file of a document in use is
locked (core/uploads.py)."""

from wagtail.documents.forms import BaseDocumentForm

from core.uploads import FileLockMixin
from materials.pdf import validate_pdf


class CampaignDocumentForm(FileLockMixin, BaseDocumentForm):
    """Refuses anything but a plain PDF, with an error an editor can act on; a document in use keeps its file and title."""

    locked_fields = ("file", "title")

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_pdf(uploaded)
        return uploaded
