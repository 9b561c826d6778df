#pragma once

#include "common/Result.h"
#include "domain/User.h"
#include "store/Store.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTest>
#include <functional>
#include <memory>

class MainWindow;
class QTemporaryDir;
class QWidget;
class Workspace;

// What the UI tests share: finding widgets by their object names, typing as a person does, the
// pictures to look at, and the real main window on a group of its own (MainWindowFixture).
namespace UiTest {

// The child of `parent` named `name`; stops the tests when there is none (a widget renamed).
template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("No child named %s", qPrintable(name));
    return found;
}

// The dialog of that type under `parent`, once it is on screen; stops the tests when it never opens.
template <typename Dialog>
Dialog *waitForDialog(const QObject *parent)
{
    Dialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); }))
        qFatal("The dialog did not open");
    return dialog;
}

// Keys go where a keyboard sends them: the open list of choices, or the focused window. Events
// are processed between keys, as between a person's keystrokes, so that the window a closed
// list gave the focus back to is the one that gets the next key.
void type(const QString &text);
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// Saves a picture of `widget` as NAME.png in COMPTOIR_SCREENSHOTS (the temporary folder without it).
bool saveScreenshot(QWidget *widget, const QString &name);

// While it lives, the application speaks French as main() makes it on a French desk, for the
// pictures; English again afterwards (the other tests read English texts).
class FrenchForPictures {
public:
    FrenchForPictures();
    ~FrenchForPictures();
    FrenchForPictures(const FrenchForPictures &) = delete;
    FrenchForPictures &operator=(const FrenchForPictures &) = delete;

private:
    QLocale m_before;
};

}

// A group in its own database in a temporary folder, the clock fixed at TestStore::defaultNow()
// (Wednesday 25 November 2026, 11:00 in Paris), open in the real main window, on screen.
class MainWindowFixture {
public:
    // Makes the group of a new database; the demo group unless a test says otherwise.
    using Fill = std::function<Status(Store &store)>;

    MainWindowFixture();
    ~MainWindowFixture();

    // False, with the reason in a warning, when the database or the window could not be made.
    bool open(const QString &fileName = QStringLiteral("demo.db"), const Fill &fill = {});
    // Closes the window, then the database.
    void close();

    // The temporary folder of the database, for the files a test writes.
    QString folder() const;
    MainWindow *window() const { return m_window.get(); }
    Workspace &workspace() const { return *m_workspace; }
    Store &store() const;
    // The group's first user who is a producer (the demo has them); stops the tests when none.
    User firstProducerUser() const;

    // A child of the window, by name.
    template <typename T>
    T *child(const QString &name) const
    {
        return UiTest::child<T>(m_window.get(), name);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};
