#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What one run of comptoir-cli gave.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const;
    // The last line of stdout: the id of a record a command created.
    QString lastLine() const;
    // stdout parsed as the contract's CSV, header included (quoted fields understood).
    QList<QStringList> csv() const;
    // The CSV's rows after the header, each by the header's column names.
    QList<QHash<QString, QString>> records() const;

    // Whether `text` is a record id as commands print them: a lowercase UUID.
    static bool isId(const QString &text);
};

// Runs the real comptoir-cli executable on one database, as a script would.
class CliRunner {
public:
    explicit CliRunner(QString database = {});
    // A new database at `path` holding an empty group made by `init`, the clock at fixedNow(),
    // acting as `user`; stops the tests when `init` fails.
    static CliRunner withNewGroup(const QString &path, const QString &groupName, const QString &user);
    // TestStore's instant, for the --now of the CLI tests: 2026-11-25T10:00:00Z.
    static QString fixedNow();

    void setNow(const QString &iso8601) { m_now = iso8601; }
    void setUser(const QString &name) { m_user = name; }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    // Runs without the global options (--database, --now, --user) this runner adds.
    CliRun runBare(const QStringList &arguments, const QByteArray &input = {}) const;

    static QString executable();

private:
    QString m_database;
    QString m_now;
    QString m_user;
    QProcessEnvironment m_environment;
};
