import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=10_000)
    section = forms.TypedChoiceField(label=_("Section"), required=False, coerce=int,
                                     empty_value=None)
    date_from = forms.DateField(label=_("From"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data, sections):
        super().__init__(data)
        self.fields["section"].choices = [("", _("All sections"))] + [
            (section.pk, section.title) for section in sections]

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "").strip()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is earlier than the start date."))
        return cleaned

    def value(self, name):
        """A cleaned value, or None where the visitor's input was invalid."""
        return self.cleaned_data.get(name) if self.is_bound else None

    def date_range(self):
        """[from, to) as aware datetimes in the site's time zone; the end day is included."""
        start, end = self.value("date_from"), self.value("date_to")
        if self.errors.get("date_to") or end == datetime.date.max:
            end = None  # no day follows the last one a date can hold, and none is needed
        return (start_of(start) if start else None,
                start_of(end + datetime.timedelta(days=1)) if end else None)


def start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
