"""Pages made by tests the way editors make them."""


def added(parent, page, live=True):
    """`page` added under `parent`: published through a revision, or left unpublished."""
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
    return page
