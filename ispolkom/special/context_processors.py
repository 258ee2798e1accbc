from django.utils.encoding import iri_to_uri

from .middleware import PREFIX, mount_point


def special_version(request):
    """Where the current page lives in the regular and in the special version."""
    query = request.META.get("QUERY_STRING", "")
    here = request.path_info + (f"?{iri_to_uri(query)}" if query else "")
    mount = mount_point(request)
    return {
        "special": request.special_settings if getattr(request, "is_special", False) else None,
        "special_url": mount + PREFIX + here,
        "regular_url": mount + here,
    }
