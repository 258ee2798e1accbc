"""The questions in the admin (a snippet list with filters, search and CSV export), and what
the question form offers the site search and the required-content report."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ispolkom.core.committees import index_page, step
from ispolkom.core.editors import SiteScopedViewSetMixin
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    REQUIRED_CONTENT,
    SEARCHABLE_PAGES,
    SITE_EDITOR_PERMISSIONS,
    RequiredItem,
)

from .models import FeedbackMessage, FeedbackPage


class FeedbackMessageViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = FeedbackMessage
    icon = "mail"
    menu_label = _("Questions")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "contact", "language", "status", "created"]
    list_filter = ["status", "language"]
    list_export = ["created", "language", "name", "contact", "text", "status", "staff_note"]
    export_filename = "questions"
    # Searched in the database: personal data never enters the site's search index.
    search_fields = ["name", "contact", "text"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True


register_snippet(FeedbackMessageViewSet)


@hooks.register(SITE_EDITOR_PERMISSIONS)
def site_editors_answer_questions():
    """A committee's editors read and answer its site's questions (Feedback readers, every
    site's), and say who hears of them (the site's question form settings)."""
    return ["feedback.view_feedbackmessage", "feedback.change_feedbackmessage",
            "feedback.change_feedbacksettings"]


@hooks.register(SEARCHABLE_PAGES)
def searchable_feedback_pages():
    return [FeedbackPage]


@hooks.register(REQUIRED_CONTENT)
def feedback_form_required():
    return [RequiredItem("feedback", "feedback-form", _("Question form (feedback)"),
                         FeedbackPage)]


@hooks.register(COMMITTEE_PAGES, order=10)  # the form's menu item after the other features'
def question_form(home, language):
    """The form under the home (the demo's sits under its appeals page, which this app does
    not know); found anywhere in the tree if an editor moves it there."""
    return [step("question form", index_page(
        home, language, "question", FeedbackPage, _("Ask a question"), show_in_menus=True))]
