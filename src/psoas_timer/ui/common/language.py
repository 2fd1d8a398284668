"""The interface language: which one, and installing its translator at start-up.

The ``language`` preference picks it ("" follows the environment, as the content does); it takes
effect at the next start, because widgets set their texts once when built.
English is the language of the source strings: nothing is loaded for it, so an
English start pays nothing for the other languages.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...core.content_language import environment_language
from ...store.settings import INTERFACE_LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = INTERFACE_LANGUAGES
#: Each language's name in itself, for the choice in Preferences.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


def choose(preference: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the preference when set and shipped, else the environment's
    (``os.environ`` unless given), decided by the one rule the content, the voice and
    the CLI follow too (:func:`~psoas_timer.core.content_language.environment_language`)."""
    if preference in LANGUAGES:
        return preference
    found = environment_language(os.environ if environ is None else environ)
    return found if found in LANGUAGES else SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translator and Qt's own (its standard buttons) for ``language``.

    Returns the installed translators (kept alive by their parent, ``app``);
    none for English or when a file is missing, which is logged, not fatal.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        if QLocale.system().language() not in (QLocale.Language.English, QLocale.Language.C):
            # An English window in, say, a German locale: dates, numbers and the voice
            # follow the chosen language, as they do for the others.
            QLocale.setDefault(QLocale(QLocale.Language.English))
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
