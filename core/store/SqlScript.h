#pragma once

#include <QString>
#include <QStringList>

// Splits an SQL file into statements, since QSQLITE runs one statement per exec. A semicolon
// ends a statement unless it is inside a string, a quoted name, a comment, or the BEGIN … END
// body of a trigger (where CASE … END nests too).
namespace SqlScript {
QStringList split(const QString &script);
}
