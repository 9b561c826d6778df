#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <optional>

// Writes CSV records. Two dialects: the machine one of the command-line contract (RFC 4180:
// comma, CRLF line ends, quotes only where needed, UTF-8 without BOM) and the French spreadsheet
// one for people (semicolon, UTF-8 with BOM so that spreadsheets guess the encoding).
class CsvWriter {
public:
    enum class Dialect { Rfc4180, FrenchSpreadsheet };

    explicit CsvWriter(QIODevice &device, Dialect dialect = Dialect::Rfc4180);

    void writeRecord(const QStringList &fields);
    QChar separator() const;
    // False once a write to the device failed (a full disk…).
    bool ok() const { return m_ok; }

    // A field quoted when it holds the separator, a quote or a line break.
    static QString escape(const QString &field, QChar separator);

    // Values as the contract writes them: integers as they are (cents stay cents), flags 0/1,
    // dates ISO 8601, instants ISO 8601 with their offset (UTC: "Z"), none as an empty field.
    static QString flag(bool value) { return value ? QStringLiteral("1") : QStringLiteral("0"); }
    static QString integer(qint64 value) { return QString::number(value); }
    static QString optionalInteger(const std::optional<qint64> &value);
    static QString date(const QDate &date);
    static QString instant(const QDateTime &instant);

private:
    QIODevice &m_device;
    Dialect m_dialect;
    bool m_ok = true;
};
