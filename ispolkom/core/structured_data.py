"""schema.org data for a page's <script type="application/ld+json">."""

import json

# As Django's json_script escapes: no "</script>" or "<!--" can end or bend the element.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def as_json_ld(data):
    """`data` as JSON that is safe to put inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)
