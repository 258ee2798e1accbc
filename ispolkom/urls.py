from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from ispolkom.core import views as core_views
from ispolkom.core.sitemap import MultilingualSitemap
from ispolkom.health.views import health
from ispolkom.search.views import search_view
from ispolkom.special.views import apply_settings

urlpatterns = [
    path("", core_views.choose_language, name="choose_language"),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("settings/", apply_settings, name="special_settings"),  # only under /special/
    path("health/", health, name="health"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", search_view, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Friendly, localized refusals instead of Django's bare pages (see ispolkom/core/errors.py).
handler400 = "ispolkom.core.errors.bad_request"
handler403 = "ispolkom.core.errors.permission_denied"

handler500 = "ispolkom.health.views.server_error"
