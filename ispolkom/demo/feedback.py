"""The demo's question form under the appeals page, the privacy notice its consent links to,
and the form's settings (data/feedback.json, our own wording)."""

from wagtail.models import Page
from wagtail.rich_text import RichText

from ispolkom.core.models import StandardPage
from ispolkom.feedback.editors import ensure_feedback_reader_group
from ispolkom.feedback.models import FeedbackPage, FeedbackSettings

from . import data


def build_feedback(homes, add_translations):
    """The privacy page under each home, the form under each appeals page ({lang: page})."""
    text = data.load("feedback")
    privacy = add_translations(homes, lambda lang: StandardPage(
        title=text["privacy"][lang]["title"], intro=text["privacy"][lang]["intro"],
        body=[("paragraph", RichText(f"<p>{line}</p>")) for line in text["privacy"][lang]["body"]],
        show_in_menus=False), slug=text["privacy"]["slug"])
    appeals = {lang: Page.objects.child_of(home).get(slug=text["parent"])
               for lang, home in homes.items()}
    question = text["question"]
    add_translations(appeals, lambda lang: FeedbackPage(
        title=question[lang]["title"], intro=question[lang]["intro"], show_in_menus=True),
        slug=question["slug"])
    site = next(iter(homes.values())).get_site()
    settings = FeedbackSettings.for_site(site)
    settings.notify_addresses = "\n".join(text["notify"])
    settings.privacy_page = next(iter(privacy.values()))
    settings.save()
    ensure_feedback_reader_group()
