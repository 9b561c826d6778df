#include "SqlScript.h"

namespace SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

}

QStringList split(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);

        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == close) {
                    // A doubled quote is an escaped quote, not the end.
                    if (close != u']' && i + 1 < n && script.at(i + 1) == close) {
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype end = i;
            while (end < n && isWordChar(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i).toUpper();
            if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))
                ++blockDepth;
            else if (word == QLatin1String("END") && blockDepth > 0)
                --blockDepth;
            current += script.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

}
