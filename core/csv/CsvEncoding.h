#pragma once

#include <QByteArray>
#include <QString>

// The text of a CSV file whatever program wrote it: UTF-8 with or without a byte order mark,
// UTF-16 with its mark (spreadsheets' "Unicode text"), or Windows-1252 (older spreadsheets on
// Windows: é as one byte, € as 0x80). Bytes that are not valid UTF-8 are read as Windows-1252.
namespace CsvEncoding {

struct Decoded {
    QString text;     // without the byte order mark
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
};

Decoded decode(const QByteArray &bytes);

// Windows-1252 by Comptoir's own table: Latin-1 except 0x80–0x9F (€, ‚, ƒ, „, …, œ, ’…).
// The five bytes Windows-1252 leaves undefined stay the C1 controls Latin-1 gives them.
QString fromWindows1252(const QByteArray &bytes);

}
