from wagtail import hooks

from ispolkom.core.features import ROBOTS_DISALLOW

from .version import SETTINGS_PATH


@hooks.register(ROBOTS_DISALLOW)
def settings_links_are_not_pages(request):
    """Every page's panel links to the settings view: crawlers would only set cookies."""
    return [SETTINGS_PATH]
