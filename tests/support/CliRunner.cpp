#include "CliRunner.h"

#include "TestStore.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList CliRun::outLines() const
{
    QString text = out;
    text.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString CliRun::lastLine() const
{
    const QStringList lines = outLines();
    return lines.isEmpty() ? QString() : lines.last();
}

QList<QStringList> CliRun::csv() const
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < out.size() && out.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QList<QHash<QString, QString>> CliRun::records() const
{
    const QList<QStringList> rows = csv();
    QList<QHash<QString, QString>> records;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.first().size(); ++c)
            record.insert(rows.first().at(c), rows.at(i).value(c));
        records.append(record);
    }
    return records;
}

bool CliRun::isId(const QString &text)
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(text).hasMatch();
}

CliRunner::CliRunner(QString database)
    : m_database(std::move(database)), m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(u"COMPTOIR_DATABASE"_s);
    m_environment.remove(u"COMPTOIR_NOW"_s);
}

CliRunner CliRunner::withNewGroup(const QString &path, const QString &groupName, const QString &user)
{
    CliRunner cli(path);
    cli.setNow(fixedNow());
    cli.setUser(user);
    const CliRun made = cli.run({u"init"_s, u"--group"_s, groupName});
    if (made.exitCode != 0)
        qFatal("init failed: %s", qPrintable(made.err));
    return cli;
}

QString CliRunner::fixedNow()
{
    return TestStore::defaultNow().toString(Qt::ISODate);
}

QString CliRunner::executable()
{
    return QStringLiteral(COMPTOIR_CLI_PATH);
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    QStringList global;
    if (!m_database.isEmpty())
        global << u"--database"_s << m_database;
    if (!m_now.isEmpty())
        global << u"--now"_s << m_now;
    if (!m_user.isEmpty())
        global << u"--user"_s << m_user;
    return runBare(global + arguments, input);
}

CliRun CliRunner::runBare(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(executable(), arguments);
    CliRun result;
    if (!process.waitForStarted(10000)) {
        result.err = u"comptoir-cli did not start: "_s + process.errorString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"comptoir-cli did not finish in two minutes"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
