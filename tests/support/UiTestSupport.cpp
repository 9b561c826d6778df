#include "UiTestSupport.h"

#include "TestStore.h"
#include "demo/DemoGroup.h"
#include "services/GroupService.h"
#include "i18n/Translations.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::StringLiterals;

void UiTest::type(const QString &text)
{
    for (const QChar c : text) {
        QApplication::processEvents();
        QTest::keyClicks(static_cast<QWidget *>(nullptr), QString(c));
    }
    QApplication::processEvents();
}

void UiTest::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QApplication::processEvents();
    QTest::keyClick(static_cast<QWidget *>(nullptr), key, modifiers);
    QApplication::processEvents();
}

bool UiTest::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("COMPTOIR_SCREENSHOTS", QDir::tempPath());
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + u".png"_s);
    if (widget->grab().save(path))
        return true;
    qWarning("Cannot save %s", qPrintable(path));
    return false;
}

UiTest::FrenchForPictures::FrenchForPictures() : m_before(QLocale())
{
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
}

UiTest::FrenchForPictures::~FrenchForPictures()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_before);
}

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    close();
}

bool MainWindowFixture::open(const QString &fileName, const Fill &fill)
{
    close();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Store::open(m_dir->filePath(fileName));
    if (!opened) {
        qWarning("Cannot open %s: %s %s", qPrintable(fileName), qPrintable(opened.error().message()),
                 qPrintable(opened.error().detail()));
        return false;
    }
    (*opened)->clock().setFixed(TestStore::defaultNow());
    if (Status filled = fill ? fill(**opened) : DemoGroup::create(**opened); !filled) {
        qWarning("Cannot make the group: %s", qPrintable(filled.error().message()));
        return false;
    }
    m_workspace = std::make_unique<Workspace>();
    m_workspace->adopt(std::move(opened).value());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void MainWindowFixture::close()
{
    m_window.reset();
    m_workspace.reset();
}

QString MainWindowFixture::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

Store &MainWindowFixture::store() const
{
    return m_workspace->store();
}

User MainWindowFixture::firstProducerUser() const
{
    auto users = GroupService(store()).users();
    if (users) {
        for (const User &user : *users) {
            if (user.role == User::Role::Producer)
                return user;
        }
    }
    qFatal("The group has no producer user");
}
