#include "common/AppPaths.h"
#include "shell/DatabaseFlow.h"
#include "shell/MainWindow.h"
#include "shell/NewGroupDialog.h"
#include "shell/RecentDatabases.h"
#include "workspace/Workspace.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Acts on the next modal dialog once it is shown.
void whenDialogShows(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, [act] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            whenDialogShows(act);
            return;
        }
        act(dialog);
    });
}

}

// The first start: a new user sees the welcome dialog, and a living application right after.
class TestFirstStart : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        AppPaths::setApplicationIdentity();
        QVERIFY(AppPaths::defaultDatabase().startsWith(m_home.path()));
    }

    void openingTheDemoFromTheWelcomeDialog()
    {
        Workspace workspace;
        MainWindow window(workspace);
        whenDialogShows([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"welcomeDialog"_s);
            const QString folder = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
            if (!folder.isEmpty() && QDir().mkpath(folder))
                dialog->grab().save(QDir(folder).filePath(u"welcome.png"_s));
            auto *demo = dialog->findChild<QCommandLinkButton *>(u"openDemoButton"_s);
            QVERIFY(demo);
            QVERIFY(demo->hasFocus() || demo->isDefault());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QVERIFY(window.databaseFlow().start(QString()));
        QVERIFY(workspace.isOpen());
        QCOMPARE(QFileInfo(workspace.path()).fileName(), u"demo.db"_s);
        QVERIFY(workspace.holdsGroup());
        QCOMPARE(workspace.currentUserName(), u"Camille Lefèvre"_s);
        // The default database was created on first start and is still empty: the demo lives apart.
        QVERIFY(QFileInfo::exists(AppPaths::defaultDatabase()));
        auto defaultStore = Store::open(AppPaths::defaultDatabase(), false);
        QVERIFY(defaultStore);
        QVERIFY((*defaultStore)->isEmpty());
        QCOMPARE(RecentDatabases::last(), workspace.path());
    }

    void theNextStartReopensTheLastDatabase()
    {
        Workspace workspace;
        MainWindow window(workspace);
        QVERIFY(window.databaseFlow().start(QString()));
        QCOMPARE(QFileInfo(workspace.path()).fileName(), u"demo.db"_s);
    }

    void creatingOnesOwnGroupInAGivenFile()
    {
        const QString path = m_home.filePath(u"mine.db"_s);
        Workspace workspace;
        MainWindow window(workspace);
        whenDialogShows([](QWidget *welcome) {
            welcome->findChild<QCommandLinkButton *>(u"createGroupButton"_s)->click();
            whenDialogShows([](QWidget *form) {
                // An empty name is refused in the dialog, which stays open with the reason.
                auto *ok = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                ok->click();
                whenDialogShows([ok](QWidget *again) {
                    QVERIFY(again->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"group’s name"_s));
                    // QTest types ASCII only; accented letters go in as a keyboard layout would.
                    again->findChild<QLineEdit *>(u"groupName"_s)->insert(u"Marché du Plateau"_s);
                    again->findChild<QLineEdit *>(u"userName"_s)->insert(u"Agnès Robin"_s);
                    ok->click();
                });
            });
        });
        QVERIFY(window.databaseFlow().start(path));
        QCOMPARE(workspace.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(workspace.groupName(), u"Marché du Plateau"_s);
        QCOMPARE(workspace.currentUserName(), u"Agnès Robin"_s);
    }

    void aBrokenFileIsReportedAndTheDefaultOpens()
    {
        const QString path = m_home.filePath(u"broken.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QStringList warnings;
        DialogSeams::collectWarnings(&warnings);
        Workspace workspace;
        MainWindow window(workspace);
        whenDialogShows([](QWidget *welcome) { welcome->findChild<QCommandLinkButton *>(u"openDemoButton"_s)->click(); });
        QVERIFY(window.databaseFlow().start(path));
        DialogSeams::collectWarnings(nullptr);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"not a Comptoir database"_s));
        QVERIFY(workspace.isOpen());
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
