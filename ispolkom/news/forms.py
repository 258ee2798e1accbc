"""The admin form of a news article."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from ispolkom.framework import slug_is_free

from .slugs import SLUG_LENGTH, capped_slug, free_slug


class NewsArticleForm(WagtailAdminPageForm):
    def clean_slug(self):
        """The slug the admin's script made from a long title, capped before the article is
        first published (slugs.py); free among its siblings, so no second error follows."""
        slug = self.cleaned_data["slug"]
        if not slug or self.instance.first_published_at or len(slug) <= SLUG_LENGTH:
            return slug
        return free_slug(capped_slug(slug), lambda candidate: slug_is_free(
            candidate, self.parent_page, self.instance))


class PublicationDateInput(AdminDateTimeInput):
    """Wagtail's date and time picker, in 5-minute steps instead of whole hours. The field
    takes the day alone too ("2023-02-16", "16.02.2023"): the time is then 00:00, and the
    article shows the date alone unless the editor asks for the time."""

    def get_config(self):
        return {**super().get_config(), "step": 5}
