"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE). Apart from core/forms.py, which page models import
while the models load: Wagtail's image forms need the models loaded."""

from wagtail.images.forms import BaseImageForm

from core.uploads import FileLockMixin


class CampaignImageForm(FileLockMixin, BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), except that the file of an image in use is
    locked (core/uploads.py)."""
