"""The interface language: which one, and installing its translator at start-up.

The ``language`` preference picks it ("" follows the system locale); it takes
effect at the next start, because widgets set their texts once when built.
English is the language of the source strings: nothing is loaded for it, so an
English start pays nothing for the other languages.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...store.settings import INTERFACE_LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = INTERFACE_LANGUAGES
#: Each language's name in itself, for the choice in Preferences.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


def choose(preference: str, ui_languages: Sequence[str] | None = None) -> str:
    """The language to show: the preference when set and shipped, else the first
    of the system's languages (``QLocale.system().uiLanguages()``) that ships, else English."""
    if preference in LANGUAGES:
        return preference
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translator and Qt's own (its standard buttons) for ``language``.

    Returns the installed translators (kept alive by their parent, ``app``);
    none for English or when a file is missing, which is logged, not fatal.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return []
    # The .qm files live in the compiled resources.
    importlib.import_module("psoas_timer.ui.resources_rc")
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"psoas_timer_{language}", ":/translations"),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("no %s translation in %s", name, folder)
    return installed
