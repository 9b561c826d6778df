#pragma once

#include "Command.h"
#include "GlobalOptions.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class Store;

// What a running command works with: its own arguments, the output streams, the database
// named by the global options (opened on demand; changes are recorded as made by --user, else by
// the desk's current user, else by "comptoir-cli"), and the one place where errors become
// messages on stderr and exit statuses.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const GlobalOptions &options, const Command &command, QStringList arguments,
               QTextStream &out, QTextStream &err);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Command &command() const { return m_command; }
    const GlobalOptions &options() const { return m_options; }

    // Parses the command's own options and positional arguments. Returns an exit status when the
    // command must stop here: 0 after --help, 2 on a usage error (already reported).
    // `positional` names the positional arguments for the help ("FILE"); each one is required, and
    // a missing or an extra one is a usage error.
    std::optional<int> parse(QCommandLineParser &parser, const QString &description,
                             const QStringList &positional = {});

    // The database file: --database, COMPTOIR_DATABASE, or the default one.
    QString databasePath() const;
    // The file used when no database is named (the demo has its own, never the real one).
    void setDefaultDatabase(const QString &path) { m_defaultDatabase = path; }
    // The database, which must exist and hold a group; acting as --user, else as the desk's
    // current user, else as "comptoir-cli".
    Result<Store *> store();
    // Runs `body` with the database (store()), or reports why it cannot be opened; returns the
    // exit status. Commands check their options first: a usage error comes before a missing file.
    int withStore(const std::function<int(Store &store)> &body);
    // A `show` command, whose only argument is an ID: `print` writes the record found and returns
    // its id, which ends the output ("Id: …").
    int show(const QString &description, const std::function<Result<QString>(Store &store, const QString &id)> &print);
    // "Label: value", with the colon placed as the language wants it (French: "Téléphone : …").
    static QString labelled(const QString &label, const QString &value);
    // One "Label: value" line of a `show` command on stdout; nothing when the value is empty.
    void showField(const QString &label, const QString &value);
    // A database for init and demo: created when missing, refused when it already holds a group;
    // acting as --user when given (a new database has no current user yet).
    Result<Store *> newStore();

    // Removes the database file newStore() created, after the command that needed it failed, so
    // that a failed init leaves nothing behind.
    void discardNewDatabase();

    // Reports `error` on stderr (its detail, when any, on a second line) and returns the exit
    // status of its kind.
    int fail(const Error &error);
    // Reports a usage problem on stderr and returns 2.
    int usageError(const QString &message);
    // A command that creates a record prints its id alone on the last line of stdout.
    int created(const QString &id);
    int created(const Result<QString> &id);
    // The end of a command that changes something: the error reported, or `doneLine` printed
    // (when given) and 0.
    int finish(const Status &status, const QString &doneLine = {});

private:
    Result<Store *> open(bool create);
    void actAsUser();

    const GlobalOptions &m_options;
    const Command &m_command;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Store> m_store;
    bool m_createdFile = false;
    QString m_defaultDatabase;
};
