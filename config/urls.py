"""URL map: health check, admin and static media outside the language prefix; the site under /<code>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config import views
from courses.sitemaps import MultilingualSitemap
from learners import offline
from learners import views as learner_views
from learners.api import api

handler500 = "config.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("offline/ping", offline.heartbeat, name="offline_heartbeat"),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own: the same URL, served with byte ranges (config/views.py, core/media.py).
    path("documents/<int:document_id>/<str:document_filename>", views.document),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", api.urls),
    path("h5p/", include("h5p.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    # Uploads, in development and on a single small server alike, always under a policy that runs nothing.
    path(settings.MEDIA_URL.strip("/") + "/<path:path>", views.uploaded_file, name="uploaded_file"),
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("learner/", include("learners.urls")),
    path("practice/", include("simulators.urls")),
    path("groupe/", include("classes.urls")),
    path("diagnostic/", include("diagnostic.urls")),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("offline/", offline.offline_page, name="offline_page"),
    path("verify/", learner_views.verify, name="learners_verify_form"),
    path("verify/<str:code>/", learner_views.verify, name="learners_verify"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
