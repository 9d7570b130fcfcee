"""The admin's document form: PDFs only (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from wagtail.documents.forms import BaseDocumentForm

from materials.pdf import validate_pdf


class CampaignDocumentForm(BaseDocumentForm):
    """Refuses anything but a plain PDF, with an error an editor can act on."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_pdf(uploaded)
        return uploaded
