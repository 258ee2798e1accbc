"""The admin form of a news article."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from ispolkom.core.editors import own_media_only
from ispolkom.framework import slug_is_free

from .slugs import SLUG_LENGTH, capped_slug, free_slug

# As editors in Belarus write dates, and ISO as the picker of other admins writes them.
DAY_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
DAY_AND_TIME_FORMATS = [
    "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y, %H:%M",
    "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S",
]
DAY_SHOWN = "%d.%m.%Y"
# Out of this range a date is a typo; far enough out, it would not even fit the database.
YEARS = range(1900, 2101)


def is_day_alone(text):
    for day_format in DAY_FORMATS:
        try:
            datetime.datetime.strptime(str(text or "").strip(), day_format)
        except ValueError:
            continue
        return True
    return False


class PublicationDateField(forms.DateTimeField):
    """The day alone ("16.02.2023", "2023-02-16") or the day and the time ("16.02.2023
    09:30"), whatever the language of the admin."""

    input_formats = DAY_AND_TIME_FORMATS + DAY_FORMATS
    default_error_messages = {"invalid": _(
        "Enter the day as 16.02.2023, or the day and the time as 16.02.2023 09:30.")}

    def to_python(self, value):
        result = super().to_python(value)
        if result and result.year not in YEARS:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return result


class PublicationDateInput(AdminDateTimeInput):
    """Wagtail's date and time picker in the format editors type, in 5-minute steps. It never
    rewrites what was typed (by default it puts today in place of a date it cannot read):
    the field checks it and says what is wrong."""

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%d.%m.%Y %H:%M")

    def get_config(self):
        return {**super().get_config(), "step": 5, "validateOnBlur": False}


class NewsArticleForm(WagtailAdminPageForm):
    class Meta(WagtailAdminPageForm.Meta):  # keeps Wagtail's widgets for the other fields
        field_classes = {"date": PublicationDateField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own_media_only(self)
        # The field shows what readers see: the day alone unless the time is shown.
        date = self.initial.get("date")
        if isinstance(date, datetime.datetime) and not self.initial.get("show_time"):
            self.initial["date"] = timezone.localtime(date).strftime(DAY_SHOWN)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("date") and is_day_alone(self["date"].data):
            cleaned_data["date"] = self.day_in_place(cleaned_data["date"])
        return cleaned_data

    def day_in_place(self, midnight):
        """A day alone keeps the article's own time on that day, so saving it again does not
        move it in the lists and a new article of today lists above today's earlier ones.
        Another day starts at midnight, a time nobody gave, so it is not shown."""
        own = self.instance.date
        if own and timezone.localtime(own).date() == timezone.localtime(midnight).date():
            return own
        self.cleaned_data["show_time"] = False
        return midnight

    def clean_slug(self):
        """The slug the admin's script made from a long title, capped before the article is
        first published (slugs.py); free among its siblings, so no second error follows."""
        slug = self.cleaned_data["slug"]
        if not slug or self.instance.first_published_at or len(slug) <= SLUG_LENGTH:
            return slug
        return free_slug(capped_slug(slug), lambda candidate: slug_is_free(
            candidate, self.parent_page, self.instance))


class SharedSectionForm(WagtailAdminPageForm):
    """A news section's form: the shared news it may list are the news library's sections in
    its own language, offered by name (a page chooser would open the whole tree); a section
    of the library itself shares none."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("shared_section")
        if field is None:
            return
        locale = self.instance.locale if self.instance.locale_id else self.parent_page.locale
        if self.in_library():
            del self.fields["shared_section"]
            return
        field.queryset = self._meta.model.of_library().filter(locale=locale)
        field.label_from_instance = lambda section: section.get_admin_display_title()
        field.widget = forms.Select(choices=field.choices)

    def in_library(self):
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        return parent is not None and getattr(parent.specific_class, "is_news_library", False)
