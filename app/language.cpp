#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mineatlas {

namespace {

// Our translators are children of the application with this name, so a later call finds them.
constexpr char kTranslatorName[] = "mineatlas-language";

QLocale localeFor(const QString& code)
{
    if (code.isEmpty())
        return QLocale::system();
    // English keeps the system's English variant (en_GB dates stay day-first); any other
    // explicit choice takes the language's own conventions.
    if (code == QLatin1String("en"))
        return QLocale::system().language() == QLocale::English ? QLocale::system() : QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(code);
}

void install(QCoreApplication* app, const QLocale& locale, const QString& name, const QString& dir)
{
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return;
    }
    translator->setObjectName(QString::fromLatin1(kTranslatorName));
    QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("zh_CN")};
}

QLocale applyLanguage(const QString& code)
{
    QCoreApplication* app = QCoreApplication::instance();
    for (QTranslator* old : app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName),
                                                             Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English is the source language: nothing to load (a Ukrainian system would otherwise
    // still get Qt's Ukrainian buttons under an English interface).
    if (locale.language() == QLocale::English)
        return locale;
    install(app, locale, QStringLiteral("mineatlas"), QStringLiteral(":/i18n"));
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace mineatlas
