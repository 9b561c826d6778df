#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

// The SQL condition of a member search, with its values to bind: every word typed must appear
// in the member's folded search_text (names, phones, e-mails, town), archived members only
// when asked. The text is constant SQL; what the user typed is only ever bound.
struct MemberSearch {
    QString where;
    QVariantList values;

    static MemberSearch of(const QString &text, bool includeArchived);
    // The words a member must all contain, folded. Digits typed with spaces, dots or dashes
    // ("06 12 34") are one phone fragment, matched against the numbers kept without spaces.
    static QStringList words(const QString &text);
};
