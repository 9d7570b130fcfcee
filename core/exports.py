"""Spreadsheet exports that cannot carry formulas (CSV injection).

A spreadsheet program reads a cell that begins with =, +, -, @, a tab or a carriage return as a formula, so
a school's request of `=HYPERLINK(…)` would come out of the export as a live link. `neutralise` puts an
apostrophe in front of such a text cell: spreadsheets show the text as typed and never run it. Numbers the
site formats itself (a dataset's −5, a count) are not text and stay numbers.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The value, with an apostrophe in front if it is text that a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCSVExportMixin:
    """For a Wagtail view with SpreadsheetExportMixin (reports, form submissions): every text cell of the CSV
    export is neutralised. (Wagtail's XLSX export already writes formulas as text.)"""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
