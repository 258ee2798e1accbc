from django.urls import path

from .views import hide

app_name = "alerts"
urlpatterns = [path("alerts/<int:alert_id>/hide/", hide, name="hide")]
