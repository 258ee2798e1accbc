from django.urls import path

from . import views

urlpatterns = [
    path("live/", views.live, name="health_live"),
    path("ready/", views.ready, name="health_ready"),
    path("", views.ready, name="health"),  # the readiness answer, as before
]
