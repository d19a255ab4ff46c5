"""/sitemap.xml: every live page in every language (Wagtail's sitemap only covers the default site's tree)."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap, extended to the translations of the site's root page."""

    def items(self):
        site = (
            Site.find_for_request(self.request) if self.request else Site.objects.filter(is_default_site=True).first()
        )
        if site is None:
            return []
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
