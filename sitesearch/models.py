"""Search synonyms: words that mean the same to the people who search (CSAM, 児童ポルノ, 児童性的虐待記録物),
edited by editors as a snippet that goes through approval, and applied at query time (sitesearch/views.py).

Each language has its own groups, written as that language's visitors type: a Japanese group may hold
English words ("sextortion") and the other way round."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, PublishingPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

MAX_TERM_LENGTH = 50
SEPARATORS = re.compile(r"[\n,、，;；/／]+")


def split_terms(text):
    """The terms of a group, one per line (commas and 、 also separate), trimmed, without repeats."""
    terms = []
    for term in SEPARATORS.split(text or ""):
        term = " ".join(term.split())
        if term and term.casefold() not in {t.casefold() for t in terms}:
            terms.append(term)
    return terms


class SearchSynonymQuerySet(models.QuerySet):
    def groups_for(self, locale_id):
        """The term lists of the published groups of one language (one query)."""
        rows = self.filter(locale_id=locale_id, live=True).order_by("pk").values_list("terms", flat=True)
        return [split_terms(terms) for terms in rows]


class SearchSynonym(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """Words that mean the same: a search for any of them finds pages with any of them."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For editors: what the group is about, such as “sextortion”.")
    )
    terms = models.TextField(
        _("words that mean the same"),
        max_length=2000,
        help_text=_(
            "One per line: the words and spellings people search for, in either language, such as “sextortion”, "
            "“セクストーション” and “性的脅迫”. A search for any of them finds pages with any of them."
        ),
    )

    objects = SearchSynonymQuerySet.as_manager()

    panels = [
        HelpPanel(
            content=_(
                "Searches in this language treat these words as one. Add the words visitors use, including "
                "the police's and the law's terms and common English ones; a word can be in one group only."
            )
        ),
        FieldPanel("name"),
        FieldPanel("terms"),
        PublishingPanel(),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("terms"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        super().clean()
        terms = self.term_list
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two words, one per line.")})
        long = [term for term in terms if len(term) > MAX_TERM_LENGTH]
        if long:
            raise ValidationError(
                {
                    "terms": _("Each word can be at most %(max)d characters: %(term)s")
                    % {"max": MAX_TERM_LENGTH, "term": long[0]}
                }
            )
        self.terms = "\n".join(terms)
