from django.utils.encoding import escape_uri_path

from .version import PREFIX, mount_point


def path_with_query(request, path):
    """`path` plus the request's query, re-encoded from the parsed parameters (the raw
    QUERY_STRING may hold UTF-8 bytes decoded as Latin-1)."""
    query = request.GET.urlencode()
    return escape_uri_path(path) + (f"?{query}" if query else "")


def special_version(request):
    """Where the current page lives in the regular and in the special version."""
    here = path_with_query(request, request.path_info)
    mount = mount_point(request)
    return {
        "special": request.special_settings if getattr(request, "is_special", False) else None,
        "special_url": mount + PREFIX + here,
        "regular_url": mount + here,
    }
