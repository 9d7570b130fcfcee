"""Month and weekday names, and the active language, for writing dates as people do in each language."""

from django.utils import translation

EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
JA_WEEKDAYS = "月火水木金土日"
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_japanese():
    return (translation.get_language() or "ja").startswith("ja")
