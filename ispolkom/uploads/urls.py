"""Media served by Django itself (SERVE_MEDIA: `make run`, browser tests), mounted at /media/.

Only the directories where Wagtail writes images (AbstractImage.get_upload_to and
AbstractRendition.get_upload_to): documents are served by Wagtail's view, which checks the
privacy of their collection. nginx serves the same two directories in production
(docs/deployment.md).
"""

from django.urls import re_path

from .views import serve_image_file

urlpatterns = [
    re_path(r"^(?P<directory>original_images|images)/(?P<path>.+)$", serve_image_file),
]
