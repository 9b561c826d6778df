#include "UiTestSupport.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The real main window on the demo group, driven by its shortcuts, with a picture of each area.
class TestMainWindow : public QObject {
    Q_OBJECT

    MainWindowFixture m_ui;

    void grab(const QString &name) { QVERIFY(UiTest::saveScreenshot(m_ui.window(), name)); }

    void trigger(const QString &actionName)
    {
        m_ui.child<QAction>(actionName)->trigger();
        QApplication::processEvents();
    }

private slots:
    void init() { QVERIFY(m_ui.open()); }
    void cleanup() { m_ui.close(); }

    void showsTheGroupAndThePersonAtTheDesk()
    {
        QCOMPARE(m_ui.window()->windowTitle(), u"Marché paysan de la Croix-Rousse — Comptoir"_s);
        QCOMPARE(m_ui.child<QLabel>(u"statusUser"_s)->text(), u"At the desk: Camille Lefèvre"_s);
        QVERIFY(m_ui.child<QLabel>(u"statusFile"_s)->text().endsWith(u"demo.db"_s));
    }

    void goesThroughTheAreasWithTheKeyboard()
    {
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Members);
        auto *members = m_ui.child<QTableView>(u"memberTable"_s);
        QVERIFY(members->model()->rowCount() >= 55);
        grab(u"members"_s);

        QTest::keyClick(m_ui.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Distributions);
        auto *distributions = m_ui.child<QTableView>(u"distributionTable"_s);
        QCOMPARE(distributions->model()->rowCount(), 14);
        // The next distribution is selected and its ordering windows shown.
        QVERIFY(distributions->currentIndex().isValid());
        QVERIFY(m_ui.child<QLabel>(u"distributionDetails"_s)->text().contains(u"Légumes de saison"_s));
        grab(u"distributions"_s);

        QTest::keyClick(m_ui.window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Catalogues);
        auto *tree = m_ui.child<QTreeWidget>(u"catalogueTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 5);
        QVERIFY(m_ui.child<QTableView>(u"productTable"_s)->model()->rowCount() > 0);
        grab(u"catalogues"_s);

        QTest::keyClick(m_ui.window(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Members);
    }

    void findsAMemberByTyping()
    {
        QTest::keyClick(m_ui.window(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(m_ui.window(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_ui.window()->currentArea(), MainWindow::Area::Members);
        auto *search = m_ui.child<QLineEdit>(u"memberSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"helene"_s);
        auto *table = m_ui.child<QTableView>(u"memberTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"Dupré Hélène"_s);
        QCOMPARE(m_ui.child<QLabel>(u"memberCount"_s)->text(), u"1 member(s)"_s);
        grab(u"members-search"_s);
    }

    void emptyWorkspaceShowsNothing()
    {
        m_ui.workspace().close();
        QCOMPARE(m_ui.child<QTableView>(u"memberTable"_s)->model()->rowCount(), 0);
        QCOMPARE(m_ui.window()->windowTitle(), u"Comptoir"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
