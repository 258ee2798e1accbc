"""The registry's filter form (GET, works without JavaScript). A value that is not one of
the choices is ignored, with a note by its field: a bad link never gives an error page."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import ActType, IssuingBody, LegalForce
from .numbers import QUERY_LENGTH, number_in

ANY = [("", pgettext_lazy("document filter", "all"))]


class RegistryFilter(forms.Form):
    year = forms.ChoiceField(label=_("Year"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=ANY + ActType.choices)
    body = forms.ChoiceField(label=_("Issued by"), required=False,
                             choices=ANY + IssuingBody.choices)
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=ANY + LegalForce.choices)
    q = forms.CharField(label=_("Words of the title or text"), required=False)
    number = forms.CharField(label=_("Number"), required=False)

    def __init__(self, data, years):
        super().__init__(data)
        self.fields["year"].choices = ANY + [(str(year), str(year)) for year in years]

    def clean_q(self):
        return self.cleaned_data["q"][:QUERY_LENGTH]

    def clean_number(self):
        text = self.cleaned_data["number"][:QUERY_LENGTH]
        number = number_in(text)
        if text and not number:
            raise ValidationError(_("Enter the number as on the act, e.g. 392 or 12-р."),
                                  code="invalid_number")
        return number

    def chosen(self):
        """The valid, non-empty filters: {name: value}."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items()
                if value}
