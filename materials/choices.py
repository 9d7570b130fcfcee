"""Choices shared by the library's models and its filters."""

from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [
    ("ja", _("Japanese")),
    ("ja-simple", _("Easy Japanese")),
    ("en", _("English")),
    ("zh", _("Chinese")),
    ("ko", _("Korean")),
    ("pt", _("Portuguese")),
    ("vi", _("Vietnamese")),
]
PAPER_CHOICES = [
    ("a4", "A4"),
    ("a3", "A3"),
    ("b4", "B4"),
    ("b5", "B5"),
    ("a5", "A5"),
    ("screen", _("Screen (not for printing)")),
]
