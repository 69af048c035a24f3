// The interface language: the window built after `ui/language` is set speaks that language (menu
// titles, the treaty-status legend, the country panel's country name, search by a country's name
// in that language), and nothing in its menus and toolbars is clipped at 1280×800.
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTabBar>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include "language.h"
#include "layerpanel.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "preferenceactions.h"
#include "preferencesdialog.h"
#include "searchactions.h"
#include "searchbox.h"
#include "windowtest.h"

using namespace mineatlas;

class TestLanguageWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;

    /// As main() does: the language from the settings, then the window.
    void startIn(const QString& language)
    {
        m_window.reset();
        QSettings().setValue(QLatin1String(kLanguageKey), language);
        applyLanguage(QSettings().value(QLatin1String(kLanguageKey)).toString());
        m_window = windowtest::showNewWindow(m_dialogs);
    }
    void openSampleCountries()
    {
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths({QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg")});
        QVERIFY(idle.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000);
    }
    QStringList legendLines() const
    {
        auto* legend = m_window->layerPanel()->findChild<QTreeWidget*>(QStringLiteral("legend"));
        QStringList lines;
        for (int i = 0; legend && i < legend->topLevelItemCount(); ++i)
            lines << legend->topLevelItem(i)->text(0).trimmed();
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { windowtest::useNewUserHome(m_home); }
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { applyLanguage(QStringLiteral("en")); }

    // The expected words are the mine-action terms a reader of each language uses, written here
    // by hand, not read from the translation files.
    void menusAndLegendFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("stateParty");
        QTest::addColumn<QString>("ukraine");
        QTest::newRow("English") << "en" << "&File" << "State Party" << "Ukraine";
        QTest::newRow("Ukrainian") << "uk" << QStringLiteral("&Файл") << QStringLiteral("Держава-учасниця")
                                   << QStringLiteral("Україна");
        QTest::newRow("Simplified Chinese") << "zh_CN" << QStringLiteral("文件(&F)") << QStringLiteral("缔约国")
                                            << QStringLiteral("乌克兰");
    }
    void menusAndLegendFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, stateParty);
        QFETCH(QString, ukraine);
        startIn(language);
        QCOMPARE(m_window->menuBar()->actions().value(0)->text(), fileMenu);
        openSampleCountries();
        m_window->setDate(QDate(2026, 3, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000);
        // The treaty-status legend: "State Party (N)" in the window's language.
        const QStringList lines = legendLines();
        bool found = false;
        for (const QString& line : lines)
            found = found || line.startsWith(stateParty + QStringLiteral(" ("));
        QVERIFY2(found, qPrintable(lines.join(QStringLiteral(" | "))));
        // A country is found by its name in this language (iso-codes' translation), typed as a user
        // types it into the search box.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        gui::SearchBox* box = m_window->searchActions().searchBox();
        QVERIFY(box->hasFocus());
        // Typed key by key as an input method delivers them (QTest::keyClicks knows only ASCII).
        for (const QChar c : ukraine)
            QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!box->hits().empty(), 10000);
        QCOMPARE(box->hits().front().name, QStringLiteral("Ukraine")); // the layer's own name
        QVERIFY2(box->resultList()->item(0)->text().contains(ukraine), qPrintable(box->resultList()->item(0)->text()));
    }

    // At 1280×800 in every language: each toolbar button gets at least the width it asks for,
    // every menu title lies inside the menu bar, the docks' tabs and titles are not cut, and the
    // Preferences and About dialogs fit with every label whole.
    void nothingClippedAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Ukrainian") << "uk";
        QTest::newRow("Simplified Chinese") << "zh_CN";
    }
    void nothingClippedAt1280x800()
    {
        QFETCH(QString, language);
        startIn(language);
        QCOMPARE(m_window->size(), QSize(1280, 800));
        QStringList clipped;
        for (QToolBar* bar : m_window->findChildren<QToolBar*>()) {
            if (!bar->isVisible())
                continue;
            for (QToolButton* button : bar->findChildren<QToolButton*>()) {
                if (!button->isVisible() || button->objectName() == QLatin1String("qt_toolbar_ext_button"))
                    continue;
                if (button->width() < button->sizeHint().width())
                    clipped << QStringLiteral("%1: %2 < %3 px").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
            }
            // A toolbar whose buttons overflow shows the extension (») button: that hides tools.
            if (auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")); more && more->isVisible())
                clipped << QStringLiteral("toolbar %1 overflows").arg(bar->windowTitle());
        }
        QMenuBar* menus = m_window->menuBar();
        for (QAction* a : menus->actions()) {
            const QRect r = menus->actionGeometry(a);
            if (r.isEmpty() || !menus->rect().contains(r))
                clipped << QStringLiteral("menu %1 at %2,%3 %4×%5").arg(a->text()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
            if (const QMenu* menu = a->menu())
                for (QAction* item : menu->actions())
                    if (!item->isSeparator() && QFontMetrics(menu->font()).horizontalAdvance(item->text()) > 1280 / 2)
                        clipped << QStringLiteral("menu item %1 is wider than half the screen").arg(item->text());
        }
        // Docks: every tab of the tabbed panels and every dock title shows its whole text.
        for (QTabBar* tabs : m_window->findChildren<QTabBar*>()) {
            if (!tabs->isVisible())
                continue;
            const QFontMetrics fm(tabs->font());
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->tabRect(i).width() < fm.horizontalAdvance(tabs->tabText(i)) + 8)
                    clipped << QStringLiteral("tab %1: %2 px for %3 px of text")
                                   .arg(tabs->tabText(i))
                                   .arg(tabs->tabRect(i).width())
                                   .arg(fm.horizontalAdvance(tabs->tabText(i)));
        }
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
            if (dock->isVisible() && m_window->tabifiedDockWidgets(dock).isEmpty() && QFontMetrics(dock->font()).horizontalAdvance(dock->windowTitle()) + 48 > dock->width())
                clipped << QStringLiteral("dock title %1 in %2 px").arg(dock->windowTitle()).arg(dock->width());
        // Edit ▸ Preferences: each label, box and button at least as wide as it asks to be.
        gui::PreferencesDialog prefs(m_window->preferenceActions().preferences(), m_window.get());
        prefs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prefs));
        if (prefs.width() > 1280 || prefs.height() > 800)
            clipped << QStringLiteral("Preferences %1×%2").arg(prefs.width()).arg(prefs.height());
        for (QWidget* w : prefs.findChildren<QWidget*>()) {
            auto* label = qobject_cast<QLabel*>(w);
            const bool fixedText = (label && !label->wordWrap()) || qobject_cast<QAbstractButton*>(w) ||
                                   qobject_cast<QComboBox*>(w);
            if (w->isVisible() && fixedText && w->width() < w->sizeHint().width())
                clipped << QStringLiteral("Preferences %1 \"%2\": %3 < %4 px")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    label ? label->text() : w->property("text").toString())
                               .arg(w->width())
                               .arg(w->sizeHint().width());
        }
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_LANGUAGE"))
            prefs.grab().save(qEnvironmentVariable("MINEATLAS_SHOT_LANGUAGE") + language + QStringLiteral("-preferences.png"));
        prefs.close();
        // Help ▸ About as the window shows it (a QMessageBox), no wider than the screen.
        QMessageBox about(QMessageBox::NoIcon, QString(), m_window->preferenceActions().aboutText(), QMessageBox::Ok,
                          m_window.get());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        if (about.width() > 1280 || about.height() > 800)
            clipped << QStringLiteral("About %1×%2").arg(about.width()).arg(about.height());
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_LANGUAGE"))
            about.grab().save(qEnvironmentVariable("MINEATLAS_SHOT_LANGUAGE") + language + QStringLiteral("-about.png"));
        about.close();
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_LANGUAGE"))
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_LANGUAGE") + language + QStringLiteral(".png"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguageWindow)
#include "tst_languagewindow.moc"
