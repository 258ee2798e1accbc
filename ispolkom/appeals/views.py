"""The admin view that adds a weekly series of direct lines to a page's draft."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .forms import SeriesForm
from .models import DirectLinesPage


def add_series(request, page_id):
    page = get_object_or_404(DirectLinesPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    form = SeriesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        draft = page.get_latest_revision_as_object()
        added = draft.add_series(**form.cleaned_data)
        draft.save_revision(user=request.user, log_action=True)
        messages.success(request, ngettext(
            "%(count)s line added to the draft: choose the officials, then publish.",
            "%(count)s lines added to the draft: choose the officials, then publish.",
            added) % {"count": added})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(request, "appeals/admin/add_series.html", {
        "page": page, "form": form, "page_title": _("Add a series of lines"),
        "edit_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
    })
