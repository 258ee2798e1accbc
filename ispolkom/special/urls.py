"""The special version's own route. It is mounted at the site's root but answers only under
/special/ (version.SETTINGS_PATH): elsewhere the view says 404."""

from django.urls import path

from .views import apply_settings

urlpatterns = [
    path("settings/", apply_settings, name="special_settings"),
]
