#include "Error.h"

#include <QStringList>

Error::Error(ErrorKind kind, QString message, QString field)
    : m_kind(kind), m_message(std::move(message))
{
    if (!field.isEmpty())
        m_issues.append({std::move(field), m_message});
}

Error Error::validation(const QList<FieldIssue> &issues)
{
    QStringList messages;
    for (const FieldIssue &issue : issues)
        messages.append(issue.message);
    Error error(ErrorKind::Validation, messages.join(u'\n'));
    error.m_issues = issues;
    return error;
}

Error Error::notFound(QString message)
{
    return Error(ErrorKind::NotFound, std::move(message));
}

Error Error::storage(QString message, QString detail)
{
    Error error(ErrorKind::Storage, std::move(message));
    error.m_detail = std::move(detail);
    return error;
}

QString Error::field() const
{
    return m_issues.isEmpty() ? QString() : m_issues.first().field;
}
