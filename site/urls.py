from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import urls as accounts_urls
from accounts import views as accounts_views
from core import views as core_views
from core.sitemaps import LocalizedSitemap
from materials.admin_views import documents_index, documents_index_results
from pagecache import variants
from sitesearch import views as search_views

urlpatterns = [
    path("", core_views.root_redirect, name="root"),
    # Two-step sign-in, under the admin's address and before Wagtail's own admin URLs.
    path(settings.ADMIN_URL_PATH, include(accounts_urls)),
    # A new page is created only when its editor saves it: Wagtail's own view, without autosave.
    path(
        f"{settings.ADMIN_URL_PATH}pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        core_views.create_page,
        name="create_page",
    ),
    # The documents listing with thumbnails, page counts, languages and material pages (materials/admin_views.py).
    path(f"{settings.ADMIN_URL_PATH}documents/", documents_index, name="documents_index"),
    path(f"{settings.ADMIN_URL_PATH}documents/results/", documents_index_results, name="documents_index_results"),
    path(settings.ADMIN_URL_PATH, include(wagtailadmin_urls)),
    # Privacy passwords are throttled (core.views), ahead of Wagtail's own forms.
    path("documents/authenticate_with_password/<int:restriction_id>/", core_views.document_password),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail's public sign-in (WAGTAIL_FRONTEND_LOGIN_URL) is the two-step sign-in.
    path("sign-in/", accounts_views.public_sign_in, name="public_sign_in"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("healthz", core_views.liveness, name="liveness"),
    path("readyz", core_views.readiness, name="readiness"),
    # Django's sitemap view reads ?p= (a page of the sitemap); any other parameter is redirected away.
    path("sitemap.xml", variants.accepts("p")(sitemap), {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
]

# Image renditions, served by the app when no proxy serves them (`make run`, `make serve`). Originals and
# documents are never served from media/: documents go through Wagtail's view above.
if settings.MEDIA_URL.startswith("/"):
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/images/(?P<path>.+)$",
            core_views.serve_image_rendition,
            name="image_rendition",
        )
    )

# Every public page lives under a language prefix: /ja/ (the default) and /en/.
urlpatterns += i18n_patterns(
    # Wagtail's page pattern takes no dots. This one hands `<page path>/<name>.ics` (or .zip, .csv, .xml) to the page's
    # own routes (RoutablePageMixin), so any page can serve a feed or a file: not tied to one slug.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|zip|csv|xml))$", core_views.serve_page_file, name="page_file"),
    path("search/", search_views.search, name="search"),
    path("_util/login/", accounts_views.public_sign_in),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        core_views.page_password,
    ),  # ahead of Wagtail's own password-only form
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "core.views.server_error"
