"""Fixed texts on the council map sheet and the sheet language.

Council documents are German by default; the sheet switches to English only when QGIS itself runs
in English. The decision does not depend on whether the compiled translation (.qm) is installed,
so a fresh checkout or qgis_process on a C locale still prints a German sheet. The templates in
resources/templates carry the German texts; ``sheet_texts("en")`` gives the English ones.
"""

from ..i18n import tr, user_locale

GERMAN = "de"
ENGLISH = "en"


def sheet_language(locale=None):
    """``en`` when QGIS runs in English, else ``de``."""
    locale = (locale or user_locale() or "").lower()
    return ENGLISH if locale.startswith("en") else GERMAN


def sheet_texts(language):
    """Texts for the fixed sheet items, keyed by purpose."""
    if language == ENGLISH:
        return {
            "title_placeholder": tr("Title"),
            "subtitle_placeholder": tr("Subtitle"),
            "legend_title": tr("Legend"),
            "figures_title": tr("Key figures"),
            "figures_title_partial": tr("Key figures ({} of {} rows)"),
            "figures_title_continued": tr("Key figures ({total} rows, see annex)"),
            "annex_title": tr("Annex: key figures, page {page} of {pages}"),
            "overview_title": tr("Overview"),
            "sources_prefix": tr("Sources:"),
            "licence": tr("licence"),
            "no_source": tr("no source information in the layer metadata"),
            "made_with": tr("{name}, Urban Twin {version}"),
            "language": ENGLISH,
            "date_prefix": tr("Date:"),
            "scale_prefix": tr("Scale"),
            "logo_placeholder": tr("Logo"),
            "date_format": "yyyy-MM-dd",
        }
    return {
        "title_placeholder": "Titel",
        "subtitle_placeholder": "Untertitel",
        "legend_title": "Legende",
        "figures_title": "Kennzahlen",
        "figures_title_partial": "Kennzahlen ({} von {} Zeilen)",
        "figures_title_continued": "Kennzahlen ({total} Zeilen, s. Anlage)",
        "annex_title": "Anlage: Kennzahlen, Seite {page} von {pages}",
        "overview_title": "Übersicht",
        "sources_prefix": "Quellen:",
        "licence": "Lizenz",
        "no_source": "keine Quellenangabe in den Metadaten der Ebene",
        "made_with": "{name}, Urban Twin {version}",
        "language": GERMAN,
        "date_prefix": "Stand:",
        "scale_prefix": "Maßstab",
        "logo_placeholder": "Logo",
        "date_format": "dd.MM.yyyy",
    }
