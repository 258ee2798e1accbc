"""Reading an HTML form the way a browser submits it."""


def submitted_fields(form, skipped_types=("file",)):
    """{name: value} of what the browser would send for `form` (a BeautifulSoup element):
    checked boxes only, a select's chosen option (else its first), no fields of
    `skipped_types`."""
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in skipped_types or (
                field.get("type") in ("checkbox", "radio") and not field.has_attr("checked")):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", field.text if field.name == "textarea" else "")
    return data
