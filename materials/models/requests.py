"""School requests: printed copies or an Internet Safety Class. The one public form of the site."""

from functools import cache

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.editor_guide import EditorGuidePanel
from core.exports import SafeCSVExportMixin
from materials.form_defences import count_submission, over_rate_limit, with_honeypot

SAFE_FIELD_TYPES = [
    ("singleline", _("Single line text")),
    ("multiline", _("Multi-line text")),
    ("email", _("Email")),
    ("number", _("Number")),
    ("date", _("Date")),
    ("dropdown", _("Drop down")),
    ("checkboxes", _("Checkboxes")),
    ("radio", _("Radio buttons")),
    ("checkbox", _("Checkbox")),
]  # No file field, ever: the public never uploads anything to this site.


class SubmissionsPanel(FormSubmissionsPanel):
    """Wagtail's count of a form's submissions, with its link, shown only to those who may open them (the
    `filter_form_submissions_for_user` hooks say who: governance lets only the School liaison group)."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            if not super().is_shown():
                return False
            forms = Page.objects.filter(pk=self.instance.pk)
            for hook in hooks.get_hooks("filter_form_submissions_for_user"):
                forms = hook(self.request.user, forms)
            return forms.exists()


class SchoolRequestField(AbstractFormField):
    page = ParentalKey("materials.SchoolRequestPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(verbose_name=_("field type"), max_length=16, choices=SAFE_FIELD_TYPES)


@cache
def submissions_view():
    """Wagtail's submissions listing, whose CSV export neutralises formulas: the answers come from the public.
    Built on first use, because Wagtail's forms views cannot be imported while the models load."""
    from wagtail.contrib.forms.views import SubmissionsListView

    return type("SchoolRequestSubmissionsView", (SafeCSVExportMixin, SubmissionsListView), {"__module__": __name__})


class SchoolRequestPage(AbstractEmailForm):
    """A form for schools to request printed copies or an Internet Safety Class."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    thank_you_text = RichTextField(_("thank-you message"), blank=True, features=["bold", "link", "ul"])
    privacy_note = models.TextField(
        _("privacy note"),
        blank=True,
        help_text=_("Shown above the button: who sees the request and how long it is kept."),
    )

    template = "pages/school_request_page.html"
    landing_page_template = "pages/school_request_page_landing.html"

    def get_submissions_list_view_class(self):
        return submissions_view()

    parent_page_types = ["materials.MaterialsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The form schools use to request printed copies or an Internet Safety Class. Submissions are seen only "
        "by the School liaison group and are deleted after the retention period."
    )
    editor_guide = _(
        "The form schools use to ask for printed copies or a class. Ask only for what the liaison needs to answer: never for a child's name or details. The submissions are seen only by the School liaison group and deleted after the retention period."
    )

    content_panels = [
        EditorGuidePanel(),
        *AbstractEmailForm.content_panels,
        SubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("school request form")

    def get_form_class(self):
        return with_honeypot(super().get_form_class())

    def serve(self, request, *args, **kwargs):
        """Wagtail's form handling, behind a honeypot and a rate limit. A bot gets the thank-you page and
        nothing is stored or sent; a client that has sent FORM_RATE_LIMIT_PER_HOUR accepted submissions this
        hour gets a 429 with the form and an explanation. A form with errors is shown again and not counted."""
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            return super().serve(request, *args, **kwargs)  # the form again, with its errors: never counted
        if form.is_bot:
            return TemplateResponse(request, self.get_landing_page_template(request), self.get_context(request))
        if over_rate_limit(request, self):
            context = self.get_context(request)
            context["form"] = form
            context["rate_limited"] = True
            return TemplateResponse(request, self.get_template(request), context, status=429)
        response = super().serve(request, *args, **kwargs)
        count_submission(request, self)
        return response
