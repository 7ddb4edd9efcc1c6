"""The sheet's own number and date formats, whatever the system locale says.

QGIS' format_number() and the layout's number formats follow the default QLocale, so a German sheet printed
on a machine with an English (or C) locale showed "1,234.5" — and the old fix (swapping separators) turned a
German system's "1.234,5" into "1,234.5". While a sheet is built and exported the default QLocale is the sheet
language's (de_DE / en_GB) and it is restored afterwards.
"""

import contextlib

from qgis.PyQt.QtCore import QLocale

from .texts import ENGLISH

LOCALES = {"de": "de_DE", ENGLISH: "en_GB"}


@contextlib.contextmanager
def sheet_locale(language):
    previous = QLocale()
    locale = QLocale(LOCALES.get(language, "de_DE"))
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)
    try:
        yield locale
    finally:
        QLocale.setDefault(previous)
