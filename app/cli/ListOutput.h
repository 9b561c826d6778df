#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QTextStream;

// A list printed by a `list` command: an aligned table for people, or CSV for scripts in the
// form the command-line contract fixes (RFC 4180, a header, `id`, `…_cents`, ISO 8601, 0/1).
// Each cell carries both forms: what a script reads and what a person reads.
class ListOutput {
    Q_DECLARE_TR_FUNCTIONS(ListOutput)

public:
    enum class Format { Text, Csv };

    struct Column {
        QString csvName; // snake_case, e.g. "amount_cents"
        QString title;   // for people, translated; empty: the column is CSV only
    };

    struct Cell {
        QString csv;
        QString text;

        Cell(const QString &value) : csv(value), text(value) {}
        Cell(const QString &csvValue, const QString &textValue) : csv(csvValue), text(textValue) {}

        static Cell money(qint64 cents);
        static Cell phone(const QString &e164);
        static Cell flag(bool value);
        static Cell date(const QDate &date);
        static Cell instant(const QDateTime &instant);
        static Cell integer(qint64 value);
    };

    explicit ListOutput(QList<Column> columns);

    // "text" or "csv"; none for anything else.
    static std::optional<Format> formatFrom(const QString &name);
    static QString formatHelp();

    void addRow(const QList<Cell> &cells);
    void print(QTextStream &out, Format format) const;
    qsizetype rowCount() const { return m_rows.size(); }

private:
    void printText(QTextStream &out) const;
    void printCsv(QTextStream &out) const;

    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};
