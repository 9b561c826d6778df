#include "PhoneNumber.h"

using namespace Qt::StringLiterals;

namespace PhoneNumber {

namespace {

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')'
        || c == QChar(0x00A0) || c == QChar(0x202F);
}

}

std::optional<QString> normalize(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();

    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'+' && i == 0)
            international = true;
        else if (!isSeparator(c))
            return std::nullopt;
    }

    if (!international && digits.startsWith("00"_L1)) {
        digits.remove(0, 2);
        international = true;
    }

    if (international) {
        // "+33 (0)6 12…": the trunk zero after the French prefix is dropped.
        if (digits.startsWith("330"_L1) && digits.size() == 12)
            digits.remove(2, 1);
        if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
            return std::nullopt;
        if (digits.startsWith("33"_L1) && digits.size() != 11)
            return std::nullopt;
        return u'+' + digits;
    }

    // A French national number: ten digits starting with 0, not 00.
    if (digits.size() != 10 || !digits.startsWith(u'0') || digits.at(1) == u'0')
        return std::nullopt;
    return "+33"_L1 + digits.mid(1);
}

QString display(const QString &e164)
{
    if (!e164.startsWith("+33"_L1) || e164.size() != 12)
        return e164;
    const QString national = u'0' + e164.mid(3);
    QString spaced;
    for (qsizetype i = 0; i < national.size(); i += 2) {
        if (!spaced.isEmpty())
            spaced += u' ';
        spaced += national.mid(i, 2);
    }
    return spaced;
}

}
