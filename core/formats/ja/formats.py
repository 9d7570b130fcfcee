# Japanese dates as the site writes them: 2025年2月24日, 17:15. The same as Django's own Japanese
# formats, stated here so that both languages are read from one place (FORMAT_MODULE_PATH).
DATE_FORMAT = "Y年n月j日"
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "Y年n月j日G:i"
YEAR_MONTH_FORMAT = "Y年n月"
MONTH_DAY_FORMAT = "n月j日"
