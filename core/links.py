"""Links in the site's own words."""


def tel_href(number):
    """`0120-007-110` -> `tel:0120007110`: keep digits and a leading plus."""
    number = str(number or "").strip()
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"tel:{'+' if number.startswith('+') else ''}{digits}"
