#include "TestStore.h"
#include "demo/DemoGroup.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    void grab(const QString &name)
    {
        const QString folder = qEnvironmentVariable("COMPTOIR_SCREENSHOTS", m_dir->path());
        QDir().mkpath(folder);
        QVERIFY(m_window->grab().save(QDir(folder).filePath(name + u".png"_s)));
    }

    template <typename T>
    T *child(const QString &name)
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qFatal("No child named %s", qPrintable(name));
        return found;
    }

    void trigger(const QString &actionName)
    {
        child<QAction>(actionName)->trigger();
        QApplication::processEvents();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = Store::open(m_dir->filePath(u"demo.db"_s));
        QVERIFY(store);
        (*store)->clock().setFixed(TestStore::defaultNow());
        QVERIFY(DemoGroup::create(**store));
        m_workspace = std::make_unique<Workspace>();
        m_workspace->adopt(std::move(store).value());
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void showsTheGroupAndThePersonAtTheDesk()
    {
        QCOMPARE(m_window->windowTitle(), u"Marché paysan de la Croix-Rousse — Comptoir"_s);
        QCOMPARE(child<QLabel>(u"statusUser"_s)->text(), u"At the desk: Camille Lefèvre"_s);
        QVERIFY(child<QLabel>(u"statusFile"_s)->text().endsWith(u"demo.db"_s));
    }

    void goesThroughTheAreasWithTheKeyboard()
    {
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Members);
        auto *members = child<QTableView>(u"memberTable"_s);
        QVERIFY(members->model()->rowCount() >= 55);
        grab(u"members"_s);

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Distributions);
        auto *distributions = child<QTableView>(u"distributionTable"_s);
        QCOMPARE(distributions->model()->rowCount(), 14);
        // The next distribution is selected and its ordering windows shown.
        QVERIFY(distributions->currentIndex().isValid());
        QVERIFY(child<QLabel>(u"distributionDetails"_s)->text().contains(u"Légumes de saison"_s));
        grab(u"distributions"_s);

        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Catalogues);
        auto *tree = child<QTreeWidget>(u"catalogueTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 5);
        QVERIFY(child<QTableView>(u"productTable"_s)->model()->rowCount() > 0);
        grab(u"catalogues"_s);

        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Members);
    }

    void findsAMemberByTyping()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Members);
        auto *search = child<QLineEdit>(u"memberSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"helene"_s);
        auto *table = child<QTableView>(u"memberTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"Dupré Hélène"_s);
        QCOMPARE(child<QLabel>(u"memberCount"_s)->text(), u"1 member(s)"_s);
        grab(u"members-search"_s);
    }

    void emptyWorkspaceShowsNothing()
    {
        m_workspace->close();
        QCOMPARE(child<QTableView>(u"memberTable"_s)->model()->rowCount(), 0);
        QCOMPARE(m_window->windowTitle(), u"Comptoir"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
