#include "ListOutput.h"

#include "common/Money.h"
#include "common/PhoneNumber.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

ListOutput::Cell ListOutput::Cell::money(qint64 cents)
{
    return {CsvWriter::integer(cents), Money::format(cents)};
}

ListOutput::Cell ListOutput::Cell::phone(const QString &e164)
{
    return {e164, PhoneNumber::display(e164)};
}

ListOutput::Cell ListOutput::Cell::flag(bool value)
{
    return {CsvWriter::flag(value), value ? tr("yes") : QString()};
}

ListOutput::Cell ListOutput::Cell::date(const QDate &date)
{
    return {CsvWriter::date(date), date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString()};
}

ListOutput::Cell ListOutput::Cell::instant(const QDateTime &instant)
{
    return {CsvWriter::instant(instant),
            instant.isValid() ? QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat) : QString()};
}

ListOutput::Cell ListOutput::Cell::integer(qint64 value)
{
    return {QString::number(value), QLocale().toString(value)};
}

ListOutput::ListOutput(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

std::optional<ListOutput::Format> ListOutput::formatFrom(const QString &name)
{
    if (name == u"text"_s)
        return Format::Text;
    if (name == u"csv"_s)
        return Format::Csv;
    return std::nullopt;
}

QString ListOutput::formatHelp()
{
    return tr("Output as text (the default) or csv.");
}

void ListOutput::addRow(const QList<Cell> &cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_rows.append(cells);
}

void ListOutput::print(QTextStream &out, Format format) const
{
    if (format == Format::Csv)
        printCsv(out);
    else
        printText(out);
    out.flush();
}

void ListOutput::printCsv(QTextStream &out) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    QStringList header;
    for (const Column &column : m_columns)
        header.append(column.csvName);
    writer.writeRecord(header);
    for (const QList<Cell> &row : m_rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const Cell &cell : row)
            fields.append(cell.csv);
        writer.writeRecord(fields);
    }
    out << QString::fromUtf8(buffer.data());
}

void ListOutput::printText(QTextStream &out) const
{
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (!m_columns.at(i).title.isEmpty())
            shown.append(i);
    }
    QList<qsizetype> widths;
    for (qsizetype i : shown) {
        qsizetype width = m_columns.at(i).title.size();
        for (const QList<Cell> &row : m_rows)
            width = std::max(width, row.at(i).text.size());
        widths.append(width);
    }
    const auto printLine = [&](const QStringList &texts) {
        QString line;
        for (qsizetype k = 0; k < texts.size(); ++k) {
            if (k > 0)
                line += u"  "_s;
            line += k + 1 < texts.size() ? texts.at(k).leftJustified(widths.at(k)) : texts.at(k);
        }
        out << line << '\n';
    };
    QStringList titles;
    for (qsizetype i : shown)
        titles.append(m_columns.at(i).title);
    printLine(titles);
    for (const QList<Cell> &row : m_rows) {
        QStringList texts;
        for (qsizetype i : shown)
            texts.append(row.at(i).text.simplified());
        printLine(texts);
    }
}
