"""The admin's form for a series of direct lines ("every Saturday 09:00–12:00")."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LONGEST_SERIES, WEEKDAY_CHOICES


class SeriesForm(forms.Form):
    weekday = forms.TypedChoiceField(label=_("weekday"), choices=WEEKDAY_CHOICES, coerce=int,
                                     initial=5)
    first = forms.DateField(label=_("first date"), widget=forms.DateInput(attrs={"type": "date"}))
    last = forms.DateField(label=_("last date"), widget=forms.DateInput(attrs={"type": "date"}))
    time_from = forms.TimeField(label=_("starts at"), initial=datetime.time(9),
                                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    time_to = forms.TimeField(label=_("ends at"), initial=datetime.time(12),
                              widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    phone = forms.CharField(label=_("phone"), max_length=64, required=False)
    topic = forms.CharField(label=_("topic"), max_length=255, required=False)

    def clean(self):
        data = super().clean()
        first, last = data.get("first"), data.get("last")
        if first and last and not 0 <= (last - first).days <= LONGEST_SERIES:
            self.add_error("last", _("Give a period of at most a year, ending after it starts."))
        start, end = data.get("time_from"), data.get("time_to")
        if start and end and end <= start:
            self.add_error("time_to", _("The end must be later than the start."))
        return data
