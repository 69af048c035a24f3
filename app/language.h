#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace mineatlas {

/// The settings key of the interface language: "" follows the system locale, otherwise one of
/// `interfaceLanguages()` ("en", "uk", "zh_CN"). Written by Preferences, read at start.
inline constexpr const char* kLanguageKey = "ui/language";

/// The languages the interface is translated into, as `ui/language` names them.
QStringList interfaceLanguages();

/// Puts the interface into `code` ("" = the system locale): installs MineAtlas's translation
/// (embedded, :/i18n) and Qt's own (qtbase, when the system has it) into the application,
/// replacing any installed by an earlier call, and makes the matching locale the default so
/// dates and numbers follow it. Returns the locale now in use. Call on the GUI thread before
/// creating windows (strings are translated when widgets are built).
QLocale applyLanguage(const QString& code);

} // namespace mineatlas
