"""Reading the site's sitemaps as a crawler does: /sitemap.xml is an index, each child a
<urlset> (ispolkom/core/sitemap.py)."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def child_locations(client, **extra):
    """The <loc> of every child sitemap the index names, in order."""
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200, response.status_code
    index = ElementTree.fromstring(response.content)
    assert index.tag == f"{{{NS['s']}}}sitemapindex", index.tag
    return [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]


def sitemap_paths(client, **extra):
    """/sitemap.xml and the path of every child it names."""
    return ["/sitemap.xml", *(urlsplit(loc).path for loc in child_locations(client, **extra))]


def sitemap_children(client, **extra):
    """The text of every child sitemap, each fetched at the path its <loc> names."""
    texts = []
    for location in child_locations(client, **extra):
        response = client.get(urlsplit(location).path, **extra)
        assert response.status_code == 200, (location, response.status_code)
        texts.append(response.content.decode())
    return texts


def sitemap_text(client, **extra):
    """Every child sitemap's text, one after the other: for "is this URL listed" checks."""
    return "\n".join(sitemap_children(client, **extra))


def sitemap_locations(client, **extra):
    """The <loc> of every page the sitemaps list, in order, children read one by one."""
    return [loc.text for text in sitemap_children(client, **extra)
            for loc in ElementTree.fromstring(text.encode()).findall("s:url/s:loc", NS)]
