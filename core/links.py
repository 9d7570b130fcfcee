"""Links in the site's own words."""


def tel_href(number):
    """`0120-007-110` -> `tel:0120007110`: keep digits and a leading plus; a short code such as `#8103`
    keeps its `#`, escaped as `%23` as RFC 3966 requires."""
    number = str(number or "").strip()
    digits = "".join(ch for ch in number if ch.isdigit())
    prefix = "+" if number.startswith("+") else "%23" if number.startswith(("#", "＃")) else ""
    return f"tel:{prefix}{digits}"
