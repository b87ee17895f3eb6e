"""Qt's own texts that Qt's catalogues (qtbase_es, qtbase_fr) leave untranslated.

Qt's file dialog labels gained keyboard accelerators ("&Look in:", "Files of &type:") that its
Spanish and French catalogues do not have yet, so a Spanish or French file dialog said "Look
in:" and "Files of type:". Listed here in Qt's own contexts, they enter our catalogues
(scripts/update_translations.py), which are installed after Qt's and answer first
(desktop.i18n.set_language); tests/ui/test_qt_texts.py opens Qt's dialogs in each language to
find any other gap.
"""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
