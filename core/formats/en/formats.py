# English dates as the site writes them (British style): 24 February 2025, 17:15. Read through
# FORMAT_MODULE_PATH; what is not set here comes from Django's own English formats.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j F Y, G:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
