#pragma once

#include <QList>
#include <QString>

// What went wrong, as a value: the kind decides what a caller does (the CLI maps it to an exit
// status), the message is for a person and already translated.
enum class ErrorKind {
    Validation,        // the input breaks a rule
    NotFound,          // an id or a name that does not exist
    Conflict,          // the data forbids it (a duplicate, a member with orders…)
    NeedsConfirmation, // allowed, but only when the user says so (late order, duplicate member)
    Unreachable,       // the server cannot be reached
    Storage,           // the database failed (disk, lock, corrupt file, too new)
};

struct FieldIssue {
    QString field;   // the property or column concerned, e.g. "email"
    QString message; // translated, for a person
};

class Error {
public:
    Error() = default;
    Error(ErrorKind kind, QString message, QString field = {});

    static Error validation(const QList<FieldIssue> &issues);
    static Error notFound(QString message);
    static Error storage(QString message, QString detail = {});

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    // The first field concerned, for a form to put the focus on.
    QString field() const;
    const QList<FieldIssue> &issues() const { return m_issues; }
    // Technical detail (a driver message), kept out of the human message.
    const QString &detail() const { return m_detail; }

private:
    ErrorKind m_kind = ErrorKind::Storage;
    QString m_message;
    QList<FieldIssue> m_issues;
    QString m_detail;
};
