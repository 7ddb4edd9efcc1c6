"""Translation helpers.

pylupdate5 extracts calls of a free function named ``tr`` under the context ``@default``;
so every user-visible string in the plugin goes through this ``tr`` (never ``self.tr`` or a
wrapper with another name, which pylupdate5 would not see) and is translated at call time.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "@default"
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")

_installed = []


def tr(text):
    """Translate an English source string into the UI language of QGIS."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale():
    """The QGIS UI locale such as ``de_DE`` (falls back to the system locale, never None)."""
    from qgis.core import QgsSettings

    value = QgsSettings().value("locale/userLocale", "") or ""
    if not isinstance(value, str) or not value:
        value = QLocale().name() or "en_US"
    return value


def is_german():
    return user_locale().lower().startswith("de")


def install_translator(locale=None):
    """Install the plugin's .qm for the given (or the QGIS) locale; returns the translator or None."""
    locale = locale or user_locale()
    candidates = [locale, locale.split("_")[0]]
    for name in candidates:
        path = os.path.join(I18N_DIR, "urban_twin_{}.qm".format(name))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                return translator
    return None


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
