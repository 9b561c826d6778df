#pragma once

#include <QObject>

class QWidget;
class Workspace;

// The steps that lead to an open database with a person at the desk: first start, new group,
// open a file or a recent one, the demo group. Asks the user through dialogs; reports refusals.
class DatabaseFlow : public QObject {
    Q_OBJECT

public:
    DatabaseFlow(Workspace &workspace, QWidget *window);

    // At start: the file given on the command line, else the last one used, else the default
    // database (created on first start), with the welcome dialog while it holds no group.
    // Returns false when the user quit instead.
    bool start(const QString &requestedPath);

public slots:
    void newGroup();
    void openFile();
    void openDemo();
    void openPath(const QString &path);

signals:
    void recentChanged();

private:
    bool welcome();
    bool setUpGroupHere();
    bool ensureCurrentUser();
    void remember();
    void refuse(const QString &message);

    Workspace &m_workspace;
    QWidget *m_window;
};
