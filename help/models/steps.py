"""Step-by-step guides on the GOV.UK pattern (StepByStepPage), and how a page finds the guides that link to it."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet, ReferenceIndex
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage
from help.blocks import StepBlock


class StepByStepQuerySet(PageQuerySet):
    def linking_to(self, page):
        """The live step-by-step pages of `page`'s language with a step that links to it: Wagtail's reference
        index, which records the page choosers in their steps when they are published (one query, two
        when some do)."""
        sources = ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(StepByStepPage),
            to_content_type=ContentType.objects.get_for_model(Page),
            to_object_id=str(page.pk),
        ).values_list("object_id", flat=True)
        ids = [int(pk) for pk in sources]
        if not ids:
            return self.none()
        return self.live().public().filter(pk__in=ids, locale_id=page.locale_id).order_by("path")


class StepByStepPage(BasePage):
    """A step-by-step guide on the GOV.UK pattern: numbered steps (or steps joined by "and" / "or"), each
    with what to do and its links. The pages it links to show it in a navigation panel ("Part of …")."""

    introduction = models.TextField(_("introduction"), max_length=600)
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), min_num=2)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more information"))

    objects = PageManager.from_queryset(StepByStepQuerySet)()

    template = "pages/step_by_step_page.html"
    parent_page_types = ["help.HelpIndexPage"]
    subpage_types = ["guidance.EasyReadPage"]
    page_description = _(
        "A step-by-step guide for one situation, such as being threatened with an image: numbered steps with their links. The pages it links to show it. Shows the quick exit."
    )
    editor_guide = _(
        "Write each step as an instruction, in plain words a child understands: “Don't pay”, “Keep the messages”. Link each step to the page or official service that helps do it; those pages then show this guide. Never ask for an image."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("steps"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("steps"),
        index.SearchField("body"),
    ]

    show_quick_exit = True

    class Meta:
        verbose_name = _("step-by-step guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.numbered_steps()
        return context

    def numbered_steps(self, current=None):
        """[(label, step, here)]: the label is the step's number, or "and" / "or" for a step joined to the one
        before; `here` when one of its links is the page `current`."""
        labels = {
            "and": pgettext_lazy("a step joined to the one before", "and"),
            "or": pgettext_lazy("a step joined to the one before", "or"),
        }
        result, number = [], 0
        for child in self.steps:
            step = child.value
            logic = step.get("logic") or ""
            if logic not in labels or number == 0:
                number += 1
                label = str(number)
            else:
                label = labels[logic]
            here = current is not None and any(
                link.get("page") is not None and link["page"].pk == current.pk for link in step.get("links") or []
            )
            result.append((label, step, here))
        return result
