from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import RequiredContentReport


@hooks.register("register_admin_urls")
def report_urls():
    # The admin's URLs are behind its door: access to the admin and two-step verification.
    return [
        path("reports/required-content/", RequiredContentReport.as_view(),
             name="compliance_report"),
        path("reports/required-content/results/",
             RequiredContentReport.as_view(results_only=True),
             name="compliance_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return MenuItem(_("Required content"), reverse("compliance_report"),
                    name="required-content", icon_name="tasks", order=1300)
