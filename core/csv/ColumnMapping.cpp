#include "ColumnMapping.h"

#include "common/SearchText.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString ColumnMapping::headerKey(const QString &cell)
{
    QString key = SearchText::fold(cell);
    key.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return key;
}

ColumnMapping ColumnMapping::byPosition(const QList<CsvField> &fields)
{
    ColumnMapping mapping;
    for (int i = 0; i < fields.size(); ++i)
        mapping.m_columns.insert(fields.at(i).key, i);
    return mapping;
}

ColumnMapping ColumnMapping::byHeader(const QList<CsvField> &fields, const QStringList &header)
{
    QHash<QString, QString> keyOfName;
    for (const CsvField &field : fields) {
        keyOfName.insert(headerKey(field.key), field.key);
        for (const QString &name : field.headerNames)
            keyOfName.insert(headerKey(name), field.key);
    }
    ColumnMapping mapping;
    mapping.m_hasHeader = true;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = keyOfName.value(headerKey(header.at(i)));
        if (key.isEmpty() || mapping.m_columns.contains(key)) {
            if (!header.at(i).trimmed().isEmpty())
                mapping.m_unknown.append(header.at(i).trimmed());
            continue;
        }
        mapping.m_columns.insert(key, i);
    }
    return mapping;
}

ColumnMapping ColumnMapping::detect(const QList<CsvField> &fields, const QList<CsvField> &positional,
                                    const CsvRecord &first, int minimumNamed)
{
    const ColumnMapping named = byHeader(fields, first.fields);
    if (named.m_columns.size() >= minimumNamed)
        return named;
    return byPosition(positional);
}

QString ColumnMapping::value(const CsvRecord &record, const QString &key) const
{
    const int column = m_columns.value(key, -1);
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}
