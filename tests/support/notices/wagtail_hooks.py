"""What notices offer the site, through the foundation's extension points only."""

from wagtail import hooks

from ispolkom.core.features import HOME_BLOCKS, ROBOTS_DISALLOW, SEARCHABLE_PAGES, HomeBlock
from ispolkom.core.public import public_pages

from .models import NoticePage


@hooks.register(HOME_BLOCKS)
def notices_on_home(home, request):
    notices = public_pages(NoticePage.objects.descendant_of(home), request)
    return [HomeBlock(template="notices/home_block.html",
                      context={"notices": notices.order_by("-first_published_at")})]


@hooks.register(SEARCHABLE_PAGES)
def searchable_notices():
    return [NoticePage]


@hooks.register(ROBOTS_DISALLOW)
def notice_drafts(request):
    return ["/notices-drafts/"]
