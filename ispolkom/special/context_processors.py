from .middleware import PREFIX


def special_version(request):
    """Where the current page lives in the regular and in the special version."""
    path = request.get_full_path()
    if getattr(request, "is_special", False):
        regular = path[len(PREFIX):] or "/"
        return {"special": request.special_settings, "special_url": path, "regular_url": regular}
    return {"special": None, "special_url": PREFIX + path, "regular_url": path}
