#include "CsvWriter.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

CsvWriter::CsvWriter(QIODevice &device, Dialect dialect)
    : m_device(device), m_dialect(dialect)
{
    if (m_dialect == Dialect::FrenchSpreadsheet && m_device.pos() == 0)
        m_ok = m_device.write("\xEF\xBB\xBF") == 3;
}

QChar CsvWriter::separator() const
{
    return m_dialect == Dialect::Rfc4180 ? u',' : u';';
}

QString CsvWriter::escape(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field, separator()));
    const QByteArray line = (escaped.join(separator()) + u"\r\n"_s).toUtf8();
    if (m_device.write(line) != line.size())
        m_ok = false;
}

QString CsvWriter::optionalInteger(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

QString CsvWriter::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString CsvWriter::instant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(Qt::ISODateWithMs);
}
