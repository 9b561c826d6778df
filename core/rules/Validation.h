#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Collects the problems of one record so that a form can show them all at once.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Longest texts accepted, in characters.
    static constexpr int nameLength = 100;
    static constexpr int shortTextLength = 200;
    static constexpr int longTextLength = 4000;

    void fail(const QString &field, const QString &message) { m_issues.append({field, message}); }
    void require(bool condition, const QString &field, const QString &message)
    {
        if (!condition)
            fail(field, message);
    }
    // A text no longer than `maximum` characters ("The name is too long (at most 100
    // characters)."), without control characters (line breaks only when multiline).
    void text(const QString &field, const QString &text, int maximum, const QString &label,
              bool multiline = false);

    // Stores a phone number in E.164; reports one that does not read as a number.
    void normalizePhone(QString &phone, const QString &field, const QString &label);
    // Trims an e-mail address; reports one given with a wrong shape.
    void normalizeEmail(QString &email, const QString &field, const QString &label);

    void append(const QList<FieldIssue> &issues) { m_issues.append(issues); }
    bool ok() const { return m_issues.isEmpty(); }
    const QList<FieldIssue> &issues() const { return m_issues; }
    Status status() const;

private:
    QList<FieldIssue> m_issues;
};

// Trims and simplifies a one-line text (names, towns…): no leading, trailing or double spaces.
QString tidyLine(const QString &text);
// Trims a multi-line text (notes) and unifies its line breaks.
QString tidyText(const QString &text);
