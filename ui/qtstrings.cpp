// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Texts that Qt itself puts on our dialogs and wizard (standard buttons, wizard navigation).
// Qt's own translations (Debian: qt6-translations-l10n) are often not installed, so
// translations/hubbridge_<lang>.ts carries these few too: listing them here keeps lupdate from
// dropping them. The contexts and sources must match Qt's exactly.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char *const kQtStrings[] = {
    // QPlatformTheme::defaultStandardButtonText: QMessageBox and QDialogButtonBox buttons.
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    // QWizard's navigation buttons (the finish button has our own text).
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    // QMessageBox with details (the CSV import errors).
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};
} // namespace
