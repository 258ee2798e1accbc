"""The question form of the site: a page with the form, the questions it stores and the
site's settings for them. A question sent here is not an appeal under Law No. 300-З (those go
only through обращения.бел), and the page says so."""

from http import HTTPMethod

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, Site
from wagtail.search import index

from ispolkom.core.editors import ANOTHER_SITES_PAGE, sites_of
from ispolkom.core.errors import error_page
from ispolkom.core.structured_data import as_json_ld
from ispolkom.security.addresses import client_address
from ispolkom.security.limits import GuessLimit, too_many
from ispolkom.special.version import regular_urls

from .forms import HONEYPOT, TOKEN, TRAPPED, QuestionForm, issue_token, token_problem
from .mail import notify_staff

QUESTIONS_BY_ADDRESS = GuessLimit("feedback-address", "FEEDBACK_LIMIT")
TOO_MANY_QUESTIONS = (
    _("Too many questions"),
    ngettext_lazy(
        "Too many questions were sent from your address. Try again in %(minutes)d minute.",
        "Too many questions were sent from your address. Try again in %(minutes)d minutes.",
        "minutes",
    ),
)


@register_setting(icon="mail")
class FeedbackSettings(BaseSiteSetting):
    """Who hears of a new question, and the privacy notice the consent links to."""

    notify_addresses = models.TextField(
        _("notify addresses"), blank=True,
        help_text=_("E-mail addresses told of each new question, one per line."))
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_("The page on the processing of personal data that the consent links to."))

    panels = [FieldPanel("notify_addresses"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("question form")

    def clean(self):
        super().clean()
        if self.privacy_page_id and self.site_id not in sites_of(self.privacy_page.path):
            raise ValidationError({"privacy_page": ANOTHER_SITES_PAGE})
        for address in self.addresses():
            try:
                validate_email(address)
            except ValidationError as error:
                raise ValidationError({"notify_addresses": _(
                    "“%(address)s” is not an e-mail address.") % {"address": address}}) from error

    def addresses(self):
        return [line.strip() for line in self.notify_addresses.splitlines() if line.strip()]


class FeedbackPage(RoutablePageMixin, Page):
    """The question form: its introduction, the notice that it is not an appeal, the form,
    and the confirmation at thanks/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = []
    # Nothing else: a page that only shows and takes a form.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS,
                            HTTPMethod.POST]

    class Meta:
        verbose_name = _("question form page")

    @path("")
    def question_form(self, request):
        """The form; a question sent is stored, staff are told, and the visitor is sent to
        the confirmation (POST/redirect/GET). Neither answer may be kept by the page cache:
        the form carries a CSRF token and a time token of its own."""
        if request.method != "POST":
            return self.show_form(request, QuestionForm(), issue_token(self))
        address = client_address(request)
        # Every attempt counts, abusive ones too; a visitor's typo is given back below.
        seconds = QUESTIONS_BY_ADDRESS.take(address)
        if seconds:
            return too_many(request, TOO_MANY_QUESTIONS, seconds)
        token = request.POST.get(TOKEN, "")
        problem = token_problem(token, self)
        if problem is None and request.POST.get(HONEYPOT):
            problem = TRAPPED
        if problem is not None:
            response = error_page(request, 400, problem)
            response["Cache-Control"] = "no-store"
            return response
        form = QuestionForm(request.POST)
        if not form.is_valid():
            QUESTIONS_BY_ADDRESS.give_back(address)
            return self.show_form(request, form, token)
        site = Site.find_for_request(request) or self.get_site()
        message = FeedbackMessage.objects.create(
            site=site, page=self, language=self.locale.language_code,
            name=form.cleaned_data["name"], contact=form.cleaned_data["contact"],
            text=form.cleaned_data["text"], consent_at=timezone.now(),
        )
        notify_staff(message, FeedbackSettings.for_site(site).addresses(), request)
        return private(redirect(self.thanks_url(request)))

    def show_form(self, request, form, token):
        privacy = FeedbackSettings.for_request(request).privacy_page
        if privacy is not None:
            privacy = privacy.specific.get_translation_or_none(self.locale) or privacy
        return private(self.render(request, context_overrides={
            "form": form, "token": token, "privacy_page": privacy,
            "structured_data": self.structured_data(request)}))

    def structured_data(self, request):
        """schema.org ContactPage, at its regular address, safe inside <script>."""
        with regular_urls(request):
            url = self.get_full_url(request)
        return mark_safe(as_json_ld({  # noqa: S308 -- as_json_ld escapes for <script>
            "@context": "https://schema.org", "@type": "ContactPage", "name": self.title,
            "url": url, "inLanguage": self.locale.language_code,
            **({"description": self.intro} if self.intro else {}),
        }))

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return private(self.render(request, template="feedback/feedback_thanks.html"))

    def thanks_url(self, request):
        return self.get_url(request) + self.reverse_subpage("thanks")


class FeedbackMessage(models.Model):
    """A question as sent, kept for the staff who answer it."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        ANSWERED = "answered", _("answered")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("site"))
    page = models.ForeignKey(FeedbackPage, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("form page"))
    language = models.CharField(_("language"), max_length=8)
    name = models.CharField(_("name"), max_length=200)
    contact = models.CharField(_("e-mail or phone"), max_length=200)
    text = models.TextField(_("question"))
    consent_at = models.DateTimeField(_("consent given"))
    created = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices,
                              default=Status.NEW, db_index=True)
    staff_note = models.TextField(_("note for staff"), blank=True)

    panels = [
        MultiFieldPanel([
            FieldPanel("name", read_only=True), FieldPanel("contact", read_only=True),
            FieldPanel("text", read_only=True), FieldPanel("language", read_only=True),
            FieldPanel("created", read_only=True), FieldPanel("consent_at", read_only=True),
        ], heading=_("Question")),
        FieldPanel("status"),
        FieldPanel("staff_note"),
    ]

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return f"{self.name}: {self.text[:60]}"


def private(response):
    patch_cache_control(response, private=True)
    return response
