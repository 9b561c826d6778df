#include "CsvReader.h"

#include "CsvEncoding.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

bool CsvRecord::isBlank() const
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return problem.isEmpty();
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator, int maximumRecords)
{
    QList<CsvRecord> records;
    const QChar *c = text.constData();
    const QChar *const end = c + text.size();
    int line = 1;

    while (c < end && (maximumRecords < 0 || records.size() < maximumRecords)) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool quotedField = false;
        bool recordEnded = false;
        while (c < end && !recordEnded) {
            if (*c == u'"' && field.isEmpty() && !quotedField) {
                // A quoted field: up to the closing quote, "" standing for one quote.
                quotedField = true;
                ++c;
                bool closed = false;
                while (c < end) {
                    if (*c == u'"') {
                        if (c + 1 < end && c[1] == u'"') {
                            field += u'"';
                            c += 2;
                            continue;
                        }
                        ++c;
                        closed = true;
                        break;
                    }
                    if (*c == u'\r' || *c == u'\n') {
                        // Line breaks inside a field are kept as \n and still counted.
                        if (*c == u'\r' && c + 1 < end && c[1] == u'\n')
                            ++c;
                        field += u'\n';
                        ++line;
                        ++c;
                        continue;
                    }
                    field += *c++;
                }
                if (!closed)
                    record.problem = tr("a quoted field is never closed");
                continue;
            }
            if (*c == separator) {
                record.fields.append(field);
                field.clear();
                quotedField = false;
                ++c;
                continue;
            }
            if (*c == u'\r' || *c == u'\n') {
                if (*c == u'\r' && c + 1 < end && c[1] == u'\n')
                    ++c;
                ++c;
                ++line;
                recordEnded = true;
                continue;
            }
            // Text after a closing quote ("abc"def) is kept, as spreadsheets do.
            field += *c++;
        }
        record.fields.append(field);
        // An empty line is no record.
        if (record.fields.size() == 1 && record.fields.first().isEmpty() && !quotedField && record.problem.isEmpty())
            continue;
        records.append(record);
    }
    return records;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    // A sample of the first lines is enough; a field spanning lines only shortens it.
    qsizetype sampleEnd = 0;
    for (int lines = 0; lines < 30 && sampleEnd >= 0; ++lines)
        sampleEnd = text.indexOf(u'\n', sampleEnd + 1);
    const QString sample = sampleEnd < 0 ? text : text.left(sampleEnd);

    QChar best = u',';
    int bestScore = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<CsvRecord> records = parse(sample, candidate, 20);
        // The score: records that split into the most common field count (more than one).
        QHash<qsizetype, int> counts;
        for (const CsvRecord &record : records) {
            if (record.fields.size() > 1)
                ++counts[record.fields.size()];
        }
        int score = 0;
        qsizetype width = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > score || (it.value() == score && it.key() > width)) {
                score = it.value();
                width = it.key();
            }
        }
        // Ties go to the wider split: "Dupré, Hélène;06…" is semicolon-separated.
        const int weighted = score * 1000 + int(std::min<qsizetype>(width, 999));
        if (weighted > bestScore) {
            bestScore = weighted;
            best = candidate;
        }
    }
    return best;
}

CsvDocument CsvReader::read(const QByteArray &bytes)
{
    const CsvEncoding::Decoded decoded = CsvEncoding::decode(bytes);
    CsvDocument document;
    document.encoding = decoded.encoding;
    document.separator = detectSeparator(decoded.text);
    document.records = parse(decoded.text, document.separator);
    return document;
}

Result<CsvDocument> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    return read(file.readAll());
}
