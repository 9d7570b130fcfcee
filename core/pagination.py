"""One way to paginate a listing, with one answer to a bad ?page=: a malformed value is a bad parameter
(400), a page past the end is not found (404). Used by news, search, the materials library and the
calendar archive."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from core.params import whole_number

MAX_PAGE = 10_000


def paginate(request, items, per_page, parameter="page"):
    """The page of `items` that `?page=` asks for (the first without one), as Django's Page, with
    `elided_range` for components/pagination.html (numbers and the paginator's ELLIPSIS)."""
    number = whole_number(request.GET.get(parameter), minimum=1, maximum=MAX_PAGE) or 1
    paginator = Paginator(items, per_page)
    try:
        page = paginator.page(number)
    except EmptyPage as error:
        raise Http404("No such page of this listing") from error
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page
