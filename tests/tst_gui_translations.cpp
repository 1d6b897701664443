// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window in Spanish, French, German and Hebrew: every page, the mapping and room dialogs and
// the first-run wizard are built once in English and once in the language, and every visible
// text (labels, buttons, group boxes, tabs, headers, combo items, list and table texts,
// placeholders, window titles, the chart) must differ from English unless it is data or a token
// that stays as it is (numbers, URLs, codes, product names). Hebrew must be laid out from the
// right. Screenshots of every page land in SCREENSHOT_DIR as <lang>-page-<name>.png etc.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "guirig.h"
#include "testsupport.h"
#include "ui/gui.h"
#include "ui/history/historypage.h"
#include "ui/mainwindow.h"
#include "ui/mappings/mappingdialog.h"
#include "ui/mappings/mappingspage.h"
#include "ui/mappings/roomsmapping.h"
#include "ui/wizard/firstrunwizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>

using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every visible text of a window, keyed by where it is: the same widget in the English and the
// translated build has the same key because both are built the same way.
using Texts = QMap<QString, QString>;

QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        int index = 0;
        if (const QObject *parent = w->parent()) {
            for (const QObject *sibling : parent->children()) {
                if (sibling == w)
                    break;
                if (sibling->metaObject() == w->metaObject())
                    ++index;
            }
        }
        parts.prepend(
            QString::fromLatin1(w->metaObject()->className()) + u'#' + QString::number(index));
    }
    return parts.join(u'/');
}

void add(Texts &texts, const QString &key, const QString &text)
{
    const QString shown = plain(text).trimmed();
    if (!shown.isEmpty())
        texts.insert(key, shown);
}

void collectModel(Texts &texts, const QString &where, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int row = 0; row < std::min(model->rowCount(), 12); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            add(texts, where + u"/cell:%1,%2"_s.arg(row).arg(column),
                model->index(row, column).data().toString());
    }
}

Texts collect(QWidget *root, const QString &scene)
{
    Texts texts;
    const QString prefix = scene + u':';
    add(texts, prefix + u"windowTitle"_s, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->window() != root)
            continue;
        const QString key = prefix + pathOf(w, root);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(texts, key, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(texts, key, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(texts, key, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, key + u"/tab:%1"_s.arg(i), tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (!header->model())
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    add(texts, key + u"/section:%1"_s.arg(i),
                        header->model()->headerData(i, header->orientation()).toString());
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, key + u"/item:%1"_s.arg(i), combo->itemText(i));
            add(texts, key + u"/placeholder"_s, combo->placeholderText());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            add(texts, key, spin->text());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(texts, key + u"/placeholder"_s, edit->placeholderText()); // the text is data
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(texts, key + u"/item:%1"_s.arg(i), list->item(i)->text());
        } else if (auto *table = qobject_cast<QTableView *>(w)) {
            collectModel(texts, key, table);
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            add(texts, key + u"/title"_s, chartView->chart()->title());
            const QList<QLegendMarker *> markers = chartView->chart()->legend()->markers();
            for (int i = 0; i < markers.size(); ++i)
                add(texts, key + u"/legend:%1"_s.arg(i), markers.at(i)->label());
        }
    }
    return texts;
}

// Not QTableView::selectRow(): it selects nothing in a right-to-left layout with Qt 6.4.
void pickRow(QTableView *table, int row = 0)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestGuiTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiRig> m_rig;
    QNetworkAccessManager m_nam;
    int m_orders = 0;
    QSet<QString> m_data; // texts that come from the store: shown as they are

    QString freshOrderId()
    {
        return u"tr-order-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orders);
    }

    TestSupport::Reply post(const QByteArray &body,
        const HubOsCredentials &credentials = TestSupport::testCredentials())
    {
        return TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(), body,
            TestSupport::duveHeaders(credentials));
    }

    static quint16 freePort() { return TestSupport::freePort(); }

    // A fresh data dir, history with successes and every kind of problem, a room mapping.
    void setUpBridge()
    {
        tearDownBridge();
        m_rig = std::make_unique<GuiRig>();
        QString why;
        QVERIFY2(m_rig->build({}, &why), qPrintable(why));
        QVERIFY(m_rig->control->startListener());
        for (const QString &room : { u"101"_s, u"204"_s, u"305"_s })
            QCOMPARE(post(GuiRig::orderFor(freshOrderId(), room)).status, 200);
        QCOMPARE(
            post(GuiRig::orderFor(freshOrderId(), u"999"_s)).status, 400); // unknown room: failed
        QCOMPARE(
            post(GuiRig::orderFor(freshOrderId(), u"101"_s, u"77"_s)).status, 400); // unknown ID
        auto wrong = TestSupport::testCredentials();
        wrong.accessToken = u"nope"_s;
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"101"_s), wrong).status, 400);
        m_rig->store->saveRoomMapping({ u"Room 12"_s, u"012"_s });
        QVERIFY(m_rig->store->waitForWrites());

        for (const HistoryRow &row : m_rig->store->page(HistoryFilter(), 0, 100)) {
            for (const QString &text : QStringList { row.room, row.guest, row.service, row.code,
                     row.orderKey, row.orderNumber, u"#"_s + row.orderNumber })
                m_data.insert(text);
        }
        for (const RoomMapping &row : m_rig->store->roomMappings()) {
            m_data.insert(row.duveRoom);
            m_data.insert(row.hubOsRoom);
        }
    }

    void tearDownBridge() { m_rig.reset(); }

    // Builds every window in the current language and collects its texts; with `shots`, saves
    // a screenshot of each as <shots>-<name>.png.
    Texts visitEverything(const QString &shots)
    {
        Texts texts;
        auto shoot = [&shots](QWidget *widget, const QString &name) {
            if (!shots.isEmpty())
                QVERIFY(widget->grab().save(GuiRig::shotPath(shots + u'-' + name)));
        };
        {
            MainWindow window(m_rig->control.get());
            window.resize(1280, 800);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return texts;
            const QStringList names { u"overview"_s, u"history"_s, u"mappings"_s, u"settings"_s };
            for (int page = 0; page < names.size(); ++page) {
                window.setPage(page);
                if (page == MainWindow::HistoryPageIndex) {
                    pickRow(window.historyPage()->table());
                    [&window] { QTRY_VERIFY(window.historyPage()->totalCount() >= 0); }();
                }
                QTest::qWait(100);
                texts.insert(collect(&window, u"page-"_s + names.at(page)));
                shoot(&window, u"page-"_s + names.at(page));
            }

            window.setPage(MainWindow::MappingsPageIndex);
            pickRow(window.mappingsPage()->table(), 3);
            MappingDialog *dialog = window.mappingsPage()->editSelected();
            if (!dialog || !QTest::qWaitForWindowExposed(dialog))
                return texts;
            texts.insert(collect(dialog, u"mapping-dialog"_s));
            shoot(dialog, u"mapping-dialog"_s);
            dialog->externalIdEdit()->setText(u"12a"_s);
            dialog->accept();
            QTest::qWait(50);
            texts.insert(collect(dialog, u"mapping-dialog-error"_s));
            shoot(dialog, u"mapping-dialog-error"_s);
            dialog->reject();

            QDialog *room = window.mappingsPage()->rooms()->addRoom();
            if (!room || !QTest::qWaitForWindowExposed(room))
                return texts;
            texts.insert(collect(room, u"room-dialog"_s));
            shoot(room, u"room-dialog"_s);
            room->reject();
            QTest::qWait(50);
        }

        // The first-run wizard, through the sandbox route, with a test order.
        FirstRunWizard wizard(m_rig->control.get());
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return texts;
        auto next
            = [&wizard] { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); };
        texts.insert(collect(&wizard, u"wizard-1"_s));
        shoot(&wizard, u"wizard-1-credentials"_s);
        next(); // nothing entered: the page says what is missing
        texts.insert(collect(&wizard, u"wizard-1-error"_s));
        QTest::mouseClick(wizard.sandboxChoice(), Qt::LeftButton);
        next();
        wizard.portBox()->setValue(freePort());
        texts.insert(collect(&wizard, u"wizard-2"_s));
        shoot(&wizard, u"wizard-2-listener"_s);
        next();
        texts.insert(collect(&wizard, u"wizard-3"_s));
        shoot(&wizard, u"wizard-3-duve"_s);
        next();
        QSignalSpy answered(&wizard, &FirstRunWizard::testOrderAnswered);
        QTest::mouseClick(wizard.sendTestButton(), Qt::LeftButton);
        [&answered] { QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000); }();
        texts.insert(collect(&wizard, u"wizard-4"_s));
        shoot(&wizard, u"wizard-4-test-order"_s);
        next();
        texts.insert(collect(&wizard, u"wizard-5"_s));
        shoot(&wizard, u"wizard-5-done"_s);
        wizard.reject();
        return texts;
    }

    // Texts that are the same in every language.
    bool untranslatable(const QString &language, const QString &text) const
    {
        QString t = text;
        t.remove(u'&');
        t = t.trimmed();
        static const QRegularExpression letters(u"\\p{L}"_s);
        static const QRegularExpression token(u"^[A-Z0-9_#:./\\-]+( [A-Z0-9_#:./\\-]+)*$"_s);
        static const QRegularExpression url(u"^(https?://\\S*|/\\S*|[0-9.:]+)$"_s);
        static const QSet<QString> names { u"Hub OS"_s, u"Duve"_s, u"Hubbridge"_s,
            u"custom_hotel_id"_s, u"custom_access_token"_s, u"custom_password_token"_s };
        // Words that are the same in the language: checked by a person, not an oversight.
        static const QHash<QString, QSet<QString>> same {
            { u"fr"_s, { u"Application"_s, u"Code"_s } },
            { u"de"_s, { u"Code"_s, u"Port:"_s } },
        };
        if (!t.contains(letters) || token.match(t).hasMatch() || url.match(t).hasMatch())
            return true;
        if (names.contains(t) || m_data.contains(text) || m_data.contains(t))
            return true;
        if (t.startsWith(u"→ "_s) || t.startsWith(u"← "_s)) // a value in Duve's payload
            return true;
        for (const auto &[code, name] : Gui::availableLanguages()) {
            if (t == name)
                return true;
        }
        return same.value(language).contains(t);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GuiRig::credentialsFromEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void cleanup()
    {
        tearDownBridge();
        Gui::installTranslations(u"en"_s);
    }

    void cleanupTestCase() { m_nam.clearAccessCache(); }

    void languagesAreOffered()
    {
        QStringList codes;
        for (const auto &[code, name] : Gui::availableLanguages())
            codes.append(code);
        QCOMPARE(codes, (QStringList { u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"he"_s }));
        QMap<QString, QString> names;
        for (const auto &[code, name] : Gui::availableLanguages())
            names.insert(code, name);
        QCOMPARE(names.value(u"de"_s), u"Deutsch"_s);
        QCOMPARE(names.value(u"es"_s), u"Español"_s);
        QCOMPARE(names.value(u"fr"_s), u"Français"_s);
        QCOMPARE(names.value(u"he"_s), u"עברית"_s);
    }

    void pluralsFollowTheLanguage()
    {
        auto entries = [](int n) {
            return QCoreApplication::translate("HistoryPage", "%n entries", nullptr, n);
        };
        Gui::installTranslations(u"es"_s);
        QCOMPARE(entries(1), u"1 registro"_s);
        QCOMPARE(entries(7), u"7 registros"_s);
        Gui::installTranslations(u"fr"_s);
        QCOMPARE(entries(0), u"0 entrée"_s);
        QCOMPARE(entries(2), u"2 entrées"_s);
        Gui::installTranslations(u"de"_s);
        QCOMPARE(entries(1), u"1 Eintrag"_s);
        QCOMPARE(entries(3), u"3 Einträge"_s);
        Gui::installTranslations(u"he"_s);
        QCOMPARE(entries(1), u"רשומה אחת"_s);
        QCOMPARE(entries(2), u"2 רשומות"_s);
        QCOMPARE(entries(11), u"11 רשומות"_s);
        Gui::installTranslations(u"en"_s);
        QCOMPARE(entries(3), u"3 entries"_s);
    }

    // Issue 15, item 10: a system language we ship no translation for (C.UTF-8, POSIX, Italian)
    // shows English with English plural forms, laid out from the left.
    void englishPluralsWithoutATranslationOfOurs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("C") << u"C"_s;
        QTest::newRow("it") << u"it"_s;
    }

    void englishPluralsWithoutATranslationOfOurs()
    {
        QFETCH(QString, code);
        Gui::installTranslations(u"he"_s);
        Gui::installTranslations(code);
        QCOMPARE(
            QCoreApplication::translate("HistoryPage", "%n entries", nullptr, 1), u"1 entry"_s);
        QCOMPARE(
            QCoreApplication::translate("HistoryPage", "%n entries", nullptr, 2), u"2 entries"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Overview"), u"Overview"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void everyVisibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : { "es", "fr", "de", "he" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyVisibleTextIsTranslated()
    {
        QFETCH(QString, language);

        Gui::installTranslations(u"en"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        setUpBridge();
        if (QTest::currentTestFailed())
            return;
        const Texts english = visitEverything(QString());
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(english.size() > 300, qPrintable(QString::number(english.size())));

        Gui::installTranslations(language);
        QVERIFY(QCoreApplication::translate("MainWindow", "Overview") != u"Overview");
        const bool rtl = language == u"he";
        QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        {
            MainWindow window(m_rig->control.get());
            QCOMPARE(window.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        }
        setUpBridge();
        if (QTest::currentTestFailed())
            return;
        const Texts translated = visitEverything(language);
        QVERIFY(!QTest::currentTestFailed());

        QStringList untranslated;
        int compared = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString other = translated.value(it.key());
            if (other.isNull())
                continue;
            ++compared;
            if (other == it.value() && !untranslatable(language, other))
                untranslated.append(u"  %1\n      \"%2\""_s.arg(it.key(), other));
        }
        qInfo("%s: %d texts compared, %d visible texts in English, %d translated",
            qPrintable(language), compared, int(english.size()), int(translated.size()));
        QVERIFY2(compared > english.size() * 9 / 10,
            "the English and the translated windows differ in structure");
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(
                u"still in English (%1):\n"_s.arg(untranslated.size()) + untranslated.join(u'\n')));
    }
};

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
