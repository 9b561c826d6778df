#include "Validation.h"

#include "common/EmailAddress.h"
#include "common/PhoneNumber.h"

using namespace Qt::StringLiterals;

void Validation::text(const QString &field, const QString &text, int maximum, const QString &label, bool multiline)
{
    if (text.size() > maximum) {
        fail(field, tr("%1 is too long (at most %n characters).", nullptr, maximum).arg(label));
        return;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !(multiline && (c == u'\n' || c == u'\t'))) {
            fail(field, tr("%1 contains an invisible control character.").arg(label));
            return;
        }
    }
}

void Validation::normalizePhone(QString &phone, const QString &field, const QString &label)
{
    const auto normalized = PhoneNumber::normalize(phone);
    if (!normalized) {
        fail(field, tr("%1 “%2” is not a telephone number.").arg(label, phone.trimmed()));
        return;
    }
    phone = *normalized;
}

void Validation::normalizeEmail(QString &email, const QString &field, const QString &label)
{
    email = EmailAddress::normalize(email);
    if (!email.isEmpty() && !EmailAddress::isValid(email))
        fail(field, tr("%1 “%2” is not valid.").arg(label, email));
}

Status Validation::status() const
{
    if (m_issues.isEmpty())
        return {};
    return Error::validation(m_issues);
}

QString tidyLine(const QString &text)
{
    return text.simplified();
}

QString tidyText(const QString &text)
{
    QString tidy = text;
    tidy.replace("\r\n"_L1, "\n"_L1);
    tidy.replace(u'\r', u'\n');
    return tidy.trimmed();
}
