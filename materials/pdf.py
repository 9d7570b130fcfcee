"""PDF checks and facts: what an editor may upload, and what readers are told about each file.

- validate_pdf: extension, %PDF- magic bytes, size, and (with pypdf) no JavaScript, no embedded files,
  no encryption.
- page_count and render_first_page: computed once when a document is saved, with pypdfium2. PDFium is
  not thread-safe, so every call into it holds one process-wide lock.
"""

import contextlib
import io
import threading
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PDFIUM_LOCK = threading.Lock()
MAGIC = b"%PDF-"
# File names like "leaflet.html.pdf" try to pass as a PDF while meaning something else.
RISKY_INNER_SUFFIXES = {
    ".html", ".htm", ".xhtml", ".svg", ".svgz", ".js", ".mjs", ".xml", ".php", ".asp", ".aspx", ".jsp",
    ".exe", ".com", ".bat", ".cmd", ".sh", ".ps1", ".scr", ".msi", ".jar", ".vbs", ".hta", ".swf",
}  # fmt: skip


def _read_head(uploaded, size):
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(position)
    return head


def _read_all(uploaded):
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def validate_pdf(uploaded):
    """Raise ValidationError with a clear message unless `uploaded` is a plain, safe PDF."""
    name = PurePath(getattr(uploaded, "name", "") or "")
    suffixes = [s.lower() for s in name.suffixes]
    if not suffixes or suffixes[-1] != ".pdf":
        raise ValidationError(
            _("Only PDF files can be uploaded. This file's name does not end in .pdf."), code="extension"
        )
    if any(s in RISKY_INNER_SUFFIXES for s in suffixes[:-1]):
        raise ValidationError(
            _("The file name has two extensions (%(name)s). Rename it so that it ends in .pdf only.")
            % {"name": name.name},
            code="double_extension",
        )
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    size = getattr(uploaded, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            _("This file is %(size)s. The largest PDF you can upload is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")
    head = _read_head(uploaded, 1024)
    if not head.lstrip(b"\x00\t\n\r\x0c ").startswith(MAGIC):
        raise ValidationError(
            _("This file is not a PDF, although its name ends in .pdf. Export or save it as PDF and upload it again."),
            code="not_pdf",
        )
    check_pdf_content(_read_all(uploaded))


def check_pdf_content(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _("This PDF is password-protected or encrypted, so it cannot be checked. Upload an unprotected PDF."),
                code="encrypted",
            )
        root = reader.trailer["/Root"]
        pages = reader.pages
        if len(pages) == 0:
            raise ValidationError(_("This PDF has no pages."), code="no_pages")
        names = root.get("/Names")
        names = names.get_object() if names is not None else {}
        if "/JavaScript" in names or _has_javascript_action(root.get("/OpenAction")) or "/AA" in root:
            raise ValidationError(
                _("This PDF contains JavaScript, which is not allowed. Export it again without scripts."),
                code="javascript",
            )
        if "/EmbeddedFiles" in names:
            raise ValidationError(
                _("This PDF has files embedded in it, which is not allowed. Export it again without attachments."),
                code="embedded",
            )
        for page in pages:
            if "/AA" in page:
                raise ValidationError(
                    _("This PDF contains JavaScript, which is not allowed. Export it again without scripts."),
                    code="javascript",
                )
            for annotation in page.get("/Annots") or []:
                annotation = annotation.get_object()
                subtype = annotation.get("/Subtype")
                if subtype == "/FileAttachment":
                    raise ValidationError(
                        _(
                            "This PDF has files embedded in it, which is not allowed. Export it again without attachments."
                        ),
                        code="embedded",
                    )
                if _has_javascript_action(annotation.get("/A")) or "/AA" in annotation:
                    raise ValidationError(
                        _("This PDF contains JavaScript, which is not allowed. Export it again without scripts."),
                        code="javascript",
                    )
    except ValidationError:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise ValidationError(
            _("This PDF is damaged and cannot be read. Export it again and upload the new file."), code="damaged"
        ) from error


def _has_javascript_action(action):
    if action is None:
        return False
    with contextlib.suppress(AttributeError):
        action = action.get_object()
    if isinstance(action, dict):
        if action.get("/S") == "/JavaScript" or "/JS" in action:
            return True
        return _has_javascript_action(action.get("/Next"))
    return False


def page_count(data):
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def render_first_page(data, width=480):
    """The first page as (PNG bytes, width, height), `width` pixels wide."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil()
            page.close()
        finally:
            document.close()
    buffer = io.BytesIO()
    image = image.convert("RGB")
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue(), image.width, image.height
