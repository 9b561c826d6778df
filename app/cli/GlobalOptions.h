#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// The options that come before the command: --database, --now, --user (and their environment
// variables), --help, --version. Parsed by hand, because what follows the command belongs to it.
struct GlobalOptions {
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    QString database;                 // empty: COMPTOIR_DATABASE, then the default file
    std::optional<QDateTime> now;     // --now or COMPTOIR_NOW
    QString user;                     // who acts, for the audit trail
    bool help = false;
    bool version = false;
    QStringList rest;                 // the command words and their arguments

    // Reads `arguments` (without the program name). On a usage error returns its message.
    std::optional<QString> parse(const QStringList &arguments);
};
