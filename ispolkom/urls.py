from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from ispolkom.core import icons, routing, sitemap
from ispolkom.core import views as core_views
from ispolkom.search.views import search_view
from ispolkom.security import sign_in
from ispolkom.uploads.views import serve_document

urlpatterns = [
    path("", core_views.choose_language, name="choose_language"),
    # The admin's login with limits on guessing, under Wagtail's own name and address.
    path(f"{settings.ADMIN_PATH}/login/", sign_in.AdminLoginView.as_view(),
         name="wagtailadmin_login"),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    # Wagtail's document view with honest headers, under Wagtail's own name and address.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("ispolkom.special.urls")),  # its settings view answers only under /special/
    path("health/", include("ispolkom.health.urls")),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Browsers ask for these at the root whatever a page's <link rel="icon"> says.
    path("favicon.ico", icons.favicon, name="favicon"),
    path("apple-touch-icon.png", icons.apple_touch_icon, name="apple_touch_icon"),
    # The index and its children: addresses, sizes and caching in ispolkom/core/sitemap.py.
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    re_path(r"^sitemaps/pages-(?P<number>[1-9][0-9]{0,8})\.xml$", sitemap.sitemap_child,
            name="sitemap_child"),
]

if settings.SERVE_MEDIA:  # images only: documents go through serve_document above
    urlpatterns += [path("media/", include("ispolkom.uploads.urls"))]

urlpatterns += i18n_patterns(
    path("search/", search_view, name="search"),
    # Wagtail's sign-in and page-password views, with two-step codes and limits on guessing.
    path("_util/login/", sign_in.SiteLoginView.as_view(), name="wagtailcore_login"),
    path("_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
         sign_in.page_password, name="wagtailcore_authenticate_with_password"),
    # The language switch's notice for a page missing in this language.
    path("_util/untranslated/", core_views.untranslated, name="untranslated"),
    path("", include("ispolkom.alerts.urls")),  # hiding a banner, before Wagtail's pages
    # Wagtail's page view, routed in two queries (core/routing.py).
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

# Friendly, localized answers instead of Django's bare pages: all in ispolkom/core/errors.py.
handler400 = "ispolkom.core.errors.bad_request"
handler403 = "ispolkom.core.errors.permission_denied"
handler500 = "ispolkom.core.errors.server_error"
