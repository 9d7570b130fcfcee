"""PDF checks and facts: what an editor may upload, and what readers are told about each file.

- validate_pdf: extension, %PDF- magic bytes, size, and (with pypdf, over the whole object graph) no
  JavaScript, no actions that launch, submit, import or open other files, no rich media, no XFA, no
  embedded files, no encryption.
- page_count and render_first_page: computed once when a document is saved, with pypdfium2. PDFium is
  not thread-safe, so every call into it holds one process-wide lock.
"""

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


# What a PDF for printing never needs, found anywhere in its object graph (materials/pdf.py walks all of it):
# scripts, and actions that start a program, send the form, import data or open another file.
JAVASCRIPT_ACTIONS = {"/JavaScript"}
OTHER_ACTIONS = {"/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/RichMediaExecute"}
ACTIVE_SUBTYPES = {"/RichMedia"}
JAVASCRIPT_MESSAGE = _("This PDF contains JavaScript, which is not allowed. Export it again without scripts.")
ACTIVE_MESSAGE = _(
    "This PDF contains actions that start programs, send data, open other files or play media, or an XFA "
    "form, which are not allowed. Export it again as a plain PDF (for example with “Save as PDF”, or as PDF/A)."
)
EMBEDDED_MESSAGE = _("This PDF has files embedded in it, which is not allowed. Export it again without attachments.")


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
        if len(reader.pages) == 0:
            raise ValidationError(_("This PDF has no pages."), code="no_pages")
        problem = first_active_content(reader.trailer)
        if problem is not None:
            code, message = {
                "javascript": ("javascript", JAVASCRIPT_MESSAGE),
                "embedded": ("embedded", EMBEDDED_MESSAGE),
            }.get(problem, ("active_content", ACTIVE_MESSAGE))
            raise ValidationError(message, code=code)
    except ValidationError:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise ValidationError(
            _("This PDF is damaged and cannot be read. Export it again and upload the new file."), code="damaged"
        ) from error


def first_active_content(trailer):
    """ "javascript", "embedded", "action", "media" or "xfa" for the first such thing reachable from the trailer,
    or None. Every object is visited once, whatever points to it (the catalogue, pages, annotations, form
    fields, name trees, `/Next` chains and arrays of actions alike), without decoding any stream."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen = set()
    stack = [trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            kind = _kind(item)
            if kind is not None:
                return kind
            stack.extend(value for name, value in item.items() if name not in ("/Parent", "/P"))
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return None


def _kind(dictionary):
    action = dictionary.get("/S")
    if action in JAVASCRIPT_ACTIONS or "/JS" in dictionary or "/JavaScript" in dictionary or "/AA" in dictionary:
        return "javascript"  # an action, a name tree of scripts, or additional actions (triggers)
    if action in OTHER_ACTIONS:
        return "action"
    if dictionary.get("/Subtype") in ACTIVE_SUBTYPES:
        return "media"
    if "/XFA" in dictionary or "/NeedsRendering" in dictionary:
        return "xfa"
    if (
        "/EmbeddedFiles" in dictionary
        or dictionary.get("/Subtype") == "/FileAttachment"
        or dictionary.get("/Type") == "/EmbeddedFile"
        or "/EF" in dictionary
    ):
        return "embedded"
    return None


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
