"""Demo home: the home pages, About and its pages of demo/data/home.yaml, and the site and its settings."""

from wagtail.models import Page, Site

from core.models import SiteSettings
from demo.builders import block_from_data, ensure_page, ensure_translation, locale, read_data, stream
from demo.localize import translate_with_localize
from home.models import ContentPage, HomePage


def load(report, scale=1):
    """Build the home pages and the About pages in both languages. Idempotent."""
    data = read_data("home")
    home_ja = ensure_home(report)
    home_en = data["home"]["en"]
    ensure_translation(home_ja, "en", {**home_en, "body": stream(home_en["body"])}, report)
    about = data["about"]
    ja = ensure_page(
        home_ja,
        ContentPage,
        about["slug"],
        {**about["ja"], "show_in_menus": True, "body": stream(about["ja"]["body"])},
        report,
    )
    translate(ja, about["en"], report)
    for child in data["about_pages"]:
        child_ja = ensure_page(
            ja, ContentPage, child["slug"], {**child["ja"], "body": stream(child["ja"]["body"])}, report
        )
        translate(child_ja, child["en"], report)
    configure_site_settings(home_ja)
    return home_ja


def translate(page_ja, fields_en, report):
    """The English About pages are made through wagtail-localize, as an editor would translate them; a page
    whose English differs in shape from its Japanese is translated as a plain copy instead."""
    fields_en = {**fields_en, "body": [block_from_data(item) for item in fields_en["body"]]}
    translated = translate_with_localize(page_ja, "en", fields_en, report)
    if translated is None:
        translated = ensure_translation(page_ja, "en", {**fields_en, "body": stream(fields_en["body"])}, report)
    return translated


def finish(report, scale=1):
    """Runs after every section exists: About goes last in the menu, and the hero's second button leads
    to the guidance."""
    home_ja = ensure_home(report)
    about = Page.objects.child_of(home_ja).filter(slug="about").first()
    if about is not None and about.get_next_sibling() is not None:
        for page in about.get_translations(inclusive=True):
            page.move(page.get_parent(), pos="last-child")
    for home in HomePage.objects.filter(translation_key=home_ja.translation_key):
        if home.hero_secondary_page_id is None:
            guidance = Page.objects.child_of(home).filter(slug="guidance").first()
            if guidance is not None:
                home.hero_secondary_page = guidance
                home.save_revision().publish()
                report.note(f"{home.locale.language_code}: home page links the guidance")


def ensure_home(report):
    """Replace Wagtail's placeholder welcome page with the Japanese home page and point the site at it."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    ja = locale("ja")
    home = HomePage.objects.filter(locale=ja, depth=2).first()
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page at slug "home"; it has no content.
        for placeholder in Page.objects.filter(depth=2, content_type__model="page", numchild=0):
            placeholder.delete()
        home_data = read_data("home")["home"]["ja"]
        home = HomePage(slug="home", locale=ja, **{**home_data, "body": stream(home_data["body"])})
        root.add_child(instance=home)
        home.save_revision().publish()
        report.note("ja: home page")
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "No!! 児童性的虐待記録物"
    site.save()
    return home


def configure_site_settings(home_ja):
    site = Site.objects.get(root_page=home_ja)
    site_settings = SiteSettings.for_site(site)
    if site_settings.privacy_page_id:
        return
    about = home_ja.get_children().get(slug="about")
    site_settings.privacy_page = about.get_children().get(slug="privacy")
    site_settings.accessibility_page = about.get_children().get(slug="accessibility")
    site_settings.terms_page = about.get_children().get(slug="terms")
    site_settings.save()
