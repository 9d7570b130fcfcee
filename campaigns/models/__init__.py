"""The campaign calendar's models (docs/architecture.md):

- calendar.py: CampaignCalendarPage, the calendar of one language with its year, month, archive and feed routes;
- pages.py: CampaignPage (every year in a month, every year over a range, or once) and its per-year changes;
- events.py: EventPage;
- entries.py: what both share as calendar entries (iCalendar identity, their rows in the occurrences table);
- listings.py: occurrences with their pages, for the calendar, its feed and the home page;
- occurrences.py: Occurrence, the table the calendar, the feeds and the home page read;
- snippets.py: the Organiser and Venue snippets.
"""

from campaigns.models.calendar import CampaignCalendarPage
from campaigns.models.entries import CalendarEntryMixin
from campaigns.models.events import EventPage
from campaigns.models.listings import attach_pages, rebuild_all_occurrences
from campaigns.models.occurrences import Occurrence, next_change
from campaigns.models.pages import CampaignPage, CampaignYearOverride
from campaigns.models.snippets import Organiser, Venue

__all__ = [
    "CalendarEntryMixin",
    "CampaignCalendarPage",
    "CampaignPage",
    "CampaignYearOverride",
    "EventPage",
    "Occurrence",
    "Organiser",
    "Venue",
    "attach_pages",
    "next_change",
    "rebuild_all_occurrences",
]
