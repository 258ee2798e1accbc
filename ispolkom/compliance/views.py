"""The report of required content (Reports → Required content): one row per item the law
requires, for one site, with its Russian and Belarusian pages."""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from ispolkom.core.editors import editable_sites

from .required import report


class SiteFilterSet(WagtailFilterSet):
    """The site chooser, offered only when the user works on several sites."""

    site = django_filters.ModelChoiceFilter(
        label=_("Site"), queryset=Site.objects.select_related("root_page"), empty_label=None,
        method="chosen_site")

    class Meta:
        model = Site
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["site"].queryset = self.sites = editable_sites(
            self.request.user).select_related("root_page")
        if self.sites.count() < 2:
            del self.filters["site"]

    def chosen_site(self, queryset, name, value):
        return queryset  # the view reads the choice; the rows are not a queryset


class RequiredContentReport(ReportView):
    page_title = _("Required content")
    header_icon = "tasks"
    template_name = "compliance/required_content.html"
    results_template_name = "compliance/required_content_results.html"
    index_url_name = "compliance_report"
    index_results_url_name = "compliance_report_results"
    filterset_class = SiteFilterSet
    paginate_by = None
    list_export = ["group", "label", "ru_url", "be_url", "updated", "status_label"]
    export_headings = {
        "group": _("Group"), "label": _("Item"), "ru_url": _("Russian"),
        "be_url": _("Belarusian"), "updated": _("Last updated"), "status_label": _("Status"),
    }

    def get_filename(self):
        return "required-content"

    @cached_property
    def site(self):
        """The chosen site, else the one the editor is on, else the default one, else the
        first: of the sites the editor works on (none: the report is empty)."""
        filters = self.filters
        if filters is not None and filters.is_valid() and filters.form.cleaned_data.get("site"):
            return filters.form.cleaned_data["site"]
        sites = editable_sites(self.request.user)
        here = Site.find_for_request(self.request)
        if here is not None and sites.filter(pk=here.pk).exists():
            return here
        return (sites.filter(is_default_site=True).first()
                or sites.order_by("hostname", "port").first())

    def get_queryset(self):
        return report(self.site) if self.site else []

    def filter_queryset(self, queryset):
        return queryset

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["site"] = self.site
        return context
